//! The command side: load an aggregate from the state store, decide, append with its version,
//! and retry when another writer got there first and the command is still valid (DESIGN §5).
//! One path for every aggregate ([`Ledger::execute`]); what differs per aggregate is the facts
//! its decisions need ([`Handled`]).

mod bid;
mod cache;
mod catalogue;
mod committee;
mod contest;
mod contract;
mod execute;
mod expert_pool;
mod history;
mod menu;
mod organisation;
mod performance;
mod procurement;
mod tick;

pub use bid::{BidSealing, init_key as init_bid_key};
pub use execute::{Handled, Outcome};
pub use history::History;
pub use tick::{
    ClockFailed, ClockFired, Fired, MAX_CLOCKS_PER_TICK, PREVIEW_YEARS, ProcurementTick, TickMode,
};

use std::sync::Arc;

use chrono::{DateTime, Utc};
use civic_domain::calendar::{Calendar, china_date};
use civic_domain::policy::Policy;
use civic_domain::{Aggregate, DomainError, Organisation};
use civic_projections::postgres::{PgLedgerProjection, PgReadModels};
use civic_projections::sqlite::{LedgerProjection, SqliteReadModels};
use civic_projections::{PolicyLookup, ReadModelError, ReadModelSet, ReadModels};
use civic_store::postgres::{PostgresOptions, PostgresStore};
use civic_store::sqlite::{SqliteOptions, SqliteStore, WriterStats};
use civic_store::{EventStore, StoreError};
use uuid::Uuid;

use crate::auth::Claims;
use crate::policy::{PolicyError, PolicyTable, load_calendar};

/// Conflicting writers beyond this many attempts get a CONFLICT instead of another retry.
const MAX_ATTEMPTS: usize = 8;

/// Errors of the application layer, each with the GraphQL code it is reported under.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("{0}")]
    NotFound(Said),
    #[error("{0}")]
    Conflict(Said),
    #[error("{message}")]
    Rejected { rule: Option<String>, message: Said },
    #[error("{0}")]
    Forbidden(Said),
    #[error("{0}")]
    Validation(Said),
    /// Never translated: a clerk is given a reference to quote, not the fault.
    #[error("{0}")]
    Internal(String),
}

/// What the application layer tells a client, in English and, where it has one, in Chinese
/// (shown to clients that ask for it, as [`DomainError::zh`] is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub en: String,
    pub zh: Option<String>,
}

impl Said {
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Said {
            en: en.into(),
            zh: Some(zh.into()),
        }
    }

    /// This message after what it explains: "context: message", "背景：消息".
    pub fn prefixed(self, en: &str, zh: &str) -> Self {
        let inner_zh = self.zh.as_deref().unwrap_or(&self.en);
        Said {
            zh: Some(format!("{zh}：{inner_zh}")),
            en: format!("{en}: {}", self.en),
        }
    }
}

impl From<String> for Said {
    fn from(en: String) -> Self {
        Said { en, zh: None }
    }
}

impl From<&str> for Said {
    fn from(en: &str) -> Self {
        en.to_owned().into()
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

impl LedgerError {
    /// NOT_FOUND of the stream `id` of a kind of record, named in both languages (its
    /// [`Handled::NOUN`] and [`Handled::NOUN_ZH`]).
    pub fn missing(noun: &str, noun_zh: &str, id: &str) -> Self {
        LedgerError::NotFound(Said::new(
            format!("no {noun} has id {id}"),
            format!("没有编号为 {id} 的{noun_zh}"),
        ))
    }

    /// CONFLICT: what the client read is no longer the record as it stands.
    pub fn changed(en: String, noun_zh: &str) -> Self {
        LedgerError::Conflict(Said::new(
            en,
            format!("该{noun_zh}已被他人修改，请刷新后重试"),
        ))
    }
}

impl From<StoreError> for LedgerError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::WrongExpectedVersion { .. } => {
                LedgerError::Conflict(Said::new(e.to_string(), "该记录已被他人修改，请刷新后重试"))
            }
            StoreError::Rejected { rule, message } => LedgerError::Rejected {
                rule,
                message: message.into(),
            },
            StoreError::InvalidEvent(m) => LedgerError::Validation(Said::new(
                m,
                "要记录的内容不符合记录格式的要求（如内容过多），请减少内容后重试",
            )),
            other => LedgerError::Internal(other.to_string()),
        }
    }
}

impl From<ReadModelError> for LedgerError {
    fn from(e: ReadModelError) -> Self {
        match e {
            ReadModelError::BadCursor(m) => {
                LedgerError::Validation(Said::new(m, "分页游标无效，请从第一页重新查询"))
            }
            ReadModelError::Store(s) => s.into(),
            other => LedgerError::Internal(other.to_string()),
        }
    }
}

/// Who asks, and how the command is tracked.
#[derive(Debug, Clone)]
pub struct CommandMeta {
    pub actor: Claims,
    pub command_id: Option<Uuid>,
    pub expected_version: Option<u64>,
    pub correlation_id: Uuid,
}

/// Where a ledger's events and read models live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreLocation {
    /// The embedded store, `<data-dir>/ledger.db`: one server, nothing to install.
    Embedded,
    /// A PostgreSQL database that several servers share.
    Postgres(String),
}

impl std::str::FromStr for StoreLocation {
    type Err = String;

