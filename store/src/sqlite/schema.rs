use rusqlite::{Connection, OptionalExtension};

use crate::StoreError;

/// Bumped with every change to the tables below; an older file is upgraded in `migrate`.
const SCHEMA_VERSION: i64 = 2;

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
CREATE TABLE IF NOT EXISTS ledger_meta (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    latest_recorded_at INTEGER NOT NULL
);
";

/// The latest instant any event was recorded at: a new append is never recorded before it.
/// Appends are recorded in order, but imports keep their events' instants, so the last event
/// need not hold the latest, and finding it in the log is a scan of every event (0.2–0.5 s at
/// 1,000,000 events, at every open). So each commit with an import records the latest instant
/// in `ledger_meta`; the appends after it are recorded no earlier, in order, so the latest is
/// that or the last event's.
pub(super) fn latest_recorded_at(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row(
        "SELECT MAX(m.latest_recorded_at, COALESCE( \
             (SELECT recorded_at FROM events ORDER BY position DESC LIMIT 1), 0)) \
         FROM ledger_meta m WHERE m.id = 1",
        [],
        |r| r.get(0),
    )?)
}

pub(super) fn record_latest(conn: &Connection, micros: i64) -> Result<(), StoreError> {
    conn.prepare_cached("UPDATE ledger_meta SET latest_recorded_at = ?1 WHERE id = 1")?
        .execute([micros])?;
    Ok(())
}

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
    let tx = conn.unchecked_transaction()?;
    tx.execute_batch(DDL)?;
    // Version 1 had no `ledger_meta`: its latest instant is found in the log, once.
    let has_meta = tx
        .query_row("SELECT 1 FROM ledger_meta WHERE id = 1", [], |_| Ok(()))
        .optional()?
        .is_some();
    if !has_meta {
        tx.execute(
            "INSERT INTO ledger_meta (id, latest_recorded_at) \
             SELECT 1, COALESCE(MAX(recorded_at), 0) FROM events",
            [],
        )?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}
