//! The embedded backend: one SQLite file in WAL mode, one writer thread with group commit, a
//! small pool of reader connections, and read models projected inline in the append's
//! transaction.

mod checkpoint;
mod rows;
mod schema;

/// The embedded store's tables of events and streams.
pub use schema::DDL as SCHEMA;
mod writer;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;

use async_trait::async_trait;
use futures::stream::BoxStream;
use rusqlite::{Connection, OpenFlags, params};
use tokio::sync::{oneshot, watch};

use crate::health::{WriteFault, WriteHealth};
use crate::stored::{StoredRow, to_i64};
use crate::{
    AppendResult, Direction, EventStore, ExpectedVersion, NewEvent, ProjectionFailure,
    RecordedEvent, StoreError, StreamFrom,
};
pub use writer::WriterStats;
use writer::{WriteOp, Writer};

/// Writes an inline projection leaves to the end of its append's transaction: the writer runs
/// those of the appends it keeps once, after the batch's last savepoint. FTS5 writes out what
/// it holds in memory at every savepoint, so a search index written append by append got a
/// segment (and soon a merge) per append: 10–15 % of W1 at 64 clients in a profile.
#[derive(Default)]
pub struct Later(Vec<LaterWrite>);

type LaterWrite = Box<dyn FnOnce(&Connection) -> Result<(), ProjectionFailure> + Send>;

impl Later {
    pub fn push(
        &mut self,
        write: impl FnOnce(&Connection) -> Result<(), ProjectionFailure> + Send + 'static,
    ) {
        self.0.push(Box::new(write));
    }

    /// Keeps `other`'s writes, to run after this one's.
    pub fn append(&mut self, other: Later) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Runs the writes in the order they were left.
    pub fn run(self, conn: &Connection) -> Result<(), ProjectionFailure> {
        self.0.into_iter().try_for_each(|write| write(conn))
    }
}

/// Read models kept in the store's own file and updated in the transaction of each append, so a
/// query right after an append sees it.
pub trait InlineProjection: Send + Sync + 'static {
    /// Creates or upgrades the projection's tables; returns the position it has projected up to.
    fn setup(&self, conn: &Connection) -> Result<u64, ProjectionFailure>;
    /// Projects events and records their last position as its checkpoint; what may wait until
    /// the end of the transaction (and is not read before then) goes to `later`.
    fn apply(
        &self,
        conn: &Connection,
        events: &[RecordedEvent],
        later: &mut Later,
    ) -> Result<(), ProjectionFailure>;
    /// A catch-up from nothing (a new or rebuilt projection) runs in one transaction:
    /// `begin_rebuild`, then `apply` page by page, then `finish_rebuild`. In between, a
    /// projection may keep what it applied in memory and write it at the end; a crash loses the
    /// whole transaction, so the rebuild starts over (and `begin_rebuild` forgets anything kept
    /// from a failed one). The defaults keep nothing back.
    fn begin_rebuild(&self) {}
    fn finish_rebuild(&self, _conn: &Connection) -> Result<(), ProjectionFailure> {
        Ok(())
    }
}

#[derive(Default, Clone)]
pub struct SqliteOptions {
    /// Open for reading only (verify, export): no writer, no lock, no live subscription.
    pub read_only: bool,
    pub inline: Option<Arc<dyn InlineProjection>>,
    /// How long to wait for another writing process to let go of the ledger (zero: fail at
    /// once). Short-lived tools wait; a server does not.
    pub lock_wait: std::time::Duration,
}

/// Reader connections in use at once: two per core, so that one waiting for the disk does not
/// leave a core idle.
fn concurrent_reads() -> usize {
    std::thread::available_parallelism().map_or(4, |n| 2 * n.get())
}

/// Each reader's page cache, in KiB (negative: SQLite's unit for a size in KiB).
const READER_CACHE_KIB: i64 = -16384;

/// A handle to the embedded store; clones share it.
#[derive(Clone)]
pub struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    access: Access,
    writer: Option<mpsc::Sender<WriteOp>>,
    writer_thread: Option<JoinHandle<()>>,
    /// Checkpoints the write-ahead log off the writer's commits (none for a read-only store).
    checkpointer: Option<checkpoint::Checkpointer>,
    readers: Mutex<Vec<Connection>>,
    /// Reads running at once. Unbounded, 32 concurrent requests ran 32 reader threads on two
    /// cores, each connection with its own cold page cache: more threads than cores only
    /// switched between them and re-read pages.
    reading: Arc<tokio::sync::Semaphore>,
    head: watch::Receiver<u64>,
    stats: Arc<WriterStats>,
    health: WriteHealth,
    _lock: Option<File>,
}

