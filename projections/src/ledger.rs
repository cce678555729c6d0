use std::sync::Arc;

use chrono::NaiveDate;
use civic_domain::policy::Policy;
use civic_store::RecordedEvent;
use civic_store::sqlite::{InlineProjection, ProjectionFailure};
use rusqlite::{Connection, OptionalExtension, params};

use crate::{commands, organisations};

/// Bumped whenever a read model's tables or meaning change: a store opened with a newer version
/// drops the read models and replays the log into them.
const READ_MODEL_VERSION: i64 = 5;

/// The policy in force for a jurisdiction on a date (the deployment's policy table).
pub type PolicyLookup = Arc<dyn Fn(&str, NaiveDate) -> Policy + Send + Sync>;

/// Every read model of the embedded store, projected together and sharing one checkpoint.
pub struct LedgerProjection {
    policy: PolicyLookup,
}

impl Default for LedgerProjection {
    /// National defaults everywhere.
    fn default() -> Self {
        LedgerProjection {
            policy: Arc::new(|_: &str, _| Policy::default()),
        }
    }
}

impl LedgerProjection {
    pub fn new(policy: PolicyLookup) -> Self {
        LedgerProjection { policy }
    }
}

impl InlineProjection for LedgerProjection {
    fn setup(&self, conn: &Connection) -> Result<u64, ProjectionFailure> {
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS read_model_checkpoint (
                 name TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL)",
        )?;
        let found: Option<(i64, i64)> = conn
            .query_row(
                "SELECT version, position FROM read_model_checkpoint WHERE name = 'ledger'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match found {
            Some((version, position)) if version == READ_MODEL_VERSION => Ok(position as u64),
            _ => {
                organisations::drop_tables(conn)?;
                commands::drop_tables(conn)?;
                organisations::create_tables(conn)?;
                commands::create_tables(conn)?;
                conn.execute(
                    "INSERT OR REPLACE INTO read_model_checkpoint (name, version, position) \
                     VALUES ('ledger', ?1, 0)",
                    [READ_MODEL_VERSION],
                )?;
                Ok(0)
            }
        }
    }

    fn apply(&self, conn: &Connection, events: &[RecordedEvent]) -> Result<(), ProjectionFailure> {
        for event in events {
            organisations::apply(conn, event, &self.policy)?;
            commands::apply(conn, event)?;
        }
        if let Some(last) = events.last() {
            conn.prepare_cached(
                "UPDATE read_model_checkpoint SET position = ?1 WHERE name = 'ledger'",
            )?
            .execute(params![last.position as i64])?;
        }
        Ok(())
    }
}
