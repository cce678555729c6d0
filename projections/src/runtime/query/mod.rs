//! Lookups and Relay pages by key over a [`TableDef`], written once for both backends: a read
//! model says which rows it wants ([`Select`]: equalities and bounds on columns, an order along
//! its key, a cursor, a limit) and decodes the [`Row`]s; each backend builds the same SQL with
//! its own placeholders and reads the values by the columns' declared types. What a backend
//! does its own way (the name search) stays a hook of that read model.

pub mod postgres;
pub mod sqlite;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use super::Value;
use super::table::{TableDef, Type};
use crate::ReadModelError;
use crate::states::STATES;

/// How a [`Select`] bounds a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Op {
    Eq,
    Lt,
    Le,
    Ge,
    NotNull,
}

/// A figure a grouped [`Select`] reads of each group, after its columns: always an integer
/// (a sum of no rows reads as null). Averages are a sum and a count divided by the caller,
/// so that both backends give the same exact answer (SQLite's AVG is a float, PostgreSQL's
/// a numeric).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    /// The sum of an integer column.
    Sum(&'static str),
    /// The number of rows.
    Rows,
    /// The number of rows where the column is not null.
    Present(&'static str),
}

/// Which rows of one table a query reads, and in which order.
#[derive(Debug, Clone)]
pub struct Select {
    table: &'static TableDef,
    columns: &'static [&'static str],
    /// The aggregate category whose stored state (version, position, state) each row is read
    /// with: the row's first key column is its stream's id.
    state_of: Option<&'static str>,
    filters: Vec<(&'static str, Op, Value)>,
    order: &'static [&'static str],
    after: Option<Vec<Value>>,
    limit: Option<usize>,
    /// Grouped: one row per distinct value of these columns (they are the columns read).
    group: &'static [&'static str],
    figures: Vec<Figure>,
}

impl Select {
    /// Reads `columns` of `table` (in that order), every row unless narrowed.
    pub fn from(table: &'static TableDef, columns: &'static [&'static str]) -> Self {
        Select {
            table,
            columns,
            state_of: None,
            filters: Vec::new(),
            order: &[],
            after: None,
            limit: None,
            group: &[],
            figures: Vec::new(),
        }
    }

    /// One row per distinct value of `columns` (the columns read, and the order of a page of
    /// groups: its cursor is the last group's values), with each [`Select::figure`] after
    /// them. Filters apply to the rows before grouping.
    pub fn group_by(mut self, columns: &'static [&'static str]) -> Self {
        self.columns = columns;
        self.group = columns;
        self.order = columns;
        self
    }

    /// A figure of each group (of every row when not grouped), read after the columns.
    pub fn figure(mut self, figure: Figure) -> Self {
        self.figures.push(figure);
        self
    }

    /// Each row with the stored state of its stream in `category`, read after its columns: its
    /// version, position and state (JSON), as [`crate::states`] keeps them.
    pub fn with_state(mut self, category: &'static str) -> Self {
        self.state_of = Some(category);
        self
    }

    pub fn eq(mut self, column: &'static str, value: Value) -> Self {
        self.filters.push((column, Op::Eq, value));
        self
    }

    pub fn lt(mut self, column: &'static str, value: Value) -> Self {
        self.filters.push((column, Op::Lt, value));
        self
    }

    pub fn le(mut self, column: &'static str, value: Value) -> Self {
        self.filters.push((column, Op::Le, value));
        self
    }

    pub fn ge(mut self, column: &'static str, value: Value) -> Self {
        self.filters.push((column, Op::Ge, value));
        self
    }

    pub fn not_null(mut self, column: &'static str) -> Self {
        self.filters.push((column, Op::NotNull, Value::Null));
        self
    }

