-- Waiting-list offers are told to the patient (the offer, and its lapse when it is not confirmed
-- in time). Neither carries an invite: an offer is a hold, not an appointment yet.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('CONFIRMATION', 'CHANGE', 'CANCELLATION', 'REMINDER', 'WAITLIST_OFFER', 'OFFER_LAPSED'));
