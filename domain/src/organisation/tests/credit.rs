//! Credit lists (CREDIT-ABNORMAL, CREDIT-SERIOUS; Part B §2.3).

use super::*;

use crate::error::rules::{CREDIT_ABNORMAL, CREDIT_SERIOUS, REG_REFUSAL_REASON};
use OrganisationCommand as C;

fn list_abnormal(trigger: AbnormalTrigger, rectification_required: bool) -> OrganisationCommand {
    C::ListAsAbnormal {
        trigger,
        reason: "经查实".into(),
        rectification_required,
    }
}

fn list_serious(trigger: SeriousTrigger) -> OrganisationCommand {
    C::ListAsSerious {
        trigger,
        reason: "经查实".into(),
    }
}

fn remove_rectified() -> OrganisationCommand {
    C::RemoveFromAbnormal {
        basis: RemovalBasis::Rectified,
        reason: Some("已按要求整改".into()),
    }
}

fn remove_elapsed() -> OrganisationCommand {
    C::RemoveFromAbnormal {
        basis: RemovalBasis::PeriodElapsed,
        reason: None,
    }
}

/// Listed on 5 January 2026, no rectification required: removable automatically from
/// 5 July 2026, escalates on 5 January 2028.
fn abnormal_no_rectification() -> Vec<OrganisationEvent> {
    active_then([abnormal_at(
        at(2026, 1, 5),
        AbnormalTrigger::Unreachable,
        false,
    )])
}

fn abnormal_with_rectification() -> Vec<OrganisationEvent> {
    active_then([abnormal_at(
        at(2026, 1, 5),
        AbnormalTrigger::WarningOrSmallFine,
        true,
    )])
}

/// Listed on 5 January 2026: removable from 5 January 2028.
fn seriously_listed() -> Vec<OrganisationEvent> {
    active_then([serious_at(at(2026, 1, 5), SeriousTrigger::LargeFine)])
}

#[test]
fn listing_as_abnormal_records_its_clocks() {
    let out = given(active())
        .with(ctx_on(2025, 8, 31))
        .when(C::ListAsAbnormal {
            trigger: AbnormalTrigger::Unreachable,
            reason: " 两次挂号信均未签收 ".into(),
            rectification_required: false,
        })
        .then_accepted();
    assert_eq!(
        out,
        vec![OrganisationEvent::AbnormalListed {
            trigger: AbnormalTrigger::Unreachable,
            reason: "两次挂号信均未签收".into(),
            rectification_required: false,
            listed_at: at(2025, 8, 31),
            escalates_on: date(2027, 8, 31),
            // Six months from 31 August is the end of February.
            auto_removable_on: Some(date(2026, 2, 28)),
        }]
    );
    let org = given(active())
        .with(ctx_on(2026, 1, 5))
        .when(list_abnormal(AbnormalTrigger::NoPartyOrganisation, true))
        .then([abnormal_at(
            at(2026, 1, 5),
            AbnormalTrigger::NoPartyOrganisation,
            true,
        )]);
    let listing = org.credit.abnormal().cloned().unwrap();
    assert_eq!(listing.listed_on, date(2026, 1, 5));
    assert_eq!(listing.escalates_on, date(2028, 1, 5));
    assert_eq!(listing.auto_removable_on, None);
    assert_eq!(
        org.listings,
        vec![Listing {
            list: CreditList::Abnormal,
            trigger: ListingTrigger::Abnormal(AbnormalTrigger::NoPartyOrganisation),
            reason: "经查实".into(),
            listed_at: at(2026, 1, 5),
            ended_at: None,
            ended_by: None,
            end_reason: None,
        }]
    );
    // Suspended and liquidating organisations can be listed too.
    for more in [suspended_at(t(3)), dissolution_at(t(3))] {
        given(active_then([more]))
            .with(ctx())
            .when(list_abnormal(AbnormalTrigger::Unreachable, false))
            .then_accepted();
    }
}

