//! The organisations read model in the embedded store's SQLite file.

use chrono::NaiveDate;
use civic_store::ProjectionFailure;
use civic_store::RecordedEvent;
use rusqlite::{Connection, OptionalExtension, ToSql, params};
use uuid::Uuid;

use std::collections::HashMap;

use civic_domain::{Aggregate, Organisation};

use super::{
    Columns, HubChange, OrganisationFilter, OrganisationRow, OverdueQuery, Page, Step,
    contains_pattern, decode_event, kind_code, parse_cursor, parse_id, parse_overdue_cursor, step,
};
use crate::{PolicyLookup, ReadModelError};
use civic_domain::organisation::normalise_name;

pub(crate) fn create_tables(conn: &Connection) -> rusqlite::Result<()> {
    // The partial unique indexes back REG-USCC and REG-NAME when two applications race past
    // the command handler's own check.
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS rm_organisations (
             id            TEXT PRIMARY KEY,
             version       INTEGER NOT NULL,
             last_position INTEGER NOT NULL,
             name          TEXT NOT NULL,
             name_key      TEXT NOT NULL,
             kind          TEXT NOT NULL,
             status        TEXT NOT NULL,
             credit_code   TEXT NOT NULL,
             jurisdiction  TEXT NOT NULL,
             live          INTEGER NOT NULL,
             credit_list   TEXT NOT NULL,
             rating        INTEGER,
             next_due      TEXT,
             case_due      TEXT,
             state         TEXT NOT NULL
         );
         CREATE INDEX IF NOT EXISTS rm_organisations_next_due
             ON rm_organisations(next_due) WHERE next_due IS NOT NULL;
         CREATE INDEX IF NOT EXISTS rm_organisations_case_due
             ON rm_organisations(jurisdiction, case_due, id) WHERE case_due IS NOT NULL;
         CREATE INDEX IF NOT EXISTS rm_organisations_credit
             ON rm_organisations(credit_list, jurisdiction) WHERE credit_list != 'NORMAL';
         CREATE TABLE IF NOT EXISTS rm_snapshots (
             id          TEXT NOT NULL,
             version     INTEGER NOT NULL,
             position    INTEGER NOT NULL,
             recorded_at INTEGER NOT NULL,
             state       TEXT NOT NULL,
             PRIMARY KEY (id, version)
         ) WITHOUT ROWID;
         -- Names by their trigrams, keyed by the organisation's rowid (see `index_name`).
         CREATE VIRTUAL TABLE IF NOT EXISTS rm_name_search USING fts5(
             name, content='', contentless_delete=1, tokenize='trigram', detail='none');
         CREATE VIRTUAL TABLE IF NOT EXISTS rm_name_search_terms
             USING fts5vocab(rm_name_search, instance);
         -- How many organisations have each combination of the filterable columns: a page's
         -- totalCount for those filters is a sum over a few rows instead of a count over an
         -- index range (12,500 entries for one district, 100,000 for a kind).
         CREATE TABLE IF NOT EXISTS rm_organisation_counts (
             jurisdiction TEXT NOT NULL,
             kind         TEXT NOT NULL,
             status       TEXT NOT NULL,
             credit_list  TEXT NOT NULL,
             n            INTEGER NOT NULL,
             PRIMARY KEY (jurisdiction, kind, status, credit_list)
         ) WITHOUT ROWID;
         CREATE TABLE IF NOT EXISTS rm_hub_members (
             hub_id    TEXT NOT NULL,
             member_id TEXT NOT NULL,
             joined_on TEXT NOT NULL,
             PRIMARY KEY (member_id, hub_id)
         );
         CREATE UNIQUE INDEX IF NOT EXISTS rm_organisations_credit_code
             ON rm_organisations(credit_code);
         CREATE UNIQUE INDEX IF NOT EXISTS rm_organisations_live_name
             ON rm_organisations(jurisdiction, name_key) WHERE live = 1;
         -- Each filter's index ends with id, the page order, so that a page of a large result
         -- is read in order and stops after `first` rows instead of sorting every match.
         CREATE INDEX IF NOT EXISTS rm_organisations_j ON rm_organisations(jurisdiction, id);
         CREATE INDEX IF NOT EXISTS rm_organisations_js ON rm_organisations(jurisdiction, status, id);
         CREATE INDEX IF NOT EXISTS rm_organisations_k ON rm_organisations(kind, id);
         CREATE INDEX IF NOT EXISTS rm_organisations_ks ON rm_organisations(kind, status, id);
         CREATE INDEX IF NOT EXISTS rm_organisations_s ON rm_organisations(status, id);",
    )
}

