//! [`Select`]s on PostgreSQL: each value bound and read as the type its column is declared
//! with ([`Type`]), so that the same [`Select`] reads the same [`Row`]s as on SQLite.

use sqlx::postgres::{PgArguments, PgRow};
use sqlx::query::Query;
use sqlx::{AssertSqlSafe, PgConnection, Postgres, Row as _};

use super::{Row, Select};
use crate::ReadModelError;
use crate::runtime::Value;
use crate::runtime::table::Type;

fn placeholder(n: usize) -> String {
    format!("${n}")
}

fn bind<'q>(
    q: Query<'q, Postgres, PgArguments>,
    v: &Value,
) -> Result<Query<'q, Postgres, PgArguments>, ReadModelError> {
    Ok(match v {
        Value::Null => q.bind(None::<String>),
        Value::Int(n) => q.bind(*n),
        Value::Text(s) => q.bind(s.clone()),
        Value::Bool(b) => q.bind(*b),
        Value::PositionOf(_) | Value::RecordedAtOf(_) => {
            return Err(ReadModelError::Damaged(
                "a query compares a column with a position not yet recorded".to_owned(),
            ));
        }
    })
}

fn value(r: &PgRow, i: usize, ty: Type) -> Result<Value, sqlx::Error> {
    Ok(match ty {
        Type::Key | Type::Text => Value::opt_text(r.try_get::<Option<String>, _>(i)?),
        Type::Int => r
            .try_get::<Option<i64>, _>(i)?
            .map_or(Value::Null, Value::Int),
        Type::Bool => r
            .try_get::<Option<bool>, _>(i)?
            .map_or(Value::Null, Value::Bool),
    })
}

/// The rows `q` selects, in its order.
pub async fn rows(conn: &mut PgConnection, q: &Select) -> Result<Vec<Row>, ReadModelError> {
    let (statement, args) = q.rows_sql(placeholder)?;
    let types = &statement.types;
    let mut query = sqlx::query(AssertSqlSafe(statement.sql.clone()));
    for a in &args {
        query = bind(query, a)?;
    }
    let table = q.table.name;
    query
        .fetch_all(conn)
        .await?
        .iter()
        .map(|r| {
            let values = types
                .iter()
                .enumerate()
                .map(|(i, ty)| value(r, i, *ty))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Row::new(table, values))
        })
        .collect()
}

/// The first row `q` selects (a lookup by key reads one).
pub async fn row(conn: &mut PgConnection, q: &Select) -> Result<Option<Row>, ReadModelError> {
    Ok(rows(conn, &q.clone().limit(1)).await?.into_iter().next())
}

/// How many rows `q`'s filters keep.
pub async fn count(conn: &mut PgConnection, q: &Select) -> Result<u64, ReadModelError> {
    let (statement, args) = q.count_sql(placeholder)?;
    let mut query = sqlx::query(AssertSqlSafe(statement.sql.clone()));
    for a in &args {
        query = bind(query, a)?;
    }
    let n: i64 = query.fetch_one(conn).await?.try_get(0)?;
    Ok(n.max(0) as u64)
}
