use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::ReadModelError;
use crate::commands::CommandOutcome;
use crate::organisations::{OrganisationFilter, OrganisationRow, OverdueQuery, Page};

/// Every query the application makes of its read models, whichever database they live in.
#[async_trait]
pub trait ReadModels: Send + Sync + 'static {
    async fn organisation(&self, id: Uuid) -> Result<Option<OrganisationRow>, ReadModelError>;

    async fn organisation_by_credit_code(
        &self,
        code: &str,
    ) -> Result<Option<OrganisationRow>, ReadModelError>;

    /// Which organisation holds a credit code, if any (REG-USCC).
    async fn credit_code_holder(&self, code: &str) -> Result<Option<Uuid>, ReadModelError>;

    /// The live organisation of a registration authority that uses `name`, if any (REG-NAME).
    async fn live_name_holder(
        &self,
        jurisdiction: &str,
        name: &str,
    ) -> Result<Option<Uuid>, ReadModelError>;

    /// Both of the above in one go (an application asks for both): which organisation holds
    /// `code`, and which live one of `(jurisdiction, name)` uses the name.
    async fn holders(
        &self,
        code: Option<&str>,
        live_name: Option<(&str, &str)>,
    ) -> Result<(Option<Uuid>, Option<Uuid>), ReadModelError> {
        let code_holder = match code {
            Some(code) => self.credit_code_holder(code).await?,
            None => None,
        };
        let name_holder = match live_name {
            Some((jurisdiction, name)) => self.live_name_holder(jurisdiction, name).await?,
            None => None,
        };
        Ok((code_holder, name_holder))
    }

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

    /// The latest snapshot of an organisation taken no later than `at`: its state, version and
    /// position (time travel folds on from there).
    async fn snapshot_before(
        &self,
        id: Uuid,
        at: DateTime<Utc>,
    ) -> Result<Option<OrganisationRow>, ReadModelError>;

    /// What the command with this id wrote, if it ran.
    async fn command_outcome(
        &self,
        command_id: &str,
    ) -> Result<Option<CommandOutcome>, ReadModelError>;
}
