//! What an organisation's events change in the organisations read model, worked out once for
//! both backends.

use civic_domain::calendar::china_date;
use civic_domain::{Organisation, OrganisationEvent};
use civic_store::ProjectionFailure;

use super::{Columns, earliest_case_due};
use crate::PolicyLookup;
use crate::runtime::table::{Index, Type, col, nullable};
use crate::runtime::{
    Applied, Change, Changes, Projector, ProjectorInfo, Rebuilt, SearchIndex, TableDef, Value,
};

/// The organisations, one row each, with what queries filter, sort and page by; the state
/// itself is in the state store (`aggregate_states`).
pub static TABLE: TableDef = TableDef {
    name: "rm_organisations",
    columns: &[
        col("id", Type::Key),
        col("name", Type::Text),
        // The name's normal form (REG-NAME compares names under it).
        col("name_key", Type::Text),
        col("kind", Type::Key),
        col("status", Type::Key),
        col("credit_code", Type::Key),
        col("jurisdiction", Type::Key),
        col("live", Type::Bool),
        col("credit_list", Type::Key),
        nullable("rating", Type::Int),
        nullable("next_due", Type::Key),
        nullable("case_due", Type::Key),
    ],
    key: &["id"],
    // Each filter's index ends with id, the page order, so that a page of a large result is
    // read in order and stops after `first` rows instead of sorting every match.
    indexes: &[
        Index {
            name: "rm_organisations_next_due",
            columns: &["next_due"],
            filter: Some("next_due IS NOT NULL"),
        },
        Index {
            name: "rm_organisations_case_due",
            columns: &["jurisdiction", "case_due", "id"],
            filter: Some("case_due IS NOT NULL"),
        },
        Index {
            name: "rm_organisations_credit",
            columns: &["credit_list", "jurisdiction"],
            filter: Some("credit_list <> 'NORMAL'"),
        },
        Index {
            name: "rm_organisations_credit_code",
            columns: &["credit_code"],
            filter: None,
        },
        Index {
            name: "rm_organisations_j",
            columns: &["jurisdiction", "id"],
            filter: None,
        },
        Index {
            name: "rm_organisations_js",
            columns: &["jurisdiction", "status", "id"],
            filter: None,
        },
        Index {
            name: "rm_organisations_k",
            columns: &["kind", "id"],
            filter: None,
        },
        Index {
            name: "rm_organisations_ks",
            columns: &["kind", "status", "id"],
            filter: None,
        },
        Index {
            name: "rm_organisations_s",
            columns: &["status", "id"],
            filter: None,
        },
    ],
    fillfactor: None,
};

pub static HUB_MEMBERS: TableDef = TableDef {
    name: "rm_hub_members",
    columns: &[
        col("member_id", Type::Key),
        col("hub_id", Type::Key),
        col("joined_on", Type::Key),
    ],
    key: &["member_id", "hub_id"],
    indexes: &[],
    fillfactor: None,
};

/// How many organisations have each combination of the filterable columns: a page's
/// totalCount for those filters is a sum over a few rows instead of a count over an index range
/// (12,500 entries for one district, 100,000 for a kind).
pub static COUNTS: TableDef = TableDef {
    name: "rm_organisation_counts",
    columns: &[
        col("jurisdiction", Type::Key),
        col("kind", Type::Key),
        col("status", Type::Key),
        col("credit_list", Type::Key),
        col("n", Type::Int),
    ],
    key: &["jurisdiction", "kind", "status", "credit_list"],
    indexes: &[],
    fillfactor: None,
};

/// Version 2: names searched through an FTS5 trigram index on SQLite.
pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "organisations",
    version: 2,
    tables: &[&TABLE, &HUB_MEMBERS, &COUNTS],
    search: &[SearchIndex::OrganisationName],
};

/// The organisations read model: rows, counts, hub memberships and the name search.
pub struct Organisations {
    policy: PolicyLookup,
}

impl Organisations {
    pub fn new(policy: PolicyLookup) -> Self {
        Organisations { policy }
    }

