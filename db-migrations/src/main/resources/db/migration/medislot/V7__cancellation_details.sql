-- Who cancelled an appointment and, for the clinic, why: staff see it later and a repeated
-- cancellation answers the same.
ALTER TABLE appointment
    ADD COLUMN cancelled_by   text CHECK (cancelled_by IN ('patient', 'staff')),
    ADD COLUMN cancel_reason  text CHECK (char_length(cancel_reason) <= 500);
