//! The procurement as folded from its events, what its decisions read of other streams, and
//! the queries read models and the bid path ask of it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::{ChallengeDecision, ProcurementTerms};
use super::content::{BidContent, Commitment};
use super::eligibility::RegistryStanding;
use super::events::ProcurementEvent;
use super::report::{EvaluationReport, OpenedBid, RankedBid};
use crate::bid::BidTerms;
use crate::catalogue::CatalogueItem;
use crate::committee::{Scored, Subject, ValidBid};
use crate::values::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProcurementStatus {
    Draft,
    Published,
    BiddingClosed,
    Opened,
    Evaluated,
    Awarded,
    Failed,
    Cancelled,
}

impl ProcurementStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "DRAFT",
            Self::Published => "PUBLISHED",
            Self::BiddingClosed => "BIDDING_CLOSED",
            Self::Opened => "OPENED",
            Self::Evaluated => "EVALUATED",
            Self::Awarded => "AWARDED",
            Self::Failed => "FAILED",
            Self::Cancelled => "CANCELLED",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Draft => "草稿",
            Self::Published => "已发布采购公告",
            Self::BiddingClosed => "投标已截止",
            Self::Opened => "已开标",
            Self::Evaluated => "已评审",
            Self::Awarded => "已发布中标公告",
            Self::Failed => "废标",
            Self::Cancelled => "已终止",
        }
    }

    /// OCDS `tender.status` (DOMAIN-PROCUREMENT.md, OCDS mapping).
    pub fn ocds(self) -> &'static str {
        match self {
            Self::Draft => "planned",
            Self::Published | Self::BiddingClosed | Self::Opened | Self::Evaluated => "active",
            Self::Awarded => "complete",
            Self::Failed => "unsuccessful",
            Self::Cancelled => "cancelled",
        }
    }
}

impl std::fmt::Display for ProcurementStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.as_str(), self.label_zh())
    }
}

/// One live bid at the opening, as the handler revealed it: the commitment its stream
/// recorded, the content and salt the key decrypted (`None` when decryption failed), and the
/// bidder's registry standing re-read now (BID-ELIGIBLE is checked again at the opening).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevealedBid {
    pub bid_id: Uuid,
    pub organisation_id: Uuid,
    pub commitment: Commitment,
    pub content: Option<BidContent>,
    /// Hex, as the bidder sent it.
    pub salt: Option<String>,
    pub standing: RegistryStanding,
}

/// What a procurement's `decide` reads of other streams; each command reads only its part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProcurementFacts {
    /// Draft and Publish: the item as the jurisdiction's catalogue has it now (`None`: no
    /// such item).
    pub catalogue_item: Option<CatalogueItem>,
    /// Draft with `reprocures`: that procurement's id and status (`None`: no such one).
    pub reprocured: Option<(Uuid, ProcurementStatus)>,
    /// Open: every live bid, revealed.
    pub revealed: Vec<RevealedBid>,
    /// RecordEvaluation: the committee's report.
    pub report: Option<EvaluationReport>,
}

