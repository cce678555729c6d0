//! The canonical form of an event envelope, which the hash chain covers. `docs/canonical-form.md`
//! specifies it for auditors; keep the two in step.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::StoreError;

/// The hash that version 0 of every stream chains from.
pub const GENESIS_HASH: [u8; 32] = [0; 32];

/// Writes `value` as compact JSON with object keys sorted by code point. Floating-point numbers
/// are refused: their text differs between languages, so an auditor could not re-compute a hash.
pub fn canonical_json(value: &Value) -> Result<String, StoreError> {
    let mut out = String::with_capacity(256);
    write_canonical(value, &mut out)?;
    Ok(out)
}

fn write_canonical(value: &Value, out: &mut String) -> Result<(), StoreError> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if n.is_f64() {
                return Err(StoreError::InvalidEvent(format!(
                    "number {n} is not an integer; events carry integers only (money in fen)"
                )));
            }
            out.push_str(&n.to_string());
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            // Sorted explicitly: serde_json's map keeps insertion order when some crate in the
            // build enables its `preserve_order` feature.
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(k, out);
                out.push(':');
                write_canonical(v, out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0C}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// RFC 3339 in UTC with exactly six fractional digits and `Z`: the form instants take in the
/// canonical envelope and in exports.
pub fn format_instant(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// The envelope fields the hash covers (everything but `position`, which belongs to one store,
/// and the hash itself).
pub(crate) struct EnvelopeRef<'a> {
    pub stream: &'a str,
    pub version: u64,
    pub id: &'a uuid::Uuid,
    pub kind: &'a str,
    pub schema: u16,
    pub data: &'a str,
    pub metadata: &'a str,
    pub recorded_at: &'a DateTime<Utc>,
}

impl EnvelopeRef<'_> {
    /// Keys in sorted order, payloads already canonical.
    pub fn canonical(&self) -> String {
        let mut out = String::with_capacity(self.data.len() + self.metadata.len() + 200);
        out.push_str("{\"data\":");
        out.push_str(self.data);
        out.push_str(",\"id\":\"");
        out.push_str(&self.id.hyphenated().to_string());
        out.push_str("\",\"kind\":");
        write_string(self.kind, &mut out);
        out.push_str(",\"metadata\":");
        out.push_str(self.metadata);
        out.push_str(",\"recordedAt\":\"");
        out.push_str(&format_instant(self.recorded_at));
        out.push_str("\",\"schema\":");
        out.push_str(&self.schema.to_string());
        out.push_str(",\"stream\":");
        write_string(self.stream, &mut out);
        out.push_str(",\"version\":");
        out.push_str(&self.version.to_string());
        out.push('}');
        out
    }

    pub fn hash(&self, prev: &[u8; 32]) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(prev);
        h.update(self.canonical().as_bytes());
        h.finalize().into()
    }
}

/// `SHA-256(prev ‖ canonical(envelope))` for a recorded event, re-computed from its fields.
pub fn chain_hash(prev: &[u8; 32], event: &crate::RecordedEvent) -> Result<[u8; 32], StoreError> {
    let data = canonical_json(&event.data)?;
    let metadata = canonical_json(&event.metadata)?;
    Ok(EnvelopeRef {
        stream: &event.stream,
        version: event.version,
        id: &event.id,
        kind: &event.kind,
        schema: event.schema,
        data: &data,
        metadata: &metadata,
        recorded_at: &event.recorded_at,
    }
    .hash(prev))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_are_sorted_and_output_compact() {
        let v = json!({"b": 1, "a": {"z": [1, "x"], "c": null}, "名": "养老"});
        assert_eq!(
            canonical_json(&v).unwrap(),
            r#"{"a":{"c":null,"z":[1,"x"]},"b":1,"名":"养老"}"#
        );
    }

    #[test]
    fn control_characters_are_escaped_like_common_json_libraries() {
        let v = json!("a\"b\\c\nd\u{01}e/");
        assert_eq!(canonical_json(&v).unwrap(), r#""a\"b\\c\nd\u0001e/""#);
    }

    #[test]
    fn floats_are_refused() {
        assert!(canonical_json(&json!({"x": 1.5})).is_err());
    }

    #[test]
    fn instants_have_six_fraction_digits() {
        let at = DateTime::from_timestamp(1_700_000_000, 5_000).unwrap();
        assert_eq!(format_instant(&at), "2023-11-14T22:13:20.000005Z");
    }
}
