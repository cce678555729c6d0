//! The PostgreSQL backend against the whole store contract, plus what only a shared database
//! has: gap-safety under concurrent transactions, two servers migrating at once, lost
//! connections, and inline projections.
//!
//! Every test makes its own database (`civic_test_…`, dropped afterwards) through the server
//! that `DATABASE_URL` names (default `postgres://postgres@127.0.0.1:5432/test`). When that
//! server cannot be reached the tests fail under `CI=true` and are skipped, loudly, elsewhere.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use civic_store::ProjectionFailure;
use civic_store::admin_or_skip;
use civic_store::postgres::{InlineProjection, PostgresOptions, PostgresStore};
use civic_store::test_postgres::{TestDb, with_database};
use civic_store::{
    Direction, EventStore, ExpectedVersion, NewEvent, RecordedEvent, StoreError, StreamFrom,
    verify_store,
};
use futures::StreamExt;
use rand::Rng;
use serde_json::json;
use sqlx::postgres::PgConnectOptions;
use sqlx::{AssertSqlSafe, Connection, PgConnection, Row};
use uuid::Uuid;

async fn fresh(admin: String) -> (Arc<dyn EventStore>, TestDb) {
    let db = TestDb::create(&admin).await;
    let store = PostgresStore::connect(&db.url, PostgresOptions::default())
        .await
        .expect("connect to the new database");
    (Arc::new(store), db)
}

civic_store::conformance_tests!({
    let admin = admin_or_skip!();
    fresh(admin)
});

fn event(kind: &str, data: serde_json::Value) -> NewEvent {
    NewEvent {
        id: Uuid::now_v7(),
        kind: kind.to_owned(),
        schema: 1,
        data,
        metadata: json!({ "actor": "postgres-test" }),
    }
}

/// Appends one event of `kind`, with no data, to `stream` (which must succeed).
async fn append_one(
    store: &(impl EventStore + ?Sized),
    stream: &str,
    kind: &str,
) -> civic_store::AppendResult {
    store
        .append(stream, ExpectedVersion::Any, vec![event(kind, json!({}))])
        .await
        .unwrap()
}

/// A tiny read model: events counted by kind, with a checkpoint. It refuses `Forbidden` events
/// (a business rule), makes `Slow` events hold the append's transaction open for `ms`, and
/// `Gate` events until the test lets go of the `GATE` advisory lock.
struct Counting;

#[async_trait]
impl InlineProjection for Counting {
    async fn setup(
        &self,
        conn: &mut PgConnection,
        _server: &PgConnectOptions,
    ) -> Result<u64, ProjectionFailure> {
        sqlx::raw_sql(
            "CREATE TABLE IF NOT EXISTS test_kinds (kind text PRIMARY KEY, n bigint NOT NULL);
             CREATE TABLE IF NOT EXISTS test_checkpoint (
                 id boolean PRIMARY KEY DEFAULT true, position bigint NOT NULL);
             INSERT INTO test_checkpoint (position) VALUES (0) ON CONFLICT DO NOTHING;",
        )
        .execute(&mut *conn)
        .await?;
        let position: i64 = sqlx::query_scalar("SELECT position FROM test_checkpoint")
            .fetch_one(&mut *conn)
            .await?;
        Ok(position as u64)
    }

