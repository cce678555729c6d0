//! The scheduler: fires the registry's time-driven transitions as they fall due.

use chrono::{DateTime, NaiveDate, Utc};
use civic_domain::calendar::china_date;
use civic_domain::{Aggregate, Organisation, OrganisationCommand, RegistryFacts};
use uuid::Uuid;

use super::execute::Outcome;
use super::{CommandMeta, Ledger, LedgerError};
use crate::auth::{Claims, Role};
use crate::graphql::scalars::shanghai;

/// One time-driven transition fired by [`Ledger::tick`].
#[derive(Debug, Clone)]
pub struct Fired {
    pub organisation: Uuid,
    pub command: &'static str,
    /// The stream's version after it (in a preview: would be).
    pub version: u64,
    /// The day it fell due; what it records is dated by it.
    pub due_on: NaiveDate,
}

/// What a tick does with what is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickMode {
    /// Record every transition due by the tick's instant, which may not be in the future.
    Fire,
    /// Say what would fire by the instant, writing nothing.
    Preview,
}

/// How far ahead a preview looks: every year ahead adds a transition or two per
/// organisation to compute and return.
pub const PREVIEW_YEARS: u32 = 10;

fn preview_horizon(now: DateTime<Utc>) -> DateTime<Utc> {
    now.checked_add_months(chrono::Months::new(PREVIEW_YEARS * 12))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// An instant as a clerk reads it: China time, to the second.
/// Transitions one tick fires for one organisation at most; the next tick goes on.
const MAX_CATCH_UP: usize = 4096;

impl Ledger {
    /// Fires every time-driven transition due by `at` (preparation lapses, unfiled annual
    /// reports, abnormal listings reaching two years, listings removed after their period,
    /// ratings expiring), or with [`TickMode::Preview`] says what would fire, writing nothing.
    ///
    /// A transition is decided as of the day it fell due ([`DueCommands::decided_at`]), so one
    /// fired late is dated by when it was due, and the clocks it restarts run from then. A clock
    /// in the future is only a preview: firing at an `at` after `now` is refused. Each fires
    /// once: `decide` refuses a transition already made, and a concurrent tick that loses the
    /// race for a stream re-decides and finds nothing to do.
    ///
    /// [`DueCommands::decided_at`]: civic_domain::organisation::DueCommands::decided_at
    pub async fn tick(
        &self,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
        mode: TickMode,
    ) -> Result<Vec<Fired>, LedgerError> {
        match mode {
            TickMode::Fire if at > now => {
                return Err(LedgerError::Validation(format!(
                    "{} is in the future: a tick fires only what is due by now ({}); preview what would fire by then instead",
                    shanghai(&at),
                    shanghai(&now)
                )));
            }
            TickMode::Preview if at > preview_horizon(now) => {
                return Err(LedgerError::Validation(format!(
                    "a preview looks at most {PREVIEW_YEARS} years ahead, to {}",
                    shanghai(&preview_horizon(now))
                )));
            }
            _ => {}
        }
        let today = china_date(at);
        let due = self.read.due_by(today).await?;
        let meta = CommandMeta {
            actor: Claims {
                sub: "civic-ledger scheduler".into(),
                role: Role::Admin,
                jurisdiction: None,
                organisation: None,
                iat: at.timestamp(),
                exp: at.timestamp(),
                jti: Uuid::nil(),
            },
            command_id: None,
            expected_version: None,
            correlation_id: Uuid::now_v7(),
        };
        let mut fired = Vec::new();
        for id in due {
            let Some(mut current) = self.load_organisation(&id).await? else {
                continue;
            };
            let jurisdiction = current
                .state
                .jurisdiction
                .as_ref()
                .map(|j| j.as_str().to_owned());
            // One policy for the whole catch-up, the one in force at `at`: the due dates are
            // computed with it, so `decide` agrees on what is due.
            let policy = self.policy_for(jurisdiction.as_deref(), at);
            let mut left = MAX_CATCH_UP;
            'catching_up: while left > 0 {
                let Some(due) = current.state.first_due_commands(today, &policy) else {
                    break;
                };
                for command in due.commands.iter() {
                    let name = command.name();
                    let next = match mode {
                        TickMode::Fire => {
                            self.execute_with_policy_of::<Organisation>(
                                id,
                                command.clone(),
                                &meta,
                                due.decided_at(),
                                at,
                                |_, _| Ok(()),
                            )
                            .await
                        }
                        TickMode::Preview => {
                            self.decided_in_memory(&current, command, due.decided_at(), at)
                        }
                    };
                    match next {
                        Ok(outcome) => {
                            left -= 1;
                            fired.push(Fired {
                                organisation: id,
                                command: name,
                                version: outcome.version,
                                due_on: due.due_on,
                            });
                            current = outcome;
                        }
                        // Another tick got there first, and goes on from there.
                        Err(LedgerError::Domain(_) | LedgerError::Conflict(_)) => {
                            break 'catching_up;
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        Ok(fired)
    }

    /// What `command` would make of `current`, decided at `now` without writing; the position
    /// stays that of the last event written.
    fn decided_in_memory(
        &self,
        current: &Outcome,
        command: &OrganisationCommand,
        now: DateTime<Utc>,
        policy_on: DateTime<Utc>,
    ) -> Result<Outcome, LedgerError> {
        let context = self.context(
            &current.state,
            command,
            now,
            policy_on,
            RegistryFacts::default(),
        );
        let decided = current.state.decide(command, &context)?;
        Ok(Outcome {
            version: current.version + decided.len() as u64,
            state: decided
                .iter()
                .fold(current.state.clone(), |s, e| s.evolve(e)),
            position: current.position,
        })
    }
}