/// What a writing store runs besides its readers.
struct WriterParts {
    ops: mpsc::Sender<WriteOp>,
    thread: JoinHandle<()>,
    checkpointer: checkpoint::Checkpointer,
}

/// How the store's connections open the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    ReadWrite,
    /// Read-only through an existing write-ahead log.
    ReadOnly,
    /// Read-only, no WAL: no server has the ledger open (a server keeps a WAL while it runs),
    /// so SQLite may skip locking and the shared-memory file. A server started meanwhile writes
    /// to its new WAL, not to this file, until its first checkpoint (after 1,000 pages): a
    /// check that overlaps that may fail, and is run again.
    Immutable,
}

impl Access {
    fn connect(self, path: &Path) -> Result<Connection, StoreError> {
        let conn = match self {
            Access::ReadWrite => Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?,
            Access::ReadOnly => Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?,
            Access::Immutable => Connection::open_with_flags(
                format!("file:{}?immutable=1", uri_path(path)?),
                OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_URI
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?,
        };
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // SQLite opens lazily: a file it cannot read fails here, with its path in the message.
        conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(conn)
    }
}

/// A path as the path part of an SQLite `file:` URI: `%`, `?` and `#` (and anything not plain
/// ASCII) percent-encoded.
fn uri_path(path: &Path) -> Result<String, StoreError> {
    let absolute = std::path::absolute(path)
        .map_err(|e| StoreError::Unavailable(format!("cannot resolve {}: {e}", path.display())))?;
    let text = absolute.to_str().ok_or_else(|| {
        StoreError::Unavailable(format!("{} is not a UTF-8 path", absolute.display()))
    })?;
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'.' | b'-' | b'_' | b'~' => {
                out.push(b as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    Ok(out)
}

/// Opens `path` for writing, creating it with mode 0600 if it is missing and taking group and
/// other permissions away if it has them.
fn private_file(path: &Path) -> Result<File, StoreError> {
    let fail =
        |e: std::io::Error| StoreError::Unavailable(format!("cannot open {}: {e}", path.display()));
    let mut options = File::options();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path).map_err(fail)?;
        let mode = file.metadata().map_err(fail)?.permissions().mode();
        if mode & 0o077 != 0 {
            file.set_permissions(std::fs::Permissions::from_mode(mode & 0o700))
                .map_err(fail)?;
        }
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path).map_err(fail)
}

impl Drop for Inner {
    fn drop(&mut self) {
        // Closing the channel ends the writer loop; joining lets SQLite checkpoint and close.
        self.writer.take();
        if let Some(t) = self.writer_thread.take() {
            let _ = t.join();
        }
        // After the writer, so that no commit signals a stopped thread; the last connection
        // to close (this one's, or a reader's) checkpoints the whole log and removes it.
        self.checkpointer.take();
    }
}

const IDLE_READERS: usize = 16;

impl SqliteStore {
    /// Opens (creating if needed) the ledger file at `path`. A writing store takes an exclusive
    /// lock beside the file, so two servers never write one ledger. The file, its WAL and
    /// shared-memory files and the lock are private to the owner (0600, like the token key):
    /// events hold ID and phone numbers.
    ///
    /// A read-only store creates and changes nothing, so that `verify` and `export` run on a
    /// data directory they may not write (a backup, a read-only mount).
    pub fn open(path: &Path, options: SqliteOptions) -> Result<Self, StoreError> {
        if options.read_only {
            return Self::open_read_only(path);
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Unavailable(format!("cannot create {}: {e}", dir.display()))
            })?;
        }
        let lock_path = path.with_extension("lock");
        let file = private_file(&lock_path)?;
        let deadline = std::time::Instant::now() + options.lock_wait;
        while file.try_lock().is_err() {
            if std::time::Instant::now() >= deadline {
                return Err(StoreError::Locked(path.to_owned()));
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        // SQLite gives the WAL and shared-memory files the mode of the database file, so the
        // file is created private before SQLite opens it; files of an older version that
        // created them world-readable are made private too.
        private_file(path)?;
        for suffix in ["-wal", "-shm"] {
            let mut side = path.as_os_str().to_owned();
            side.push(suffix);
            let side = PathBuf::from(side);
            if side.exists() {
                private_file(&side)?;
            }
        }
        let access = Access::ReadWrite;
        let conn = access.connect(path)?;
        schema::configure(&conn)?;
        // The writer touches the upper levels of every table and index at each append: with
        // SQLite's default 2 MiB they were read back from the OS over and over (readDbPage and
        // cache spills in a W1 profile at 64 clients).
        conn.pragma_update(None, "cache_size", WRITER_CACHE_KIB)?;
        checkpoint::watch_wal(&conn)?;
        schema::migrate(&conn)?;
        let head_now = writer::head_position(&conn)?;
        let (head_tx, head_rx) = watch::channel(head_now);
        let stats = Arc::new(WriterStats::default());
        if let Some(p) = &options.inline {
            catch_up(&conn, p.as_ref())?;
        }
        let last_recorded_micros = schema::latest_recorded_at(&conn)?;
        let (checkpointer, checkpoints) = checkpoint::Checkpointer::start(path)?;
        // A catch-up may have left a long log (a rebuild writes every page of the read models).
        checkpoints.committed(checkpoint::frames_after_commit());
        let (tx, rx) = mpsc::channel();
        let w = Writer {
            conn,
            inline: options.inline.clone(),
            head: head_tx,
            last_recorded_micros,
            stats: stats.clone(),
            checkpoints,
        };
        let thread = std::thread::Builder::new()
            .name("ledger-writer".into())
            .spawn(move || w.run(rx))
            .map_err(|e| StoreError::Unavailable(format!("cannot start writer: {e}")))?;
        let writer = WriterParts {
            ops: tx,
            thread,
            checkpointer,
        };
        Ok(Self::from_parts(
            path,
            access,
            Some(writer),
            head_rx,
            stats,
            Some(file),
        ))
    }

    /// For reading only: no writer, no lock, no live subscription, and no file created. A
    /// ledger with a write-ahead log (a server runs, or did not stop cleanly) is read through
    /// it; one without is read as an immutable file, which SQLite opens without creating the
    /// WAL and shared-memory files a reader otherwise leaves behind.
    fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        let access = if Path::new(&wal).exists() {
            Access::ReadOnly
        } else {
            Access::Immutable
        };
        let conn = access.connect(path).map_err(|e| {
            StoreError::Unavailable(format!(
                "cannot read {}: {e}{}",
                path.display(),
                if access == Access::ReadOnly {
                    " (the ledger has a write-ahead log: reading it needs its -shm file, or \
                     write access to the directory to create one)"
                } else {
                    ""
                }
            ))
        })?;
        let head_now = writer::head_position(&conn)?;
        let (_, head_rx) = watch::channel(head_now);
        let store = Self::from_parts(
            path,
            access,
            None,
            head_rx,
            Arc::new(WriterStats::default()),
            None,
        );
        store.inner.put_reader(conn);
        Ok(store)
    }

