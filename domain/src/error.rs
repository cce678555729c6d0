//! The one error type every `decide` and every value constructor returns.

/// Stable rule ids (DOMAIN.md Part A). They travel to clients in `extensions.rule`, so they are
/// part of the public contract and must never be renamed.
pub mod rules {
    pub const REG_USCC: &str = "REG-USCC";
    pub const REG_NAME: &str = "REG-NAME";
    pub const REG_STATE: &str = "REG-STATE";
    pub const REG_REFUSAL_REASON: &str = "REG-REFUSAL-REASON";
    pub const REG_CHANGE: &str = "REG-CHANGE";
    pub const REG_MIN_MEMBERS: &str = "REG-MIN-MEMBERS";
    pub const REG_MIN_FUNDS: &str = "REG-MIN-FUNDS";
    pub const REG_TWO_STAGE: &str = "REG-TWO-STAGE";
    /// Not a refusal: names the statutory decision clocks that `open_cases` reports.
    pub const REG_DECISION_DUE: &str = "REG-DECISION-DUE";
    pub const REG_ANNUAL_REPORT: &str = "REG-ANNUAL-REPORT";
    pub const CREDIT_ABNORMAL: &str = "CREDIT-ABNORMAL";
    pub const CREDIT_SERIOUS: &str = "CREDIT-SERIOUS";
    pub const RATE_GRADE: &str = "RATE-GRADE";
    pub const HUB: &str = "HUB";
    pub const CAT_ITEM: &str = "CAT-ITEM";
    pub const PROC_METHOD: &str = "PROC-METHOD";
    pub const PROC_PERIOD: &str = "PROC-PERIOD";
    pub const PROC_TERM: &str = "PROC-TERM";
    /// Commands outside a procurement's, a bid's or a committee's transition table (as
    /// REG-STATE is for the registry).
    pub const PROC_STATE: &str = "PROC-STATE";
    pub const BID_ELIGIBLE: &str = "BID-ELIGIBLE";
    pub const BID_SEALED: &str = "BID-SEALED";
    pub const BID_SECURITY: &str = "BID-SECURITY";
    pub const BID_MIN_BIDDERS: &str = "BID-MIN-BIDDERS";
    pub const EVAL_COMMITTEE: &str = "EVAL-COMMITTEE";
    pub const EVAL_RECUSAL: &str = "EVAL-RECUSAL";
    pub const EVAL_PRICE_WEIGHT: &str = "EVAL-PRICE-WEIGHT";
    pub const AWARD_RANK: &str = "AWARD-RANK";
    pub const PERF_SCORE: &str = "PERF-SCORE";
    pub const PERF_EVALUATOR: &str = "PERF-EVALUATOR";
    pub const PERF_FEEDS: &str = "PERF-FEEDS";
    pub const CON_SIGN: &str = "CON-SIGN";
    pub const CON_SUPPLEMENT: &str = "CON-SUPPLEMENT";
    pub const CON_PAYMENT: &str = "CON-PAYMENT";
    /// Not in DOMAIN.md Part A: 履约验收 of a public service takes the recipients' part and is
    /// published (实施条例 第45条, DOMAIN-PROCUREMENT.md "Contracts").
    pub const CON_ACCEPTANCE: &str = "CON-ACCEPTANCE";
    pub const AUDIT_IMMUTABLE: &str = "AUDIT-IMMUTABLE";
    /// Menu ordering (点单, DOMAIN.md B §3.7), not in Part A: an ordered item is on the
    /// jurisdiction's menu and not retired at the order's time; the menu's own tree rules.
    pub const MENU_ITEM: &str = "MENU-ITEM";
    /// Each ordered item's amount within the cap of its type (works, services, goods), as
    /// dated jurisdiction policy; an implementing procurement within the order's amount.
    pub const MENU_CAP: &str = "MENU-CAP";
    /// The steps collect needs → residents' council review → decide → implement → accept, in
    /// order, and what each needs of other records.
    pub const MENU_FLOW: &str = "MENU-FLOW";
    /// A public notice (公示) at each step.
    pub const MENU_NOTICE: &str = "MENU-NOTICE";
    /// Not in DOMAIN.md Part A (issue 15, public-welfare project contests, B §3.7): the call's
    /// terms (pool, windows, shortlist, scoring).
    pub const CONTEST_CALL: &str = "CONTEST-CALL";
    /// Submissions only within the submission window, pledges only within the pledge window,
    /// matching only after the pledge window has closed.
    pub const CONTEST_WINDOW: &str = "CONTEST-WINDOW";
    /// The jury's report and the public jury's scores the ranking is computed from.
    pub const CONTEST_REVIEW: &str = "CONTEST-REVIEW";
    /// Pledges of social money: for a shortlisted, live submission, with a donor and an amount.
    pub const CONTEST_PLEDGE: &str = "CONTEST-PLEDGE";
    /// The matching policy, and no grant beyond a project's match or beyond the pool.
    pub const CONTEST_MATCHING: &str = "CONTEST-MATCHING";
    /// Grants: awarded once, to matched projects; a contract is signed only from a grant.
    pub const CONTEST_GRANT: &str = "CONTEST-GRANT";
    /// Commands outside a contest's transition table.
    pub const CONTEST_STATE: &str = "CONTEST-STATE";
}

