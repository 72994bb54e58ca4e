-- Domain events written in the business transaction and relayed to the events topic after it
-- commits (ADR 0017). A row lives from its transaction's commit until a relay has sent it; the
-- relays claim rows with FOR UPDATE SKIP LOCKED, so nodes never send the same row at once.
CREATE TABLE event_outbox (
    seq              bigserial    PRIMARY KEY,
    event_id         uuid         NOT NULL UNIQUE,
    type             text         NOT NULL,
    practitioner_id  bigint       NOT NULL,
    body             text         NOT NULL,
    created_at       timestamptz  NOT NULL
);
