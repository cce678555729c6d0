//! Registry rules under hostile or careless input (issue 10): look-alike names, control
//! characters, the end of a social group, removal from the abnormal list, and overdue cases
//! bounded in time and page.

use chrono::{Duration, Utc};
use serde_json::{Value, json};

use crate::support::*;

on_both_backends!(
    look_alike_names_collide_and_control_characters_are_refused,
    a_social_group_ends_through_dissolution_and_a_listing_through_verified_rectification,
    overdue_cases_are_a_bounded_page_within_a_horizon,
);

const APPROVE: &str = "mutation($id: UUID!) { approveRegistration(input: {organisationId: $id}) { organisation { status } } }";

async fn look_alike_names_collide_and_control_characters_are_refused(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let plain = "深圳市福田区阳光1号养老服务中心";
    let first = server
        .ok(
            Some(&registrar),
            APPLY,
            json!({ "i": futian_application(plain, 1) }),
        )
        .await;
    assert_eq!(first["applyForRegistration"]["organisation"]["name"], plain);
    let look_alikes = [
        (
            "U+200B",
            "深圳市福田区阳光\u{200B}1号养老服务中心".to_owned(),
        ),
        (
            "U+200D",
            "深圳市福田区\u{200D}阳光1号养老服务中心".to_owned(),
        ),
        ("U+202E", format!("\u{202E}{plain}")),
        ("BOM", format!("\u{FEFF}{plain}")),
        ("NBSP", format!("{plain}\u{a0}")),
        (
            "full-width digit",
            "深圳市福田区阳光１号养老服务中心".to_owned(),
        ),
    ];
    for (serial, (what, name)) in (2..).zip(look_alikes) {
        let r = server
            .gql(
                Some(&registrar),
                APPLY,
                json!({ "i": futian_application(&name, serial) }),
            )
            .await;
        assert_error(&r, "RULE_VIOLATION", Some("REG-NAME"), what);
    }
    // A name that differs only by spacing is recorded in its normal form.
    let spaced = server
        .ok(
            Some(&registrar),
            APPLY,
            json!({ "i": futian_application("\u{3000}Sunshine\u{a0}\u{a0}Care  Centre ", 20) }),
        )
        .await;
    assert_eq!(
        spaced["applyForRegistration"]["organisation"]["name"],
        "Sunshine Care Centre"
    );
    // Control characters: refused as VALIDATION, whichever text field carries them.
    let with_nul = |field: &str, serial: u32| {
        let mut input = futian_application("深圳市福田区另一养老服务中心", serial);
        match field {
            "name" => input["name"] = json!(format!("{plain}\u{0}")),
            "legalRepresentative" => input["legalRepresentative"]["name"] = json!("王\u{0}芳"),
            other => input[other] = json!("深圳\u{1b}福田"),
        }
        input
    };
    for (serial, field) in (30..).zip([
        "name",
        "domicile",
        "purpose",
        "businessScope",
        "legalRepresentative",
    ]) {
        let r = server
            .gql(
                Some(&registrar),
                APPLY,
                json!({ "i": with_nul(field, serial) }),
            )
            .await;
        let e = error_extensions(&r);
        assert_eq!(e["code"], "VALIDATION", "{field}: {r}");
        assert!(
            r["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("control character"),
            "{r}"
        );
    }
    let id = first["applyForRegistration"]["organisation"]["id"]
        .as_str()
        .unwrap();
    let refuse = "mutation($id: UUID!) { refuseRegistration(input: {organisationId: $id, reason: \"材料\\u0000不全\"}) { version } }";
    let r = server
        .gql(Some(&registrar), refuse, json!({ "id": id }))
        .await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION", "{r}");
    assert_eq!(server.event_count().await, 2, "nothing refused was written");
}

async fn a_social_group_ends_through_dissolution_and_a_listing_through_verified_rectification(
    place: Place,
) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let prepare = "mutation($i: ApplyForPreparationInput!) { applyForPreparation(input: $i) { organisation { id } } }";
    let input = json!({
        "name": "福田区社工协会",
        "creditCode": credit_code('1', "440304", 1),
        "domicile": "深圳市福田区福中三路1号",
        "purpose": "联合辖区社会工作者开展专业服务",
        "businessScope": "行业交流、培训",
        "legalRepresentative": { "name": "李明", "idNumber": "11010519491231002X", "phone": "13800138000" },
        "registeredFunds": "30000",
        "jurisdiction": "440304",
        "individualMembers": 60,
        "unitMembers": 0,
    });
    let r = server
        .ok(Some(&registrar), prepare, json!({ "i": input }))
        .await;
    let id = r["applyForPreparation"]["organisation"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let step = |mutation: &str, extra: Value| {
        let mut input = json!({ "organisationId": id });
        if let (Some(i), Some(e)) = (input.as_object_mut(), extra.as_object()) {
            i.extend(e.clone());
        }
        (mutation.to_owned(), json!({ "i": input }))
    };
    for (mutation, vars) in [
        step(
            "mutation($i: OrganisationCommandInput!) { approvePreparation(input: $i) { version } }",
            json!({}),
        ),
        step(
            "mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",
            json!({ "individualMembers": 60, "unitMembers": 0 }),
        ),
    ] {
        server.ok(Some(&registrar), &mutation, vars).await;
    }
    let r = server
        .ok(Some(&registrar), APPROVE, json!({ "id": id }))
        .await;
    assert_eq!(r["approveRegistration"]["organisation"]["status"], "ACTIVE");

    // Removal from the abnormal list after rectification needs the rectification verified.
    let (list, vars) = step(
        "mutation($i: ListAsAbnormalInput!) { listAsAbnormal(input: $i) { version } }",
        json!({ "trigger": "WARNING_OR_SMALL_FINE", "reason": "受到警告处罚", "rectificationRequired": true }),
    );
    server.ok(Some(&registrar), &list, vars).await;
    let (remove, remove_vars) = step(
        "mutation($i: ReasonedCommandInput!) { removeFromAbnormal(input: $i) { organisation { creditStanding { list } creditHistory { endedBy } } } }",
        json!({ "reason": "已整改" }),
    );
    let r = server
        .gql(Some(&registrar), &remove, remove_vars.clone())
        .await;
    assert_error(
        &r,
        "RULE_VIOLATION",
        Some("CREDIT-ABNORMAL"),
        "removal before the rectification is verified",
    );
    let (verify, vars) = step(
        "mutation($i: OrganisationCommandInput!) { verifyRectification(input: $i) { version } }",
        json!({}),
    );
    server.ok(Some(&registrar), &verify, vars).await;
    let r = server.ok(Some(&registrar), &remove, remove_vars).await;
    assert_eq!(
        r["removeFromAbnormal"]["organisation"]["creditStanding"]["list"],
        "NORMAL"
    );
    assert_eq!(
        r["removeFromAbnormal"]["organisation"]["creditHistory"][0]["endedBy"],
        "RECTIFIED"
    );

    // An ACTIVE social group is not deregistered directly: dissolution, liquidation, then.
    let deregister = "mutation($id: UUID!) { deregisterOrganisation(input: {organisationId: $id, reason: \"清算完成\"}) { organisation { status } } }";
    let r = server
        .gql(Some(&registrar), deregister, json!({ "id": id }))
        .await;
    assert_error(
        &r,
        "RULE_VIOLATION",
        Some("REG-STATE"),
        "deregistering an ACTIVE social group",
    );
    let (dissolve, vars) = step(
        "mutation($i: ReasonedCommandInput!) { resolveDissolution(input: $i) { organisation { status } } }",
        json!({ "reason": "会员大会决议解散" }),
    );
    let r = server.ok(Some(&registrar), &dissolve, vars).await;
    assert_eq!(
        r["resolveDissolution"]["organisation"]["status"],
        "LIQUIDATING"
    );
    let r = server
        .ok(Some(&registrar), deregister, json!({ "id": id }))
        .await;
    assert_eq!(
        r["deregisterOrganisation"]["organisation"]["status"],
        "DEREGISTERED"
    );
}

const OVERDUE: &str = "query($at: DateTime, $first: Int, $after: String) {
  overdueCases(jurisdiction: \"440304\", at: $at, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { daysOverdue overdueCount case { kind } organisation { id } } } } }";

async fn overdue_cases_are_a_bounded_page_within_a_horizon(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let mut ids = Vec::new();
    for i in 0..3 {
        let name = format!("深圳市福田区第{i}养老服务中心");
        ids.push(apply(&server, &registrar, futian_application(&name, i + 1)).await);
    }
    // The far future is refused before anything is computed.
    for at in [
        "9999-12-31T00:00:00Z",
        &(Utc::now() + Duration::days(800)).to_rfc3339(),
    ] {
        let r = server
            .gql(Some(&registrar), OVERDUE, json!({ "at": at, "first": 10 }))
            .await;
        let e = error_extensions(&r);
        assert_eq!(e["code"], "VALIDATION", "{r}");
        assert!(
            r["errors"][0]["message"].as_str().unwrap().contains("at"),
            "{r}"
        );
    }
    let r = server
        .gql(
            Some(&registrar),
            OVERDUE,
            json!({ "at": null, "first": 101 }),
        )
        .await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION", "{r}");

    // Now: nothing is late. In 62 days every decision is (REG-DECISION-DUE, 60 days).
    let now = server.ok(Some(&registrar), OVERDUE, json!({})).await;
    assert_eq!(now["overdueCases"]["totalCount"], 0);
    let at = (Utc::now() + Duration::days(62)).to_rfc3339();
    let page = server
        .ok(Some(&registrar), OVERDUE, json!({ "at": at, "first": 2 }))
        .await;
    let cases = &page["overdueCases"];
    assert_eq!(cases["totalCount"], 3, "{page}");
    assert_eq!(cases["edges"].as_array().unwrap().len(), 2, "{page}");
    assert_eq!(cases["pageInfo"]["hasNextPage"], true);
    let node = &cases["edges"][0]["node"];
    assert_eq!(node["case"]["kind"], "REGISTRATION_DECISION");
    assert_eq!(node["overdueCount"], 1);
    assert!(node["daysOverdue"].as_i64().unwrap() >= 1, "{page}");
    let rest = server
        .ok(
            Some(&registrar),
            OVERDUE,
            json!({ "at": at, "first": 2, "after": cases["pageInfo"]["endCursor"] }),
        )
        .await;
    let rest = &rest["overdueCases"];
    assert_eq!(rest["edges"].as_array().unwrap().len(), 1, "{rest}");
    assert_eq!(rest["pageInfo"]["hasNextPage"], false);
    let mut seen: Vec<&str> = cases["edges"]
        .as_array()
        .unwrap()
        .iter()
        .chain(rest["edges"].as_array().unwrap())
        .map(|e| e["node"]["organisation"]["id"].as_str().unwrap())
        .collect();
    seen.sort_unstable();
    let mut expected: Vec<&str> = ids.iter().map(String::as_str).collect();
    expected.sort_unstable();
    assert_eq!(seen, expected);

    // Registered organisations owe annual reports: a year ahead, the horizon, still answers
    // with one summarised case per organisation, not one per year.
    for id in &ids {
        approve_registration(&server, &registrar, id).await;
    }
    let year_ahead = (Utc::now() + Duration::days(365)).to_rfc3339();
    let r = server
        .ok(
            Some(&registrar),
            OVERDUE,
            json!({ "at": year_ahead, "first": 100 }),
        )
        .await;
    let edges = r["overdueCases"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 3, "{r}");
    assert_eq!(r["overdueCases"]["totalCount"], 3, "{r}");
    for edge in edges {
        assert_eq!(edge["node"]["case"]["kind"], "ANNUAL_REPORT", "{r}");
        assert_eq!(edge["node"]["overdueCount"], 1, "{r}");
    }
}
