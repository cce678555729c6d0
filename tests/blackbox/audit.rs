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
