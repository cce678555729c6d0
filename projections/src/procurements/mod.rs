//! The procurements' read model: one row per procurement with the terms a board lists and
//! filters by, its status and its clocks. Worked out once for both backends
//! ([`Procurements`]), and queried once for both ([`Select`]s the runtime runs on either):
//! the public board of a jurisdiction in publication order, a purchasing unit's own list
//! (drafts included), and the scheduler's due queries. A row is read with its stream's stored
//! state, so a view shows the whole procurement without a second trip.

use chrono::{DateTime, Utc};
use civic_domain::{Procurement, ProcurementMethod, ProcurementStatus};
use uuid::Uuid;

use crate::runtime::query::{Row, Select};
use crate::runtime::table::{Index, Type, col, nullable};
use crate::runtime::{Changes, LatestRows, ProjectorInfo, TableDef, Value};
use crate::{ReadModelError, ReadModels};

#[cfg(test)]
mod tests;

pub static PROCUREMENTS: TableDef = TableDef {
    name: "rm_procurements",
    columns: &[
        col("id", Type::Key),
        col("jurisdiction", Type::Key),
        col("purchaser_unit", Type::Key),
        col("purchaser", Type::Text),
        col("title", Type::Text),
        col("item", Type::Key),
        col("item_name_zh", Type::Text),
        col("method", Type::Key),
        // Fen.
        col("budget", Type::Int),
        col("bid_security", Type::Int),
        col("status", Type::Key),
        // Microseconds since the epoch.
        col("bid_deadline", Type::Int),
        col("opening_at", Type::Int),
        // Null while a draft: the board lists only what was published.
        nullable("published_at", Type::Int),
        col("amendments", Type::Int),
        col("service_start", Type::Key),
        col("service_end", Type::Key),
        nullable("min_rating", Type::Int),
        // The organisation kinds that may bid, comma-separated; empty: any kind.
        col("kinds", Type::Key),
        nullable("min_years", Type::Int),
    ],
    key: &["id"],
    indexes: &[
        Index {
            name: "rm_procurements_board",
            columns: &["jurisdiction", "published_at", "id"],
            filter: Some("published_at IS NOT NULL"),
        },
        Index {
            name: "rm_procurements_board_status",
            columns: &["jurisdiction", "status", "published_at", "id"],
            filter: Some("published_at IS NOT NULL"),
        },
        Index {
            name: "rm_procurements_board_item",
            columns: &["jurisdiction", "item", "published_at", "id"],
            filter: Some("published_at IS NOT NULL"),
        },
        Index {
            name: "rm_procurements_unit",
            columns: &["purchaser_unit", "id"],
            filter: None,
        },
        Index {
            name: "rm_procurements_due_deadline",
            columns: &["status", "bid_deadline", "id"],
            filter: None,
        },
        Index {
            name: "rm_procurements_due_opening",
            columns: &["status", "opening_at", "id"],
            filter: None,
        },
    ],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "procurements",
    version: 1,
    tables: &[&PROCUREMENTS],
    search: &[],
};

/// The procurements read model.
#[derive(Default)]
pub struct Procurements;

fn micros(at: DateTime<Utc>) -> Value {
    Value::Int(at.timestamp_micros())
}

