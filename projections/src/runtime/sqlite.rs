//! The SQLite writer: every change as a prepared (and cached) statement on the writer's
//! connection, inside the append's transaction.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::mpsc;

use civic_store::sqlite::Later;
use civic_store::{ProjectionFailure, StoredRow};
use rusqlite::types::{ToSqlOutput, Value as SqlValue, ValueRef};
use rusqlite::{Connection, OptionalExtension, ToSql};

use super::change::{Change, Changes, Recorded, SearchIndex, Value};
use super::table::TableDef;

impl ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::Owned(SqlValue::Null),
            Value::Int(n) => ToSqlOutput::Owned(SqlValue::Integer(*n)),
            Value::Bool(b) => ToSqlOutput::Owned(SqlValue::Integer(i64::from(*b))),
            Value::Text(s) => ToSqlOutput::Borrowed(rusqlite::types::ValueRef::Text(s.as_bytes())),
            Value::PositionOf(_) | Value::RecordedAtOf(_) => {
                return Err(rusqlite::Error::ToSqlConversionFailure(
                    "an unresolved placeholder reached the database".into(),
                ));
            }
        })
    }
}

/// Statements kept prepared on the writer's connection: one per table and shape of change.
pub const STATEMENT_CACHE: usize = 256;

/// Creates the tables, without their secondary indexes ([`create_indexes`]).
pub fn create(conn: &Connection, tables: &[&TableDef]) -> rusqlite::Result<()> {
    for t in tables {
        conn.execute_batch(&t.sqlite_ddl())?;
    }
    Ok(())
}

pub fn create_indexes(conn: &Connection, tables: &[&TableDef]) -> rusqlite::Result<()> {
    for t in tables {
        conn.execute_batch(&t.indexes_ddl())?;
    }
    Ok(())
}

pub fn drop(conn: &Connection, tables: &[&TableDef]) -> rusqlite::Result<()> {
    for t in tables {
        conn.execute_batch(&t.drop_sql())?;
    }
    Ok(())
}

/// A value bound as it is, its placeholder (if it is one) read from `recorded`: binding by
/// reference spares a copy of every text (a stored state is a few KiB of JSON) per row.
struct Bound<'a> {
    value: &'a Value,
    recorded: &'a Recorded,
}

impl ToSql for Bound<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        match self.value {
            Value::PositionOf(_) | Value::RecordedAtOf(_) => {
                // [`check`] ran first: a failure here is the same mistake, caught again.
                let resolved = self
                    .value
                    .resolved(self.recorded)
                    .map_err(|f| rusqlite::Error::ToSqlConversionFailure(f.message.into()))?;
                match resolved {
                    Value::Int(n) => Ok(ToSqlOutput::Owned(SqlValue::Integer(n))),
                    _ => Err(rusqlite::Error::ToSqlConversionFailure(
                        "a placeholder resolved to a value that is not an integer".into(),
                    )),
                }
            }
            Value::Text(s) => Ok(ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes()))),
            other => other.to_sql(),
        }
    }
}

/// Checks that every placeholder of `values` names an event of `recorded` (the failure a
/// projector's mistake gets), before they are bound by reference.
fn check(values: &[Value], recorded: &Recorded) -> Result<(), ProjectionFailure> {
    for v in values {
        if v.is_placeholder() {
            v.resolved(recorded)?;
        }
    }
    Ok(())
}

fn bound<'a>(
    values: impl IntoIterator<Item = &'a Value>,
    recorded: &'a Recorded,
) -> Vec<Bound<'a>> {
    values
        .into_iter()
        .map(|value| Bound { value, recorded })
        .collect()
}

/// The shape of a statement the writer makes for a table: with the table, all its text
/// depends on.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Shape {
    Upsert {
        guard: Option<&'static str>,
    },
    Delete {
        only_if: Option<&'static str>,
    },
    Add {
        column: &'static str,
    },
    /// An update of the columns whose bits are set.
    Update {
        changed: u64,
    },
}

