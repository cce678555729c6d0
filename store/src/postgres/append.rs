//! The write side: one PostgreSQL transaction per append (or import), in this order:
//!
//! 1. outside any transaction: the stream name, the events and their canonical JSON are checked
//!    and encoded (a float refuses the whole append before the database is touched);
//! 2. `BEGIN`; the stream's row is locked (`FOR UPDATE`), or created when the expectation admits
//!    a new stream: appends to one stream queue here, appends to different streams do not;
//! 3. the event ids are looked up (an idempotent retry returns the original positions), then
//!    the expected version is checked;
//! 4. **only now** the one-row counter `ledger_head` is updated (`position = position + n`):
//!    its row lock is what orders commits, so it is taken as late as possible, and held until
//!    commit by PostgreSQL itself;
//! 5. hashes are chained in Rust (the instant comes from the counter row), the events are
//!    inserted with one `UNNEST` statement that also moves the stream's head and calls
//!    `pg_notify`, the inline projection runs, and the transaction commits.
//!
//! Why step 4 makes `read_all` gap-safe is explained on [`super`] and in docs/postgres.md.
//!
//! Appends normally reach the database in batches (`batch.rs`: the same steps for many
//! appends at once); this path appends the members of a batch that was refused as a whole one
//! by one, so that only the guilty one fails.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::postgres::PgRow;
use sqlx::{Connection, PgConnection, Row};
use uuid::Uuid;

use super::{InlineProjection, NOTIFY_CHANNEL, Pending};
use crate::append::{self, Found, StreamHead};
use crate::stored::to_i64;
use crate::{AppendResult, ExpectedVersion, GENESIS_HASH, NewEvent, RecordedEvent, StoreError};

/// The unique constraint on event ids (store/migrations/postgres/0001_ledger.sql).
const EVENT_ID_CONSTRAINT: &str = "ledger_events_event_id";

const LOCK_STREAM: &str = "SELECT id, version, hash FROM ledger_streams WHERE name = $1 FOR UPDATE";

const CREATE_STREAM: &str = "INSERT INTO ledger_streams (name, version, hash) VALUES ($1, -1, $2) \
     ON CONFLICT (name) DO NOTHING RETURNING id";

/// The streams of an import or a batch of appends: the missing ones created, then all locked,
/// in name order.
pub(super) const CREATE_STREAMS: &str = "INSERT INTO ledger_streams (name, version, hash) \
     SELECT n, -1, $2 FROM UNNEST($1::text[]) AS n ORDER BY n ON CONFLICT (name) DO NOTHING";
pub(super) const LOCK_STREAMS: &str = "SELECT name, id, version, hash FROM ledger_streams \
     WHERE name = ANY($1) ORDER BY name FOR UPDATE";

/// [`LOCK_STREAMS`] and [`FIND_EVENTS`] in one statement: a locked stream's row has no event
/// id (column 4), a found event's row has no stream id.
const LOCK_AND_FIND: &str = "WITH locked AS (SELECT name, id, version, hash FROM ledger_streams \
     WHERE name = ANY($1) ORDER BY name FOR UPDATE) \
     SELECT name, id, version, hash, NULL::text, NULL::bigint FROM locked \
     UNION ALL \
     SELECT s.name, NULL, e.version, NULL, e.id::text, e.position \
     FROM ledger_events e JOIN ledger_streams s ON s.id = e.stream_id \
     WHERE e.id = ANY($2::uuid[])";

const FIND_EVENTS: &str = "SELECT e.id::text, e.position, s.name, e.version \
     FROM ledger_events e JOIN ledger_streams s ON s.id = e.stream_id \
     WHERE e.id = ANY($1::uuid[])";

/// Takes `$1` positions and the instant for them. The instant is the database's clock, never
/// earlier than the last one handed out: one clock for every server sharing the database.
pub(super) const ALLOCATE: &str = "UPDATE ledger_head SET position = position + $1, \
     recorded_at = GREATEST(recorded_at, (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::bigint) \
     RETURNING position, recorded_at";

/// Imports keep their instants; the counter's instant moves past the latest of them so that the
/// next append does not go back in time.
const ALLOCATE_FOR_IMPORT: &str = "UPDATE ledger_head SET position = position + $1, \
     recorded_at = GREATEST(recorded_at, $2) RETURNING position";

