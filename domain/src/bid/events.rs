//! What happened to a bid, as stored: (kind, schema, JSON payload) triples.
//!
//! No payload holds the content or the salt (BID-SEALED): only the commitment, the scheme it
//! was computed under and the sealed box. Stored events are never rewritten; a payload change
//! bumps the kind's schema in [`BidEvent::KINDS`] and adds an upcaster in `from_stored`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::SealedBox;
use crate::aggregate::{DecodeError, DomainEvent};
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

    fn current_schema(kind: &str) -> Option<u16> {
        Self::KINDS
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, s)| *s)
    }
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
        Self::current_schema(self.kind()).unwrap_or(1)
    }

    fn to_data(&self) -> serde_json::Value {
        // As for the catalogue: these types serialise infallibly and every variant has fields.
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(mut tagged)) => {
                tagged.remove("data").unwrap_or(serde_json::Value::Null)
            }
            _ => serde_json::Value::Null,
        }
    }

    fn from_stored(kind: &str, schema: u16, data: &serde_json::Value) -> Result<Self, DecodeError> {
        let current =
            Self::current_schema(kind).ok_or_else(|| DecodeError::UnknownKind(kind.to_owned()))?;
        if schema != current {
            return Err(DecodeError::UnsupportedSchema {
                kind: kind.to_owned(),
                schema,
            });
        }
        let tagged = serde_json::json!({ "kind": kind, "data": data });
        serde_json::from_value(tagged).map_err(|e| DecodeError::Malformed {
            kind: kind.to_owned(),
            message: e.to_string(),
        })
    }
}
