//! The sealed bids' read model (BID-SEALED): one row per bid with what may be known of it
//! before the opening — its procurement, its bidder, its status, its commitment and when it
//! was sealed, replaced or withdrawn, and the registry state its eligibility was checked
//! against. Never its content nor its salt: those are not in the events either, and the box
//! they travel in stays in the bid's stored state, read only by the opening.
//!
//! Queries are written once for both backends as [`Select`]s with a decoder, and run through
//! [`ReadModels::select`] / [`ReadModels::count`].

use chrono::{DateTime, Utc};
use civic_domain::{Aggregate, Bid};
use civic_store::ProjectionFailure;
use uuid::Uuid;

use crate::runtime::query::{Row, Select};
use crate::runtime::table::{Index, Type, col, nullable};
use crate::runtime::{Applied, Changes, Projector, ProjectorInfo, Rebuilt, TableDef, Value};
use crate::{ReadModelError, ReadModels};

#[cfg(test)]
mod tests;

/// The most live bids one procurement holds. A bid beyond it is refused at submission (the
/// command path checks it, `civic-ledger`'s `ledger/bid.rs`), so that the public board of a
/// procurement and its opening read a bounded number of bids; no tender of social services
/// draws anywhere near this many.
pub const MAX_LIVE_BIDS: u64 = 500;

pub static BIDS: TableDef = TableDef {
    name: "rm_bids",
    columns: &[
        col("bid_id", Type::Key),
        col("procurement_id", Type::Key),
        col("organisation_id", Type::Key),
        col("jurisdiction", Type::Key),
        // SUBMITTED or WITHDRAWN.
        col("status", Type::Key),
        // 64 lowercase hex digits, public from the submission.
        col("commitment", Type::Key),
        col("commitment_scheme", Type::Text),
        // Microseconds since the epoch, as decided.
        col("submitted_at", Type::Int),
        // The last submission or replacement: the time the public board shows.
        col("sealed_at", Type::Int),
        // RFC 3339 in UTC to the microsecond (a nullable instant; the others are microseconds).
        nullable("withdrawn_at", Type::Key),
        col("replacements", Type::Int),
        // The registry state the last eligibility check read.
        col("registry_version", Type::Int),
        col("registry_position", Type::Int),
    ],
    key: &["bid_id"],
    indexes: &[
        Index {
            name: "rm_bids_of_procurement",
            columns: &["procurement_id", "status", "bid_id"],
            filter: None,
        },
        Index {
            name: "rm_bids_of_organisation",
            columns: &["organisation_id", "bid_id"],
            filter: None,
        },
    ],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "bids",
    version: 1,
    tables: &[&BIDS],
    search: &[],
};

/// The bids read model.
#[derive(Default)]
pub struct Bids;

fn micros(at: DateTime<Utc>) -> Value {
    Value::Int(at.timestamp_micros())
}

/// The row of `bid` in [`BIDS`]'s column order; `None` before it was submitted.
fn row(bid: &Bid) -> Option<Vec<Value>> {
    let submitted_at = bid.submitted_at?;
    Some(vec![
        Value::text(bid.id?.to_string()),
        Value::text(bid.procurement_id?.to_string()),
        Value::text(bid.organisation_id?.to_string()),
        Value::text(bid.jurisdiction.as_ref()?.as_str()),
        Value::text(bid.status?.as_str()),
        Value::text(bid.commitment.as_ref()?.as_str()),
        Value::text(bid.commitment_scheme.clone()?),
        micros(submitted_at),
        micros(bid.sealed_at.unwrap_or(submitted_at)),
        Value::opt_text(bid.withdrawn_at.map(rfc3339)),
        Value::uint(u64::from(bid.replacements)),
        Value::uint(bid.standing.map_or(0, |s| s.registry_version)),
        Value::uint(bid.standing.map_or(0, |s| s.registry_position)),
    ])
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn upsert(out: &mut Changes, bid: &Bid) {
    if let Some(r) = row(bid) {
        out.upsert(&BIDS, r);
    }
}

impl Projector<Bid> for Bids {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn project(&self, e: &Applied<'_, Bid>, out: &mut Changes) -> Result<(), ProjectionFailure> {
        // A rebuild writes the row once, from where the stream ends.
        if !e.rebuilding {
            upsert(out, e.after);
        }
        Ok(())
    }

    fn rebuilt(&self, s: &Rebuilt<'_, Bid>, out: &mut Changes) -> Result<(), ProjectionFailure> {
        upsert(out, s.state);
        Ok(())
    }
}

/// A bid as the read model holds it: nothing of its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidRow {
    pub bid_id: Uuid,
    pub procurement_id: Uuid,
    pub organisation_id: Uuid,
    pub jurisdiction: String,
    /// `SUBMITTED` or `WITHDRAWN`.
    pub status: String,
    pub commitment: String,
    pub commitment_scheme: String,
    pub submitted_at: DateTime<Utc>,
    pub sealed_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub replacements: u64,
    pub registry_version: u64,
    pub registry_position: u64,
}

/// The columns every query reads, in the order [`BidRow::decode`] takes.
const COLUMNS: &[&str] = &[
    "bid_id",
    "procurement_id",
    "organisation_id",
    "jurisdiction",
    "status",
    "commitment",
    "commitment_scheme",
    "submitted_at",
    "sealed_at",
    "withdrawn_at",
    "replacements",
    "registry_version",
    "registry_position",
];

