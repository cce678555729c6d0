//! Events on the wire: every kind round-trips, payloads are camelCase with integer fen and no
//! floats, old schemas upcast, and the state the read model stores as JSON stays readable.

use serde_json::json;

use super::*;

fn every_event() -> Vec<OrganisationEvent> {
    vec![
        applied(),
        registered(),
        refused(),
        changed(vec![
            FieldChange::Name {
                old: "a".into(),
                new: "b".into(),
            },
            FieldChange::Domicile {
                old: "a".into(),
                new: "b".into(),
            },
            FieldChange::Purpose {
                old: "a".into(),
                new: "b".into(),
            },
            FieldChange::BusinessScope {
                old: "a".into(),
                new: "b".into(),
            },
            FieldChange::LegalRepresentative {
                old: rep(),
                new: rep2(),
            },
            FieldChange::RegisteredFunds {
                old: money("1"),
                new: money("2.5"),
            },
            FieldChange::SupervisoryUnit {
                old: None,
                new: Some("b".into()),
            },
        ]),
        deregistered(),
        OrganisationEvent::OrganisationDeregistered {
            reason: None,
            deregistered_at: t(4),
        },
        revoked(),
        prep_applied(t(1)),
        prep_approved(t(2)),
        OrganisationEvent::PreparationRefused {
            reason: "发起人不具备完全民事行为能力".into(),
            refused_at: t(2),
        },
        estab_applied(t(3)),
        OrganisationEvent::PreparationLapsed {
            lapsed_at: at(2025, 9, 3),
        },
        suspended_at(t(3)),
        OrganisationEvent::SuspensionLifted {
            reason: "整改完毕".into(),
            lifted_at: t(4),
        },
        dissolution_at(t(3)),
        OrganisationEvent::AnnualReportSubmitted {
            year: 2025,
            submitted_at: at(2026, 3, 1),
        },
        OrganisationEvent::AnnualReportConcluded {
            year: 2025,
            conclusion: ReportConclusion::BasicallyQualified,
            concluded_at: at(2026, 7, 1),
        },
        OrganisationEvent::AnnualReportNotFiled {
            year: 2025,
            due: date(2026, 5, 31),
            marked_at: at(2026, 6, 1),
        },
        abnormal_at(t(5), AbnormalTrigger::Unreachable, false),
        abnormal_at(t(5), AbnormalTrigger::AnnualReportLate, true),
        OrganisationEvent::RectificationVerified {
            verified_at: t(6),
            removal_due: date(2025, 3, 13),
        },
        OrganisationEvent::AbnormalRemoved {
            basis: RemovalBasis::Rectified,
            reason: "已整改".into(),
            removed_at: t(7),
        },
        serious_at(t(5), SeriousTrigger::LargeFine),
        OrganisationEvent::SeriousRemoved {
            reason: "期满且无新情形".into(),
            removed_at: at(2027, 3, 5),
        },
        rated_at(t(5), 4),
        OrganisationEvent::RatingExpired {
            expired_at: at(2030, 3, 6),
        },
        designated(),
        OrganisationEvent::HubDesignationEnded {
            reason: "职能调整".into(),
            ended_at: t(20),
        },
        joined(MEMBER),
        OrganisationEvent::HubMemberLeft {
            member_id: MEMBER,
            left_on: date(2025, 3, 12),
        },
        OrganisationEvent::PerformanceGradeRecorded {
            evaluation_id: MEMBER,
            contract_id: MEMBER,
            procurement_id: MEMBER,
            evaluator: crate::performance::EvaluatorKind::ThirdParty,
            grade: crate::performance::Grade::Good,
            score: crate::procurement::Points(8_550),
            concluded_at: t(21),
        },
    ]
}

fn assert_no_floats(v: &serde_json::Value) {
    match v {
        serde_json::Value::Number(n) => assert!(n.is_i64() || n.is_u64(), "float {n}"),
        serde_json::Value::Array(items) => items.iter().for_each(assert_no_floats),
        serde_json::Value::Object(map) => map.values().for_each(assert_no_floats),
        _ => {}
    }
}

