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
