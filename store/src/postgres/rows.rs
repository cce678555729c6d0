//! Reading recorded events back, and the conversions between Rust and column types.

use chrono::DateTime;
use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};
use uuid::Uuid;

use crate::{Direction, RecordedEvent, StoreError, StreamFrom};

/// Columns in the order `decode` reads them.
macro_rules! event_columns {
    () => {
        "e.position, s.name, e.version, e.id::text, e.kind, e.schema, e.data, e.metadata, \
         e.recorded_at, e.hash"
    };
}

const READ_ALL: &str = concat!(
    "SELECT ",
    event_columns!(),
    " FROM ledger_events e JOIN ledger_streams s ON s.id = e.stream_id \
     WHERE e.position >= $1 ORDER BY e.position LIMIT $2"
);

const READ_STREAM_FORWARDS: &str = concat!(
    "SELECT ",
    event_columns!(),
    " FROM ledger_events e JOIN ledger_streams s ON s.id = e.stream_id \
     WHERE s.name = $1 AND e.version >= $2 ORDER BY e.version ASC LIMIT $3"
);

const READ_STREAM_BACKWARDS: &str = concat!(
    "SELECT ",
    event_columns!(),
    " FROM ledger_events e JOIN ledger_streams s ON s.id = e.stream_id \
     WHERE s.name = $1 AND e.version <= $2 ORDER BY e.version DESC LIMIT $3"
);

/// A u64 as a bigint, saturating (positions and versions never come near the limit).
pub(super) fn to_i64(v: u64) -> i64 {
    v.min(i64::MAX as u64) as i64
}

pub(super) fn limit(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

pub(super) async fn read_all(
    conn: &mut PgConnection,
    from: u64,
    limit_: usize,
) -> Result<Vec<RecordedEvent>, StoreError> {
    let rows = sqlx::query(READ_ALL)
        .bind(to_i64(from))
        .bind(limit(limit_))
        .fetch_all(conn)
        .await?;
    rows.iter().map(decode).collect()
}

pub(super) async fn read_stream(
    conn: &mut PgConnection,
    stream: &str,
    from: StreamFrom,
    direction: Direction,
    limit_: usize,
) -> Result<Vec<RecordedEvent>, StoreError> {
    let start = match (direction, from) {
        (Direction::Forwards, StreamFrom::Start) => 0,
        (Direction::Forwards, StreamFrom::End) => return Ok(Vec::new()),
        (Direction::Backwards, StreamFrom::Start) => 0,
        (Direction::Backwards, StreamFrom::End) => i64::MAX,
        (_, StreamFrom::Version(v)) => to_i64(v),
    };
    let sql = match direction {
        Direction::Forwards => READ_STREAM_FORWARDS,
        Direction::Backwards => READ_STREAM_BACKWARDS,
    };
    let rows = sqlx::query(sql)
        .bind(stream)
        .bind(start)
        .bind(limit(limit_))
        .fetch_all(conn)
        .await?;
    rows.iter().map(decode).collect()
}

/// Decodes one row; a row altered in the database becomes `Corrupt`, naming where it is.
fn decode(row: &PgRow) -> Result<RecordedEvent, StoreError> {
    let position: i64 = row.try_get(0)?;
    let stream: String = row.try_get(1)?;
    let version: i64 = row.try_get(2)?;
    let corrupt = |reason: String| StoreError::Corrupt {
        stream: stream.clone(),
        version: version as u64,
        position: position as u64,
        reason,
    };
    let id: String = row.try_get(3)?;
    let id = Uuid::parse_str(&id).map_err(|e| corrupt(format!("event id: {e}")))?;
    let kind: String = row.try_get(4)?;
    let schema: i32 = row.try_get(5)?;
    let schema = u16::try_from(schema).map_err(|_| corrupt(format!("schema {schema}")))?;
    let data: String = row.try_get(6)?;
    let data = serde_json::from_str(&data).map_err(|e| corrupt(format!("data: {e}")))?;
    let metadata: String = row.try_get(7)?;
    let metadata =
        serde_json::from_str(&metadata).map_err(|e| corrupt(format!("metadata: {e}")))?;
    let recorded_at: i64 = row.try_get(8)?;
    let recorded_at = DateTime::from_timestamp_micros(recorded_at)
        .ok_or_else(|| corrupt(format!("recorded_at {recorded_at}")))?;
    let hash: Vec<u8> = row.try_get(9)?;
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
