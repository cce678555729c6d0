//! Open cases, due commands and the next due date (REG-DECISION-DUE and the time-driven
//! commands).

use super::*;

use crate::error::rules::{
    CREDIT_ABNORMAL, RATE_GRADE, REG_ANNUAL_REPORT, REG_STATE, REG_TWO_STAGE,
};
use OrganisationCommand as C;

fn policy() -> Policy {
    Policy::default()
}

fn submitted(year: i32) -> OrganisationEvent {
    OrganisationEvent::AnnualReportSubmitted {
        year,
        submitted_at: at(year + 1, 3, 1),
    }
}

fn case(kind: CaseKind, opened_on: NaiveDate, due: NaiveDate) -> OpenCase {
    OpenCase {
        kind,
        opened_on,
        due,
    }
}

#[test]
fn each_pending_decision_is_an_open_case() {
    let cases = [
        (
            OrganisationStatus::Applied,
            case(
                CaseKind::RegistrationDecision,
                date(2025, 3, 1),
                date(2025, 4, 30),
            ),
        ),
        (
            OrganisationStatus::PrepApplied,
            case(
                CaseKind::PreparationDecision,
                date(2025, 3, 1),
                date(2025, 4, 30),
            ),
        ),
        (
            OrganisationStatus::Preparing,
            case(
                CaseKind::EstablishmentApplication,
                date(2025, 3, 2),
                date(2025, 9, 2),
            ),
        ),
        (
            OrganisationStatus::EstabApplied,
            case(
                CaseKind::EstablishmentDecision,
                date(2025, 3, 3),
                date(2025, 4, 2),
            ),
        ),
    ];
    for (status, expected) in cases {
        let org = given(history(Some(status))).state().clone();
        assert_eq!(
            org.open_cases(date(2025, 3, 28), &policy()),
            vec![expected],
            "{status}"
        );
        assert!(!expected.is_overdue(expected.due));
        assert!(expected.is_overdue(add_days(expected.due, 1)));
    }
    assert_eq!(CaseKind::RegistrationDecision.rule(), "REG-DECISION-DUE");
    for status in [
        OrganisationStatus::Refused,
        OrganisationStatus::Lapsed,
        OrganisationStatus::Deregistered,
    ] {
        let org = given(history(Some(status))).state().clone();
        assert_eq!(
            org.open_cases(date(2030, 1, 1), &policy()),
            vec![],
            "{status}"
        );
        assert_eq!(
            org.due_commands(date(2030, 1, 1), &policy()),
            vec![],
            "{status}"
        );
        assert_eq!(org.next_due(&policy()), None, "{status}");
    }
    assert_eq!(given([]).state().next_due(&policy()), None);
}

#[test]
fn a_state_stored_before_due_dates_were_recorded_falls_back_to_the_policy() {
    let mut org = given([applied()]).state().clone();
    org.decision_due = None;
    let short = Policy {
        decision_due_days: 30,
        ..Policy::default()
    };
    assert_eq!(
        org.open_cases(date(2025, 3, 28), &short),
        vec![case(
            CaseKind::RegistrationDecision,
            date(2025, 3, 1),
            date(2025, 3, 31)
        )]
    );
}

