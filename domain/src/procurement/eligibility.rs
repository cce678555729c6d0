//! BID-ELIGIBLE: who may bid, read from the registry. The check is pure: the handler reads the
//! bidder's organisation from the state store and hands it in as a [`RegistryStanding`], whose
//! registry version and position the bid's events record, so that an auditor can see exactly
//! which registry state decided it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::calendar::add_years;
use crate::error::{DomainError, rules};
use crate::organisation::{Organisation, OrganisationStatus};
use crate::performance::Grade;
use crate::policy::Policy;
use crate::values::OrganisationKind;

/// What a procurement asks of its bidders beyond the statutory minimum.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Requirements {
    /// The kinds of organisation that may bid; empty means any kind.
    pub kinds: Vec<OrganisationKind>,
    /// The lowest valid rating grade (3 for 3A), if the procurement sets one.
    pub min_rating: Option<u8>,
    /// Full years registered; `None` means the policy's minimum (`bidderMinYearsRegistered`).
    pub min_years_registered: Option<u32>,
    /// PERF-FEEDS: the lowest grade of the bidder's latest performance evaluation (by a
    /// purchaser or a third party), if the procurement sets one. A bidder never evaluated is
    /// eligible: a first contract must stay within reach of a new organisation.
    pub min_past_grade: Option<Grade>,
}

impl Requirements {
    pub fn validate(&self) -> Result<(), DomainError> {
        if let Some(g) = self.min_rating
            && !(1..=5).contains(&g)
        {
            return Err(DomainError::validation_rule(
                "requirements.minRating",
                rules::BID_ELIGIBLE,
                format!("a minimum rating is 1A to 5A, not {g}"),
            )
            .zh(format!("最低评估等级应为1A至5A，不能是{g}")));
        }
        if self.min_years_registered.is_some_and(|y| y > 50) {
            return Err(DomainError::validation(
                "requirements.minYearsRegistered",
                "at most 50 years registered may be required",
            )
            .zh("登记年限最多只能要求50年"));
        }
        Ok(())
    }
}

/// A bidder as the registry shows it on the day of the check, and which registry state that is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegistryStanding {
    pub organisation_id: Uuid,
    pub name: String,
    pub kind: Option<OrganisationKind>,
    pub status: Option<OrganisationStatus>,
    /// The credit list the organisation is on, if any ("abnormal", "serious").
    pub credit_list: Option<String>,
    /// The grade of a rating valid on the day of the check.
    pub rating: Option<u8>,
    pub registered_on: Option<NaiveDate>,
    /// PERF-FEEDS: the grade of its latest performance evaluation by a purchaser or a third
    /// party. Absent from standings recorded before grades existed.
    #[serde(default)]
    pub latest_grade: Option<Grade>,
    /// The organisation stream's version and the log position of its last event: the registry
    /// state this standing was read from.
    pub registry_version: u64,
    pub registry_position: u64,
}

impl RegistryStanding {
    /// The standing of `organisation` on `day`, read at its stream `version` and `position`.
    pub fn of(organisation: &Organisation, version: u64, position: u64, day: NaiveDate) -> Self {
        let credit_list = if organisation.credit.abnormal().is_some() {
            Some("abnormal".to_owned())
        } else if organisation.credit.serious().is_some() {
            Some("serious".to_owned())
        } else {
            None
        };
        Self {
            organisation_id: organisation.id.unwrap_or_default(),
            name: organisation.name.clone(),
            kind: organisation.kind,
            status: organisation.status,
            credit_list,
            rating: organisation
                .rating
                .as_ref()
                .filter(|r| r.is_valid_on(day))
                .map(|r| r.grade),
            registered_on: organisation.registered_on(),
            latest_grade: organisation.latest_grade().map(|g| g.grade),
            registry_version: version,
            registry_position: position,
        }
    }
}

/// Why an organisation may not bid: one reason per unmet condition, in the clerk's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ineligibility {
    /// Stable, for clients to translate or filter: NOT_ACTIVE, CREDIT_LIST, TOO_RECENT,
    /// RATING, KIND, PAST_GRADE.
    pub code: String,
    pub message: String,
}

/// Every unmet condition of BID-ELIGIBLE for `standing` on `day` (empty: eligible). The board
/// shows all of them; a refusal names them all too, so a bidder fixes everything at once.
pub fn ineligibilities(
    standing: &RegistryStanding,
    requirements: &Requirements,
    policy: &Policy,
    day: NaiveDate,
) -> Vec<Ineligibility> {
    reasons(standing, requirements, policy, day)
        .into_iter()
        .map(|r| r.en)
        .collect()
}

/// [`ineligibilities`] in Chinese, same codes and order, for clients that ask for Chinese.
pub fn ineligibilities_zh(
    standing: &RegistryStanding,
    requirements: &Requirements,
    policy: &Policy,
    day: NaiveDate,
) -> Vec<Ineligibility> {
    reasons(standing, requirements, policy, day)
        .into_iter()
        .map(|r| r.zh)
        .collect()
}

