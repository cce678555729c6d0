use chrono::{DateTime, Utc};
use rusqlite::Row;
use uuid::Uuid;

use crate::{RecordedEvent, StoreError};

/// Columns in the order `decode` reads them.
pub(super) const EVENT_COLUMNS: &str = "e.position, s.name, e.version, e.id, e.kind, e.schema, \
     e.data, e.metadata, e.recorded_at, e.hash";

pub(super) fn micros_to_instant(micros: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_micros(micros)
}

/// Decodes one row; a row altered on disk becomes `Corrupt`, naming where it is.
pub(super) fn decode(row: &Row<'_>) -> Result<RecordedEvent, StoreError> {
    let position: i64 = row.get(0)?;
    let stream: String = row.get(1)?;
    let version: i64 = row.get(2)?;
    let corrupt = |reason: String| StoreError::Corrupt {
        stream: stream.clone(),
        version: version as u64,
        position: position as u64,
        reason,
    };
    let id: Vec<u8> = row.get(3)?;
    let id = Uuid::from_slice(&id).map_err(|e| corrupt(format!("event id: {e}")))?;
    let kind: String = row.get(4)?;
    let schema: i64 = row.get(5)?;
    let schema = u16::try_from(schema).map_err(|_| corrupt(format!("schema {schema}")))?;
    let data: String = row.get(6)?;
    let data = serde_json::from_str(&data).map_err(|e| corrupt(format!("data: {e}")))?;
    let metadata: String = row.get(7)?;
    let metadata =
        serde_json::from_str(&metadata).map_err(|e| corrupt(format!("metadata: {e}")))?;
    let recorded_at: i64 = row.get(8)?;
    let recorded_at = micros_to_instant(recorded_at)
        .ok_or_else(|| corrupt(format!("recorded_at {recorded_at}")))?;
    let hash: Vec<u8> = row.get(9)?;
    let hash: [u8; 32] = hash
        .try_into()
        .map_err(|_| corrupt("hash is not 32 bytes".to_owned()))?;
    Ok(RecordedEvent {
        position: position as u64,
        stream,
        version: version as u64,
        id,
        kind,
        schema,
        data,
        metadata,
        recorded_at,
        hash,
    })
}
