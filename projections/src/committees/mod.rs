//! The committees' read model: one row per evaluation committee (or contest jury), keyed by its
//! id and found by its subject, so that the procurement's `RecordEvaluation` finds the report of
//! its current round's committee, a contest finds its jury, and a purchaser sees where each
//! committee stands (seats, sheets in) without reading its members' scores. Who sits and what they scored is read from the
//! committee's own state, under the sealing rules of `ScoreSheetSubmitted`.

use chrono::{DateTime, Utc};
use civic_domain::committee::Subject;
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
        // Null for a contest's jury; kept beside the subject so that a procurement's queries
        // are what they were.
        nullable("procurement_id", Type::Key),
        // `PROCUREMENT` or `CONTEST`, and its id.
        col("subject_kind", Type::Key),
        col("subject_id", Type::Key),
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
    indexes: &[
        Index {
            name: "rm_committees_by_procurement",
            columns: &["procurement_id", "committee_id"],
            filter: None,
        },
        Index {
            name: "rm_committees_by_subject",
            columns: &["subject_kind", "subject_id", "committee_id"],
            filter: None,
        },
    ],
    fillfactor: None,
};

/// Who sits (or sat) on which committee: an evaluator's list of its committees.
pub static MEMBERS: TableDef = TableDef {
    name: "rm_committee_members",
    columns: &[
        col("member_id", Type::Key),
        col("committee_id", Type::Key),
        // Null for a contest's jury.
        nullable("procurement_id", Type::Key),
        col("subject_kind", Type::Key),
        col("subject_id", Type::Key),
        col("sitting", Type::Bool),
    ],
    key: &["member_id", "committee_id"],
    indexes: &[],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "committees",
    // 2: the subject columns (contest juries), procurement_id nullable.
    version: 2,
    tables: &[&COMMITTEES, &MEMBERS],
    search: &[],
};

/// The committees read model.
#[derive(Default)]
pub struct Committees;

fn row(version: u64, c: &Committee) -> Option<Vec<Value>> {
    let (id, subject, at) = (c.id?, c.subject()?, c.constituted_at?);
    let sitting: Vec<_> = c.sitting().collect();
    let submitted = sitting.iter().filter(|m| m.sheet.is_some()).count();
    Some(vec![
        Value::text(id.to_string()),
        Value::opt_text(c.procurement_id.map(|p| p.to_string())),
        Value::text(subject.kind()),
        Value::text(subject.id().to_string()),
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
    let (Some(id), Some(subject)) = (c.id, c.subject()) else {
        return;
    };
    for m in &c.members {
        out.upsert(
            &MEMBERS,
            vec![
                Value::text(m.member_id.to_string()),
                Value::text(id.to_string()),
                Value::opt_text(c.procurement_id.map(|p| p.to_string())),
                Value::text(subject.kind()),
                Value::text(subject.id().to_string()),
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
    /// The subject: a procurement's committee or a contest's jury.
    pub subject: Subject,
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
    "subject_kind",
    "subject_id",
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

/// The juries of a contest, oldest first.
pub fn of_contest(contest_id: Uuid) -> Select {
    Select::from(&COMMITTEES, COLUMNS)
        .eq(
            "subject_kind",
            Value::text(Subject::Contest(contest_id).kind()),
        )
        .eq("subject_id", Value::text(contest_id.to_string()))
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
        let committee_id = uuid(&r.text(0)?)?;
        let subject_id = uuid(&r.text(2)?)?;
        let subject = match r.text(1)?.as_str() {
            "PROCUREMENT" => Subject::Procurement(subject_id),
            "CONTEST" => Subject::Contest(subject_id),
            other => {
                return Err(ReadModelError::Damaged(format!(
                    "committee row {committee_id}: subject kind {other}"
                )));
            }
        };
        Ok(CommitteeRow {
            committee_id,
            subject,
            status: r.text(3)?,
            version: r.uint(4)?,
            seats: r.uint(5)?,
            sitting: r.uint(6)?,
            submitted: r.uint(7)?,
            constituted_at: instant(r.int(8)?)?,
            concluded_at: r
                .opt_text(9)?
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
