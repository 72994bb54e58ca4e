-- Holds, relatives and the waiting list.
--
-- A hold is an appointment row in status HELD with an expiry: it lives in the same table as
-- confirmed appointments so that the one exclusion constraint keeps both from overlapping.
-- An expired hold stays HELD until it is swept (or met by a booking under the calendar lock),
-- then becomes EXPIRED; a released one becomes RELEASED. Confirming turns the row CONFIRMED.

-- People a patient account books for (children, parents…). Removal is soft: appointments keep
-- showing who they were for.
CREATE TABLE relative (
    id            bigserial    PRIMARY KEY,
    account_id    bigint       NOT NULL REFERENCES account (id),
    first_name    text         NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    last_name     text         NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
    birth_date    date         NOT NULL,
    relationship  text         NOT NULL CHECK (relationship IN ('CHILD', 'PARENT', 'OTHER')),
    created_at    timestamptz  NOT NULL,
    removed_at    timestamptz
);
CREATE INDEX relative_account_idx ON relative (account_id) WHERE removed_at IS NULL;

-- Waiting list: first come, first offered (by id) among the entries whose criteria match.
CREATE TABLE waitlist_entry (
    id               bigserial    PRIMARY KEY,
    patient_id       bigint       NOT NULL REFERENCES account (id),
    relative_id      bigint       REFERENCES relative (id),
    practitioner_id  bigint       NOT NULL REFERENCES practitioner (id),
    motive_id        bigint       NOT NULL REFERENCES visit_motive (id),
    location_id      bigint       REFERENCES location (id),             -- null: any location
    before_at        timestamptz,                                       -- null: any time
    status           text         NOT NULL CHECK (status IN ('ACTIVE', 'OFFERED', 'FULFILLED', 'LEFT', 'LAPSED')),
    -- the start of an offer this entry let lapse: never offered to it again
    passed_start     timestamptz,
    created_at       timestamptz  NOT NULL
);
CREATE INDEX waitlist_entry_queue_idx ON waitlist_entry (practitioner_id, id) WHERE status = 'ACTIVE';
CREATE INDEX waitlist_entry_patient_idx ON waitlist_entry (patient_id);

ALTER TABLE appointment DROP CONSTRAINT appointment_no_overlap;
ALTER TABLE appointment DROP CONSTRAINT appointment_status_check;
ALTER TABLE appointment
    ADD COLUMN expires_at        timestamptz,
    ADD COLUMN relative_id       bigint REFERENCES relative (id),
    ADD COLUMN waitlist_entry_id bigint REFERENCES waitlist_entry (id),
    ADD CONSTRAINT appointment_status_check
        CHECK (status IN ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'RELEASED')),
    ADD CONSTRAINT appointment_hold_expiry CHECK (status <> 'HELD' OR expires_at IS NOT NULL),
    -- Holds occupy the calendar exactly like confirmed appointments.
    ADD CONSTRAINT appointment_no_overlap EXCLUDE USING gist (
        practitioner_id WITH =,
        tstzrange(start_at, end_at, '[)') WITH &&
    ) WHERE (status IN ('HELD', 'CONFIRMED'));

DROP INDEX appointment_practitioner_idx;
CREATE INDEX appointment_practitioner_idx ON appointment (practitioner_id, start_at)
    WHERE status IN ('HELD', 'CONFIRMED');
-- The expiry sweep and the per-patient hold limit.
CREATE INDEX appointment_hold_expiry_idx ON appointment (expires_at) WHERE status = 'HELD';
