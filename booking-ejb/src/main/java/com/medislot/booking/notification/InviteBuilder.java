package com.medislot.booking.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Builds the iCalendar invite (RFC 5545/5546) that goes with an appointment email, with ical4j.
 *
 * <p>Times are written in UTC ({@code DTSTART:20261201T075000Z}), so no time-zone definition has to
 * travel with the invite and a daylight-saving change cannot shift them; the location's zone is
 * stated in {@code X-WR-TIMEZONE} for clients that show it. The UID is the same for every message
 * about one appointment, and the sequence grows with each change, so a client updates or removes
 * the event it already has.
 */
public final class InviteBuilder {

  /** Product identifier written in every invite. */
  public static final String PRODUCT_ID = "-//Medislot//Appointments 1.0//EN";

  private InviteBuilder() {}

  /** The stable UID of an appointment's invites. */
  public static String uid(long appointmentId) {
    return "appointment-" + appointmentId + "@medislot";
  }

  /**
   * The invite as iCalendar text.
   *
   * @param details the appointment
   * @param cancel {@code METHOD:CANCEL} when true, else {@code METHOD:REQUEST}
   * @param sequence the invite's sequence (0 for the first)
   * @param organizer the sender's email address
   * @param stamp when the invite is made ({@code DTSTAMP})
   */
  public static String build(
      AppointmentDetails details, boolean cancel, int sequence, String organizer, Instant stamp) {
    VEvent event = new VEvent(details.start(), details.end(), MessageTexts.summary(details));
    event.add(new Uid(uid(details.appointmentId())));
    event.add(new Sequence(sequence));
    event.replace(new DtStamp(stamp));
    event.add(new Location(details.locationName() + ", " + details.address()));
    event.add(new Description(MessageTexts.localTime(details)));
    event.add(new Organizer(URI.create("mailto:" + organizer)));
    event.add(new Attendee(URI.create("mailto:" + details.patientEmail())));
    event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    calendar.add(new XProperty("X-WR-TIMEZONE", details.zone().getId()));
    calendar.add(event);

    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException(
          "invalid invite for appointment " + details.appointmentId(), e);
    }
    return out.toString();
  }
}
