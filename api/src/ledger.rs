//! The command side: load an aggregate from its stream, decide, append with its version, and
//! retry when another writer got there first and the command is still valid (DESIGN §5).

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use civic_domain::calendar::{Calendar, china_date};
use civic_domain::policy::Policy;
use civic_domain::{
    Aggregate, Context, DomainCommand, DomainError, DomainEvent, Organisation, OrganisationCommand,
    OrganisationEvent, RegistryFacts,
};
use civic_projections::organisations::{self, OrganisationRow};
use civic_projections::postgres::{PgLedgerProjection, PgReadModels};
use civic_projections::sqlite::{LedgerProjection, SqliteReadModels};
use civic_projections::{PolicyLookup, ReadModelError, ReadModels};
use civic_store::postgres::{PostgresOptions, PostgresStore};
use civic_store::sqlite::{SqliteOptions, SqliteStore, WriterStats};
use civic_store::{
    Direction, EventStore, ExpectedVersion, NewEvent, RecordedEvent, StoreError, StreamFrom,
};
use serde_json::json;
use uuid::Uuid;

use crate::auth::{Claims, Role};
use crate::graphql::scalars::shanghai;
use crate::policy::{PolicyError, PolicyTable, load_calendar};

/// Conflicting writers beyond this many attempts get a CONFLICT instead of another retry.
const MAX_ATTEMPTS: usize = 8;

/// Errors of the application layer, each with the GraphQL code it is reported under.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{message}")]
    Rejected {
        rule: Option<String>,
        message: String,
    },
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    Validation(String),
    #[error("{0}")]
    Internal(String),
}

impl From<StoreError> for LedgerError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::WrongExpectedVersion { .. } => LedgerError::Conflict(e.to_string()),
            StoreError::Rejected { rule, message } => LedgerError::Rejected { rule, message },
            StoreError::InvalidEvent(m) => LedgerError::Validation(m),
            other => LedgerError::Internal(other.to_string()),
        }
    }
}