pub(crate) fn drop_tables(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "DROP TABLE IF EXISTS rm_organisations; DROP TABLE IF EXISTS rm_hub_members;
         DROP TABLE IF EXISTS rm_name_grams; DROP TABLE IF EXISTS rm_name_search_terms;
         DROP TABLE IF EXISTS rm_name_search; DROP TABLE IF EXISTS rm_snapshots;
         DROP TABLE IF EXISTS rm_organisation_counts",
    )
}

/// The organisation's row as it stands: its state and its indexed columns.
fn load_previous(
    conn: &Connection,
    id: &Uuid,
) -> Result<Option<(Organisation, Columns)>, ProjectionFailure> {
    type Stored = (String, Option<String>, Option<String>);
    let row: Option<Stored> = conn
        .prepare_cached("SELECT state, next_due, case_due FROM rm_organisations WHERE id = ?1")?
        .query_row([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    row.map(|(state, next_due, case_due)| {
        serde_json::from_str(&state).map(|s: Organisation| {
            let columns = Columns::of(&s, next_due, case_due);
            (s, columns)
        })
    })
    .transpose()
    .map_err(|e| ProjectionFailure {
        rule: None,
        message: format!("organisation {id}: read model row is damaged: {e}"),
    })
}

pub(crate) fn apply(
    conn: &Connection,
    event: &RecordedEvent,
    policy: &PolicyLookup,
) -> Result<(), ProjectionFailure> {
    let Some((id, decoded)) = decode_event(event)? else {
        return Ok(());
    };
    let (previous, before) = match load_previous(conn, &id)? {
        Some((state, columns)) => (Some(state), Some(columns)),
        None => (None, None),
    };
    let step = step(previous, event, &decoded, policy)?;
    let key = id.to_string();
    write_hub_change(conn, &key, step.hub.as_ref())?;
    write_row(
        conn,
        &key,
        before.as_ref(),
        &step,
        event.version,
        event.position,
    )?;
    if step.snapshot {
        write_snapshot(conn, &key, event, &step.state_json)?;
    }
    Ok(())
}

fn write_hub_change(
    conn: &Connection,
    key: &str,
    change: Option<&HubChange>,
) -> Result<(), ProjectionFailure> {
    match change {
        Some(HubChange::Joined { member, on }) => {
            conn.prepare_cached(
                "INSERT OR REPLACE INTO rm_hub_members (hub_id, member_id, joined_on) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![key, member.to_string(), on.to_string()])?;
        }
        Some(HubChange::Left { member }) => {
            conn.prepare_cached("DELETE FROM rm_hub_members WHERE hub_id = ?1 AND member_id = ?2")?
                .execute(params![key, member.to_string()])?;
        }
        None => {}
    }
    Ok(())
}

fn write_snapshot(
    conn: &Connection,
    key: &str,
    event: &RecordedEvent,
    state_json: &str,
) -> Result<(), ProjectionFailure> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO rm_snapshots (id, version, position, recorded_at, state) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        key,
        event.version as i64,
        event.position as i64,
        event.recorded_at.timestamp_micros(),
        state_json
    ])?;
    Ok(())
}

