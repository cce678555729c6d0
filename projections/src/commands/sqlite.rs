use civic_store::ProjectionFailure;
use civic_store::RecordedEvent;
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
    // One statement: the first event of a command inserts, the next ones of the same append
    // move the outcome on; an id already used on another stream updates nothing.
    let written = conn
        .prepare_cached(
            "INSERT INTO rm_command_outcomes \
             (command_id, command, stream, last_version, last_position) \
             VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (command_id) DO UPDATE SET \
                 last_version = excluded.last_version, last_position = excluded.last_position \
             WHERE rm_command_outcomes.stream = excluded.stream",
        )?
        .execute(params![
            command_id,
            command,
            event.stream,
            event.version as i64,
            event.position as i64
        ])?;
    if written == 0 {
        return Err(reused(command_id));
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