/// Inserts a batch, moves each stream's head to its last inserted event, and notifies
/// subscribers (delivered by PostgreSQL at commit, and only if the transaction commits).
const INSERT: &str = "WITH inserted AS (
    INSERT INTO ledger_events
        (position, stream_id, version, id, kind, schema, data, metadata, recorded_at, hash)
    SELECT * FROM UNNEST($1::bigint[], $2::bigint[], $3::bigint[], $4::text[]::uuid[],
        $5::text[], $6::integer[], $7::text[], $8::text[], $9::bigint[], $10::bytea[])
    RETURNING stream_id, version, hash
), heads AS (
    UPDATE ledger_streams s SET version = h.version, hash = h.hash
    FROM (SELECT DISTINCT ON (stream_id) stream_id, version, hash FROM inserted
          ORDER BY stream_id, version DESC) h
    WHERE s.id = h.stream_id
)
SELECT pg_notify($11, $12)";

/// Events as columns, for the `UNNEST` insert.
#[derive(Default)]
pub(super) struct Columns {
    positions: Vec<i64>,
    stream_ids: Vec<i64>,
    versions: Vec<i64>,
    ids: Vec<String>,
    kinds: Vec<String>,
    schemas: Vec<i32>,
    data: Vec<String>,
    metadata: Vec<String>,
    recorded_at: Vec<i64>,
    hashes: Vec<Vec<u8>>,
}

impl Columns {
    /// One event, in its stream's row `stream_id`, with its id as text (formatted before the
    /// counter is taken) and its canonical data and metadata.
    pub(super) fn push(
        &mut self,
        stream_id: i64,
        event: &RecordedEvent,
        id: String,
        data: String,
        metadata: String,
    ) {
        self.positions.push(to_i64(event.position));
        self.stream_ids.push(stream_id);
        self.versions.push(to_i64(event.version));
        self.ids.push(id);
        self.kinds.push(event.kind.clone());
        self.schemas.push(i32::from(event.schema));
        self.data.push(data);
        self.metadata.push(metadata);
        self.recorded_at.push(event.recorded_at.timestamp_micros());
        self.hashes.push(event.hash.to_vec());
    }
}

/// What an append did.
pub(super) enum Appended {
    Written(AppendResult),
    /// An idempotent retry: nothing written, the original positions returned.
    Replayed(AppendResult),
}

impl Appended {
    pub fn result(&self) -> AppendResult {
        match self {
            Appended::Written(r) | Appended::Replayed(r) => *r,
        }
    }
}

pub(super) async fn append(
    conn: &mut PgConnection,
    inline: Option<&dyn InlineProjection>,
    stream: &str,
    expected: ExpectedVersion,
    events: Vec<NewEvent>,
) -> Result<Appended, StoreError> {
    let encoded = append::encode(stream, &events)?;
    let event_ids: Vec<Uuid> = events.iter().map(|e| e.id).collect();
    let ids: Vec<String> = event_ids
        .iter()
        .map(|id| id.hyphenated().to_string())
        .collect();

    let mut tx = conn.begin().await?;
    let outcome = append_in(
        &mut tx,
        inline,
        stream,
        expected,
        events,
        encoded,
        ids.clone(),
    )
    .await;
    let outcome = finish(tx, outcome).await;
    match outcome {
        Err(StoreError::DuplicateEventId { id, stream }) if stream.is_empty() => {
            // Another append recorded one of these ids between our look-up and our insert: name
            // the first of them and where it now is.
            let found = find_events(conn, &ids).await.unwrap_or_default();
            let first = event_ids
                .iter()
                .find_map(|id| found.get(id).map(|f| (*id, f.stream.clone())));
            let (id, stream) = first.unwrap_or((id, stream));
            Err(StoreError::DuplicateEventId { id, stream })
        }
        other => other,
    }
}

