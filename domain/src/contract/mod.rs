//! The contract signed from a procurement's award (CON-SIGN … CON-PAYMENT, AUDIT-IMMUTABLE):
//! one stream per contract (`contract-{uuid}`), holding the procurement's terms as signed so
//! that read models, statistics and OCDS read a contract alone.
//!
//! ```text
//!  —  --Sign (AWARDED, no open or upheld challenge, awarded supplier and price,
//!             within contractSignWithinDays of the notice, PROC-TERM, milestones)--> ACTIVE
//!  ACTIVE --AcceptMilestone (DELIVERY, recipients take part: CON-ACCEPTANCE)--> ACTIVE
//!  any    --RecordPayment (PAYMENT milestone after its delivery passed; CON-PAYMENT)--> same
//!  ACTIVE --Supplement (same subject, ≤ supplementMaxPercent together)--> ACTIVE
//!  ACTIVE --Suspend (reason)--> SUSPENDED --Resume (reason)--> ACTIVE
//!  ACTIVE | SUSPENDED --Terminate (reason)--> TERMINATED
//!  ACTIVE --Complete (every DELIVERY accepted)--> COMPLETED
//!  any    --CorrectPayment / CorrectAcceptance (reason; AUDIT-IMMUTABLE)--> same
//! ```
//!
//! Every milestone, the assessment too, is due within the contract's service period: an
//! assessment after the service has ended belongs to the performance evaluation, not here.
//! A payment owed for accepted work stays owed whatever the contract's status, so payments
//! and corrections are taken in every status.

mod commands;
mod decide;
mod events;
mod state;

pub use commands::{ContractCommand, MilestoneSpec};
pub use decide::MAX_MILESTONES;
pub use events::ContractEvent;
pub use state::{
    Acceptance, AwardedProcurement, Contract, ContractFacts, ContractStatus, ContractTerms,
    Corrected, Correction, GrantSource, GrantedProject, Milestone, MilestoneKind, MilestoneTerms,
    Overdue, OverdueMilestone, Payment, StatusChange, SupplementRecord,
};

use crate::aggregate::{Aggregate, Claim, Context};
use crate::error::{DomainError, rules};

impl Aggregate for Contract {
    type Command = ContractCommand;
    type Event = ContractEvent;
    type Facts = ContractFacts;
    const CATEGORY: &'static str = "contract";

    fn decide(
        &self,
        command: &ContractCommand,
        ctx: &Context<ContractFacts>,
    ) -> Result<Vec<ContractEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &ContractEvent) -> Self {
        self.evolve_with(event)
    }

    /// CON-SIGN: one contract per procurement, however two signings raced; held for good,
    /// since a terminated contract's procurement is procured again, not signed twice.
    fn claims(&self) -> Vec<Claim> {
        match (self.procurement_id, self.grant) {
            (Some(p), _) => vec![Claim {
                namespace: "procurement-contract",
                key: p.to_string(),
                rule: rules::CON_SIGN,
                message: "a contract is already signed for this procurement; one procurement has one contract".to_owned(),
            }],
            // CONTEST-GRANT: one contract per grant, likewise.
            (None, Some(g)) => vec![Claim {
                namespace: "grant-contract",
                key: g.submission_id.to_string(),
                rule: rules::CONTEST_GRANT,
                message: "a contract is already signed for this grant; one grant has one contract".to_owned(),
            }],
            (None, None) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
