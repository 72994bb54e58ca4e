package com.medislot.datagen;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What the generator needs to know about one country: its mainland time zone, its language, and
 * common given names, family names and street names to compose people and addresses. Immutable.
 */
enum CountryProfile {
  FR(
      "Europe/Paris",
      "fr",
      "+33",
      List.of(
          "Claire", "Julien", "Sophie", "Thomas", "Camille", "Nicolas", "Julie", "Antoine", "Marie",
          "Pierre", "Laura", "Mathieu", "Emma", "Hugo", "Léa", "Lucas", "Chloé", "Maxime", "Inès",
          "Karim", "Amina", "Yann", "Élodie", "Romain", "Sarah", "Olivier", "Manon", "Vincent"),
      List.of(
          "Martin",
          "Bernard",
          "Dubois",
          "Thomas",
          "Robert",
          "Richard",
          "Petit",
          "Durand",
          "Leroy",
          "Moreau",
          "Simon",
          "Laurent",
          "Lefebvre",
          "Michel",
          "Garcia",
          "David",
          "Bertrand",
          "Roux",
          "Vincent",
          "Fournier",
          "Morel",
          "Girard",
          "André",
          "Mercier",
          "Dupont",
          "Lambert"),
      List.of(
          "rue de la République",
          "avenue Jean Jaurès",
          "boulevard Victor Hugo",
          "rue Pasteur",
          "place de la Mairie",
          "rue du Général de Gaulle",
          "avenue de la Gare",
          "rue Nationale"),
      "Cabinet médical",
      false),
  DE(
      "Europe/Berlin",
      "de",
      "+49",
      List.of(
          "Anna",
          "Lukas",
          "Laura",
          "Jonas",
          "Lena",
          "Felix",
          "Sophie",
          "Maximilian",
          "Marie",
          "Paul",
          "Julia",
          "Leon",
          "Katharina",
          "Tobias",
          "Hannah",
          "Jan",
          "Lea",
          "Niklas",
          "Sarah",
          "Tim",
          "Emily",
          "Florian",
          "Mia",
          "Sebastian"),
      List.of(
          "Müller",
          "Schmidt",
          "Schneider",
          "Fischer",
          "Weber",
          "Meyer",
          "Wagner",
          "Becker",
          "Schulz",
          "Hoffmann",
          "Schäfer",
          "Koch",
          "Bauer",
          "Richter",
          "Klein",
          "Wolf",
          "Schröder",
          "Neumann",
          "Schwarz",
          "Zimmermann",
          "Braun",
          "Krüger",
          "Hofmann",
          "Hartmann"),
      List.of(
          "Hauptstraße",
          "Bahnhofstraße",
          "Gartenstraße",
          "Schulstraße",
          "Dorfstraße",
          "Lindenstraße",
          "Kirchstraße",
          "Marktplatz"),
      "Praxis",
      true),
  IT(
      "Europe/Rome",
      "it",
      "+39",
      List.of(
          "Giulia",
          "Francesco",
          "Sofia",
          "Alessandro",
          "Martina",
          "Lorenzo",
          "Chiara",
          "Matteo",
          "Sara",
          "Andrea",
          "Francesca",
          "Marco",
          "Valentina",
          "Luca",
          "Elena",
          "Giuseppe",
          "Anna",
          "Davide",
          "Alessia",
          "Simone",
          "Federica",
          "Stefano"),
      List.of(
          "Rossi",
          "Russo",
          "Ferrari",
          "Esposito",
          "Bianchi",
          "Romano",
          "Colombo",
          "Ricci",
          "Marino",
          "Greco",
          "Bruno",
          "Gallo",
          "Conti",
          "De Luca",
          "Mancini",
          "Costa",
          "Giordano",
          "Rizzo",
          "Lombardi",
          "Moretti",
          "Barbieri",
          "Fontana"),
      List.of(
          "via Roma",
          "via Garibaldi",
          "corso Vittorio Emanuele",
          "via Mazzini",
          "piazza del Duomo",
          "via Dante",
          "viale della Repubblica",
          "via Cavour"),
      "Studio medico",
      false),
  ES(
      "Europe/Madrid",
      "es",
      "+34",
      List.of(
          "Lucía",
          "Hugo",
          "María",
          "Martín",
          "Paula",
          "Daniel",
          "Laura",
          "Pablo",
          "Carmen",
          "Alejandro",
          "Sara",
          "Javier",
          "Elena",
          "David",
          "Marta",
          "Sergio",
          "Ana",
          "Carlos",
          "Irene",
          "Jorge",
          "Cristina",
          "Manuel"),
      List.of(
          "García",
          "Rodríguez",
          "González",
          "Fernández",
          "López",
          "Martínez",
          "Sánchez",
          "Pérez",
          "Gómez",
          "Martín",
          "Jiménez",
          "Ruiz",
          "Hernández",
          "Díaz",
          "Moreno",
          "Muñoz",
          "Álvarez",
          "Romero",
          "Alonso",
          "Gutiérrez",
          "Navarro",
          "Torres"),
      List.of(
          "calle Mayor",
          "avenida de la Constitución",
          "calle Real",
          "plaza de España",
          "calle de Alcalá",
          "avenida de Andalucía",
          "calle San Juan",
          "paseo del Prado"),
      "Consulta médica",
      false),
  NL(
      "Europe/Amsterdam",
      "nl",
      "+31",
      List.of(
          "Emma", "Daan", "Julia", "Sem", "Sophie", "Lucas", "Tess", "Levi", "Anna", "Finn", "Sara",
          "Milan", "Lotte", "Thijs", "Eva", "Bram", "Fleur", "Ruben", "Lisa", "Jesse"),
      List.of(
          "de Jong",
          "Jansen",
          "de Vries",
          "van den Berg",
          "van Dijk",
          "Bakker",
          "Janssen",
          "Visser",
          "Smit",
          "Meijer",
          "de Boer",
          "Mulder",
          "de Groot",
          "Bos",
          "Vos",
          "Peters",
          "Hendriks",
          "van Leeuwen",
          "Dekker",
          "Brouwer"),
      List.of(
          "Kerkstraat",
          "Dorpsstraat",
          "Stationsweg",
          "Molenstraat",
          "Schoolstraat",
          "Julianastraat",
          "Beatrixlaan",
          "Marktplein"),
      "Praktijk",
      true);

