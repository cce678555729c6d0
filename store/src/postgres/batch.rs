//! Group commit: the appends waiting at a server go into one transaction that takes the
//! position counter once.
//!
//! The counter's row lock serialises every commit of every server (see [`super`]), so what it
//! costs per commit — a round trip for the `UPDATE`, the insert, the projection, a WAL flush at
//! `COMMIT` — is paid once for all the appends that were waiting, instead of once each.
//!
//! Callers encode and check their events (no database), then send them to the writer and wait
//! for its answer. The writer takes what is waiting, up to [`MAX_APPENDS`] appends or
//! [`MAX_EVENTS`] events, as one batch — it never waits for more to arrive, so a caller alone
//! is answered as fast as before. A batch is one transaction:
//!
//! 1. the missing streams of appends that may create one are created, and all the batch's
//!    streams locked in name order with one statement (as an import does, so batches of two
//!    servers, and batches and imports, never wait on each other in a cycle);
//! 2. all the batch's event ids are looked up with one statement;
//! 3. per append, in arrival order: an idempotent retry, an id recorded elsewhere, then the
//!    expected version — against the stream's head as the earlier appends of the batch leave
//!    it. An append that fails gets its own answer and is left out;
//! 4. the counter is taken once for all events; the hashes are chained (pure, over the text
//!    encoded by the callers); one `UNNEST` insert writes every event, moves the heads and
//!    notifies; the inline projection gets all the batch's events in position order; `COMMIT`.
//!
//! Two lanes share the intake: while one batch holds the counter, the next one locks its
//! streams and looks up its ids, and waits at the counter. (Two batches of one server are two
//! transactions like any other: the stream locks and the counter order them.)

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;

use chrono::{DateTime, Utc};
use sqlx::postgres::PgPool;
use sqlx::{Connection, PgConnection, Row};
use tokio::sync::{Mutex, mpsc, oneshot, watch};
use uuid::Uuid;

use super::append::{self as pg, Appended, Columns};
use super::{InlineProjection, Pending, WriterStats, advance};
use crate::append::{self, StreamHead};
use crate::{ExpectedVersion, GENESIS_HASH, NewEvent, RecordedEvent, StoreError};

/// Appends beyond this many wait for the next batch, so that a burst does not hold the first
/// caller's acknowledgement for long.
pub(super) const MAX_APPENDS: usize = 256;
/// Events beyond this many (counting whole appends) wait for the next batch; an append with
/// more goes alone.
pub(super) const MAX_EVENTS: usize = 8192;
/// Appends queued for the writer before callers wait to hand theirs over.
const QUEUE: usize = 1024;
/// Batches in their transaction at once (see the module doc).
const LANES: usize = 2;

/// One append handed to the writer, already checked and encoded by its caller.
pub(super) struct Request {
    pub stream: String,
    pub expected: ExpectedVersion,
    pub events: Vec<NewEvent>,
    /// Canonical (data, metadata) of each event, from [`append::encode`].
    pub encoded: Vec<(String, String)>,
    /// The event ids as text, in order.
    pub ids: Vec<String>,
    pub reply: oneshot::Sender<Result<Appended, StoreError>>,
}

/// What the writer needs of the store (not the store itself: the writer ends when the last
/// handle to the store is dropped, with the sending half of its queue).
pub(super) struct Writer {
    pub pool: PgPool,
    pub inline: Option<Arc<dyn InlineProjection>>,
    pub head: Arc<watch::Sender<u64>>,
    pub stats: Arc<WriterStats>,
    pub target: String,
}

/// Starts the writer; appends are sent to the returned queue.
pub(super) fn spawn(writer: Writer) -> mpsc::Sender<Request> {
    let (tx, rx) = mpsc::channel(QUEUE);
    let intake = Arc::new(Mutex::new(Intake { rx, held: None }));
    let writer = Arc::new(writer);
    tokio::spawn(async move {
        let lanes = (0..LANES).map(|_| lane(writer.clone(), intake.clone()));
        futures::future::join_all(lanes).await;
    });
    tx
}

