//! The organisations read model's lookups and pages, written once for both backends as
//! [`Select`]s over its tables. The name search is each backend's own (the search hook, in
//! `sqlite.rs` and `postgres.rs`).

use chrono::NaiveDate;
use civic_domain::{Aggregate, Organisation};
use uuid::Uuid;

use super::parse_overdue_cursor;
use super::{HUB_MEMBERS, OrganisationRow, OverdueAfter, OverdueQuery, Page, TABLE, parse_id};
use crate::ReadModelError;
use crate::runtime::Value;
use crate::runtime::query::{Row, Select};

/// An organisation's row, with its state from the state store.
pub(crate) fn by_id(id: &Uuid) -> Select {
    Select::from(&TABLE, &["id"])
        .with_state(Organisation::CATEGORY)
        .eq("id", Value::text(id.to_string()))
}

pub(crate) fn by_credit_code(code: &str) -> Select {
    Select::from(&TABLE, &["id"])
        .with_state(Organisation::CATEGORY)
        .eq("credit_code", Value::text(code))
}

impl OrganisationRow {
    /// A row read with its state: the id in column `id`, the state's columns from `state`.
    fn read(r: &mut Row, id: usize, state: usize) -> Result<Self, ReadModelError> {
        let key = r.text(id)?;
        let (version, position) = (r.int(state)?, r.int(state + 1)?);
        OrganisationRow::decode(&key, version, position, &r.text(state + 2)?)
    }

    /// The rows of [`by_id`] or [`by_credit_code`].
    pub(crate) fn from_row(mut r: Row) -> Result<Self, ReadModelError> {
        OrganisationRow::read(&mut r, 0, 1)
    }
}

/// The organisations with a scheduled transition due by `day`, earliest first.
pub(crate) fn due_by(day: NaiveDate) -> Select {
    Select::from(&TABLE, &["id"])
        .not_null("next_due")
        .le("next_due", Value::text(day.to_string()))
        .order_by(&["next_due"])
}

pub(crate) fn ids(rows: Vec<Row>) -> Result<Vec<Uuid>, ReadModelError> {
    rows.into_iter()
        .map(|mut r| parse_id(&r.text(0)?))
        .collect()
}

/// The live organisations of a jurisdiction with a case due before `today`, earliest first,
/// read along the `case_due` index: counted, then paged after the cursor (parsed here).
pub(crate) fn overdue(q: &OverdueQuery) -> Result<(Select, Option<OverdueAfter>), ReadModelError> {
    let after = q.after.as_deref().map(parse_overdue_cursor).transpose()?;
    let select = Select::from(&TABLE, &["id", "case_due"])
        .with_state(Organisation::CATEGORY)
        .eq("jurisdiction", Value::text(q.jurisdiction.clone()))
        .not_null("case_due")
        .lt("case_due", Value::text(q.today.to_string()))
        .order_by(&["case_due", "id"])
        .after(
            after
                .as_ref()
                .map(|a| vec![Value::text(a.due.clone()), Value::text(a.id.clone())]),
        )
        .limit(q.first + 1);
    Ok((select, after))
}

pub(crate) fn overdue_page(
    rows: Vec<Row>,
    q: &OverdueQuery,
    total: u64,
    after: Option<OverdueAfter>,
) -> Result<Page<OrganisationRow>, ReadModelError> {
    let rows = rows
        .into_iter()
        .map(|mut r| {
            let row = OrganisationRow::read(&mut r, 0, 2)?;
            Ok((r.text(1)?, row))
        })
        .collect::<Result<Vec<_>, ReadModelError>>()?;
    Ok(Page::overdue(rows, q.first, total, after.is_some()))
}

/// The hubs an organisation is a member of, with the day it joined each, oldest first.
pub(crate) fn hubs_of(member: &Uuid) -> Select {
    Select::from(&HUB_MEMBERS, &["hub_id", "joined_on"])
        .eq("member_id", Value::text(member.to_string()))
        .order_by(&["joined_on"])
}

pub(crate) fn hubs(rows: Vec<Row>) -> Result<Vec<(Uuid, String)>, ReadModelError> {
    rows.into_iter()
        .map(|mut r| Ok((parse_id(&r.text(0)?)?, r.text(1)?)))
        .collect()
}
