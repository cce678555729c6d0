//! `decide` for a performance evaluation (PERF-EVALUATOR, PERF-SCORE).

use std::collections::BTreeSet;

use uuid::Uuid;

use super::PerformanceContext as Context;
use super::commands::{EvaluatorKind, IndicatorScore, MAX_COMMENT_CHARS, PerformanceCommand};
use super::events::{IndependenceCheck, PerformanceEvent};
use super::facts::{EvaluatedContract, PartyRecord};
use super::indicators::{MAX_INDICATORS, leaves};
use super::state::{EvaluationStatus, PerformanceEvaluation};
use crate::error::{DomainError, rules};
use crate::organisation::OrganisationStatus;
use crate::procurement::Points;
use crate::values::check_no_control_chars;

type Decided = Result<Vec<PerformanceEvent>, DomainError>;

fn refused(rule: &'static str, message: impl Into<String>) -> DomainError {
    DomainError::violation(rule, message)
}

/// Resident id numbers compare without case (the check digit may be x or X) or spaces.
fn same_id_number(a: &str, b: &str) -> bool {
    let a = a.trim();
    !a.is_empty() && a.eq_ignore_ascii_case(b.trim())
}

/// PERF-EVALUATOR for a third party: a registered, active organisation that is not the
/// supplier, nor has the supplier's legal representative, nor is tied to it by a hub
/// designation (the hub and its members).
fn check_independent(
    contract: &EvaluatedContract,
    evaluator: Option<&PartyRecord>,
    supplier: Option<&PartyRecord>,
    evaluator_organisation: Uuid,
) -> Result<IndependenceCheck, DomainError> {
    let rule = rules::PERF_EVALUATOR;
    if evaluator_organisation == contract.supplier {
        return Err(refused(
            rule,
            "the supplier cannot be its own third-party evaluator (第三方评价机构); it evaluates itself as SELF",
        ));
    }
    if evaluator_organisation == contract.purchaser_unit {
        return Err(refused(
            rule,
            "the purchasing unit evaluates as PURCHASER, not as a third party (第三方)",
        ));
    }
    let Some(evaluator) = evaluator.filter(|e| e.organisation_id == evaluator_organisation) else {
        return Err(refused(
            rule,
            format!(
                "organisation {evaluator_organisation} is not on the registry: a third-party evaluator must be a registered organisation, so that its relations to the supplier can be checked"
            ),
        ));
    };
    if evaluator.status != Some(OrganisationStatus::Active) {
        return Err(refused(
            rule,
            format!(
                "{} is {}, not active (正常): a third-party evaluator must be an active registered organisation",
                evaluator.name,
                evaluator
                    .status
                    .map_or("not registered", OrganisationStatus::label_zh)
            ),
        ));
    }
    let Some(supplier) = supplier.filter(|s| s.organisation_id == contract.supplier) else {
        return Err(refused(
            rule,
            format!(
                "the registry record of the supplier {} was not read, so the third party's relations to it cannot be checked; try again",
                contract.supplier
            ),
        ));
    };
    if same_id_number(
        &evaluator.legal_representative_id_number,
        &supplier.legal_representative_id_number,
    ) {
        return Err(refused(
            rule,
            format!(
                "{} has the same legal representative (法定代表人) as the supplier {}: a related organisation cannot evaluate it as a third party",
                evaluator.name, supplier.name
            ),
        ));
    }
    if evaluator.hub_members.contains(&supplier.organisation_id)
        || supplier.hub_members.contains(&evaluator.organisation_id)
    {
        return Err(refused(
            rule,
            format!(
                "{} and the supplier {} are a hub (枢纽型组织) and its member: a related organisation cannot evaluate it as a third party",
                evaluator.name, supplier.name
            ),
        ));
    }
    Ok(IndependenceCheck {
        evaluator_registry_version: evaluator.registry_version,
        evaluator_registry_position: evaluator.registry_position,
        supplier_registry_version: supplier.registry_version,
        supplier_registry_position: supplier.registry_position,
    })
}

impl PerformanceEvaluation {
    pub(super) fn decide_command(&self, command: &PerformanceCommand, ctx: &Context) -> Decided {
        for (field, label, value, shape) in command.texts() {
            check_no_control_chars(field, label, value, shape)?;
        }
        match command {
            PerformanceCommand::Open {
                evaluation_id,
                contract_id,
                evaluator,
                evaluator_organisation,
            } => self.decide_open(
                *evaluation_id,
                *contract_id,
                *evaluator,
                *evaluator_organisation,
                ctx,
            ),
            PerformanceCommand::SubmitScores { scores, comment } => {
                self.decide_submit(scores, comment, ctx)
            }
            PerformanceCommand::Conclude => self.decide_conclude(ctx),
        }
    }

    fn require_open(&self, doing: &str) -> Result<(), DomainError> {
        match self.status {
            Some(EvaluationStatus::Open) => Ok(()),
            Some(EvaluationStatus::Concluded) => Err(refused(
                rules::PROC_STATE,
                format!("the evaluation is concluded (已完成); {doing} needs it open"),
            )),
            None => Err(refused(
                rules::PROC_STATE,
                format!("no such performance evaluation; {doing} needs an open one"),
            )),
        }
    }

