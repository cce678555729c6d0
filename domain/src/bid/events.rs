//! What happened to a bid, as stored: (kind, schema, JSON payload) triples.
//!
//! No payload holds the content or the salt (BID-SEALED): only the commitment, the scheme it
//! was computed under and the sealed box. Stored events are never rewritten; a payload change
//! bumps the kind's schema in [`BidEvent::KINDS`] and adds an upcaster in `from_stored`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::SealedBox;
use crate::aggregate::{DecodeError, DomainEvent, tagged};
use crate::procurement::Commitment;
use crate::values::Jurisdiction;

/// Which registry state the eligibility check read: the bidder's organisation stream version
/// and the log position of its last event, so an auditor replays exactly that state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StandingRead {
    pub registry_version: u64,
    pub registry_position: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum BidEvent {
    BidSubmitted {
        bid_id: Uuid,
        procurement_id: Uuid,
        organisation_id: Uuid,
        /// The procurement's, so that an NGO's bids can be listed by jurisdiction without
        /// reading every procurement.
        jurisdiction: Jurisdiction,
        commitment: Commitment,
        commitment_scheme: String,
        sealed: SealedBox,
        standing: StandingRead,
        submitted_at: DateTime<Utc>,
    },
    BidReplaced {
        commitment: Commitment,
        commitment_scheme: String,
        sealed: SealedBox,
        standing: StandingRead,
        replaced_at: DateTime<Utc>,
    },
    BidWithdrawn {
        withdrawn_at: DateTime<Utc>,
    },
}

impl BidEvent {
    /// Every kind with the payload schema this code writes for it.
    pub const KINDS: [(&'static str, u16); 3] =
        [("BidSubmitted", 1), ("BidReplaced", 1), ("BidWithdrawn", 1)];
}

impl DomainEvent for BidEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::BidSubmitted { .. } => "BidSubmitted",
            Self::BidReplaced { .. } => "BidReplaced",
            Self::BidWithdrawn { .. } => "BidWithdrawn",
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