fn damaged(what: &str, detail: impl std::fmt::Display) -> ReadModelError {
    ReadModelError::Damaged(format!("rm_bids {what}: {detail}"))
}

fn instant(micros: i64, what: &str) -> Result<DateTime<Utc>, ReadModelError> {
    DateTime::from_timestamp_micros(micros)
        .ok_or_else(|| damaged(what, format!("instant {micros} out of range")))
}

fn uuid(text: &str, what: &str) -> Result<Uuid, ReadModelError> {
    Uuid::parse_str(text).map_err(|e| damaged(what, e))
}

impl BidRow {
    pub(crate) fn decode(r: &mut Row) -> Result<Self, ReadModelError> {
        let id = r.text(0)?;
        let withdrawn_at = r
            .opt_text(9)?
            .map(|t| {
                DateTime::parse_from_rfc3339(&t)
                    .map(|at| at.with_timezone(&Utc))
                    .map_err(|e| damaged(&id, format!("withdrawn_at {t:?}: {e}")))
            })
            .transpose()?;
        Ok(BidRow {
            bid_id: uuid(&id, "bid_id")?,
            procurement_id: uuid(&r.text(1)?, &id)?,
            organisation_id: uuid(&r.text(2)?, &id)?,
            jurisdiction: r.text(3)?,
            status: r.text(4)?,
            commitment: r.text(5)?,
            commitment_scheme: r.text(6)?,
            submitted_at: instant(r.int(7)?, &id)?,
            sealed_at: instant(r.int(8)?, &id)?,
            withdrawn_at,
            replacements: r.uint(10)?,
            registry_version: r.uint(11)?,
            registry_position: r.uint(12)?,
        })
    }
}

fn cursor(after: Option<Uuid>) -> Option<Vec<Value>> {
    after.map(|a| vec![Value::text(a.to_string())])
}

/// Up to `first` live bids of a procurement after the bid `after`, in bid-id order (ids are
/// UUID v7: the order they were first submitted in).
pub fn live_query(procurement_id: Uuid, after: Option<Uuid>, first: usize) -> Select {
    Select::from(&BIDS, COLUMNS)
        .eq("procurement_id", Value::text(procurement_id.to_string()))
        .eq("status", Value::text("SUBMITTED"))
        .order_by(&["bid_id"])
        .after(cursor(after))
        .limit(first)
}

/// Up to `first` bids of an organisation, withdrawn ones included, after the bid `after`.
pub fn organisation_query(organisation_id: Uuid, after: Option<Uuid>, first: usize) -> Select {
    Select::from(&BIDS, COLUMNS)
        .eq("organisation_id", Value::text(organisation_id.to_string()))
        .order_by(&["bid_id"])
        .after(cursor(after))
        .limit(first)
}

pub fn bid_query(bid_id: Uuid) -> Select {
    Select::from(&BIDS, COLUMNS).eq("bid_id", Value::text(bid_id.to_string()))
}

fn decode_all(rows: Vec<Row>) -> Result<Vec<BidRow>, ReadModelError> {
    rows.into_iter()
        .map(|mut r| BidRow::decode(&mut r))
        .collect()
}

/// A page of a procurement's live bids (see [`live_query`]).
pub async fn live_bids(
    read: &dyn ReadModels,
    procurement_id: Uuid,
    after: Option<Uuid>,
    first: usize,
) -> Result<Vec<BidRow>, ReadModelError> {
    decode_all(
        read.select(live_query(procurement_id, after, first))
            .await?,
    )
}

/// How many live bids a procurement holds.
pub async fn live_count(
    read: &dyn ReadModels,
    procurement_id: Uuid,
) -> Result<u64, ReadModelError> {
    read.count(live_query(procurement_id, None, 1)).await
}

/// A page of a procurement's live bids with each bid's stored state, which holds its sealed
/// box: what the opening reads, and nothing else should.
pub async fn live_bids_sealed(
    read: &dyn ReadModels,
    procurement_id: Uuid,
    after: Option<Uuid>,
    first: usize,
) -> Result<Vec<(BidRow, Bid)>, ReadModelError> {
    let rows = read
        .select(live_query(procurement_id, after, first).with_state(Bid::CATEGORY))
        .await?;
    rows.into_iter()
        .map(|mut r| {
            let row = BidRow::decode(&mut r)?;
            let state = r.text(COLUMNS.len() + 2)?;
            let bid: Bid = serde_json::from_str(&state)
                .map_err(|e| damaged(&row.bid_id.to_string(), format!("its state: {e}")))?;
            Ok((row, bid))
        })
        .collect()
}

/// One bid by its id.
pub async fn bid(read: &dyn ReadModels, bid_id: Uuid) -> Result<Option<BidRow>, ReadModelError> {
    read.select_one(bid_query(bid_id))
        .await?
        .map(|mut r| BidRow::decode(&mut r))
        .transpose()
}

/// A page of an organisation's bids (see [`organisation_query`]).
pub async fn organisation_bids(
    read: &dyn ReadModels,
    organisation_id: Uuid,
    after: Option<Uuid>,
    first: usize,
) -> Result<Vec<BidRow>, ReadModelError> {
    decode_all(
        read.select(organisation_query(organisation_id, after, first))
            .await?,
    )
}
