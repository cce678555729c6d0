//! The menu orders' read model: one row per order with what its list filters by — the
//! jurisdiction, the ordering community, the status and the procurement that implements it —
//! read with the order's stored state, so a page shows each whole order (its lines and
//! notices) without a second trip. The menu itself is read from its state (one stream per
//! jurisdiction, a few hundred entries at most), as the expert pool is.

use civic_domain::{MenuOrder, MenuOrderStatus};
use uuid::Uuid;

use crate::runtime::query::{Row, Select};
use crate::runtime::table::{Index, Type, col, nullable};
use crate::runtime::{Changes, LatestRows, ProjectorInfo, TableDef, Value};
use crate::{ReadModelError, ReadModels};

#[cfg(test)]
mod tests;

pub static MENU_ORDERS: TableDef = TableDef {
    name: "rm_menu_orders",
    columns: &[
        col("order_id", Type::Key),
        col("jurisdiction", Type::Key),
        col("community_unit", Type::Key),
        col("community_name", Type::Text),
        col("title", Type::Text),
        col("status", Type::Key),
        // Fen: what the order's items come to.
        col("total", Type::Int),
        nullable("procurement_id", Type::Key),
        // Microseconds since the epoch.
        col("collected_at", Type::Int),
    ],
    key: &["order_id"],
    indexes: &[
        Index {
            name: "rm_menu_orders_jurisdiction",
            columns: &["jurisdiction", "order_id"],
            filter: None,
        },
        Index {
            name: "rm_menu_orders_jurisdiction_status",
            columns: &["jurisdiction", "status", "order_id"],
            filter: None,
        },
        Index {
            name: "rm_menu_orders_community",
            columns: &["community_unit", "order_id"],
            filter: None,
        },
        Index {
            name: "rm_menu_orders_procurement",
            columns: &["procurement_id", "order_id"],
            filter: Some("procurement_id IS NOT NULL"),
        },
    ],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "menu_orders",
    version: 1,
    tables: &[&MENU_ORDERS],
    search: &[],
};

/// The menu orders read model.
#[derive(Default)]
pub struct MenuOrders;

/// The row of an order in [`MENU_ORDERS`]'s column order; `None` before its needs are collected.
fn row(o: &MenuOrder) -> Option<Vec<Value>> {
    let (id, jurisdiction, community, status, at) = (
        o.id?,
        o.jurisdiction.as_ref()?,
        o.community.as_ref()?,
        o.status?,
        o.collected_at?,
    );
    Some(vec![
        Value::text(id.to_string()),
        Value::text(jurisdiction.as_str()),
        Value::text(community.unit_id.to_string()),
        Value::text(community.name.clone()),
        Value::text(o.title.clone()),
        Value::text(status.as_str()),
        Value::Int(o.total().fen()),
        Value::opt_text(o.procurement_id().map(|p| p.to_string())),
        Value::Int(at.timestamp_micros()),
    ])
}

impl LatestRows<MenuOrder> for MenuOrders {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn rows(&self, _version: u64, state: &MenuOrder, out: &mut Changes) {
        if let Some(r) = row(state) {
            out.upsert(&MENU_ORDERS, r);
        }
    }
}

/// An order as its row and its stored state hold it.
#[derive(Debug, Clone, PartialEq)]
pub struct MenuOrderRow {
    pub order_id: Uuid,
    pub jurisdiction: String,
    pub community_unit: Uuid,
    pub status: String,
    pub procurement_id: Option<Uuid>,
    /// The stream's version and the position of its last event.
    pub version: u64,
    pub position: u64,
    pub state: MenuOrder,
}

const COLUMNS: &[&str] = &[
    "order_id",
    "jurisdiction",
    "community_unit",
    "status",
    "procurement_id",
];

const CATEGORY: &str = <MenuOrder as civic_domain::Aggregate>::CATEGORY;

