//! The read models in the shared PostgreSQL database: projected inside each append's
//! transaction (while it holds the position counter, so every server's events reach them once
//! and in order), and queried on the store's pool. A query on any server sees every append
//! that returned on any server.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use civic_store::ProjectionFailure;
use civic_store::RecordedEvent;
use civic_store::postgres::{Early, InlineProjection, Pending, PostgresStore};
use sqlx::PgConnection;
use sqlx::pool::PoolConnection;
use sqlx::postgres::PgConnectOptions;
use uuid::Uuid;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use sqlx::AssertSqlSafe;

use crate::commands::{self, CommandOutcome};
use crate::organisations::{self, OrganisationFilter, OrganisationRow, OverdueQuery, Page};
use crate::runtime::query::postgres as query;
use crate::runtime::query::{Row, Select};
use crate::states::StoredState;
use crate::{PolicyLookup, ReadModelError, ReadModelSet, ReadModels, national_defaults, runtime};

/// Every read model of the shared store, each projector with its own checkpoint.
pub struct PgLedgerProjection {
    set: Arc<ReadModelSet>,
    /// Set by a setup that rebuilt something, for the vacuum after it commits.
    rebuilt: AtomicBool,
}

impl Default for PgLedgerProjection {
    /// National defaults everywhere.
    fn default() -> Self {
        PgLedgerProjection::new(national_defaults())
    }
}

impl PgLedgerProjection {
    pub fn new(policy: PolicyLookup) -> Self {
        PgLedgerProjection::of(Arc::new(ReadModelSet::new(policy)))
    }

    /// Projecting `set`, which the command handler shares to hand its changes over.
    pub fn of(set: Arc<ReadModelSet>) -> Self {
        PgLedgerProjection {
            set,
            rebuilt: AtomicBool::new(false),
        }
    }
}

#[async_trait]
impl InlineProjection for PgLedgerProjection {
    async fn setup(
        &self,
        conn: &mut PgConnection,
        server: &PgConnectOptions,
    ) -> Result<u64, ProjectionFailure> {
        let (head, rebuilt) = runtime::postgres::setup(conn, server, self.set.registry()).await?;
        self.rebuilt.store(rebuilt, Ordering::Relaxed);
        Ok(head)
    }

    async fn apply(
        &self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
    ) -> Result<(), ProjectionFailure> {
        runtime::postgres::project(conn, self.set.registry(), self.set.handoff(), events).await
    }

    async fn apply_pending(
        &self,
        conn: &mut PgConnection,
        appends: &[Pending<'_>],
    ) -> Result<Option<Early>, ProjectionFailure> {
        Ok(
            runtime::postgres::project_pending(conn, self.set.handoff(), appends)
                .await?
                .map(|r| Box::new(r) as Early),
        )
    }

    async fn finish_pending(
        &self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
        early: Early,
    ) -> Result<(), ProjectionFailure> {
        let remainder = early
            .downcast::<runtime::postgres::Remainder>()
            .map_err(|_| ProjectionFailure {
                rule: None,
                message: "a batch's early projection came from another projection".into(),
            })?;
        runtime::postgres::finish_pending(conn, *remainder, events).await
    }

    async fn after_rebuild(&self, conn: &mut PgConnection) -> Result<(), sqlx::Error> {
        if !self.rebuilt.swap(false, Ordering::Relaxed) {
            return Ok(());
        }
        // Freshly written tables have no visibility map: a `totalCount` then visits every
        // row's heap page (W3 ran 7x slower until autovacuum came by). Their statistics were
        // gathered in the rebuild's transaction (`runtime::postgres::setup`): a second ANALYZE
        // would only repeat it.
        for t in self.set.registry().tables() {
            sqlx::raw_sql(AssertSqlSafe(format!("VACUUM {}", t.name)))
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    }
}

/// Queries of the read models of a shared store (connected with a [`PgLedgerProjection`]).
#[derive(Clone)]
pub struct PgReadModels {
    store: PostgresStore,
}

impl PgReadModels {
    pub fn new(store: PostgresStore) -> Self {
        PgReadModels { store }
    }

    async fn conn(&self) -> Result<PoolConnection<sqlx::Postgres>, ReadModelError> {
        Ok(self.store.pool().acquire().await?)
    }
}

#[async_trait]
impl ReadModels for PgReadModels {
    async fn organisation(&self, id: Uuid) -> Result<Option<OrganisationRow>, ReadModelError> {
        let select = organisations::queries::by_id(&id);
        let found = query::row(&mut *self.conn().await?, &select).await?;
        found.map(OrganisationRow::from_row).transpose()
    }

    async fn organisation_by_credit_code(
        &self,
        code: &str,
    ) -> Result<Option<OrganisationRow>, ReadModelError> {
        let select = organisations::queries::by_credit_code(code);
        let found = query::row(&mut *self.conn().await?, &select).await?;
        found.map(OrganisationRow::from_row).transpose()
    }

    async fn claim_holders(
        &self,
        claims: Vec<(String, String)>,
    ) -> Result<Vec<Option<String>>, ReadModelError> {
        crate::claims::postgres::holders(&mut *self.conn().await?, &claims).await
    }

    async fn state(&self, category: &str, id: &str) -> Result<Option<StoredState>, ReadModelError> {
        crate::states::postgres::state(&mut *self.conn().await?, category, id).await
    }

    async fn search(
        &self,
        filter: OrganisationFilter,
        first: usize,
        after: Option<String>,
    ) -> Result<Page<OrganisationRow>, ReadModelError> {
        organisations::postgres::search(&mut *self.conn().await?, &filter, first, after.as_deref())
            .await
    }

    async fn due_by(&self, day: NaiveDate) -> Result<Vec<Uuid>, ReadModelError> {
        let select = organisations::queries::due_by(day);
        organisations::queries::ids(query::rows(&mut *self.conn().await?, &select).await?)
    }

    async fn overdue(
        &self,
        overdue: OverdueQuery,
    ) -> Result<Page<OrganisationRow>, ReadModelError> {
        let (select, after) = organisations::queries::overdue(&overdue)?;
        let mut conn = self.conn().await?;
        let total = query::count(&mut conn, &select).await?;
        let rows = query::rows(&mut conn, &select).await?;
        organisations::queries::overdue_page(rows, &overdue, total, after)
    }

    async fn hubs_of(&self, member: Uuid) -> Result<Vec<(Uuid, String)>, ReadModelError> {
        let select = organisations::queries::hubs_of(&member);
        organisations::queries::hubs(query::rows(&mut *self.conn().await?, &select).await?)
    }

    async fn snapshot_before(
        &self,
        category: &str,
        id: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<StoredState>, ReadModelError> {
        crate::states::postgres::snapshot_before(&mut *self.conn().await?, category, id, at).await
    }

    async fn snapshot_at_version(
        &self,
        category: &str,
        id: &str,
        version: u64,
    ) -> Result<Option<StoredState>, ReadModelError> {
        crate::states::postgres::snapshot_at_version(
            &mut *self.conn().await?,
            category,
            id,
            version,
        )
        .await
    }

    async fn command_outcome(
        &self,
        command_id: &str,
    ) -> Result<Option<CommandOutcome>, ReadModelError> {
        commands::postgres::command_outcome(&mut *self.conn().await?, command_id).await
    }

    async fn select(&self, select: Select) -> Result<Vec<Row>, ReadModelError> {
        query::rows(&mut *self.conn().await?, &select).await
    }

    async fn count(&self, select: Select) -> Result<u64, ReadModelError> {
        query::count(&mut *self.conn().await?, &select).await
    }
}