    async fn apply(
        &self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
    ) -> Result<(), ProjectionFailure> {
        let mut by_kind: std::collections::BTreeMap<&str, i64> = Default::default();
        for e in events {
            if e.kind == "Forbidden" {
                return Err(ProjectionFailure {
                    rule: Some("test.forbidden".into()),
                    message: "forbidden events are refused".into(),
                });
            }
            if e.kind == "Gate" {
                sqlx::query("SELECT pg_advisory_xact_lock_shared($1)")
                    .bind(GATE)
                    .execute(&mut *conn)
                    .await?;
            }
            if e.kind == "Slow" {
                let ms = e.data["ms"].as_i64().unwrap_or(0);
                sqlx::query("SELECT pg_sleep($1::float8 / 1000)")
                    .bind(ms)
                    .execute(&mut *conn)
                    .await?;
            }
            *by_kind.entry(&e.kind).or_default() += 1;
        }
        for (kind, n) in by_kind {
            sqlx::query(
                "INSERT INTO test_kinds (kind, n) VALUES ($1, $2) \
                 ON CONFLICT (kind) DO UPDATE SET n = test_kinds.n + $2",
            )
            .bind(kind)
            .bind(n)
            .execute(&mut *conn)
            .await?;
        }
        if let Some(last) = events.last() {
            sqlx::query("UPDATE test_checkpoint SET position = $1")
                .bind(last.position as i64)
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    }
}

fn with_counting() -> PostgresOptions {
    PostgresOptions {
        inline: Some(Arc::new(Counting)),
        ..PostgresOptions::default()
    }
}

async fn counts(store: &PostgresStore) -> (Vec<(String, i64)>, i64) {
    let kinds = sqlx::query("SELECT kind, n FROM test_kinds ORDER BY kind")
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let checkpoint = sqlx::query_scalar("SELECT position FROM test_checkpoint")
        .fetch_one(store.pool())
        .await
        .unwrap();
    (kinds, checkpoint)
}

/// The sequence-gap problem, provoked: writers on two servers (two stores, two pools) append
/// batches of 1 to 60 events, a quarter of them holding their transaction open for up to 25 ms,
/// while a subscriber on the first server follows `$all` from the start. The subscriber must
/// see exactly the final `read_all`: every position once, in order, none skipped.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn subscriber_never_skips_an_event_under_concurrent_transactions() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let a = PostgresStore::connect(&db.url, with_counting())
        .await
        .unwrap();
    let b = PostgresStore::connect(&db.url, with_counting())
        .await
        .unwrap();
    let mut sub = a.subscribe_all(0);
    const WRITERS: usize = 12;
    const APPENDS: usize = 12;
    let mut writers = Vec::new();
    for w in 0..WRITERS {
        let store = if w % 2 == 0 { a.clone() } else { b.clone() };
        writers.push(tokio::spawn(async move {
            let mut appended = 0u64;
            for i in 0..APPENDS {
                let stream = format!("gap-{w}-{}", i % 3);
                let (n, slow) = {
                    let mut rng = rand::rng();
                    let slow = rng.random_ratio(1, 4).then(|| rng.random_range(0..=25));
                    (rng.random_range(1..=60u64), slow)
                };
                let mut batch: Vec<NewEvent> = (0..n)
                    .map(|k| event("Happened", json!({ "w": w, "k": k })))
                    .collect();
                if let Some(ms) = slow {
                    batch.push(event("Slow", json!({ "ms": ms })));
                }
                appended += batch.len() as u64;
                store
                    .append(&stream, ExpectedVersion::Any, batch)
                    .await
                    .unwrap();
            }
            appended
        }));
    }
    let mut seen: Vec<u64> = Vec::new();
    let mut total = 0;
    let mut writers = futures::future::join_all(writers);
    let mut writers_done = false;
    loop {
        tokio::select! {
            done = &mut writers, if !writers_done => {
                total = done.into_iter().map(|r| r.unwrap()).sum::<u64>();
                writers_done = true;
            }
            next = tokio::time::timeout(Duration::from_secs(10), sub.next()) => {
                let e = next.expect("the subscriber keeps up").unwrap().unwrap();
                // Checked as it arrives: the next position, never a later one.
                assert_eq!(e.position, seen.last().copied().unwrap_or(0) + 1, "skipped or repeated");
                seen.push(e.position);
            }
        }
        if writers_done && seen.len() as u64 == total {
            break;
        }
    }
    let all: Vec<u64> = a
        .read_all(0, 1_000_000)
        .await
        .unwrap()
        .iter()
        .map(|e| e.position)
        .collect();
    assert_eq!(all.len() as u64, total);
    assert_eq!(seen, all, "every event once, in order");
    assert_eq!(
        seen.iter().copied().collect::<HashSet<_>>().len(),
        seen.len()
    );
    // Nothing more arrives: no event twice.
    let extra = tokio::time::timeout(Duration::from_millis(600), sub.next()).await;
    assert!(extra.is_err(), "an event arrived twice: {extra:?}");
    let (kinds, checkpoint) = counts(&a).await;
    assert_eq!(kinds.iter().map(|(_, n)| n).sum::<i64>() as u64, total);
    assert_eq!(checkpoint as u64, total);
    assert_eq!(verify_store(&a, |_| {}).await.unwrap().first_break, None);
}

/// The advisory lock that `Gate` events wait for in the test projection.
const GATE: i64 = 4242;