  private final ZoneId zone;
  private final String language;
  private final String phonePrefix;
  private final List<String> givenNames;
  private final List<String> familyNames;
  private final List<String> streets;
  private final String practiceWord;
  private final boolean numberAfterStreet;

  CountryProfile(
      String zone,
      String language,
      String phonePrefix,
      List<String> givenNames,
      List<String> familyNames,
      List<String> streets,
      String practiceWord,
      boolean numberAfterStreet) {
    this.zone = ZoneId.of(zone);
    this.language = language;
    this.phonePrefix = phonePrefix;
    this.givenNames = givenNames;
    this.familyNames = familyNames;
    this.streets = streets;
    this.practiceWord = practiceWord;
    this.numberAfterStreet = numberAfterStreet;
  }

  /** The profile of an ISO code, if the generator covers that country. */
  static Optional<CountryProfile> of(String code) {
    for (CountryProfile p : values()) {
      if (p.name().equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  ZoneId zone() {
    return zone;
  }

  String language() {
    return language;
  }

  String givenName(SplittableRandom random) {
    return givenNames.get(random.nextInt(givenNames.size()));
  }

  String familyName(SplittableRandom random) {
    return familyNames.get(random.nextInt(familyNames.size()));
  }

  String practiceName(String city, long clinicId) {
    return practiceWord + " " + city + " " + clinicId;
  }

  String streetAddress(SplittableRandom random) {
    String street = streets.get(random.nextInt(streets.size()));
    int number = 1 + random.nextInt(180);
    return numberAfterStreet ? street + " " + number : number + " " + street;
  }

  /** A synthetic postcode in the country's format (not checked against the real city). */
  String postcode(SplittableRandom random) {
    if (this == NL) {
      return (1000 + random.nextInt(9000))
          + " "
          + (char) ('A' + random.nextInt(26))
          + (char) ('A' + random.nextInt(26));
    }
    return String.format("%05d", 1000 + random.nextInt(98_000));
  }

  String phone(SplittableRandom random) {
    return phonePrefix + " " + (600_000_000 + random.nextInt(99_999_999));
  }
}