    fn from_parts(
        path: &Path,
        access: Access,
        writer: Option<WriterParts>,
        head: watch::Receiver<u64>,
        stats: Arc<WriterStats>,
        lock: Option<File>,
    ) -> Self {
        let (writer, writer_thread, checkpointer) = match writer {
            Some(w) => (Some(w.ops), Some(w.thread), Some(w.checkpointer)),
            None => (None, None, None),
        };
        SqliteStore {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                access,
                writer,
                writer_thread,
                checkpointer,
                readers: Mutex::new(Vec::new()),
                reading: Arc::new(tokio::sync::Semaphore::new(concurrent_reads())),
                head,
                stats,
                health: WriteHealth::default(),
                _lock: lock,
            }),
        }
    }

    /// Background checkpoints of the write-ahead log run since the store was opened.
    pub fn checkpoints(&self) -> u64 {
        self.inner.checkpointer.as_ref().map_or(0, |c| c.runs())
    }

    /// Transactions committed and appends they carried since the store was opened.
    pub fn stats(&self) -> &WriterStats {
        &self.inner.stats
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Runs `f` on a reader connection on the blocking pool: the way read models are queried.
    pub async fn read<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        let inner = self.inner.clone();
        let permit = inner
            .reading
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| StoreError::Unavailable("the store is closing".into()))?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            inner.with_reader(f)
        })
        .await
        .map_err(|e| StoreError::Unavailable(format!("reader task failed: {e}")))?
    }

    /// Runs `f` on a reader connection on the calling thread, for lookups by key whose time is
    /// one B-tree descent (the command path's state and claims): a trip to the blocking pool
    /// and back costs two thread wake-ups, several times such a read at one client. Anything
    /// that scans, sorts or pages goes through [`SqliteStore::read`].
    pub fn read_by_key<T, E, F>(&self, f: F) -> Result<T, E>
    where
        E: From<StoreError>,
        F: FnOnce(&Connection) -> Result<T, E>,
    {
        self.inner.with_reader(f)
    }

    async fn write<T>(
        &self,
        op: impl FnOnce(oneshot::Sender<T>) -> WriteOp,
    ) -> Result<T, StoreError> {
        let sender = self.inner.writer.as_ref().ok_or(StoreError::ReadOnly)?;
        let (tx, rx) = oneshot::channel();
        sender
            .send(op(tx))
            .map_err(|_| StoreError::Unavailable("the writer has stopped".into()))?;
        rx.await
            .map_err(|_| StoreError::Unavailable("the writer has stopped".into()))
    }
}

