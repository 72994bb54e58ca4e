package com.medislot.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  private static final List<String> VALID =
      List.of(
          "--jdbc-url=jdbc:postgresql://127.0.0.1:5432/medislot",
          "--user=u",
          "--password=p",
          "--practitioners=500",
          "--patients=2_000",
          "--seed=1");

  private static String[] with(String... extra) {
    List<String> all = new ArrayList<>(VALID);
    all.addAll(List.of(extra));
    return all.toArray(String[]::new);
  }

  private static String[] replacing(String prefix, String replacement) {
    return VALID.stream().map(a -> a.startsWith(prefix) ? replacement : a).toArray(String[]::new);
  }

  @Test
  void parsesRequiredOptionsWithDefaults() throws UsageException {
    Arguments a = Arguments.parse(with());
    assertThat(a.practitioners()).isEqualTo(500);
    assertThat(a.patients()).isEqualTo(2000);
    assertThat(a.seed()).isEqualTo(1);
    assertThat(a.appointmentShare()).isEqualTo(0.3);
    assertThat(a.weeks()).isEqualTo(4);
    assertThat(a.from()).isEmpty();
    assertThat(a.patientPasswordHash()).isEmpty();
  }

  @Test
  void parsesOptionalOptions() throws UsageException {
    Arguments a =
        Arguments.parse(
            with(
                "--appointment-share=0.5",
                "--weeks=2",
                "--from=2026-12-01",
                "--patient-password-hash=X"));
    assertThat(a.appointmentShare()).isEqualTo(0.5);
    assertThat(a.weeks()).isEqualTo(2);
    assertThat(a.from()).contains(LocalDate.of(2026, 12, 1));
    assertThat(a.patientPasswordHash()).contains("X");
  }

  @Test
  void neverPrintsThePassword() throws UsageException {
    assertThat(Arguments.parse(replacing("--password", "--password=s3cret")).toString())
        .doesNotContain("s3cret");
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> Arguments.parse(replacing("--patients", "--patients=-1")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--patients");
    assertThatThrownBy(() -> Arguments.parse(replacing("--practitioners", "--practitioners=-5")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--practitioners");
    assertThatThrownBy(() -> Arguments.parse(replacing("--practitioners", "--practitioners=0")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--practitioners");
  }

  @Test
  void rejectsUnknownRepeatedMissingAndMalformedOptions() {
    assertThatThrownBy(() -> Arguments.parse(with("--colour=red")))
        .hasMessageContaining("unknown option: --colour");
    assertThatThrownBy(() -> Arguments.parse(with("--seed=2")))
        .hasMessageContaining("given twice: --seed");
    assertThatThrownBy(() -> Arguments.parse(VALID.subList(1, VALID.size()).toArray(String[]::new)))
        .hasMessageContaining("missing option: --jdbc-url");
    assertThatThrownBy(() -> Arguments.parse(with("practitioners")))
        .hasMessageContaining("expected --name=value");
    assertThatThrownBy(() -> Arguments.parse(replacing("--seed", "--seed=abc")))
        .hasMessageContaining("--seed must be a whole number");
  }

  @Test
  void rejectsOutOfRangeShareWeeksDateAndUrl() {
    assertThatThrownBy(() -> Arguments.parse(with("--appointment-share=1.5")))
        .hasMessageContaining("--appointment-share");
    assertThatThrownBy(() -> Arguments.parse(with("--appointment-share=NaN")))
        .hasMessageContaining("--appointment-share");
    assertThatThrownBy(() -> Arguments.parse(with("--weeks=0"))).hasMessageContaining("--weeks");
    assertThatThrownBy(() -> Arguments.parse(with("--weeks=53"))).hasMessageContaining("--weeks");
    assertThatThrownBy(() -> Arguments.parse(with("--from=tomorrow")))
        .hasMessageContaining("--from");
    assertThatThrownBy(
            () -> Arguments.parse(replacing("--jdbc-url", "--jdbc-url=jdbc:mysql://x/y")))
        .hasMessageContaining("--jdbc-url");
  }
}
