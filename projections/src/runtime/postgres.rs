//! The PostgreSQL writer: changes grouped by table and applied with one `UNNEST` statement per
//! run, because on PostgreSQL a round trip costs more than the statement's work, and every
//! statement of an append runs while the position counter is held.
//!
//! Changes of different tables are independent (no constraint spans two tables), so grouping
//! them by table keeps the outcome of applying them in order. Within a table, a run holds changes
//! of one kind with distinct keys, and the runs apply in order; a change joins the latest run of
//! its kind unless its row was changed since, so the order of changes to one row is kept too.

use std::collections::HashMap;

use civic_store::ProjectionFailure;
use sqlx::postgres::PgArguments;
use sqlx::postgres::PgConnectOptions;
use sqlx::query::Query;
use sqlx::{AssertSqlSafe, Connection as _, PgConnection, Postgres, Row};

use super::change::{Change, Changes, Guard, Recorded, SearchIndex, Value};
use super::table::{TableDef, Type};

pub async fn create(conn: &mut PgConnection, tables: &[&TableDef]) -> Result<(), sqlx::Error> {
    for t in tables {
        sqlx::raw_sql(AssertSqlSafe(t.postgres_ddl()))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn create_indexes(
    conn: &mut PgConnection,
    tables: &[&TableDef],
) -> Result<(), sqlx::Error> {
    for t in tables {
        sqlx::raw_sql(AssertSqlSafe(t.indexes_ddl()))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn drop(conn: &mut PgConnection, tables: &[&TableDef]) -> Result<(), sqlx::Error> {
    for t in tables {
        sqlx::raw_sql(AssertSqlSafe(t.drop_sql()))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Upsert,
    Guarded,
    Delete,
    Add,
    Search,
}

/// The changes of one run, as resolved rows.
struct Run<'a> {
    table: &'static TableDef,
    kind: Kind,
    rows: Vec<Vec<Value>>,
    keys: Vec<Vec<Value>>,
    /// Where each key's row is in `rows` (a rebuild's page makes runs of thousands of rows).
    row_of: HashMap<Vec<Value>, usize>,
    /// Of a guarded run: each row's guard, whose failure names the row's own key.
    guards: Vec<&'a Guard>,
    /// Delete: the condition column; Add: the counted column.
    column: Option<&'static str>,
}

impl<'a> Run<'a> {
    fn push(&mut self, key: Vec<Value>, row: Vec<Value>, guard: Option<&'a Guard>) {
        self.row_of.insert(key.clone(), self.rows.len());
        self.rows.push(row);
        self.keys.push(key);
        self.guards.extend(guard);
    }
}

fn key_of(t: &TableDef, row: &[Value]) -> Vec<Value> {
    t.key_positions().map(|i| row[i].clone()).collect()
}

fn table_of(change: &Change) -> &'static str {
    match change {
        Change::Upsert { table, .. } | Change::Delete { table, .. } | Change::Add { table, .. } => {
            table.name
        }
        // Its own group, after the rows' (a row's upsert always comes before its entry, so the
        // rows' group is met first): alternating with the rows' upserts, each would be a run of
        // one, two statements per organisation in a rebuild.
        Change::Search {
            index: SearchIndex::OrganisationName,
            ..
        } => "rm_organisations (search)",
    }
}

/// Applies `changes`; each entry is the changes of one append with the events it recorded.
pub async fn apply(
    conn: &mut PgConnection,
    batches: &[(Changes, Recorded)],
) -> Result<(), ProjectionFailure> {
    apply_then(conn, batches, None).await
}

/// Applies `changes` and, when given, moves every projector's checkpoint to `checkpoint` in
/// the same round trip.
///
/// Runs of different tables go into one statement as data-modifying CTEs: they are independent
/// (no constraint spans two tables), and every statement costs a round trip under the position
/// counter. Only a table's next run, which may touch rows its previous run wrote (a CTE does not
/// see another's writes), waits for the next statement.
async fn apply_then(
    conn: &mut PgConnection,
    batches: &[(Changes, Recorded)],
    checkpoint: Option<u64>,
) -> Result<(), ProjectionFailure> {
    // Tables in the order they are first changed; each table's changes in order.
    let mut tables: Vec<(&'static str, Vec<(&Change, &Recorded)>)> = Vec::new();
    for (changes, recorded) in batches {
        for change in &changes.0 {
            let name = table_of(change);
            match tables.iter_mut().find(|(n, _)| *n == name) {
                Some((_, list)) => list.push((change, recorded)),
                None => tables.push((name, vec![(change, recorded)])),
            }
        }
    }
    // Tables in name order, not in the order the batch first met them: runs of different
    // tables are independent, and a fixed order makes a batch of the same tables the same
    // statement text, which the connection's statement cache has parsed and planned before
    // (planning these per-batch statements was ~5 % of the server's CPU at W1-pg@64).
    tables.sort_by_key(|(name, _)| *name);
    let mut placed: Vec<Run> = Vec::new();
    for (_, list) in tables {
        // The table's runs in the order they apply. A change joins the latest run of its kind
        // when that run comes after every run that changed its row, else starts a new one:
        // rows are addressed by their key alone and no index but the key is unique, so changes
        // of different rows commute and only the order of one row's changes must be kept. (A
        // run per change of kind, as before, made a rebuild's page of organisations' rows and
        // search entries about 800 statements.)
        let mut runs: Vec<Run> = Vec::new();
        let mut last_run_of: HashMap<Vec<Value>, usize> = HashMap::new();
        let mut latest_of: HashMap<(Kind, Option<&'static str>), usize> = HashMap::new();
        for (change, recorded) in list {
            let (table, kind, row, key, guard, column) = match change {
                Change::Upsert {
                    table, row, guard, ..
                } => {
                    let row = resolve(row, recorded)?;
                    let key = key_of(table, &row);
                    let kind = if guard.is_some() {
                        Kind::Guarded
                    } else {
                        Kind::Upsert
                    };
                    (
                        *table,
                        kind,
                        row,
                        key,
                        guard.as_ref(),
                        guard.as_ref().map(|g| g.column),
                    )
                }
                Change::Delete {
                    table,
                    key,
                    only_if,
                } => {
                    let key = resolve(key, recorded)?;
                    let mut row = key.clone();
                    if let Some((_, v)) = only_if {
                        row.push(v.resolved(recorded)?);
                    }
                    (
                        *table,
                        Kind::Delete,
                        row,
                        key,
                        None,
                        only_if.as_ref().map(|(c, _)| *c),
                    )
                }
                Change::Add {
                    table,
                    key,
                    column,
                    delta,
                } => {
                    let key = resolve(key, recorded)?;
                    let mut row = key.clone();
                    row.push(Value::Int(*delta));
                    (*table, Kind::Add, row, key, None, Some(*column))
                }
                Change::Search { id, new, .. } => {
                    let grams = new
                        .as_deref()
                        .map(|n| crate::organisations::name_grams(n).join(GRAM_SEPARATOR));
                    let row = vec![Value::text(id.clone()), Value::opt_text(grams)];
                    let key = vec![Value::text(id.clone())];
                    (
                        &crate::organisations::TABLE,
                        Kind::Search,
                        row,
                        key,
                        None,
                        None,
                    )
                }
            };
            let touched = last_run_of.get(&key).copied();
            let latest = latest_of.get(&(kind, column)).copied();
            if let Some(r) = latest {
                if touched == Some(r) {
                    let i = runs[r].row_of[&key];
                    match kind {
                        // Counters commute: a key met again in a run of additions adds to
                        // its row.
                        Kind::Add => {
                            if let (Some(Value::Int(sum)), Some(Value::Int(delta))) =
                                (runs[r].rows[i].last_mut(), row.last())
                            {
                                *sum += delta;
                            }
                            continue;
                        }
                        // A whole row written again replaces the run's earlier one, as its
                        // upsert would have.
                        Kind::Upsert => {
                            runs[r].rows[i] = row;
                            continue;
                        }
                        // A guard checks against the rows before it; a delete's condition and
                        // a search entry too.
                        Kind::Guarded | Kind::Delete | Kind::Search => {}
                    }
                } else if touched.is_none_or(|t| t < r) {
                    runs[r].push(key.clone(), row, guard);
                    last_run_of.insert(key, r);
                    continue;
                }
            }
            let mut run = Run {
                table,
                kind,
                rows: Vec::new(),
                keys: Vec::new(),
                row_of: HashMap::new(),
                guards: Vec::new(),
                column,
            };
            run.push(key.clone(), row, guard);
            runs.push(run);
            let r = runs.len() - 1;
            last_run_of.insert(key, r);
            latest_of.insert((kind, column), r);
        }
        placed.extend(runs);
    }
    // statements[k]: the k-th run of every table, so a table's runs stay in order.
    let mut statements: Vec<Vec<Run>> = Vec::new();
    let mut last_of: Vec<(&'static str, usize)> = Vec::new();
    for r in placed {
        let wave = last_of
            .iter()
            .find(|(t, _)| *t == r.table.name)
            .map_or(0, |(_, k)| k + 1);
        match last_of.iter_mut().find(|(t, _)| *t == r.table.name) {
            Some(entry) => entry.1 = wave,
            None => last_of.push((r.table.name, wave)),
        }
        while statements.len() <= wave {
            statements.push(Vec::new());
        }
        statements[wave].push(r);
    }
    if statements.is_empty() {
        if let Some(position) = checkpoint {
            execute(conn, Vec::new(), Some(position)).await?;
        }
        return Ok(());
    }
    let last = statements.len() - 1;
    for (k, runs) in statements.into_iter().enumerate() {
        execute(conn, runs, checkpoint.filter(|_| k == last)).await?;
    }
    Ok(())
}

/// Bigrams travel joined by a character no name can hold (control characters are refused).
const GRAM_SEPARATOR: &str = "\u{1f}";

fn resolve(values: &[Value], recorded: &Recorded) -> Result<Vec<Value>, ProjectionFailure> {
    values.iter().map(|v| v.resolved(recorded)).collect()
}

fn cast(ty: Type) -> &'static str {
    match ty {
        Type::Key | Type::Text => "text[]",
        Type::Int => "bigint[]",
        Type::Bool => "boolean[]",
    }
}

/// Binds column `i` of every row as one array of the column's type.
fn bind_column<'q>(
    q: Query<'q, Postgres, PgArguments>,
    ty: Type,
    rows: &[Vec<Value>],
    i: usize,
) -> Query<'q, Postgres, PgArguments> {
    match ty {
        Type::Key | Type::Text => q.bind(
            rows.iter()
                .map(|r| match &r[i] {
                    Value::Text(s) => Some(s.clone()),
                    Value::Int(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect::<Vec<Option<String>>>(),
        ),
        Type::Int => q.bind(
            rows.iter()
                .map(|r| match &r[i] {
                    Value::Int(n) => Some(*n),
                    Value::Bool(b) => Some(i64::from(*b)),
                    _ => None,
                })
                .collect::<Vec<Option<i64>>>(),
        ),
        Type::Bool => q.bind(
            rows.iter()
                .map(|r| match &r[i] {
                    Value::Bool(b) => Some(*b),
                    Value::Int(n) => Some(*n != 0),
                    _ => None,
                })
                .collect::<Vec<Option<bool>>>(),
        ),
    }
}

/// A key value as text, to compare with the keys a statement returned.
fn as_text(v: &Value) -> String {
    match v {
        Value::Text(s) => s.clone(),
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

fn column_type(t: &TableDef, name: &str) -> Type {
    t.position(name).map_or(Type::Text, |i| t.columns[i].ty)
}

/// One run's statement, its parameters numbered from `$base + 1`, and how many it takes. A
/// guarded upsert returns the keys it wrote.
fn statement(run: &Run<'_>, base: usize) -> (String, usize) {
    let t = run.table;
    let n = |i: usize| format!("${}", base + i + 1);
    match run.kind {
        Kind::Upsert | Kind::Guarded => {
            let names: Vec<&str> = t.columns.iter().map(|c| c.name).collect();
            let arrays: Vec<String> = t
                .columns
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{}::{}", n(i), cast(c.ty)))
                .collect();
            let set: Vec<String> = t
                .columns
                .iter()
                .enumerate()
                .filter(|(i, _)| !t.is_key(*i))
                .map(|(_, c)| format!("{0} = excluded.{0}", c.name))
                .collect();
            let mut sql = format!(
                "INSERT INTO {0} ({1}) SELECT * FROM UNNEST({2}) ON CONFLICT ({3}) ",
                t.name,
                names.join(", "),
                arrays.join(", "),
                t.key.join(", ")
            );
            if set.is_empty() {
                sql.push_str("DO NOTHING");
            } else {
                sql.push_str(&format!("DO UPDATE SET {}", set.join(", ")));
            }
            if let Some(g) = run.guards.first() {
                let keys: Vec<String> = t.key.iter().map(|k| format!("{k}::text")).collect();
                sql.push_str(&format!(
                    " WHERE {0}.{1} = excluded.{1} RETURNING ARRAY[{2}]",
                    t.name,
                    g.column,
                    keys.join(", ")
                ));
            }
            (sql, t.columns.len())
        }
        Kind::Delete => {
            let mut arrays: Vec<String> = t
                .key
                .iter()
                .enumerate()
                .map(|(i, k)| format!("{}::{}", n(i), cast(column_type(t, k))))
                .collect();
            let mut cols: Vec<&str> = t.key.to_vec();
            if let Some(c) = run.column {
                arrays.push(format!("{}::{}", n(t.key.len()), cast(column_type(t, c))));
                cols.push(c);
            }
            let aliases: Vec<String> = (0..cols.len()).map(|i| format!("u{i}")).collect();
            let matches: Vec<String> = cols
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{}.{c} = u.u{i}", t.name))
                .collect();
            let sql = format!(
                "DELETE FROM {0} USING UNNEST({1}) AS u({2}) WHERE {3}",
                t.name,
                arrays.join(", "),
                aliases.join(", "),
                matches.join(" AND ")
            );
            (sql, cols.len())
        }
        Kind::Add => {
            let column = run.column.unwrap_or("n");
            let mut arrays: Vec<String> = t
                .key
                .iter()
                .enumerate()
                .map(|(i, k)| format!("{}::{}", n(i), cast(column_type(t, k))))
                .collect();
            arrays.push(format!("{}::bigint[]", n(t.key.len())));
            let sql = format!(
                "INSERT INTO {0} ({1}, {column}) SELECT * FROM UNNEST({2}) \
                 ON CONFLICT ({1}) DO UPDATE SET {column} = {0}.{column} + excluded.{column}",
                t.name,
                t.key.join(", "),
                arrays.join(", ")
            );
            (sql, t.key.len() + 1)
        }
        Kind::Search => {
            let sql = format!(
                "UPDATE {0} o SET grams = COALESCE(string_to_array(u.g, E'\\x1f'), '{{}}') \
                 FROM UNNEST({1}::text[], {2}::text[]) AS u(id, g) WHERE o.id = u.id",
                t.name,
                n(0),
                n(1)
            );
            (sql, 2)
        }
    }
}

/// Binds a run's parameters, in the order [`statement`] numbered them.
fn bind_run<'q>(
    mut q: Query<'q, Postgres, PgArguments>,
    run: &Run<'_>,
) -> Query<'q, Postgres, PgArguments> {
    let t = run.table;
    match run.kind {
        Kind::Upsert | Kind::Guarded => {
            for (i, c) in t.columns.iter().enumerate() {
                q = bind_column(q, c.ty, &run.rows, i);
            }
        }
        Kind::Delete => {
            let mut cols: Vec<&str> = t.key.to_vec();
            cols.extend(run.column);
            for (i, c) in cols.iter().enumerate() {
                q = bind_column(q, column_type(t, c), &run.rows, i);
            }
        }
        Kind::Add => {
            for (i, k) in t.key.iter().enumerate() {
                q = bind_column(q, column_type(t, k), &run.rows, i);
            }
            q = bind_column(q, Type::Int, &run.rows, t.key.len());
        }
        Kind::Search => {
            q = bind_column(q, Type::Text, &run.rows, 0);
            q = bind_column(q, Type::Text, &run.rows, 1);
        }
    }
    q
}

/// Runs of different tables, and the checkpoint's move, as one statement: each a
/// data-modifying CTE (PostgreSQL runs every one to completion whether or not it is read),
/// the guarded ones' written keys returned, tagged with the run's index.
async fn execute(
    conn: &mut PgConnection,
    runs: Vec<Run<'_>>,
    checkpoint: Option<u64>,
) -> Result<(), ProjectionFailure> {
    let mut ctes = Vec::with_capacity(runs.len() + 1);
    let mut returned = Vec::new();
    let mut params = 0;
    for (j, run) in runs.iter().enumerate() {
        let (sql, taken) = statement(run, params);
        params += taken;
        ctes.push(format!("c{j} AS ({sql})"));
        if !run.guards.is_empty() {
            returned.push(format!("SELECT {j}, * FROM c{j}"));
        }
    }
    if checkpoint.is_some() {
        ctes.push(format!(
            "checkpoint AS (UPDATE read_model_checkpoint SET position = ${})",
            params + 1
        ));
    }
    if returned.is_empty() {
        returned.push("SELECT 0, ARRAY[]::text[] WHERE false".to_owned());
    }
    let sql = format!("WITH {} {}", ctes.join(", "), returned.join(" UNION ALL "));
    let mut q = sqlx::query(AssertSqlSafe(sql));
    for run in &runs {
        q = bind_run(q, run);
    }
    if let Some(position) = checkpoint {
        q = q.bind(position as i64);
    }
    let written = q.fetch_all(&mut *conn).await?;
    if written.len() == runs.iter().map(|r| r.guards.len()).sum::<usize>() {
        return Ok(());
    }
    let mut by_run: Vec<Vec<Vec<String>>> = vec![Vec::new(); runs.len()];
    for row in &written {
        let j: i32 = row.try_get(0)?;
        let key: Vec<String> = row.try_get(1)?;
        if let Some(keys) = by_run.get_mut(j as usize) {
            keys.push(key);
        }
    }
    for (run, written) in runs.iter().zip(&by_run) {
        let refused = run
            .keys
            .iter()
            .zip(&run.guards)
            .find(|(key, _)| !written.contains(&key.iter().map(as_text).collect()));
        if let Some((_, g)) = refused {
            return Err(g.failure.clone());
        }
    }
    Ok(())
}

const CHECKPOINTS: &str = "CREATE TABLE IF NOT EXISTS read_model_checkpoint (
    name text PRIMARY KEY, version bigint NOT NULL, position bigint NOT NULL)";

fn store_failure(e: civic_store::StoreError) -> ProjectionFailure {
    ProjectionFailure {
        rule: None,
        message: format!("read models: {e}"),
    }
}

/// Brings every projector up to the log's head, rebuilding those whose version changed (see
/// the SQLite twin's `setup`); runs in the store's catch-up transaction, under the position
/// counter's lock, so servers of different versions starting at once rebuild one after the
/// other. Returns the head and whether anything was rebuilt.
pub(crate) async fn setup(
    conn: &mut PgConnection,
    server: &PgConnectOptions,
    registry: &super::Registry,
) -> Result<(u64, bool), ProjectionFailure> {
    sqlx::raw_sql(CHECKPOINTS).execute(&mut *conn).await?;
    let legacy = sqlx::query("DELETE FROM read_model_checkpoint WHERE name = 'ledger'")
        .execute(&mut *conn)
        .await?;
    if legacy.rows_affected() > 0 {
        sqlx::raw_sql("DROP TABLE IF EXISTS rm_snapshots")
            .execute(&mut *conn)
            .await?;
    }
    let head = civic_store::postgres::head_on(conn)
        .await
        .map_err(store_failure)?;
    let stored: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT name, version, position FROM read_model_checkpoint")
            .fetch_all(&mut *conn)
            .await?;
    let outdated = super::outdated(registry, &stored, head);
    if outdated.is_empty() {
        return Ok((head, false));
    }
    for p in &outdated {
        tracing::info!(
            projector = p.name,
            version = p.version,
            "rebuilding a read model from the log"
        );
        drop(conn, p.tables).await?;
        create(conn, p.tables).await?;
        for index in p.search {
            match index {
                SearchIndex::OrganisationName => {
                    sqlx::raw_sql(crate::organisations::postgres::SEARCH_CREATE)
                        .execute(&mut *conn)
                        .await?;
                }
            }
        }
    }
    let chosen: Vec<&str> = outdated.iter().map(|p| p.name).collect();
    let mut log = PgConnection::connect_with(server).await?;
    let rebuilt = rebuild(conn, &mut log, registry, &chosen).await;
    // Closed politely either way (a dropped connection is only cut).
    let _ = log.close().await;
    rebuilt?;
    for p in &outdated {
        create_indexes(conn, p.tables).await?;
        for index in p.search {
            match index {
                SearchIndex::OrganisationName => {
                    sqlx::raw_sql(crate::organisations::postgres::SEARCH_INDEX)
                        .execute(&mut *conn)
                        .await?;
                }
            }
        }
        sqlx::query(
            "INSERT INTO read_model_checkpoint (name, version, position) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position",
        )
        .bind(p.name)
        .bind(p.version)
        .bind(head as i64)
        .execute(&mut *conn)
        .await?;
    }
    // Fresh tables have no statistics: the planner would scan whole tables for a page of 20.
    for t in registry.tables() {
        sqlx::raw_sql(AssertSqlSafe(format!("ANALYZE {}", t.name)))
            .execute(&mut *conn)
            .await?;
    }
    Ok((head, true))
}

async fn rebuild(
    conn: &mut PgConnection,
    log: &mut PgConnection,
    registry: &super::Registry,
    chosen: &[&str],
) -> Result<(), ProjectionFailure> {
    for kind in registry.kinds() {
        let Some(mut fold) = super::RebuildFold::new(kind, chosen) else {
            continue;
        };
        let category = fold.category();
        // The next page is read on a connection of its own and folded while this page's rows
        // are written: reading the log stream by stream and writing the rows took about as
        // long as each other (5.6 s and 9.1 s of W2-pg's 19 s), one after the other.
        let mut next = read_and_fold(log, &mut fold, category, None).await?;
        while let Some((changes, recorded, after)) = next {
            let page = [(changes, recorded)];
            let (written, read) = futures::join!(
                apply(conn, &page),
                read_and_fold(log, &mut fold, category, Some(after))
            );
            written?;
            next = read?;
        }
        apply(conn, &[(fold.finish()?, Recorded::default())]).await?;
    }
    Ok(())
}

/// The next page of `category`'s streams after `after`, folded, with where it ends; `None` at
/// the end of the log.
async fn read_and_fold(
    log: &mut PgConnection,
    fold: &mut super::RebuildFold<'_>,
    category: &str,
    after: Option<(String, u64)>,
) -> Result<Option<(Changes, Recorded, (String, u64))>, ProjectionFailure> {
    let page = civic_store::postgres::read_category(
        log,
        category,
        after.as_ref().map(|(s, v)| (s.as_str(), *v)),
        super::REBUILD_PAGE,
    )
    .await
    .map_err(store_failure)?;
    let Some(last) = page.last() else {
        return Ok(None);
    };
    let after = (last.stream.clone(), last.version);
    let (changes, recorded) = fold.page(&page)?;
    Ok(Some((changes, recorded, after)))
}

/// The prepared changes of a batch's appends, without the tables already written before its
/// positions were taken: what [`project_pending`] leaves for [`finish_pending`].
pub(crate) struct Remainder(Vec<super::handoff::Prepared>);

/// Whether `change` can only be written once its append's events have positions: it holds a
/// placeholder for one, or it adds to a counter (a row that every append may share: written
/// before the counter is taken, it would make the next batch wait for this one's commit
/// before it can take the counter).
fn needs_positions(change: &Change) -> bool {
    match change {
        Change::Upsert { row, .. } => row.iter().any(Value::is_placeholder),
        Change::Delete { key, only_if, .. } => {
            key.iter().any(Value::is_placeholder)
                || only_if.as_ref().is_some_and(|(_, v)| v.is_placeholder())
        }
        Change::Add { .. } => true,
        Change::Search { .. } => false,
    }
}

/// Writes, before the position counter is taken, the tables of a batch's prepared changes
/// that need no position (see [`needs_positions`]: a table goes early only if none of its
/// changes in the batch does, so each table's changes stay in order). Only when every append
/// of the batch was prepared by this process's handler; otherwise nothing is written and
/// [`project`] does all of it under the counter.
///
/// What goes early is the rows of the appends' own streams (read-model rows keyed by the
/// stream, locked with it) and claims; everything written after the counter (the state
/// store, command outcomes, counters, the checkpoint) stays after it. So a transaction that
/// holds the counter never waits for a row that a transaction waiting for the counter holds.
pub(crate) async fn project_pending(
    conn: &mut PgConnection,
    handoff: &super::Handoff,
    appends: &[civic_store::postgres::Pending<'_>],
) -> Result<Option<Remainder>, ProjectionFailure> {
    let mut prepared = Vec::with_capacity(appends.len());
    for a in appends {
        let Some(first) = a.events.first() else {
            return Ok(None);
        };
        match handoff.planned(first.id, a.stream, a.first_version, a.events.len()) {
            Some(p) => prepared.push(p),
            None => return Ok(None),
        }
    }
    let late: std::collections::HashSet<&'static str> = prepared
        .iter()
        .flat_map(|p| &p.changes.0)
        .filter(|c| needs_positions(c))
        .map(table_of)
        .collect();
    let mut early = Vec::with_capacity(prepared.len());
    for p in &mut prepared {
        let (rest, now): (Vec<Change>, Vec<Change>) = std::mem::take(&mut p.changes.0)
            .into_iter()
            .partition(|c| late.contains(table_of(c)));
        p.changes = Changes(rest);
        early.push((Changes(now), Recorded::default()));
    }
    apply(conn, &early).await?;
    Ok(Some(Remainder(prepared)))
}

/// The rest of a batch after [`project_pending`], and the checkpoint's move, once its events
/// (`events`, in position order) have positions.
pub(crate) async fn finish_pending(
    conn: &mut PgConnection,
    remainder: Remainder,
    events: &[civic_store::RecordedEvent],
) -> Result<(), ProjectionFailure> {
    let mut batches = Vec::with_capacity(remainder.0.len());
    let mut i = 0;
    for p in remainder.0 {
        let run = events
            .get(i..i + p.events)
            .filter(|run| p.landed(run))
            .ok_or_else(|| ProjectionFailure {
                rule: None,
                message: "a batch's events did not land where its projection was written".into(),
            })?;
        i += p.events;
        batches.push((p.changes, Recorded::of(run)));
    }
    if i != events.len() {
        return Err(ProjectionFailure {
            rule: None,
            message: "a batch recorded events its projection was not written for".into(),
        });
    }
    apply_then(conn, &batches, events.last().map(|e| e.position)).await
}

/// Projects appended (or imported) events, several appends at once (their changes applied
/// together, one statement per table and run): each append's changes as the command handler
/// prepared them when it did, else decoded from the log and folded from the stored state.
pub(crate) async fn project(
    conn: &mut PgConnection,
    registry: &super::Registry,
    handoff: &super::Handoff,
    events: &[civic_store::RecordedEvent],
) -> Result<(), ProjectionFailure> {
    let mut batches: Vec<(Changes, Recorded)> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        match registry.next(handoff, &events[i..]) {
            super::Next::Prepared(prepared, n) => {
                batches.push((prepared.changes, Recorded::of(&events[i..i + n])));
                i += n;
            }
            super::Next::Fold(kind, run) => {
                // What was prepared but not yet written may hold this stream's state.
                apply(conn, &batches).await?;
                batches.clear();
                let before: Option<(i64, String)> = sqlx::query_as(
                    "SELECT version, state FROM aggregate_states WHERE category = $1 AND id = $2",
                )
                .bind(kind.category())
                .bind(super::stream_id(&run[0].stream))
                .fetch_optional(&mut *conn)
                .await?;
                let before = before.as_ref().map(|(v, s)| (*v as u64, s.as_str()));
                batches.push((super::fold_run(kind, before, run)?, Recorded::of(run)));
                i += run.len();
            }
            super::Next::Skip(n) => i += n,
        }
    }
    apply_then(conn, &batches, events.last().map(|e| e.position)).await
}
