//! The figures the bureau and the auditors read of public purchasing (issue 13, item 5): one
//! row per published procurement with what its statistics group and sum by — catalogue item,
//! method, supplier and year of the award, the amount awarded, how many valid bids it had at
//! the opening and how many days passed from its notice to its award notice. Grouped and
//! summed by the query runtime ([`Select::group_by`]), so each figure is one statement written
//! once for both backends.

use chrono::{DateTime, Datelike, Utc};
use civic_domain::Procurement;
use civic_domain::calendar::china_date;
use civic_store::ProjectionFailure;

use crate::ReadModelError;
use crate::runtime::query::{Figure, Row, Select};
use crate::runtime::table::{Index, Type, col, nullable};
use crate::runtime::{Applied, Changes, Projector, ProjectorInfo, Rebuilt, TableDef, Value};

/// Fewer valid bids than this at the opening are what the share of thin competitions counts
/// (issue 13: "fewer than three"; three is what a tender needs, 《政府采购法》 art. 36; the
/// method's own minimum is policy data and may differ, which is why this is a figure of its
/// own and not the procurement's failure).
pub const FEW_VALID_BIDS: usize = 3;

pub static FIGURES: TableDef = TableDef {
    name: "rm_purchase_figures",
    columns: &[
        col("procurement_id", Type::Key),
        col("jurisdiction", Type::Key),
        col("item", Type::Key),
        col("method", Type::Key),
        col("status", Type::Key),
        // 1 once its bids were opened, else 0 (summed: the procurements opened).
        col("opened", Type::Int),
        col("valid_bids", Type::Int),
        // 1 when opened with fewer than FEW_VALID_BIDS valid bids, else 0.
        col("few_valid_bids", Type::Int),
        // The awarded organisation; null without an award in force.
        nullable("supplier", Type::Key),
        // Fen; 0 without an award.
        col("awarded", Type::Int),
        // The China-local year of the award notice.
        nullable("award_year", Type::Int),
        // China-local days from the notice (publication) to the award notice.
        nullable("days_to_award", Type::Int),
    ],
    key: &["procurement_id"],
    indexes: &[
        Index {
            name: "rm_purchase_figures_item",
            columns: &["jurisdiction", "item"],
            filter: None,
        },
        Index {
            name: "rm_purchase_figures_supplier",
            columns: &["jurisdiction", "supplier"],
            filter: Some("supplier IS NOT NULL"),
        },
    ],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "purchase_figures",
    version: 1,
    tables: &[&FIGURES],
    search: &[],
};

/// The statistics' read model of procurements.
#[derive(Default)]
pub struct PurchaseFigures;

fn flag(b: bool) -> Value {
    Value::Int(i64::from(b))
}

/// The row of a published procurement, in [`FIGURES`]'s column order; `None` before.
fn row(p: &Procurement) -> Option<Vec<Value>> {
    let (id, terms, status, published_at) = (p.id?, p.terms.as_ref()?, p.status?, p.published_at?);
    let opened = p.opened_at.is_some();
    let valid = p.valid_bids();
    let award = p.award.as_ref();
    let noticed = award.map(|a| a.noticed_at);
    Some(vec![
        Value::text(id.to_string()),
        Value::text(terms.jurisdiction.as_str()),
        Value::text(terms.item.as_str()),
        Value::text(terms.method.as_str()),
        Value::text(status.as_str()),
        flag(opened),
        Value::uint(valid as u64),
        flag(opened && valid < FEW_VALID_BIDS),
        award.map_or(Value::Null, |a| Value::text(a.organisation_id.to_string())),
        Value::Int(award.map_or(0, |a| a.price.fen())),
        noticed.map_or(Value::Null, |at| {
            Value::Int(i64::from(china_date(at).year()))
        }),
        noticed.map_or(Value::Null, |at| Value::Int(days_between(published_at, at))),
    ])
}

/// Calendar days in China between two instants (a notice published on the 1st and awarded on
/// the 3rd took 2 days, whatever the hours).
fn days_between(from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    (china_date(to) - china_date(from)).num_days()
}

impl Projector<Procurement> for PurchaseFigures {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn project(
        &self,
        e: &Applied<'_, Procurement>,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        if e.rebuilding {
            return Ok(());
        }
        if let Some(r) = row(e.after) {
            out.upsert(&FIGURES, r);
        }
        Ok(())
    }

    fn rebuilt(
        &self,
        s: &Rebuilt<'_, Procurement>,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        if let Some(r) = row(s.state) {
            out.upsert(&FIGURES, r);
        }
        Ok(())
    }
}

