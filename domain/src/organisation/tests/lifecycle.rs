//! Suspension, dissolution and the end of an organisation (Part B §2.1), and REG-STATE over
//! every status and every command.

use super::*;

use crate::error::rules::{REG_REFUSAL_REASON, REG_STATE};
use OrganisationCommand as C;
use OrganisationStatus as S;

/// Name, the case, expected events, status after.
type Transition = (&'static str, When<Organisation>, Vec<OrganisationEvent>, S);

#[test]
fn suspension_dissolution_and_end_transitions() {
    let cases: Vec<Transition> = vec![
        (
            "suspend",
            given(active()).with(ctx()).when(C::OrderSuspension {
                reason: " 违反章程开展活动 ".into(),
            }),
            vec![OrganisationEvent::SuspensionOrdered {
                reason: "违反章程开展活动".into(),
                ordered_at: now(),
            }],
            S::Suspended,
        ),
        (
            "lift",
            given(active_then([suspended_at(t(3))]))
                .with(ctx())
                .when(C::LiftSuspension {
                    reason: "整改完毕".into(),
                }),
            vec![OrganisationEvent::SuspensionLifted {
                reason: "整改完毕".into(),
                lifted_at: now(),
            }],
            S::Active,
        ),
        (
            "dissolve an active organisation",
            given(active()).with(ctx()).when(C::ResolveDissolution {
                reason: "会员大会决议解散".into(),
            }),
            vec![OrganisationEvent::DissolutionResolved {
                reason: "会员大会决议解散".into(),
                resolved_at: now(),
            }],
            S::Liquidating,
        ),
        (
            "dissolve a suspended organisation",
            given(active_then([suspended_at(t(3))]))
                .with(ctx())
                .when(C::ResolveDissolution {
                    reason: "会员大会决议解散".into(),
                }),
            vec![OrganisationEvent::DissolutionResolved {
                reason: "会员大会决议解散".into(),
                resolved_at: now(),
            }],
            S::Liquidating,
        ),
        (
            "deregister after liquidation",
            given(active_then([dissolution_at(t(3))]))
                .with(ctx())
                .when(C::Deregister {
                    reason: Some("清算完毕".into()),
                }),
            vec![OrganisationEvent::OrganisationDeregistered {
                reason: Some("清算完毕".into()),
                deregistered_at: now(),
            }],
            S::Deregistered,
        ),
        (
            "revoke a suspended organisation",
            given(active_then([suspended_at(t(3))]))
                .with(ctx())
                .when(C::Revoke {
                    reason: "限期停止活动期间继续开展活动".into(),
                }),
            vec![OrganisationEvent::RegistrationRevoked {
                reason: "限期停止活动期间继续开展活动".into(),
                revoked_at: now(),
            }],
            S::Revoked,
        ),
    ];
    for (name, case, expected, status) in cases {
        let org = case.then(expected);
        assert_eq!(org.status, Some(status), "{name}");
    }
}

#[test]
fn suspensions_and_dissolution_are_kept_with_their_reasons() {
    let events = active_then([
        suspended_at(t(3)),
        OrganisationEvent::SuspensionLifted {
            reason: "整改完毕".into(),
            lifted_at: t(5),
        },
        suspended_at(t(6)),
        dissolution_at(t(7)),
    ]);
    let org = given(events.clone()).state().clone();
    assert_eq!(org.status, Some(S::Liquidating));
    assert!(org.is_live());
    assert_eq!(
        org.suspensions,
        vec![
            Suspension {
                reason: "违反章程开展活动".into(),
                ordered_at: t(3),
                lifted_at: Some(t(5)),
                lift_reason: Some("整改完毕".into()),
            },
            Suspension {
                reason: "违反章程开展活动".into(),
                ordered_at: t(6),
                lifted_at: None,
                lift_reason: None,
            },
        ]
    );
    assert_eq!(org.current_suspension(), org.suspensions.get(1));
    assert_eq!(
        org.dissolution,
        Some(Dissolution {
            reason: "会员大会决议解散".into(),
            resolved_at: t(7),
        })
    );
    let lifted = given(events[..4].to_vec()).state().clone();
    assert_eq!(lifted.status, Some(S::Active));
    assert_eq!(lifted.current_suspension(), None);
}

#[test]
fn suspension_dissolution_and_revocation_need_a_reason() {
    let suspended = active_then([suspended_at(t(3))]);
    let long = "理".repeat(2001);
    let cases: Vec<(Vec<OrganisationEvent>, OrganisationCommand)> = vec![
        (active(), C::OrderSuspension { reason: "".into() }),
        (
            active(),
            C::OrderSuspension {
                reason: long.clone(),
            },
        ),
        (suspended.clone(), C::LiftSuspension { reason: " ".into() }),
        (active(), C::ResolveDissolution { reason: "".into() }),
        (suspended.clone(), C::ResolveDissolution { reason: long }),
        (
            suspended,
            C::Revoke {
                reason: "\t".into(),
            },
        ),
    ];
    for (events, command) in cases {
        let e = given(events)
            .with(ctx())
            .when(command)
            .then_invalid("reason");
        assert_eq!(e.rule(), Some(REG_REFUSAL_REASON), "{e}");
    }
}

// --- REG-STATE over everything ----------------------------------------------------------------

/// One command of each kind; the exhaustive match makes a new command fail to compile here
/// until it is added to the table.
fn one_of_each_command() -> Vec<OrganisationCommand> {
    let reason = || "依法处理".to_owned();
    let commands = vec![
        apply(),
        C::Approve,
        C::Refuse { reason: reason() },
        change(|r| r.purpose = Some("新宗旨".into())),
        C::Deregister { reason: None },
        C::Revoke { reason: reason() },
        prep_apply(),
        C::ApprovePreparation,
        C::RefusePreparation { reason: reason() },
        C::ApplyForEstablishment {
            members: members(60, 0),
        },
        C::LapsePreparation,
        C::OrderSuspension { reason: reason() },
        C::LiftSuspension { reason: reason() },
        C::ResolveDissolution { reason: reason() },
        C::SubmitAnnualReport { year: 2025 },
        C::ConcludeAnnualReport {
            year: 2025,
            conclusion: ReportConclusion::Qualified,
        },
        C::MarkAnnualReportNotFiled { year: 2025 },
        C::ListAsAbnormal {
            trigger: AbnormalTrigger::Unreachable,
            reason: reason(),
            rectification_required: false,
        },
        C::VerifyRectification,
        C::RemoveFromAbnormal {
            basis: RemovalBasis::Rectified,
            reason: Some(reason()),
        },
        C::EscalateToSerious,
        C::ListAsSerious {
            trigger: SeriousTrigger::LargeFine,
            reason: reason(),
        },
        C::RemoveFromSerious { reason: reason() },
        C::RateOrganisation {
            grade: 3,
            score: 700,
        },
        C::ExpireRating,
        C::DesignateHub {
            field: "社区服务".into(),
            from: date(2025, 3, 10),
        },
        C::EndHubDesignation { reason: reason() },
        C::AdmitHubMember { member_id: MEMBER },
        C::ReleaseHubMember { member_id: MEMBER },
        C::RecordPerformanceGrade(crate::organisation::PerformanceGrade {
            evaluation_id: Uuid::from_u128(0x9E),
            contract_id: Uuid::from_u128(0x9C),
            procurement_id: Uuid::from_u128(0x9D),
            evaluator: crate::performance::EvaluatorKind::ThirdParty,
            grade: crate::performance::Grade::Good,
            score: crate::procurement::Points(8_500),
            concluded_at: ctx().now,
        }),
    ];
    let index = |c: &OrganisationCommand| match c {
        C::Apply { .. } => 0,
        C::Approve => 1,
        C::Refuse { .. } => 2,
        C::RegisterChange(_) => 3,
        C::Deregister { .. } => 4,
        C::Revoke { .. } => 5,
        C::ApplyForPreparation { .. } => 6,
        C::ApprovePreparation => 7,
        C::RefusePreparation { .. } => 8,
        C::ApplyForEstablishment { .. } => 9,
        C::LapsePreparation => 10,
        C::OrderSuspension { .. } => 11,
        C::LiftSuspension { .. } => 12,
        C::ResolveDissolution { .. } => 13,
        C::SubmitAnnualReport { .. } => 14,
        C::ConcludeAnnualReport { .. } => 15,
        C::MarkAnnualReportNotFiled { .. } => 16,
        C::ListAsAbnormal { .. } => 17,
        C::VerifyRectification => 18,
        C::RemoveFromAbnormal { .. } => 19,
        C::EscalateToSerious => 20,
        C::ListAsSerious { .. } => 21,
        C::RemoveFromSerious { .. } => 22,
        C::RateOrganisation { .. } => 23,
        C::ExpireRating => 24,
        C::DesignateHub { .. } => 25,
        C::EndHubDesignation { .. } => 26,
        C::AdmitHubMember { .. } => 27,
        C::ReleaseHubMember { .. } => 28,
        C::RecordPerformanceGrade(_) => 29,
    };
    for (i, c) in commands.iter().enumerate() {
        assert_eq!(index(c), i, "{}", c.name());
    }
    commands
}

/// The transition tables of Part B §2.1–2.5 as this ledger implements them, written out
/// independently of `allowed_statuses`.
fn allowed(state: Option<S>, command: &OrganisationCommand) -> bool {
    let Some(s) = state else {
        return matches!(command, C::Apply { .. } | C::ApplyForPreparation { .. });
    };
    let registered = matches!(s, S::Active | S::Suspended | S::Liquidating);
    let ever_registered = registered || matches!(s, S::Deregistered | S::Revoked);
    match command {
        C::Apply { .. } | C::ApplyForPreparation { .. } => false,
        C::Approve | C::Refuse { .. } => matches!(s, S::Applied | S::EstabApplied),
        C::ApprovePreparation | C::RefusePreparation { .. } => s == S::PrepApplied,
        C::ApplyForEstablishment { .. } | C::LapsePreparation => s == S::Preparing,
        C::RegisterChange(_)
        | C::OrderSuspension { .. }
        | C::RateOrganisation { .. }
        | C::DesignateHub { .. }
        | C::AdmitHubMember { .. } => s == S::Active,
        C::Deregister { .. } => matches!(s, S::Active | S::Liquidating),
        C::Revoke { .. }
        | C::ResolveDissolution { .. }
        | C::SubmitAnnualReport { .. }
        | C::MarkAnnualReportNotFiled { .. } => matches!(s, S::Active | S::Suspended),
        C::LiftSuspension { .. } => s == S::Suspended,
        C::ConcludeAnnualReport { .. }
        | C::ListAsAbnormal { .. }
        | C::VerifyRectification
        | C::RemoveFromAbnormal { .. }
        | C::EscalateToSerious
        | C::ListAsSerious { .. }
        | C::RemoveFromSerious { .. } => registered,
        C::ExpireRating
        | C::EndHubDesignation { .. }
        | C::ReleaseHubMember { .. }
        | C::RecordPerformanceGrade(_) => ever_registered,
    }
}

#[test]
fn every_command_is_accepted_only_in_its_states() {
    let commands = one_of_each_command();
    let mut state_refusals = 0;
    for state in all_states() {
        let in_state = given(history(state));
        assert_eq!(in_state.state().status, state);
        for command in &commands {
            let case = in_state.clone().with(ctx());
            if allowed(state, command) {
                // Other rules may still refuse it here (no report yet, not listed, …), but
                // never the state. The harness has no expectation for "accepted or refused by
                // another rule", so only a refusal goes through it, to print the case.
                if case.state().decide(command, &ctx()).is_err() {
                    case.when(command.clone()).then_error(
                        "acceptance, or a refusal by a rule other than REG-STATE",
                        |e| e.rule() != Some(REG_STATE),
                    );
                }
            } else {
                let e = case.when(command.clone()).then_refused(REG_STATE);
                let named = state.map_or("has not applied", OrganisationStatus::as_str);
                assert!(e.to_string().contains(named), "{e}");
                assert!(e.to_string().contains("needs"), "{e}");
                state_refusals += 1;
            }
        }
    }
    assert!(state_refusals > 250, "{state_refusals}");
}

#[test]
fn state_messages_list_every_allowed_state() {
    let cases = [
        (
            history(Some(S::Applied)),
            C::ListAsAbnormal {
                trigger: AbnormalTrigger::Unreachable,
                reason: "x".into(),
                rectification_required: false,
            },
            "organisation is APPLIED (申请中); listing as abnormal needs it to be ACTIVE, SUSPENDED or LIQUIDATING",
        ),
        (
            history(Some(S::Preparing)),
            C::Deregister { reason: None },
            "organisation is PREPARING (筹备中); deregistering needs it to be ACTIVE or LIQUIDATING",
        ),
        (
            history(Some(S::Lapsed)),
            prep_apply(),
            "organisation is LAPSED (筹备失效); applying for preparation (筹备) needs an organisation that has not applied yet",
        ),
    ];
    for (events, command, message) in cases {
        let e = given(events)
            .with(ctx())
            .when(command)
            .then_refused(REG_STATE);
        assert_eq!(e.to_string(), message);
    }
}

#[test]
fn command_names_and_time_driven_flags() {
    let commands = one_of_each_command();
    let mut names: Vec<&str> = commands.iter().map(OrganisationCommand::name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), commands.len());
    let time_driven: Vec<&str> = commands
        .iter()
        .filter(|c| c.is_time_driven())
        .map(OrganisationCommand::name)
        .collect();
    assert_eq!(
        time_driven,
        [
            "LapsePreparation",
            "MarkAnnualReportNotFiled",
            "EscalateToSerious",
            "ExpireRating"
        ]
    );
    assert!(
        C::RemoveFromAbnormal {
            basis: RemovalBasis::PeriodElapsed,
            reason: None
        }
        .is_time_driven()
    );
}