/// Writes the organisation's row as `step` leaves it (with its name's bigrams and the counts),
/// given the row's columns before (`None`: no row yet).
fn write_row(
    conn: &Connection,
    key: &str,
    before: Option<&Columns>,
    step: &Step,
    version: u64,
    position: u64,
) -> Result<(), ProjectionFailure> {
    let after = step.columns();
    if before == Some(&after) {
        // Most events change none of the indexed columns. SQLite rewrites every index whose
        // columns an UPDATE names, whatever their values, so name only what changed.
        conn.prepare_cached(
            "UPDATE rm_organisations SET version = ?2, last_position = ?3, state = ?4 WHERE id = ?1",
        )?
        .execute(params![key, version as i64, position as i64, step.state_json])?;
        return Ok(());
    }
    let counted = |c: &Columns| (c.jurisdiction.clone(), c.kind, c.status, c.credit_list);
    let (was, is) = (before.map(counted), counted(&after));
    save(conn, key, version, position, step, after)?;
    if step.grams.is_some() {
        // A new name changes the row's columns, so it always comes this way, and after `save`
        // the row (and its rowid) exists.
        index_name(conn, key, &step.state.name)?;
    }
    if was.as_ref() != Some(&is) {
        if let Some((j, k, s, l)) = was {
            conn.prepare_cached(
                "UPDATE rm_organisation_counts SET n = n - 1 \
                 WHERE jurisdiction = ?1 AND kind = ?2 AND status = ?3 AND credit_list = ?4",
            )?
            .execute(params![j, k, s, l])?;
        }
        let (j, k, s, l) = is;
        conn.prepare_cached(
            "INSERT INTO rm_organisation_counts (jurisdiction, kind, status, credit_list, n) \
             VALUES (?1, ?2, ?3, ?4, 1) \
             ON CONFLICT DO UPDATE SET n = n + 1",
        )?
        .execute(params![j, k, s, l])?;
    }
    Ok(())
}

/// Organisations folded in memory while the read model is rebuilt from nothing, each written
/// once (at the end, or when too many are held) instead of once per event: the rebuild reads
/// and writes each row once, not ten times.
pub(crate) struct Rebuild {
    held: HashMap<Uuid, Held>,
    /// Organisations held in memory at most (a few KiB each) before they are written out.
    limit: usize,
}

struct Held {
    state: Organisation,
    /// The row's columns when first met (`None`: no row yet).
    before: Option<Columns>,
    /// The last event folded in.
    version: u64,
    position: u64,
    recorded_at: chrono::DateTime<chrono::Utc>,
}

impl Rebuild {
    pub(crate) fn holding(limit: usize) -> Self {
        Rebuild {
            held: HashMap::new(),
            limit: limit.max(1),
        }
    }

    pub(crate) fn apply(
        &mut self,
        conn: &Connection,
        event: &RecordedEvent,
        policy: &PolicyLookup,
    ) -> Result<(), ProjectionFailure> {
        let Some((id, decoded)) = decode_event(event)? else {
            return Ok(());
        };
        if !self.held.contains_key(&id) {
            if self.held.len() >= self.limit {
                self.finish(conn, policy)?;
            }
            let (state, before) = match load_previous(conn, &id)? {
                Some((state, columns)) => (state, Some(columns)),
                None => (Organisation::default(), None),
            };
            self.held.insert(
                id,
                Held {
                    state,
                    before,
                    version: event.version,
                    position: event.position,
                    recorded_at: event.recorded_at,
                },
            );
        }
        let Some(held) = self.held.get_mut(&id) else {
            return Ok(());
        };
        held.state = std::mem::take(&mut held.state).evolve(&decoded);
        held.version = event.version;
        held.position = event.position;
        held.recorded_at = event.recorded_at;
        let key = id.to_string();
        match &decoded {
            civic_domain::OrganisationEvent::HubMemberJoined {
                member_id,
                joined_on,
            } => write_hub_change(
                conn,
                &key,
                Some(&HubChange::Joined {
                    member: *member_id,
                    on: *joined_on,
                }),
            )?,
            civic_domain::OrganisationEvent::HubMemberLeft { member_id, .. } => {
                write_hub_change(conn, &key, Some(&HubChange::Left { member: *member_id }))?
            }
            _ => {}
        }
        if (event.version + 1).is_multiple_of(super::SNAPSHOT_EVERY) {
            let json = serde_json::to_string(&held.state).map_err(|e| ProjectionFailure {
                rule: None,
                message: format!("cannot store organisation snapshot: {e}"),
            })?;
            write_snapshot(conn, &key, event, &json)?;
        }
        Ok(())
    }