    /// `embedded` (or `sqlite`), or a `postgres://` / `postgresql://` URL.
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if s.is_empty() || s == "embedded" || s == "sqlite" {
            Ok(StoreLocation::Embedded)
        } else if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Ok(StoreLocation::Postgres(s.to_owned()))
        } else {
            Err(format!(
                "the store is `embedded` or a postgres:// URL, not {:?}",
                s.split_once('@').map_or(s, |(_, host)| host)
            ))
        }
    }
}

/// The store a ledger was opened on: each backend with the read models it projects inline.
#[derive(Clone)]
enum Backend {
    Embedded(SqliteStore),
    Shared(PostgresStore),
}

/// The ledger of one deployment: its store, the read models projected inline into it, and the
/// policy table and calendar its rules read.
#[derive(Clone)]
pub struct Ledger {
    backend: Backend,
    store: Arc<dyn EventStore>,
    read: Arc<dyn ReadModels>,
    /// The projectors, shared with the inline projection: the handler prepares each append's
    /// read-model changes with them and hands them over.
    set: Arc<ReadModelSet>,
    /// The states this process wrote last (see [`cache`]).
    cache: Arc<cache::StateCache>,
    policy: Arc<PolicyTable>,
    calendar: Arc<Calendar>,
    /// The bid-sealing key of the data directory (see [`bid`]).
    sealing: Arc<bid::BidSealing>,
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Policy(#[from] PolicyError),
}

pub fn organisation_stream(id: &Uuid) -> String {
    format!("{}-{id}", Organisation::CATEGORY)
}

impl Ledger {
    /// Opens the ledger with the policy table and calendar of a data directory
    /// (`<data-dir>/policy.json` and `<data-dir>/holidays.txt` when present); the embedded
    /// store lives there too.
    pub async fn open(data_dir: &std::path::Path, at: &StoreLocation) -> Result<Self, OpenError> {
        Self::open_waiting(data_dir, at, std::time::Duration::ZERO).await
    }

    /// Like [`Ledger::open`], waiting up to `lock_wait` for another process (a concurrent
    /// `tick` or `import`) to finish with an embedded ledger. (Servers share a PostgreSQL
    /// ledger without waiting.)
    pub async fn open_waiting(
        data_dir: &std::path::Path,
        at: &StoreLocation,
        lock_wait: std::time::Duration,
    ) -> Result<Self, OpenError> {
        let policy = Arc::new(PolicyTable::load(data_dir)?);
        let calendar = Arc::new(load_calendar(data_dir)?);
        let table = policy.clone();
        let lookup: PolicyLookup =
            Arc::new(move |jurisdiction: &str, on| table.resolve(jurisdiction, on));
        let set = Arc::new(ReadModelSet::new(lookup));
        let (backend, store, read): (_, Arc<dyn EventStore>, Arc<dyn ReadModels>) = match at {
            StoreLocation::Embedded => {
                let data_dir = data_dir.to_owned();
                let set = set.clone();
                // Opening catches the read models up with the log: blocking work.
                let store = tokio::task::spawn_blocking(move || {
                    SqliteStore::open(
                        &data_dir.join("ledger.db"),
                        SqliteOptions {
                            read_only: false,
                            inline: Some(Arc::new(LedgerProjection::of(set.clone()))),
                            lock_wait,
                        },
                    )
                })
                .await
                .map_err(|e| StoreError::Unavailable(format!("opening the store failed: {e}")))??;
                (
                    Backend::Embedded(store.clone()),
                    Arc::new(store.clone()),
                    Arc::new(SqliteReadModels::new(store)),
                )
            }
            StoreLocation::Postgres(url) => {
                let store = PostgresStore::connect(
                    url,
                    PostgresOptions {
                        inline: Some(Arc::new(PgLedgerProjection::of(set.clone()))),
                        ..PostgresOptions::default()
                    },
                )
                .await?;
                (
                    Backend::Shared(store.clone()),
                    Arc::new(store.clone()),
                    Arc::new(PgReadModels::new(store)),
                )
            }
        };
        let cache = Arc::new(cache::StateCache::new());
        // One server may make its own key; servers sharing PostgreSQL must share one key file.
        let sealing = Arc::new(bid::BidSealing::new(
            data_dir,
            matches!(at, StoreLocation::Embedded),
        ));
        Ok(Ledger {
            backend,
            store,
            read,
            set,
            cache,
            policy,
            calendar,
            sealing,
        })
    }

    /// The policy in force for an organisation's jurisdiction on the day of `at`.
    pub fn policy_for(&self, jurisdiction: Option<&str>, at: DateTime<Utc>) -> Arc<Policy> {
        self.policy
            .resolve(jurisdiction.unwrap_or("100000"), china_date(at))
    }

    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The event store, whichever backend it is.
    pub fn store(&self) -> &Arc<dyn EventStore> {
        &self.store
    }

    /// The read models projected into the store.
    pub fn read_models(&self) -> &dyn ReadModels {
        self.read.as_ref()
    }

    /// The store writer's group-commit counters (both backends batch the appends waiting).
    pub fn writer_stats(&self) -> Option<&WriterStats> {
        match &self.backend {
            Backend::Embedded(store) => Some(store.stats()),
            Backend::Shared(store) => Some(store.stats()),
        }
    }

    /// `embedded` or `postgresql`, for logs and metrics.
    pub fn backend_name(&self) -> &'static str {
        match &self.backend {
            Backend::Embedded(_) => "embedded",
            Backend::Shared(_) => "postgresql",
        }
    }
}
