//! What the bureau, the organisations and the handler ask of a contest.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::matching::MatchingChoice;
use crate::procurement::{Points, ScoringScheme};
use crate::values::{Jurisdiction, Money};

/// Who gave a pledge, as the contest's statistics count donors (the donor's identity stays
/// with the fundraising platform; the ledger keeps an opaque reference to count donors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DonorKind {
    Individual,
    Enterprise,
    Foundation,
    Other,
}

impl DonorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Individual => "INDIVIDUAL",
            Self::Enterprise => "ENTERPRISE",
            Self::Foundation => "FOUNDATION",
            Self::Other => "OTHER",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Individual => "个人",
            Self::Enterprise => "企业",
            Self::Foundation => "基金会",
            Self::Other => "其他",
        }
    }
}

/// The call as the bureau opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CallTerms {
    /// The civil-affairs bureau's unit that runs the contest and awards its grants.
    pub bureau_unit: Uuid,
    /// The bureau's name as it signs a grant's contract.
    pub bureau: String,
    pub jurisdiction: Jurisdiction,
    pub title: String,
    /// The matching pool (配捐资金池), in fen.
    pub pool: Money,
    pub matching: MatchingChoice,
    /// What the jury scores: criteria only, price weight 0.
    pub scoring: ScoringScheme,
    /// Projects on this theme get the incentive fund's theme bonus.
    pub bonus_theme: Option<String>,
    /// How many of the jury's ranking reach the finals (入围).
    pub shortlist_size: u32,
    pub submissions_open_at: DateTime<Utc>,
    pub submissions_close_at: DateTime<Utc>,
    pub pledges_open_at: DateTime<Utc>,
    pub pledges_close_at: DateTime<Utc>,
}

/// A project as an organisation submits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectProposal {
    pub title: String,
    pub summary: String,
    /// The grant it asks for; the jury reads it as a bid's amount.
    pub requested: Money,
    pub theme: Option<String>,
}

/// One finalist's score from the public jury (大众评审), 0–100 points in hundredths.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PublicScore {
    pub submission_id: Uuid,
    pub score: Points,
}

/// One grant the bureau awards: at most the project's match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantLine {
    pub submission_id: Uuid,
    pub amount: Money,
}

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ContestCommand {
    OpenCall {
        contest_id: Uuid,
        terms: CallTerms,
    },
    Submit {
        submission_id: Uuid,
        organisation_id: Uuid,
        project: ProjectProposal,
    },
    Withdraw {
        submission_id: Uuid,
        reason: String,
    },
    /// Records the jury's concluded report (facts: the committee's report) and shortlists its
    /// best `shortlistSize`.
    RecordReview {
        committee_id: Uuid,
    },
    RecordPledge {
        pledge_id: Uuid,
        submission_id: Uuid,
        donor_kind: DonorKind,
        donor: String,
        amount: Money,
    },
    RecordPublicScores {
        scores: Vec<PublicScore>,
    },
    Rank,
    ComputeMatching,
    AwardGrants {
        grants: Vec<GrantLine>,
    },
    Cancel {
        reason: String,
    },
}

impl crate::aggregate::DomainCommand for ContestCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::OpenCall { .. } => "OpenContestCall",
            Self::Submit { .. } => "SubmitContestProject",
            Self::Withdraw { .. } => "WithdrawContestProject",
            Self::RecordReview { .. } => "RecordContestReview",
            Self::RecordPledge { .. } => "RecordContestPledge",
            Self::RecordPublicScores { .. } => "RecordContestPublicScores",
            Self::Rank => "RankContest",
            Self::ComputeMatching => "ComputeContestMatching",
            Self::AwardGrants { .. } => "AwardContestGrants",
            Self::Cancel { .. } => "CancelContest",
        }
    }

    fn opens_stream(&self) -> bool {
        matches!(self, Self::OpenCall { .. })
    }

    fn reason(&self) -> Option<&str> {
        match self {
            Self::Withdraw { reason, .. } | Self::Cancel { reason } => Some(reason),
            _ => None,
        }
    }
}

impl ContestCommand {
    pub(super) fn describe(&self) -> (&'static str, &'static str) {
        match self {
            Self::OpenCall { .. } => ("opening a call", "发布大赛公告"),
            Self::Submit { .. } => ("submitting a project", "提交参赛项目"),
            Self::Withdraw { .. } => ("withdrawing a project", "撤回参赛项目"),
            Self::RecordReview { .. } => ("recording the jury's review", "记录评审结果"),
            Self::RecordPledge { .. } => ("recording a pledge", "记录募集善款"),
            Self::RecordPublicScores { .. } => ("recording public scores", "记录大众评审分数"),
            Self::Rank => ("ranking the finalists", "确定决赛排名"),
            Self::ComputeMatching => ("computing the matching", "计算配捐"),
            Self::AwardGrants { .. } => ("awarding grants", "发放资助"),
            Self::Cancel { .. } => ("cancelling the contest", "终止大赛"),
        }
    }
}
