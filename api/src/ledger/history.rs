//! A stream's events with the state each one left behind, for an auditor's timeline: what every
//! event changed is the difference between the state before it and after it.

use civic_domain::DomainEvent;
use civic_store::{Direction, RecordedEvent, StreamFrom};

use super::execute::Handled;
use super::{Ledger, LedgerError};

/// Events `from_version..from_version + first` of a stream, and the state before the first.
pub struct History<A> {
    pub before: A,
    /// Each event with the state it left.
    pub steps: Vec<(RecordedEvent, A)>,
    /// Whether the stream goes on past the last step.
    pub more: bool,
}

impl Ledger {
    /// The state before `from_version` comes from the nearest snapshot, so a page deep into a
    /// long stream folds no more than a snapshot interval plus the page.
    pub async fn history<A: Handled>(
        &self,
        stream: &str,
        from_version: u64,
        first: usize,
    ) -> Result<History<A>, LedgerError> {
        let before = match from_version.checked_sub(1) {
            None => A::default(),
            Some(v) => self
                .at_version::<A>(stream, v)
                .await?
                .map(|o| o.state)
                .unwrap_or_default(),
        };
        let page = self
            .store
            .read_stream(
                stream,
                StreamFrom::Version(from_version),
                Direction::Forwards,
                first + 1,
            )
            .await?;
        let more = page.len() > first;
        let mut state = before.clone();
        let mut steps = Vec::with_capacity(page.len().min(first));
        for e in page.into_iter().take(first) {
            let event = A::Event::from_stored(&e.kind, e.schema, &e.data).map_err(|err| {
                LedgerError::Internal(format!("{} v{}: {err}", e.stream, e.version))
            })?;
            state = state.evolve(&event);
            steps.push((e, state.clone()));
        }
        Ok(History {
            before,
            steps,
            more,
        })
    }
}

impl Ledger {
    /// The version of the first event of `stream` recorded after log position `after`, if any.
    /// Positions grow with versions within a stream, so a binary search over the versions
    /// finds it in a handful of one-event reads however long the stream.
    pub async fn first_version_after(
        &self,
        stream: &str,
        after: u64,
    ) -> Result<Option<u64>, LedgerError> {
        let last = self
            .store
            .read_stream(stream, StreamFrom::End, Direction::Backwards, 1)
            .await?;
        let Some(last) = last.first() else {
            return Ok(None);
        };
        if last.position <= after {
            return Ok(None);
        }
        // The answer lies in lo..=hi: the event at `hi` is after `after`.
        let (mut lo, mut hi) = (0, last.version);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let position = self.position_of(stream, mid).await?;
            if position > after {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Ok(Some(lo))
    }

    /// The stream as it stood at log position `at` (its last event at or before it), with
    /// that event's version and position; `None` if it had not begun.
    pub async fn at_position<A: Handled>(
        &self,
        stream: &str,
        at: u64,
    ) -> Result<Option<super::Outcome<A>>, LedgerError> {
        let version = match self.first_version_after(stream, at).await? {
            Some(0) => return Ok(None),
            Some(v) => v - 1,
            None => {
                let last = self
                    .store
                    .read_stream(stream, StreamFrom::End, Direction::Backwards, 1)
                    .await?;
                match last.first() {
                    Some(e) => e.version,
                    None => return Ok(None),
                }
            }
        };
        self.at_version::<A>(stream, version).await
    }

    async fn position_of(&self, stream: &str, version: u64) -> Result<u64, LedgerError> {
        let page = self
            .store
            .read_stream(stream, StreamFrom::Version(version), Direction::Forwards, 1)
            .await?;
        match page.first() {
            Some(e) if e.version == version => Ok(e.position),
            _ => Err(LedgerError::Internal(format!(
                "{stream} has no version {version} though later ones exist"
            ))),
        }
    }
}
