//! The organisations read model in the shared PostgreSQL database, next to the events: every
//! server reads what any server's append projected in the same transaction.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use civic_domain::{Aggregate, Organisation, OrganisationEvent};
use civic_store::ProjectionFailure;
use civic_store::RecordedEvent;
use sqlx::{AssertSqlSafe, PgConnection, Postgres};
use uuid::Uuid;

use super::{
    Columns, OrganisationFilter, OrganisationRow, OverdueQuery, Page, SNAPSHOT_EVERY, Step,
    contains_pattern, decode_event, kind_code, name_grams, parse_cursor, parse_id,
    parse_overdue_cursor,
};
use crate::{PolicyLookup, ReadModelError};
use civic_domain::organisation::normalise_name;

/// Ids and dates are compared byte-wise (`COLLATE "C"`) so that pages come in the same order
/// as on SQLite whatever the database's locale. The name's bigrams are an array with a GIN
/// index (the embedded store indexes names' trigrams with FTS5 instead).
pub(crate) const CREATE: &str = r#"
CREATE TABLE IF NOT EXISTS rm_organisations (
    id            text COLLATE "C" PRIMARY KEY,
    version       bigint NOT NULL,
    last_position bigint NOT NULL,
    name          text NOT NULL,
    name_key      text NOT NULL,
    grams         text[] NOT NULL,
    kind          text NOT NULL,
    status        text NOT NULL,
    credit_code   text NOT NULL,
    jurisdiction  text NOT NULL,
    live          boolean NOT NULL,
    credit_list   text NOT NULL,
    rating        smallint,
    next_due      text COLLATE "C",
    case_due      text COLLATE "C",
    state         text NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS rm_organisations_credit_code
    ON rm_organisations (credit_code);
CREATE UNIQUE INDEX IF NOT EXISTS rm_organisations_live_name
    ON rm_organisations (jurisdiction, name_key) WHERE live;
CREATE INDEX IF NOT EXISTS rm_organisations_next_due
    ON rm_organisations (next_due) WHERE next_due IS NOT NULL;
CREATE INDEX IF NOT EXISTS rm_organisations_case_due
    ON rm_organisations (jurisdiction, case_due, id) WHERE case_due IS NOT NULL;
CREATE INDEX IF NOT EXISTS rm_organisations_credit
    ON rm_organisations (credit_list, jurisdiction) WHERE credit_list <> 'NORMAL';
CREATE INDEX IF NOT EXISTS rm_organisations_grams ON rm_organisations USING gin (grams);
CREATE INDEX IF NOT EXISTS rm_organisations_j ON rm_organisations (jurisdiction, id);
CREATE INDEX IF NOT EXISTS rm_organisations_js ON rm_organisations (jurisdiction, status, id);
CREATE INDEX IF NOT EXISTS rm_organisations_k ON rm_organisations (kind, id);
CREATE INDEX IF NOT EXISTS rm_organisations_ks ON rm_organisations (kind, status, id);
CREATE INDEX IF NOT EXISTS rm_organisations_s ON rm_organisations (status, id);
CREATE TABLE IF NOT EXISTS rm_snapshots (
    id          text COLLATE "C" NOT NULL,
    version     bigint NOT NULL,
    position    bigint NOT NULL,
    recorded_at bigint NOT NULL,
    state       text NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE TABLE IF NOT EXISTS rm_hub_members (
    hub_id    text COLLATE "C" NOT NULL,
    member_id text COLLATE "C" NOT NULL,
    joined_on text COLLATE "C" NOT NULL,
    PRIMARY KEY (member_id, hub_id)
);
"#;

pub(crate) const DROP: &str = "DROP TABLE IF EXISTS rm_organisations, rm_snapshots, rm_hub_members";

/// Organisations folded in memory from a run of events and written with one statement per
/// table: an append's few events, an import's batch, or a whole rebuild (held across pages, as
/// on SQLite). Each round trip costs more than the statement's work here, so a batch of 4,096
/// events takes a handful of statements instead of three per event.
#[derive(Default)]
pub(crate) struct Fold {
    held: HashMap<Uuid, Held>,
    /// The last change of each (hub, member) pair: joined on a day, or left.
    hubs: HashMap<(Uuid, Uuid), Option<NaiveDate>>,
    snapshots: Vec<Snapshot>,
}

struct Held {
    state: Organisation,
    /// The row's columns when first met (`None`: no row yet).
    before: Option<Columns>,
    /// The last event folded in.
    version: u64,
    position: u64,
    recorded_at: DateTime<Utc>,
}

struct Snapshot {
    id: Uuid,
    version: u64,
    position: u64,
    recorded_at: DateTime<Utc>,
    state: String,
}

impl Fold {
    /// Organisations held, not yet written.
    pub(crate) fn len(&self) -> usize {
        self.held.len()
    }

    /// Folds events in; the rows of organisations not held yet are read in one query.
    pub(crate) async fn add(
        &mut self,
        conn: &mut PgConnection,
        events: &[RecordedEvent],
    ) -> Result<(), ProjectionFailure> {
        let mut decoded = Vec::with_capacity(events.len());
        for event in events {
            if let Some((id, e)) = decode_event(event)? {
                decoded.push((id, e, event));
            }
        }
        let mut missing: Vec<String> = decoded
            .iter()
            .filter(|(id, ..)| !self.held.contains_key(id))
            .map(|(id, ..)| id.to_string())
            .collect();
        missing.sort_unstable();
        missing.dedup();
        if !missing.is_empty() {
            // Planned for each call (not a cached generic plan): a rebuild fills the table
            // inside one transaction, and a plan made while it was empty scans it whole.
            let rows: Vec<(String, String)> =
                sqlx::query_as("SELECT id, state FROM rm_organisations WHERE id = ANY($1)")
                    .bind(&missing)
                    .persistent(false)
                    .fetch_all(&mut *conn)
                    .await?;
            for (id, state) in rows {
                let damaged = |e: String| ProjectionFailure {
                    rule: None,
                    message: format!("organisation {id}: read model row is damaged: {e}"),
                };
                let key = Uuid::parse_str(&id).map_err(|e| damaged(e.to_string()))?;
                let state: Organisation =
                    serde_json::from_str(&state).map_err(|e| damaged(e.to_string()))?;
                let before = Some(Columns::of(&state, None, None));
                self.held.insert(key, Held::new(state, before));
            }
        }
        for (id, event, recorded) in decoded {
            let held = self
                .held
                .entry(id)
                .or_insert_with(|| Held::new(Organisation::default(), None));
            held.state = std::mem::take(&mut held.state).evolve(&event);
            held.version = recorded.version;
            held.position = recorded.position;
            held.recorded_at = recorded.recorded_at;
            match event {
                OrganisationEvent::HubMemberJoined {
                    member_id,
                    joined_on,
                } => {
                    self.hubs.insert((id, member_id), Some(joined_on));
                }
                OrganisationEvent::HubMemberLeft { member_id, .. } => {
                    self.hubs.insert((id, member_id), None);
                }
                _ => {}
            }
            if (recorded.version + 1).is_multiple_of(SNAPSHOT_EVERY) {
                let state = serde_json::to_string(&held.state).map_err(|e| ProjectionFailure {
                    rule: None,
                    message: format!("cannot store organisation snapshot: {e}"),
                })?;
                self.snapshots.push(Snapshot {
                    id,
                    version: recorded.version,
                    position: recorded.position,
                    recorded_at: recorded.recorded_at,
                    state,
                });
            }
        }
        Ok(())
    }

    /// Writes every organisation held (and the hub and snapshot rows), and forgets them.
    pub(crate) async fn write(
        &mut self,
        conn: &mut PgConnection,
        policy: &PolicyLookup,
    ) -> Result<(), ProjectionFailure> {
        // In id order (application order: ids are UUID v7), as rows are first inserted: rows
        // of neighbouring ids share pages, which is how pages of results are read.
        let mut held: Vec<(Uuid, Held)> = self.held.drain().collect();
        held.sort_unstable_by_key(|(id, _)| *id);
        let mut rows = Vec::with_capacity(held.len());
        for (id, held) in held {
            let step = Step::of_state(held.state, held.before.as_ref(), held.recorded_at, policy)?;
            rows.push(Written {
                id,
                before: held.before,
                after: step.columns(),
                version: held.version,
                position: held.position,
                step,
            });
        }
        // The unique indexes are checked row by row within a statement: a row taking a credit
        // code or live name that another row of the batch gives up would be refused if it came
        // first. The held states are consistent with each other and with the rows not held
        // (the log was appended under the same indexes), so rows giving theirs up let go first.
        let releasing: Vec<String> = rows
            .iter()
            .filter(|r| r.before.as_ref().is_some_and(|b| keys(b) != keys(&r.after)))
            .map(|r| r.id.to_string())
            .collect();
        if rows.len() > 1 && !releasing.is_empty() {
            sqlx::query(
                "UPDATE rm_organisations SET credit_code = '~' || id, live = false \
                 WHERE id = ANY($1)",
            )
            .bind(&releasing)
            .persistent(false)
            .execute(&mut *conn)
            .await?;
        }
        for chunk in rows.chunks(WRITE_CHUNK) {
            save(conn, chunk).await?;
        }
        self.write_hubs(conn).await?;
        self.write_snapshots(conn).await
    }

    async fn write_hubs(&mut self, conn: &mut PgConnection) -> Result<(), ProjectionFailure> {
        let (mut hubs, mut members, mut days) = (Vec::new(), Vec::new(), Vec::new());
        let (mut left_hubs, mut left_members) = (Vec::new(), Vec::new());
        for ((hub, member), joined_on) in self.hubs.drain() {
            match joined_on {
                Some(day) => {
                    hubs.push(hub.to_string());
                    members.push(member.to_string());
                    days.push(day.to_string());
                }
                None => {
                    left_hubs.push(hub.to_string());
                    left_members.push(member.to_string());
                }
            }
        }
        if !hubs.is_empty() {
            sqlx::query(
                "INSERT INTO rm_hub_members (hub_id, member_id, joined_on) \
                 SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[]) \
                 ON CONFLICT (member_id, hub_id) DO UPDATE SET joined_on = excluded.joined_on",
            )
            .bind(&hubs)
            .bind(&members)
            .bind(&days)
            .execute(&mut *conn)
            .await?;
        }
        if !left_hubs.is_empty() {
            sqlx::query(
                "DELETE FROM rm_hub_members m USING UNNEST($1::text[], $2::text[]) AS l(hub, member) \
                 WHERE m.hub_id = l.hub AND m.member_id = l.member",
            )
            .bind(&left_hubs)
            .bind(&left_members)
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    }

    async fn write_snapshots(&mut self, conn: &mut PgConnection) -> Result<(), ProjectionFailure> {
        if self.snapshots.is_empty() {
            return Ok(());
        }
        let snapshots = std::mem::take(&mut self.snapshots);
        let ids: Vec<String> = snapshots.iter().map(|s| s.id.to_string()).collect();
        let versions: Vec<i64> = snapshots.iter().map(|s| s.version as i64).collect();
        let positions: Vec<i64> = snapshots.iter().map(|s| s.position as i64).collect();
        let instants: Vec<i64> = snapshots
            .iter()
            .map(|s| s.recorded_at.timestamp_micros())
            .collect();
        let states: Vec<String> = snapshots.into_iter().map(|s| s.state).collect();
        sqlx::query(
            "INSERT INTO rm_snapshots (id, version, position, recorded_at, state) \
             SELECT * FROM UNNEST($1::text[], $2::int8[], $3::int8[], $4::int8[], $5::text[]) \
             ON CONFLICT (id, version) DO UPDATE SET position = excluded.position, \
             recorded_at = excluded.recorded_at, state = excluded.state",
        )
        .bind(&ids)
        .bind(&versions)
        .bind(&positions)
        .bind(&instants)
        .bind(&states)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }
}

impl Held {
    fn new(state: Organisation, before: Option<Columns>) -> Self {
        Held {
            state,
            before,
            version: 0,
            position: 0,
            recorded_at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }
}

/// Rows per statement when a rebuild writes many.
const WRITE_CHUNK: usize = 4096;

/// What the unique indexes look at.
fn keys(c: &Columns) -> (&str, &str, &str, bool) {
    (&c.credit_code, &c.jurisdiction, &c.name_key, c.live)
}

struct Written {
    id: Uuid,
    before: Option<Columns>,
    after: Columns,
    version: u64,
    position: u64,
    step: Step,
}

async fn save(conn: &mut PgConnection, rows: &[Written]) -> Result<(), ProjectionFailure> {
    let mut a = SaveArrays::default();
    for r in rows {
        let c = &r.after;
        a.id.push(r.id.to_string());
        a.version.push(r.version as i64);
        a.position.push(r.position as i64);
        a.name.push(c.name.clone());
        a.name_key.push(c.name_key.clone());
        a.case_due.push(c.case_due.clone());
        a.kind.push(c.kind);
        a.status.push(c.status);
        a.credit_code.push(c.credit_code.clone());
        a.jurisdiction.push(c.jurisdiction.clone());
        a.live.push(c.live);
        a.credit_list.push(c.credit_list);
        a.rating.push(c.rating.map(i16::from));
        a.next_due.push(c.next_due.clone());
        a.state.push(r.step.state_json.clone());
        a.grams.push(
            r.step
                .grams
                .as_ref()
                .map(|g| serde_json::Value::from(g.clone()).to_string()),
        );
    }
    // `grams` derive from the name alone: an update keeps the array (and its GIN entries)
    // unless the name changed. PostgreSQL skips the other indexes itself when their columns
    // keep their values (HOT updates).
    let result = sqlx::query(
        "INSERT INTO rm_organisations
             (id, version, last_position, name, kind, status, credit_code, jurisdiction, live,
              credit_list, rating, next_due, state, grams, name_key, case_due)
         SELECT r.id, r.version, r.last_position, r.name, r.kind, r.status, r.credit_code,
                r.jurisdiction, r.live, r.credit_list, r.rating, r.next_due, r.state,
                ARRAY(SELECT g FROM jsonb_array_elements_text(r.grams::jsonb)
                      WITH ORDINALITY AS t(g, n) ORDER BY n),
                r.name_key, r.case_due
         FROM UNNEST($1::text[], $2::int8[], $3::int8[], $4::text[], $5::text[], $6::text[],
                     $7::text[], $8::text[], $9::bool[], $10::text[], $11::int2[], $12::text[],
                     $13::text[], $14::text[], $15::text[], $16::text[])
              AS r(id, version, last_position, name, kind, status, credit_code, jurisdiction,
                   live, credit_list, rating, next_due, state, grams, name_key, case_due)
         ON CONFLICT (id) DO UPDATE SET
             version = excluded.version, last_position = excluded.last_position,
             name = excluded.name, kind = excluded.kind, status = excluded.status,
             credit_code = excluded.credit_code, jurisdiction = excluded.jurisdiction,
             live = excluded.live, credit_list = excluded.credit_list,
             rating = excluded.rating, next_due = excluded.next_due, state = excluded.state,
             name_key = excluded.name_key, case_due = excluded.case_due,
             grams = CASE WHEN rm_organisations.name = excluded.name
                          THEN rm_organisations.grams ELSE excluded.grams END",
    )
    .bind(&a.id)
    .bind(&a.version)
    .bind(&a.position)
    .bind(&a.name)
    .bind(&a.kind)
    .bind(&a.status)
    .bind(&a.credit_code)
    .bind(&a.jurisdiction)
    .bind(&a.live)
    .bind(&a.credit_list)
    .bind(&a.rating)
    .bind(&a.next_due)
    .bind(&a.state)
    .bind(&a.grams)
    .bind(&a.name_key)
    .bind(&a.case_due)
    .execute(&mut *conn)
    .await;
    match result {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(db)) if db.is_unique_violation() => {
            let constraint = db.constraint().unwrap_or_default().to_owned();
            Err(refused(rows, &constraint).unwrap_or_else(|| sqlx::Error::Database(db).into()))
        }
        Err(e) => Err(e.into()),
    }
}

/// The refusal of the row that took a credit code or live name already held: the one row of an
/// append (one organisation per command), or the first of a batch that changed that key.
fn refused(rows: &[Written], constraint: &str) -> Option<ProjectionFailure> {
    let credit = constraint.contains("credit_code");
    rows.iter()
        .find(|r| {
            let before = r.before.as_ref();
            if credit {
                before.is_none_or(|b| b.credit_code != r.after.credit_code)
            } else {
                r.after.live && before.is_none_or(|b| keys(b) != keys(&r.after))
            }
        })
        .and_then(|r| r.step.uniqueness_refused(constraint))
}

#[derive(Default)]
struct SaveArrays {
    id: Vec<String>,
    version: Vec<i64>,
    position: Vec<i64>,
    name: Vec<String>,
    name_key: Vec<String>,
    case_due: Vec<Option<String>>,
    kind: Vec<&'static str>,
    status: Vec<&'static str>,
    credit_code: Vec<String>,
    jurisdiction: Vec<String>,
    live: Vec<bool>,
    credit_list: Vec<&'static str>,
    rating: Vec<Option<i16>>,
    next_due: Vec<Option<String>>,
    state: Vec<String>,
    grams: Vec<Option<String>>,
}

const COLUMNS: &str = "id, version, last_position, state";

type Row = (String, i64, i64, String);

fn decode((id, version, last_position, state): Row) -> Result<OrganisationRow, ReadModelError> {
    OrganisationRow::decode(&id, version, last_position, &state)
}

pub(crate) async fn load(
    conn: &mut PgConnection,
    id: &Uuid,
) -> Result<Option<OrganisationRow>, ReadModelError> {
    sqlx::query_as::<_, Row>(
        "SELECT id, version, last_position, state FROM rm_organisations WHERE id = $1",
    )
    .bind(id.to_string())
    .fetch_optional(conn)
    .await?
    .map(decode)
    .transpose()
}

pub(crate) async fn by_credit_code(
    conn: &mut PgConnection,
    code: &str,
) -> Result<Option<OrganisationRow>, ReadModelError> {
    sqlx::query_as::<_, Row>(
        "SELECT id, version, last_position, state FROM rm_organisations WHERE credit_code = $1",
    )
    .bind(code)
    .fetch_optional(conn)
    .await?
    .map(decode)
    .transpose()
}

pub(crate) async fn live_name_holder(
    conn: &mut PgConnection,
    jurisdiction: &str,
    name: &str,
) -> Result<Option<Uuid>, ReadModelError> {
    let id: Option<String> = sqlx::query_scalar(
        "SELECT id FROM rm_organisations WHERE jurisdiction = $1 AND name_key = $2 AND live",
    )
    .bind(jurisdiction)
    .bind(normalise_name(name))
    .fetch_optional(conn)
    .await?;
    id.as_deref().map(parse_id).transpose()
}

pub(crate) async fn credit_code_holder(
    conn: &mut PgConnection,
    code: &str,
) -> Result<Option<Uuid>, ReadModelError> {
    let id: Option<String> =
        sqlx::query_scalar("SELECT id FROM rm_organisations WHERE credit_code = $1")
            .bind(code)
            .fetch_optional(conn)
            .await?;
    id.as_deref().map(parse_id).transpose()
}

/// A value bound to a `$n` of a query built from optional clauses.
enum Arg {
    Text(String),
    Texts(Vec<String>),
    Int(i64),
}

struct Clauses {
    sql: Vec<String>,
    args: Vec<Arg>,
}

impl Clauses {
    /// Adds `template` with its `$` replaced by the number of `arg`.
    fn push(&mut self, template: &str, arg: Arg) {
        self.args.push(arg);
        self.sql
            .push(template.replace('$', &format!("${}", self.args.len())));
    }

    fn bind<'q, O>(
        &'q self,
        mut query: sqlx::query::QueryAs<'q, Postgres, O, sqlx::postgres::PgArguments>,
    ) -> sqlx::query::QueryAs<'q, Postgres, O, sqlx::postgres::PgArguments> {
        for arg in &self.args {
            query = match arg {
                Arg::Text(t) => query.bind(t),
                Arg::Texts(t) => query.bind(t),
                Arg::Int(i) => query.bind(i),
            };
        }
        query
    }
}

pub(crate) async fn search(
    conn: &mut PgConnection,
    filter: &OrganisationFilter,
    first: usize,
    after: Option<&str>,
) -> Result<Page<OrganisationRow>, ReadModelError> {
    let mut clauses = Clauses {
        sql: Vec::new(),
        args: Vec::new(),
    };
    if let Some(part) = filter.name_contains.as_deref().filter(|p| !p.is_empty()) {
        // Candidates through the bigram index, then the exact check on the name. ILIKE: the
        // bigrams are lower-cased, and SQLite's LIKE ignores ASCII case too.
        let grams = name_grams(part);
        if !grams.is_empty() {
            clauses.push("grams @> $", Arg::Texts(grams));
        }
        clauses.push("name ILIKE $", Arg::Text(contains_pattern(part)));
    }
    if let Some(code) = &filter.credit_code {
        clauses.push("credit_code = $", Arg::Text(code.clone()));
    }
    if let Some(kind) = filter.kind {
        clauses.push("kind = $", Arg::Text(kind_code(kind).to_owned()));
    }
    if let Some(status) = filter.status {
        clauses.push("status = $", Arg::Text(status.as_str().to_owned()));
    }
    if let Some(j) = &filter.jurisdiction {
        clauses.push("jurisdiction = $", Arg::Text(j.clone()));
    }
    if let Some(list) = &filter.credit_list {
        clauses.push("credit_list = $", Arg::Text(list.clone()));
    }
    let filter_sql = if clauses.sql.is_empty() {
        "true".to_owned()
    } else {
        clauses.sql.join(" AND ")
    };
    let count_sql = format!("SELECT count(*) FROM rm_organisations WHERE {filter_sql}");
    let (total_count,): (i64,) = clauses
        .bind(sqlx::query_as(AssertSqlSafe(count_sql)))
        .fetch_one(&mut *conn)
        .await?;
    let after_id = after.map(parse_cursor).transpose()?;
    if let Some(a) = &after_id {
        clauses.push("id > $", Arg::Text(a.clone()));
    }
    let page_filter = if clauses.sql.is_empty() {
        "true".to_owned()
    } else {
        clauses.sql.join(" AND ")
    };
    clauses.args.push(Arg::Int((first + 1) as i64));
    let page_sql = format!(
        "SELECT {COLUMNS} FROM rm_organisations WHERE {page_filter} ORDER BY id LIMIT ${}",
        clauses.args.len()
    );
    let rows: Vec<Row> = clauses
        .bind(sqlx::query_as(AssertSqlSafe(page_sql)))
        .fetch_all(&mut *conn)
        .await?;
    let rows = rows
        .into_iter()
        .map(decode)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Page::of(
        rows,
        first,
        total_count as u64,
        after_id.is_some(),
    ))
}

