//! What an append and an import mean, whatever the backend: the checks and the hash chain as
//! pure functions over what a backend has read. A backend keeps only how it reads, locks and
//! writes, so the two cannot drift apart in meaning.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::canonical::{EnvelopeRef, canonical_json};
use crate::{
    AppendResult, ExpectedVersion, GENESIS_HASH, NewEvent, RecordedEvent, StoreError, chain_hash,
    validate_stream_name,
};

/// A stream's row: its key in the backend, its last version (`None` before its first event)
/// and the hash its next event chains from.
pub(crate) struct StreamHead {
    pub id: i64,
    pub version: Option<u64>,
    pub hash: [u8; 32],
}

impl StreamHead {
    /// A stream just created, before its first event.
    pub fn new(id: i64) -> Self {
        StreamHead {
            id,
            version: None,
            hash: GENESIS_HASH,
        }
    }

    /// A head as stored: version -1 for a stream without events.
    pub fn stored(stream: &str, id: i64, version: i64, hash: Vec<u8>) -> Result<Self, StoreError> {
        let hash: [u8; 32] = hash.try_into().map_err(|_| {
            StoreError::Integrity(format!("stream {stream}: head hash is not 32 bytes"))
        })?;
        Ok(StreamHead {
            id,
            version: u64::try_from(version).ok(),
            hash,
        })
    }

    pub fn next_version(&self) -> u64 {
        self.version.map_or(0, |v| v + 1)
    }

    /// Checks that an imported event continues this stream, at the next version and with the
    /// hash its content chains to; then moves the head onto it.
    pub fn continue_with(&mut self, event: &RecordedEvent) -> Result<(), StoreError> {
        let expected_version = self.next_version();
        if event.version != expected_version {
            return Err(StoreError::Integrity(format!(
                "stream {} version {}: the store expects version {expected_version} next",
                event.stream, event.version
            )));
        }
        if chain_hash(&self.hash, event)? != event.hash {
            return Err(StoreError::Integrity(format!(
                "stream {} version {}: the hash does not match the content",
                event.stream, event.version
            )));
        }
        self.version = Some(event.version);
        self.hash = event.hash;
        Ok(())
    }
}

/// Where an event id is already recorded.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub position: u64,
    pub stream: String,
    pub version: u64,
}

/// The canonical JSON (data, metadata) of each event of an append, after the checks that need no
/// database: a valid stream name, at least one event, no empty kind, no id twice, no float. A
/// refused append touches nothing.
pub(crate) fn encode(
    stream: &str,
    events: &[NewEvent],
) -> Result<Vec<(String, String)>, StoreError> {
    validate_stream_name(stream)?;
    if events.is_empty() {
        return Err(StoreError::InvalidEvent(
            "an append needs at least one event".into(),
        ));
    }
    let mut encoded = Vec::with_capacity(events.len());
    let mut distinct = HashSet::with_capacity(events.len());
    for e in events {
        if e.kind.is_empty() {
            return Err(StoreError::InvalidEvent("event kind is empty".into()));
        }
        if !distinct.insert(e.id) {
            return Err(StoreError::DuplicateEventId {
                id: e.id,
                stream: stream.to_owned(),
            });
        }
        encoded.push((canonical_json(&e.data)?, canonical_json(&e.metadata)?));
    }
    Ok(encoded)
}

/// The canonical JSON (data, metadata) of each event of an import, after the checks that need
/// no database: valid stream names, no id twice, no float.
pub(crate) fn encode_import(events: &[RecordedEvent]) -> Result<Vec<(String, String)>, StoreError> {
    let mut encoded = Vec::with_capacity(events.len());
    let mut distinct = HashSet::with_capacity(events.len());
    for e in events {
        validate_stream_name(&e.stream)?;
        if !distinct.insert(e.id) {
            return Err(StoreError::DuplicateEventId {
                id: e.id,
                stream: e.stream.clone(),
            });
        }
        encoded.push((canonical_json(&e.data)?, canonical_json(&e.metadata)?));
    }
    Ok(encoded)
}

/// The expected-version check against the stream's last version (`None`: no stream).
pub(crate) fn check_expected(
    stream: &str,
    expected: ExpectedVersion,
    actual: Option<u64>,
) -> Result<(), StoreError> {
    if expected.admits(actual) {
        Ok(())
    } else {
        Err(StoreError::WrongExpectedVersion {
            stream: stream.to_owned(),
            expected,
            actual,
        })
    }
}

