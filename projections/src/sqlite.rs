//! The read models in the embedded store's SQLite file: projected by the writer thread inside
//! each append's transaction, queried on the store's reader connections.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use civic_store::ProjectionFailure;
use civic_store::RecordedEvent;
use civic_store::sqlite::{InlineProjection, SqliteStore};
use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use crate::commands::{self, CommandOutcome};
use crate::organisations::{self, OrganisationFilter, OrganisationRow, OverdueQuery, Page};
use crate::{
    PolicyLookup, READ_MODEL_VERSION, REBUILD_LIMIT, ReadModelError, ReadModels, RebuildSlot,
    national_defaults,
};

/// Every read model of the embedded store, projected together and sharing one checkpoint.
pub struct LedgerProjection {
    policy: PolicyLookup,
    /// Set while the read models are rebuilt from nothing (only the writer thread projects).
    rebuild: RebuildSlot<organisations::sqlite::Rebuild>,
}

impl Default for LedgerProjection {
    /// National defaults everywhere.
    fn default() -> Self {
        LedgerProjection::new(national_defaults())
    }
}

impl LedgerProjection {
    pub fn new(policy: PolicyLookup) -> Self {
        LedgerProjection {
            policy,
            rebuild: RebuildSlot::new(REBUILD_LIMIT),
        }
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
                organisations::sqlite::drop_tables(conn)?;
                commands::sqlite::drop_tables(conn)?;
                organisations::sqlite::create_tables(conn)?;
                commands::sqlite::create_tables(conn)?;
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
        let mut rebuild = self.rebuild.lock();
        for event in events {
            match rebuild.as_mut() {
                Some(r) => r.apply(conn, event, &self.policy)?,
                None => organisations::sqlite::apply(conn, event, &self.policy)?,
            }
            commands::sqlite::apply(conn, event)?;
        }
        if let Some(last) = events.last() {
            conn.prepare_cached(
                "UPDATE read_model_checkpoint SET position = ?1 WHERE name = 'ledger'",
            )?
            .execute(params![last.position as i64])?;
        }
        Ok(())
    }

    fn begin_rebuild(&self) {
        *self.rebuild.lock() = Some(organisations::sqlite::Rebuild::holding(self.rebuild.limit));
    }

    fn finish_rebuild(&self, conn: &Connection) -> Result<(), ProjectionFailure> {
        let rebuild = self.rebuild.lock().take();
        match rebuild {
            Some(mut r) => r.finish(conn, &self.policy),
            None => Ok(()),
        }
    }
}

impl LedgerProjection {
    /// With a smaller bound on what a rebuild holds in memory (tests of the write-outs).
    #[cfg(test)]
    pub(crate) fn holding(limit: usize) -> Self {
        LedgerProjection {
            rebuild: RebuildSlot::new(limit),
            ..LedgerProjection::default()
        }
    }
}

/// Queries of the read models of an embedded store (opened with a [`LedgerProjection`]).
#[derive(Clone)]
pub struct SqliteReadModels {
    store: SqliteStore,
}

impl SqliteReadModels {
    pub fn new(store: SqliteStore) -> Self {
        SqliteReadModels { store }
    }
}

#[async_trait]
impl ReadModels for SqliteReadModels {
    async fn organisation(&self, id: Uuid) -> Result<Option<OrganisationRow>, ReadModelError> {
        self.store
            .read(move |c| organisations::sqlite::load(c, &id))
            .await
    }

    async fn organisation_by_credit_code(
        &self,
        code: &str,
    ) -> Result<Option<OrganisationRow>, ReadModelError> {
        let code = code.to_owned();
        self.store
            .read(move |c| organisations::sqlite::by_credit_code(c, &code))
            .await
    }

    async fn credit_code_holder(&self, code: &str) -> Result<Option<Uuid>, ReadModelError> {
        let code = code.to_owned();
        self.store
            .read(move |c| organisations::sqlite::credit_code_holder(c, &code))
            .await
    }

    async fn live_name_holder(
        &self,
        jurisdiction: &str,
        name: &str,
    ) -> Result<Option<Uuid>, ReadModelError> {
        let (jurisdiction, name) = (jurisdiction.to_owned(), name.to_owned());
        self.store
            .read(move |c| organisations::sqlite::live_name_holder(c, &jurisdiction, &name))
            .await
    }

    /// One trip to a reader for both (the default makes two).
    async fn holders(
        &self,
        code: Option<&str>,
        live_name: Option<(&str, &str)>,
    ) -> Result<(Option<Uuid>, Option<Uuid>), ReadModelError> {
        let code = code.map(str::to_owned);
        let live_name = live_name.map(|(j, n)| (j.to_owned(), n.to_owned()));
        self.store
            .read(move |c| {
                let code_holder = match &code {
                    Some(code) => organisations::sqlite::credit_code_holder(c, code)?,
                    None => None,
                };
                let name_holder = match &live_name {
                    Some((j, n)) => organisations::sqlite::live_name_holder(c, j, n)?,
                    None => None,
                };
                Ok((code_holder, name_holder))
            })
            .await
    }

    async fn search(
        &self,
        filter: OrganisationFilter,
        first: usize,
        after: Option<String>,
    ) -> Result<Page<OrganisationRow>, ReadModelError> {
        self.store
            .read(move |c| organisations::sqlite::search(c, &filter, first, after.as_deref()))
            .await
    }

    async fn due_by(&self, day: NaiveDate) -> Result<Vec<Uuid>, ReadModelError> {
        self.store
            .read(move |c| organisations::sqlite::due_by(c, day))
            .await
    }

    async fn overdue(&self, query: OverdueQuery) -> Result<Page<OrganisationRow>, ReadModelError> {
        self.store
            .read(move |c| organisations::sqlite::overdue(c, &query))
            .await
    }

    async fn hubs_of(&self, member: Uuid) -> Result<Vec<(Uuid, String)>, ReadModelError> {
        self.store
            .read(move |c| organisations::sqlite::hubs_of(c, &member))
            .await
    }

    async fn snapshot_before(
        &self,
        id: Uuid,
        at: DateTime<Utc>,
    ) -> Result<Option<OrganisationRow>, ReadModelError> {
        self.store
            .read(move |c| organisations::sqlite::snapshot_before(c, &id, at))
            .await
    }

    async fn command_outcome(
        &self,
        command_id: &str,
    ) -> Result<Option<CommandOutcome>, ReadModelError> {
        let key = command_id.to_owned();
        self.store
            .read(move |c| commands::sqlite::command_outcome(c, &key))
            .await
    }
}
