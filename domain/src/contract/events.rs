//! What happened to a contract, as stored: (kind, schema, JSON payload) triples.
//!
//! Stored events are never rewritten (AUDIT-IMMUTABLE): a wrong payment or acceptance is
//! corrected by a later event that names the version of the one it corrects. A payload change
//! bumps the kind's schema in [`ContractEvent::KINDS`] and adds an upcaster in `from_stored`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::state::{ContractTerms, MilestoneTerms};
use crate::aggregate::{DecodeError, DomainEvent, tagged};
use crate::values::Money;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum ContractEvent {
    ContractSigned {
        contract_id: Uuid,
        procurement_id: Uuid,
        /// The award notice it was signed from: the bid and when the notice was published.
        award_bid_id: Uuid,
        award_noticed_at: DateTime<Utc>,
        supplier: Uuid,
        amount: Money,
        service_start: NaiveDate,
        service_end: NaiveDate,
        /// The procurement's terms as they stood at signing: read models, statistics and OCDS
        /// read them from the contract alone.
        terms: Box<ContractTerms>,
        milestones: Vec<MilestoneTerms>,
        signed_at: DateTime<Utc>,
    },
    /// Signed from a contest's grant (issue 15): the funded project goes on as a contract,
    /// with milestones, payments, acceptance and a performance evaluation like any other.
    ContractSignedFromGrant {
        contract_id: Uuid,
        contest_id: Uuid,
        submission_id: Uuid,
        supplier: Uuid,
        amount: Money,
        service_start: NaiveDate,
        service_end: NaiveDate,
        terms: Box<ContractTerms>,
        milestones: Vec<MilestoneTerms>,
        signed_at: DateTime<Utc>,
    },
    MilestoneAccepted {
        milestone_id: String,
        passed: bool,
        recipients_participating: u32,
        recipients_note: String,
        report: String,
        /// A passed acceptance starts the payment clock: the last day its payments are on
        /// time (acceptance day + `paymentDueDays`), fixed now so a later policy never moves it.
        payment_due: Option<NaiveDate>,
        accepted_at: DateTime<Utc>,
    },
    PaymentRecorded {
        payment_id: Uuid,
        milestone_id: String,
        amount: Money,
        reference: String,
        /// Paid after the payment clock of the acceptance it follows ran out.
        late: bool,
        paid_at: DateTime<Utc>,
    },
    ContractSupplemented {
        supplement_id: Uuid,
        amount: Money,
        description: String,
        milestones: Vec<MilestoneTerms>,
        supplemented_at: DateTime<Utc>,
    },
    ContractSuspended {
        reason: String,
        suspended_at: DateTime<Utc>,
    },
    ContractResumed {
        reason: String,
        resumed_at: DateTime<Utc>,
    },
    ContractTerminated {
        reason: String,
        terminated_at: DateTime<Utc>,
    },
    ContractCompleted {
        completed_at: DateTime<Utc>,
    },
    PaymentCorrected {
        payment_id: Uuid,
        /// The stream version of the PaymentRecorded event corrected.
        corrects_version: u64,
        old_amount: Money,
        new_amount: Money,
        reason: String,
        corrected_at: DateTime<Utc>,
    },
    AcceptanceCorrected {
        milestone_id: String,
        /// The stream version of the MilestoneAccepted event corrected.
        corrects_version: u64,
        old_passed: bool,
        new_passed: bool,
        /// The payment clock a correction to passed starts, counted from the acceptance day
        /// (`None` when corrected to failed).
        payment_due: Option<NaiveDate>,
        reason: String,
        corrected_at: DateTime<Utc>,
    },
}

impl ContractEvent {
    /// Every kind with the payload schema this code writes for it.
    pub const KINDS: [(&'static str, u16); 11] = [
        ("ContractSigned", 1),
        ("ContractSignedFromGrant", 1),
        ("MilestoneAccepted", 1),
        ("PaymentRecorded", 1),
        ("ContractSupplemented", 1),
        ("ContractSuspended", 1),
        ("ContractResumed", 1),
        ("ContractTerminated", 1),
        ("ContractCompleted", 1),
        ("PaymentCorrected", 1),
        ("AcceptanceCorrected", 1),
    ];
}

impl DomainEvent for ContractEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::ContractSigned { .. } => "ContractSigned",
            Self::ContractSignedFromGrant { .. } => "ContractSignedFromGrant",
            Self::MilestoneAccepted { .. } => "MilestoneAccepted",
            Self::PaymentRecorded { .. } => "PaymentRecorded",
            Self::ContractSupplemented { .. } => "ContractSupplemented",
            Self::ContractSuspended { .. } => "ContractSuspended",
            Self::ContractResumed { .. } => "ContractResumed",
            Self::ContractTerminated { .. } => "ContractTerminated",
            Self::ContractCompleted { .. } => "ContractCompleted",
            Self::PaymentCorrected { .. } => "PaymentCorrected",
            Self::AcceptanceCorrected { .. } => "AcceptanceCorrected",
        }
    }

    fn schema(&self) -> u16 {
        tagged::schema_of(&Self::KINDS, self.kind()).unwrap_or(1)
    }

    fn to_data(&self) -> serde_json::Value {
        tagged::data_of(self)
    }

    fn from_stored(kind: &str, schema: u16, data: &serde_json::Value) -> Result<Self, DecodeError> {
        tagged::decode(&Self::KINDS, kind, schema, data)
    }
}