/// The row of a drafted procurement in [`PROCUREMENTS`]'s column order; `None` before drafting.
fn row(p: &Procurement) -> Option<Vec<Value>> {
    let (id, terms, status) = (p.id?, p.terms.as_ref()?, p.status?);
    let r = &terms.requirements;
    let kinds: Vec<&str> = r.kinds.iter().map(|k| k.as_str()).collect();
    Some(vec![
        Value::text(id.to_string()),
        Value::text(terms.jurisdiction.as_str()),
        Value::text(terms.purchaser_unit.to_string()),
        Value::text(terms.purchaser.clone()),
        Value::text(terms.title.clone()),
        Value::text(terms.item.as_str()),
        Value::text(p.item_name_zh.clone().unwrap_or_default()),
        Value::text(terms.method.as_str()),
        Value::Int(terms.budget.fen()),
        Value::Int(terms.bid_security.fen()),
        Value::text(status.as_str()),
        micros(terms.bid_deadline),
        micros(terms.opening_at),
        p.published_at.map_or(Value::Null, micros),
        Value::uint(u64::from(p.amendments)),
        Value::text(terms.service_start.to_string()),
        Value::text(terms.service_end.to_string()),
        r.min_rating
            .map_or(Value::Null, |g| Value::Int(i64::from(g))),
        Value::text(kinds.join(",")),
        r.min_years_registered
            .map_or(Value::Null, |y| Value::Int(i64::from(y))),
    ])
}

impl LatestRows<Procurement> for Procurements {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn rows(&self, _version: u64, state: &Procurement, out: &mut Changes) {
        if let Some(r) = row(state) {
            out.upsert(&PROCUREMENTS, r);
        }
    }
}

/// A procurement as its row and its stored state hold it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcurementRow {
    pub id: Uuid,
    pub jurisdiction: String,
    pub purchaser_unit: Uuid,
    pub status: String,
    pub published_at: Option<DateTime<Utc>>,
    /// The stream's version and the position of its last event.
    pub version: u64,
    pub position: u64,
    pub state: Procurement,
}

/// Which procurements a list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProcurementList {
    /// A jurisdiction's public board: published procurements (whatever became of them since),
    /// in publication order, optionally of one status or one catalogue item.
    Board {
        jurisdiction: String,
        status: Option<ProcurementStatus>,
        item: Option<String>,
        method: Option<ProcurementMethod>,
        /// Bid deadlines at or after this instant only.
        deadline_from: Option<DateTime<Utc>>,
        /// Bid deadlines before this instant only.
        deadline_before: Option<DateTime<Utc>>,
    },
    /// A purchasing unit's own procurements, drafts included, in drafting order (ids are UUID
    /// v7), optionally of one status.
    Unit {
        unit: Uuid,
        status: Option<ProcurementStatus>,
    },
}

/// Where a page of a list starts: after the row with these order values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListCursor {
    Board { published_at: i64, id: Uuid },
    Unit { id: Uuid },
}

impl ListCursor {
    /// Opaque to clients: `b.<micros>.<id>` on a board, `u.<id>` in a unit's list.
    pub fn encode(&self) -> String {
        match self {
            Self::Board { published_at, id } => format!("b.{published_at}.{id}"),
            Self::Unit { id } => format!("u.{id}"),
        }
    }

    pub fn decode(s: &str) -> Result<Self, ReadModelError> {
        let bad = || ReadModelError::BadCursor(format!("{s:?} is not a cursor of this list"));
        let mut parts = s.split('.');
        let cursor = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("b"), Some(at), Some(id), None) => Self::Board {
                published_at: at.parse().map_err(|_| bad())?,
                id: id.parse().map_err(|_| bad())?,
            },
            (Some("u"), Some(id), None, None) => Self::Unit {
                id: id.parse().map_err(|_| bad())?,
            },
            _ => return Err(bad()),
        };
        Ok(cursor)
    }

    fn of(list: &ProcurementList, row: &ProcurementRow) -> Self {
        match list {
            ProcurementList::Board { .. } => Self::Board {
                published_at: row.published_at.map_or(0, |a| a.timestamp_micros()),
                id: row.id,
            },
            ProcurementList::Unit { .. } => Self::Unit { id: row.id },
        }
    }
}

/// The columns every query reads, in the order [`ProcurementRow::decode`] takes; the stored
/// state follows them.
const COLUMNS: &[&str] = &["id", "jurisdiction", "purchaser_unit", "status"];

const CATEGORY: &str = <Procurement as civic_domain::Aggregate>::CATEGORY;

