use civic_store::RecordedEvent;
use civic_store::sqlite::ProjectionFailure;
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

pub(crate) async fn apply(
    conn: &mut PgConnection,
    event: &RecordedEvent,
) -> Result<(), ProjectionFailure> {
    let Some((command_id, command)) = issued_by(event) else {
        return Ok(());
    };
    // One round trip: the first event of a command inserts, the next ones of the same append
    // move the outcome on; an id already used on another stream updates nothing.
    let written: Option<i32> = sqlx::query_scalar(
        "INSERT INTO rm_command_outcomes (command_id, command, stream, last_version, last_position)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (command_id) DO UPDATE SET
             last_version = excluded.last_version, last_position = excluded.last_position
         WHERE rm_command_outcomes.stream = excluded.stream
         RETURNING 1",
    )
    .bind(command_id)
    .bind(command)
    .bind(&event.stream)
    .bind(event.version as i64)
    .bind(event.position as i64)
    .fetch_optional(&mut *conn)
    .await?;
    match written {
        Some(_) => Ok(()),
        None => Err(reused(command_id)),
    }
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