async fn lane(writer: Arc<Writer>, intake: Arc<Mutex<Intake>>) {
    loop {
        // The intake is locked only while a batch is taken: the other lane meanwhile runs its
        // batch.
        let batch = { intake.lock().await.next_batch().await };
        let Some(batch) = batch else { return };
        writer.run(batch).await;
    }
}

struct Intake {
    rx: mpsc::Receiver<Request>,
    /// An append taken from the queue that did not fit the last batch; it starts the next.
    held: Option<Request>,
}

impl Intake {
    /// What is waiting, once there is something; `None` once the store is dropped.
    async fn next_batch(&mut self) -> Option<Vec<Request>> {
        let first = match self.held.take() {
            Some(r) => r,
            None => self.rx.recv().await?,
        };
        let mut ids: HashSet<Uuid> = first.events.iter().map(|e| e.id).collect();
        let mut events = first.events.len();
        let mut batch = vec![first];
        while batch.len() < MAX_APPENDS && events < MAX_EVENTS {
            let Ok(next) = self.rx.try_recv() else { break };
            // An append repeating an id of an earlier one in this batch (typically a client's
            // retry while its first attempt is still queued) is decided once that one is
            // recorded: then it is an idempotent retry or a duplicate as usual. Within the
            // batch its ids would be found nowhere yet.
            let repeats = next.events.iter().any(|e| ids.contains(&e.id));
            if repeats || events + next.events.len() > MAX_EVENTS {
                self.held = Some(next);
                break;
            }
            ids.extend(next.events.iter().map(|e| e.id));
            events += next.events.len();
            batch.push(next);
        }
        Some(batch)
    }
}

/// What the checks decided for one append of a batch.
enum Step {
    /// To be written: its events are at this range of the batch's recorded events.
    Write(Range<usize>),
    /// Answered without writing: an idempotent retry, or refused.
    Done(Result<Appended, StoreError>),
}

/// A batch that could not be committed as a whole.
enum Failure {
    /// The store failed (a lost connection, a read-only database): every append gets the error,
    /// nothing was written.
    Store(StoreError),
    /// The database or the inline projection refused the batch's rows, for an append that
    /// cannot be told: the appends are tried again one by one.
    Refused(StoreError),
}

/// A batch's decisions, and what it recorded.
struct Plan {
    steps: Vec<Step>,
    /// The events of the appends to write, in position order.
    recorded: Vec<RecordedEvent>,
}

impl Writer {
    async fn acquire(&self) -> Result<sqlx::pool::PoolConnection<sqlx::Postgres>, StoreError> {
        self.pool.acquire().await.map_err(|e| {
            StoreError::Unavailable(format!(
                "no connection to PostgreSQL at {}: {e}",
                self.target
            ))
        })
    }

