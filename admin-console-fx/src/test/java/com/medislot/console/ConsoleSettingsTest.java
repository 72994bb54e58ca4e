package com.medislot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleSettingsTest {

  @Test
  void defaultsToALocalServer() {
    assertThat(ConsoleSettings.from(name -> null).apiUrl())
        .isEqualTo("http://127.0.0.1:8080/api/v1");
    assertThat(ConsoleSettings.from(name -> " ").apiUrl())
        .isEqualTo("http://127.0.0.1:8080/api/v1");
  }

  @Test
  void theSystemPropertyOverridesTheDefault() {
    Map<String, String> properties =
        Map.of("medislot.console.api-url", " https://api.example.org/api/v1 ");

    assertThat(ConsoleSettings.from(properties::get).apiUrl())
        .isEqualTo("https://api.example.org/api/v1");
  }
}