    /// The row's columns for `state` at `at` (the due dates depend on the policy in force
    /// then); `None` before the organisation's first event.
    fn columns(&self, state: &Organisation, at: chrono::DateTime<chrono::Utc>) -> Option<Columns> {
        state.status?;
        let jurisdiction = state.jurisdiction.as_ref().map_or("100000", |j| j.as_str());
        let policy = (self.policy)(jurisdiction, china_date(at));
        Some(Columns::of(
            state,
            state.next_due(&policy).map(|d| d.to_string()),
            earliest_case_due(state, &policy).map(|d| d.to_string()),
        ))
    }
}

fn count(out: &mut Changes, c: &Columns, delta: i64) {
    out.push(Change::Add {
        table: &COUNTS,
        key: vec![
            Value::text(c.jurisdiction.clone()),
            Value::text(c.kind),
            Value::text(c.status),
            Value::text(c.credit_list),
        ],
        column: "n",
        delta,
    });
}

/// The row in [`TABLE`]'s column order.
fn row(c: &Columns, id: &str) -> Vec<Value> {
    vec![
        Value::text(id),
        Value::text(c.name.clone()),
        Value::text(c.name_key.clone()),
        Value::text(c.kind),
        Value::text(c.status),
        Value::text(c.credit_code.clone()),
        Value::text(c.jurisdiction.clone()),
        Value::Bool(c.live),
        Value::text(c.credit_list),
        c.rating.map_or(Value::Null, |r| Value::Int(i64::from(r))),
        Value::opt_text(c.next_due.clone()),
        Value::opt_text(c.case_due.clone()),
    ]
}

/// The columns [`COUNTS`] counts by.
fn counted(c: &Columns) -> (&str, &str, &str, &str) {
    (&c.jurisdiction, c.kind, c.status, c.credit_list)
}

impl Projector<Organisation> for Organisations {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn project(
        &self,
        e: &Applied<'_, Organisation>,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        match e.event {
            OrganisationEvent::HubMemberJoined {
                member_id,
                joined_on,
            } => out.upsert(
                &HUB_MEMBERS,
                vec![
                    Value::text(member_id.to_string()),
                    Value::text(e.id),
                    Value::text(joined_on.to_string()),
                ],
            ),
            OrganisationEvent::HubMemberLeft { member_id, .. } => out.push(Change::Delete {
                table: &HUB_MEMBERS,
                key: vec![Value::text(member_id.to_string()), Value::text(e.id)],
                only_if: None,
            }),
            _ => {}
        }
        // A rebuild writes each row once, from where its stream ends (`rebuilt`).
        if e.rebuilding {
            return Ok(());
        }
        let before = self.columns(e.before, e.at);
        let Some(after) = self.columns(e.after, e.at) else {
            return Ok(());
        };
        if before.as_ref() == Some(&after) {
            // Most events change none of the columns queries read: the row is not touched.
            return Ok(());
        }
        if before.as_ref().map(counted) != Some(counted(&after)) {
            if let Some(b) = &before {
                count(out, b, -1);
            }
            count(out, &after, 1);
        }
        out.push(Change::Upsert {
            table: &TABLE,
            row: row(&after, e.id),
            before: before.as_ref().map(|b| row(b, e.id)),
            guard: None,
        });
        if before.as_ref().map(|b| b.name.as_str()) != Some(after.name.as_str()) {
            out.push(Change::Search {
                index: SearchIndex::OrganisationName,
                id: e.id.to_owned(),
                old: before.map(|b| b.name),
                new: Some(after.name),
            });
        }
        Ok(())
    }

    fn rebuilt(
        &self,
        s: &Rebuilt<'_, Organisation>,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        let Some(c) = self.columns(s.state, s.at) else {
            return Ok(());
        };
        count(out, &c, 1);
        // The row before its search entry: PostgreSQL keeps the entry in the row.
        out.upsert(&TABLE, row(&c, s.id));
        out.push(Change::Search {
            index: SearchIndex::OrganisationName,
            id: s.id.to_owned(),
            old: None,
            new: Some(c.name),
        });
        Ok(())
    }
}