    /// Writes every organisation held, and forgets them.
    pub(crate) fn finish(
        &mut self,
        conn: &Connection,
        policy: &PolicyLookup,
    ) -> Result<(), ProjectionFailure> {
        // The held states are consistent with each other and with the rows not held (the log
        // was appended under the same unique indexes), but rows are written one by one: a row
        // taking a credit code or live name that a held row written earlier still has would be
        // refused. So rows giving theirs up let go of them first.
        for (id, held) in &self.held {
            let Some(before) = &held.before else { continue };
            let after = Columns::of(&held.state, None, None);
            let keys = |c: &Columns| {
                (
                    c.credit_code.clone(),
                    c.jurisdiction.clone(),
                    c.name_key.clone(),
                    c.live,
                )
            };
            if keys(before) != keys(&after) {
                conn.prepare_cached(
                    "UPDATE rm_organisations SET credit_code = '~' || id, live = 0 WHERE id = ?1",
                )?
                .execute([id.to_string()])?;
            }
        }
        // In id order (application order: ids are UUID v7), as the live projection inserts
        // them: rows of neighbouring ids share pages, which is how pages of results are read.
        let mut held: Vec<(Uuid, Held)> = self.held.drain().collect();
        held.sort_unstable_by_key(|(id, _)| *id);
        for (id, held) in held {
            let step = Step::of_state(held.state, held.before.as_ref(), held.recorded_at, policy)?;
            write_row(
                conn,
                &id.to_string(),
                held.before.as_ref(),
                &step,
                held.version,
                held.position,
            )?;
        }
        Ok(())
    }
}

fn save(
    conn: &Connection,
    key: &str,
    version: u64,
    position: u64,
    step: &Step,
    c: Columns,
) -> Result<(), ProjectionFailure> {
    let result = conn
        .prepare_cached(
            "INSERT INTO rm_organisations
                 (id, version, last_position, name, kind, status, credit_code, jurisdiction, live,
                  credit_list, rating, next_due, state, name_key, case_due)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
             ON CONFLICT(id) DO UPDATE SET
                 version = excluded.version, last_position = excluded.last_position,
                 name = excluded.name, kind = excluded.kind, status = excluded.status,
                 credit_code = excluded.credit_code, jurisdiction = excluded.jurisdiction,
                 live = excluded.live, credit_list = excluded.credit_list,
                 rating = excluded.rating, next_due = excluded.next_due, state = excluded.state,
                 name_key = excluded.name_key, case_due = excluded.case_due",
        )?
        .execute(params![
            key,
            version as i64,
            position as i64,
            c.name,
            c.kind,
            c.status,
            c.credit_code,
            c.jurisdiction,
            c.live,
            c.credit_list,
            c.rating,
            c.next_due,
            step.state_json,
            c.name_key,
            c.case_due,
        ]);
    match result {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) => {
            Err(step
                .uniqueness_refused(&e.to_string())
                .unwrap_or_else(|| e.into()))
        }
        Err(e) => Err(e.into()),
    }
}

const COLUMNS: &str = "id, version, last_position, state";

fn decode(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<OrganisationRow, ReadModelError>> {
    let id: String = row.get(0)?;
    let state: String = row.get(3)?;
    Ok(OrganisationRow::decode(
        &id,
        row.get(1)?,
        row.get(2)?,
        &state,
    ))
}

fn parse_ids(
    ids: impl Iterator<Item = rusqlite::Result<String>>,
) -> Result<Vec<Uuid>, ReadModelError> {
    ids.map(|id| parse_id(&id?)).collect()
}

pub(crate) fn load(
    conn: &Connection,
    id: &Uuid,
) -> Result<Option<OrganisationRow>, ReadModelError> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM rm_organisations WHERE id = ?1"
    ))?
    .query_row([id.to_string()], decode)
    .optional()?
    .transpose()
}

pub(crate) fn by_credit_code(
    conn: &Connection,
    code: &str,
) -> Result<Option<OrganisationRow>, ReadModelError> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM rm_organisations WHERE credit_code = ?1"
    ))?
    .query_row([code], decode)
    .optional()?
    .transpose()
}

pub(crate) fn live_name_holder(
    conn: &Connection,
    jurisdiction: &str,
    name: &str,
) -> Result<Option<Uuid>, ReadModelError> {
    let id: Option<String> = conn
        .prepare_cached(
            "SELECT id FROM rm_organisations WHERE jurisdiction = ?1 AND name_key = ?2 AND live = 1",
        )?
        .query_row([jurisdiction, normalise_name(name).as_str()], |r| r.get(0))
        .optional()?;
    id.as_deref().map(parse_id).transpose()
}

