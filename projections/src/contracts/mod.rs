//! The contracts' read model: one row per contract with what lists filter by and statistics
//! group by — its procurement, jurisdiction, purchasing unit, supplier, catalogue item, method,
//! status, amounts and the year it was signed in — and the payment clock the overdue list
//! reads: the earliest last-day-to-pay of a payment milestone that is accepted and not paid in
//! full. Worked out once for both backends ([`Contracts`]) and queried once for both
//! ([`Select`]s); a row is read with its stream's stored state, so a view shows the whole
//! contract (milestones, payments, corrections) without a second trip.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use civic_domain::{Contract, ContractStatus};
use uuid::Uuid;

use crate::runtime::query::{Row, Select};
use crate::runtime::table::{Index, Type, col, nullable};
use crate::runtime::{Changes, LatestRows, ProjectorInfo, TableDef, Value};
use crate::{ReadModelError, ReadModels};

#[cfg(test)]
mod tests;

pub static CONTRACTS: TableDef = TableDef {
    name: "rm_contracts",
    columns: &[
        col("id", Type::Key),
        // The procurement it was signed from; for a grant's contract, the contest.
        col("procurement_id", Type::Key),
        col("jurisdiction", Type::Key),
        col("purchaser_unit", Type::Key),
        col("supplier", Type::Key),
        col("title", Type::Text),
        col("item", Type::Key),
        col("method", Type::Key),
        col("status", Type::Key),
        // Fen: the original amount, the supplements together, what was paid.
        col("amount", Type::Int),
        col("supplements", Type::Int),
        col("paid", Type::Int),
        // Microseconds since the epoch; the China-local year of signing.
        col("signed_at", Type::Int),
        col("signed_year", Type::Int),
        nullable("ended_at", Type::Int),
        // YYYY-MM-DD: the earliest last day to pay an accepted, not fully paid payment
        // milestone; null when nothing accepted is unpaid.
        nullable("payment_due", Type::Key),
    ],
    key: &["id"],
    indexes: &[
        Index {
            name: "rm_contracts_jurisdiction",
            columns: &["jurisdiction", "id"],
            filter: None,
        },
        Index {
            name: "rm_contracts_jurisdiction_status",
            columns: &["jurisdiction", "status", "id"],
            filter: None,
        },
        Index {
            name: "rm_contracts_supplier",
            columns: &["supplier", "id"],
            filter: None,
        },
        Index {
            name: "rm_contracts_unit",
            columns: &["purchaser_unit", "id"],
            filter: None,
        },
        Index {
            name: "rm_contracts_procurement",
            columns: &["procurement_id", "id"],
            filter: None,
        },
        Index {
            name: "rm_contracts_payment_due",
            columns: &["jurisdiction", "payment_due", "id"],
            filter: Some("payment_due IS NOT NULL"),
        },
    ],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "contracts",
    version: 1,
    tables: &[&CONTRACTS],
    search: &[],
};

/// The contracts read model.
#[derive(Default)]
pub struct Contracts;

fn micros(at: DateTime<Utc>) -> Value {
    Value::Int(at.timestamp_micros())
}

/// The earliest last day to pay of an accepted payment milestone not paid in full.
pub fn payment_due(c: &Contract) -> Option<NaiveDate> {
    c.payment_milestones()
        .filter(|m| c.paid_on(m.id()) < m.terms.amount)
        .filter_map(|m| c.unlocking_acceptance(m)?.payment_due)
        .min()
}

/// The `method` of a contract signed from a contest's grant (no procurement method applies);
/// its `procurement_id` is the contest's id and its `item` empty.
pub const GRANT: &str = "CONTEST_GRANT";

/// The row of a signed contract in [`CONTRACTS`]'s column order; `None` before signing.
fn row(c: &Contract) -> Option<Vec<Value>> {
    let (id, terms, status, signed_at) = (c.id?, c.terms.as_ref()?, c.status?, c.signed_at?);
    Some(vec![
        Value::text(id.to_string()),
        // A grant's contract: the contest it was granted in.
        Value::text(
            c.procurement_id
                .or(c.grant.map(|g| g.contest_id))?
                .to_string(),
        ),
        Value::text(terms.jurisdiction.as_str()),
        Value::text(terms.purchaser_unit.to_string()),
        Value::text(c.supplier?.to_string()),
        Value::text(terms.title.clone()),
        Value::text(terms.item.as_ref().map_or("", |i| i.as_str())),
        Value::text(terms.method.map_or(GRANT, |m| m.as_str())),
        Value::text(status.as_str()),
        Value::Int(c.amount.fen()),
        Value::Int(c.supplemented().fen()),
        Value::Int(c.paid().fen()),
        micros(signed_at),
        Value::Int(i64::from(c.signed_on()?.year())),
        c.ended_at.map_or(Value::Null, micros),
        Value::opt_text(payment_due(c).map(|d| d.to_string())),
    ])
}

