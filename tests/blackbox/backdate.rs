//! Letting statutory time pass: a tick never fires what falls due in the future, so a test
//! moves the ledger's past back instead.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use civic_store::{GENESIS_HASH, RecordedEvent, chain_hash, format_instant};
use serde_json::Value;

use crate::support::{Place, cli};

/// `value` with every instant (RFC 3339) and date (`YYYY-MM-DD`) in it moved `by` earlier.
fn shift(value: &mut Value, by: Duration) {
    match value {
        Value::String(s) => {
            if let Ok(at) = DateTime::parse_from_rfc3339(s) {
                *s = format_instant(&(at.with_timezone(&Utc) - by));
            } else if s.len() == 10
                && let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
            {
                *s = (d - by).to_string();
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| shift(v, by)),
        Value::Object(fields) => fields.values_mut().for_each(|v| shift(v, by)),
        _ => {}
    }
}

/// A new place holding `place`'s ledger as if everything in it had happened `by` earlier: the
/// export with every instant and date moved back (payloads, metadata, `recordedAt`), its hash
/// chains re-computed, imported. `place`'s server must be stopped.
pub async fn backdated(place: &Place, by: Duration) -> Place {
    let mut export = vec!["export".to_owned()];
    export.extend(place.args());
    let out = cli(&export.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut heads = std::collections::HashMap::new();
    let mut lines = String::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let mut event: RecordedEvent = serde_json::from_str(line).unwrap();
        shift(&mut event.data, by);
        shift(&mut event.metadata, by);
        event.recorded_at -= by;
        let prev = heads.get(&event.stream).copied().unwrap_or(GENESIS_HASH);
        event.hash = chain_hash(&prev, &event).unwrap();
        heads.insert(event.stream.clone(), event.hash);
        lines.push_str(&serde_json::to_string(&event).unwrap());
        lines.push('\n');
    }
    let moved = Place::new(place.db.is_some())
        .await
        .expect("the backend the place came from");
    let file = moved.path().join("backdated.jsonl");
    std::fs::write(&file, lines).unwrap();
    let mut import = vec!["import".to_owned()];
    import.extend(moved.args());
    import.push(file.to_str().unwrap().to_owned());
    let out = cli(&import.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    moved
}