/// What spending is grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    /// The catalogue item's code.
    Item,
    /// The awarded organisation's id.
    Supplier,
    Method,
    /// The China-local year of the award notice.
    Year,
}

impl Dimension {
    fn columns(self) -> &'static [&'static str] {
        match self {
            Self::Item => &["item"],
            Self::Supplier => &["supplier"],
            Self::Method => &["method"],
            Self::Year => &["award_year"],
        }
    }

    /// The same grouping over the contracts' read model (a contract's year is its signing's).
    fn contract_columns(self) -> &'static [&'static str] {
        match self {
            Self::Item => &["item"],
            Self::Supplier => &["supplier"],
            Self::Method => &["method"],
            Self::Year => &["signed_year"],
        }
    }

    /// The value of a page's cursor (the last group's key) as the column compares it.
    fn cursor(self, key: &str) -> Result<Value, ReadModelError> {
        match self {
            Self::Year => key.parse().map(Value::Int).map_err(|_| {
                ReadModelError::BadCursor(format!("{key:?} is not a year of this list"))
            }),
            _ => Ok(Value::text(key)),
        }
    }
}

/// One group of spending: what was awarded, contracted (signed amounts with their
/// supplements) and paid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpendingGroup {
    /// The item's code, the supplier's id, the method or the year.
    pub key: String,
    /// Fen.
    pub awarded: i64,
    pub awards: u64,
    /// Fen: the contracts' amounts as signed and supplemented.
    pub contracted: i64,
    /// Fen.
    pub paid: i64,
    pub contracts: u64,
}

/// Up to `first + 1` groups of contracted and paid spending, like [`spending_query`].
pub fn contract_spending_query(
    jurisdiction: Option<&str>,
    by: Dimension,
    after: Option<&str>,
    first: usize,
) -> Result<Select, ReadModelError> {
    let mut s = Select::from(&crate::contracts::CONTRACTS, &[]);
    if let Some(j) = jurisdiction {
        s = s.eq("jurisdiction", Value::text(j));
    }
    let cursor = after.map(|a| by.cursor(a)).transpose()?;
    Ok(s.group_by(by.contract_columns())
        .figure(Figure::Sum("amount"))
        .figure(Figure::Sum("supplements"))
        .figure(Figure::Sum("paid"))
        .figure(Figure::Rows)
        .after(cursor.map(|c| vec![c]))
        .limit(first + 1))
}

/// The groups of both queries by key, in key order, at most `first` (and whether more
/// follow). Each query read the first `first + 1` keys after the same cursor, so the first
/// `first` keys of their union are each in one of them with its figures complete.
pub fn merge_spending(
    by: Dimension,
    awarded: Vec<Row>,
    contracted: Vec<Row>,
    first: usize,
) -> Result<(Vec<SpendingGroup>, bool), ReadModelError> {
    let mut groups: std::collections::BTreeMap<(i64, String), SpendingGroup> =
        std::collections::BTreeMap::new();
    // Years compare as numbers, the rest byte-wise (as `Type::Key` orders on both backends).
    let order = |key: &str| match by {
        Dimension::Year => (key.parse().unwrap_or(i64::MAX), String::new()),
        _ => (0, key.to_owned()),
    };
    for mut r in awarded {
        let key = r.key(0)?;
        let g = groups.entry(order(&key)).or_default();
        g.key = key;
        g.awarded = r.sum(1)?;
        g.awards = r.uint(2)?;
    }
    for mut r in contracted {
        let key = r.key(0)?;
        let g = groups.entry(order(&key)).or_default();
        g.key = key;
        g.contracted = r.sum(1)?.saturating_add(r.sum(2)?);
        g.paid = r.sum(3)?;
        g.contracts = r.uint(4)?;
    }
    let more = groups.len() > first;
    Ok((groups.into_values().take(first).collect(), more))
}

/// Up to `first + 1` groups of awarded spending (one more tells a next page), of one
/// jurisdiction or of all, in key order after the key `after`.
pub fn spending_query(
    jurisdiction: Option<&str>,
    by: Dimension,
    after: Option<&str>,
    first: usize,
) -> Result<Select, ReadModelError> {
    let mut s = Select::from(&FIGURES, &[]).not_null("supplier");
    if let Some(j) = jurisdiction {
        s = s.eq("jurisdiction", Value::text(j));
    }
    let cursor = after.map(|a| by.cursor(a)).transpose()?;
    Ok(s.group_by(by.columns())
        .figure(Figure::Sum("awarded"))
        .figure(Figure::Rows)
        .after(cursor.map(|c| vec![c]))
        .limit(first + 1))
}