impl LatestRows<Contract> for Contracts {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn rows(&self, _version: u64, state: &Contract, out: &mut Changes) {
        if let Some(r) = row(state) {
            out.upsert(&CONTRACTS, r);
        }
    }
}

/// A contract as its row and its stored state hold it.
#[derive(Debug, Clone, PartialEq)]
pub struct ContractRow {
    pub id: Uuid,
    pub procurement_id: Uuid,
    pub jurisdiction: String,
    pub purchaser_unit: Uuid,
    pub supplier: Uuid,
    pub status: String,
    pub payment_due: Option<NaiveDate>,
    /// The stream's version and the position of its last event.
    pub version: u64,
    pub position: u64,
    pub state: Contract,
}

/// The columns every query reads, in the order [`ContractRow::decode`] takes; the stored
/// state's version, position and state follow them.
const COLUMNS: &[&str] = &[
    "id",
    "procurement_id",
    "jurisdiction",
    "purchaser_unit",
    "supplier",
    "status",
    "payment_due",
];

const CATEGORY: &str = <Contract as civic_domain::Aggregate>::CATEGORY;

impl ContractRow {
    pub(crate) fn decode(mut r: Row) -> Result<Self, ReadModelError> {
        let id = r.text(0)?;
        let damaged = |what: &str| ReadModelError::Damaged(format!("contract {id}: {what}"));
        let uuid = |text: String, what: &str| text.parse::<Uuid>().map_err(|_| damaged(what));
        let payment_due = r
            .opt_text(6)?
            .map(|d| d.parse::<NaiveDate>().map_err(|_| damaged("payment_due")))
            .transpose()?;
        let state: Contract =
            serde_json::from_str(&r.text(9)?).map_err(|e| damaged(&format!("state: {e}")))?;
        Ok(ContractRow {
            id: uuid(id.clone(), "id")?,
            procurement_id: uuid(r.text(1)?, "procurement")?,
            jurisdiction: r.text(2)?,
            purchaser_unit: uuid(r.text(3)?, "purchaser unit")?,
            supplier: uuid(r.text(4)?, "supplier")?,
            status: r.text(5)?,
            payment_due,
            version: r.uint(7)?,
            position: r.uint(8)?,
            state,
        })
    }
}

/// Which contracts a list shows, in signing order (ids are UUID v7); each filter narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContractFilter {
    pub jurisdiction: Option<String>,
    pub status: Option<ContractStatus>,
    pub supplier: Option<Uuid>,
    pub procurement: Option<Uuid>,
    pub purchaser_unit: Option<Uuid>,
}

pub type ContractPage = crate::runtime::query::RowsPage<ContractRow>;

fn filtered(filter: &ContractFilter) -> Select {
    let mut s = Select::from(&CONTRACTS, COLUMNS).with_state(CATEGORY);
    let keys = [
        ("jurisdiction", filter.jurisdiction.clone()),
        ("status", filter.status.map(|s| s.as_str().to_owned())),
        ("supplier", filter.supplier.map(|u| u.to_string())),
        ("procurement_id", filter.procurement.map(|u| u.to_string())),
        (
            "purchaser_unit",
            filter.purchaser_unit.map(|u| u.to_string()),
        ),
    ];
    for (column, value) in keys {
        if let Some(v) = value {
            s = s.eq(column, Value::text(v));
        }
    }
    s
}

fn bad_cursor(s: &str) -> ReadModelError {
    ReadModelError::BadCursor(format!("{s:?} is not a cursor of this list"))
}

/// Opaque to clients: `c.<id>` in a list, `d.<YYYY-MM-DD>.<id>` in the overdue list.
fn list_cursor(s: &str) -> Result<Uuid, ReadModelError> {
    s.strip_prefix("c.")
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| bad_cursor(s))
}