#[test]
fn a_registered_organisation_shows_every_running_clock() {
    let events = active_then([
        submitted(2025),
        rated_at(at(2027, 3, 5), 3),
        abnormal_at(at(2027, 4, 1), AbnormalTrigger::Unreachable, false),
        OrganisationEvent::RectificationVerified {
            verified_at: at(2027, 4, 10),
            removal_due: date(2027, 4, 16),
        },
    ]);
    let org = given(events).state().clone();
    let today = date(2027, 7, 1);
    assert_eq!(
        org.open_cases(today, &policy()),
        vec![
            case(
                CaseKind::AbnormalRemovalDecision,
                date(2027, 4, 10),
                date(2027, 4, 16)
            ),
            case(
                CaseKind::AnnualReport { year: 2026 },
                date(2027, 1, 1),
                date(2027, 5, 31)
            ),
            case(
                CaseKind::AbnormalAutoRemoval,
                date(2027, 4, 1),
                date(2027, 10, 1)
            ),
            case(
                CaseKind::AbnormalEscalation,
                date(2027, 4, 1),
                date(2029, 4, 1)
            ),
            case(CaseKind::RatingExpiry, date(2027, 3, 5), date(2032, 3, 5)),
        ]
    );
    let overdue: Vec<CaseKind> = org
        .open_cases(today, &policy())
        .into_iter()
        .filter(|c| c.is_overdue(today))
        .map(|c| c.kind)
        .collect();
    assert_eq!(
        overdue,
        [
            CaseKind::AbnormalRemovalDecision,
            CaseKind::AnnualReport { year: 2026 }
        ]
    );
    // The report case follows the policy in force; the others were recorded.
    let march = Policy {
        annual_report_due_month: 3,
        ..Policy::default()
    };
    assert!(org.open_cases(today, &march).contains(&case(
        CaseKind::AnnualReport { year: 2026 },
        date(2027, 1, 1),
        date(2027, 3, 31)
    )));
    assert_eq!(
        serde_json::to_value(case(
            CaseKind::AnnualReport { year: 2026 },
            date(2027, 1, 1),
            date(2027, 5, 31)
        ))
        .unwrap(),
        serde_json::json!({
            "kind": {"case": "ANNUAL_REPORT", "year": 2026},
            "openedOn": "2027-01-01",
            "due": "2027-05-31"
        })
    );
}

#[test]
fn annual_report_cases_run_from_the_registration_year_to_the_last_completed_year() {
    let org = given(active_then([submitted(2026)])).state().clone();
    let years = |today| -> Vec<CaseKind> {
        org.open_cases(today, &policy())
            .into_iter()
            .map(|c| c.kind)
            .collect()
    };
    assert_eq!(years(date(2025, 12, 31)), vec![]);
    assert_eq!(
        years(date(2026, 1, 1)),
        vec![CaseKind::AnnualReport { year: 2025 }]
    );
    assert_eq!(
        years(date(2028, 2, 1)),
        vec![
            CaseKind::AnnualReport { year: 2025 },
            CaseKind::AnnualReport { year: 2027 }
        ]
    );
    // Marked not filed is settled, like submitted.
    let marked = given(active_then([OrganisationEvent::AnnualReportNotFiled {
        year: 2025,
        due: date(2026, 5, 31),
        marked_at: at(2026, 6, 1),
    }]))
    .state()
    .clone();
    assert!(
        !marked
            .open_cases(date(2026, 7, 1), &policy())
            .iter()
            .any(|c| matches!(c.kind, CaseKind::AnnualReport { .. }))
    );
}

#[test]
fn due_commands_and_next_due_for_each_clock() {
    let cases: Vec<(
        &str,
        Vec<OrganisationEvent>,
        NaiveDate,
        Vec<OrganisationCommand>,
    )> = vec![
        (
            "preparation lapses the day after its deadline",
            preparing(),
            date(2025, 9, 3),
            vec![C::LapsePreparation],
        ),
        (
            "the first report is marked the day after 31 May",
            active(),
            date(2026, 6, 1),
            vec![C::MarkAnnualReportNotFiled { year: 2025 }],
        ),
        (
            "a listing without rectification is removed after six months",
            active_then([
                submitted(2025),
                abnormal_at(at(2026, 1, 5), AbnormalTrigger::Unreachable, false),
            ]),
            date(2026, 7, 5),
            vec![C::RemoveFromAbnormal {
                basis: RemovalBasis::PeriodElapsed,
                reason: None,
            }],
        ),
        (
            "a listing needing rectification escalates after two years",
            active_then([
                submitted(2025),
                submitted(2026),
                abnormal_at(at(2026, 1, 5), AbnormalTrigger::RectificationNotDone, true),
            ]),
            date(2028, 1, 5),
            vec![C::EscalateToSerious],
        ),
        (
            "a grade expires the day after its last valid day",
            active_then([
                submitted(2025),
                submitted(2026),
                submitted(2027),
                submitted(2028),
                submitted(2029),
                submitted(2030),
                rated_at(at(2027, 4, 1), 4),
            ]),
            date(2032, 4, 2),
            vec![C::ExpireRating],
        ),
    ];
    for (name, events, due_on, expected) in cases {
        let case = given(events);
        let org = case.state();
        assert_eq!(org.next_due(&policy()), Some(due_on), "{name}");
        let before = due_on.pred_opt().unwrap();
        assert_eq!(org.due_commands(before, &policy()), vec![], "{name}");
        assert_eq!(org.due_commands(due_on, &policy()), expected, "{name}");
        for command in &expected {
            // The decision uses the China-local day: 00:00 on the due day is enough.
            for on_or_after in [ctx_day(due_on), ctx_on(2040, 1, 1)] {
                case.clone()
                    .with(on_or_after)
                    .when(command.clone())
                    .then_accepted();
            }
            case.clone()
                .with(ctx_day(before))
                .when(command.clone())
                .then_error(
                    &format!("a refusal on {before}, a day early ({name})"),
                    |_| true,
                );
        }
    }
}