    /// Rows in the order of these columns, ascending; for a page, they end with the key so
    /// that the order is total and a cursor names one place in it.
    pub fn order_by(mut self, columns: &'static [&'static str]) -> Self {
        self.order = columns;
        self
    }

    /// Only the rows after the one whose [`Select::order_by`] columns hold `cursor` (a page's
    /// last row): keyset paging, read along the index of those columns.
    pub fn after(mut self, cursor: Option<Vec<Value>>) -> Self {
        self.after = cursor;
        self
    }

    pub fn limit(mut self, n: usize) -> Self {
        self.limit = Some(n);
        self
    }

    fn column(&self, name: &str) -> Result<Type, ReadModelError> {
        self.table
            .position(name)
            .map(|i| self.table.columns[i].ty)
            .ok_or_else(|| {
                ReadModelError::Damaged(format!(
                    "a query names column {name}, which {} lacks",
                    self.table.name
                ))
            })
    }

    /// The columns read, qualified, with their types: the table's, then the state's.
    fn selected(&self) -> Result<Vec<(String, Type)>, ReadModelError> {
        let mut out = self
            .columns
            .iter()
            .map(|c| Ok((format!("t.{c}"), self.column(c)?)))
            .collect::<Result<Vec<_>, ReadModelError>>()?;
        for f in &self.figures {
            let sql = match f {
                // CAST: PostgreSQL sums bigints as numeric.
                Figure::Sum(c) => {
                    self.column(c)?;
                    format!("CAST(SUM(t.{c}) AS BIGINT)")
                }
                Figure::Rows => "COUNT(*)".to_owned(),
                Figure::Present(c) => {
                    self.column(c)?;
                    format!("COUNT(t.{c})")
                }
            };
            out.push((sql, Type::Int));
        }
        if self.state_of.is_some() {
            for c in ["version", "position", "state"] {
                let ty = STATES
                    .position(c)
                    .map_or(Type::Text, |i| STATES.columns[i].ty);
                out.push((format!("s.{c}"), ty));
            }
        }
        Ok(out)
    }

    /// `FROM … WHERE …` and its arguments, numbered by `placeholder` from 1; with the state
    /// and the cursor when `paged` (a count needs neither: every row has its state).
    fn source(
        &self,
        placeholder: fn(usize) -> String,
        paged: bool,
    ) -> Result<(String, Vec<Value>), ReadModelError> {
        let mut args = Vec::new();
        let arg = |v: Value, args: &mut Vec<Value>| {
            args.push(v);
            placeholder(args.len())
        };
        let mut sql = format!("FROM {} t", self.table.name);
        if paged && let Some(category) = self.state_of {
            let key = self.table.key.first().ok_or_else(|| {
                ReadModelError::Damaged(format!("{} has no key", self.table.name))
            })?;
            let p = arg(Value::text(category), &mut args);
            sql.push_str(&format!(
                " JOIN {} s ON s.category = {p} AND s.id = t.{key}",
                STATES.name
            ));
        }
        let mut clauses = Vec::new();
        for (column, op, value) in &self.filters {
            self.column(column)?;
            clauses.push(match op {
                Op::NotNull => format!("t.{column} IS NOT NULL"),
                Op::Eq => format!("t.{column} = {}", arg(value.clone(), &mut args)),
                Op::Lt => format!("t.{column} < {}", arg(value.clone(), &mut args)),
                Op::Le => format!("t.{column} <= {}", arg(value.clone(), &mut args)),
                Op::Ge => format!("t.{column} >= {}", arg(value.clone(), &mut args)),
            });
        }
        if paged && let Some(cursor) = &self.after {
            if cursor.len() != self.order.len() {
                return Err(ReadModelError::BadCursor(format!(
                    "a cursor of {} values for an order of {}",
                    cursor.len(),
                    self.order.len()
                )));
            }
            let columns: Vec<String> = self.order.iter().map(|c| format!("t.{c}")).collect();
            let values: Vec<String> = cursor.iter().map(|v| arg(v.clone(), &mut args)).collect();
            // A row value compares column by column: the rows after the cursor in the order.
            clauses.push(format!(
                "({}) > ({})",
                columns.join(", "),
                values.join(", ")
            ));
        }
        if !clauses.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&clauses.join(" AND "));
        }
        Ok((sql, args))
    }

    /// The rows' query, its arguments, and the types of the columns it reads.
    pub(crate) fn rows_sql(
        &self,
        placeholder: fn(usize) -> String,
    ) -> Result<(Arc<Statement>, Vec<Value>), ReadModelError> {
        let args = self.args(true)?;
        let statement = self.statement(false, placeholder, || {
            let (sql, _, types) = self.make_rows_sql(placeholder)?;
            Ok(Statement { sql, types })
        })?;
        Ok((statement, args))
    }

    /// How many rows the filters keep, whatever the cursor and the limit (a page's
    /// `totalCount`).
    pub(crate) fn count_sql(
        &self,
        placeholder: fn(usize) -> String,
    ) -> Result<(Arc<Statement>, Vec<Value>), ReadModelError> {
        let args = self.args(false)?;
        let statement = self.statement(true, placeholder, || {
            let (sql, _) = self.make_count_sql(placeholder)?;
            Ok(Statement {
                sql,
                types: Vec::new(),
            })
        })?;
        Ok((statement, args))
    }

    /// The arguments of the statement, in the order [`Select::source`] numbers them: they are
    /// all a request changes, so they are taken anew while the text is kept.
    fn args(&self, rows: bool) -> Result<Vec<Value>, ReadModelError> {
        let mut args = Vec::with_capacity(self.filters.len() + 3);
        if rows && let Some(category) = self.state_of {
            args.push(Value::text(category));
        }
        for (_, op, value) in &self.filters {
            if *op != Op::NotNull {
                args.push(value.clone());
            }
        }
        if rows {
            if let Some(cursor) = &self.after {
                if cursor.len() != self.order.len() {
                    return Err(ReadModelError::BadCursor(format!(
                        "a cursor of {} values for an order of {}",
                        cursor.len(),
                        self.order.len()
                    )));
                }
                args.extend(cursor.iter().cloned());
            }
            if let Some(n) = self.limit {
                args.push(Value::uint(n as u64));
            }
        }
        Ok(args)
    }

    /// The statement of this query's shape, made by `make` the first time on this thread:
    /// formatting its text anew for every request cost a few per cent of a request's work.
    fn statement(
        &self,
        count: bool,
        placeholder: fn(usize) -> String,
        make: impl FnOnce() -> Result<Statement, ReadModelError>,
    ) -> Result<Arc<Statement>, ReadModelError> {
        let shape = Shape {
            table: std::ptr::from_ref(self.table) as usize,
            columns: self.columns,
            state_of: self.state_of,
            filters: self.filters.iter().map(|(c, op, _)| (*c, *op)).collect(),
            order: self.order,
            cursor: self.after.as_ref().map(Vec::len),
            limit: self.limit.is_some(),
            group: self.group,
            figures: self.figures.clone(),
            count,
            placeholder: placeholder as usize,
        };
        if let Some(found) = STATEMENTS.with(|cell| cell.borrow().get(&shape).cloned()) {
            return Ok(found);
        }
        let made = Arc::new(make()?);
        STATEMENTS.with(|cell| {
            let mut kept = cell.borrow_mut();
            if kept.len() < SHAPES {
                kept.insert(shape, made.clone());
            }
        });
        Ok(made)
    }

    fn make_rows_sql(
        &self,
        placeholder: fn(usize) -> String,
    ) -> Result<(String, Vec<Value>, Vec<Type>), ReadModelError> {
        let selected = self.selected()?;
        let (source, mut args) = self.source(placeholder, true)?;
        let names: Vec<&str> = selected.iter().map(|(n, _)| n.as_str()).collect();
        let mut sql = format!("SELECT {} {source}", names.join(", "));
        if !self.group.is_empty() {
            let group: Vec<String> = self.group.iter().map(|c| format!("t.{c}")).collect();
            sql.push_str(&format!(" GROUP BY {}", group.join(", ")));
        }
        if !self.order.is_empty() {
            for c in self.order {
                self.column(c)?;
            }
            let order: Vec<String> = self.order.iter().map(|c| format!("t.{c}")).collect();
            sql.push_str(&format!(" ORDER BY {}", order.join(", ")));
        }
        if let Some(n) = self.limit {
            args.push(Value::uint(n as u64));
            sql.push_str(&format!(" LIMIT {}", placeholder(args.len())));
        }
        Ok((sql, args, selected.into_iter().map(|(_, t)| t).collect()))
    }

    fn make_count_sql(
        &self,
        placeholder: fn(usize) -> String,
    ) -> Result<(String, Vec<Value>), ReadModelError> {
        let (source, args) = self.source(placeholder, false)?;
        Ok((format!("SELECT COUNT(*) {source}"), args))
    }
}

