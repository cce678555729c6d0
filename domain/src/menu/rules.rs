//! The menu's rules as small checks, each refusal in English and Chinese with its rule id
//! (MENU-ITEM, MENU-CAP, MENU-FLOW, MENU-NOTICE). Each check returns the cleaned value it
//! checked, so that what is recorded is exactly what was checked.

use crate::error::{DomainError, rules};
use crate::policy::Policy;
use crate::values::{Money, clean_text, normalise_name};

use super::tree::MenuItemType;

/// The most items one order may carry: a community's yearly order is a handful of projects;
/// twenty keeps one public notice readable.
pub const MAX_LINES: usize = 20;
/// The most needs one menu item names.
pub const MAX_NEEDS: usize = 10;
const NEED_MAX: usize = 100;
const STATED_NEEDS_MAX: usize = 1_000;
const TITLE_MAX: usize = 100;
const NAME_MAX: usize = 100;
const REASON_MAX: usize = 500;
/// A public notice (公示) is a paragraph or a few; a whole document is linked, not pasted.
const NOTICE_MAX: usize = 2_000;

/// A catalogue-tree refusal re-attributed to the menu: the tree's rules are the catalogue's
/// (written once), but a clerk keeping the menu is told the menu's rule, MENU-ITEM.
pub(super) fn as_menu(e: DomainError) -> DomainError {
    let zh = e.message_zh().map(str::to_owned);
    let out = match &e {
        &DomainError::Validation {
            field, ref message, ..
        } => DomainError::validation_rule(field, rules::MENU_ITEM, message.clone()),
        DomainError::RuleViolation { message, .. } => {
            DomainError::violation(rules::MENU_ITEM, message.clone())
        }
    };
    match zh {
        Some(zh) => out.zh(zh),
        None => out,
    }
}

pub(super) fn item_refused(en: String, zh: String) -> DomainError {
    DomainError::violation(rules::MENU_ITEM, en).zh(zh)
}

pub(super) fn item_invalid(field: &'static str, en: String, zh: String) -> DomainError {
    DomainError::validation_rule(field, rules::MENU_ITEM, en).zh(zh)
}

pub(super) fn cap_refused(en: String, zh: String) -> DomainError {
    DomainError::violation(rules::MENU_CAP, en).zh(zh)
}

pub(super) fn flow_refused(en: String, zh: String) -> DomainError {
    DomainError::violation(rules::MENU_FLOW, en).zh(zh)
}

/// One line of free text: cleaned, not empty, at most `max` characters.
pub(super) fn check_line(
    field: &'static str,
    rule: &'static str,
    (label, label_zh): (&str, &str),
    text: &str,
    max: usize,
) -> Result<String, DomainError> {
    check_text(field, rule, (label, label_zh), &normalise_name(text), max)
}

/// A paragraph of free text: invisible characters dropped, trimmed, not empty, at most `max`.
pub(super) fn check_paragraph(
    field: &'static str,
    rule: &'static str,
    (label, label_zh): (&str, &str),
    text: &str,
    max: usize,
) -> Result<String, DomainError> {
    check_text(field, rule, (label, label_zh), clean_text(text).trim(), max)
}

fn check_text(
    field: &'static str,
    rule: &'static str,
    (label, label_zh): (&str, &str),
    text: &str,
    max: usize,
) -> Result<String, DomainError> {
    if text.is_empty() {
        return Err(DomainError::validation_rule(
            field,
            rule,
            format!("{label} is empty; write it"),
        )
        .zh(format!("{label_zh}为空，请填写")));
    }
    let len = text.chars().count();
    if len > max {
        return Err(DomainError::validation_rule(
            field,
            rule,
            format!("{label} has {len} characters; at most {max} are allowed"),
        )
        .zh(format!("{label_zh}有 {len} 个字符，最多 {max} 个")));
    }
    Ok(text.to_owned())
}

/// MENU-NOTICE: the public notice (公示) of a step, which every step records.
pub(super) fn check_notice(
    step_en: &str,
    step_zh: &str,
    text: &str,
) -> Result<String, DomainError> {
    check_paragraph(
        "notice",
        rules::MENU_NOTICE,
        (
            &format!("the public notice (公示) of {step_en}"),
            &format!("“{step_zh}”环节的公示内容"),
        ),
        text,
        NOTICE_MAX,
    )
}

pub(super) fn check_reason(text: &str) -> Result<String, DomainError> {
    check_paragraph(
        "reason",
        rules::MENU_FLOW,
        ("the residents' council's reason (理由)", "居民议事会的理由"),
        text,
        REASON_MAX,
    )
}

pub(super) fn check_title(text: &str) -> Result<String, DomainError> {
    check_line(
        "title",
        rules::MENU_ITEM,
        ("the order's title (项目名称)", "项目名称"),
        text,
        TITLE_MAX,
    )
}

pub(super) fn check_community_name(text: &str) -> Result<String, DomainError> {
    check_line(
        "community.name",
        rules::MENU_ITEM,
        ("the community's name (社区名称)", "社区名称"),
        text,
        NAME_MAX,
    )
}

pub(super) fn check_stated_needs(code: &str, text: &str) -> Result<String, DomainError> {
    check_paragraph(
        "lines.needs",
        rules::MENU_ITEM,
        (
            &format!("the needs stated for {code} (居民需求)"),
            &format!("{code} 的居民需求说明"),
        ),
        text,
        STATED_NEEDS_MAX,
    )
}

/// The needs a menu item answers: one to [`MAX_NEEDS`] short lines, none twice.
pub(super) fn check_needs(code: &str, needs: &[String]) -> Result<Vec<String>, DomainError> {
    if needs.is_empty() || needs.len() > MAX_NEEDS {
        return Err(item_invalid(
            "items.needs",
            format!(
                "menu item {code} names {} needs; an item answers 1 to {MAX_NEEDS} community needs (社区需求)",
                needs.len()
            ),
            format!(
                "菜单项目 {code} 列出了 {} 项需求，每个项目应回应 1 至 {MAX_NEEDS} 项社区需求",
                needs.len()
            ),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(needs.len());
    for need in needs {
        let need = check_line(
            "items.needs",
            rules::MENU_ITEM,
            (
                &format!("a need of menu item {code}"),
                &format!("菜单项目 {code} 的需求"),
            ),
            need,
            NEED_MAX,
        )?;
        if out.contains(&need) {
            return Err(item_invalid(
                "items.needs",
                format!("menu item {code} names the need '{need}' twice"),
                format!("菜单项目 {code} 重复列出需求“{need}”"),
            ));
        }
        out.push(need);
    }
    Ok(out)
}

/// MENU-CAP: the most one item of `item_type` may cost, under the jurisdiction's policy;
/// `None` where the policy sets none.
pub fn cap_of(policy: &Policy, item_type: MenuItemType) -> Option<Money> {
    match item_type {
        MenuItemType::Works => policy.menu_item_cap_works,
        MenuItemType::Services => policy.menu_item_cap_services,
        MenuItemType::Goods => policy.menu_item_cap_goods,
    }
}