impl From<ReadModelError> for LedgerError {
    fn from(e: ReadModelError) -> Self {
        match e {
            ReadModelError::BadCursor(m) => LedgerError::Validation(m),
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

/// What a command left behind.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub state: Organisation,
    /// The stream's version after the command.
    pub version: u64,
    /// The global position of the last event written.
    pub position: u64,
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
    policy: Arc<PolicyTable>,
    calendar: Arc<Calendar>,
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Policy(#[from] PolicyError),
}

/// One time-driven transition fired by [`Ledger::tick`].
#[derive(Debug, Clone)]
pub struct Fired {
    pub organisation: Uuid,
    pub command: &'static str,
    /// The stream's version after it (in a preview: would be).
    pub version: u64,
    /// The day it fell due; what it records is dated by it.
    pub due_on: NaiveDate,
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
        let (backend, store, read): (_, Arc<dyn EventStore>, Arc<dyn ReadModels>) = match at {
            StoreLocation::Embedded => {
                let data_dir = data_dir.to_owned();
                // Opening catches the read models up with the log: blocking work.
                let store = tokio::task::spawn_blocking(move || {
                    SqliteStore::open(
                        &data_dir.join("ledger.db"),
                        SqliteOptions {
                            read_only: false,
                            inline: Some(Arc::new(LedgerProjection::new(lookup))),
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
                        inline: Some(Arc::new(PgLedgerProjection::new(lookup))),
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
        Ok(Ledger {
            backend,
            store,
            read,
            policy,
            calendar,
        })
    }

    /// The policy in force for an organisation's jurisdiction on the day of `at`.
    pub fn policy_for(&self, jurisdiction: Option<&str>, at: DateTime<Utc>) -> Policy {
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

    /// Folds a stream up to (and including) `until`, or to its end.
    async fn fold(
        &self,
        id: &Uuid,
        start: Option<OrganisationRow>,
        until: impl Fn(&RecordedEvent) -> bool,
    ) -> Result<Option<(Organisation, u64, u64)>, LedgerError> {
        let stream = organisation_stream(id);
        let (mut state, mut last, mut from) = match start {
            Some(s) => (s.state, Some((s.version, s.last_position)), s.version + 1),
            None => (Organisation::default(), None, 0),
        };
        // A fold from a snapshot usually stops within SNAPSHOT_EVERY events (the next snapshot
        // is that far on): a first page of that size reads no more events than it folds (a
        // page of 1,024 had made time travel four times as slow), later pages are bigger.
        let mut size = organisations::SNAPSHOT_EVERY as usize;
        loop {
            let page = self
                .store
                .read_stream(
                    &stream,
                    StreamFrom::Version(from),
                    Direction::Forwards,
                    size,
                )
                .await?;
            let done = page.len() < size;
            size = 1024;
            for e in &page {
                if !until(e) {
                    return Ok(last.map(|(v, p)| (state, v, p)));
                }
                let event =
                    OrganisationEvent::from_stored(&e.kind, e.schema, &e.data).map_err(|err| {
                        LedgerError::Internal(format!("{} v{}: {err}", e.stream, e.version))
                    })?;
                state = state.evolve(&event);
                last = Some((e.version, e.position));
                from = e.version + 1;
            }
            if done {
                return Ok(last.map(|(v, p)| (state, v, p)));
            }
        }
    }

    /// The organisation as its stream says now.
    ///
    /// Read from the organisations read model: it is projected in the same transaction as every
    /// append to the stream, so its row is the fold of the stream at its version, without
    /// reading the stream again. (A stale row could only make the append's `Exact` version
    /// check fail, never write on a wrong state.)
    pub async fn load_organisation(&self, id: &Uuid) -> Result<Option<Outcome>, LedgerError> {
        Ok(self.organisation_row(*id).await?.map(|row| Outcome {
            state: row.state,
            version: row.version,
            position: row.last_position,
        }))
    }

    /// The organisation as it stood at an instant (AUDIT-ASOF); `None` if it did not exist yet.
    pub async fn organisation_as_of(
        &self,
        id: &Uuid,
        at: DateTime<Utc>,
    ) -> Result<Option<Outcome>, LedgerError> {
        let snapshot = self.read.snapshot_before(*id, at).await?;
        Ok(self.fold(id, snapshot, |e| e.recorded_at <= at).await?.map(
            |(state, version, position)| Outcome {
                state,
                version,
                position,
            },
        ))
    }

    async fn organisation_at_version(
        &self,
        id: &Uuid,
        version: u64,
    ) -> Result<Option<Outcome>, LedgerError> {
        Ok(self.fold(id, None, |e| e.version <= version).await?.map(
            |(state, version, position)| Outcome {
                state,
                version,
                position,
            },
        ))
    }

    pub async fn organisation_row(&self, id: Uuid) -> Result<Option<OrganisationRow>, LedgerError> {
        Ok(self.read.organisation(id).await?)
    }

    /// Runs a registry command for organisation `id`. `authorise` sees the current state and
    /// decides whether the actor may act on it; it runs before anything is answered, a replay
    /// included.
    pub async fn execute(
        &self,
        id: Uuid,
        command: OrganisationCommand,
        meta: &CommandMeta,
        now: DateTime<Utc>,
        authorise: impl Fn(&Organisation, &OrganisationCommand) -> Result<(), LedgerError>,
    ) -> Result<Outcome, LedgerError> {
        self.execute_with_policy_of(id, command, meta, now, now, authorise)
            .await
    }

    /// [`Ledger::execute`], decided at `now` under the policy in force at `policy_on`.
    async fn execute_with_policy_of(
        &self,
        id: Uuid,
        command: OrganisationCommand,
        meta: &CommandMeta,
        now: DateTime<Utc>,
        policy_on: DateTime<Utc>,
        authorise: impl Fn(&Organisation, &OrganisationCommand) -> Result<(), LedgerError>,
    ) -> Result<Outcome, LedgerError> {
        let stream = organisation_stream(&id);
        let command_id = meta.command_id.unwrap_or_else(Uuid::now_v7);
        let digest = input_digest(&command);
        // What a replay must match; its `jurisdiction` (the organisation's) is not compared.
        let issuer = metadata(
            meta,
            command_id,
            &digest,
            &Organisation::default(),
            &command,
        );
        // A refusal may come from losing a race against an earlier try of this very command
        // (its claim on the credit code or name, its version): then the first outcome is the
        // answer. (A command id we made up ourselves cannot have been used before.)
        let replay = async |refusal: LedgerError| -> Result<Outcome, LedgerError> {
            if meta.command_id.is_none() {
                return Err(refusal);
            }
            match self.replayed(command_id, &command, &id, &issuer).await? {
                Some(first) => Ok(first),
                None => Err(refusal),
            }
        };
        for _ in 0..MAX_ATTEMPTS {
            let current = self.load_organisation(&id).await?;
            let (state, version) = match &current {
                Some(o) => (o.state.clone(), Some(o.version)),
                None => (Organisation::default(), None),
            };
            if version.is_none() && command.application().is_none() {
                return Err(LedgerError::NotFound(format!(
                    "no organisation has id {id}"
                )));
            }
            authorise(&state, &command)?;
            if meta.command_id.is_some()
                && let Some(first) = self.replayed(command_id, &command, &id, &issuer).await?
            {
                return Ok(first);
            }
            if let Some(expected) = meta.expected_version
                && Some(expected) != version
            {
                return Err(LedgerError::Conflict(format!(
                    "organisation {id} is at version {}, not {expected}: reload it and try again",
                    version.map_or("none".to_owned(), |v| v.to_string())
                )));
            }
            let facts = self.facts(&state, &command).await?;
            let context = self.context(&state, &command, now, policy_on, facts);
            let decided = match state.decide(&command, &context) {
                Ok(decided) => decided,
                Err(e) => return replay(e.into()).await,
            };
            let events = decided
                .iter()
                .map(|e| NewEvent {
                    id: Uuid::now_v7(),
                    kind: e.kind().to_owned(),
                    schema: e.schema(),
                    data: e.to_data(),
                    metadata: metadata(meta, command_id, &digest, &state, &command),
                })
                .collect();
            let expected = version.map_or(ExpectedVersion::NoStream, ExpectedVersion::Exact);
            match self.store.append(&stream, expected, events).await {
                Ok(r) => {
                    let state = decided.iter().fold(state, |s, e| s.evolve(e));
                    return Ok(Outcome {
                        state,
                        version: r.last_version,
                        position: r.last_position,
                    });
                }
                Err(StoreError::WrongExpectedVersion { .. }) if meta.expected_version.is_none() => {
                    continue;
                }
                Err(e) => return replay(e.into()).await,
            }
        }
        replay(LedgerError::Conflict(format!(
            "organisation {id} is being changed by others at the same time; try again"
        )))
        .await
    }

    /// The context a command on `state` is decided in at `now`: the policy of its
    /// jurisdiction on the day of `policy_on`, the calendar, and the registry facts looked up.
    fn context(
        &self,
        state: &Organisation,
        command: &OrganisationCommand,
        now: DateTime<Utc>,
        policy_on: DateTime<Utc>,
        facts: RegistryFacts,
    ) -> Context {
        let jurisdiction = command
            .application()
            .map(|a| a.jurisdiction.as_str().to_owned())
            .or_else(|| state.jurisdiction.as_ref().map(|j| j.as_str().to_owned()));
        let mut context = Context::at(now).with_facts(facts);
        context.policy = self.policy_for(jurisdiction.as_deref(), policy_on);
        context.calendar = (*self.calendar).clone();
        context
    }

    /// The first outcome of a command already carried out under this id, if it was this
    /// command (same name, same input, same organisation, or for an application the one it
    /// opened) issued by this actor (`issuer`, the metadata this try would record); another
    /// use of the id is a CONFLICT that tells another actor nothing of the first.
    async fn replayed(
        &self,
        command_id: Uuid,
        command: &OrganisationCommand,
        id: &Uuid,
        issuer: &serde_json::Value,
    ) -> Result<Option<Outcome>, LedgerError> {
        let command_name = command.name();
        let Some(done) = self.read.command_outcome(&command_id.to_string()).await? else {
            return Ok(None);
        };
        let first = self
            .store
            .read_stream(
                &done.stream,
                StreamFrom::Version(done.last_version),
                Direction::Forwards,
                1,
            )
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| LedgerError::Internal(format!("{} lost its events", done.stream)))?;
        if !same_actor(&first.metadata, issuer) {
            return Err(LedgerError::Conflict(format!(
                "commandId {command_id} was already used by someone else; use a new commandId for a new command"
            )));
        }
        // A retried application carries a fresh organisation id: the first one is the answer.
        let id = match organisations::organisation_id(&done.stream) {
            Some(first) if command_name == done.command && command.opens_stream() => first,
            _ => *id,
        };
        if done.command != command_name
            || done.stream != organisation_stream(&id)
            || !same_input(&first.metadata, issuer)
        {
            return Err(LedgerError::Conflict(format!(
                "commandId {command_id} was already used for another command ({} on {}); use a new commandId for a new command",
                done.command, done.stream
            )));
        }
        let mut outcome = self
            .organisation_at_version(&id, done.last_version)
            .await?
            .ok_or_else(|| LedgerError::Internal(format!("{} lost its events", done.stream)))?;
        outcome.position = done.last_position;
        Ok(Some(outcome))
    }

    /// The registry facts a rule needs that lie outside the organisation's own stream.
    async fn facts(
        &self,
        state: &Organisation,
        command: &OrganisationCommand,
    ) -> Result<RegistryFacts, LedgerError> {
        if let OrganisationCommand::AdmitHubMember { member_id } = command {
            let member = self.organisation_row(*member_id).await?;
            return Ok(RegistryFacts {
                member_is_live: Some(member.is_some_and(|m| m.state.is_live())),
                ..RegistryFacts::default()
            });
        }
        let (code, name, jurisdiction) = match command {
            OrganisationCommand::Apply { application, .. }
            | OrganisationCommand::ApplyForPreparation { application, .. } => (
                Some(application.credit_code.as_str().to_owned()),
                Some(application.name.clone()),
                Some(application.jurisdiction.as_str().to_owned()),
            ),
            OrganisationCommand::Approve => (
                state.credit_code.as_ref().map(|c| c.as_str().to_owned()),
                Some(state.name.clone()),
                state.jurisdiction.as_ref().map(|j| j.as_str().to_owned()),
            ),
            OrganisationCommand::RegisterChange(change) => (
                None,
                change.name.clone(),
                state.jurisdiction.as_ref().map(|j| j.as_str().to_owned()),
            ),
            _ => (None, None, None),
        };
        let name = name.map(|n| civic_domain::organisation::normalise_name(&n));
        let live_name = match (&jurisdiction, &name) {
            (Some(j), Some(n)) => Some((j.as_str(), n.as_str())),
            _ => None,
        };
        let (credit_code_holder, live_name_holder) =
            self.read.holders(code.as_deref(), live_name).await?;
        Ok(RegistryFacts {
            credit_code_holder,
            live_name_holder,
            member_is_live: None,
        })
    }
}

fn metadata(
    meta: &CommandMeta,
    command_id: Uuid,
    digest: &str,
    state: &Organisation,
    command: &OrganisationCommand,
) -> serde_json::Value {
    let jurisdiction = match command.application() {
        Some(application) => Some(application.jurisdiction.as_str()),
        None => state.jurisdiction.as_ref().map(|j| j.as_str()),
    };
    let reason = command.reason();
    let mut metadata = json!({
        "actorId": meta.actor.sub,
        "actorRole": meta.actor.role.as_str(),
        "actorJurisdiction": meta.actor.jurisdiction,
        "jurisdiction": jurisdiction,
        "command": command.name(),
        "commandId": command_id.to_string(),
        "commandDigest": digest,
        "correlationId": meta.correlation_id.to_string(),
        "causationId": command_id.to_string(),
        "reason": reason,
    });
    if let Some(organisation) = meta.actor.organisation {
        metadata["actorOrganisation"] = json!(organisation.to_string());
    }
    metadata
}

/// Who issued a command, as its events' metadata record it: their subject, role and scope.
const ACTOR: [&str; 4] = [
    "actorId",
    "actorRole",
    "actorJurisdiction",
    "actorOrganisation",
];

fn same_actor(first: &serde_json::Value, ours: &serde_json::Value) -> bool {
    let null = serde_json::Value::Null;
    ACTOR
        .iter()
        .all(|k| first.get(k).unwrap_or(&null) == ours.get(k).unwrap_or(&null))
}

/// Events recorded before commands carried a digest match any input.
fn same_input(first: &serde_json::Value, ours: &serde_json::Value) -> bool {
    first
        .get("commandDigest")
        .is_none_or(|d| Some(d) == ours.get("commandDigest"))
}

/// What a command asks, to tell a retry from another command under the same id: the SHA-256
/// of its serialised form, without the organisation id an application is given afresh on
/// each try. (A retry across an upgrade that changes a command's shape is refused as another
/// command: it then needs a new id.)
fn input_digest(command: &OrganisationCommand) -> String {
    use sha2::Digest;
    let mut command = command.clone();
    if let OrganisationCommand::Apply {
        organisation_id, ..
    }
    | OrganisationCommand::ApplyForPreparation {
        organisation_id, ..
    } = &mut command
    {
        *organisation_id = Uuid::nil();
    }
    let bytes = serde_json::to_vec(&command).unwrap_or_default();
    hex::encode(sha2::Sha256::digest(bytes))
}

/// What a tick does with what is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickMode {
    /// Record every transition due by the tick's instant, which may not be in the future.
    Fire,
    /// Say what would fire by the instant, writing nothing.
    Preview,
}

/// How far ahead a preview looks: every year ahead adds a transition or two per
/// organisation to compute and return.
pub const PREVIEW_YEARS: u32 = 10;

fn preview_horizon(now: DateTime<Utc>) -> DateTime<Utc> {
    now.checked_add_months(chrono::Months::new(PREVIEW_YEARS * 12))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// An instant as a clerk reads it: China time, to the second.
/// Transitions one tick fires for one organisation at most; the next tick goes on.
const MAX_CATCH_UP: usize = 4096;

impl Ledger {
    /// Fires every time-driven transition due by `at` (preparation lapses, unfiled annual
    /// reports, abnormal listings reaching two years, listings removed after their period,
    /// ratings expiring), or with [`TickMode::Preview`] says what would fire, writing nothing.
    ///
    /// A transition is decided as of the day it fell due ([`DueCommands::decided_at`]), so one
    /// fired late is dated by when it was due, and the clocks it restarts run from then. A clock
    /// in the future is only a preview: firing at an `at` after `now` is refused. Each fires
    /// once: `decide` refuses a transition already made, and a concurrent tick that loses the
    /// race for a stream re-decides and finds nothing to do.
    ///
    /// [`DueCommands::decided_at`]: civic_domain::organisation::DueCommands::decided_at
    pub async fn tick(
        &self,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
        mode: TickMode,
    ) -> Result<Vec<Fired>, LedgerError> {
        match mode {
            TickMode::Fire if at > now => {
                return Err(LedgerError::Validation(format!(
                    "{} is in the future: a tick fires only what is due by now ({}); preview what would fire by then instead",
                    shanghai(&at),
                    shanghai(&now)
                )));
            }
            TickMode::Preview if at > preview_horizon(now) => {
                return Err(LedgerError::Validation(format!(
                    "a preview looks at most {PREVIEW_YEARS} years ahead, to {}",
                    shanghai(&preview_horizon(now))
                )));
            }
            _ => {}
        }
        let today = china_date(at);
        let due = self.read.due_by(today).await?;
        let meta = CommandMeta {
            actor: Claims {
                sub: "civic-ledger scheduler".into(),
                role: Role::Admin,
                jurisdiction: None,
                organisation: None,
                iat: at.timestamp(),
                exp: at.timestamp(),
                jti: Uuid::nil(),
            },
            command_id: None,
            expected_version: None,
            correlation_id: Uuid::now_v7(),
        };
        let mut fired = Vec::new();
        for id in due {
            let Some(mut current) = self.load_organisation(&id).await? else {
                continue;
            };
            let jurisdiction = current
                .state
                .jurisdiction
                .as_ref()
                .map(|j| j.as_str().to_owned());
            // One policy for the whole catch-up, the one in force at `at`: the due dates are
            // computed with it, so `decide` agrees on what is due.
            let policy = self.policy_for(jurisdiction.as_deref(), at);
            let mut left = MAX_CATCH_UP;
            'catching_up: while left > 0 {
                let Some(due) = current.state.first_due_commands(today, &policy) else {
                    break;
                };
                for command in due.commands.iter() {
                    let name = command.name();
                    let next = match mode {
                        TickMode::Fire => {
                            self.execute_with_policy_of(
                                id,
                                command.clone(),
                                &meta,
                                due.decided_at(),
                                at,
                                |_, _| Ok(()),
                            )
                            .await
                        }
                        TickMode::Preview => {
                            self.decided_in_memory(&current, command, due.decided_at(), at)
                        }
                    };
                    match next {
                        Ok(outcome) => {
                            left -= 1;
                            fired.push(Fired {
                                organisation: id,
                                command: name,
                                version: outcome.version,
                                due_on: due.due_on,
                            });
                            current = outcome;
                        }
                        // Another tick got there first, and goes on from there.
                        Err(LedgerError::Domain(_) | LedgerError::Conflict(_)) => {
                            break 'catching_up;
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        Ok(fired)
    }

    /// What `command` would make of `current`, decided at `now` without writing; the position
    /// stays that of the last event written.
    fn decided_in_memory(
        &self,
        current: &Outcome,
        command: &OrganisationCommand,
        now: DateTime<Utc>,
        policy_on: DateTime<Utc>,
    ) -> Result<Outcome, LedgerError> {
        let context = self.context(
            &current.state,
            command,
            now,
            policy_on,
            RegistryFacts::default(),
        );
        let decided = current.state.decide(command, &context)?;
        Ok(Outcome {
            version: current.version + decided.len() as u64,
            state: decided
                .iter()
                .fold(current.state.clone(), |s, e| s.evolve(e)),
            position: current.position,
        })
    }
}
