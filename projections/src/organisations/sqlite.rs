//! The organisations read model in the embedded store's SQLite file.

use civic_store::ProjectionFailure;
use rusqlite::{Connection, OptionalExtension, ToSql, params};

use super::{OrganisationFilter, OrganisationRow, Page, contains_pattern, kind_code, parse_cursor};
use crate::ReadModelError;

/// Names by their trigrams, keyed by the organisation's rowid (see [`index_name`]), and the
/// list of the index's terms (for two-character queries, see [`NameQuery`]).
pub(crate) const SEARCH_CREATE: &str = "
CREATE VIRTUAL TABLE IF NOT EXISTS rm_name_search USING fts5(
    name, content='', contentless_delete=1, tokenize='trigram', detail='none');
CREATE VIRTUAL TABLE IF NOT EXISTS rm_name_search_terms
    USING fts5vocab(rm_name_search, instance);";

/// Also drops the bigram table of read models before the FTS5 index.
pub(crate) const SEARCH_DROP: &str = "DROP TABLE IF EXISTS rm_name_grams;
DROP TABLE IF EXISTS rm_name_search_terms; DROP TABLE IF EXISTS rm_name_search;";

/// Marks the end of a name in the search index: followed by it, the name's last two characters
/// begin a trigram too, so that every two characters of a name begin one of its trigrams and a
/// query of two characters finds its names among the trigrams it begins (see [`NameQuery`]).
/// Names hold no control characters; a query that did would only find more candidates, which
/// the LIKE on the names then turns away.
const NAME_END: char = '\u{1}';

/// The search hook: organisation `id` is now searched by `new`. The index is keyed by the row's
/// rowid, which stays the row's for good: rows are never deleted, the writer upserts with ON
/// CONFLICT DO UPDATE or updates (both keep the rowid, as REPLACE would not), and the file is
/// never vacuumed; the row is written before its search entry. Contentless with deletes by
/// rowid, so the old name is not needed, and the index holds only trigrams and rowids
/// (detail=none: queries are conjunctions of trigrams, rechecked against the names).
pub(crate) fn index_name(
    conn: &Connection,
    id: &str,
    _old: Option<&str>,
    new: Option<&str>,
) -> Result<(), ProjectionFailure> {
    // The rowid first, then a write by rowid with VALUES: an INSERT ... SELECT opens a
    // statement savepoint, and FTS5 writes its pending terms out as a segment at every
    // savepoint, so a batch's entries, written one after another, made a segment each.
    let rowid: Option<i64> = conn
        .prepare_cached("SELECT rowid FROM rm_organisations WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    let Some(rowid) = rowid else {
        return Ok(());
    };
    match new {
        Some(name) => conn
            .prepare_cached("INSERT OR REPLACE INTO rm_name_search (rowid, name) VALUES (?1, ?2)")?
            .execute(params![rowid, format!("{name}{NAME_END}")])?,
        None => conn
            .prepare_cached("DELETE FROM rm_name_search WHERE rowid = ?1")?
            .execute([rowid])?,
    };
    Ok(())
}

/// Indexes the name of every organisation row (a rebuild's, into an empty index): what
/// [`index_name`] would have written row by row.
pub(crate) fn index_all_names(conn: &Connection) -> Result<(), ProjectionFailure> {
    conn.execute(
        "INSERT INTO rm_name_search (rowid, name) SELECT rowid, name || ?1 FROM rm_organisations",
        [NAME_END.to_string()],
    )?;
    Ok(())
}

/// An organisation's row joined with its state in the state store.
const COLUMNS: &str = "o.id, s.version, s.position, s.state";
const WITH_STATE: &str = "JOIN aggregate_states s ON s.category = 'organisation' AND s.id = o.id";

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

/// How the search index finds the candidates of a part of a name; every name that contains the
/// part is among them (and the LIKE on the names keeps exactly those).
///
/// Trigrams cannot index two characters, and Chinese names are often searched by two (养老,
/// 社工). Measured with `search_timings` on 100,000 names (release build, other builds running,
/// ±30 %), a page of 20 with its totalCount: two characters through the terms they begin took
/// 21 ms for a pair in 8 % of the names and 200 ms for one in all of them; a LIKE over every
/// row took 80 ms either way (it read the whole table: each row then carried the organisation's
/// state, which has since moved to the state store); the bigram table had taken 19 and 160 ms. Three characters or more: 0.4 ms for a
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
    let mut page_sql = format!("SELECT {COLUMNS} FROM {from} {WITH_STATE} WHERE {filter_sql}");
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
        "SELECT {COLUMNS} FROM rm_organisations o {WITH_STATE} \
         WHERE o.id IN (SELECT value FROM json_each(?1)) ORDER BY o.id"
    ))?;
    let rows = rows
        .query_map([chosen], decode)?
        .map(|r| r?)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Page::of(rows, first, ids.len() as u64, after_id.is_some()))
}
