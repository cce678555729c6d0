//! Annual reports (REG-ANNUAL-REPORT; Part B §2.4). The organisation of `active()` was
//! registered on 2 March 2025, so its first report covers 2025 and is due by 31 May 2026.

use super::*;

use OrganisationCommand as C;

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

#[test]
fn a_report_is_submitted_once_per_year_then_concluded() {
    let out = then_events(
        &active(),
        &C::SubmitAnnualReport { year: 2025 },
        &ctx_on(2026, 3, 1),
    );
    assert_eq!(out, vec![submitted(2025, at(2026, 3, 1))]);
    let events = active_then(out);
    let out = then_events(
        &events,
        &C::ConcludeAnnualReport {
            year: 2025,
            conclusion: ReportConclusion::BasicallyQualified,
        },
        &ctx_on(2026, 7, 1),
    );
    assert_eq!(
        out,
        vec![OrganisationEvent::AnnualReportConcluded {
            year: 2025,
            conclusion: ReportConclusion::BasicallyQualified,
            concluded_at: at(2026, 7, 1),
        }]
    );
    let mut events = events;
    events.extend(out);
    let org = state_after(&events);
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
    let org = state_after(&active_then([
        submitted(2027, at(2028, 1, 5)),
        submitted(2025, at(2028, 1, 6)),
        submitted(2026, at(2028, 1, 7)),
    ]));
    let years: Vec<i32> = org.annual_reports.iter().map(|r| r.year).collect();
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
    let cases: Vec<(
        &str,
        Vec<OrganisationEvent>,
        OrganisationCommand,
        Context,
        &str,
    )> = vec![
        (
            "second report for a year",
            with_2025.clone(),
            C::SubmitAnnualReport { year: 2025 },
            ctx_on(2026, 4, 1),
            "already submitted on 2026-03-01",
        ),
        (
            "the current year",
            active(),
            C::SubmitAnnualReport { year: 2025 },
            ctx_on(2025, 12, 31),
            "from 1 January 2026",
        ),
        (
            "a future year",
            active(),
            C::SubmitAnnualReport { year: 2030 },
            ctx_on(2026, 3, 1),
            "from 1 January 2031",
        ),
        (
            "a year before registration",
            active(),
            C::SubmitAnnualReport { year: 2024 },
            ctx_on(2026, 3, 1),
            "registered on 2025-03-02",
        ),
        (
            "concluding an unsubmitted year",
            active(),
            conclude(2025),
            ctx_on(2026, 7, 1),
            "nothing to conclude",
        ),
        (
            "concluding twice",
            concluded,
            conclude(2025),
            ctx_on(2026, 7, 2),
            "already concluded: 合格",
        ),
        (
            "concluding a year only marked not filed",
            active_then([not_filed(2025)]),
            conclude(2025),
            ctx_on(2026, 7, 2),
            "nothing to conclude",
        ),
    ];
    for (name, events, command, ctx, fragment) in cases {
        let e = then_refused(&events, &command, &ctx, "REG-ANNUAL-REPORT", VIOLATION);
        assert!(e.to_string().contains(fragment), "{name}: {e}");
    }
    // 23:59 on 31 December in China is still the report's own year; 00:00 is the next.
    let last_minute = Context::at(Utc.with_ymd_and_hms(2025, 12, 31, 15, 59, 0).unwrap());
    then_refused(
        &active(),
        &C::SubmitAnnualReport { year: 2025 },
        &last_minute,
        "REG-ANNUAL-REPORT",
        VIOLATION,
    );
    let new_year = Context::at(Utc.with_ymd_and_hms(2025, 12, 31, 16, 0, 0).unwrap());
    then_events(&active(), &C::SubmitAnnualReport { year: 2025 }, &new_year);
}

#[test]
fn suspended_organisations_still_report_liquidating_ones_do_not() {
    let suspended = active_then([suspended_at(t(3))]);
    then_events(
        &suspended,
        &C::SubmitAnnualReport { year: 2025 },
        &ctx_on(2026, 3, 1),
    );
    let liquidating = active_then([dissolution_at(t(3))]);
    then_state_refused(
        &liquidating,
        &C::SubmitAnnualReport { year: 2025 },
        &ctx_on(2026, 3, 1),
    );
    then_state_refused(
        &liquidating,
        &C::MarkAnnualReportNotFiled { year: 2025 },
        &ctx_on(2026, 6, 1),
    );
}

