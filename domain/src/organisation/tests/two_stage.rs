//! Social groups: preparation, then establishment (REG-TWO-STAGE, REG-MIN-MEMBERS,
//! REG-MIN-FUNDS; Part B §2.1, §3.1).

use super::*;

use crate::error::rules::{
    REG_MIN_FUNDS, REG_MIN_MEMBERS, REG_NAME, REG_REFUSAL_REASON, REG_STATE, REG_TWO_STAGE,
    REG_USCC,
};
use OrganisationCommand as C;
use OrganisationStatus as S;

#[test]
fn the_two_stage_happy_path() {
    let steps: Vec<(OrganisationCommand, Context, Vec<OrganisationEvent>, S)> = vec![
        (
            prep_apply(),
            ctx_on(2025, 1, 10),
            vec![prep_applied(at(2025, 1, 10))],
            S::PrepApplied,
        ),
        (
            C::ApprovePreparation,
            ctx_on(2025, 2, 10),
            vec![OrganisationEvent::PreparationApproved {
                approved_at: at(2025, 2, 10),
                establishment_due: date(2025, 8, 10),
            }],
            S::Preparing,
        ),
        (
            C::ApplyForEstablishment {
                members: members(80, 5),
            },
            ctx_on(2025, 6, 1),
            vec![OrganisationEvent::EstablishmentApplied {
                applied_at: at(2025, 6, 1),
                members: members(80, 5),
                decision_due: date(2025, 7, 1),
            }],
            S::EstabApplied,
        ),
        (
            C::Approve,
            ctx_on(2025, 6, 20),
            vec![registered_at(at(2025, 6, 20))],
            S::Active,
        ),
    ];
    let mut events = Vec::new();
    let mut org = Organisation::default();
    for (command, ctx, expected, status) in steps {
        let name = command.name();
        org = given(events.clone())
            .with(ctx)
            .when(command)
            .then(expected.clone());
        events.extend(expected);
        assert_eq!(org.status, Some(status), "after {name}");
        assert!(org.is_live());
    }
    assert_eq!(org.kind, Some(OrganisationKind::SocialGroup));
    assert_eq!(org.name, SG_NAME);
    assert_eq!(org.applied_at, Some(at(2025, 1, 10)));
    assert_eq!(org.preparation_approved_at, Some(at(2025, 2, 10)));
    assert_eq!(org.establishment_due, Some(date(2025, 8, 10)));
    assert_eq!(org.establishment_applied_at, Some(at(2025, 6, 1)));
    assert_eq!(org.decision_due, Some(date(2025, 7, 1)));
    assert_eq!(org.members, Some(members(80, 5)));
    assert_eq!(org.registered_at, Some(at(2025, 6, 20)));
    assert_eq!(org.registered_on(), Some(date(2025, 6, 20)));
}

#[test]
fn preparation_decision_due_follows_the_policy_in_force() {
    let ctx = ctx_on(2025, 1, 10).with_policy(Policy {
        decision_due_days: 45,
        ..Policy::default()
    });
    let out = given([]).with(ctx).when(prep_apply()).then_accepted();
    assert!(matches!(
        &out[..],
        [OrganisationEvent::PreparationApplied { decision_due, .. }] if *decision_due == date(2025, 2, 24)
    ));
    let org = given(out).state().clone();
    assert_eq!(org.decision_due, Some(date(2025, 2, 24)));
    assert_eq!(org.members, Some(members(60, 0)));
}

#[test]
fn preparation_can_be_refused_with_a_reason() {
    let org = given([prep_applied(t(1))])
        .with(ctx())
        .when(C::RefusePreparation {
            reason: " 同一行政区域内已有业务范围相同的社会团体 ".into(),
        })
        .then([OrganisationEvent::PreparationRefused {
            reason: "同一行政区域内已有业务范围相同的社会团体".into(),
            refused_at: now(),
        }]);
    assert_eq!(org.status, Some(S::Refused));
    assert!(!org.is_live());
    assert_eq!(
        org.refusal_reason.as_deref(),
        Some("同一行政区域内已有业务范围相同的社会团体")
    );
    for reason in ["", "  "] {
        let e = given([prep_applied(t(1))])
            .with(ctx())
            .when(C::RefusePreparation {
                reason: reason.into(),
            })
            .then_invalid("reason");
        assert_eq!(e.rule(), Some(REG_REFUSAL_REASON));
    }
}