/// Commits a written append, rolls back anything else. A refusal whose rollback fails was in
/// fact a lost connection, and is reported as such.
async fn finish(
    tx: sqlx::Transaction<'_, sqlx::Postgres>,
    outcome: Result<Appended, StoreError>,
) -> Result<Appended, StoreError> {
    match outcome {
        Ok(Appended::Written(r)) => {
            tx.commit().await.map_err(commit_failed)?;
            Ok(Appended::Written(r))
        }
        Ok(replayed @ Appended::Replayed(_)) => {
            // Nothing was written; a failed rollback cannot change the answer.
            let _ = tx.rollback().await;
            Ok(replayed)
        }
        Err(e) => Err(rolled_back(tx, e).await),
    }
}

async fn rolled_back(tx: sqlx::Transaction<'_, sqlx::Postgres>, e: StoreError) -> StoreError {
    match (tx.rollback().await, e) {
        (Err(lost), StoreError::Rejected { message, .. }) => StoreError::Unavailable(format!(
            "PostgreSQL: the connection was lost during the append ({lost}); \
             nothing was written ({message})"
        )),
        (_, e) => e,
    }
}

pub(super) fn commit_failed(e: sqlx::Error) -> StoreError {
    StoreError::Unavailable(format!(
        "PostgreSQL: the commit did not complete ({e}); the append may or may not have been \
         recorded: retry it with the same event ids, which is safe"
    ))
}

#[allow(clippy::too_many_arguments)]
async fn append_in(
    conn: &mut PgConnection,
    inline: Option<&dyn InlineProjection>,
    stream: &str,
    expected: ExpectedVersion,
    events: Vec<NewEvent>,
    encoded: Vec<(String, String)>,
    ids: Vec<String>,
) -> Result<Appended, StoreError> {
    let mut head = lock_stream(conn, stream).await?;
    let mut head = loop {
        let found = find_events(conn, &ids).await?;
        if let Some(original) = found.get(&events[0].id) {
            let actual = head.as_ref().and_then(|h| h.version);
            return append::idempotent_replay(stream, expected, &events, actual, original, |id| {
                Ok(found.get(id).cloned())
            })
            .map(Appended::Replayed);
        }
        if let Some(e) = events.iter().find(|e| found.contains_key(&e.id)) {
            return Err(StoreError::DuplicateEventId {
                id: e.id,
                stream: found
                    .get(&e.id)
                    .map_or_else(|| stream.to_owned(), |f| f.stream.clone()),
            });
        }
        append::check_expected(stream, expected, head.as_ref().and_then(|h| h.version))?;
        match head {
            Some(h) => break h,
            None => match create_stream(conn, stream).await? {
                Some(h) => break h,
                // Created by a concurrent append that has committed since: check again against
                // what it wrote.
                None => head = lock_stream(conn, stream).await?,
            },
        }
    };

    // What needs no position is written before the counter, as a batch does (see
    // `batch.rs`): a holder of the counter then never writes a row that an append waiting for
    // the counter may hold.
    let early = match inline {
        Some(projection) => {
            let pending = [Pending {
                stream,
                first_version: head.next_version(),
                events: &events,
            }];
            projection.apply_pending(conn, &pending).await?
        }
        None => None,
    };

    // The serialized section starts here and ends at commit.
    let n = events.len() as i64;
    let row = sqlx::query(ALLOCATE).bind(n).fetch_one(&mut *conn).await?;
    let last_position: i64 = row.try_get(0)?;
    let now_micros: i64 = row.try_get(1)?;
    let recorded_at = DateTime::<Utc>::from_timestamp_micros(now_micros)
        .ok_or_else(|| StoreError::Unavailable("the database clock is out of range".into()))?;
    let first_position = (last_position - n + 1) as u64;

    let stream_id = head.id;
    let recorded = append::chain(
        stream,
        &mut head,
        events,
        &encoded,
        recorded_at,
        first_position,
    );
    let mut columns = Columns::default();
    for ((event, id), (data, metadata)) in recorded.iter().zip(ids).zip(encoded) {
        columns.push(stream_id, event, id, data, metadata);
    }
    insert(conn, columns, last_position as u64).await?;
    if let Some(projection) = inline {
        match early {
            Some(early) => projection.finish_pending(conn, &recorded, early).await?,
            None => projection.apply(conn, &recorded).await?,
        }
    }
    Ok(Appended::Written(append::result_of(&recorded)))
}

