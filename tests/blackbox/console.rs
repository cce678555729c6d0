//! The web console at `/app`, and signing in with a username and password (`user add`,
//! `signIn`): what a browser and a clerk see over HTTP.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use crate::support::{BIN, Server, error_extensions, futian_application};

const SIGN_IN: &str = "mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token subject role jurisdiction organisation expiresAt } }";

/// `civic-ledger user add` with the password on stdin; the output (status, stdout, stderr).
fn user_add(dir: &std::path::Path, args: &[&str], password: &str) -> (bool, String, String) {
    let mut child = Command::new(BIN)
        .args(["user", "add", "--data-dir", dir.to_str().unwrap()])
        .args(args)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command refused for its arguments exits before it reads the password: the pipe is
    // closed then, and its status and message are what the test looks at.
    if let Err(e) = child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
    {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn sign_in(server: &Server, username: &str, password: &str, lang: Option<&str>) -> Value {
    let mut request = reqwest::Client::new()
        .post(format!("{}/graphql", server.url))
        .json(&json!({ "query": SIGN_IN, "variables": { "u": username, "p": password } }));
    if let Some(lang) = lang {
        request = request.header("accept-language", lang);
    }
    request.send().await.unwrap().json().await.unwrap()
}

#[tokio::test]
async fn the_console_is_served_from_the_binary_at_app_with_a_fallback_for_its_screens() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let client = reqwest::Client::new();
    let get = |path: &str| client.get(format!("{}{path}", server.url)).send();

    let page = get("/app").await.unwrap();
    assert_eq!(page.status(), 200);
    let headers = page.headers().clone();
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert_eq!(headers["cache-control"], "no-cache");
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("script-src 'self'")
    );
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"<div id="root">"#), "{html}");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "nothing from a CDN: {html}"
    );

    // A screen's address reloads into the same page (the console routes in the browser).
    for path in [
        "/app/",
        "/app/search",
        "/app/organisations/01a232a2-1ad2-7265-9a13-5e642bcd14e4",
    ] {
        let r = get(path).await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(r.text().await.unwrap(), html, "{path}");
    }

    for (asset, content_type) in [
        ("/app/assets/app.js", "text/javascript; charset=utf-8"),
        ("/app/assets/app.css", "text/css; charset=utf-8"),
    ] {
        assert!(html.contains(asset), "the page loads {asset}");
        let r = get(asset).await.unwrap();
        assert_eq!(r.status(), 200, "{asset}");
        assert_eq!(r.headers()["content-type"], content_type, "{asset}");
        assert_eq!(r.headers()["x-content-type-options"], "nosniff");
        let etag = r.headers()["etag"].clone();
        assert!(
            r.bytes().await.unwrap().len() > 1000,
            "{asset} is the bundle"
        );
        // An unchanged file is revalidated without a download.
        let again = client
            .get(format!("{}{asset}", server.url))
            .header("if-none-match", etag.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{asset}");
        assert_eq!(again.headers()["etag"], etag);
        assert!(again.bytes().await.unwrap().is_empty());
    }
    assert_eq!(get("/app/assets/other.js").await.unwrap().status(), 404);
    // GraphiQL stays at /.
    let (status, graphiql) = server.get("/").await;
    assert_eq!(status, 200);
    assert!(graphiql.contains("graphiql"), "{graphiql}");
}