/// Statement texts kept per thread (the writer's): a bound on them, though tables and shapes
/// are few, so that no mistake can grow it without end.
const TEXTS: usize = 1024;

thread_local! {
    static STATEMENTS: RefCell<HashMap<(usize, Shape), std::rc::Rc<str>>> =
        RefCell::new(HashMap::new());
}

/// The text of the statement of `shape` on `table`, made by `make` the first time: formatting
/// it anew for every row cost more than the prepared statement's lookup.
fn statement(
    table: &'static TableDef,
    shape: Shape,
    make: impl FnOnce() -> String,
) -> std::rc::Rc<str> {
    let key = (std::ptr::from_ref(table) as usize, shape);
    STATEMENTS.with(|cell| {
        if let Some(sql) = cell.borrow().get(&key) {
            return sql.clone();
        }
        let sql: std::rc::Rc<str> = make().into();
        let mut texts = cell.borrow_mut();
        if texts.len() < TEXTS {
            texts.insert(key, sql.clone());
        }
        sql
    })
}

fn key_clause(t: &TableDef, first_param: usize) -> String {
    t.key
        .iter()
        .enumerate()
        .map(|(i, k)| format!("{k} = ?{}", first_param + i))
        .collect::<Vec<_>>()
        .join(" AND ")
}

fn upsert_sql(t: &TableDef, guard: Option<&str>) -> String {
    let names: Vec<&str> = t.columns.iter().map(|c| c.name).collect();
    let params: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    let set: Vec<String> = t
        .columns
        .iter()
        .enumerate()
        .filter(|(i, _)| !t.is_key(*i))
        .map(|(_, c)| format!("{0} = excluded.{0}", c.name))
        .collect();
    let on_conflict = if set.is_empty() {
        "DO NOTHING".to_owned()
    } else {
        let mut s = format!("DO UPDATE SET {}", set.join(", "));
        if let Some(g) = guard {
            s.push_str(&format!(" WHERE {0}.{g} = excluded.{g}", t.name));
        }
        s
    };
    format!(
        "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) {on_conflict}",
        t.name,
        names.join(", "),
        params.join(", "),
        t.key.join(", ")
    )
}

/// Applies `changes` in order; placeholders stand for the events in `recorded`.
pub fn apply(
    conn: &Connection,
    changes: &Changes,
    recorded: &Recorded,
) -> Result<(), ProjectionFailure> {
    apply_with(conn, changes, recorded, SearchWrites::Now)
}

/// When the search index's writes are made. FTS5 writes what it holds in memory out as a new
/// segment at every savepoint that follows a write to it, and SQLite opens one for each
/// statement that may have to undo part of itself (every upsert): written between the other
/// changes, the index got a segment (and soon a merge) per append, or per row of a rebuild.
enum SearchWrites<'a> {
    Now,
    /// At the end of the append's transaction, once every append of the batch is written
    /// (nothing reads the index before the commit).
    Later(&'a mut Later),
    /// Not at all: a rebuild fills the index from the rebuilt rows in one statement.
    Skip,
}

