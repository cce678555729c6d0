//! Evaluation committees on the command path: what a committee's rules read of other streams
//! (the opened procurement, the expert pool, the bidders on the registry), which committee's
//! report a procurement records, and the conclusion chained to that record.
//!
//! One committee per evaluation round: a committee claims its procurement while it scores
//! (`Committee::claims`), and a constitution is refused once a committee constituted in the
//! current round (since the opening, or since the last challenge upheld for re-evaluation) has
//! concluded.

use chrono::{DateTime, Utc};
use civic_domain::committee::{BidderRecord, Scored, Subject};
use civic_domain::error::rules;
use civic_domain::procurement::{ChallengeDecision, EvaluationReport};
use civic_domain::{
    Committee, CommitteeCommand, CommitteeFacts, CommitteeStatus, Contest, DomainError,
    Jurisdiction, Organisation, Procurement, ProcurementCommand, ProcurementStatus,
};
use civic_projections::committees::{self, CommitteeRow};
use uuid::Uuid;

use super::execute::Handled;
use super::{CommandMeta, Ledger, LedgerError, Outcome};

impl Handled for Committee {
    const NOUN: &'static str = "evaluation committee";
    const NOUN_ZH: &'static str = "评审委员会";

    /// A committee's state does not hold its procurement's jurisdiction: the facts bring it
    /// ([`Handled::facts_jurisdiction`]).
    fn jurisdiction(&self, _command: &CommitteeCommand) -> Option<String> {
        None
    }

    /// A constitution names a fresh committee, fresh representative ids and a fresh seed on each
    /// try.
    fn digest_form(command: &CommitteeCommand) -> CommitteeCommand {
        let mut command = command.clone();
        if let CommitteeCommand::Constitute {
            committee_id,
            representatives,
            seed,
            ..
        }
        | CommitteeCommand::ConstituteJury {
            committee_id,
            representatives,
            seed,
            ..
        } = &mut command
        {
            *committee_id = Uuid::nil();
            seed.clear();
            for r in representatives {
                r.member_id = Uuid::nil();
            }
        }
        command
    }

    fn facts_jurisdiction(facts: &CommitteeFacts) -> Option<String> {
        facts.jurisdiction.clone()
    }

    async fn facts(
        ledger: &Ledger,
        state: &Committee,
        command: &CommitteeCommand,
        now: DateTime<Utc>,
    ) -> Result<CommitteeFacts, LedgerError> {
        let subject = match command {
            CommitteeCommand::Constitute { procurement_id, .. } => {
                Some(Subject::Procurement(*procurement_id))
            }
            CommitteeCommand::ConstituteJury { contest_id, .. } => {
                Some(Subject::Contest(*contest_id))
            }
            _ => state.subject(),
        };
        let (scored, jurisdiction) = match subject {
            None => return Ok(CommitteeFacts::default()),
            Some(Subject::Procurement(id)) => {
                let Some(procurement) = ledger.load::<Procurement>(&id).await? else {
                    return Ok(CommitteeFacts::default());
                };
                let procurement = procurement.state;
                if matches!(command, CommitteeCommand::Constitute { .. }) {
                    ledger.check_round_open(&procurement).await?;
                }
                let jurisdiction = procurement.terms.as_ref().map(|t| t.jurisdiction.clone());
                (procurement.opened_procurement(), jurisdiction)
            }
            Some(Subject::Contest(id)) => ledger.contest_under_review(id, now).await?,
        };
        let Some(jurisdiction) = jurisdiction else {
            return Ok(CommitteeFacts::default());
        };
        // A sheet and the conclusion are decided on the committee's own record.
        if matches!(
            command,
            CommitteeCommand::SubmitScoreSheet { .. } | CommitteeCommand::Conclude
        ) {
            return Ok(CommitteeFacts {
                jurisdiction: Some(jurisdiction.as_str().to_owned()),
                ..CommitteeFacts::default()
            });
        }
        let pool = ledger
            .expert_pool_for(&jurisdiction)
            .await?
            .map(|p| p.pool())
            .unwrap_or_default();
        // Recusal is checked against what the committee was constituted on, not against
        // what is scored now (a bid withdrawn since, a submission added).
        let bids = match &scored {
            Some(s) if state.bids.is_empty() => s.entries.clone(),
            _ => state.bids.clone(),
        };
        let mut bidders = Vec::with_capacity(bids.len());
        for b in &bids {
            if let Some(org) = ledger.load::<Organisation>(&b.organisation_id).await? {
                bidders.push(BidderRecord {
                    organisation_id: b.organisation_id,
                    name: org.state.name.clone(),
                    legal_representative_id_number: org
                        .state
                        .legal_representative
                        .as_ref()
                        .map(|r| r.id_number().to_owned())
                        .unwrap_or_default(),
                    registry_version: org.version,
                    registry_position: org.position,
                });
            }
        }
        Ok(CommitteeFacts {
            scored,
            pool,
            bidders,
            jurisdiction: Some(jurisdiction.as_str().to_owned()),
        })
    }
}

/// When the procurement's current evaluation round began: its opening, or the last answer that
/// upheld a challenge and ordered a re-evaluation.
pub fn round_start(procurement: &Procurement) -> Option<DateTime<Utc>> {
    let reevaluated = procurement
        .challenges
        .iter()
        .filter_map(|c| c.answer.as_ref())
        .filter(|a| a.decision == ChallengeDecision::UpheldReevaluation)
        .map(|a| a.answered_at)
        .max();
    procurement.opened_at.max(reevaluated)
}