pub(crate) fn credit_code_holder(
    conn: &Connection,
    code: &str,
) -> Result<Option<Uuid>, ReadModelError> {
    let id: Option<String> = conn
        .prepare_cached("SELECT id FROM rm_organisations WHERE credit_code = ?1")?
        .query_row([code], |r| r.get(0))
        .optional()?;
    id.as_deref().map(parse_id).transpose()
}

/// Marks the end of a name in the search index: followed by it, the name's last two characters
/// begin a trigram too, so that every two characters of a name begin one of its trigrams and a
/// query of two characters finds its names among the trigrams it begins (see [`NameQuery`]).
/// Names hold no control characters; a query that did would only find more candidates, which
/// the LIKE on the names then turns away.
const NAME_END: char = '\u{1}';

/// Puts the organisation's name in the search index, in place of the one it had. The index is
/// keyed by the row's rowid, which stays the row's for good: rows are never deleted, `save`
/// upserts with ON CONFLICT DO UPDATE (which keeps the rowid, as REPLACE would not), and the
/// file is never vacuumed. Contentless with deletes by rowid, so the old name is not needed, and
/// the index holds only trigrams and rowids (detail=none: queries are conjunctions of
/// trigrams, rechecked against the names).
pub(super) fn index_name(
    conn: &Connection,
    key: &str,
    name: &str,
) -> Result<(), ProjectionFailure> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO rm_name_search (rowid, name) \
         SELECT rowid, ?2 FROM rm_organisations WHERE id = ?1",
    )?
    .execute(params![key, format!("{name}{NAME_END}")])?;
    Ok(())
}

/// How the search index finds the candidates of a part of a name; every name that contains the
/// part is among them (and the LIKE on the names keeps exactly those).
///
/// Trigrams cannot index two characters, and Chinese names are often searched by two (养老,
/// 社工). Measured with `search_timings` on 100,000 names (release build, other builds running,
/// ±30 %), a page of 20 with its totalCount: two characters through the terms they begin took
/// 21 ms for a pair in 8 % of the names and 200 ms for one in all of them; a LIKE over every
/// row took 80 ms either way (it reads the whole table: each row carries the organisation's
/// state); the bigram table had taken 19 and 160 ms. Three characters or more: 0.4 ms for a
/// rare part (第12345, as rare as W3's 第n社会; bigrams 25 ms) and 14 ms for one in 8 % of the
/// names (bigrams 39 ms). The term list itself is cheap (4 and 38 ms of the figures above):
/// what costs is reading each candidate's row to check its name, as with bigrams. So two
/// characters go through the term list, a pair in nearly every name costing more than a scan
/// would, and a single character is left to the LIKE alone.
enum NameQuery {
    /// Three characters or more: the rows with every trigram of the part.
    Trigrams(String),
    /// Two characters: the rows with a trigram that begins with them (folded as the index folds
    /// them), from the first term beginning with them to the last.
    Begins(String, String),
}

impl NameQuery {
    fn of(part: &str) -> Option<NameQuery> {
        if part.contains('\0') {
            // FTS5 reads its query as a C string (and refuses this one); the LIKE alone
            // answers, as it did before the index.
            return None;
        }
        let chars: Vec<char> = part.chars().collect();
        match chars.len() {
            0 | 1 => None,
            2 => {
                // The index folds letters to lower case; for ASCII that is this, and most other
                // characters (Chinese ones) have no case. A pair with other cased letters would
                // need SQLite's own folding to be found in the term list, so it is left to the
                // LIKE alone (a scan, as a single character).
                let folded: Option<String> = chars
                    .iter()
                    .map(|&c| {
                        if c.is_ascii() {
                            Some(c.to_ascii_lowercase())
                        } else if c.to_lowercase().eq([c]) && c.to_uppercase().eq([c]) {
                            Some(c)
                        } else {
                            None
                        }
                    })
                    .collect();
                folded.map(|f| {
                    let last = format!("{f}{}", char::MAX);
                    NameQuery::Begins(f, last)
                })
            }
            _ => {
                let mut trigrams: Vec<String> = chars
                    .windows(3)
                    .map(|w| format!("\"{}\"", w.iter().collect::<String>().replace('"', "\"\"")))
                    .collect();
                trigrams.sort_unstable();
                trigrams.dedup();
                Some(NameQuery::Trigrams(trigrams.join(" AND ")))
            }
        }
    }
}

