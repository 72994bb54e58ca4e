package com.medislot.booking.events;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Event ids: version 7 UUIDs (RFC 9562), the creation millisecond then 74 random bits.
 *
 * <p>Not {@link UUID#randomUUID()}: it draws from the JVM's one shared {@code SecureRandom}, whose
 * lock every booking thread then queued on (with Payara's own request tracing, which uses it for
 * every HTTP request); a flight recording of the booking benchmark showed 65 s of threads blocked
 * there in 40 s. An event id needs to be unique, not unpredictable: the per-thread generator gives
 * that without a lock. Time-ordered ids also keep the consumers' de-duplication index appending
 * instead of writing all over its pages.
 */
public final class EventIds {

  private EventIds() {}

  /** A new id for an event that happened at {@code time}. */
  public static UUID at(Instant time) {
    return of(time.toEpochMilli(), ThreadLocalRandom.current());
  }

  static UUID of(long epochMillis, RandomGenerator random) {
    long msb = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }
}
