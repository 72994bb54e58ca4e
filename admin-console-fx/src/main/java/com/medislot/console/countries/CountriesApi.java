package com.medislot.console.countries;

import com.medislot.console.session.Session;
import java.util.List;

/** The country administration part of the web API. Implementations are thread-safe. */
public interface CountriesApi {

  /** {@code GET /admin/countries}: the live countries the session's user manages. */
  ApiResult<List<LiveCountry>> liveCountries(Session session);

  /**
   * {@code POST /admin/countries/import}.
   *
   * @param fileName the file's own name, which the server names in its errors
   * @param dryRun true to only preview
   */
  ApiResult<ImportReport> importFile(
      Session session, String fileName, byte[] content, boolean dryRun);
}
