//! Statutory clocks: what is open and by when (REG-DECISION-DUE), and which time-driven commands
//! the scheduler should issue.
//!
//! Recorded deadlines (`decisionDue`, `establishmentDue`, `escalatesOn`, …) come from the events,
//! so a policy change never moves a clock already running. Only annual reports, whose clock
//! starts with the calendar year rather than an event, read the policy passed in.
//!
//! The serious list's `removableFrom` is deliberately not a case: nobody misses it, removal
//! happens only on application, and the profile already shows it in the credit standing.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::commands::OrganisationCommand;
use super::credit::{AbnormalListing, CreditStanding, RemovalBasis};
use super::state::{Organisation, OrganisationStatus};
use crate::calendar::{add_days, china_date, start_of_china_day};
use crate::error::rules;
use crate::policy::Policy;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "case", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CaseKind {
    /// Single-stage registration; `due`: last day for the decision.
    RegistrationDecision,
    /// `due`: last day for the decision on preparation.
    PreparationDecision,
    /// `due`: last day for the decision on establishment.
    EstablishmentDecision,
    /// `due`: last day for the group to apply for establishment; it lapses the day after.
    EstablishmentApplication,
    /// `due`: last day to file; marked not filed the day after.
    #[serde(rename_all = "camelCase")]
    AnnualReport { year: i32 },
    /// `due`: the day the abnormal listing moves to the serious list unless removed before.
    AbnormalEscalation,
    /// `due`: the day a listing that needs no rectification is removed automatically.
    AbnormalAutoRemoval,
    /// After a verified rectification; `due`: last day to remove the listing.
    AbnormalRemovalDecision,
    /// `due`: last day the grade is valid; it expires the day after.
    RatingExpiry,
}

impl CaseKind {
    /// The rule whose clock this is.
    pub fn rule(self) -> &'static str {
        match self {
            Self::RegistrationDecision
            | Self::PreparationDecision
            | Self::EstablishmentDecision => rules::REG_DECISION_DUE,
            Self::EstablishmentApplication => rules::REG_TWO_STAGE,
            Self::AnnualReport { .. } => rules::REG_ANNUAL_REPORT,
            Self::AbnormalEscalation
            | Self::AbnormalAutoRemoval
            | Self::AbnormalRemovalDecision => rules::CREDIT_ABNORMAL,
            Self::RatingExpiry => rules::RATE_GRADE,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenCase {
    pub kind: CaseKind,
    pub opened_on: NaiveDate,
    pub due: NaiveDate,
}

impl OpenCase {
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        today > self.due
    }
}

/// The time-driven commands that fell due first, on the day they fell due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueCommands {
    pub due_on: NaiveDate,
    /// In the order to issue them.
    pub commands: Vec<OrganisationCommand>,
}

impl DueCommands {
    /// The instant to decide them at: the start of the day they fell due, however late they
    /// are issued, so that what they record (a listing's date, the removal date counted from
    /// it, the day a report was marked not filed) is dated by when it was due.
    pub fn decided_at(&self) -> DateTime<Utc> {
        start_of_china_day(self.due_on)
    }
}

use OrganisationStatus as S;

/// Where credit-list clocks run: the listing commands' own states.
const LISTABLE: [S; 3] = [S::Active, S::Suspended, S::Liquidating];
/// Where annual reports are owed.
const REPORTING: [S; 2] = [S::Active, S::Suspended];

impl Organisation {
    fn status_in(&self, statuses: &[S]) -> bool {
        self.status.is_some_and(|s| statuses.contains(&s))
    }

    fn listing_with_running_clock(&self) -> Option<&AbnormalListing> {
        match &self.credit {
            CreditStanding::Abnormal(l) if self.status_in(&LISTABLE) => Some(l),
            _ => None,
        }
    }

