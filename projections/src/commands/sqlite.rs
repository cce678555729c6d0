use civic_store::RecordedEvent;
use civic_store::sqlite::ProjectionFailure;
use rusqlite::{Connection, OptionalExtension, params};

use super::{CommandOutcome, issued_by, reused};
use crate::ReadModelError;

pub(crate) fn create_tables(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS rm_command_outcomes (
             command_id    TEXT PRIMARY KEY,
             command       TEXT NOT NULL,
             stream        TEXT NOT NULL,
             last_version  INTEGER NOT NULL,
             last_position INTEGER NOT NULL
         )",
    )
}

pub(crate) fn drop_tables(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("DROP TABLE IF EXISTS rm_command_outcomes")
}

pub(crate) fn apply(conn: &Connection, event: &RecordedEvent) -> Result<(), ProjectionFailure> {
    let Some((command_id, command)) = issued_by(event) else {
        return Ok(());
    };
    // The events of one append share the command id: the last one's place is the outcome.
    let existing: Option<String> = conn
        .prepare_cached("SELECT stream FROM rm_command_outcomes WHERE command_id = ?1")?
        .query_row([command_id], |r| r.get(0))
        .optional()?;
    match existing {
        Some(stream) if stream == event.stream => {
            conn.prepare_cached(
                "UPDATE rm_command_outcomes SET last_version = ?2, last_position = ?3 \
                 WHERE command_id = ?1",
            )?
            .execute(params![
                command_id,
                event.version as i64,
                event.position as i64
            ])?;
        }
        Some(_) => return Err(reused(command_id)),
        None => {
            conn.prepare_cached(
                "INSERT INTO rm_command_outcomes \
                 (command_id, command, stream, last_version, last_position) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                command_id,
                command,
                event.stream,
                event.version as i64,
                event.position as i64
            ])?;
        }
    }
    Ok(())
}

pub(crate) fn command_outcome(
    conn: &Connection,
    command_id: &str,
) -> Result<Option<CommandOutcome>, ReadModelError> {
    Ok(conn
        .prepare_cached(
            "SELECT command, stream, last_version, last_position FROM rm_command_outcomes \
             WHERE command_id = ?1",
        )?
        .query_row([command_id], |r| {
            Ok(CommandOutcome {
                command: r.get(0)?,
                stream: r.get(1)?,
                last_version: r.get::<_, i64>(2)? as u64,
                last_position: r.get::<_, i64>(3)? as u64,
            })
        })
        .optional()?)
}
