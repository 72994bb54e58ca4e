-- Creates the missing search documents (one per practitioner and location) from the write model.
-- Parameter 1: the documents' updated_at. next_available starts empty; the availability refresh
-- fills it. motive_names: the motives patients can book online, the ones a search can ask for.
-- Used by every bulk loader (demo data, data generator), so the projection is written once.
INSERT INTO practitioner_search (practitioner_id, location_id, practitioner_name,
    specialty_code, specialty_name, languages, motive_names, accepts_new_patients,
    location_name, address, city, country_code, latitude, longitude, next_available,
    updated_at)
SELECT p.id, l.id, trim(p.title || ' ' || p.first_name || ' ' || p.last_name),
       s.code, s.name,
       coalesce((SELECT string_agg(language, ' ' ORDER BY language) FROM practitioner_language pl
                  WHERE pl.practitioner_id = p.id), ''),
       coalesce((SELECT string_agg(name, '|' ORDER BY id) FROM visit_motive m
                  WHERE m.practitioner_id = p.id AND m.online_bookable), ''),
       p.accepts_new_patients, l.name, l.address, l.city, l.country_code,
       l.latitude, l.longitude, NULL, ?
  FROM practitioner p
  JOIN practitioner_location pl ON pl.practitioner_id = p.id
  JOIN location l ON l.id = pl.location_id
  JOIN specialty s ON s.code = p.specialty_code
 ORDER BY p.id, l.id
ON CONFLICT (practitioner_id, location_id) DO NOTHING
