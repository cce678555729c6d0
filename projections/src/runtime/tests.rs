//! The writers of both backends give the same outcome for the same changes, in the cases where
//! batching could change it: one key changed twice in a batch, a guard refusing one row of a
//! run, deletes guarded by a column, counters.

use civic_store::ProjectionFailure;
use civic_store::test_postgres::TestDb;
use sqlx::Connection as _;

use super::change::{Change, Changes, Guard, Recorded, Value};
use super::table::{TableDef, Type, col, nullable};

static THINGS: TableDef = TableDef {
    name: "rm_things",
    columns: &[
        col("id", Type::Key),
        col("owner", Type::Key),
        nullable("n", Type::Int),
        col("live", Type::Bool),
    ],
    key: &["id"],
    indexes: &[],
    fillfactor: None,
};

static TALLY: TableDef = TableDef {
    name: "rm_tally",
    columns: &[col("kind", Type::Key), col("n", Type::Int)],
    key: &["kind"],
    indexes: &[],
    fillfactor: None,
};

fn thing(id: &str, owner: &str, n: Option<i64>) -> Vec<Value> {
    vec![
        Value::text(id),
        Value::text(owner),
        n.map_or(Value::Null, Value::Int),
        Value::Bool(n.is_some()),
    ]
}

fn claimed(id: &str, owner: &str) -> Change {
    Change::Upsert {
        table: &THINGS,
        row: thing(id, owner, Some(0)),
        before: None,
        guard: Some(Guard {
            column: "owner",
            failure: ProjectionFailure {
                rule: Some(format!("RULE-{id}")),
                message: format!("{id} is taken"),
            },
        }),
    }
}

fn add(kind: &str, delta: i64) -> Change {
    Change::Add {
        table: &TALLY,
        key: vec![Value::text(kind)],
        column: "n",
        delta,
    }
}

