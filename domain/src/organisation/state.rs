//! The organisation as its events have made it: everything the public profile shows.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::credit::{CreditStanding, Listing};
use crate::calendar::china_date;
use crate::values::{CreditCode, Jurisdiction, LegalRepresentative, Money, OrganisationKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OrganisationStatus {
    /// Single-stage application (social service organisations, foundations).
    Applied,
    /// A social group's preparation application (筹备申请).
    PrepApplied,
    /// Preparation approved; the establishment application is due (筹备中).
    Preparing,
    /// A social group's establishment application (成立登记申请).
    EstabApplied,
    Active,
    /// Ordered to stop activities for a period (限期停止活动).
    Suspended,
    /// Dissolution resolved; only liquidation may happen (清算中).
    Liquidating,
    Refused,
    /// Preparation ended without an establishment application.
    Lapsed,
    Deregistered,
    Revoked,
}

impl OrganisationStatus {
    pub const ALL: [OrganisationStatus; 11] = [
        Self::Applied,
        Self::PrepApplied,
        Self::Preparing,
        Self::EstabApplied,
        Self::Active,
        Self::Suspended,
        Self::Liquidating,
        Self::Refused,
        Self::Lapsed,
        Self::Deregistered,
        Self::Revoked,
    ];

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Applied => "申请中",
            Self::PrepApplied => "筹备申请中",
            Self::Preparing => "筹备中",
            Self::EstabApplied => "成立登记申请中",
            Self::Active => "正常",
            Self::Suspended => "停止活动",
            Self::Liquidating => "清算中",
            Self::Refused => "不予登记",
            Self::Lapsed => "筹备失效",
            Self::Deregistered => "已注销",
            Self::Revoked => "已撤销",
        }
    }

    /// The wire name, as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Applied => "APPLIED",
            Self::PrepApplied => "PREP_APPLIED",
            Self::Preparing => "PREPARING",
            Self::EstabApplied => "ESTAB_APPLIED",
            Self::Active => "ACTIVE",
            Self::Suspended => "SUSPENDED",
            Self::Liquidating => "LIQUIDATING",
            Self::Refused => "REFUSED",
            Self::Lapsed => "LAPSED",
            Self::Deregistered => "DEREGISTERED",
            Self::Revoked => "REVOKED",
        }
    }

    /// Live organisations hold their name and credit code; ended ones release the name.
    pub fn is_live(self) -> bool {
        !matches!(
            self,
            Self::Refused | Self::Lapsed | Self::Deregistered | Self::Revoked
        )
    }
}

impl std::fmt::Display for OrganisationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Member counts of a social group (会员): individuals and units (单位会员).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Members {
    pub individual: u32,
    pub unit: u32,
}

impl Members {
    pub fn total(self) -> u64 {
        u64::from(self.individual) + u64::from(self.unit)
    }
}

/// 年检结论.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReportConclusion {
    Qualified,
    BasicallyQualified,
    Unqualified,
}

impl ReportConclusion {
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Qualified => "合格",
            Self::BasicallyQualified => "基本合格",
            Self::Unqualified => "不合格",
        }
    }
}

/// The record of one report year. A year appears once something happened to it: submitted,
/// marked not filed (and possibly submitted late afterwards), concluded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnnualReport {
    pub year: i32,
    pub submitted_at: Option<DateTime<Utc>>,
    /// Set when the deadline passed without a report; a later submission keeps it.
    pub not_filed: Option<NotFiled>,
    pub conclusion: Option<ReportConclusion>,
    pub concluded_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NotFiled {
    /// The deadline that was missed, as the policy of the day set it.
    pub due: NaiveDate,
    pub marked_at: DateTime<Utc>,
}

impl AnnualReport {
    pub(crate) fn new(year: i32) -> Self {
        Self {
            year,
            submitted_at: None,
            not_filed: None,
            conclusion: None,
            concluded_at: None,
        }
    }

