//! Acknowledged means durable: a writer process is killed with SIGKILL at random moments, and
//! every append it acknowledged must be found intact when the ledger is opened again.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use civic_store::sqlite::{SqliteOptions, SqliteStore};
use civic_store::{Direction, EventStore, ExpectedVersion, NewEvent, StreamFrom, verify_store};
use rand::Rng;
use uuid::Uuid;

const CHILD_ENV: &str = "CIVIC_LEDGER_CRASH_CHILD_DB";

/// The child: appends from several tasks until killed, printing each acknowledgement.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_child_writer() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return; // only does something when the parent test runs it as a child process
    };
    let store = SqliteStore::open(Path::new(&path), SqliteOptions::default()).unwrap();
    let mut tasks = Vec::new();
    for t in 0..8 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let stream = format!("crash-{}", Uuid::now_v7());
            for n in 0u64.. {
                let events = (0..1 + n % 3)
                    .map(|i| NewEvent {
                        id: Uuid::now_v7(),
                        kind: "Written".into(),
                        schema: 1,
                        data: serde_json::json!({ "task": t, "n": n, "i": i }),
                        metadata: serde_json::json!({}),
                    })
                    .collect::<Vec<_>>();
                let ids: Vec<String> = events.iter().map(|e| e.id.to_string()).collect();
                let r = store
                    .append(&stream, ExpectedVersion::Any, events)
                    .await
                    .unwrap();
                // One line per acknowledged append: stream, last version, last position, ids.
                println!(
                    "ACK {stream} {} {} {}",
                    r.last_version,
                    r.last_position,
                    ids.join(",")
                );
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
}

struct Ack {
    stream: String,
    last_version: u64,
    last_position: u64,
    ids: Vec<Uuid>,
}

fn parse_ack(line: &str) -> Option<Ack> {
    let mut parts = line.strip_prefix("ACK ")?.split(' ');
    Some(Ack {
        stream: parts.next()?.to_owned(),
        last_version: parts.next()?.parse().ok()?,
        last_position: parts.next()?.parse().ok()?,
        ids: parts
            .next()?
            .split(',')
            .map(|s| s.parse().ok())
            .collect::<Option<Vec<_>>>()?,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_appends_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::rng();
    let mut total_acks = 0usize;
    for round in 0..20 {
        let mut child = Command::new(&exe)
            .args([
                "crash_child_writer",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(ack) = parse_ack(&line)
                    && tx.send(ack).is_err()
                {
                    break;
                }
            }
        });
        // Kill only once the writer is really writing, at a random moment after that.
        let first = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("child acknowledges");
        std::thread::sleep(Duration::from_millis(rng.random_range(5..150)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        let acks: Vec<Ack> = std::iter::once(first).chain(rx.try_iter()).collect();
        total_acks += acks.len();

        let store = SqliteStore::open(&db, SqliteOptions::default()).unwrap();
        for ack in &acks {
            let first_version = ack.last_version + 1 - ack.ids.len() as u64;
            let read = store
                .read_stream(
                    &ack.stream,
                    StreamFrom::Version(first_version),
                    Direction::Forwards,
                    ack.ids.len(),
                )
                .await
                .unwrap();
            let ids: Vec<Uuid> = read.iter().map(|e| e.id).collect();
            assert_eq!(
                ids, ack.ids,
                "round {round}: acknowledged append of {} lost",
                ack.stream
            );
            assert_eq!(read.last().map(|e| e.position), Some(ack.last_position));
        }
        let report = verify_store(&store, |_| {}).await.unwrap();
        assert_eq!(report.first_break, None, "round {round}");
    }
    assert!(
        total_acks >= 20,
        "the child acknowledged {total_acks} appends in all"
    );
}
