use chrono::{DateTime, Utc};
use rusqlite::Row;

use crate::stored::{StoredId, StoredRow};
use crate::{RecordedEvent, StoreError};

/// Columns in the order `decode` reads them.
pub(super) const EVENT_COLUMNS: &str = "e.position, s.name, e.version, e.id, e.kind, e.schema, \
     e.data, e.metadata, e.recorded_at, e.hash";

pub(super) fn micros_to_instant(micros: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_micros(micros)
}

/// Decodes one row (see [`crate::stored::StoredRow::decode`] for what counts as damaged).
pub(super) fn decode(row: &Row<'_>) -> Result<RecordedEvent, StoreError> {
    stored(row)?.decode()
}

/// One row's columns, unchecked.
pub(super) fn stored(row: &Row<'_>) -> rusqlite::Result<StoredRow> {
    Ok(StoredRow {
        position: row.get(0)?,
        stream: row.get(1)?,
        version: row.get(2)?,
        id: StoredId::Bytes(row.get(3)?),
        kind: row.get(4)?,
        schema: row.get(5)?,
        data: row.get(6)?,
        metadata: row.get(7)?,
        recorded_at_micros: row.get(8)?,
        hash: row.get(9)?,
    })
}
