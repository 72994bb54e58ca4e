package com.medislot.console.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.StubApiServer;
import com.medislot.console.api.HttpAuthApi;
import com.medislot.console.api.SignInOutcome;
import com.medislot.console.session.Session;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sign-in screen's behaviour against a real HTTP stub, without any window. */
class LoginViewModelTest {

  private static StubApiServer server;

  private ExecutorService background;
  private final List<Session> signedIn = new CopyOnWriteArrayList<>();
  private final List<String> threads = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startServer() throws Exception {
    server = StubApiServer.start(List.of("country-admin", "staff"));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void setUp() {
    server.answerWith(0, null);
    background = Executors.newSingleThreadExecutor(task -> new Thread(task, "test-background"));
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    background.shutdownNow();
    background.awaitTermination(5, TimeUnit.SECONDS);
  }

  private LoginViewModel model(String apiUrl) {
    return new LoginViewModel(
        apiUrl, HttpAuthApi.create(), background, Runnable::run, signedIn::add);
  }

  private LoginViewModel filledIn(String apiUrl, String email, String password) {
    LoginViewModel model = model(apiUrl);
    model.emailProperty().set(email);
    model.passwordProperty().set(password);
    return model;
  }

  @Test
  void signsInAndReadsTheRolesFromTheToken() throws Exception {
    LoginViewModel model = filledIn(server.apiUrl(), StubApiServer.EMAIL, StubApiServer.PASSWORD);

    Optional<Session> session = model.signIn().get(10, TimeUnit.SECONDS);

    assertThat(session).isPresent();
    assertThat(session.get().email()).isEqualTo(StubApiServer.EMAIL);
    assertThat(session.get().roles()).containsExactly("country-admin", "staff");
    assertThat(session.get().apiBase()).hasToString(server.apiUrl());
    assertThat(signedIn).containsExactly(session.get());
    assertThat(model.errorMessageProperty().get()).isEmpty();
    assertThat(model.busyProperty().get()).isFalse();
    assertThat(model.passwordProperty().get()).isEmpty();
  }

  @Test
  void sendsTheCredentialsAsJson() throws Exception {
    LoginViewModel model =
        filledIn(server.apiUrl() + "/", "  " + StubApiServer.EMAIL + " ", "p\"w");

    model.signIn().get(10, TimeUnit.SECONDS);

    assertThat(server.lastMethod()).isEqualTo("POST");
    assertThat(server.lastContentType()).isEqualTo("application/json");
    assertThat(server.lastBody())
        .isEqualTo("{\"email\":\"" + StubApiServer.EMAIL + "\",\"password\":\"p\\\"w\"}");
  }

  @Test
  void wrongPasswordShowsWrongEmailOrPassword() throws Exception {
    LoginViewModel model = filledIn(server.apiUrl(), StubApiServer.EMAIL, "guess");

    Optional<Session> session = model.signIn().get(10, TimeUnit.SECONDS);

    assertThat(session).isEmpty();
    assertThat(signedIn).isEmpty();
    assertThat(model.errorMessageProperty().get()).isEqualTo("Wrong email or password");
    assertThat(model.busyProperty().get()).isFalse();
  }

  @Test
  void closedPortShowsServerUnreachable() throws Exception {
    LoginViewModel model =
        filledIn("http://127.0.0.1:" + StubApiServer.closedPort() + "/api/v1", "a@b.c", "x");

    Optional<Session> session = model.signIn().get(20, TimeUnit.SECONDS);

    assertThat(session).isEmpty();
    assertThat(model.errorMessageProperty().get()).isEqualTo("Server unreachable");
  }

  static Stream<Arguments> unusableAnswers() {
    return Stream.of(
        Arguments.of(500, "{}", "Server error (HTTP 500)"),
        Arguments.of(200, "not json", "Unexpected answer from the server"),
        Arguments.of(200, "{\"token_type\":\"Bearer\"}", "Unexpected answer from the server"),
        Arguments.of(200, "{\"access_token\":\"not-a-jwt\"}", LoginViewModel.UNREADABLE_TOKEN));
  }

  @ParameterizedTest
  @MethodSource("unusableAnswers")
  void unusableAnswersAreExplained(int status, String body, String message) throws Exception {
    server.answerWith(status, body);
    LoginViewModel model = filledIn(server.apiUrl(), StubApiServer.EMAIL, StubApiServer.PASSWORD);

    Optional<Session> session = model.signIn().get(10, TimeUnit.SECONDS);

    assertThat(session).isEmpty();
    assertThat(signedIn).isEmpty();
    assertThat(model.errorMessageProperty().get()).isEqualTo(message);
  }

  @Test
  void rejectsAnAddressThatIsNotHttp() throws Exception {
    LoginViewModel model = filledIn("ftp://127.0.0.1/api", "a@b.c", "x");

    assertThat(model.signIn().get(1, TimeUnit.SECONDS)).isEmpty();
    assertThat(model.errorMessageProperty().get()).isEqualTo("Invalid API URL");
  }

  @Test
  void signInNeedsEmailAndPassword() throws Exception {
    LoginViewModel model = model(server.apiUrl());
    assertThat(model.canSignInProperty().get()).isFalse();

    model.emailProperty().set("a@b.c");
    assertThat(model.canSignInProperty().get()).isFalse();
    assertThat(model.signIn().get(1, TimeUnit.SECONDS)).isEmpty();
    assertThat(server.lastBody()).doesNotContain("a@b.c");

    model.passwordProperty().set("x");
    assertThat(model.canSignInProperty().get()).isTrue();
  }

  @Test
  void callsTheServerOnTheBackgroundExecutorAndIsBusyMeanwhile() throws Exception {
    List<Boolean> busyDuringCall = new CopyOnWriteArrayList<>();
    LoginViewModel[] holder = new LoginViewModel[1];
    LoginViewModel model =
        new LoginViewModel(
            server.apiUrl(),
            (base, email, password) -> {
              threads.add(Thread.currentThread().getName());
              busyDuringCall.add(holder[0].busyProperty().get());
              return new SignInOutcome.Rejected();
            },
            background,
            Runnable::run,
            signedIn::add);
    holder[0] = model;
    model.emailProperty().set("a@b.c");
    model.passwordProperty().set("x");

    model.signIn().get(5, TimeUnit.SECONDS);

    assertThat(threads).containsExactly("test-background");
    assertThat(busyDuringCall).containsExactly(true);
    assertThat(model.busyProperty().get()).isFalse();
  }
}