impl Inner {
    fn with_reader<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, E>,
    ) -> Result<T, E> {
        let conn = self.take_reader()?;
        let result = f(&conn);
        self.put_reader(conn);
        result
    }

    fn take_reader(&self) -> Result<Connection, StoreError> {
        if let Some(c) = self.readers.lock().map_err(poisoned)?.pop() {
            return Ok(c);
        }
        let conn = self.access.connect(&self.path)?;
        // Few readers, each kept: a page cache big enough for the read models' upper B-tree
        // levels and hot rows saves re-reading them from the OS at every query.
        conn.pragma_update(None, "cache_size", READER_CACHE_KIB)?;
        Ok(conn)
    }

    fn put_reader(&self, conn: Connection) {
        if let Ok(mut pool) = self.readers.lock()
            && pool.len() < IDLE_READERS
        {
            pool.push(conn);
        }
    }
}

fn poisoned<T>(_: T) -> StoreError {
    StoreError::Unavailable("reader pool poisoned".into())
}

/// Brings an inline projection up to the log's head before any new append: after an upgrade
/// that adds a read model, or after its tables were dropped for a rebuild.
fn catch_up(conn: &Connection, projection: &dyn InlineProjection) -> Result<(), StoreError> {
    let tx = conn.unchecked_transaction()?;
    let mut from = projection.setup(&tx)? + 1;
    if from == 1 {
        // The rebuild is one transaction touching every page of the read models: with the
        // default 2 MiB cache SQLite spills dirty pages to the WAL and reads them back over and
        // over (two thirds of a rebuild's time in a profile). A bigger cache, for the rebuild
        // only.
        let cache: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
        conn.pragma_update(None, "cache_size", REBUILD_CACHE_KIB)?;
        let rebuilt = rebuild(&tx, projection, from);
        conn.pragma_update(None, "cache_size", cache)?;
        rebuilt?;
        tx.commit()?;
        return Ok(());
    }
    tx.commit()?;
    loop {
        let page = read_all_on(conn, from, 4096)?;
        let Some(last) = page.last() else {
            return Ok(());
        };
        from = last.position + 1;
        let tx = conn.unchecked_transaction()?;
        let mut later = Later::default();
        projection.apply(&tx, &page, &mut later)?;
        later.run(&tx)?;
        tx.commit()?;
    }
}

/// Page cache of the writer, in KiB (negative: SQLite's unit).
const WRITER_CACHE_KIB: i64 = -65536;

/// Page cache of the writer while it rebuilds read models, in KiB (negative: SQLite's unit).
const REBUILD_CACHE_KIB: i64 = -524288;

/// Projects the whole log into a projection starting from nothing, in the caller's transaction.
fn rebuild(
    conn: &Connection,
    projection: &dyn InlineProjection,
    mut from: u64,
) -> Result<(), StoreError> {
    projection.begin_rebuild();
    loop {
        let page = read_all_on(conn, from, 4096)?;
        let Some(last) = page.last() else { break };
        from = last.position + 1;
        let mut later = Later::default();
        projection.apply(conn, &page, &mut later)?;
        later.run(conn)?;
    }
    Ok(projection.finish_rebuild(conn)?)
}

fn read_all_on(
    conn: &Connection,
    from: u64,
    limit: usize,
) -> Result<Vec<RecordedEvent>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM events e JOIN streams s ON s.id = e.stream_id \
         WHERE e.position >= ?1 ORDER BY e.position LIMIT ?2",
        rows::EVENT_COLUMNS
    ))?;
    let mut rows = stmt.query(params![to_i64(from), limit as i64])?;
    let mut out = Vec::with_capacity(limit.min(4096));
    while let Some(row) = rows.next()? {
        out.push(rows::decode(row)?);
    }
    Ok(out)
}

