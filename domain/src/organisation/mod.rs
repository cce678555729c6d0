//! The Organisation aggregate: one stream per social organisation, from its first application
//! to its end, with its annual reports, credit listings, ratings and hub membership.
//!
//! Registration (DOMAIN.md Part B §2.1–2.2):
//!
//! ```text
//!  social group (two stages)
//!   — --ApplyForPreparation--> PREP_APPLIED --ApprovePreparation--> PREPARING
//!                                 |                                  |  |
//!                                 +--RefusePreparation--> REFUSED    |  +--LapsePreparation--> LAPSED
//!                                                                    |     (after establishmentDue)
//!                              ESTAB_APPLIED <--ApplyForEstablishment-+
//!                                 |  +--Refuse--> REFUSED
//!                                 +--Approve--> ACTIVE
//!
//!  social service organisation, foundation (single stage)
//!   — --Apply--> APPLIED --Approve--> ACTIVE
//!                   +--Refuse--> REFUSED
//!
//!  every kind, once registered
//!   ACTIVE --OrderSuspension--> SUSPENDED --LiftSuspension--> ACTIVE
//!   ACTIVE, SUSPENDED --ResolveDissolution--> LIQUIDATING --Deregister--> DEREGISTERED
//!   ACTIVE --Deregister--> DEREGISTERED
//!   ACTIVE, SUSPENDED --Revoke--> REVOKED
//!   ACTIVE --RegisterChange--> ACTIVE
//! ```
//!
//! Annual reports, credit lists, ratings and hub designation do not change the status; their
//! state sits beside it (see [`Organisation`]). Time-driven commands come from
//! [`Organisation::due_commands`].

mod clocks;
mod commands;
mod credit;
mod decide;
mod events;
mod evolve;
mod rules;
mod state;

pub use clocks::{CaseKind, DueCommands, OpenCase};
pub use commands::{Application, ChangeRequest, OrganisationCommand, RegistryFacts};
pub use credit::{
    AbnormalListing, AbnormalTrigger, CreditList, CreditStanding, Listing, ListingEnd,
    ListingTrigger, RemovalBasis, SeriousListing, SeriousTrigger,
};
pub use events::{FieldChange, OrganisationEvent};
pub use rules::normalise_name;
pub use state::{
    AnnualReport, Dissolution, HubDesignation, HubMember, Members, NotFiled, Organisation,
    OrganisationStatus, PastHubDesignation, Rating, ReportConclusion, Suspension,
};
pub use state::{MAX_PERFORMANCE_GRADES, PerformanceGrade};

use crate::aggregate::{Aggregate, Claim, Context};

/// What the registry's rules decide in: the clock, policy and calendar, and who holds a code
/// or a name.
pub type RegistryContext = Context<RegistryFacts>;
use crate::error::DomainError;

impl Aggregate for Organisation {
    type Command = OrganisationCommand;
    type Event = OrganisationEvent;
    type Facts = RegistryFacts;
    const CATEGORY: &'static str = "organisation";

    fn decide(
        &self,
        command: &OrganisationCommand,
        ctx: &RegistryContext,
    ) -> Result<Vec<OrganisationEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &OrganisationEvent) -> Self {
        self.evolve_with(event)
    }

    /// REG-USCC: a credit code belongs to one organisation for good. REG-NAME: a name, in its
    /// normal form, to one live organisation of a registration authority.
    fn claims(&self) -> Vec<Claim> {
        let mut claims = Vec::with_capacity(2);
        if let Some(code) = &self.credit_code {
            claims.push(Claim {
                namespace: "credit-code",
                key: code.as_str().to_owned(),
                rule: crate::error::rules::REG_USCC,
                message: format!(
                    "credit code {} is already held by another organisation",
                    code.as_str()
                ),
                message_zh: format!("统一社会信用代码 {} 已被其他社会组织使用", code.as_str()),
            });
        }
        if self.is_live()
            && let Some(j) = &self.jurisdiction
        {
            claims.push(Claim {
                namespace: "live-name",
                key: live_name_key(j.as_str(), &self.name),
                rule: crate::error::rules::REG_NAME,
                message: format!(
                    "the name {} is already used by a live organisation of the same registration authority",
                    self.name
                ),
                message_zh: format!(
                    "名称“{}”已被同一登记管理机关的存续社会组织使用",
                    self.name
                ),
            });
        }
        claims
    }
}

/// The key of a live name claim: the registration authority and the name's normal form.
pub fn live_name_key(jurisdiction: &str, name: &str) -> String {
    format!("{jurisdiction}/{}", normalise_name(name))
}

#[cfg(test)]
mod tests;
