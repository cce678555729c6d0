//! The organisations read model's queries in the shared PostgreSQL database, and its name
//! search: an array of the name's bigrams in the row, with a GIN index (SQLite keeps a table).

use sqlx::{AssertSqlSafe, PgConnection, Postgres};

use super::{
    OrganisationFilter, OrganisationRow, Page, contains_pattern, kind_code, name_grams,
    parse_cursor,
};
use crate::ReadModelError;

/// The search hook's column, added to the projector's table, and its index (made after a
/// rebuild has filled the column).
pub(crate) const SEARCH_CREATE: &str =
    "ALTER TABLE rm_organisations ADD COLUMN IF NOT EXISTS grams text[] NOT NULL DEFAULT '{}'";
pub(crate) const SEARCH_INDEX: &str =
    "CREATE INDEX IF NOT EXISTS rm_organisations_grams ON rm_organisations USING gin (grams)";

/// An organisation's row joined with its state in the state store.
const COLUMNS: &str = "o.id, s.version, s.position, s.state";
const WITH_STATE: &str = "JOIN aggregate_states s ON s.category = 'organisation' AND s.id = o.id";

type Row = (String, i64, i64, String);

fn decode((id, version, last_position, state): Row) -> Result<OrganisationRow, ReadModelError> {
    OrganisationRow::decode(&id, version, last_position, &state)
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
            clauses.push("o.grams @> $", Arg::Texts(grams));
        }
        clauses.push("o.name ILIKE $", Arg::Text(contains_pattern(part)));
    }
    if let Some(code) = &filter.credit_code {
        clauses.push("o.credit_code = $", Arg::Text(code.clone()));
    }
    if let Some(kind) = filter.kind {
        clauses.push("o.kind = $", Arg::Text(kind_code(kind).to_owned()));
    }
    if let Some(status) = filter.status {
        clauses.push("o.status = $", Arg::Text(status.as_str().to_owned()));
    }
    if let Some(j) = &filter.jurisdiction {
        clauses.push("o.jurisdiction = $", Arg::Text(j.clone()));
    }
    if let Some(list) = &filter.credit_list {
        clauses.push("o.credit_list = $", Arg::Text(list.clone()));
    }
    let filter_sql = if clauses.sql.is_empty() {
        "true".to_owned()
    } else {
        clauses.sql.join(" AND ")
    };
    let count_sql = format!("SELECT count(*) FROM rm_organisations o WHERE {filter_sql}");
    let (total_count,): (i64,) = clauses
        .bind(sqlx::query_as(AssertSqlSafe(count_sql)))
        .fetch_one(&mut *conn)
        .await?;
    let after_id = after.map(parse_cursor).transpose()?;
    if let Some(a) = &after_id {
        clauses.push("o.id > $", Arg::Text(a.clone()));
    }
    let page_filter = if clauses.sql.is_empty() {
        "true".to_owned()
    } else {
        clauses.sql.join(" AND ")
    };
    clauses.args.push(Arg::Int((first + 1) as i64));
    let page_sql = format!(
        "SELECT {COLUMNS} FROM rm_organisations o {WITH_STATE} WHERE {page_filter} \
         ORDER BY o.id LIMIT ${}",
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
