//! The baseline of W1: the rows the store writes for an event, inserted with the database driver
//! alone — no store, no domain, no projection — in the same table shapes as the embedded store
//! (`civic_store::sqlite::SCHEMA`), WAL with `synchronous=FULL`, one transaction (and so one fsync)
//! per row.
//!
//! SQLite admits one writer at a time, so the clients share one connection behind a mutex: what
//! an application gets from SQLite without group commit.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use civic_store::{RecordedEvent, canonical_json};
use rusqlite::{Connection, params};

/// One event's row, ready to insert (payloads already in canonical text, hash computed).
#[derive(Debug, Clone)]
pub struct Row {
    pub stream: String,
    pub version: u64,
    pub id: [u8; 16],
    pub kind: String,
    pub schema: u16,
    pub data: String,
    pub metadata: String,
    pub recorded_at: i64,
    pub hash: [u8; 32],
}

impl Row {
    pub fn of(event: &RecordedEvent) -> Row {
        Row {
            stream: event.stream.clone(),
            version: event.version,
            id: *event.id.as_bytes(),
            kind: event.kind.clone(),
            schema: event.schema,
            data: canonical_json(&event.data).expect("no floats"),
            metadata: canonical_json(&event.metadata).expect("no floats"),
            recorded_at: event.recorded_at.timestamp_micros(),
            hash: event.hash,
        }
    }
}

/// Stream ids by name, as the store keeps them in `streams`.
pub type StreamIds = HashMap<String, i64>;

/// Creates the database with the store's settings and tables.
pub fn create(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.execute_batch(civic_store::sqlite::SCHEMA)?;
    Ok(conn)
}

/// Writes `rows` in one transaction (for setting up, not measured).
pub fn load(conn: &mut Connection, rows: &[Row]) -> rusqlite::Result<StreamIds> {
    let mut ids = StreamIds::new();
    let tx = conn.transaction()?;
    for row in rows {
        write_row(&tx, row, &mut ids)?;
    }
    tx.commit()?;
    Ok(ids)
}

/// One row in its own transaction, committed (fsynced) before it returns.
pub fn insert(conn: &Mutex<Connection>, row: &Row, ids: &mut StreamIds) -> rusqlite::Result<()> {
    let mut conn = conn.lock().unwrap_or_else(|p| p.into_inner());
    let tx = conn.transaction()?;
    write_row(&tx, row, ids)?;
    tx.commit()
}

/// The rows the store writes for one event: the stream (created, or its head moved) and the
/// event.
fn write_row(conn: &Connection, row: &Row, ids: &mut StreamIds) -> rusqlite::Result<()> {
    let stream_id = match ids.get(&row.stream) {
        Some(id) => *id,
        None => {
            conn.prepare_cached("INSERT INTO streams (name, version, hash) VALUES (?1, -1, ?2)")?
                .execute(params![row.stream, &[0u8; 32][..]])?;
            let id = conn.last_insert_rowid();
            ids.insert(row.stream.clone(), id);
            id
        }
    };
    conn.prepare_cached(
        "INSERT INTO events (stream_id, version, id, kind, schema, data, metadata, recorded_at, hash) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        stream_id,
        row.version as i64,
        &row.id[..],
        row.kind,
        row.schema,
        row.data,
        row.metadata,
        row.recorded_at,
        &row.hash[..],
    ])?;
    conn.prepare_cached("UPDATE streams SET version = ?1, hash = ?2 WHERE id = ?3")?
        .execute(params![row.version as i64, &row.hash[..], stream_id])?;
    Ok(())
}
