//! Whether the store can write now, for a readiness check that does not lie.
//!
//! Reading the head proves the store can be read, not written: a full disk, a file whose size
//! limit was reached, or a PostgreSQL server turned read-only all leave reads working. So each
//! backend remembers the outcome of its last write, and a store whose last write failed (or that
//! has not written for a while) is probed with a small real write before it is called writable.
//! Probes are rate-limited, because `/readyz` is public and each probe costs a commit.

use std::future::Future;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::StoreError;

/// Without a write for this long, writability is probed rather than assumed.
const TRUST_FOR: Duration = Duration::from_secs(10);
/// At most one probe this often; callers in between get the last probe's answer.
const PROBE_EVERY: Duration = Duration::from_secs(1);

/// Why writes are failing, and since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteFault {
    pub since: DateTime<Utc>,
    pub message: String,
}

impl std::fmt::Display for WriteFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)
    }
}

#[derive(Default)]
struct State {
    fault: Option<WriteFault>,
    /// When a write (or probe) last succeeded.
    succeeded: Option<Instant>,
    probed: Option<Instant>,
}

/// The write outcomes of one store.
#[derive(Default)]
pub(crate) struct WriteHealth {
    state: Mutex<State>,
    /// One probe at a time.
    probing: tokio::sync::Mutex<()>,
}

impl WriteHealth {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // The state is a few plain fields: a panic elsewhere cannot leave it inconsistent.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records a write's outcome. Only a failure of the store itself counts: a caller's
    /// mistake (a wrong expected version, a refused event) says nothing about the disk.
    pub(crate) fn observe<T>(&self, outcome: &Result<T, StoreError>) {
        match outcome {
            Ok(_) => self.succeeded(),
            Err(e @ StoreError::Unavailable(_)) => self.failed(&e.to_string()),
            Err(_) => {}
        }
    }

    fn succeeded(&self) {
        let mut s = self.lock();
        s.fault = None;
        s.succeeded = Some(Instant::now());
    }

    fn failed(&self, message: &str) {
        let mut s = self.lock();
        let since = s.fault.as_ref().map_or_else(Utc::now, |f| f.since);
        s.fault = Some(WriteFault {
            since,
            message: message.to_owned(),
        });
    }

    /// `Ok` when the store can write, else why not. Trusts a recent successful write; otherwise
    /// runs `probe` (a write that changes nothing the ledger shows), at most once per
    /// [`PROBE_EVERY`].
    pub(crate) async fn check<F>(&self, probe: impl FnOnce() -> F) -> Result<(), WriteFault>
    where
        F: Future<Output = Result<(), StoreError>>,
    {
        let fresh = |s: &State| match (&s.fault, s.succeeded) {
            (None, Some(at)) => at.elapsed() < TRUST_FOR,
            _ => false,
        };
        let recently_probed = |s: &State| s.probed.is_some_and(|at| at.elapsed() < PROBE_EVERY);
        {
            let s = self.lock();
            if fresh(&s) {
                return Ok(());
            }
            if recently_probed(&s) {
                return s.fault.clone().map_or(Ok(()), Err);
            }
        }
        let _one = self.probing.lock().await;
        {
            let mut s = self.lock();
            // Another caller may have probed while this one waited.
            if fresh(&s) || recently_probed(&s) {
                return s.fault.clone().map_or(Ok(()), Err);
            }
            s.probed = Some(Instant::now());
        }
        let outcome = probe().await;
        match &outcome {
            Ok(()) => self.succeeded(),
            Err(e) => self.failed(&e.to_string()),
        }
        self.lock().fault.clone().map_or(Ok(()), Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_failed_write_is_reported_until_a_probe_or_a_write_succeeds() {
        let health = WriteHealth::default();
        health.observe::<()>(&Ok(()));
        assert_eq!(health.check(|| async { unreachable!() }).await, Ok(()));

        health.observe::<()>(&Err(StoreError::Unavailable("disk is full".into())));
        let fault = health
            .check(|| async { Err(StoreError::Unavailable("disk is full".into())) })
            .await
            .unwrap_err();
        assert!(fault.message.contains("disk is full"), "{fault}");
        // Within a second the last probe's answer stands, without another write.
        assert!(health.check(|| async { unreachable!() }).await.is_err());

        health.observe::<()>(&Ok(()));
        assert_eq!(health.check(|| async { unreachable!() }).await, Ok(()));
    }

    #[tokio::test]
    async fn a_callers_mistake_is_not_a_store_failure() {
        let health = WriteHealth::default();
        health.observe::<()>(&Ok(()));
        health.observe::<()>(&Err(StoreError::InvalidEvent("empty".into())));
        assert_eq!(health.check(|| async { unreachable!() }).await, Ok(()));
    }

    #[tokio::test]
    async fn a_store_that_never_wrote_is_probed() {
        let health = WriteHealth::default();
        let fault = health
            .check(|| async { Err(StoreError::Unavailable("read-only".into())) })
            .await
            .unwrap_err();
        assert_eq!(fault.message, "event store unavailable: read-only");
    }
}
