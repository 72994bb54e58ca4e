package com.medislot.console.countries;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.session.Session;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CountriesViewModelTest {

  private static final Session SESSION =
      new Session(URI.create("http://127.0.0.1:1/api/v1"), "a@x.test", "t", List.of("admin"));

  private final FakeCountriesApi api = new FakeCountriesApi();
  private final AtomicInteger expired = new AtomicInteger();
  private final CountriesViewModel model =
      new CountriesViewModel(SESSION, api, Runnable::run, Runnable::run, expired::incrementAndGet);

  @Test
  void listsTheLiveCountries() throws Exception {
    api.liveAnswers.add(
        new ApiResult.Ok<>(
            List.of(
                new LiveCountry("DE", "Germany", "Europe/Berlin", "EUR", "2026-11-25T10:00:00Z"),
                new LiveCountry("FR", "France", "Europe/Paris", "EUR", "2026-11-24T09:00:00Z"))));
    model.load().get(5, TimeUnit.SECONDS);
    assertThat(model.countries())
        .containsExactly(
            "DE — Germany (Europe/Berlin, EUR) imported 2026-11-25T10:00:00Z",
            "FR — France (Europe/Paris, EUR) imported 2026-11-24T09:00:00Z");
    assertThat(model.statusProperty().get()).isEqualTo("2 live countries");
    assertThat(model.busyProperty().get()).isFalse();
  }

  @Test
  void anExpiredTokenGoesBackToSignIn() throws Exception {
    api.liveAnswers.add(new ApiResult.SessionExpired<>());
    model.load().get(5, TimeUnit.SECONDS);
    assertThat(expired).hasValue(1);
    assertThat(model.countries()).isEmpty();
  }

  @Test
  void aServerFaultIsReportedNotSwallowed() throws Exception {
    api.liveAnswers.add(new ApiResult.Failed<>("Server error (HTTP 500)"));
    model.load().get(5, TimeUnit.SECONDS);
    assertThat(model.alertProperty().get()).isEqualTo("Server error (HTTP 500)");
    assertThat(model.statusProperty().get()).contains("could not be read");
  }
}