    /// Report years owed and not yet settled, from the registration year up to (excluding)
    /// `until_year`.
    fn unsettled_report_years(&self, until_year: i32) -> impl Iterator<Item = i32> + '_ {
        let from = if self.status_in(&REPORTING) {
            self.registered_on().map_or(until_year, |d| d.year())
        } else {
            until_year
        };
        (from..until_year).filter(|y| !self.annual_report(*y).is_some_and(|r| r.is_settled()))
    }

    /// The first report year not yet settled, whatever the date.
    fn first_unsettled_report_year(&self) -> Option<i32> {
        if !self.status_in(&REPORTING) {
            return None;
        }
        let mut year = self.registered_on()?.year();
        while self.annual_report(year).is_some_and(|r| r.is_settled()) {
            year = year.checked_add(1)?;
        }
        Some(year)
    }

    /// Every running clock, earliest due first. Decision cases fall back to the national period
    /// only for states stored before `decisionDue` was recorded.
    pub fn open_cases(&self, today: NaiveDate, policy: &Policy) -> Vec<OpenCase> {
        let mut cases = Vec::new();
        let applied_on = self.applied_at.map(china_date);
        let decision = |kind, opened_on: Option<NaiveDate>, days| {
            let opened_on = opened_on?;
            let due = self
                .decision_due
                .unwrap_or_else(|| add_days(opened_on, days));
            Some(OpenCase {
                kind,
                opened_on,
                due,
            })
        };
        let stage = match self.status {
            Some(S::Applied) => decision(
                CaseKind::RegistrationDecision,
                applied_on,
                policy.decision_due_days,
            ),
            Some(S::PrepApplied) => decision(
                CaseKind::PreparationDecision,
                applied_on,
                policy.decision_due_days,
            ),
            Some(S::EstabApplied) => decision(
                CaseKind::EstablishmentDecision,
                self.establishment_applied_at.map(china_date),
                policy.establishment_decision_due_days,
            ),
            Some(S::Preparing) => self
                .preparation_approved_at
                .zip(self.establishment_due)
                .map(|(approved_at, due)| OpenCase {
                    kind: CaseKind::EstablishmentApplication,
                    opened_on: china_date(approved_at),
                    due,
                }),
            _ => None,
        };
        cases.extend(stage);
        for year in self.unsettled_report_years(today.year()) {
            let opened_on = year
                .checked_add(1)
                .and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
                .unwrap_or(NaiveDate::MAX);
            cases.push(OpenCase {
                kind: CaseKind::AnnualReport { year },
                opened_on,
                due: policy.annual_report_due(year),
            });
        }
        if let Some(l) = self.listing_with_running_clock() {
            cases.push(OpenCase {
                kind: CaseKind::AbnormalEscalation,
                opened_on: l.listed_on,
                due: l.escalates_on,
            });
            if let Some(due) = l.auto_removable_on.filter(|_| !l.rectification_required) {
                cases.push(OpenCase {
                    kind: CaseKind::AbnormalAutoRemoval,
                    opened_on: l.listed_on,
                    due,
                });
            }
            if let (Some(verified_at), Some(due)) = (l.rectification_verified_at, l.removal_due) {
                cases.push(OpenCase {
                    kind: CaseKind::AbnormalRemovalDecision,
                    opened_on: china_date(verified_at),
                    due,
                });
            }
        }
        if let Some(r) = &self.rating {
            cases.push(OpenCase {
                kind: CaseKind::RatingExpiry,
                opened_on: r.valid_from,
                due: r.valid_until,
            });
        }
        cases.sort_by_key(|c| (c.due, c.opened_on));
        cases
    }

    /// The time-driven commands whose moment has come by `today`. Issued in the order
    /// returned, `decide` accepts each (with a `now` on or after `today`) even after the ones
    /// before it were recorded: credit clocks come before new listings for missed reports, so a
    /// listing that has run its course ends or escalates before a new trigger restarts it.
    /// Once its event is recorded a command is no longer returned, and `decide` refuses it if
    /// it is issued again.
    pub fn due_commands(&self, today: NaiveDate, policy: &Policy) -> Vec<OrganisationCommand> {
        let mut due = Vec::new();
        if self.status == Some(S::Preparing) && self.establishment_due.is_some_and(|d| today > d) {
            due.push(OrganisationCommand::LapsePreparation);
        }
        if let Some(l) = self.listing_with_running_clock() {
            let removable = l
                .auto_removable_on
                .filter(|_| !l.rectification_required)
                .is_some_and(|d| today >= d);
            // A removed listing no longer escalates: issuing both would leave the second
            // refused.
            if removable {
                due.push(OrganisationCommand::RemoveFromAbnormal {
                    basis: RemovalBasis::PeriodElapsed,
                    reason: None,
                });
            } else if today >= l.escalates_on {
                due.push(OrganisationCommand::EscalateToSerious);
            }
        }
        for year in self.unsettled_report_years(today.year()) {
            if today > policy.annual_report_due(year) {
                due.push(OrganisationCommand::MarkAnnualReportNotFiled { year });
            }
        }
        if self.rating_clock_runs() && self.rating.as_ref().is_some_and(|r| today > r.valid_until) {
            due.push(OrganisationCommand::ExpireRating);
        }
        due
    }

    /// The time-driven commands a scheduler that never missed a day would issue next, if they
    /// fell due by `today`: those due on [`Organisation::next_due`]. A scheduler catching up
    /// issues them at [`DueCommands::decided_at`] and asks again: each clock they restart
    /// (a new listing for a missed report, say) then runs from the day it restarted, so late
    /// transitions land where timely ones would have.
    pub fn first_due_commands(&self, today: NaiveDate, policy: &Policy) -> Option<DueCommands> {
        let due_on = self.next_due(policy).filter(|d| *d <= today)?;
        let commands = self.due_commands(due_on, policy);
        (!commands.is_empty()).then_some(DueCommands { due_on, commands })
    }

    /// The earliest day on which [`Organisation::due_commands`] returns something (possibly in
    /// the past, when a command is overdue), for the scheduler's index; `None` when no clock
    /// runs.
    pub fn next_due(&self, policy: &Policy) -> Option<NaiveDate> {
        let day_after = |d: NaiveDate| d.succ_opt().unwrap_or(NaiveDate::MAX);
        let mut candidates = Vec::new();
        if self.status == Some(S::Preparing) {
            candidates.extend(self.establishment_due.map(day_after));
        }
        if let Some(year) = self.first_unsettled_report_year() {
            candidates.push(day_after(policy.annual_report_due(year)));
        }
        if let Some(l) = self.listing_with_running_clock() {
            candidates.push(l.escalates_on);
            candidates.extend(l.auto_removable_on.filter(|_| !l.rectification_required));
        }
        if self.rating_clock_runs() {
            candidates.extend(self.rating.as_ref().map(|r| day_after(r.valid_until)));
        }
        candidates.into_iter().min()
    }

    fn rating_clock_runs(&self) -> bool {
        OrganisationCommand::ExpireRating
            .allowed_statuses()
            .is_some_and(|allowed| self.status_in(allowed))
    }
}
