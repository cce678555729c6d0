//! The scheduler: fires the registry's time-driven transitions as they fall due.

use chrono::{DateTime, NaiveDate, Utc};
use civic_domain::calendar::china_date;
use civic_domain::{
    Aggregate, DomainCommand, Organisation, OrganisationCommand, Procurement, ProcurementCommand,
    RegistryFacts,
};
use uuid::Uuid;

use civic_projections::procurements::{DueClock, DueCursor, due_after};

use super::execute::Outcome;
use super::{CommandMeta, Ledger, LedgerError, Said};
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
            return Err(LedgerError::Validation(Said::new(
                format!(
                    "{} is in the future: a tick fires only what is due by now ({}); preview what would fire by then instead",
                    shanghai(&at),
                    shanghai(&now)
                ),
                format!(
                    "{} 是将来的时间：只能执行现在（{}）已到期的事项；如需查看届时到期的事项，请使用预览",
                    shanghai(&at),
                    shanghai(&now)
                ),
            )));
        }
        TickMode::Preview if at > preview_horizon(now) => {
            return Err(LedgerError::Validation(Said::new(
                format!(
                    "a preview looks at most {PREVIEW_YEARS} years ahead, to {}",
                    shanghai(&preview_horizon(now))
                ),
                format!(
                    "预览最多查看{PREVIEW_YEARS}年内的事项，即至{}",
                    shanghai(&preview_horizon(now))
                ),
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

/// Closings, and openings, one tick tries at most, failed ones included. A failed clock is
/// retried every tick; were the tick to try only the first [`MAX_CLOCKS_PER_TICK`] due, that
/// many failing ones (openings whose bids cannot be revealed) would take every slot for good.
/// The tick goes on past them, in the clocks' order, up to this many tries (four pages of due
/// clocks), so up to three slots' worth of failures cannot starve the clocks after them, and
/// the work of one tick stays bounded.
pub const MAX_CLOCK_TRIES_PER_TICK: usize = 4 * MAX_CLOCKS_PER_TICK;

/// How far one scan of due clocks may go.
#[derive(Debug, Clone, Copy)]
struct ScanBudget {
    /// Clocks fired, at most.
    fired: usize,
    /// Clocks tried (fired, failed or found with nothing to do), at most.
    tries: usize,
    /// Due clocks read at once.
    page: usize,
}

/// What trying one due clock came to.
enum Tried {
    Fired(ClockFired),
    Failed(ClockFailed),
    /// Another writer got there first, or the procurement is gone.
    Nothing,
}

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

/// Due clocks, and how one is fired.
trait DueClocks {
    /// Up to `limit` due clocks after `after`, in order.
    async fn due(
        &mut self,
        after: Option<DueCursor>,
        limit: usize,
    ) -> Result<Vec<DueCursor>, LedgerError>;

    async fn fire(&mut self, id: Uuid) -> Result<Tried, LedgerError>;
}

/// Fires due clocks in their order, page by page, going on past the ones that fail, until the
/// budget is spent or nothing more is due.
async fn scan_due(
    budget: ScanBudget,
    clocks: &mut impl DueClocks,
    tick: &mut ProcurementTick,
) -> Result<(), LedgerError> {
    let (mut after, mut fired, mut tries) = (None, 0, 0);
    while fired < budget.fired && tries < budget.tries {
        let want = budget.page.min(budget.tries - tries);
        let page = clocks.due(after, want).await?;
        let last = page.len() < want;
        for cursor in page {
            after = Some(cursor);
            tries += 1;
            match clocks.fire(cursor.1).await? {
                Tried::Fired(f) => {
                    fired += 1;
                    tick.fired.push(f);
                }
                Tried::Failed(f) => tick.failed.push(f),
                Tried::Nothing => {}
            }
            if fired >= budget.fired {
                break;
            }
        }
        if last {
            break;
        }
    }
    Ok(())
}

/// The procurements whose clock is due by a tick's instant.
struct Clocks<'a> {
    ledger: &'a Ledger,
    at: DateTime<Utc>,
    meta: &'a CommandMeta,
    clock: DueClock,
}

impl DueClocks for Clocks<'_> {
    async fn due(
        &mut self,
        after: Option<DueCursor>,
        limit: usize,
    ) -> Result<Vec<DueCursor>, LedgerError> {
        Ok(due_after(self.ledger.read.as_ref(), self.clock, self.at, after, limit).await?)
    }

    async fn fire(&mut self, id: Uuid) -> Result<Tried, LedgerError> {
        let Some(current) = self.ledger.load::<Procurement>(&id).await? else {
            return Ok(Tried::Nothing);
        };
        // Bidding closed by law at the deadline, and is dated by it; an opening is done now.
        let (command, due_at, decided_at) = match self.clock {
            DueClock::CloseBidding => {
                let Some(deadline) = current.state.bid_deadline() else {
                    return Ok(Tried::Nothing);
                };
                (ProcurementCommand::CloseBidding, deadline, deadline)
            }
            DueClock::Open => {
                let Some(opening) = current.state.opening_at() else {
                    return Ok(Tried::Nothing);
                };
                (ProcurementCommand::Open, opening, self.at)
            }
        };
        let name = command.name();
        let fired = self
            .ledger
            .execute_with_policy_of::<Procurement>(
                id,
                command,
                self.meta,
                decided_at,
                self.at,
                |_, _| Ok(()),
            )
            .await;
        Ok(match fired {
            Ok(o) => Tried::Fired(ClockFired {
                procurement: id,
                command: name,
                version: o.version,
                due_at,
            }),
            Err(e) if lost_race(&e) => Tried::Nothing,
            Err(error) => {
                tracing::warn!(procurement = %id, command = name, error = %error, "a procurement clock could not be fired; the next tick tries again");
                Tried::Failed(ClockFailed {
                    procurement: id,
                    command: name,
                    error,
                })
            }
        })
    }
}

impl Ledger {
    /// Fires the procurements' clocks due by `at`: first closes bidding of every published
    /// procurement whose bid deadline has passed (dated by the deadline, when bidding closed
    /// by law), then opens the bids of those whose opening instant has come. At most
    /// [`MAX_CLOCKS_PER_TICK`] of each a tick. A clock that cannot be fired (an opening whose
    /// bids cannot be revealed) is reported in [`ProcurementTick::failed`] and tried again next
    /// tick; the tick goes on past it to the later ones, up to [`MAX_CLOCK_TRIES_PER_TICK`]
    /// tries of each. With [`TickMode::Preview`], says what is due, writing nothing.
    pub async fn tick_procurements(
        &self,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
        mode: TickMode,
    ) -> Result<ProcurementTick, LedgerError> {
        use civic_projections::procurements::due;
        check_instant(at, now, mode)?;
        let mut tick = ProcurementTick::default();
        if mode == TickMode::Fire {
            let meta = scheduler(at);
            let budget = ScanBudget {
                fired: MAX_CLOCKS_PER_TICK,
                tries: MAX_CLOCK_TRIES_PER_TICK,
                page: MAX_CLOCKS_PER_TICK,
            };
            // The openings are read after the closings, which the read model shows at once.
            for clock in [DueClock::CloseBidding, DueClock::Open] {
                let mut clocks = Clocks {
                    ledger: self,
                    at,
                    meta: &meta,
                    clock,
                };
                scan_due(budget, &mut clocks, &mut tick).await?;
            }
            return Ok(tick);
        }
        let closing = due(
            self.read.as_ref(),
            DueClock::CloseBidding,
            at,
            MAX_CLOCKS_PER_TICK,
        )
        .await?;
        // What the preview closes and would then open in the same tick.
        let mut closed_in_preview = Vec::new();
        for id in closing {
            let Some(current) = self.load::<Procurement>(&id).await? else {
                continue;
            };
            let Some(deadline) = current.state.bid_deadline() else {
                continue;
            };
            if current.state.opening_at().is_some_and(|o| o <= at) {
                closed_in_preview.push((id, current.version + 1, current.state.opening_at()));
            }
            tick.fired.push(ClockFired {
                procurement: id,
                command: ProcurementCommand::CloseBidding.name(),
                version: current.version + 1,
                due_at: deadline,
            });
        }
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
                command: ProcurementCommand::Open.name(),
                version: version + 1,
                due_at,
            });
        }
        Ok(tick)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` due openings, one a minute from the epoch, ids in the same order.
    fn due_clocks(n: usize) -> Vec<DueCursor> {
        (0..n)
            .map(|i| (i as i64 * 60_000_000, Uuid::now_v7()))
            .collect()
    }

    struct Fake<'a> {
        clocks: &'a [DueCursor],
        failing: &'a [Uuid],
        tried: usize,
    }

    impl DueClocks for Fake<'_> {
        async fn due(
            &mut self,
            after: Option<DueCursor>,
            limit: usize,
        ) -> Result<Vec<DueCursor>, LedgerError> {
            Ok(self
                .clocks
                .iter()
                .filter(|c| after.is_none_or(|a| **c > a))
                .take(limit)
                .copied()
                .collect())
        }

        async fn fire(&mut self, id: Uuid) -> Result<Tried, LedgerError> {
            self.tried += 1;
            Ok(if self.failing.contains(&id) {
                Tried::Failed(ClockFailed {
                    procurement: id,
                    command: "OpenBids",
                    error: LedgerError::Internal("the bids cannot be revealed".into()),
                })
            } else {
                Tried::Fired(ClockFired {
                    procurement: id,
                    command: "OpenBids",
                    version: 3,
                    due_at: Utc::now(),
                })
            })
        }
    }

    /// Runs a scan over `clocks` where the ids in `failing` fail; returns the ids fired and
    /// failed, and how many clocks were tried.
    async fn scan(
        budget: ScanBudget,
        clocks: &[DueCursor],
        failing: &[Uuid],
    ) -> (Vec<Uuid>, Vec<Uuid>, usize) {
        let mut tick = ProcurementTick::default();
        let mut fake = Fake {
            clocks,
            failing,
            tried: 0,
        };
        scan_due(budget, &mut fake, &mut tick).await.unwrap();
        (
            tick.fired.iter().map(|f| f.procurement).collect(),
            tick.failed.iter().map(|f| f.procurement).collect(),
            fake.tried,
        )
    }

    #[tokio::test]
    async fn failing_openings_do_not_take_the_slots_of_later_ones() {
        // Two slots a tick, pages of two, eight tries: the first five openings fail.
        let budget = ScanBudget {
            fired: 2,
            tries: 8,
            page: 2,
        };
        let clocks = due_clocks(10);
        let ids: Vec<Uuid> = clocks.iter().map(|c| c.1).collect();
        let (fired, failed, tried) = scan(budget, &clocks, &ids[..5]).await;
        assert_eq!(failed, ids[..5], "each failure is reported once, in order");
        assert_eq!(fired, ids[5..7], "the next openings due take the slots");
        assert_eq!(tried, 7, "the tick stops once its slots are taken");
    }

    #[tokio::test]
    async fn a_tick_tries_a_bounded_number_of_openings() {
        let budget = ScanBudget {
            fired: 2,
            tries: 8,
            page: 3,
        };
        let clocks = due_clocks(20);
        let ids: Vec<Uuid> = clocks.iter().map(|c| c.1).collect();
        // More failures than tries: the tick gives up after its tries, the rest wait.
        let (fired, failed, tried) = scan(budget, &clocks, &ids[..12]).await;
        assert!(fired.is_empty());
        assert_eq!(failed, ids[..8]);
        assert_eq!(tried, 8);
        // Nothing failing: the slots bound it.
        let (fired, failed, tried) = scan(budget, &clocks, &[]).await;
        assert_eq!((fired, failed, tried), (ids[..2].to_vec(), vec![], 2));
        // Fewer due than a page: all of them, and the scan ends.
        let (fired, failed, _) = scan(budget, &clocks[..1], &ids[..1]).await;
        assert_eq!((fired, failed), (vec![], ids[..1].to_vec()));
    }
}
