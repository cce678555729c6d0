//! `subscribe_all` for every backend: read pages of `$all` from a position, and when there is
//! nothing more, wait for a commit to be announced (or poll). What is delivered is always what
//! `read_all` returns, in position order, so a missed wake-up delays an event, never loses it.

use std::time::{Duration, Instant};

use futures::stream::BoxStream;
use tokio::sync::watch;

use crate::{EventStore, RecordedEvent, StoreError};

/// How a backend's subscriptions wait and what they forgive.
pub(crate) struct Follow {
    /// Read again after this long without a wake-up (for wake-ups that can be lost).
    pub poll: Option<Duration>,
    /// How long reads may fail with [`StoreError::Unavailable`] before the subscription ends
    /// with the error (zero: at the first).
    pub retry_for: Duration,
}

pub(crate) fn follow<S: EventStore + Clone + 'static>(
    store: S,
    from_position: u64,
    mut wake: watch::Receiver<u64>,
    how: Follow,
) -> BoxStream<'static, Result<RecordedEvent, StoreError>> {
    let (tx, rx) = tokio::sync::mpsc::channel(1024);
    tokio::spawn(async move {
        let mut next = from_position.max(1);
        let mut failing_since: Option<Instant> = None;
        let idle = || async {
            match how.poll {
                Some(every) => tokio::time::sleep(every).await,
                None => std::future::pending().await,
            }
        };
        loop {
            // Marked seen before reading: a commit after this point wakes `changed` below.
            wake.borrow_and_update();
            let page = match store.read_all(next, 1024).await {
                Ok(page) => {
                    failing_since = None;
                    page
                }
                Err(e @ StoreError::Unavailable(_))
                    if failing_since.get_or_insert_with(Instant::now).elapsed() < how.retry_for =>
                {
                    tracing::warn!(error = %e, "a subscription's read failed; retrying");
                    tokio::select! {
                        _ = tokio::time::sleep(Duration::from_millis(250)) => {}
                        _ = tx.closed() => return,
                    }
                    continue;
                }
                Err(e) => {
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            };
            if page.is_empty() {
                tokio::select! {
                    changed = wake.changed() => if changed.is_err() { return },
                    _ = idle() => {}
                    _ = tx.closed() => return,
                }
                continue;
            }
            for event in page {
                next = event.position + 1;
                if tx.send(Ok(event)).await.is_err() {
                    return;
                }
            }
        }
    });
    Box::pin(futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    }))
}
