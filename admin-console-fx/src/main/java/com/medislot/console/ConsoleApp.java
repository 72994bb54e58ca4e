package com.medislot.console;

import com.medislot.console.api.HttpAuthApi;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: wires the real HTTP client and executors into the window. */
public final class ConsoleApp extends Application {

  private ExecutorService background;

  @Override
  public void start(Stage stage) {
    background = Executors.newCachedThreadPool(daemonThreads());
    ConsoleSettings settings = ConsoleSettings.from(System::getProperty);
    new ConsoleWindow(stage, settings, HttpAuthApi.create(), background, Platform::runLater)
        .showLogin();
    stage.show();
  }

  @Override
  public void stop() {
    if (background != null) {
      background.shutdownNow();
    }
  }

  /** Daemon threads, so a request still in flight never keeps the closed console alive. */
  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "console-io-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
