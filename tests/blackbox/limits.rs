//! Bad input: each gets a clear error with `extensions.code` (and `rule` for a domain rule), and
//! nothing is written.

use serde_json::{Value, json};

use crate::support::*;

fn with(mut input: Value, field: &str, value: Value) -> Value {
    input[field] = value;
    input
}

#[tokio::test]
async fn bad_input_gets_typed_errors_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let registrar = token(dir.path(), "registrar", Some("440304"));
    let code = credit_code('2', "440304", 1);
    let base = application(
        "深圳市福田区颐康养老服务中心",
        "SOCIAL_SERVICE_ORG",
        &code,
        "440304",
    );
    let id = apply(&server, &registrar, base.clone()).await;
    let before = server.event_count().await;

    let foundation_code = credit_code('3', "440304", 2);
    let mut wrong_check = credit_code('2', "440304", 3);
    let last = wrong_check.pop().unwrap();
    wrong_check.push(if last == '0' { '1' } else { '0' });
    let cases: Vec<(&str, Value, &str, Option<&str>)> = vec![
        (
            "credit code too short",
            with(base.clone(), "creditCode", json!("5144030400")),
            "VALIDATION",
            Some("REG-USCC"),
        ),
        (
            "credit code with a letter never used",
            with(base.clone(), "creditCode", json!("51440304MJ00000I8R")),
            "VALIDATION",
            Some("REG-USCC"),
        ),
        (
            "credit code with a wrong check character",
            with(base.clone(), "creditCode", json!(wrong_check)),
            "VALIDATION",
            Some("REG-USCC"),
        ),
        (
            "credit code of a foundation for a social service organisation",
            with(base.clone(), "creditCode", json!(foundation_code)),
            "RULE_VIOLATION",
            Some("REG-USCC"),
        ),
        (
            "credit code already held",
            with(base.clone(), "name", json!("另一个协会")),
            "RULE_VIOLATION",
            Some("REG-USCC"),
        ),
        (
            "name already used",
            with(
                base.clone(),
                "creditCode",
                json!(credit_code('2', "440304", 4)),
            ),
            "RULE_VIOLATION",
            Some("REG-NAME"),
        ),
        (
            "empty name",
            with(base.clone(), "name", json!("  ")),
            "VALIDATION",
            Some("REG-NAME"),
        ),
        (
            "name over 100 characters",
            with(base.clone(), "name", json!("协".repeat(101))),
            "VALIDATION",
            Some("REG-NAME"),
        ),
        (
            "local name with 中国",
            with(
                with(base.clone(), "name", json!("中国福田养老协会")),
                "creditCode",
                json!(credit_code('2', "440304", 5)),
            ),
            "RULE_VIOLATION",
            Some("REG-NAME"),
        ),
        (
            "negative money",
            with(base.clone(), "registeredFunds", json!("-5.00")),
            "VALIDATION",
            None,
        ),
        (
            "money with three decimals",
            with(base.clone(), "registeredFunds", json!("1.234")),
            "VALIDATION",
            None,
        ),
        (
            "money overflowing",
            with(
                base.clone(),
                "registeredFunds",
                json!("99999999999999999999"),
            ),
            "VALIDATION",
            None,
        ),
        (
            "money as a number",
            with(base.clone(), "registeredFunds", json!(30000)),
            "VALIDATION",
            None,
        ),
        (
            "malformed jurisdiction",
            with(base.clone(), "jurisdiction", json!("44030")),
            "VALIDATION",
            None,
        ),
        (
            "bad ID number",
            with(
                base.clone(),
                "legalRepresentative",
                json!({ "name": "王芳", "idNumber": "110105194912310021", "phone": "13800138000" }),
            ),
            "VALIDATION",
            None,
        ),
        (
            "unknown kind",
            with(base.clone(), "kind", json!("CLUB")),
            "VALIDATION",
            None,
        ),
    ];
    for (what, input, code, rule) in cases {
        let r = server
            .gql(Some(&registrar), APPLY, json!({ "i": input }))
            .await;
        assert_error(&r, code, rule, what);
    }

    let approve = "mutation($id: UUID!, $v: Int) { approveRegistration(input: {organisationId: $id, expectedVersion: $v}) { version } }";
    let stale = server
        .gql(Some(&registrar), approve, json!({ "id": id, "v": 3 }))
        .await;
    assert_eq!(error_extensions(&stale)["code"], "CONFLICT");
    let missing = server
        .gql(
            Some(&registrar),
            approve,
            json!({ "id": "0190f3c2-0000-7000-8000-000000000001" }),
        )
        .await;
    assert_eq!(error_extensions(&missing)["code"], "NOT_FOUND");
    let refuse = "mutation($id: UUID!) { refuseRegistration(input: {organisationId: $id, reason: \" \"}) { version } }";
    let r = server
        .gql(Some(&registrar), refuse, json!({ "id": id }))
        .await;
    assert_eq!(error_extensions(&r)["rule"], "REG-REFUSAL-REASON");
    let change = "mutation($id: UUID!) { registerChange(input: {organisationId: $id, domicile: \"x\"}) { version } }";
    let r = server
        .gql(Some(&registrar), change, json!({ "id": id }))
        .await;
    assert_error(
        &r,
        "RULE_VIOLATION",
        Some("REG-STATE"),
        "a change before approval",
    );

    // Who may do what.
    let r = server
        .gql(
            None,
            APPLY,
            json!({ "i": with(base.clone(), "creditCode", json!(credit_code('2', "440304", 6))) }),
        )
        .await;
    assert_eq!(error_extensions(&r)["code"], "UNAUTHENTICATED");
    let national = token(dir.path(), "registrar", Some("100000"));
    let r = server
        .gql(Some(&national), approve, json!({ "id": id }))
        .await;
    assert_eq!(
        error_extensions(&r)["code"],
        "FORBIDDEN",
        "a national registrar acts on national organisations only"
    );
    let elsewhere = token(dir.path(), "registrar", Some("440305"));
    let r = server
        .gql(Some(&elsewhere), approve, json!({ "id": id }))
        .await;
    assert_eq!(error_extensions(&r)["code"], "FORBIDDEN");
    let auditor = token(dir.path(), "auditor", None);
    let r = server
        .gql(Some(&auditor), approve, json!({ "id": id }))
        .await;
    assert_eq!(error_extensions(&r)["code"], "FORBIDDEN");
    let r = server
        .gql(
            None,
            "query($s: String!) { streamEvents(stream: $s) { totalCount } }",
            json!({ "s": format!("organisation-{id}") }),
        )
        .await;
    assert_eq!(error_extensions(&r)["code"], "UNAUTHENTICATED");

    assert_eq!(
        server.event_count().await,
        before,
        "no refused command wrote anything"
    );
    // The refused ones left the organisation as it was.
    let r = server
        .ok(
            None,
            "query($id: UUID!) { organisation(id: $id) { status version } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        r["organisation"],
        json!({ "status": "APPLIED", "version": 0 })
    );
    // Then the legal transition still works.
    server
        .ok(Some(&registrar), approve, json!({ "id": id, "v": 0 }))
        .await;
    let twice = server
        .gql(Some(&registrar), approve, json!({ "id": id }))
        .await;
    assert_error(
        &twice,
        "RULE_VIOLATION",
        Some("REG-STATE"),
        "a second approval",
    );
    assert!(
        twice["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("ACTIVE"),
        "names the current state: {twice}"
    );
}