    /// The year's clock has stopped: the report came in or its absence has been recorded.
    pub fn is_settled(&self) -> bool {
        self.submitted_at.is_some() || self.not_filed.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Suspension {
    pub reason: String,
    pub ordered_at: DateTime<Utc>,
    pub lifted_at: Option<DateTime<Utc>>,
    pub lift_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dissolution {
    pub reason: String,
    pub resolved_at: DateTime<Utc>,
}

/// A grade 1A–5A (RATE-GRADE).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rating {
    pub grade: u8,
    pub score: u32,
    pub awarded_at: DateTime<Utc>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    /// Set in the history when the grade expired or a new one replaced it.
    pub ended_at: Option<DateTime<Utc>>,
}

impl Rating {
    pub fn is_valid_on(&self, day: NaiveDate) -> bool {
        self.valid_from <= day && day <= self.valid_until
    }
}

/// A hub-type (枢纽型) designation (HUB).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HubDesignation {
    /// The field the hub serves (e.g. 科技, 社区服务).
    pub field: String,
    pub from: NaiveDate,
    pub designated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HubMember {
    pub member_id: Uuid,
    pub joined_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PastHubDesignation {
    pub field: String,
    pub from: NaiveDate,
    pub ended_on: NaiveDate,
    pub reason: String,
}

/// The organisation as its events have made it. `Default` is the organisation before any
/// application: `id` and `status` are `None` and the other fields are empty.
///
/// `#[serde(default)]` because the read model stores this as JSON: rows written before a field
/// existed still load, with the field empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Organisation {
    pub id: Option<Uuid>,
    pub status: Option<OrganisationStatus>,
    pub name: String,
    pub kind: Option<OrganisationKind>,
    pub credit_code: Option<CreditCode>,
    pub domicile: String,
    pub purpose: String,
    pub business_scope: String,
    pub legal_representative: Option<LegalRepresentative>,
    pub registered_funds: Money,
    /// Public fundraising (公募) foundation or charity.
    pub public_fundraising: bool,
    pub supervisory_unit: Option<String>,
    pub jurisdiction: Option<Jurisdiction>,
    /// Member counts of a social group, as last declared (preparation, then establishment).
    pub members: Option<Members>,
    /// The first application: registration, or a social group's preparation.
    pub applied_at: Option<DateTime<Utc>>,
    /// Last day for the decision on the latest application (REG-DECISION-DUE).
    pub decision_due: Option<NaiveDate>,
    pub preparation_approved_at: Option<DateTime<Utc>>,
    /// Last day to apply for establishment (REG-TWO-STAGE).
    pub establishment_due: Option<NaiveDate>,
    pub establishment_applied_at: Option<DateTime<Utc>>,
    pub lapsed_at: Option<DateTime<Utc>>,
    pub registered_at: Option<DateTime<Utc>>,
    pub refused_at: Option<DateTime<Utc>>,
    pub refusal_reason: Option<String>,
    pub last_changed_at: Option<DateTime<Utc>>,
    /// Set on deregistration or revocation.
    pub ended_at: Option<DateTime<Utc>>,
    pub end_reason: Option<String>,
    /// Number of change registrations (ChangeRegistered events).
    pub changes_count: u32,
    /// Every suspension, the current one (not lifted) last.
    pub suspensions: Vec<Suspension>,
    pub dissolution: Option<Dissolution>,
    /// By year, ascending.
    pub annual_reports: Vec<AnnualReport>,
    pub credit: CreditStanding,
    /// Every credit listing, the current one (not ended) last.
    pub listings: Vec<Listing>,
    pub rating: Option<Rating>,
    /// Earlier ratings, oldest first.
    pub rating_history: Vec<Rating>,
    pub hub: Option<HubDesignation>,
    pub hub_members: Vec<HubMember>,
    pub hub_history: Vec<PastHubDesignation>,
    /// Performance grades of its contracts (PERF-FEEDS), latest conclusion first, at most
    /// [`MAX_PERFORMANCE_GRADES`].
    pub performance_grades: Vec<PerformanceGrade>,
}

/// Grades an organisation's record keeps: the latest ones are what later procurements read.
pub const MAX_PERFORMANCE_GRADES: usize = 20;

/// A concluded performance evaluation of one of its contracts (PERF-FEEDS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PerformanceGrade {
    pub evaluation_id: Uuid,
    pub contract_id: Uuid,
    pub procurement_id: Uuid,
    pub evaluator: crate::performance::EvaluatorKind,
    pub grade: crate::performance::Grade,
    /// The total, in hundredths of a point.
    pub score: crate::procurement::Points,
    pub concluded_at: DateTime<Utc>,
}

impl Organisation {
    pub fn is_live(&self) -> bool {
        self.status.is_some_and(OrganisationStatus::is_live)
    }

    pub fn annual_report(&self, year: i32) -> Option<&AnnualReport> {
        self.annual_reports.iter().find(|r| r.year == year)
    }

    /// The China-local date of registration, from which report years and rating eligibility
    /// are counted.
    pub fn registered_on(&self) -> Option<NaiveDate> {
        self.registered_at.map(china_date)
    }

    pub fn is_hub_member(&self, member_id: Uuid) -> bool {
        self.hub_members.iter().any(|m| m.member_id == member_id)
    }

    /// The grade later procurements read (PERF-FEEDS): the latest by the purchaser or a third
    /// party; a self-evaluation is kept on record but does not qualify its own supplier.
    pub fn latest_grade(&self) -> Option<&PerformanceGrade> {
        self.performance_grades
            .iter()
            .find(|g| g.evaluator.counts_for_eligibility())
    }

    pub fn current_suspension(&self) -> Option<&Suspension> {
        self.suspensions.last().filter(|s| s.lifted_at.is_none())
    }
}
