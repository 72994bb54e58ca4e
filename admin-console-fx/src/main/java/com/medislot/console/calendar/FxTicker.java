package com.medislot.console.calendar;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** A {@link Ticker} on the FX thread's animation timer: no extra thread, no hand-off needed. */
public final class FxTicker implements Ticker {

  @Override
  public Handle every(Duration interval, Runnable action) {
    Timeline timeline =
        new Timeline(
            new KeyFrame(javafx.util.Duration.millis(interval.toMillis()), e -> action.run()));
    timeline.setCycleCount(Timeline.INDEFINITE);
    timeline.play();
    return timeline::stop;
  }
}
