//! What `/readyz` reports: whether the ledger can be read, written, and trusted.
//!
//! * **Written**: the store's own account of its writes ([`EventStore::writable`]): a failed
//!   append (a full disk, an I/O error) is reported until a write or a probe succeeds.
//! * **Trusted**: every hash chain is re-computed once at start-up, in the background, so that a
//!   server on a ledger altered behind its back says so instead of serving it. A big ledger
//!   takes a while, the more so as the check takes at most a quarter of a core: the server
//!   serves meanwhile and says how far the check has come, because refusing every request
//!   until then would turn each restart into an outage. Events appended by the server itself continue
//!   chains it computed, so one pass suffices for as long as it runs.

use std::sync::{Arc, Mutex};

use civic_store::{ChainBreak, EventStore, verify_store_paced};

/// A store whose probe write takes longer is not ready: its writes would time out too.
const WRITE_CHECK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The share of a core the start-up check may take: the rest is the requests'.
const CHECK_SHARE: f64 = 0.25;

#[derive(Debug, Clone)]
enum Chains {
    Verifying {
        checked: u64,
    },
    Intact {
        events: u64,
    },
    Broken(ChainBreak),
    /// The check itself could not run to its end (the store failed while reading).
    Unchecked(String),
}

/// The start-up chain check's progress and outcome; clones share it.
#[derive(Clone)]
pub struct Readiness {
    chains: Arc<Mutex<Chains>>,
}

/// What `/readyz` answers.
pub struct Report {
    pub ready: bool,
    pub text: String,
}

impl Readiness {
    /// Starts re-computing every chain of `store` in the background.
    pub fn start(store: Arc<dyn EventStore>) -> Self {
        let chains = Arc::new(Mutex::new(Chains::Verifying { checked: 0 }));
        let shared = chains.clone();
        tokio::spawn(async move {
            let progress = shared.clone();
            let outcome = verify_store_paced(
                store.as_ref(),
                move |checked| set(&progress, Chains::Verifying { checked }),
                CHECK_SHARE,
            )
            .await;
            let done = match outcome {
                Ok(report) => match report.first_break {
                    None => Chains::Intact {
                        events: report.events,
                    },
                    Some(b) => {
                        tracing::error!(%b, "a hash chain is broken: the ledger was altered");
                        Chains::Broken(b)
                    }
                },
                Err(e) => {
                    tracing::error!(error = %e, "the start-up chain check could not finish");
                    Chains::Unchecked(e.to_string())
                }
            };
            set(&shared, done);
        });
        Readiness { chains }
    }

    /// Ready unless the store cannot be read or written, or a chain is broken. The first line
    /// is `ready; N events` or `not ready: why`; a second says how far the chain check is.
    pub async fn report(&self, store: &dyn EventStore) -> Report {
        let head = match store.head().await {
            Ok(h) => h,
            Err(e) => return not_ready(format!("the ledger cannot be read: {e}")),
        };
        let chains = self
            .chains
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let chains = match chains {
            Chains::Broken(b) => {
                return not_ready(format!(
                    "hash chain broken at {b}; the ledger was altered outside civic-ledger \
                     (`civic-ledger verify` names the first break)"
                ));
            }
            Chains::Verifying { checked } => {
                format!("hash chains: verifying, {checked} of {head} events checked")
            }
            Chains::Intact { events } => {
                format!(
                    "hash chains: intact ({events} events verified at start-up; later ones \
                     were chained by this server)"
                )
            }
            Chains::Unchecked(why) => format!("hash chains: not checked ({why})"),
        };
        match tokio::time::timeout(WRITE_CHECK_TIMEOUT, store.writable()).await {
            Ok(Ok(())) => {}
            Ok(Err(fault)) => {
                return not_ready(format!(
                    "writes fail since {}: {fault}",
                    crate::graphql::scalars::shanghai(&fault.since)
                ));
            }
            Err(_) => {
                return not_ready(format!(
                    "a probe write did not complete within {} s",
                    WRITE_CHECK_TIMEOUT.as_secs()
                ));
            }
        }
        Report {
            ready: true,
            text: format!("ready; {head} events\n{chains}\n"),
        }
    }
}

fn set(chains: &Mutex<Chains>, value: Chains) {
    *chains.lock().unwrap_or_else(|p| p.into_inner()) = value;
}

fn not_ready(why: String) -> Report {
    Report {
        ready: false,
        text: format!("not ready: {why}\n"),
    }
}
