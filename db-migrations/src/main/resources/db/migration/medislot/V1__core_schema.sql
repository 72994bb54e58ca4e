-- Core schema of the write model (EclipseLink) and the search read model (Hibernate).
-- All instants are timestamptz (stored in UTC); wall-clock rules are evaluated in the
-- location's IANA zone, kept beside the location.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE country (
    code            char(2)      PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name            text         NOT NULL,
    default_zone    text         NOT NULL,
    default_locale  text         NOT NULL,
    definition      text         NOT NULL,            -- the imported country file (JSON)
    imported_at     timestamptz  NOT NULL
);

CREATE TABLE specialty (
    code  text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{2,64}$'),
    name  text NOT NULL
);

CREATE TABLE clinic (
    id            bigserial PRIMARY KEY,
    name          text      NOT NULL,
    country_code  char(2)   NOT NULL REFERENCES country (code)
);

CREATE TABLE location (
    id            bigserial         PRIMARY KEY,
    clinic_id     bigint            NOT NULL REFERENCES clinic (id),
    name          text              NOT NULL,
    address       text              NOT NULL,
    postcode      text              NOT NULL,
    city          text              NOT NULL,
    country_code  char(2)           NOT NULL REFERENCES country (code),
    latitude      double precision  NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude     double precision  NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    time_zone     text              NOT NULL
);
CREATE INDEX location_clinic_idx ON location (clinic_id);

CREATE TABLE practitioner (
    id                    bigserial PRIMARY KEY,
    clinic_id             bigint    NOT NULL REFERENCES clinic (id),
    title                 text      NOT NULL DEFAULT '',
    first_name            text      NOT NULL,
    last_name             text      NOT NULL,
    specialty_code        text      NOT NULL REFERENCES specialty (code),
    accepts_new_patients  boolean   NOT NULL DEFAULT true,
    -- bumped on every calendar change; the booking lock is taken on this row
    calendar_version      bigint    NOT NULL DEFAULT 0
);
CREATE INDEX practitioner_clinic_idx ON practitioner (clinic_id);

CREATE TABLE practitioner_language (
    practitioner_id  bigint NOT NULL REFERENCES practitioner (id) ON DELETE CASCADE,
    language         text   NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    PRIMARY KEY (practitioner_id, language)
);

CREATE TABLE practitioner_location (
    practitioner_id  bigint NOT NULL REFERENCES practitioner (id) ON DELETE CASCADE,
    location_id      bigint NOT NULL REFERENCES location (id),
    PRIMARY KEY (practitioner_id, location_id)
);
CREATE INDEX practitioner_location_location_idx ON practitioner_location (location_id);

CREATE TABLE visit_motive (
    id                     bigserial PRIMARY KEY,
    practitioner_id        bigint    NOT NULL REFERENCES practitioner (id) ON DELETE CASCADE,
    name                   text      NOT NULL,
    duration_minutes       integer   NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    buffer_before_minutes  integer   NOT NULL DEFAULT 0 CHECK (buffer_before_minutes BETWEEN 0 AND 240),
    buffer_after_minutes   integer   NOT NULL DEFAULT 0 CHECK (buffer_after_minutes BETWEEN 0 AND 240),
    new_patients           boolean   NOT NULL DEFAULT true,
    online_bookable        boolean   NOT NULL DEFAULT true
);
CREATE INDEX visit_motive_practitioner_idx ON visit_motive (practitioner_id);

-- Weekly template: opening ranges in the location's wall-clock time.
CREATE TABLE opening_range (
    id               bigserial PRIMARY KEY,
    practitioner_id  bigint    NOT NULL REFERENCES practitioner (id) ON DELETE CASCADE,
    location_id      bigint    NOT NULL REFERENCES location (id),
    day_of_week      smallint  NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),   -- ISO: 1 = Monday
    start_time       time      NOT NULL,
    end_time         time      NOT NULL,
    valid_from       date,
    valid_until      date,
    CHECK (start_time < end_time),
    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_from <= valid_until)
);
CREATE INDEX opening_range_practitioner_idx ON opening_range (practitioner_id, location_id);

