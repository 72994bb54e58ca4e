package com.medislot.console;

import javafx.application.Application;

/**
 * Entry point. It deliberately does not extend {@link Application}: started from the class path,
 * the JDK refuses a main class that does ("JavaFX runtime components are missing").
 */
public final class ConsoleLauncher {

  private ConsoleLauncher() {}

  public static void main(String[] args) {
    Application.launch(ConsoleApp.class, args);
  }
}
