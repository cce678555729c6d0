//! The GraphQL API (DESIGN §6).

mod audit;
mod award;
mod bid;
mod catalogue;
mod command;
mod committee;
mod contest;
mod contract;
mod errors;
pub mod limits;
mod menu;
mod mutation;
mod ocds;
mod payload;
mod performance;
mod procurement;
mod query;
mod registry;
pub mod scalars;
mod session;
mod statistics;
mod subscription;
pub(crate) mod types;
mod viewer;

use async_graphql::{Context, Schema};

pub use errors::error;
pub use session::{Accounts, ClientAddr, Lang};
pub use viewer::Viewer;

use crate::ledger::Ledger;

/// Mutations, one object per area of work.
#[derive(async_graphql::MergedObject, Default)]
pub struct Mutation(
    mutation::RegistrationMutation,
    registry::RegistryMutation,
    session::SessionMutation,
    catalogue::CatalogueMutation,
    procurement::ProcurementMutation,
    bid::BidMutation,
    committee::CommitteeMutation,
    award::AwardMutation,
    contract::ContractMutation,
    performance::PerformanceMutation,
    menu::MenuMutation,
    contest::ContestMutation,
);

/// Queries, one object per area of work.
#[derive(async_graphql::MergedObject, Default)]
#[graphql(name = "Query")]
pub struct Query(
    query::Query,
    catalogue::CatalogueQuery,
    audit::AuditQuery,
    procurement::ProcurementQuery,
    bid::BidQuery,
    committee::CommitteeQuery,
    ocds::OcdsQuery,
    statistics::StatisticsQuery,
    contract::ContractQuery,
    performance::PerformanceQuery,
    menu::MenuQuery,
    contest::ContestQuery,
);

pub type LedgerSchema = Schema<Query, Mutation, subscription::Subscription>;

/// Relay pages hold at most this many edges.
pub const MAX_PAGE: usize = 100;

/// The size of a page of a list whose default is a whole page: at most [`MAX_PAGE`].
fn list_page_size(first: Option<i32>) -> async_graphql::Result<usize> {
    match first {
        None => Ok(MAX_PAGE),
        Some(n) if (0..=MAX_PAGE as i32).contains(&n) => Ok(n as usize),
        Some(n) => Err(errors::first_out_of_range(MAX_PAGE, n)),
    }
}
/// Operations selecting more fields are refused before they run (each field counts once; see
/// [`limits`] for depth, fragment expansion and time).
pub const MAX_COMPLEXITY: usize = 2_000;

/// Per-request facts the resolvers need besides the viewer.
#[derive(Debug, Clone, Copy)]
pub struct RequestMeta {
    pub correlation_id: uuid::Uuid,
}

/// The schema, with the ledger it serves when one is given (the SDL export needs none).
pub fn schema(ledger: Option<Ledger>) -> LedgerSchema {
    schema_with(ledger, None)
}

/// The schema a server runs: its ledger, and the accounts `signIn` checks.
pub fn serving_schema(ledger: Ledger, accounts: Accounts) -> LedgerSchema {
    schema_with(Some(ledger), Some(accounts))
}

fn schema_with(ledger: Option<Ledger>, accounts: Option<Accounts>) -> LedgerSchema {
    let mut builder = Schema::build(
        Query::default(),
        Mutation::default(),
        subscription::Subscription,
    )
    // Depth is checked by `limits`, which measures introspection by its lists.
    .limit_complexity(MAX_COMPLEXITY)
    .extension(limits::Limits {
        timeout: limits::REQUEST_TIMEOUT,
    });
    if let Some(l) = ledger {
        builder = builder.data(l);
    }
    if let Some(a) = accounts {
        builder = builder.data(a);
    }
    builder.finish()
}

fn ledger<'a>(ctx: &Context<'a>) -> &'a Ledger {
    // The server always builds the schema with its ledger; only the SDL export omits it, and
    // that never executes a query.
    ctx.data_unchecked::<Ledger>()
}

fn viewer<'a>(ctx: &Context<'a>) -> &'a Viewer {
    static ANONYMOUS: Viewer = Viewer(None);
    ctx.data_opt::<Viewer>().unwrap_or(&ANONYMOUS)
}

/// The statutory clocks running for an organisation today (China date), with the policy of its
/// jurisdiction.
fn open_cases(
    ctx: &Context<'_>,
    state: &civic_domain::Organisation,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<types::OpenCaseView> {
    let today = civic_domain::calendar::china_date(now);
    let ledger = ledger(ctx);
    let policy = ledger.policy_for(state.jurisdiction.as_ref().map(|j| j.as_str()), now);
    state
        .open_cases(today, &policy)
        .into_iter()
        .map(|case| {
            let (kind, year) = case_kind(&case.kind);
            types::OpenCaseView {
                rule: case.kind.rule(),
                kind,
                year,
                opened_on: scalars::Date(case.opened_on),
                due: scalars::Date(case.due),
                overdue: case.due < today,
            }
        })
        .collect()
}

/// The wire name of a case kind, and its year for an annual report.
fn case_kind(kind: &civic_domain::organisation::CaseKind) -> (String, Option<i32>) {
    use civic_domain::organisation::CaseKind;
    let year = match kind {
        CaseKind::AnnualReport { year } => Some(*year),
        _ => None,
    };
    let name = serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.get("case").and_then(|c| c.as_str()).map(str::to_owned))
        .unwrap_or_default();
    (name, year)
}

#[cfg(test)]
mod tests {
    /// `api/schema.graphql` is the public contract: it must be what the code serves. Run with
    /// `UPDATE_SCHEMA=1` to rewrite it after a deliberate change.
    #[test]
    fn exported_sdl_is_current() {
        let sdl = super::schema(None).sdl();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql");
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &sdl).unwrap();
        }
        let file = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            file == sdl,
            "api/schema.graphql is out of date: run `UPDATE_SCHEMA=1 cargo test -p civic-ledger exported_sdl_is_current`"
        );
    }
}
