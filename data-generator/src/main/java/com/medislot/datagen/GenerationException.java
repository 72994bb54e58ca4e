package com.medislot.datagen;

/** A run that cannot proceed on the given database (for example one that already holds data). */
public final class GenerationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  GenerationException(String message) {
    super(message);
  }
}
