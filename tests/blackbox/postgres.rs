//! Several servers on one PostgreSQL database, moving a ledger from the embedded store to
//! PostgreSQL, and what an operator sees when the store cannot be reached.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{Value, json};
use sqlx::Connection;

use crate::support::*;

const ORG: &str = "query($id: UUID!) { organisation(id: $id) { id name status version domicile } }";
const CHANGE: &str = "mutation($id: UUID!, $v: Int, $d: String!) {
  registerChange(input: {organisationId: $id, expectedVersion: $v, domicile: $d}) { version } }";

#[tokio::test]
async fn two_servers_share_one_database() {
    let Some(place) = Place::new(true).await else {
        return;
    };
    let (a, b) = (place.start(), place.start());
    let registrar = place.token("registrar", Some("440304"));

    // Read-your-writes across servers: what one acknowledged, the other serves at once.
    let id = apply(
        &a,
        &registrar,
        futian_application("福田区双机测试协会", 501),
    )
    .await;
    let on_b = b.ok(None, ORG, json!({ "id": id })).await;
    assert_eq!(on_b["organisation"]["status"], "APPLIED");
    approve_registration(&b, &registrar, &id).await;
    let on_a = a.ok(None, ORG, json!({ "id": id })).await;
    assert_eq!(on_a["organisation"]["status"], "ACTIVE");
    assert_eq!(on_a["organisation"]["version"], 1);

    // The same change at the same version sent to both servers at once: one is recorded, the
    // other is told to reload.
    for round in 0..5u64 {
        let version = 1 + round;
        let (ra, rb) = tokio::join!(
            a.gql(
                Some(&registrar),
                CHANGE,
                json!({ "id": id, "v": version, "d": format!("A{round}") })
            ),
            b.gql(
                Some(&registrar),
                CHANGE,
                json!({ "id": id, "v": version, "d": format!("B{round}") })
            ),
        );
        let outcomes: Vec<&Value> = [&ra, &rb].into_iter().collect();
        let won: Vec<_> = outcomes
            .iter()
            .filter(|r| r.get("errors").is_none())
            .collect();
        let lost: Vec<_> = outcomes
            .iter()
            .filter(|r| r.get("errors").is_some())
            .collect();
        assert_eq!(won.len(), 1, "round {round}: {ra:#} {rb:#}");
        assert_eq!(won[0]["data"]["registerChange"]["version"], version + 1);
        assert_eq!(lost.len(), 1);
        assert_eq!(
            error_extensions(lost[0])["code"],
            "CONFLICT",
            "{:#}",
            lost[0]
        );
    }
    let final_a = a.ok(None, ORG, json!({ "id": id })).await;
    let final_b = b.ok(None, ORG, json!({ "id": id })).await;
    assert_eq!(final_a, final_b);
    assert_eq!(final_a["organisation"]["version"], 6);
    assert_eq!(a.event_count().await, 7);
    assert_eq!(b.event_count().await, 7);

    // Each server keeps the states it wrote last; the other server moving a stream on must
    // neither refuse a command on the old state nor lose the other's change. A registers,
    // B approves: on A's own (stale) copy the organisation is still an application, which
    // a change of registration would be refused on.
    let other = apply(
        &a,
        &registrar,
        futian_application("福田区双机缓存测试协会", 502),
    )
    .await;
    approve_registration(&b, &registrar, &other).await;
    let changed = a
        .ok(
            Some(&registrar),
            CHANGE,
            json!({ "id": other, "v": null, "d": "A after B's approval" }),
        )
        .await;
    assert_eq!(changed["registerChange"]["version"], 2);
    let changed = b
        .ok(
            Some(&registrar),
            CHANGE,
            json!({ "id": other, "v": null, "d": "B" }),
        )
        .await;
    assert_eq!(changed["registerChange"]["version"], 3);
    // A's copy is at version 2 now: its append is refused by the version check and decided
    // again on the stored state, after B's change.
    let changed = a
        .ok(
            Some(&registrar),
            CHANGE,
            json!({ "id": other, "v": null, "d": "A again" }),
        )
        .await;
    assert_eq!(changed["registerChange"]["version"], 4);
    let seen = b.ok(None, ORG, json!({ "id": other })).await;
    assert_eq!(seen["organisation"]["domicile"], "A again");
    assert_eq!(seen["organisation"]["version"], 4);

    // Every connection of both servers is cut: each server reconnects, and what one writes
    // afterwards the other still serves.
    let db = place.db.as_ref().unwrap();
    let mut admin = sqlx::PgConnection::connect(&db.url).await.unwrap();
    let cut: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid()) t",
    )
    .fetch_one(&mut admin)
    .await
    .unwrap();
    assert!(cut >= 2, "both servers had connections ({cut} cut)");
    let mut recorded = None;
    for attempt in 0..5 {
        let r = a
            .gql(
                Some(&registrar),
                CHANGE,
                json!({ "id": id, "v": 6, "d": "after the cut" }),
            )
            .await;
        if r.get("errors").is_none() {
            recorded = Some(r);
            break;
        }
        // A command that met a dead connection fails alone, with a code, and may be retried.
        assert!(
            error_extensions(&r)["code"].is_string(),
            "attempt {attempt}: {r:#}"
        );
    }
    assert!(recorded.is_some(), "the server reconnected");
    let seen = b.ok(None, ORG, json!({ "id": id })).await;
    assert_eq!(seen["organisation"]["domicile"], "after the cut");
}

