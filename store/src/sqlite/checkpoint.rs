//! Checkpoints off the commit path. SQLite's automatic checkpoint runs inside the COMMIT that
//! takes the write-ahead log past 1,000 frames: that commit (and every append of its group)
//! waits for the copy into the database file and its fsync, which made the p99 of a single
//! client ten times its median. Here the writer only notes how long the log is after each
//! commit (a WAL hook, no IO) and a thread of its own, on a connection of its own, checkpoints.
//!
//! Durability does not depend on checkpoints: with synchronous=FULL every commit fsyncs the log
//! before the append is acknowledged, and recovery after a crash replays the log into the
//! database file. A checkpoint only copies frames already durable in the log into the database
//! file (fsyncing it before the log may be written over), so it can run late, be interrupted by
//! a crash, or not run at all, and lose nothing: what it bounds is the log's size, and the work
//! of reads that look pages up in it.

use std::cell::Cell;
use std::ffi::c_int;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::Connection;
use rusqlite::hooks::Wal;

use super::Access;
use crate::StoreError;

/// Frames the log grows by before the checkpointer copies them into the database file:
/// SQLite's own default for its automatic checkpoint.
pub(super) const CHECKPOINT_FRAMES: u32 = 1000;

/// A log this long was not started over after the last checkpoint. Under load it never is: a
/// log can only be started over by a writer that finds every frame copied, and this writer
/// appends while the checkpointer copies (SQLite's own checkpoint, inside the commit, had let it
/// start over: W1 at 64 clients kept a 5 MiB log, where passive checkpoints alone let it grow to
/// 64 MiB). So the checkpointer then also copies what the writer added meanwhile and waits for
/// the log's readers (RESTART): the writer waits for that much (a few frames and an fsync,
/// where the commit used to copy 1,000), and its next transaction starts the log over.
const RESTART_FRAMES: u32 = 2 * CHECKPOINT_FRAMES;

/// A log this long means restarts did not succeed (readers stayed in it): the checkpointer
/// then truncates the file too, so that it does not keep the size it grew to.
const TRUNCATE_FRAMES: u32 = 16 * CHECKPOINT_FRAMES;

/// How long a restarting checkpoint waits for readers to leave the log. It keeps the writer
/// waiting meanwhile (SQLite lets no writer in while it waits), and reads take milliseconds:
/// one that waited longer gives up, and is tried again after the next 1,000 frames.
const RESTART_WAIT: Duration = Duration::from_millis(100);

thread_local! {
    /// Frames in the log after the last commit on this thread's connection, as the WAL hook
    /// reported them. The hook is a plain function (rusqlite passes no closure to it), and each
    /// connection commits on one thread: the writer's.
    static WAL_FRAMES: Cell<u32> = const { Cell::new(0) };
}

fn note_frames(_: &Wal, frames: c_int) -> rusqlite::Result<()> {
    WAL_FRAMES.with(|f| f.set(u32::try_from(frames).unwrap_or(0)));
    Ok(())
}

/// Turns the connection's automatic checkpoint off and has its commits report the log's length
/// (to [`frames_after_commit`] on the committing thread).
pub(super) fn watch_wal(conn: &Connection) -> Result<(), StoreError> {
    // The pragma installs (or removes) SQLite's own WAL hook, so it comes first.
    conn.pragma_update(None, "wal_autocheckpoint", 0)?;
    conn.wal_hook(Some(note_frames));
    WAL_FRAMES.with(|f| f.set(0));
    Ok(())
}

/// Frames in the log after the last commit on this thread.
pub(super) fn frames_after_commit() -> u32 {
    WAL_FRAMES.with(Cell::get)
}

struct State {
    /// The log's length after the last commit.
    frames: u32,
    /// The log's length when it was last checkpointed (0 once the writer started it over).
    checkpointed: u32,
    stop: bool,
}

impl State {
    fn due(&self) -> bool {
        self.frames.saturating_sub(self.checkpointed) >= CHECKPOINT_FRAMES
    }
}

struct Shared {
    state: Mutex<State>,
    wake: Condvar,
    runs: AtomicU64,
}

/// The writer's side: tells the checkpointer how long the log is after each commit.
#[derive(Clone)]
pub(super) struct CheckpointSignal(Arc<Shared>);

