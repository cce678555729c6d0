//! The guidance catalogue's read model: one row per item of each jurisdiction's catalogue, in
//! code order (the tree read depth first), one row per catalogue with its version, and which
//! events of the catalogue stream concern each item (so that an item's history reads those
//! events of the log, not the whole stream). Worked out once for both backends
//! ([`CatalogueItems`]), and queried once for both ([`Select`]s read by the runtime's generic
//! lookups and pages).

use chrono::{DateTime, Utc};
use civic_domain::catalogue::ItemStatus;
use civic_domain::{Catalogue, CatalogueCode, CatalogueEvent, CatalogueItem};
use civic_store::ProjectionFailure;

use crate::ReadModelError;
use crate::runtime::query::{Row, Select};
use crate::runtime::table::{Index, Type, col, nullable};
use crate::runtime::{
    Applied, Change, Changes, Projector, ProjectorInfo, Rebuilt, TableDef, Value,
};

#[cfg(test)]
mod tests;

pub static ITEMS: TableDef = TableDef {
    name: "rm_catalogue_items",
    columns: &[
        col("jurisdiction", Type::Key),
        // Byte order of codes is the tree's reading order: a parent sorts before its children,
        // they before the parent's next sibling.
        col("code", Type::Key),
        nullable("parent", Type::Key),
        col("level", Type::Int),
        col("name_zh", Type::Text),
        nullable("name_en", Type::Text),
        col("category", Type::Key),
        col("status", Type::Key),
        nullable("retired_on", Type::Key),
        nullable("retired_reason", Type::Text),
        // Microseconds since the epoch, as decided.
        col("added_at", Type::Int),
    ],
    key: &["jurisdiction", "code"],
    indexes: &[Index {
        name: "rm_catalogue_items_children",
        columns: &["jurisdiction", "parent", "code"],
        filter: None,
    }],
    fillfactor: None,
};

/// One row per loaded catalogue: the version a client sends back as `expectedVersion`, without
/// reading the whole state (thousands of items) from the state store.
pub static CATALOGUES: TableDef = TableDef {
    name: "rm_catalogues",
    columns: &[
        col("jurisdiction", Type::Key),
        col("version", Type::Int),
        col("loaded_at", Type::Int),
        col("items", Type::Int),
    ],
    key: &["jurisdiction"],
    indexes: &[],
    fillfactor: None,
};

/// The versions of the catalogue stream's events that concern each item.
pub static ITEM_EVENTS: TableDef = TableDef {
    name: "rm_catalogue_item_events",
    columns: &[
        col("jurisdiction", Type::Key),
        col("code", Type::Key),
        col("version", Type::Int),
    ],
    key: &["jurisdiction", "code", "version"],
    indexes: &[],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "catalogue_items",
    version: 1,
    tables: &[&ITEMS, &CATALOGUES, &ITEM_EVENTS],
    search: &[],
};

/// The catalogue read model.
#[derive(Default)]
pub struct CatalogueItems;

fn micros(at: DateTime<Utc>) -> Value {
    Value::Int(at.timestamp_micros())
}

/// The row of `item` in [`ITEMS`]'s column order.
fn row(jurisdiction: &str, item: &CatalogueItem) -> Vec<Value> {
    let (status, on, reason) = match &item.status {
        ItemStatus::Active => ("ACTIVE", None, None),
        ItemStatus::Retired { on, reason } => ("RETIRED", Some(on.to_string()), Some(reason)),
    };
    vec![
        Value::text(jurisdiction),
        Value::text(item.code.as_str()),
        Value::opt_text(item.parent.as_ref().map(CatalogueCode::as_str)),
        Value::Int(i64::from(item.level)),
        Value::text(item.name_zh.clone()),
        Value::opt_text(item.name_en.clone()),
        Value::text(item.category.as_str()),
        Value::text(status),
        Value::opt_text(on),
        Value::opt_text(reason.cloned()),
        micros(item.added_at),
    ]
}

fn header(out: &mut Changes, jurisdiction: &str, version: u64, state: &Catalogue) {
    let Some(loaded_at) = state.loaded_at else {
        return;
    };
    out.upsert(
        &CATALOGUES,
        vec![
            Value::text(jurisdiction),
            Value::uint(version),
            micros(loaded_at),
            Value::uint(state.items.len() as u64),
        ],
    );
}

/// The items an event concerns.
fn concerned(event: &CatalogueEvent) -> Vec<&CatalogueCode> {
    use CatalogueEvent as E;
    match event {
        E::CatalogueLoaded { items, .. } => items.iter().map(|i| &i.code).collect(),
        E::CatalogueItemAdded { item, .. } => vec![&item.code],
        E::CatalogueItemRenamed { code, .. }
        | E::CatalogueItemRetired { code, .. }
        | E::CatalogueItemReinstated { code, .. } => vec![code],
    }
}

impl Projector<Catalogue> for CatalogueItems {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn project(
        &self,
        e: &Applied<'_, Catalogue>,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        let codes = concerned(e.event);
        // History is per event, so a rebuild writes it event by event too.
        for code in &codes {
            out.upsert(
                &ITEM_EVENTS,
                vec![
                    Value::text(e.id),
                    Value::text(code.as_str()),
                    Value::uint(e.version),
                ],
            );
        }
        // A rebuild writes each item and the header once, from where the stream ends.
        if e.rebuilding {
            return Ok(());
        }
        header(out, e.id, e.version, e.after);
        for code in codes {
            let Some(item) = e.after.item(code) else {
                continue;
            };
            out.push(Change::Upsert {
                table: &ITEMS,
                row: row(e.id, item),
                before: e.before.item(code).map(|b| row(e.id, b)),
                guard: None,
            });
        }
        Ok(())
    }

