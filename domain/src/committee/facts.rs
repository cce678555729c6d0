//! What the committee reads of other streams, gathered by the handler before each decision: what
//! it scores (an opened procurement's valid bids, or a contest's submissions up for review), the
//! jurisdiction's expert pool and the bidders as the registry shows them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::procurement::{OpenedBid, ProcurementMethod, ScoringScheme};
use crate::values::Money;

/// The committee's facts. `scored` is `None` when the handler found nothing to score (no opened
/// procurement, no contest under review); constitution is then refused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitteeFacts {
    pub scored: Option<Scored>,
    /// The jurisdiction's expert pool (评审专家库) as it stands now. Constitution draws from it;
    /// a replacement looks up the next expert of the recorded draw in it.
    pub pool: Vec<PoolExpert>,
    /// The registry's record of each bidder with a valid bid (of a jury: each submitting
    /// organisation): read at constitution and when conflicts are checked again, so that a
    /// change of legal representative is caught.
    pub bidders: Vec<BidderRecord>,
    /// The procurement's (the contest's) jurisdiction: not read by `decide`, but by the handler,
    /// which decides under that jurisdiction's policy (committee sizes) and records it with the
    /// events.
    pub jurisdiction: Option<String>,
}

/// What a committee scores: the procurement whose bids it evaluates, or the contest whose
/// submissions a jury reviews (公益项目大赛评审). One stream shape for both, so that recusal, the
/// draw, the sheets and the ranking are the same rules, not a copy of them.
///
/// The stored form is `{"kind": "PROCUREMENT" | "CONTEST", "id": "…"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Subject {
    Procurement(Uuid),
    Contest(Uuid),
}

impl Subject {
    pub fn id(self) -> Uuid {
        match self {
            Self::Procurement(id) | Self::Contest(id) => id,
        }
    }

    /// `PROCUREMENT` or `CONTEST`, as stored and as the read model's subject column holds it.
    pub fn kind(self) -> &'static str {
        match self {
            Self::Procurement(_) => "PROCUREMENT",
            Self::Contest(_) => "CONTEST",
        }
    }

    /// The key of the `scoring-committee` claim. A procurement's is its bare id, as before
    /// contests existed, so that claims already held keep holding; a contest's is prefixed so
    /// that the two kinds can never collide.
    pub fn claim_key(self) -> String {
        match self {
            Self::Procurement(id) => id.to_string(),
            Self::Contest(id) => format!("contest-{id}"),
        }
    }

    pub fn is_contest(self) -> bool {
        matches!(self, Self::Contest(_))
    }

    /// "procurement …" / "contest …", for messages.
    pub fn label(self) -> String {
        match self {
            Self::Procurement(id) => format!("procurement {id}"),
            Self::Contest(id) => format!("contest {id}"),
        }
    }

    /// "采购项目 …" / "公益项目大赛 …".
    pub fn label_zh(self) -> String {
        match self {
            Self::Procurement(id) => format!("采购项目 {id}"),
            Self::Contest(id) => format!("公益项目大赛 {id}"),
        }
    }

    /// What the committee is called: 评标委员会 for a procurement, 评审团 for a contest's jury.
    pub fn committee_zh(self) -> &'static str {
        match self {
            Self::Procurement(_) => "评标委员会",
            Self::Contest(_) => "评审团",
        }
    }
}

/// What is scored, as its own stream shows it when a committee may be constituted for it: an
/// opened procurement (its valid bids) or a contest under review (its submissions, each playing
/// the part of a bid: its id as the bid id, its organisation, its requested grant as the price).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Scored {
    pub subject: Subject,
    /// The purchasing unit (采购人) or the contest's bureau: its staff sit as representatives,
    /// never as experts.
    pub owner_unit: Uuid,
    /// A procurement's method and budget, which size its committee (EVAL-COMMITTEE); `None`
    /// for a contest, whose jury is sized by the contest's own policy numbers.
    pub method: Option<ProcurementMethod>,
    pub budget: Option<Money>,
    /// A contest's scheme has no price criterion: its jury ranks by criteria only, whatever
    /// `price_weight_percent` says (EVAL-PRICE-WEIGHT does not apply to a contest).
    pub scoring: ScoringScheme,
    /// The valid bids (the submissions) only: invalid ones are neither scored nor ranked.
    pub entries: Vec<ValidBid>,
    /// When scoring may begin: a contest's submissions close then, and its jury is constituted
    /// from then on (a jury drawn while organisations may still submit could not be checked
    /// for conflicts with them). `None` for a procurement, which is opened already.
    pub scoring_from: Option<DateTime<Utc>>,
}

/// A valid opened bid, as much of it as the committee scores and ranks; of a contest, a
/// submission up for review (its requested grant as `price`, which a jury does not score).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidBid {
    pub bid_id: Uuid,
    pub organisation_id: Uuid,
    pub price: Money,
}

impl ValidBid {
    /// The valid bids among those opened, in opening order.
    pub fn from_opened(opened: &[OpenedBid]) -> Vec<ValidBid> {
        opened
            .iter()
            .filter(|b| b.is_valid())
            .filter_map(|b| {
                Some(ValidBid {
                    bid_id: b.bid_id,
                    organisation_id: b.organisation_id,
                    price: b.price()?,
                })
            })
            .collect()
    }
}

/// How a person is tied to an organisation, on record or as declared (实施条例 第9条, Order 87).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RelationKind {
    /// Its legal representative (法定代表人), as the registry shows it.
    LegalRepresentative,
    /// Employed by it within the last 3 years.
    Employment,
    /// Director, supervisor or manager of it within the last 3 years.
    Management,
    /// Controlling shareholder or actual controller.
    Control,
    /// Spouse, direct relative, collateral relative within 3 generations or close in-law of its
    /// legal representative or managers.
    Relative,
    /// In litigation with it.
    Litigation,
    /// Any other relation that may affect a fair evaluation.
    Other,
}

impl RelationKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::LegalRepresentative => "its legal representative (法定代表人)",
            Self::Employment => "employed by it within 3 years (任职)",
            Self::Management => {
                "its director, supervisor or manager within 3 years (董事、监事、管理人员)"
            }
            Self::Control => {
                "its controlling shareholder or actual controller (控股股东、实际控制人)"
            }
            Self::Relative => "a close relative of its legal representative or managers (近亲属)",
            Self::Litigation => "in litigation with it (诉讼)",
            Self::Other => "otherwise related to it (其他利害关系)",
        }
    }
}

/// A relation of an expert to an organisation, as the expert pool records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordedRelation {
    pub organisation_id: Uuid,
    pub kind: RelationKind,
}

/// An expert of the pool with what recusal needs. The resident id number is compared with the
/// bidders' legal representatives and never recorded in an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolExpert {
    pub expert_id: Uuid,
    pub name: String,
    pub id_number: String,
    /// The unit the expert works for, if it is a purchasing unit or other organisation on record.
    pub employer: Option<Uuid>,
    pub relations: Vec<RecordedRelation>,
}

/// A bidder as the registry shows it: its legal representative's id number, and which registry
/// state that is (recorded with a conflict found in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidderRecord {
    pub organisation_id: Uuid,
    pub name: String,
    pub legal_representative_id_number: String,
    pub registry_version: u64,
    pub registry_position: u64,
}