/// A query's text and the types of the columns it reads, kept per shape of [`Select`].
#[derive(Debug)]
pub(crate) struct Statement {
    pub sql: String,
    pub types: Vec<Type>,
}

/// What a statement's text depends on: a [`Select`] without its values (the cursor by its
/// length), and the backend (by its placeholders).
#[derive(PartialEq, Eq, Hash)]
struct Shape {
    table: usize,
    columns: &'static [&'static str],
    state_of: Option<&'static str>,
    filters: Vec<(&'static str, Op)>,
    order: &'static [&'static str],
    cursor: Option<usize>,
    limit: bool,
    group: &'static [&'static str],
    figures: Vec<Figure>,
    count: bool,
    placeholder: usize,
}

/// Shapes kept per thread: the read models' queries have a few dozen; the bound keeps a
/// mistake from growing the map without end.
const SHAPES: usize = 1024;

thread_local! {
    static STATEMENTS: RefCell<HashMap<Shape, Arc<Statement>>> = RefCell::new(HashMap::new());
}

/// One row a [`Select`] read: its columns' values in the order it named them (then the
/// state's). Each value is taken once, by the type the read model expects of it.
#[derive(Debug, Clone)]
pub struct Row {
    table: &'static str,
    values: Vec<Value>,
}

impl Row {
    pub(crate) fn new(table: &'static str, values: Vec<Value>) -> Self {
        Row { table, values }
    }

