//! Checks shared by several commands. Each returns the cleaned value it checked, so that what
//! is recorded is exactly what was checked.

use uuid::Uuid;

use super::commands::RegistryFacts;
use super::state::Members;
use crate::error::{DomainError, rules};
use crate::policy::Policy;
use crate::values::{CreditCode, Jurisdiction, Money, OrganisationKind};

const NAME_MAX: usize = 100;
const TEXT_MAX: usize = 500;
const SUPERVISORY_UNIT_MAX: usize = 100;
pub(super) const REASON_MAX: usize = 2000;
/// Words reserved for national organisations (社会团体登记管理条例 §10).
const NATIONAL_WORDS: [&str; 3] = ["中国", "全国", "中华"];

/// The handler looks up `live_name_holder`, and the read model keys live names, with this
/// same form.
pub use crate::values::normalise_name;

pub(super) fn check_name(name: &str, jurisdiction: &Jurisdiction) -> Result<String, DomainError> {
    let name = normalise_name(name);
    if name.is_empty() {
        return Err(DomainError::validation_rule(
            "name",
            rules::REG_NAME,
            "organisation name (名称) is empty",
        )
        .zh("社会组织名称未填写"));
    }
    let len = name.chars().count();
    if len > NAME_MAX {
        return Err(DomainError::validation_rule(
            "name",
            rules::REG_NAME,
            format!(
                "organisation name (名称) has {len} characters; at most {NAME_MAX} are allowed"
            ),
        )
        .zh(format!("社会组织名称为{len}个字符，最多{NAME_MAX}个字符")));
    }
    if !jurisdiction.is_national()
        && let Some(word) = NATIONAL_WORDS.iter().find(|w| name.contains(*w))
    {
        return Err(DomainError::violation(
            rules::REG_NAME,
            format!(
                "name \"{name}\" contains \"{word}\"; only organisations registered at the national level (100000) may use 中国, 全国 or 中华, and this one is registered under {jurisdiction}"
            ),
        )
        .zh(format!(
            "名称“{name}”含有“{word}”；只有在全国层面（100000）登记的社会组织才能使用“中国”“全国”“中华”字样，该组织的登记管理机关为 {jurisdiction}"
        )));
    }
    Ok(name)
}

pub(super) fn check_name_holder(
    name: &str,
    this: Option<Uuid>,
    facts: &RegistryFacts,
) -> Result<(), DomainError> {
    match facts.live_name_holder {
        Some(holder) if Some(holder) != this => Err(DomainError::violation(
            rules::REG_NAME,
            format!(
                "name \"{name}\" is already used by live organisation {holder} of the same registration authority (登记管理机关)"
            ),
        )
        .zh(format!(
            "名称“{name}”已被同一登记管理机关的存续社会组织 {holder} 使用"
        ))),
        _ => Ok(()),
    }
}

pub(super) fn check_code_holder(
    code: &CreditCode,
    this: Option<Uuid>,
    facts: &RegistryFacts,
) -> Result<(), DomainError> {
    match facts.credit_code_holder {
        Some(holder) if Some(holder) != this => Err(DomainError::violation(
            rules::REG_USCC,
            format!("credit code {code} is already held by organisation {holder}"),
        )
        .zh(format!(
            "统一社会信用代码 {code} 已由社会组织 {holder} 使用"
        ))),
        _ => Ok(()),
    }
}

/// What a message calls a field or an act, in English and in Chinese: ("purpose (宗旨)", "宗旨").
pub(super) type Label<'a> = (&'a str, &'a str);

pub(super) fn check_text(
    field: &'static str,
    (label, label_zh): Label<'_>,
    value: &str,
) -> Result<String, DomainError> {
    let value = crate::values::clean_text(value);
    if value.is_empty() {
        return Err(DomainError::validation(field, format!("{label} is empty"))
            .zh(format!("{label_zh}未填写")));
    }
    let len = value.chars().count();
    if len > TEXT_MAX {
        return Err(DomainError::validation(
            field,
            format!("{label} has {len} characters; at most {TEXT_MAX} are allowed"),
        )
        .zh(format!("{label_zh}为{len}个字符，最多{TEXT_MAX}个字符")));
    }
    Ok(value)
}

pub(super) fn check_supervisory_unit(unit: Option<&str>) -> Result<Option<String>, DomainError> {
    let Some(unit) = unit else {
        return Ok(None);
    };
    let unit = unit.trim();
    if unit.is_empty() {
        return Err(DomainError::validation(
            "supervisoryUnit",
            "supervisory unit (业务主管单位) is empty; leave it out if there is none",
        )
        .zh("业务主管单位为空；没有业务主管单位的请不填"));
    }
    let len = unit.chars().count();
    if len > SUPERVISORY_UNIT_MAX {
        return Err(DomainError::validation(
            "supervisoryUnit",
            format!(
                "supervisory unit (业务主管单位) has {len} characters; at most {SUPERVISORY_UNIT_MAX} are allowed"
            ),
        )
        .zh(format!(
            "业务主管单位为{len}个字符，最多{SUPERVISORY_UNIT_MAX}个字符"
        )));
    }
    Ok(Some(unit.to_owned()))
}

