//! The single writer: one thread owns the write connection and commits every append that is
//! waiting when it gets to them in one transaction with one fsync (group commit). Each append
//! runs in its own savepoint, so one that fails its expected-version check leaves the others in
//! the batch untouched.

use std::sync::{Arc, mpsc};

use chrono::Utc;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use tokio::sync::{oneshot, watch};
use uuid::Uuid;

use super::checkpoint::{self, CheckpointSignal};
use super::{InlineProjection, Later, rows};
use crate::append::{self, Found, StreamHead};
use crate::{AppendResult, ExpectedVersion, GENESIS_HASH, NewEvent, RecordedEvent, StoreError};

/// Appends waiting beyond this many go into the next transaction, so that a burst does not hold
/// the first caller's acknowledgement for long.
const MAX_BATCH: usize = 512;

pub(super) enum WriteOp {
    Append {
        stream: String,
        expected: ExpectedVersion,
        events: Vec<NewEvent>,
        reply: oneshot::Sender<Result<AppendResult, StoreError>>,
    },
    Import {
        events: Vec<RecordedEvent>,
        reply: oneshot::Sender<Result<(), StoreError>>,
    },
    /// A write that changes nothing a reader sees, to learn whether writes work.
    Probe {
        reply: oneshot::Sender<Result<(), StoreError>>,
    },
}

enum Reply {
    Append(
        oneshot::Sender<Result<AppendResult, StoreError>>,
        Result<AppendResult, StoreError>,
    ),
    Import(
        oneshot::Sender<Result<(), StoreError>>,
        Result<(), StoreError>,
    ),
}

impl Reply {
    fn fail_with(self, error: &str) -> Reply {
        match self {
            Reply::Append(tx, Ok(_)) => {
                Reply::Append(tx, Err(StoreError::Unavailable(error.to_owned())))
            }
            Reply::Import(tx, Ok(())) => {
                Reply::Import(tx, Err(StoreError::Unavailable(error.to_owned())))
            }
            other => other,
        }
    }

    fn send(self) {
        // A caller that stopped waiting has nothing to be told.
        match self {
            Reply::Append(tx, r) => drop(tx.send(r)),
            Reply::Import(tx, r) => drop(tx.send(r)),
        }
    }
}

pub(super) struct Writer {
    pub conn: Connection,
    pub inline: Option<Arc<dyn InlineProjection>>,
    pub head: watch::Sender<u64>,
    /// Instants are kept non-decreasing across the whole log, whatever the wall clock does, so
    /// that "as of an instant" and "as of a position" agree.
    pub last_recorded_micros: i64,
    pub stats: Arc<WriterStats>,
    pub checkpoints: CheckpointSignal,
}

/// Counters that show group commit at work: many appends per transaction under concurrency.
#[derive(Debug, Default)]
pub struct WriterStats {
    pub commits: std::sync::atomic::AtomicU64,
    pub appends: std::sync::atomic::AtomicU64,
}