async fn lock_stream(
    conn: &mut PgConnection,
    stream: &str,
) -> Result<Option<StreamHead>, StoreError> {
    let row = sqlx::query(LOCK_STREAM)
        .bind(stream)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    stream_head(stream, &row, 0).map(Some)
}

/// The head of `stream` from columns id, version, hash starting at `first`.
pub(super) fn stream_head(
    stream: &str,
    row: &PgRow,
    first: usize,
) -> Result<StreamHead, StoreError> {
    StreamHead::stored(
        stream,
        row.try_get(first)?,
        row.try_get(first + 1)?,
        row.try_get(first + 2)?,
    )
}

/// Creates the stream's row, locked by this transaction until it ends; `None` when a concurrent
/// transaction created it first (PostgreSQL waits for that one to end before answering).
async fn create_stream(
    conn: &mut PgConnection,
    stream: &str,
) -> Result<Option<StreamHead>, StoreError> {
    let id: Option<i64> = sqlx::query_scalar(CREATE_STREAM)
        .bind(stream)
        .bind(&GENESIS_HASH[..])
        .fetch_optional(&mut *conn)
        .await?;
    Ok(id.map(StreamHead::new))
}

/// Locks the streams `names` (in name order) and looks up the event ids `ids`, in one round
/// trip; see [`LOCK_AND_FIND`] for what the look-up may miss.
pub(super) async fn lock_and_find(
    conn: &mut PgConnection,
    names: &[&str],
    ids: &[&str],
) -> Result<(HashMap<String, StreamHead>, HashMap<Uuid, Found>), StoreError> {
    let rows = sqlx::query(LOCK_AND_FIND)
        .bind(names)
        .bind(ids)
        .fetch_all(&mut *conn)
        .await?;
    let mut heads = HashMap::with_capacity(names.len());
    let mut found = HashMap::new();
    for row in rows {
        let name: String = row.try_get(0)?;
        match row.try_get::<Option<String>, _>(4)? {
            None => {
                let head = stream_head(&name, &row, 1)?;
                heads.insert(name, head);
            }
            Some(id) => {
                let id = Uuid::parse_str(&id)
                    .map_err(|e| StoreError::Integrity(format!("event id {id:?}: {e}")))?;
                found.insert(
                    id,
                    Found {
                        position: row.try_get::<i64, _>(5)? as u64,
                        stream: name,
                        version: row.try_get::<i64, _>(2)? as u64,
                    },
                );
            }
        }
    }
    Ok((heads, found))
}

pub(super) async fn find_events(
    conn: &mut PgConnection,
    ids: &[impl AsRef<str>],
) -> Result<HashMap<Uuid, Found>, StoreError> {
    let ids: Vec<&str> = ids.iter().map(AsRef::as_ref).collect();
    let rows = sqlx::query(FIND_EVENTS)
        .bind(ids)
        .fetch_all(&mut *conn)
        .await?;
    let mut found = HashMap::with_capacity(rows.len());
    for row in rows {
        let id: String = row.try_get(0)?;
        let id = Uuid::parse_str(&id)
            .map_err(|e| StoreError::Integrity(format!("event id {id:?}: {e}")))?;
        found.insert(
            id,
            Found {
                position: row.try_get::<i64, _>(1)? as u64,
                stream: row.try_get(2)?,
                version: row.try_get::<i64, _>(3)? as u64,
            },
        );
    }
    Ok(found)
}

/// Inserts the events and moves their streams' heads; the raw error, for a batch to tell a
/// refusal by the database (a constraint) from a lost connection.
pub(super) async fn insert_rows(
    conn: &mut PgConnection,
    c: Columns,
    last_position: u64,
) -> Result<(), sqlx::Error> {
    sqlx::query(INSERT)
        .bind(c.positions)
        .bind(c.stream_ids)
        .bind(c.versions)
        .bind(c.ids)
        .bind(c.kinds)
        .bind(c.schemas)
        .bind(c.data)
        .bind(c.metadata)
        .bind(c.recorded_at)
        .bind(c.hashes)
        .bind(NOTIFY_CHANNEL)
        .bind(last_position.to_string())
        .execute(&mut *conn)
        .await
        .map(|_| ())
}