    fn take(&mut self, i: usize) -> Value {
        self.values
            .get_mut(i)
            .map_or(Value::Null, |v| std::mem::replace(v, Value::Null))
    }

    fn damaged(&self, i: usize, wanted: &str, got: &Value) -> ReadModelError {
        ReadModelError::Damaged(format!(
            "{}: column {i} holds {got:?}, not {wanted}",
            self.table
        ))
    }

    pub fn opt_text(&mut self, i: usize) -> Result<Option<String>, ReadModelError> {
        match self.take(i) {
            Value::Text(s) => Ok(Some(s)),
            Value::Null => Ok(None),
            other => Err(self.damaged(i, "text", &other)),
        }
    }

    pub fn text(&mut self, i: usize) -> Result<String, ReadModelError> {
        self.opt_text(i)?
            .ok_or_else(|| self.damaged(i, "text", &Value::Null))
    }

    pub fn int(&mut self, i: usize) -> Result<i64, ReadModelError> {
        match self.take(i) {
            Value::Int(n) => Ok(n),
            other => Err(self.damaged(i, "an integer", &other)),
        }
    }

    pub fn uint(&mut self, i: usize) -> Result<u64, ReadModelError> {
        let n = self.int(i)?;
        u64::try_from(n).map_err(|_| self.damaged(i, "a count", &Value::Int(n)))
    }

    /// A group's key, text or integer, as text.
    pub fn key(&mut self, i: usize) -> Result<String, ReadModelError> {
        match self.take(i) {
            Value::Text(s) => Ok(s),
            Value::Int(n) => Ok(n.to_string()),
            other => Err(self.damaged(i, "a key", &other)),
        }
    }

    /// A sum of no rows reads as null: zero.
    pub fn sum(&mut self, i: usize) -> Result<i64, ReadModelError> {
        match self.take(i) {
            Value::Int(n) => Ok(n),
            Value::Null => Ok(0),
            other => Err(self.damaged(i, "a sum", &other)),
        }
    }
}

/// A keyset page of a list: its rows with their cursors, whether more follow, and how many
/// match the filters. Every list of rows read through a [`Select`] answers with one.
#[derive(Debug, Clone)]
pub struct RowsPage<T> {
    pub items: Vec<(String, T)>,
    pub has_next_page: bool,
    pub total_count: u64,
}

#[cfg(test)]
mod tests;
