//! The contract of DESIGN §3 as tests: every backend's test suite calls
//! [`conformance_tests!`](crate::conformance_tests) with a way to make a fresh, empty store, and
//! gets one test per rule.

use std::collections::HashSet;
use std::sync::Arc;

use futures::StreamExt;
use serde_json::json;
use uuid::Uuid;

use crate::{
    Direction, EventStore, ExpectedVersion, GENESIS_HASH, NewEvent, StoreError, StreamFrom,
    chain_hash, verify_page, verify_store,
};

/// Expands to one `#[tokio::test]` per rule. `$make` is an async expression yielding a fresh
/// store and a guard that keeps its resources (a temporary directory, a database) alive.
#[macro_export]
macro_rules! conformance_tests {
    ($make:expr) => {
        $crate::conformance_tests!(@each $make;
            no_stream_creates_and_then_refuses,
            stream_exists_needs_a_stream,
            exact_version_is_checked,
            any_appends_whatever_the_state,
            wrong_expected_version_writes_nothing,
            a_batch_is_atomic,
            retry_with_same_ids_is_idempotent,
            event_id_reused_elsewhere_is_refused,
            read_stream_forwards_and_backwards,
            read_all_in_global_order,
            hash_chain_per_stream,
            recorded_at_never_goes_back,
            concurrent_exact_appends_have_one_winner_per_version,
            concurrent_streams_all_commit,
            subscriber_sees_every_event_once_in_order,
            subscription_from_a_position,
            import_keeps_chains_and_refuses_broken_ones,
        );
    };
    (@each $make:expr; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn $name() {
                let (store, _guard) = $make.await;
                $crate::conformance::$name(store).await;
            }
        )*
    };
}

fn event(kind: &str, n: u64) -> NewEvent {
    NewEvent {
        id: Uuid::now_v7(),
        kind: kind.to_owned(),
        schema: 1,
        data: json!({ "n": n, "text": "养老服务 \"quoted\"\n" }),
        metadata: json!({ "actor": "conformance" }),
    }
}

fn events(n: u64) -> Vec<NewEvent> {
    (0..n).map(|i| event("Happened", i)).collect()
}

fn stream() -> String {
    format!("test-{}", Uuid::now_v7())
}

fn is_wrong_version(r: &Result<crate::AppendResult, StoreError>, want_actual: Option<u64>) -> bool {
    matches!(r, Err(StoreError::WrongExpectedVersion { actual, .. }) if *actual == want_actual)
}

pub async fn no_stream_creates_and_then_refuses(store: Arc<dyn EventStore>) {
    let s = stream();
    let r = store
        .append(&s, ExpectedVersion::NoStream, events(3))
        .await
        .unwrap();
    assert_eq!(r.last_version, 2);
    assert_eq!(r.last_position - r.first_position, 2);
    let again = store.append(&s, ExpectedVersion::NoStream, events(1)).await;
    assert!(is_wrong_version(&again, Some(2)), "{again:?}");
}

pub async fn stream_exists_needs_a_stream(store: Arc<dyn EventStore>) {
    let s = stream();
    let r = store
        .append(&s, ExpectedVersion::StreamExists, events(1))
        .await;
    assert!(is_wrong_version(&r, None), "{r:?}");
    store
        .append(&s, ExpectedVersion::NoStream, events(1))
        .await
        .unwrap();
    let r = store
        .append(&s, ExpectedVersion::StreamExists, events(1))
        .await
        .unwrap();
    assert_eq!(r.last_version, 1);
}

pub async fn exact_version_is_checked(store: Arc<dyn EventStore>) {
    let s = stream();
    let r = store.append(&s, ExpectedVersion::Exact(0), events(1)).await;
    assert!(is_wrong_version(&r, None), "{r:?}");
    store
        .append(&s, ExpectedVersion::NoStream, events(2))
        .await
        .unwrap();
    for wrong in [0, 2, 7] {
        let r = store
            .append(&s, ExpectedVersion::Exact(wrong), events(1))
            .await;
        assert!(is_wrong_version(&r, Some(1)), "Exact({wrong}): {r:?}");
    }
    let r = store
        .append(&s, ExpectedVersion::Exact(1), events(1))
        .await
        .unwrap();
    assert_eq!(r.last_version, 2);
}

