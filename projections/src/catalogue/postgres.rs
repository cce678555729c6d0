//! The catalogue read model's queries in the shared PostgreSQL database.

use sqlx::{AssertSqlSafe, PgConnection};

use super::{CatalogueHeader, CatalogueItemRow, ITEM_COLUMNS, RawItem, TreeQuery, instant};
use crate::ReadModelError;

pub(crate) async fn header(
    conn: &mut PgConnection,
    jurisdiction: &str,
) -> Result<Option<CatalogueHeader>, ReadModelError> {
    let found: Option<(i64, i64, i64)> = sqlx::query_as(
        "SELECT version, loaded_at, items FROM rm_catalogues WHERE jurisdiction = $1",
    )
    .bind(jurisdiction)
    .fetch_optional(conn)
    .await?;
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

/// Up to `first + 1` items in code order (`COLLATE "C"`, as SQLite) after the cursor.
pub(crate) async fn tree(
    conn: &mut PgConnection,
    q: &TreeQuery,
) -> Result<Vec<CatalogueItemRow>, ReadModelError> {
    sqlx::query_as::<_, RawItem>(AssertSqlSafe(format!(
        "SELECT {ITEM_COLUMNS} FROM rm_catalogue_items \
         WHERE jurisdiction = $1 AND code > $2 ORDER BY code LIMIT $3"
    )))
    .bind(&q.jurisdiction)
    .bind(q.after.as_deref().unwrap_or(""))
    .bind((q.first + 1) as i64)
    .fetch_all(conn)
    .await?
    .into_iter()
    .map(CatalogueItemRow::decode)
    .collect()
}

pub(crate) async fn item(
    conn: &mut PgConnection,
    jurisdiction: &str,
    code: &str,
) -> Result<Option<CatalogueItemRow>, ReadModelError> {
    sqlx::query_as::<_, RawItem>(AssertSqlSafe(format!(
        "SELECT {ITEM_COLUMNS} FROM rm_catalogue_items WHERE jurisdiction = $1 AND code = $2"
    )))
    .bind(jurisdiction)
    .bind(code)
    .fetch_optional(conn)
    .await?
    .map(CatalogueItemRow::decode)
    .transpose()
}

/// The versions of the first `first` events concerning an item, oldest first.
pub(crate) async fn item_events(
    conn: &mut PgConnection,
    jurisdiction: &str,
    code: &str,
    first: usize,
) -> Result<Vec<u64>, ReadModelError> {
    let versions: Vec<i64> = sqlx::query_scalar(
        "SELECT version FROM rm_catalogue_item_events \
         WHERE jurisdiction = $1 AND code = $2 ORDER BY version LIMIT $3",
    )
    .bind(jurisdiction)
    .bind(code)
    .bind(first as i64)
    .fetch_all(conn)
    .await?;
    Ok(versions.into_iter().map(|v| v as u64).collect())
}
