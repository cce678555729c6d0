//! One command path for every aggregate: load from the state store, authorise, answer a replayed
//! `commandId`, decide, prepare the read models' changes, append with the version it decided
//! on, and retry while the command is still valid.

use std::fmt::Display;

use chrono::{DateTime, Utc};
use civic_domain::{Context, DomainCommand, DomainEvent};
use civic_projections::StoredState;
use civic_projections::runtime::{Prepared, Stored, stream_id};
use civic_store::{Direction, ExpectedVersion, NewEvent, RecordedEvent, StoreError, StreamFrom};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::{CommandMeta, Ledger, LedgerError, MAX_ATTEMPTS, Said};

/// What a command left behind (or a stream as it stood).
#[derive(Debug, Clone)]
pub struct Outcome<A = civic_domain::Organisation> {
    pub state: A,
    /// The stream's version after the command.
    pub version: u64,
    /// The global position of the last event written.
    pub position: u64,
}

/// What the command path needs of an aggregate beyond its pure domain.
pub trait Handled: Stored<Command: Clone + Serialize + Send + Sync> {
    /// What one of its streams is called in messages.
    const NOUN: &'static str;
    /// [`Handled::NOUN`] as a clerk says it ("合同"): the one Chinese name every NOT_FOUND and
    /// CONFLICT of the command path uses.
    const NOUN_ZH: &'static str;

    /// The jurisdiction a command on `self` belongs to: its events record it, and its policy
    /// is that jurisdiction's.
    fn jurisdiction(&self, command: &Self::Command) -> Option<String>;

    /// The jurisdiction when only the facts know it (a bid's is its procurement's, which the
    /// stream learns from its first event): used when [`Handled::jurisdiction`] gives none.
    fn facts_jurisdiction(_facts: &Self::Facts) -> Option<String> {
        None
    }

    /// The command as a retry must repeat it: without what each try makes afresh (the id of
    /// the stream an application opens).
    fn digest_form(command: &Self::Command) -> Self::Command {
        command.clone()
    }

    /// Whether the command names a stream the API drew a fresh id for (an application): the
    /// handler then decides on an empty stream without looking it up. Safe for any command,
    /// since the append expects no stream and a stream that does exist sends the command back
    /// to be decided on it, but worth it only where that never happens.
    fn fresh_stream(_command: &Self::Command) -> bool {
        false
    }

    /// What a clerk is told when a command needs the stream `id` and there is none.
    fn missing(id: &str) -> LedgerError {
        LedgerError::missing(Self::NOUN, Self::NOUN_ZH, id)
    }

    /// What `decide` needs to know from outside the stream, as it stands at `now`, the
    /// instant the command is decided at (a window that closes, a standing on a day).
    fn facts(
        ledger: &Ledger,
        state: &Self,
        command: &Self::Command,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Self::Facts, LedgerError>> + Send;
}

pub(super) fn stream_of<A: Handled>(id: &impl Display) -> String {
    format!("{}-{id}", A::CATEGORY)
}

fn decode_state<A: Handled>(stream: &str, stored: &StoredState) -> Result<A, LedgerError> {
    serde_json::from_str(&stored.state).map_err(|e| {
        LedgerError::Internal(format!("the stored state of {stream} is unreadable: {e}"))
    })
}

impl Ledger {
    /// The stream as it stands now, from the state store. The store is written in the
    /// transaction of every append to the stream, so it holds the fold of the stream at its
    /// version without reading the stream again (a stale state could only make the append's
    /// `Exact` version check fail, never write on a wrong state).
    pub async fn load<A: Handled>(
        &self,
        id: &impl Display,
    ) -> Result<Option<Outcome<A>>, LedgerError> {
        let stream = stream_of::<A>(id);
        let Some(stored) = self.read.state(A::CATEGORY, stream_id(&stream)).await? else {
            return Ok(None);
        };
        Ok(Some(Outcome {
            state: decode_state(&stream, &stored)?,
            version: stored.version,
            position: stored.position,
        }))
    }

    /// The stream as it stood at an instant (AUDIT-ASOF); `None` if it did not exist yet.
    pub async fn as_of<A: Handled>(
        &self,
        id: &impl Display,
        at: DateTime<Utc>,
    ) -> Result<Option<Outcome<A>>, LedgerError> {
        let stream = stream_of::<A>(id);
        let snapshot = self
            .read
            .snapshot_before(A::CATEGORY, stream_id(&stream), at)
            .await?;
        self.fold(&stream, snapshot, |e| e.recorded_at <= at).await
    }

