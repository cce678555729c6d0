//! The `organisations` read model: one row per organisation with its current state, searchable
//! by credit code, part of the name, kind, status and jurisdiction.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDate;
use civic_domain::calendar::china_date;
use civic_domain::organisation::CreditStanding;
use civic_domain::{
    Aggregate, DomainEvent, Organisation, OrganisationEvent, OrganisationKind, OrganisationStatus,
};
use civic_store::sqlite::ProjectionFailure;
use civic_store::{RecordedEvent, stream_category};
use rusqlite::{Connection, OptionalExtension, ToSql, params};
use uuid::Uuid;

use crate::ReadModelError;

#[cfg(test)]
mod tests;

pub(crate) fn create_tables(conn: &Connection) -> rusqlite::Result<()> {
    // The partial unique indexes back REG-USCC and REG-NAME when two applications race past
    // the command handler's own check.
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS rm_organisations (
             id            TEXT PRIMARY KEY,
             version       INTEGER NOT NULL,
             last_position INTEGER NOT NULL,
             name          TEXT NOT NULL,
             kind          TEXT NOT NULL,
             status        TEXT NOT NULL,
             credit_code   TEXT NOT NULL,
             jurisdiction  TEXT NOT NULL,
             live          INTEGER NOT NULL,
             credit_list   TEXT NOT NULL,
             rating        INTEGER,
             next_due      TEXT,
             state         TEXT NOT NULL
         );
         CREATE INDEX IF NOT EXISTS rm_organisations_next_due
             ON rm_organisations(next_due) WHERE next_due IS NOT NULL;
         CREATE INDEX IF NOT EXISTS rm_organisations_credit
             ON rm_organisations(credit_list, jurisdiction) WHERE credit_list != 'NORMAL';
         CREATE TABLE IF NOT EXISTS rm_snapshots (
             id          TEXT NOT NULL,
             version     INTEGER NOT NULL,
             position    INTEGER NOT NULL,
             recorded_at INTEGER NOT NULL,
             state       TEXT NOT NULL,
             PRIMARY KEY (id, version)
         ) WITHOUT ROWID;
         CREATE TABLE IF NOT EXISTS rm_name_grams (
             gram TEXT NOT NULL,
             id   TEXT NOT NULL,
             PRIMARY KEY (gram, id)
         ) WITHOUT ROWID;
         CREATE INDEX IF NOT EXISTS rm_name_grams_by_id ON rm_name_grams(id);
         CREATE TABLE IF NOT EXISTS rm_hub_members (
             hub_id    TEXT NOT NULL,
             member_id TEXT NOT NULL,
             joined_on TEXT NOT NULL,
             PRIMARY KEY (member_id, hub_id)
         );
         CREATE UNIQUE INDEX IF NOT EXISTS rm_organisations_credit_code
             ON rm_organisations(credit_code);
         CREATE UNIQUE INDEX IF NOT EXISTS rm_organisations_live_name
             ON rm_organisations(jurisdiction, name) WHERE live = 1;
         -- Each filter's index ends with id, the page order, so that a page of a large result
         -- is read in order and stops after `first` rows instead of sorting every match.
         CREATE INDEX IF NOT EXISTS rm_organisations_j ON rm_organisations(jurisdiction, id);
         CREATE INDEX IF NOT EXISTS rm_organisations_js ON rm_organisations(jurisdiction, status, id);
         CREATE INDEX IF NOT EXISTS rm_organisations_k ON rm_organisations(kind, id);
         CREATE INDEX IF NOT EXISTS rm_organisations_ks ON rm_organisations(kind, status, id);
         CREATE INDEX IF NOT EXISTS rm_organisations_s ON rm_organisations(status, id);",
    )
}

pub(crate) fn drop_tables(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("DROP TABLE IF EXISTS rm_organisations; DROP TABLE IF EXISTS rm_hub_members; DROP TABLE IF EXISTS rm_name_grams; DROP TABLE IF EXISTS rm_snapshots")
}