CREATE TABLE calendar_exception (
    id               bigserial    PRIMARY KEY,
    practitioner_id  bigint       NOT NULL REFERENCES practitioner (id) ON DELETE CASCADE,
    location_id      bigint       REFERENCES location (id),              -- null: every location
    kind             text         NOT NULL CHECK (kind IN ('ABSENCE', 'CLOSURE', 'BLOCK', 'EXTRA_OPENING')),
    start_at         timestamptz  NOT NULL,
    end_at           timestamptz  NOT NULL,
    reason           text         NOT NULL DEFAULT '',
    CHECK (start_at < end_at)
);
CREATE INDEX calendar_exception_practitioner_idx ON calendar_exception (practitioner_id, start_at);

CREATE TABLE account (
    id             bigserial    PRIMARY KEY,
    email          text         NOT NULL,
    password_hash  text         NOT NULL,
    role           text         NOT NULL CHECK (role IN ('patient', 'staff', 'country-admin', 'admin')),
    first_name     text         NOT NULL,
    last_name      text         NOT NULL,
    birth_date     date,
    phone          text,
    clinic_id      bigint       REFERENCES clinic (id),                  -- staff only
    created_at     timestamptz  NOT NULL,
    CHECK (role <> 'staff' OR clinic_id IS NOT NULL)
);
CREATE UNIQUE INDEX account_email_uq ON account (lower(email));

CREATE TABLE account_country (
    account_id    bigint   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    country_code  char(2)  NOT NULL REFERENCES country (code),
    PRIMARY KEY (account_id, country_code)
);

CREATE TABLE appointment (
    id               bigserial    PRIMARY KEY,
    practitioner_id  bigint       NOT NULL REFERENCES practitioner (id),
    location_id      bigint       NOT NULL REFERENCES location (id),
    motive_id        bigint       NOT NULL REFERENCES visit_motive (id),
    patient_id       bigint       NOT NULL REFERENCES account (id),
    status           text         NOT NULL CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    start_at         timestamptz  NOT NULL,
    end_at           timestamptz  NOT NULL,
    created_at       timestamptz  NOT NULL,
    cancelled_at     timestamptz,
    CHECK (start_at < end_at),
    -- The last line of defence against double booking: two live appointments of one
    -- practitioner can never overlap, whatever the application code does.
    CONSTRAINT appointment_no_overlap EXCLUDE USING gist (
        practitioner_id WITH =,
        tstzrange(start_at, end_at, '[)') WITH &&
    ) WHERE (status = 'CONFIRMED')
);
CREATE INDEX appointment_patient_idx ON appointment (patient_id, start_at);
CREATE INDEX appointment_practitioner_idx ON appointment (practitioner_id, start_at) WHERE status = 'CONFIRMED';

-- A client retry with the same key must return the first answer, never a second booking.
CREATE TABLE idempotency_key (
    account_id      bigint       NOT NULL REFERENCES account (id),
    key             text         NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash    text         NOT NULL,
    -- deferred: the provider may insert this row before its appointment in one flush
    appointment_id  bigint       NOT NULL REFERENCES appointment (id) DEFERRABLE INITIALLY DEFERRED,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (account_id, key)
);

-- Search read model (Hibernate ORM + Hibernate Search): one document per practitioner and location.
CREATE TABLE practitioner_search (
    id                    bigserial         PRIMARY KEY,
    practitioner_id       bigint            NOT NULL REFERENCES practitioner (id) ON DELETE CASCADE,
    location_id           bigint            NOT NULL REFERENCES location (id),
    practitioner_name     text              NOT NULL,
    specialty_code        text              NOT NULL,
    specialty_name        text              NOT NULL,
    languages             text              NOT NULL,   -- space separated ISO 639 codes
    motive_names          text              NOT NULL,   -- '|' separated
    accepts_new_patients  boolean           NOT NULL,
    location_name         text              NOT NULL,
    address               text              NOT NULL,
    city                  text              NOT NULL,
    country_code          char(2)           NOT NULL,
    latitude              double precision  NOT NULL,
    longitude             double precision  NOT NULL,
    next_available        timestamptz,
    updated_at            timestamptz       NOT NULL,
    UNIQUE (practitioner_id, location_id)
);

-- Events already handled by a consumer (consumers deduplicate by event id).
CREATE TABLE processed_event (
    consumer      text         NOT NULL,
    event_id      uuid         NOT NULL,
    processed_at  timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Marker rows for one-off data loads (demo data), so a restart never loads twice.
CREATE TABLE data_load (
    name       text         PRIMARY KEY,
    loaded_at  timestamptz  NOT NULL
);
