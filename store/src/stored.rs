//! The columns every backend stores an event in, and how they become a [`RecordedEvent`]: one
//! place decides what counts as a damaged row, whatever the database.

use chrono::DateTime;
use uuid::Uuid;

use crate::{RecordedEvent, StoreError};

/// A position or version as a signed 64-bit column, saturating (they never come near the
/// limit; a read from beyond it finds nothing).
pub(crate) fn to_i64(v: u64) -> i64 {
    v.min(i64::MAX as u64) as i64
}

/// An event row as read from a database, not yet checked: what a rebuild hands to another
/// thread, so that parsing its JSON overlaps the reading and writing of rows.
pub struct StoredRow {
    pub(crate) position: i64,
    pub(crate) stream: String,
    pub(crate) version: i64,
    /// The id as stored: 16 bytes (SQLite) or text (PostgreSQL).
    pub(crate) id: StoredId,
    pub(crate) kind: String,
    pub(crate) schema: i64,
    pub(crate) data: String,
    pub(crate) metadata: String,
    pub(crate) recorded_at_micros: i64,
    pub(crate) hash: Vec<u8>,
}

pub(crate) enum StoredId {
    Bytes(Vec<u8>),
    Text(String),
}

impl StoredRow {
    pub fn stream(&self) -> &str {
        &self.stream
    }

    /// The version as stored (a negative one fails [`StoredRow::decode`]).
    pub fn version(&self) -> i64 {
        self.version
    }

    /// Checks and decodes; a row altered behind the ledger's back becomes `Corrupt`, naming
    /// where it is.
    pub fn decode(self) -> Result<RecordedEvent, StoreError> {
        let (stream, version, position) = (self.stream, self.version, self.position);
        let corrupt = |reason: String| StoreError::Corrupt {
            stream: stream.clone(),
            version: version as u64,
            position: position as u64,
            reason,
        };
        let id = match &self.id {
            StoredId::Bytes(b) => Uuid::from_slice(b).map_err(|e| e.to_string()),
            StoredId::Text(t) => Uuid::parse_str(t).map_err(|e| e.to_string()),
        }
        .map_err(|e| corrupt(format!("event id: {e}")))?;
        let schema =
            u16::try_from(self.schema).map_err(|_| corrupt(format!("schema {}", self.schema)))?;
        let data = serde_json::from_str(&self.data).map_err(|e| corrupt(format!("data: {e}")))?;
        let metadata =
            serde_json::from_str(&self.metadata).map_err(|e| corrupt(format!("metadata: {e}")))?;
        let recorded_at = DateTime::from_timestamp_micros(self.recorded_at_micros)
            .ok_or_else(|| corrupt(format!("recorded_at {}", self.recorded_at_micros)))?;
        let hash: [u8; 32] = self
            .hash
            .try_into()
            .map_err(|_| corrupt("hash is not 32 bytes".to_owned()))?;
        Ok(RecordedEvent {
            position: position as u64,
            stream,
            version: version as u64,
            id,
            kind: self.kind,
            schema,
            data,
            metadata,
            recorded_at,
            hash,
        })
    }
}