fn apply_with(
    conn: &Connection,
    changes: &Changes,
    recorded: &Recorded,
    mut search: SearchWrites<'_>,
) -> Result<(), ProjectionFailure> {
    for change in &changes.0 {
        match change {
            Change::Upsert {
                table,
                row,
                before,
                guard,
            } => {
                check(row, recorded)?;
                if let Some(before) = before
                    && update_changed(conn, table, row, before, recorded)?
                {
                    continue;
                }
                let guard_column = guard.as_ref().map(|g| g.column);
                let sql = statement(
                    table,
                    Shape::Upsert {
                        guard: guard_column,
                    },
                    || upsert_sql(table, guard_column),
                );
                let written = conn
                    .prepare_cached(&sql)?
                    .execute(rusqlite::params_from_iter(bound(row, recorded)))?;
                if written == 0
                    && let Some(g) = guard
                {
                    return Err(g.failure.clone());
                }
            }
            Change::Delete {
                table,
                key,
                only_if,
            } => {
                check(key, recorded)?;
                let sql = statement(
                    table,
                    Shape::Delete {
                        only_if: only_if.as_ref().map(|(c, _)| *c),
                    },
                    || {
                        let mut sql =
                            format!("DELETE FROM {} WHERE {}", table.name, key_clause(table, 1));
                        if let Some((column, _)) = only_if {
                            sql.push_str(&format!(" AND {column} = ?{}", key.len() + 1));
                        }
                        sql
                    },
                );
                let mut args = bound(key, recorded);
                if let Some((_, value)) = only_if {
                    check(std::slice::from_ref(value), recorded)?;
                    args.push(Bound { value, recorded });
                }
                conn.prepare_cached(&sql)?
                    .execute(rusqlite::params_from_iter(args))?;
            }
            Change::Add {
                table,
                key,
                column,
                delta,
            } => {
                check(key, recorded)?;
                let sql = statement(table, Shape::Add { column }, || {
                    let params: Vec<String> =
                        (1..=table.key.len() + 1).map(|i| format!("?{i}")).collect();
                    format!(
                        "INSERT INTO {0} ({1}, {column}) VALUES ({2}) \
                         ON CONFLICT ({1}) DO UPDATE SET {column} = {column} + excluded.{column}",
                        table.name,
                        table.key.join(", "),
                        params.join(", ")
                    )
                });
                let delta = Value::Int(*delta);
                let mut args = bound(key, recorded);
                args.push(Bound {
                    value: &delta,
                    recorded,
                });
                conn.prepare_cached(&sql)?
                    .execute(rusqlite::params_from_iter(args))?;
            }
            Change::Search {
                index: SearchIndex::OrganisationName,
                id,
                old,
                new,
            } => match &mut search {
                SearchWrites::Skip => {}
                SearchWrites::Later(later) => {
                    let (id, old, new) = (id.clone(), old.clone(), new.clone());
                    later.push(move |conn| {
                        crate::organisations::sqlite::index_name(
                            conn,
                            &id,
                            old.as_deref(),
                            new.as_deref(),
                        )
                    });
                }
                SearchWrites::Now => crate::organisations::sqlite::index_name(
                    conn,
                    id,
                    old.as_deref(),
                    new.as_deref(),
                )?,
            },
        }
    }
    Ok(())
}

/// Updates only the columns of `row` that differ from `before`; `false` when no row has the key
/// (then the caller inserts).
///
/// Values are compared as the projector gave them: a placeholder equal to its counterpart
/// stands for the same event; one that differs is written even if it resolves alike (harmless).
fn update_changed(
    conn: &Connection,
    t: &'static TableDef,
    row: &[Value],
    before: &[Value],
    recorded: &Recorded,
) -> Result<bool, ProjectionFailure> {
    check(before, recorded)?;
    let changed: Vec<usize> = (0..row.len())
        .filter(|&i| !t.is_key(i) && before.get(i) != Some(&row[i]))
        .collect();
    if changed.is_empty() {
        return Ok(true);
    }
    let keys: Vec<usize> = t.key_positions().collect();
    let make = || {
        let set: Vec<String> = changed
            .iter()
            .enumerate()
            .map(|(n, &i)| format!("{} = ?{}", t.columns[i].name, n + 1))
            .collect();
        format!(
            "UPDATE {} SET {} WHERE {}",
            t.name,
            set.join(", "),
            key_clause(t, changed.len() + 1)
        )
    };
    // A table of more columns than bits gets its text made each time.
    let sql = if row.len() <= 64 {
        let bits = changed.iter().fold(0u64, |b, &i| b | (1 << i));
        statement(t, Shape::Update { changed: bits }, make)
    } else {
        make().into()
    };
    let args = bound(
        changed.iter().chain(keys.iter()).map(|&i| &row[i]),
        recorded,
    );
    let updated = conn
        .prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(args))?;
    Ok(updated > 0)
}