pub(crate) async fn due_by(
    conn: &mut PgConnection,
    day: NaiveDate,
) -> Result<Vec<Uuid>, ReadModelError> {
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM rm_organisations WHERE next_due IS NOT NULL AND next_due <= $1 \
         ORDER BY next_due",
    )
    .bind(day.to_string())
    .fetch_all(conn)
    .await?;
    ids.iter().map(|id| parse_id(id)).collect()
}

/// A page of the live organisations of a jurisdiction with a case due before `today`, earliest
/// first, read along the `case_due` index.
pub(crate) async fn overdue(
    conn: &mut PgConnection,
    q: &OverdueQuery,
) -> Result<Page<OrganisationRow>, ReadModelError> {
    let today = q.today.to_string();
    let total: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM rm_organisations \
         WHERE jurisdiction = $1 AND case_due IS NOT NULL AND case_due < $2",
    )
    .bind(&q.jurisdiction)
    .bind(&today)
    .fetch_one(&mut *conn)
    .await?;
    let after = q.after.as_deref().map(parse_overdue_cursor).transpose()?;
    let (after_due, after_id) = after.as_ref().map_or(("", ""), |a| (&a.due, &a.id));
    let rows: Vec<(String, i64, i64, String, String)> = sqlx::query_as(
        "SELECT id, version, last_position, state, case_due FROM rm_organisations \
         WHERE jurisdiction = $1 AND case_due IS NOT NULL AND case_due < $2 \
           AND (case_due, id) > ($3, $4) \
         ORDER BY case_due, id LIMIT $5",
    )
    .bind(&q.jurisdiction)
    .bind(&today)
    .bind(after_due)
    .bind(after_id)
    .bind((q.first + 1) as i64)
    .fetch_all(conn)
    .await?;
    let rows = rows
        .into_iter()
        .map(|(id, version, position, state, due)| {
            Ok((due, decode((id, version, position, state))?))
        })
        .collect::<Result<Vec<_>, ReadModelError>>()?;
    Ok(Page::overdue(rows, q.first, total as u64, after.is_some()))
}

pub(crate) async fn hubs_of(
    conn: &mut PgConnection,
    member: &Uuid,
) -> Result<Vec<(Uuid, String)>, ReadModelError> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT hub_id, joined_on FROM rm_hub_members WHERE member_id = $1 ORDER BY joined_on",
    )
    .bind(member.to_string())
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(hub, joined)| Ok((parse_id(&hub)?, joined)))
        .collect()
}

pub(crate) async fn snapshot_before(
    conn: &mut PgConnection,
    id: &Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<Option<OrganisationRow>, ReadModelError> {
    sqlx::query_as::<_, Row>(
        "SELECT id, version, position, state FROM rm_snapshots \
         WHERE id = $1 AND recorded_at <= $2 ORDER BY version DESC LIMIT 1",
    )
    .bind(id.to_string())
    .bind(at.timestamp_micros())
    .fetch_optional(conn)
    .await?
    .map(decode)
    .transpose()
}