#[test]
fn a_new_trigger_restarts_the_abnormal_clock() {
    let restarted = abnormal_at(at(2027, 6, 1), AbnormalTrigger::WarningOrSmallFine, false);
    let org = given(abnormal_no_rectification())
        .with(ctx_on(2027, 6, 1))
        .when(list_abnormal(AbnormalTrigger::WarningOrSmallFine, false))
        .then([restarted.clone()]);
    let mut events = abnormal_no_rectification();
    events.push(restarted);
    assert_eq!(
        org.credit.abnormal().unwrap().escalates_on,
        date(2029, 6, 1)
    );
    assert_eq!(org.listings.len(), 2);
    assert_eq!(org.listings[0].ended_by, Some(ListingEnd::Restarted));
    assert_eq!(org.listings[0].ended_at, Some(at(2027, 6, 1)));
    assert_eq!(org.listings[1].ended_at, None);
    // The old escalation date no longer applies.
    given(events.clone())
        .with(ctx_on(2028, 1, 5))
        .when(C::EscalateToSerious)
        .then_refused(CREDIT_ABNORMAL);
    // An outstanding rectification still blocks automatic removal after a restart.
    let out = given(abnormal_with_rectification())
        .with(ctx_on(2026, 3, 1))
        .when(list_abnormal(AbnormalTrigger::Unreachable, false))
        .then_accepted();
    assert!(matches!(
        &out[..],
        [OrganisationEvent::AbnormalListed {
            rectification_required: true,
            auto_removable_on: None,
            ..
        }]
    ));
}

#[test]
fn abnormal_removal() {
    // On rectification: any time while listed, with a reason (once verified, when the listing
    // requires rectification).
    let mut verified = abnormal_with_rectification();
    verified.push(OrganisationEvent::RectificationVerified {
        verified_at: at(2026, 1, 5),
        removal_due: date(2026, 1, 12),
    });
    for events in [abnormal_no_rectification(), verified.clone()] {
        let removed = OrganisationEvent::AbnormalRemoved {
            basis: RemovalBasis::Rectified,
            reason: "已按要求整改".into(),
            removed_at: at(2026, 1, 6),
        };
        let org = given(events.clone())
            .with(ctx_on(2026, 1, 6))
            .when(remove_rectified())
            .then([removed.clone()]);
        let mut after = events;
        after.push(removed);
        assert_eq!(org.credit, CreditStanding::Normal);
        assert_eq!(org.listings[0].ended_by, Some(ListingEnd::Rectified));
        assert_eq!(org.listings[0].end_reason.as_deref(), Some("已按要求整改"));
        given(after.clone())
            .with(ctx_on(2026, 1, 7))
            .when(remove_rectified())
            .then_refused(CREDIT_ABNORMAL);
    }
    for reason in [None, Some(String::new()), Some("  ".to_owned())] {
        let e = given(verified.clone())
            .with(ctx_on(2026, 1, 6))
            .when(C::RemoveFromAbnormal {
                basis: RemovalBasis::Rectified,
                reason,
            })
            .then_invalid("reason");
        assert_eq!(e.rule(), Some(REG_REFUSAL_REASON), "{e}");
    }
    // By the passing of time: only without rectification, only from autoRemovableOn.
    let e = given(abnormal_no_rectification())
        .with(ctx_on(2026, 7, 4))
        .when(remove_elapsed())
        .then_refused(CREDIT_ABNORMAL);
    assert!(
        e.to_string().starts_with(
            "removal before its period: the listing can be removed automatically from 2026-07-05"
        ),
        "{e}"
    );
    let out = given(abnormal_no_rectification())
        .with(ctx_on(2026, 7, 5))
        .when(remove_elapsed())
        .then_accepted();
    assert!(matches!(
        &out[..],
        [OrganisationEvent::AbnormalRemoved { basis: RemovalBasis::PeriodElapsed, reason, .. }]
            if reason.contains("2026-07-05")
    ));
    let e = given(abnormal_with_rectification())
        .with(ctx_on(2030, 1, 1))
        .when(remove_elapsed())
        .then_refused(CREDIT_ABNORMAL);
    assert!(e.to_string().contains("requires rectification"), "{e}");
    // Not listed at all.
    given(active())
        .with(ctx())
        .when(remove_rectified())
        .then_refused(CREDIT_ABNORMAL);
    given(seriously_listed())
        .with(ctx_on(2030, 1, 1))
        .when(remove_elapsed())
        .then_refused(CREDIT_ABNORMAL);
}

