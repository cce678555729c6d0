//! An auditor's tools: verify, export and import, the live feed, and nothing ever lost.

use std::process::{Command, Stdio};

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::support::*;

async fn small_ledger(dir: &std::path::Path) -> (Server, String) {
    let server = Server::start(dir);
    let registrar = token(dir, "registrar", Some("440304"));
    let a = apply(
        &server,
        &registrar,
        futian_application("深圳市福田区颐康养老服务中心", 1),
    )
    .await;
    approve_registration(&server, &registrar, &a).await;
    apply(
        &server,
        &registrar,
        futian_application("深圳市福田区社区教育中心", 2),
    )
    .await;
    (server, a)
}

#[tokio::test]
async fn verify_names_the_stream_whose_event_was_altered() {
    let dir = tempfile::tempdir().unwrap();
    let (server, id) = small_ledger(dir.path()).await;
    server.stop();
    let data_dir = dir.path().to_str().unwrap();
    let ok = cli(&["verify", "--data-dir", data_dir]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("3 events"));

    // One byte of one event's data, changed behind the ledger's back.
    let db = rusqlite::Connection::open(dir.path().join("ledger.db")).unwrap();
    let changed = db
        .execute(
            "UPDATE events SET data = replace(data, '福中三路1号', '福中三路2号') WHERE position = 1",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(db);
    let broken = cli(&["verify", "--data-dir", data_dir]);
    assert!(!broken.status.success());
    let report = String::from_utf8_lossy(&broken.stdout);
    assert!(
        report.contains(&format!("organisation-{id}")) && report.contains("version 0"),
        "{report}"
    );
}

#[tokio::test]
async fn export_then_import_reproduces_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let (server, id) = small_ledger(dir.path()).await;
    server.stop();
    let export = cli(&["export", "--data-dir", dir.path().to_str().unwrap()]);
    assert!(export.status.success());
    let lines = String::from_utf8(export.stdout.clone()).unwrap();
    assert_eq!(lines.lines().count(), 3);

    let file = dir.path().join("ledger.jsonl");
    std::fs::write(&file, &export.stdout).unwrap();
    let copy = tempfile::tempdir().unwrap();
    let import = cli(&[
        "import",
        "--data-dir",
        copy.path().to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    let again = cli(&["export", "--data-dir", copy.path().to_str().unwrap()]);
    assert_eq!(
        String::from_utf8(again.stdout).unwrap(),
        lines,
        "the same events, positions and hashes"
    );

    // From standard input too.
    let piped = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .args(["import", "--data-dir", piped.path().to_str().unwrap(), "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    assert!(
        cli(&["verify", "--data-dir", piped.path().to_str().unwrap()])
            .status
            .success()
    );

    // The imported ledger serves its read models.
    let server = Server::start(copy.path());
    let r = server
        .ok(
            None,
            "query($id: UUID!) { organisation(id: $id) { status name } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(r["organisation"]["status"], "ACTIVE");
    server.stop();

    // A broken file writes nothing.
    let tampered = lines.replacen("福中三路1号", "福中三路9号", 1);
    std::fs::write(&file, tampered).unwrap();
    let empty = tempfile::tempdir().unwrap();
    let refused = cli(&[
        "import",
        "--data-dir",
        empty.path().to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("line 1"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let nothing = cli(&["export", "--data-dir", empty.path().to_str().unwrap()]);
    assert!(nothing.stdout.is_empty(), "nothing was imported");
}

/// The canonical form is precise enough for an auditor to re-compute every hash without our
/// code: the dependency-free Python script does it on an export.
#[tokio::test]
async fn an_independent_script_recomputes_the_exported_hashes() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("SKIPPED: python3 is not installed, so scripts/verify-export.py was not run");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = small_ledger(dir.path()).await;
    server.stop();
    let export = cli(&["export", "--data-dir", dir.path().to_str().unwrap()]);
    let file = dir.path().join("ledger.jsonl");
    std::fs::write(&file, &export.stdout).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/verify-export.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok: 3 events in 2 streams"));
    let text = String::from_utf8(export.stdout)
        .unwrap()
        .replacen("福中三路1号", "福中三路2号", 1);
    std::fs::write(&file, text).unwrap();
    let out = Command::new("python3")
        .arg(script)
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[tokio::test]
async fn auditors_follow_the_ledger_live_over_websocket() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let auditor = token(dir.path(), "auditor", None);
    let registrar = token(dir.path(), "registrar", Some("440304"));
    let (mut ws, _) = tokio_tungstenite::connect_async(server.ws_request())
        .await
        .unwrap();
    let send = |v: Value| Message::Text(v.to_string().into());
    ws.send(send(json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {auditor}") } })))
        .await
        .unwrap();
    let ack = next_json(&mut ws).await;
    assert_eq!(ack["type"], "connection_ack", "{ack}");
    ws.send(send(json!({ "id": "1", "type": "subscribe", "payload": {
        "query": "subscription { ledgerEvents(category: \"organisation\") { position stream version kind hash } }"
    } })))
    .await
    .unwrap();
    // Give the subscription a moment to start before writing.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let id = apply(
        &server,
        &registrar,
        futian_application("福田区直播协会", 40),
    )
    .await;
    let event = next_json(&mut ws).await;
    assert_eq!(event["type"], "next", "{event}");
    let e = &event["payload"]["data"]["ledgerEvents"];
    assert_eq!(e["stream"], format!("organisation-{id}"));
    assert_eq!(e["kind"], "RegistrationApplied");
    assert_eq!(e["version"], 0);

    // Without a token the feed is refused.
    let (mut anon, _) = tokio_tungstenite::connect_async(server.ws_request())
        .await
        .unwrap();
    anon.send(send(json!({ "type": "connection_init" })))
        .await
        .unwrap();
    assert_eq!(next_json(&mut anon).await["type"], "connection_ack");
    anon.send(send(json!({ "id": "1", "type": "subscribe", "payload": { "query": "subscription { ledgerEvents { position } }" } })))
        .await
        .unwrap();
    let refused = next_json(&mut anon).await;
    assert_eq!(
        refused["payload"]["errors"][0]["extensions"]["code"], "UNAUTHENTICATED",
        "{refused}"
    );
}

async fn next_json<S>(ws: &mut S) -> Value
where
    S: futures::Stream<Item = Result<Message, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    loop {
        let msg = tokio::time::timeout(std::time::Duration::from_secs(10), ws.next())
            .await
            .expect("a message within 10 s")
            .expect("the socket stays open")
            .expect("a readable message");
        if let Message::Text(t) = msg {
            return serde_json::from_str(&t).unwrap();
        }
    }
}

#[tokio::test]
async fn graphiql_and_health_are_served_offline() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let (status, page) = server.get("/").await;
    assert_eq!(status, 200);
    assert!(page.contains("/assets/graphiql/graphiql.min.js") && !page.contains("https://"));
    assert_eq!(server.get("/assets/graphiql/graphiql.min.css").await.0, 200);
    assert_eq!(server.get("/healthz").await, (200, "ok".to_owned()));
    assert_eq!(server.event_count().await, 0);
    let (status, metrics) = server.get("/metrics").await;
    assert_eq!(status, 200);
    assert!(metrics.contains("civic_ledger_events 0"), "{metrics}");
}

const TIMELINE: &str = "query($s: String!, $from: Int, $first: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: $first) {
    stream totalCount nextVersion
    entries { version kind command actor role reason recordedAt hash changes { field old new } }
  }
}";

const VERIFY_LEDGER: &str = "query($after: Int, $limit: Int) {
  verifyLedger(after: $after, limit: $limit) {
    eventsChecked streamsBegun lastPosition head done
    firstFailure { stream version position reason }
  }
}";

const VERIFY_STREAM: &str = "query($s: String!) {
  verifyStream(stream: $s) { stream eventsChecked nextVersion firstFailure { stream version reason } }
}";

#[tokio::test]
async fn the_timeline_shows_who_changed_what_when_and_why_with_personal_data_masked() {
    let dir = tempfile::tempdir().unwrap();
    let (server, id) = small_ledger(dir.path()).await;
    let registrar = token(dir.path(), "registrar", Some("440304"));
    server
        .ok(
            Some(&registrar),
            "mutation($id: UUID!) { registerChange(input: {organisationId: $id, domicile: \"深圳市福田区益田路2号\"}) { version } }",
            json!({ "id": id }),
        )
        .await;
    server
        .ok(
            Some(&registrar),
            "mutation($id: UUID!) { orderSuspension(input: {organisationId: $id, reason: \"未按章程开展活动\"}) { version } }",
            json!({ "id": id }),
        )
        .await;
    let auditor = token(dir.path(), "auditor", None);
    let stream = format!("organisation-{id}");
    let all = server
        .ok(Some(&auditor), TIMELINE, json!({ "s": stream }))
        .await;
    let timeline = &all["recordTimeline"];
    assert_eq!(timeline["totalCount"], 4, "{timeline:#}");
    assert_eq!(timeline["nextVersion"], Value::Null);
    let entries = timeline["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 4);
    let field = |entry: &Value, name: &str| {
        entry["changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["field"] == name)
            .cloned()
            .unwrap_or(Value::Null)
    };

    // The application brought every field from nothing; the identity card only masked.
    let applied = &entries[0];
    assert_eq!(applied["role"], "registrar");
    assert!(applied["actor"].as_str().is_some_and(|a| !a.is_empty()));
    assert_eq!(field(applied, "name")["old"], Value::Null);
    assert_eq!(
        field(applied, "name")["new"],
        "深圳市福田区颐康养老服务中心"
    );
    let text = all.to_string();
    assert!(!text.contains("11010519491231002X"), "{text}");
    assert!(!text.contains("13800138000"), "{text}");
    assert!(
        field(applied, "legalRepresentative")["new"]
            .as_str()
            .is_some_and(|r| r.contains("110105********002X")),
        "{applied:#}"
    );

    let change = &entries[2];
    assert_eq!(change["kind"], "ChangeRegistered");
    assert_eq!(
        field(change, "domicile"),
        json!({ "field": "domicile", "old": "深圳市福田区福中三路1号", "new": "深圳市福田区益田路2号" })
    );
    assert_eq!(
        field(change, "name"),
        Value::Null,
        "unchanged fields are not listed"
    );

    let suspended = &entries[3];
    assert_eq!(suspended["reason"], "未按章程开展活动");
    assert_eq!(suspended["command"], "OrderSuspension");
    assert_eq!(field(suspended, "status")["old"], "ACTIVE");
    assert_eq!(field(suspended, "status")["new"], "SUSPENDED");

    // A page further on starts from the state before it: the same change, seen alone.
    let page = server
        .ok(
            Some(&auditor),
            TIMELINE,
            json!({ "s": stream, "from": 2, "first": 1 }),
        )
        .await;
    let page = &page["recordTimeline"];
    assert_eq!(page["nextVersion"], 3);
    assert_eq!(page["entries"][0]["changes"], change["changes"]);

    let too_many = server
        .gql(
            Some(&auditor),
            TIMELINE,
            json!({ "s": stream, "first": 101 }),
        )
        .await;
    assert_error(&too_many, "VALIDATION", None, "a page over 100");
    let not_a_record = server
        .gql(Some(&auditor), TIMELINE, json!({ "s": "ledger-x" }))
        .await;
    assert_error(&not_a_record, "VALIDATION", None, "another kind of stream");
    let anonymous = server.gql(None, TIMELINE, json!({ "s": stream })).await;
    assert_error(&anonymous, "UNAUTHENTICATED", None, "no token");
    let as_registrar = server
        .gql(Some(&registrar), TIMELINE, json!({ "s": stream }))
        .await;
    assert_error(&as_registrar, "FORBIDDEN", None, "a registrar");
}

#[tokio::test]
async fn verify_walks_the_ledger_in_stretches_and_names_an_altered_event() {
    let dir = tempfile::tempdir().unwrap();
    let (server, id) = small_ledger(dir.path()).await;
    let auditor = token(dir.path(), "auditor", None);
    let registrar = token(dir.path(), "registrar", Some("440304"));

    let whole = server.ok(Some(&auditor), VERIFY_LEDGER, json!({})).await;
    assert_eq!(
        whole["verifyLedger"],
        json!({ "eventsChecked": 3, "streamsBegun": 2, "lastPosition": 3, "head": 3,
                "done": true, "firstFailure": null })
    );
    // Two events at a time: the second stretch continues streams the first began.
    let mut after = 0;
    let mut checked = 0;
    let mut streams = 0;
    for _ in 0..3 {
        let r = server
            .ok(
                Some(&auditor),
                VERIFY_LEDGER,
                json!({ "after": after, "limit": 2 }),
            )
            .await;
        let r = &r["verifyLedger"];
        assert_eq!(r["firstFailure"], Value::Null, "{r:#}");
        checked += r["eventsChecked"].as_u64().unwrap();
        streams += r["streamsBegun"].as_u64().unwrap();
        after = r["lastPosition"].as_u64().unwrap();
        if r["done"] == true {
            break;
        }
    }
    assert_eq!((checked, streams, after), (3, 2, 3));
    let stream = format!("organisation-{id}");
    let one = server
        .ok(Some(&auditor), VERIFY_STREAM, json!({ "s": stream }))
        .await;
    assert_eq!(one["verifyStream"]["eventsChecked"], 2);
    assert_eq!(one["verifyStream"]["firstFailure"], Value::Null);

    let over = server
        .gql(Some(&auditor), VERIFY_LEDGER, json!({ "limit": 10_001 }))
        .await;
    assert_error(&over, "VALIDATION", None, "a stretch over 10,000");
    for (who, t, code) in [
        ("anonymous", None, "UNAUTHENTICATED"),
        ("registrar", Some(registrar.as_str()), "FORBIDDEN"),
    ] {
        let r = server.gql(t, VERIFY_LEDGER, json!({})).await;
        assert_error(&r, code, None, who);
        let r = server.gql(t, VERIFY_STREAM, json!({ "s": stream })).await;
        assert_error(&r, code, None, who);
    }

    // A field slipped into the approval behind the ledger's back.
    server.stop();
    let db = rusqlite::Connection::open(dir.path().join("ledger.db")).unwrap();
    let changed = db
        .execute(
            "UPDATE events SET data = json_set(data, '$.approvedBy', 'x') WHERE position = 2",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(db);
    let server = Server::start(dir.path());
    let broken = server.ok(Some(&auditor), VERIFY_LEDGER, json!({})).await;
    let broken = &broken["verifyLedger"];
    assert_eq!(broken["done"], false);
    assert_eq!(broken["firstFailure"]["stream"], stream.as_str());
    assert_eq!(broken["firstFailure"]["version"], 1);
    assert_eq!(broken["eventsChecked"], 1, "{broken:#}");
    // Resumed past the good event, the next stretch finds the same break.
    let resumed = server
        .ok(Some(&auditor), VERIFY_LEDGER, json!({ "after": 1 }))
        .await;
    assert_eq!(resumed["verifyLedger"]["firstFailure"]["version"], 1);
    let one = server
        .ok(Some(&auditor), VERIFY_STREAM, json!({ "s": stream }))
        .await;
    assert_eq!(one["verifyStream"]["firstFailure"]["version"], 1);
    assert_eq!(one["verifyStream"]["eventsChecked"], 1);
}

#[tokio::test]
async fn the_export_download_is_the_cli_export_for_auditors_only() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = small_ledger(dir.path()).await;
    let auditor = token(dir.path(), "auditor", None);
    let registrar = token(dir.path(), "registrar", Some("440304"));
    let (status, kind, body) = server.get_as(Some(&auditor), "/export.jsonl").await;
    assert_eq!(status, 200, "{body}");
    assert!(kind.starts_with("application/jsonl"), "{kind}");
    assert_eq!(body.lines().count(), 3);
    let admin = token(dir.path(), "admin", None);
    let (status, _, by_admin) = server.get_as(Some(&admin), "/export.jsonl").await;
    assert_eq!((status, by_admin.as_str()), (200, body.as_str()));

    let (status, _, body) = server.get_as(None, "/export.jsonl").await;
    assert_eq!(status, 401, "{body}");
    assert!(body.contains("UNAUTHENTICATED"), "{body}");
    let (status, _, body) = server.get_as(Some(&registrar), "/export.jsonl").await;
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("FORBIDDEN"), "{body}");

    server.stop();
    let cli_export = cli(&["export", "--data-dir", dir.path().to_str().unwrap()]);
    assert!(cli_export.status.success());
    assert_eq!(String::from_utf8(cli_export.stdout).unwrap(), {
        let server = Server::start(dir.path());
        server.get_as(Some(&auditor), "/export.jsonl").await.2
    });
}
