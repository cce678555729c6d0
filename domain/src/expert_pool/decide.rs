//! `decide` for the expert pool (EVAL-COMMITTEE: who may be drawn; EVAL-RECUSAL: what recusal
//! is checked against).

use uuid::Uuid;

use super::state::{Expert, ExpertPool, ExpertStatus};
use super::{
    ExpertPoolCommand, ExpertPoolEvent, ExpertSpec, MAX_EXPERT_NAME_CHARS, MAX_REASON_CHARS,
    MAX_RELATIONS,
};
use crate::aggregate::Context;
use crate::calendar::china_date;
use crate::committee::draw::MAX_POOL;
use crate::committee::{RecordedRelation, RelationKind};
use crate::error::{DomainError, rules};
use crate::values::{Jurisdiction, check_no_control_chars, clean_text, resident_id_check_digit};

type Decided = Result<Vec<ExpertPoolEvent>, DomainError>;

fn refused(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::EVAL_COMMITTEE, message).zh(zh)
}

/// A resident id number as GB 11643 writes it; the number itself stays out of messages.
fn check_id_number(id: &str) -> Result<(), DomainError> {
    let err = |m: &str, zh: &str| {
        DomainError::validation_rule(
            "idNumber",
            rules::EVAL_RECUSAL,
            format!("the resident ID number (居民身份证号码) {m}"),
        )
        .zh(format!("居民身份证号码{zh}"))
    };
    if id.chars().count() != 18 {
        return Err(err("must have 18 characters", "应为18位"));
    }
    let Some((first17, last)) = id.split_at_checked(17) else {
        return Err(err("is malformed", "格式有误"));
    };
    let Some(expected) = resident_id_check_digit(first17) else {
        return Err(err("must start with 17 digits", "前17位应为数字"));
    };
    if last != expected.to_string() {
        return Err(err(
            &format!(
                "has a wrong check digit (校验码): the 18th character should be '{expected}' (a capital X for ten)"
            ),
            &format!("校验码有误：第18位应为“{expected}”（10 写作大写 X）"),
        ));
    }
    Ok(())
}

fn check_reason(reason: &str) -> Result<String, DomainError> {
    let reason = clean_text(reason);
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        return Err(DomainError::validation(
            "reason",
            format!("give the reason (理由) in 1 to {MAX_REASON_CHARS} characters"),
        )
        .zh(format!("请填写理由，1至{MAX_REASON_CHARS}个字符")));
    }
    Ok(reason)
}

/// The relation kinds as the recusal rules name them (评审专家回避).
fn relation_zh(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::LegalRepresentative => "法定代表人",
        RelationKind::Employment => "三年内任职",
        RelationKind::Management => "三年内担任董事、监事、管理人员",
        RelationKind::Control => "控股股东、实际控制人",
        RelationKind::Relative => "近亲属",
        RelationKind::Litigation => "诉讼",
        RelationKind::Other => "其他利害关系",
    }
}

fn check_relations(relations: &[RecordedRelation]) -> Result<(), DomainError> {
    if relations.len() > MAX_RELATIONS {
        return Err(DomainError::validation(
            "relations",
            format!("an expert has at most {MAX_RELATIONS} relations on record"),
        )
        .zh(format!("每位专家最多登记{MAX_RELATIONS}项利害关系")));
    }
    for (i, r) in relations.iter().enumerate() {
        if relations[..i].contains(r) {
            return Err(DomainError::validation(
                "relations",
                format!(
                    "the relation to organisation {} ({}) is listed twice",
                    r.organisation_id,
                    r.kind.label()
                ),
            )
            .zh(format!(
                "与组织 {} 的利害关系（{}）重复登记",
                r.organisation_id,
                relation_zh(r.kind)
            )));
        }
    }
    Ok(())
}

