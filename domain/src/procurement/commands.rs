//! What a purchaser, a bidder or the scheduler asks of a procurement.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::eligibility::Requirements;
use super::method::ProcurementMethod;
use super::scoring::ScoringScheme;
use crate::catalogue::CatalogueCode;
use crate::values::{Jurisdiction, Money, TextShape};

/// The terms a procurement is drafted with and published under; amendments change some of
/// them, each with a reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProcurementTerms {
    pub jurisdiction: Jurisdiction,
    /// The purchasing unit (采购人), as it signs.
    pub purchaser: String,
    /// The purchasing unit's id, as the purchaser's token binds it: its staff may act on the
    /// procurement and sit on its committee only as the purchaser's representatives.
    pub purchaser_unit: Uuid,
    pub title: String,
    pub description: String,
    /// An item of the jurisdiction's guidance catalogue (CAT-ITEM).
    pub item: CatalogueCode,
    pub method: ProcurementMethod,
    pub budget: Money,
    pub bid_security: Money,
    /// The service period, China-local days, both included.
    pub service_start: NaiveDate,
    pub service_end: NaiveDate,
    /// A stable, continuing service with funding secured, which may run longer (PROC-TERM).
    pub stable_and_funded: bool,
    pub requirements: Requirements,
    pub scoring: ScoringScheme,
    pub bid_deadline: DateTime<Utc>,
    pub opening_at: DateTime<Utc>,
    /// The failed procurement (废标) this one procures again, if any.
    pub reprocures: Option<Uuid>,
}

/// What an amendment (更正/澄清) changes; `None` leaves a term as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Amendment {
    pub description: Option<String>,
    pub requirements: Option<Requirements>,
    pub scoring: Option<ScoringScheme>,
    pub bid_deadline: Option<DateTime<Utc>>,
    pub opening_at: Option<DateTime<Utc>>,
    /// The purchaser's judgement that the change affects how bids are prepared; a change of
    /// requirements or scoring always does.
    pub substantive: bool,
}

impl Amendment {
    pub fn is_substantive(&self) -> bool {
        self.substantive || self.requirements.is_some() || self.scoring.is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.description.is_none()
            && self.requirements.is_none()
            && self.scoring.is_none()
            && self.bid_deadline.is_none()
            && self.opening_at.is_none()
    }
}

/// The purchaser's answer to a challenge (质疑).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ChallengeDecision {
    Dismissed,
    /// Upheld: the committee evaluates again, from the opened bids.
    UpheldReevaluation,
    /// Upheld: the procurement fails and is procured again.
    UpheldReprocurement,
}

impl ChallengeDecision {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dismissed => "DISMISSED",
            Self::UpheldReevaluation => "UPHELD_REEVALUATION",
            Self::UpheldReprocurement => "UPHELD_REPROCUREMENT",
        }
    }
}

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ProcurementCommand {
    Draft {
        procurement_id: Uuid,
        terms: Box<ProcurementTerms>,
    },
    Publish,
    Amend {
        amendment: Box<Amendment>,
        reason: String,
    },
    /// The scheduler's, once the deadline has passed.
    CloseBidding,
    /// At or after the opening instant; the bids revealed arrive as facts.
    Open,
    /// The committee's report arrives as facts.
    RecordEvaluation,
    Award {
        bid_id: Uuid,
    },
    DeclineAward {
        bid_id: Uuid,
        reason: String,
    },
    Disqualify {
        bid_id: Uuid,
        reason: String,
    },
    Challenge {
        challenge_id: Uuid,
        organisation_id: Uuid,
        grounds: String,
    },
    AnswerChallenge {
        challenge_id: Uuid,
        decision: ChallengeDecision,
        reply: String,
    },
    /// A complaint (投诉) filed with the finance department, recorded by its reference.
    RecordComplaint {
        challenge_id: Uuid,
        reference: String,
    },
    Cancel {
        reason: String,
    },
}

