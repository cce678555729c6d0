//! The read models in the shared PostgreSQL database: projected inside each append's
//! transaction (while it holds the position counter, so every server's events reach them once
//! and in order), and queried on the store's pool. A query on any server sees every append
//! that returned on any server.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use civic_store::ProjectionFailure;
use civic_store::RecordedEvent;
use civic_store::postgres::{InlineProjection, PostgresStore};
use sqlx::PgConnection;
use sqlx::pool::PoolConnection;
use uuid::Uuid;

use crate::commands::{self, CommandOutcome};
use crate::organisations::postgres::Fold;
use crate::organisations::{self, OrganisationFilter, OrganisationRow, OverdueQuery, Page};
use crate::{
    PolicyLookup, READ_MODEL_VERSION, REBUILD_LIMIT, ReadModelError, ReadModels, RebuildSlot,
    national_defaults,
};

/// Every read model of the shared store, projected together and sharing one checkpoint.
pub struct PgLedgerProjection {
    policy: PolicyLookup,
    /// Set while the read models are rebuilt from nothing (the catch-up at connect, which
    /// holds the position counter: nothing else projects meanwhile).
    rebuild: RebuildSlot<Fold>,
}

impl Default for PgLedgerProjection {
    /// National defaults everywhere.
    fn default() -> Self {
        PgLedgerProjection::new(national_defaults())
    }
}

impl PgLedgerProjection {
    pub fn new(policy: PolicyLookup) -> Self {
        PgLedgerProjection {
            policy,
            rebuild: RebuildSlot::new(REBUILD_LIMIT),
        }
    }

    /// With a smaller bound on what a rebuild holds in memory (tests of the write-outs).
    #[cfg(test)]
    pub(crate) fn holding(limit: usize) -> Self {
        PgLedgerProjection {
            rebuild: RebuildSlot::new(limit),
            ..PgLedgerProjection::default()
        }
    }
}

#[async_trait]
impl InlineProjection for PgLedgerProjection {
    async fn setup(&self, conn: &mut PgConnection) -> Result<u64, ProjectionFailure> {
        sqlx::raw_sql(
            "CREATE TABLE IF NOT EXISTS read_model_checkpoint (
                 name text PRIMARY KEY, version bigint NOT NULL, position bigint NOT NULL)",
        )
        .execute(&mut *conn)
        .await?;
        let found: Option<(i64, i64)> = sqlx::query_as(
            "SELECT version, position FROM read_model_checkpoint WHERE name = 'ledger'",
        )
        .fetch_optional(&mut *conn)
        .await?;
        match found {
            Some((version, position)) if version == READ_MODEL_VERSION => Ok(position as u64),
            // Runs under the position counter's lock (the store's catch-up), so servers of
            // different versions starting at once rebuild one after the other.
            _ => {
                for sql in [
                    organisations::postgres::DROP,
                    commands::postgres::DROP,
                    organisations::postgres::CREATE,
                    commands::postgres::CREATE,
                ] {
                    sqlx::raw_sql(sql).execute(&mut *conn).await?;
                }
                sqlx::query(
                    "INSERT INTO read_model_checkpoint (name, version, position) \
                     VALUES ('ledger', $1, 0) \
                     ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = 0",
                )
                .bind(READ_MODEL_VERSION)
                .execute(&mut *conn)
                .await?;
                Ok(0)
            }
        }
    }

    async fn apply(
        &self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
    ) -> Result<(), ProjectionFailure> {
        // A rebuild's fold is taken out while it is awaited (no lock is held across an await)
        // and put back for the next page.
        let rebuilding = self.rebuild.lock().take();
        match rebuilding {
            Some(mut fold) => {
                // In slices no longer than the bound, so that it holds within a page too.
                let folded = async {
                    for slice in events.chunks(self.rebuild.limit) {
                        fold.add(conn, slice).await?;
                        if fold.len() > self.rebuild.limit {
                            fold.write(conn, &self.policy).await?;
                        }
                    }
                    Ok::<_, ProjectionFailure>(())
                }
                .await;
                *self.rebuild.lock() = Some(fold);
                folded?;
            }
            None => {
                let mut fold = Fold::default();
                fold.add(conn, events).await?;
                fold.write(conn, &self.policy).await?;
            }
        }
        commands::postgres::apply(conn, events).await?;
        if let Some(last) = events.last() {
            sqlx::query("UPDATE read_model_checkpoint SET position = $1 WHERE name = 'ledger'")
                .bind(last.position as i64)
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    }

    fn begin_rebuild(&self) {
        *self.rebuild.lock() = Some(Fold::default());
    }

    async fn after_rebuild(&self, conn: &mut PgConnection) -> Result<(), sqlx::Error> {
        // Freshly written tables have no statistics (the planner then picked bitmap scans of
        // every row for a page of 20) and no visibility map (a `totalCount` then visits every
        // row's heap page): W3 ran 7× slower until autovacuum came by.
        for sql in [
            "VACUUM (ANALYZE) rm_organisations",
            "ANALYZE rm_snapshots, rm_hub_members, rm_command_outcomes",
        ] {
            sqlx::raw_sql(sql).execute(&mut *conn).await?;
        }
        Ok(())
    }

    async fn finish_rebuild(&self, conn: &mut PgConnection) -> Result<(), ProjectionFailure> {
        let fold = self.rebuild.lock().take();
        match fold {
            Some(mut fold) => fold.write(conn, &self.policy).await,
            None => Ok(()),
        }
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
        organisations::postgres::load(&mut *self.conn().await?, &id).await
    }

    async fn organisation_by_credit_code(
        &self,
        code: &str,
    ) -> Result<Option<OrganisationRow>, ReadModelError> {
        organisations::postgres::by_credit_code(&mut *self.conn().await?, code).await
    }

    async fn credit_code_holder(&self, code: &str) -> Result<Option<Uuid>, ReadModelError> {
        organisations::postgres::credit_code_holder(&mut *self.conn().await?, code).await
    }

    async fn live_name_holder(
        &self,
        jurisdiction: &str,
        name: &str,
    ) -> Result<Option<Uuid>, ReadModelError> {
        organisations::postgres::live_name_holder(&mut *self.conn().await?, jurisdiction, name)
            .await
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
        organisations::postgres::due_by(&mut *self.conn().await?, day).await
    }

    async fn overdue(&self, query: OverdueQuery) -> Result<Page<OrganisationRow>, ReadModelError> {
        organisations::postgres::overdue(&mut *self.conn().await?, &query).await
    }

    async fn hubs_of(&self, member: Uuid) -> Result<Vec<(Uuid, String)>, ReadModelError> {
        organisations::postgres::hubs_of(&mut *self.conn().await?, &member).await
    }

    async fn snapshot_before(
        &self,
        id: Uuid,
        at: DateTime<Utc>,
    ) -> Result<Option<OrganisationRow>, ReadModelError> {
        organisations::postgres::snapshot_before(&mut *self.conn().await?, &id, at).await
    }

    async fn command_outcome(
        &self,
        command_id: &str,
    ) -> Result<Option<CommandOutcome>, ReadModelError> {
        commands::postgres::command_outcome(&mut *self.conn().await?, command_id).await
    }
}