/// The same event ids again, the first of them recorded at `first`: succeed without writing
/// when they were all recorded, in order, by an append to this stream with this expectation, as
/// EventStoreDB does. `find` says where an id is recorded.
pub(crate) fn idempotent_replay(
    stream: &str,
    expected: ExpectedVersion,
    events: &[NewEvent],
    actual: Option<u64>,
    first: &Found,
    mut find: impl FnMut(&Uuid) -> Result<Option<Found>, StoreError>,
) -> Result<AppendResult, StoreError> {
    if first.stream != stream {
        return Err(StoreError::DuplicateEventId {
            id: events[0].id,
            stream: first.stream.clone(),
        });
    }
    let mut last_position = first.position;
    for (i, e) in events.iter().enumerate().skip(1) {
        match find(&e.id)? {
            Some(f) if f.stream == stream && f.version == first.version + i as u64 => {
                last_position = f.position;
            }
            Some(f) => {
                return Err(StoreError::DuplicateEventId {
                    id: e.id,
                    stream: f.stream,
                });
            }
            None => {
                return Err(StoreError::InvalidEvent(format!(
                    "event {} was recorded but event {} of the same append was not: \
                     an append is retried with exactly the same events",
                    events[0].id, e.id
                )));
            }
        }
    }
    let consistent = match expected {
        ExpectedVersion::Any | ExpectedVersion::StreamExists => true,
        ExpectedVersion::NoStream => first.version == 0,
        ExpectedVersion::Exact(v) => first.version == v + 1,
    };
    if !consistent {
        return Err(StoreError::WrongExpectedVersion {
            stream: stream.to_owned(),
            expected,
            actual,
        });
    }
    Ok(AppendResult {
        first_position: first.position,
        last_position,
        last_version: first.version + events.len() as u64 - 1,
    })
}

/// The events of an append as recorded after `head`: versions following it, hashes chained from
/// its hash over the canonical form (`encoded`, from [`encode`]), all at `recorded_at`, at
/// positions from `first_position` on (a backend that learns each position only as it inserts
/// overwrites them). The head is moved onto the last event.
pub(crate) fn chain(
    stream: &str,
    head: &mut StreamHead,
    events: Vec<NewEvent>,
    encoded: &[(String, String)],
    recorded_at: DateTime<Utc>,
    first_position: u64,
) -> Vec<RecordedEvent> {
    let first_version = head.next_version();
    let mut recorded = Vec::with_capacity(events.len());
    for (i, (event, (data, metadata))) in events.into_iter().zip(encoded).enumerate() {
        let version = first_version + i as u64;
        let hash = EnvelopeRef {
            stream,
            version,
            id: &event.id,
            kind: &event.kind,
            schema: event.schema,
            data,
            metadata,
            recorded_at: &recorded_at,
        }
        .hash(&head.hash);
        recorded.push(RecordedEvent {
            position: first_position + i as u64,
            stream: stream.to_owned(),
            version,
            id: event.id,
            kind: event.kind,
            schema: event.schema,
            data: event.data,
            metadata: event.metadata,
            recorded_at,
            hash,
        });
        head.version = Some(version);
        head.hash = hash;
    }
    recorded
}

/// What an append answers for the events it recorded (never empty).
pub(crate) fn result_of(recorded: &[RecordedEvent]) -> AppendResult {
    AppendResult {
        first_position: recorded[0].position,
        last_position: recorded[recorded.len() - 1].position,
        last_version: recorded[recorded.len() - 1].version,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(n: u128) -> NewEvent {
        NewEvent {
            id: Uuid::from_u128(n),
            kind: "Happened".to_owned(),
            schema: 1,
            data: json!({"n": 1}),
            metadata: json!({}),
        }
    }

    #[test]
    fn a_chained_append_verifies_as_an_import_would() {
        let events = vec![event(1), event(2)];
        let encoded = encode("org-1", &events).unwrap();
        let mut head = StreamHead::new(7);
        let recorded = chain("org-1", &mut head, events, &encoded, Utc::now(), 3);
        assert_eq!(head.version, Some(1));
        assert_eq!(head.hash, recorded[1].hash);
        assert_eq!(
            recorded.iter().map(|e| e.position).collect::<Vec<_>>(),
            [3, 4]
        );
        let mut check = StreamHead::new(7);
        for e in &recorded {
            check.continue_with(e).unwrap();
        }
        let mut out_of_order = StreamHead::new(7);
        assert!(matches!(
            out_of_order.continue_with(&recorded[1]),
            Err(StoreError::Integrity(_))
        ));
    }

    #[test]
    fn an_id_twice_in_one_append_is_refused_before_any_database() {
        let e = event(1);
        assert!(matches!(
            encode("org-1", &[e.clone(), e]),
            Err(StoreError::DuplicateEventId { .. })
        ));
    }
}
