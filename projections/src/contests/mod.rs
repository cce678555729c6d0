//! The contests' read model: one row per contest (where it stands, its pool and what was
//! granted from it) and one per submission (its organisation, where it stands, the money it
//! raised, was matched and granted), so that the public lists the ranked results and the
//! money, and an organisation finds its own projects. Both are written from the contest's
//! state ([`LatestRows`]); a view reads the whole contest from its stored state.

use chrono::{DateTime, Utc};
use civic_domain::{Contest, ContestStatus};
use uuid::Uuid;

use crate::runtime::query::{Row, Select};
use crate::runtime::table::{Index, Type, col};
use crate::runtime::{Changes, LatestRows, ProjectorInfo, TableDef, Value};
use crate::{ReadModelError, ReadModels};

#[cfg(test)]
mod tests;

pub static CONTESTS: TableDef = TableDef {
    name: "rm_contests",
    columns: &[
        col("id", Type::Key),
        col("jurisdiction", Type::Key),
        col("bureau_unit", Type::Key),
        col("title", Type::Text),
        col("status", Type::Key),
        // Fen: the pool and the grants awarded from it.
        col("pool", Type::Int),
        col("granted", Type::Int),
        col("submissions", Type::Int),
        // Microseconds since the epoch.
        col("opened_at", Type::Int),
        col("submissions_close_at", Type::Int),
    ],
    key: &["id"],
    indexes: &[
        Index {
            name: "rm_contests_jurisdiction",
            columns: &["jurisdiction", "id"],
            filter: None,
        },
        Index {
            name: "rm_contests_status",
            columns: &["status", "id"],
            filter: None,
        },
    ],
    fillfactor: None,
};

pub static SUBMISSIONS: TableDef = TableDef {
    name: "rm_contest_submissions",
    columns: &[
        col("submission_id", Type::Key),
        col("contest_id", Type::Key),
        col("organisation_id", Type::Key),
        col("title", Type::Text),
        col("status", Type::Key),
        // Fen.
        col("requested", Type::Int),
        col("raised", Type::Int),
        col("matched", Type::Int),
        col("granted", Type::Int),
        col("donors", Type::Int),
        // The final rank; 0 until ranked (rows hold no nullable integers).
        col("final_rank", Type::Int),
    ],
    key: &["submission_id"],
    indexes: &[
        Index {
            name: "rm_contest_submissions_contest",
            columns: &["contest_id", "submission_id"],
            filter: None,
        },
        Index {
            name: "rm_contest_submissions_organisation",
            columns: &["organisation_id", "submission_id"],
            filter: None,
        },
    ],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "contests",
    version: 1,
    tables: &[&CONTESTS, &SUBMISSIONS],
    search: &[],
};

/// The contests read model.
#[derive(Default)]
pub struct Contests;

fn micros(at: DateTime<Utc>) -> Value {
    Value::Int(at.timestamp_micros())
}

fn row(c: &Contest) -> Option<Vec<Value>> {
    let (id, terms, status, opened_at) = (c.id?, c.terms.as_ref()?, c.status?, c.opened_at?);
    Some(vec![
        Value::text(id.to_string()),
        Value::text(terms.jurisdiction.as_str()),
        Value::text(terms.bureau_unit.to_string()),
        Value::text(terms.title.clone()),
        Value::text(status.as_str()),
        Value::Int(terms.pool.fen()),
        Value::Int(c.pool_granted().fen()),
        Value::uint(c.submissions.len() as u64),
        micros(opened_at),
        micros(terms.submissions_close_at),
    ])
}

fn submissions(out: &mut Changes, c: &Contest) {
    let Some(id) = c.id else {
        return;
    };
    for s in &c.submissions {
        out.upsert(
            &SUBMISSIONS,
            vec![
                Value::text(s.submission_id.to_string()),
                Value::text(id.to_string()),
                Value::text(s.organisation_id.to_string()),
                Value::text(s.project.title.clone()),
                Value::text(s.status.as_str()),
                Value::Int(s.project.requested.fen()),
                Value::Int(s.raised.fen()),
                Value::Int(s.matched.as_ref().map_or(0, |m| m.amount.fen())),
                Value::Int(s.granted.map_or(0, |g| g.fen())),
                Value::uint(u64::from(s.donors())),
                Value::uint(s.final_entry.as_ref().map_or(0, |e| u64::from(e.rank))),
            ],
        );
    }
}

impl LatestRows<Contest> for Contests {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn rows(&self, _version: u64, state: &Contest, out: &mut Changes) {
        if let Some(r) = row(state) {
            out.upsert(&CONTESTS, r);
        }
        submissions(out, state);
    }
}

/// A contest as its row and its stored state hold it.
#[derive(Debug, Clone, PartialEq)]
pub struct ContestRow {
    pub id: Uuid,
    pub jurisdiction: String,
    pub bureau_unit: Uuid,
    pub status: String,
    /// The stream's version and the position of its last event.
    pub version: u64,
    pub position: u64,
    pub state: Contest,
}

const COLUMNS: &[&str] = &["id", "jurisdiction", "bureau_unit", "status"];

const CATEGORY: &str = <Contest as civic_domain::Aggregate>::CATEGORY;