    /// The stream as its event `version` left it, folded from the nearest snapshot.
    pub(super) async fn at_version<A: Handled>(
        &self,
        stream: &str,
        version: u64,
    ) -> Result<Option<Outcome<A>>, LedgerError> {
        let snapshot = self
            .read
            .snapshot_at_version(A::CATEGORY, stream_id(stream), version)
            .await?;
        self.fold(stream, snapshot, |e| e.version <= version).await
    }

    /// Folds a stream from `start` (a snapshot) or its beginning, up to (and including) the
    /// last event `until` accepts.
    async fn fold<A: Handled>(
        &self,
        stream: &str,
        start: Option<StoredState>,
        until: impl Fn(&RecordedEvent) -> bool,
    ) -> Result<Option<Outcome<A>>, LedgerError> {
        let (mut state, mut last, mut from) = match start {
            Some(s) => (
                decode_state::<A>(stream, &s)?,
                Some((s.version, s.position)),
                s.version + 1,
            ),
            None => (A::default(), None, 0),
        };
        let outcome = |state, last: Option<(u64, u64)>| {
            last.map(|(version, position)| Outcome {
                state,
                version,
                position,
            })
        };
        // A fold from a snapshot usually stops within SNAPSHOT_EVERY events (the next snapshot
        // is that far on): a first page of that size reads no more events than it folds (a
        // page of 1,024 had made time travel four times as slow), later pages are bigger.
        let mut size = civic_projections::states::SNAPSHOT_EVERY as usize;
        loop {
            let page = self
                .store
                .read_stream(stream, StreamFrom::Version(from), Direction::Forwards, size)
                .await?;
            let done = page.len() < size;
            size = 1024;
            for e in &page {
                if !until(e) {
                    return Ok(outcome(state, last));
                }
                let event = A::Event::from_stored(&e.kind, e.schema, &e.data).map_err(|err| {
                    LedgerError::Internal(format!("{} v{}: {err}", e.stream, e.version))
                })?;
                state = state.evolve(&event);
                last = Some((e.version, e.position));
                from = e.version + 1;
            }
            if done {
                return Ok(outcome(state, last));
            }
        }
    }

    /// Runs a command on the stream of aggregate `A` with this id. `authorise` sees the current
    /// state and decides whether the actor may act on it; it runs before anything is answered,
    /// a replay included.
    pub async fn execute<A: Handled>(
        &self,
        id: impl Display,
        command: A::Command,
        meta: &CommandMeta,
        now: DateTime<Utc>,
        authorise: impl Fn(&A, &A::Command) -> Result<(), LedgerError>,
    ) -> Result<Outcome<A>, LedgerError> {
        self.execute_with_policy_of(id, command, meta, now, now, authorise)
            .await
    }

