package com.medislot.booking.availability;

import java.time.Duration;
import java.util.Objects;

/**
 * What the engine needs to know of a visit motive: its id, the length of an appointment and the
 * buffers kept free before (preparation) and after (cleaning) it.
 *
 * <p>The duration is positive and at most 24 h; each buffer is between zero and 24 h. Buffers may
 * fall outside opening hours: only the appointment itself must fit in an opening.
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class VisitMotiveRule {

  static final Duration MAX_LENGTH = Duration.ofHours(24);

  private final long motiveId;
  private final Duration duration;
  private final Duration bufferBefore;
  private final Duration bufferAfter;

  private VisitMotiveRule(
      long motiveId, Duration duration, Duration bufferBefore, Duration bufferAfter) {
    this.motiveId = motiveId;
    this.duration = duration;
    this.bufferBefore = bufferBefore;
    this.bufferAfter = bufferAfter;
  }

  /** Obtains a rule without buffers. */
  public static VisitMotiveRule of(long motiveId, Duration duration) {
    return of(motiveId, duration, Duration.ZERO, Duration.ZERO);
  }

  /**
   * Obtains a rule.
   *
   * @throws IllegalArgumentException if the duration is not in (0, 24 h] or a buffer not in [0, 24
   *     h]; the message names the field
   */
  public static VisitMotiveRule of(
      long motiveId, Duration duration, Duration bufferBefore, Duration bufferAfter) {
    requireLength("duration", duration, false);
    requireLength("bufferBefore", bufferBefore, true);
    requireLength("bufferAfter", bufferAfter, true);
    return new VisitMotiveRule(motiveId, duration, bufferBefore, bufferAfter);
  }

  static void requireLength(String field, Duration value, boolean zeroAllowed) {
    Objects.requireNonNull(value, field);
    boolean tooSmall = zeroAllowed ? value.isNegative() : value.isNegative() || value.isZero();
    if (tooSmall || value.compareTo(MAX_LENGTH) > 0) {
      throw new IllegalArgumentException(
          field + " must be " + (zeroAllowed ? ">= 0" : "> 0") + " and <= 24h: " + value);
    }
  }

  /** Returns the motive's id. */
  public long motiveId() {
    return motiveId;
  }

  /** Returns the length of one appointment. */
  public Duration duration() {
    return duration;
  }

  /** Returns the time kept free before an appointment. */
  public Duration bufferBefore() {
    return bufferBefore;
  }

  /** Returns the time kept free after an appointment. */
  public Duration bufferAfter() {
    return bufferAfter;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof VisitMotiveRule o
        && motiveId == o.motiveId
        && duration.equals(o.duration)
        && bufferBefore.equals(o.bufferBefore)
        && bufferAfter.equals(o.bufferAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(motiveId, duration, bufferBefore, bufferAfter);
  }

  @Override
  public String toString() {
    return "VisitMotiveRule["
        + motiveId
        + ", "
        + duration
        + ", before "
        + bufferBefore
        + ", after "
        + bufferAfter
        + "]";
  }
}