#[test]
fn establishment_is_decided_like_a_registration() {
    let estab = given(history(Some(S::EstabApplied)));
    estab
        .clone()
        .with(ctx())
        .when(C::Refuse {
            reason: "会员大会未依章程召开".into(),
        })
        .then([OrganisationEvent::RegistrationRefused {
            reason: "会员大会未依章程召开".into(),
            refused_at: now(),
        }]);
    // Another organisation may have taken the name or the code in the meantime.
    for (case, command, rule) in [
        (
            estab.clone().with(facts(None, Some(OTHER))),
            C::Approve,
            REG_NAME,
        ),
        (
            estab.clone().with(facts(Some(OTHER), None)),
            C::Approve,
            REG_USCC,
        ),
        (
            given([prep_applied(t(1))]).with(facts(None, Some(OTHER))),
            C::ApprovePreparation,
            REG_NAME,
        ),
    ] {
        case.when(command).then_refused(rule);
    }
    estab
        .with(facts(Some(ID), Some(ID)))
        .when(C::Approve)
        .then_accepted();
}

// --- REG-TWO-STAGE ----------------------------------------------------------------------------

#[test]
fn each_kind_has_its_own_procedure() {
    let group_applies_directly = apply_with(|a| *a = sg_application());
    let e = given([])
        .with(ctx())
        .when(group_applies_directly)
        .then_refused(REG_TWO_STAGE);
    assert!(
        e.to_string()
            .starts_with("social groups apply for preparation first"),
        "{e}"
    );
    for kind in [
        OrganisationKind::SocialServiceOrg,
        OrganisationKind::Foundation,
    ] {
        let cmd = prep_apply_with(members(60, 0), |a| {
            a.kind = kind;
            a.credit_code =
                CreditCode::from_parts(kind.credit_code_digit(), "440300", "MJL00001").unwrap();
            a.registered_funds = money("2000000");
        });
        let e = given([]).with(ctx()).when(cmd).then_refused(REG_TWO_STAGE);
        assert!(e.to_string().contains(kind.as_str()), "{e}");
    }
}

#[test]
fn establishment_must_be_applied_for_within_the_preparation_period() {
    // Approved 2 March 2025: due 2 September 2025, the last day (China time).
    let establish = C::ApplyForEstablishment {
        members: members(60, 0),
    };
    let on_time = [
        ctx_on(2025, 3, 3),
        ctx_on(2025, 9, 2),
        // 23:59 in China on the due day.
        Context::at(Utc.with_ymd_and_hms(2025, 9, 2, 15, 59, 0).unwrap()),
    ];
    for ctx in on_time {
        given(preparing())
            .with(ctx)
            .when(establish.clone())
            .then_accepted();
    }
    let late = [
        // 00:00 in China on the day after, still 2 September in UTC.
        Context::at(Utc.with_ymd_and_hms(2025, 9, 2, 16, 0, 0).unwrap()),
        ctx_on(2025, 9, 3),
        ctx_on(2026, 1, 1),
    ];
    for ctx in late {
        let e = given(preparing())
            .with(ctx)
            .when(establish.clone())
            .then_refused(REG_TWO_STAGE);
        assert!(
            e.to_string()
                .contains("the preparation period (筹备期) ended on 2025-09-02"),
            "{e}"
        );
    }
}

#[test]
fn a_policy_change_does_not_move_a_running_preparation_deadline() {
    let shorter = ctx_on(2025, 8, 1).with_policy(Policy {
        preparation_valid_months: 3,
        ..Policy::default()
    });
    let establish = C::ApplyForEstablishment {
        members: members(60, 0),
    };
    given(preparing())
        .with(shorter.clone())
        .when(establish)
        .then_accepted();
    given(preparing())
        .with(shorter.clone())
        .when(C::LapsePreparation)
        .then_refused(REG_TWO_STAGE);
    // A new approval under that policy records the shorter period.
    given([prep_applied(t(1))])
        .with(shorter)
        .when(C::ApprovePreparation)
        .then([OrganisationEvent::PreparationApproved {
            approved_at: at(2025, 8, 1),
            establishment_due: date(2025, 11, 1),
        }]);
}