/// Plays the scheduler: at each `next_due`, issue the due commands in order, checking that
/// nothing was due the day before, that `decide` accepts each, and that afterwards none is due
/// again or accepted again.
fn drive(
    mut events: Vec<OrganisationEvent>,
    until: NaiveDate,
    policy: &Policy,
) -> (Vec<(NaiveDate, &'static str)>, Vec<OrganisationEvent>) {
    let mut fired = Vec::new();
    while let Some(day) = given(events.clone()).state().next_due(policy) {
        if day > until {
            break;
        }
        let org = given(events.clone()).state().clone();
        let before = day.pred_opt().unwrap();
        assert_eq!(
            org.due_commands(before, policy),
            vec![],
            "nothing due before {day}"
        );
        let due = org.due_commands(day, policy);
        assert!(!due.is_empty(), "next_due {day} but nothing due");
        let ctx = ctx_day(day).with_policy(policy.clone());
        for command in &due {
            let out = given(events.clone())
                .with(ctx.clone())
                .when(command.clone())
                .then_accepted();
            events.extend(out);
            fired.push((day, command.name()));
        }
        let after = given(events.clone());
        assert_eq!(
            after.state().due_commands(day, policy),
            vec![],
            "fired on {day}, still due"
        );
        for command in &due {
            after
                .clone()
                .with(ctx.clone())
                .when(command.clone())
                .then_error("a refusal: a time-driven command fires once", |e| {
                    matches!(
                        e.rule(),
                        Some(
                            REG_STATE
                                | REG_TWO_STAGE
                                | REG_ANNUAL_REPORT
                                | CREDIT_ABNORMAL
                                | RATE_GRADE
                        )
                    )
                });
        }
    }
    (fired, events)
}

#[test]
fn a_negligent_organisation_over_five_years() {
    // Files nothing, and was listed unreachable early on.
    let start = active_then([abnormal_at(
        at(2025, 10, 1),
        AbnormalTrigger::Unreachable,
        false,
    )]);
    let (fired, events) = drive(start, date(2030, 12, 31), &policy());
    assert_eq!(
        fired,
        vec![
            (date(2026, 4, 1), "RemoveFromAbnormal"),
            (date(2026, 6, 1), "MarkAnnualReportNotFiled"),
            (date(2027, 6, 1), "MarkAnnualReportNotFiled"),
            (date(2028, 6, 1), "MarkAnnualReportNotFiled"),
            (date(2029, 6, 1), "MarkAnnualReportNotFiled"),
            (date(2030, 6, 1), "MarkAnnualReportNotFiled"),
        ]
    );
    let org = given(events).state().clone();
    // Each missed year restarted the abnormal clock, so it never escalated.
    let listing = org.credit.abnormal().cloned().unwrap();
    assert_eq!(listing.listed_on, date(2030, 6, 1));
    assert_eq!(listing.escalates_on, date(2032, 6, 1));
    assert_eq!(org.next_due(&policy()), Some(date(2031, 6, 1)));
    assert_eq!(org.listings.len(), 6);
    assert_eq!(org.listings[0].ended_by, Some(ListingEnd::PeriodElapsed));
}

#[test]
fn escalation_and_a_missed_report_on_the_same_day() {
    // Listed on 1 June 2026 for a missed 2025 report; files 2026 but not 2027, whose mark
    // falls on the very day the listing escalates. Escalation comes first, so the mark then
    // records the missed year without an abnormal listing.
    let start = active_then([
        OrganisationEvent::AnnualReportNotFiled {
            year: 2025,
            due: date(2026, 5, 31),
            marked_at: at(2026, 6, 1),
        },
        abnormal_at(at(2026, 6, 1), AbnormalTrigger::AnnualReportLate, true),
        submitted(2026),
    ]);
    let org = given(start.clone()).state().clone();
    assert_eq!(org.next_due(&policy()), Some(date(2028, 6, 1)));
    assert_eq!(
        org.due_commands(date(2028, 6, 1), &policy()),
        vec![
            C::EscalateToSerious,
            C::MarkAnnualReportNotFiled { year: 2027 }
        ]
    );
    let (fired, events) = drive(start, date(2028, 6, 1), &policy());
    assert_eq!(
        fired,
        vec![
            (date(2028, 6, 1), "EscalateToSerious"),
            (date(2028, 6, 1), "MarkAnnualReportNotFiled"),
        ]
    );
    let org = given(events).state().clone();
    assert!(matches!(org.credit, CreditStanding::Serious(_)));
    assert!(
        org.annual_report(2027)
            .is_some_and(|r| r.not_filed.is_some())
    );
    // The serious listing's removableFrom is not a clock the scheduler acts on.
    assert_eq!(org.next_due(&policy()), Some(date(2029, 6, 1)));
}

#[test]
fn a_two_stage_group_that_never_establishes() {
    let (fired, events) = drive(preparing(), date(2030, 1, 1), &policy());
    assert_eq!(fired, vec![(date(2025, 9, 3), "LapsePreparation")]);
    let org = given(events).state().clone();
    assert_eq!(org.status, Some(OrganisationStatus::Lapsed));
    assert_eq!(org.next_due(&policy()), None);
}

#[test]
fn suspended_and_ended_organisations() {
    // Suspended organisations still owe reports; liquidating ones do not, but their credit
    // clocks run; an ended organisation's grade still expires.
    let suspended = given(active_then([suspended_at(t(3))])).state().clone();
    assert_eq!(suspended.next_due(&policy()), Some(date(2026, 6, 1)));
    let liquidating = given(active_then([
        dissolution_at(t(3)),
        abnormal_at(at(2025, 4, 1), AbnormalTrigger::Unreachable, false),
    ]))
    .state()
    .clone();
    assert_eq!(liquidating.next_due(&policy()), Some(date(2025, 10, 1)));
    assert_eq!(
        liquidating.due_commands(date(2030, 1, 1), &policy()),
        vec![C::RemoveFromAbnormal {
            basis: RemovalBasis::PeriodElapsed,
            reason: None
        }]
    );
    let revoked_rated = given(active_then([
        rated_at(at(2027, 4, 1), 4),
        abnormal_at(at(2027, 5, 1), AbnormalTrigger::Unreachable, false),
        revoked(),
    ]))
    .state()
    .clone();
    assert_eq!(revoked_rated.next_due(&policy()), Some(date(2032, 4, 2)));
    assert_eq!(
        revoked_rated.due_commands(date(2040, 1, 1), &policy()),
        vec![C::ExpireRating]
    );
}

/// Plays a scheduler that was stopped and catches up on `today`: the first due commands,
/// decided at the start of the day they fell due, then the next ones.
fn catch_up(
    mut events: Vec<OrganisationEvent>,
    today: NaiveDate,
) -> Vec<(NaiveDate, Vec<OrganisationEvent>)> {
    let mut fired = Vec::new();
    while let Some(due) = given(events.clone())
        .state()
        .first_due_commands(today, &policy())
    {
        let ctx = Context::at(due.decided_at());
        assert_eq!(ctx, ctx_day(due.due_on), "decided as of 00:00 China time");
        for command in &due.commands {
            let out = given(events.clone())
                .with(ctx.clone())
                .when(command.clone())
                .then_accepted();
            events.extend(out.clone());
            fired.push((due.due_on, out));
        }
    }
    fired
}

#[test]
fn a_late_scheduler_dates_each_transition_by_when_it_was_due() {
    // Listed for a rectification never done on 3 June 2025, so it escalates on 3 June 2027;
    // nothing fires until a tick on 15 January 2031.
    let start = active_then([
        submitted(2025),
        submitted(2026),
        abnormal_at(at(2025, 6, 3), AbnormalTrigger::RectificationNotDone, true),
    ]);
    let org = given(start.clone()).state().clone();
    assert_eq!(org.first_due_commands(date(2027, 6, 2), &policy()), None);
    let first = org
        .first_due_commands(date(2031, 1, 15), &policy())
        .unwrap();
    assert_eq!(first.due_on, date(2027, 6, 3));
    assert_eq!(first.commands, vec![C::EscalateToSerious]);
    let midnight = |d: NaiveDate| ctx_day(d).now;
    assert_eq!(
        catch_up(start, date(2031, 1, 15)),
        vec![
            (
                date(2027, 6, 3),
                vec![OrganisationEvent::SeriousListed {
                    trigger: SeriousTrigger::AbnormalTwoYears,
                    reason: "on the abnormal-activity list since 2025-06-03 and not removed by 2027-06-03 (列入活动异常名录届满)".into(),
                    // Listed when it was due, and removable two years after that (not 2033).
                    listed_at: midnight(date(2027, 6, 3)),
                    removable_from: date(2029, 6, 3),
                }]
            ),
            // On the serious list, each missed report is recorded, dated by its own due date.
            (
                date(2028, 6, 1),
                vec![OrganisationEvent::AnnualReportNotFiled {
                    year: 2027,
                    due: date(2028, 5, 31),
                    marked_at: midnight(date(2028, 6, 1)),
                }]
            ),
            (
                date(2029, 6, 1),
                vec![OrganisationEvent::AnnualReportNotFiled {
                    year: 2028,
                    due: date(2029, 5, 31),
                    marked_at: midnight(date(2029, 6, 1)),
                }]
            ),
            (
                date(2030, 6, 1),
                vec![OrganisationEvent::AnnualReportNotFiled {
                    year: 2029,
                    due: date(2030, 5, 31),
                    marked_at: midnight(date(2030, 6, 1)),
                }]
            ),
        ]
    );
}

#[test]
fn a_late_scheduler_restarts_clocks_from_when_they_restarted() {
    // Files nothing from 2025 on and nothing fires until 2029: each missed report lists it
    // again on the day the report was late, so the two-year clock keeps restarting and the
    // organisation never reaches the serious list — as with a scheduler that ran every day.
    let fired = catch_up(active(), date(2029, 12, 31));
    let listed: Vec<(NaiveDate, NaiveDate)> = fired
        .iter()
        .flat_map(|(_, events)| events)
        .filter_map(|e| match e {
            OrganisationEvent::AbnormalListed {
                listed_at,
                escalates_on,
                ..
            } => Some((china_date(*listed_at), *escalates_on)),
            _ => None,
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            (date(2026, 6, 1), date(2028, 6, 1)),
            (date(2027, 6, 1), date(2029, 6, 1)),
            (date(2028, 6, 1), date(2030, 6, 1)),
            (date(2029, 6, 1), date(2031, 6, 1)),
        ]
    );
    assert!(
        fired
            .iter()
            .flat_map(|(_, events)| events)
            .all(|e| !matches!(e, OrganisationEvent::SeriousListed { .. })),
        "{fired:?}"
    );
}
