package com.medislot.console;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition on the window, evaluated on the JavaFX thread. A look-up from the test's
 * own thread walks the scene graph while the JavaFX thread may be rebuilding it, and fails at
 * random with an index out of bounds.
 */
public final class FxWait {

  private FxWait() {}

  public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
    // each check is bounded too: a JavaFX thread that never runs it fails the wait, not the build
    WaitForAsyncUtils.waitFor(
        seconds,
        TimeUnit.SECONDS,
        () -> WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS));
  }
}
