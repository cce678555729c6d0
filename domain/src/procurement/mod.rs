//! Government purchase of services (政府购买服务): the Procurement aggregate, and what the
//! Procurement, Bid and Committee aggregates share — the methods and their statutory numbers
//! (PROC-METHOD, PROC-PERIOD), the scoring scheme and price score (EVAL-PRICE-WEIGHT), bidder
//! eligibility read from the registry (BID-ELIGIBLE), a bid's sealed content and commitment
//! (BID-SEALED), and the shapes the opening and the committee report in.
//!
//! A procurement is one stream (`procurement-{uuid}`):
//!
//! ```text
//!  —  --Draft (CAT-ITEM, PROC-TERM, BID-SECURITY, EVAL-PRICE-WEIGHT)--> DRAFT
//!  DRAFT --Publish (PROC-PERIOD from now)--> PUBLISHED
//!  PUBLISHED --Amend (deadline only later; PROC-PERIOD re-checked if substantive)--> PUBLISHED
//!  PUBLISHED --CloseBidding (scheduler, deadline passed)--> BIDDING_CLOSED
//!  BIDDING_CLOSED --Open (at/after the opening; commitments and BID-ELIGIBLE re-checked)--> OPENED
//!                                        └ fewer valid bids than the method needs (BID-MIN-BIDDERS) --> FAILED
//!  OPENED --RecordEvaluation (committee report; valid opened bids only)--> EVALUATED
//!  EVALUATED --Award (top-ranked bid standing, AWARD-RANK)--> AWARDED
//!  EVALUATED | AWARDED --DeclineAward / Disqualify--> EVALUATED (next in rank) | FAILED (none left)
//!  AWARDED --Challenge (bidder, within the window)--> AWARDED
//!  … --AnswerChallenge: dismissed | upheld → re-evaluation (OPENED) | upheld → re-procurement (FAILED)
//!  … --RecordComplaint (within the complaint window after the reply period)
//!  DRAFT … EVALUATED --Cancel (reason)--> CANCELLED
//! ```
//!
//! A failed procurement is procured again by drafting a new one that names it (`reprocures`).

mod commands;
mod content;
mod decide;
mod eligibility;
mod events;
mod method;
mod report;
mod scoring;
mod state;

pub use commands::{Amendment, ChallengeDecision, ProcurementCommand, ProcurementTerms};
pub use content::{
    BidContent, COMMITMENT_SCHEME, Commitment, DocumentDigest, MAX_DOCUMENTS, MAX_PROPOSAL_CHARS,
    SALT_BYTES, parse_salt,
};
pub(crate) use decide::check_service_period;
pub use eligibility::PAST_GRADE;
pub use eligibility::{
    Ineligibility, RegistryStanding, Requirements, check_eligible, ineligibilities,
    ineligibilities_zh,
};
pub use events::ProcurementEvent;
pub use method::{MinimumPeriod, ProcurementMethod};
pub use report::{EvaluationReport, OpenedBid, RankedBid};
pub use scoring::{Criterion, MAX_CRITERIA, Points, ScoringScheme, price_score};
pub use state::{
    AwardNotice, Challenge, ChallengeAnswer, Ending, ExcludedBid, Exclusion, Procurement,
    ProcurementFacts, ProcurementStatus, RevealedBid,
};

use crate::aggregate::{Aggregate, Context};
use crate::error::DomainError;

impl Aggregate for Procurement {
    type Command = ProcurementCommand;
    type Event = ProcurementEvent;
    type Facts = ProcurementFacts;
    const CATEGORY: &'static str = "procurement";

    fn decide(
        &self,
        command: &ProcurementCommand,
        ctx: &Context<ProcurementFacts>,
    ) -> Result<Vec<ProcurementEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &ProcurementEvent) -> Self {
        self.evolve_with(event)
    }
}

#[cfg(test)]
mod tests;
