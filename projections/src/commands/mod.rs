//! Which command wrote which events: lets a retried mutation (same `commandId`) return its first
//! outcome without writing again, even when the retry races the original.

pub(crate) mod postgres;
pub(crate) mod sqlite;

use std::marker::PhantomData;

use civic_store::ProjectionFailure;

use crate::runtime::table::{Type, col};
use crate::runtime::{
    Applied, Change, Changes, Guard, Projector, ProjectorInfo, Stored, TableDef, Value,
};

/// What a command wrote, found by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandOutcome {
    pub command: String,
    pub stream: String,
    pub last_version: u64,
    pub last_position: u64,
}

pub static OUTCOMES: TableDef = TableDef {
    name: "rm_command_outcomes",
    columns: &[
        col("command_id", Type::Key),
        col("command", Type::Text),
        col("stream", Type::Key),
        col("last_version", Type::Int),
        col("last_position", Type::Int),
    ],
    key: &["command_id"],
    indexes: &[],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "command_outcomes",
    version: 1,
    tables: &[&OUTCOMES],
    search: &[],
};

pub struct Outcomes<A>(PhantomData<fn() -> A>);

impl<A> Default for Outcomes<A> {
    fn default() -> Self {
        Outcomes(PhantomData)
    }
}

impl<A: Stored> Projector<A> for Outcomes<A> {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    /// The first event of a command makes its row, the next ones of the same append move it
    /// on; an id already used on another stream is refused.
    fn project(&self, e: &Applied<'_, A>, out: &mut Changes) -> Result<(), ProjectionFailure> {
        let Some(command_id) = e.metadata.get("commandId").and_then(|v| v.as_str()) else {
            return Ok(());
        };
        let command = e
            .metadata
            .get("command")
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        out.push(Change::Upsert {
            table: &OUTCOMES,
            row: vec![
                Value::text(command_id),
                Value::text(command),
                Value::text(e.stream),
                Value::uint(e.version),
                Value::PositionOf(e.index),
            ],
            before: None,
            guard: Some(Guard {
                column: "stream",
                failure: ProjectionFailure {
                    rule: None,
                    message: format!(
                        "command id {command_id} was already used for another command"
                    ),
                },
            }),
        });
        Ok(())
    }
}