pub(crate) fn search(
    conn: &Connection,
    filter: &OrganisationFilter,
    first: usize,
    after: Option<&str>,
) -> Result<Page<OrganisationRow>, ReadModelError> {
    let mut from = "rm_organisations o";
    // Whether the search index gives the candidates: they come in rowid order, not in the
    // page's order (ids), so the page is chosen among them by id before the rows are read.
    let mut indexed = false;
    let mut clauses: Vec<&str> = Vec::new();
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let counted =
        filter.name_contains.as_deref().is_none_or(str::is_empty) && filter.credit_code.is_none();
    if let Some(part) = filter.name_contains.as_deref().filter(|p| !p.is_empty()) {
        // The candidates drive the query (CROSS JOIN keeps SQLite from reading every row in id
        // order and probing them instead); their names are then checked for the text itself.
        match NameQuery::of(part) {
            Some(NameQuery::Trigrams(query)) => {
                from = "rm_name_search f CROSS JOIN rm_organisations o ON o.rowid = f.rowid";
                clauses.push("f.rm_name_search MATCH ?");
                args.push(Box::new(query));
                indexed = true;
            }
            Some(NameQuery::Begins(first, last)) => {
                // Parameters of the FROM clause: bound before those of any clause.
                from = "(SELECT DISTINCT doc FROM rm_name_search_terms \
                         WHERE term >= ? AND term <= ?) f \
                         CROSS JOIN rm_organisations o ON o.rowid = f.doc";
                args.push(Box::new(first));
                args.push(Box::new(last));
                indexed = true;
            }
            None => {}
        }
        clauses.push("o.name LIKE ? ESCAPE '\\'");
        args.push(Box::new(contains_pattern(part)));
    }
    if let Some(code) = &filter.credit_code {
        clauses.push("o.credit_code = ?");
        args.push(Box::new(code.clone()));
    }
    if let Some(kind) = filter.kind {
        clauses.push("o.kind = ?");
        args.push(Box::new(kind_code(kind)));
    }
    if let Some(status) = filter.status {
        clauses.push("o.status = ?");
        args.push(Box::new(status.as_str()));
    }
    if let Some(j) = &filter.jurisdiction {
        clauses.push("o.jurisdiction = ?");
        args.push(Box::new(j.clone()));
    }
    if let Some(list) = &filter.credit_list {
        clauses.push("o.credit_list = ?");
        args.push(Box::new(list.clone()));
    }
    let filter_sql = if clauses.is_empty() {
        "1".to_owned()
    } else {
        clauses.join(" AND ")
    };
    let after_id = after.map(parse_cursor).transpose()?;
    if indexed {
        return indexed_page(conn, from, &filter_sql, &args, first, after_id);
    }
    let count_sql = if counted {
        // Only kind, status, jurisdiction and credit list: the columns of the counts table.
        format!("SELECT COALESCE(SUM(n), 0) FROM rm_organisation_counts o WHERE {filter_sql}")
    } else {
        format!("SELECT COUNT(*) FROM {from} WHERE {filter_sql}")
    };
    let total_count: i64 =
        conn.query_row(&count_sql, rusqlite::params_from_iter(args.iter()), |r| {
            r.get(0)
        })?;
    let mut page_sql =
        format!("SELECT o.id, o.version, o.last_position, o.state FROM {from} WHERE {filter_sql}");
    if let Some(a) = &after_id {
        page_sql.push_str(" AND o.id > ?");
        args.push(Box::new(a.clone()));
    }
    page_sql.push_str(" ORDER BY o.id LIMIT ?");
    args.push(Box::new((first + 1) as i64));
    let mut stmt = conn.prepare(&page_sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), decode)?;
    let rows = rows.map(|r| r?).collect::<Result<Vec<_>, _>>()?;
    Ok(Page::of(
        rows,
        first,
        total_count as u64,
        after_id.is_some(),
    ))
}