pub async fn any_appends_whatever_the_state(store: Arc<dyn EventStore>) {
    let s = stream();
    store
        .append(&s, ExpectedVersion::Any, events(1))
        .await
        .unwrap();
    let r = store
        .append(&s, ExpectedVersion::Any, events(2))
        .await
        .unwrap();
    assert_eq!(r.last_version, 2);
}

pub async fn wrong_expected_version_writes_nothing(store: Arc<dyn EventStore>) {
    let s = stream();
    store
        .append(&s, ExpectedVersion::NoStream, events(1))
        .await
        .unwrap();
    let head = store.head().await.unwrap();
    let r = store.append(&s, ExpectedVersion::Exact(5), events(3)).await;
    assert!(r.is_err());
    assert_eq!(store.head().await.unwrap(), head);
    let read = store
        .read_stream(&s, StreamFrom::Start, Direction::Forwards, 100)
        .await
        .unwrap();
    assert_eq!(read.len(), 1);
}

pub async fn a_batch_is_atomic(store: Arc<dyn EventStore>) {
    let s = stream();
    let head = store.head().await.unwrap();
    let mut batch = events(3);
    // A float cannot be hashed reproducibly, so the store refuses it; the whole append fails.
    batch[2].data = json!({ "ratio": 0.5 });
    let r = store.append(&s, ExpectedVersion::Any, batch).await;
    assert!(matches!(r, Err(StoreError::InvalidEvent(_))), "{r:?}");
    assert_eq!(store.head().await.unwrap(), head);
    let read = store
        .read_stream(&s, StreamFrom::Start, Direction::Forwards, 10)
        .await
        .unwrap();
    assert!(read.is_empty());
}

pub async fn retry_with_same_ids_is_idempotent(store: Arc<dyn EventStore>) {
    let s = stream();
    store
        .append(&s, ExpectedVersion::NoStream, events(1))
        .await
        .unwrap();
    let batch = events(2);
    let first = store
        .append(&s, ExpectedVersion::Exact(0), batch.clone())
        .await
        .unwrap();
    let retry = store
        .append(&s, ExpectedVersion::Exact(0), batch.clone())
        .await
        .unwrap();
    assert_eq!(first, retry);
    let any = store
        .append(&s, ExpectedVersion::Any, batch.clone())
        .await
        .unwrap();
    assert_eq!(first, any);
    let read = store
        .read_stream(&s, StreamFrom::Start, Direction::Forwards, 100)
        .await
        .unwrap();
    assert_eq!(read.len(), 3, "nothing duplicated");
    // The same ids with an expectation they were not written under are a conflict.
    let wrong = store.append(&s, ExpectedVersion::Exact(1), batch).await;
    assert!(is_wrong_version(&wrong, Some(2)), "{wrong:?}");
}

pub async fn event_id_reused_elsewhere_is_refused(store: Arc<dyn EventStore>) {
    let (a, b) = (stream(), stream());
    let batch = events(1);
    store
        .append(&a, ExpectedVersion::Any, batch.clone())
        .await
        .unwrap();
    let r = store.append(&b, ExpectedVersion::Any, batch).await;
    assert!(
        matches!(r, Err(StoreError::DuplicateEventId { .. })),
        "{r:?}"
    );
    let mut twice = events(1);
    twice.push(twice[0].clone());
    let r = store.append(&b, ExpectedVersion::Any, twice.clone()).await;
    assert!(
        matches!(r, Err(StoreError::DuplicateEventId { .. })),
        "{r:?}"
    );
    // An id twice is refused before the stream is looked at, whatever the expectation.
    let r = store.append(&b, ExpectedVersion::Exact(5), twice).await;
    assert!(
        matches!(r, Err(StoreError::DuplicateEventId { .. })),
        "{r:?}"
    );
    let read = store
        .read_stream(&b, StreamFrom::Start, Direction::Forwards, 10)
        .await
        .unwrap();
    assert!(read.is_empty());
}

