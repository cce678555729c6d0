//! Contests on the command path: a submission reads the organisation's registry standing
//! (BID-ELIGIBLE, with its credit history for "no serious violation in N years"), recording
//! the review reads the jury's concluded report; every other command is decided on the
//! contest's own record.

use chrono::{DateTime, Utc};
use civic_domain::calendar::china_date;
use civic_domain::committee::Subject;
use civic_domain::contest::ContestStanding;
use civic_domain::{Committee, Contest, ContestCommand, ContestFacts, Organisation};
use uuid::Uuid;

use super::execute::Handled;
use super::{Ledger, LedgerError};

impl Handled for Contest {
    const NOUN: &'static str = "contest";
    const NOUN_ZH: &'static str = "大赛";

    fn jurisdiction(&self, command: &ContestCommand) -> Option<String> {
        match (command, &self.terms) {
            (ContestCommand::OpenCall { terms, .. }, _) | (_, Some(terms)) => {
                Some(terms.jurisdiction.as_str().to_owned())
            }
            _ => None,
        }
    }

    /// An opening names a fresh contest id on each try; a submission and a pledge a fresh
    /// submission or pledge id.
    fn digest_form(command: &ContestCommand) -> ContestCommand {
        let mut command = command.clone();
        match &mut command {
            ContestCommand::OpenCall { contest_id: id, .. }
            | ContestCommand::Submit {
                submission_id: id, ..
            }
            | ContestCommand::RecordPledge { pledge_id: id, .. } => *id = Uuid::nil(),
            _ => {}
        }
        command
    }

    async fn facts(
        ledger: &Ledger,
        state: &Contest,
        command: &ContestCommand,
        now: DateTime<Utc>,
    ) -> Result<ContestFacts, LedgerError> {
        match command {
            ContestCommand::Submit {
                organisation_id, ..
            } => {
                let day = china_date(now);
                let standing = ledger
                    .load::<Organisation>(organisation_id)
                    .await?
                    .map(|o| ContestStanding::of(&o.state, o.version, o.position, day));
                Ok(ContestFacts {
                    standing,
                    review: None,
                })
            }
            ContestCommand::RecordReview { committee_id } => Ok(ContestFacts {
                standing: None,
                review: ledger.contest_review(state, *committee_id).await?,
            }),
            _ => Ok(ContestFacts::default()),
        }
    }
}

impl Ledger {
    /// The concluded report of jury `committee_id`, if it is a jury of `contest`.
    async fn contest_review(
        &self,
        contest: &Contest,
        committee_id: Uuid,
    ) -> Result<Option<civic_domain::procurement::EvaluationReport>, LedgerError> {
        let Some(id) = contest.id else {
            return Ok(None);
        };
        Ok(self
            .load::<Committee>(&committee_id)
            .await?
            .filter(|c| c.state.subject() == Some(Subject::Contest(id)))
            .and_then(|c| c.state.report().cloned()))
    }
}