impl ExpertPool {
    pub(super) fn decide_command(&self, command: &ExpertPoolCommand, ctx: &Context) -> Decided {
        use ExpertPoolCommand as C;
        for (field, label, value, shape) in command.texts() {
            check_no_control_chars(field, label, value, shape)?;
        }
        match command {
            C::AddExpert {
                jurisdiction,
                expert,
            } => self.decide_add(jurisdiction, expert, ctx),
            C::UpdateRelations {
                expert_id,
                employer,
                relations,
                reason,
            } => {
                let expert = self.listed(*expert_id)?;
                if let ExpertStatus::Removed { since, .. } = &expert.status {
                    return Err(refused(
                        format!(
                            "{} was removed from the expert pool (出库) on {}; a removed expert's record is history and is not changed",
                            expert.name,
                            china_date(*since)
                        ),
                        format!(
                            "{}已于{}出库；出库专家的记录只作留存，不再变更",
                            expert.name,
                            china_date(*since)
                        ),
                    ));
                }
                check_relations(relations)?;
                Ok(vec![ExpertPoolEvent::ExpertRelationsUpdated {
                    expert_id: *expert_id,
                    employer: *employer,
                    relations: relations.clone(),
                    reason: check_reason(reason)?,
                    updated_at: ctx.now,
                }])
            }
            C::SuspendExpert { expert_id, reason } => {
                let expert = self.listed(*expert_id)?;
                if !expert.is_active() {
                    return Err(refused(
                        format!(
                            "{} is {}; only an active expert can be suspended",
                            expert.name,
                            expert.status.label()
                        ),
                        format!(
                            "{}的状态为“{}”；只有在库专家才能暂停",
                            expert.name,
                            expert.status.label_zh()
                        ),
                    ));
                }
                Ok(vec![ExpertPoolEvent::ExpertSuspended {
                    expert_id: *expert_id,
                    reason: check_reason(reason)?,
                    suspended_at: ctx.now,
                }])
            }
            C::ReinstateExpert { expert_id, reason } => {
                let expert = self.listed(*expert_id)?;
                if !matches!(expert.status, ExpertStatus::Suspended { .. }) {
                    return Err(refused(
                        format!(
                            "{} is {}; only a suspended expert can be reinstated",
                            expert.name,
                            expert.status.label()
                        ),
                        format!(
                            "{}的状态为“{}”；只有暂停的专家才能恢复",
                            expert.name,
                            expert.status.label_zh()
                        ),
                    ));
                }
                Ok(vec![ExpertPoolEvent::ExpertReinstated {
                    expert_id: *expert_id,
                    reason: check_reason(reason)?,
                    reinstated_at: ctx.now,
                }])
            }
            C::RemoveExpert { expert_id, reason } => {
                let expert = self.listed(*expert_id)?;
                if let ExpertStatus::Removed { since, .. } = &expert.status {
                    return Err(refused(
                        format!(
                            "{} was already removed from the expert pool (出库) on {}",
                            expert.name,
                            china_date(*since)
                        ),
                        format!("{}已于{}出库", expert.name, china_date(*since)),
                    ));
                }
                Ok(vec![ExpertPoolEvent::ExpertRemoved {
                    expert_id: *expert_id,
                    reason: check_reason(reason)?,
                    removed_at: ctx.now,
                }])
            }
        }
    }

    fn listed(&self, expert_id: Uuid) -> Result<&Expert, DomainError> {
        self.expert(expert_id).ok_or_else(|| {
            DomainError::validation_rule(
                "expertId",
                rules::EVAL_COMMITTEE,
                format!("expert {expert_id} is not in this expert pool (评审专家库)"),
            )
            .zh(format!("评审专家库中没有专家 {expert_id}"))
        })
    }

    fn decide_add(&self, jurisdiction: &Jurisdiction, spec: &ExpertSpec, ctx: &Context) -> Decided {
        if let Some(own) = &self.jurisdiction
            && own != jurisdiction
        {
            return Err(DomainError::validation(
                "jurisdiction",
                format!("this is the expert pool of {own}, not of {jurisdiction}"),
            )
            .zh(format!("这是 {own} 的评审专家库，不是 {jurisdiction} 的")));
        }
        if self.experts.contains_key(&spec.expert_id) {
            return Err(refused(
                format!("expert {} is already in the expert pool", spec.expert_id),
                format!("专家 {} 已在评审专家库中", spec.expert_id),
            ));
        }
        if self.experts.len() >= MAX_POOL {
            return Err(refused(
                format!("an expert pool holds at most {MAX_POOL} experts, removed ones included"),
                format!("评审专家库最多容纳{MAX_POOL}名专家（含已出库专家）"),
            ));
        }
        let name = clean_text(&spec.name);
        if name.is_empty() || name.chars().count() > MAX_EXPERT_NAME_CHARS {
            return Err(DomainError::validation(
                "name",
                format!("the expert's name (姓名) has 1 to {MAX_EXPERT_NAME_CHARS} characters"),
            )
            .zh(format!("专家姓名应为1至{MAX_EXPERT_NAME_CHARS}个字符")));
        }
        let id_number = spec.id_number.trim().to_owned();
        check_id_number(&id_number)?;
        if let Some(same) = self
            .experts
            .values()
            .filter(|e| !matches!(e.status, ExpertStatus::Removed { .. }))
            .find(|e| e.id_number.eq_ignore_ascii_case(&id_number))
        {
            return Err(refused(
                format!(
                    "an expert with this resident ID number (居民身份证号码) is already in the pool: {} ({}); one person is one expert",
                    same.name, same.expert_id
                ),
                format!(
                    "评审专家库中已有使用该居民身份证号码的专家：{}（{}）；同一人只能登记为一名专家",
                    same.name, same.expert_id
                ),
            ));
        }
        check_relations(&spec.relations)?;
        Ok(vec![ExpertPoolEvent::ExpertAdded {
            jurisdiction: jurisdiction.clone(),
            expert_id: spec.expert_id,
            name,
            id_number,
            employer: spec.employer,
            relations: spec.relations.clone(),
            added_at: ctx.now,
        }])
    }
}