/// One unmet condition in both languages, built together so they cannot tell different facts.
struct Reason {
    en: Ineligibility,
    zh: Ineligibility,
}

fn reasons(
    standing: &RegistryStanding,
    requirements: &Requirements,
    policy: &Policy,
    day: NaiveDate,
) -> Vec<Reason> {
    let mut out = Vec::new();
    let mut push = |code: &str, en: String, zh: String| {
        out.push(Reason {
            en: Ineligibility {
                code: code.to_owned(),
                message: en,
            },
            zh: Ineligibility {
                code: code.to_owned(),
                message: zh,
            },
        })
    };
    let name = &standing.name;
    if standing.status != Some(OrganisationStatus::Active) {
        push(
            "NOT_ACTIVE",
            format!(
                "{name} is {}, not active (正常)",
                standing
                    .status
                    .map_or("not registered", OrganisationStatus::label_zh)
            ),
            format!(
                "{name}的登记状态为“{}”，不是“正常”",
                standing
                    .status
                    .map_or("未登记", OrganisationStatus::label_zh)
            ),
        );
    }
    if let Some(list) = &standing.credit_list {
        let (label, label_zh) = if list == "serious" {
            (
                "the serious-violation list (严重违法失信名单)",
                "严重违法失信名单",
            )
        } else {
            ("the abnormal-activity list (活动异常名录)", "活动异常名录")
        };
        push(
            "CREDIT_LIST",
            format!("{name} is on {label}"),
            format!("{name}已被列入{label_zh}"),
        );
    }
    let years = requirements
        .min_years_registered
        .unwrap_or(policy.bidder_min_years_registered);
    match standing.registered_on {
        Some(on) if add_years(on, years) <= day => {}
        Some(on) => push(
            "TOO_RECENT",
            format!(
                "{name} was registered on {on}; bidders must have been registered for {years} full year(s), so it may bid from {}",
                add_years(on, years)
            ),
            format!(
                "{name}于{on}登记成立，投标人须登记满{years}年，自{}起方可投标",
                add_years(on, years)
            ),
        ),
        // Never registered: NOT_ACTIVE has said so.
        None => {}
    }
    if let Some(min) = requirements.min_rating {
        match standing.rating {
            Some(g) if g >= min => {}
            Some(g) => push(
                "RATING",
                format!("{name} is rated {g}A; this procurement requires {min}A or above"),
                format!("{name}的评估等级为{g}A，本项目要求{min}A及以上"),
            ),
            None => push(
                "RATING",
                format!("{name} has no valid rating; this procurement requires {min}A or above"),
                format!("{name}没有有效的评估等级，本项目要求{min}A及以上"),
            ),
        }
    }
    if let Some(min) = requirements.min_past_grade
        && let Some(latest) = standing.latest_grade
        && latest < min
    {
        push(
            PAST_GRADE,
            format!(
                "{name}'s latest performance evaluation (绩效评价) was graded {}; this procurement requires {} or above (PERF-FEEDS)",
                latest.label_zh(),
                min.label_zh()
            ),
            format!(
                "{name}最近一次绩效评价为“{}”，本项目要求“{}”及以上",
                latest.label_zh(),
                min.label_zh()
            ),
        );
    }
    if !requirements.kinds.is_empty()
        && !standing
            .kind
            .is_some_and(|k| requirements.kinds.contains(&k))
    {
        let kinds = requirements
            .kinds
            .iter()
            .map(|k| k.label_zh())
            .collect::<Vec<_>>()
            .join("、");
        push(
            "KIND",
            format!("this procurement is open to {kinds} only"),
            format!("本项目仅限{kinds}参加"),
        );
    }
    out
}

/// The code of an unmet minimum past grade (PERF-FEEDS).
pub const PAST_GRADE: &str = "PAST_GRADE";

/// BID-ELIGIBLE as a refusal naming every unmet condition; PERF-FEEDS when the past grade is
/// the only one.
pub fn check_eligible(
    standing: &RegistryStanding,
    requirements: &Requirements,
    policy: &Policy,
    day: NaiveDate,
) -> Result<(), DomainError> {
    let reasons = reasons(standing, requirements, policy, day);
    if reasons.is_empty() {
        return Ok(());
    }
    let rule = if reasons.iter().all(|r| r.en.code == PAST_GRADE) {
        rules::PERF_FEEDS
    } else {
        rules::BID_ELIGIBLE
    };
    let join = |zh: bool, separator: &str| {
        reasons
            .iter()
            .map(|r| if zh { &r.zh.message } else { &r.en.message }.as_str())
            .collect::<Vec<_>>()
            .join(separator)
    };
    Err(DomainError::violation(
        rule,
        format!("{} may not bid: {}", standing.name, join(false, "; ")),
    )
    .zh(format!("{}不能投标：{}", standing.name, join(true, "；"))))
}
