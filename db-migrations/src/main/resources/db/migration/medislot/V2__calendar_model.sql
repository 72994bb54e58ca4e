-- Alternate weeks: a range applies every `every_weeks` weeks, in the weeks whose distance (in
-- whole ISO weeks) from the week of `anchor_week` is a multiple of it. 1 is every week.
ALTER TABLE opening_range
    ADD COLUMN every_weeks  smallint NOT NULL DEFAULT 1 CHECK (every_weeks BETWEEN 1 AND 4),
    ADD COLUMN anchor_week  date,
    ADD CONSTRAINT opening_range_anchor_needed CHECK (every_weeks = 1 OR anchor_week IS NOT NULL);

-- The subdivision (ISO 3166-2, e.g. FR-6AE for Alsace) whose public holidays the location
-- observes on top of the country's; null observes the country's only.
ALTER TABLE location
    ADD COLUMN region text CHECK (region IS NULL OR region ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$');

-- The visit motives an opening range is reserved to; none listed: every motive of the
-- practitioner may use it.
CREATE TABLE opening_range_motive (
    opening_range_id  bigint NOT NULL REFERENCES opening_range (id) ON DELETE CASCADE,
    motive_id         bigint NOT NULL REFERENCES visit_motive (id) ON DELETE CASCADE,
    PRIMARY KEY (opening_range_id, motive_id)
);
CREATE INDEX opening_range_motive_motive_idx ON opening_range_motive (motive_id);

-- A practitioner's own booking rules; null keeps the country file's default.
ALTER TABLE practitioner
    ADD COLUMN minimum_notice_minutes  integer CHECK (minimum_notice_minutes BETWEEN 0 AND 43200),
    ADD COLUMN booking_horizon_days    integer CHECK (booking_horizon_days BETWEEN 1 AND 730),
    ADD COLUMN slot_interval_minutes   integer CHECK (slot_interval_minutes BETWEEN 5 AND 1440);
