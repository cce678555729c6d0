use sqlx::PgConnection;

use super::CommandOutcome;
use crate::ReadModelError;

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