/// Polls `pg_stat_activity` (from a connection outside any transaction, which would see one
/// frozen snapshot of it) until `condition` matches a backend of this database; returns the
/// matching backends' pids.
async fn wait_for_backends(url: &str, condition: &str, at_least: usize) -> Vec<i32> {
    let mut watcher = PgConnection::connect(url).await.unwrap();
    let sql = format!(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() \
         AND pid <> pg_backend_pid() AND {condition} ORDER BY backend_start"
    );
    for _ in 0..250 {
        let pids: Vec<i32> = sqlx::query_scalar(AssertSqlSafe(sql.clone()))
            .fetch_all(&mut watcher)
            .await
            .unwrap();
        if pids.len() >= at_least {
            return pids;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("no backend of this database matched {condition}");
}

/// The gap itself, deterministically: while an append that took positions p..q holds its
/// transaction open (its projection waits at a gate the test holds), a later append from
/// another server can neither take a position nor become visible; once the gate opens, both
/// commit, in position order.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_later_append_is_not_visible_before_an_earlier_one() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let a = PostgresStore::connect(&db.url, with_counting())
        .await
        .unwrap();
    let b = PostgresStore::connect(&db.url, with_counting())
        .await
        .unwrap();
    append_one(&a, "warm-1", "Happened").await;
    let head = a.head().await.unwrap();
    let mut gate = PgConnection::connect(&db.url).await.unwrap();
    sqlx::query("SELECT pg_advisory_lock($1)")
        .bind(GATE)
        .execute(&mut gate)
        .await
        .unwrap();
    let slow = {
        let a = a.clone();
        tokio::spawn(async move {
            let batch = vec![event("Happened", json!({})), event("Gate", json!({}))];
            a.append("slow-1", ExpectedVersion::Any, batch).await
        })
    };
    wait_for_backends(&db.url, "wait_event = 'advisory'", 1).await;
    let fast = {
        let b = b.clone();
        tokio::spawn(async move {
            let batch = vec![event("Happened", json!({}))];
            b.append("fast-1", ExpectedVersion::Any, batch).await
        })
    };
    wait_for_backends(
        &db.url,
        "wait_event_type = 'Lock' AND query LIKE 'UPDATE ledger_head%'",
        1,
    )
    .await;
    // The first append holds head+1..head+2 uncommitted; the second waits at the counter.
    assert_eq!(b.head().await.unwrap(), head);
    assert!(b.read_all(head + 1, 10).await.unwrap().is_empty());
    assert!(
        !fast.is_finished(),
        "a later append went past an earlier one"
    );
    sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(GATE)
        .execute(&mut gate)
        .await
        .unwrap();
    let slow = slow.await.unwrap().unwrap();
    let fast = fast.await.unwrap().unwrap();
    assert_eq!(
        (slow.first_position, slow.last_position),
        (head + 1, head + 2)
    );
    assert_eq!(fast.first_position, head + 3);
    let all = a.read_all(head + 1, 10).await.unwrap();
    assert_eq!(
        all.iter().map(|e| e.stream.as_str()).collect::<Vec<_>>(),
        ["slow-1", "slow-1", "fast-1"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_servers_migrate_a_fresh_database_at_once() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let (a, b) = tokio::join!(
        PostgresStore::connect(&db.url, PostgresOptions::default()),
        PostgresStore::connect(&db.url, PostgresOptions::default()),
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    let versions: Vec<i32> = sqlx::query_scalar("SELECT version FROM ledger_migrations")
        .fetch_all(a.pool())
        .await
        .unwrap();
    assert_eq!(
        versions,
        (1..=PostgresStore::schema_version()).collect::<Vec<_>>()
    );
    let r = a
        .append(
            "both-1",
            ExpectedVersion::NoStream,
            vec![event("Happened", json!({}))],
        )
        .await
        .unwrap();
    let read = b.read_all(r.first_position, 10).await.unwrap();
    assert_eq!(read.len(), 1);
    // A third start finds everything applied and changes nothing.
    let c = PostgresStore::connect(&db.url, PostgresOptions::default())
        .await
        .unwrap();
    assert_eq!(c.head().await.unwrap(), r.last_position);
}

#[tokio::test]
async fn a_wrong_url_or_unreachable_server_is_a_clear_error_at_start() {
    let refused = PostgresStore::connect(
        "postgres://postgres@127.0.0.1:1/test",
        PostgresOptions::default(),
    )
    .await;
    let Err(StoreError::Unavailable(message)) = refused else {
        panic!("expected Unavailable");
    };
    assert!(message.contains("127.0.0.1:1"), "{message}");
    assert!(message.to_lowercase().contains("refused"), "{message}");

    let bad = PostgresStore::connect(
        "postgres://user:s3cret@host:notaport/db",
        PostgresOptions::default(),
    )
    .await;
    let Err(StoreError::Unavailable(message)) = bad else {
        panic!("expected Unavailable");
    };
    assert!(message.contains("invalid PostgreSQL URL"), "{message}");
    assert!(!message.contains("s3cret"), "{message}");

    let admin = admin_or_skip!();
    let missing = with_database(&admin, "civic_no_such_database");
    let Err(StoreError::Unavailable(message)) =
        PostgresStore::connect(&missing, PostgresOptions::default()).await
    else {
        panic!("expected Unavailable");
    };
    assert!(message.contains("civic_no_such_database"), "{message}");
    assert!(message.contains("does not exist"), "{message}");
}

/// A connection killed in the middle of an append fails that append only: the other caller
/// waiting beside it commits, nothing of the killed one is visible, and the next append gets a
/// new connection.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_lost_connection_fails_only_that_append() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let store = PostgresStore::connect(&db.url, PostgresOptions::default())
        .await
        .unwrap();
    append_one(&store, "warm-1", "Happened").await;
    let head = store.head().await.unwrap();
    // Hold the position counter, so that both appends wait inside their transactions.
    let mut holder = PgConnection::connect(&db.url).await.unwrap();
    sqlx::raw_sql("BEGIN; SELECT * FROM ledger_head FOR UPDATE;")
        .execute(&mut holder)
        .await
        .unwrap();
    let spawn_append = |stream: &'static str| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .append(
                    stream,
                    ExpectedVersion::NoStream,
                    vec![event("Happened", json!({}))],
                )
                .await
        })
    };
    let doomed = spawn_append("doomed-1");
    // The second append is sent once the first waits at the counter: sent together, they would
    // be one batch, one transaction, and share its fate.
    wait_for_backends(
        &db.url,
        "wait_event_type = 'Lock' AND query LIKE 'UPDATE ledger_head%'",
        1,
    )
    .await;
    let survivor = spawn_append("survivor-1");
    let pids = wait_for_backends(
        &db.url,
        "wait_event_type = 'Lock' AND query LIKE 'UPDATE ledger_head%'",
        2,
    )
    .await;
    let mut watcher = PgConnection::connect(&db.url).await.unwrap();
    assert_eq!(pids.len(), 2, "both appends wait at the counter");
    // Which append a backend serves is not known; kill one, and find out from the results.
    let killed: bool = sqlx::query_scalar("SELECT pg_terminate_backend($1)")
        .bind(pids[0])
        .fetch_one(&mut watcher)
        .await
        .unwrap();
    assert!(killed);
    tokio::time::sleep(Duration::from_millis(100)).await;
    sqlx::raw_sql("ROLLBACK")
        .execute(&mut holder)
        .await
        .unwrap();
    let results = [doomed.await.unwrap(), survivor.await.unwrap()];
    let failed: Vec<_> = results.iter().filter(|r| r.is_err()).collect();
    assert_eq!(failed.len(), 1, "{results:?}");
    assert!(
        matches!(failed[0], Err(StoreError::Unavailable(_))),
        "{results:?}"
    );
    // Nothing half-written: exactly the survivor's one event, right after the head.
    let all = store.read_all(head + 1, 10).await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].position, head + 1);
    // The pool replaces the lost connection.
    for i in 0..12 {
        append_one(&store, &format!("after-{i}"), "Happened").await;
    }
    assert_eq!(store.head().await.unwrap(), head + 13);
}

