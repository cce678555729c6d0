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
