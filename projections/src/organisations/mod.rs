//! The `organisations` read model: one row per organisation, searchable by credit code, part of
//! the name, kind, status and jurisdiction, with its due dates and hub memberships. What an
//! event changes is worked out once ([`Organisations`], a projector), and so are its lookups and
//! pages ([`queries`]); the backends differ only in the search (how they index and find names).

pub(crate) mod postgres;
pub(crate) mod sqlite;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{Datelike, NaiveDate};
use civic_domain::organisation::{CreditStanding, normalise_name};
use civic_domain::policy::Policy;
use civic_domain::{Aggregate, Organisation, OrganisationKind, OrganisationStatus};
use uuid::Uuid;

use crate::ReadModelError;

#[cfg(test)]
mod tests;

/// The id in a stream name `organisation-{uuid}`.
pub fn organisation_id(stream: &str) -> Option<Uuid> {
    stream
        .strip_prefix(Organisation::CATEGORY)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|id| Uuid::parse_str(id).ok())
}

mod projector;
pub(crate) mod queries;

pub use crate::states::SNAPSHOT_EVERY;
pub use projector::{COUNTS, HUB_MEMBERS, INFO, Organisations, TABLE};

/// The earliest due date of a live organisation's open cases, whatever the day: what
/// `overdueCases` finds organisations by. Every case but the annual reports has its due date
/// recorded in the state, and of the annual reports only the first year not yet settled can be
/// the earliest, so the cases are taken as of the first day after that year and no other year
/// is expanded.
pub(crate) fn earliest_case_due(state: &Organisation, policy: &Policy) -> Option<NaiveDate> {
    if !state.is_live() {
        return None;
    }
    let mut year = state.registered_on().map(|d| d.year());
    // Bounded by the reports recorded: each settled year is an event.
    while let Some(y) = year
        && state.annual_report(y).is_some_and(|r| r.is_settled())
    {
        year = y.checked_add(1);
    }
    let as_of = year
        .and_then(|y| y.checked_add(1))
        .and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
        .unwrap_or(NaiveDate::MIN);
    state.open_cases(as_of, policy).first().map(|c| c.due)
}

/// The values of a row's indexed and filtered columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Columns {
    pub name: String,
    /// The name's normal form: live names are unique under it (REG-NAME), so that names
    /// recorded before names were normalised still collide with their look-alikes.
    pub name_key: String,
    pub kind: &'static str,
    pub status: &'static str,
    pub credit_code: String,
    pub jurisdiction: String,
    pub live: bool,
    pub credit_list: &'static str,
    pub rating: Option<u8>,
    pub next_due: Option<String>,
    pub case_due: Option<String>,
}

impl Columns {
    /// `next_due` and `case_due` are given (as stored, or as a step computed them) because
    /// they depend on the policy in force.
    pub fn of(state: &Organisation, next_due: Option<String>, case_due: Option<String>) -> Self {
        Columns {
            name: state.name.clone(),
            name_key: normalise_name(&state.name),
            kind: state.kind.map(kind_code).unwrap_or_default(),
            status: state
                .status
                .map(OrganisationStatus::as_str)
                .unwrap_or_default(),
            credit_code: state
                .credit_code
                .as_ref()
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
            jurisdiction: state
                .jurisdiction
                .as_ref()
                .map(|j| j.as_str().to_owned())
                .unwrap_or_default(),
            live: state.is_live(),
            credit_list: credit_list_code(&state.credit),
            rating: state.rating.as_ref().map(|r| r.grade),
            next_due,
            case_due,
        }
    }
}

/// Chinese names have no word boundaries, so part-of-name search indexes every pair of
/// adjacent characters (bigrams, the usual CJK full-text unit): a query of two or more
/// characters finds its candidates through the index instead of scanning every name.
pub(crate) fn name_grams(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let mut grams: Vec<String> = chars.windows(2).map(|w| w.iter().collect()).collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// `%part%` for a LIKE with `\` as its escape character.
pub(crate) fn contains_pattern(part: &str) -> String {
    let escaped = part
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

fn credit_list_code(credit: &CreditStanding) -> &'static str {
    match credit {
        CreditStanding::Normal => "NORMAL",
        CreditStanding::Abnormal(_) => "ABNORMAL",
        CreditStanding::Serious(_) => "SERIOUS",
    }
}

pub(crate) fn kind_code(kind: OrganisationKind) -> &'static str {
    match kind {
        OrganisationKind::SocialGroup => "SOCIAL_GROUP",
        OrganisationKind::SocialServiceOrg => "SOCIAL_SERVICE_ORG",
        OrganisationKind::Foundation => "FOUNDATION",
    }
}

/// An organisation as the read model holds it.
#[derive(Debug, Clone)]
pub struct OrganisationRow {
    pub id: Uuid,
    pub version: u64,
    pub last_position: u64,
    pub state: Organisation,
}