impl Ledger {
    /// What a contest's jury scores (its live submissions, once the submission window has
    /// closed and until the review is recorded) and the contest's jurisdiction, for the jury's
    /// facts. Sheets, the conclusion and recusal need only the jurisdiction, which a contest
    /// keeps whatever its status.
    async fn contest_under_review(
        &self,
        contest_id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<(Option<Scored>, Option<Jurisdiction>), LedgerError> {
        let Some(contest) = self.load::<Contest>(&contest_id).await? else {
            return Ok((None, None));
        };
        let jurisdiction = contest.state.terms.as_ref().map(|t| t.jurisdiction.clone());
        Ok((contest.state.under_review(now), jurisdiction))
    }

    /// The bureau unit of a contest, if it exists: who may constitute its jury.
    pub async fn contest_bureau(&self, contest_id: Uuid) -> Result<Option<Uuid>, LedgerError> {
        Ok(self
            .load::<Contest>(&contest_id)
            .await?
            .and_then(|c| c.state.terms.map(|t| t.bureau_unit)))
    }

    /// The juries of a contest, oldest first.
    pub async fn committees_of_contest(
        &self,
        contest_id: Uuid,
    ) -> Result<Vec<CommitteeRow>, LedgerError> {
        let rows = self.read.select(committees::of_contest(contest_id)).await?;
        Ok(CommitteeRow::decode_all(rows)?)
    }

    /// The committees of a procurement, oldest first.
    pub async fn committees_of(
        &self,
        procurement_id: Uuid,
    ) -> Result<Vec<CommitteeRow>, LedgerError> {
        let rows = self
            .read
            .select(committees::of_procurement(procurement_id))
            .await?;
        Ok(CommitteeRow::decode_all(rows)?)
    }

    /// The ids of the committees `member_id` was seated on, oldest first, at most `first`.
    pub async fn committees_of_member(
        &self,
        member_id: Uuid,
        first: usize,
    ) -> Result<Vec<Uuid>, LedgerError> {
        let rows = self
            .read
            .select(committees::of_member(member_id, first))
            .await?;
        Ok(committees::committee_ids(rows)?)
    }

    /// The committee of the procurement's current evaluation round, if one was constituted.
    pub async fn current_committee(
        &self,
        procurement: &Procurement,
    ) -> Result<Option<CommitteeRow>, LedgerError> {
        let (Some(id), Some(start)) = (procurement.id, round_start(procurement)) else {
            return Ok(None);
        };
        Ok(self
            .committees_of(id)
            .await?
            .into_iter()
            .rfind(|c| c.constituted_at >= start))
    }

    /// EVAL-COMMITTEE: a round has one committee; the claim refuses a second one while the
    /// first scores, this a second one after the first concluded.
    async fn check_round_open(&self, procurement: &Procurement) -> Result<(), LedgerError> {
        if let Some(c) = self.current_committee(procurement).await?
            && c.status == "CONCLUDED"
        {
            return Err(DomainError::violation(
                rules::EVAL_COMMITTEE,
                format!(
                    "committee {} already evaluated this procurement in its current round and reported; a new committee is constituted only when a challenge is upheld for re-evaluation",
                    c.committee_id
                ),
            )
            .zh(format!(
                "评标委员会 {} 已完成本轮评审并提交报告；只有质疑成立需要重新评审时才另行组建评标委员会",
                c.committee_id
            ))
            .into());
        }
        Ok(())
    }

    /// The report of the committee that evaluated `procurement` in its current round, once it
    /// concluded.
    pub(super) async fn evaluation_report(
        &self,
        procurement: &Procurement,
    ) -> Result<Option<EvaluationReport>, LedgerError> {
        let Some(row) = self.current_committee(procurement).await? else {
            return Ok(None);
        };
        if row.status != "CONCLUDED" {
            return Ok(None);
        }
        Ok(self
            .load::<Committee>(&row.committee_id)
            .await?
            .and_then(|c| c.state.report))
    }

    /// Records a concluded committee's report on its procurement, as `actor` (who concluded),
    /// unless it is already recorded. Safe to repeat: a procurement takes a report only while
    /// it is OPENED, and a report already recorded is left as it is. Returns the procurement's
    /// outcome when it recorded one.
    pub async fn record_concluded(
        &self,
        committee: &Committee,
        meta: &CommandMeta,
        now: DateTime<Utc>,
    ) -> Result<Option<Outcome<Procurement>>, LedgerError> {
        let (Some(CommitteeStatus::Concluded), Some(procurement_id)) =
            (committee.status, committee.procurement_id)
        else {
            return Ok(None);
        };
        let Some(p) = self.load::<Procurement>(&procurement_id).await? else {
            return Ok(None);
        };
        if p.state.status != Some(ProcurementStatus::Opened) {
            return Ok(None);
        }
        let meta = CommandMeta {
            command_id: None,
            expected_version: None,
            ..meta.clone()
        };
        let outcome = self
            .execute::<Procurement>(
                procurement_id,
                ProcurementCommand::RecordEvaluation,
                &meta,
                now,
                |_, _| Ok(()),
            )
            .await?;
        Ok(Some(outcome))
    }
}

#[cfg(test)]
#[path = "committee_tests.rs"]
mod tests;