#[test]
fn preparation_lapses_only_after_the_deadline_and_only_once() {
    for ctx in [ctx_on(2025, 3, 28), ctx_on(2025, 9, 2)] {
        let e = given(preparing())
            .with(ctx)
            .when(C::LapsePreparation)
            .then_refused(REG_TWO_STAGE);
        assert!(e.to_string().contains("runs until 2025-09-02"), "{e}");
    }
    let lapse = OrganisationEvent::PreparationLapsed {
        lapsed_at: at(2025, 9, 3),
    };
    let org = given(preparing())
        .with(ctx_on(2025, 9, 3))
        .when(C::LapsePreparation)
        .then([lapse.clone()]);
    assert_eq!(org.status, Some(S::Lapsed));
    assert_eq!(org.lapsed_at, Some(at(2025, 9, 3)));
    assert!(!org.is_live(), "a lapsed preparation releases the name");
    // Never twice, and nothing else follows.
    let mut lapsed = preparing();
    lapsed.push(lapse);
    for command in [
        C::LapsePreparation,
        C::ApplyForEstablishment {
            members: members(60, 0),
        },
    ] {
        given(lapsed.clone())
            .with(ctx_on(2025, 9, 4))
            .when(command)
            .then_refused(REG_STATE);
    }
    // An establishment application stops the clock.
    given(history(Some(S::EstabApplied)))
        .with(ctx_on(2025, 9, 3))
        .when(C::LapsePreparation)
        .then_refused(REG_STATE);
}

// --- REG-MIN-MEMBERS --------------------------------------------------------------------------

#[test]
fn minimum_members_at_preparation_and_establishment() {
    let cases = [
        ((50, 0), true),
        ((49, 0), false),
        ((0, 30), true),
        ((0, 29), false),
        ((25, 25), true),
        ((25, 24), false),
        ((49, 1), true),
        ((1, 30), true),
        ((21, 29), true),
        ((20, 29), false),
        ((20, 20), false),
        ((0, 0), false),
        ((u32::MAX, u32::MAX), true),
    ];
    for ((individual, unit), ok) in cases {
        let m = members(individual, unit);
        let commands = [
            (vec![], prep_apply_with(m, |_| {})),
            (preparing(), C::ApplyForEstablishment { members: m }),
        ];
        for (events, command) in commands {
            let case = given(events).with(ctx()).when(command);
            if ok {
                case.then_accepted();
            } else {
                let e = case.then_refused(REG_MIN_MEMBERS);
                assert!(
                    e.to_string()
                        .contains(&format!("{individual} individual and {unit} unit")),
                    "{e}"
                );
            }
        }
    }
}

#[test]
fn minimum_members_come_from_the_policy() {
    let strict = ctx().with_policy(Policy {
        min_individual_members: 100,
        min_unit_members: 40,
        min_mixed_members: 100,
        ..Policy::default()
    });
    let apply = |m| {
        given([])
            .with(strict.clone())
            .when(prep_apply_with(m, |_| {}))
    };
    apply(members(99, 0)).then_refused(REG_MIN_MEMBERS);
    apply(members(100, 0)).then_accepted();
    apply(members(0, 39)).then_refused(REG_MIN_MEMBERS);
}

// --- REG-MIN-FUNDS ----------------------------------------------------------------------------

fn national_group(funds: &str) -> OrganisationCommand {
    prep_apply_with(members(60, 0), |a| {
        a.name = "中国社区志愿者协会".into();
        a.jurisdiction = Jurisdiction::national();
        a.credit_code = CreditCode::from_parts('1', "100000", "MJL00002").unwrap();
        a.registered_funds = money(funds);
    })
}

fn foundation(funds: &str, national: bool, public: bool) -> OrganisationCommand {
    let division = if national { "100000" } else { "440300" };
    apply_with(|a| {
        a.name = "深圳市阳光公益基金会".into();
        a.kind = OrganisationKind::Foundation;
        a.jurisdiction = jur(division);
        a.credit_code = CreditCode::from_parts('3', division, "MJL00003").unwrap();
        a.registered_funds = money(funds);
        a.public_fundraising = public;
    })
}

