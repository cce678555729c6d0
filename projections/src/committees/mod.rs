//! The committees' read model: one row per evaluation committee, keyed by its id and found by
//! its procurement, so that the procurement's `RecordEvaluation` finds the report of its
//! current round's committee, and a purchaser sees where each committee stands (seats, sheets
//! in) without reading its members' scores. Who sits and what they scored is read from the
//! committee's own state, under the sealing rules of `ScoreSheetSubmitted`.

use chrono::{DateTime, Utc};
use civic_domain::{Committee, CommitteeStatus};
use uuid::Uuid;

use crate::ReadModelError;
use crate::runtime::query::{Row, Select};
use crate::runtime::table::{Index, Type, col, nullable};
use crate::runtime::{Changes, LatestRows, ProjectorInfo, TableDef, Value};

#[cfg(test)]
mod tests;

pub static COMMITTEES: TableDef = TableDef {
    name: "rm_committees",
    columns: &[
        col("committee_id", Type::Key),
        col("procurement_id", Type::Key),
        col("status", Type::Key),
        col("version", Type::Int),
        col("seats", Type::Int),
        col("sitting", Type::Int),
        col("submitted", Type::Int),
        // Microseconds since the epoch, as decided.
        col("constituted_at", Type::Int),
        // RFC 3339, null while scoring (rows hold no nullable integers).
        nullable("concluded_at", Type::Key),
    ],
    key: &["committee_id"],
    indexes: &[Index {
        name: "rm_committees_by_procurement",
        columns: &["procurement_id", "committee_id"],
        filter: None,
    }],
    fillfactor: None,
};

/// Who sits (or sat) on which committee: an evaluator's list of its committees.
pub static MEMBERS: TableDef = TableDef {
    name: "rm_committee_members",
    columns: &[
        col("member_id", Type::Key),
        col("committee_id", Type::Key),
        col("procurement_id", Type::Key),
        col("sitting", Type::Bool),
    ],
    key: &["member_id", "committee_id"],
    indexes: &[],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "committees",
    version: 1,
    tables: &[&COMMITTEES, &MEMBERS],
    search: &[],
};

/// The committees read model.
#[derive(Default)]
pub struct Committees;

fn row(version: u64, c: &Committee) -> Option<Vec<Value>> {
    let (id, procurement, at) = (c.id?, c.procurement_id?, c.constituted_at?);
    let sitting: Vec<_> = c.sitting().collect();
    let submitted = sitting.iter().filter(|m| m.sheet.is_some()).count();
    Some(vec![
        Value::text(id.to_string()),
        Value::text(procurement.to_string()),
        Value::text(match c.status {
            Some(CommitteeStatus::Concluded) => "CONCLUDED",
            _ => "SCORING",
        }),
        Value::uint(version),
        Value::uint(u64::from(c.seats)),
        Value::uint(sitting.len() as u64),
        Value::uint(submitted as u64),
        Value::Int(at.timestamp_micros()),
        Value::opt_text(c.concluded_at.map(|t| t.to_rfc3339())),
    ])
}

/// A committee's members (a few: its seats and their replacements), each event: a seat taken
/// or given up changes one of them.
fn members(out: &mut Changes, c: &Committee) {
    let (Some(id), Some(procurement)) = (c.id, c.procurement_id) else {
        return;
    };
    for m in &c.members {
        out.upsert(
            &MEMBERS,
            vec![
                Value::text(m.member_id.to_string()),
                Value::text(id.to_string()),
                Value::text(procurement.to_string()),
                Value::Bool(m.is_sitting()),
            ],
        );
    }
}

impl LatestRows<Committee> for Committees {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn rows(&self, version: u64, state: &Committee, out: &mut Changes) {
        if let Some(r) = row(version, state) {
            out.upsert(&COMMITTEES, r);
        }
        members(out, state);
    }
}

/// A committee as its row holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitteeRow {
    pub committee_id: Uuid,
    pub procurement_id: Uuid,
    /// `SCORING` or `CONCLUDED`.
    pub status: String,
    pub version: u64,
    pub seats: u64,
    pub sitting: u64,
    pub submitted: u64,
    pub constituted_at: DateTime<Utc>,
    pub concluded_at: Option<DateTime<Utc>>,
}

/// Committees one procurement may have had: one per evaluation round, and a round follows only
/// a challenge upheld for re-evaluation, so a few at most; more is a damaged read model.
pub const MAX_ROUNDS: usize = 100;

const COLUMNS: &[&str] = &[
    "committee_id",
    "procurement_id",
    "status",
    "version",
    "seats",
    "sitting",
    "submitted",
    "constituted_at",
    "concluded_at",
];

/// The committees of a procurement, oldest first (ids are UUID v7).
pub fn of_procurement(procurement_id: Uuid) -> Select {
    Select::from(&COMMITTEES, COLUMNS)
        .eq("procurement_id", Value::text(procurement_id.to_string()))
        .order_by(&["committee_id"])
        .limit(MAX_ROUNDS)
}

pub fn by_id(committee_id: Uuid) -> Select {
    Select::from(&COMMITTEES, COLUMNS).eq("committee_id", Value::text(committee_id.to_string()))
}

fn uuid(s: &str) -> Result<Uuid, ReadModelError> {
    Uuid::parse_str(s).map_err(|e| ReadModelError::Damaged(format!("committee row id {s}: {e}")))
}

fn instant(micros: i64) -> Result<DateTime<Utc>, ReadModelError> {
    DateTime::from_timestamp_micros(micros).ok_or_else(|| {
        ReadModelError::Damaged(format!("committee row: instant {micros} out of range"))
    })
}

impl CommitteeRow {
    pub fn decode(mut r: Row) -> Result<Self, ReadModelError> {
        Ok(CommitteeRow {
            committee_id: uuid(&r.text(0)?)?,
            procurement_id: uuid(&r.text(1)?)?,
            status: r.text(2)?,
            version: r.uint(3)?,
            seats: r.uint(4)?,
            sitting: r.uint(5)?,
            submitted: r.uint(6)?,
            constituted_at: instant(r.int(7)?)?,
            concluded_at: r
                .opt_text(8)?
                .map(|s| {
                    DateTime::parse_from_rfc3339(&s)
                        .map(|t| t.with_timezone(&Utc))
                        .map_err(|e| ReadModelError::Damaged(format!("committee row: {s}: {e}")))
                })
                .transpose()?,
        })
    }

    pub fn decode_all(rows: Vec<Row>) -> Result<Vec<Self>, ReadModelError> {
        rows.into_iter().map(Self::decode).collect()
    }
}

/// The committees `member_id` was seated on, oldest first, at most `first`.
pub fn of_member(member_id: Uuid, first: usize) -> Select {
    Select::from(&MEMBERS, &["committee_id"])
        .eq("member_id", Value::text(member_id.to_string()))
        .order_by(&["committee_id"])
        .limit(first)
}

/// The committee ids of [`of_member`]'s rows.
pub fn committee_ids(rows: Vec<Row>) -> Result<Vec<Uuid>, ReadModelError> {
    rows.into_iter().map(|mut r| uuid(&r.text(0)?)).collect()
}
