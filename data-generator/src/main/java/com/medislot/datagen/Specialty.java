package com.medislot.datagen;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A specialty of the generated set: its code (the same codes as the demo data where both have it),
 * English name, share of practitioners (a weight), whether its practitioners are addressed as
 * doctors, and its visit motives. Immutable.
 */
record Specialty(String code, String name, int weight, boolean doctor, List<Motive> motives) {

  /**
   * A visit motive template.
   *
   * @param name shown to patients
   * @param minutes appointment length
   * @param bufferBefore minutes kept free before
   * @param bufferAfter minutes kept free after
   * @param newPatients whether new patients may book it
   */
  record Motive(String name, int minutes, int bufferBefore, int bufferAfter, boolean newPatients) {
    /** The calendar time one booking of this motive takes, buffers included. */
    int footprint() {
      return bufferBefore + minutes + bufferAfter;
    }
  }

  /**
   * The mix, weights in per mille of practitioners, roughly that of European registers (general
   * practice and dentistry dominate, physiotherapists are numerous).
   */
  static final List<Specialty> ALL =
      List.of(
          new Specialty(
              "general-practice",
              "General practitioner",
              300,
              true,
              List.of(
                  m("Consultation", 20, 0, 0, true), m("Follow-up consultation", 15, 0, 0, false))),
          new Specialty(
              "dentistry",
              "Dentist",
              110,
              true,
              List.of(
                  m("First dental visit", 30, 0, 10, true),
                  m("Scaling", 30, 0, 10, false),
                  m("Dental emergency", 20, 0, 10, true))),
          new Specialty(
              "physiotherapy",
              "Physiotherapist",
              110,
              false,
              List.of(m("Physiotherapy session", 30, 0, 0, true))),
          new Specialty(
              "paediatrics",
              "Paediatrician",
              50,
              true,
              List.of(m("Child consultation", 20, 0, 0, true), m("Vaccination", 15, 0, 0, true))),
          new Specialty(
              "psychology",
              "Psychologist",
              60,
              false,
              List.of(m("First session", 50, 0, 10, true), m("Session", 50, 0, 10, false))),
          new Specialty(
              "gynaecology",
              "Gynaecologist",
              40,
              true,
              List.of(m("Consultation", 30, 0, 0, true), m("Follow-up", 20, 0, 0, false))),
          new Specialty(
              "ophthalmology",
              "Ophthalmologist",
              40,
              true,
              List.of(m("Eye examination", 30, 0, 5, true), m("Follow-up", 15, 0, 5, false))),
          new Specialty(
              "psychiatry",
              "Psychiatrist",
              35,
              true,
              List.of(m("First consultation", 45, 0, 15, true), m("Follow-up", 30, 0, 15, false))),
          new Specialty(
              "osteopathy",
              "Osteopath",
              40,
              false,
              List.of(m("Osteopathy session", 45, 0, 0, true))),
          new Specialty(
              "dermatology",
              "Dermatologist",
              30,
              true,
              List.of(m("First consultation", 30, 0, 0, true), m("Follow-up", 20, 0, 0, false))),
          new Specialty(
              "cardiology",
              "Cardiologist",
              30,
              true,
              List.of(m("First consultation", 40, 0, 0, true), m("Follow-up", 20, 0, 0, false))),
          new Specialty(
              "midwifery",
              "Midwife",
              30,
              false,
              List.of(
                  m("Pregnancy follow-up", 30, 0, 0, true), m("Postnatal visit", 45, 0, 0, true))),
          new Specialty(
              "speech-therapy",
              "Speech therapist",
              25,
              false,
              List.of(m("Assessment", 60, 0, 0, true), m("Session", 30, 0, 0, false))),
          new Specialty(
              "orthopaedics",
              "Orthopaedic surgeon",
              25,
              true,
              List.of(
                  m("Consultation", 20, 0, 0, true),
                  m("Post-operative follow-up", 15, 0, 0, false))),
          new Specialty(
              "ent",
              "Ear, nose and throat specialist",
              20,
              true,
              List.of(m("Consultation", 20, 0, 0, true))),
          new Specialty(
              "radiology",
              "Radiologist",
              20,
              true,
              List.of(m("X-ray", 15, 5, 0, true), m("Ultrasound", 20, 5, 5, true))),
          new Specialty(
              "gastroenterology",
              "Gastroenterologist",
              15,
              true,
              List.of(m("Consultation", 30, 0, 0, true))),
          new Specialty(
              "neurology", "Neurologist", 15, true, List.of(m("Consultation", 30, 0, 0, true))),
          new Specialty(
              "endocrinology",
              "Endocrinologist",
              10,
              true,
              List.of(m("Consultation", 30, 0, 0, true))),
          new Specialty(
              "rheumatology",
              "Rheumatologist",
              10,
              true,
              List.of(m("Consultation", 30, 0, 0, true))),
          new Specialty(
              "pulmonology", "Pulmonologist", 10, true, List.of(m("Consultation", 30, 0, 0, true))),
          new Specialty(
              "urology", "Urologist", 10, true, List.of(m("Consultation", 20, 0, 0, true))));

  private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Specialty::weight).sum();

  private static Motive m(
      String name, int minutes, int bufferBefore, int bufferAfter, boolean newPatients) {
    return new Motive(name, minutes, bufferBefore, bufferAfter, newPatients);
  }

  static int pickIndex(SplittableRandom random) {
    int r = random.nextInt(TOTAL_WEIGHT);
    for (int i = 0; i < ALL.size(); i++) {
      r -= ALL.get(i).weight();
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError("weights exhausted");
  }

  /** The longest footprint among the motives: the size of one cell of the slot grid. */
  int slotMinutes() {
    return motives.stream().mapToInt(Motive::footprint).max().orElseThrow();
  }
}
