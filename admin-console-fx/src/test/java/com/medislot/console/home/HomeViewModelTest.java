package com.medislot.console.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.session.Session;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final Session session =
      new Session(
          URI.create("http://127.0.0.1:1/api/v1"),
          "admin@medislot.test",
          "t",
          List.of("admin", "staff"));

  @AfterEach
  void tearDown() {
    background.shutdownNow();
  }

  @Test
  void showsWhoIsSignedIn() {
    HomeViewModel model = HomeViewModel.withBundledCountries(session, background, Runnable::run);

    assertThat(model.email()).isEqualTo("admin@medislot.test");
    assertThat(model.roles()).isEqualTo("admin, staff");
    assertThat(model.apiBase()).isEqualTo("http://127.0.0.1:1/api/v1");
  }

  @Test
  void aSessionWithoutRolesSaysSo() {
    Session none = new Session(session.apiBase(), session.email(), "t", List.of());

    assertThat(HomeViewModel.withBundledCountries(none, background, Runnable::run).roles())
        .isEqualTo("no role");
  }

  @Test
  void listsTheBundledCountriesThroughTheCountryLibrary() throws Exception {
    HomeViewModel model = HomeViewModel.withBundledCountries(session, background, Runnable::run);

    model.loadCountries().get(30, TimeUnit.SECONDS);

    assertThat(model.countries())
        .hasSize(5)
        .contains("FR — France (Europe/Paris, EUR)", "ES — Spain (Europe/Madrid, EUR)");
    assertThat(model.statusProperty().get()).isEqualTo("5 countries");
  }

  @Test
  void aFailureToReadCountriesIsShown() throws Exception {
    HomeViewModel model =
        new HomeViewModel(
            session,
            () -> {
              throw new IllegalStateException("bundled country file is invalid");
            },
            background,
            Runnable::run);

    model.loadCountries().get(5, TimeUnit.SECONDS);

    assertThat(model.countries()).isEmpty();
    assertThat(model.statusProperty().get())
        .isEqualTo("Countries cannot be read: bundled country file is invalid");
  }
}
