use rusqlite::Connection;

use crate::StoreError;

/// Bumped with every change to the tables below; an older file is upgraded in `migrate`.
const SCHEMA_VERSION: i64 = 1;

/// Streams get a small integer id so that the events index stays append-friendly (DESIGN §3:
/// random keys in an index cost 4×). Public so that a baseline (the benchmarks' plain insert)
/// writes exactly the store's tables.
pub const DDL: &str = "
CREATE TABLE IF NOT EXISTS streams (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    hash    BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY,
    stream_id   INTEGER NOT NULL REFERENCES streams(id),
    version     INTEGER NOT NULL,
    id          BLOB NOT NULL,
    kind        TEXT NOT NULL,
    schema      INTEGER NOT NULL,
    data        TEXT NOT NULL,
    metadata    TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    hash        BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_by_stream ON events(stream_id, version);
CREATE UNIQUE INDEX IF NOT EXISTS events_by_id ON events(id);
";

pub(super) fn configure(conn: &Connection) -> Result<(), StoreError> {
    // WAL with synchronous=FULL fsyncs the log at every commit: an acknowledged append survives
    // a crash or power loss.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Each append of a group commit runs in its own savepoint, and SQLite copies every page an
    // append touches to the savepoint's journal. On disk that was a pwrite per page (the most
    // expensive single thing in a W1 profile); in memory it is a copy. Crash recovery never
    // reads it (the WAL does that), so nothing durable depends on where it lives.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    Ok(())
}

pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::Unavailable(format!(
            "the ledger file has schema version {found}, newer than this program ({SCHEMA_VERSION}); \
             upgrade civic-ledger"
        )));
    }
    conn.execute_batch(DDL)?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}
