package com.medislot.booking.demo;

import java.util.List;

/**
 * The demo accounts, one per role (two patients). Their passwords are published in the README: they
 * protect nothing but demo data and are never created outside demo mode.
 */
public record DemoAccount(
    String email, String password, String role, String firstName, String lastName) {

  public static final List<DemoAccount> ALL =
      List.of(
          new DemoAccount(
              "patient@demo.medislot.test", "patient-demo", "patient", "Camille", "Durand"),
          new DemoAccount(
              "patient2@demo.medislot.test", "patient2-demo", "patient", "Louis", "Petit"),
          new DemoAccount("staff@demo.medislot.test", "staff-demo", "staff", "Nadia", "Benali"),
          new DemoAccount(
              "country-admin@demo.medislot.test",
              "country-admin-demo",
              "country-admin",
              "Paul",
              "Lefebvre"),
          new DemoAccount("admin@demo.medislot.test", "admin-demo", "admin", "Alice", "Moreau"));
}
