//! Read models of civic-ledger. Each is projected from the event log: inline, in the append's
//! own transaction in the store's own database (a query after a mutation sees it, on any
//! server), and by catch-up when the log is ahead of it (a new read model, or a rebuild).
//! Both backends keep the same tables with the same meaning; the application queries them
//! through [`ReadModels`].

mod commands;
mod error;
pub mod organisations;
pub mod postgres;
mod read_models;
pub mod sqlite;

use std::sync::{Arc, Mutex, MutexGuard};

use chrono::NaiveDate;
use civic_domain::policy::Policy;

pub use commands::CommandOutcome;
pub use error::ReadModelError;
pub use read_models::ReadModels;

/// Bumped whenever a read model's tables or meaning change: a store opened with a newer version
/// drops the read models and replays the log into them.
const READ_MODEL_VERSION: i64 = 9;

/// Organisations a rebuild holds in memory by default before writing them out: a few hundred
/// MiB at most.
const REBUILD_LIMIT: usize = 100_000;

/// What a rebuild from nothing keeps in memory between pages (set only while one runs; the one
/// that runs is the only caller), and how many organisations it holds at most.
struct RebuildSlot<T> {
    held: Mutex<Option<T>>,
    limit: usize,
}

impl<T> RebuildSlot<T> {
    fn new(limit: usize) -> Self {
        RebuildSlot {
            held: Mutex::new(None),
            limit: limit.max(1),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Option<T>> {
        self.held.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The policy in force for a jurisdiction on a date (the deployment's policy table).
pub type PolicyLookup = Arc<dyn Fn(&str, NaiveDate) -> Policy + Send + Sync>;

fn national_defaults() -> PolicyLookup {
    Arc::new(|_: &str, _| Policy::default())
}