/// A case: its name, the batches applied one after another (each batch in one call), then
/// what the tables hold, or the rule of the last batch's refusal.
type Case = (&'static str, Vec<Changes>, Result<Vec<String>, String>);

fn cases() -> Vec<Case> {
    let upsert = |id: &str, owner: &str, n: i64| Change::Upsert {
        table: &THINGS,
        row: thing(id, owner, Some(n)),
        before: None,
        guard: None,
    };
    let delete = |id: &str| Change::Delete {
        table: &THINGS,
        key: vec![Value::text(id)],
        only_if: None,
    };
    vec![
        (
            "one key twice in a batch: the later wins",
            vec![Changes(vec![
                upsert("a", "x", 1),
                upsert("b", "x", 2),
                upsert("a", "x", 3),
            ])],
            Ok(vec!["a x 3 true".into(), "b x 2 true".into()]),
        ),
        (
            "a placeholder and a null",
            vec![Changes(vec![
                Change::Upsert {
                    table: &THINGS,
                    row: vec![
                        Value::text("p"),
                        Value::text("x"),
                        Value::PositionOf(1),
                        Value::Bool(false),
                    ],
                    before: None,
                    guard: None,
                },
                upsert("q", "x", 1),
                Change::Upsert {
                    table: &THINGS,
                    row: thing("q", "y", None),
                    before: Some(thing("q", "x", Some(1))),
                    guard: None,
                },
            ])],
            Ok(vec!["p x 42 false".into(), "q y - false".into()]),
        ),
        (
            "a claim by its owner again passes, by another is refused with its own rule",
            vec![
                Changes(vec![claimed("k1", "x"), claimed("k2", "x")]),
                Changes(vec![
                    claimed("k1", "x"),
                    claimed("k3", "y"),
                    claimed("k2", "y"),
                ]),
            ],
            Err("RULE-k2".into()),
        ),
        (
            "given up then taken by another in one batch",
            vec![
                Changes(vec![claimed("k", "x")]),
                Changes(vec![
                    Change::Delete {
                        table: &THINGS,
                        key: vec![Value::text("k")],
                        only_if: Some(("owner", Value::text("x"))),
                    },
                    claimed("k", "y"),
                ]),
            ],
            Ok(vec!["k y 0 true".into()]),
        ),
        (
            "a guarded delete of another's key leaves it",
            vec![
                Changes(vec![claimed("k", "x")]),
                Changes(vec![Change::Delete {
                    table: &THINGS,
                    key: vec![Value::text("k")],
                    only_if: Some(("owner", Value::text("y"))),
                }]),
            ],
            Ok(vec!["k x 0 true".into()]),
        ),
        (
            "deletes and upserts interleaved: each row's changes keep their order",
            vec![
                Changes(vec![
                    upsert("a", "x", 1),
                    upsert("b", "x", 1),
                    upsert("c", "x", 1),
                ]),
                Changes(vec![
                    upsert("a", "x", 2),
                    delete("b"),
                    upsert("c", "x", 2),
                    upsert("b", "x", 3),
                    delete("a"),
                    upsert("d", "x", 4),
                    upsert("a", "x", 5),
                    delete("c"),
                ]),
            ],
            Ok(vec![
                "a x 5 true".into(),
                "b x 3 true".into(),
                "d x 4 true".into(),
            ]),
        ),
        (
            "counters add up, a key twice in a batch too",
            vec![
                Changes(vec![add("a", 1), add("b", 1), add("a", 1)]),
                Changes(vec![add("a", -1)]),
            ],
            Ok(vec!["tally a 1".into(), "tally b 1".into()]),
        ),
    ]
}

fn recorded() -> Recorded {
    Recorded {
        positions: vec![41, 42],
        recorded_at: vec![1, 2],
    }
}

#[test]
fn sqlite_writer() {
    for (name, batches, expected) in cases() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        super::sqlite::create(&conn, &[&THINGS, &TALLY]).unwrap();
        let mut outcome = Ok(());
        for b in &batches {
            outcome = super::sqlite::apply(&conn, b, &recorded());
        }
        let got = outcome.map(|()| {
            let mut rows: Vec<String> = conn
                .prepare("SELECT id, owner, n, live FROM rm_things ORDER BY id")
                .unwrap()
                .query_map([], |r| {
                    Ok(format!(
                        "{} {} {} {}",
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<i64>>(2)?
                            .map_or("-".into(), |n| n.to_string()),
                        r.get::<_, i64>(3)? == 1
                    ))
                })
                .unwrap()
                .map(Result::unwrap)
                .collect();
            rows.extend(
                conn.prepare("SELECT kind, n FROM rm_tally ORDER BY kind")
                    .unwrap()
                    .query_map([], |r| {
                        Ok(format!(
                            "tally {} {}",
                            r.get::<_, String>(0)?,
                            r.get::<_, i64>(1)?
                        ))
                    })
                    .unwrap()
                    .map(Result::unwrap),
            );
            rows
        });
        assert_eq!(
            got.map_err(|f| f.rule.unwrap_or_default()),
            expected,
            "{name}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_writer() {
    let Some(admin) = civic_store::test_postgres::postgres_or_skip().await else {
        return;
    };
    for (name, batches, expected) in cases() {
        let db = TestDb::create(&admin).await;
        let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
        super::postgres::create(&mut conn, &[&THINGS, &TALLY])
            .await
            .unwrap();
        // Each batch in one transaction, as an append's is: a refusal rolls it back.
        let mut outcome = Ok(());
        for b in &batches {
            let mut tx = conn.begin().await.unwrap();
            outcome = super::postgres::apply(&mut tx, &[(b.clone(), recorded())]).await;
            if outcome.is_ok() {
                tx.commit().await.unwrap();
            }
        }
        let got = match outcome {
            Ok(()) => {
                let mut rows: Vec<String> =
                    sqlx::query_as::<_, (String, String, Option<i64>, bool)>(
                        "SELECT id, owner, n, live FROM rm_things ORDER BY id",
                    )
                    .fetch_all(&mut conn)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|(id, owner, n, live)| {
                        format!(
                            "{id} {owner} {} {live}",
                            n.map_or("-".into(), |n| n.to_string())
                        )
                    })
                    .collect();
                rows.extend(
                    sqlx::query_as::<_, (String, i64)>(
                        "SELECT kind, n FROM rm_tally ORDER BY kind",
                    )
                    .fetch_all(&mut conn)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|(k, n)| format!("tally {k} {n}")),
                );
                Ok(rows)
            }
            Err(f) => Err(f.rule.unwrap_or_default()),
        };
        assert_eq!(got, expected, "{name}");
    }
}
