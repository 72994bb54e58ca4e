-- Every country file import that reached the apply step: who, when, and the file before and
-- after (SHA-256 of the stored text). A re-import of an unchanged file is recorded as UNCHANGED.
CREATE TABLE country_import_audit (
    id              bigserial    PRIMARY KEY,
    country_code    char(2)      NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    account_id      bigint       NOT NULL REFERENCES account (id),
    imported_at     timestamptz  NOT NULL,
    outcome         text         NOT NULL CHECK (outcome IN ('CREATED', 'CHANGED', 'UNCHANGED')),
    before_sha256   char(64)     CHECK (before_sha256 ~ '^[0-9a-f]{64}$'),
    after_sha256    char(64)     NOT NULL CHECK (after_sha256 ~ '^[0-9a-f]{64}$'),
    changed_fields  text         NOT NULL DEFAULT '',
    CHECK ((outcome = 'CREATED') = (before_sha256 IS NULL))
);
CREATE INDEX country_import_audit_country_idx ON country_import_audit (country_code, imported_at);
