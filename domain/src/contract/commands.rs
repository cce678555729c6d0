//! What a purchaser asks of a contract.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::state::MilestoneKind;
use crate::values::Money;

/// A milestone as the purchaser writes it into a contract or a supplement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneSpec {
    /// The purchaser's own key (e.g. `D1`); `None` takes `M{n}`, `n` counting the contract's
    /// milestones from 1 in the order written, so a retry derives the same ids.
    pub id: Option<String>,
    pub kind: MilestoneKind,
    pub title: String,
    pub due: NaiveDate,
    /// PAYMENT only: what falls due once the delivery it follows is accepted.
    pub amount: Option<Money>,
    /// PAYMENT only: the id of the DELIVERY milestone whose acceptance it follows.
    pub follows: Option<String>,
}

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ContractCommand {
    /// Opens the contract's stream from the procurement's award (CON-SIGN, PROC-TERM).
    Sign {
        contract_id: Uuid,
        procurement_id: Uuid,
        supplier: Uuid,
        amount: Money,
        service_start: NaiveDate,
        service_end: NaiveDate,
        milestones: Vec<MilestoneSpec>,
    },
    /// Signs the contract of a contest's grant (facts: the grant): the granted organisation
    /// is the supplier and the grant the amount (CONTEST-GRANT), the milestones as for Sign.
    SignFromGrant {
        contract_id: Uuid,
        contest_id: Uuid,
        submission_id: Uuid,
        service_start: NaiveDate,
        service_end: NaiveDate,
        milestones: Vec<MilestoneSpec>,
    },
    /// 履约验收 of a DELIVERY milestone (CON-ACCEPTANCE).
    AcceptMilestone {
        milestone_id: String,
        passed: bool,
        recipients_participating: u32,
        recipients_note: String,
        report: String,
    },
    RecordPayment {
        payment_id: Uuid,
        milestone_id: String,
        amount: Money,
        reference: String,
    },
    /// A supplementary contract (补充合同, CON-SUPPLEMENT).
    Supplement {
        supplement_id: Uuid,
        amount: Money,
        same_subject: bool,
        description: String,
        milestones: Vec<MilestoneSpec>,
    },
    Suspend {
        reason: String,
    },
    Resume {
        reason: String,
    },
    Terminate {
        reason: String,
    },
    Complete,
    /// AUDIT-IMMUTABLE: a recorded payment is never rewritten; a correction records the new
    /// amount, naming the event it corrects.
    CorrectPayment {
        payment_id: Uuid,
        amount: Money,
        reason: String,
    },
    /// AUDIT-IMMUTABLE: corrects the milestone's latest acceptance.
    CorrectAcceptance {
        milestone_id: String,
        passed: bool,
        reason: String,
    },
}

impl crate::aggregate::DomainCommand for ContractCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::Sign { .. } => "SignContract",
            Self::SignFromGrant { .. } => "SignContractFromGrant",
            Self::AcceptMilestone { .. } => "AcceptMilestone",
            Self::RecordPayment { .. } => "RecordPayment",
            Self::Supplement { .. } => "SupplementContract",
            Self::Suspend { .. } => "SuspendContract",
            Self::Resume { .. } => "ResumeContract",
            Self::Terminate { .. } => "TerminateContract",
            Self::Complete => "CompleteContract",
            Self::CorrectPayment { .. } => "CorrectPayment",
            Self::CorrectAcceptance { .. } => "CorrectAcceptance",
        }
    }

    fn opens_stream(&self) -> bool {
        matches!(self, Self::Sign { .. } | Self::SignFromGrant { .. })
    }

    fn reason(&self) -> Option<&str> {
        match self {
            Self::Suspend { reason }
            | Self::Resume { reason }
            | Self::Terminate { reason }
            | Self::CorrectPayment { reason, .. }
            | Self::CorrectAcceptance { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

impl ContractCommand {
    /// How messages name what was asked.
    pub(super) fn describe(&self) -> &'static str {
        match self {
            Self::Sign { .. } => "signing a contract",
            Self::SignFromGrant { .. } => "signing a contract from a grant",
            Self::AcceptMilestone { .. } => "accepting a milestone (履约验收)",
            Self::RecordPayment { .. } => "recording a payment",
            Self::Supplement { .. } => "adding a supplement (补充合同)",
            Self::Suspend { .. } => "suspending the contract",
            Self::Resume { .. } => "resuming the contract",
            Self::Terminate { .. } => "terminating the contract",
            Self::Complete => "completing the contract",
            Self::CorrectPayment { .. } => "correcting a payment",
            Self::CorrectAcceptance { .. } => "correcting an acceptance",
        }
    }
}