fn overdue_cursor(s: &str) -> Result<(NaiveDate, Uuid), ReadModelError> {
    let mut parts = s.split('.');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("d"), Some(day), Some(id), None) => Ok((
            day.parse().map_err(|_| bad_cursor(s))?,
            id.parse().map_err(|_| bad_cursor(s))?,
        )),
        _ => Err(bad_cursor(s)),
    }
}

pub(crate) fn list_query(filter: &ContractFilter, first: usize, after: Option<Uuid>) -> Select {
    filtered(filter)
        .order_by(&["id"])
        .after(after.map(|id| vec![Value::text(id.to_string())]))
        .limit(first + 1)
}

/// The contracts of a jurisdiction with a payment clock run out before `today` (the last day
/// to pay was yesterday or earlier), the longest overdue first.
pub(crate) fn overdue_filter(jurisdiction: &str, today: NaiveDate) -> Select {
    Select::from(&CONTRACTS, COLUMNS)
        .with_state(CATEGORY)
        .eq("jurisdiction", Value::text(jurisdiction))
        .not_null("payment_due")
        .lt("payment_due", Value::text(today.to_string()))
}

pub(crate) fn overdue_query(
    jurisdiction: &str,
    today: NaiveDate,
    first: usize,
    after: Option<(NaiveDate, Uuid)>,
) -> Select {
    overdue_filter(jurisdiction, today)
        .order_by(&["payment_due", "id"])
        .after(after.map(|(d, id)| vec![Value::text(d.to_string()), Value::text(id.to_string())]))
        .limit(first + 1)
}

fn page(
    rows: Vec<Row>,
    first: usize,
    total_count: u64,
    cursor: impl Fn(&ContractRow) -> String,
) -> Result<ContractPage, ReadModelError> {
    let mut rows = rows
        .into_iter()
        .map(ContractRow::decode)
        .collect::<Result<Vec<_>, _>>()?;
    let has_next_page = rows.len() > first;
    rows.truncate(first);
    Ok(ContractPage {
        items: rows.into_iter().map(|r| (cursor(&r), r)).collect(),
        has_next_page,
        total_count,
    })
}

pub(crate) fn by_id(id: Uuid) -> Select {
    Select::from(&CONTRACTS, COLUMNS)
        .with_state(CATEGORY)
        .eq("id", Value::text(id.to_string()))
}

/// One contract by id, with its stored state.
pub async fn contract(
    read: &dyn ReadModels,
    id: Uuid,
) -> Result<Option<ContractRow>, ReadModelError> {
    read.select_one(by_id(id))
        .await?
        .map(ContractRow::decode)
        .transpose()
}

/// The contract signed from a procurement, if any (CON-SIGN: one at most).
pub async fn of_procurement(
    read: &dyn ReadModels,
    procurement_id: Uuid,
) -> Result<Option<ContractRow>, ReadModelError> {
    let filter = ContractFilter {
        procurement: Some(procurement_id),
        ..ContractFilter::default()
    };
    read.select_one(list_query(&filter, 1, None))
        .await?
        .map(ContractRow::decode)
        .transpose()
}

/// A page of `first` contracts of a list after `after` (a cursor of an earlier page).
pub async fn list(
    read: &dyn ReadModels,
    filter: &ContractFilter,
    first: usize,
    after: Option<&str>,
) -> Result<ContractPage, ReadModelError> {
    let after = after.map(list_cursor).transpose()?;
    let rows = read.select(list_query(filter, first, after)).await?;
    let total = read.count(filtered(filter)).await?;
    page(rows, first, total, |r| format!("c.{}", r.id))
}

/// A page of a jurisdiction's contracts with payments overdue on `today`.
pub async fn overdue(
    read: &dyn ReadModels,
    jurisdiction: &str,
    today: NaiveDate,
    first: usize,
    after: Option<&str>,
) -> Result<ContractPage, ReadModelError> {
    let after = after.map(overdue_cursor).transpose()?;
    let rows = read
        .select(overdue_query(jurisdiction, today, first, after))
        .await?;
    let total = read.count(overdue_filter(jurisdiction, today)).await?;
    page(rows, first, total, |r| {
        format!(
            "d.{}.{}",
            r.payment_due.map(|d| d.to_string()).unwrap_or_default(),
            r.id
        )
    })
}