/// A subscriber whose server loses its LISTEN connection still receives events committed by
/// another server (by polling until the listener is back).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_subscriber_survives_a_lost_listen_connection() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let a = PostgresStore::connect(&db.url, PostgresOptions::default())
        .await
        .unwrap();
    let b = PostgresStore::connect(&db.url, PostgresOptions::default())
        .await
        .unwrap();
    let mut sub = a.subscribe_all(0);
    let first = append_one(&b, "live-1", "Happened").await;
    let got = tokio::time::timeout(Duration::from_secs(5), sub.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(got.position, first.last_position);
    // Both servers' LISTEN connections.
    let listeners = wait_for_backends(&db.url, "query LIKE 'LISTEN%'", 2).await;
    let mut admin_conn = PgConnection::connect(&db.url).await.unwrap();
    for pid in listeners {
        let killed: bool = sqlx::query_scalar("SELECT pg_terminate_backend($1)")
            .bind(pid)
            .fetch_one(&mut admin_conn)
            .await
            .unwrap();
        assert!(killed);
    }
    for i in 0..3 {
        let r = b
            .append(
                "live-1",
                ExpectedVersion::Any,
                vec![event("Happened", json!({ "i": i }))],
            )
            .await
            .unwrap();
        let got = tokio::time::timeout(Duration::from_secs(5), sub.next())
            .await
            .expect("delivered despite the lost listener")
            .unwrap()
            .unwrap();
        assert_eq!(got.position, r.last_position);
    }
}

