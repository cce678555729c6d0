-- civic-ledger event store on PostgreSQL, schema version 1.
-- Applied once by the migration runner in src/postgres/schema.rs, inside a transaction and under
-- an advisory lock. Never edit an applied migration: add the next file instead.

-- The one-row position counter. An append takes its positions here, under this row's lock, after
-- its expected-version check and just before it writes: the lock is held until commit, so a
-- later position is only handed out once every earlier one has committed or rolled back
-- (docs/postgres.md, "Gap-free and gap-safe positions"). `recorded_at` is the last instant handed
-- out, so instants never go back in position order whatever the servers' clocks do.
CREATE TABLE ledger_head (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    position    bigint NOT NULL CHECK (position >= 0),
    recorded_at bigint NOT NULL
);
INSERT INTO ledger_head (position, recorded_at) VALUES (0, 0);

-- Streams get a small integer id so the events' stream index stays append-friendly.
-- `version` is -1 only inside the transaction that creates the stream.
CREATE TABLE ledger_streams (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name    text NOT NULL UNIQUE,
    version bigint NOT NULL CHECK (version >= -1),
    hash    bytea NOT NULL CHECK (octet_length(hash) = 32)
);

-- `data` and `metadata` are the canonical JSON text the hash covers (docs/canonical-form.md),
-- kept byte for byte; `recorded_at` is microseconds since the Unix epoch, UTC.
CREATE TABLE ledger_events (
    position    bigint PRIMARY KEY CHECK (position > 0),
    stream_id   bigint NOT NULL REFERENCES ledger_streams (id),
    version     bigint NOT NULL CHECK (version >= 0),
    id          uuid NOT NULL,
    kind        text NOT NULL,
    schema      integer NOT NULL CHECK (schema BETWEEN 0 AND 65535),
    data        text NOT NULL,
    metadata    text NOT NULL,
    recorded_at bigint NOT NULL,
    hash        bytea NOT NULL CHECK (octet_length(hash) = 32),
    CONSTRAINT ledger_events_stream_version UNIQUE (stream_id, version),
    CONSTRAINT ledger_events_event_id UNIQUE (id)
);
