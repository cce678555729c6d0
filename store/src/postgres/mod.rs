//! The shared backend: many API servers append to and read from one PostgreSQL database.
//!
//! # Gap-free and gap-safe positions
//!
//! A position is handed out by a one-row counter, `ledger_head`, inside the writing
//! transaction: `UPDATE ledger_head SET position = position + n RETURNING position`. The update
//! takes the row's lock, and PostgreSQL holds a row lock until the transaction ends. A writing
//! transaction is a batch of appends (those waiting at one server, see `batch.rs`), one append
//! (when a batch is retried one by one) or an import; each takes the counter exactly once, for
//! all its events, which it numbers consecutively in the order it inserts them. What follows is
//! about transactions, and holds whatever each carries. So:
//!
//! * **Gap-free.** A transaction that rolls back rolls its increment back with it; the next one
//!   gets the same numbers. Positions are 1, 2, 3, … with no hole, whatever fails.
//! * **Gap-safe.** Transaction B can only update the counter after transaction A, which took
//!   the earlier positions, has ended, and PostgreSQL makes a commit visible to new snapshots
//!   before it releases the commit's locks. So when B's events become visible, A's are visible
//!   already (or never will be, and their positions are B's). The positions visible to any
//!   snapshot are always a prefix `1..=k` of the log: `read_all(from)` cannot return position
//!   `p + 1` while `p` is still to come, and a subscriber that reads on from its last position
//!   never skips an event and never sees one twice. Within one transaction there is nothing to
//!   order: a batch's events, of however many appends, become visible at one instant, its
//!   commit.
//! * **Batches do not change the argument.** Two batches of one server are two transactions
//!   like those of two servers. A batch refused as a whole (by the inline projection, or by a
//!   constraint) is rolled back, increment and all, before its appends are tried again one by
//!   one, each in a transaction of its own that takes the counter anew.
//! * **No deadlock.** Every writing transaction locks its stream rows before the counter and no
//!   stream after it (the inline projection's own rows are only ever locked under the counter):
//!   a batch or an import creates and locks all its streams in name order with one statement
//!   each, a single append locks one stream. So a transaction waiting at the counter waits for
//!   one that holds every lock it needs, and two waiting for streams wait in name order.
//!
//! This is the classic sequence-gap problem (a `bigserial` is handed out at insert and commits
//! land in another order, so a reader can pass a position that commits later). Systems that keep
//! concurrent commits solve it on the read side instead: Emmett stores the `xid8` transaction id
//! and reads only below `pg_snapshot_xmin(pg_current_snapshot())`; disintegrate-style epochs do
//! the same with a counter per epoch. Both give up gap-free positions (the contract, DESIGN §2,
//! keeps them) and add latency for readers. Here the price is on the write side: commits that
//! take positions are serialized. The lock is therefore taken as late as possible: after the
//! payloads are encoded, the stream rows locked, the idempotency and expected-version checks
//! done; the section it covers is one `UPDATE … RETURNING`, the hashes chained over the encoded
//! text, one `INSERT … SELECT FROM UNNEST` (which also moves the stream heads and calls
//! `pg_notify`), the inline projection, and `COMMIT` — once for all the appends waiting at a
//! server (group commit), not once per append.
//!
//! # Live subscriptions
//!
//! `subscribe_all` reads pages with `read_all`, then waits. An append's `pg_notify` is delivered
//! to a `LISTEN`ing connection when, and only if, the transaction commits; appends of this
//! process also wake subscribers directly. A notification only wakes: what is delivered is
//! always read from the table in position order, so a lost notification or listener connection
//! delays an event by at most the polling interval, never loses it.
//!
//! # Faults
//!
//! A wrong URL or an unreachable server fails [`PostgresStore::connect`] with
//! [`StoreError::Unavailable`] naming host, port, database and cause. A connection lost during
//! a batch fails the appends of that batch (nothing of them was written) and no other; the pool
//! opens a new connection for the next. Every batch and import is one transaction, so nothing
//! half-written is ever visible; a commit whose answer was lost is reported as such to each of
//! its appends, and the retry with the same event ids is idempotent.

mod append;
mod batch;
mod rows;
pub use rows::read_category;
mod schema;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures::stream::BoxStream;
use sqlx::postgres::{PgConnectOptions, PgListener, PgPool, PgPoolOptions};
use sqlx::{Connection, PgConnection};
use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinHandle;

use crate::health::{WriteFault, WriteHealth};
use crate::{
    AppendResult, Direction, EventStore, ExpectedVersion, NewEvent, ProjectionFailure,
    RecordedEvent, StoreError, StreamFrom,
};