/// The position of the last recorded event on `conn` (0: none), for projections that work on
/// the writer's connection.
pub fn head_on(conn: &Connection) -> Result<u64, StoreError> {
    writer::head_position(conn)
}

/// At most `limit` events of the streams of `category`, stream by stream in name order and in
/// version order within a stream, after `after` (a stream and version): how read models are
/// rebuilt, one stream at a time, in constant memory. The rows are not yet checked
/// ([`StoredRow::decode`]), so that a rebuild can parse them on another thread.
pub fn read_category_on(
    conn: &Connection,
    category: &str,
    after: Option<(&str, u64)>,
    limit: usize,
) -> Result<Vec<StoredRow>, StoreError> {
    let low = format!("{category}-");
    let high = format!("{category}.");
    let (after_stream, after_version) = match after {
        Some((s, v)) => (s.to_owned(), to_i64(v)),
        None => (low.clone(), -1),
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM streams s JOIN events e ON e.stream_id = s.id \
         WHERE s.name >= ?1 AND s.name < ?2 AND (s.name > ?1 OR e.version > ?3) \
         ORDER BY s.name, e.version LIMIT ?4",
        rows::EVENT_COLUMNS
    ))?;
    let mut rows = stmt.query(params![
        after_stream.max(low),
        high,
        after_version,
        limit as i64
    ])?;
    let mut out = Vec::with_capacity(limit.min(4096));
    while let Some(row) = rows.next()? {
        out.push(rows::stored(row)?);
    }
    Ok(out)
}

fn read_stream_on(
    conn: &Connection,
    stream: &str,
    from: StreamFrom,
    direction: Direction,
    limit: usize,
) -> Result<Vec<RecordedEvent>, StoreError> {
    let Some(start) = from.first_version(direction) else {
        return Ok(Vec::new());
    };
    let (cmp, order) = match direction {
        Direction::Forwards => (">=", "ASC"),
        Direction::Backwards => ("<=", "DESC"),
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM events e JOIN streams s ON s.id = e.stream_id \
         WHERE s.name = ?1 AND e.version {cmp} ?2 ORDER BY e.version {order} LIMIT ?3",
        rows::EVENT_COLUMNS
    ))?;
    let mut rows = stmt.query(params![stream, to_i64(start), limit as i64])?;
    let mut out = Vec::with_capacity(limit.min(1024));
    while let Some(row) = rows.next()? {
        out.push(rows::decode(row)?);
    }
    Ok(out)
}

#[async_trait]
impl EventStore for SqliteStore {
    async fn append(
        &self,
        stream: &str,
        expected: ExpectedVersion,
        events: Vec<NewEvent>,
    ) -> Result<AppendResult, StoreError> {
        let stream = stream.to_owned();
        let outcome = self
            .write(|reply| WriteOp::Append {
                stream,
                expected,
                events,
                reply,
            })
            .await
            .and_then(|r| r);
        self.inner.health.observe(&outcome);
        outcome
    }

    async fn read_stream(
        &self,
        stream: &str,
        from: StreamFrom,
        direction: Direction,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let stream = stream.to_owned();
        self.read(move |c| read_stream_on(c, &stream, from, direction, limit))
            .await
    }

    async fn read_all(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        self.read(move |c| read_all_on(c, from_position, limit))
            .await
    }

    fn subscribe_all(
        &self,
        from_position: u64,
    ) -> BoxStream<'static, Result<RecordedEvent, StoreError>> {
        crate::follow::follow(
            self.clone(),
            from_position,
            self.inner.head.clone(),
            crate::follow::Follow {
                poll: None,
                retry_for: std::time::Duration::ZERO,
            },
        )
    }

    async fn head(&self) -> Result<u64, StoreError> {
        self.read(writer::head_position).await
    }

    async fn import(&self, events: Vec<RecordedEvent>) -> Result<(), StoreError> {
        if events.is_empty() {
            return Ok(());
        }
        let outcome = self
            .write(|reply| WriteOp::Import { events, reply })
            .await
            .and_then(|r| r);
        self.inner.health.observe(&outcome);
        outcome
    }

    async fn writable(&self) -> Result<(), WriteFault> {
        self.inner
            .health
            .check(|| async {
                self.write(|reply| WriteOp::Probe { reply })
                    .await
                    .and_then(|r| r)
            })
            .await
    }
}
