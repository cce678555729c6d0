//! `commandId`: a retry gets the first outcome, and only its own actor gets it.

use serde_json::{Value, json};

use crate::support::*;

on_both_backends!(
    a_command_id_answers_only_its_own_actor,
    an_application_s_command_id_is_not_anothers,
    concurrent_retries_of_one_application_all_get_the_first_outcome,
    concurrent_retries_of_one_approval_all_get_the_first_outcome,
);

const APPROVE: &str = "mutation($id: UUID!, $c: UUID) { approveRegistration(input: {organisationId: $id, commandId: $c}) { version position organisation { id status legalRepresentative { idNumber } } } }";

/// The response is refused with `code`, gives no payload and does not name the organisation.
fn refused(response: &Value, code: &str, organisation: &str) {
    assert_eq!(error_extensions(response)["code"], code, "{response:#}");
    let data = &response["data"];
    assert!(
        data.is_null()
            || data
                .as_object()
                .is_some_and(|d| d.values().all(Value::is_null)),
        "a refusal carries no payload: {response:#}"
    );
    assert!(
        !response.to_string().contains(organisation),
        "a refusal does not name another actor's organisation: {response:#}"
    );
}

/// A server on `place`, a registrar of 440304, and the id of an organisation it applied for.
async fn one_application(place: &Place) -> (Server, String, String) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let id = apply(
        &server,
        &registrar,
        futian_application("深圳市福田区颐康养老服务中心", 1),
    )
    .await;
    (server, registrar, id)
}

async fn a_command_id_answers_only_its_own_actor(place: Place) {
    let (server, registrar, id) = one_application(&place).await;
    let command_id = "0190f3c2-0000-7000-8000-0000000000c5";
    let first = server
        .ok(
            Some(&registrar),
            APPROVE,
            json!({ "id": id, "c": command_id }),
        )
        .await;
    assert_eq!(
        first["approveRegistration"]["organisation"]["status"],
        "ACTIVE"
    );
    let before = server.event_count().await;

    let others = [
        ("auditor", place.token("auditor", None), "FORBIDDEN"),
        (
            "registrar of 440305",
            place.token("registrar", Some("440305")),
            "FORBIDDEN",
        ),
        (
            "ngo",
            issue_token(place.path(), "ngo", "ngo-tester", &["--organisation", &id]),
            "FORBIDDEN",
        ),
        ("evaluator", place.token("evaluator", None), "FORBIDDEN"),
        (
            "another registrar of 440304",
            issue_token(
                place.path(),
                "registrar",
                "clerk-2",
                &["--jurisdiction", "440304"],
            ),
            "CONFLICT",
        ),
    ];
    for (who, token, code) in &others {
        let r = server
            .gql(Some(token), APPROVE, json!({ "id": id, "c": command_id }))
            .await;
        assert_eq!(error_extensions(&r)["code"], *code, "{who}: {r:#}");
        assert!(
            r["data"].is_null() || r["data"]["approveRegistration"].is_null(),
            "{who} got the payload: {r:#}"
        );
    }
    // The same actor using it for another command on the organisation.
    let change = "mutation($id: UUID!, $c: UUID) { registerChange(input: {organisationId: $id, domicile: \"深圳市福田区益田路2号\", commandId: $c}) { version } }";
    let r = server
        .gql(
            Some(&registrar),
            change,
            json!({ "id": id, "c": command_id }),
        )
        .await;
    assert_eq!(error_extensions(&r)["code"], "CONFLICT", "{r:#}");
    assert_eq!(server.event_count().await, before, "nothing was written");

    // Its own actor still gets the first outcome.
    let again = server
        .ok(
            Some(&registrar),
            APPROVE,
            json!({ "id": id, "c": command_id }),
        )
        .await;
    assert_eq!(again, first);
}

