//! What the read models' tests share: a ledger on a real SQLite file or a PostgreSQL database of
//! its own (skipped loudly without a server, failed under CI=true), each test run on both
//! backends, tampering behind the ledger's back, and every row of some tables as text.

use std::sync::Arc;

use civic_store::EventStore;
use civic_store::postgres::{PostgresOptions, PostgresStore};
use civic_store::sqlite::{SqliteOptions, SqliteStore};
use civic_store::test_postgres::TestDb;
use sqlx::Connection as _;

use crate::postgres::{PgLedgerProjection, PgReadModels};
use crate::sqlite::{LedgerProjection, SqliteReadModels};
use crate::{ReadModelSet, ReadModels, national_defaults};

/// Where a test's ledger lives; it can be opened again after the test altered its tables.
pub(crate) enum Place {
    Sqlite(tempfile::TempDir),
    Postgres(TestDb),
}

/// A store opened with the read models projected into it.
pub(crate) struct Ledger {
    pub store: Arc<dyn EventStore>,
    pub read: Arc<dyn ReadModels>,
    pub set: Arc<ReadModelSet>,
    /// Whether appends hand their changes over prepared, as the command handler does, or leave
    /// the projection to decode and fold their events (tests choose; see each `run`).
    pub prepared: bool,
}

impl Place {
    pub async fn new(postgres: bool) -> Option<Place> {
        Some(if postgres {
            let admin = civic_store::test_postgres::postgres_or_skip().await?;
            Place::Postgres(TestDb::create(&admin).await)
        } else {
            Place::Sqlite(tempfile::tempdir().unwrap())
        })
    }

    pub async fn open(&self) -> Ledger {
        self.open_with(false).await
    }

    pub async fn open_with(&self, prepared: bool) -> Ledger {
        self.try_open_with(prepared).await.unwrap()
    }

    /// Opens the store, or says why it would not open (a read model that cannot be rebuilt).
    pub async fn try_open_with(&self, prepared: bool) -> Result<Ledger, civic_store::StoreError> {
        let set = Arc::new(ReadModelSet::new(national_defaults()));
        let (store, read): (Arc<dyn EventStore>, Arc<dyn ReadModels>) = match self {
            Place::Sqlite(dir) => {
                let store = SqliteStore::open(
                    &dir.path().join("ledger.db"),
                    SqliteOptions {
                        read_only: false,
                        inline: Some(Arc::new(LedgerProjection::of(set.clone()))),
                        lock_wait: std::time::Duration::ZERO,
                    },
                )?;
                (
                    Arc::new(store.clone()),
                    Arc::new(SqliteReadModels::new(store)),
                )
            }
            Place::Postgres(db) => {
                let store = PostgresStore::connect(
                    &db.url,
                    PostgresOptions {
                        inline: Some(Arc::new(PgLedgerProjection::of(set.clone()))),
                        ..PostgresOptions::default()
                    },
                )
                .await?;
                (Arc::new(store.clone()), Arc::new(PgReadModels::new(store)))
            }
        };
        Ok(Ledger {
            store,
            read,
            set,
            prepared,
        })
    }

    /// Runs SQL on the read models' tables behind the ledger's back (with no store open).
    pub async fn tamper(&self, sql: &str) {
        match self {
            Place::Sqlite(dir) => {
                let conn = rusqlite::Connection::open(dir.path().join("ledger.db")).unwrap();
                conn.execute_batch(sql).unwrap();
            }
            Place::Postgres(db) => {
                let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
                sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
                    .execute(&mut conn)
                    .await
                    .unwrap();
            }
        }
    }