/// The filters of a list, without order or cursor (what its `totalCount` counts).
pub(crate) fn list_filter(list: &ProcurementList) -> Select {
    let select = Select::from(&PROCUREMENTS, COLUMNS).with_state(CATEGORY);
    match list {
        ProcurementList::Board {
            jurisdiction,
            status,
            item,
            method,
            deadline_from,
            deadline_before,
        } => {
            let mut s = select
                .eq("jurisdiction", Value::text(jurisdiction.clone()))
                .not_null("published_at");
            if let Some(status) = status {
                s = s.eq("status", Value::text(status.as_str()));
            }
            if let Some(item) = item {
                s = s.eq("item", Value::text(item.clone()));
            }
            if let Some(method) = method {
                s = s.eq("method", Value::text(method.as_str()));
            }
            if let Some(from) = deadline_from {
                s = s.ge("bid_deadline", Value::Int(from.timestamp_micros()));
            }
            if let Some(before) = deadline_before {
                s = s.lt("bid_deadline", Value::Int(before.timestamp_micros()));
            }
            s
        }
        ProcurementList::Unit { unit, status } => {
            let mut s = select.eq("purchaser_unit", Value::text(unit.to_string()));
            if let Some(status) = status {
                s = s.eq("status", Value::text(status.as_str()));
            }
            s
        }
    }
}

/// Up to `first + 1` rows of a list after the cursor (one more tells a next page).
pub(crate) fn list_query(
    list: &ProcurementList,
    first: usize,
    after: Option<&ListCursor>,
) -> Result<Select, ReadModelError> {
    let (order, cursor): (&'static [&'static str], _) = match (list, after) {
        (ProcurementList::Board { .. }, None) => (&["published_at", "id"], None),
        (ProcurementList::Board { .. }, Some(ListCursor::Board { published_at, id })) => (
            &["published_at", "id"],
            Some(vec![Value::Int(*published_at), Value::text(id.to_string())]),
        ),
        (ProcurementList::Unit { .. }, None) => (&["id"], None),
        (ProcurementList::Unit { .. }, Some(ListCursor::Unit { id })) => {
            (&["id"], Some(vec![Value::text(id.to_string())]))
        }
        (_, Some(c)) => {
            return Err(ReadModelError::BadCursor(format!(
                "{} is a cursor of another list",
                c.encode()
            )));
        }
    };
    Ok(list_filter(list)
        .order_by(order)
        .after(cursor)
        .limit(first + 1))
}

pub(crate) fn by_id(id: Uuid) -> Select {
    Select::from(&PROCUREMENTS, COLUMNS)
        .with_state(CATEGORY)
        .eq("id", Value::text(id.to_string()))
}

/// What the scheduler has to do by an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueClock {
    /// PUBLISHED with the bid deadline passed: close bidding.
    CloseBidding,
    /// BIDDING_CLOSED with the opening instant come: open the bids.
    Open,
}

/// Where a scan of due clocks goes on from: the clock's instant (microseconds since the epoch)
/// and the id of the last procurement it came to.
pub type DueCursor = (i64, Uuid);

/// Up to `limit` procurements whose clock `due` has come by `at`, the earliest first, after
/// `after` when given. Reads the id, then the clock's instant.
pub(crate) fn due_query(
    due: DueClock,
    at: DateTime<Utc>,
    after: Option<DueCursor>,
    limit: usize,
) -> Select {
    let (status, column) = match due {
        DueClock::CloseBidding => (ProcurementStatus::Published, "bid_deadline"),
        DueClock::Open => (ProcurementStatus::BiddingClosed, "opening_at"),
    };
    let (order, columns): (&'static [&'static str], &'static [&'static str]) = match due {
        DueClock::CloseBidding => (&["bid_deadline", "id"], &["id", "bid_deadline"]),
        DueClock::Open => (&["opening_at", "id"], &["id", "opening_at"]),
    };
    Select::from(&PROCUREMENTS, columns)
        .eq("status", Value::text(status.as_str()))
        .le(column, micros(at))
        .order_by(order)
        .after(after.map(|(at, id)| vec![Value::Int(at), Value::text(id.to_string())]))
        .limit(limit)
}