    /// [`Ledger::execute`], decided at `now` under the policy in force at `policy_on`.
    pub(super) async fn execute_with_policy_of<A: Handled>(
        &self,
        id: impl Display,
        command: A::Command,
        meta: &CommandMeta,
        now: DateTime<Utc>,
        policy_on: DateTime<Utc>,
        authorise: impl Fn(&A, &A::Command) -> Result<(), LedgerError>,
    ) -> Result<Outcome<A>, LedgerError> {
        let stream = stream_of::<A>(&id);
        let command_id = meta.command_id.unwrap_or_else(Uuid::now_v7);
        let digest = input_digest::<A>(&command);
        // What a replay must match; its `jurisdiction` (the stream's) is not compared.
        let issuer = metadata(meta, command_id, &digest, None, &command);
        // A refusal may come from losing a race against an earlier try of this very command
        // (its claim on a unique key, its version): then the first outcome is the answer. (A
        // command id we made up ourselves cannot have been used before.)
        let replay = async |refusal: LedgerError| -> Result<Outcome<A>, LedgerError> {
            if meta.command_id.is_none() {
                return Err(refusal);
            }
            match self
                .replayed::<A>(command_id, &command, &stream, &issuer)
                .await?
            {
                Some(first) => Ok(first),
                None => Err(refusal),
            }
        };
        let projectors = self.set.projectors::<A>().ok_or_else(|| {
            LedgerError::Internal(format!("no read models are registered for {}", A::NOUN))
        })?;
        for attempt in 0..MAX_ATTEMPTS {
            let cached = self.cache.get::<A>(&stream);
            let assumed_fresh = cached.is_none() && attempt == 0 && A::fresh_stream(&command);
            // Not read from the state store: a refusal, or an append that finds the stream
            // elsewhere than this state says, is tried again on the stored state.
            let unverified = cached.is_some() || assumed_fresh;
            let current = match cached {
                Some(c) => Some(c),
                None if assumed_fresh => None,
                None => self.load::<A>(&id).await?,
            };
            let (state, version) = match current {
                Some(o) => (o.state, Some(o.version)),
                None => (A::default(), None),
            };
            if version.is_none() && !command.opens_stream() {
                return Err(A::missing(&id.to_string()));
            }
            if let Err(refused) = authorise(&state, &command) {
                if unverified {
                    // Another server may have moved the stream on (PostgreSQL): a refusal is
                    // only ever given on the state store's state.
                    self.forget(&stream);
                    continue;
                }
                return Err(refused);
            }
            if meta.command_id.is_some()
                && let Some(first) = self
                    .replayed::<A>(command_id, &command, &stream, &issuer)
                    .await?
            {
                return Ok(first);
            }
            if let Some(expected) = meta.expected_version
                && Some(expected) != version
            {
                if unverified {
                    // Answered from the state store, never from memory alone.
                    self.forget(&stream);
                    continue;
                }
                return Err(LedgerError::changed(
                    format!(
                        "{} {id} is at version {}, not {expected}: reload it and try again",
                        A::NOUN,
                        version.map_or("none".to_owned(), |v| v.to_string())
                    ),
                    A::NOUN_ZH,
                ));
            }
            let facts = A::facts(self, &state, &command, now).await?;
            let jurisdiction = state
                .jurisdiction(&command)
                .or_else(|| A::facts_jurisdiction(&facts));
            let context = self.context(&state, &command, now, policy_on, facts);
            let decided = match state.decide(&command, &context) {
                Ok(decided) => decided,
                Err(_) if unverified => {
                    // As for `authorise`: refused on a cached state, decided again on the
                    // stored one, which costs one load per refusal and never a wrong refusal.
                    self.forget(&stream);
                    continue;
                }
                Err(e) => return replay(e.into()).await,
            };
            let recorded_meta = metadata(meta, command_id, &digest, jurisdiction, &command);
            let events: Vec<NewEvent> = decided
                .iter()
                .map(|e| NewEvent {
                    id: Uuid::now_v7(),
                    kind: e.kind().to_owned(),
                    schema: e.schema(),
                    data: e.to_data(),
                    metadata: recorded_meta.clone(),
                })
                .collect();
            let Some(first_event) = events.first().map(|e| e.id) else {
                return Err(LedgerError::Internal(format!(
                    "{} decided nothing to record",
                    command.name()
                )));
            };
            let first_version = version.map_or(0, |v| v + 1);
            // The read models' changes, worked out here rather than in the append's transaction
            // (on PostgreSQL, while the position counter is held).
            let changes = projectors
                .prepare(
                    &stream,
                    first_version,
                    &state,
                    &decided,
                    &recorded_meta,
                    Utc::now(),
                )
                .map_err(|f| LedgerError::Internal(f.message))?;
            let _offered = self.set.handoff().offer(
                first_event,
                Prepared {
                    stream: stream.clone(),
                    first_version,
                    events: events.len(),
                    changes,
                },
            );
            let expected = version.map_or(ExpectedVersion::NoStream, ExpectedVersion::Exact);
            let appended = self.store.append(&stream, expected, events).await;
            match appended {
                Ok(r) => {
                    let outcome = Outcome {
                        state: decided.iter().fold(state, |s, e| s.evolve(e)),
                        version: r.last_version,
                        position: r.last_position,
                    };
                    self.cache.put(&stream, &outcome);
                    return Ok(outcome);
                }
                Err(StoreError::WrongExpectedVersion { .. })
                    if meta.expected_version.is_none() || unverified =>
                {
                    self.forget(&stream);
                    continue;
                }
                Err(e) => {
                    self.forget(&stream);
                    let after = decided.iter().fold(state, |s, e| s.evolve(e));
                    return replay(claim_clash(&after, e)).await;
                }
            }
        }
        replay(LedgerError::Conflict(Said::new(
            format!(
                "{} {id} is being changed by others at the same time; try again",
                A::NOUN
            ),
            format!("该{}正被他人同时修改，请稍后重试", A::NOUN_ZH),
        )))
        .await
    }

