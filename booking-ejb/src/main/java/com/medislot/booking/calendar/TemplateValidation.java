package com.medislot.booking.calendar;

import com.medislot.booking.availability.LocalTimeRange;
import com.medislot.booking.availability.OpeningRange;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.errors.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Checks a whole new weekly template before anything is stored. Each error names the range by its
 * position in the request ({@code ranges[2].end}), so staff can find it.
 */
final class TemplateValidation {

  private TemplateValidation() {}

  /**
   * Returns the engine ranges of the drafts, in order.
   *
   * @param worksAt whether the practitioner works at a location id
   * @param hasMotive whether a motive id is one of the practitioner's
   * @throws InvalidInputException a malformed range (400)
   * @throws RuleViolationException a range the rules refuse: overlapping another on the same day
   *     and location, or at a location the practitioner does not work at (422)
   */
  static List<OpeningRange> validate(
      List<OpeningDraft> drafts, LongPredicate worksAt, LongPredicate hasMotive) {
    List<OpeningRange> ranges = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      ranges.add(range(drafts.get(i), "ranges[" + i + "]."));
      if (!worksAt.test(drafts.get(i).locationId())) {
        throw new RuleViolationException(
            "ranges[" + i + "].locationId",
            "the practitioner does not work at location " + drafts.get(i).locationId());
      }
      for (long motive : drafts.get(i).motiveIds()) {
        if (!hasMotive.test(motive)) {
          throw new RuleViolationException(
              "ranges[" + i + "].motiveIds", "not a visit motive of the practitioner: " + motive);
        }
      }
    }
    for (int j = 1; j < ranges.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (drafts.get(i).locationId() == drafts.get(j).locationId()
            && ranges.get(i).conflictsWith(ranges.get(j))) {
          throw new RuleViolationException(
              "ranges[" + j + "]",
              "overlaps ranges["
                  + i
                  + "] at the same location: "
                  + ranges.get(j)
                  + " and "
                  + ranges.get(i));
        }
      }
    }
    return ranges;
  }

  private static OpeningRange range(OpeningDraft d, String at) {
    if (!d.start().isBefore(d.end())) {
      throw new InvalidInputException(at + "end", "must be after start on the same day");
    }
    if (d.validFrom().isPresent()
        && d.validUntil().isPresent()
        && d.validUntil().get().isBefore(d.validFrom().get())) {
      throw new InvalidInputException(at + "validUntil", "must not be before validFrom");
    }
    if (d.everyWeeks() < 1 || d.everyWeeks() > OpeningRange.MAX_EVERY_WEEKS) {
      throw new InvalidInputException(
          at + "everyWeeks", "must be between 1 and " + OpeningRange.MAX_EVERY_WEEKS);
    }
    if (d.everyWeeks() > 1 && d.anchorWeek().isEmpty()) {
      throw new InvalidInputException(
          at + "anchorWeek",
          "is required when everyWeeks is more than 1: a date in a week it applies");
    }
    OpeningRange r = OpeningRange.of(d.day(), LocalTimeRange.of(d.start(), d.end()));
    r = d.validFrom().map(r::withValidFrom).orElse(r);
    r = d.validUntil().map(r::withValidUntil).orElse(r);
    if (d.everyWeeks() > 1) {
      r = r.every(d.everyWeeks(), d.anchorWeek().get());
    }
    return r.withMotiveIds(d.motiveIds());
  }
}