#[test]
fn a_verified_rectification_is_removed_within_working_days() {
    // Verified on Friday 26 September 2025, before the National Day holiday: five working days
    // are 28 (adjusted Sunday), 29, 30 September, 9 and 10 October.
    let calendar = Calendar {
        holidays: (1..=8).map(|d| date(2025, 10, d)).collect(),
        extra_workdays: [date(2025, 9, 28), date(2025, 10, 11)].into(),
    };
    let listed = active_then([abnormal_at(
        at(2025, 6, 1),
        AbnormalTrigger::RectificationNotDone,
        true,
    )]);
    let verified = OrganisationEvent::RectificationVerified {
        verified_at: at(2025, 9, 26),
        removal_due: date(2025, 10, 10),
    };
    let org = given(listed.clone())
        .with(ctx_on(2025, 9, 26).with_calendar(calendar))
        .when(C::VerifyRectification)
        .then([verified.clone()]);
    let mut events = listed;
    events.push(verified);
    let listing = org.credit.abnormal().cloned().unwrap();
    assert_eq!(listing.rectification_verified_at, Some(at(2025, 9, 26)));
    assert_eq!(listing.removal_due, Some(date(2025, 10, 10)));
    let e = given(events.clone())
        .with(ctx_on(2025, 9, 27))
        .when(C::VerifyRectification)
        .then_refused(CREDIT_ABNORMAL);
    assert!(e.to_string().contains("removed by 2025-10-10"), "{e}");
    given(active())
        .with(ctx())
        .when(C::VerifyRectification)
        .then_refused(CREDIT_ABNORMAL);
    given(events.clone())
        .with(ctx_on(2025, 10, 9))
        .when(remove_rectified())
        .then_accepted();
}

#[test]
fn two_years_on_the_abnormal_list_escalate_exactly_once() {
    let listed = abnormal_with_rectification();
    let e = given(listed.clone())
        .with(ctx_on(2028, 1, 4))
        .when(C::EscalateToSerious)
        .then_refused(CREDIT_ABNORMAL);
    assert!(e.to_string().contains("only from 2028-01-05"), "{e}");
    let escalated = OrganisationEvent::SeriousListed {
        trigger: SeriousTrigger::AbnormalTwoYears,
        reason: "on the abnormal-activity list since 2026-01-05 and not removed by 2028-01-05 (列入活动异常名录届满)".into(),
        listed_at: at(2028, 1, 5),
        removable_from: date(2030, 1, 5),
    };
    let org = given(listed.clone())
        .with(ctx_on(2028, 1, 5))
        .when(C::EscalateToSerious)
        .then([escalated.clone()]);
    let mut events = listed;
    events.push(escalated);
    assert!(
        matches!(&org.credit, CreditStanding::Serious(l) if l.trigger == SeriousTrigger::AbnormalTwoYears)
    );
    assert_eq!(org.listings[0].ended_by, Some(ListingEnd::MovedToSerious));
    assert_eq!(org.listings[1].list, CreditList::Serious);
    assert_eq!(
        org.listings[1].trigger,
        ListingTrigger::Serious(SeriousTrigger::AbnormalTwoYears)
    );
    // Exactly once.
    given(events.clone())
        .with(ctx_on(2028, 1, 6))
        .when(C::EscalateToSerious)
        .then_refused(CREDIT_ABNORMAL);
    // Removed in time: nothing to escalate.
    let mut removed = abnormal_with_rectification();
    removed.push(OrganisationEvent::AbnormalRemoved {
        basis: RemovalBasis::Rectified,
        reason: "已整改".into(),
        removed_at: at(2027, 12, 1),
    });
    given(removed.clone())
        .with(ctx_on(2028, 1, 5))
        .when(C::EscalateToSerious)
        .then_refused(CREDIT_ABNORMAL);
}