#[test]
fn every_event_round_trips_through_storage() {
    let events = every_event();
    let kinds: Vec<&str> = events.iter().map(DomainEvent::kind).collect();
    for (kind, _) in OrganisationEvent::KINDS {
        assert!(kinds.contains(&kind), "{kind} not covered");
    }
    for event in events {
        let data = event.to_data();
        assert!(data.is_object(), "{data}");
        // The payload is the content alone; RegistrationApplied's own `kind` field is the
        // organisation kind, not the event tag.
        assert!(data.get("data").is_none(), "{data}");
        assert_ne!(data.get("kind"), Some(&json!(event.kind())), "{data}");
        assert_no_floats(&data);
        let expected_schema = if event.kind() == "RegistrationApplied" {
            2
        } else {
            1
        };
        assert_eq!(event.schema(), expected_schema, "{}", event.kind());
        let back = OrganisationEvent::from_stored(event.kind(), event.schema(), &data).unwrap();
        assert_eq!(back, event);
    }
}

#[test]
fn payloads_use_camel_case_and_integer_fen() {
    assert_eq!(
        applied().to_data(),
        json!({
            "organisationId": "01900000-0000-7000-8000-000000000001",
            "name": NAME,
            "kind": "SOCIAL_SERVICE_ORG",
            "creditCode": CODE,
            "domicile": "深圳市福田区福中三路1号",
            "purpose": "服务社区居民",
            "businessScope": "社区养老、助残服务",
            "legalRepresentative": {
                "name": "张三",
                "idNumber": "11010519491231002X",
                "phone": "13800138000"
            },
            "registeredFunds": 3_000_000,
            "publicFundraising": false,
            "supervisoryUnit": "深圳市民政局",
            "jurisdiction": "440300",
            "appliedAt": "2025-03-01T09:30:00Z",
            "decisionDue": "2025-04-30"
        })
    );
    assert_eq!(
        changed(vec![
            FieldChange::BusinessScope {
                old: "a".into(),
                new: "b".into()
            },
            FieldChange::RegisteredFunds {
                old: money("1"),
                new: money("2.5")
            },
            FieldChange::SupervisoryUnit {
                old: Some("a".into()),
                new: None
            },
        ])
        .to_data(),
        json!({
            "changes": [
                {"field": "businessScope", "old": "a", "new": "b"},
                {"field": "registeredFunds", "old": 100, "new": 250},
                {"field": "supervisoryUnit", "old": "a", "new": null}
            ],
            "changedAt": "2025-03-03T09:30:00Z"
        })
    );
    assert_eq!(
        deregistered().to_data(),
        json!({"reason": "清算完毕", "deregisteredAt": "2025-03-04T09:30:00Z"})
    );
}

#[test]
fn unknown_kinds_newer_schemas_and_bad_payloads_are_refused() {
    let data = registered().to_data();
    assert_eq!(
        OrganisationEvent::from_stored("OrganisationMerged", 1, &data).unwrap_err(),
        DecodeError::UnknownKind("OrganisationMerged".into())
    );
    for schema in [0, 2, u16::MAX] {
        assert_eq!(
            OrganisationEvent::from_stored("OrganisationRegistered", schema, &data).unwrap_err(),
            DecodeError::UnsupportedSchema {
                kind: "OrganisationRegistered".into(),
                schema
            }
        );
    }
    let malformed = [
        ("OrganisationRegistered", json!({})),
        ("OrganisationRegistered", json!({"registeredAt": 1.5})),
        ("OrganisationRegistered", json!(null)),
        (
            "RegistrationRefused",
            json!({"reason": 7, "refusedAt": "2025-03-01T09:30:00Z"}),
        ),
    ];
    for (kind, data) in malformed {
        assert!(
            matches!(
                OrganisationEvent::from_stored(kind, 1, &data),
                Err(DecodeError::Malformed { .. })
            ),
            "{kind} {data}"
        );
    }
    // A stored payload whose values fail validation is refused rather than trusted.
    let mut bad = applied().to_data();
    bad["creditCode"] = json!("52440300MJL000016K");
    let e = OrganisationEvent::from_stored("RegistrationApplied", 2, &bad).unwrap_err();
    assert!(e.to_string().contains("check character 18"), "{e}");
}

