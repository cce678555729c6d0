//! Annual reports (REG-ANNUAL-REPORT; Part B §2.4). The organisation of `active()` was
//! registered on 2 March 2025, so its first report covers 2025 and is due by 31 May 2026.

use super::*;

use crate::error::rules::{REG_ANNUAL_REPORT, REG_STATE};
use OrganisationCommand as C;

fn submit(year: i32) -> OrganisationCommand {
    C::SubmitAnnualReport { year }
}

fn mark(year: i32) -> OrganisationCommand {
    C::MarkAnnualReportNotFiled { year }
}

fn submitted(year: i32, when: DateTime<Utc>) -> OrganisationEvent {
    OrganisationEvent::AnnualReportSubmitted {
        year,
        submitted_at: when,
    }
}

fn not_filed(year: i32) -> OrganisationEvent {
    OrganisationEvent::AnnualReportNotFiled {
        year,
        due: date(year + 1, 5, 31),
        marked_at: at(year + 1, 6, 1),
    }
}

/// What marking 2025 not filed on 1 June 2026 records for an organisation in good standing.
fn marked_2025() -> Vec<OrganisationEvent> {
    vec![
        OrganisationEvent::AnnualReportNotFiled {
            year: 2025,
            due: date(2026, 5, 31),
            marked_at: at(2026, 6, 1),
        },
        OrganisationEvent::AbnormalListed {
            trigger: AbnormalTrigger::AnnualReportLate,
            reason: "annual report for 2025 not filed by 2026-05-31 (未按规定报送2025年度工作报告)"
                .into(),
            rectification_required: true,
            listed_at: at(2026, 6, 1),
            escalates_on: date(2028, 6, 1),
            auto_removable_on: None,
        },
    ]
}

#[test]
fn a_report_is_submitted_once_per_year_then_concluded() {
    given(active())
        .with(ctx_on(2026, 3, 1))
        .when(submit(2025))
        .then([submitted(2025, at(2026, 3, 1))]);
    let org = given(active_then([submitted(2025, at(2026, 3, 1))]))
        .with(ctx_on(2026, 7, 1))
        .when(C::ConcludeAnnualReport {
            year: 2025,
            conclusion: ReportConclusion::BasicallyQualified,
        })
        .then([OrganisationEvent::AnnualReportConcluded {
            year: 2025,
            conclusion: ReportConclusion::BasicallyQualified,
            concluded_at: at(2026, 7, 1),
        }]);
    assert_eq!(
        org.annual_reports,
        vec![AnnualReport {
            year: 2025,
            submitted_at: Some(at(2026, 3, 1)),
            not_filed: None,
            conclusion: Some(ReportConclusion::BasicallyQualified),
            concluded_at: Some(at(2026, 7, 1)),
        }]
    );
    // Reports stay sorted by year whatever order they arrive in.
    let sorted = given(active_then([
        submitted(2027, at(2028, 1, 5)),
        submitted(2025, at(2028, 1, 6)),
        submitted(2026, at(2028, 1, 7)),
    ]));
    let years: Vec<i32> = sorted
        .state()
        .annual_reports
        .iter()
        .map(|r| r.year)
        .collect();
    assert_eq!(years, [2025, 2026, 2027]);
}

#[test]
fn report_refusals() {
    let with_2025 = active_then([submitted(2025, at(2026, 3, 1))]);
    let concluded = active_then([
        submitted(2025, at(2026, 3, 1)),
        OrganisationEvent::AnnualReportConcluded {
            year: 2025,
            conclusion: ReportConclusion::Qualified,
            concluded_at: at(2026, 7, 1),
        },
    ]);
    let conclude = |year| C::ConcludeAnnualReport {
        year,
        conclusion: ReportConclusion::Unqualified,
    };
    let cases = vec![
        (
            "second report for a year",
            given(with_2025).with(ctx_on(2026, 4, 1)),
            submit(2025),
            "already submitted on 2026-03-01",
        ),
        (
            "the current year",
            given(active()).with(ctx_on(2025, 12, 31)),
            submit(2025),
            "from 1 January 2026",
        ),
        (
            "a future year",
            given(active()).with(ctx_on(2026, 3, 1)),
            submit(2030),
            "from 1 January 2031",
        ),
        (
            "a year before registration",
            given(active()).with(ctx_on(2026, 3, 1)),
            submit(2024),
            "registered on 2025-03-02",
        ),
        (
            "concluding an unsubmitted year",
            given(active()).with(ctx_on(2026, 7, 1)),
            conclude(2025),
            "nothing to conclude",
        ),
        (
            "concluding twice",
            given(concluded).with(ctx_on(2026, 7, 2)),
            conclude(2025),
            "already concluded: 合格",
        ),
        (
            "concluding a year only marked not filed",
            given(active_then([not_filed(2025)])).with(ctx_on(2026, 7, 2)),
            conclude(2025),
            "nothing to conclude",
        ),
    ];
    for (name, case, command, fragment) in cases {
        let e = case.when(command).then_refused(REG_ANNUAL_REPORT);
        assert!(e.to_string().contains(fragment), "{name}: {e}");
    }
    // 23:59 on 31 December in China is still the report's own year; 00:00 is the next.
    let last_minute = Context::at(Utc.with_ymd_and_hms(2025, 12, 31, 15, 59, 0).unwrap());
    given(active())
        .with(last_minute)
        .when(submit(2025))
        .then_refused(REG_ANNUAL_REPORT);
    let new_year = Context::at(Utc.with_ymd_and_hms(2025, 12, 31, 16, 0, 0).unwrap());
    given(active())
        .with(new_year)
        .when(submit(2025))
        .then_accepted();
}

