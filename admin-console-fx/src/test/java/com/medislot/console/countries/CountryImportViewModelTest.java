package com.medislot.console.countries;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.session.Session;
import com.medislot.country.CountryFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's states and calls, without a window; the "UI thread" is the test's own. */
class CountryImportViewModelTest {

  private static final Session SESSION =
      new Session(
          URI.create("http://127.0.0.1:1/api/v1"), "ca@x.test", "t", List.of("country-admin"));

  @TempDir Path dir;

  private ExecutorService background;
  private final FakeCountriesApi api = new FakeCountriesApi();
  private final AtomicInteger expired = new AtomicInteger();
  private CountryImportViewModel model;

  @BeforeEach
  void setUp() {
    background = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-io"));
    model =
        new CountryImportViewModel(
            SESSION, api, background, Runnable::run, expired::incrementAndGet);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    background.shutdownNow();
    background.awaitTermination(5, TimeUnit.SECONDS);
  }

  static String bundledFrance() throws IOException {
    try (InputStream in =
        CountryFiles.class.getResourceAsStream(CountryFiles.BUNDLED_FOLDER + "FR.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aFileWithErrorsIsListedInPlaceAndNeverSent() throws Exception {
    String bad = bundledFrance().replace("\"minimumNotice\": \"PT2H\"", "\"minimumNotice\": 7");
    model.choose(file("FR.json", bad)).get(10, TimeUnit.SECONDS);

    assertThat(model.stepProperty().get()).isEqualTo(CountryImportViewModel.Step.INVALID);
    assertThat(model.errors())
        .singleElement()
        .asString()
        .startsWith("FR.json:")
        .contains(": bookingRules.minimumNotice: ");
    assertThat(api.calls).isEmpty();
    assertThat(model.canApplyProperty().get()).isFalse();
    assertThat(model.summaryProperty().get()).contains("nothing was sent");
  }

  @Test
  void aValidFileIsPreviewedOffTheUiThreadThenApplied() throws Exception {
    api.importAnswers.add(new ApiResult.Ok<>(FakeCountriesApi.changed(false)));
    api.importAnswers.add(new ApiResult.Ok<>(FakeCountriesApi.changed(true)));
    String text =
        bundledFrance().replace("\"minimumNotice\": \"PT2H\"", "\"minimumNotice\": \"PT4H\"");

    model.choose(file("FR.json", text)).get(10, TimeUnit.SECONDS);
    assertThat(model.stepProperty().get()).isEqualTo(CountryImportViewModel.Step.PREVIEW);
    assertThat(model.changes()).containsExactly("bookingRules.minimumNotice: PT2H → PT4H");
    assertThat(model.holidays()).containsExactly("+ 2026-12-24 Réveillon");
    assertThat(model.canApplyProperty().get()).isTrue();
    assertThat(api.calls)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.dryRun()).isTrue();
              assertThat(c.fileName()).isEqualTo("FR.json");
              assertThat(c.content()).isEqualTo(text);
              assertThat(c.thread())
                  .isEqualTo("test-io")
                  .isNotEqualTo(Thread.currentThread().getName());
            });

    model.apply().get(10, TimeUnit.SECONDS);
    assertThat(api.calls).hasSize(2);
    assertThat(api.calls.get(1).dryRun()).isFalse();
    assertThat(api.calls.get(1).content()).isEqualTo(text);
    assertThat(model.stepProperty().get()).isEqualTo(CountryImportViewModel.Step.DONE);
    assertThat(model.summaryProperty().get()).contains("changed").contains("12 practitioners");
    assertThat(model.canApplyProperty().get()).isFalse();
  }

  @Test
  void anUnchangedFileCannotBeApplied() throws Exception {
    api.importAnswers.add(new ApiResult.Ok<>(FakeCountriesApi.unchanged()));
    model.choose(file("FR.json", bundledFrance())).get(10, TimeUnit.SECONDS);
    assertThat(model.stepProperty().get()).isEqualTo(CountryImportViewModel.Step.PREVIEW);
    assertThat(model.canApplyProperty().get()).isFalse();
    assertThat(model.summaryProperty().get()).contains("nothing to change");
    model.apply().get(10, TimeUnit.SECONDS);
    assertThat(api.calls).hasSize(1);
  }

  @Test
  void theServersFileErrorsAreListedLikeLocalOnes() throws Exception {
    api.importAnswers.add(
        new ApiResult.Refused<>(
            422,
            "The country file has 1 error(s)",
            List.of(new FileError("FR.json", 3, "name", "must not be empty"))));
    model.choose(file("FR.json", bundledFrance())).get(10, TimeUnit.SECONDS);
    assertThat(model.stepProperty().get()).isEqualTo(CountryImportViewModel.Step.INVALID);
    assertThat(model.errors()).containsExactly("FR.json:3: name: must not be empty");
    assertThat(model.alertProperty().get()).isEmpty();
  }

  @Test
  void anExpiredTokenGoesBackToSignIn() throws Exception {
    api.importAnswers.add(new ApiResult.SessionExpired<>());
    model.choose(file("FR.json", bundledFrance())).get(10, TimeUnit.SECONDS);
    assertThat(expired).hasValue(1);
    assertThat(model.canApplyProperty().get()).isFalse();
  }

  @Test
  void aServerDownOrARefusalBecomesAClearDialogMessage() throws Exception {
    api.importAnswers.add(new ApiResult.Unreachable<>("Connection refused"));
    model.choose(file("FR.json", bundledFrance())).get(10, TimeUnit.SECONDS);
    assertThat(model.alertProperty().get()).isEqualTo(ApiCalls.UNREACHABLE);
    model.clearAlert();

    api.importAnswers.add(new ApiResult.Refused<>(403, "Not an administrator of DE", List.of()));
    model.choose(file("DE.json", bundledFrance())).get(10, TimeUnit.SECONDS);
    // the local check runs first: a France file named DE.json is refused before any call
    assertThat(model.errors()).anyMatch(e -> e.startsWith("DE.json:") && e.contains("code"));
    assertThat(api.calls).hasSize(1);

    model.choose(file("FR.json", bundledFrance())).get(10, TimeUnit.SECONDS);
    assertThat(model.alertProperty().get()).contains("may not manage").contains("DE");
    assertThat(expired).hasValue(0);
  }

  @Test
  void anUnreadableFileIsAnErrorInPlace() throws Exception {
    model.choose(dir.resolve("missing.json")).get(10, TimeUnit.SECONDS);
    assertThat(model.errors())
        .singleElement()
        .asString()
        .startsWith("missing.json: cannot be read");
    assertThat(api.calls).isEmpty();
  }
}
