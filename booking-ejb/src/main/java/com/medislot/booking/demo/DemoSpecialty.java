package com.medislot.booking.demo;

import java.util.List;

/** A specialty of the demo data, its share of practitioners and its visit motives. */
record DemoSpecialty(String code, String name, int weight, List<Motive> motives) {

  /** A visit motive template: name, minutes, buffer after, whether new patients may book it. */
  record Motive(String name, int minutes, int bufferAfter, boolean newPatients) {}

  static final List<DemoSpecialty> ALL =
      List.of(
          new DemoSpecialty(
              "general-practice",
              "General practitioner",
              40,
              List.of(
                  new Motive("Consultation", 20, 0, true),
                  new Motive("Follow-up consultation", 15, 0, false))),
          new DemoSpecialty(
              "dentistry",
              "Dentist",
              12,
              List.of(
                  new Motive("First dental visit", 30, 10, true),
                  new Motive("Scaling", 30, 10, false),
                  new Motive("Dental emergency", 20, 10, true))),
          new DemoSpecialty(
              "paediatrics",
              "Paediatrician",
              8,
              List.of(
                  new Motive("Child consultation", 20, 0, true),
                  new Motive("Vaccination", 15, 0, true))),
          new DemoSpecialty(
              "physiotherapy",
              "Physiotherapist",
              10,
              List.of(new Motive("Physiotherapy session", 30, 0, true))),
          new DemoSpecialty(
              "dermatology",
              "Dermatologist",
              6,
              List.of(
                  new Motive("First consultation", 30, 0, true),
                  new Motive("Follow-up", 20, 0, false))),
          new DemoSpecialty(
              "ophthalmology",
              "Ophthalmologist",
              6,
              List.of(
                  new Motive("Eye examination", 30, 5, true),
                  new Motive("Follow-up", 15, 5, false))),
          new DemoSpecialty(
              "gynaecology",
              "Gynaecologist",
              6,
              List.of(
                  new Motive("Consultation", 30, 0, true), new Motive("Follow-up", 20, 0, false))),
          new DemoSpecialty(
              "cardiology",
              "Cardiologist",
              4,
              List.of(
                  new Motive("First consultation", 40, 0, true),
                  new Motive("Follow-up", 20, 0, false))),
          new DemoSpecialty(
              "psychiatry",
              "Psychiatrist",
              4,
              List.of(
                  new Motive("First consultation", 45, 15, true),
                  new Motive("Follow-up", 30, 15, false))),
          new DemoSpecialty(
              "ent",
              "Ear, nose and throat specialist",
              4,
              List.of(new Motive("Consultation", 20, 0, true))));
}
