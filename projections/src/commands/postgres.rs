use std::collections::{HashMap, HashSet};

use civic_store::ProjectionFailure;
use civic_store::RecordedEvent;
use sqlx::PgConnection;

use super::{CommandOutcome, issued_by, reused};
use crate::ReadModelError;

pub(crate) const CREATE: &str = r#"
CREATE TABLE IF NOT EXISTS rm_command_outcomes (
    command_id    text COLLATE "C" PRIMARY KEY,
    command       text NOT NULL,
    stream        text NOT NULL,
    last_version  bigint NOT NULL,
    last_position bigint NOT NULL
);
"#;

pub(crate) const DROP: &str = "DROP TABLE IF EXISTS rm_command_outcomes";

/// Records the outcome of every command among `events`, in one statement.
pub(crate) async fn apply(
    conn: &mut PgConnection,
    events: &[RecordedEvent],
) -> Result<(), ProjectionFailure> {
    // A command's events are consecutive in one append; its outcome is its last event. One
    // statement may not touch a row twice, so the batch is reduced to one row per command.
    let mut order: Vec<&str> = Vec::new();
    let mut last: HashMap<&str, (&str, &RecordedEvent)> = HashMap::new();
    for event in events {
        let Some((command_id, command)) = issued_by(event) else {
            continue;
        };
        match last.get_mut(command_id) {
            Some((_, seen)) if seen.stream != event.stream => return Err(reused(command_id)),
            Some((_, seen)) => *seen = event,
            None => {
                order.push(command_id);
                last.insert(command_id, (command, event));
            }
        }
    }
    if order.is_empty() {
        return Ok(());
    }
    let mut ids = Vec::with_capacity(order.len());
    let mut commands = Vec::with_capacity(order.len());
    let mut streams = Vec::with_capacity(order.len());
    let mut versions = Vec::with_capacity(order.len());
    let mut positions = Vec::with_capacity(order.len());
    for id in &order {
        let (command, event) = last[id];
        ids.push(*id);
        commands.push(command);
        streams.push(event.stream.as_str());
        versions.push(event.version as i64);
        positions.push(event.position as i64);
    }
    // An id met again on its own stream moves the outcome on; an id already used on another
    // stream updates nothing and is not returned.
    let written: Vec<String> = sqlx::query_scalar(
        "INSERT INTO rm_command_outcomes (command_id, command, stream, last_version, last_position)
         SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::int8[], $5::int8[])
         ON CONFLICT (command_id) DO UPDATE SET
             last_version = excluded.last_version, last_position = excluded.last_position
         WHERE rm_command_outcomes.stream = excluded.stream
         RETURNING command_id",
    )
    .bind(&ids)
    .bind(&commands)
    .bind(&streams)
    .bind(&versions)
    .bind(&positions)
    .fetch_all(&mut *conn)
    .await?;
    if written.len() < order.len() {
        let written: HashSet<&str> = written.iter().map(String::as_str).collect();
        if let Some(id) = order.iter().find(|id| !written.contains(*id)) {
            return Err(reused(id));
        }
    }
    Ok(())
}

pub(crate) async fn command_outcome(
    conn: &mut PgConnection,
    command_id: &str,
) -> Result<Option<CommandOutcome>, ReadModelError> {
    let row: Option<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT command, stream, last_version, last_position FROM rm_command_outcomes \
         WHERE command_id = $1",
    )
    .bind(command_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(
        |(command, stream, last_version, last_position)| CommandOutcome {
            command,
            stream,
            last_version: last_version as u64,
            last_position: last_position as u64,
        },
    ))
}
