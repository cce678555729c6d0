use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, InputObject, Object, Result};
use civic_domain::{CreditCode as Code, Jurisdiction};
use civic_projections::organisations::{self, OrganisationFilter, OverdueQuery};
use civic_store::{Direction, StreamFrom};
use uuid::Uuid;

use super::errors::{Gql, forbidden, validation};
use super::scalars::{CreditCode, DateTimeScalar};
use super::types::{
    LedgerEvent, OrganisationKind, OrganisationStatus, OrganisationView, TotalCount,
};
use super::{MAX_PAGE, ledger, viewer};
use crate::auth::Role;

#[derive(Default)]
pub struct Query;

/// Narrows `organisations`; every field given must match.
#[derive(InputObject, Default)]
pub struct OrganisationFilterInput {
    /// Part of the name, e.g. "养老".
    pub name_contains: Option<String>,
    pub credit_code: Option<CreditCode>,
    pub kind: Option<OrganisationKind>,
    pub status: Option<OrganisationStatus>,
    /// GB/T 2260 code of the registration authority.
    pub jurisdiction: Option<String>,
}

pub(super) fn page_size(first: Option<i32>) -> Result<usize> {
    match first {
        None => Ok(20),
        Some(n) if (0..=MAX_PAGE as i32).contains(&n) => Ok(n as usize),
        Some(n) => Err(super::errors::first_out_of_range(MAX_PAGE, n)),
    }
}

/// How far ahead `overdueCases` looks: a year (and a day, for leap years) covers next year's
/// annual reports and every decision period, and keeps what one request computes bounded by
/// the registry's real age instead of by the calendar's end.
const OVERDUE_HORIZON: chrono::TimeDelta = chrono::TimeDelta::days(366);

/// An organisation whose statutory clock has run out: its most overdue case, and how many are
/// overdue (unfiled annual reports count one a year). `organisation.openCases` lists them all.
#[derive(async_graphql::SimpleObject)]
pub struct OverdueCase {
    pub organisation: OrganisationView,
    /// The most overdue case.
    pub case: super::types::OpenCaseView,
    /// Whole days past that case's due date (China time).
    pub days_overdue: i64,
    /// How many of the organisation's cases are overdue.
    pub overdue_count: u32,
}

#[derive(async_graphql::Enum, Copy, Clone, Eq, PartialEq)]
pub enum ListName {
    /// 活动异常名录
    Abnormal,
    /// 严重违法失信名单
    Serious,
}

