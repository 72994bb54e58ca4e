package com.medislot.console.calendar;

import java.time.Duration;

/** Runs an action again and again, on the UI thread, until the returned handle is closed. */
@FunctionalInterface
public interface Ticker {

  /** Starts running {@code action} every {@code interval}; the first run is after one interval. */
  Handle every(Duration interval, Runnable action);

  /** Stops the repetition. Closing twice is harmless. */
  @FunctionalInterface
  interface Handle extends AutoCloseable {
    @Override
    void close();
  }
}
