package com.medislot.console.countries;

import com.medislot.console.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A scripted {@link CountriesApi}: answers in order and remembers every call and its thread. */
final class FakeCountriesApi implements CountriesApi {

  record Call(String fileName, String content, boolean dryRun, String thread) {}

  final Queue<ApiResult<ImportReport>> importAnswers = new ConcurrentLinkedQueue<>();
  final Queue<ApiResult<List<LiveCountry>>> liveAnswers = new ConcurrentLinkedQueue<>();
  final List<Call> calls = java.util.Collections.synchronizedList(new ArrayList<>());

  @Override
  public ApiResult<List<LiveCountry>> liveCountries(Session session) {
    calls.add(new Call("", "", true, Thread.currentThread().getName()));
    return liveAnswers.remove();
  }

  @Override
  public ApiResult<ImportReport> importFile(
      Session session, String fileName, byte[] content, boolean dryRun) {
    calls.add(
        new Call(
            fileName,
            new String(content, java.nio.charset.StandardCharsets.UTF_8),
            dryRun,
            Thread.currentThread().getName()));
    return importAnswers.remove();
  }

  static ImportReport changed(boolean applied) {
    return new ImportReport(
        "FR",
        "France",
        "CHANGED",
        applied,
        applied ? "1 field(s) of FR changed" : "1 field(s) of FR would change",
        List.of("bookingRules.minimumNotice: PT2H → PT4H"),
        List.of("2026-12-24 Réveillon"),
        List.of(),
        applied ? 12 : 0);
  }

  static ImportReport unchanged() {
    return new ImportReport(
        "FR",
        "France",
        "UNCHANGED",
        false,
        "FR is already live with this content: nothing to change",
        List.of(),
        List.of(),
        List.of(),
        0);
  }
}
