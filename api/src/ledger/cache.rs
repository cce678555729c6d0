//! The states of the streams this process wrote last, kept by the embedded store's command
//! handler so that a command on a stream it just wrote reads no row and decodes no JSON.
//!
//! Safe because of the append's `Exact` version check: only this process writes an embedded
//! ledger (its lock file refuses a second writer), and a state here is put after its append
//! committed; if it were ever behind the stream, the append decided on it would fail with a
//! version conflict, which evicts it, and the retry loads from the state store. On PostgreSQL
//! other servers write too, so there the handler always loads from the state store (a stale
//! version would also turn a client's `expectedVersion` into a false CONFLICT).

use std::any::Any;
use std::sync::{Arc, Mutex};

use hashlink::LruCache;

use super::execute::{Handled, Outcome};

/// Streams kept: each a few KiB of state at most, so a few tens of MiB.
const STREAMS: usize = 4096;

struct Entry {
    version: u64,
    position: u64,
    state: Arc<dyn Any + Send + Sync>,
}

pub(super) struct StateCache {
    entries: Mutex<LruCache<String, Entry>>,
}

impl StateCache {
    pub fn new() -> Self {
        StateCache {
            entries: Mutex::new(LruCache::new(STREAMS)),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<String, Entry>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn get<A: Handled>(&self, stream: &str) -> Option<Outcome<A>> {
        let mut entries = self.lock();
        let entry = entries.get(stream)?;
        let state = entry.state.downcast_ref::<A>()?.clone();
        Some(Outcome {
            state,
            version: entry.version,
            position: entry.position,
        })
    }

    pub fn put<A: Handled>(&self, stream: &str, outcome: &Outcome<A>) {
        self.lock().insert(
            stream.to_owned(),
            Entry {
                version: outcome.version,
                position: outcome.position,
                state: Arc::new(outcome.state.clone()),
            },
        );
    }

    pub fn forget(&self, stream: &str) {
        self.lock().remove(stream);
    }
}
