//! Small things a user notices: how instants are shown, what a search tolerates.

use serde_json::json;

use crate::support::*;

/// `2026-12-01T22:30:01.123456+08:00`: China time, always six fractional digits.
fn china_time_to_the_microsecond(text: &str) -> bool {
    let b = text.as_bytes();
    text.len() == 32
        && text.ends_with("+08:00")
        && b[10] == b'T'
        && b[19] == b'.'
        && b[20..26].iter().all(u8::is_ascii_digit)
        && chrono::DateTime::parse_from_rfc3339(text).is_ok()
}

#[tokio::test]
async fn every_instant_is_shown_in_china_time_with_one_precision() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let registrar = token(dir.path(), "registrar", Some("440304"));
    let id = apply(
        &server,
        &registrar,
        futian_application("深圳市福田区颐康养老服务中心", 1),
    )
    .await;
    approve_registration(&server, &registrar, &id).await;
    let data = server
        .ok(
            Some(&registrar),
            "query($id: UUID!, $s: String!) {
               organisation(id: $id) { appliedAt registeredAt }
               streamEvents(stream: $s) { edges { node { recordedAt } } } }",
            json!({ "id": id, "s": format!("organisation-{id}") }),
        )
        .await;
    let mut instants = vec![
        data["organisation"]["appliedAt"].clone(),
        data["organisation"]["registeredAt"].clone(),
    ];
    for edge in data["streamEvents"]["edges"].as_array().unwrap() {
        instants.push(edge["node"]["recordedAt"].clone());
    }
    assert_eq!(instants.len(), 4);
    for at in &instants {
        let at = at.as_str().unwrap_or_default();
        assert!(china_time_to_the_microsecond(at), "{at}: {data:#}");
    }
}

#[tokio::test]
async fn an_expired_token_is_told_in_china_time() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let auditor = issue_token(dir.path(), "auditor", "auditor-li", &["--ttl", "1s"]);
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let (status, answer) = server
        .post_raw(
            Some(&auditor),
            br#"{"query":"{ organisations { totalCount } }"}"#.to_vec(),
        )
        .await;
    assert_eq!(status, 401);
    let message = answer["errors"][0]["message"].as_str().unwrap();
    let at = message
        .strip_prefix("the token expired at ")
        .and_then(|m| m.strip_suffix(" (China time)"))
        .unwrap_or_else(|| panic!("{message}"));
    assert!(china_time_to_the_microsecond(at), "{message}");
}

#[tokio::test]
async fn search_text_is_trimmed() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let registrar = token(dir.path(), "registrar", Some("440304"));
    let code = credit_code('2', "440304", 1);
    apply(
        &server,
        &registrar,
        application(
            "深圳市福田区颐康养老服务中心",
            "SOCIAL_SERVICE_ORG",
            &code,
            "440304",
        ),
    )
    .await;
    let search = "query($f: OrganisationFilterInput) { organisations(filter: $f) { totalCount } }";
    for filter in [
        json!({ "nameContains": "颐康养老 " }),
        json!({ "nameContains": " 颐康养老" }),
        json!({ "nameContains": "\t颐康养老\n" }),
        json!({ "creditCode": format!(" {code} ") }),
        json!({ "jurisdiction": "440304 ", "nameContains": "颐康" }),
    ] {
        let data = server.ok(None, search, json!({ "f": filter })).await;
        assert_eq!(data["organisations"]["totalCount"], 1, "{filter}");
    }
}
