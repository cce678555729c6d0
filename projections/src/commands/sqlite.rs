use rusqlite::{Connection, OptionalExtension};

use super::CommandOutcome;
use crate::ReadModelError;

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
