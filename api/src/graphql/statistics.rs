//! Public purchasing in figures (issue 13, item 5): spending (awarded, contracted and paid) by catalogue item,
//! supplier, method and year; how often an opening found fewer than three valid bids; how
//! long notices took to reach an award. Read from the figures read model, grouped and summed
//! by the database. Purchasers and registrars read their own jurisdiction; auditors and
//! administrators (the bureau's accounts) any, or all together.

use async_graphql::{Context, Enum, Object, Result, SimpleObject};
use civic_domain::Money;
use civic_projections::statistics::{self, Dimension};

use super::errors::{Gql, forbidden, validation};
use super::{ledger, query::page_size, viewer};
use crate::auth::Role;

#[derive(Default)]
pub struct StatisticsQuery;

/// What spending is grouped by.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum SpendingBy {
    /// The catalogue item's code.
    CatalogueItem,
    /// The awarded organisation.
    Supplier,
    /// The procurement method, e.g. `OPEN_TENDER`.
    Method,
    /// The year (China time) of the award notice.
    Year,
}

impl From<SpendingBy> for Dimension {
    fn from(by: SpendingBy) -> Self {
        match by {
            SpendingBy::CatalogueItem => Dimension::Item,
            SpendingBy::Supplier => Dimension::Supplier,
            SpendingBy::Method => Dimension::Method,
            SpendingBy::Year => Dimension::Year,
        }
    }
}

/// One group of awarded spending.
#[derive(SimpleObject)]
pub struct SpendingGroup {
    /// The item's code, the supplier's organisation id, the method, or the year.
    pub key: String,
    /// Yuan, e.g. `395000.00`.
    pub awarded: String,
    pub awarded_fen: i64,
    /// Awards in force in the group.
    pub awards: u64,
    /// Yuan: the contracts' amounts as signed and supplemented.
    pub contracted: String,
    pub contracted_fen: i64,
    /// Yuan.
    pub paid: String,
    pub paid_fen: i64,
    /// Contracts signed in the group (by the year of signing when grouped by year).
    pub contracts: u64,
}

/// A page of spending groups, in key order.
#[derive(SimpleObject)]
pub struct Spending {
    /// Null: every jurisdiction.
    pub jurisdiction: Option<String>,
    pub groups: Vec<SpendingGroup>,
    /// Pass as `after` for the next page; null at the end.
    pub next_cursor: Option<String>,
}

/// The figures of a jurisdiction's published procurements.
#[derive(SimpleObject)]
pub struct PurchaseStatistics {
    /// Null: every jurisdiction.
    pub jurisdiction: Option<String>,
    pub published: u64,
    /// Whose bids were opened.
    pub opened: u64,
    /// Opened with fewer than three valid bids.
    pub fewer_than_three_valid_bids: u64,
    /// `fewerThanThreeValidBids / opened`, null before any opening.
    pub share_fewer_than_three_valid_bids: Option<f64>,
    /// Awards in force.
    pub awards: u64,
    /// Yuan.
    pub awarded: String,
    /// Days (China calendar) from the notice to the award notice, averaged over the awards;
    /// null without one.
    pub average_days_to_award: Option<f64>,
    /// Concluded performance evaluations of the jurisdiction's contracts, by grade.
    pub grades: Vec<GradeCount>,
}

/// How many concluded performance evaluations gave a grade.
#[derive(SimpleObject)]
pub struct GradeCount {
    /// `EXCELLENT`, `GOOD`, `FAIR` or `POOR`.
    pub grade: String,
    pub evaluations: u64,
}

