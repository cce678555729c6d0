//! Reading recorded events back, and the conversions between Rust and column types.

use crate::stored::{StoredId, StoredRow};
use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};

use crate::stored::to_i64;
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
    let Some(start) = from.first_version(direction) else {
        return Ok(Vec::new());
    };
    let sql = match direction {
        Direction::Forwards => READ_STREAM_FORWARDS,
        Direction::Backwards => READ_STREAM_BACKWARDS,
    };
    let rows = sqlx::query(sql)
        .bind(stream)
        .bind(to_i64(start))
        .bind(limit(limit_))
        .fetch_all(conn)
        .await?;
    rows.iter().map(decode).collect()
}

/// Decodes one row (see [`crate::stored::StoredRow::decode`] for what counts as damaged).
fn decode(row: &PgRow) -> Result<RecordedEvent, StoreError> {
    let schema: i32 = row.try_get(5)?;
    StoredRow {
        position: row.try_get(0)?,
        stream: row.try_get(1)?,
        version: row.try_get(2)?,
        id: StoredId::Text(row.try_get(3)?),
        kind: row.try_get(4)?,
        schema: i64::from(schema),
        data: row.try_get(6)?,
        metadata: row.try_get(7)?,
        recorded_at_micros: row.try_get(8)?,
        hash: row.try_get(9)?,
    }
    .decode()
}

const READ_CATEGORY: &str = concat!(
    "SELECT ",
    event_columns!(),
    " FROM ledger_streams s JOIN ledger_events e ON e.stream_id = s.id \
     WHERE s.name >= $1 AND s.name < $2 AND (s.name > $1 OR e.version > $3) \
     ORDER BY s.name, e.version LIMIT $4"
);

/// At most `limit` events of the streams of `category`, stream by stream in name order and in
/// version order within a stream, after `after` (a stream and version): how read models are
/// rebuilt, one stream at a time, in constant memory.
pub async fn read_category(
    conn: &mut PgConnection,
    category: &str,
    after: Option<(&str, u64)>,
    limit_: usize,
) -> Result<Vec<RecordedEvent>, StoreError> {
    let low = format!("{category}-");
    let (after_stream, after_version) = match after {
        Some((s, v)) => (s.to_owned().max(low.clone()), to_i64(v)),
        None => (low, -1),
    };
    let rows = sqlx::query(READ_CATEGORY)
        .bind(after_stream)
        .bind(format!("{category}."))
        .bind(after_version)
        .bind(limit(limit_))
        .persistent(false)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(decode).collect()
}
