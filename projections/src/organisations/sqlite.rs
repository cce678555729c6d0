//! The organisations read model in the embedded store's SQLite file.

use chrono::NaiveDate;
use civic_store::ProjectionFailure;
use rusqlite::{Connection, OptionalExtension, ToSql, params};
use uuid::Uuid;

use super::{
    OrganisationFilter, OrganisationRow, OverdueQuery, Page, contains_pattern, kind_code,
    name_grams, parse_cursor, parse_id, parse_overdue_cursor,
};
use crate::ReadModelError;

/// Chinese names have no word boundaries, so part-of-name search indexes every pair of
/// adjacent characters (see [`name_grams`]) in a table of its own, keyed by bigram.
pub(crate) const SEARCH_CREATE: &str = "CREATE TABLE IF NOT EXISTS rm_name_grams (
    gram TEXT NOT NULL,
    id   TEXT NOT NULL,
    PRIMARY KEY (gram, id)
) WITHOUT ROWID";

pub(crate) const SEARCH_DROP: &str = "DROP TABLE IF EXISTS rm_name_grams";

/// The search hook: organisation `id` is now searched by `new` instead of `old`.
pub(crate) fn index_name(
    conn: &Connection,
    id: &str,
    old: Option<&str>,
    new: Option<&str>,
) -> Result<(), ProjectionFailure> {
    if let Some(old) = old {
        // By primary key: no index by id to keep.
        let mut delete =
            conn.prepare_cached("DELETE FROM rm_name_grams WHERE gram = ?1 AND id = ?2")?;
        for gram in name_grams(old) {
            delete.execute([gram.as_str(), id])?;
        }
    }
    if let Some(new) = new {
        let mut insert =
            conn.prepare_cached("INSERT OR IGNORE INTO rm_name_grams (gram, id) VALUES (?1, ?2)")?;
        for gram in name_grams(new) {
            insert.execute([gram.as_str(), id])?;
        }
    }
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
        "SELECT {COLUMNS} FROM rm_organisations o {WITH_STATE} WHERE o.id = ?1"
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
        "SELECT {COLUMNS} FROM rm_organisations o {WITH_STATE} WHERE o.credit_code = ?1"
    ))?
    .query_row([code], decode)
    .optional()?
    .transpose()
}

/// How far [`rarest`] counts a bigram's organisations: enough to tell a rare bigram from a
/// common one, bounded so that a bigram every name has costs no more than a rare one.
const GRAM_COUNT_BOUND: i64 = 5000;

/// The bigram of `grams` that the fewest names have (counted up to a bound).
fn rarest<'a>(conn: &Connection, grams: &'a [String]) -> Result<&'a str, ReadModelError> {
    let mut count = conn.prepare_cached(
        "SELECT COUNT(*) FROM (SELECT 1 FROM rm_name_grams WHERE gram = ?1 LIMIT ?2)",
    )?;
    let mut best: Option<(i64, &str)> = None;
    for gram in grams {
        let n: i64 = count.query_row(params![gram, GRAM_COUNT_BOUND], |r| r.get(0))?;
        if best.is_none_or(|(m, _)| n < m) {
            best = Some((n, gram));
        }
    }
    Ok(best.map_or("", |(_, g)| g))
}

pub(crate) fn search(
    conn: &Connection,
    filter: &OrganisationFilter,
    first: usize,
    after: Option<&str>,
) -> Result<Page<OrganisationRow>, ReadModelError> {
    let mut from = "rm_organisations o";
    // The page order: ids, read in order from whichever index drives the query.
    let mut order = "o.id";
    let mut clauses: Vec<&str> = Vec::new();
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let counted =
        filter.name_contains.as_deref().is_none_or(str::is_empty) && filter.credit_code.is_none();
    if let Some(part) = filter.name_contains.as_deref().filter(|p| !p.is_empty()) {
        let grams = name_grams(part);
        if !grams.is_empty() {
            // The candidates of the rarest bigram, in id order (its primary key), each checked
            // for the other bigrams by index probes; the names of the survivors are then
            // checked for the text itself. Intersecting every bigram's list instead costs as
            // much as the commonest one (社会: every organisation).
            let driver = rarest(conn, &grams)?;
            from = "rm_name_grams g JOIN rm_organisations o ON o.id = g.id";
            order = "g.id";
            clauses.push("g.gram = ?");
            args.push(Box::new(driver.to_owned()));
            for gram in grams.iter().filter(|g| g.as_str() != driver) {
                clauses.push(
                    "EXISTS (SELECT 1 FROM rm_name_grams x WHERE x.gram = ? AND x.id = g.id)",
                );
                args.push(Box::new(gram.clone()));
            }
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
    let after_id = after.map(parse_cursor).transpose()?;
    let mut page_sql = format!("SELECT {COLUMNS} FROM {from} {WITH_STATE} WHERE {filter_sql}");
    if let Some(a) = &after_id {
        page_sql.push_str(&format!(" AND {order} > ?"));
        args.push(Box::new(a.clone()));
    }
    page_sql.push_str(&format!(" ORDER BY {order} LIMIT ?"));
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
        "SELECT o.id, s.version, s.position, s.state, o.case_due FROM rm_organisations o \
         JOIN aggregate_states s ON s.category = 'organisation' AND s.id = o.id \
         WHERE o.jurisdiction = ?1 AND o.case_due IS NOT NULL AND o.case_due < ?2 \
           AND (o.case_due, o.id) > (?3, ?4) \
         ORDER BY o.case_due, o.id LIMIT ?5",
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
