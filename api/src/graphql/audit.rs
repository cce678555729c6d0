//! The auditor's questions (issue 14): what every event of a record changed, by whom and why;
//! whether the hash chains hold, checked in bounded stretches a console can walk with progress.

use std::time::Duration;

use async_graphql::{Context, Object, Result, SimpleObject};
use civic_domain::Organisation;
use civic_projections::organisations;
use civic_store::{ChainBreak, ChainVerifier, Direction, StreamFrom, verify_page};
use serde_json::Value;

use super::errors::{Gql, validation};
use super::scalars::DateTimeScalar;
use super::{MAX_PAGE, ledger, query::page_size, viewer};

/// A stretch of `verifyLedger` checks at most this many events.
pub const MAX_VERIFY_EVENTS: usize = 10_000;

/// A stretch stops once it has run this long, well inside the request timeout, and says where
/// to continue.
const VERIFY_BUDGET: Duration = Duration::from_secs(3);

/// `verifyStream` reads a stream in pages of this many events.
const STREAM_PAGE: usize = 1024;

#[derive(Default)]
pub struct AuditQuery;

/// One field of a record an event changed, shown as text; personal data masked.
#[derive(SimpleObject)]
pub struct FieldChange {
    /// The record's field, e.g. `domicile`, `status`, `legalRepresentative`.
    pub field: String,
    /// Null when the field was empty before.
    pub old: Option<String>,
    /// Null when the event emptied it.
    pub new: Option<String>,
}

/// One event of a record's timeline: who did what, when, why, and what it changed.
#[derive(SimpleObject)]
pub struct TimelineEntry {
    pub position: u64,
    pub version: u64,
    /// The event, e.g. `ChangeRegistered`.
    pub kind: String,
    /// The command that recorded it, e.g. `RegisterChange`; null for the ledger's own clocks.
    pub command: Option<String>,
    /// The subject of the token that issued the command.
    pub actor: Option<String>,
    /// The role of that token, e.g. `registrar`.
    pub role: Option<String>,
    pub reason: Option<String>,
    pub recorded_at: DateTimeScalar,
    /// SHA-256 chain hash, hex.
    pub hash: String,
    pub changes: Vec<FieldChange>,
}

/// A page of a record's timeline, oldest first.
#[derive(SimpleObject)]
pub struct Timeline {
    pub stream: String,
    pub entries: Vec<TimelineEntry>,
    /// Events in the stream.
    pub total_count: u64,
    /// Pass as `fromVersion` for the next page; null at the end.
    pub next_version: Option<u64>,
}

/// Where a chain does not hold.
#[derive(SimpleObject)]
pub struct ChainFailure {
    pub stream: String,
    pub version: u64,
    pub position: u64,
    /// What is wrong, e.g. the recorded hash and the hash of the content.
    pub reason: String,
}

impl From<ChainBreak> for ChainFailure {
    fn from(b: ChainBreak) -> Self {
        ChainFailure {
            stream: b.stream,
            version: b.version,
            position: b.position,
            reason: b.reason,
        }
    }
}

/// One stretch of a check of the whole ledger.
#[derive(SimpleObject)]
pub struct LedgerVerification {
    pub events_checked: u64,
    /// Streams that begin in this stretch: summed over the stretches, every stream.
    pub streams_begun: u64,
    /// Checked up to this position: pass it as `after` for the next stretch.
    pub last_position: u64,
    /// The ledger's last position when this stretch began.
    pub head: u64,
    /// Nothing is left to check up to `head`, and every chain held.
    pub done: bool,
    /// The first place a chain does not hold; the check stops there.
    pub first_failure: Option<ChainFailure>,
}

/// The check of one record's chain.
#[derive(SimpleObject)]
pub struct StreamVerification {
    pub stream: String,
    pub events_checked: u64,
    /// Pass as `fromVersion` to continue a long stream; null once it is checked to its end.
    pub next_version: Option<u64>,
    pub first_failure: Option<ChainFailure>,
}

