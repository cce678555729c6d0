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

use crate::aggregate::{Aggregate, Context};
use crate::error::DomainError;

impl Aggregate for Organisation {
    type Command = OrganisationCommand;
    type Event = OrganisationEvent;
    const CATEGORY: &'static str = "organisation";

    fn decide(
        &self,
        command: &OrganisationCommand,
        ctx: &Context,
    ) -> Result<Vec<OrganisationEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &OrganisationEvent) -> Self {
        self.evolve_with(event)
    }
}

#[cfg(test)]
mod tests;
