//! The contract between aggregates and the event store: `decide` turns a command into events
//! without side effects, `evolve` folds events into state, and events travel as
//! (kind, schema, JSON payload) triples.

use std::sync::{Arc, LazyLock};

use crate::calendar::Calendar;
use crate::error::DomainError;
use crate::policy::Policy;

/// Shared, as the policy is (`Policy::national`): every command is decided in a context.
static PLAIN_CALENDAR: LazyLock<Arc<Calendar>> = LazyLock::new(|| Arc::new(Calendar::default()));

/// Everything `decide` may know beyond the aggregate's own state. The handler gathers it before
/// deciding, so the domain stays free of IO, clocks and randomness and is replayable in tests.
/// `F` is what the aggregate reads of other streams ([`Aggregate::Facts`]): the registry's
/// claim holders for an organisation, a bidder's standing for a bid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context<F = ()> {
    pub now: chrono::DateTime<chrono::Utc>,
    pub facts: F,
    /// The statutory numbers in force at `now` for the organisation's jurisdiction.
    pub policy: Arc<Policy>,
    /// Holidays and adjusted working days, for clocks counted in working days.
    pub calendar: Arc<Calendar>,
}

impl<F: Default> Context<F> {
    /// A context with default facts (for the registry: nobody else holds the code or the
    /// name), the national default policy and a plain Monday-to-Friday calendar.
    pub fn at(now: chrono::DateTime<chrono::Utc>) -> Self {
        Self {
            now,
            facts: F::default(),
            policy: Policy::national(),
            calendar: PLAIN_CALENDAR.clone(),
        }
    }
}

impl<F> Context<F> {
    pub fn with_facts<G>(self, facts: G) -> Context<G> {
        Context {
            now: self.now,
            facts,
            policy: self.policy,
            calendar: self.calendar,
        }
    }

    pub fn with_policy(mut self, policy: impl Into<Arc<Policy>>) -> Self {
        self.policy = policy.into();
        self
    }

    pub fn with_calendar(mut self, calendar: impl Into<Arc<Calendar>>) -> Self {
        self.calendar = calendar.into();
        self
    }

    /// The China-local date of `now`, the day every statutory clock counts from.
    pub fn today(&self) -> chrono::NaiveDate {
        crate::calendar::china_date(self.now)
    }
}

/// What the command path needs to know of a command without knowing its aggregate.
pub trait DomainCommand {
    /// A stable name, recorded in each event's metadata (`command`) and used in logs.
    fn name(&self) -> &'static str;

    /// Whether the command opens a new stream (an application) rather than acting on an
    /// existing one: only these may find their stream missing, and a retry of one (which
    /// names a fresh stream each time) is answered with the stream its first try opened.
    fn opens_stream(&self) -> bool;

    /// The reason the command records, if it carries one (REG-REFUSAL-REASON).
    fn reason(&self) -> Option<&str>;
}

pub trait Aggregate: Default + Clone + Send + Sync + 'static {
    type Command: DomainCommand;
    type Event: DomainEvent;
    /// What `decide` reads of other streams, gathered by the handler before deciding (who
    /// holds a credit code; a bidder's registry standing). `()` for an aggregate that reads
    /// nothing beyond its own stream.
    type Facts: Default + Clone + std::fmt::Debug + Send + Sync + 'static;

    /// Stream name prefix: streams are named "{CATEGORY}-{uuid}".
    const CATEGORY: &'static str;

    fn decide(
        &self,
        command: &Self::Command,
        ctx: &Context<Self::Facts>,
    ) -> Result<Vec<Self::Event>, DomainError>;

    fn evolve(self, event: &Self::Event) -> Self;

    /// The unique keys this state holds (a credit code, a live name): the store refuses an
    /// append that would leave two streams holding one key, with the claim's rule, however the
    /// two commands raced. Derived from the state, so a key is given up by the event that ends
    /// the reason for holding it (a deregistration frees a live name).
    fn claims(&self) -> Vec<Claim> {
        Vec::new()
    }
}