/// `export` of an embedded ledger piped into `import --store postgres://…`: every chain is
/// checked, `verify` passes on PostgreSQL, the server there answers as the old one did, and an
/// export from PostgreSQL is the same file byte for byte.
#[tokio::test]
async fn an_embedded_ledger_moves_to_postgres() {
    let Some(target) = Place::new(true).await else {
        return;
    };
    let source = Place::new(false).await.unwrap();
    let server = source.start();
    let registrar = source.token("registrar", Some("440304"));
    let mut ids = Vec::new();
    for i in 0..3 {
        ids.push(
            apply(
                &server,
                &registrar,
                futian_application(&format!("福田区迁移测试第{i}协会"), 600 + i),
            )
            .await,
        );
    }
    approve_registration(&server, &registrar, &ids[0]).await;
    server
        .ok(
            Some(&registrar),
            CHANGE,
            json!({ "id": ids[0], "v": 1, "d": "深圳市福田区迁移路1号" }),
        )
        .await;
    let before = server.ok(None, ORG, json!({ "id": ids[0] })).await;
    server.stop();

    let mut export = Command::new(BIN)
        .arg("export")
        .args(source.args())
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let import = Command::new(BIN)
        .arg("import")
        .args(target.args())
        .arg("-")
        .env("RUST_LOG", "warn")
        .stdin(export.stdout.take().unwrap())
        .output()
        .unwrap();
    assert!(export.wait().unwrap().success());
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    assert!(String::from_utf8_lossy(&import.stdout).contains("imported 5 events"));

    let mut verify_args = vec!["verify".to_owned()];
    verify_args.extend(target.args());
    let verify = cli(&verify_args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(verify.status.success());
    assert!(
        String::from_utf8_lossy(&verify.stdout).contains("ok: 5 events in 3 streams"),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );

    let exported = |place: &Place| {
        let mut args = vec!["export".to_owned()];
        args.extend(place.args());
        let out = cli(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(out.status.success());
        out.stdout
    };
    assert_eq!(exported(&source), exported(&target));

    // The token key goes with the data directory.
    std::fs::copy(
        source.path().join("token.key"),
        target.path().join("token.key"),
    )
    .unwrap();
    let moved = target.start();
    assert_eq!(moved.ok(None, ORG, json!({ "id": ids[0] })).await, before);
    let found = moved
        .ok(
            None,
            "{ organisations(filter: {nameContains: \"迁移测试\"}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(found["organisations"]["totalCount"], 3);
    // The imported read models take new commands, with the uniqueness rules intact.
    let duplicate = moved
        .gql(
            Some(&registrar),
            APPLY,
            json!({ "i": futian_application("福田区另一协会", 601) }),
        )
        .await;
    assert_eq!(error_extensions(&duplicate)["rule"], "REG-USCC");

    // A second import into the same database refuses and writes nothing.
    let file = target.path().join("export.jsonl");
    std::fs::File::create(&file)
        .unwrap()
        .write_all(&exported(&source))
        .unwrap();
    let mut again = vec!["import".to_owned()];
    again.extend(target.args());
    again.push(file.to_str().unwrap().to_owned());
    let again = cli(&again.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds 5 events"));
}

#[test]
fn a_wrong_store_is_refused_at_start_up() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path().to_str().unwrap();
    // Nothing listens on port 1.
    let unreachable = cli(&[
        "serve",
        "--data-dir",
        dir,
        "--store",
        "postgres://civic:secret@127.0.0.1:1/ledger",
    ]);
    assert!(!unreachable.status.success());
    let said = String::from_utf8_lossy(&unreachable.stderr);
    assert!(said.contains("127.0.0.1:1"), "{said}");
    assert!(
        !said.contains("secret"),
        "the password is not printed: {said}"
    );

    let unknown = cli(&["verify", "--data-dir", dir, "--store", "mysql://db/ledger"]);
    assert!(!unknown.status.success());
    let said = String::from_utf8_lossy(&unknown.stderr);
    assert!(said.contains("postgres://"), "{said}");
}
