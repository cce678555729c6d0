//! Single-stage registration, change, REG-USCC, REG-NAME, REG-REFUSAL-REASON (the tests of
//! the first release, updated where issue 3 changed behaviour).

use super::*;

use crate::error::rules::{REG_CHANGE, REG_NAME, REG_REFUSAL_REASON, REG_STATE, REG_USCC};
use OrganisationStatus as S;

/// Name, the case, expected events, status after.
type Transition = (&'static str, When<Organisation>, Vec<OrganisationEvent>, S);

// --- transitions ------------------------------------------------------------------------------

#[test]
fn every_transition_emits_its_event() {
    let deregister = |reason: Option<&str>| OrganisationCommand::Deregister {
        reason: reason.map(Into::into),
    };
    let cases: Vec<Transition> = vec![
        (
            "apply",
            given([]).with(ctx()).when(apply()),
            vec![applied_at(now())],
            S::Applied,
        ),
        (
            "approve",
            given([applied()])
                .with(ctx())
                .when(OrganisationCommand::Approve),
            vec![registered_at(now())],
            S::Active,
        ),
        (
            "refuse",
            given([applied()])
                .with(ctx())
                .when(OrganisationCommand::Refuse {
                    reason: "  名称与已登记组织相同  ".into(),
                }),
            vec![OrganisationEvent::RegistrationRefused {
                reason: "名称与已登记组织相同".into(),
                refused_at: now(),
            }],
            S::Refused,
        ),
        (
            "change",
            given(active()).with(ctx()).when(change(|r| {
                r.domicile = Some("深圳市南山区科技园1号".into())
            })),
            vec![OrganisationEvent::ChangeRegistered {
                changes: vec![FieldChange::Domicile {
                    old: "深圳市福田区福中三路1号".into(),
                    new: "深圳市南山区科技园1号".into(),
                }],
                changed_at: now(),
            }],
            S::Active,
        ),
        (
            "change again: the old value is the last one registered",
            given(active_then([changed(vec![FieldChange::RegisteredFunds {
                old: money("30000"),
                new: money("50000"),
            }])]))
            .with(ctx())
            .when(change(|r| r.registered_funds = Some(money("80000.50")))),
            vec![OrganisationEvent::ChangeRegistered {
                changes: vec![FieldChange::RegisteredFunds {
                    old: money("50000"),
                    new: money("80000.50"),
                }],
                changed_at: now(),
            }],
            S::Active,
        ),
        (
            "deregister with a reason, trimmed",
            given(active())
                .with(ctx())
                .when(deregister(Some(" 清算完毕 "))),
            vec![OrganisationEvent::OrganisationDeregistered {
                reason: Some("清算完毕".into()),
                deregistered_at: now(),
            }],
            S::Deregistered,
        ),
        (
            "deregister without a reason",
            given(active()).with(ctx()).when(deregister(None)),
            vec![OrganisationEvent::OrganisationDeregistered {
                reason: None,
                deregistered_at: now(),
            }],
            S::Deregistered,
        ),
        (
            "deregister with a blank reason, recorded as none",
            given(active()).with(ctx()).when(deregister(Some("   "))),
            vec![OrganisationEvent::OrganisationDeregistered {
                reason: None,
                deregistered_at: now(),
            }],
            S::Deregistered,
        ),
        (
            "revoke",
            given(active())
                .with(ctx())
                .when(OrganisationCommand::Revoke {
                    reason: "连续两年未参加年检".into(),
                }),
            vec![OrganisationEvent::RegistrationRevoked {
                reason: "连续两年未参加年检".into(),
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
fn evolve_follows_the_lifecycle() {
    let org = given([]).state().clone();
    assert_eq!(org, Organisation::default());
    assert!(!org.is_live());
    assert_eq!(org.status, None);

    let org = given([applied()]).state().clone();
    assert_eq!(org.id, Some(ID));
    assert_eq!(org.status, Some(OrganisationStatus::Applied));
    assert!(org.is_live());
    assert_eq!(org.name, NAME);
    assert_eq!(org.kind, Some(OrganisationKind::SocialServiceOrg));
    assert_eq!(org.credit_code, Some(code(CODE)));
    assert_eq!(org.domicile, "深圳市福田区福中三路1号");
    assert_eq!(org.purpose, "服务社区居民");
    assert_eq!(org.business_scope, "社区养老、助残服务");
    assert_eq!(org.legal_representative, Some(rep()));
    assert_eq!(org.registered_funds, money("30000"));
    assert_eq!(org.supervisory_unit.as_deref(), Some("深圳市民政局"));
    assert_eq!(org.jurisdiction, Some(jur("440300")));
    assert_eq!(org.applied_at, Some(t(1)));

    let org = given(active()).state().clone();
    assert_eq!(org.status, Some(OrganisationStatus::Active));
    assert_eq!(org.registered_at, Some(t(2)));
    assert!(org.is_live());

    let org = given([applied(), refused()]).state().clone();
    assert_eq!(org.status, Some(OrganisationStatus::Refused));
    assert_eq!(org.refusal_reason.as_deref(), Some("申请材料不齐全"));
    assert_eq!(org.refused_at, Some(t(2)));
    assert!(!org.is_live());

    let all_fields = vec![
        FieldChange::Name {
            old: NAME.into(),
            new: "深圳市阳光社会工作服务中心".into(),
        },
        FieldChange::Domicile {
            old: "深圳市福田区福中三路1号".into(),
            new: "新住所".into(),
        },
        FieldChange::Purpose {
            old: "服务社区居民".into(),
            new: "新宗旨".into(),
        },
        FieldChange::BusinessScope {
            old: "社区养老、助残服务".into(),
            new: "新业务范围".into(),
        },
        FieldChange::LegalRepresentative {
            old: rep(),
            new: rep2(),
        },
        FieldChange::RegisteredFunds {
            old: money("30000"),
            new: money("100000"),
        },
        FieldChange::SupervisoryUnit {
            old: Some("深圳市民政局".into()),
            new: None,
        },
    ];
    let org = given([applied(), registered(), changed(all_fields)])
        .state()
        .clone();
    assert_eq!(org.name, "深圳市阳光社会工作服务中心");
    assert_eq!(org.domicile, "新住所");
    assert_eq!(org.purpose, "新宗旨");
    assert_eq!(org.business_scope, "新业务范围");
    assert_eq!(org.legal_representative, Some(rep2()));
    assert_eq!(org.registered_funds, money("100000"));
    assert_eq!(org.supervisory_unit, None);
    assert_eq!(
        org.credit_code,
        Some(code(CODE)),
        "REG-CHANGE keeps the code"
    );
    assert_eq!(org.changes_count, 1);
    assert_eq!(org.last_changed_at, Some(t(3)));

    let org = given(history(Some(OrganisationStatus::Deregistered)))
        .state()
        .clone();
    assert_eq!(org.status, Some(OrganisationStatus::Deregistered));
    assert_eq!(org.ended_at, Some(t(4)));
    assert_eq!(org.end_reason.as_deref(), Some("清算完毕"));
    assert!(!org.is_live());

    let org = given(history(Some(OrganisationStatus::Revoked)))
        .state()
        .clone();
    assert_eq!(org.status, Some(OrganisationStatus::Revoked));
    assert_eq!(org.ended_at, Some(t(4)));
    assert_eq!(org.end_reason.as_deref(), Some("连续两年未参加年检"));
    assert!(!org.is_live());
}

#[test]
fn apply_records_trimmed_text_and_national_words_at_national_level() {
    let national = apply_with(|a| {
        a.name = "  中华慈善基金会  ".into();
        a.kind = OrganisationKind::Foundation;
        a.credit_code = CreditCode::from_parts('3', "100000", "50000888").unwrap();
        a.jurisdiction = Jurisdiction::national();
        a.registered_funds = money("2000000");
        a.domicile = " 北京市 ".into();
        a.supervisory_unit = None;
    });
    let out = given([]).with(ctx()).when(national).then_accepted();
    let [
        OrganisationEvent::RegistrationApplied {
            name,
            domicile,
            supervisory_unit,
            ..
        },
    ] = out.as_slice()
    else {
        panic!("expected one RegistrationApplied, got {out:?}");
    };
    assert_eq!(name, "中华慈善基金会");
    assert_eq!(domicile, "北京市");
    assert_eq!(supervisory_unit, &None);
}

#[test]
fn boundary_lengths_are_accepted() {
    let cmd = apply_with(|a| {
        a.name = "名".repeat(100);
        a.domicile = "址".repeat(500);
        a.purpose = "旨".repeat(500);
        a.business_scope = "务".repeat(500);
        a.supervisory_unit = Some("单".repeat(100));
    });
    given([]).with(ctx()).when(cmd).then_accepted();
    given([applied()])
        .with(ctx())
        .when(OrganisationCommand::Refuse {
            reason: "理".repeat(2000),
        })
        .then_accepted();
}

// --- REG-STATE --------------------------------------------------------------------------------

#[test]
fn commands_are_accepted_only_in_their_states() {
    use OrganisationStatus::*;
    let commands = [
        apply(),
        OrganisationCommand::Approve,
        OrganisationCommand::Refuse {
            reason: "不符合条件".into(),
        },
        change(|r| r.purpose = Some("新宗旨".into())),
        OrganisationCommand::Deregister { reason: None },
        OrganisationCommand::Revoke {
            reason: "违法".into(),
        },
    ];
    let states = [
        None,
        Some(Applied),
        Some(Active),
        Some(Refused),
        Some(Deregistered),
        Some(Revoked),
    ];
    let allowed = |state: Option<OrganisationStatus>, cmd: &OrganisationCommand| {
        matches!(
            (state, cmd),
            (None, OrganisationCommand::Apply { .. })
                | (Some(Applied), OrganisationCommand::Approve)
                | (Some(Applied), OrganisationCommand::Refuse { .. })
                | (Some(Active), OrganisationCommand::RegisterChange(_))
                | (Some(Active), OrganisationCommand::Deregister { .. })
                | (Some(Active), OrganisationCommand::Revoke { .. })
        )
    };
    let mut refused_count = 0;
    for state in states {
        let case = given(history(state)).with(ctx());
        for command in &commands {
            let decided = case.clone().when(command.clone());
            if allowed(state, command) {
                let out = decided.then_accepted();
                assert_eq!(out.len(), 1, "{}: {out:?}", command.name());
            } else {
                let e = decided.then_refused(REG_STATE);
                let named = state.map_or("has not applied", OrganisationStatus::as_str);
                assert!(e.to_string().contains(named), "{e}");
                refused_count += 1;
            }
        }
    }
    assert_eq!(refused_count, 6 * 6 - 6);
}

#[test]
fn state_messages_name_the_current_and_needed_state() {
    let cases = [
        (
            history(Some(OrganisationStatus::Deregistered)),
            change(|r| r.purpose = Some("x".into())),
            "organisation is DEREGISTERED (已注销); registering a change needs it to be ACTIVE",
        ),
        (
            vec![],
            OrganisationCommand::Approve,
            "organisation has not applied for registration (未申请); approving the registration needs it to be APPLIED or ESTAB_APPLIED",
        ),
        (
            active(),
            apply(),
            "organisation is ACTIVE (正常); applying for registration needs an organisation that has not applied yet",
        ),
        (
            vec![applied()],
            OrganisationCommand::Revoke { reason: "x".into() },
            "organisation is APPLIED (申请中); revoking the registration needs it to be ACTIVE or SUSPENDED",
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

// --- REG-USCC ---------------------------------------------------------------------------------

#[test]
fn credit_code_must_match_kind_jurisdiction_and_be_unheld() {
    let cases: Vec<(&str, OrganisationCommand, Context, &str)> = vec![
        (
            "social group with a 社会服务机构 code",
            prep_apply_with(members(60, 0), |a| a.credit_code = code(CODE)),
            ctx(),
            "must have '1'",
        ),
        (
            "foundation with a 社会服务机构 code",
            apply_with(|a| a.kind = OrganisationKind::Foundation),
            ctx(),
            "must have '3'",
        ),
        (
            "other ('9') code",
            apply_with(|a| a.credit_code = code("59330100500077776P")),
            ctx(),
            "position 2 is '9'",
        ),
        (
            "code of another division",
            apply_with(|a| a.jurisdiction = jur("440304")),
            ctx(),
            "positions 3–8 are 440300",
        ),
        (
            "national code, local authority",
            apply_with(|a| {
                a.credit_code = CreditCode::from_parts('2', "100000", "50000888").unwrap();
            }),
            ctx(),
            "registration authority is 440300",
        ),
        (
            "code held by another organisation",
            apply(),
            facts(Some(OTHER), None),
            "already held by organisation 01900000-0000-7000-8000-000000000002",
        ),
    ];
    for (name, command, ctx, fragment) in cases {
        let e = given([]).with(ctx).when(command).then_refused(REG_USCC);
        assert!(e.to_string().contains(fragment), "{name}: {e}");
    }
    // Holding the code oneself (a retried apply) is not a conflict.
    given([])
        .with(facts(Some(ID), Some(ID)))
        .when(apply())
        .then([applied_at(now())]);
}

#[test]
fn every_kind_accepts_its_own_code() {
    for kind in OrganisationKind::ALL {
        let own_code = |a: &mut Application| {
            a.kind = kind;
            a.credit_code =
                CreditCode::from_parts(kind.credit_code_digit(), "440300", "MJL00001").unwrap();
            a.registered_funds = money("2000000");
        };
        // Issue 3: social groups register in two stages, starting with preparation.
        let cmd = if kind == OrganisationKind::SocialGroup {
            prep_apply_with(members(50, 0), own_code)
        } else {
            apply_with(own_code)
        };
        given([]).with(ctx()).when(cmd).then_accepted();
    }
}

#[test]
fn approval_rechecks_code_and_name_holders() {
    let applied = given([applied()]);
    for (held_by_another, rule) in [
        (facts(Some(OTHER), None), REG_USCC),
        (facts(None, Some(OTHER)), REG_NAME),
    ] {
        applied
            .clone()
            .with(held_by_another)
            .when(OrganisationCommand::Approve)
            .then_refused(rule);
    }
    applied
        .with(facts(Some(ID), Some(ID)))
        .when(OrganisationCommand::Approve)
        .then([registered_at(now())]);
}

// --- REG-NAME ---------------------------------------------------------------------------------

#[test]
fn names_are_refused_on_application() {
    // Malformed: VALIDATION of the name, under REG-NAME.
    for (name, fragment) in [
        (String::new(), "empty"),
        (" \u{3000}\u{a0} ".into(), "empty"),
        ("名".repeat(101), "101 characters"),
    ] {
        let e = given([])
            .with(ctx())
            .when(apply_with(|a| a.name = name.clone()))
            .then_invalid("name");
        assert_eq!(e.rule(), Some(REG_NAME), "{name:?}: {e}");
        assert!(e.to_string().contains(fragment), "{name:?}: {e}");
    }
    // Well formed, but not allowed at this level or already taken: a refusal.
    let local = |name: &str| {
        let name = name.to_owned();
        apply_with(|a| a.name = name)
    };
    let cases = vec![
        (
            given([]).with(ctx()).when(local("中国深圳社区服务中心")),
            "\"中国\"",
        ),
        (
            given([]).with(ctx()).when(local("深圳全国联谊会")),
            "\"全国\"",
        ),
        (
            given([]).with(ctx()).when(local("深圳中华文化促进会")),
            "\"中华\"",
        ),
        (
            given([]).with(facts(None, Some(OTHER))).when(apply()),
            "already used by live organisation 01900000-0000-7000-8000-000000000002",
        ),
    ];
    for (case, fragment) in cases {
        let e = case.then_refused(REG_NAME);
        assert!(e.to_string().contains(fragment), "{e}");
    }
}

/// Names that read the same on a certificate (issue 10, item 7): each look-alike of `NAME`
/// has the same normalised form, and that form is what an application records, so the
/// handler's REG-NAME lookup and the read model's live-name key agree.
#[test]
fn look_alike_names_normalise_to_the_same_name() {
    let digits = "深圳市第1社区服务中心";
    let cases: Vec<(String, &str)> = vec![
        ("深圳市\u{200B}阳光社区服务中心".to_owned(), NAME),
        ("深圳市阳光\u{200D}社区服务中心".to_owned(), NAME),
        ("\u{202E}深圳市阳光社区服务中心".to_owned(), NAME),
        ("\u{FEFF}深圳市阳光社区服务中心".to_owned(), NAME),
        ("深圳市阳光社区服务中心\u{2060}".to_owned(), NAME),
        ("\u{a0}深圳市阳光社区服务中心\u{3000}".to_owned(), NAME),
        ("深圳市第１社区服务中心".to_owned(), digits),
        ("深圳市第\u{2460}社区服务中心".to_owned(), digits),
        (
            "Sunshine\u{a0}\u{a0} \u{2003}Centre".to_owned(),
            "Sunshine Centre",
        ),
        ("Ｓｕｎｓｈｉｎｅ Centre".to_owned(), "Sunshine Centre"),
        ("  Sunshine\t\nCentre ".to_owned(), "Sunshine Centre"),
        // Control characters recorded before they were refused still key the same.
        ("深圳市阳光\u{0}社区服务中心".to_owned(), NAME),
        // Marks that a dropped character kept apart are put in order in the same pass.
        ("0\u{64f}\u{0}\u{64b}".to_owned(), "0\u{64b}\u{64f}"),
    ];
    for (look_alike, plain) in &cases {
        assert_eq!(normalise_name(look_alike), *plain, "{look_alike:?}");
        assert_eq!(normalise_name(plain), *plain, "{plain:?}");
    }
    // Control characters are refused in commands (below); the others are recorded normalised.
    let typed = cases
        .into_iter()
        .filter(|(n, _)| !n.chars().any(char::is_control));
    for (look_alike, plain) in typed {
        let command = apply_with(|a| a.name = look_alike.clone());
        let out = given([]).with(ctx()).when(command.clone()).then_accepted();
        assert!(
            matches!(&out[..], [OrganisationEvent::RegistrationApplied { name, .. }] if name == plain),
            "{look_alike:?}: {out:?}"
        );
        // The handler found the plain name live under the look-alike's normal form.
        given([])
            .with(facts(None, Some(OTHER)))
            .when(command)
            .then_refused(REG_NAME);
    }
}

/// Invisible format characters pasted with a domicile, a purpose, a business scope or a
/// representative's name are not recorded (found by the `names` fuzz target): the record
/// reads, searches and prints as what the clerk saw. Free text keeps its own spelling.
#[test]
fn invisible_characters_are_not_recorded_in_free_text() {
    let rep = LegalRepresentative::new("\u{FEFF}张\u{200B}三", "11010519491231002X", "13800138000")
        .unwrap();
    assert_eq!(rep.name(), "张三");
    let command = apply_with(|a| {
        a.domicile = "深圳市福田区\u{200B}福中三路1号".into();
        a.purpose = "\u{202E}服务社区居民，\n开展养老服务".into();
        a.business_scope = "社区养老\u{2060}、助残服务".into();
        a.legal_representative = rep.clone();
    });
    let out = given([]).with(ctx()).when(command).then_accepted();
    let [
        OrganisationEvent::RegistrationApplied {
            domicile,
            purpose,
            business_scope,
            legal_representative,
            ..
        },
    ] = &out[..]
    else {
        panic!("{out:?}");
    };
    assert_eq!(domicile, "深圳市福田区福中三路1号");
    assert_eq!(purpose, "服务社区居民，\n开展养老服务");
    assert_eq!(business_scope, "社区养老、助残服务");
    assert_eq!(legal_representative.name(), "张三");
}

/// Control characters are refused in every text field of every command (issue 10, item 7),
/// as VALIDATION naming the field; paragraphs keep tabs and line breaks.
#[test]
fn control_characters_are_refused_in_every_text_field() {
    use OrganisationCommand as C;
    let bad = || "依法\u{0}处理".to_owned();
    let group = prep_apply_with(members(60, 0), |a| a.domicile = "深圳\u{1b}[2J".into());
    let esc_rep =
        LegalRepresentative::new("张\u{7}三", "11010519491231002X", "13800138000").unwrap();
    let cases: Vec<(Vec<OrganisationEvent>, OrganisationCommand, &str)> = vec![
        (
            vec![],
            apply_with(|a| a.name = "深圳市阳光\u{0}社区服务中心".into()),
            "name",
        ),
        (vec![], apply_with(|a| a.domicile = bad()), "domicile"),
        (vec![], apply_with(|a| a.purpose = bad()), "purpose"),
        (
            vec![],
            apply_with(|a| a.business_scope = bad()),
            "businessScope",
        ),
        (
            vec![],
            apply_with(|a| a.supervisory_unit = Some(bad())),
            "supervisoryUnit",
        ),
        (
            vec![],
            apply_with(|a| a.legal_representative = esc_rep.clone()),
            "legalRepresentative.name",
        ),
        (vec![], group, "domicile"),
        (active(), change(|r| r.name = Some(bad())), "name"),
        (active(), change(|r| r.domicile = Some(bad())), "domicile"),
        (active(), change(|r| r.purpose = Some(bad())), "purpose"),
        (
            active(),
            change(|r| r.business_scope = Some(bad())),
            "businessScope",
        ),
        (
            active(),
            change(|r| r.supervisory_unit = Some(Some(bad()))),
            "supervisoryUnit",
        ),
        (
            active(),
            change(|r| r.legal_representative = Some(esc_rep.clone())),
            "legalRepresentative.name",
        ),
        (vec![applied()], C::Refuse { reason: bad() }, "reason"),
        (active(), C::Revoke { reason: bad() }, "reason"),
        (
            active(),
            C::Deregister {
                reason: Some(bad()),
            },
            "reason",
        ),
        (active(), C::OrderSuspension { reason: bad() }, "reason"),
        (active(), C::ResolveDissolution { reason: bad() }, "reason"),
        (
            active(),
            C::ListAsAbnormal {
                trigger: AbnormalTrigger::Unreachable,
                reason: bad(),
                rectification_required: false,
            },
            "reason",
        ),
        (
            active(),
            C::ListAsSerious {
                trigger: SeriousTrigger::LargeFine,
                reason: bad(),
            },
            "reason",
        ),
        (
            active(),
            C::DesignateHub {
                field: "社区\u{0}服务".into(),
                from: date(2025, 3, 10),
            },
            "field",
        ),
    ];
    for (events, command, field) in cases {
        let e = given(events).with(ctx()).when(command).then_invalid(field);
        assert!(e.to_string().contains("control character"), "{field}: {e}");
    }
    // A paragraph keeps its line breaks and tabs; a line does not.
    let multi_line = apply_with(|a| a.purpose = "服务社区居民；\n\t开展养老服务".into());
    given([]).with(ctx()).when(multi_line).then_accepted();
    given([])
        .with(ctx())
        .when(apply_with(|a| a.domicile = "深圳市\n福田区".into()))
        .then_invalid("domicile");
}

#[test]
fn names_are_rechecked_on_change() {
    for name in ["  ".to_owned(), "名".repeat(101)] {
        let e = given(active())
            .with(ctx())
            .when(change(|r| r.name = Some(name.clone())))
            .then_invalid("name");
        assert_eq!(e.rule(), Some(REG_NAME), "{name:?}: {e}");
    }
    let rename = |name: &str| {
        let name = name.to_owned();
        change(|r| r.name = Some(name))
    };
    for case in [
        given(active()).with(ctx()).when(rename("中华深圳服务中心")),
        given(active())
            .with(facts(None, Some(OTHER)))
            .when(rename("深圳市另一服务中心")),
    ] {
        case.then_refused(REG_NAME);
    }
    // The organisation's own name is not a conflict with itself.
    given(active())
        .with(facts(None, Some(ID)))
        .when(rename("深圳市另一服务中心"))
        .then([OrganisationEvent::ChangeRegistered {
            changes: vec![FieldChange::Name {
                old: NAME.into(),
                new: "深圳市另一服务中心".into(),
            }],
            changed_at: now(),
        }]);
}

// --- REG-REFUSAL-REASON -----------------------------------------------------------------------

#[test]
fn refusal_and_revocation_need_a_reason() {
    let long = "理".repeat(2001);
    let cases: Vec<(Vec<OrganisationEvent>, OrganisationCommand)> = vec![
        (
            vec![applied()],
            OrganisationCommand::Refuse { reason: "".into() },
        ),
        (
            vec![applied()],
            OrganisationCommand::Refuse {
                reason: " \n ".into(),
            },
        ),
        (
            vec![applied()],
            OrganisationCommand::Refuse {
                reason: long.clone(),
            },
        ),
        (active(), OrganisationCommand::Revoke { reason: "".into() }),
        (
            active(),
            OrganisationCommand::Revoke {
                reason: "   ".into(),
            },
        ),
        (active(), OrganisationCommand::Revoke { reason: long }),
    ];
    for (events, command) in cases {
        let e = given(events)
            .with(ctx())
            .when(command)
            .then_invalid("reason");
        assert_eq!(e.rule(), Some(REG_REFUSAL_REASON), "{e}");
    }
}

#[test]
fn deregistration_reason_is_bounded() {
    // Optional, so too long is malformed input but no REG-REFUSAL-REASON refusal.
    let e = given(active())
        .with(ctx())
        .when(OrganisationCommand::Deregister {
            reason: Some("理".repeat(2001)),
        })
        .then_invalid("reason");
    assert_eq!(e.rule(), None, "{e}");
}

// --- REG-CHANGE -------------------------------------------------------------------------------

#[test]
fn a_change_must_change_something() {
    let same = ChangeRequest {
        name: Some(format!(" {NAME} ")),
        domicile: Some("深圳市福田区福中三路1号".into()),
        purpose: Some("服务社区居民".into()),
        business_scope: Some("社区养老、助残服务".into()),
        legal_representative: Some(rep()),
        registered_funds: Some(money("30000.00")),
        supervisory_unit: Some(Some("深圳市民政局 ".into())),
    };
    let cases = [
        OrganisationCommand::RegisterChange(ChangeRequest::default()),
        OrganisationCommand::RegisterChange(same),
    ];
    for command in cases {
        let e = given(active())
            .with(ctx())
            .when(command)
            .then_refused(REG_CHANGE);
        assert!(e.to_string().starts_with("nothing to change"), "{e}");
    }
    // Removing a supervisory unit that is already absent changes nothing either.
    given(without_unit())
        .with(ctx())
        .when(change(|r| r.supervisory_unit = Some(None)))
        .then_refused(REG_CHANGE);
}

#[test]
fn each_changed_field_records_old_and_new_and_unchanged_fields_are_dropped() {
    let req = ChangeRequest {
        name: Some("深圳市阳光社会工作服务中心".into()),
        domicile: Some("新住所".into()),
        purpose: Some("服务社区居民".into()), // unchanged
        business_scope: Some("新业务范围".into()),
        legal_representative: Some(rep2()),
        registered_funds: Some(money("100000")),
        supervisory_unit: Some(None),
    };
    let expected = vec![OrganisationEvent::ChangeRegistered {
        changes: vec![
            FieldChange::Name {
                old: NAME.into(),
                new: "深圳市阳光社会工作服务中心".into(),
            },
            FieldChange::Domicile {
                old: "深圳市福田区福中三路1号".into(),
                new: "新住所".into(),
            },
            FieldChange::BusinessScope {
                old: "社区养老、助残服务".into(),
                new: "新业务范围".into(),
            },
            FieldChange::LegalRepresentative {
                old: rep(),
                new: rep2(),
            },
            FieldChange::RegisteredFunds {
                old: money("30000"),
                new: money("100000"),
            },
            FieldChange::SupervisoryUnit {
                old: Some("深圳市民政局".into()),
                new: None,
            },
        ],
        changed_at: now(),
    }];
    given(active())
        .with(ctx())
        .when(OrganisationCommand::RegisterChange(req))
        .then(expected.clone());
    let fields: Vec<&str> = match &expected[0] {
        OrganisationEvent::ChangeRegistered { changes, .. } => {
            changes.iter().map(FieldChange::field).collect()
        }
        other => panic!("unexpected {other:?}"),
    };
    assert_eq!(
        fields,
        [
            "name",
            "domicile",
            "businessScope",
            "legalRepresentative",
            "registeredFunds",
            "supervisoryUnit"
        ]
    );
}

#[test]
fn a_supervisory_unit_can_be_added_back() {
    given(without_unit())
        .with(ctx())
        .when(change(|r| {
            r.supervisory_unit = Some(Some("深圳市卫健委".into()));
        }))
        .then([OrganisationEvent::ChangeRegistered {
            changes: vec![FieldChange::SupervisoryUnit {
                old: None,
                new: Some("深圳市卫健委".into()),
            }],
            changed_at: now(),
        }]);
}

/// Active, with its supervisory unit removed by a change.
fn without_unit() -> Vec<OrganisationEvent> {
    active_then([changed(vec![FieldChange::SupervisoryUnit {
        old: Some("深圳市民政局".into()),
        new: None,
    }])])
}

// --- other field validation -------------------------------------------------------------------

#[test]
fn malformed_application_fields_are_refused_by_field() {
    let cases: Vec<(OrganisationCommand, &str)> = vec![
        (apply_with(|a| a.domicile = " ".into()), "domicile"),
        (apply_with(|a| a.domicile = "址".repeat(501)), "domicile"),
        (apply_with(|a| a.purpose = String::new()), "purpose"),
        (apply_with(|a| a.purpose = "旨".repeat(501)), "purpose"),
        (
            apply_with(|a| a.business_scope = String::new()),
            "businessScope",
        ),
        (
            apply_with(|a| a.business_scope = "务".repeat(501)),
            "businessScope",
        ),
        (
            apply_with(|a| a.supervisory_unit = Some("  ".into())),
            "supervisoryUnit",
        ),
        (
            apply_with(|a| a.supervisory_unit = Some("单".repeat(101))),
            "supervisoryUnit",
        ),
        (
            OrganisationCommand::Apply {
                organisation_id: Uuid::nil(),
                application: application(),
            },
            "organisationId",
        ),
    ];
    for (command, field) in cases {
        let e = given([]).with(ctx()).when(command).then_invalid(field);
        assert_eq!(e.rule(), None, "{e}");
    }
}

#[test]
fn malformed_change_fields_are_refused_by_field() {
    let cases: Vec<(OrganisationCommand, &str)> = vec![
        (change(|r| r.domicile = Some(String::new())), "domicile"),
        (change(|r| r.purpose = Some("旨".repeat(501))), "purpose"),
        (
            change(|r| r.business_scope = Some(" ".into())),
            "businessScope",
        ),
        (
            change(|r| r.supervisory_unit = Some(Some(String::new()))),
            "supervisoryUnit",
        ),
    ];
    for (command, field) in cases {
        given(active())
            .with(ctx())
            .when(command)
            .then_invalid(field);
    }
}
