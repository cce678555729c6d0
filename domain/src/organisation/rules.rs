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
        ));
    }
    let len = name.chars().count();
    if len > NAME_MAX {
        return Err(DomainError::validation_rule(
            "name",
            rules::REG_NAME,
            format!(
                "organisation name (名称) has {len} characters; at most {NAME_MAX} are allowed"
            ),
        ));
    }
    if !jurisdiction.is_national()
        && let Some(word) = NATIONAL_WORDS.iter().find(|w| name.contains(*w))
    {
        return Err(DomainError::violation(
            rules::REG_NAME,
            format!(
                "name \"{name}\" contains \"{word}\"; only organisations registered at the national level (100000) may use 中国, 全国 or 中华, and this one is registered under {jurisdiction}"
            ),
        ));
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
        )),
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
        )),
        _ => Ok(()),
    }
}

pub(super) fn check_text(
    field: &'static str,
    label: &str,
    value: &str,
) -> Result<String, DomainError> {
    let value = crate::values::clean_text(value);
    if value.is_empty() {
        return Err(DomainError::validation(field, format!("{label} is empty")));
    }
    let len = value.chars().count();
    if len > TEXT_MAX {
        return Err(DomainError::validation(
            field,
            format!("{label} has {len} characters; at most {TEXT_MAX} are allowed"),
        ));
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
        ));
    }
    let len = unit.chars().count();
    if len > SUPERVISORY_UNIT_MAX {
        return Err(DomainError::validation(
            "supervisoryUnit",
            format!(
                "supervisory unit (业务主管单位) has {len} characters; at most {SUPERVISORY_UNIT_MAX} are allowed"
            ),
        ));
    }
    Ok(Some(unit.to_owned()))
}

pub(super) fn check_reason(reason: &str, what: &str) -> Result<String, DomainError> {
    let reason = crate::values::clean_text(reason);
    if reason.is_empty() {
        return Err(DomainError::validation_rule(
            "reason",
            rules::REG_REFUSAL_REASON,
            format!("{what} needs a reason (理由), and none was given"),
        ));
    }
    let len = reason.chars().count();
    if len > REASON_MAX {
        return Err(DomainError::validation_rule(
            "reason",
            rules::REG_REFUSAL_REASON,
            format!("the reason has {len} characters; at most {REASON_MAX} are allowed"),
        ));
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
        ));
    }
    if code.division() != jurisdiction.as_str() {
        return Err(DomainError::violation(
            rules::REG_USCC,
            format!(
                "credit code {code}: positions 3–8 are {}, but the registration authority is {jurisdiction}",
                code.division()
            ),
        ));
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
    ))
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
    let which = match kind {
        OrganisationKind::Foundation if !public_fundraising => {
            "the original fund (原始基金) of a non-public foundation"
        }
        OrganisationKind::Foundation if jurisdiction.is_national() => {
            "the original fund (原始基金) of a national public-fundraising foundation"
        }
        OrganisationKind::Foundation => {
            "the original fund (原始基金) of a local public-fundraising foundation"
        }
        _ if jurisdiction.is_national() => {
            "the activity funds (活动资金) of a national social group"
        }
        _ => "the activity funds (活动资金) of a local social group",
    };
    Err(DomainError::violation(
        rules::REG_MIN_FUNDS,
        format!("{which} must be at least ¥{minimum}; ¥{funds} was given"),
    ))
}
