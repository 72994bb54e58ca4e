package com.medislot.launcher;

/**
 * A part of the local runtime could not be started, stopped or prepared.
 *
 * <p>Unchecked because callers (a main method, a test fixture) can only report it.
 */
public final class LaunchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, for a person; not null
   * @param cause the underlying failure; may be null
   */
  public LaunchException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * @param message what failed, for a person; not null
   */
  public LaunchException(String message) {
    super(message);
  }
}
