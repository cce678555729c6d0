//! The organisations read model in the shared PostgreSQL database, next to the events: every
//! server reads what any server's append projected in the same transaction.

use chrono::NaiveDate;
use civic_store::RecordedEvent;
use civic_store::sqlite::ProjectionFailure;
use sqlx::{AssertSqlSafe, PgConnection, Postgres};
use uuid::Uuid;

use super::{
    HubChange, OrganisationFilter, OrganisationRow, Page, Step, contains_pattern, decode_event,
    kind_code, name_grams, parse_cursor, parse_id, step,
};
use crate::{PolicyLookup, ReadModelError};

/// Ids and dates are compared byte-wise (`COLLATE "C"`) so that pages come in the same order
/// as on SQLite whatever the database's locale. The name's bigrams are an array with a GIN
/// index: the PostgreSQL form of SQLite's `rm_name_grams` table.
pub(crate) const CREATE: &str = r#"
CREATE TABLE IF NOT EXISTS rm_organisations (
    id            text COLLATE "C" PRIMARY KEY,
    version       bigint NOT NULL,
    last_position bigint NOT NULL,
    name          text NOT NULL,
    grams         text[] NOT NULL,
    kind          text NOT NULL,
    status        text NOT NULL,
    credit_code   text NOT NULL,
    jurisdiction  text NOT NULL,
    live          boolean NOT NULL,
    credit_list   text NOT NULL,
    rating        smallint,
    next_due      text COLLATE "C",
    state         text NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS rm_organisations_credit_code
    ON rm_organisations (credit_code);
CREATE UNIQUE INDEX IF NOT EXISTS rm_organisations_live_name
    ON rm_organisations (jurisdiction, name) WHERE live;
CREATE INDEX IF NOT EXISTS rm_organisations_next_due
    ON rm_organisations (next_due) WHERE next_due IS NOT NULL;
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

pub(crate) async fn apply(
    conn: &mut PgConnection,
    event: &RecordedEvent,
    policy: &PolicyLookup,
) -> Result<(), ProjectionFailure> {
    let Some((id, decoded)) = decode_event(event)? else {
        return Ok(());
    };
    let key = id.to_string();
    let previous: Option<String> =
        sqlx::query_scalar("SELECT state FROM rm_organisations WHERE id = $1")
            .bind(&key)
            .fetch_optional(&mut *conn)
            .await?;
    let previous = previous
        .map(|s| serde_json::from_str(&s))
        .transpose()
        .map_err(|e| ProjectionFailure {
            rule: None,
            message: format!("organisation {id}: read model row is damaged: {e}"),
        })?;
    let step = step(previous, event, &decoded, policy)?;
    match &step.hub {
        Some(HubChange::Joined { member, on }) => {
            sqlx::query(
                "INSERT INTO rm_hub_members (hub_id, member_id, joined_on) VALUES ($1, $2, $3) \
                 ON CONFLICT (member_id, hub_id) DO UPDATE SET joined_on = excluded.joined_on",
            )
            .bind(&key)
            .bind(member.to_string())
            .bind(on.to_string())
            .execute(&mut *conn)
            .await?;
        }
        Some(HubChange::Left { member }) => {
            sqlx::query("DELETE FROM rm_hub_members WHERE hub_id = $1 AND member_id = $2")
                .bind(&key)
                .bind(member.to_string())
                .execute(&mut *conn)
                .await?;
        }
        None => {}
    }
    save(conn, &key, event, &step).await?;
    if step.snapshot {
        sqlx::query(
            "INSERT INTO rm_snapshots (id, version, position, recorded_at, state) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (id, version) DO UPDATE SET position = excluded.position, \
             recorded_at = excluded.recorded_at, state = excluded.state",
        )
        .bind(&key)
        .bind(event.version as i64)
        .bind(event.position as i64)
        .bind(event.recorded_at.timestamp_micros())
        .bind(&step.state_json)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn save(
    conn: &mut PgConnection,
    key: &str,
    event: &RecordedEvent,
    step: &Step,
) -> Result<(), ProjectionFailure> {
    // `grams` is only rewritten when the name changed (NULL keeps the old array). PostgreSQL
    // skips the indexes itself when their columns keep their values (HOT updates).
    let c = step.columns();
    let result = sqlx::query(
        "INSERT INTO rm_organisations
             (id, version, last_position, name, kind, status, credit_code, jurisdiction, live,
              credit_list, rating, next_due, state, grams)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, COALESCE($14, '{}'))
         ON CONFLICT (id) DO UPDATE SET
             version = excluded.version, last_position = excluded.last_position,
             name = excluded.name, kind = excluded.kind, status = excluded.status,
             credit_code = excluded.credit_code, jurisdiction = excluded.jurisdiction,
             live = excluded.live, credit_list = excluded.credit_list,
             rating = excluded.rating, next_due = excluded.next_due, state = excluded.state,
             grams = COALESCE($14, rm_organisations.grams)",
    )
    .bind(key)
    .bind(event.version as i64)
    .bind(event.position as i64)
    .bind(c.name)
    .bind(c.kind)
    .bind(c.status)
    .bind(c.credit_code)
    .bind(c.jurisdiction)
    .bind(c.live)
    .bind(c.credit_list)
    .bind(c.rating.map(i16::from))
    .bind(c.next_due)
    .bind(&step.state_json)
    .bind(step.grams.as_deref())
    .execute(&mut *conn)
    .await;
    match result {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(db)) if db.is_unique_violation() => {
            let constraint = db.constraint().unwrap_or_default().to_owned();
            Err(step
                .uniqueness_refused(&constraint)
                .unwrap_or_else(|| sqlx::Error::Database(db).into()))
        }
        Err(e) => Err(e.into()),
    }
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
        "SELECT id FROM rm_organisations WHERE jurisdiction = $1 AND name = $2 AND live",
    )
    .bind(jurisdiction)
    .bind(name)
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

pub(crate) async fn live_in(
    conn: &mut PgConnection,
    jurisdiction: &str,
) -> Result<Vec<OrganisationRow>, ReadModelError> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, version, last_position, state FROM rm_organisations \
         WHERE jurisdiction = $1 AND live ORDER BY id",
    )
    .bind(jurisdiction)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(decode).collect()
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