/// The id in a stream name `organisation-{uuid}`.
pub fn organisation_id(stream: &str) -> Option<Uuid> {
    stream
        .strip_prefix(Organisation::CATEGORY)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|id| Uuid::parse_str(id).ok())
}

pub(crate) fn apply(
    conn: &Connection,
    event: &RecordedEvent,
    policy: &crate::PolicyLookup,
) -> Result<(), ProjectionFailure> {
    if stream_category(&event.stream) != Organisation::CATEGORY {
        return Ok(());
    }
    let fail = |message: String| ProjectionFailure {
        rule: None,
        message,
    };
    let id = organisation_id(&event.stream)
        .ok_or_else(|| fail(format!("stream {} has no organisation id", event.stream)))?;
    let decoded = OrganisationEvent::from_stored(&event.kind, event.schema, &event.data)
        .map_err(|e| fail(format!("cannot read {} event: {e}", event.kind)))?;
    let current = load(conn, &id).map_err(|e| fail(e.to_string()))?;
    let previous = current.map(|r| r.state).unwrap_or_default();
    let renamed = previous.name != decoded_name(&previous, &decoded);
    let first = previous.id.is_none();
    let state = previous.evolve(&decoded);
    if renamed {
        index_name(conn, &id, &state.name, first)?;
    }
    match &decoded {
        OrganisationEvent::HubMemberJoined {
            member_id,
            joined_on,
            ..
        } => {
            conn.prepare_cached(
                "INSERT OR REPLACE INTO rm_hub_members (hub_id, member_id, joined_on) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![id.to_string(), member_id.to_string(), joined_on.to_string()])?;
        }
        OrganisationEvent::HubMemberLeft { member_id, .. } => {
            conn.prepare_cached("DELETE FROM rm_hub_members WHERE hub_id = ?1 AND member_id = ?2")?
                .execute(params![id.to_string(), member_id.to_string()])?;
        }
        _ => {}
    }
    let jurisdiction = state.jurisdiction.as_ref().map_or("100000", |j| j.as_str());
    let next_due = state.next_due(&policy(jurisdiction, china_date(event.recorded_at)));
    save(conn, &id, event, &state, next_due)?;
    if (event.version + 1).is_multiple_of(SNAPSHOT_EVERY) {
        snapshot(conn, &id, event, &state)?;
    }
    Ok(())
}

/// Every this many events of a stream the read model keeps the state it reached, so that time
/// travel folds at most this many events instead of the whole stream (AUDIT-ASOF).
pub const SNAPSHOT_EVERY: u64 = 256;

fn snapshot(
    conn: &Connection,
    id: &Uuid,
    event: &RecordedEvent,
    state: &Organisation,
) -> Result<(), ProjectionFailure> {
    let json = serde_json::to_string(state).map_err(|e| ProjectionFailure {
        rule: None,
        message: format!("cannot store organisation snapshot: {e}"),
    })?;
    conn.prepare_cached(
        "INSERT OR REPLACE INTO rm_snapshots (id, version, position, recorded_at, state) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id.to_string(),
        event.version as i64,
        event.position as i64,
        event.recorded_at.timestamp_micros(),
        json
    ])?;
    Ok(())
}