#[test]
fn category_and_labels() {
    assert_eq!(Organisation::CATEGORY, "organisation");
    assert_eq!(
        serde_json::to_value(OrganisationStatus::Deregistered).unwrap(),
        json!("DEREGISTERED")
    );
    use OrganisationStatus as S;
    let table = [
        (S::Applied, "APPLIED", "申请中", true),
        (S::PrepApplied, "PREP_APPLIED", "筹备申请中", true),
        (S::Preparing, "PREPARING", "筹备中", true),
        (S::EstabApplied, "ESTAB_APPLIED", "成立登记申请中", true),
        (S::Active, "ACTIVE", "正常", true),
        (S::Suspended, "SUSPENDED", "停止活动", true),
        (S::Liquidating, "LIQUIDATING", "清算中", true),
        (S::Refused, "REFUSED", "不予登记", false),
        (S::Lapsed, "LAPSED", "筹备失效", false),
        (S::Deregistered, "DEREGISTERED", "已注销", false),
        (S::Revoked, "REVOKED", "已撤销", false),
    ];
    assert_eq!(table.len(), OrganisationStatus::ALL.len());
    for (s, wire, zh, live) in table {
        assert_eq!(s.label_zh(), zh);
        assert_eq!(s.as_str(), wire);
        assert_eq!(s.to_string(), wire);
        assert_eq!(serde_json::to_value(s).unwrap(), json!(wire));
        assert_eq!(s.is_live(), live, "{s}");
    }
    assert_eq!(ReportConclusion::Qualified.label_zh(), "合格");
    assert_eq!(ReportConclusion::BasicallyQualified.label_zh(), "基本合格");
    assert_eq!(ReportConclusion::Unqualified.label_zh(), "不合格");
    assert_eq!(
        serde_json::to_value(ReportConclusion::BasicallyQualified).unwrap(),
        json!("BASICALLY_QUALIFIED")
    );
}

// --- upcasting --------------------------------------------------------------------------------

/// A RegistrationApplied payload exactly as the first release stored it.
const SCHEMA_1_REGISTRATION_APPLIED: &str = r#"{
    "organisationId": "01900000-0000-7000-8000-000000000001",
    "name": "深圳市阳光社区服务中心",
    "kind": "SOCIAL_SERVICE_ORG",
    "creditCode": "52440300MJL000016J",
    "domicile": "深圳市福田区福中三路1号",
    "purpose": "服务社区居民",
    "businessScope": "社区养老、助残服务",
    "legalRepresentative": {"name": "张三", "idNumber": "11010519491231002X", "phone": "13800138000"},
    "registeredFunds": 3000000,
    "supervisoryUnit": "深圳市民政局",
    "jurisdiction": "440300",
    "appliedAt": "2025-03-01T09:30:00Z"
}"#;

#[test]
fn schema_1_registration_applied_is_upcast_to_schema_2() {
    let v1: serde_json::Value = serde_json::from_str(SCHEMA_1_REGISTRATION_APPLIED).unwrap();
    let event = OrganisationEvent::from_stored("RegistrationApplied", 1, &v1).unwrap();
    // Same as written today, with no public fundraising and 60 China-local days to decide.
    assert_eq!(event, applied());
    let OrganisationEvent::RegistrationApplied {
        public_fundraising,
        decision_due,
        ..
    } = &event
    else {
        panic!("{event:?}");
    };
    assert!(!public_fundraising);
    assert_eq!(*decision_due, date(2025, 4, 30));
    // Re-stored, it is written under schema 2.
    assert_eq!(event.schema(), 2);
    assert_eq!(event.to_data()["decisionDue"], json!("2025-04-30"));

    // The due date counts from the China-local day: 20:00 UTC on 1 March is 2 March in China.
    let mut late = v1.clone();
    late["appliedAt"] = json!("2025-03-01T20:00:00Z");
    let event = OrganisationEvent::from_stored("RegistrationApplied", 1, &late).unwrap();
    assert!(matches!(
        event,
        OrganisationEvent::RegistrationApplied { decision_due, .. } if decision_due == date(2025, 5, 1)
    ));

    // A schema-1 social group (single stage then) still decodes and can still be approved.
    let mut group = v1.clone();
    group["kind"] = json!("SOCIAL_GROUP");
    group["creditCode"] = json!(sg_code().as_str());
    let event = OrganisationEvent::from_stored("RegistrationApplied", 1, &group).unwrap();
    let stored = given([event]);
    assert_eq!(stored.state().status, Some(OrganisationStatus::Applied));
    let org = stored
        .with(ctx())
        .when(OrganisationCommand::Approve)
        .then([registered_at(now())]);
    assert_eq!(org.kind, Some(OrganisationKind::SocialGroup));
}