/// The inline projection runs in the append's transaction (a refusal writes nothing), and a
/// server that starts with a projection behind the log brings it up to the head first.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn inline_projection_runs_in_the_append_and_catches_up_at_start() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let plain = PostgresStore::connect(&db.url, PostgresOptions::default())
        .await
        .unwrap();
    for kind in ["Opened", "Opened", "Closed"] {
        append_one(&plain, "proj-1", kind).await;
    }
    let store = PostgresStore::connect(&db.url, with_counting())
        .await
        .unwrap();
    assert_eq!(
        counts(&store).await,
        (vec![("Closed".into(), 1), ("Opened".into(), 2)], 3),
        "caught up at start"
    );
    let r = store
        .append(
            "proj-1",
            ExpectedVersion::Exact(2),
            vec![event("Closed", json!({})), event("Reopened", json!({}))],
        )
        .await
        .unwrap();
    assert_eq!(
        counts(&store).await,
        (
            vec![
                ("Closed".into(), 2),
                ("Opened".into(), 2),
                ("Reopened".into(), 1)
            ],
            r.last_position as i64
        ),
        "projected in the append's transaction"
    );
    let refused = store
        .append(
            "proj-1",
            ExpectedVersion::Exact(4),
            vec![event("Opened", json!({})), event("Forbidden", json!({}))],
        )
        .await;
    assert!(
        matches!(&refused, Err(StoreError::Rejected { rule: Some(rule), .. }) if rule == "test.forbidden"),
        "{refused:?}"
    );
    assert_eq!(
        store.head().await.unwrap(),
        r.last_position,
        "nothing written"
    );
    let read = store
        .read_stream("proj-1", StreamFrom::End, Direction::Backwards, 1)
        .await
        .unwrap();
    assert_eq!(read[0].version, 4);
    assert_eq!(counts(&store).await.1, r.last_position as i64);
    // Two servers starting at once with the projection: one catches up, the other finds
    // nothing to do; no event is counted twice.
    append_one(&plain, "proj-2", "Opened").await;
    let (x, y) = tokio::join!(
        PostgresStore::connect(&db.url, with_counting()),
        PostgresStore::connect(&db.url, with_counting()),
    );
    let (x, _y) = (x.unwrap(), y.unwrap());
    let (kinds, checkpoint) = counts(&x).await;
    assert_eq!(kinds.iter().map(|(_, n)| n).sum::<i64>(), 6);
    assert_eq!(checkpoint as u64, x.head().await.unwrap());
}

/// Reads work on a database turned read-only, writes do not: `writable` says so (for
/// `/readyz`), and says it is writable again once it is.
#[tokio::test]
async fn a_database_turned_read_only_is_reported_not_writable() {
    let admin = admin_or_skip!();
    let (store, db) = fresh(admin.clone()).await;
    append_one(&*store, "test-1", "Made").await;
    assert!(store.writable().await.is_ok());

    let mut conn = PgConnection::connect(&admin).await.unwrap();
    let set_read_only = |on: bool| {
        AssertSqlSafe(format!(
            "ALTER DATABASE {0} SET default_transaction_read_only = {1}; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{0}'",
            db.name,
            if on { "on" } else { "off" }
        ))
    };
    sqlx::raw_sql(set_read_only(true))
        .execute(&mut conn)
        .await
        .unwrap();
    // The pool replaces the ended connections; the new ones are read-only.
    let mut refused = None;
    for _ in 0..3 {
        match store
            .append(
                "test-1",
                ExpectedVersion::Any,
                vec![event("Made", json!({}))],
            )
            .await
        {
            Err(e) => refused = Some(e),
            Ok(_) => panic!("an append succeeded on a read-only database"),
        }
    }
    assert!(
        matches!(refused, Some(StoreError::Unavailable(_))),
        "{refused:?}"
    );
    assert_eq!(store.head().await.unwrap(), 1, "reads still work");
    let fault = store.writable().await.unwrap_err();
    assert!(fault.message.contains("read-only"), "{fault}");

    sqlx::raw_sql(set_read_only(false))
        .execute(&mut conn)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert!(
        store.writable().await.is_ok(),
        "a probe finds it writable again"
    );
    append_one(&*store, "test-1", "Made").await;
}

// Group commit: the appends waiting at a server share one transaction.

/// The appends, from one task and so in this order, as one burst.
async fn burst(
    store: &PostgresStore,
    appends: Vec<(&str, ExpectedVersion, Vec<NewEvent>)>,
) -> Vec<Result<civic_store::AppendResult, StoreError>> {
    futures::future::join_all(
        appends
            .into_iter()
            .map(|(stream, expected, events)| store.append(stream, expected, events)),
    )
    .await
}

/// Holds the position counter from outside, and makes the store's writer start one batch in
/// each of its two lanes (one append each, to `plug-…` streams), both waiting at the counter:
/// whatever is appended from now on queues, and becomes one batch once `release` lets go.
struct Held {
    holder: PgConnection,
    plugs: Vec<tokio::task::JoinHandle<Result<civic_store::AppendResult, StoreError>>>,
}

async fn hold_the_writer(store: &PostgresStore, url: &str) -> Held {
    let mut holder = PgConnection::connect(url).await.unwrap();
    sqlx::raw_sql("BEGIN; SELECT * FROM ledger_head FOR UPDATE;")
        .execute(&mut holder)
        .await
        .unwrap();
    let mut plugs = Vec::new();
    for lane in 1..=2 {
        let store = store.clone();
        plugs.push(tokio::spawn(async move {
            store
                .append(
                    &format!("plug-{lane}"),
                    ExpectedVersion::Any,
                    vec![event("Plugged", json!({}))],
                )
                .await
        }));
        wait_for_backends(
            url,
            "wait_event_type = 'Lock' AND query LIKE 'UPDATE ledger_head%'",
            lane,
        )
        .await;
    }
    Held { holder, plugs }
}