/// Transactions committed by the writer and the appends they wrote (the SQLite store's type).
pub use crate::sqlite::WriterStats;

/// The `LISTEN`/`NOTIFY` channel; the payload is the last position of the committed append.
pub const NOTIFY_CHANNEL: &str = "civic_ledger_events";

/// How long a subscription keeps retrying reads that fail for want of the database before it
/// ends with the error.
const SUBSCRIPTION_RETRY: Duration = Duration::from_secs(10);

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError::Unavailable(format!("PostgreSQL: {e}"))
    }
}

impl From<sqlx::Error> for ProjectionFailure {
    fn from(e: sqlx::Error) -> Self {
        ProjectionFailure {
            rule: None,
            message: format!("read model update failed: {e}"),
        }
    }
}

/// Read models kept in the store's database and updated in the transaction of each append, so
/// that a query right after an append sees it (the PostgreSQL twin of
/// [`crate::sqlite::InlineProjection`]). `apply` runs inside the writing transaction, after the
/// events are inserted and while the position counter is held: committed events reach it exactly
/// once and in position order across all servers. One call gets the events of all the appends of
/// a batch. Refusing rolls the batch back; its appends are then tried one by one, so `apply` may
/// see events again that it refused or that were rolled back with a refused batch: everything
/// it does must be done in the transaction.
#[async_trait]
pub trait InlineProjection: Send + Sync + 'static {
    /// Creates or upgrades the projection's tables; returns the position it has projected up
    /// to. Runs at connect, in the catch-up transaction; `server` is where it may open
    /// connections of its own (a rebuild reads the log on one while it writes on `conn`: the
    /// transaction holds the position counter, so that log does not move).
    async fn setup(
        &self,
        conn: &mut PgConnection,
        server: &PgConnectOptions,
    ) -> Result<u64, ProjectionFailure>;
    /// Projects events and records their last position as its checkpoint.
    async fn apply(
        &self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
    ) -> Result<(), ProjectionFailure>;
    /// The part of a batch's projection that needs no position, written in the batch's
    /// transaction before the position counter is taken (the batch's streams are locked and its
    /// checks passed): what it writes then costs no other server's commit any time. `None`
    /// when it wrote nothing (the default); otherwise [`InlineProjection::finish_pending`], not
    /// `apply`, projects the batch's events once they have positions. Whatever it writes must
    /// be rows that no append writes after taking the counter, so that a transaction holding
    /// the counter never waits for one that does not.
    async fn apply_pending(
        &self,
        _conn: &mut PgConnection,
        _appends: &[Pending<'_>],
    ) -> Result<Option<Early>, ProjectionFailure> {
        Ok(None)
    }
    /// The rest of a batch's projection after [`InlineProjection::apply_pending`] returned
    /// `early`, with the checkpoint's move; `events` are the batch's, in position order.
    async fn finish_pending(
        &self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
        _early: Early,
    ) -> Result<(), ProjectionFailure> {
        self.apply(conn, events).await
    }
    /// A catch-up from nothing (a new or rebuilt projection) runs in one transaction:
    /// `begin_rebuild`, then `apply` page by page, then `finish_rebuild`. In between, a
    /// projection may keep what it applied in memory and write it at the end; a failure rolls
    /// the whole transaction back, so the rebuild starts over (and `begin_rebuild` forgets
    /// anything kept from a failed one). The defaults keep nothing back.
    fn begin_rebuild(&self) {}
    async fn finish_rebuild(&self, _conn: &mut PgConnection) -> Result<(), ProjectionFailure> {
        Ok(())
    }
    /// After the catch-up at connect has committed, outside any transaction and without the
    /// counter: work that only makes reads faster after a rebuild (statistics, visibility maps;
    /// the projection knows whether it rebuilt). A failure is logged, not fatal.
    async fn after_rebuild(&self, _conn: &mut PgConnection) -> Result<(), sqlx::Error> {
        Ok(())
    }
}

/// An append of a batch that passed its checks, before positions are taken: its events will be
/// versions `first_version..` of `stream`.
pub struct Pending<'a> {
    pub stream: &'a str,
    pub first_version: u64,
    pub events: &'a [crate::NewEvent],
}

/// What [`InlineProjection::apply_pending`] left for [`InlineProjection::finish_pending`].
pub type Early = Box<dyn std::any::Any + Send>;