/// Every projector's checkpoint: the version it was built by and the position it reached.
const CHECKPOINTS: &str = "CREATE TABLE IF NOT EXISTS read_model_checkpoint (
    name TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL)";

fn store_failure(e: civic_store::StoreError) -> ProjectionFailure {
    ProjectionFailure {
        rule: None,
        message: format!("read models: {e}"),
    }
}

/// Brings every projector up to the log's head: a projector whose version changed (or that is
/// new) gets its tables dropped, created and rebuilt from the log; the others are untouched.
/// Runs in the store's catch-up transaction; returns the head.
pub(crate) fn setup(
    conn: &Connection,
    registry: &super::Registry,
) -> Result<u64, ProjectionFailure> {
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    conn.execute_batch(CHECKPOINTS)?;
    // Read models of before projectors had checkpoints of their own: one row for all.
    if conn.execute(
        "DELETE FROM read_model_checkpoint WHERE name = 'ledger'",
        [],
    )? > 0
    {
        conn.execute_batch("DROP TABLE IF EXISTS rm_snapshots")?;
    }
    let head = civic_store::sqlite::head_on(conn).map_err(store_failure)?;
    let stored: Vec<(String, i64, i64)> = conn
        .prepare("SELECT name, version, position FROM read_model_checkpoint")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let outdated = super::outdated(registry, &stored, head);
    if outdated.is_empty() {
        return Ok(head);
    }
    for p in &outdated {
        tracing::info!(
            projector = p.name,
            version = p.version,
            "rebuilding a read model from the log"
        );
        drop(conn, p.tables)?;
        for index in p.search {
            search_ddl(conn, *index, false)?;
        }
        create(conn, p.tables)?;
        for index in p.search {
            search_ddl(conn, *index, true)?;
        }
    }
    let chosen: Vec<&str> = outdated.iter().map(|p| p.name).collect();
    rebuild(conn, registry, &chosen)?;
    for p in &outdated {
        for index in p.search {
            search_fill(conn, *index)?;
        }
        create_indexes(conn, p.tables)?;
        conn.execute(
            "INSERT OR REPLACE INTO read_model_checkpoint (name, version, position) VALUES (?1, ?2, ?3)",
            rusqlite::params![p.name, p.version, head as i64],
        )?;
    }
    Ok(head)
}

fn search_ddl(
    conn: &Connection,
    index: SearchIndex,
    create: bool,
) -> Result<(), ProjectionFailure> {
    match (index, create) {
        (SearchIndex::OrganisationName, true) => {
            conn.execute_batch(crate::organisations::sqlite::SEARCH_CREATE)?
        }
        (SearchIndex::OrganisationName, false) => {
            conn.execute_batch(crate::organisations::sqlite::SEARCH_DROP)?
        }
    }
    Ok(())
}

/// Indexes every row a rebuild wrote, in one statement (the rebuild skipped the index).
fn search_fill(conn: &Connection, index: SearchIndex) -> Result<(), ProjectionFailure> {
    match index {
        SearchIndex::OrganisationName => crate::organisations::sqlite::index_all_names(conn),
    }
}

/// Projects the whole log into the `chosen` projectors, stream by stream.
fn rebuild(
    conn: &Connection,
    registry: &super::Registry,
    chosen: &[&str],
) -> Result<(), ProjectionFailure> {
    for kind in registry.kinds() {
        if let Some(fold) = super::RebuildFold::new(kind, chosen) {
            rebuild_kind(conn, fold)?;
        }
    }
    Ok(())
}

/// The page a rebuild has parsed and folded: its changes, and where its events are.
type Folded = Result<(Changes, Recorded), ProjectionFailure>;

