package com.medislot.booking.notification;

import java.time.Instant;
import java.util.Optional;

/** Builds and sends one message: an email with its invite, or an SMS. */
public final class Deliverer {

  private final MailSender mail;
  private final Optional<SmsGateway> sms;

  /**
   * @param sms the gateway, absent when SMS are switched off
   */
  public Deliverer(MailSender mail, Optional<SmsGateway> sms) {
    this.mail = mail;
    this.sms = sms;
  }

  /**
   * Sends the notification about the appointment as it is now.
   *
   * @return false when the message is no longer worth sending and was skipped: a reminder of a
   *     cancelled or moved appointment, an offer whose hold no longer reserves the slot (confirmed,
   *     released or run out before its turn came), an SMS with SMS off or no valid number
   */
  public boolean deliver(StoredNotification n, AppointmentDetails details, Instant now)
      throws DeliveryException {
    if (n.kind() == NotificationKind.REMINDER
        && !NotificationPlanner.reminderStillDue(n.appointmentStart(), details)) {
      return false;
    }
    if (!NotificationPlanner.stillWorthSending(n.kind(), details, now)) {
      return false;
    }
    return switch (n.channel()) {
      case EMAIL -> {
        sendEmail(n, details, now);
        yield true;
      }
      case SMS -> sendSms(n, details);
    };
  }

  private void sendEmail(StoredNotification n, AppointmentDetails details, Instant now)
      throws DeliveryException {
    Optional<MailSender.Invite> invite =
        switch (n.kind()) {
          case CONFIRMATION, CHANGE ->
              Optional.of(
                  new MailSender.Invite(
                      "REQUEST",
                      InviteBuilder.build(details, false, n.sequence(), mail.from(), now)));
          case CANCELLATION ->
              Optional.of(
                  new MailSender.Invite(
                      "CANCEL",
                      InviteBuilder.build(details, true, n.sequence(), mail.from(), now)));
          case REMINDER, WAITLIST_OFFER, OFFER_LAPSED -> Optional.empty();
        };
    mail.send(
        details.patientEmail(),
        MessageTexts.subject(n.kind(), details),
        MessageTexts.emailBody(n.kind(), details),
        invite,
        now,
        "notification-" + n.id());
  }

  private boolean sendSms(StoredNotification n, AppointmentDetails details)
      throws DeliveryException {
    if (sms.isEmpty() || details.patientPhone().isEmpty()) {
      return false;
    }
    sms.get().send(details.patientPhone().get(), MessageTexts.sms(n.kind(), details));
    return true;
  }
}