    fn forget(&self, stream: &str) {
        self.cache.forget(stream);
    }

    /// The context a command on `state` is decided in at `now`: the policy of its
    /// jurisdiction on the day of `policy_on`, the calendar, and the facts looked up.
    pub(super) fn context<A: Handled>(
        &self,
        state: &A,
        command: &A::Command,
        now: DateTime<Utc>,
        policy_on: DateTime<Utc>,
        facts: A::Facts,
    ) -> Context<A::Facts> {
        let jurisdiction = state
            .jurisdiction(command)
            .or_else(|| A::facts_jurisdiction(&facts));
        Context::<()>::at(now)
            .with_facts(facts)
            .with_policy(self.policy_for(jurisdiction.as_deref(), policy_on))
            .with_calendar(self.calendar.clone())
    }

    /// The first outcome of a command already carried out under this id, if it was this
    /// command (same name, same input, same stream, or for a command that opens a stream the
    /// one it opened) issued by this actor (`issuer`, the metadata this try would record);
    /// another use of the id is a CONFLICT that tells another actor nothing of the first.
    async fn replayed<A: Handled>(
        &self,
        command_id: Uuid,
        command: &A::Command,
        stream: &str,
        issuer: &serde_json::Value,
    ) -> Result<Option<Outcome<A>>, LedgerError> {
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
            return Err(LedgerError::Conflict(Said::new(
                format!(
                    "commandId {command_id} was already used by someone else; use a new commandId for a new command"
                ),
                format!("操作编号（commandId）{command_id} 已被他人使用；新的操作请使用新的编号"),
            )));
        }
        // A retried command that opens a stream names a fresh one: the first one is the answer.
        let opened_by_first = command_name == done.command
            && command.opens_stream()
            && civic_store::stream_category(&done.stream) == A::CATEGORY;
        let stream = if opened_by_first {
            done.stream.as_str()
        } else {
            stream
        };
        if done.command != command_name
            || done.stream != stream
            || !same_input(&first.metadata, issuer)
        {
            return Err(LedgerError::Conflict(Said::new(
                format!(
                    "commandId {command_id} was already used for another command ({} on {}); use a new commandId for a new command",
                    done.command, done.stream
                ),
                format!(
                    "操作编号（commandId）{command_id} 已用于另一项操作（{}，{}）；新的操作请使用新的编号",
                    done.command, done.stream
                ),
            )));
        }
        let mut outcome = self
            .at_version::<A>(stream, done.last_version)
            .await?
            .ok_or_else(|| LedgerError::Internal(format!("{} lost its events", done.stream)))?;
        outcome.position = done.last_position;
        Ok(Some(outcome))
    }
}

/// A refused append as the client hears it. A clash on a unique key (a credit code, a name,
/// one live bid) is the claim's own refusal, in both languages: the store reports its rule and
/// English message, and the claim that `after` would have taken under that rule says the rest.
fn claim_clash<A: Handled>(after: &A, e: StoreError) -> LedgerError {
    if let StoreError::Rejected {
        rule: Some(rule),
        message,
    } = &e
        && let Some(claim) = after
            .claims()
            .into_iter()
            .find(|c| c.rule == rule.as_str() && c.message == *message)
    {
        return civic_domain::DomainError::violation(claim.rule, claim.message)
            .zh(claim.message_zh)
            .into();
    }
    e.into()
}

fn metadata(
    meta: &CommandMeta,
    command_id: Uuid,
    digest: &str,
    jurisdiction: Option<String>,
    command: &impl DomainCommand,
) -> serde_json::Value {
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
        "reason": command.reason(),
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
/// of its serialised form, without what each try makes afresh. (A retry across an upgrade that
/// changes a command's shape is refused as another command: it then needs a new id.)
fn input_digest<A: Handled>(command: &A::Command) -> String {
    use sha2::Digest;
    let bytes = serde_json::to_vec(&A::digest_form(command)).unwrap_or_default();
    hex::encode(sha2::Sha256::digest(bytes))
}
