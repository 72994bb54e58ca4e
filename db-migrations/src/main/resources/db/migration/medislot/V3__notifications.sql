-- Notifications to patients (confirmation, change, cancellation, reminders), one row per message
-- and channel. The event consumer writes the rows in the transaction that marks the event as
-- processed; a timer on every node claims the due rows with FOR UPDATE SKIP LOCKED, so each row
-- is delivered by exactly one node.
CREATE TABLE notification (
    id                 bigserial    PRIMARY KEY,
    appointment_id     bigint       NOT NULL REFERENCES appointment (id),
    event_id           uuid         NOT NULL,
    kind               text         NOT NULL CHECK (kind IN ('CONFIRMATION', 'CHANGE', 'CANCELLATION', 'REMINDER')),
    channel            text         NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    -- the appointment start this message speaks of: a reminder whose appointment moved is skipped
    appointment_start  timestamptz  NOT NULL,
    -- iCalendar SEQUENCE of the invite sent with this message (0 for the first)
    sequence           integer      NOT NULL CHECK (sequence >= 0),
    due_at             timestamptz  NOT NULL,
    status             text         NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'SKIPPED', 'DEAD')),
    attempts           integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error         text,
    created_at         timestamptz  NOT NULL,
    finished_at        timestamptz,
    UNIQUE (event_id, kind, channel, due_at)
);
CREATE INDEX notification_due_idx ON notification (due_at) WHERE status = 'PENDING';
CREATE INDEX notification_appointment_idx ON notification (appointment_id);