#[derive(Clone)]
pub struct PostgresOptions {
    /// Connections in the pool (appends, reads, subscriptions' reads). The `LISTEN` connection
    /// is one more.
    pub max_connections: u32,
    /// How long `connect` waits for the server's first answer.
    pub connect_timeout: Duration,
    /// How long a command waits for a free connection of the pool.
    pub acquire_timeout: Duration,
    /// How often an idle subscription reads anyway, in case a notification was lost.
    pub poll_interval: Duration,
    pub inline: Option<Arc<dyn InlineProjection>>,
}

impl Default for PostgresOptions {
    fn default() -> Self {
        PostgresOptions {
            max_connections: 10,
            connect_timeout: Duration::from_secs(5),
            acquire_timeout: Duration::from_secs(10),
            poll_interval: Duration::from_millis(500),
            inline: None,
        }
    }
}

impl std::fmt::Debug for PostgresOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresOptions")
            .field("max_connections", &self.max_connections)
            .field("connect_timeout", &self.connect_timeout)
            .field("acquire_timeout", &self.acquire_timeout)
            .field("poll_interval", &self.poll_interval)
            .field("inline", &self.inline.is_some())
            .finish()
    }
}

/// A handle to the shared store; clones share its pool.
#[derive(Clone)]
pub struct PostgresStore {
    inner: Arc<Inner>,
}

struct Inner {
    pool: PgPool,
    inline: Option<Arc<dyn InlineProjection>>,
    /// The last position known to be committed; its changes wake subscriptions.
    head: Arc<watch::Sender<u64>>,
    poll_interval: Duration,
    /// "host:port (database …, user …)", for messages.
    target: String,
    listener: JoinHandle<()>,
    health: WriteHealth,
    /// The group-commit writer's queue (`batch.rs`); the writer ends when this is dropped.
    writer: mpsc::Sender<batch::Request>,
    stats: Arc<WriterStats>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.listener.abort();
    }
}

impl PostgresStore {
    /// Connects, runs the migrations (serialized between servers by an advisory lock), brings
    /// the inline projection up to the log's head, and starts listening for commits.
    pub async fn connect(url: &str, options: PostgresOptions) -> Result<Self, StoreError> {
        let connect = PgConnectOptions::from_str(url).map_err(|e| {
            StoreError::Unavailable(format!("invalid PostgreSQL URL {}: {e}", redact(url)))
        })?;
        Self::connect_with(connect, options).await
    }

    /// [`connect`](Self::connect) with options already parsed.
    pub async fn connect_with(
        connect: PgConnectOptions,
        options: PostgresOptions,
    ) -> Result<Self, StoreError> {
        let connect = connect
            .application_name("civic-ledger")
            // A client that vanishes in the middle of an append must not hold the position
            // counter (and so every writer) for long.
            .options([
                ("idle_in_transaction_session_timeout", "60s"),
                // `IF NOT EXISTS` notices of migrations and read-model set-up are not news.
                ("client_min_messages", "warning"),
            ]);
        let target = describe(&connect);
        let unreachable = |cause: String| {
            StoreError::Unavailable(format!("cannot connect to PostgreSQL at {target}: {cause}"))
        };
        let mut first = match tokio::time::timeout(
            options.connect_timeout,
            PgConnection::connect_with(&connect),
        )
        .await
        {
            Err(_) => {
                return Err(unreachable(format!(
                    "no answer within {:?}",
                    options.connect_timeout
                )));
            }
            Ok(Err(e)) => return Err(unreachable(e.to_string())),
            Ok(Ok(conn)) => conn,
        };
        schema::migrate(&mut first).await?;
        let synchronous_commit: Option<String> = sqlx::query_scalar("SHOW synchronous_commit")
            .fetch_optional(&mut first)
            .await
            .ok()
            .flatten();
        if synchronous_commit.as_deref() == Some("off") {
            tracing::warn!(
                server = %target,
                "synchronous_commit is off on this PostgreSQL server: an acknowledged append \
                 can be lost in a crash"
            );
        }
        // Closing also releases the migration lock should its explicit release have failed.
        let _ = first.close().await;

        let pool = PgPoolOptions::new()
            .max_connections(options.max_connections.max(1))
            .acquire_timeout(options.acquire_timeout)
            .connect_lazy_with(connect.clone());
        if let Some(projection) = &options.inline {
            catch_up(&pool, projection.as_ref()).await?;
        }
        let head_now = {
            let mut conn = pool.acquire().await?;
            head_on(&mut conn).await?
        };
        let (head, _) = watch::channel(head_now);
        let head = Arc::new(head);
        let listener_pool = PgPoolOptions::new()
            .max_connections(1)
            .acquire_timeout(options.acquire_timeout)
            .connect_lazy_with(connect);
        let listener = tokio::spawn(listen(listener_pool, head.clone()));
        let stats = Arc::new(WriterStats::default());
        let writer = batch::spawn(batch::Writer {
            pool: pool.clone(),
            inline: options.inline.clone(),
            head: head.clone(),
            stats: stats.clone(),
            target: target.clone(),
        });
        Ok(PostgresStore {
            inner: Arc::new(Inner {
                pool,
                inline: options.inline,
                head,
                poll_interval: options.poll_interval,
                target,
                listener,
                health: WriteHealth::default(),
                writer,
                stats,
            }),
        })
    }

