use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::ReadModelError;
use crate::catalogue::{self, CatalogueHeader, CatalogueItemRow, TreeQuery};
use crate::commands::CommandOutcome;
use crate::organisations::{OrganisationFilter, OrganisationRow, OverdueQuery, Page};
use crate::runtime::query::{Row, Select};
use crate::states::StoredState;

/// Every query the application makes of its read models, whichever database they live in.
#[async_trait]
pub trait ReadModels: Send + Sync + 'static {
    async fn organisation(&self, id: Uuid) -> Result<Option<OrganisationRow>, ReadModelError>;

    async fn organisation_by_credit_code(
        &self,
        code: &str,
    ) -> Result<Option<OrganisationRow>, ReadModelError>;

    /// Which stream holds each claim `(namespace, key)`, if any, in one trip.
    async fn claim_holders(
        &self,
        claims: Vec<(String, String)>,
    ) -> Result<Vec<Option<String>>, ReadModelError>;

    /// A stream's current state in the state store.
    async fn state(&self, category: &str, id: &str) -> Result<Option<StoredState>, ReadModelError>;

    /// A page of organisations in registration-application order (ids are UUID v7).
    async fn search(
        &self,
        filter: OrganisationFilter,
        first: usize,
        after: Option<String>,
    ) -> Result<Page<OrganisationRow>, ReadModelError>;

    /// Organisations with a time-driven transition due on or before `day` (for the scheduler).
    async fn due_by(&self, day: NaiveDate) -> Result<Vec<Uuid>, ReadModelError>;

    /// A page of the live organisations of a jurisdiction with an open case due before
    /// `query.today`, the earliest due first (for overdue-case listings).
    async fn overdue(&self, query: OverdueQuery) -> Result<Page<OrganisationRow>, ReadModelError>;

    /// The hubs an organisation belongs to now, with the day it joined each.
    async fn hubs_of(&self, member: Uuid) -> Result<Vec<(Uuid, String)>, ReadModelError>;

    /// The latest snapshot of a stream taken no later than `at`: its state, version and
    /// position (time travel folds on from there).
    async fn snapshot_before(
        &self,
        category: &str,
        id: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<StoredState>, ReadModelError>;

    /// The latest snapshot of a stream at or before its event `version` (a replay folds on
    /// from there to that version).
    async fn snapshot_at_version(
        &self,
        category: &str,
        id: &str,
        version: u64,
    ) -> Result<Option<StoredState>, ReadModelError>;

    /// What the command with this id wrote, if it ran.
    async fn command_outcome(
        &self,
        command_id: &str,
    ) -> Result<Option<CommandOutcome>, ReadModelError>;

    /// The rows a [`Select`] picks, in its order. A read model's queries are written once, as
    /// `Select`s over its table definitions with a decoder of their rows; this runs them on
    /// whichever backend holds the tables.
    async fn select(&self, query: Select) -> Result<Vec<Row>, ReadModelError>;

    /// How many rows a [`Select`]'s filters keep (its order and limit aside).
    async fn count(&self, query: Select) -> Result<u64, ReadModelError>;

    /// The first row a [`Select`] picks (a lookup by key reads one).
    async fn select_one(&self, query: Select) -> Result<Option<Row>, ReadModelError> {
        Ok(self.select(query.limit(1)).await?.into_iter().next())
    }

    /// A jurisdiction's catalogue (its version and size), if one was loaded.
    async fn catalogue(
        &self,
        jurisdiction: &str,
    ) -> Result<Option<CatalogueHeader>, ReadModelError> {
        let found = self
            .select_one(catalogue::header_query(jurisdiction))
            .await?;
        found.map(CatalogueHeader::decode).transpose()
    }

    /// Up to `query.first + 1` items of a catalogue in code order (the tree depth first),
    /// after the code `query.after`.
    async fn catalogue_tree(
        &self,
        query: TreeQuery,
    ) -> Result<Vec<CatalogueItemRow>, ReadModelError> {
        CatalogueItemRow::decode_all(self.select(catalogue::tree_query(&query)).await?)
    }

    async fn catalogue_item(
        &self,
        jurisdiction: &str,
        code: &str,
    ) -> Result<Option<CatalogueItemRow>, ReadModelError> {
        let found = self
            .select_one(catalogue::item_query(jurisdiction, code))
            .await?;
        found.map(CatalogueItemRow::decode).transpose()
    }

    /// The versions of the catalogue stream's first `first` events that concern an item.
    async fn catalogue_item_events(
        &self,
        jurisdiction: &str,
        code: &str,
        first: usize,
    ) -> Result<Vec<u64>, ReadModelError> {
        catalogue::item_versions(
            self.select(catalogue::item_events_query(jurisdiction, code, first))
                .await?,
        )
    }
}
