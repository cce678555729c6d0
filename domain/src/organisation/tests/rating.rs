//! Ratings (RATE-GRADE; Part B §2.5, §3.2). `active()` was registered on 2 March 2025, so it
//! is eligible from 2 March 2027.

use super::*;

use crate::error::rules::{RATE_GRADE, REG_STATE};
use OrganisationCommand as C;

fn rate(grade: u8) -> OrganisationCommand {
    C::RateOrganisation { grade, score: 820 }
}

/// 4A awarded on 1 April 2027, valid until 1 April 2032.
fn rated() -> Vec<OrganisationEvent> {
    active_then([rated_at(at(2027, 4, 1), 4)])
}

#[test]
fn a_grade_is_awarded_for_five_years() {
    let org = given(active())
        .with(ctx_on(2027, 3, 2))
        .when(rate(4))
        .then([OrganisationEvent::RatingAwarded {
            grade: 4,
            score: 820,
            awarded_at: at(2027, 3, 2),
            valid_from: date(2027, 3, 2),
            valid_until: date(2032, 3, 2),
        }]);
    assert_eq!(
        org.rating,
        Some(Rating {
            grade: 4,
            score: 820,
            awarded_at: at(2027, 3, 2),
            valid_from: date(2027, 3, 2),
            valid_until: date(2032, 3, 2),
            ended_at: None,
        })
    );
    assert!(org.rating_history.is_empty());
    for (grade, score) in [(1, 0), (5, 1000)] {
        given(active())
            .with(ctx_on(2027, 3, 2))
            .when(C::RateOrganisation { grade, score })
            .then_accepted();
    }
}

#[test]
fn grades_and_scores_are_validated() {
    for (grade, score, field) in [(0, 500, "grade"), (6, 500, "grade"), (3, 1001, "score")] {
        let e = given(active())
            .with(ctx_on(2027, 3, 2))
            .when(C::RateOrganisation { grade, score })
            .then_invalid(field);
        assert_eq!(e.rule(), Some(RATE_GRADE));
    }
}

#[test]
fn rating_refusals() {
    let listed_abnormal = active_then([abnormal_at(
        at(2027, 1, 5),
        AbnormalTrigger::Unreachable,
        false,
    )]);
    let listed_serious = active_then([serious_at(at(2026, 1, 5), SeriousTrigger::LargeFine)]);
    let cases = vec![
        (
            "one day short of two full years",
            given(active()).with(ctx_on(2027, 3, 1)),
            "eligible for rating from 2027-03-02",
        ),
        (
            "on the abnormal list",
            given(listed_abnormal).with(ctx_on(2027, 4, 1)),
            "on the abnormal-activity list",
        ),
        (
            "on the serious list",
            given(listed_serious).with(ctx_on(2028, 4, 1)),
            "on the serious-violation list",
        ),
        (
            "the grade is still valid",
            given(rated()).with(ctx_on(2032, 4, 1)),
            "valid until 2032-04-01",
        ),
    ];
    for (name, case, fragment) in cases {
        let e = case.when(rate(5)).then_refused(RATE_GRADE);
        assert!(e.to_string().contains(fragment), "{name}: {e}");
    }
    // Eligibility counts from the China-local registration date: registered at 20:00 UTC on
    // 1 March 2025 means 2 March in China.
    let late_evening = given([
        applied(),
        registered_at(Utc.with_ymd_and_hms(2025, 3, 1, 20, 0, 0).unwrap()),
    ]);
    late_evening
        .clone()
        .with(ctx_on(2027, 3, 1))
        .when(rate(3))
        .then_refused(RATE_GRADE);
    late_evening
        .with(ctx_on(2027, 3, 2))
        .when(rate(3))
        .then_accepted();
    // Only ACTIVE organisations are rated.
    given(active_then([suspended_at(t(3))]))
        .with(ctx_on(2027, 4, 1))
        .when(rate(3))
        .then_refused(REG_STATE);
    // The policy sets the waiting period.
    let one_year = Policy {
        rating_min_years_registered: 1,
        ..Policy::default()
    };
    given(active())
        .with(ctx_on(2026, 3, 2).with_policy(one_year))
        .when(rate(3))
        .then_accepted();
}

#[test]
fn a_grade_expires_once_and_can_then_be_renewed() {
    let e = given(rated())
        .with(ctx_on(2032, 4, 1))
        .when(C::ExpireRating)
        .then_refused(RATE_GRADE);
    assert!(e.to_string().contains("valid until 2032-04-01"), "{e}");
    let expired = OrganisationEvent::RatingExpired {
        expired_at: at(2032, 4, 2),
    };
    let org = given(rated())
        .with(ctx_on(2032, 4, 2))
        .when(C::ExpireRating)
        .then([expired.clone()]);
    assert_eq!(org.rating, None);
    assert_eq!(org.rating_history.len(), 1);
    assert_eq!(org.rating_history[0].grade, 4);
    assert_eq!(org.rating_history[0].ended_at, Some(at(2032, 4, 2)));
    let mut events = rated();
    events.push(expired);
    // Never twice.
    given(events.clone())
        .with(ctx_on(2032, 4, 3))
        .when(C::ExpireRating)
        .then_refused(RATE_GRADE);
    given(active())
        .with(ctx())
        .when(C::ExpireRating)
        .then_refused(RATE_GRADE);
    // Re-rating after expiry.
    let out = given(events.clone())
        .with(ctx_on(2032, 5, 1))
        .when(rate(5))
        .then_accepted();
    events.extend(out);
    let org = given(events).state().clone();
    assert_eq!(org.rating.as_ref().map(|r| r.grade), Some(5));
    assert_eq!(org.rating_history.len(), 1);
    // A grade past its date may be replaced before the expiry is recorded; it moves to the
    // history then.
    let mut replaced = rated();
    replaced.extend(
        given(rated())
            .with(ctx_on(2032, 4, 2))
            .when(rate(3))
            .then_accepted(),
    );
    let org = given(replaced).state().clone();
    assert_eq!(org.rating.as_ref().map(|r| r.grade), Some(3));
    assert_eq!(org.rating_history[0].ended_at, Some(at(2032, 4, 2)));
    // An ended organisation's grade still expires.
    let mut ended = rated();
    ended.push(revoked());
    given(ended)
        .with(ctx_on(2032, 4, 2))
        .when(C::ExpireRating)
        .then_accepted();
}