#[test]
fn serious_listing() {
    for (name, events) in [
        ("from normal", active()),
        ("from abnormal", abnormal_no_rectification()),
        ("from serious, restarting the clock", seriously_listed()),
    ] {
        let org = given(events)
            .with(ctx_on(2026, 6, 1))
            .when(list_serious(SeriousTrigger::DishonestJudgmentDebtor))
            .then([serious_at(
                at(2026, 6, 1),
                SeriousTrigger::DishonestJudgmentDebtor,
            )]);
        let listing = org.credit.serious().cloned().unwrap();
        assert_eq!(listing.removable_from, date(2028, 6, 1), "{name}");
        if let [.., previous, current] = &org.listings[..] {
            let expected = if name == "from abnormal" {
                ListingEnd::MovedToSerious
            } else {
                ListingEnd::Restarted
            };
            assert_eq!(previous.ended_by, Some(expected), "{name}");
            assert_eq!(current.ended_at, None);
        }
    }
    // Only the escalation records ABNORMAL_TWO_YEARS.
    let e = given(abnormal_no_rectification())
        .with(ctx())
        .when(list_serious(SeriousTrigger::AbnormalTwoYears))
        .then_invalid("trigger");
    assert_eq!(e.rule(), Some(CREDIT_SERIOUS));
    // The serious list excludes the abnormal one.
    let e = given(seriously_listed())
        .with(ctx_on(2026, 2, 1))
        .when(list_abnormal(AbnormalTrigger::Unreachable, false))
        .then_refused(CREDIT_SERIOUS);
    assert!(e.to_string().contains("since 2026-01-05"), "{e}");
}

#[test]
fn serious_removal_no_earlier_than_two_years() {
    let remove = C::RemoveFromSerious {
        reason: "满2年且无新情形".into(),
    };
    for day in [ctx_on(2026, 6, 1), ctx_on(2028, 1, 4)] {
        let e = given(seriously_listed())
            .with(day.clone())
            .when(remove.clone())
            .then_refused(CREDIT_SERIOUS);
        assert!(e.to_string().contains("no earlier than 2028-01-05"), "{e}");
    }
    let removed = OrganisationEvent::SeriousRemoved {
        reason: "满2年且无新情形".into(),
        removed_at: at(2028, 1, 5),
    };
    let org = given(seriously_listed())
        .with(ctx_on(2028, 1, 5))
        .when(remove.clone())
        .then([removed.clone()]);
    let mut events = seriously_listed();
    events.push(removed);
    assert_eq!(org.credit, CreditStanding::Normal);
    assert_eq!(org.listings[0].ended_by, Some(ListingEnd::Removed));
    given(events.clone())
        .with(ctx_on(2028, 1, 6))
        .when(remove.clone())
        .then_refused(CREDIT_SERIOUS);
    given(active())
        .with(ctx())
        .when(remove.clone())
        .then_refused(CREDIT_SERIOUS);
    let e = given(seriously_listed())
        .with(ctx_on(2028, 1, 5))
        .when(C::RemoveFromSerious { reason: " ".into() })
        .then_invalid("reason");
    assert_eq!(e.rule(), Some(REG_REFUSAL_REASON), "{e}");
    // A new trigger restarts the two years.
    let mut retriggered = seriously_listed();
    retriggered.push(serious_at(at(2027, 1, 1), SeriousTrigger::RepeatedWarnings));
    given(retriggered.clone())
        .with(ctx_on(2028, 1, 5))
        .when(remove.clone())
        .then_refused(CREDIT_SERIOUS);
    given(retriggered.clone())
        .with(ctx_on(2029, 1, 1))
        .when(remove.clone())
        .then_accepted();
}