/// One aggregate's part of a rebuild. Pages are parsed and folded on a second thread while
/// this one reads the next page and writes the last one's rows: a profile of a rebuild had
/// about as much time in each half, and the connection is this thread's alone.
fn rebuild_kind(
    conn: &Connection,
    mut fold: super::RebuildFold<'_>,
) -> Result<(), ProjectionFailure> {
    let category = fold.category();
    std::thread::scope(|scope| {
        // One page waiting on each side keeps both threads busy in a bounded memory.
        let (pages, to_fold) = mpsc::sync_channel::<Vec<StoredRow>>(1);
        let (give_folded, folded) = mpsc::sync_channel::<Folded>(1);
        scope.spawn(move || {
            for rows in to_fold {
                let page = rows
                    .into_iter()
                    .map(StoredRow::decode)
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(store_failure)
                    .and_then(|page| fold.page(&page));
                let failed = page.is_err();
                if give_folded.send(page).is_err() || failed {
                    return;
                }
            }
            // What ends the last stream, once every page is in.
            let _ = give_folded.send(fold.finish().map(|c| (c, Recorded::default())));
        });
        let write = |page: Folded| -> Result<(), ProjectionFailure> {
            let (changes, recorded) = page?;
            apply_with(conn, &changes, &recorded, SearchWrites::Skip)
        };
        let mut after: Option<(String, u64)> = None;
        let mut in_flight = 0usize;
        loop {
            let rows = civic_store::sqlite::read_category_on(
                conn,
                category,
                after.as_ref().map(|(s, v)| (s.as_str(), *v)),
                super::REBUILD_PAGE,
            )
            .map_err(store_failure)?;
            let Some(last) = rows.last() else { break };
            // A negative version is refused when the folder decodes the row.
            after = Some((last.stream().to_owned(), last.version().max(0) as u64));
            if pages.send(rows).is_err() {
                // The folder stopped at a page it could not fold: its failure is waiting.
                break;
            }
            in_flight += 1;
            if in_flight > 1 {
                // Nothing to receive only when the folder panicked: the scope passes it on.
                let Ok(page) = folded.recv() else { break };
                write(page)?;
                in_flight -= 1;
            }
        }
        std::mem::drop(pages);
        folded.iter().try_for_each(write)
    })
}

/// A stream's stored state and version, from the state store.
fn load_state(
    conn: &Connection,
    category: &str,
    id: &str,
) -> Result<Option<(u64, String)>, ProjectionFailure> {
    Ok(conn
        .prepare_cached(
            "SELECT version, state FROM aggregate_states WHERE category = ?1 AND id = ?2",
        )?
        .query_row([category, id], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get(1)?))
        })
        .optional()?)
}

/// Projects appended (or imported) events: each append's changes as the command handler
/// prepared them when it did, else decoded from the log and folded from the stored state.
pub(crate) fn project(
    conn: &Connection,
    registry: &super::Registry,
    handoff: &super::Handoff,
    events: &[civic_store::RecordedEvent],
    later: &mut Later,
) -> Result<(), ProjectionFailure> {
    let mut i = 0;
    while i < events.len() {
        match registry.next(handoff, &events[i..]) {
            super::Next::Prepared(prepared, n) => {
                let recorded = Recorded::of(&events[i..i + n]);
                apply_with(
                    conn,
                    &prepared.changes,
                    &recorded,
                    SearchWrites::Later(&mut *later),
                )?;
                i += n;
            }
            super::Next::Fold(kind, run) => {
                let before = load_state(conn, kind.category(), super::stream_id(&run[0].stream))?;
                let changes =
                    super::fold_run(kind, before.as_ref().map(|(v, s)| (*v, s.as_str())), run)?;
                apply_with(
                    conn,
                    &changes,
                    &Recorded::of(run),
                    SearchWrites::Later(&mut *later),
                )?;
                i += run.len();
            }
            super::Next::Skip(n) => i += n,
        }
    }
    if let Some(last) = events.last() {
        conn.prepare_cached("UPDATE read_model_checkpoint SET position = ?1")?
            .execute([last.position as i64])?;
    }
    Ok(())
}