/// The latest snapshot of an organisation taken no later than `at` (recorded instants never go
/// back, so every event it covers was recorded by then): its state, version and position.
pub fn snapshot_before(
    conn: &Connection,
    id: &Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<Option<OrganisationRow>, ReadModelError> {
    conn.prepare_cached(
        "SELECT id, version, position, state FROM rm_snapshots \
         WHERE id = ?1 AND recorded_at <= ?2 ORDER BY version DESC LIMIT 1",
    )?
    .query_row(params![id.to_string(), at.timestamp_micros()], decode)
    .optional()?
    .transpose()
}

/// The name an event leaves the organisation with (cheaper than evolving twice).
fn decoded_name<'a>(previous: &'a Organisation, event: &'a OrganisationEvent) -> &'a str {
    match event {
        OrganisationEvent::RegistrationApplied { name, .. }
        | OrganisationEvent::PreparationApplied { name, .. } => name,
        OrganisationEvent::ChangeRegistered { changes, .. } => changes
            .iter()
            .find_map(|c| match c {
                civic_domain::FieldChange::Name { new, .. } => Some(new.as_str()),
                _ => None,
            })
            .unwrap_or(&previous.name),
        _ => &previous.name,
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

fn index_name(
    conn: &Connection,
    id: &Uuid,
    name: &str,
    first: bool,
) -> Result<(), ProjectionFailure> {
    let id = id.to_string();
    if !first {
        conn.prepare_cached("DELETE FROM rm_name_grams WHERE id = ?1")?
            .execute([&id])?;
    }
    let mut insert = conn.prepare_cached("INSERT INTO rm_name_grams (gram, id) VALUES (?1, ?2)")?;
    for gram in name_grams(name) {
        insert.execute([&gram, &id])?;
    }
    Ok(())
}

fn save(
    conn: &Connection,
    id: &Uuid,
    event: &RecordedEvent,
    state: &Organisation,
    next_due: Option<NaiveDate>,
) -> Result<(), ProjectionFailure> {
    let json = serde_json::to_string(state).map_err(|e| ProjectionFailure {
        rule: None,
        message: format!("cannot store organisation state: {e}"),
    })?;
    let result = conn
        .prepare_cached(
            "INSERT INTO rm_organisations
                 (id, version, last_position, name, kind, status, credit_code, jurisdiction, live,
                  credit_list, rating, next_due, state)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?11, ?12, ?13, ?10)
             ON CONFLICT(id) DO UPDATE SET
                 version = excluded.version, last_position = excluded.last_position,
                 name = excluded.name, kind = excluded.kind, status = excluded.status,
                 credit_code = excluded.credit_code, jurisdiction = excluded.jurisdiction,
                 live = excluded.live, credit_list = excluded.credit_list,
                 rating = excluded.rating, next_due = excluded.next_due, state = excluded.state",
        )?
        .execute(params![
            id.to_string(),
            event.version as i64,
            event.position as i64,
            state.name,
            state.kind.map(kind_code).unwrap_or_default(),
            state.status.map(status_code).unwrap_or_default(),
            state
                .credit_code
                .as_ref()
                .map(|c| c.as_str())
                .unwrap_or_default(),
            state
                .jurisdiction
                .as_ref()
                .map(|j| j.as_str())
                .unwrap_or_default(),
            state.is_live(),
            json,
            credit_list_code(&state.credit),
            state.rating.as_ref().map(|r| r.grade),
            next_due.map(|d| d.to_string()),
        ]);
    match result {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) => {
            let text = e.to_string();
            Err(if text.contains("credit_code") {
                ProjectionFailure {
                    rule: Some("REG-USCC".into()),
                    message: format!(
                        "credit code {} is already held by another organisation",
                        state
                            .credit_code
                            .as_ref()
                            .map(|c| c.as_str())
                            .unwrap_or_default()
                    ),
                }
            } else if text.contains("name") {
                ProjectionFailure {
                    rule: Some("REG-NAME".into()),
                    message: format!(
                        "the name {} is already used by a live organisation of the same registration authority",
                        state.name
                    ),
                }
            } else {
                e.into()
            })
        }
        Err(e) => Err(e.into()),
    }
}

fn credit_list_code(credit: &CreditStanding) -> &'static str {
    match credit {
        CreditStanding::Normal => "NORMAL",
        CreditStanding::Abnormal(_) => "ABNORMAL",
        CreditStanding::Serious(_) => "SERIOUS",
    }
}