    async fn run(&self, mut batch: Vec<Request>) {
        let mut conn = match self.acquire().await {
            Ok(c) => c,
            Err(e) => return answer_all(batch, &e),
        };
        let mut tx = match conn.begin().await {
            Ok(tx) => tx,
            Err(e) => return answer_all(batch, &e.into()),
        };
        let mut plan = Plan {
            steps: Vec::with_capacity(batch.len()),
            recorded: Vec::new(),
        };
        let outcome = self.write(&mut tx, &mut batch, &mut plan).await;
        match outcome {
            Ok(None) => {
                // Nothing to write (retries and refusals only): nothing to commit either.
                let _ = tx.rollback().await;
                answer(batch, plan, None);
            }
            Ok(Some(last_position)) => match tx.commit().await {
                Ok(()) => {
                    advance(&self.head, last_position);
                    let written = plan
                        .steps
                        .iter()
                        .filter(|s| matches!(s, Step::Write(_)))
                        .count();
                    self.stats.commits.fetch_add(1, Relaxed);
                    self.stats.appends.fetch_add(written as u64, Relaxed);
                    answer(batch, plan, None);
                }
                Err(e) => {
                    let unknown = pg::commit_failed(e);
                    answer(batch, plan, Some(&unknown));
                }
            },
            Err(Failure::Store(e)) => {
                let _ = tx.rollback().await;
                answer_all(batch, &e);
            }
            Err(Failure::Refused(e @ StoreError::Rejected { .. })) if batch.len() == 1 => {
                // The projection's refusal is this append's own; the single path would answer
                // the same.
                let e = match (tx.rollback().await, e) {
                    (Err(lost), StoreError::Rejected { message, .. }) => {
                        StoreError::Unavailable(format!(
                            "PostgreSQL: the connection was lost during the append ({lost}); \
                             nothing was written ({message})"
                        ))
                    }
                    (_, e) => e,
                };
                answer_all(batch, &e);
            }
            Err(Failure::Refused(e)) => {
                // A read model's refusal (a uniqueness, say) or a constraint of the log names
                // no append, and it may come from two appends together (the second takes a
                // name the first took). Nothing was written: each append is tried again alone,
                // in the order they came, on the single-append path, so that exactly the
                // appends that would fail one after the other fail, each with its own reason.
                // This also re-decides the appends the checks had refused, which may have
                // been refused only because of one that now fails.
                tracing::debug!(
                    error = %e,
                    appends = batch.len(),
                    "a batch was refused; appending one by one"
                );
                let _ = tx.rollback().await;
                drop(conn);
                give_back(&mut batch, plan);
                self.one_by_one(batch).await;
            }
        }
    }

    /// Steps 1–4 of the module doc, up to (not including) the commit. Returns the batch's last
    /// position, or `None` when nothing is to be written.
    async fn write(
        &self,
        conn: &mut PgConnection,
        batch: &mut [Request],
        plan: &mut Plan,
    ) -> Result<Option<u64>, Failure> {
        let store = Failure::Store;
        let mut names: Vec<&str> = batch.iter().map(|r| r.stream.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let mut creating: Vec<&str> = batch
            .iter()
            .filter(|r| r.expected.admits(None))
            .map(|r| r.stream.as_str())
            .collect();
        creating.sort_unstable();
        creating.dedup();
        if !creating.is_empty() {
            sqlx::query(pg::CREATE_STREAMS)
                .bind(&creating)
                .bind(&GENESIS_HASH[..])
                .execute(&mut *conn)
                .await
                .map_err(|e| store(e.into()))?;
        }
        let ids: Vec<&str> = batch
            .iter()
            .flat_map(|r| r.ids.iter().map(String::as_str))
            .collect();
        // The stream locks and the ids' look-up in one round trip. The look-up then reads the
        // snapshot taken before the locks were granted, so it may miss an id that the holder of
        // a lock recorded meanwhile (a retry of one of these appends, racing its first try):
        // an append that passes the checks all the same fails at the insert, and the batch is
        // tried one by one; one that the checks refuse is checked again below against a
        // look-up made now, so that its answer is the one-by-one path's.
        let (mut heads, mut found) = pg::lock_and_find(conn, &names, &ids).await.map_err(store)?;
        let mut total = decide(batch, &heads, &found, &mut plan.steps);
        if plan.steps.iter().any(|s| matches!(s, Step::Done(Err(_)))) {
            found = pg::find_events(conn, &ids).await.map_err(store)?;
            plan.steps.clear();
            total = decide(batch, &heads, &found, &mut plan.steps);
        }
        if total == 0 {
            return Ok(None);
        }
        let early = match &self.inline {
            Some(projection) => {
                let pending = pending(batch, &plan.steps, &heads);
                projection
                    .apply_pending(conn, &pending)
                    .await
                    .map_err(|f| Failure::Refused(f.into()))?
            }
            None => None,
        };

        // The serialized section starts here and ends at commit.
        let row = sqlx::query(pg::ALLOCATE)
            .bind(total as i64)
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| store(e.into()))?;
        let last_position: i64 = row.try_get(0).map_err(|e| store(e.into()))?;
        let now_micros: i64 = row.try_get(1).map_err(|e| store(e.into()))?;
        let recorded_at = DateTime::<Utc>::from_timestamp_micros(now_micros).ok_or_else(|| {
            store(StoreError::Unavailable(
                "the database clock is out of range".into(),
            ))
        })?;
        let first_position = (last_position - total as i64 + 1) as u64;

        let mut columns = Columns::default();
        plan.recorded.reserve(total);
        for (r, step) in batch.iter_mut().zip(&plan.steps) {
            let Step::Write(range) = step else { continue };
            // `check` wrote only to streams it found locked.
            let Some(head) = heads.get_mut(&r.stream) else {
                return Err(store(StoreError::Unavailable(format!(
                    "stream {} vanished during an append",
                    r.stream
                ))));
            };
            let stream_id = head.id;
            let events = std::mem::take(&mut r.events);
            let recorded = append::chain(
                &r.stream,
                head,
                events,
                &r.encoded,
                recorded_at,
                first_position + range.start as u64,
            );
            let encoded = std::mem::take(&mut r.encoded);
            let ids = std::mem::take(&mut r.ids);
            for ((event, id), (data, metadata)) in recorded.iter().zip(ids).zip(encoded) {
                columns.push(stream_id, event, id, data, metadata);
            }
            plan.recorded.extend(recorded);
        }
        match pg::insert_rows(conn, columns, last_position as u64).await {
            Ok(()) => {}
            // The server refused a row: an id recorded by another server since the look-up,
            // say. Which append it belongs to is found by trying them alone.
            Err(sqlx::Error::Database(db)) => {
                return Err(Failure::Refused(sqlx::Error::Database(db).into()));
            }
            Err(e) => return Err(store(e.into())),
        }
        if let Some(projection) = &self.inline {
            match early {
                Some(early) => projection.finish_pending(conn, &plan.recorded, early).await,
                None => projection.apply(conn, &plan.recorded).await,
            }
            .map_err(|f| Failure::Refused(f.into()))?;
        }
        Ok(Some(last_position as u64))
    }