/// A unique key held by an aggregate's stream.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Claim {
    /// What kind of key ("credit-code", "live-name"): keys of different kinds never clash.
    pub namespace: &'static str,
    pub key: String,
    /// The rule a clash breaks, reported with the refusal.
    pub rule: &'static str,
    /// What a clerk is told when another stream holds the key.
    pub message: String,
    /// The same in Chinese (the command path answers a clash with it when asked).
    pub message_zh: String,
}

pub trait DomainEvent: Sized + Clone + Send + Sync + 'static {
    /// The stored event type name, e.g. "RegistrationApplied".
    fn kind(&self) -> &'static str;

    /// The payload schema version this code writes for `kind()`.
    fn schema(&self) -> u16;

    /// The payload without the kind tag.
    fn to_data(&self) -> serde_json::Value;

    /// Decodes a stored event, upcasting payloads written under an older schema and refusing
    /// kinds or schemas this code does not know.
    fn from_stored(kind: &str, schema: u16, data: &serde_json::Value) -> Result<Self, DecodeError>;
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("unknown event kind '{0}'")]
    UnknownKind(String),
    #[error("event kind '{kind}' has schema {schema}, which this version cannot read")]
    UnsupportedSchema { kind: String, schema: u16 },
    #[error("event kind '{kind}' has a malformed payload: {message}")]
    Malformed { kind: String, message: String },
}

/// `DomainEvent` for events stored the way serde's adjacent tagging writes them
/// (`#[serde(tag = "kind", content = "data")]`), with each kind's schema version in a table:
/// what every aggregate's events but the registry's (which upcasts by hand) have in common.
pub mod tagged {
    use serde::Serialize;
    use serde::de::DeserializeOwned;

    use super::DecodeError;

    /// The schema `kind` is written under now, from `kinds` (kind, schema).
    pub fn schema_of(kinds: &[(&'static str, u16)], kind: &str) -> Option<u16> {
        kinds.iter().find(|(k, _)| *k == kind).map(|(_, s)| *s)
    }

    /// The payload without its kind tag. Events serialise infallibly (string keys, plain
    /// types) and every variant has fields, so `Null` is unreachable in practice.
    pub fn data_of(event: &impl Serialize) -> serde_json::Value {
        match serde_json::to_value(event) {
            Ok(serde_json::Value::Object(mut tagged)) => {
                tagged.remove("data").unwrap_or(serde_json::Value::Null)
            }
            _ => serde_json::Value::Null,
        }
    }

    /// Decodes a stored payload of a kind in `kinds` at its current schema; an aggregate
    /// that keeps an older schema readable upcasts before calling this.
    pub fn decode<E: DeserializeOwned>(
        kinds: &[(&'static str, u16)],
        kind: &str,
        schema: u16,
        data: &serde_json::Value,
    ) -> Result<E, DecodeError> {
        let current =
            schema_of(kinds, kind).ok_or_else(|| DecodeError::UnknownKind(kind.to_owned()))?;
        if schema != current {
            return Err(DecodeError::UnsupportedSchema {
                kind: kind.to_owned(),
                schema,
            });
        }
        from_parts(kind, data)
    }

    /// The event of `kind` whose payload is `data`, read in place: the adjacently tagged enum
    /// is handed `{kind, data}` as a map of borrowed values, so a rebuild does not copy every
    /// payload's JSON tree into a tagged one before reading it.
    pub fn from_parts<E: DeserializeOwned>(
        kind: &str,
        data: &serde_json::Value,
    ) -> Result<E, DecodeError> {
        use serde::de::value::MapDeserializer;
        let kind_value = serde_json::Value::String(kind.to_owned());
        let entries = [("kind", &kind_value), ("data", data)];
        E::deserialize(MapDeserializer::<_, serde_json::Error>::new(
            entries.into_iter(),
        ))
        .map_err(|e| DecodeError::Malformed {
            kind: kind.to_owned(),
            message: e.to_string(),
        })
    }
}
