//! The read models in the embedded store's SQLite file: projected by the writer thread inside
//! each append's transaction, queried on the store's reader connections.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use civic_store::ProjectionFailure;
use civic_store::RecordedEvent;
use civic_store::sqlite::{InlineProjection, Later, SqliteStore};
use rusqlite::Connection;
use uuid::Uuid;

use std::sync::Arc;

use crate::commands::{self, CommandOutcome};
use crate::organisations::{self, OrganisationFilter, OrganisationRow, OverdueQuery, Page};
use crate::runtime::query::sqlite as query;
use crate::runtime::query::{Row, Select};
use crate::states::StoredState;
use crate::{PolicyLookup, ReadModelError, ReadModelSet, ReadModels, national_defaults, runtime};

/// Every read model of the embedded store, each projector with its own checkpoint.
pub struct LedgerProjection {
    set: Arc<ReadModelSet>,
}

impl Default for LedgerProjection {
    /// National defaults everywhere.
    fn default() -> Self {
        LedgerProjection::new(national_defaults())
    }
}

impl LedgerProjection {
    pub fn new(policy: PolicyLookup) -> Self {
        LedgerProjection::of(Arc::new(ReadModelSet::new(policy)))
    }

    /// Projecting `set`, which the command handler shares to hand its changes over.
    pub fn of(set: Arc<ReadModelSet>) -> Self {
        LedgerProjection { set }
    }
}

impl InlineProjection for LedgerProjection {
    fn setup(&self, conn: &Connection) -> Result<u64, ProjectionFailure> {
        runtime::sqlite::setup(conn, self.set.registry())
    }

    fn apply(
        &self,
        conn: &Connection,
        events: &[RecordedEvent],
        later: &mut Later,
    ) -> Result<(), ProjectionFailure> {
        runtime::sqlite::project(conn, self.set.registry(), self.set.handoff(), events, later)
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
            .read(move |c| {
                let found = query::row(c, &organisations::queries::by_id(&id))?;
                found.map(OrganisationRow::from_row).transpose()
            })
            .await
    }

    async fn organisation_by_credit_code(
        &self,
        code: &str,
    ) -> Result<Option<OrganisationRow>, ReadModelError> {
        let code = code.to_owned();
        self.store
            .read(move |c| {
                let found = query::row(c, &organisations::queries::by_credit_code(&code))?;
                found.map(OrganisationRow::from_row).transpose()
            })
            .await
    }

    async fn claim_holders(
        &self,
        claims: Vec<(String, String)>,
    ) -> Result<Vec<Option<String>>, ReadModelError> {
        // Most commands ask for none (a change of domicile): no trip to a reader for nothing.
        if claims.is_empty() {
            return Ok(Vec::new());
        }
        self.store
            .read_by_key(|c| crate::claims::sqlite::holders(c, &claims))
    }

    async fn state(&self, category: &str, id: &str) -> Result<Option<StoredState>, ReadModelError> {
        self.store
            .read_by_key(|c| crate::states::sqlite::state(c, category, id))
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
            .read(move |c| {
                organisations::queries::ids(query::rows(c, &organisations::queries::due_by(day))?)
            })
            .await
    }

    async fn overdue(
        &self,
        overdue: OverdueQuery,
    ) -> Result<Page<OrganisationRow>, ReadModelError> {
        self.store
            .read(move |c| {
                let (select, after) = organisations::queries::overdue(&overdue)?;
                let total = query::count(c, &select)?;
                let rows = query::rows(c, &select)?;
                organisations::queries::overdue_page(rows, &overdue, total, after)
            })
            .await
    }

    async fn hubs_of(&self, member: Uuid) -> Result<Vec<(Uuid, String)>, ReadModelError> {
        self.store
            .read(move |c| {
                organisations::queries::hubs(query::rows(
                    c,
                    &organisations::queries::hubs_of(&member),
                )?)
            })
            .await
    }

    async fn snapshot_before(
        &self,
        category: &str,
        id: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<StoredState>, ReadModelError> {
        let (category, id) = (category.to_owned(), id.to_owned());
        self.store
            .read(move |c| crate::states::sqlite::snapshot_before(c, &category, &id, at))
            .await
    }

    async fn snapshot_at_version(
        &self,
        category: &str,
        id: &str,
        version: u64,
    ) -> Result<Option<StoredState>, ReadModelError> {
        let (category, id) = (category.to_owned(), id.to_owned());
        self.store
            .read(move |c| crate::states::sqlite::snapshot_at_version(c, &category, &id, version))
            .await
    }

    async fn command_outcome(
        &self,
        command_id: &str,
    ) -> Result<Option<CommandOutcome>, ReadModelError> {
        self.store
            .read_by_key(|c| commands::sqlite::command_outcome(c, command_id))
    }

    async fn select(&self, select: Select) -> Result<Vec<Row>, ReadModelError> {
        self.store.read(move |c| query::rows(c, &select)).await
    }

    async fn count(&self, select: Select) -> Result<u64, ReadModelError> {
        self.store.read(move |c| query::count(c, &select)).await
    }
}
