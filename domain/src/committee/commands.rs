//! What the purchaser, the committee's members and the handler ask of a committee.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::facts::RelationKind;
use crate::procurement::Points;
use crate::values::TextShape;

/// A representative of the purchasing unit (采购人代表): a named member, not an expert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Representative {
    pub member_id: Uuid,
    pub name: String,
}

/// One member's points for one criterion of one bid, in hundredths.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CriterionScore {
    pub key: String,
    pub points: Points,
}

/// One member's scores for one bid: every criterion of the scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BidScores {
    pub bid_id: Uuid,
    pub criteria: Vec<CriterionScore>,
}

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum CommitteeCommand {
    /// Opens the committee of an opened procurement (facts: the procurement, the pool, the
    /// bidders) and draws `experts` experts from the pool with `seed`.
    Constitute {
        committee_id: Uuid,
        procurement_id: Uuid,
        representatives: Vec<Representative>,
        experts: u32,
        seed: String,
    },
    /// Opens the jury (评审团) of a contest under review (facts: the contest's submissions, the
    /// pool, the submitting organisations) and draws `experts` experts from the pool with
    /// `seed`; the representatives are the bureau's. Sized by the contest's policy numbers
    /// (`contestJuryMinMembers`, `contestJuryMinExpertThirds`); otherwise the committee's rules.
    ConstituteJury {
        committee_id: Uuid,
        contest_id: Uuid,
        representatives: Vec<Representative>,
        experts: u32,
        seed: String,
    },
    /// A member declares a relation to a bidder (回避申报): the member is recused and replaced.
    DeclareRelation {
        member_id: Uuid,
        organisation_id: Uuid,
        kind: RelationKind,
        note: String,
    },
    /// Checks the sitting experts again against the registry and the pool as they stand now
    /// (facts): any found in conflict is recused and replaced. Accepted with no events when
    /// nobody is.
    CheckConflicts,
    SubmitScoreSheet {
        member_id: Uuid,
        scores: Vec<BidScores>,
    },
    /// Computes the ranking from the locked sheets and reports it to the procurement.
    Conclude,
}

impl crate::aggregate::DomainCommand for CommitteeCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::Constitute { .. } => "ConstituteCommittee",
            Self::ConstituteJury { .. } => "ConstituteJury",
            Self::DeclareRelation { .. } => "DeclareRelation",
            Self::CheckConflicts => "CheckCommitteeConflicts",
            Self::SubmitScoreSheet { .. } => "SubmitScoreSheet",
            Self::Conclude => "ConcludeEvaluation",
        }
    }

    fn opens_stream(&self) -> bool {
        matches!(self, Self::Constitute { .. } | Self::ConstituteJury { .. })
    }

    fn reason(&self) -> Option<&str> {
        match self {
            Self::DeclareRelation { note, .. } => Some(note),
            _ => None,
        }
    }
}

type Text<'a> = (&'static str, &'static str, &'a str, TextShape);

impl CommitteeCommand {
    /// Every free-text input with its wire field, label and shape, for the control-character
    /// check.
    pub fn texts(&self) -> Vec<Text<'_>> {
        match self {
            Self::Constitute {
                representatives, ..
            }
            | Self::ConstituteJury {
                representatives, ..
            } => representatives
                .iter()
                .map(|r| {
                    (
                        "representatives.name",
                        "A representative's name",
                        r.name.as_str(),
                        TextShape::Line,
                    )
                })
                .collect(),
            Self::DeclareRelation { note, .. } => vec![(
                "note",
                "the note (说明)",
                note.as_str(),
                TextShape::Paragraph,
            )],
            Self::SubmitScoreSheet { scores, .. } => scores
                .iter()
                .flat_map(|b| &b.criteria)
                .map(|c| {
                    (
                        "scores.criteria.key",
                        "A criterion key",
                        c.key.as_str(),
                        TextShape::Line,
                    )
                })
                .collect(),
            Self::CheckConflicts | Self::Conclude => Vec::new(),
        }
    }
}
