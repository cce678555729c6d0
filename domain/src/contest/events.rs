//! What happened to a contest, as stored. Stored events are never rewritten; a payload change
//! bumps the kind's schema in [`ContestEvent::KINDS`] and adds an upcaster in `from_stored`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::{CallTerms, DonorKind, ProjectProposal, PublicScore};
use super::matching::{Match, MatchingPolicy};
use crate::aggregate::{DecodeError, DomainEvent, tagged};
use crate::bid::StandingRead;
use crate::procurement::Points;
use crate::values::Money;

/// One submission in the jury's ranking, as the contest records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PanelEntry {
    pub submission_id: Uuid,
    pub rank: u32,
    pub total: Points,
}

/// One finalist in the final ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FinalEntry {
    pub submission_id: Uuid,
    pub rank: u32,
    pub panel: Points,
    pub public: Points,
    pub total: Points,
}

/// A grant as awarded: to whom, how much, out of which match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Grant {
    pub submission_id: Uuid,
    pub organisation_id: Uuid,
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum ContestEvent {
    CallOpened {
        contest_id: Uuid,
        terms: CallTerms,
        /// The matching choice resolved against the policy in force at the opening.
        matching: MatchingPolicy,
        /// The panel's share of a finalist's score, from the policy at the opening.
        panel_weight_percent: u32,
        opened_at: DateTime<Utc>,
    },
    ProjectSubmitted {
        submission_id: Uuid,
        organisation_id: Uuid,
        organisation_name: String,
        project: ProjectProposal,
        /// The registry state the eligibility check read.
        standing: StandingRead,
        submitted_at: DateTime<Utc>,
    },
    ProjectWithdrawn {
        submission_id: Uuid,
        reason: String,
        withdrawn_at: DateTime<Utc>,
    },
    ReviewRecorded {
        committee_id: Uuid,
        ranking: Vec<PanelEntry>,
        sheets_digest: String,
        shortlist: Vec<Uuid>,
        recorded_at: DateTime<Utc>,
    },
    PledgeRecorded {
        pledge_id: Uuid,
        submission_id: Uuid,
        donor_kind: DonorKind,
        donor: String,
        amount: Money,
        pledged_at: DateTime<Utc>,
    },
    PublicScoresRecorded {
        scores: Vec<PublicScore>,
        recorded_at: DateTime<Utc>,
    },
    FinalistsRanked {
        panel_weight_percent: u32,
        ranking: Vec<FinalEntry>,
        ranked_at: DateTime<Utc>,
    },
    MatchingComputed {
        policy: MatchingPolicy,
        policy_version: String,
        pool: Money,
        matches: Vec<Match>,
        computed_at: DateTime<Utc>,
    },
    GrantsAwarded {
        grants: Vec<Grant>,
        /// Finalists without a grant: they enter the project library (项目库) later grants
        /// draw from.
        library: Vec<Uuid>,
        awarded_at: DateTime<Utc>,
    },
    ContestCancelled {
        reason: String,
        cancelled_at: DateTime<Utc>,
    },
}

impl ContestEvent {
    pub const KINDS: [(&'static str, u16); 10] = [
        ("CallOpened", 1),
        ("ProjectSubmitted", 1),
        ("ProjectWithdrawn", 1),
        ("ReviewRecorded", 1),
        ("PledgeRecorded", 1),
        ("PublicScoresRecorded", 1),
        ("FinalistsRanked", 1),
        ("MatchingComputed", 1),
        ("GrantsAwarded", 1),
        ("ContestCancelled", 1),
    ];
}

impl DomainEvent for ContestEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::CallOpened { .. } => "CallOpened",
            Self::ProjectSubmitted { .. } => "ProjectSubmitted",
            Self::ProjectWithdrawn { .. } => "ProjectWithdrawn",
            Self::ReviewRecorded { .. } => "ReviewRecorded",
            Self::PledgeRecorded { .. } => "PledgeRecorded",
            Self::PublicScoresRecorded { .. } => "PublicScoresRecorded",
            Self::FinalistsRanked { .. } => "FinalistsRanked",
            Self::MatchingComputed { .. } => "MatchingComputed",
            Self::GrantsAwarded { .. } => "GrantsAwarded",
            Self::ContestCancelled { .. } => "ContestCancelled",
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