/// The figures of a jurisdiction's (or every) published procurement.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurchaseSummary {
    pub published: u64,
    pub opened: u64,
    /// Opened with fewer than [`FEW_VALID_BIDS`] valid bids.
    pub few_valid_bids: u64,
    pub awards: u64,
    /// Fen.
    pub awarded: i64,
    /// Summed over the awards: with `awards`, the average.
    pub days_to_award: i64,
}

pub fn summary_query(jurisdiction: Option<&str>) -> Select {
    let mut s = Select::from(&FIGURES, &[]);
    if let Some(j) = jurisdiction {
        s = s.eq("jurisdiction", Value::text(j));
    }
    s.figure(Figure::Rows)
        .figure(Figure::Sum("opened"))
        .figure(Figure::Sum("few_valid_bids"))
        .figure(Figure::Present("days_to_award"))
        .figure(Figure::Sum("awarded"))
        .figure(Figure::Sum("days_to_award"))
}

pub fn summary(rows: Vec<Row>) -> Result<PurchaseSummary, ReadModelError> {
    let Some(mut r) = rows.into_iter().next() else {
        return Ok(PurchaseSummary::default());
    };
    let positive = |n: i64| u64::try_from(n).unwrap_or(0);
    Ok(PurchaseSummary {
        published: r.uint(0)?,
        opened: positive(r.sum(1)?),
        few_valid_bids: positive(r.sum(2)?),
        awards: r.uint(3)?,
        awarded: r.sum(4)?,
        days_to_award: r.sum(5)?,
    })
}

/// The grades of concluded performance evaluations, each with how many (four grades at most;
/// the bound is only the request's).
pub fn grades_query(jurisdiction: Option<&str>) -> Select {
    let mut s = Select::from(&crate::performance::EVALUATIONS, &[]).not_null("grade");
    if let Some(j) = jurisdiction {
        s = s.eq("jurisdiction", Value::text(j));
    }
    s.group_by(&["grade"]).figure(Figure::Rows).limit(16)
}

pub fn grades(rows: Vec<Row>) -> Result<Vec<(String, u64)>, ReadModelError> {
    rows.into_iter()
        .map(|mut r| Ok((r.key(0)?, r.uint(1)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_to_award_count_china_calendar_days() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        // 23:30 and 00:30 the next day in Shanghai: one day, though an hour apart.
        assert_eq!(
            days_between(at("2026-03-01T15:30:00Z"), at("2026-03-01T16:30:00Z")),
            1
        );
        // The same China day, though the UTC dates differ.
        assert_eq!(
            days_between(at("2026-03-01T16:30:00Z"), at("2026-03-02T15:00:00Z")),
            0
        );
    }

    #[test]
    fn awarded_and_contracted_groups_merge_by_key_in_order() {
        let row = |values: Vec<Value>| Row::new("t", values);
        let awarded = vec![
            row(vec![Value::Int(2025), Value::Int(100), Value::Int(1)]),
            row(vec![Value::Int(2026), Value::Int(300), Value::Int(2)]),
        ];
        let contracted = vec![
            row(vec![
                Value::Int(2026),
                Value::Int(250),
                Value::Int(25),
                Value::Int(40),
                Value::Int(1),
            ]),
            row(vec![
                Value::Int(2027),
                Value::Int(90),
                Value::Null,
                Value::Int(0),
                Value::Int(1),
            ]),
        ];
        let (groups, more) = merge_spending(Dimension::Year, awarded, contracted, 2).unwrap();
        assert!(more, "a third key follows");
        assert_eq!(
            groups,
            vec![
                SpendingGroup {
                    key: "2025".into(),
                    awarded: 100,
                    awards: 1,
                    ..SpendingGroup::default()
                },
                SpendingGroup {
                    key: "2026".into(),
                    awarded: 300,
                    awards: 2,
                    contracted: 275,
                    paid: 40,
                    contracts: 1,
                },
            ]
        );
    }

    #[test]
    fn an_unpublished_procurement_has_no_figures() {
        assert_eq!(row(&Procurement::default()), None);
    }
}