/// The jurisdiction a viewer may read figures of: its own for a purchaser or registrar (the
/// default), any or all (`None`) for auditors and administrators.
fn scope(ctx: &Context<'_>, asked: Option<String>) -> Result<Option<String>> {
    let claims = viewer(ctx).signed_in("reading purchasing statistics")?;
    if let Some(j) = &asked
        && civic_domain::Jurisdiction::parse(j).is_err()
    {
        return Err(validation(crate::ledger::Said::new(
            format!("{j:?} is not a jurisdiction (six-digit division code)"),
            format!("{j:?} 不是行政区划代码（六位数字）"),
        )));
    }
    match claims.role {
        Role::Auditor | Role::Admin => Ok(asked),
        Role::Purchaser | Role::Registrar => {
            let own = claims.jurisdiction.clone().ok_or_else(|| {
                forbidden(crate::ledger::Said::new(
                    "your token acts for no jurisdiction, so it reads no statistics",
                    "您的令牌未指明行政区划，不能查看统计",
                ))
            })?;
            match asked {
                Some(j) if j != own => Err(forbidden(crate::ledger::Said::new(
                    format!(
                        "statistics of {j} are read by its own staff and by auditors; your token acts for {own}"
                    ),
                    format!("{j} 的统计仅供本行政区工作人员和审计人员查看，您的令牌代表 {own}"),
                ))),
                _ => Ok(Some(own)),
            }
        }
        other => Err(super::errors::wrong_role(
            "purchasing statistics are open to purchasers, registrars and auditors",
            "采购统计仅供采购人、登记管理机关工作人员和审计人员查看",
            other,
        )),
    }
}

fn yuan(fen: i64) -> String {
    Money::from_fen(fen).map_or_else(|_| format!("{fen} fen"), |m| m.to_string())
}

fn ratio(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

#[Object]
impl StatisticsQuery {
    /// Spending — awarded, contracted and paid — grouped `by` item, supplier, method or year
    /// (of the award notice for awards, of the signing for contracts), in key order, at most
    /// `first` (≤ 100) groups a page after the cursor `after`.
    async fn spending(
        &self,
        ctx: &Context<'_>,
        by: SpendingBy,
        jurisdiction: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Spending> {
        let jurisdiction = scope(ctx, jurisdiction)?;
        let first = page_size(first)?;
        let dimension = by.into();
        let read = ledger(ctx).read_models();
        let awarded =
            statistics::spending_query(jurisdiction.as_deref(), dimension, after.as_deref(), first)
                .gql()?;
        let contracted = statistics::contract_spending_query(
            jurisdiction.as_deref(),
            dimension,
            after.as_deref(),
            first,
        )
        .gql()?;
        let (groups, more) = statistics::merge_spending(
            dimension,
            read.select(awarded).await.gql()?,
            read.select(contracted).await.gql()?,
            first,
        )
        .gql()?;
        let next_cursor = more.then(|| groups.last().map(|g| g.key.clone())).flatten();
        Ok(Spending {
            jurisdiction,
            groups: groups
                .into_iter()
                .map(|g| SpendingGroup {
                    awarded: yuan(g.awarded),
                    key: g.key,
                    awarded_fen: g.awarded,
                    awards: g.awards,
                    contracted: yuan(g.contracted),
                    contracted_fen: g.contracted,
                    paid: yuan(g.paid),
                    paid_fen: g.paid,
                    contracts: g.contracts,
                })
                .collect(),
            next_cursor,
        })
    }

    /// How a jurisdiction's (or, for auditors, every) published procurement fared: openings
    /// with fewer than three valid bids and their share, awards, the average days from notice
    /// to award notice, and the grades its suppliers' performance evaluations concluded with.
    async fn purchase_statistics(
        &self,
        ctx: &Context<'_>,
        jurisdiction: Option<String>,
    ) -> Result<PurchaseStatistics> {
        let jurisdiction = scope(ctx, jurisdiction)?;
        let rows = ledger(ctx)
            .read_models()
            .select(statistics::summary_query(jurisdiction.as_deref()))
            .await
            .gql()?;
        let s = statistics::summary(rows).gql()?;
        let grades = statistics::grades(
            ledger(ctx)
                .read_models()
                .select(statistics::grades_query(jurisdiction.as_deref()))
                .await
                .gql()?,
        )
        .gql()?;
        Ok(PurchaseStatistics {
            jurisdiction,
            published: s.published,
            opened: s.opened,
            fewer_than_three_valid_bids: s.few_valid_bids,
            share_fewer_than_three_valid_bids: ratio(s.few_valid_bids, s.opened),
            awards: s.awards,
            awarded: yuan(s.awarded),
            average_days_to_award: (s.awards > 0).then(|| s.days_to_award as f64 / s.awards as f64),
            grades: grades
                .into_iter()
                .map(|(grade, evaluations)| GradeCount { grade, evaluations })
                .collect(),
        })
    }
}
