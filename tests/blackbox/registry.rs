//! A registrar's day: apply, approve, change, deregister; the public's view; retries.

use serde_json::{Value, json};

use crate::support::*;

on_both_backends!(
    registrar_flow_over_http,
    refusal_and_revocation_record_their_reasons,
    data_survives_restart_and_sigkill,
    pages_follow_cursors,
    as_of_on_a_long_stream_matches_every_version_asked,
);

const ORG: &str = "query($id: UUID!) { organisation(id: $id) {
  id name status version domicile registeredFunds
  legalRepresentative { name idNumber phone } } }";

async fn registrar_flow_over_http(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let code = credit_code('2', "440304", 1);

    let applied = server
        .ok(Some(&registrar), APPLY, json!({ "i": application("深圳市福田区颐康养老服务中心", "SOCIAL_SERVICE_ORG", &code, "440304") }))
        .await;
    let payload = &applied["applyForRegistration"];
    assert_eq!(payload["version"], 0);
    assert_eq!(payload["organisation"]["status"], "APPLIED");
    assert_eq!(payload["organisation"]["registeredFunds"], "30000.00");
    assert!(
        payload["organisation"]["appliedAt"]
            .as_str()
            .unwrap()
            .ends_with("+08:00")
    );
    assert_eq!(
        payload["organisation"]["legalRepresentative"]["idNumber"],
        "11010519491231002X"
    );
    let id = payload["organisation"]["id"].as_str().unwrap().to_owned();

    // The public sees the registry but no personal data.
    let public = server.ok(None, ORG, json!({ "id": id })).await;
    assert_eq!(
        public["organisation"]["name"],
        "深圳市福田区颐康养老服务中心"
    );
    assert_eq!(
        public["organisation"]["legalRepresentative"]["idNumber"],
        Value::Null
    );
    assert_eq!(
        public["organisation"]["legalRepresentative"]["phone"],
        Value::Null
    );
    // Another jurisdiction's registrar sees it masked.
    let other = place.token("registrar", Some("440305"));
    let masked = server.ok(Some(&other), ORG, json!({ "id": id })).await;
    assert_eq!(
        masked["organisation"]["legalRepresentative"]["phone"],
        "138****8000"
    );

    let approve = "mutation($id: UUID!, $v: Int, $c: UUID) { approveRegistration(input: {organisationId: $id, expectedVersion: $v, commandId: $c}) { version position organisation { status registeredAt } } }";
    let command_id = "0190f3c2-0000-7000-8000-0000000000aa";
    let approved = server
        .ok(
            Some(&registrar),
            approve,
            json!({ "id": id, "v": 0, "c": command_id }),
        )
        .await;
    assert_eq!(
        approved["approveRegistration"]["organisation"]["status"],
        "ACTIVE"
    );
    let before = server.event_count().await;
    // A retry with the same command id returns the first outcome and writes nothing.
    let retried = server
        .ok(
            Some(&registrar),
            approve,
            json!({ "id": id, "c": command_id }),
        )
        .await;
    assert_eq!(
        retried["approveRegistration"]["position"],
        approved["approveRegistration"]["position"]
    );
    assert_eq!(retried["approveRegistration"]["version"], 1);
    assert_eq!(server.event_count().await, before);

    // Search: part of a Chinese name, kind, status, jurisdiction; and by credit code.
    server
        .ok(
            Some(&registrar),
            APPLY,
            json!({ "i": futian_application("深圳市福田区青少年教育中心", 2) }),
        )
        .await;
    let search = "query($f: OrganisationFilterInput) { organisations(filter: $f, first: 10) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage } } }";
    let found = server
        .ok(None, search, json!({ "f": { "nameContains": "养老" } }))
        .await;
    assert_eq!(found["organisations"]["totalCount"], 1);
    assert_eq!(
        found["organisations"]["edges"][0]["node"]["id"],
        id.as_str()
    );
    let active = server.ok(None, search, json!({ "f": { "status": "ACTIVE", "jurisdiction": "440304", "kind": "SOCIAL_SERVICE_ORG" } })).await;
    assert_eq!(active["organisations"]["totalCount"], 1);
    let all = server
        .ok(None, search, json!({ "f": { "jurisdiction": "440304" } }))
        .await;
    assert_eq!(all["organisations"]["totalCount"], 2);
    let by_code = server
        .ok(
            None,
            "query($c: CreditCode!) { organisationByCreditCode(code: $c) { id } }",
            json!({ "c": code }),
        )
        .await;
    assert_eq!(by_code["organisationByCreditCode"]["id"], id.as_str());

    // A change keeps the credit code and records old and new values.
    let change = "mutation($id: UUID!) { registerChange(input: {organisationId: $id, domicile: \"深圳市福田区益田路2号\", registeredFunds: \"50000\"}) { version organisation { domicile registeredFunds } } }";
    let changed = server
        .ok(Some(&registrar), change, json!({ "id": id }))
        .await;
    assert_eq!(
        changed["registerChange"]["organisation"]["registeredFunds"],
        "50000.00"
    );
    let auditor = place.token("auditor", None);
    let history = "query($s: String!) { streamEvents(stream: $s) { totalCount edges { node { version kind schema data metadata recordedAt hash } } } }";
    let events = server
        .ok(
            Some(&auditor),
            history,
            json!({ "s": format!("organisation-{id}") }),
        )
        .await;
    let edges = events["streamEvents"]["edges"].as_array().unwrap();
    let kinds: Vec<&str> = edges
        .iter()
        .map(|e| e["node"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "RegistrationApplied",
            "OrganisationRegistered",
            "ChangeRegistered"
        ]
    );
    let changes = edges[2]["node"]["data"]["changes"].to_string();
    assert!(
        changes.contains("深圳市福田区福中三路1号") && changes.contains("深圳市福田区益田路2号"),
        "{changes}"
    );
    let meta = &edges[1]["node"]["metadata"];
    assert_eq!(meta["actorRole"], "registrar");
    assert_eq!(meta["actorId"], "registrar-tester");
    assert_eq!(meta["commandId"], command_id);

    // Time travel: before the approval it was APPLIED; before the application it did not exist.
    let applied_at = edges[0]["node"]["recordedAt"].as_str().unwrap().to_owned();
    let as_of = "query($id: UUID!, $at: DateTime!) { organisationAsOf(id: $id, at: $at) { status domicile version } }";
    let then = server
        .ok(None, as_of, json!({ "id": id, "at": applied_at }))
        .await;
    assert_eq!(then["organisationAsOf"]["status"], "APPLIED");
    assert_eq!(
        then["organisationAsOf"]["domicile"],
        "深圳市福田区福中三路1号"
    );
    let never = server
        .ok(
            None,
            as_of,
            json!({ "id": id, "at": "2020-01-01T00:00:00+08:00" }),
        )
        .await;
    assert_eq!(never["organisationAsOf"], Value::Null);

    let deregister = "mutation($id: UUID!) { deregisterOrganisation(input: {organisationId: $id, reason: \"清算完成\"}) { organisation { status endReason } } }";
    let gone = server
        .ok(Some(&registrar), deregister, json!({ "id": id }))
        .await;
    assert_eq!(
        gone["deregisterOrganisation"]["organisation"]["status"],
        "DEREGISTERED"
    );
    // Once deregistered its name is free again for a new organisation of the same authority.
    apply(
        &server,
        &registrar,
        futian_application("深圳市福田区颐康养老服务中心", 3),
    )
    .await;
}

