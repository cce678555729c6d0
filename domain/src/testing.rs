//! Given events / when command / then events or refusal, for any [`Aggregate`].
//!
//! Every aggregate's rules are tested the same way: fold a history, decide one command in a
//! [`Context`], compare what comes out. Writing that once keeps each aggregate's tests to the
//! facts of the case, and makes a failure print the whole case (history, clock, facts, command,
//! outcome) instead of a bare `assert_eq!` diff. Compiled only for tests and for crates that
//! enable the `testing` feature, so none of it reaches a release build.
//!
//! ```ignore
//! // A test module fixes the aggregate once, so cases need no turbofish.
//! fn given(history: impl IntoIterator<Item = OrganisationEvent>) -> Given<Organisation> {
//!     civic_domain::testing::given(history)
//! }
//!
//! // One case: `then` returns the state the new events lead to.
//! let org = given(active()).with(ctx_on(2027, 3, 2)).when(rate(4)).then([awarded]);
//! assert_eq!(org.rating.map(|r| r.grade), Some(4));
//!
//! // A table: each row is a whole case; a failing row prints its history and command.
//! for (name, case, fragment) in [
//!     ("too early", given(active()).with(ctx_on(2027, 3, 1)), "eligible for rating"),
//!     ("listed", given(listed()).with(ctx_on(2027, 4, 1)), "abnormal-activity list"),
//! ] {
//!     let refusal = case.when(rate(5)).then_refused("RATE-GRADE");
//!     assert!(refusal.message().contains(fragment), "{name}: {refusal}");
//! }
//! ```

use std::fmt::{Debug, Write as _};

use crate::aggregate::{Aggregate, Context};
use crate::error::DomainError;

/// Starts a case from the events already in the stream (none for a command that opens one).
pub fn given<A: Aggregate>(history: impl IntoIterator<Item = A::Event>) -> Given<A> {
    let history: Vec<A::Event> = history.into_iter().collect();
    let state = history
        .iter()
        .fold(A::default(), |state, e| state.evolve(e));
    Given {
        history,
        state,
        ctx: (),
        translated: false,
    }
}

/// A folded history; `C` is `()` until [`Given::with`] supplies the context, so a case cannot
/// decide without a clock (there is no neutral default for "now").
#[derive(Clone)]
pub struct Given<A: Aggregate, C = ()> {
    history: Vec<A::Event>,
    state: A,
    ctx: C,
    translated: bool,
}

impl<A: Aggregate, C> Given<A, C> {
    /// The state the history leads to, for cases that assert on state rather than on a decision.
    pub fn state(&self) -> &A {
        &self.state
    }
}

impl<A: Aggregate> Given<A> {
    /// Every error this case expects must carry a Chinese text too (`DomainError::zh`). A test
    /// module whose refusals are all translated turns this on in its `given`, so that a new
    /// refusal without Chinese fails there.
    pub fn translated(mut self) -> Self {
        self.translated = true;
        self
    }

    /// The clock, registry facts, policy and calendar the decision sees.
    pub fn with(self, ctx: Context<A::Facts>) -> Given<A, Context<A::Facts>> {
        Given {
            history: self.history,
            state: self.state,
            ctx,
            translated: self.translated,
        }
    }
}

impl<A: Aggregate> Given<A, Context<A::Facts>> {
    /// Decides `command`; the `then_*` methods assert on the outcome.
    pub fn when(self, command: A::Command) -> When<A> {
        let outcome = self.state.decide(&command, &self.ctx);
        When {
            given: self,
            command,
            outcome,
        }
    }
}

/// A decided case, waiting for its expectation. Unasserted, it proves nothing.
#[must_use = "a case asserts nothing until one of its then_* methods is called"]
pub struct When<A: Aggregate> {
    given: Given<A, Context<A::Facts>>,
    command: A::Command,
    outcome: Result<Vec<A::Event>, DomainError>,
}

impl<A> When<A>
where
    A: Aggregate,
    A::Event: Debug + PartialEq,
    A::Command: Debug,
{
    /// Asserts the command is accepted with exactly `expected`, and returns the state those
    /// events lead to, which is what most cases go on to check.
    #[track_caller]
    pub fn then(self, expected: impl IntoIterator<Item = A::Event>) -> A {
        let expected: Vec<A::Event> = expected.into_iter().collect();
        match &self.outcome {
            Ok(events) if *events == expected => {}
            _ => self.fail(&format!("the events{}", numbered(&expected))),
        }
        let Given { state, .. } = self.given;
        expected.iter().fold(state, |state, e| state.evolve(e))
    }

    /// Asserts the command is accepted and returns its events, for cases that check only part
    /// of them (a pattern, one field) or feed them into the next step.
    #[track_caller]
    pub fn then_accepted(self) -> Vec<A::Event> {
        match self.outcome {
            Ok(events) => events,
            Err(_) => self.fail("acceptance"),
        }
    }

    /// Asserts a business-rule refusal (`RULE_VIOLATION`) under `rule`, and returns it so the
    /// case can check the message a clerk will read.
    #[track_caller]
    pub fn then_refused(self, rule: &str) -> DomainError {
        self.then_error(
            &format!("a refusal by {rule}"),
            |e| matches!(e, DomainError::RuleViolation { rule: r, .. } if *r == rule),
        )
    }

    /// Asserts malformed input (`VALIDATION`) in `field`, and returns the error so the case can
    /// check its rule or message.
    #[track_caller]
    pub fn then_invalid(self, field: &str) -> DomainError {
        self.then_error(
            &format!("VALIDATION of '{field}'"),
            |e| matches!(e, DomainError::Validation { field: f, .. } if *f == field),
        )
    }

    /// Asserts an error `matches`, described as `expected` in the failure message; for
    /// expectations the two methods above do not express.
    #[track_caller]
    pub fn then_error(
        self,
        expected: &str,
        matches: impl FnOnce(&DomainError) -> bool,
    ) -> DomainError {
        match self.outcome {
            Err(ref e) if matches(e) => {
                if self.given.translated && e.message_zh().is_none() {
                    self.fail(&format!(
                        "{expected}, with a Chinese text (DomainError::zh)"
                    ))
                }
                e.clone()
            }
            _ => self.fail(expected),
        }
    }

    #[track_caller]
    fn fail(&self, expected: &str) -> ! {
        let ctx = &self.given.ctx;
        let outcome = match &self.outcome {
            Ok(events) => format!("the events{}", numbered(events)),
            Err(e) => describe(e),
        };
        panic!(
            "\ngiven:{}\nwith: now {}, {:?}\nwhen: {:?}\nexpected: {expected}\ngot: {outcome}\n",
            numbered(&self.given.history),
            ctx.now,
            ctx.facts,
            self.command,
        )
    }
}

fn numbered<T: Debug>(items: &[T]) -> String {
    if items.is_empty() {
        return " (none)".into();
    }
    items
        .iter()
        .enumerate()
        .fold(String::new(), |mut out, (i, item)| {
            let _ = write!(out, "\n  {}. {item:?}", i + 1);
            out
        })
}

fn describe(e: &DomainError) -> String {
    let mut out = e.code().to_string();
    if let Some(rule) = e.rule() {
        let _ = write!(out, " by {rule}");
    }
    if let Some(field) = e.field() {
        let _ = write!(out, " of '{field}'");
    }
    let _ = write!(out, ": {}", e.message());
    if let Some(zh) = e.message_zh() {
        let _ = write!(out, " / {zh}");
    }
    out
}