#[test]
fn every_listing_needs_a_reason() {
    let long = "理".repeat(2001);
    let cases: Vec<(Vec<OrganisationEvent>, OrganisationCommand)> = vec![
        (
            active(),
            C::ListAsAbnormal {
                trigger: AbnormalTrigger::Unreachable,
                reason: "".into(),
                rectification_required: false,
            },
        ),
        (
            active(),
            C::ListAsAbnormal {
                trigger: AbnormalTrigger::Unreachable,
                reason: long.clone(),
                rectification_required: false,
            },
        ),
        (
            active(),
            C::ListAsSerious {
                trigger: SeriousTrigger::LargeFine,
                reason: " ".into(),
            },
        ),
        (
            abnormal_no_rectification(),
            C::RemoveFromAbnormal {
                basis: RemovalBasis::PeriodElapsed,
                reason: Some(long),
            },
        ),
    ];
    for (events, command) in cases {
        let e = given(events)
            .with(ctx_on(2026, 8, 1))
            .when(command)
            .then_invalid("reason");
        assert_eq!(e.rule(), Some(REG_REFUSAL_REASON));
    }
}

#[test]
fn triggers_have_chinese_labels_and_wire_names() {
    assert_eq!(
        AbnormalTrigger::AnnualReportLate.label_zh(),
        "未按规定报送年度工作报告"
    );
    assert_eq!(
        SeriousTrigger::AbnormalTwoYears.label_zh(),
        "列入活动异常名录满2年"
    );
    assert_eq!(
        serde_json::to_value(AbnormalTrigger::FundraisingQualificationLost).unwrap(),
        serde_json::json!("FUNDRAISING_QUALIFICATION_LOST")
    );
    assert_eq!(
        serde_json::to_value(SeriousTrigger::DishonestJudgmentDebtor).unwrap(),
        serde_json::json!("DISHONEST_JUDGMENT_DEBTOR")
    );
    for trigger in [
        ListingTrigger::Abnormal(AbnormalTrigger::WarningOrSmallFine),
        ListingTrigger::Serious(SeriousTrigger::CertificateRevoked),
    ] {
        let json = serde_json::to_value(trigger).unwrap();
        assert_eq!(
            serde_json::from_value::<ListingTrigger>(json).unwrap(),
            trigger
        );
    }
}

/// CREDIT-ABNORMAL (Part B §2.3): a listing that requires rectification is removed "after
/// rectification, on application: within 5 wd of verification" — so never as RECTIFIED before
/// staff verified the rectification.
#[test]
fn a_listing_requiring_rectification_is_removed_only_after_verification() {
    let listed = abnormal_with_rectification();
    let e = given(listed.clone())
        .with(ctx_on(2026, 1, 6))
        .when(remove_rectified())
        .then_refused(CREDIT_ABNORMAL);
    assert!(e.to_string().contains("VerifyRectification"), "{e}");
    assert!(e.to_string().contains("整改"), "{e}");
    let mut verified = listed;
    verified.extend(
        given(verified.clone())
            .with(ctx_on(2026, 1, 6))
            .when(C::VerifyRectification)
            .then_accepted(),
    );
    let out = given(verified.clone())
        .with(ctx_on(2026, 1, 7))
        .when(remove_rectified())
        .then_accepted();
    verified.extend(out);
    let org = given(verified).state().clone();
    assert_eq!(org.credit, CreditStanding::Normal);
    assert_eq!(org.listings[0].ended_by, Some(ListingEnd::Rectified));
}
