//! Hub-type organisations (HUB; Part B §3.1).

use super::*;

use crate::error::rules::{HUB, REG_REFUSAL_REASON, REG_STATE};
use OrganisationCommand as C;

const SECOND: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0004);

fn hub() -> Vec<OrganisationEvent> {
    active_then([designated()])
}

fn hub_with_member() -> Vec<OrganisationEvent> {
    active_then([designated(), joined(MEMBER)])
}

fn member_liveness(live: Option<bool>) -> Context {
    ctx().with_facts(RegistryFacts {
        member_is_live: live,
        ..RegistryFacts::default()
    })
}

#[test]
fn designation_and_membership_transitions() {
    let cases: Vec<(
        &str,
        Given<Organisation>,
        OrganisationCommand,
        Vec<OrganisationEvent>,
    )> = vec![
        (
            "designate",
            given(active()),
            C::DesignateHub {
                field: " 社区服务 ".into(),
                from: date(2025, 3, 10),
            },
            vec![OrganisationEvent::HubDesignated {
                field: "社区服务".into(),
                from: date(2025, 3, 10),
                designated_at: now(),
            }],
        ),
        (
            "admit",
            given(hub()),
            C::AdmitHubMember { member_id: MEMBER },
            vec![OrganisationEvent::HubMemberJoined {
                member_id: MEMBER,
                joined_on: date(2025, 3, 28),
            }],
        ),
        (
            "release",
            given(hub_with_member()),
            C::ReleaseHubMember { member_id: MEMBER },
            vec![OrganisationEvent::HubMemberLeft {
                member_id: MEMBER,
                left_on: date(2025, 3, 28),
            }],
        ),
        (
            "end without members",
            given(hub()),
            C::EndHubDesignation {
                reason: "职能调整".into(),
            },
            vec![OrganisationEvent::HubDesignationEnded {
                reason: "职能调整".into(),
                ended_at: now(),
            }],
        ),
        (
            "end releases every member first",
            given(active_then([designated(), joined(MEMBER), joined(SECOND)])),
            C::EndHubDesignation {
                reason: "职能调整".into(),
            },
            vec![
                OrganisationEvent::HubMemberLeft {
                    member_id: MEMBER,
                    left_on: date(2025, 3, 28),
                },
                OrganisationEvent::HubMemberLeft {
                    member_id: SECOND,
                    left_on: date(2025, 3, 28),
                },
                OrganisationEvent::HubDesignationEnded {
                    reason: "职能调整".into(),
                    ended_at: now(),
                },
            ],
        ),
    ];
    for (name, case, command, expected) in cases {
        let out = case
            .with(member_liveness(Some(true)))
            .when(command)
            .then_accepted();
        assert_eq!(out, expected, "{name}");
    }
}

#[test]
fn the_state_keeps_the_designation_members_and_history() {
    let org = given(active_then([designated(), joined(MEMBER), joined(SECOND)]))
        .state()
        .clone();
    assert_eq!(
        org.hub,
        Some(HubDesignation {
            field: "社区服务".into(),
            from: date(2025, 3, 10),
            designated_at: t(10),
        })
    );
    assert!(org.is_hub_member(MEMBER) && org.is_hub_member(SECOND));
    let org = given(active_then([
        designated(),
        joined(MEMBER),
        joined(SECOND),
        OrganisationEvent::HubMemberLeft {
            member_id: MEMBER,
            left_on: date(2025, 3, 20),
        },
    ]))
    .state()
    .clone();
    assert_eq!(
        org.hub_members,
        vec![HubMember {
            member_id: SECOND,
            joined_on: date(2025, 3, 11),
        }]
    );
    let org = given(active_then([
        designated(),
        joined(SECOND),
        OrganisationEvent::HubMemberLeft {
            member_id: SECOND,
            left_on: date(2025, 3, 20),
        },
        OrganisationEvent::HubDesignationEnded {
            reason: "职能调整".into(),
            ended_at: t(20),
        },
    ]))
    .state()
    .clone();
    assert_eq!(org.hub, None);
    assert!(org.hub_members.is_empty());
    assert_eq!(
        org.hub_history,
        vec![PastHubDesignation {
            field: "社区服务".into(),
            from: date(2025, 3, 10),
            ended_on: date(2025, 3, 20),
            reason: "职能调整".into(),
        }]
    );
}

#[test]
fn hub_refusals() {
    let admit = |member_id| C::AdmitHubMember { member_id };
    let end = || C::EndHubDesignation {
        reason: "职能调整".into(),
    };
    let cases = vec![
        (
            "designated twice",
            given(hub()).with(ctx()),
            C::DesignateHub {
                field: "科技".into(),
                from: date(2025, 3, 10),
            },
            "already a hub",
        ),
        (
            "designation before registration",
            given(active()).with(ctx()),
            C::DesignateHub {
                field: "科技".into(),
                from: date(2025, 3, 1),
            },
            "before the organisation was registered on 2025-03-02",
        ),
        (
            "admitting without a designation",
            given(active()).with(ctx()),
            admit(MEMBER),
            "not designated a hub",
        ),
        (
            "admitting itself",
            given(hub()).with(ctx()),
            admit(ID),
            "member of itself",
        ),
        (
            "admitting a member twice",
            given(hub_with_member()).with(ctx()),
            admit(MEMBER),
            "already a member",
        ),
        (
            "admitting an organisation known not to be live",
            given(hub()).with(member_liveness(Some(false))),
            admit(MEMBER),
            "is not live",
        ),
        (
            "releasing a non-member",
            given(hub_with_member()).with(ctx()),
            C::ReleaseHubMember { member_id: SECOND },
            "is not a member",
        ),
        (
            "ending without a designation",
            given(active()).with(ctx()),
            end(),
            "not designated a hub",
        ),
    ];
    for (name, case, command, fragment) in cases {
        let e = case.when(command).then_refused(HUB);
        assert!(e.to_string().contains(fragment), "{name}: {e}");
    }
    // Liveness not looked up: admitted.
    given(hub())
        .with(member_liveness(None))
        .when(admit(MEMBER))
        .then_accepted();
}

#[test]
fn hub_input_is_validated() {
    for field in ["", "  ", &"领".repeat(101)] {
        let e = given(active())
            .with(ctx())
            .when(C::DesignateHub {
                field: field.to_owned(),
                from: date(2025, 3, 10),
            })
            .then_invalid("field");
        assert_eq!(e.rule(), Some(HUB));
    }
    given(hub())
        .with(ctx())
        .when(C::AdmitHubMember {
            member_id: Uuid::nil(),
        })
        .then_invalid("memberId");
    let e = given(hub())
        .with(ctx())
        .when(C::EndHubDesignation { reason: " ".into() })
        .then_invalid("reason");
    assert_eq!(e.rule(), Some(REG_REFUSAL_REASON));
}

/// Only an ACTIVE organisation is designated or admits members; a revoked hub can still be
/// wound down.
#[test]
fn a_revoked_hub_is_only_wound_down() {
    let revoked_hub = given(active_then([designated(), joined(MEMBER), revoked()]));
    revoked_hub
        .clone()
        .with(ctx())
        .when(C::AdmitHubMember { member_id: SECOND })
        .then_refused(REG_STATE);
    revoked_hub
        .clone()
        .with(ctx())
        .when(C::ReleaseHubMember { member_id: MEMBER })
        .then_accepted();
    revoked_hub
        .with(ctx())
        .when(C::EndHubDesignation {
            reason: "登记证书被撤销".into(),
        })
        .then_accepted();
}
