//! The evaluation committee (评标委员会 / 评审小组) of an opened procurement: one stream per
//! committee (`committee-{uuid}`), constituted by a reproducible draw from the jurisdiction's
//! expert pool, scoring the valid bids on locked, hashed sheets, and reporting a ranking to the
//! procurement (EVAL-COMMITTEE, EVAL-RECUSAL, EVAL-PRICE-WEIGHT).
//!
//! ```text
//!  —  --Constitute (EVAL-COMMITTEE; draw from the seed)--> SCORING
//!  SCORING --DeclareRelation / CheckConflicts (EVAL-RECUSAL)--> SCORING   member recused, next expert of the draw seated
//!  SCORING --SubmitScoreSheet (once per sitting member; locked, digest recorded)--> SCORING
//!  SCORING --Conclude (every sitting member submitted)--> CONCLUDED   EvaluationReport
//!
//!  member: SITTING --SubmitScoreSheet--> SUBMITTED (locked)
//!          SITTING | SUBMITTED --recusal--> RECUSED (its sheet, if any, no longer counts)
//! ```
//!
//! What the handler reads before deciding is [`CommitteeFacts`]: the opened procurement
//! (method, budget, scoring scheme, valid bids), the expert pool with what recusal needs, and
//! the bidders' legal representatives from the registry. The draw is explained in [`draw`]:
//! an auditor recomputes it from the recorded seed and pool with `sha256sum`.
//!
//! Recusal is the ledger's as well as the member's: an expert who is a bidder's legal
//! representative on the registry, or related to a bidder on the pool's record, is passed over
//! in the draw; found later (`CheckConflicts`, after a registry change), or declared by the
//! member (`DeclareRelation`), the member is recused and the next expert of the same draw takes
//! the seat. Representatives of the purchaser are recused by declaration only: the pool's
//! records are about experts.

mod commands;
mod decide;
pub mod draw;
mod events;
mod facts;
mod state;

pub use commands::{BidScores, CommitteeCommand, CriterionScore, Representative};
pub use decide::{MAX_NAME_CHARS, MAX_NOTE_CHARS, check_composition};
pub use events::{CommitteeEvent, Conflict, ConflictSource, PassOver, SHEET_SCHEME, ScoreSheet};
pub use facts::{
    BidderRecord, CommitteeFacts, OpenedProcurement, PoolExpert, RecordedRelation, RelationKind,
    ValidBid,
};
pub use state::{Committee, CommitteeStatus, LockedSheet, Member, MemberRole};

use crate::aggregate::{Aggregate, Claim, Context};
use crate::error::DomainError;

/// The context a committee decides in.
pub type CommitteeContext = Context<CommitteeFacts>;

impl Aggregate for Committee {
    type Command = CommitteeCommand;
    type Event = CommitteeEvent;
    type Facts = CommitteeFacts;
    const CATEGORY: &'static str = "committee";

    fn decide(
        &self,
        command: &CommitteeCommand,
        ctx: &CommitteeContext,
    ) -> Result<Vec<CommitteeEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &CommitteeEvent) -> Self {
        self.evolve_with(event)
    }

    /// One committee scores a procurement at a time (EVAL-COMMITTEE): two purchasers'
    /// constitutions racing cannot both stand, and a re-draw cannot replace a committee whose
    /// draw did not please. Given up at the conclusion, so that a re-evaluation ordered on a
    /// challenge can constitute the next round's committee, and when a recusal left a seat
    /// empty (the draw ran out: the committee can never conclude and the procurement needs a
    /// new one).
    fn claims(&self) -> Vec<Claim> {
        let filled = u32::try_from(self.sitting().count()).unwrap_or(u32::MAX) >= self.seats;
        match (self.status, self.procurement_id) {
            (Some(CommitteeStatus::Scoring), Some(procurement)) if filled => vec![Claim {
                namespace: "scoring-committee",
                key: procurement.to_string(),
                rule: crate::error::rules::EVAL_COMMITTEE,
                message: format!(
                    "procurement {procurement} already has an evaluation committee (评标委员会) that is scoring; a procurement has one committee per evaluation round"
                ),
                message_zh: format!(
                    "采购项目 {procurement} 已有正在评审的评标委员会；每一轮评审只组建一个评标委员会"
                ),
            }],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
