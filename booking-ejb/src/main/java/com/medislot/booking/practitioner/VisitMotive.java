package com.medislot.booking.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** A consultation type offered by one practitioner: its length and the buffers around it. */
@Entity
@Table(name = "visit_motive")
public class VisitMotive {

  @Id private Long id;

  @Column(name = "practitioner_id")
  private long practitionerId;

  private String name;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  @Column(name = "buffer_before_minutes")
  private int bufferBeforeMinutes;

  @Column(name = "buffer_after_minutes")
  private int bufferAfterMinutes;

  @Column(name = "new_patients")
  private boolean newPatients;

  @Column(name = "online_bookable")
  private boolean onlineBookable;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  protected VisitMotive() {}

  /**
   * The form of a motive's name that searches match on: without case, accents or punctuation, one
   * space between words ({@code "1ère consultation"} and {@code "1ERE Consultation"} are the same).
   * Practitioners name their motives themselves; patients search by the common names.
   */
  public static String key(String name) {
    String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  public long id() {
    return id;
  }

  public long practitionerId() {
    return practitionerId;
  }

  public String name() {
    return name;
  }

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  public Duration bufferBefore() {
    return Duration.ofMinutes(bufferBeforeMinutes);
  }

  public Duration bufferAfter() {
    return Duration.ofMinutes(bufferAfterMinutes);
  }

  public boolean newPatients() {
    return newPatients;
  }

  public boolean onlineBookable() {
    return onlineBookable;
  }
}