#[test]
fn malformed_schema_1_payloads_are_refused() {
    let v1: serde_json::Value = serde_json::from_str(SCHEMA_1_REGISTRATION_APPLIED).unwrap();
    let mut no_date = v1.clone();
    no_date.as_object_mut().unwrap().remove("appliedAt");
    let mut bad_date = v1.clone();
    bad_date["appliedAt"] = json!("yesterday");
    for data in [no_date, bad_date, json!(null), json!([1, 2])] {
        assert!(
            matches!(
                OrganisationEvent::from_stored("RegistrationApplied", 1, &data),
                Err(DecodeError::Malformed { .. })
            ),
            "{data}"
        );
    }
    assert_eq!(
        OrganisationEvent::from_stored("RegistrationApplied", 3, &v1).unwrap_err(),
        DecodeError::UnsupportedSchema {
            kind: "RegistrationApplied".into(),
            schema: 3
        }
    );
}

// --- the state as the read model stores it ----------------------------------------------------

#[test]
fn state_written_by_the_first_release_still_loads() {
    let row = json!({
        "id": "01900000-0000-7000-8000-000000000001",
        "status": "ACTIVE",
        "name": NAME,
        "kind": "SOCIAL_SERVICE_ORG",
        "creditCode": CODE,
        "domicile": "深圳市福田区福中三路1号",
        "purpose": "服务社区居民",
        "businessScope": "社区养老、助残服务",
        "legalRepresentative": {"name": "张三", "idNumber": "11010519491231002X", "phone": "13800138000"},
        "registeredFunds": 3000000,
        "supervisoryUnit": "深圳市民政局",
        "jurisdiction": "440300",
        "appliedAt": "2025-03-01T09:30:00Z",
        "registeredAt": "2025-03-02T09:30:00Z",
        "refusedAt": null,
        "refusalReason": null,
        "lastChangedAt": null,
        "endedAt": null,
        "endReason": null,
        "changesCount": 0
    });
    let org: Organisation = serde_json::from_value(row).unwrap();
    let mut expected = given(active()).state().clone();
    // The old row has no decision due date; everything else matches a replay.
    expected.decision_due = None;
    assert_eq!(org, expected);
    assert_eq!(org.credit, CreditStanding::Normal);
}

#[test]
fn the_full_profile_round_trips_as_camel_case_json() {
    let events = active_then([
        designated(),
        joined(MEMBER),
        OrganisationEvent::AnnualReportSubmitted {
            year: 2025,
            submitted_at: at(2026, 3, 1),
        },
        OrganisationEvent::AnnualReportConcluded {
            year: 2025,
            conclusion: ReportConclusion::Qualified,
            concluded_at: at(2026, 7, 1),
        },
        rated_at(at(2027, 4, 1), 4),
        abnormal_at(at(2027, 6, 1), AbnormalTrigger::Unreachable, false),
        suspended_at(at(2027, 7, 1)),
    ]);
    let org = given(events).state().clone();
    let json = serde_json::to_value(&org).unwrap();
    assert_eq!(json["status"], json!("SUSPENDED"));
    assert_eq!(json["decisionDue"], json!("2025-04-30"));
    assert_eq!(
        json["annualReports"],
        json!([{
            "year": 2025,
            "submittedAt": "2026-03-01T09:30:00Z",
            "notFiled": null,
            "conclusion": "QUALIFIED",
            "concludedAt": "2026-07-01T09:30:00Z"
        }])
    );
    assert_eq!(json["credit"]["list"], json!("ABNORMAL"));
    assert_eq!(json["credit"]["trigger"], json!("UNREACHABLE"));
    assert_eq!(json["credit"]["escalatesOn"], json!("2029-06-01"));
    assert_eq!(json["credit"]["autoRemovableOn"], json!("2027-12-01"));
    assert_eq!(json["listings"][0]["list"], json!("ABNORMAL"));
    assert_eq!(json["listings"][0]["trigger"], json!("UNREACHABLE"));
    assert_eq!(json["rating"]["grade"], json!(4));
    assert_eq!(json["rating"]["validUntil"], json!("2032-04-01"));
    assert_eq!(json["hub"]["field"], json!("社区服务"));
    assert_eq!(
        json["hubMembers"],
        json!([{"memberId": MEMBER.to_string(), "joinedOn": "2025-03-11"}])
    );
    assert_eq!(json["suspensions"][0]["reason"], json!("违反章程开展活动"));
    assert_no_floats(&json);
    let back: Organisation = serde_json::from_value(json).unwrap();
    assert_eq!(back, org);
    assert_eq!(
        serde_json::to_value(CreditStanding::Normal).unwrap(),
        json!({"list": "NORMAL"})
    );
}