/// Why a ranked bid no longer stands for the award.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Exclusion {
    Declined,
    Disqualified,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExcludedBid {
    pub bid_id: Uuid,
    pub why: Exclusion,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AwardNotice {
    pub bid_id: Uuid,
    pub organisation_id: Uuid,
    pub price: Money,
    pub noticed_at: DateTime<Utc>,
    pub challenge_deadline: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Challenge {
    pub challenge_id: Uuid,
    pub organisation_id: Uuid,
    pub grounds: String,
    pub filed_at: DateTime<Utc>,
    pub reply_due: NaiveDate,
    pub answer: Option<ChallengeAnswer>,
    /// References of complaints (投诉) filed with the finance department after it.
    pub complaints: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeAnswer {
    pub decision: ChallengeDecision,
    pub reply: String,
    pub late: bool,
    pub answered_at: DateTime<Utc>,
}

/// How a procurement ended without an award, or was ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ending {
    /// The rule that failed it; `None` for a cancellation.
    pub rule: Option<String>,
    pub reason: String,
    pub at: DateTime<Utc>,
}

/// One stream per procurement (`procurement-{uuid}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Procurement {
    pub id: Option<Uuid>,
    /// `None` until drafted.
    pub status: Option<ProcurementStatus>,
    pub terms: Option<ProcurementTerms>,
    pub item_name_zh: Option<String>,
    pub drafted_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    pub amendments: u32,
    pub closed_at: Option<DateTime<Utc>>,
    pub opened_at: Option<DateTime<Utc>>,
    pub opened: Vec<OpenedBid>,
    pub report: Option<EvaluationReport>,
    /// Ranked bids declined or disqualified since the last evaluation.
    pub excluded: Vec<ExcludedBid>,
    pub award: Option<AwardNotice>,
    pub challenges: Vec<Challenge>,
    pub ended: Option<Ending>,
}

impl Procurement {
    pub fn bid_deadline(&self) -> Option<DateTime<Utc>> {
        self.terms.as_ref().map(|t| t.bid_deadline)
    }

    pub fn opening_at(&self) -> Option<DateTime<Utc>> {
        self.terms.as_ref().map(|t| t.opening_at)
    }

    /// Bids at the opening, valid or not.
    pub fn opened_bids(&self) -> usize {
        self.opened.len()
    }

    pub fn valid_bids(&self) -> usize {
        self.opened.iter().filter(|b| b.is_valid()).count()
    }

    pub fn opened_bid(&self, bid_id: Uuid) -> Option<&OpenedBid> {
        self.opened.iter().find(|b| b.bid_id == bid_id)
    }

    /// Whether `organisation_id` bid on this procurement (and so may challenge its award).
    pub fn is_bidder(&self, organisation_id: Uuid) -> bool {
        self.opened
            .iter()
            .any(|b| b.organisation_id == organisation_id)
    }

    /// AWARD-RANK: the top-ranked bid not declined or disqualified, the one the award goes to.
    pub fn candidate(&self) -> Option<&RankedBid> {
        self.report.as_ref().and_then(|r| {
            r.ranking
                .iter()
                .find(|b| !self.excluded.iter().any(|e| e.bid_id == b.bid_id))
        })
    }

    pub fn challenge(&self, challenge_id: Uuid) -> Option<&Challenge> {
        self.challenges
            .iter()
            .find(|c| c.challenge_id == challenge_id)
    }

    /// Challenges not yet answered, for the purchaser's work list.
    pub fn open_challenges(&self) -> usize {
        self.challenges
            .iter()
            .filter(|c| c.answer.is_none())
            .count()
    }

    /// What a bid is checked against ([`crate::bid::BidFacts`]); `None` before drafting.
    pub fn bid_terms(&self) -> Option<BidTerms> {
        let (id, terms) = (self.id?, self.terms.as_ref()?);
        Some(BidTerms {
            procurement_id: id,
            title: terms.title.clone(),
            accepting_bids: self.status == Some(ProcurementStatus::Published),
            bid_deadline: terms.bid_deadline,
            budget: terms.budget,
            requirements: terms.requirements.clone(),
            jurisdiction: terms.jurisdiction.clone(),
        })
    }

    /// What its committee scores ([`crate::committee::CommitteeFacts`]): the procurement once
    /// its bids are opened and until it ends (a re-evaluation after an upheld challenge scores
    /// the same opened bids); `None` before the opening.
    pub fn opened_procurement(&self) -> Option<Scored> {
        use ProcurementStatus as S;
        let (id, terms) = (self.id?, self.terms.as_ref()?);
        if !matches!(self.status?, S::Opened | S::Evaluated) {
            return None;
        }
        Some(Scored {
            subject: Subject::Procurement(id),
            owner_unit: terms.purchaser_unit,
            method: Some(terms.method),
            budget: Some(terms.budget),
            scoring: terms.scoring.clone(),
            entries: ValidBid::from_opened(&self.opened),
            scoring_from: None,
        })
    }

    pub(super) fn evolve_with(mut self, event: &ProcurementEvent) -> Self {
        use ProcurementEvent as E;
        use ProcurementStatus as S;
        match event {
            E::ProcurementDrafted {
                procurement_id,
                terms,
                item_name_zh,
                drafted_at,
            } => {
                self.id = Some(*procurement_id);
                self.status = Some(S::Draft);
                self.terms = Some((**terms).clone());
                self.item_name_zh = Some(item_name_zh.clone());
                self.drafted_at = Some(*drafted_at);
            }
            E::ProcurementPublished { published_at } => {
                self.status = Some(S::Published);
                self.published_at = Some(*published_at);
            }
            E::ProcurementAmended { amendment, .. } => {
                self.amendments += 1;
                if let Some(t) = self.terms.as_mut() {
                    if let Some(d) = &amendment.description {
                        t.description.clone_from(d);
                    }
                    if let Some(r) = &amendment.requirements {
                        t.requirements = r.clone();
                    }
                    if let Some(s) = &amendment.scoring {
                        t.scoring = s.clone();
                    }
                    if let Some(d) = amendment.bid_deadline {
                        t.bid_deadline = d;
                    }
                    if let Some(o) = amendment.opening_at {
                        t.opening_at = o;
                    }
                }
            }
            E::BiddingClosed { closed_at } => {
                self.status = Some(S::BiddingClosed);
                self.closed_at = Some(*closed_at);
            }
            E::BidsOpened {
                bids, opened_at, ..
            } => {
                self.status = Some(S::Opened);
                self.opened.clone_from(bids);
                self.opened_at = Some(*opened_at);
            }
            E::ProcurementFailed {
                rule,
                reason,
                failed_at,
            } => {
                self.status = Some(S::Failed);
                self.ended = Some(Ending {
                    rule: Some(rule.clone()),
                    reason: reason.clone(),
                    at: *failed_at,
                });
            }
            E::EvaluationRecorded { report, .. } => {
                self.status = Some(S::Evaluated);
                self.report = Some(report.clone());
                self.excluded.clear();
            }
            E::AwardDeclined { bid_id, reason, .. } => {
                self.exclude(*bid_id, Exclusion::Declined, reason);
            }
            E::BidDisqualified { bid_id, reason, .. } => {
                self.exclude(*bid_id, Exclusion::Disqualified, reason);
            }
            E::AwardNoticed {
                bid_id,
                organisation_id,
                price,
                challenge_deadline,
                noticed_at,
            } => {
                self.status = Some(S::Awarded);
                self.award = Some(AwardNotice {
                    bid_id: *bid_id,
                    organisation_id: *organisation_id,
                    price: *price,
                    noticed_at: *noticed_at,
                    challenge_deadline: *challenge_deadline,
                });
            }
            E::ChallengeFiled {
                challenge_id,
                organisation_id,
                grounds,
                reply_due,
                filed_at,
            } => self.challenges.push(Challenge {
                challenge_id: *challenge_id,
                organisation_id: *organisation_id,
                grounds: grounds.clone(),
                filed_at: *filed_at,
                reply_due: *reply_due,
                answer: None,
                complaints: Vec::new(),
            }),
            E::ChallengeAnswered {
                challenge_id,
                decision,
                reply,
                late,
                answered_at,
            } => {
                if let Some(c) = self
                    .challenges
                    .iter_mut()
                    .find(|c| c.challenge_id == *challenge_id)
                {
                    c.answer = Some(ChallengeAnswer {
                        decision: *decision,
                        reply: reply.clone(),
                        late: *late,
                        answered_at: *answered_at,
                    });
                }
                // Re-evaluation starts again from the opened bids; a re-procurement is
                // failed by the ProcurementFailed recorded with this answer.
                if *decision == ChallengeDecision::UpheldReevaluation {
                    self.status = Some(S::Opened);
                    self.report = None;
                    self.excluded.clear();
                    self.award = None;
                }
            }
            E::ComplaintRecorded {
                challenge_id,
                reference,
                ..
            } => {
                if let Some(c) = self
                    .challenges
                    .iter_mut()
                    .find(|c| c.challenge_id == *challenge_id)
                {
                    c.complaints.push(reference.clone());
                }
            }
            E::ProcurementCancelled {
                reason,
                cancelled_at,
            } => {
                self.status = Some(S::Cancelled);
                self.ended = Some(Ending {
                    rule: None,
                    reason: reason.clone(),
                    at: *cancelled_at,
                });
            }
        }
        self
    }

    /// A declined or disqualified awardee takes the award notice with it: the award goes back
    /// to the next in rank.
    fn exclude(&mut self, bid_id: Uuid, why: Exclusion, reason: &str) {
        self.excluded.push(ExcludedBid {
            bid_id,
            why,
            reason: reason.to_owned(),
        });
        if self.award.as_ref().is_some_and(|a| a.bid_id == bid_id) {
            self.award = None;
            self.status = Some(ProcurementStatus::Evaluated);
        }
    }
}