impl CheckpointSignal {
    pub(super) fn committed(&self, frames: u32) {
        let Ok(mut state) = self.0.state.lock() else {
            return;
        };
        if frames < state.checkpointed {
            // The writer started the log over after a checkpoint had copied all of it.
            state.checkpointed = 0;
        }
        state.frames = frames;
        if state.due() {
            self.0.wake.notify_one();
        }
    }
}

/// The checkpointing thread; dropping it stops and joins it.
pub(super) struct Checkpointer {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    pub(super) fn start(path: &Path) -> Result<(Self, CheckpointSignal), StoreError> {
        let conn = Access::ReadWrite.connect(path)?;
        // A checkpoint fsyncs the log before copying it and the database file before the log
        // may be started over only if its own connection says so.
        conn.pragma_update(None, "synchronous", "FULL")?;
        // This connection never writes, so its own automatic checkpoint would never run;
        // turned off so that it stays so.
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        // Only restarting checkpoints wait (passive ones never call the busy handler).
        conn.busy_timeout(RESTART_WAIT)?;
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                frames: 0,
                checkpointed: 0,
                stop: false,
            }),
            wake: Condvar::new(),
            runs: AtomicU64::new(0),
        });
        let worker = shared.clone();
        let thread = std::thread::Builder::new()
            .name("ledger-checkpoint".into())
            .spawn(move || run(&conn, &worker))
            .map_err(|e| StoreError::Unavailable(format!("cannot start checkpointer: {e}")))?;
        let signal = CheckpointSignal(shared.clone());
        Ok((
            Checkpointer {
                shared,
                thread: Some(thread),
            },
            signal,
        ))
    }

    /// Checkpoints run since the store was opened.
    pub(super) fn runs(&self) -> u64 {
        self.shared.runs.load(Relaxed)
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        if let Ok(mut state) = self.shared.state.lock() {
            state.stop = true;
        }
        self.shared.wake.notify_one();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn run(conn: &Connection, shared: &Shared) {
    loop {
        let frames = {
            let Ok(mut state) = shared.state.lock() else {
                return;
            };
            while !state.stop && !state.due() {
                state = match shared.wake.wait(state) {
                    Ok(s) => s,
                    Err(_) => return,
                };
            }
            if state.stop {
                return;
            }
            state.frames
        };
        let then = if frames >= TRUNCATE_FRAMES {
            Some("TRUNCATE")
        } else if frames >= RESTART_FRAMES {
            Some("RESTART")
        } else {
            None
        };
        let log = match checkpoint(conn, then) {
            Ok(log) => log,
            Err(e) => {
                tracing::warn!(error = %e, "checkpoint failed; the write-ahead log keeps growing until one succeeds");
                frames
            }
        };
        shared.runs.fetch_add(1, Relaxed);
        if let Ok(mut state) = shared.state.lock() {
            // Next time after the log has grown by another 1,000 frames, whether or not this
            // one could copy every frame (a reader may have held some back): trying again at
            // once would only find the same reader.
            state.checkpointed = state.checkpointed.max(log.max(frames));
        }
    }
}

/// Copies what it can of the log into the database file without waiting for anyone; then, in
/// mode `then` (RESTART or TRUNCATE), the rest, waiting (briefly) for the log's readers.
/// Returns the log's length as the first checkpoint found it.
fn checkpoint(conn: &Connection, then: Option<&str>) -> Result<u32, StoreError> {
    let (_, log, _) = checkpoint_in(conn, "PASSIVE")?;
    if let Some(mode) = then {
        let (busy, _, _) = checkpoint_in(conn, mode)?;
        if busy {
            tracing::info!(
                frames = log,
                mode,
                "the write-ahead log could not be started over: readers stayed in it"
            );
        }
    }
    Ok(u32::try_from(log).unwrap_or(0))
}

fn checkpoint_in(conn: &Connection, mode: &str) -> Result<(bool, i64, i64), StoreError> {
    Ok(
        conn.query_row(&format!("PRAGMA wal_checkpoint({mode})"), [], |r| {
            Ok((r.get::<_, i64>(0)? != 0, r.get(1)?, r.get(2)?))
        })?,
    )
}
