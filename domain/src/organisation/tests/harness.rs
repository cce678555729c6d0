//! The harness itself: each expectation fails when the outcome differs, and says what the case
//! was. Without these, a harness that passed everything would pass every table above.

use super::*;

use OrganisationCommand as C;

fn rate(grade: u8) -> OrganisationCommand {
    C::RateOrganisation { grade, score: 820 }
}

fn eligible() -> Given<Organisation, Context> {
    given(active()).with(ctx_on(2027, 3, 2))
}

/// The panic message of `case`, which must panic.
fn failure(case: impl FnOnce() + std::panic::UnwindSafe) -> String {
    let payload = std::panic::catch_unwind(case).expect_err("the expectation should fail");
    payload
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn then_fails_on_other_events_and_shows_the_case() {
    let message = failure(|| {
        eligible().when(rate(4)).then([rated_at(at(2027, 3, 2), 4)]);
    });
    // The history, the clock, the command and both sides are in the message.
    for part in [
        "1. RegistrationApplied",
        "2. OrganisationRegistered",
        "now 2027-03-02 09:30:00 UTC",
        "when: RateOrganisation { grade: 4, score: 820 }",
        "expected: the events\n  1. RatingAwarded { grade: 4, score: 800",
        "got: the events\n  1. RatingAwarded { grade: 4, score: 820",
    ] {
        assert!(message.contains(part), "{part:?} missing from {message}");
    }
    let message = failure(|| {
        given(active())
            .with(ctx_on(2027, 3, 1))
            .when(rate(4))
            .then([]);
    });
    assert!(
        message.contains("got: RULE_VIOLATION by RATE-GRADE: "),
        "{message}"
    );
}

#[test]
fn refusals_must_match_their_class_and_rule() {
    // Accepted is not refused.
    failure(|| {
        eligible().when(rate(4)).then_refused("RATE-GRADE");
    });
    // Another rule is not this rule.
    let message = failure(|| {
        given(active_then([suspended_at(t(3))]))
            .with(ctx_on(2027, 4, 1))
            .when(rate(3))
            .then_refused("RATE-GRADE");
    });
    assert!(
        message.contains("expected: a refusal by RATE-GRADE\ngot: RULE_VIOLATION by REG-STATE"),
        "{message}"
    );
    // Malformed input under the same rule is VALIDATION, not a refusal.
    let message = failure(|| {
        eligible().when(rate(0)).then_refused("RATE-GRADE");
    });
    assert!(
        message.contains("got: VALIDATION by RATE-GRADE of 'grade'"),
        "{message}"
    );
    // And the other way round.
    failure(|| {
        given(active())
            .with(ctx_on(2027, 3, 1))
            .when(rate(4))
            .then_invalid("grade");
    });
    // Another field is not this field.
    failure(|| {
        eligible().when(rate(0)).then_invalid("score");
    });
    // Refused is not accepted.
    failure(|| {
        eligible().when(rate(0)).then_accepted();
    });
}
