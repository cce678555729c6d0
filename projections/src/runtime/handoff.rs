//! The command handler's changes, handed to the inline projection of the same process: the
//! handler folded the state and worked out every projector's changes before it appended, so the
//! writer (on PostgreSQL: while the position counter is held) only writes them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use civic_store::RecordedEvent;
use uuid::Uuid;

use super::change::Changes;

/// The changes of one append, to apply if the append's events land where they were decided
/// (the version check of the append makes that certain; the writer checks it again).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub stream: String,
    pub first_version: u64,
    pub events: usize,
    pub changes: Changes,
}

/// Prepared changes by the id of their append's first event.
#[derive(Debug, Default, Clone)]
pub struct Handoff {
    waiting: Arc<Mutex<HashMap<Uuid, Prepared>>>,
}

impl Handoff {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Uuid, Prepared>> {
        // A panic elsewhere while holding it leaves a map that is still whole.
        self.waiting.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Offers the changes of the append whose first event is `first_event`; the returned guard
    /// withdraws them when dropped (after the append, whatever its outcome), so none is left
    /// behind by a refused or replayed append.
    pub fn offer(&self, first_event: Uuid, prepared: Prepared) -> Offered {
        self.lock().insert(first_event, prepared);
        Offered {
            handoff: self.clone(),
            first_event,
        }
    }

    /// The changes prepared for the append that `events` start with, with how many events
    /// it has, if they were prepared and the events landed where they were decided.
    pub(crate) fn matching(&self, events: &[RecordedEvent]) -> Option<(Prepared, usize)> {
        let first = events.first()?;
        // Left on offer (the handler's guard withdraws it): a batch rolled back and retried
        // append by append finds it again.
        let prepared = self.lock().get(&first.id)?.clone();
        let n = prepared.events;
        prepared.landed(events.get(..n)?).then_some((prepared, n))
    }

    /// The changes prepared for an append of `events` events whose first is `first_event`, if
    /// they were decided for versions `first_version..` of `stream` (an append of a batch that
    /// passed its checks, before its events have positions).
    pub(crate) fn planned(
        &self,
        first_event: Uuid,
        stream: &str,
        first_version: u64,
        events: usize,
    ) -> Option<Prepared> {
        let prepared = self.lock().get(&first_event)?.clone();
        (prepared.stream == stream
            && prepared.first_version == first_version
            && prepared.events == events)
            .then_some(prepared)
    }
}

impl Prepared {
    /// Whether `events` are this append's, at the stream and versions it was decided for.
    pub(crate) fn landed(&self, events: &[RecordedEvent]) -> bool {
        events.len() == self.events
            && events
                .iter()
                .enumerate()
                .all(|(k, e)| e.stream == self.stream && e.version == self.first_version + k as u64)
    }
}

/// Changes on offer until dropped.
pub struct Offered {
    handoff: Handoff,
    first_event: Uuid,
}

impl Drop for Offered {
    fn drop(&mut self) {
        self.handoff.lock().remove(&self.first_event);
    }
}
