//! The aggregate-state store: every stream's current state, version and position, and a
//! snapshot every [`SNAPSHOT_EVERY`] events, for every aggregate, in one pair of tables. The
//! command handler loads from it; time travel folds on from its nearest snapshot; query tables
//! keep only what queries need.

use std::marker::PhantomData;

use civic_store::ProjectionFailure;

use crate::runtime::table::{Type, col};
use crate::runtime::{
    Applied, Changes, Projector, ProjectorInfo, Rebuilt, Stored, TableDef, Value,
};

/// Every this many events of a stream the state it reached is kept, so that time travel folds
/// at most this many events instead of the whole stream (AUDIT-ASOF).
pub const SNAPSHOT_EVERY: u64 = 256;

pub static STATES: TableDef = TableDef {
    name: "aggregate_states",
    columns: &[
        col("category", Type::Key),
        col("id", Type::Key),
        col("version", Type::Int),
        col("position", Type::Int),
        col("state", Type::Text),
    ],
    key: &["category", "id"],
    indexes: &[],
    // Rewritten at every event, never by an indexed column: room for PostgreSQL to update in
    // place (HOT).
    fillfactor: Some(70),
};

pub static SNAPSHOTS: TableDef = TableDef {
    name: "aggregate_snapshots",
    columns: &[
        col("category", Type::Key),
        col("id", Type::Key),
        col("version", Type::Int),
        col("position", Type::Int),
        col("recorded_at", Type::Int),
        col("state", Type::Text),
    ],
    key: &["category", "id", "version"],
    indexes: &[],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "states",
    version: 1,
    tables: &[&STATES, &SNAPSHOTS],
    search: &[],
};

/// The state-store projector of aggregate `A`.
pub struct States<A>(PhantomData<fn() -> A>);

impl<A> Default for States<A> {
    fn default() -> Self {
        States(PhantomData)
    }
}

fn encode<A: Stored>(state: &A) -> Result<String, ProjectionFailure> {
    serde_json::to_string(state).map_err(|e| ProjectionFailure {
        rule: None,
        message: format!("cannot store the {} state: {e}", A::CATEGORY),
    })
}

impl<A: Stored> Projector<A> for States<A> {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn project(&self, e: &Applied<'_, A>, out: &mut Changes) -> Result<(), ProjectionFailure> {
        let snapshot = (e.version + 1).is_multiple_of(SNAPSHOT_EVERY);
        if e.rebuilding && !snapshot {
            return Ok(());
        }
        let json = encode(e.after)?;
        if snapshot {
            out.upsert(
                &SNAPSHOTS,
                vec![
                    Value::text(A::CATEGORY),
                    Value::text(e.id),
                    Value::uint(e.version),
                    Value::PositionOf(e.index),
                    Value::RecordedAtOf(e.index),
                    Value::Text(json.clone()),
                ],
            );
        }
        if !e.rebuilding {
            out.upsert(
                &STATES,
                vec![
                    Value::text(A::CATEGORY),
                    Value::text(e.id),
                    Value::uint(e.version),
                    Value::PositionOf(e.index),
                    Value::Text(json),
                ],
            );
        }
        Ok(())
    }

    fn rebuilt(&self, s: &Rebuilt<'_, A>, out: &mut Changes) -> Result<(), ProjectionFailure> {
        out.upsert(
            &STATES,
            vec![
                Value::text(A::CATEGORY),
                Value::text(s.id),
                Value::uint(s.version),
                Value::uint(s.position),
                Value::Text(encode(s.state)?),
            ],
        );
        Ok(())
    }
}

/// A stream's stored state: its version, the position of its last event, and the state as JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredState {
    pub version: u64,
    pub position: u64,
    pub state: String,
}

pub(crate) mod sqlite {
    use chrono::{DateTime, Utc};
    use rusqlite::{Connection, OptionalExtension, params};

    use super::StoredState;
    use crate::ReadModelError;

    fn stored(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredState> {
        Ok(StoredState {
            version: r.get::<_, i64>(0)? as u64,
            position: r.get::<_, i64>(1)? as u64,
            state: r.get(2)?,
        })
    }

    pub(crate) fn state(
        conn: &Connection,
        category: &str,
        id: &str,
    ) -> Result<Option<StoredState>, ReadModelError> {
        Ok(conn
            .prepare_cached(
                "SELECT version, position, state FROM aggregate_states \
                 WHERE category = ?1 AND id = ?2",
            )?
            .query_row([category, id], stored)
            .optional()?)
    }

    /// Recorded instants never go back, so every event a snapshot taken by `at` covers was
    /// recorded by then.
    pub(crate) fn snapshot_before(
        conn: &Connection,
        category: &str,
        id: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<StoredState>, ReadModelError> {
        Ok(conn
            .prepare_cached(
                "SELECT version, position, state FROM aggregate_snapshots \
                 WHERE category = ?1 AND id = ?2 AND recorded_at <= ?3 \
                 ORDER BY version DESC LIMIT 1",
            )?
            .query_row(params![category, id, at.timestamp_micros()], stored)
            .optional()?)
    }

    pub(crate) fn snapshot_at_version(
        conn: &Connection,
        category: &str,
        id: &str,
        version: u64,
    ) -> Result<Option<StoredState>, ReadModelError> {
        Ok(conn
            .prepare_cached(
                "SELECT version, position, state FROM aggregate_snapshots \
                 WHERE category = ?1 AND id = ?2 AND version <= ?3 \
                 ORDER BY version DESC LIMIT 1",
            )?
            .query_row(params![category, id, version as i64], stored)
            .optional()?)
    }
}

pub(crate) mod postgres {
    use chrono::{DateTime, Utc};
    use sqlx::PgConnection;

    use super::StoredState;
    use crate::ReadModelError;

    fn stored(row: Option<(i64, i64, String)>) -> Option<StoredState> {
        row.map(|(version, position, state)| StoredState {
            version: version as u64,
            position: position as u64,
            state,
        })
    }

    pub(crate) async fn state(
        conn: &mut PgConnection,
        category: &str,
        id: &str,
    ) -> Result<Option<StoredState>, ReadModelError> {
        let row = sqlx::query_as(
            "SELECT version, position, state FROM aggregate_states WHERE category = $1 AND id = $2",
        )
        .bind(category)
        .bind(id)
        .fetch_optional(conn)
        .await?;
        Ok(stored(row))
    }

    pub(crate) async fn snapshot_before(
        conn: &mut PgConnection,
        category: &str,
        id: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<StoredState>, ReadModelError> {
        let row = sqlx::query_as(
            "SELECT version, position, state FROM aggregate_snapshots \
             WHERE category = $1 AND id = $2 AND recorded_at <= $3 \
             ORDER BY version DESC LIMIT 1",
        )
        .bind(category)
        .bind(id)
        .bind(at.timestamp_micros())
        .fetch_optional(conn)
        .await?;
        Ok(stored(row))
    }

    pub(crate) async fn snapshot_at_version(
        conn: &mut PgConnection,
        category: &str,
        id: &str,
        version: u64,
    ) -> Result<Option<StoredState>, ReadModelError> {
        let row = sqlx::query_as(
            "SELECT version, position, state FROM aggregate_snapshots \
             WHERE category = $1 AND id = $2 AND version <= $3 \
             ORDER BY version DESC LIMIT 1",
        )
        .bind(category)
        .bind(id)
        .bind(version as i64)
        .fetch_optional(conn)
        .await?;
        Ok(stored(row))
    }
}
