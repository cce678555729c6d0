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

fn refused(rule: &'static str, message: impl Into<String>, zh: impl Into<String>) -> DomainError {
    DomainError::violation(rule, message).zh(zh)
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
            "承接方不能作为自己的第三方评价机构，应以自评（SELF）方式评价",
        ));
    }
    if evaluator_organisation == contract.purchaser_unit {
        return Err(refused(
            rule,
            "the purchasing unit evaluates as PURCHASER, not as a third party (第三方)",
            "采购人应以采购人评价（PURCHASER）方式评价，不能作为第三方",
        ));
    }
    let Some(evaluator) = evaluator.filter(|e| e.organisation_id == evaluator_organisation) else {
        return Err(refused(
            rule,
            format!(
                "organisation {evaluator_organisation} is not on the registry: a third-party evaluator must be a registered organisation, so that its relations to the supplier can be checked"
            ),
            format!(
                "登记信息中没有社会组织 {evaluator_organisation}：第三方评价机构须为已登记的社会组织，以便核查其与承接方的关系"
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
            format!(
                "{}的登记状态为“{}”，不是“正常”：第三方评价机构须为登记状态正常的社会组织",
                evaluator.name,
                evaluator
                    .status
                    .map_or("未登记", OrganisationStatus::label_zh)
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
            format!(
                "未能读取承接方 {} 的登记信息，无法核查第三方与其关系，请重试",
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
            format!(
                "{}与承接方{}的法定代表人相同：有关联关系的组织不能作为第三方评价",
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
            format!(
                "{}与承接方{}是枢纽型组织与其成员的关系：有关联关系的组织不能作为第三方评价",
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

    fn require_open(&self, (doing, doing_zh): (&str, &str)) -> Result<(), DomainError> {
        match self.status {
            Some(EvaluationStatus::Open) => Ok(()),
            Some(EvaluationStatus::Concluded) => Err(refused(
                rules::PROC_STATE,
                format!("the evaluation is concluded (已完成); {doing} needs it open"),
                format!("该绩效评价已完成，{doing_zh}须在评价进行中办理"),
            )),
            None => Err(refused(
                rules::PROC_STATE,
                format!("no such performance evaluation; {doing} needs an open one"),
                format!("没有该绩效评价，{doing_zh}须针对进行中的评价"),
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
                "该绩效评价已经开始",
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
                format!("没有可评价的合同 {contract_id}"),
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
                format!(
                    "合同状态为“{}”，合同履行完毕或终止后才能评价",
                    contract.stage.label_zh()
                ),
            ));
        }
        let independence = match evaluator {
            EvaluatorKind::SelfEvaluation if evaluator_organisation != contract.supplier => {
                return Err(refused(
                    rules::PERF_EVALUATOR,
                    "a self-evaluation (自评) is made by the contract's supplier itself",
                    "自评只能由合同的承接方本身进行",
                ));
            }
            EvaluatorKind::Purchaser if evaluator_organisation != contract.purchaser_unit => {
                return Err(refused(
                    rules::PERF_EVALUATOR,
                    "a purchaser's evaluation (采购人评价) is made by the contract's purchasing unit",
                    "采购人评价只能由合同的采购人进行",
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
        self.require_open(("submitting scores", "提交评分"))?;
        let rule = rules::PERF_SCORE;
        if scores.len() > MAX_INDICATORS {
            return Err(DomainError::validation_rule(
                "scores",
                rule,
                format!("at most {MAX_INDICATORS} scores, one per indicator"),
            )
            .zh(format!("最多{MAX_INDICATORS}项评分，每项指标一个")));
        }
        if comment.chars().count() > MAX_COMMENT_CHARS {
            return Err(DomainError::validation(
                "comment",
                format!("the comment (评价意见) is at most {MAX_COMMENT_CHARS} characters"),
            )
            .zh(format!("评价意见最多{MAX_COMMENT_CHARS}个字符")));
        }
        let mut seen = BTreeSet::new();
        let mut total = 0u32;
        for s in scores {
            let Some(leaf) = self.leaf(&s.indicator) else {
                let parent = self.indicators_any(&s.indicator);
                let (en, zh) = if parent {
                    (
                        format!(
                            "indicator {} groups others: score its leaf indicators",
                            s.indicator
                        ),
                        format!("指标 {} 下设子指标，请对末级指标评分", s.indicator),
                    )
                } else {
                    (
                        format!(
                            "indicator {} is not in the indicator tree this evaluation opened under",
                            s.indicator
                        ),
                        format!("指标 {} 不在本次评价采用的指标体系中", s.indicator),
                    )
                };
                return Err(DomainError::validation_rule("scores.indicator", rule, en).zh(zh));
            };
            if !seen.insert(s.indicator.as_str()) {
                return Err(DomainError::validation_rule(
                    "scores.indicator",
                    rule,
                    format!("indicator {} is scored twice", s.indicator),
                )
                .zh(format!("指标 {} 评了两次分", s.indicator)));
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
                )
                .zh(format!(
                    "指标 {}（{}）的评分范围为0至{}分，不能是{}",
                    leaf.code,
                    leaf.name_zh,
                    leaf.max_points(),
                    s.points
                )));
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
        self.require_open(("concluding", "作出评价结论"))?;
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
                format!(
                    "作出评价结论前须对每项指标评分；尚未评分：{}",
                    unscored
                        .iter()
                        .map(|l| format!("{}（{}）", l.code, l.name_zh))
                        .collect::<Vec<_>>()
                        .join("、")
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
