//! Checks of single inputs (CAT-ITEM). Each returns the cleaned value it checked, so that what
//! is recorded is exactly what was checked.

use crate::error::{DomainError, rules};
use crate::values::{clean_text, normalise_name};

/// The most items one command may carry. Published catalogues have from a few dozen to a few
/// hundred items (the shipped default has about a hundred); 5,000 leaves room for the largest
/// provincial catalogue while keeping one `CatalogueLoaded` payload under a megabyte or so.
pub const MAX_ITEMS: usize = 5_000;
const NAME_ZH_MAX: usize = 100;
/// English runs about twice as long as the Chinese it translates.
const NAME_EN_MAX: usize = 200;
const REASON_MAX: usize = 500;

fn invalid(field: &'static str, message: String, zh: String) -> DomainError {
    DomainError::validation_rule(field, rules::CAT_ITEM, message).zh(zh)
}

/// "目录事项 A0101": how a Chinese message names the item that `whose` ("item A0101") names.
fn whose_zh(whose: &str) -> String {
    format!("目录事项 {}", whose.strip_prefix("item ").unwrap_or(whose))
}

/// The Chinese name under its normal form ([`normalise_name`]), which is what is recorded and
/// what sibling names are compared under.
pub(super) fn check_name_zh(
    field: &'static str,
    whose: &str,
    name: &str,
) -> Result<String, DomainError> {
    let name = normalise_name(name);
    if name.is_empty() {
        return Err(invalid(
            field,
            format!("the Chinese name (中文名称) of {whose} is empty; every item needs one"),
            format!(
                "{}的中文名称未填写，每个事项都须有中文名称",
                whose_zh(whose)
            ),
        ));
    }
    let len = name.chars().count();
    if len > NAME_ZH_MAX {
        return Err(invalid(
            field,
            format!(
                "the Chinese name (中文名称) of {whose} has {len} characters; at most {NAME_ZH_MAX} are allowed"
            ),
            format!(
                "{}的中文名称为{len}个字符，最多{NAME_ZH_MAX}个字符",
                whose_zh(whose)
            ),
        ));
    }
    Ok(name)
}

pub(super) fn check_name_en(
    field: &'static str,
    whose: &str,
    name: Option<&str>,
) -> Result<Option<String>, DomainError> {
    let Some(name) = name else {
        return Ok(None);
    };
    let name = normalise_name(name);
    if name.is_empty() {
        return Err(invalid(
            field,
            format!(
                "the English name (英文名称) of {whose} is empty; leave it out if there is none"
            ),
            format!(
                "{}的英文名称为空；没有英文名称的请不填此项",
                whose_zh(whose)
            ),
        ));
    }
    let len = name.chars().count();
    if len > NAME_EN_MAX {
        return Err(invalid(
            field,
            format!(
                "the English name (英文名称) of {whose} has {len} characters; at most {NAME_EN_MAX} are allowed"
            ),
            format!(
                "{}的英文名称为{len}个字符，最多{NAME_EN_MAX}个字符",
                whose_zh(whose)
            ),
        ));
    }
    Ok(Some(name))
}

/// English names compare without regard to case: "Elderly care" and "elderly care" are one name.
pub(super) fn same_en(a: &str, b: &str) -> bool {
    en_key(a) == en_key(b)
}

/// The form under which [`same_en`] compares, for lookups by name.
pub(super) fn en_key(name: &str) -> String {
    name.to_lowercase()
}

/// `what` names the act in English and in Chinese: ("renaming an item", "更名").
pub(super) fn check_reason(
    reason: &str,
    (what, what_zh): (&str, &str),
) -> Result<String, DomainError> {
    let reason = clean_text(reason);
    if reason.is_empty() {
        return Err(invalid(
            "reason",
            format!("{what} needs a reason (理由), and none was given"),
            format!("{what_zh}须说明理由，未填写理由"),
        ));
    }
    let len = reason.chars().count();
    if len > REASON_MAX {
        return Err(invalid(
            "reason",
            format!("the reason has {len} characters; at most {REASON_MAX} are allowed"),
            format!("理由为{len}个字符，最多{REASON_MAX}个字符"),
        ));
    }
    Ok(reason)
}
