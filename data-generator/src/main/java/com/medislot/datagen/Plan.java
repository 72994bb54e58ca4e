package com.medislot.datagen;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The practitioner side of a data set, drawn from one seed and held in memory (about 100 bytes a
 * practitioner) so that each table can then be streamed in its own {@code COPY}. Identifiers start
 * at 1 in every table. Immutable after {@link #draw}.
 */
final class Plan {

  /** A practice and its one or two sites. */
  record Clinic(long id, CountryProfile country, City city, String name, List<Site> sites) {}

  /** A location row; coordinates jittered up to {@value Plan#JITTER_KM} km from the city centre. */
  record Site(
      long id, String name, String address, String postcode, double latitude, double longitude) {}

  /**
   * A weekly template: a morning range every working day, an afternoon range Monday to Friday, one
   * weekday off (or none), Saturday mornings for some. With two sites, Monday to Wednesday are
   * spent at the first and the other days at the second.
   */
  record Template(
      LocalTime morningStart,
      LocalTime morningEnd,
      LocalTime afternoonStart,
      LocalTime afternoonEnd,
      int dayOff,
      boolean saturday) {

    /** Opening ranges of one ISO day of week (1 = Monday), possibly none. */
    List<LocalTime[]> ranges(int dayOfWeek) {
      if (dayOfWeek == dayOff || dayOfWeek == 7 || (dayOfWeek == 6 && !saturday)) {
        return List.of();
      }
      if (dayOfWeek == 6) {
        return List.<LocalTime[]>of(new LocalTime[] {morningStart, morningEnd});
      }
      return List.of(
          new LocalTime[] {morningStart, morningEnd},
          new LocalTime[] {afternoonStart, afternoonEnd});
    }
  }

  /** A practitioner with everything needed for its rows. */
  record Practitioner(
      long id,
      Clinic clinic,
      Specialty specialty,
      String firstName,
      String lastName,
      boolean acceptsNewPatients,
      List<String> languages,
      Template template) {

    /** The site worked at on an ISO day of week. */
    Site siteOn(int dayOfWeek) {
      List<Site> sites = clinic.sites();
      return sites.size() == 1 || dayOfWeek <= 3 ? sites.get(0) : sites.get(1);
    }
  }

  static final double JITTER_KM = 5.0;
  private static final List<String> EXTRA_LANGUAGES =
      List.of("en", "en", "en", "en", "fr", "de", "es", "it", "ar", "pt", "tr", "pl");

  private final List<Clinic> clinics;
  private final List<Practitioner> practitioners;

  private Plan(List<Clinic> clinics, List<Practitioner> practitioners) {
    this.clinics = List.copyOf(clinics);
    this.practitioners = List.copyOf(practitioners);
  }

  List<Clinic> clinics() {
    return clinics;
  }

  List<Practitioner> practitioners() {
    return practitioners;
  }

  /** Draws clinics and practitioners; the same seed and cities give the same plan. */
  static Plan draw(long seed, int practitionerCount, Cities cities) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Clinic> clinics = new ArrayList<>();
    List<Practitioner> practitioners = new ArrayList<>(practitionerCount);
    long siteId = 0;
    while (practitioners.size() < practitionerCount) {
      long clinicId = clinics.size() + 1L;
      City city = cities.pick(random);
      CountryProfile country =
          CountryProfile.of(city.country())
              .orElseThrow(() -> new IllegalStateException("no profile for " + city.country()));
      String name = country.practiceName(city.name(), clinicId);
      int siteCount = random.nextInt(100) < 12 ? 2 : 1;
      List<Site> sites = new ArrayList<>(siteCount);
      for (int s = 0; s < siteCount; s++) {
        double[] point = jitter(city, random);
        sites.add(
            new Site(
                ++siteId,
                s == 0 ? name : name + " (2)",
                country.streetAddress(random),
                country.postcode(random),
                point[0],
                point[1]));
      }
      Clinic clinic = new Clinic(clinicId, country, city, name, List.copyOf(sites));
      clinics.add(clinic);
      int size = clinicSize(random);
      for (int i = 0; i < size && practitioners.size() < practitionerCount; i++) {
        practitioners.add(practitioner(practitioners.size() + 1L, clinic, random));
      }
    }
    return new Plan(clinics, practitioners);
  }

  /** Half of the practices are single-handed; group practices of up to 10. */
  private static int clinicSize(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 50) {
      return 1;
    }
    if (r < 75) {
      return 2;
    }
    if (r < 90) {
      return 3 + random.nextInt(2);
    }
    return 5 + random.nextInt(6);
  }

  private static Practitioner practitioner(long id, Clinic clinic, SplittableRandom random) {
    Specialty specialty = Specialty.ALL.get(Specialty.pickIndex(random));
    CountryProfile country = clinic.country();
    List<String> languages = new ArrayList<>(2);
    languages.add(country.language());
    if (random.nextInt(10) < 4) {
      String extra = EXTRA_LANGUAGES.get(random.nextInt(EXTRA_LANGUAGES.size()));
      if (!languages.contains(extra)) {
        languages.add(extra);
      }
    }
    Template template =
        new Template(
            LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(3)),
            LocalTime.of(12, 0).plusMinutes(30L * random.nextInt(2)),
            LocalTime.of(13, 30).plusMinutes(30L * random.nextInt(2)),
            LocalTime.of(17, 30).plusMinutes(30L * random.nextInt(3)),
            random.nextInt(7) + 1, // 6 and 7: no weekday off
            random.nextInt(4) == 0);
    return new Practitioner(
        id,
        clinic,
        specialty,
        country.givenName(random),
        country.familyName(random),
        random.nextInt(10) < 8,
        List.copyOf(languages),
        template);
  }

  /** A point up to {@link #JITTER_KM} from the centre, denser near it. */
  private static double[] jitter(City city, SplittableRandom random) {
    double radiusKm = JITTER_KM * Math.sqrt(random.nextDouble());
    double angle = random.nextDouble() * 2 * Math.PI;
    double lat = city.latitude() + (radiusKm / 111.2) * Math.cos(angle);
    double lon =
        city.longitude()
            + (radiusKm / (111.2 * Math.cos(Math.toRadians(city.latitude())))) * Math.sin(angle);
    return new double[] {lat, lon};
  }
}
