-- The search documents name only the visit motives patients can book online: the search's motive
-- filter matches those (practitioner_search_fill.sql writes new documents so). Rows already right
-- are left alone, so a data set whose motives are all bookable online is not rewritten.
UPDATE practitioner_search d
   SET motive_names = o.names
  FROM (SELECT p.id AS practitioner_id,
               coalesce(string_agg(m.name, '|' ORDER BY m.id) FILTER (WHERE m.online_bookable),
                        '') AS names
          FROM practitioner p
          LEFT JOIN visit_motive m ON m.practitioner_id = p.id
         GROUP BY p.id) o
 WHERE o.practitioner_id = d.practitioner_id
   AND d.motive_names IS DISTINCT FROM o.names;
