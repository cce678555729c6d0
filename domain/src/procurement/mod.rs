//! Government purchase of services (政府购买服务): what the Procurement, Bid and Committee
//! aggregates share — the methods and their statutory numbers (PROC-METHOD, PROC-PERIOD), the
//! scoring scheme and price score (EVAL-PRICE-WEIGHT), bidder eligibility read from the registry
//! (BID-ELIGIBLE), a bid's sealed content and commitment (BID-SEALED), and the shapes the opening
//! and the committee report in.

mod content;
mod eligibility;
mod method;
mod report;
mod scoring;

pub use content::{
    BidContent, COMMITMENT_SCHEME, Commitment, DocumentDigest, MAX_DOCUMENTS, MAX_PROPOSAL_CHARS,
    SALT_BYTES, parse_salt,
};
pub use eligibility::{
    Ineligibility, RegistryStanding, Requirements, check_eligible, ineligibilities,
};
pub use method::{MinimumPeriod, ProcurementMethod};
pub use report::{EvaluationReport, OpenedBid, RankedBid};
pub use scoring::{Criterion, MAX_CRITERIA, Points, ScoringScheme, price_score};