impl OrganisationRow {
    /// A row from its stored columns.
    pub(crate) fn decode(
        id: &str,
        version: i64,
        last_position: i64,
        state: &str,
    ) -> Result<Self, ReadModelError> {
        Ok(OrganisationRow {
            id: parse_id(id)?,
            version: version as u64,
            last_position: last_position as u64,
            state: serde_json::from_str(state)
                .map_err(|e| ReadModelError::Damaged(format!("organisation {id}: {e}")))?,
        })
    }
}

pub(crate) fn parse_id(id: &str) -> Result<Uuid, ReadModelError> {
    Uuid::parse_str(id).map_err(|e| ReadModelError::Damaged(format!("id {id:?}: {e}")))
}

#[derive(Debug, Clone, Default)]
pub struct OrganisationFilter {
    pub name_contains: Option<String>,
    pub credit_code: Option<String>,
    pub kind: Option<OrganisationKind>,
    pub status: Option<OrganisationStatus>,
    pub jurisdiction: Option<String>,
    /// "ABNORMAL" or "SERIOUS": organisations on that credit list now.
    pub credit_list: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<(String, T)>,
    pub total_count: u64,
    pub has_next_page: bool,
    pub has_previous_page: bool,
}

impl<T> Page<T> {
    /// A page from up to `first + 1` items read after the cursor, each with its cursor (one
    /// more tells whether there is a next page).
    pub(crate) fn keyed(
        mut items: Vec<(String, T)>,
        first: usize,
        total_count: u64,
        after: bool,
    ) -> Self {
        let has_next_page = items.len() > first;
        items.truncate(first);
        Page {
            items,
            total_count,
            has_next_page,
            has_previous_page: after,
        }
    }
}

impl Page<OrganisationRow> {
    /// A page in id order, from up to `first + 1` rows read after the cursor.
    pub(crate) fn of(
        rows: Vec<OrganisationRow>,
        first: usize,
        total_count: u64,
        after: bool,
    ) -> Self {
        let items = rows.into_iter().map(|r| (cursor_for(&r.id), r)).collect();
        Page::keyed(items, first, total_count, after)
    }

    /// A page of `overdueCases` in the order of the earliest due date, then id, from up to
    /// `first + 1` rows each with its `case_due`.
    pub(crate) fn overdue(
        rows: Vec<(String, OrganisationRow)>,
        first: usize,
        total_count: u64,
        after: bool,
    ) -> Self {
        let items = rows
            .into_iter()
            .map(|(due, r)| (overdue_cursor(&due, &r.id), r))
            .collect();
        Page::keyed(items, first, total_count, after)
    }
}

/// Where a page of `overdueCases` starts: after the organisation whose earliest case is due
/// on `due`, of id `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverdueAfter {
    pub due: String,
    pub id: String,
}

/// How far `overdueCases` pages: at most this many organisations a page, those whose earliest
/// open case was due before `today`, after `after`.
#[derive(Debug, Clone)]
pub struct OverdueQuery {
    pub jurisdiction: String,
    pub today: NaiveDate,
    pub first: usize,
    pub after: Option<String>,
}

fn overdue_cursor(due: &str, id: &Uuid) -> String {
    URL_SAFE_NO_PAD.encode(format!("overdue:{due}:{id}"))
}

pub(crate) fn parse_overdue_cursor(cursor: &str) -> Result<OverdueAfter, ReadModelError> {
    let bad = || bad_cursor(cursor);
    let body = cursor_body(cursor, "overdue:")?;
    let (due, id) = body.split_once(':').ok_or_else(bad)?;
    NaiveDate::parse_from_str(due, "%Y-%m-%d").map_err(|_| bad())?;
    Uuid::parse_str(id).map_err(|_| bad())?;
    Ok(OverdueAfter {
        due: due.to_owned(),
        id: id.to_owned(),
    })
}

pub fn cursor_for(id: &Uuid) -> String {
    URL_SAFE_NO_PAD.encode(format!("organisation:{id}"))
}

pub(crate) fn parse_cursor(cursor: &str) -> Result<String, ReadModelError> {
    let id = cursor_body(cursor, "organisation:")?;
    Uuid::parse_str(&id).map_err(|_| bad_cursor(cursor))?;
    Ok(id)
}

/// What follows `prefix` in a cursor this server gave (base64 of text).
fn cursor_body(cursor: &str, prefix: &str) -> Result<String, ReadModelError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(cursor)
        .map_err(|_| bad_cursor(cursor))?;
    let text = String::from_utf8(bytes).map_err(|_| bad_cursor(cursor))?;
    text.strip_prefix(prefix)
        .map(str::to_owned)
        .ok_or_else(|| bad_cursor(cursor))
}

fn bad_cursor(cursor: &str) -> ReadModelError {
    ReadModelError::BadCursor(format!("cursor {cursor:?} is not one this server gave"))
}