impl Held {
    /// Lets go of the counter once `appends` (sent meanwhile) have had time to queue.
    async fn release(mut self) {
        tokio::time::sleep(Duration::from_millis(300)).await;
        sqlx::raw_sql("ROLLBACK")
            .execute(&mut self.holder)
            .await
            .unwrap();
        for plug in self.plugs {
            plug.await.unwrap().unwrap();
        }
    }
}

fn commits(store: &PostgresStore) -> (u64, u64) {
    use std::sync::atomic::Ordering::Relaxed;
    (
        store.stats().commits.load(Relaxed),
        store.stats().appends.load(Relaxed),
    )
}

/// 64 clients appending at once to streams of their own are committed in a handful of
/// transactions, with gap-free positions and intact chains.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_appends_share_transactions() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let store = PostgresStore::connect(&db.url, PostgresOptions::default())
        .await
        .unwrap();
    let held = hold_the_writer(&store, &db.url).await;
    let clients: Vec<_> = (0..64)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .append(
                        &format!("client-{i}"),
                        ExpectedVersion::NoStream,
                        vec![event("Happened", json!({ "i": i }))],
                    )
                    .await
            })
        })
        .collect();
    held.release().await;
    for c in clients {
        c.await.unwrap().unwrap();
    }
    let (commits, appends) = commits(&store);
    assert_eq!(appends, 66, "every append written, the two plugs included");
    assert!(commits <= 4, "{commits} transactions for {appends} appends");
    let all = store.read_all(0, 1000).await.unwrap();
    assert_eq!(
        all.iter().map(|e| e.position).collect::<Vec<_>>(),
        (1..=66).collect::<Vec<_>>()
    );
    assert_eq!(
        verify_store(&store, |_| {}).await.unwrap().first_break,
        None
    );
}

/// In one batch, a wrong expected version and an id recorded elsewhere fail their own appends
/// only; the others are acknowledged and readable.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_refused_append_leaves_its_batch() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let store = PostgresStore::connect(&db.url, PostgresOptions::default())
        .await
        .unwrap();
    let recorded = event("Happened", json!({}));
    store
        .append("orig-1", ExpectedVersion::NoStream, vec![recorded.clone()])
        .await
        .unwrap();
    append_one(&store, "versioned-1", "Happened").await;
    let held = hold_the_writer(&store, &db.url).await;
    let before = commits(&store).0;
    let results = {
        let store = store.clone();
        let again = NewEvent {
            id: recorded.id,
            ..event("Happened", json!({}))
        };
        tokio::spawn(async move {
            burst(
                &store,
                vec![
                    (
                        "good-1",
                        ExpectedVersion::NoStream,
                        vec![event("A", json!({}))],
                    ),
                    (
                        "versioned-1",
                        ExpectedVersion::Exact(5),
                        vec![event("B", json!({}))],
                    ),
                    (
                        "other-1",
                        ExpectedVersion::Any,
                        vec![event("C", json!({})), again],
                    ),
                    (
                        "good-2",
                        ExpectedVersion::Any,
                        vec![event("D", json!({})), event("E", json!({}))],
                    ),
                ],
            )
            .await
        })
    };
    held.release().await;
    let results = results.await.unwrap();
    assert_eq!(
        commits(&store).0 - before,
        3,
        "the plugs, then one batch: {results:?}"
    );
    assert!(
        matches!(
            &results[1],
            Err(StoreError::WrongExpectedVersion {
                actual: Some(0),
                ..
            })
        ),
        "{results:?}"
    );
    assert!(
        matches!(&results[2], Err(StoreError::DuplicateEventId { id, stream })
            if *id == recorded.id && stream == "orig-1"),
        "{results:?}"
    );
    let (good1, good2) = (results[0].as_ref().unwrap(), results[3].as_ref().unwrap());
    assert_eq!(good2.first_position, good1.last_position + 1, "gap-free");
    assert_eq!(good2.last_version, 1);
    for (stream, kinds) in [
        ("good-1", vec!["A"]),
        ("good-2", vec!["D", "E"]),
        ("versioned-1", vec!["Happened"]),
        ("other-1", vec![]),
    ] {
        let read = store
            .read_stream(stream, StreamFrom::Start, Direction::Forwards, 10)
            .await
            .unwrap();
        assert_eq!(
            read.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(),
            kinds,
            "{stream}"
        );
    }
    assert_eq!(store.head().await.unwrap(), good2.last_position);
    assert_eq!(
        verify_store(&store, |_| {}).await.unwrap().first_break,
        None
    );
}