    /// The appends of a refused batch, each in its own transaction, in order.
    async fn one_by_one(&self, batch: Vec<Request>) {
        for r in batch {
            let outcome = async {
                let mut conn = self.acquire().await?;
                pg::append(
                    &mut conn,
                    self.inline.as_deref(),
                    &r.stream,
                    r.expected,
                    r.events,
                )
                .await
            }
            .await;
            if let Ok(Appended::Written(result)) = &outcome {
                advance(&self.head, result.last_position);
                self.stats.commits.fetch_add(1, Relaxed);
                self.stats.appends.fetch_add(1, Relaxed);
            }
            // A caller that stopped waiting has nothing to be told.
            let _ = r.reply.send(outcome);
        }
    }
}

/// The checks of every append of a batch, in arrival order, against the heads as the earlier
/// appends leave them; returns the number of events to write.
fn decide(
    batch: &[Request],
    heads: &HashMap<String, StreamHead>,
    found: &HashMap<Uuid, append::Found>,
    steps: &mut Vec<Step>,
) -> usize {
    let mut versions: HashMap<&str, Option<u64>> = HashMap::new();
    let mut total = 0usize;
    for r in batch {
        let actual = *versions
            .entry(r.stream.as_str())
            .or_insert_with(|| heads.get(&r.stream).and_then(|h| h.version));
        let step = check(r, actual, found, heads.contains_key(&r.stream));
        if let Step::Write(_) = step {
            let n = r.events.len();
            let next = actual.map_or(0, |v| v + 1);
            versions.insert(r.stream.as_str(), Some(next + n as u64 - 1));
            steps.push(Step::Write(total..total + n));
            total += n;
        } else {
            steps.push(step);
        }
    }
    total
}

