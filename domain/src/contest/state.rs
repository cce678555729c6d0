//! The contest as folded from its events, and what its decisions read of other streams.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::{CallTerms, DonorKind, ProjectProposal};
use super::events::{ContestEvent, FinalEntry, Grant, PanelEntry};
use super::matching::{Match, MatchingPolicy};
use crate::bid::StandingRead;
use crate::committee::{Scored, Subject, ValidBid};
use crate::organisation::CreditList;
use crate::organisation::Organisation;
use crate::procurement::{EvaluationReport, Points, RegistryStanding};
use crate::values::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContestStatus {
    /// The call is open; submissions are taken within their window.
    Open,
    /// The jury's review is recorded and the shortlist drawn: pledges and public scores.
    Reviewed,
    Ranked,
    Matched,
    Awarded,
    Cancelled,
}

impl ContestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "OPEN",
            Self::Reviewed => "REVIEWED",
            Self::Ranked => "RANKED",
            Self::Matched => "MATCHED",
            Self::Awarded => "AWARDED",
            Self::Cancelled => "CANCELLED",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Open => "征集中",
            Self::Reviewed => "已评审",
            Self::Ranked => "已排名",
            Self::Matched => "已配捐",
            Self::Awarded => "已资助",
            Self::Cancelled => "已终止",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SubmissionStatus {
    Submitted,
    Withdrawn,
    /// In the jury's best `shortlistSize`: a finalist.
    Shortlisted,
    /// Reviewed but not shortlisted.
    NotShortlisted,
    Granted,
    /// A finalist without a grant, kept in the project library for later grants.
    Library,
}

impl SubmissionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "SUBMITTED",
            Self::Withdrawn => "WITHDRAWN",
            Self::Shortlisted => "SHORTLISTED",
            Self::NotShortlisted => "NOT_SHORTLISTED",
            Self::Granted => "GRANTED",
            Self::Library => "LIBRARY",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Submitted => "已提交",
            Self::Withdrawn => "已撤回",
            Self::Shortlisted => "已入围",
            Self::NotShortlisted => "未入围",
            Self::Granted => "已获资助",
            Self::Library => "入库",
        }
    }
}

/// One pledge of social money.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pledge {
    pub pledge_id: Uuid,
    pub donor_kind: DonorKind,
    pub donor: String,
    pub amount: Money,
    pub pledged_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Submission {
    pub submission_id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub project: ProjectProposal,
    pub status: SubmissionStatus,
    pub standing: StandingRead,
    pub submitted_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub panel: Option<PanelEntry>,
    pub public_score: Option<Points>,
    pub final_entry: Option<FinalEntry>,
    pub pledges: Vec<Pledge>,
    pub raised: Money,
    pub matched: Option<Match>,
    pub granted: Option<Money>,
}

impl Submission {
    /// Distinct donors (by the platform's reference), the count the incentive score weighs.
    pub fn donors(&self) -> u32 {
        let distinct: BTreeSet<&str> = self.pledges.iter().map(|p| p.donor.as_str()).collect();
        u32::try_from(distinct.len()).unwrap_or(u32::MAX)
    }

    pub fn is_live(&self) -> bool {
        self.status != SubmissionStatus::Withdrawn
    }
}

/// An organisation as a contest's eligibility sees it: its registry standing, and the last day
/// it was on the serious-violation list, for "no serious violation in N years".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContestStanding {
    pub registry: RegistryStanding,
    /// `day` itself while listed; the day its last serious listing ended otherwise.
    pub last_serious_on: Option<NaiveDate>,
}

impl ContestStanding {
    pub fn of(organisation: &Organisation, version: u64, position: u64, day: NaiveDate) -> Self {
        let last_serious_on = organisation
            .listings
            .iter()
            .filter(|l| l.list == CreditList::Serious)
            .map(|l| l.ended_at.map_or(day, crate::calendar::china_date))
            .max();
        Self {
            registry: RegistryStanding::of(organisation, version, position, day),
            last_serious_on,
        }
    }
}