/// A read model refusing the events of streams `refused-…` (a business rule), counting the
/// others, with a checkpoint.
struct RefusesStream;

#[async_trait]
impl InlineProjection for RefusesStream {
    async fn setup(
        &self,
        conn: &mut PgConnection,
        _server: &PgConnectOptions,
    ) -> Result<u64, ProjectionFailure> {
        sqlx::raw_sql(
            "CREATE TABLE IF NOT EXISTS test_seen (
                 id boolean PRIMARY KEY DEFAULT true, n bigint NOT NULL, position bigint NOT NULL);
             INSERT INTO test_seen (n, position) VALUES (0, 0) ON CONFLICT DO NOTHING;",
        )
        .execute(&mut *conn)
        .await?;
        let position: i64 = sqlx::query_scalar("SELECT position FROM test_seen")
            .fetch_one(&mut *conn)
            .await?;
        Ok(position as u64)
    }

    async fn apply(
        &self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
    ) -> Result<(), ProjectionFailure> {
        if let Some(e) = events.iter().find(|e| e.stream.starts_with("refused-")) {
            return Err(ProjectionFailure {
                rule: Some("test.refused-stream".into()),
                message: format!("stream {} is refused", e.stream),
            });
        }
        if let Some(last) = events.last() {
            sqlx::query("UPDATE test_seen SET n = n + $1, position = $2")
                .bind(events.len() as i64)
                .bind(last.position as i64)
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    }
}

/// [`RefusesStream`] refusing before the position counter is taken (`apply_pending`), and
/// recording there each append's stream and first version, which `finish_pending` checks
/// against where the events landed.
struct RefusesStreamEarly;

#[async_trait]
impl InlineProjection for RefusesStreamEarly {
    async fn setup(
        &self,
        conn: &mut PgConnection,
        server: &PgConnectOptions,
    ) -> Result<u64, ProjectionFailure> {
        sqlx::raw_sql(
            "CREATE TABLE IF NOT EXISTS test_early (stream text NOT NULL, first_version bigint NOT NULL)",
        )
        .execute(&mut *conn)
        .await?;
        RefusesStream.setup(conn, server).await
    }

    async fn apply(
        &self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
    ) -> Result<(), ProjectionFailure> {
        RefusesStream.apply(conn, events).await
    }

    async fn apply_pending(
        &self,
        conn: &mut PgConnection,
        appends: &[civic_store::postgres::Pending<'_>],
    ) -> Result<Option<civic_store::postgres::Early>, ProjectionFailure> {
        if let Some(a) = appends.iter().find(|a| a.stream.starts_with("refused-")) {
            return Err(ProjectionFailure {
                rule: Some("test.refused-stream".into()),
                message: format!("stream {} is refused", a.stream),
            });
        }
        let planned: Vec<(String, u64, usize)> = appends
            .iter()
            .map(|a| (a.stream.to_owned(), a.first_version, a.events.len()))
            .collect();
        for (stream, first, _) in &planned {
            sqlx::query("INSERT INTO test_early VALUES ($1, $2)")
                .bind(stream)
                .bind(*first as i64)
                .execute(&mut *conn)
                .await?;
        }
        Ok(Some(Box::new(planned)))
    }

    async fn finish_pending(
        &self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
        early: civic_store::postgres::Early,
    ) -> Result<(), ProjectionFailure> {
        let planned = early.downcast::<Vec<(String, u64, usize)>>().unwrap();
        let mut landed = events.iter();
        for (stream, first, n) in planned.iter() {
            for k in 0..*n {
                let e = landed.next().unwrap();
                assert_eq!((&e.stream, e.version), (stream, first + k as u64));
            }
        }
        assert!(landed.next().is_none());
        RefusesStream.apply(conn, events).await
    }
}

/// An inline projection that refuses one append of a burst fails that append only: the others,
/// before and after it in the same batch, are written and projected once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_projection_refusal_fails_only_its_append() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    refusal_fails_only_its_append(&db, Arc::new(RefusesStream)).await;
}

/// The same refused before the counter: the batch's early writes are rolled back with it, and
/// its appends, tried alone, still hold their events; the written ones' early rows name the
/// versions they landed at (two appends to one stream in one batch included).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_refusal_before_the_counter_fails_only_its_append() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let store = refusal_fails_only_its_append(&db, Arc::new(RefusesStreamEarly)).await;
    let mut early: Vec<(String, i64)> = sqlx::query_as(
        "SELECT stream, first_version FROM test_early WHERE stream NOT LIKE 'plug-%'",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    early.sort();
    assert_eq!(
        early,
        [
            ("fine-1".to_owned(), 0),
            ("fine-1".to_owned(), 1),
            ("fine-2".to_owned(), 0)
        ],
        "{early:?}"
    );
}