impl Writer {
    pub fn run(mut self, rx: mpsc::Receiver<WriteOp>) {
        while let Ok(first) = rx.recv() {
            let mut batch = Vec::with_capacity(16);
            batch.push(first);
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(op) => batch.push(op),
                    Err(_) => break,
                }
            }
            self.commit_batch(batch);
        }
    }

    fn commit_batch(&mut self, batch: Vec<WriteOp>) {
        let now = Utc::now().timestamp_micros().max(self.last_recorded_micros);
        let inline = self.inline.clone();
        let mut replies = Vec::with_capacity(batch.len());
        let mut latest = now;
        let mut probes = 0;
        let mut imported = false;
        // The log's head after the commit: the last position a kept append or import took
        // (positions only grow), so that no query is needed to learn it.
        let mut head = None;
        let outcome = (|| -> Result<(), StoreError> {
            let mut tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // What the kept appends' projections left for after the last savepoint.
            let mut kept = Later::default();
            for op in batch {
                let sp = tx.savepoint()?;
                match op {
                    WriteOp::Append {
                        stream,
                        expected,
                        events,
                        reply,
                    } => {
                        let mut later = Later::default();
                        let r = append_one(
                            &sp,
                            inline.as_deref(),
                            &stream,
                            expected,
                            events,
                            now,
                            &mut later,
                        );
                        if let Ok(appended) = &r {
                            sp.commit()?;
                            kept.append(later);
                            head = head.max(Some(appended.last_position));
                        }
                        replies.push(Reply::Append(reply, r));
                    }
                    WriteOp::Import { events, reply } => {
                        let mut later = Later::default();
                        let r = import_batch(&sp, inline.as_deref(), events, &mut later);
                        if let Ok(recorded) = &r {
                            sp.commit()?;
                            imported = true;
                            kept.append(later);
                            if let Some(last) = recorded.iter().map(|e| e.recorded_at).max() {
                                latest = latest.max(last.timestamp_micros());
                            }
                            head = head.max(recorded.iter().map(|e| e.position).max());
                        }
                        replies.push(Reply::Import(reply, r.map(|_| ())));
                    }
                    WriteOp::Probe { reply } => {
                        // The schema version, rewritten unchanged: one page for the commit to
                        // write and fsync, so that a probe alone fails as an append would when
                        // the disk is full or the file cannot grow.
                        let version: i64 =
                            sp.pragma_query_value(None, "user_version", |r| r.get(0))?;
                        sp.pragma_update(None, "user_version", version)?;
                        sp.commit()?;
                        probes += 1;
                        replies.push(Reply::Import(reply, Ok(())));
                    }
                }
            }
            kept.run(&tx)?;
            if imported {
                super::schema::record_latest(&tx, latest)?;
            }
            tx.commit()?;
            Ok(())
        })();
        match outcome {
            Ok(()) => {
                use std::sync::atomic::Ordering::Relaxed;
                self.stats.commits.fetch_add(1, Relaxed);
                self.stats
                    .appends
                    .fetch_add((replies.len() - probes) as u64, Relaxed);
                self.last_recorded_micros = latest;
                self.checkpoints
                    .committed(checkpoint::frames_after_commit());
                if let Some(head) = head {
                    // An idempotent replay answers with its first positions: never a step back.
                    self.head.send_if_modified(|h| {
                        let moved = head > *h;
                        *h = (*h).max(head);
                        moved
                    });
                }
                replies.into_iter().for_each(Reply::send);
            }
            Err(e) => {
                tracing::error!(error = %e, "group commit failed; nothing of the batch was written");
                let msg = e.to_string();
                replies.into_iter().for_each(|r| r.fail_with(&msg).send());
            }
        }
    }
}

pub(super) fn head_position(conn: &Connection) -> Result<u64, StoreError> {
    let head: i64 = conn.query_row("SELECT COALESCE(MAX(position), 0) FROM events", [], |r| {
        r.get(0)
    })?;
    Ok(head as u64)
}

const INSERT_EVENT: &str = "INSERT INTO events \
     (stream_id, version, id, kind, schema, data, metadata, recorded_at, hash) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

const MOVE_HEAD: &str = "UPDATE streams SET version = ?1, hash = ?2 WHERE id = ?3";

fn stream_head(conn: &Connection, stream: &str) -> Result<Option<StreamHead>, StoreError> {
    let row = conn
        .prepare_cached("SELECT id, version, hash FROM streams WHERE name = ?1")?
        .query_row([stream], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Vec<u8>>(2)?,
            ))
        })
        .optional()?;
    row.map(|(id, version, hash)| StreamHead::stored(stream, id, version, hash))
        .transpose()
}

fn create_stream(conn: &Connection, stream: &str) -> Result<StreamHead, StoreError> {
    conn.prepare_cached("INSERT INTO streams (name, version, hash) VALUES (?1, -1, ?2)")?
        .execute(params![stream, &GENESIS_HASH[..]])?;
    Ok(StreamHead::new(conn.last_insert_rowid()))
}