    fn decide_open(
        &self,
        evaluation_id: Uuid,
        contract_id: Uuid,
        evaluator: EvaluatorKind,
        evaluator_organisation: Uuid,
        ctx: &Context,
    ) -> Decided {
        if self.exists() {
            return Err(refused(
                rules::PROC_STATE,
                "this performance evaluation is already open",
            ));
        }
        let Some(contract) = ctx
            .facts
            .contract
            .as_ref()
            .filter(|c| c.contract_id == contract_id)
        else {
            return Err(refused(
                rules::PERF_EVALUATOR,
                format!("no contract {contract_id} to evaluate"),
            ));
        };
        if !contract.stage.is_ended() {
            return Err(refused(
                rules::PROC_STATE,
                format!(
                    "the contract is {} ({}); delivered work is evaluated once the contract is completed or terminated",
                    contract.stage.label_zh(),
                    match contract.stage {
                        super::ContractStage::Active => "ACTIVE",
                        super::ContractStage::Suspended => "SUSPENDED",
                        super::ContractStage::Completed => "COMPLETED",
                        super::ContractStage::Terminated => "TERMINATED",
                    }
                ),
            ));
        }
        let independence = match evaluator {
            EvaluatorKind::SelfEvaluation if evaluator_organisation != contract.supplier => {
                return Err(refused(
                    rules::PERF_EVALUATOR,
                    "a self-evaluation (自评) is made by the contract's supplier itself",
                ));
            }
            EvaluatorKind::Purchaser if evaluator_organisation != contract.purchaser_unit => {
                return Err(refused(
                    rules::PERF_EVALUATOR,
                    "a purchaser's evaluation (采购人评价) is made by the contract's purchasing unit",
                ));
            }
            EvaluatorKind::ThirdParty => Some(check_independent(
                contract,
                ctx.facts.evaluator.as_ref(),
                ctx.facts.supplier.as_ref(),
                evaluator_organisation,
            )?),
            _ => None,
        };
        let indicators = ctx.policy.performance_indicators.clone();
        super::indicators::validate_tree(&indicators, "performanceIndicators")?;
        ctx.policy
            .performance_grade_thresholds
            .validate("performanceGradeThresholds")?;
        Ok(vec![PerformanceEvent::EvaluationOpened {
            evaluation_id,
            contract_id,
            procurement_id: contract.procurement_id,
            supplier: contract.supplier,
            purchaser_unit: contract.purchaser_unit,
            jurisdiction: contract.jurisdiction.clone(),
            evaluator,
            evaluator_organisation,
            indicators,
            thresholds: ctx.policy.performance_grade_thresholds,
            independence,
            opened_at: ctx.now,
        }])
    }

    fn decide_submit(&self, scores: &[IndicatorScore], comment: &str, ctx: &Context) -> Decided {
        self.require_open("submitting scores")?;
        let rule = rules::PERF_SCORE;
        if scores.len() > MAX_INDICATORS {
            return Err(DomainError::validation_rule(
                "scores",
                rule,
                format!("at most {MAX_INDICATORS} scores, one per indicator"),
            ));
        }
        if comment.chars().count() > MAX_COMMENT_CHARS {
            return Err(DomainError::validation(
                "comment",
                format!("the comment (评价意见) is at most {MAX_COMMENT_CHARS} characters"),
            ));
        }
        let mut seen = BTreeSet::new();
        let mut total = 0u32;
        for s in scores {
            let Some(leaf) = self.leaf(&s.indicator) else {
                let parent = self.indicators_any(&s.indicator);
                return Err(DomainError::validation_rule(
                    "scores.indicator",
                    rule,
                    if parent {
                        format!(
                            "indicator {} groups others: score its leaf indicators",
                            s.indicator
                        )
                    } else {
                        format!(
                            "indicator {} is not in the indicator tree this evaluation opened under",
                            s.indicator
                        )
                    },
                ));
            };
            if !seen.insert(s.indicator.as_str()) {
                return Err(DomainError::validation_rule(
                    "scores.indicator",
                    rule,
                    format!("indicator {} is scored twice", s.indicator),
                ));
            }
            if s.points > leaf.max_points() {
                return Err(DomainError::validation_rule(
                    "scores.points",
                    rule,
                    format!(
                        "indicator {} ({}) is scored from 0 to {} points, not {}",
                        leaf.code,
                        leaf.name_zh,
                        leaf.max_points(),
                        s.points
                    ),
                ));
            }
            total = total.saturating_add(s.points.0);
        }
        Ok(vec![PerformanceEvent::PerformanceScoresSubmitted {
            scores: scores.to_vec(),
            comment: comment.to_owned(),
            total: Points(total),
            submitted_at: ctx.now,
        }])
    }

    /// Whether `code` names any node of the tree, leaf or not.
    fn indicators_any(&self, code: &str) -> bool {
        fn any(nodes: &[super::Indicator], code: &str) -> bool {
            nodes
                .iter()
                .any(|n| n.code == code || any(&n.children, code))
        }
        any(&self.indicators, code)
    }

    fn decide_conclude(&self, ctx: &Context) -> Decided {
        self.require_open("concluding")?;
        let unscored = self.unscored();
        if !unscored.is_empty() {
            return Err(refused(
                rules::PERF_SCORE,
                format!(
                    "every indicator is scored before the conclusion; not yet scored: {}",
                    unscored
                        .iter()
                        .map(|l| format!("{} ({})", l.code, l.name_zh))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        let total = Points(
            leaves(&self.indicators)
                .iter()
                .filter_map(|l| self.score_of(&l.code))
                .map(|p| p.0)
                .sum(),
        );
        Ok(vec![PerformanceEvent::EvaluationConcluded {
            total,
            grade: self.thresholds.grade(total),
            concluded_at: ctx.now,
        }])
    }
}
