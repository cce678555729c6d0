//! The embedded backend against the whole store contract.

use std::sync::Arc;

use civic_store::EventStore;
use civic_store::sqlite::{SqliteOptions, SqliteStore};

async fn fresh() -> (Arc<dyn EventStore>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = SqliteStore::open(&dir.path().join("ledger.db"), SqliteOptions::default())
        .expect("open a new ledger file");
    (Arc::new(store), dir)
}

civic_store::conformance_tests!(fresh());

/// Concurrent appends to different streams share transactions (and fsyncs), each still checked
/// against its own expected version.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_appends_are_group_committed() {
    use std::sync::atomic::Ordering::Relaxed;
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("ledger.db"), SqliteOptions::default()).unwrap();
    let mut tasks = Vec::new();
    for t in 0..64 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let stream = format!("group-{t}");
            for v in 0..20u64 {
                let expected = if v == 0 {
                    civic_store::ExpectedVersion::NoStream
                } else {
                    civic_store::ExpectedVersion::Exact(v - 1)
                };
                let event = civic_store::NewEvent {
                    id: uuid::Uuid::now_v7(),
                    kind: "Counted".into(),
                    schema: 1,
                    data: serde_json::json!({ "v": v }),
                    metadata: serde_json::json!({}),
                };
                store.append(&stream, expected, vec![event]).await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let (commits, appends) = (
        store.stats().commits.load(Relaxed),
        store.stats().appends.load(Relaxed),
    );
    assert_eq!(appends, 64 * 20);
    assert!(
        commits < appends / 2,
        "{appends} appends in {commits} transactions"
    );
}

/// Commits do not checkpoint (that held their acknowledgements, and those of their whole
/// group): a thread of the store's own copies the write-ahead log into the database file once
/// the log has grown past 1,000 frames, while appends go on. Until a checkpoint, nothing is
/// written to the database file itself.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_is_checkpointed_in_the_background_while_appends_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    let store = SqliteStore::open(&path, SqliteOptions::default()).unwrap();
    let filler = "登记".repeat(700);
    let append = |n: u64| {
        let store = store.clone();
        let filler = filler.clone();
        async move {
            let events = (0..8)
                .map(|i| civic_store::NewEvent {
                    id: uuid::Uuid::now_v7(),
                    kind: "Filled".into(),
                    schema: 1,
                    data: serde_json::json!({ "n": n, "i": i, "filler": filler }),
                    metadata: serde_json::json!({}),
                })
                .collect();
            store
                .append("bulk-1", civic_store::ExpectedVersion::Any, events)
                .await
                .unwrap();
        }
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut appends = 0;
    let db_len = loop {
        append(appends).await;
        appends += 1;
        let len = std::fs::metadata(&path).unwrap().len();
        if store.checkpoints() > 0 && len >= 1 << 20 {
            break len;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "after {appends} appends the database file has {len} bytes and {} checkpoints ran",
            store.checkpoints()
        );
    };
    for _ in 0..20 {
        append(appends).await;
        appends += 1;
    }
    assert!(std::fs::metadata(&path).unwrap().len() >= db_len);
    assert_eq!(store.head().await.unwrap(), appends * 8);
    let first = store.read_all(1, 1).await.unwrap();
    assert_eq!(first[0].data["n"], 0);
    // Closed, the store checkpoints the rest and removes the log, as before.
    drop(store);
    assert!(!dir.path().join("ledger.db-wal").exists());
    let reopened = SqliteStore::open(
        &path,
        SqliteOptions {
            read_only: true,
            ..SqliteOptions::default()
        },
    )
    .unwrap();
    assert_eq!(reopened.head().await.unwrap(), appends * 8);
}

/// An append is never recorded before an event already in the log, also after the ledger is
/// opened again and when the latest instant came with an import that a later import of older
/// events followed (so the last event is not the latest one).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn appends_after_an_import_of_later_instants_are_recorded_no_earlier() {
    use civic_store::{Direction, ExpectedVersion, NewEvent, RecordedEvent, StreamFrom};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    let options = || SqliteOptions {
        lock_wait: std::time::Duration::from_secs(10),
        ..SqliteOptions::default()
    };
    let event = |n: i64| NewEvent {
        id: uuid::Uuid::now_v7(),
        kind: "Counted".into(),
        schema: 1,
        data: serde_json::json!({ "n": n }),
        metadata: serde_json::json!({}),
    };
    // One event of a stream from a ledger made elsewhere, recorded at `micros`.
    let imported = |stream: &str, micros: i64| {
        let e = event(micros);
        let mut r = RecordedEvent {
            position: 0,
            stream: stream.to_owned(),
            version: 0,
            id: e.id,
            kind: e.kind,
            schema: e.schema,
            data: e.data,
            metadata: e.metadata,
            recorded_at: chrono::DateTime::from_timestamp_micros(micros).unwrap(),
            hash: [0; 32],
        };
        r.hash = civic_store::chain_hash(&civic_store::GENESIS_HASH, &r).unwrap();
        r
    };
    let in_an_hour = chrono::Utc::now().timestamp_micros() + 3_600_000_000;
    {
        let store = SqliteStore::open(&path, options()).unwrap();
        store
            .append("counter-a", ExpectedVersion::NoStream, vec![event(1)])
            .await
            .unwrap();
        store
            .import(vec![imported("counter-later", in_an_hour)])
            .await
            .unwrap();
        store
            .import(vec![imported("counter-older", 1_700_000_000_000_000)])
            .await
            .unwrap();
    }
    let store = SqliteStore::open(&path, options()).unwrap();
    store
        .append("counter-a", ExpectedVersion::Exact(0), vec![event(2)])
        .await
        .unwrap();
    let appended = store
        .read_stream("counter-a", StreamFrom::Start, Direction::Forwards, 10)
        .await
        .unwrap();
    let at = appended[1].recorded_at.timestamp_micros();
    assert!(
        at >= in_an_hour,
        "recorded at {at}, before an event of {in_an_hour}"
    );
}
