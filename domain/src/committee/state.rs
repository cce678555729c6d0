//! The committee as folded from its events.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::events::{CommitteeEvent, Conflict, ScoreSheet};
use super::facts::{Subject, ValidBid};
use crate::procurement::{EvaluationReport, ProcurementMethod, ScoringScheme};
use crate::values::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE", tag = "role")]
pub enum MemberRole {
    Representative,
    /// Drawn at this position of the draw order.
    Expert {
        position: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LockedSheet {
    pub sheet: ScoreSheet,
    pub digest: String,
    pub submitted_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub member_id: Uuid,
    pub name: String,
    #[serde(flatten)]
    pub role: MemberRole,
    /// Empty while the member sits; the grounds once recused.
    pub recusal: Vec<Conflict>,
    pub sheet: Option<LockedSheet>,
}

impl Member {
    pub fn is_sitting(&self) -> bool {
        self.recusal.is_empty()
    }

    pub fn is_expert(&self) -> bool {
        matches!(self.role, MemberRole::Expert { .. })
    }
}

/// ```text
///  —  --Constitute--> SCORING --Conclude (every sitting member submitted)--> CONCLUDED
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CommitteeStatus {
    Scoring,
    Concluded,
}

/// One stream per committee (`committee-{uuid}`): a procurement's evaluation committee or a
/// contest's jury. The read model stores this as JSON, so fields added since are
/// `#[serde(default)]` and renamed ones keep their old name as an alias: a state stored before
/// contests existed stays readable.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Committee {
    /// `None` until constituted.
    pub id: Option<Uuid>,
    pub status: Option<CommitteeStatus>,
    /// The procurement evaluated; `None` for a jury (see [`Committee::subject`]).
    pub procurement_id: Option<Uuid>,
    /// The contest a jury reviews; `None` for a procurement's committee.
    #[serde(default)]
    pub contest_id: Option<Uuid>,
    /// The purchasing unit, or the contest's bureau.
    #[serde(alias = "purchaserUnit")]
    pub owner_unit: Option<Uuid>,
    /// A procurement's; `None` for a jury.
    pub method: Option<ProcurementMethod>,
    pub budget: Option<Money>,
    pub scoring: Option<ScoringScheme>,
    /// The valid bids, or the contest's submissions under review, in the order constituted.
    pub bids: Vec<ValidBid>,
    /// Representatives plus experts, as constituted: replacements keep every seat filled
    /// until the draw runs out.
    pub seats: u32,
    pub seed: String,
    pub draw_order: Vec<Uuid>,
    /// The first position of the draw order not yet considered: where a replacement is drawn.
    pub next_position: u32,
    /// In the order they took their seats: representatives, then experts in draw order, then
    /// replacements. This is the "member order" of the report's sheets digest.
    pub members: Vec<Member>,
    pub report: Option<EvaluationReport>,
    pub constituted_at: Option<DateTime<Utc>>,
    pub concluded_at: Option<DateTime<Utc>>,
}

impl Committee {
    pub fn exists(&self) -> bool {
        self.id.is_some()
    }

    /// What the committee scores, once constituted.
    pub fn subject(&self) -> Option<Subject> {
        self.procurement_id
            .map(Subject::Procurement)
            .or(self.contest_id.map(Subject::Contest))
    }

    /// The ranking reported at the conclusion: for a contest, what it records as the panel's
    /// review.
    pub fn report(&self) -> Option<&EvaluationReport> {
        self.report.as_ref()
    }

    pub fn member(&self, member_id: Uuid) -> Option<&Member> {
        self.members.iter().find(|m| m.member_id == member_id)
    }

    pub fn sitting(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(|m| m.is_sitting())
    }

    /// Whether every sitting member has submitted: from then on the read side may reveal the
    /// sheets (see `ScoreSheetSubmitted`).
    pub fn all_submitted(&self) -> bool {
        self.sitting().all(|m| m.sheet.is_some())
    }

    /// Whether `organisation_id` has a valid bid under evaluation.
    pub fn is_bidder(&self, organisation_id: Uuid) -> bool {
        self.bids
            .iter()
            .any(|b| b.organisation_id == organisation_id)
    }

    pub(super) fn evolve_with(mut self, event: &CommitteeEvent) -> Self {
        use CommitteeEvent as E;
        match event {
            E::CommitteeConstituted {
                committee_id,
                subject,
                owner_unit,
                method,
                budget,
                scoring,
                entries,
                representatives,
                experts,
                seed,
                draw_order,
                constituted_at,
                ..
            } => {
                self.seats = u32::try_from(representatives.len())
                    .unwrap_or(u32::MAX)
                    .saturating_add(*experts);
                self.id = Some(*committee_id);
                self.status = Some(CommitteeStatus::Scoring);
                (self.procurement_id, self.contest_id) = match *subject {
                    Subject::Procurement(id) => (Some(id), None),
                    Subject::Contest(id) => (None, Some(id)),
                };
                self.owner_unit = Some(*owner_unit);
                self.method = *method;
                self.budget = *budget;
                self.scoring = Some(scoring.clone());
                self.bids.clone_from(entries);
                self.seed.clone_from(seed);
                self.draw_order.clone_from(draw_order);
                self.next_position = 0;
                self.members = representatives
                    .iter()
                    .map(|r| Member {
                        member_id: r.member_id,
                        name: r.name.clone(),
                        role: MemberRole::Representative,
                        recusal: Vec::new(),
                        sheet: None,
                    })
                    .collect();
                self.constituted_at = Some(*constituted_at);
            }
            E::ExpertDrawn {
                expert_id,
                name,
                position,
            } => {
                self.members.push(Member {
                    member_id: *expert_id,
                    name: name.clone(),
                    role: MemberRole::Expert {
                        position: *position,
                    },
                    recusal: Vec::new(),
                    sheet: None,
                });
                self.next_position = self.next_position.max(position.saturating_add(1));
            }
            E::ExpertPassedOver { position, .. } => {
                self.next_position = self.next_position.max(position.saturating_add(1));
            }
            E::MemberRecused {
                member_id,
                conflicts,
                ..
            } => {
                if let Some(m) = self.members.iter_mut().find(|m| m.member_id == *member_id) {
                    m.recusal.clone_from(conflicts);
                }
            }
            E::ScoreSheetSubmitted {
                sheet,
                digest,
                submitted_at,
                ..
            } => {
                if let Some(m) = self
                    .members
                    .iter_mut()
                    .find(|m| m.member_id == sheet.member_id)
                {
                    m.sheet = Some(LockedSheet {
                        sheet: sheet.clone(),
                        digest: digest.clone(),
                        submitted_at: *submitted_at,
                    });
                }
            }
            E::CommitteeConcluded {
                report,
                concluded_at,
            } => {
                self.status = Some(CommitteeStatus::Concluded);
                self.report = Some(report.clone());
                self.concluded_at = Some(*concluded_at);
            }
        }
        self
    }
}