pub(crate) fn due_ids(rows: Vec<Row>) -> Result<Vec<Uuid>, ReadModelError> {
    Ok(due_cursors(rows)?.into_iter().map(|(_, id)| id).collect())
}

pub(crate) fn due_cursors(rows: Vec<Row>) -> Result<Vec<DueCursor>, ReadModelError> {
    rows.into_iter()
        .map(|mut r| {
            let id = r.text(0)?;
            let id = id
                .parse()
                .map_err(|_| ReadModelError::Damaged(format!("rm_procurements: id {id:?}")))?;
            Ok((r.int(1)?, id))
        })
        .collect()
}

impl ProcurementRow {
    pub(crate) fn decode(mut r: Row) -> Result<Self, ReadModelError> {
        let id = r.text(0)?;
        let damaged = |what: &str| ReadModelError::Damaged(format!("procurement {id}: {what}"));
        let state: Procurement =
            serde_json::from_str(&r.text(6)?).map_err(|e| damaged(&format!("state: {e}")))?;
        Ok(ProcurementRow {
            id: id.parse().map_err(|_| damaged("id"))?,
            jurisdiction: r.text(1)?,
            purchaser_unit: r.text(2)?.parse().map_err(|_| damaged("purchaser unit"))?,
            status: r.text(3)?,
            published_at: state.published_at,
            version: r.uint(4)?,
            position: r.uint(5)?,
            state,
        })
    }
}

pub type ProcurementPage = crate::runtime::query::RowsPage<ProcurementRow>;

pub(crate) fn page(
    list: &ProcurementList,
    first: usize,
    rows: Vec<Row>,
    total_count: u64,
) -> Result<ProcurementPage, ReadModelError> {
    let mut rows = rows
        .into_iter()
        .map(ProcurementRow::decode)
        .collect::<Result<Vec<_>, _>>()?;
    let has_next_page = rows.len() > first;
    rows.truncate(first);
    Ok(ProcurementPage {
        items: rows
            .into_iter()
            .map(|r| (ListCursor::of(list, &r).encode(), r))
            .collect(),
        has_next_page,
        total_count,
    })
}

/// One procurement by id, with its stored state.
pub async fn procurement(
    read: &dyn ReadModels,
    id: Uuid,
) -> Result<Option<ProcurementRow>, ReadModelError> {
    read.select_one(by_id(id))
        .await?
        .map(ProcurementRow::decode)
        .transpose()
}

/// A page of `first` rows of a list after `after` (a cursor of an earlier page).
pub async fn list(
    read: &dyn ReadModels,
    list: &ProcurementList,
    first: usize,
    after: Option<&str>,
) -> Result<ProcurementPage, ReadModelError> {
    let after = after.map(ListCursor::decode).transpose()?;
    let rows = read
        .select(list_query(list, first, after.as_ref())?)
        .await?;
    let total = read.count(list_filter(list)).await?;
    page(list, first, rows, total)
}

/// Up to `limit` procurements whose clock `due` has come by `at`, the earliest first.
pub async fn due(
    read: &dyn ReadModels,
    due: DueClock,
    at: DateTime<Utc>,
    limit: usize,
) -> Result<Vec<Uuid>, ReadModelError> {
    due_ids(read.select(due_query(due, at, None, limit)).await?)
}

/// Like [`due`], after `after` (where an earlier call's rows ended), each with its cursor: a
/// scan that could not fire some clocks goes on past them.
pub async fn due_after(
    read: &dyn ReadModels,
    due: DueClock,
    at: DateTime<Utc>,
    after: Option<DueCursor>,
    limit: usize,
) -> Result<Vec<DueCursor>, ReadModelError> {
    due_cursors(read.select(due_query(due, at, after, limit)).await?)
}