pub async fn read_stream_forwards_and_backwards(store: Arc<dyn EventStore>) {
    let s = stream();
    let written = events(10);
    store
        .append(&s, ExpectedVersion::NoStream, written.clone())
        .await
        .unwrap();
    store
        .append(&stream(), ExpectedVersion::NoStream, events(2))
        .await
        .unwrap();
    let versions = |v: Vec<crate::RecordedEvent>| v.iter().map(|e| e.version).collect::<Vec<_>>();
    let fwd = store
        .read_stream(&s, StreamFrom::Start, Direction::Forwards, 100)
        .await
        .unwrap();
    assert_eq!(versions(fwd.clone()), (0..10).collect::<Vec<_>>());
    assert!(fwd.iter().zip(&written).all(|(r, w)| r.id == w.id
        && r.data == w.data
        && r.metadata == w.metadata
        && r.kind == w.kind
        && r.stream == s));
    let page = store
        .read_stream(&s, StreamFrom::Version(4), Direction::Forwards, 3)
        .await
        .unwrap();
    assert_eq!(versions(page), vec![4, 5, 6]);
    let back = store
        .read_stream(&s, StreamFrom::End, Direction::Backwards, 3)
        .await
        .unwrap();
    assert_eq!(versions(back), vec![9, 8, 7]);
    let back = store
        .read_stream(&s, StreamFrom::Version(2), Direction::Backwards, 10)
        .await
        .unwrap();
    assert_eq!(versions(back), vec![2, 1, 0]);
    let none = store
        .read_stream(&stream(), StreamFrom::Start, Direction::Forwards, 10)
        .await
        .unwrap();
    assert!(none.is_empty());
}

pub async fn read_all_in_global_order(store: Arc<dyn EventStore>) {
    let start = store.head().await.unwrap() + 1;
    let (a, b) = (stream(), stream());
    let mut ids = Vec::new();
    for i in 0..6 {
        let s = if i % 2 == 0 { &a } else { &b };
        let e = events(2);
        ids.extend(e.iter().map(|e| e.id));
        store.append(s, ExpectedVersion::Any, e).await.unwrap();
    }
    let all = store.read_all(start, 1000).await.unwrap();
    assert_eq!(all.iter().map(|e| e.id).collect::<Vec<_>>(), ids);
    let positions: Vec<u64> = all.iter().map(|e| e.position).collect();
    assert!(
        positions.windows(2).all(|w| w[1] == w[0] + 1),
        "gap-free: {positions:?}"
    );
    let page = store.read_all(positions[3], 2).await.unwrap();
    assert_eq!(
        page.iter().map(|e| e.position).collect::<Vec<_>>(),
        &positions[3..5]
    );
}

pub async fn hash_chain_per_stream(store: Arc<dyn EventStore>) {
    let (a, b) = (stream(), stream());
    store
        .append(&a, ExpectedVersion::Any, events(2))
        .await
        .unwrap();
    store
        .append(&b, ExpectedVersion::Any, events(1))
        .await
        .unwrap();
    store
        .append(&a, ExpectedVersion::Any, events(1))
        .await
        .unwrap();
    let read = store
        .read_stream(&a, StreamFrom::Start, Direction::Forwards, 10)
        .await
        .unwrap();
    let mut prev = GENESIS_HASH;
    for e in &read {
        assert_eq!(
            chain_hash(&prev, e).unwrap(),
            e.hash,
            "version {}",
            e.version
        );
        prev = e.hash;
    }
    let report = verify_store(&*store, |_| {}).await.unwrap();
    assert_eq!(report.first_break, None);
    assert!(report.events >= 4);

    // In stretches of one event, each continuing streams an earlier stretch began, every link
    // is checked once and the totals are the whole pass's.
    let (mut after, mut checked, mut begun) = (0, 0, 0);
    loop {
        let page = verify_page(&*store, after, 1, std::time::Duration::from_secs(60))
            .await
            .unwrap();
        assert_eq!(page.first_break, None, "after {after}");
        if page.events == 0 {
            assert_eq!(page.last_position, page.head);
            break;
        }
        checked += page.events;
        begun += page.streams_begun;
        after = page.last_position;
    }
    assert_eq!((checked, begun), (report.events, report.streams));
}

