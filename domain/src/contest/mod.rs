//! A public-welfare project contest (公益项目大赛, Shenzhen; issue 15, DOMAIN.md B §3.7): one
//! stream per contest (`contest-{uuid}`) holding its call, submissions, review, pledges,
//! ranking, matching and grants.
//!
//! ```text
//!  —     --OpenCall (CONTEST-CALL)--> OPEN
//!  OPEN  --Submit (window, BID-ELIGIBLE) / Withdraw--> OPEN
//!  OPEN  --RecordReview (after the window; the jury's concluded report)--> REVIEWED   shortlist
//!  REVIEWED --RecordPledge (pledge window, finalists) / RecordPublicScores / Withdraw--> REVIEWED
//!  REVIEWED --Rank (panel × w + public × (100 − w))--> RANKED   (pledges still within window)
//!  RANKED --ComputeMatching (after the pledge window; policy + version recorded)--> MATCHED
//!  MATCHED --AwardGrants (each ≤ its match, all ≤ the pool)--> AWARDED   the rest: project library
//!  any but AWARDED --Cancel--> CANCELLED
//! ```
//!
//! The jury is an evaluation committee whose subject is the contest: each submission plays a
//! bid (its id the bid id, its requested grant the amount) and the committee's concluded
//! [`crate::procurement::EvaluationReport`] reaches `RecordReview` as a fact. A grant goes on
//! as a contract ([`crate::contract`]) with milestones, payments and an evaluation.

mod commands;
mod decide;
mod events;
pub mod matching;
mod state;

pub use commands::{CallTerms, ContestCommand, DonorKind, GrantLine, ProjectProposal, PublicScore};
pub use decide::{MAX_SHORTLIST, MAX_SUBMISSIONS, entry_ineligibilities};
pub use events::{ContestEvent, FinalEntry, Grant, PanelEntry};
pub use matching::{
    Candidate, IncentiveTiers, Match, MatchOutcome, MatchingChoice, MatchingPolicy, Tier,
};
pub use state::{
    Contest, ContestFacts, ContestStanding, ContestStatus, Pledge, Submission, SubmissionStatus,
};

use crate::aggregate::{Aggregate, Context};
use crate::error::DomainError;

impl Aggregate for Contest {
    type Command = ContestCommand;
    type Event = ContestEvent;
    type Facts = ContestFacts;
    const CATEGORY: &'static str = "contest";

    fn decide(
        &self,
        command: &ContestCommand,
        ctx: &Context<ContestFacts>,
    ) -> Result<Vec<ContestEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &ContestEvent) -> Self {
        self.evolve_with(event)
    }
}

#[cfg(test)]
mod tests;