fn find_event(conn: &Connection, id: &Uuid) -> Result<Option<Found>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT e.position, s.name, e.version FROM events e JOIN streams s ON s.id = e.stream_id \
             WHERE e.id = ?1",
        )?
        .query_row([&id.as_bytes()[..]], |r| {
            Ok(Found {
                position: r.get::<_, i64>(0)? as u64,
                stream: r.get(1)?,
                version: r.get::<_, i64>(2)? as u64,
            })
        })
        .optional()?)
}

fn append_one(
    conn: &Connection,
    inline: Option<&dyn InlineProjection>,
    stream: &str,
    expected: ExpectedVersion,
    events: Vec<NewEvent>,
    now_micros: i64,
    later: &mut Later,
) -> Result<AppendResult, StoreError> {
    let encoded = append::encode(stream, &events)?;
    let head = stream_head(conn, stream)?;
    let actual = head.as_ref().and_then(|h| h.version);
    if let Some(original) = find_event(conn, &events[0].id)? {
        return append::idempotent_replay(stream, expected, &events, actual, &original, |id| {
            find_event(conn, id)
        });
    }
    append::check_expected(stream, expected, actual)?;
    let mut head = match head {
        Some(h) => h,
        None => create_stream(conn, stream)?,
    };
    let stream_id = head.id;
    let recorded_at = rows::micros_to_instant(now_micros)
        .ok_or_else(|| StoreError::Unavailable("the clock is out of range".into()))?;
    let mut recorded = append::chain(stream, &mut head, events, &encoded, recorded_at, 0);
    let mut insert = conn.prepare_cached(INSERT_EVENT)?;
    for (event, (data, metadata)) in recorded.iter_mut().zip(encoded) {
        let inserted = insert.execute(params![
            stream_id,
            event.version as i64,
            &event.id.as_bytes()[..],
            event.kind,
            event.schema,
            data,
            metadata,
            now_micros,
            &event.hash[..],
        ]);
        if let Err(e) = inserted {
            return Err(match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => StoreError::DuplicateEventId {
                    id: event.id,
                    stream: find_event(conn, &event.id)?
                        .map_or_else(|| stream.to_owned(), |f| f.stream),
                },
                _ => e.into(),
            });
        }
        event.position = conn.last_insert_rowid() as u64;
    }
    conn.prepare_cached(MOVE_HEAD)?.execute(params![
        head.version.map_or(-1, |v| v as i64),
        &head.hash[..],
        stream_id
    ])?;
    if let Some(projection) = inline {
        projection.apply(conn, &recorded, later)?;
    }
    Ok(append::result_of(&recorded))
}

fn import_batch(
    conn: &Connection,
    inline: Option<&dyn InlineProjection>,
    events: Vec<RecordedEvent>,
    later: &mut Later,
) -> Result<Vec<RecordedEvent>, StoreError> {
    let encoded = append::encode_import(&events)?;
    let mut insert = conn.prepare_cached(INSERT_EVENT)?;
    let mut recorded = Vec::with_capacity(events.len());
    for (mut event, (data, metadata)) in events.into_iter().zip(encoded) {
        let mut head = match stream_head(conn, &event.stream)? {
            Some(h) => h,
            None => create_stream(conn, &event.stream)?,
        };
        head.continue_with(&event)?;
        if find_event(conn, &event.id)?.is_some() {
            return Err(StoreError::DuplicateEventId {
                id: event.id,
                stream: event.stream,
            });
        }
        insert.execute(params![
            head.id,
            event.version as i64,
            &event.id.as_bytes()[..],
            event.kind,
            event.schema,
            data,
            metadata,
            event.recorded_at.timestamp_micros(),
            &event.hash[..],
        ])?;
        event.position = conn.last_insert_rowid() as u64;
        conn.prepare_cached(MOVE_HEAD)?.execute(params![
            event.version as i64,
            &event.hash[..],
            head.id
        ])?;
        recorded.push(event);
    }
    if let Some(projection) = inline {
        projection.apply(conn, &recorded, later)?;
    }
    Ok(recorded)
}
