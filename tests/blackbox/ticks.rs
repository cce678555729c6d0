//! `tick` in the future: a preview, never a write.

use chrono::{Datelike, Duration, Utc};
use serde_json::json;

use crate::support::*;

on_both_backends!(a_tick_in_the_future_writes_nothing);

const TICK: &str = "mutation($at: DateTime, $p: Boolean! = false) { tick(at: $at, preview: $p) { preview fired { organisationId command version dueOn } } }";

fn tick_cli(place: &Place, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["tick".to_owned()];
    args.extend(place.args());
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    cli(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

async fn a_tick_in_the_future_writes_nothing(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let admin = place.token("admin", None);
    let mut ids = Vec::new();
    for n in 0..5 {
        let id = apply(
            &server,
            &registrar,
            futian_application(&format!("深圳市福田区颐康养老服务中心{n}"), n + 1),
        )
        .await;
        approve_registration(&server, &registrar, &id).await;
        ids.push(id);
    }
    let before = server.event_count().await;

    // The attack of the issue: refused, and nothing written.
    let r = server
        .gql(Some(&admin), TICK, json!({ "at": "2400-01-01T00:00:00Z" }))
        .await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION", "{r:#}");
    let soon = (Utc::now() + Duration::days(400)).to_rfc3339();
    let r = server.gql(Some(&admin), TICK, json!({ "at": soon })).await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION", "{r:#}");
    assert_eq!(server.event_count().await, before);

    // A preview says what would fire by then, each on the day it falls due.
    let in_three_years = (Utc::now() + Duration::days(3 * 365)).to_rfc3339();
    let preview = server
        .ok(
            Some(&admin),
            TICK,
            json!({ "at": in_three_years, "p": true }),
        )
        .await;
    assert_eq!(preview["tick"]["preview"], true);
    let fired = preview["tick"]["fired"].as_array().unwrap();
    let this_year = (Utc::now() + Duration::hours(8)).year();
    for id in &ids {
        let first = fired
            .iter()
            .find(|f| f["organisationId"] == id.as_str())
            .unwrap_or_else(|| panic!("nothing for {id}: {preview:#}"));
        assert_eq!(first["command"], "MarkAnnualReportNotFiled");
        assert_eq!(first["dueOn"], format!("{}-06-01", this_year + 1));
        assert_eq!(first["version"], 3, "a listing follows the mark");
    }
    let r = server
        .gql(
            Some(&admin),
            TICK,
            json!({ "at": "2400-01-01T00:00:00Z", "p": true }),
        )
        .await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION", "{r:#}");
    assert_eq!(
        server.event_count().await,
        before,
        "a preview writes nothing"
    );
    // Now is not the future: nothing is due yet.
    let now = server.ok(Some(&admin), TICK, json!({})).await;
    assert_eq!(now["tick"], json!({ "preview": false, "fired": [] }));
    let state = server
        .ok(
            None,
            "query($id: UUID!) { organisation(id: $id) { version creditStanding { list } } }",
            json!({ "id": ids[0] }),
        )
        .await;
    assert_eq!(state["organisation"]["version"], 1);
    server.stop();

    // The command line likewise.
    let out = tick_cli(&place, &["--at", "2400-01-01T00:00:00Z"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("in the future"), "{stderr}");
    let out = tick_cli(&place, &["--at", &in_three_years, "--preview"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!(
            "MarkAnnualReportNotFiled organisation-{} version 3 (due {}-06-01)",
            ids[0],
            this_year + 1
        )),
        "{stdout}"
    );
    assert!(stdout.contains("nothing was written"), "{stdout}");
    let server = place.start();
    assert_eq!(server.event_count().await, before);
}