#[tokio::test]
async fn bad_tokens_oversized_bodies_and_deep_queries_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let query = "{ organisations { totalCount } }";

    let good = token(dir.path(), "auditor", None);
    let mut altered = good.clone().into_bytes();
    let i = good.find('.').unwrap() + 3;
    altered[i] = if altered[i] == b'A' { b'B' } else { b'A' };
    let altered = String::from_utf8(altered).unwrap();
    // The shortest lifetime `token issue` allows (`--ttl 0s` is refused), let run out.
    let expired = issue_token(dir.path(), "auditor", "x", &["--ttl", "1s"]);
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let foreign = token(tempfile::tempdir().unwrap().path(), "auditor", None);
    for (what, t) in [
        ("altered", altered),
        ("expired", expired),
        ("signed by another ledger", foreign),
        ("not a token", "abc".into()),
    ] {
        let (status, body) = server
            .post_raw(
                Some(&t),
                serde_json::to_vec(&json!({ "query": query })).unwrap(),
            )
            .await;
        assert_eq!(status, 401, "{what}");
        assert_eq!(error_extensions(&body)["code"], "UNAUTHENTICATED", "{what}");
    }
    assert!(
        server
            .gql(Some(&good), query, Value::Null)
            .await
            .get("errors")
            .is_none()
    );

    let huge = json!({ "query": query, "variables": { "pad": "x".repeat(2 * 1024 * 1024) } });
    let (status, body) = server
        .post_raw(None, serde_json::to_vec(&huge).unwrap())
        .await;
    assert_eq!(status, 413);
    assert_eq!(error_extensions(&body)["code"], "VALIDATION");

    // Introspection is bounded by how many of its lists nest (four here, one past the
    // standard introspection query), not by its harmless `ofType` chains.
    let nested = "{ __schema { types { fields { type { ofType { fields { type { ofType { fields { args { name } } } } } } } } } } }";
    let r = server.gql(None, nested, Value::Null).await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION", "{r}");

    let r = server
        .gql(
            None,
            "{ organisations(first: 101) { totalCount } }",
            Value::Null,
        )
        .await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION");
    let r = server
        .gql(
            None,
            "{ organisations(after: \"bogus\") { totalCount } }",
            Value::Null,
        )
        .await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION");
    let r = server.gql(None, "{ nonsense }", Value::Null).await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION");
    let (status, body) = server.post_raw(None, b"{not json".to_vec()).await;
    assert_eq!(status, 400);
    assert_eq!(error_extensions(&body)["code"], "VALIDATION");
}
