package com.medislot.datagen;

/** A command line the generator cannot run with; its message says what to fix. */
public final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
