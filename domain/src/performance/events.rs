//! What happened to a performance evaluation, as stored: (kind, schema, JSON payload) triples.
//!
//! Stored events are never rewritten. A payload change bumps the kind's schema in
//! [`PerformanceEvent::KINDS`] and adds an upcaster in `from_stored` for every older schema.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::{EvaluatorKind, IndicatorScore};
use super::indicators::{Grade, GradeThresholds, Indicator};
use crate::aggregate::{DecodeError, DomainEvent, tagged};
use crate::procurement::Points;
use crate::values::Jurisdiction;

/// The registry states a third party's independence was checked against (PERF-EVALUATOR).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IndependenceCheck {
    pub evaluator_registry_version: u64,
    pub evaluator_registry_position: u64,
    pub supplier_registry_version: u64,
    pub supplier_registry_position: u64,
}

/// Payloads hold only strings, integers, nulls, arrays and objects (no floats), because the
/// store hashes them as canonical JSON; points are in hundredths.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum PerformanceEvent {
    /// The evaluation of a contract, with the terms it copies from the contract and the
    /// indicator tree and grade thresholds in force at the opening: a later policy never
    /// re-grades it.
    EvaluationOpened {
        evaluation_id: Uuid,
        contract_id: Uuid,
        procurement_id: Uuid,
        supplier: Uuid,
        purchaser_unit: Uuid,
        jurisdiction: Jurisdiction,
        evaluator: EvaluatorKind,
        evaluator_organisation: Uuid,
        indicators: Vec<Indicator>,
        thresholds: GradeThresholds,
        /// For a third party: the registry states its independence was checked against.
        independence: Option<IndependenceCheck>,
        opened_at: DateTime<Utc>,
    },
    /// The evaluator's scores, replacing any before; `total` is their sum.
    PerformanceScoresSubmitted {
        scores: Vec<IndicatorScore>,
        comment: String,
        total: Points,
        submitted_at: DateTime<Utc>,
    },
    EvaluationConcluded {
        total: Points,
        grade: Grade,
        concluded_at: DateTime<Utc>,
    },
}

impl PerformanceEvent {
    /// Every kind with the payload schema this code writes for it.
    pub const KINDS: [(&'static str, u16); 3] = [
        ("EvaluationOpened", 1),
        ("PerformanceScoresSubmitted", 1),
        ("EvaluationConcluded", 1),
    ];
}

impl DomainEvent for PerformanceEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::EvaluationOpened { .. } => "EvaluationOpened",
            Self::PerformanceScoresSubmitted { .. } => "PerformanceScoresSubmitted",
            Self::EvaluationConcluded { .. } => "EvaluationConcluded",
        }
    }

    fn schema(&self) -> u16 {
        tagged::schema_of(&Self::KINDS, self.kind()).unwrap_or(1)
    }

    fn to_data(&self) -> serde_json::Value {
        tagged::data_of(self)
    }

    fn from_stored(kind: &str, schema: u16, data: &serde_json::Value) -> Result<Self, DecodeError> {
        tagged::decode(&Self::KINDS, kind, schema, data)
    }
}