/// A social group ends through dissolution and liquidation (Part B §2.1): ACTIVE or SUSPENDED →
/// DissolutionResolved → LIQUIDATING → Deregistered. Single-stage kinds may still be
/// deregistered from ACTIVE (§2.2).
#[test]
fn a_social_group_is_deregistered_only_after_dissolution_and_liquidation() {
    let group_active = vec![
        prep_applied(t(1)),
        prep_approved(t(2)),
        estab_applied(t(3)),
        registered_at(t(4)),
    ];
    let deregister = C::Deregister {
        reason: Some("清算完毕".into()),
    };
    let e = given(group_active.clone())
        .with(ctx())
        .when(deregister.clone())
        .then_refused(REG_STATE);
    assert!(e.to_string().contains("社会团体"), "{e}");
    assert!(e.to_string().contains("ResolveDissolution"), "{e}");
    let mut group_suspended = group_active.clone();
    group_suspended.push(suspended_at(t(5)));
    given(group_suspended)
        .with(ctx())
        .when(deregister.clone())
        .then_refused(REG_STATE);
    let mut liquidating = group_active;
    liquidating.push(dissolution_at(t(5)));
    let org = given(liquidating)
        .with(ctx())
        .when(deregister.clone())
        .then([OrganisationEvent::OrganisationDeregistered {
            reason: Some("清算完毕".into()),
            deregistered_at: now(),
        }]);
    assert_eq!(org.status, Some(S::Deregistered));
    // A social service organisation: directly from ACTIVE.
    given(active()).with(ctx()).when(deregister).then_accepted();
}