/// The appends to write, each with the version its first event will take (the heads as the
/// earlier appends of the batch leave them, as [`append::chain`] will number them).
fn pending<'a>(
    batch: &'a [Request],
    steps: &[Step],
    heads: &HashMap<String, StreamHead>,
) -> Vec<Pending<'a>> {
    let mut next: HashMap<&str, u64> = HashMap::new();
    let mut pending = Vec::new();
    for (r, step) in batch.iter().zip(steps) {
        let Step::Write(range) = step else { continue };
        let first = *next
            .entry(r.stream.as_str())
            .or_insert_with(|| heads.get(&r.stream).map_or(0, StreamHead::next_version));
        next.insert(r.stream.as_str(), first + range.len() as u64);
        pending.push(Pending {
            stream: &r.stream,
            first_version: first,
            events: &r.events,
        });
    }
    pending
}

/// The checks of one append against its stream's last version `actual` (as the batch leaves
/// it) and the batch's ids found recorded; `locked` says the stream's row exists and is locked.
/// The order is the single path's: a retry, a duplicate id, the expected version.
fn check(
    r: &Request,
    actual: Option<u64>,
    found: &HashMap<Uuid, append::Found>,
    locked: bool,
) -> Step {
    if let Some(original) = found.get(&r.events[0].id) {
        let replayed =
            append::idempotent_replay(&r.stream, r.expected, &r.events, actual, original, |id| {
                Ok(found.get(id).cloned())
            });
        return Step::Done(replayed.map(Appended::Replayed));
    }
    if let Some(e) = r.events.iter().find(|e| found.contains_key(&e.id)) {
        return Step::Done(Err(StoreError::DuplicateEventId {
            id: e.id,
            stream: found
                .get(&e.id)
                .map_or_else(|| r.stream.clone(), |f| f.stream.clone()),
        }));
    }
    if let Err(e) = append::check_expected(&r.stream, r.expected, actual) {
        return Step::Done(Err(e));
    }
    if !locked {
        // Only an expectation that admits no stream writes to a stream without a row, and the
        // batch created those rows.
        return Step::Done(Err(StoreError::Unavailable(format!(
            "stream {} vanished during an append",
            r.stream
        ))));
    }
    Step::Write(0..0)
}

/// Answers each append of a batch: a written one with its positions (or `unknown`, when the
/// commit's outcome is not known), the others with what the checks decided.
fn answer(batch: Vec<Request>, plan: Plan, unknown: Option<&StoreError>) {
    for (r, step) in batch.into_iter().zip(plan.steps) {
        let outcome = match step {
            Step::Write(range) => match unknown {
                Some(e) => Err(copy(e)),
                None => Ok(Appended::Written(append::result_of(&plan.recorded[range]))),
            },
            Step::Done(outcome) => outcome,
        };
        let _ = r.reply.send(outcome);
    }
}

/// The same error for every append of a batch.
fn answer_all(batch: Vec<Request>, e: &StoreError) {
    for r in batch {
        let _ = r.reply.send(Err(copy(e)));
    }
}

/// Moves the events of a batch that was not written back into its appends, to append them again.
fn give_back(batch: &mut [Request], plan: Plan) {
    let mut recorded = plan.recorded.into_iter();
    for (r, step) in batch.iter_mut().zip(plan.steps) {
        // Refused before the counter (by the projection's early writes), the appends still
        // hold their events.
        if !r.events.is_empty() {
            continue;
        }
        let Step::Write(range) = step else { continue };
        r.events = recorded
            .by_ref()
            .take(range.len())
            .map(|e| NewEvent {
                id: e.id,
                kind: e.kind,
                schema: e.schema,
                data: e.data,
                metadata: e.metadata,
            })
            .collect();
    }
}

/// A store failure, once per append that shares it.
fn copy(e: &StoreError) -> StoreError {
    match e {
        StoreError::Unavailable(m) => StoreError::Unavailable(m.clone()),
        StoreError::Integrity(m) => StoreError::Integrity(m.clone()),
        StoreError::Rejected { rule, message } => StoreError::Rejected {
            rule: rule.clone(),
            message: message.clone(),
        },
        other => StoreError::Unavailable(other.to_string()),
    }
}
