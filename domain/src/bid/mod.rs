//! A sealed bid (BID-SEALED, BID-ELIGIBLE): one stream per bid (`bid-{uuid}`), holding only
//! what may be public before the opening — the commitment to the content, the sealed box it
//! travels in, the submission instant and the registry state the eligibility check read.
//!
//! ```text
//!  —  --Submit (before the deadline, eligible, price ≤ budget)--> SUBMITTED
//!  SUBMITTED --Replace (before the deadline, same checks)--> SUBMITTED
//!  SUBMITTED --Withdraw (before the deadline)--> WITHDRAWN
//! ```
//!
//! The plaintext content and its salt reach `decide` only to be checked and committed to;
//! no event carries them. They are revealed at the opening, to the Procurement aggregate,
//! which recomputes the commitment recorded here.

mod commands;
mod decide;
mod events;
mod state;

pub use commands::{BidCommand, SealedBox};
pub use events::{BidEvent, StandingRead};
pub use state::{Bid, BidFacts, BidStatus, BidTerms};

use crate::aggregate::{Aggregate, Claim, Context};
use crate::error::{DomainError, rules};

impl Aggregate for Bid {
    type Command = BidCommand;
    type Event = BidEvent;
    type Facts = BidFacts;
    const CATEGORY: &'static str = "bid";

    fn decide(
        &self,
        command: &BidCommand,
        ctx: &Context<BidFacts>,
    ) -> Result<Vec<BidEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &BidEvent) -> Self {
        self.evolve_with(event)
    }

    /// BID-SEALED: one live bid per organisation and procurement, so a replacement goes
    /// through Replace (which keeps the one commitment history) rather than a second stream.
    /// A withdrawal frees the key: the organisation may bid again before the deadline.
    fn claims(&self) -> Vec<Claim> {
        match (self.status, self.procurement_id, self.organisation_id) {
            (Some(BidStatus::Submitted), Some(p), Some(o)) => vec![Claim {
                namespace: "live-bid",
                key: live_bid_key(p, o),
                rule: rules::BID_SEALED,
                message: "this organisation already has a live bid on this procurement; replace or withdraw that bid instead of submitting another".to_owned(),
                message_zh: "本组织已对该采购项目提交了有效投标；请修改或撤回该投标，不要重复提交".to_owned(),
            }],
            _ => Vec::new(),
        }
    }
}

/// The key of a live bid claim: one per organisation and procurement.
pub fn live_bid_key(procurement_id: uuid::Uuid, organisation_id: uuid::Uuid) -> String {
    format!("{procurement_id}/{organisation_id}")
}

#[cfg(test)]
mod tests;
