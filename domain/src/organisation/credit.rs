//! Credit lists (MCA Order 60, 2018; DOMAIN.md Part B §2.3): the abnormal-activity list
//! (活动异常名录, CREDIT-ABNORMAL) and the serious-violation list (严重违法失信名单,
//! CREDIT-SERIOUS).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Why an organisation enters the abnormal-activity list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AbnormalTrigger {
    AnnualReportLate,
    NoPartyOrganisation,
    RectificationNotDone,
    FundraisingQualificationLost,
    WarningOrSmallFine,
    Unreachable,
}

impl AbnormalTrigger {
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::AnnualReportLate => "未按规定报送年度工作报告",
            Self::NoPartyOrganisation => "应建立党组织而未建立",
            Self::RectificationNotDone => "未按要求完成整改",
            Self::FundraisingQualificationLost => "不再具备公开募捐资格或连续6个月未开展公开募捐",
            Self::WarningOrSmallFine => "受到警告或不满5万元罚款",
            Self::Unreachable => "通过登记的住所无法取得联系",
        }
    }
}

/// Why an organisation enters the serious-violation list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SeriousTrigger {
    /// Set only by `EscalateToSerious`, never by a clerk.
    AbnormalTwoYears,
    FalsifiedChangeRevoked,
    OrderedToSuspend,
    LargeFine,
    RepeatedWarnings,
    DishonestJudgmentDebtor,
    CertificateRevoked,
}

impl SeriousTrigger {
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::AbnormalTwoYears => "列入活动异常名录满2年",
            Self::FalsifiedChangeRevoked => "弄虚作假办理变更登记被撤销变更登记",
            Self::OrderedToSuspend => "受到限期停止活动行政处罚",
            Self::LargeFine => "受到5万元以上罚款",
            Self::RepeatedWarnings => "3年内2次以上受到警告或不满5万元罚款",
            Self::DishonestJudgmentDebtor => "被列入失信被执行人名单",
            Self::CertificateRevoked => "被吊销登记证书或被撤销成立登记",
        }
    }
}

/// On what ground an abnormal listing ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RemovalBasis {
    /// On application, after the organisation put things right.
    Rectified,
    /// Automatically, when the listing needed no rectification and its period has passed.
    PeriodElapsed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AbnormalListing {
    pub trigger: AbnormalTrigger,
    pub reason: String,
    pub rectification_required: bool,
    pub listed_at: DateTime<Utc>,
    pub listed_on: NaiveDate,
    /// First day on which the organisation moves to the serious list.
    pub escalates_on: NaiveDate,
    /// First day of automatic removal; only when no rectification is required.
    pub auto_removable_on: Option<NaiveDate>,
    pub rectification_verified_at: Option<DateTime<Utc>>,
    /// Last day for removing the listing after a verified rectification.
    pub removal_due: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeriousListing {
    pub trigger: SeriousTrigger,
    pub reason: String,
    pub listed_at: DateTime<Utc>,
    pub listed_on: NaiveDate,
    /// First day on which removal may be applied for.
    pub removable_from: NaiveDate,
}

/// Where the organisation stands now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "list", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CreditStanding {
    #[default]
    Normal,
    Abnormal(AbnormalListing),
    Serious(SeriousListing),
}

impl CreditStanding {
    pub fn is_listed(&self) -> bool {
        !matches!(self, Self::Normal)
    }

    pub fn abnormal(&self) -> Option<&AbnormalListing> {
        match self {
            Self::Abnormal(l) => Some(l),
            _ => None,
        }
    }

    pub fn serious(&self) -> Option<&SeriousListing> {
        match self {
            Self::Serious(l) => Some(l),
            _ => None,
        }
    }

    pub fn describe(&self) -> &'static str {
        match self {
            Self::Normal => "on no credit list",
            Self::Abnormal(_) => "on the abnormal-activity list (活动异常名录)",
            Self::Serious(_) => "on the serious-violation list (严重违法失信名单)",
        }
    }

    /// [`Self::describe`] in Chinese, to follow "该社会组织".
    pub fn describe_zh(&self) -> &'static str {
        match self {
            Self::Normal => "未被列入任何信用名单",
            Self::Abnormal(_) => "已被列入活动异常名录",
            Self::Serious(_) => "已被列入严重违法失信名单",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CreditList {
    Abnormal,
    Serious,
}

/// The trigger of a listing in the history; the two lists' triggers have distinct wire names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ListingTrigger {
    Abnormal(AbnormalTrigger),
    Serious(SeriousTrigger),
}

/// How a listing in the history ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ListingEnd {
    Rectified,
    PeriodElapsed,
    /// A new trigger on the same list restarted the clock; the next entry continues it.
    Restarted,
    MovedToSerious,
    Removed,
}

/// One period on a list, for the profile's credit history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Listing {
    pub list: CreditList,
    pub trigger: ListingTrigger,
    pub reason: String,
    pub listed_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub ended_by: Option<ListingEnd>,
    pub end_reason: Option<String>,
}
