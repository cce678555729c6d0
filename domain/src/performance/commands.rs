//! What purchasers, suppliers and evaluators ask of a performance evaluation.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::procurement::Points;
use crate::values::TextShape;

/// Who evaluates (PERF-EVALUATOR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EvaluatorKind {
    /// The supplier evaluates itself (自评).
    #[serde(rename = "SELF")]
    SelfEvaluation,
    /// The contract's purchasing unit (采购人评价).
    Purchaser,
    /// An organisation neither the supplier nor related to it (第三方评价).
    ThirdParty,
}

impl EvaluatorKind {
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::SelfEvaluation => "自评",
            Self::Purchaser => "采购人评价",
            Self::ThirdParty => "第三方评价",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SelfEvaluation => "SELF",
            Self::Purchaser => "PURCHASER",
            Self::ThirdParty => "THIRD_PARTY",
        }
    }

    /// Whether a grade from this evaluator counts towards the supplier's standing in later
    /// procurements: a supplier's own grade is recorded but does not qualify it.
    pub fn counts_for_eligibility(self) -> bool {
        !matches!(self, Self::SelfEvaluation)
    }
}

/// The points given to one leaf indicator, in hundredths.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IndicatorScore {
    pub indicator: String,
    pub points: Points,
}

/// Characters of an evaluation's comment.
pub const MAX_COMMENT_CHARS: usize = 2_000;

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PerformanceCommand {
    /// Opens the evaluation of a contract (facts: the contract, and the registry records of a
    /// third party and the supplier) under the indicator tree in force.
    Open {
        evaluation_id: Uuid,
        contract_id: Uuid,
        evaluator: EvaluatorKind,
        evaluator_organisation: Uuid,
    },
    /// The evaluator's scores: they replace any submitted before, until the conclusion.
    SubmitScores {
        scores: Vec<IndicatorScore>,
        comment: String,
    },
    /// Totals the scores (every leaf scored) and grades the contract.
    Conclude,
}

impl crate::aggregate::DomainCommand for PerformanceCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::Open { .. } => "OpenPerformanceEvaluation",
            Self::SubmitScores { .. } => "SubmitPerformanceScores",
            Self::Conclude => "ConcludePerformanceEvaluation",
        }
    }

    fn opens_stream(&self) -> bool {
        matches!(self, Self::Open { .. })
    }

    fn reason(&self) -> Option<&str> {
        None
    }
}

impl PerformanceCommand {
    /// Every free-text input with its wire field, label and shape, for the control-character
    /// check.
    pub fn texts(&self) -> Vec<(&'static str, &'static str, &str, TextShape)> {
        match self {
            Self::SubmitScores { scores, comment } => {
                let mut texts = vec![(
                    "comment",
                    "the comment (评价意见)",
                    comment.as_str(),
                    TextShape::Paragraph,
                )];
                texts.extend(scores.iter().map(|s| {
                    (
                        "scores.indicator",
                        "an indicator code",
                        s.indicator.as_str(),
                        TextShape::Line,
                    )
                }));
                texts
            }
            Self::Open { .. } | Self::Conclude => Vec::new(),
        }
    }
}
