//! The performance evaluation (绩效评价) of a contract: one stream per evaluation
//! (`performance-{uuid}`), opened by the supplier itself, the purchaser or an independent third
//! party, scored over the indicator tree in force at the opening, and concluded with a total and
//! a grade that then follows the supplier (PERF-EVALUATOR, PERF-SCORE, PERF-FEEDS).
//!
//! ```text
//!  —  --Open (PERF-EVALUATOR; contract COMPLETED or TERMINATED)--> OPEN
//!  OPEN --SubmitScores (PERF-SCORE; replaces the previous submission)--> OPEN
//!  OPEN --Conclude (every leaf scored)--> CONCLUDED   total, grade 优/良/中/差
//! ```
//!
//! What the handler reads before deciding is [`PerformanceFacts`]: the contract, and for a
//! third party the registry's records of it and of the supplier. An ACTIVE or SUSPENDED
//! contract is not evaluated: the grade feeds later procurements, so it grades delivered work
//! (mid-term monitoring is not modelled).
//!
//! After the conclusion the ledger records the grade on the supplier's organisation stream
//! (`OrganisationCommand::RecordPerformanceGrade`), where bidders' standing reads it.

mod commands;
mod decide;
mod events;
mod facts;
mod indicators;
mod state;

pub use commands::{EvaluatorKind, IndicatorScore, MAX_COMMENT_CHARS, PerformanceCommand};
pub use events::{IndependenceCheck, PerformanceEvent};
pub use facts::{ContractStage, EvaluatedContract, PartyRecord, PerformanceFacts};
pub use indicators::{
    Grade, GradeThresholds, Indicator, MAX_DEPTH, MAX_INDICATORS, default_indicators, leaves,
    validate_tree,
};
pub use state::{EvaluationStatus, PerformanceEvaluation};

use crate::aggregate::{Aggregate, Claim, Context};
use crate::error::DomainError;

/// The context an evaluation decides in.
pub type PerformanceContext = Context<PerformanceFacts>;

impl Aggregate for PerformanceEvaluation {
    type Command = PerformanceCommand;
    type Event = PerformanceEvent;
    type Facts = PerformanceFacts;
    const CATEGORY: &'static str = "performance";

    fn decide(
        &self,
        command: &PerformanceCommand,
        ctx: &PerformanceContext,
    ) -> Result<Vec<PerformanceEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &PerformanceEvent) -> Self {
        self.evolve_with(event)
    }

    /// One evaluation of a contract per evaluator (PERF-EVALUATOR): the same evaluator
    /// resubmits its scores instead of opening a second evaluation it could pick from.
    fn claims(&self) -> Vec<Claim> {
        match (
            self.contract_id,
            self.evaluator,
            self.evaluator_organisation,
        ) {
            (Some(contract), Some(kind), Some(org)) => vec![Claim {
                namespace: "performance-evaluation",
                key: format!("{contract}/{}/{org}", kind.as_str()),
                rule: crate::error::rules::PERF_EVALUATOR,
                message: format!(
                    "contract {contract} already has a {} ({}) by organisation {org}; that evaluation takes new scores until it is concluded",
                    kind.label_zh(),
                    kind.as_str()
                ),
                message_zh: format!(
                    "合同 {contract} 已有组织 {org} 的{}；该评价在结论作出前可重新提交评分",
                    kind.label_zh()
                ),
            }],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
