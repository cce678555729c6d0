//! The evaluation committee (评标委员会 / 评审小组) of an opened procurement: one stream per
//! committee (`committee-{uuid}`), constituted by a reproducible draw from the jurisdiction's
//! expert pool, scoring the valid bids on locked, hashed sheets, and reporting a ranking to the
//! procurement (EVAL-COMMITTEE, EVAL-RECUSAL, EVAL-PRICE-WEIGHT).
//!
//! The same aggregate is a contest's jury (评审团, `ConstituteJury`): its [`Subject`] is the
//! contest, each submission plays the part of a bid (its id as the bid id, its organisation, its
//! requested grant as the price), and the rules are these ones, not a copy: the draw, recusal
//! of a member related to a submitting organisation, the locked sheets, the conclusion. Only two
//! things differ: the jury is sized by the contest's policy numbers (`contestJuryMinMembers`,
//! `contestJuryMinExpertThirds`) instead of the procurement method's, and it ranks by criteria
//! only, since a contest has no price criterion (EVAL-PRICE-WEIGHT does not apply). The
//! contest reads the concluded [`Committee::report`] as its panel review.
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
pub use decide::{MAX_NAME_CHARS, MAX_NOTE_CHARS, check_composition, check_jury_composition};
pub use events::{CommitteeEvent, Conflict, ConflictSource, PassOver, SHEET_SCHEME, ScoreSheet};
pub use facts::{
    BidderRecord, CommitteeFacts, PoolExpert, RecordedRelation, RelationKind, Scored, Subject,
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

    /// One committee scores a procurement (one jury a contest) at a time (EVAL-COMMITTEE): two purchasers'
    /// constitutions racing cannot both stand, and a re-draw cannot replace a committee whose
    /// draw did not please. Given up at the conclusion, so that a re-evaluation ordered on a
    /// challenge can constitute the next round's committee, and when a recusal left a seat
    /// empty (the draw ran out: the committee can never conclude and the procurement needs a
    /// new one).
    fn claims(&self) -> Vec<Claim> {
        let filled = u32::try_from(self.sitting().count()).unwrap_or(u32::MAX) >= self.seats;
        match (self.status, self.subject()) {
            (Some(CommitteeStatus::Scoring), Some(subject)) if filled => vec![Claim {
                namespace: "scoring-committee",
                key: subject.claim_key(),
                rule: crate::error::rules::EVAL_COMMITTEE,
                message: match subject {
                    Subject::Procurement(procurement) => format!(
                        "procurement {procurement} already has an evaluation committee (评标委员会) that is scoring; a procurement has one committee per evaluation round"
                    ),
                    Subject::Contest(contest) => format!(
                        "contest {contest} already has a jury (评审团) that is scoring; a contest's review has one jury at a time"
                    ),
                },
                message_zh: match subject {
                    Subject::Procurement(procurement) => format!(
                        "采购项目 {procurement} 已有正在评审的评标委员会；每一轮评审只组建一个评标委员会"
                    ),
                    Subject::Contest(contest) => {
                        format!("大赛 {contest} 已有正在评审的评审团；一次评审只组建一个评审团")
                    }
                },
            }],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