fn kind_code(kind: OrganisationKind) -> &'static str {
    match kind {
        OrganisationKind::SocialGroup => "SOCIAL_GROUP",
        OrganisationKind::SocialServiceOrg => "SOCIAL_SERVICE_ORG",
        OrganisationKind::Foundation => "FOUNDATION",
    }
}

fn status_code(status: OrganisationStatus) -> &'static str {
    status.as_str()
}

/// An organisation as the read model holds it.
#[derive(Debug, Clone)]
pub struct OrganisationRow {
    pub id: Uuid,
    pub version: u64,
    pub last_position: u64,
    pub state: Organisation,
}

const COLUMNS: &str = "id, version, last_position, state";

fn decode(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<OrganisationRow, ReadModelError>> {
    let id: String = row.get(0)?;
    let version: i64 = row.get(1)?;
    let last_position: i64 = row.get(2)?;
    let state: String = row.get(3)?;
    Ok((|| {
        Ok(OrganisationRow {
            id: Uuid::parse_str(&id).map_err(|e| ReadModelError::Damaged(e.to_string()))?,
            version: version as u64,
            last_position: last_position as u64,
            state: serde_json::from_str(&state)
                .map_err(|e| ReadModelError::Damaged(format!("organisation {id}: {e}")))?,
        })
    })())
}

pub fn load(conn: &Connection, id: &Uuid) -> Result<Option<OrganisationRow>, ReadModelError> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM rm_organisations WHERE id = ?1"
    ))?
    .query_row([id.to_string()], decode)
    .optional()?
    .transpose()
}

pub fn by_credit_code(
    conn: &Connection,
    code: &str,
) -> Result<Option<OrganisationRow>, ReadModelError> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM rm_organisations WHERE credit_code = ?1"
    ))?
    .query_row([code], decode)
    .optional()?
    .transpose()
}

/// The live organisation of a registration authority that uses `name`, if any (REG-NAME).
pub fn live_name_holder(
    conn: &Connection,
    jurisdiction: &str,
    name: &str,
) -> Result<Option<Uuid>, ReadModelError> {
    let id: Option<String> = conn
        .prepare_cached(
            "SELECT id FROM rm_organisations WHERE jurisdiction = ?1 AND name = ?2 AND live = 1",
        )?
        .query_row([jurisdiction, name], |r| r.get(0))
        .optional()?;
    id.map(|id| Uuid::parse_str(&id).map_err(|e| ReadModelError::Damaged(e.to_string())))
        .transpose()
}

/// Which organisation holds a credit code, if any (REG-USCC).
pub fn credit_code_holder(conn: &Connection, code: &str) -> Result<Option<Uuid>, ReadModelError> {
    let id: Option<String> = conn
        .prepare_cached("SELECT id FROM rm_organisations WHERE credit_code = ?1")?
        .query_row([code], |r| r.get(0))
        .optional()?;
    id.map(|id| Uuid::parse_str(&id).map_err(|e| ReadModelError::Damaged(e.to_string())))
        .transpose()
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

pub fn cursor_for(id: &Uuid) -> String {
    URL_SAFE_NO_PAD.encode(format!("organisation:{id}"))
}

fn parse_cursor(cursor: &str) -> Result<String, ReadModelError> {
    let bad =
        || ReadModelError::BadCursor(format!("cursor {cursor:?} is not one this server gave"));
    let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| bad())?;
    let text = String::from_utf8(bytes).map_err(|_| bad())?;
    let id = text.strip_prefix("organisation:").ok_or_else(bad)?;
    Uuid::parse_str(id).map_err(|_| bad())?;
    Ok(id.to_owned())
}