#[tokio::test]
async fn user_add_keeps_a_private_hashed_file_and_refuses_what_could_not_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, err) = user_add(
        dir.path(),
        &[
            "--username",
            "wang.fang",
            "--role",
            "registrar",
            "--jurisdiction",
            "440304",
        ],
        "correct horse battery",
    );
    assert!(ok, "{err}");
    assert!(out.contains("added wang.fang (registrar)"), "{out}");
    let path = dir.path().join("users.json");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("correct horse battery"), "{text}");
    assert!(text.contains("$argon2id$"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    for (args, password, says) in [
        (
            &["--username", "wang.fang", "--role", "auditor"][..],
            "another good password",
            "already exists",
        ),
        (
            &["--username", "li", "--role", "auditor"][..],
            "short",
            "at least 10",
        ),
        (
            &["--username", "li", "--role", "registrar"][..],
            "long enough password",
            "--jurisdiction",
        ),
    ] {
        let (ok, _, err) = user_add(dir.path(), args, password);
        assert!(!ok, "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    // The password is an argument nowhere: `--password` does not exist.
    let (ok, _, err) = user_add(
        dir.path(),
        &["--username", "li", "--role", "auditor", "--password", "x"],
        "long enough password",
    );
    assert!(!ok);
    assert!(err.contains("--password"), "{err}");
}

#[tokio::test]
async fn sign_in_gives_a_working_token_and_one_generic_error_whatever_was_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, _, err) = user_add(
        dir.path(),
        &[
            "--username",
            "wang.fang",
            "--role",
            "registrar",
            "--jurisdiction",
            "440304",
        ],
        "correct horse battery",
    );
    assert!(ok, "{err}");
    let server = Server::start(dir.path());

    let r = sign_in(&server, " wang.fang ", "correct horse battery", None).await;
    let signed = &r["data"]["signIn"];
    assert_eq!(signed["subject"], "wang.fang", "{r}");
    assert_eq!(signed["role"], "registrar");
    assert_eq!(signed["jurisdiction"], "440304");
    assert!(signed["organisation"].is_null());
    let expires = chrono::DateTime::parse_from_rfc3339(signed["expiresAt"].as_str().unwrap())
        .unwrap()
        .with_timezone(&chrono::Utc);
    let hours = (expires - chrono::Utc::now()).num_minutes() as f64 / 60.0;
    assert!(
        (11.9..=12.1).contains(&hours),
        "a bounded lifetime: {hours} h"
    );
    // The token acts as the user: a registrar of 440304 applies there.
    let token = signed["token"].as_str().unwrap();
    let applied = server
        .ok(
            Some(token),
            crate::support::APPLY,
            json!({ "i": futian_application("福田区长者服务中心", 1) }),
        )
        .await;
    assert_eq!(
        applied["applyForRegistration"]["organisation"]["status"],
        "APPLIED"
    );
    let events = server
        .ok(
            Some(token),
            "query($s: String!) { streamEvents(stream: $s) { nodes { metadata } } }",
            json!({ "s": format!("organisation-{}", applied["applyForRegistration"]["organisation"]["id"].as_str().unwrap()) }),
        )
        .await;
    assert!(
        events.to_string().contains("wang.fang"),
        "recorded as the user's act: {events}"
    );

    let wrong_password = sign_in(&server, "wang.fang", "correct horse batterY", None).await;
    let unknown_user = sign_in(&server, "zhang.wei", "correct horse battery", None).await;
    for r in [&wrong_password, &unknown_user] {
        assert!(r["data"].is_null(), "{r}");
        assert_eq!(error_extensions(r)["code"], "UNAUTHENTICATED", "{r}");
    }
    assert_eq!(
        wrong_password["errors"][0]["message"], unknown_user["errors"][0]["message"],
        "no telling which names exist"
    );
    let zh = sign_in(
        &server,
        "wang.fang",
        "nope nope nope",
        Some("zh-CN,zh;q=0.9"),
    )
    .await;
    assert_eq!(zh["errors"][0]["message"], "用户名或密码不正确", "{zh}");
    assert_eq!(error_extensions(&zh)["code"], "UNAUTHENTICATED");
}

#[tokio::test]
async fn failed_sign_ins_are_throttled_per_username_and_per_client() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["wang.fang", "li.na"] {
        let (ok, _, err) = user_add(
            dir.path(),
            &["--username", name, "--role", "auditor"],
            "correct horse battery",
        );
        assert!(ok, "{err}");
    }
    let server = Server::start(dir.path());

    for _ in 0..5 {
        let r = sign_in(&server, "wang.fang", "guess guess guess", None).await;
        assert_eq!(error_extensions(&r)["code"], "UNAUTHENTICATED", "{r}");
    }
    // Now even the right password waits.
    let r = sign_in(&server, "wang.fang", "correct horse battery", None).await;
    let ext = error_extensions(&r);
    assert_eq!(ext["code"], "RATE_LIMITED", "{r}");
    assert!(ext["retryAfter"].as_u64().unwrap() > 0, "{r}");
    // Another user from this client is not held up by wang.fang's count ...
    let r = sign_in(&server, "li.na", "correct horse battery", None).await;
    assert!(r["data"]["signIn"]["token"].is_string(), "{r}");

    // ... until this client has failed 20 times, whichever names it tried.
    for i in 0..14 {
        let r = sign_in(&server, &format!("guess{i}"), "guess guess guess", None).await;
        assert_eq!(error_extensions(&r)["code"], "UNAUTHENTICATED", "{r}");
    }
    let r = sign_in(&server, "li.na", "correct horse battery", None).await;
    assert!(r["data"]["signIn"]["token"].is_string(), "19 failures: {r}");
    let r = sign_in(&server, "guess-last", "guess guess guess", None).await;
    assert_eq!(error_extensions(&r)["code"], "UNAUTHENTICATED", "{r}");
    let r = sign_in(&server, "li.na", "correct horse battery", None).await;
    assert_eq!(
        error_extensions(&r)["code"],
        "RATE_LIMITED",
        "20 failures: {r}"
    );
}