#[Object]
impl AuditQuery {
    /// An organisation's events (stream `organisation-{id}`), oldest first, at most 100 a page,
    /// each with who issued it, when, why, and the record's fields it changed old → new.
    /// Identity card and phone numbers are masked. Auditors and administrators.
    async fn record_timeline(
        &self,
        ctx: &Context<'_>,
        stream: String,
        from_version: Option<u64>,
        first: Option<i32>,
    ) -> Result<Timeline> {
        let from_version = from_version.unwrap_or(0);
        viewer(ctx).require_auditor("a record's timeline")?;
        if organisations::organisation_id(&stream).is_none() {
            return Err(validation(format!(
                "{stream} is not an organisation's record (organisation-<id>); other streams' events are read with streamEvents"
            )));
        }
        let first = page_size(first.or(Some(MAX_PAGE as i32)))?;
        let ledger = ledger(ctx);
        let history = ledger
            .history::<Organisation>(&stream, from_version, first)
            .await
            .gql()?;
        let total_count = ledger
            .store()
            .read_stream(&stream, StreamFrom::End, Direction::Backwards, 1)
            .await
            .gql()?
            .first()
            .map_or(0, |e| e.version + 1);
        let mut before = shown(&history.before);
        let mut entries = Vec::with_capacity(history.steps.len());
        for (event, state) in &history.steps {
            let after = shown(state);
            let text = |key: &str| {
                event
                    .metadata
                    .get(key)
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            };
            entries.push(TimelineEntry {
                position: event.position,
                version: event.version,
                kind: event.kind.clone(),
                command: text("command"),
                actor: text("actorId"),
                role: text("actorRole"),
                reason: text("reason"),
                recorded_at: DateTimeScalar(event.recorded_at),
                hash: hex::encode(event.hash),
                changes: changes(&before, &after),
            });
            before = after;
        }
        let next_version = history
            .more
            .then(|| history.steps.last().map(|(e, _)| e.version + 1))
            .flatten();
        Ok(Timeline {
            stream,
            entries,
            total_count,
            next_version,
        })
    }

    /// Re-computes the hash chains of at most `limit` (≤ 10,000) events after position `after`,
    /// stopping early after a few seconds; call again with `after: lastPosition` until `done`
    /// or a failure. Auditors and administrators.
    async fn verify_ledger(
        &self,
        ctx: &Context<'_>,
        after: Option<u64>,
        limit: Option<i32>,
    ) -> Result<LedgerVerification> {
        let after = after.unwrap_or(0);
        viewer(ctx).require_auditor("verifying the ledger")?;
        let limit = match limit {
            None => MAX_VERIFY_EVENTS,
            Some(n) if (1..=MAX_VERIFY_EVENTS as i32).contains(&n) => n as usize,
            Some(n) => {
                return Err(validation(format!(
                    "limit must be between 1 and {MAX_VERIFY_EVENTS}, not {n}"
                )));
            }
        };
        let page = verify_page(ledger(ctx).store().as_ref(), after, limit, VERIFY_BUDGET)
            .await
            .gql()?;
        Ok(LedgerVerification {
            done: page.first_break.is_none() && page.last_position >= page.head,
            events_checked: page.events,
            streams_begun: page.streams_begun,
            last_position: page.last_position,
            head: page.head,
            first_failure: page.first_break.map(Into::into),
        })
    }