#[test]
fn minimum_funds_by_kind_level_and_fundraising() {
    let local_group =
        |funds: &str| prep_apply_with(members(60, 0), |a| a.registered_funds = money(funds));
    let service_org = |funds: &str| apply_with(|a| a.registered_funds = money(funds));
    let cases: Vec<(&str, OrganisationCommand, bool)> = vec![
        ("local group at the minimum", local_group("30000"), true),
        ("local group one fen below", local_group("29999.99"), false),
        (
            "national group at the minimum",
            national_group("100000"),
            true,
        ),
        (
            "national group one fen below",
            national_group("99999.99"),
            false,
        ),
        (
            "national group with local funds",
            national_group("30000"),
            false,
        ),
        (
            "national public foundation",
            foundation("8000000", true, true),
            true,
        ),
        (
            "national public foundation below",
            foundation("7999999.99", true, true),
            false,
        ),
        (
            "local public foundation",
            foundation("4000000", false, true),
            true,
        ),
        (
            "local public foundation below",
            foundation("3999999.99", false, true),
            false,
        ),
        (
            "national non-public foundation",
            foundation("2000000", true, false),
            true,
        ),
        (
            "local non-public foundation",
            foundation("2000000", false, false),
            true,
        ),
        (
            "non-public foundation below",
            foundation("1999999.99", false, false),
            false,
        ),
        (
            "local public foundation at 2M",
            foundation("2000000", false, true),
            false,
        ),
        ("social service org: no minimum", service_org("0"), true),
    ];
    for (name, command, ok) in cases {
        let case = given([]).with(ctx()).when(command);
        if ok {
            case.then_accepted();
        } else {
            let e = case.then_refused(REG_MIN_FUNDS);
            assert!(e.to_string().contains("must be at least ¥"), "{name}: {e}");
        }
    }
    let e = given([])
        .with(ctx())
        .when(foundation("1999999.99", false, false))
        .then_refused(REG_MIN_FUNDS);
    assert_eq!(
        e.to_string(),
        "the original fund (原始基金) of a non-public foundation must be at least ¥2000000.00; ¥1999999.99 was given"
    );
}

#[test]
fn minimum_funds_hold_on_change_registration() {
    let mut foundation_applied = applied();
    if let OrganisationEvent::RegistrationApplied {
        kind,
        credit_code,
        registered_funds,
        ..
    } = &mut foundation_applied
    {
        *kind = OrganisationKind::Foundation;
        *credit_code = CreditCode::from_parts('3', "440300", "MJL00003").unwrap();
        *registered_funds = money("2000000");
    }
    let foundation_active = given([foundation_applied, registered()]).with(ctx());
    let funds = |s: &str| change(|r| r.registered_funds = Some(money(s)));
    foundation_active
        .clone()
        .when(funds("1999999.99"))
        .then_refused(REG_MIN_FUNDS);
    foundation_active.when(funds("2500000")).then_accepted();
    // A social service organisation has no statutory minimum.
    given(active()).with(ctx()).when(funds("0")).then_accepted();
}

#[test]
fn preparation_checks_name_and_code_like_apply() {
    let cases = vec![
        (
            prep_apply_with(members(60, 0), |a| a.name = "中华深圳志愿者协会".into()),
            ctx(),
            REG_NAME,
        ),
        (prep_apply(), facts(None, Some(OTHER)), REG_NAME),
        (prep_apply(), facts(Some(OTHER), None), REG_USCC),
        (
            prep_apply_with(members(60, 0), |a| a.jurisdiction = jur("440304")),
            ctx(),
            REG_USCC,
        ),
    ];
    for (command, ctx, rule) in cases {
        given([]).with(ctx).when(command).then_refused(rule);
    }
    let e = given([])
        .with(ctx())
        .when(prep_apply_with(members(60, 0), |a| a.name = " ".into()))
        .then_invalid("name");
    assert_eq!(e.rule(), Some(REG_NAME));
    given([])
        .with(ctx())
        .when(OrganisationCommand::ApplyForPreparation {
            organisation_id: Uuid::nil(),
            application: sg_application(),
            members: members(60, 0),
        })
        .then_invalid("organisationId");
}