pub async fn recorded_at_never_goes_back(store: Arc<dyn EventStore>) {
    let s = stream();
    for _ in 0..5 {
        store
            .append(&s, ExpectedVersion::Any, events(2))
            .await
            .unwrap();
    }
    let all = store.read_all(0, 100_000).await.unwrap();
    assert!(all.windows(2).all(|w| w[0].recorded_at <= w[1].recorded_at));
    let age = chrono::Utc::now() - all[all.len() - 1].recorded_at;
    assert!(age < chrono::Duration::minutes(5) && age > chrono::Duration::seconds(-5));
}

pub async fn concurrent_exact_appends_have_one_winner_per_version(store: Arc<dyn EventStore>) {
    const TASKS: usize = 16;
    const ROUNDS: u64 = 20;
    let s = Arc::new(stream());
    let mut winners = Vec::new();
    for round in 0..ROUNDS {
        let expected = if round == 0 {
            ExpectedVersion::NoStream
        } else {
            ExpectedVersion::Exact(round - 1)
        };
        let barrier = Arc::new(tokio::sync::Barrier::new(TASKS));
        let mut handles = Vec::new();
        for _ in 0..TASKS {
            let (s, barrier, store) = (s.clone(), barrier.clone(), store.clone());
            handles.push(tokio::spawn(async move {
                let e = event("Raced", round);
                let id = e.id;
                barrier.wait().await;
                (id, store.append(&s, expected, vec![e]).await)
            }));
        }
        let mut won = Vec::new();
        for h in handles {
            let (id, r) = h.await.unwrap();
            match r {
                Ok(r) => {
                    assert_eq!(r.last_version, round);
                    won.push(id);
                }
                Err(StoreError::WrongExpectedVersion { actual, .. }) => {
                    assert_eq!(actual, Some(round))
                }
                Err(e) => panic!("unexpected error {e}"),
            }
        }
        assert_eq!(won.len(), 1, "round {round}: exactly one append wins");
        winners.push(won[0]);
    }
    let read = store
        .read_stream(&s, StreamFrom::Start, Direction::Forwards, 1000)
        .await
        .unwrap();
    assert_eq!(
        read.iter().map(|e| e.version).collect::<Vec<_>>(),
        (0..ROUNDS).collect::<Vec<_>>()
    );
    assert_eq!(read.iter().map(|e| e.id).collect::<Vec<_>>(), winners);
}

pub async fn concurrent_streams_all_commit(store: Arc<dyn EventStore>) {
    let mut handles = Vec::new();
    for _ in 0..32 {
        let store = store.clone();
        handles.push(tokio::spawn(async move {
            let s = stream();
            for v in 0..10u64 {
                let expected = if v == 0 {
                    ExpectedVersion::NoStream
                } else {
                    ExpectedVersion::Exact(v - 1)
                };
                store.append(&s, expected, events(1)).await.unwrap();
            }
            s
        }));
    }
    for h in handles {
        let s = h.await.unwrap();
        let read = store
            .read_stream(&s, StreamFrom::Start, Direction::Forwards, 100)
            .await
            .unwrap();
        assert_eq!(read.len(), 10);
    }
    assert_eq!(
        verify_store(&*store, |_| {}).await.unwrap().first_break,
        None
    );
}