async fn an_application_s_command_id_is_not_anothers(place: Place) {
    let server = place.start();
    let futian = place.token("registrar", Some("440304"));
    let command_id = "0190f3c2-0000-7000-8000-0000000000c6";
    let input = futian_application("深圳市福田区颐康养老服务中心", 1);
    let with_id = |mut input: Value| {
        input["commandId"] = json!(command_id);
        json!({ "i": input })
    };
    let first = server
        .ok(Some(&futian), APPLY, with_id(input.clone()))
        .await;
    let id = first["applyForRegistration"]["organisation"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = server.event_count().await;

    // A registrar of 440305 applying for a 440305 organisation with that id.
    let luohu = place.token("registrar", Some("440305"));
    let theirs = application(
        "深圳市罗湖区颐康养老服务中心",
        "SOCIAL_SERVICE_ORG",
        &credit_code('2', "440305", 2),
        "440305",
    );
    let r = server.gql(Some(&luohu), APPLY, with_id(theirs)).await;
    refused(&r, "CONFLICT", &id);
    // Replaying the 440304 application itself is not theirs to do.
    let r = server
        .gql(Some(&luohu), APPLY, with_id(input.clone()))
        .await;
    refused(&r, "FORBIDDEN", &id);
    for (who, token) in [
        ("auditor", place.token("auditor", None)),
        ("evaluator", place.token("evaluator", None)),
        (
            "ngo",
            issue_token(place.path(), "ngo", "ngo-tester", &["--organisation", &id]),
        ),
    ] {
        let r = server
            .gql(Some(&token), APPLY, with_id(input.clone()))
            .await;
        assert_eq!(error_extensions(&r)["code"], "FORBIDDEN", "{who}: {r:#}");
        assert!(!r.to_string().contains(&id), "{who} learnt the id: {r:#}");
    }
    // Another clerk of the same authority, same input.
    let clerk = issue_token(
        place.path(),
        "registrar",
        "clerk-2",
        &["--jurisdiction", "440304"],
    );
    let r = server
        .gql(Some(&clerk), APPLY, with_id(input.clone()))
        .await;
    refused(&r, "CONFLICT", &id);
    // The same clerk, another application: refused, told which command used the id.
    let other = futian_application("深圳市福田区青少年教育中心", 3);
    let r = server.gql(Some(&futian), APPLY, with_id(other)).await;
    assert_eq!(error_extensions(&r)["code"], "CONFLICT", "{r:#}");
    assert!(r["data"].is_null(), "{r:#}");
    assert_eq!(server.event_count().await, before, "nothing was written");

    let again = server.ok(Some(&futian), APPLY, with_id(input)).await;
    assert_eq!(again, first);
}

/// Runs `query` 16 times at once; every answer must be the same success.
async fn sixteen_at_once(server: &Server, token: &str, query: &str, variables: Value) -> Value {
    sixteen_at_once_on(&[server], token, query, variables).await
}

/// [`sixteen_at_once`], spread over `servers` in turn.
async fn sixteen_at_once_on(
    servers: &[&Server],
    token: &str,
    query: &str,
    variables: Value,
) -> Value {
    let answers = futures::future::join_all(
        (0..16).map(|i| servers[i % servers.len()].gql(Some(token), query, variables.clone())),
    )
    .await;
    let first = answers[0].clone();
    assert!(first.get("errors").is_none(), "{first:#}");
    for a in &answers {
        assert_eq!(a, &first, "every retry gets the first outcome");
    }
    first
}

async fn concurrent_retries_of_one_application_all_get_the_first_outcome(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let before = server.event_count().await;
    for round in 0..3 {
        let mut input =
            futian_application(&format!("深圳市福田区颐康养老服务中心{round}"), round + 1);
        input["commandId"] = json!(uuid::Uuid::now_v7());
        let first = sixteen_at_once(&server, &registrar, APPLY, json!({ "i": input })).await;
        assert_eq!(first["data"]["applyForRegistration"]["version"], 0);
    }
    assert_eq!(server.event_count().await, before + 3, "one event each");
}

async fn concurrent_retries_of_one_approval_all_get_the_first_outcome(place: Place) {
    let (server, registrar, id) = one_application(&place).await;
    let approve = "mutation($id: UUID!, $c: UUID) { approveRegistration(input: {organisationId: $id, expectedVersion: 0, commandId: $c}) { version position organisation { status } } }";
    let before = server.event_count().await;
    let first = sixteen_at_once(
        &server,
        &registrar,
        approve,
        json!({ "id": id, "c": uuid::Uuid::now_v7() }),
    )
    .await;
    assert_eq!(first["data"]["approveRegistration"]["version"], 1);
    assert_eq!(server.event_count().await, before + 1);
}

/// Several servers on one PostgreSQL database race too: the command outcome is written in the
/// append's transaction, and a try that loses re-reads it.
#[tokio::test]
async fn retries_spread_over_two_servers_all_get_the_first_outcome() {
    let Some(place) = Place::new(true).await else {
        return;
    };
    let (a, b) = (place.start(), place.start());
    let registrar = place.token("registrar", Some("440304"));
    let before = a.event_count().await;
    for round in 0..3 {
        let mut input =
            futian_application(&format!("深圳市福田区双机养老服务中心{round}"), 600 + round);
        input["commandId"] = json!(uuid::Uuid::now_v7());
        let first = sixteen_at_once_on(&[&a, &b], &registrar, APPLY, json!({ "i": input })).await;
        assert_eq!(first["data"]["applyForRegistration"]["version"], 0);
    }
    assert_eq!(b.event_count().await, before + 3, "one event each");
}
