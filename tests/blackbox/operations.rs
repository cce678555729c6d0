//! Operating the ledger: a readiness check that tells the truth, files only their owner reads,
//! verification of a directory it may not write, tokens that cannot be issued wrong, and `tick`
//! next to a running server.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::*;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

async fn register(server: &Server, registrar: &str, serial: u32) -> String {
    apply(
        server,
        registrar,
        futian_application(&format!("深圳市福田区第{serial}社区服务中心"), serial),
    )
    .await
}

/// A fresh data directory with a server on it and `count` organisations applied for; their ids.
async fn ledger_of(count: u32) -> (tempfile::TempDir, Server, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let registrar = token(dir.path(), "registrar", Some("440304"));
    let mut ids = Vec::new();
    for serial in 1..=count {
        ids.push(register(&server, &registrar, serial).await);
    }
    (dir, server, ids)
}

/// Polls `/readyz` until `done` holds for its answer, for at most 10 s.
async fn readyz_until(server: &Server, done: impl Fn(u16, &str) -> bool) -> (u16, String) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (status, body) = server.get("/readyz").await;
        if done(status, &body) || Instant::now() > deadline {
            return (status, body);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_ledger_files_and_exports_are_readable_by_their_owner_only() {
    let (dir, server, _) = ledger_of(1).await;
    for file in [
        "ledger.db",
        "ledger.db-wal",
        "ledger.db-shm",
        "ledger.lock",
        "token.key",
    ] {
        assert_eq!(mode(&dir.path().join(file)), 0o600, "{file}");
    }
    server.stop();

    let file = dir.path().join("export.jsonl");
    let export = cli(&[
        "export",
        "--data-dir",
        dir.path().to_str().unwrap(),
        "--output",
        file.to_str().unwrap(),
    ]);
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    assert!(export.stdout.is_empty());
    assert_eq!(mode(&file), 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.lines().count(), 1);
    assert!(
        text.contains("11010519491231002X"),
        "the export holds ID numbers"
    );

    // A ledger an older version left world-readable is made private when next opened.
    chmod(&dir.path().join("ledger.db"), 0o644);
    chmod(&dir.path().join("ledger.lock"), 0o644);
    let server = Server::start(dir.path());
    assert_eq!(mode(&dir.path().join("ledger.db")), 0o600);
    assert_eq!(mode(&dir.path().join("ledger.lock")), 0o600);
    // Answering a request shows it got past start-up (and handles SIGTERM).
    server.get("/readyz").await;
    server.stop();
}

fn found(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

fn prlimit_fsize(pid: u32, limit: &str) {
    let status = Command::new("prlimit")
        .args(["--pid", &pid.to_string(), &format!("--fsize={limit}")])
        .status()
        .unwrap();
    assert!(status.success());
}

/// A full disk, as the server sees it: a file-size limit (set on the running server with
/// `prlimit`) makes every write that grows the ledger's WAL fail.
#[tokio::test]
async fn readyz_says_not_ready_while_writes_fail_and_ready_once_they_work() {
    if !found("prlimit") {
        eprintln!("SKIPPED: prlimit (util-linux) is not installed, so a full disk was not faked");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // Past the limit the kernel sends SIGXFSZ, whose default kills; ignored (as the shell
    // leaves it for the exec'd server), the write fails with EFBIG as it would with ENOSPC.
    let mut command = Command::new("sh");
    command
        .args(["-c", "trap '' XFSZ; exec \"$0\" \"$@\"", BIN])
        .args(serve_args(&[
            "--data-dir".to_owned(),
            dir.path().to_str().unwrap().to_owned(),
        ]));
    let server = Server::spawn(command);
    let registrar = token(dir.path(), "registrar", Some("440304"));
    register(&server, &registrar, 1).await;
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 200, "{body}");

    let wal = std::fs::metadata(dir.path().join("ledger.db-wal"))
        .unwrap()
        .len();
    prlimit_fsize(server.pid(), &format!("{wal}:unlimited"));
    let input = futian_application("深圳市福田区第2社区服务中心", 2);
    let refused = server
        .gql(Some(&registrar), APPLY, json!({ "i": input.clone() }))
        .await;
    assert_eq!(
        error_extensions(&refused)["code"],
        "INTERNAL",
        "{refused:#}"
    );
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.starts_with("not ready: writes fail since ") && body.contains("+08:00"),
        "{body}"
    );

    prlimit_fsize(server.pid(), "unlimited:unlimited");
    let (status, body) = readyz_until(&server, |s, _| s == 200).await;
    assert_eq!(
        status, 200,
        "a probe write finds the disk writable again: {body}"
    );
    server
        .ok(Some(&registrar), APPLY, json!({ "i": input }))
        .await;
    assert_eq!(server.event_count().await, 2);
}

#[tokio::test]
async fn readyz_says_not_ready_on_a_ledger_whose_chain_is_broken() {
    let (dir, server, ids) = ledger_of(2).await;
    server.stop();
    let server = Server::start(dir.path());
    let (status, body) = readyz_until(&server, |_, b| b.contains("intact")).await;
    assert_eq!(status, 200);
    assert_eq!(
        body,
        "ready; 2 events\nhash chains: intact (2 events verified at start-up; later ones were \
         chained by this server)\n"
    );
    server.stop();

    let db = rusqlite::Connection::open(dir.path().join("ledger.db")).unwrap();
    db.execute(
        "UPDATE events SET data = replace(data, '第1社区', '第9社区') WHERE position = 1",
        [],
    )
    .unwrap();
    drop(db);
    let server = Server::start(dir.path());
    let (status, body) = readyz_until(&server, |s, _| s == 503).await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.starts_with("not ready: hash chain broken at stream ")
            && body.contains(&format!("organisation-{} version 0", ids[0])),
        "{body}"
    );
}

