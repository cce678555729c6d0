//! The catalogue read model's queries in the embedded store's SQLite file.

use rusqlite::{Connection, OptionalExtension, params};

use super::{CatalogueHeader, CatalogueItemRow, ITEM_COLUMNS, RawItem, TreeQuery, instant};
use crate::ReadModelError;

fn raw(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawItem> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
        r.get(10)?,
    ))
}

pub(crate) fn header(
    conn: &Connection,
    jurisdiction: &str,
) -> Result<Option<CatalogueHeader>, ReadModelError> {
    let found: Option<(i64, i64, i64)> = conn
        .prepare_cached(
            "SELECT version, loaded_at, items FROM rm_catalogues WHERE jurisdiction = ?1",
        )?
        .query_row([jurisdiction], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    found
        .map(|(version, loaded_at, items)| {
            Ok(CatalogueHeader {
                jurisdiction: jurisdiction.to_owned(),
                version: version as u64,
                loaded_at: instant(loaded_at, jurisdiction)?,
                items: items as u64,
            })
        })
        .transpose()
}

/// Up to `first + 1` items in code order after the cursor, read along the primary key.
pub(crate) fn tree(
    conn: &Connection,
    q: &TreeQuery,
) -> Result<Vec<CatalogueItemRow>, ReadModelError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ITEM_COLUMNS} FROM rm_catalogue_items \
         WHERE jurisdiction = ?1 AND code > ?2 ORDER BY code LIMIT ?3"
    ))?;
    let rows = stmt.query_map(
        params![
            q.jurisdiction,
            q.after.as_deref().unwrap_or(""),
            (q.first + 1) as i64
        ],
        raw,
    )?;
    rows.map(|r| CatalogueItemRow::decode(r?)).collect()
}

pub(crate) fn item(
    conn: &Connection,
    jurisdiction: &str,
    code: &str,
) -> Result<Option<CatalogueItemRow>, ReadModelError> {
    conn.prepare_cached(&format!(
        "SELECT {ITEM_COLUMNS} FROM rm_catalogue_items WHERE jurisdiction = ?1 AND code = ?2"
    ))?
    .query_row([jurisdiction, code], raw)
    .optional()?
    .map(CatalogueItemRow::decode)
    .transpose()
}

/// The versions of the first `first` events concerning an item, oldest first.
pub(crate) fn item_events(
    conn: &Connection,
    jurisdiction: &str,
    code: &str,
    first: usize,
) -> Result<Vec<u64>, ReadModelError> {
    let mut stmt = conn.prepare_cached(
        "SELECT version FROM rm_catalogue_item_events \
         WHERE jurisdiction = ?1 AND code = ?2 ORDER BY version LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![jurisdiction, code, first as i64], |r| {
        r.get::<_, i64>(0)
    })?;
    Ok(rows
        .map(|v| v.map(|v| v as u64))
        .collect::<Result<_, _>>()?)
}