    fn rebuilt(
        &self,
        s: &Rebuilt<'_, Catalogue>,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        header(out, s.id, s.version, s.state);
        for item in s.state.tree() {
            out.upsert(&ITEMS, row(s.id, item));
        }
        Ok(())
    }
}

/// A catalogue as its header row holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueHeader {
    pub jurisdiction: String,
    pub version: u64,
    pub loaded_at: DateTime<Utc>,
    pub items: u64,
}

/// An item as the read model holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueItemRow {
    pub jurisdiction: String,
    pub code: String,
    pub parent: Option<String>,
    pub level: u8,
    pub name_zh: String,
    pub name_en: Option<String>,
    /// `PUBLIC_SERVICE` or `AUXILIARY`.
    pub category: String,
    /// `ACTIVE` or `RETIRED`.
    pub status: String,
    /// The China-local day from which it may no longer be named, when retired.
    pub retired_on: Option<String>,
    pub retired_reason: Option<String>,
    pub added_at: DateTime<Utc>,
}

/// The most items one page of a catalogue's tree holds: more than the shipped default's
/// hundred or so, so that one request reads a whole county catalogue; a provincial one of a
/// few thousand takes a few pages.
pub const MAX_TREE_PAGE: usize = 1_000;

/// The most events one item's history lists.
pub const MAX_HISTORY: usize = 100;

/// Items of a catalogue in code order after `after` (a code), with one more to tell whether
/// another page follows.
#[derive(Debug, Clone)]
pub struct TreeQuery {
    pub jurisdiction: String,
    pub first: usize,
    pub after: Option<String>,
}

fn instant(micros: i64, what: &str) -> Result<DateTime<Utc>, ReadModelError> {
    DateTime::from_timestamp_micros(micros)
        .ok_or_else(|| ReadModelError::Damaged(format!("{what}: instant {micros} out of range")))
}

fn level(n: i64, code: &str) -> Result<u8, ReadModelError> {
    u8::try_from(n).map_err(|_| ReadModelError::Damaged(format!("item {code}: level {n}")))
}

/// A catalogue's header row, by its jurisdiction.
pub(crate) fn header_query(jurisdiction: &str) -> Select {
    Select::from(
        &CATALOGUES,
        &["jurisdiction", "version", "loaded_at", "items"],
    )
    .eq("jurisdiction", Value::text(jurisdiction))
}

impl CatalogueHeader {
    pub(crate) fn decode(mut r: Row) -> Result<Self, ReadModelError> {
        let jurisdiction = r.text(0)?;
        Ok(CatalogueHeader {
            version: r.uint(1)?,
            loaded_at: instant(r.int(2)?, &jurisdiction)?,
            items: r.uint(3)?,
            jurisdiction,
        })
    }
}

/// The columns of [`ITEMS`] every query reads, in the order [`CatalogueItemRow::decode`] takes.
const ITEM_COLUMNS: &[&str] = &[
    "jurisdiction",
    "code",
    "parent",
    "level",
    "name_zh",
    "name_en",
    "category",
    "status",
    "retired_on",
    "retired_reason",
    "added_at",
];

/// Up to `first + 1` items in code order after the cursor, read along the primary key.
pub(crate) fn tree_query(q: &TreeQuery) -> Select {
    Select::from(&ITEMS, ITEM_COLUMNS)
        .eq("jurisdiction", Value::text(q.jurisdiction.clone()))
        .order_by(&["code"])
        .after(q.after.as_ref().map(|a| vec![Value::text(a.clone())]))
        .limit(q.first + 1)
}

pub(crate) fn item_query(jurisdiction: &str, code: &str) -> Select {
    Select::from(&ITEMS, ITEM_COLUMNS)
        .eq("jurisdiction", Value::text(jurisdiction))
        .eq("code", Value::text(code))
}

/// The versions of the first `first` events concerning an item, oldest first.
pub(crate) fn item_events_query(jurisdiction: &str, code: &str, first: usize) -> Select {
    Select::from(&ITEM_EVENTS, &["version"])
        .eq("jurisdiction", Value::text(jurisdiction))
        .eq("code", Value::text(code))
        .order_by(&["version"])
        .limit(first)
}

pub(crate) fn item_versions(rows: Vec<Row>) -> Result<Vec<u64>, ReadModelError> {
    rows.into_iter().map(|mut r| r.uint(0)).collect()
}

impl CatalogueItemRow {
    pub(crate) fn decode(mut r: Row) -> Result<Self, ReadModelError> {
        let code = r.text(1)?;
        Ok(CatalogueItemRow {
            jurisdiction: r.text(0)?,
            parent: r.opt_text(2)?,
            level: level(r.int(3)?, &code)?,
            name_zh: r.text(4)?,
            name_en: r.opt_text(5)?,
            category: r.text(6)?,
            status: r.text(7)?,
            retired_on: r.opt_text(8)?,
            retired_reason: r.opt_text(9)?,
            added_at: instant(r.int(10)?, &code)?,
            code,
        })
    }

    pub(crate) fn decode_all(rows: Vec<Row>) -> Result<Vec<Self>, ReadModelError> {
        rows.into_iter().map(Self::decode).collect()
    }
}