/// What a contest's `decide` reads of other streams: the submitting organisation's standing
/// (`None`: not in the registry) and the jury's concluded report for this contest (`None`: no
/// such committee, not this contest's, or not concluded).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContestFacts {
    pub standing: Option<ContestStanding>,
    pub review: Option<EvaluationReport>,
}

/// One stream per contest (`contest-{uuid}`), its submissions inside: the ranking, the pool
/// and the matching need every submission at once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contest {
    pub id: Option<Uuid>,
    pub status: Option<ContestStatus>,
    pub terms: Option<CallTerms>,
    pub matching: Option<MatchingPolicy>,
    pub panel_weight_percent: u32,
    pub opened_at: Option<DateTime<Utc>>,
    pub submissions: Vec<Submission>,
    pub committee_id: Option<Uuid>,
    pub sheets_digest: Option<String>,
    pub policy_version: Option<String>,
    pub matches: Vec<Match>,
    pub grants: Vec<Grant>,
    pub cancel_reason: Option<String>,
    pub closed_at: Option<DateTime<Utc>>,
}

impl Contest {
    pub fn submission(&self, id: Uuid) -> Option<&Submission> {
        self.submissions.iter().find(|s| s.submission_id == id)
    }

    fn submission_mut(&mut self, id: Uuid) -> Option<&mut Submission> {
        self.submissions.iter_mut().find(|s| s.submission_id == id)
    }

    /// The live finalists, in the jury's order.
    pub fn finalists(&self) -> impl Iterator<Item = &Submission> {
        self.submissions
            .iter()
            .filter(|s| s.status == SubmissionStatus::Shortlisted || s.final_entry.is_some())
            .filter(|s| s.is_live())
    }

    /// The final ranking, best first.
    pub fn final_ranking(&self) -> Vec<&FinalEntry> {
        let mut out: Vec<&FinalEntry> = self
            .submissions
            .iter()
            .filter_map(|s| s.final_entry.as_ref())
            .collect();
        out.sort_by_key(|e| e.rank);
        out
    }

    pub fn pool_granted(&self) -> Money {
        Money::from_fen(self.grants.iter().map(|g| g.amount.fen()).sum()).unwrap_or(Money::ZERO)
    }

    /// What a jury scores while the contest awaits its review: its live submissions, each as
    /// a bid (its id the bid id, its requested grant the amount), under the call's scheme.
    /// `None` before the submission window closes at `now`, after the review is recorded, or
    /// with nothing to score.
    pub fn under_review(&self, now: DateTime<Utc>) -> Option<Scored> {
        let (id, terms) = (self.id?, self.terms.as_ref()?);
        if self.status != Some(ContestStatus::Open) || now < terms.submissions_close_at {
            return None;
        }
        let entries: Vec<ValidBid> = self
            .submissions
            .iter()
            .filter(|s| s.is_live())
            .map(|s| ValidBid {
                bid_id: s.submission_id,
                organisation_id: s.organisation_id,
                price: s.project.requested,
            })
            .collect();
        if entries.is_empty() {
            return None;
        }
        Some(Scored {
            subject: Subject::Contest(id),
            owner_unit: terms.bureau_unit,
            method: None,
            budget: None,
            scoring: terms.scoring.clone(),
            entries,
            scoring_from: Some(terms.submissions_close_at),
        })
    }

    /// The grant of `submission_id`, if one was awarded: what a contract is signed from.
    pub fn grant(&self, submission_id: Uuid) -> Option<&Grant> {
        self.grants
            .iter()
            .find(|g| g.submission_id == submission_id)
    }