#[test]
fn suspended_organisations_still_report_liquidating_ones_do_not() {
    given(active_then([suspended_at(t(3))]))
        .with(ctx_on(2026, 3, 1))
        .when(submit(2025))
        .then_accepted();
    let liquidating = given(active_then([dissolution_at(t(3))]));
    for (command, day) in [
        (submit(2025), ctx_on(2026, 3, 1)),
        (mark(2025), ctx_on(2026, 6, 1)),
    ] {
        liquidating
            .clone()
            .with(day)
            .when(command)
            .then_refused(REG_STATE);
    }
}

#[test]
fn a_missed_deadline_is_marked_and_lists_the_organisation_as_abnormal() {
    let e = given(active())
        .with(ctx_on(2026, 5, 31))
        .when(mark(2025))
        .then_refused(REG_ANNUAL_REPORT);
    assert!(e.to_string().contains("due by 2026-05-31"), "{e}");
    let org = given(active())
        .with(ctx_on(2026, 6, 1))
        .when(mark(2025))
        .then(marked_2025());
    assert_eq!(
        org.annual_report(2025).and_then(|r| r.not_filed.clone()),
        Some(NotFiled {
            due: date(2026, 5, 31),
            marked_at: at(2026, 6, 1),
        })
    );
    assert!(matches!(
        &org.credit,
        CreditStanding::Abnormal(l) if l.trigger == AbnormalTrigger::AnnualReportLate
    ));
    let marked = given(active_then(marked_2025()));
    // Never twice.
    let e = marked
        .clone()
        .with(ctx_on(2026, 6, 2))
        .when(mark(2025))
        .then_refused(REG_ANNUAL_REPORT);
    assert!(e.to_string().contains("already marked not filed"), "{e}");
    // The late report is still taken (it is the rectification) and the mark is kept.
    let org = marked
        .with(ctx_on(2026, 6, 10))
        .when(submit(2025))
        .then([submitted(2025, at(2026, 6, 10))]);
    let report = org.annual_report(2025).cloned().unwrap();
    assert_eq!(report.submitted_at, Some(at(2026, 6, 10)));
    assert!(report.not_filed.is_some());
    assert!(report.is_settled());
    // A submitted year is never marked.
    let e = given(active_then([submitted(2025, at(2026, 3, 1))]))
        .with(ctx_on(2026, 6, 1))
        .when(mark(2025))
        .then_refused(REG_ANNUAL_REPORT);
    assert!(e.to_string().contains("was submitted on"), "{e}");
    given(active())
        .with(ctx_on(2026, 6, 1))
        .when(mark(2024))
        .then_refused(REG_ANNUAL_REPORT);
}

#[test]
fn not_filed_restarts_an_abnormal_listing_and_spares_a_serious_one() {
    let listed = active_then([abnormal_at(
        at(2026, 1, 5),
        AbnormalTrigger::Unreachable,
        false,
    )]);
    let out = given(listed)
        .with(ctx_on(2026, 6, 1))
        .when(mark(2025))
        .then_accepted();
    assert!(matches!(
        &out[..],
        [
            OrganisationEvent::AnnualReportNotFiled { .. },
            OrganisationEvent::AbnormalListed {
                listed_at,
                escalates_on,
                auto_removable_on: None,
                rectification_required: true,
                ..
            },
        ] if *listed_at == at(2026, 6, 1) && *escalates_on == date(2028, 6, 1)
    ));

    given(active_then([serious_at(
        at(2026, 1, 5),
        SeriousTrigger::LargeFine,
    )]))
    .with(ctx_on(2026, 6, 1))
    .when(mark(2025))
    .then([OrganisationEvent::AnnualReportNotFiled {
        year: 2025,
        due: date(2026, 5, 31),
        marked_at: at(2026, 6, 1),
    }]);
}

#[test]
fn the_due_date_comes_from_the_policy() {
    let march = Policy {
        annual_report_due_month: 3,
        annual_report_due_day: 31,
        ..Policy::default()
    };
    given(active())
        .with(ctx_on(2026, 3, 31).with_policy(march.clone()))
        .when(mark(2025))
        .then_refused(REG_ANNUAL_REPORT);
    let out = given(active())
        .with(ctx_on(2026, 4, 1).with_policy(march))
        .when(mark(2025))
        .then_accepted();
    assert!(matches!(
        &out[0],
        OrganisationEvent::AnnualReportNotFiled { due, .. } if *due == date(2026, 3, 31)
    ));
}