impl crate::aggregate::DomainCommand for ProcurementCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::Draft { .. } => "DraftProcurement",
            Self::Publish => "PublishProcurement",
            Self::Amend { .. } => "AmendProcurement",
            Self::CloseBidding => "CloseBidding",
            Self::Open => "OpenBids",
            Self::RecordEvaluation => "RecordEvaluation",
            Self::Award { .. } => "AwardProcurement",
            Self::DeclineAward { .. } => "DeclineAward",
            Self::Disqualify { .. } => "DisqualifyBid",
            Self::Challenge { .. } => "ChallengeAward",
            Self::AnswerChallenge { .. } => "AnswerChallenge",
            Self::RecordComplaint { .. } => "RecordComplaint",
            Self::Cancel { .. } => "CancelProcurement",
        }
    }

    fn opens_stream(&self) -> bool {
        matches!(self, Self::Draft { .. })
    }

    fn reason(&self) -> Option<&str> {
        match self {
            Self::Amend { reason, .. }
            | Self::DeclineAward { reason, .. }
            | Self::Disqualify { reason, .. }
            | Self::Cancel { reason } => Some(reason),
            Self::AnswerChallenge { reply, .. } => Some(reply),
            _ => None,
        }
    }
}

pub(super) type Text<'a> = (&'static str, &'static str, &'a str, TextShape);

impl ProcurementCommand {
    /// How messages name what was asked.
    pub(super) fn describe(&self) -> &'static str {
        match self {
            Self::Draft { .. } => "drafting a procurement",
            Self::Publish => "publishing",
            Self::Amend { .. } => "an amendment (更正)",
            Self::CloseBidding => "closing bidding",
            Self::Open => "the opening (开标)",
            Self::RecordEvaluation => "recording the evaluation report",
            Self::Award { .. } => "the award (中标)",
            Self::DeclineAward { .. } => "declining the award",
            Self::Disqualify { .. } => "disqualifying a bid",
            Self::Challenge { .. } => "a challenge (质疑)",
            Self::AnswerChallenge { .. } => "answering a challenge",
            Self::RecordComplaint { .. } => "recording a complaint (投诉)",
            Self::Cancel { .. } => "cancelling",
        }
    }

    /// [`Self::describe`] in the purchaser's Chinese.
    pub(super) fn describe_zh(&self) -> &'static str {
        match self {
            Self::Draft { .. } => "起草采购项目",
            Self::Publish => "发布采购公告",
            Self::Amend { .. } => "更正采购公告",
            Self::CloseBidding => "截止投标",
            Self::Open => "开标",
            Self::RecordEvaluation => "记录评审报告",
            Self::Award { .. } => "发布中标公告",
            Self::DeclineAward { .. } => "放弃中标",
            Self::Disqualify { .. } => "取消投标资格",
            Self::Challenge { .. } => "提出质疑",
            Self::AnswerChallenge { .. } => "答复质疑",
            Self::RecordComplaint { .. } => "记录投诉",
            Self::Cancel { .. } => "终止采购",
        }
    }

    /// Every free-text input with its wire field, its label for messages and its shape: the
    /// one list the control-character check reads, so a new field cannot slip past it.
    pub(super) fn texts(&self) -> Vec<Text<'_>> {
        use TextShape::{Line, Paragraph};
        match self {
            Self::Draft { terms, .. } => vec![
                (
                    "purchaser",
                    "the purchaser (采购人)",
                    &terms.purchaser,
                    Line,
                ),
                ("title", "the title (项目名称)", &terms.title, Line),
                (
                    "description",
                    "the description (采购需求)",
                    &terms.description,
                    Paragraph,
                ),
            ],
            Self::Amend { amendment, reason } => {
                let mut texts = vec![("reason", "the reason (理由)", reason.as_str(), Paragraph)];
                if let Some(d) = &amendment.description {
                    texts.push(("description", "the description (采购需求)", d, Paragraph));
                }
                texts
            }
            Self::DeclineAward { reason, .. }
            | Self::Disqualify { reason, .. }
            | Self::Cancel { reason } => vec![("reason", "the reason (理由)", reason, Paragraph)],
            Self::Challenge { grounds, .. } => {
                vec![("grounds", "the grounds (质疑事项)", grounds, Paragraph)]
            }
            Self::AnswerChallenge { reply, .. } => {
                vec![("reply", "the reply (答复)", reply, Paragraph)]
            }
            Self::RecordComplaint { reference, .. } => {
                vec![(
                    "reference",
                    "the complaint reference (投诉编号)",
                    reference,
                    Line,
                )]
            }
            Self::Publish
            | Self::CloseBidding
            | Self::Open
            | Self::RecordEvaluation
            | Self::Award { .. } => Vec::new(),
        }
    }
}