async fn refusal_and_revocation_record_their_reasons(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let a = apply(&server, &registrar, futian_application("福田区甲协会", 10)).await;
    let refuse = "mutation($id: UUID!, $r: String!) { refuseRegistration(input: {organisationId: $id, reason: $r}) { organisation { status refusalReason } } }";
    let refused = server
        .ok(
            Some(&registrar),
            refuse,
            json!({ "id": a, "r": "章程草案不符合要求" }),
        )
        .await;
    assert_eq!(
        refused["refuseRegistration"]["organisation"]["status"],
        "REFUSED"
    );
    assert_eq!(
        refused["refuseRegistration"]["organisation"]["refusalReason"],
        "章程草案不符合要求"
    );

    let b = apply(
        &server,
        &registrar,
        application(
            "福田区乙基金会",
            "FOUNDATION",
            &credit_code('3', "440304", 11),
            "440304",
        ),
    )
    .await;
    approve_registration(&server, &registrar, &b).await;
    let revoke = "mutation($id: UUID!, $r: String!) { revokeRegistration(input: {organisationId: $id, reason: $r}) { organisation { status endReason endedAt } } }";
    let revoked = server
        .ok(
            Some(&registrar),
            revoke,
            json!({ "id": b, "r": "连续两年未参加年检" }),
        )
        .await;
    assert_eq!(
        revoked["revokeRegistration"]["organisation"]["status"],
        "REVOKED"
    );
    assert_eq!(
        revoked["revokeRegistration"]["organisation"]["endReason"],
        "连续两年未参加年检"
    );
}