/// `verify` reads a data directory it cannot write, after a clean stop and after a crash (when
/// the WAL still holds events), and leaves no file behind. Tests run as root, which ignores
/// permission bits, so then `verify` runs as `nobody`.
#[tokio::test]
async fn verify_runs_on_a_read_only_data_directory() {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    if root && !found("setpriv") {
        eprintln!("SKIPPED: running as root without setpriv, so read-only access was not tested");
        return;
    }
    for crash in [false, true] {
        let (dir, server, _) = ledger_of(2).await;
        if crash {
            server.kill();
            assert!(dir.path().join("ledger.db-wal").exists());
        } else {
            server.stop();
        }
        let before = files(dir.path());
        for file in &before {
            chmod(&dir.path().join(file), 0o444);
        }
        chmod(dir.path(), 0o555);
        let data_dir = dir.path().to_str().unwrap();
        let mut verify = if root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]);
            c
        } else {
            Command::new(BIN)
        };
        let out = verify
            .args(["verify", "--data-dir", data_dir])
            .output()
            .unwrap();
        let after = files(dir.path());
        chmod(dir.path(), 0o755);
        assert!(
            out.status.success(),
            "crash: {crash}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8_lossy(&out.stdout).starts_with("ok: 2 events in 2 streams"),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(before, after, "verify created no file (crash: {crash})");
    }
}

/// On a directory it can write, `verify` of a cleanly stopped ledger leaves it as it was too.
#[tokio::test]
async fn verify_leaves_no_file_behind() {
    let (dir, server, _) = ledger_of(1).await;
    server.stop();
    let before = files(dir.path());
    let out = cli(&["verify", "--data-dir", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(before, files(dir.path()));
}

#[test]
fn token_issue_refuses_a_useless_ttl_and_a_scope_the_role_does_not_use() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().to_str().unwrap();
    let issue = |args: &[&str]| {
        let mut all = vec!["token", "issue", "--data-dir", data_dir, "--subject", "x"];
        all.extend_from_slice(args);
        let out = cli(&all);
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for (args, says) in [
        (&["--role", "auditor", "--ttl", "0s"][..], "at least 1s"),
        (&["--role", "auditor", "--ttl", "-5m"][..], "is negative"),
        (&["--role", "auditor", "--ttl=-5m"][..], "is negative"),
        (
            &["--role", "auditor", "--ttl", "1000d"][..],
            "at most 365 days",
        ),
        (
            &["--role", "auditor", "--jurisdiction", "440304"][..],
            "--jurisdiction is only for registrar and purchaser tokens",
        ),
        (
            &["--role", "admin", "--jurisdiction", "440304"][..],
            "--jurisdiction is only for registrar and purchaser tokens",
        ),
        (
            &[
                "--role",
                "registrar",
                "--jurisdiction",
                "440304",
                "--organisation",
                "0190f3c2-0000-7000-8000-000000000001",
            ][..],
            "--organisation is only for ngo tokens",
        ),
    ] {
        let (ok, stdout, stderr) = issue(args);
        assert!(!ok && stdout.is_empty(), "{args:?} issued {stdout}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    let (ok, stdout, _) = issue(&["--role", "auditor", "--ttl", "8h"]);
    assert!(ok && stdout.starts_with("ey"), "{stdout}");
}

#[tokio::test]
async fn tick_next_to_a_running_server_says_at_once_that_it_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let started = Instant::now();
    let mut tick = Command::new(BIN)
        .args(["tick", "--data-dir", dir.path().to_str().unwrap()])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(tick.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "said only after {:?}",
        started.elapsed()
    );
    assert!(
        first.contains("in use by another civic-ledger process")
            && first.contains("running server")
            && first.contains("`tick` mutation"),
        "{first}"
    );
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    let status = tick.wait().unwrap();
    assert!(!status.success());
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    assert!(rest.contains("gave up waiting"), "{rest}");
    server.stop();
}