#[test]
fn a_missed_deadline_is_marked_and_lists_the_organisation_as_abnormal() {
    let mark = C::MarkAnnualReportNotFiled { year: 2025 };
    let e = then_refused(
        &active(),
        &mark,
        &ctx_on(2026, 5, 31),
        "REG-ANNUAL-REPORT",
        VIOLATION,
    );
    assert!(e.to_string().contains("due by 2026-05-31"), "{e}");
    let out = then_events(&active(), &mark, &ctx_on(2026, 6, 1));
    assert_eq!(
        out,
        vec![
            OrganisationEvent::AnnualReportNotFiled {
                year: 2025,
                due: date(2026, 5, 31),
                marked_at: at(2026, 6, 1),
            },
            OrganisationEvent::AbnormalListed {
                trigger: AbnormalTrigger::AnnualReportLate,
                reason:
                    "annual report for 2025 not filed by 2026-05-31 (未按规定报送2025年度工作报告)"
                        .into(),
                rectification_required: true,
                listed_at: at(2026, 6, 1),
                escalates_on: date(2028, 6, 1),
                auto_removable_on: None,
            },
        ]
    );
    let events = active_then(out);
    let org = state_after(&events);
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
    // Never twice.
    let e = then_refused(
        &events,
        &mark,
        &ctx_on(2026, 6, 2),
        "REG-ANNUAL-REPORT",
        VIOLATION,
    );
    assert!(e.to_string().contains("already marked not filed"), "{e}");
    // The late report is still taken (it is the rectification) and the mark is kept.
    let out = then_events(
        &events,
        &C::SubmitAnnualReport { year: 2025 },
        &ctx_on(2026, 6, 10),
    );
    let mut events = events;
    events.extend(out);
    let report = state_after(&events).annual_report(2025).cloned().unwrap();
    assert_eq!(report.submitted_at, Some(at(2026, 6, 10)));
    assert!(report.not_filed.is_some());
    assert!(report.is_settled());
    // A submitted year is never marked.
    let e = then_refused(
        &active_then([submitted(2025, at(2026, 3, 1))]),
        &mark,
        &ctx_on(2026, 6, 1),
        "REG-ANNUAL-REPORT",
        VIOLATION,
    );
    assert!(e.to_string().contains("was submitted on"), "{e}");
    then_refused(
        &active(),
        &C::MarkAnnualReportNotFiled { year: 2024 },
        &ctx_on(2026, 6, 1),
        "REG-ANNUAL-REPORT",
        VIOLATION,
    );
}

#[test]
fn not_filed_restarts_an_abnormal_listing_and_spares_a_serious_one() {
    let mark = C::MarkAnnualReportNotFiled { year: 2025 };
    let listed = active_then([abnormal_at(
        at(2026, 1, 5),
        AbnormalTrigger::Unreachable,
        false,
    )]);
    let out = then_events(&listed, &mark, &ctx_on(2026, 6, 1));
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

    let serious = active_then([serious_at(at(2026, 1, 5), SeriousTrigger::LargeFine)]);
    let out = then_events(&serious, &mark, &ctx_on(2026, 6, 1));
    assert_eq!(
        out,
        vec![OrganisationEvent::AnnualReportNotFiled {
            year: 2025,
            due: date(2026, 5, 31),
            marked_at: at(2026, 6, 1),
        }]
    );
}

#[test]
fn the_due_date_comes_from_the_policy() {
    let march = Policy {
        annual_report_due_month: 3,
        annual_report_due_day: 31,
        ..Policy::default()
    };
    let mark = C::MarkAnnualReportNotFiled { year: 2025 };
    then_refused(
        &active(),
        &mark,
        &ctx_on(2026, 3, 31).with_policy(march.clone()),
        "REG-ANNUAL-REPORT",
        VIOLATION,
    );
    let out = then_events(&active(), &mark, &ctx_on(2026, 4, 1).with_policy(march));
    assert!(matches!(
        &out[0],
        OrganisationEvent::AnnualReportNotFiled { due, .. } if *due == date(2026, 3, 31)
    ));
}
