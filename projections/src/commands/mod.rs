//! Which command wrote which events: lets a retried mutation (same `commandId`) return its first
//! outcome without writing again, even when the retry races the original.

pub(crate) mod postgres;
pub(crate) mod sqlite;

use civic_store::ProjectionFailure;
use civic_store::RecordedEvent;

/// What a command wrote, found by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandOutcome {
    pub command: String,
    pub stream: String,
    pub last_version: u64,
    pub last_position: u64,
}

/// The command id and command name an event's metadata carries, if any.
fn issued_by(event: &RecordedEvent) -> Option<(&str, &str)> {
    let command_id = event.metadata.get("commandId")?.as_str()?;
    let command = event
        .metadata
        .get("command")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    Some((command_id, command))
}

fn reused(command_id: &str) -> ProjectionFailure {
    ProjectionFailure {
        rule: None,
        message: format!("command id {command_id} was already used for another command"),
    }
}