pub async fn subscriber_sees_every_event_once_in_order(store: Arc<dyn EventStore>) {
    store
        .append(&stream(), ExpectedVersion::Any, events(5))
        .await
        .unwrap();
    let mut sub = store.subscribe_all(0);
    const WRITERS: u64 = 4;
    const PER_WRITER: u64 = 100;
    let mut handles = Vec::new();
    for w in 0..WRITERS {
        let store = store.clone();
        handles.push(tokio::spawn(async move {
            for i in 0..PER_WRITER {
                let s = format!("test-{w}-{}", i % 7);
                store
                    .append(&s, ExpectedVersion::Any, events(1 + i % 3))
                    .await
                    .unwrap();
            }
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let head = store.head().await.unwrap();
    let mut seen = Vec::new();
    while seen.last().copied().unwrap_or(0) < head {
        let next = tokio::time::timeout(std::time::Duration::from_secs(20), sub.next())
            .await
            .expect("subscriber keeps up")
            .expect("subscription continues")
            .unwrap();
        seen.push(next.position);
    }
    let all: Vec<u64> = store
        .read_all(0, 1_000_000)
        .await
        .unwrap()
        .iter()
        .map(|e| e.position)
        .collect();
    assert_eq!(seen, all, "every event once, in order");
    let unique: HashSet<u64> = seen.iter().copied().collect();
    assert_eq!(unique.len(), seen.len());
}

pub async fn subscription_from_a_position(store: Arc<dyn EventStore>) {
    let s = stream();
    let r = store
        .append(&s, ExpectedVersion::Any, events(4))
        .await
        .unwrap();
    let mut sub = store.subscribe_all(r.first_position + 2);
    let first = sub.next().await.unwrap().unwrap();
    assert_eq!(first.position, r.first_position + 2);
    let live = store
        .append(&s, ExpectedVersion::Any, events(1))
        .await
        .unwrap();
    let mut last = first;
    while last.position < live.last_position {
        last = tokio::time::timeout(std::time::Duration::from_secs(10), sub.next())
            .await
            .expect("live event arrives")
            .unwrap()
            .unwrap();
    }
    assert_eq!(last.version, 4);
}

pub async fn import_keeps_chains_and_refuses_broken_ones(store: Arc<dyn EventStore>) {
    // Records from a ledger made elsewhere: a second store is not needed, the chain is computed
    // here the way any auditor would.
    let s = stream();
    let mut prev = GENESIS_HASH;
    let mut recorded = Vec::new();
    for (v, e) in events(3).into_iter().enumerate() {
        let mut r = crate::RecordedEvent {
            position: 0,
            stream: s.clone(),
            version: v as u64,
            id: e.id,
            kind: e.kind,
            schema: e.schema,
            data: e.data,
            metadata: e.metadata,
            recorded_at: chrono::DateTime::from_timestamp_micros(1_700_000_000_000_000 + v as i64)
                .unwrap(),
            hash: [0; 32],
        };
        r.hash = chain_hash(&prev, &r).unwrap();
        prev = r.hash;
        recorded.push(r);
    }
    let mut broken = recorded.clone();
    broken[2].data = json!({ "n": 99 });
    let head = store.head().await.unwrap();
    let r = store.import(broken).await;
    assert!(matches!(r, Err(StoreError::Integrity(_))), "{r:?}");
    assert_eq!(
        store.head().await.unwrap(),
        head,
        "a broken batch writes nothing"
    );
    store.import(recorded.clone()).await.unwrap();
    let read = store
        .read_stream(&s, StreamFrom::Start, Direction::Forwards, 10)
        .await
        .unwrap();
    assert_eq!(
        read.iter()
            .map(|e| (e.id, e.hash, e.recorded_at))
            .collect::<Vec<_>>(),
        recorded
            .iter()
            .map(|e| (e.id, e.hash, e.recorded_at))
            .collect::<Vec<_>>()
    );
    // Appends continue the imported chain.
    store
        .append(&s, ExpectedVersion::Exact(2), events(1))
        .await
        .unwrap();
    assert_eq!(
        verify_store(&*store, |_| {}).await.unwrap().first_break,
        None
    );
}
