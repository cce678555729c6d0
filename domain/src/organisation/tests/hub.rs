//! Hub-type organisations (HUB; Part B §3.1).

use super::*;

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
        Vec<OrganisationEvent>,
        OrganisationCommand,
        Vec<OrganisationEvent>,
    )> = vec![
        (
            "designate",
            active(),
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
            hub(),
            C::AdmitHubMember { member_id: MEMBER },
            vec![OrganisationEvent::HubMemberJoined {
                member_id: MEMBER,
                joined_on: date(2025, 3, 28),
            }],
        ),
        (
            "release",
            hub_with_member(),
            C::ReleaseHubMember { member_id: MEMBER },
            vec![OrganisationEvent::HubMemberLeft {
                member_id: MEMBER,
                left_on: date(2025, 3, 28),
            }],
        ),
        (
            "end without members",
            hub(),
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
            active_then([designated(), joined(MEMBER), joined(SECOND)]),
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
    for (name, events, command, expected) in cases {
        assert_eq!(
            then_events(&events, &command, &member_liveness(Some(true))),
            expected,
            "{name}"
        );
    }
}

#[test]
fn the_state_keeps_the_designation_members_and_history() {
    let org = state_after(&active_then([designated(), joined(MEMBER), joined(SECOND)]));
    assert_eq!(
        org.hub,
        Some(HubDesignation {
            field: "社区服务".into(),
            from: date(2025, 3, 10),
            designated_at: t(10),
        })
    );
    assert!(org.is_hub_member(MEMBER) && org.is_hub_member(SECOND));
    let org = state_after(&active_then([
        designated(),
        joined(MEMBER),
        joined(SECOND),
        OrganisationEvent::HubMemberLeft {
            member_id: MEMBER,
            left_on: date(2025, 3, 20),
        },
    ]));
    assert_eq!(
        org.hub_members,
        vec![HubMember {
            member_id: SECOND,
            joined_on: date(2025, 3, 11),
        }]
    );
    let org = state_after(&active_then([
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
    ]));
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
    let designate = C::DesignateHub {
        field: "科技".into(),
        from: date(2025, 3, 10),
    };
    let cases: Vec<(
        &str,
        Vec<OrganisationEvent>,
        OrganisationCommand,
        Context,
        &str,
    )> = vec![
        ("designated twice", hub(), designate, ctx(), "already a hub"),
        (
            "designation before registration",
            active(),
            C::DesignateHub {
                field: "科技".into(),
                from: date(2025, 3, 1),
            },
            ctx(),
            "before the organisation was registered on 2025-03-02",
        ),
        (
            "admitting without a designation",
            active(),
            C::AdmitHubMember { member_id: MEMBER },
            ctx(),
            "not designated a hub",
        ),
        (
            "admitting itself",
            hub(),
            C::AdmitHubMember { member_id: ID },
            ctx(),
            "member of itself",
        ),
        (
            "admitting a member twice",
            hub_with_member(),
            C::AdmitHubMember { member_id: MEMBER },
            ctx(),
            "already a member",
        ),
        (
            "admitting an organisation known not to be live",
            hub(),
            C::AdmitHubMember { member_id: MEMBER },
            member_liveness(Some(false)),
            "is not live",
        ),
        (
            "releasing a non-member",
            hub_with_member(),
            C::ReleaseHubMember { member_id: SECOND },
            ctx(),
            "is not a member",
        ),
        (
            "ending without a designation",
            active(),
            C::EndHubDesignation {
                reason: "职能调整".into(),
            },
            ctx(),
            "not designated a hub",
        ),
    ];
    for (name, events, command, ctx, fragment) in cases {
        let e = then_refused(&events, &command, &ctx, "HUB", VIOLATION);
        assert!(e.to_string().contains(fragment), "{name}: {e}");
    }
    // Liveness not looked up: admitted.
    then_events(
        &hub(),
        &C::AdmitHubMember { member_id: MEMBER },
        &member_liveness(None),
    );
    for field in ["", "  ", &"领".repeat(101)] {
        let e = then_refused(
            &active(),
            &C::DesignateHub {
                field: field.to_owned(),
                from: date(2025, 3, 10),
            },
            &ctx(),
            "HUB",
            VALIDATION,
        );
        assert_eq!(e.field(), Some("field"));
    }
    let e = state_after(&hub())
        .decide(
            &C::AdmitHubMember {
                member_id: Uuid::nil(),
            },
            &ctx(),
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("memberId"));
    then_refused(
        &hub(),
        &C::EndHubDesignation { reason: " ".into() },
        &ctx(),
        "REG-REFUSAL-REASON",
        VALIDATION,
    );
    // Only an ACTIVE organisation is designated or admits members; a revoked hub can still
    // be wound down.
    let mut revoked_hub = hub_with_member();
    revoked_hub.push(revoked());
    then_state_refused(
        &revoked_hub,
        &C::AdmitHubMember { member_id: SECOND },
        &ctx(),
    );
    then_events(
        &revoked_hub,
        &C::ReleaseHubMember { member_id: MEMBER },
        &ctx(),
    );
    then_events(
        &revoked_hub,
        &C::EndHubDesignation {
            reason: "登记证书被撤销".into(),
        },
        &ctx(),
    );
}
