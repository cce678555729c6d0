//! The same [`Select`]s read the same rows on both backends.

use civic_store::test_postgres::TestDb;
use sqlx::Connection as _;

use super::{Figure, Row, Select};
use crate::ReadModelError;
use crate::runtime::Value;
use crate::runtime::table::{TableDef, Type, col, nullable};
use crate::states::STATES;

static THINGS: TableDef = TableDef {
    name: "rm_q_things",
    columns: &[
        col("owner", Type::Key),
        col("seq", Type::Key),
        nullable("due", Type::Key),
        col("n", Type::Int),
        col("live", Type::Bool),
    ],
    key: &["owner", "seq"],
    indexes: &[],
    fillfactor: None,
};

const ROWS: &str = "INSERT INTO rm_q_things (owner, seq, due, n, live) VALUES \
    ('a', '01', '2026-03-01', 1, true), ('a', '02', NULL, 2, false), \
    ('a', '03', '2026-01-01', 3, true), ('a', '04', '2026-01-01', 4, true), \
    ('b', '01', '2026-02-01', 5, true); \
    INSERT INTO aggregate_states (category, id, version, position, state) VALUES \
    ('thing', 'a', 7, 70, '{\"s\":\"a\"}'), ('other', 'b', 1, 10, '{}');";

fn show(rows: Result<Vec<Row>, ReadModelError>) -> Vec<String> {
    match rows {
        Ok(rows) => rows
            .into_iter()
            .map(|r| {
                r.values
                    .iter()
                    .map(|v| match v {
                        Value::Null => "-".to_owned(),
                        Value::Int(n) => n.to_string(),
                        Value::Text(t) => t.clone(),
                        other => format!("{other:?}"),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect(),
        Err(e) => vec![format!("error: {e}")],
    }
}

/// Each query with the rows it must read (or its count, or the start of its error).
fn cases() -> Vec<(&'static str, Select, Vec<&'static str>)> {
    let all = || Select::from(&THINGS, &["owner", "seq", "due", "n"]);
    vec![
        (
            "a lookup by the whole key",
            all()
                .eq("owner", Value::text("a"))
                .eq("seq", Value::text("02")),
            vec!["a 02 - 2"],
        ),
        (
            "a page after a cursor, along the key",
            Select::from(&THINGS, &["seq"])
                .eq("owner", Value::text("a"))
                .order_by(&["seq"])
                .after(Some(vec![Value::text("01")]))
                .limit(2),
            vec!["02", "03"],
        ),
        (
            "a page of a non-key order ending with the key, after a composite cursor",
            Select::from(&THINGS, &["seq", "due"])
                .eq("owner", Value::text("a"))
                .not_null("due")
                .lt("due", Value::text("2026-03-01"))
                .order_by(&["due", "seq"])
                .after(Some(vec![Value::text("2026-01-01"), Value::text("03")])),
            vec!["04 2026-01-01"],
        ),
        (
            "bounds on an integer, and the state of each row's stream after its columns",
            Select::from(&THINGS, &["seq"])
                .with_state("thing")
                .le("n", Value::Int(5))
                .order_by(&["owner", "seq"]),
            vec![
                "01 7 70 {\"s\":\"a\"}",
                "02 7 70 {\"s\":\"a\"}",
                "03 7 70 {\"s\":\"a\"}",
                "04 7 70 {\"s\":\"a\"}",
            ],
        ),
        (
            "groups with their sums and counts, filtered before grouping",
            Select::from(&THINGS, &[])
                .ge("n", Value::Int(2))
                .group_by(&["owner"])
                .figure(Figure::Sum("n"))
                .figure(Figure::Rows)
                .figure(Figure::Present("due")),
            vec!["a 9 3 2", "b 5 1 1"],
        ),
        (
            "a page of groups after a cursor",
            Select::from(&THINGS, &[])
                .group_by(&["owner"])
                .figure(Figure::Rows)
                .after(Some(vec![Value::text("a")]))
                .limit(5),
            vec!["b 1"],
        ),
        (
            "figures of every row, none grouped; a sum of nothing is null",
            Select::from(&THINGS, &[])
                .eq("owner", Value::text("c"))
                .figure(Figure::Sum("n"))
                .figure(Figure::Rows),
            vec!["- 0"],
        ),
        (
            "a column the table lacks",
            Select::from(&THINGS, &["colour"]),
            vec![
                "error: read model row is damaged: a query names column colour, which rm_q_things lacks",
            ],
        ),
        (
            "a cursor that does not fit the order",
            Select::from(&THINGS, &["seq"])
                .order_by(&["seq"])
                .after(Some(vec![Value::text("a"), Value::text("01")])),
            vec!["error: a cursor of 2 values for an order of 1"],
        ),
    ]
}

/// What counting each case's filters gives: the cursor and limit left out.
fn counts() -> Vec<(Select, u64)> {
    vec![
        (Select::from(&THINGS, &["seq"]), 5),
        (
            Select::from(&THINGS, &["seq"])
                .eq("owner", Value::text("a"))
                .order_by(&["seq"])
                .after(Some(vec![Value::text("03")]))
                .limit(1),
            4,
        ),
        (
            Select::from(&THINGS, &["seq"])
                .with_state("thing")
                .not_null("due")
                .le("due", Value::text("2026-02-01")),
            3,
        ),
    ]
}

fn expected(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|l| (*l).to_owned()).collect()
}

#[test]
fn sqlite_reads_what_each_select_names() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.execute_batch(&(THINGS.sqlite_ddl() + &STATES.sqlite_ddl()))
        .unwrap();
    conn.execute_batch(&ROWS.replace("true", "1").replace("false", "0"))
        .unwrap();
    for (name, select, want) in cases() {
        assert_eq!(
            show(super::sqlite::rows(&conn, &select)),
            expected(&want),
            "{name}"
        );
    }
    for (select, n) in counts() {
        assert_eq!(
            super::sqlite::count(&conn, &select).unwrap(),
            n,
            "{select:?}"
        );
    }
    let one = super::sqlite::row(&conn, &Select::from(&THINGS, &["seq"]).order_by(&["seq"]));
    assert_eq!(show(one.map(|r| r.into_iter().collect())), ["01"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_reads_what_sqlite_reads() {
    let Some(admin) = civic_store::test_postgres::postgres_or_skip().await else {
        return;
    };
    let db = TestDb::create(&admin).await;
    let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(
        THINGS.postgres_ddl() + &STATES.postgres_ddl() + ROWS,
    ))
    .execute(&mut conn)
    .await
    .unwrap();
    for (name, select, want) in cases() {
        let got = super::postgres::rows(&mut conn, &select).await;
        assert_eq!(show(got), expected(&want), "{name}");
    }
    for (select, n) in counts() {
        let got = super::postgres::count(&mut conn, &select).await.unwrap();
        assert_eq!(got, n, "{select:?}");
    }
    let one = super::postgres::row(
        &mut conn,
        &Select::from(&THINGS, &["seq"]).order_by(&["seq"]),
    )
    .await;
    assert_eq!(show(one.map(|r| r.into_iter().collect())), ["01"]);
}