// Merged into the root `Query` (graphql/mod.rs), under a name of its own.
#[Object(name = "RegistryQuery")]
impl Query {
    /// Organisations of a registration authority with a case whose due date has passed:
    /// pending decisions (REG-DECISION-DUE), establishment applications, annual reports, list
    /// periods; the most overdue first, at most 100 a page.
    ///
    /// `at` (default now) asks what is or will be late at another instant, e.g. next week; at
    /// most a year ahead.
    async fn overdue_cases(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
        at: Option<DateTimeScalar>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, OverdueCase, TotalCount>> {
        let first = page_size(first)?;
        let real_now = chrono::Utc::now();
        let now = at.map_or(real_now, |a| a.0);
        let horizon = real_now + OVERDUE_HORIZON;
        if now > horizon {
            return Err(validation(crate::ledger::Said::new(
                format!(
                    "at {} is too far ahead: overdue cases (逾期事项) can be previewed at most {} days from now, until {} (China time)",
                    super::scalars::shanghai(&now),
                    OVERDUE_HORIZON.num_days(),
                    civic_domain::calendar::china_date(horizon),
                ),
                format!(
                    "查询时间 {} 太远：逾期事项最多预览{}天，即至{}（北京时间）",
                    super::scalars::shanghai(&now),
                    OVERDUE_HORIZON.num_days(),
                    civic_domain::calendar::china_date(horizon),
                ),
            )));
        }
        Jurisdiction::parse(&jurisdiction).gql()?;
        let today = civic_domain::calendar::china_date(now);
        let page = ledger(ctx)
            .read_models()
            .overdue(OverdueQuery {
                jurisdiction,
                today,
                first,
                after,
            })
            .await
            .gql()?;
        let viewer = viewer(ctx);
        let mut connection = Connection::with_additional_fields(
            page.has_previous_page,
            page.has_next_page,
            TotalCount {
                total_count: page.total_count,
            },
        );
        for (cursor, r) in page.items {
            // Bounded by the horizon: at most one annual report a year since registration.
            let mut late = super::open_cases(ctx, &r.state, now)
                .into_iter()
                .filter(|c| c.overdue);
            // The index and the cases read the same clocks; a policy changed since the row was
            // written could leave nothing late, and then there is nothing to show.
            let Some(case) = late.next() else { continue };
            let overdue_count = 1 + u32::try_from(late.count()).unwrap_or(u32::MAX - 1);
            connection.edges.push(Edge::new(
                cursor,
                OverdueCase {
                    days_overdue: (today - case.due.0).num_days(),
                    organisation: OrganisationView::new(
                        r.state,
                        r.version,
                        r.last_position,
                        viewer,
                    ),
                    case,
                    overdue_count,
                },
            ));
        }
        Ok(connection)
    }

    /// The organisations on a credit list now, optionally of one registration authority.
    async fn credit_list(
        &self,
        ctx: &Context<'_>,
        list: ListName,
        jurisdiction: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, OrganisationView, TotalCount>> {
        let filter = OrganisationFilterInput {
            jurisdiction,
            ..Default::default()
        };
        let list = match list {
            ListName::Abnormal => "ABNORMAL",
            ListName::Serious => "SERIOUS",
        };
        search(ctx, filter, Some(list.to_owned()), first, after).await
    }

    /// The hubs (枢纽型组织) an organisation belongs to now.
    async fn hub_memberships(
        &self,
        ctx: &Context<'_>,
        organisation_id: Uuid,
    ) -> Result<Vec<OrganisationView>> {
        let ledger = ledger(ctx);
        let hubs = ledger.read_models().hubs_of(organisation_id).await.gql()?;
        let viewer = viewer(ctx);
        let mut out = Vec::new();
        for (hub, _) in hubs {
            if let Some(r) = ledger.organisation_row(hub).await.gql()? {
                out.push(OrganisationView::new(
                    r.state,
                    r.version,
                    r.last_position,
                    viewer,
                ));
            }
        }
        Ok(out)
    }

    /// An organisation by its id.
    async fn organisation(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<OrganisationView>> {
        let row = ledger(ctx).organisation_row(id).await.gql()?;
        let viewer = viewer(ctx);
        Ok(row.map(|r| OrganisationView::new(r.state, r.version, r.last_position, viewer)))
    }

    /// An organisation by its Unified Social Credit Code.
    async fn organisation_by_credit_code(
        &self,
        ctx: &Context<'_>,
        code: CreditCode,
    ) -> Result<Option<OrganisationView>> {
        let code = Code::parse(&code.0).gql()?;
        let row = ledger(ctx)
            .read_models()
            .organisation_by_credit_code(code.as_str())
            .await
            .gql()?;
        let viewer = viewer(ctx);
        Ok(row.map(|r| OrganisationView::new(r.state, r.version, r.last_position, viewer)))
    }

    /// Organisations in the order they applied, filtered; at most 100 a page.
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        filter: Option<OrganisationFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, OrganisationView, TotalCount>> {
        search(ctx, filter.unwrap_or_default(), None, first, after).await
    }

    /// An organisation as it stood at an instant, re-computed from its events (AUDIT-ASOF).
    /// Null if it had not applied yet.
    async fn organisation_as_of(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        at: DateTimeScalar,
    ) -> Result<Option<OrganisationView>> {
        let outcome = ledger(ctx).organisation_as_of(&id, at.0).await.gql()?;
        let viewer = viewer(ctx);
        Ok(outcome.map(|o| OrganisationView::new(o.state, o.version, o.position, viewer)))
    }

    /// The events of one stream (e.g. `organisation-{id}`) in order, with their hashes.
    /// Auditors and administrators read any stream, registrars their jurisdiction's
    /// organisations', a purchasing unit its own procurements' (`procurement-{id}`).
    async fn stream_events(
        &self,
        ctx: &Context<'_>,
        stream: String,
        #[graphql(default = 0)] from_version: u64,
        first: Option<i32>,
    ) -> Result<Connection<String, LedgerEvent, TotalCount>> {
        let ledger = ledger(ctx);
        // A purchasing unit reads its own procurements' history; everyone else as before.
        if !super::procurement::reads_own_procurement_history(ctx, &stream).await? {
            let claims = viewer(ctx).require_history_reader()?;
            if claims.role == Role::Registrar {
                let id = organisations::organisation_id(&stream);
                let row = match id {
                    Some(id) => ledger.organisation_row(id).await.gql()?,
                    None => None,
                };
                let allowed = row.is_some_and(|r| {
                    r.state.jurisdiction.as_ref().map(|j| j.as_str())
                        == claims.jurisdiction.as_deref()
                });
                if !allowed {
                    return Err(forbidden(crate::ledger::Said::new(
                        "registrars read the history of their own jurisdiction's organisations only",
                        "登记管理机关工作人员只能查看本辖区社会组织的变更记录",
                    )));
                }
            }
        }
        let first = page_size(first.or(Some(MAX_PAGE as i32)))?;
        let store = ledger.store();
        let events = store
            .read_stream(
                &stream,
                StreamFrom::Version(from_version),
                Direction::Forwards,
                first + 1,
            )
            .await
            .gql()?;
        let total = store
            .read_stream(&stream, StreamFrom::End, Direction::Backwards, 1)
            .await
            .gql()?
            .first()
            .map_or(0, |e| e.version + 1);
        let has_next = events.len() > first;
        let mut connection = Connection::with_additional_fields(
            from_version > 0,
            has_next,
            TotalCount { total_count: total },
        );
        connection.edges.extend(
            events
                .into_iter()
                .take(first)
                .map(|e| Edge::new(e.version.to_string(), LedgerEvent(e))),
        );
        Ok(connection)
    }
}

async fn search(
    ctx: &Context<'_>,
    filter: OrganisationFilterInput,
    credit_list: Option<String>,
    first: Option<i32>,
    after: Option<String>,
) -> Result<Connection<String, OrganisationView, TotalCount>> {
    let first = page_size(first)?;
    // Search text is typed or pasted: stray spaces around it (or, in a name, any difference
    // the registry's normal form of names erases) must not make a search find nothing.
    let trimmed = |t: String| t.trim().to_owned();
    let jurisdiction = filter.jurisdiction.map(trimmed);
    if let Some(j) = &jurisdiction {
        Jurisdiction::parse(j).gql()?;
    }
    let credit_code = filter.credit_code.map(|c| trimmed(c.0));
    if let Some(code) = &credit_code {
        Code::parse(code).gql()?;
    }
    let filter = OrganisationFilter {
        name_contains: filter
            .name_contains
            .map(|n| civic_domain::organisation::normalise_name(&n)),
        credit_code,
        kind: filter.kind.map(Into::into),
        status: filter.status.map(Into::into),
        jurisdiction,
        credit_list,
    };
    let page = ledger(ctx)
        .read_models()
        .search(filter, first, after)
        .await
        .gql()?;
    let viewer = viewer(ctx);
    let mut connection = Connection::with_additional_fields(
        page.has_previous_page,
        page.has_next_page,
        TotalCount {
            total_count: page.total_count,
        },
    );
    connection
        .edges
        .extend(page.items.into_iter().map(|(cursor, r)| {
            Edge::new(
                cursor,
                OrganisationView::new(r.state, r.version, r.last_position, viewer),
            )
        }));
    Ok(connection)
}
