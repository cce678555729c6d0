//! The scheduler: fires the registry's time-driven transitions as they fall due.

use chrono::{DateTime, NaiveDate, Utc};
use civic_domain::calendar::china_date;
use civic_domain::{
    Aggregate, DomainCommand, Organisation, OrganisationCommand, Procurement, ProcurementCommand,
    RegistryFacts,
};
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

/// Transitions one tick fires for one organisation at most; the next tick goes on.
const MAX_CATCH_UP: usize = 4096;

/// A tick fires only what is due by now; a preview looks a bounded way ahead.
fn check_instant(at: DateTime<Utc>, now: DateTime<Utc>, mode: TickMode) -> Result<(), LedgerError> {
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
    Ok(())
}

/// Who the scheduler's commands are recorded as issued by.
fn scheduler(at: DateTime<Utc>) -> CommandMeta {
    CommandMeta {
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
    }
}

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
        check_instant(at, now, mode)?;
        let today = china_date(at);
        let due = self.read.due_by(today).await?;
        let meta = scheduler(at);
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

/// Procurements one tick closes, and opens, at most: the next tick goes on with the rest.
pub const MAX_CLOCKS_PER_TICK: usize = 256;

/// A procurement clock the scheduler fired (in a preview: would fire).
#[derive(Debug, Clone)]
pub struct ClockFired {
    pub procurement: Uuid,
    /// `CloseBidding` or `OpenBids`.
    pub command: &'static str,
    /// The stream's version after it (in a preview: would be).
    pub version: u64,
    /// The instant it fell due: the bid deadline, or the opening instant.
    pub due_at: DateTime<Utc>,
}

/// A procurement clock that came due and could not be fired: the next tick tries again.
#[derive(Debug)]
pub struct ClockFailed {
    pub procurement: Uuid,
    pub command: &'static str,
    pub error: LedgerError,
}

/// What a tick did with the procurements' clocks.
#[derive(Debug, Default)]
pub struct ProcurementTick {
    pub fired: Vec<ClockFired>,
    pub failed: Vec<ClockFailed>,
}

/// Whether a refusal only says that another writer got there first (the procurement is no
/// longer in the state the clock fires from): the tick re-decided and found nothing to do.
fn lost_race(e: &LedgerError) -> bool {
    match e {
        LedgerError::Conflict(_) => true,
        LedgerError::Domain(d) => d.rule() == Some(civic_domain::error::rules::PROC_STATE),
        _ => false,
    }
}

impl Ledger {
    /// Fires the procurements' clocks due by `at`: first closes bidding of every published
    /// procurement whose bid deadline has passed (dated by the deadline, when bidding closed
    /// by law), then opens the bids of those whose opening instant has come. At most
    /// [`MAX_CLOCKS_PER_TICK`] of each a tick. An opening that cannot be done (its bids cannot
    /// be revealed) is reported in [`ProcurementTick::failed`] and tried again next tick; it
    /// does not stop the others. With [`TickMode::Preview`], says what is due, writing nothing.
    pub async fn tick_procurements(
        &self,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
        mode: TickMode,
    ) -> Result<ProcurementTick, LedgerError> {
        use civic_projections::procurements::{DueClock, due};
        check_instant(at, now, mode)?;
        let meta = scheduler(at);
        let mut tick = ProcurementTick::default();
        let closing = due(
            self.read.as_ref(),
            DueClock::CloseBidding,
            at,
            MAX_CLOCKS_PER_TICK,
        )
        .await?;
        let mut closed_in_preview = Vec::new();
        for id in closing {
            let Some(current) = self.load::<Procurement>(&id).await? else {
                continue;
            };
            let Some(deadline) = current.state.bid_deadline() else {
                continue;
            };
            let command = ProcurementCommand::CloseBidding;
            let name = command.name();
            let next = match mode {
                TickMode::Fire => self
                    .execute_with_policy_of::<Procurement>(
                        id,
                        command,
                        &meta,
                        deadline,
                        at,
                        |_, _| Ok(()),
                    )
                    .await
                    .map(|o| o.version),
                TickMode::Preview => {
                    if current.state.opening_at().is_some_and(|o| o <= at) {
                        closed_in_preview.push((
                            id,
                            current.version + 1,
                            current.state.opening_at(),
                        ));
                    }
                    Ok(current.version + 1)
                }
            };
            match next {
                Ok(version) => tick.fired.push(ClockFired {
                    procurement: id,
                    command: name,
                    version,
                    due_at: deadline,
                }),
                Err(e) if lost_race(&e) => {}
                Err(error) => tick.failed.push(ClockFailed {
                    procurement: id,
                    command: name,
                    error,
                }),
            }
        }
        let name = ProcurementCommand::Open.name();
        if mode == TickMode::Preview {
            let opening = due(self.read.as_ref(), DueClock::Open, at, MAX_CLOCKS_PER_TICK).await?;
            for id in opening {
                let Some(current) = self.load::<Procurement>(&id).await? else {
                    continue;
                };
                closed_in_preview.push((id, current.version, current.state.opening_at()));
            }
            for (id, version, opening_at) in closed_in_preview {
                let Some(due_at) = opening_at else { continue };
                tick.fired.push(ClockFired {
                    procurement: id,
                    command: name,
                    version: version + 1,
                    due_at,
                });
            }
            return Ok(tick);
        }
        // Read after the closings, which the read model shows at once.
        let opening = due(self.read.as_ref(), DueClock::Open, at, MAX_CLOCKS_PER_TICK).await?;
        for id in opening {
            let Some(current) = self.load::<Procurement>(&id).await? else {
                continue;
            };
            let Some(due_at) = current.state.opening_at() else {
                continue;
            };
            match self
                .execute_with_policy_of::<Procurement>(
                    id,
                    ProcurementCommand::Open,
                    &meta,
                    at,
                    at,
                    |_, _| Ok(()),
                )
                .await
            {
                Ok(o) => tick.fired.push(ClockFired {
                    procurement: id,
                    command: name,
                    version: o.version,
                    due_at,
                }),
                Err(e) if lost_race(&e) => {}
                Err(error) => {
                    tracing::warn!(procurement = %id, error = %error, "the opening could not be done; the next tick tries again");
                    tick.failed.push(ClockFailed {
                        procurement: id,
                        command: name,
                        error,
                    });
                }
            }
        }
        Ok(tick)
    }
}