    pub(super) fn evolve_with(mut self, event: &ContestEvent) -> Self {
        use ContestEvent as E;
        match event {
            E::CallOpened {
                contest_id,
                terms,
                matching,
                panel_weight_percent,
                opened_at,
            } => {
                self.id = Some(*contest_id);
                self.status = Some(ContestStatus::Open);
                self.terms = Some(terms.clone());
                self.matching = Some(matching.clone());
                self.panel_weight_percent = *panel_weight_percent;
                self.opened_at = Some(*opened_at);
            }
            E::ProjectSubmitted {
                submission_id,
                organisation_id,
                organisation_name,
                project,
                standing,
                submitted_at,
            } => self.submissions.push(Submission {
                submission_id: *submission_id,
                organisation_id: *organisation_id,
                organisation_name: organisation_name.clone(),
                project: project.clone(),
                status: SubmissionStatus::Submitted,
                standing: *standing,
                submitted_at: *submitted_at,
                withdrawn_at: None,
                panel: None,
                public_score: None,
                final_entry: None,
                pledges: Vec::new(),
                raised: Money::ZERO,
                matched: None,
                granted: None,
            }),
            E::ProjectWithdrawn {
                submission_id,
                withdrawn_at,
                ..
            } => {
                if let Some(s) = self.submission_mut(*submission_id) {
                    s.status = SubmissionStatus::Withdrawn;
                    s.withdrawn_at = Some(*withdrawn_at);
                }
            }
            E::ReviewRecorded {
                committee_id,
                ranking,
                sheets_digest,
                shortlist,
                ..
            } => {
                self.status = Some(ContestStatus::Reviewed);
                self.committee_id = Some(*committee_id);
                self.sheets_digest = Some(sheets_digest.clone());
                for s in self.submissions.iter_mut().filter(|s| s.is_live()) {
                    s.panel = ranking
                        .iter()
                        .find(|e| e.submission_id == s.submission_id)
                        .cloned();
                    s.status = if shortlist.contains(&s.submission_id) {
                        SubmissionStatus::Shortlisted
                    } else {
                        SubmissionStatus::NotShortlisted
                    };
                }
            }
            E::PledgeRecorded {
                pledge_id,
                submission_id,
                donor_kind,
                donor,
                amount,
                pledged_at,
            } => {
                if let Some(s) = self.submission_mut(*submission_id) {
                    s.raised = s.raised.checked_add(*amount).unwrap_or(s.raised);
                    s.pledges.push(Pledge {
                        pledge_id: *pledge_id,
                        donor_kind: *donor_kind,
                        donor: donor.clone(),
                        amount: *amount,
                        pledged_at: *pledged_at,
                    });
                }
            }
            E::PublicScoresRecorded { scores, .. } => {
                for score in scores {
                    if let Some(s) = self.submission_mut(score.submission_id) {
                        s.public_score = Some(score.score);
                    }
                }
            }
            E::FinalistsRanked { ranking, .. } => {
                self.status = Some(ContestStatus::Ranked);
                for entry in ranking {
                    if let Some(s) = self.submission_mut(entry.submission_id) {
                        s.final_entry = Some(entry.clone());
                    }
                }
            }
            E::MatchingComputed {
                policy_version,
                matches,
                ..
            } => {
                self.status = Some(ContestStatus::Matched);
                self.policy_version = Some(policy_version.clone());
                self.matches = matches.clone();
                for m in matches {
                    if let Some(s) = self.submission_mut(m.submission_id) {
                        s.matched = Some(m.clone());
                    }
                }
            }
            E::GrantsAwarded {
                grants,
                library,
                awarded_at,
            } => {
                self.status = Some(ContestStatus::Awarded);
                self.grants = grants.clone();
                self.closed_at = Some(*awarded_at);
                for g in grants {
                    if let Some(s) = self.submission_mut(g.submission_id) {
                        s.status = SubmissionStatus::Granted;
                        s.granted = Some(g.amount);
                    }
                }
                for id in library {
                    if let Some(s) = self.submission_mut(*id) {
                        s.status = SubmissionStatus::Library;
                    }
                }
            }
            E::ContestCancelled {
                reason,
                cancelled_at,
            } => {
                self.status = Some(ContestStatus::Cancelled);
                self.cancel_reason = Some(reason.clone());
                self.closed_at = Some(*cancelled_at);
            }
        }
        self
    }
}
