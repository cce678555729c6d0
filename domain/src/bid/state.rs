//! The bid as folded from its events, and what its decisions read of other streams.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::SealedBox;
use super::events::{BidEvent, StandingRead};
use crate::procurement::{Commitment, RegistryStanding, Requirements};
use crate::values::{Jurisdiction, Money};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum BidStatus {
    Submitted,
    Withdrawn,
}

impl BidStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "SUBMITTED",
            Self::Withdrawn => "WITHDRAWN",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Submitted => "已投标",
            Self::Withdrawn => "已撤回",
        }
    }
}

/// What a bid is checked against, as the handler reads it from the procurement's state
/// ([`crate::procurement::Procurement::bid_terms`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidTerms {
    pub procurement_id: Uuid,
    pub title: String,
    /// Published and before its deadline's passing was recorded: bids are accepted.
    pub accepting_bids: bool,
    pub bid_deadline: DateTime<Utc>,
    pub budget: Money,
    pub requirements: Requirements,
    pub jurisdiction: Jurisdiction,
}

/// What a bid's `decide` reads of other streams: the procurement's terms (`None`: no such
/// procurement) and the bidder's registry standing now (`None`: no such organisation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BidFacts {
    pub terms: Option<BidTerms>,
    pub standing: Option<RegistryStanding>,
}

/// One stream per bid (`bid-{uuid}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Bid {
    pub id: Option<Uuid>,
    pub procurement_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub jurisdiction: Option<Jurisdiction>,
    /// `None` until submitted.
    pub status: Option<BidStatus>,
    /// The commitment of the content in force (the last submitted or replaced one).
    pub commitment: Option<Commitment>,
    pub commitment_scheme: Option<String>,
    pub sealed: Option<SealedBox>,
    pub standing: Option<StandingRead>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// The last submission or replacement: what the public board shows as the bid's time.
    pub sealed_at: Option<DateTime<Utc>>,
    pub replacements: u32,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

impl Bid {
    pub fn is_live(&self) -> bool {
        self.status == Some(BidStatus::Submitted)
    }

    pub(super) fn evolve_with(mut self, event: &BidEvent) -> Self {
        use BidEvent as E;
        match event {
            E::BidSubmitted {
                bid_id,
                procurement_id,
                organisation_id,
                jurisdiction,
                commitment,
                commitment_scheme,
                sealed,
                standing,
                submitted_at,
            } => {
                self.id = Some(*bid_id);
                self.procurement_id = Some(*procurement_id);
                self.organisation_id = Some(*organisation_id);
                self.jurisdiction = Some(jurisdiction.clone());
                self.status = Some(BidStatus::Submitted);
                self.commitment = Some(commitment.clone());
                self.commitment_scheme = Some(commitment_scheme.clone());
                self.sealed = Some(sealed.clone());
                self.standing = Some(*standing);
                self.submitted_at = Some(*submitted_at);
                self.sealed_at = Some(*submitted_at);
            }
            E::BidReplaced {
                commitment,
                commitment_scheme,
                sealed,
                standing,
                replaced_at,
            } => {
                self.commitment = Some(commitment.clone());
                self.commitment_scheme = Some(commitment_scheme.clone());
                self.sealed = Some(sealed.clone());
                self.standing = Some(*standing);
                self.sealed_at = Some(*replaced_at);
                self.replacements += 1;
            }
            E::BidWithdrawn { withdrawn_at } => {
                self.status = Some(BidStatus::Withdrawn);
                self.withdrawn_at = Some(*withdrawn_at);
            }
        }
        self
    }
}
