//! What the opening and the committee hand to the procurement: the bids as opened, and the
//! ranking the committee reported. Shared by the Procurement, Bid and Committee aggregates, so
//! that the three agree on one shape.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::content::{BidContent, Commitment};
use super::eligibility::{Ineligibility, RegistryStanding};
use super::scoring::Points;
use crate::values::Money;

/// A bid at the opening: its revealed content checked against its commitment, and its
/// bidder's eligibility checked again against the registry (BID-ELIGIBLE, BID-SEALED).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenedBid {
    pub bid_id: Uuid,
    pub organisation_id: Uuid,
    pub commitment: Commitment,
    /// The revealed content; `None` when it could not be decrypted.
    pub content: Option<BidContent>,
    /// Hex of the salt revealed with the content, for anyone to recompute the commitment.
    pub salt: Option<String>,
    /// The registry state the eligibility re-check read.
    pub standing: RegistryStanding,
    /// Why the bid is not valid (commitment mismatch, bidder no longer eligible, price over
    /// budget); empty for a valid bid.
    pub defects: Vec<Ineligibility>,
}

impl OpenedBid {
    pub fn is_valid(&self) -> bool {
        self.defects.is_empty() && self.content.is_some()
    }

    pub fn price(&self) -> Option<Money> {
        self.content.as_ref().map(|c| c.price)
    }
}

/// One valid bid in the committee's ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RankedBid {
    pub rank: u32,
    pub bid_id: Uuid,
    pub organisation_id: Uuid,
    pub price: Money,
    pub price_score: Points,
    /// The members' criteria scores, averaged over the members who scored.
    pub criteria_score: Points,
    pub total: Points,
}

/// The committee's report: the ranking of the valid bids, best first, and the digest of the
/// locked score sheets it was computed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationReport {
    pub committee_id: Uuid,
    pub ranking: Vec<RankedBid>,
    /// SHA-256 (hex) over the sheets' digests in member order.
    pub sheets_digest: String,
}
