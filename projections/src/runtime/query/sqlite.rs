//! [`Select`]s on SQLite: prepared once per statement text (the connection's statement cache),
//! values read as SQLite stores them.

use rusqlite::types::ValueRef;
use rusqlite::{Connection, params_from_iter};

use super::{Row, Select};
use crate::ReadModelError;
use crate::runtime::Value;

fn placeholder(n: usize) -> String {
    format!("?{n}")
}

fn value(table: &'static str, v: ValueRef<'_>) -> Result<Value, ReadModelError> {
    match v {
        ValueRef::Null => Ok(Value::Null),
        ValueRef::Integer(n) => Ok(Value::Int(n)),
        ValueRef::Text(t) => std::str::from_utf8(t)
            .map(Value::text)
            .map_err(|e| ReadModelError::Damaged(format!("{table}: text that is not UTF-8: {e}"))),
        other => Err(ReadModelError::Damaged(format!(
            "{table}: a {} where the table declares text or integers",
            other.data_type()
        ))),
    }
}

/// The rows `q` selects, in its order.
pub fn rows(conn: &Connection, q: &Select) -> Result<Vec<Row>, ReadModelError> {
    let (statement, args) = q.rows_sql(placeholder)?;
    let table = q.table.name;
    let mut stmt = conn.prepare_cached(&statement.sql)?;
    let mut found = stmt.query(params_from_iter(args.iter()))?;
    let mut out = Vec::new();
    while let Some(r) = found.next()? {
        let values = (0..statement.types.len())
            .map(|i| value(table, r.get_ref(i)?))
            .collect::<Result<Vec<_>, ReadModelError>>()?;
        out.push(Row::new(table, values));
    }
    Ok(out)
}

/// The first row `q` selects (a lookup by key reads one).
pub fn row(conn: &Connection, q: &Select) -> Result<Option<Row>, ReadModelError> {
    Ok(rows(conn, &q.clone().limit(1))?.into_iter().next())
}

/// How many rows `q`'s filters keep.
pub fn count(conn: &Connection, q: &Select) -> Result<u64, ReadModelError> {
    let (statement, args) = q.count_sql(placeholder)?;
    let n: i64 = conn
        .prepare_cached(&statement.sql)?
        .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
    Ok(n.max(0) as u64)
}
