//! The states of the streams this process wrote last, kept by the command handler so that a
//! command on a stream it just wrote reads no row and decodes no JSON.
//!
//! Safe because of the append's `Exact` version check: a state here is put after its append
//! committed, and if it is ever behind the stream (on PostgreSQL another server may have written
//! it since; an embedded ledger has one writer, its lock file refuses a second), the append
//! decided on it fails with a version conflict, which evicts it, and the retry loads from the
//! state store. Nothing is refused on a cached state alone: a client's `expectedVersion` that
//! differs from it, a refused authorisation and a refused decision are each tried again on the
//! stored state (`Ledger::execute`), so a stale entry costs one extra load, never a wrong answer.

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
