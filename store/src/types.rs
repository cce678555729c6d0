use std::fmt;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures::stream::BoxStream;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::StoreError;

/// The optimistic-concurrency expectation of an append (EventStoreDB's `ExpectedRevision`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExpectedVersion {
    /// Append whatever the stream's state.
    Any,
    /// The stream must not exist yet.
    NoStream,
    /// The stream must have at least one event.
    StreamExists,
    /// The stream's last event must have this version.
    Exact(u64),
}

impl fmt::Display for ExpectedVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExpectedVersion::Any => f.write_str("in any state"),
            ExpectedVersion::NoStream => f.write_str("absent"),
            ExpectedVersion::StreamExists => f.write_str("present"),
            ExpectedVersion::Exact(v) => write!(f, "at version {v}"),
        }
    }
}

impl ExpectedVersion {
    /// Whether a stream whose last version is `actual` meets the expectation.
    pub fn admits(self, actual: Option<u64>) -> bool {
        match (self, actual) {
            (ExpectedVersion::Any, _) => true,
            (ExpectedVersion::NoStream, None) => true,
            (ExpectedVersion::StreamExists, Some(_)) => true,
            (ExpectedVersion::Exact(v), Some(a)) => v == a,
            _ => false,
        }
    }
}

/// An event to append. `id` is the idempotency key: appending the same ids again is a no-op.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub id: Uuid,
    pub kind: String,
    pub schema: u16,
    pub data: Value,
    pub metadata: Value,
}

/// An event as the store recorded it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordedEvent {
    /// Gap-free commit order within one store, from 1.
    pub position: u64,
    pub stream: String,
    /// 0-based version within the stream.
    pub version: u64,
    pub id: Uuid,
    pub kind: String,
    pub schema: u16,
    pub data: Value,
    pub metadata: Value,
    #[serde(with = "instant")]
    pub recorded_at: DateTime<Utc>,
    #[serde(with = "hex_hash")]
    pub hash: [u8; 32],
}

/// Exports carry the instant exactly as the hash covers it (six fractional digits, `Z`).
mod instant {
    use chrono::{DateTime, Utc};
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::format_instant(at))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let text = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(D::Error::custom)
    }
}

mod hex_hash {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(hash: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(hash))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let text = String::deserialize(d)?;
        let mut out = [0u8; 32];
        hex::decode_to_slice(&text, &mut out).map_err(D::Error::custom)?;
        Ok(out)
    }
}

/// The outcome of a successful append.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppendResult {
    pub first_position: u64,
    pub last_position: u64,
    /// The version of the last event now in the stream.
    pub last_version: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Forwards,
    Backwards,
}

/// Where a stream read starts; the event at `Version(v)` is included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFrom {
    Start,
    End,
    Version(u64),
}

impl StreamFrom {
    /// The version a stream read in `direction` starts at, included; `None` when it finds
    /// nothing whatever the stream (forwards from the end).
    pub(crate) fn first_version(self, direction: Direction) -> Option<u64> {
        match (direction, self) {
            (Direction::Forwards, StreamFrom::End) => None,
            (Direction::Backwards, StreamFrom::End) => Some(u64::MAX),
            (_, StreamFrom::Start) => Some(0),
            (_, StreamFrom::Version(v)) => Some(v),
        }
    }
}

/// The contract every backend fulfils (DESIGN §3), shaped after EventStoreDB's semantics so
/// that a KurrentDB backend fits it.
#[async_trait]
pub trait EventStore: Send + Sync + 'static {
    /// Appends atomically, after checking `expected`; acknowledged only once durable.
    async fn append(
        &self,
        stream: &str,
        expected: ExpectedVersion,
        events: Vec<NewEvent>,
    ) -> Result<AppendResult, StoreError>;

    /// At most `limit` events of one stream, in `direction` from `from`. A missing stream reads
    /// as empty.
    async fn read_stream(
        &self,
        stream: &str,
        from: StreamFrom,
        direction: Direction,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError>;

    /// At most `limit` events with `position >= from_position`, in global order.
    async fn read_all(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError>;

    /// Every event with `position >= from_position`, exactly once and in order: first those
    /// already recorded, then each new one as it commits. The stream ends only on an error.
    fn subscribe_all(
        &self,
        from_position: u64,
    ) -> BoxStream<'static, Result<RecordedEvent, StoreError>>;

    /// The position of the last recorded event, 0 when the store is empty.
    async fn head(&self) -> Result<u64, StoreError>;

    /// Records events exactly as another store recorded them (ids, versions, instants and
    /// hashes kept), after checking that each continues its stream's chain. Used to restore an
    /// export; one call is atomic.
    async fn import(&self, events: Vec<RecordedEvent>) -> Result<(), StoreError>;

    /// `Ok` when the store can write now, else why not (a full disk, an I/O error, a database
    /// that turned read-only): reading the head proves only that it can be read. Free while
    /// writes succeed; after a failed write, or when none was made for a few seconds, a probe
    /// write that changes nothing a reader sees decides.
    async fn writable(&self) -> Result<(), crate::WriteFault>;
}

/// Checks the `{category}-{id}` shape of a stream name.
pub fn validate_stream_name(stream: &str) -> Result<(), StoreError> {
    let ok = !stream.is_empty()
        && stream.len() <= 200
        && stream
            .split_once('-')
            .is_some_and(|(c, rest)| !c.is_empty() && !rest.is_empty())
        && !stream.starts_with('$')
        && stream
            .chars()
            .all(|c| !c.is_control() && !c.is_whitespace());
    if ok {
        Ok(())
    } else {
        Err(StoreError::InvalidEvent(format!(
            "stream name {stream:?} is not of the form category-id"
        )))
    }
}

/// The category of a stream: the part before the first `-`.
pub fn stream_category(stream: &str) -> &str {
    stream.split_once('-').map_or(stream, |(c, _)| c)
}