impl MenuOrderRow {
    pub(crate) fn decode(mut r: Row) -> Result<Self, ReadModelError> {
        let id = r.text(0)?;
        let damaged = |what: &str| ReadModelError::Damaged(format!("menu order {id}: {what}"));
        let uuid = |text: String, what: &str| text.parse::<Uuid>().map_err(|_| damaged(what));
        let procurement_id = r.opt_text(4)?.map(|p| uuid(p, "procurement")).transpose()?;
        let state: MenuOrder =
            serde_json::from_str(&r.text(7)?).map_err(|e| damaged(&format!("state: {e}")))?;
        Ok(MenuOrderRow {
            order_id: uuid(id.clone(), "id")?,
            jurisdiction: r.text(1)?,
            community_unit: uuid(r.text(2)?, "community")?,
            status: r.text(3)?,
            procurement_id,
            version: r.uint(5)?,
            position: r.uint(6)?,
            state,
        })
    }
}

/// Which orders a list shows, in order of their collection (ids are UUID v7); each filter
/// narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MenuOrderFilter {
    pub jurisdiction: Option<String>,
    pub status: Option<MenuOrderStatus>,
    pub community_unit: Option<Uuid>,
    pub procurement: Option<Uuid>,
}

pub type MenuOrderPage = crate::runtime::query::RowsPage<MenuOrderRow>;

fn filtered(filter: &MenuOrderFilter) -> Select {
    let mut s = Select::from(&MENU_ORDERS, COLUMNS).with_state(CATEGORY);
    let keys = [
        ("jurisdiction", filter.jurisdiction.clone()),
        ("status", filter.status.map(|s| s.as_str().to_owned())),
        (
            "community_unit",
            filter.community_unit.map(|u| u.to_string()),
        ),
        ("procurement_id", filter.procurement.map(|u| u.to_string())),
    ];
    for (column, value) in keys {
        if let Some(v) = value {
            s = s.eq(column, Value::text(v));
        }
    }
    s
}

/// Opaque to clients: `m.<id>`.
fn cursor(s: &str) -> Result<Uuid, ReadModelError> {
    s.strip_prefix("m.")
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| ReadModelError::BadCursor(format!("{s:?} is not a cursor of this list")))
}

pub(crate) fn list_query(filter: &MenuOrderFilter, first: usize, after: Option<Uuid>) -> Select {
    filtered(filter)
        .order_by(&["order_id"])
        .after(after.map(|id| vec![Value::text(id.to_string())]))
        .limit(first + 1)
}

pub(crate) fn by_id(id: Uuid) -> Select {
    Select::from(&MENU_ORDERS, COLUMNS)
        .with_state(CATEGORY)
        .eq("order_id", Value::text(id.to_string()))
}

/// One order by id, with its stored state.
pub async fn order(
    read: &dyn ReadModels,
    id: Uuid,
) -> Result<Option<MenuOrderRow>, ReadModelError> {
    read.select_one(by_id(id))
        .await?
        .map(MenuOrderRow::decode)
        .transpose()
}

/// A page of `first` orders of a list after `after` (a cursor of an earlier page).
pub async fn list(
    read: &dyn ReadModels,
    filter: &MenuOrderFilter,
    first: usize,
    after: Option<&str>,
) -> Result<MenuOrderPage, ReadModelError> {
    let after = after.map(cursor).transpose()?;
    let rows = read.select(list_query(filter, first, after)).await?;
    let total_count = read.count(filtered(filter)).await?;
    let mut rows = rows
        .into_iter()
        .map(MenuOrderRow::decode)
        .collect::<Result<Vec<_>, _>>()?;
    let has_next_page = rows.len() > first;
    rows.truncate(first);
    Ok(MenuOrderPage {
        items: rows
            .into_iter()
            .map(|r| (format!("m.{}", r.order_id), r))
            .collect(),
        has_next_page,
        total_count,
    })
}