async fn refusal_fails_only_its_append(
    db: &TestDb,
    projection: Arc<dyn InlineProjection>,
) -> PostgresStore {
    let store = PostgresStore::connect(
        &db.url,
        PostgresOptions {
            inline: Some(projection),
            ..PostgresOptions::default()
        },
    )
    .await
    .unwrap();
    let held = hold_the_writer(&store, &db.url).await;
    let results = {
        let store = store.clone();
        tokio::spawn(async move {
            burst(
                &store,
                vec![
                    (
                        "fine-1",
                        ExpectedVersion::NoStream,
                        vec![event("A", json!({}))],
                    ),
                    (
                        "fine-1",
                        ExpectedVersion::Exact(0),
                        vec![event("B", json!({}))],
                    ),
                    (
                        "refused-1",
                        ExpectedVersion::Any,
                        vec![event("C", json!({}))],
                    ),
                    (
                        "fine-2",
                        ExpectedVersion::Any,
                        vec![event("D", json!({})), event("E", json!({}))],
                    ),
                ],
            )
            .await
        })
    };
    held.release().await;
    let results = results.await.unwrap();
    assert!(
        matches!(&results[2], Err(StoreError::Rejected { rule: Some(rule), .. })
            if rule == "test.refused-stream"),
        "{results:?}"
    );
    for i in [0, 1, 3] {
        assert!(results[i].is_ok(), "{results:?}");
    }
    // The plugs, then the refused batch's appends alone: three written, one refused.
    assert_eq!(commits(&store), (5, 5));
    assert_eq!(results[1].as_ref().unwrap().last_version, 1);
    let read = store
        .read_stream("fine-1", StreamFrom::Start, Direction::Forwards, 10)
        .await
        .unwrap();
    assert_eq!(
        read.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(),
        ["A", "B"]
    );
    assert!(
        store
            .read_stream("refused-1", StreamFrom::Start, Direction::Forwards, 10)
            .await
            .unwrap()
            .is_empty()
    );
    // The two plugs and the four events of the appends that succeeded, each projected once.
    let head = store.head().await.unwrap();
    assert_eq!(head, 6);
    let (n, position): (i64, i64) = sqlx::query_as("SELECT n, position FROM test_seen")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!((n, position), (6, 6));
    assert_eq!(
        verify_store(&store, |_| {}).await.unwrap().first_break,
        None
    );
    store
}

/// Appends to one stream in one burst with exact versions: each sees the head the earlier ones
/// leave, so one of two rivals wins and an append expecting the winner's version follows it;
/// a retry queued beside its original is answered with the original's positions.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn appends_to_one_stream_in_a_batch_chain() {
    let admin = admin_or_skip!();
    let db = TestDb::create(&admin).await;
    let store = PostgresStore::connect(&db.url, PostgresOptions::default())
        .await
        .unwrap();
    append_one(&store, "chain-1", "Opened").await;
    let held = hold_the_writer(&store, &db.url).await;
    let first = event("First", json!({}));
    let results = {
        let store = store.clone();
        let first = first.clone();
        tokio::spawn(async move {
            burst(
                &store,
                vec![
                    ("chain-1", ExpectedVersion::Exact(0), vec![first.clone()]),
                    (
                        "chain-1",
                        ExpectedVersion::Exact(0),
                        vec![event("Rival", json!({}))],
                    ),
                    (
                        "chain-1",
                        ExpectedVersion::Exact(1),
                        vec![event("Second", json!({})), event("Third", json!({}))],
                    ),
                    (
                        "chain-2",
                        ExpectedVersion::NoStream,
                        vec![event("Elsewhere", json!({}))],
                    ),
                    ("chain-1", ExpectedVersion::Exact(0), vec![first]),
                ],
            )
            .await
        })
    };
    held.release().await;
    let results = results.await.unwrap();
    let won = results[0].as_ref().unwrap();
    assert_eq!(won.last_version, 1);
    assert!(
        matches!(
            &results[1],
            Err(StoreError::WrongExpectedVersion {
                actual: Some(1),
                ..
            })
        ),
        "{results:?}"
    );
    let followed = results[2].as_ref().unwrap();
    assert_eq!(followed.last_version, 3);
    assert_eq!(followed.first_position, won.last_position + 1);
    assert!(results[3].is_ok(), "{results:?}");
    let retried = results[4].as_ref().unwrap();
    assert_eq!(retried, won, "the retry answers the original's positions");
    let read = store
        .read_stream("chain-1", StreamFrom::Start, Direction::Forwards, 10)
        .await
        .unwrap();
    assert_eq!(
        read.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(),
        ["Opened", "First", "Second", "Third"]
    );
    assert_eq!(store.head().await.unwrap(), 7, "nothing written twice");
    let report = verify_store(&store, |_| {}).await.unwrap();
    assert_eq!(report.first_break, None);
}
