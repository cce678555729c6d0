//! What happened to a procurement, as stored: (kind, schema, JSON payload) triples.
//!
//! Stored events are never rewritten; a payload change bumps the kind's schema in
//! [`ProcurementEvent::KINDS`] and adds an upcaster in `from_stored`. Payloads hold no floats
//! (money in fen, points in hundredths), because the store hashes them as canonical JSON.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::{Amendment, ChallengeDecision, ProcurementTerms};
use super::report::{EvaluationReport, OpenedBid};
use crate::aggregate::{DecodeError, DomainEvent, tagged};
use crate::values::Money;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum ProcurementEvent {
    ProcurementDrafted {
        procurement_id: Uuid,
        terms: Box<ProcurementTerms>,
        /// The catalogue item's Chinese name when drafted, so the notice reads without the
        /// catalogue (a later rename does not rewrite a published notice).
        item_name_zh: String,
        drafted_at: DateTime<Utc>,
    },
    ProcurementPublished {
        published_at: DateTime<Utc>,
    },
    /// `amendment` as checked and cleaned; `substantive` as judged (PROC-PERIOD re-checked).
    ProcurementAmended {
        amendment: Box<Amendment>,
        substantive: bool,
        reason: String,
        amended_at: DateTime<Utc>,
    },
    BiddingClosed {
        closed_at: DateTime<Utc>,
    },
    /// Every live bid as revealed, with what makes it invalid (BID-SEALED, BID-ELIGIBLE).
    BidsOpened {
        bids: Vec<OpenedBid>,
        valid_bids: u32,
        opened_at: DateTime<Utc>,
    },
    /// 废标: `rule` is the rule that failed it (BID-MIN-BIDDERS, AWARD-RANK).
    ProcurementFailed {
        rule: String,
        reason: String,
        failed_at: DateTime<Utc>,
    },
    EvaluationRecorded {
        report: EvaluationReport,
        recorded_at: DateTime<Utc>,
    },
    AwardDeclined {
        bid_id: Uuid,
        reason: String,
        declined_at: DateTime<Utc>,
    },
    BidDisqualified {
        bid_id: Uuid,
        reason: String,
        disqualified_at: DateTime<Utc>,
    },
    /// The award notice (中标公告): challenges may be filed up to `challenge_deadline`
    /// (China-local, included).
    AwardNoticed {
        bid_id: Uuid,
        organisation_id: Uuid,
        price: Money,
        challenge_deadline: NaiveDate,
        noticed_at: DateTime<Utc>,
    },
    ChallengeFiled {
        challenge_id: Uuid,
        organisation_id: Uuid,
        grounds: String,
        reply_due: NaiveDate,
        filed_at: DateTime<Utc>,
    },
    ChallengeAnswered {
        challenge_id: Uuid,
        decision: ChallengeDecision,
        reply: String,
        /// Answered after `reply_due`: recorded, because the law's remedy for a late answer
        /// is the complaint, not a refusal to answer.
        late: bool,
        answered_at: DateTime<Utc>,
    },
    ComplaintRecorded {
        challenge_id: Uuid,
        reference: String,
        recorded_at: DateTime<Utc>,
    },
    ProcurementCancelled {
        reason: String,
        cancelled_at: DateTime<Utc>,
    },
}

impl ProcurementEvent {
    /// Every kind with the payload schema this code writes for it.
    pub const KINDS: [(&'static str, u16); 14] = [
        ("ProcurementDrafted", 1),
        ("ProcurementPublished", 1),
        ("ProcurementAmended", 1),
        ("BiddingClosed", 1),
        ("BidsOpened", 1),
        ("ProcurementFailed", 1),
        ("EvaluationRecorded", 1),
        ("AwardDeclined", 1),
        ("BidDisqualified", 1),
        ("AwardNoticed", 1),
        ("ChallengeFiled", 1),
        ("ChallengeAnswered", 1),
        ("ComplaintRecorded", 1),
        ("ProcurementCancelled", 1),
    ];
}

impl DomainEvent for ProcurementEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::ProcurementDrafted { .. } => "ProcurementDrafted",
            Self::ProcurementPublished { .. } => "ProcurementPublished",
            Self::ProcurementAmended { .. } => "ProcurementAmended",
            Self::BiddingClosed { .. } => "BiddingClosed",
            Self::BidsOpened { .. } => "BidsOpened",
            Self::ProcurementFailed { .. } => "ProcurementFailed",
            Self::EvaluationRecorded { .. } => "EvaluationRecorded",
            Self::AwardDeclined { .. } => "AwardDeclined",
            Self::BidDisqualified { .. } => "BidDisqualified",
            Self::AwardNoticed { .. } => "AwardNoticed",
            Self::ChallengeFiled { .. } => "ChallengeFiled",
            Self::ChallengeAnswered { .. } => "ChallengeAnswered",
            Self::ComplaintRecorded { .. } => "ComplaintRecorded",
            Self::ProcurementCancelled { .. } => "ProcurementCancelled",
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
