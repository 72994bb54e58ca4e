package com.medislot.country;

/** Builds the field paths used in validation messages: {@code timeZones[1].zone}. */
final class Paths {

  private Paths() {}

  static String field(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
