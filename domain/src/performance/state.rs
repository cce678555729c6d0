//! The evaluation as folded from its events.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::{EvaluatorKind, IndicatorScore};
use super::events::{IndependenceCheck, PerformanceEvent};
use super::indicators::{Grade, GradeThresholds, Indicator, leaves};
use crate::procurement::Points;
use crate::values::Jurisdiction;

/// ```text
///  —  --Open (PERF-EVALUATOR)--> OPEN --SubmitScores (PERF-SCORE; repeatable)--> OPEN
///  OPEN --Conclude (every leaf scored)--> CONCLUDED   total and grade
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EvaluationStatus {
    Open,
    Concluded,
}

impl EvaluationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "OPEN",
            Self::Concluded => "CONCLUDED",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Open => "评价中",
            Self::Concluded => "已完成",
        }
    }
}

/// One stream per evaluation (`performance-{uuid}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PerformanceEvaluation {
    /// `None` until opened.
    pub id: Option<Uuid>,
    pub status: Option<EvaluationStatus>,
    pub contract_id: Option<Uuid>,
    pub procurement_id: Option<Uuid>,
    pub supplier: Option<Uuid>,
    pub purchaser_unit: Option<Uuid>,
    pub jurisdiction: Option<Jurisdiction>,
    pub evaluator: Option<EvaluatorKind>,
    pub evaluator_organisation: Option<Uuid>,
    /// The tree it opened under.
    pub indicators: Vec<Indicator>,
    pub thresholds: GradeThresholds,
    pub independence: Option<IndependenceCheck>,
    /// The latest submission, in the order submitted.
    pub scores: Vec<IndicatorScore>,
    pub comment: String,
    pub submissions: u32,
    pub total: Option<Points>,
    pub grade: Option<Grade>,
    pub opened_at: Option<DateTime<Utc>>,
    pub last_submitted_at: Option<DateTime<Utc>>,
    pub concluded_at: Option<DateTime<Utc>>,
}

impl PerformanceEvaluation {
    pub fn exists(&self) -> bool {
        self.id.is_some()
    }

    pub fn is_concluded(&self) -> bool {
        self.status == Some(EvaluationStatus::Concluded)
    }

    /// The leaf `code` of the tree it opened under.
    pub fn leaf(&self, code: &str) -> Option<&Indicator> {
        leaves(&self.indicators)
            .into_iter()
            .find(|l| l.code == code)
    }

    /// The points the latest submission gave `code`.
    pub fn score_of(&self, code: &str) -> Option<Points> {
        self.scores
            .iter()
            .find(|s| s.indicator == code)
            .map(|s| s.points)
    }

    /// The leaves the latest submission has not scored, in the tree's order.
    pub fn unscored(&self) -> Vec<&Indicator> {
        leaves(&self.indicators)
            .into_iter()
            .filter(|l| self.score_of(&l.code).is_none())
            .collect()
    }

    pub(super) fn evolve_with(mut self, event: &PerformanceEvent) -> Self {
        use PerformanceEvent as E;
        match event {
            E::EvaluationOpened {
                evaluation_id,
                contract_id,
                procurement_id,
                supplier,
                purchaser_unit,
                jurisdiction,
                evaluator,
                evaluator_organisation,
                indicators,
                thresholds,
                independence,
                opened_at,
            } => {
                self.id = Some(*evaluation_id);
                self.status = Some(EvaluationStatus::Open);
                self.contract_id = Some(*contract_id);
                self.procurement_id = Some(*procurement_id);
                self.supplier = Some(*supplier);
                self.purchaser_unit = Some(*purchaser_unit);
                self.jurisdiction = Some(jurisdiction.clone());
                self.evaluator = Some(*evaluator);
                self.evaluator_organisation = Some(*evaluator_organisation);
                self.indicators.clone_from(indicators);
                self.thresholds = *thresholds;
                self.independence.clone_from(independence);
                self.opened_at = Some(*opened_at);
            }
            E::PerformanceScoresSubmitted {
                scores,
                comment,
                total,
                submitted_at,
            } => {
                self.scores.clone_from(scores);
                self.comment.clone_from(comment);
                self.total = Some(*total);
                self.submissions = self.submissions.saturating_add(1);
                self.last_submitted_at = Some(*submitted_at);
            }
            E::EvaluationConcluded {
                total,
                grade,
                concluded_at,
            } => {
                self.status = Some(EvaluationStatus::Concluded);
                self.total = Some(*total);
                self.grade = Some(*grade);
                self.concluded_at = Some(*concluded_at);
            }
        }
        self
    }
}