async fn insert(conn: &mut PgConnection, c: Columns, last_position: u64) -> Result<(), StoreError> {
    match insert_rows(conn, c, last_position).await {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(db)) if db.constraint() == Some(EVENT_ID_CONSTRAINT) => {
            // "Key (id)=(…) already exists."; the stream is looked up after the rollback.
            let detail = db
                .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                .and_then(|pg| pg.detail())
                .unwrap_or_default();
            let id = detail
                .split_once("=(")
                .and_then(|(_, rest)| rest.split_once(')'))
                .and_then(|(id, _)| Uuid::parse_str(id).ok())
                .unwrap_or_default();
            Err(StoreError::DuplicateEventId {
                id,
                stream: String::new(),
            })
        }
        Err(e) => Err(e.into()),
    }
}

/// Records events verbatim after checking every chain; one call is one transaction. Returns the
/// events with the positions this store gave them.
pub(super) async fn import(
    conn: &mut PgConnection,
    inline: Option<&dyn InlineProjection>,
    events: Vec<RecordedEvent>,
) -> Result<Vec<RecordedEvent>, StoreError> {
    let encoded = append::encode_import(&events)?;
    let mut tx = conn.begin().await?;
    let outcome = import_in(&mut tx, inline, events, encoded).await;
    match outcome {
        Ok(recorded) => {
            tx.commit().await.map_err(commit_failed)?;
            Ok(recorded)
        }
        Err(e) => Err(rolled_back(tx, e).await),
    }
}

async fn import_in(
    conn: &mut PgConnection,
    inline: Option<&dyn InlineProjection>,
    mut events: Vec<RecordedEvent>,
    encoded: Vec<(String, String)>,
) -> Result<Vec<RecordedEvent>, StoreError> {
    // Streams are created and locked in name order (appends lock one stream, then the
    // counter), so two imports, or an import and appends, never wait on each other in a cycle.
    // Two statements for all the batch's streams: an import touches thousands at once.
    let mut names: Vec<&str> = events.iter().map(|e| e.stream.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    sqlx::query(CREATE_STREAMS)
        .bind(&names)
        .bind(&GENESIS_HASH[..])
        .execute(&mut *conn)
        .await?;
    let mut heads = HashMap::with_capacity(names.len());
    for row in sqlx::query(LOCK_STREAMS)
        .bind(&names)
        .fetch_all(&mut *conn)
        .await?
    {
        let name: String = row.try_get(0)?;
        let head = stream_head(&name, &row, 1)?;
        heads.insert(name, head);
    }
    if let Some(name) = names.iter().find(|n| !heads.contains_key(**n)) {
        return Err(StoreError::Unavailable(format!(
            "stream {name} vanished during an import"
        )));
    }
    for event in &events {
        let Some(head) = heads.get_mut(&event.stream) else {
            continue;
        };
        head.continue_with(event)?;
    }
    let ids: Vec<String> = events
        .iter()
        .map(|e| e.id.hyphenated().to_string())
        .collect();
    let found = find_events(conn, &ids).await?;
    if let Some(e) = events.iter().find(|e| found.contains_key(&e.id)) {
        return Err(StoreError::DuplicateEventId {
            id: e.id,
            stream: found
                .get(&e.id)
                .map_or_else(|| e.stream.clone(), |f| f.stream.clone()),
        });
    }

    // The serialized section, as in an append.
    let n = events.len() as i64;
    let latest = events
        .iter()
        .map(|e| e.recorded_at.timestamp_micros())
        .max()
        .unwrap_or(0);
    let last_position: i64 = sqlx::query_scalar(ALLOCATE_FOR_IMPORT)
        .bind(n)
        .bind(latest)
        .fetch_one(&mut *conn)
        .await?;
    let first_position = (last_position - n + 1) as u64;
    let mut columns = Columns::default();
    for (i, ((event, id), (data, metadata))) in events.iter_mut().zip(ids).zip(encoded).enumerate()
    {
        event.position = first_position + i as u64;
        let stream_id = heads.get(&event.stream).map_or(0, |h| h.id);
        columns.push(stream_id, event, id, data, metadata);
    }
    insert(conn, columns, last_position as u64).await?;
    if let Some(projection) = inline {
        projection.apply(conn, &events).await?;
    }
    Ok(events)
}