/// Chinese "“A”", "“A”或“B”", "“A”、“B”或“C”": the statuses a transition table allows, in the
/// REG-STATE / PROC-STATE messages of every aggregate.
pub(crate) fn one_of_zh(labels: &[&str]) -> String {
    let quoted: Vec<String> = labels.iter().map(|l| format!("“{l}”")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}或{last}", rest.join("、")),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The input is malformed: fixing what was typed makes it acceptable.
    #[error("{message}")]
    Validation {
        field: &'static str,
        rule: Option<&'static str>,
        message: String,
        /// The same facts in Chinese, for clients that ask for it (`Accept-Language: zh`).
        message_zh: Option<String>,
    },
    /// The input is well formed but a rule refuses it in the current situation.
    #[error("{message}")]
    RuleViolation {
        rule: &'static str,
        message: String,
        message_zh: Option<String>,
    },
}

impl DomainError {
    pub fn validation(field: &'static str, message: impl Into<String>) -> Self {
        Self::Validation {
            field,
            rule: None,
            message: message.into(),
            message_zh: None,
        }
    }

    pub fn validation_rule(
        field: &'static str,
        rule: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Self::Validation {
            field,
            rule: Some(rule),
            message: message.into(),
            message_zh: None,
        }
    }

    pub fn violation(rule: &'static str, message: impl Into<String>) -> Self {
        Self::RuleViolation {
            rule,
            message: message.into(),
            message_zh: None,
        }
    }

    pub fn rule(&self) -> Option<&'static str> {
        match self {
            Self::Validation { rule, .. } => *rule,
            Self::RuleViolation { rule, .. } => Some(rule),
        }
    }

    /// Machine-readable class for `extensions.code`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Validation { .. } => "VALIDATION",
            Self::RuleViolation { .. } => "RULE_VIOLATION",
        }
    }

    /// The input field at fault, when the error is about one field.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Self::Validation { field, .. } => Some(field),
            Self::RuleViolation { .. } => None,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Self::Validation { message, .. } | Self::RuleViolation { message, .. } => message,
        }
    }

    /// The Chinese text of this error: `DomainError::violation(rule, en).zh(format!(…))`.
    #[must_use]
    pub fn zh(mut self, text: impl Into<String>) -> Self {
        match &mut self {
            Self::Validation { message_zh, .. } | Self::RuleViolation { message_zh, .. } => {
                *message_zh = Some(text.into());
            }
        }
        self
    }

    /// The Chinese text, when the error has one (English is the fallback for the rest).
    pub fn message_zh(&self) -> Option<&str> {
        match self {
            Self::Validation { message_zh, .. } | Self::RuleViolation { message_zh, .. } => {
                message_zh.as_deref()
            }
        }
    }

    /// Re-attributes a value error to the input field it came from (a `Money` inside
    /// `registeredFunds` should point the clerk at that field, not at a generic "money").
    pub fn in_field(self, field: &'static str) -> Self {
        match self {
            Self::Validation {
                rule,
                message,
                message_zh,
                ..
            } => Self::Validation {
                field,
                rule,
                message,
                message_zh,
            },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_rules() {
        let v = DomainError::validation("money", "bad");
        assert_eq!(v.code(), "VALIDATION");
        assert_eq!(v.rule(), None);
        assert_eq!(v.field(), Some("money"));
        assert_eq!(v.to_string(), "bad");

        let v = DomainError::validation_rule("name", rules::REG_NAME, "empty");
        assert_eq!(v.rule(), Some("REG-NAME"));
        assert_eq!(v.clone().in_field("other").field(), Some("other"));

        let r = DomainError::violation(rules::REG_STATE, "no");
        assert_eq!(r.code(), "RULE_VIOLATION");
        assert_eq!(r.rule(), Some("REG-STATE"));
        assert_eq!(r.field(), None);
        assert_eq!(r.message(), "no");
        assert_eq!(r.message_zh(), None);
        let r = r.zh("不行");
        assert_eq!((r.message(), r.message_zh()), ("no", Some("不行")));
    }
}