async fn data_survives_restart_and_sigkill(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let a = apply(
        &server,
        &registrar,
        futian_application("福田区持久协会", 20),
    )
    .await;
    server.stop();

    let server = place.start();
    let read = server.ok(None, ORG, json!({ "id": a })).await;
    assert_eq!(read["organisation"]["name"], "福田区持久协会");
    // Acknowledged means durable: a mutation that returned survives kill -9.
    approve_registration(&server, &registrar, &a).await;
    server.kill();

    let server = place.start();
    let read = server.ok(None, ORG, json!({ "id": a })).await;
    assert_eq!(read["organisation"]["status"], "ACTIVE");
    assert_eq!(read["organisation"]["version"], 1);
}

async fn pages_follow_cursors(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(
            apply(
                &server,
                &registrar,
                futian_application(&format!("福田区第{i}社工服务中心"), 30 + i),
            )
            .await,
        );
    }
    let page = "query($after: String) { organisations(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }";
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let data = server.ok(None, page, json!({ "after": after })).await;
        let conn = &data["organisations"];
        assert_eq!(conn["totalCount"], 5);
        seen.extend(
            conn["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["node"]["id"].as_str().unwrap().to_owned()),
        );
        if conn["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = conn["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(seen, ids);
}

/// Time travel on a long stream reads from the nearest snapshot before the instant; the answer
/// must be exactly the fold of the events up to it.
async fn as_of_on_a_long_stream_matches_every_version_asked(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let auditor = place.token("auditor", None);
    let id = apply(
        &server,
        &registrar,
        futian_application("福田区长流服务中心", 70),
    )
    .await;
    approve_registration(&server, &registrar, &id).await;
    let change = "mutation($id: UUID!, $d: String!) { registerChange(input: {organisationId: $id, domicile: $d}) { version } }";
    for n in 0..560 {
        server
            .ok(
                Some(&registrar),
                change,
                json!({ "id": id, "d": format!("福田区第{n}号") }),
            )
            .await;
    }
    let event_at = "query($s: String!, $v: Int!) { streamEvents(stream: $s, fromVersion: $v, first: 1) { edges { node { recordedAt } } } }";
    let as_of = "query($id: UUID!, $at: DateTime!) { organisationAsOf(id: $id, at: $at) { version domicile } }";
    // Before the first snapshot, right on one, between two, and at the end.
    for version in [100u64, 255, 256, 300, 511, 561] {
        let r = server
            .ok(
                Some(&auditor),
                event_at,
                json!({ "s": format!("organisation-{id}"), "v": version }),
            )
            .await;
        let at = r["streamEvents"]["edges"][0]["node"]["recordedAt"]
            .as_str()
            .unwrap()
            .to_owned();
        let then = server.ok(None, as_of, json!({ "id": id, "at": at })).await;
        let o = &then["organisationAsOf"];
        // Events recorded in the same instant are all in; a version's instant shows at least it.
        assert!(o["version"].as_u64().unwrap() >= version, "{version}: {o}");
        let shown = o["version"].as_u64().unwrap();
        assert_eq!(
            o["domicile"],
            format!("福田区第{}号", shown - 2),
            "{version}: {o}"
        );
    }
}
