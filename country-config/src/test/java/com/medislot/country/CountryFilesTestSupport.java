package com.medislot.country;

import java.io.InputStream;

final class CountryFilesTestSupport {

  private CountryFilesTestSupport() {}

  static InputStream bundledStream(String code) {
    InputStream in =
        CountryFiles.class.getResourceAsStream(CountryFiles.BUNDLED_FOLDER + code + ".json");
    if (in == null) {
      throw new IllegalStateException("no bundled file for " + code);
    }
    return in;
  }
}
