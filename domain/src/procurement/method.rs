//! The procurement methods (PROC-METHOD) and what each one implies for periods, committees and
//! the number of valid bids; the numbers themselves are policy ([`crate::Policy`]).

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, rules};
use crate::policy::Policy;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProcurementMethod {
    /// 公开招标
    OpenTender,
    /// 邀请招标
    InvitedTender,
    /// 竞争性谈判
    Negotiation,
    /// 竞争性磋商
    Consultation,
    /// 单一来源
    SingleSource,
    /// 询价
    Quotation,
}

/// The shortest period from publication to the bid deadline, as the law counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinimumPeriod {
    Days(u32),
    WorkingDays(u32),
}

/// "20 days", "3 working days", as refusals state a period.
impl std::fmt::Display for MinimumPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Days(n) => write!(f, "{n} days"),
            Self::WorkingDays(n) => write!(f, "{n} working days"),
        }
    }
}

impl MinimumPeriod {
    /// "20日", "5个工作日".
    pub fn label_zh(&self) -> String {
        match self {
            Self::Days(n) => format!("{n}日"),
            Self::WorkingDays(n) => format!("{n}个工作日"),
        }
    }
}

impl ProcurementMethod {
    pub const ALL: [ProcurementMethod; 6] = [
        Self::OpenTender,
        Self::InvitedTender,
        Self::Negotiation,
        Self::Consultation,
        Self::SingleSource,
        Self::Quotation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::OpenTender => "OPEN_TENDER",
            Self::InvitedTender => "INVITED_TENDER",
            Self::Negotiation => "NEGOTIATION",
            Self::Consultation => "CONSULTATION",
            Self::SingleSource => "SINGLE_SOURCE",
            Self::Quotation => "QUOTATION",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| {
                DomainError::validation_rule(
                    "method",
                    rules::PROC_METHOD,
                    format!(
                        "'{s}' is not a procurement method; the methods are {}",
                        Self::ALL.map(|m| m.as_str()).join(", ")
                    ),
                )
                .zh(format!(
                    "“{s}”不是采购方式，采购方式为 {}",
                    Self::ALL
                        .map(|m| format!("{}（{}）", m.as_str(), m.label_zh()))
                        .join("、")
                ))
            })
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::OpenTender => "公开招标",
            Self::InvitedTender => "邀请招标",
            Self::Negotiation => "竞争性谈判",
            Self::Consultation => "竞争性磋商",
            Self::SingleSource => "单一来源",
            Self::Quotation => "询价",
        }
    }

    /// OCDS `tender.procurementMethod` (DOMAIN-PROCUREMENT.md, OCDS mapping).
    pub fn ocds(self) -> &'static str {
        match self {
            Self::OpenTender => "open",
            Self::InvitedTender => "selective",
            Self::Negotiation | Self::Consultation | Self::Quotation => "limited",
            Self::SingleSource => "direct",
        }
    }

    /// PROC-PERIOD: publication → bid deadline at least this long.
    pub fn minimum_period(self, policy: &Policy) -> MinimumPeriod {
        match self {
            Self::OpenTender | Self::InvitedTender => MinimumPeriod::Days(policy.tender_min_days),
            Self::Consultation => MinimumPeriod::Days(policy.consultation_min_days),
            Self::Negotiation => MinimumPeriod::WorkingDays(policy.negotiation_min_working_days),
            Self::Quotation => MinimumPeriod::WorkingDays(policy.quotation_min_working_days),
            Self::SingleSource => MinimumPeriod::WorkingDays(policy.single_source_min_working_days),
        }
    }

    /// BID-MIN-BIDDERS: fewer valid bids than this at the opening fail the procurement (废标);
    /// consultation may continue with 2 (财库〔2014〕214号). Single source has one supplier.
    pub fn min_valid_bids(self, policy: &Policy) -> u32 {
        match self {
            Self::Consultation => policy.consultation_min_valid_bids,
            Self::SingleSource => 1,
            _ => policy.min_valid_bids,
        }
    }

    /// EVAL-COMMITTEE: the smallest committee (always odd); tenders with a budget at or above
    /// the large-project threshold need the larger size.
    pub fn min_committee(self, policy: &Policy, budget: crate::Money) -> u32 {
        match self {
            Self::OpenTender | Self::InvitedTender if budget >= policy.committee_large_budget => {
                policy.committee_min_members_large
            }
            Self::OpenTender | Self::InvitedTender => policy.committee_min_members,
            _ => policy.committee_min_members_negotiated,
        }
    }

    /// EVAL-PRICE-WEIGHT: the allowed price weight of comprehensive scoring for services, in
    /// percent: at least the services minimum, and for consultation at most its maximum.
    pub fn price_weight_range(self, policy: &Policy) -> (u32, u32) {
        match self {
            Self::Consultation => (
                policy.services_min_price_weight_percent,
                policy.consultation_max_price_weight_percent,
            ),
            _ => (policy.services_min_price_weight_percent, 100),
        }
    }
}

impl std::fmt::Display for ProcurementMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.label_zh(), self.as_str())
    }
}