    /// Every row each query returns, as `table: v1 | v2 | …` (values as text, NULL as NULL).
    pub async fn dump(&self, queries: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        match self {
            Place::Sqlite(dir) => {
                let conn = rusqlite::Connection::open(dir.path().join("ledger.db")).unwrap();
                for sql in queries {
                    let mut stmt = conn.prepare(sql).unwrap();
                    let n = stmt.column_count();
                    let rows = stmt
                        .query_map([], |r| {
                            (0..n)
                                .map(|i| r.get::<_, rusqlite::types::Value>(i).map(|v| text(&v)))
                                .collect::<Result<Vec<_>, _>>()
                        })
                        .unwrap();
                    for row in rows {
                        out.push(format!("{}: {}", table_of(sql), row.unwrap().join(" | ")));
                    }
                }
            }
            Place::Postgres(db) => {
                use sqlx::Row;
                let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
                for sql in queries {
                    for row in sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
                        .fetch_all(&mut conn)
                        .await
                        .unwrap()
                    {
                        let values: Vec<String> = (0..row.len())
                            .map(|i| {
                                row.try_get::<Option<String>, _>(i)
                                    .or_else(|_| {
                                        row.try_get::<Option<i64>, _>(i)
                                            .map(|v| v.map(|v| v.to_string()))
                                    })
                                    .or_else(|_| {
                                        row.try_get::<Option<bool>, _>(i)
                                            .map(|v| v.map(|v| v.to_string()))
                                    })
                                    .unwrap()
                                    .unwrap_or_else(|| "NULL".to_owned())
                            })
                            .collect();
                        out.push(format!("{}: {}", table_of(sql), values.join(" | ")));
                    }
                }
            }
        }
        out
    }
}

fn text(v: &rusqlite::types::Value) -> String {
    use rusqlite::types::Value as V;
    match v {
        V::Null => "NULL".to_owned(),
        V::Integer(n) => n.to_string(),
        V::Text(t) => t.clone(),
        other => format!("{other:?}"),
    }
}

fn table_of(sql: &str) -> &str {
    sql.split("FROM ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or(sql)
}

/// One `#[tokio::test]` per backend for each behaviour `async fn name(place: Place)`.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(place) = $crate::testing::Place::new(false).await {
                        super::$name(place).await;
                    }
                }
            )*
        }
        mod on_postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(place) = $crate::testing::Place::new(true).await {
                        super::$name(place).await;
                    }
                }
            )*
        }
    };
}

pub(crate) use on_both_backends;

impl Ledger {
    /// Appends `events` to stream `{A::CATEGORY}-{id}` the way the command handler does (its
    /// changes prepared from the state the log holds and handed over), or the way an import
    /// does (left to the projection to decode and fold) when the ledger is not `prepared`;
    /// the append's outcome, for tests of a refused projection.
    pub async fn append<A: crate::runtime::Stored>(
        &self,
        id: uuid::Uuid,
        events: &[A::Event],
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<civic_store::AppendResult, civic_store::StoreError> {
        use civic_domain::DomainEvent;
        let stream = format!("{}-{id}", A::CATEGORY);
        let recorded = self
            .store
            .read_stream(
                &stream,
                civic_store::StreamFrom::Start,
                civic_store::Direction::Forwards,
                10_000,
            )
            .await
            .unwrap();
        let state = recorded.iter().fold(A::default(), |s, e| {
            s.evolve(&A::Event::from_stored(&e.kind, e.schema, &e.data).unwrap())
        });
        let metadata = serde_json::json!({
            "commandId": uuid::Uuid::now_v7().to_string(),
            "command": "test",
            "actorId": "tester",
        });
        let new: Vec<civic_store::NewEvent> = events
            .iter()
            .map(|e| civic_store::NewEvent {
                id: uuid::Uuid::now_v7(),
                kind: e.kind().into(),
                schema: e.schema(),
                data: e.to_data(),
                metadata: metadata.clone(),
            })
            .collect();
        let first_version = recorded.last().map_or(0, |e| e.version + 1);
        let _offered = if self.prepared {
            let changes = self
                .set
                .projectors::<A>()
                .unwrap()
                .prepare(&stream, first_version, &state, events, &metadata, now)
                .unwrap();
            Some(self.set.handoff().offer(
                new[0].id,
                crate::runtime::Prepared {
                    stream: stream.clone(),
                    first_version,
                    events: new.len(),
                    changes,
                },
            ))
        } else {
            None
        };
        let expected = recorded
            .last()
            .map_or(civic_store::ExpectedVersion::NoStream, |e| {
                civic_store::ExpectedVersion::Exact(e.version)
            });
        self.store.append(&stream, expected, new).await
    }
}