/// A page of organisations in registration-application order (ids are UUID v7).
pub fn search(
    conn: &Connection,
    filter: &OrganisationFilter,
    first: usize,
    after: Option<&str>,
) -> Result<Page<OrganisationRow>, ReadModelError> {
    let mut clauses: Vec<&str> = Vec::new();
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(part) = filter.name_contains.as_deref().filter(|p| !p.is_empty()) {
        // Candidates by every bigram of the query, then the exact check on the name.
        for gram in name_grams(part) {
            clauses.push("id IN (SELECT id FROM rm_name_grams WHERE gram = ?)");
            args.push(Box::new(gram));
        }
        clauses.push("name LIKE ? ESCAPE '\\'");
        let escaped = part
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        args.push(Box::new(format!("%{escaped}%")));
    }
    if let Some(code) = &filter.credit_code {
        clauses.push("credit_code = ?");
        args.push(Box::new(code.clone()));
    }
    if let Some(kind) = filter.kind {
        clauses.push("kind = ?");
        args.push(Box::new(kind_code(kind)));
    }
    if let Some(status) = filter.status {
        clauses.push("status = ?");
        args.push(Box::new(status_code(status)));
    }
    if let Some(j) = &filter.jurisdiction {
        clauses.push("jurisdiction = ?");
        args.push(Box::new(j.clone()));
    }
    if let Some(list) = &filter.credit_list {
        clauses.push("credit_list = ?");
        args.push(Box::new(list.clone()));
    }
    let filter_sql = if clauses.is_empty() {
        "1".to_owned()
    } else {
        clauses.join(" AND ")
    };
    let total_count: i64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM rm_organisations WHERE {filter_sql}"),
        rusqlite::params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let after_id = after.map(parse_cursor).transpose()?;
    let mut page_sql = format!("SELECT {COLUMNS} FROM rm_organisations WHERE {filter_sql}");
    if let Some(a) = &after_id {
        page_sql.push_str(" AND id > ?");
        args.push(Box::new(a.clone()));
    }
    page_sql.push_str(" ORDER BY id LIMIT ?");
    args.push(Box::new((first + 1) as i64));
    let mut stmt = conn.prepare(&page_sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), decode)?;
    let mut items = Vec::with_capacity(first + 1);
    for row in rows {
        let row = row??;
        items.push((cursor_for(&row.id), row));
    }
    let has_next_page = items.len() > first;
    items.truncate(first);
    Ok(Page {
        items,
        total_count: total_count as u64,
        has_next_page,
        has_previous_page: after_id.is_some(),
    })
}

/// Organisations with a time-driven transition due on or before `day` (for the scheduler).
pub fn due_by(conn: &Connection, day: NaiveDate) -> Result<Vec<Uuid>, ReadModelError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM rm_organisations WHERE next_due IS NOT NULL AND next_due <= ?1 ORDER BY next_due",
    )?;
    let ids = stmt.query_map([day.to_string()], |r| r.get::<_, String>(0))?;
    ids.map(|id| Uuid::parse_str(&id?).map_err(|e| ReadModelError::Damaged(e.to_string())))
        .collect()
}

/// The live organisations of a jurisdiction (for overdue-case listings).
pub fn live_in(
    conn: &Connection,
    jurisdiction: &str,
) -> Result<Vec<OrganisationRow>, ReadModelError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM rm_organisations WHERE jurisdiction = ?1 AND live = 1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([jurisdiction], decode)?;
    rows.map(|r| r?).collect()
}

/// The hubs an organisation belongs to now, with the day it joined each.
pub fn hubs_of(conn: &Connection, member: &Uuid) -> Result<Vec<(Uuid, String)>, ReadModelError> {
    let mut stmt = conn.prepare_cached(
        "SELECT hub_id, joined_on FROM rm_hub_members WHERE member_id = ?1 ORDER BY joined_on",
    )?;
    let rows = stmt.query_map([member.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    rows.map(|r| {
        let (hub, joined) = r?;
        Ok((
            Uuid::parse_str(&hub).map_err(|e| ReadModelError::Damaged(e.to_string()))?,
            joined,
        ))
    })
    .collect()
}