    /// Re-computes one stream's hash chain from `fromVersion`, stopping early after a few
    /// seconds (then `nextVersion` says where to go on). Auditors and administrators.
    async fn verify_stream(
        &self,
        ctx: &Context<'_>,
        stream: String,
        from_version: Option<u64>,
    ) -> Result<StreamVerification> {
        let from_version = from_version.unwrap_or(0);
        viewer(ctx).require_auditor("verifying a record")?;
        let store = ledger(ctx).store();
        let started = std::time::Instant::now();
        let mut verifier = ChainVerifier::new();
        let mut from = from_version;
        if let Some(previous) = from_version.checked_sub(1) {
            let page = store
                .read_stream(
                    &stream,
                    StreamFrom::Version(previous),
                    Direction::Forwards,
                    1,
                )
                .await
                .gql()?;
            match page.first() {
                Some(p) if p.version == previous => verifier.continue_from(p),
                _ => {
                    return Err(validation(format!(
                        "{stream} has no version {previous}, so there is nothing to continue from"
                    )));
                }
            }
        }
        let failed = |b: ChainBreak, checked| StreamVerification {
            stream: stream.clone(),
            events_checked: checked,
            next_version: None,
            first_failure: Some(b.into()),
        };
        let mut checked = 0;
        loop {
            if started.elapsed() >= VERIFY_BUDGET {
                return Ok(StreamVerification {
                    stream: stream.clone(),
                    events_checked: checked,
                    next_version: Some(from),
                    first_failure: None,
                });
            }
            let page = match store
                .read_stream(
                    &stream,
                    StreamFrom::Version(from),
                    Direction::Forwards,
                    STREAM_PAGE,
                )
                .await
            {
                Ok(page) => page,
                Err(e) => {
                    let b = ChainBreak::from_read_error(e).gql()?;
                    return Ok(failed(b, checked));
                }
            };
            for event in &page {
                if let Err(b) = verifier.check(event) {
                    return Ok(failed(b, checked));
                }
                checked += 1;
                from = event.version + 1;
            }
            if page.len() < STREAM_PAGE {
                break;
            }
        }
        if checked == 0 && from_version == 0 {
            return Err(validation(format!("{stream} holds no events")));
        }
        Ok(StreamVerification {
            stream,
            events_checked: checked,
            next_version: None,
            first_failure: None,
        })
    }
}

/// The record as an auditor's timeline shows it: its fields as the wire names them, money in
/// yuan, with the
/// legal representative's identity card and phone numbers masked as `Organisation` masks them
/// for other users (a timeline is read in bulk and exported from screens; the full numbers
/// stay on the record itself).
fn shown(state: &Organisation) -> serde_json::Map<String, Value> {
    let mut map = match serde_json::to_value(state) {
        Ok(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    // Money is kept in fen; a timeline reads it in yuan, as the record's `registeredFunds` does.
    map.insert(
        "registeredFunds".to_owned(),
        Value::String(state.registered_funds.to_string()),
    );
    if let Some(r) = &state.legal_representative {
        map.insert(
            "legalRepresentative".to_owned(),
            serde_json::json!({
                "name": r.name(),
                "idNumber": r.masked_id_number(),
                "phone": r.masked_phone(),
            }),
        );
    }
    map
}

/// The top-level fields that differ, in the record's field order.
fn changes(
    before: &serde_json::Map<String, Value>,
    after: &serde_json::Map<String, Value>,
) -> Vec<FieldChange> {
    let null = Value::Null;
    let keys = after
        .keys()
        .chain(before.keys().filter(|k| !after.contains_key(*k)));
    keys.filter_map(|key| {
        let old = before.get(key).unwrap_or(&null);
        let new = after.get(key).unwrap_or(&null);
        (old != new).then(|| FieldChange {
            field: key.clone(),
            old: as_text(old),
            new: as_text(new),
        })
    })
    .collect()
}

/// Empty values (null, "", [], {}) read as nothing; text as itself; the rest as compact JSON.
fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::Array(a) if a.is_empty() => None,
        Value::Object(o) if o.is_empty() => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn map(v: Value) -> serde_json::Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => panic!("not an object"),
        }
    }

    #[test]
    fn only_the_fields_that_differ_are_changes_and_empty_reads_as_nothing() {
        let before = map(json!({"name": "甲", "domicile": "福中三路1号", "funds": 100, "x": []}));
        let after = map(json!({"name": "甲", "domicile": "福中三路2号", "funds": 200, "x": [1]}));
        let c = changes(&before, &after);
        let shown: Vec<_> = c
            .iter()
            .map(|c| (c.field.as_str(), c.old.as_deref(), c.new.as_deref()))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("domicile", Some("福中三路1号"), Some("福中三路2号")),
                ("funds", Some("100"), Some("200")),
                ("x", None, Some("[1]")),
            ]
        );
    }

    #[test]
    fn the_timeline_never_shows_a_full_id_number() {
        let rep =
            civic_domain::LegalRepresentative::new("张三", "11010519491231002X", "13800138000")
                .unwrap();
        let state = Organisation {
            legal_representative: Some(rep),
            ..Organisation::default()
        };
        let text = Value::Object(shown(&state)).to_string();
        assert!(!text.contains("11010519491231002X"), "{text}");
        assert!(!text.contains("13800138000"), "{text}");
        assert!(text.contains("110105********002X"), "{text}");
    }
}