/// A page of the organisations the search index gives candidates for. They come in rowid
/// order, not in the page's (ids), and every one is read to check its name, so one pass reads
/// the ids of all that match, in order: their number is the total, and the page is chosen among
/// them before any organisation's state (a few KiB each) is read. A count and a page query
/// each went through the candidates, which took twice as long.
fn indexed_page(
    conn: &Connection,
    from: &str,
    filter_sql: &str,
    args: &[Box<dyn ToSql>],
    first: usize,
    after_id: Option<String>,
) -> Result<Page<OrganisationRow>, ReadModelError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT o.id FROM {from} WHERE {filter_sql} ORDER BY o.id"
    ))?;
    let ids = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), |r| {
            r.get::<_, String>(0)
        })?
        .collect::<Result<Vec<_>, _>>()?;
    // Byte-wise, as SQLite compares the ids (and the cursor with them).
    let start = after_id
        .as_deref()
        .map_or(0, |a| ids.partition_point(|id| id.as_str() <= a));
    let chosen = &ids[start..ids.len().min(start + first + 1)];
    let chosen = serde_json::Value::from(chosen.to_vec()).to_string();
    let mut rows = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM rm_organisations \
         WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id"
    ))?;
    let rows = rows
        .query_map([chosen], decode)?
        .map(|r| r?)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Page::of(rows, first, ids.len() as u64, after_id.is_some()))
}

pub(crate) fn due_by(conn: &Connection, day: NaiveDate) -> Result<Vec<Uuid>, ReadModelError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM rm_organisations WHERE next_due IS NOT NULL AND next_due <= ?1 ORDER BY next_due",
    )?;
    parse_ids(stmt.query_map([day.to_string()], |r| r.get::<_, String>(0))?)
}

/// A page of the live organisations of a jurisdiction with a case due before `today`, earliest
/// first, read along the `case_due` index.
pub(crate) fn overdue(
    conn: &Connection,
    q: &OverdueQuery,
) -> Result<Page<OrganisationRow>, ReadModelError> {
    let today = q.today.to_string();
    let total: i64 = conn
        .prepare_cached(
            "SELECT COUNT(*) FROM rm_organisations \
             WHERE jurisdiction = ?1 AND case_due IS NOT NULL AND case_due < ?2",
        )?
        .query_row([q.jurisdiction.as_str(), today.as_str()], |r| r.get(0))?;
    let after = q.after.as_deref().map(parse_overdue_cursor).transpose()?;
    let (after_due, after_id) = after.as_ref().map_or(("", ""), |a| (&a.due, &a.id));
    let mut stmt = conn.prepare_cached(
        "SELECT id, version, last_position, state, case_due FROM rm_organisations \
         WHERE jurisdiction = ?1 AND case_due IS NOT NULL AND case_due < ?2 \
           AND (case_due, id) > (?3, ?4) \
         ORDER BY case_due, id LIMIT ?5",
    )?;
    let rows = stmt.query_map(
        params![
            q.jurisdiction,
            today,
            after_due,
            after_id,
            (q.first + 1) as i64
        ],
        |r| Ok((r.get::<_, String>(4)?, decode(r)?)),
    )?;
    let rows = rows
        .map(|r| {
            let (due, row) = r?;
            Ok((due, row?))
        })
        .collect::<Result<Vec<_>, ReadModelError>>()?;
    Ok(Page::overdue(rows, q.first, total as u64, after.is_some()))
}

pub(crate) fn hubs_of(
    conn: &Connection,
    member: &Uuid,
) -> Result<Vec<(Uuid, String)>, ReadModelError> {
    let mut stmt = conn.prepare_cached(
        "SELECT hub_id, joined_on FROM rm_hub_members WHERE member_id = ?1 ORDER BY joined_on",
    )?;
    let rows = stmt.query_map([member.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    rows.map(|r| {
        let (hub, joined) = r?;
        Ok((parse_id(&hub)?, joined))
    })
    .collect()
}

/// The latest snapshot of an organisation taken no later than `at` (recorded instants never go
/// back, so every event it covers was recorded by then).
pub(crate) fn snapshot_before(
    conn: &Connection,
    id: &Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<Option<OrganisationRow>, ReadModelError> {
    conn.prepare_cached(
        "SELECT id, version, position, state FROM rm_snapshots \
         WHERE id = ?1 AND recorded_at <= ?2 ORDER BY version DESC LIMIT 1",
    )?
    .query_row(params![id.to_string(), at.timestamp_micros()], decode)
    .optional()?
    .transpose()
}