impl ContestRow {
    fn decode(mut r: Row) -> Result<Self, ReadModelError> {
        let id = r.text(0)?;
        let damaged = |what: &str| ReadModelError::Damaged(format!("contest {id}: {what}"));
        let uuid = |text: String, what: &str| text.parse::<Uuid>().map_err(|_| damaged(what));
        let state: Contest =
            serde_json::from_str(&r.text(6)?).map_err(|e| damaged(&format!("state: {e}")))?;
        Ok(ContestRow {
            id: uuid(id.clone(), "id")?,
            jurisdiction: r.text(1)?,
            bureau_unit: uuid(r.text(2)?, "bureau unit")?,
            status: r.text(3)?,
            version: r.uint(4)?,
            position: r.uint(5)?,
            state,
        })
    }
}

/// Which contests a list shows, in opening order (ids are UUID v7).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContestFilter {
    pub jurisdiction: Option<String>,
    pub status: Option<ContestStatus>,
}

pub type ContestPage = crate::runtime::query::RowsPage<ContestRow>;

fn filtered(filter: &ContestFilter) -> Select {
    let mut s = Select::from(&CONTESTS, COLUMNS).with_state(CATEGORY);
    if let Some(j) = &filter.jurisdiction {
        s = s.eq("jurisdiction", Value::text(j.clone()));
    }
    if let Some(status) = filter.status {
        s = s.eq("status", Value::text(status.as_str()));
    }
    s
}

fn cursor(s: &str) -> Result<Uuid, ReadModelError> {
    s.strip_prefix("k.")
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| ReadModelError::BadCursor(format!("{s:?} is not a cursor of this list")))
}

/// One contest by id, with its stored state.
pub async fn contest(
    read: &dyn ReadModels,
    id: Uuid,
) -> Result<Option<ContestRow>, ReadModelError> {
    read.select_one(
        Select::from(&CONTESTS, COLUMNS)
            .with_state(CATEGORY)
            .eq("id", Value::text(id.to_string())),
    )
    .await?
    .map(ContestRow::decode)
    .transpose()
}

/// A page of `first` contests after `after` (a cursor of an earlier page).
pub async fn list(
    read: &dyn ReadModels,
    filter: &ContestFilter,
    first: usize,
    after: Option<&str>,
) -> Result<ContestPage, ReadModelError> {
    let after = after.map(cursor).transpose()?;
    let rows = read
        .select(
            filtered(filter)
                .order_by(&["id"])
                .after(after.map(|id| vec![Value::text(id.to_string())]))
                .limit(first + 1),
        )
        .await?;
    let total_count = read.count(filtered(filter)).await?;
    let mut rows = rows
        .into_iter()
        .map(ContestRow::decode)
        .collect::<Result<Vec<_>, _>>()?;
    let has_next_page = rows.len() > first;
    rows.truncate(first);
    Ok(ContestPage {
        items: rows
            .into_iter()
            .map(|r| (format!("k.{}", r.id), r))
            .collect(),
        has_next_page,
        total_count,
    })
}

/// A submission as its row holds it: enough for an organisation's list of its projects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionRow {
    pub submission_id: Uuid,
    pub contest_id: Uuid,
    pub organisation_id: Uuid,
    pub title: String,
    pub status: String,
    pub raised: i64,
    pub matched: i64,
    pub granted: i64,
    pub final_rank: Option<u64>,
}

const SUBMISSION_COLUMNS: &[&str] = &[
    "submission_id",
    "contest_id",
    "organisation_id",
    "title",
    "status",
    "raised",
    "matched",
    "granted",
    "final_rank",
];

/// Submissions one organisation may list at once: a contest a year, a few projects each.
pub const MAX_OWN_SUBMISSIONS: usize = 100;

/// The submissions of an organisation, in submission order (ids are UUID v7), at most
/// [`MAX_OWN_SUBMISSIONS`].
pub async fn of_organisation(
    read: &dyn ReadModels,
    organisation_id: Uuid,
) -> Result<Vec<SubmissionRow>, ReadModelError> {
    let rows = read
        .select(
            Select::from(&SUBMISSIONS, SUBMISSION_COLUMNS)
                .eq("organisation_id", Value::text(organisation_id.to_string()))
                .order_by(&["submission_id"])
                .limit(MAX_OWN_SUBMISSIONS),
        )
        .await?;
    rows.into_iter()
        .map(|mut r| {
            let id = r.text(0)?;
            let damaged = |what: &str| ReadModelError::Damaged(format!("submission {id}: {what}"));
            let uuid = |text: String, what: &str| text.parse::<Uuid>().map_err(|_| damaged(what));
            Ok(SubmissionRow {
                submission_id: uuid(id.clone(), "id")?,
                contest_id: uuid(r.text(1)?, "contest")?,
                organisation_id: uuid(r.text(2)?, "organisation")?,
                title: r.text(3)?,
                status: r.text(4)?,
                raised: r.int(5)?,
                matched: r.int(6)?,
                granted: r.int(7)?,
                final_rank: Some(r.uint(8)?).filter(|&n| n > 0),
            })
        })
        .collect()
}