pub(super) fn check_reason(
    reason: &str,
    (what, what_zh): Label<'_>,
) -> Result<String, DomainError> {
    let reason = crate::values::clean_text(reason);
    if reason.is_empty() {
        return Err(DomainError::validation_rule(
            "reason",
            rules::REG_REFUSAL_REASON,
            format!("{what} needs a reason (理由), and none was given"),
        )
        .zh(format!("{what_zh}须说明理由，未填写理由")));
    }
    let len = reason.chars().count();
    if len > REASON_MAX {
        return Err(DomainError::validation_rule(
            "reason",
            rules::REG_REFUSAL_REASON,
            format!("the reason has {len} characters; at most {REASON_MAX} are allowed"),
        )
        .zh(format!("理由为{len}个字符，最多{REASON_MAX}个字符")));
    }
    Ok(reason)
}

pub(super) fn check_credit_code(
    code: &CreditCode,
    kind: OrganisationKind,
    jurisdiction: &Jurisdiction,
) -> Result<(), DomainError> {
    let digit = code.kind_digit();
    if digit != kind.credit_code_digit() {
        return Err(DomainError::violation(
            rules::REG_USCC,
            format!(
                "credit code {code}: position 2 is '{digit}', but a {} ({}) must have '{}'",
                kind.as_str(),
                kind.label_zh(),
                kind.credit_code_digit()
            ),
        )
        .zh(format!(
            "统一社会信用代码 {code} 第2位是“{digit}”，{}的第2位应为“{}”",
            kind.label_zh(),
            kind.credit_code_digit()
        )));
    }
    if code.division() != jurisdiction.as_str() {
        return Err(DomainError::violation(
            rules::REG_USCC,
            format!(
                "credit code {code}: positions 3–8 are {}, but the registration authority is {jurisdiction}",
                code.division()
            ),
        )
        .zh(format!(
            "统一社会信用代码 {code} 第3至8位为 {}，但登记管理机关为 {jurisdiction}",
            code.division()
        )));
    }
    Ok(())
}

pub(super) fn check_members(members: Members, policy: &Policy) -> Result<(), DomainError> {
    if policy.meets_min_members(members) {
        return Ok(());
    }
    Err(DomainError::violation(
        rules::REG_MIN_MEMBERS,
        format!(
            "a social group needs at least {} individual members, or at least {} unit members, or at least {} members in total when it has both; this one has {} individual and {} unit members",
            policy.min_individual_members,
            policy.min_unit_members,
            policy.min_mixed_members,
            members.individual,
            members.unit
        ),
    )
    .zh(format!(
        "社会团体应有{}个以上个人会员，或{}个以上单位会员，两者都有的会员总数应在{}个以上；该社会团体现有个人会员{}个、单位会员{}个",
        policy.min_individual_members,
        policy.min_unit_members,
        policy.min_mixed_members,
        members.individual,
        members.unit
    )))
}

pub(super) fn check_funds(
    funds: Money,
    kind: OrganisationKind,
    jurisdiction: &Jurisdiction,
    public_fundraising: bool,
    policy: &Policy,
) -> Result<(), DomainError> {
    let Some(minimum) = policy.min_funds(kind, jurisdiction, public_fundraising) else {
        return Ok(());
    };
    if funds >= minimum {
        return Ok(());
    }
    let (which, which_zh) = match kind {
        OrganisationKind::Foundation if !public_fundraising => (
            "the original fund (原始基金) of a non-public foundation",
            "非公募基金会的原始基金",
        ),
        OrganisationKind::Foundation if jurisdiction.is_national() => (
            "the original fund (原始基金) of a national public-fundraising foundation",
            "全国性公募基金会的原始基金",
        ),
        OrganisationKind::Foundation => (
            "the original fund (原始基金) of a local public-fundraising foundation",
            "地方性公募基金会的原始基金",
        ),
        _ if jurisdiction.is_national() => (
            "the activity funds (活动资金) of a national social group",
            "全国性社会团体的活动资金",
        ),
        _ => (
            "the activity funds (活动资金) of a local social group",
            "地方性社会团体的活动资金",
        ),
    };
    Err(DomainError::violation(
        rules::REG_MIN_FUNDS,
        format!("{which} must be at least ¥{minimum}; ¥{funds} was given"),
    )
    .zh(format!(
        "{which_zh}不得少于¥{}，填报的是¥{}",
        minimum.grouped(),
        funds.grouped()
    )))
}