    /// The pool, for querying read models kept in the same database.
    pub fn pool(&self) -> &PgPool {
        &self.inner.pool
    }

    /// Transactions the writer committed and the appends they wrote, since `connect`: fewer
    /// commits than appends is group commit at work.
    pub fn stats(&self) -> &WriterStats {
        &self.inner.stats
    }

    /// The schema version this program brings a database to.
    pub fn schema_version() -> i32 {
        schema::latest_version()
    }

    async fn acquire(&self) -> Result<sqlx::pool::PoolConnection<sqlx::Postgres>, StoreError> {
        self.inner.pool.acquire().await.map_err(|e| {
            StoreError::Unavailable(format!(
                "no connection to PostgreSQL at {}: {e}",
                self.inner.target
            ))
        })
    }

    fn committed(&self, position: u64) {
        advance(&self.inner.head, position);
    }
}

/// Moves the known head to `position` if that is later: commits of this process and
/// notifications of every server arrive in any order.
fn advance(head: &watch::Sender<u64>, position: u64) {
    head.send_if_modified(|h| {
        let later = position > *h;
        if later {
            *h = position;
        }
        later
    });
}

/// Keeps one `LISTEN` connection and turns notifications into wake-ups of the subscriptions.
/// Whenever the connection is (re)established, subscriptions are woken too: whatever committed
/// while nobody listened is then read from the table.
async fn listen(pool: PgPool, head: Arc<watch::Sender<u64>>) {
    loop {
        let mut listener = match PgListener::connect_with(&pool).await {
            Ok(l) => l,
            Err(e) => {
                tracing::warn!(error = %e, "cannot open the PostgreSQL LISTEN connection; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        if let Err(e) = listener.listen(NOTIFY_CHANNEL).await {
            tracing::warn!(error = %e, "cannot LISTEN on PostgreSQL; retrying");
            tokio::time::sleep(Duration::from_secs(1)).await;
            continue;
        }
        head.send_modify(|_| {});
        loop {
            match listener.try_recv().await {
                Ok(Some(n)) => {
                    if let Ok(position) = n.payload().parse::<u64>() {
                        advance(&head, position);
                    }
                }
                // The connection was lost and opened again: notifications may have been missed.
                Ok(None) => head.send_modify(|_| {}),
                Err(e) => {
                    tracing::warn!(error = %e, "the PostgreSQL LISTEN connection failed; reconnecting");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    break;
                }
            }
        }
    }
}

/// Brings an inline projection up to the log's head before this server appends. The whole
/// catch-up is one transaction holding the position counter: appends of every server wait for
/// it, so the projection sees a log that does not move under it and never gets an event twice,
/// and two servers starting at once catch up one after the other (the second finds nothing to
/// do).
async fn catch_up(pool: &PgPool, projection: &dyn InlineProjection) -> Result<(), StoreError> {
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
    sqlx::query("SELECT position FROM ledger_head FOR UPDATE")
        .execute(&mut *tx)
        .await?;
    let mut from = projection.setup(&mut tx, &pool.connect_options()).await? + 1;
    let rebuilding = from == 1;
    if rebuilding {
        projection.begin_rebuild();
    }
    loop {
        let page = rows::read_all(&mut tx, from, 4096).await?;
        let Some(last) = page.last() else { break };
        from = last.position + 1;
        projection.apply(&mut tx, &page).await?;
    }
    if rebuilding {
        projection.finish_rebuild(&mut tx).await?;
    }
    tx.commit().await?;
    // The projection knows whether its setup rebuilt anything.
    if let Err(e) = projection.after_rebuild(&mut conn).await {
        tracing::warn!(error = %e, "the rebuilt read models could not be vacuumed; autovacuum will");
    }
    Ok(())
}

/// The position of the last recorded event (0: none).
pub async fn head_on(conn: &mut PgConnection) -> Result<u64, StoreError> {
    let head: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(position), 0) FROM ledger_events")
        .fetch_one(conn)
        .await?;
    Ok(head as u64)
}

/// Where the options point, without the password.
fn describe(o: &PgConnectOptions) -> String {
    let place = match o.get_socket() {
        Some(dir) => format!("socket {}/.s.PGSQL.{}", dir.display(), o.get_port()),
        None => format!("{}:{}", o.get_host(), o.get_port()),
    };
    let user = o.get_username();
    let database = o.get_database().unwrap_or(user);
    format!("{place} (database {database}, user {user})")
}

/// The URL with any password replaced, for messages.
fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "(not a postgres:// URL)".to_owned();
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{scheme}://{user}:***@{host}{tail}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

#[async_trait]
impl EventStore for PostgresStore {
    async fn append(
        &self,
        stream: &str,
        expected: ExpectedVersion,
        events: Vec<NewEvent>,
    ) -> Result<AppendResult, StoreError> {
        // Checked and encoded here, by each caller and before the writer: a refused append
        // never reaches a batch, and encoding is not done one append after the other.
        let encoded = crate::append::encode(stream, &events)?;
        let ids = events
            .iter()
            .map(|e| e.id.hyphenated().to_string())
            .collect();
        let (reply, answer) = oneshot::channel();
        let request = batch::Request {
            stream: stream.to_owned(),
            expected,
            events,
            encoded,
            ids,
            reply,
        };
        let outcome = match self.inner.writer.send(request).await {
            Err(_) => Err(StoreError::Unavailable(
                "the PostgreSQL writer has stopped; nothing was written".into(),
            )),
            Ok(()) => answer.await.unwrap_or_else(|_| {
                Err(StoreError::Unavailable(
                    "the PostgreSQL writer stopped during the append; it may or may not have \
                     been recorded: retry it with the same event ids, which is safe"
                        .into(),
                ))
            }),
        };
        // The writer has moved the head (waking subscriptions) before answering.
        self.inner.health.observe(&outcome);
        Ok(outcome?.result())
    }

    async fn read_stream(
        &self,
        stream: &str,
        from: StreamFrom,
        direction: Direction,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let mut conn = self.acquire().await?;
        rows::read_stream(&mut conn, stream, from, direction, limit).await
    }

    async fn read_all(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let mut conn = self.acquire().await?;
        rows::read_all(&mut conn, from_position, limit).await
    }

    fn subscribe_all(
        &self,
        from_position: u64,
    ) -> BoxStream<'static, Result<RecordedEvent, StoreError>> {
        crate::follow::follow(
            self.clone(),
            from_position,
            self.inner.head.subscribe(),
            crate::follow::Follow {
                poll: Some(self.inner.poll_interval),
                retry_for: SUBSCRIPTION_RETRY,
            },
        )
    }

    async fn head(&self) -> Result<u64, StoreError> {
        let mut conn = self.acquire().await?;
        head_on(&mut conn).await
    }

    async fn import(&self, events: Vec<RecordedEvent>) -> Result<(), StoreError> {
        if events.is_empty() {
            return Ok(());
        }
        let recorded = async {
            let mut conn = self.acquire().await?;
            append::import(&mut conn, self.inner.inline.as_deref(), events).await
        }
        .await;
        self.inner.health.observe(&recorded);
        if let Some(last) = recorded?.last() {
            self.committed(last.position);
        }
        Ok(())
    }

    async fn writable(&self) -> Result<(), WriteFault> {
        self.inner
            .health
            .check(|| async {
                // The position counter, rewritten unchanged: the first write of every append
                // (its row lock for an instant, a WAL record, a flushed commit), refused or
                // failing as an append would on a full disk, a read-only database or a standby.
                // (`SELECT txid_current()` writes a WAL record too, but is allowed in a
                // read-only transaction.)
                let mut conn = self.acquire().await?;
                sqlx::query("UPDATE ledger_head SET position = position")
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_not_repeated_in_messages() {
        assert_eq!(
            redact("postgres://ledger:s3cret@db.example:5432/civic?sslmode=require"),
            "postgres://ledger:***@db.example:5432/civic?sslmode=require"
        );
        assert_eq!(
            redact("postgres://postgres@127.0.0.1/test"),
            "postgres://postgres@127.0.0.1/test"
        );
        assert_eq!(redact("nonsense"), "(not a postgres:// URL)");
    }

    #[test]
    fn the_target_names_host_port_database_and_user() {
        let o = PgConnectOptions::from_str("postgres://alice:pw@127.0.0.1:1/ledger").unwrap();
        assert_eq!(describe(&o), "127.0.0.1:1 (database ledger, user alice)");
    }
}
