//! The performance evaluations' read model: one row per evaluation, found by its contract, its
//! supplier or its grade, so that a supplier's grades and a filtered list page along an index.
//! What an evaluation scored is read from its own state (joined by `with_state`).

use civic_domain::performance::{EvaluationStatus, PerformanceEvaluation};
use civic_domain::{Aggregate, Grade};
use civic_store::ProjectionFailure;
use uuid::Uuid;

use crate::ReadModelError;
use crate::runtime::query::{Row, Select};
use crate::runtime::table::{Index, Type, col, nullable};
use crate::runtime::{Applied, Changes, Projector, ProjectorInfo, Rebuilt, TableDef, Value};

#[cfg(test)]
mod tests;

pub static EVALUATIONS: TableDef = TableDef {
    name: "rm_performance_evaluations",
    columns: &[
        col("evaluation_id", Type::Key),
        col("contract_id", Type::Key),
        col("supplier", Type::Key),
        col("purchaser_unit", Type::Key),
        col("jurisdiction", Type::Key),
        col("evaluator", Type::Key),
        col("evaluator_organisation", Type::Key),
        col("status", Type::Key),
        // Null until concluded.
        nullable("grade", Type::Key),
    ],
    key: &["evaluation_id"],
    indexes: &[
        Index {
            name: "rm_performance_by_contract",
            columns: &["contract_id", "evaluation_id"],
            filter: None,
        },
        Index {
            name: "rm_performance_by_supplier",
            columns: &["supplier", "evaluation_id"],
            filter: None,
        },
        Index {
            name: "rm_performance_by_grade",
            columns: &["grade", "evaluation_id"],
            filter: Some("grade IS NOT NULL"),
        },
        Index {
            name: "rm_performance_by_evaluator",
            columns: &["evaluator_organisation", "evaluation_id"],
            filter: None,
        },
    ],
    fillfactor: None,
};

pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "performance_evaluations",
    version: 1,
    tables: &[&EVALUATIONS],
    search: &[],
};

/// The performance evaluations read model.
#[derive(Default)]
pub struct PerformanceEvaluations;

fn row(e: &PerformanceEvaluation) -> Option<Vec<Value>> {
    Some(vec![
        Value::text(e.id?.to_string()),
        Value::text(e.contract_id?.to_string()),
        Value::text(e.supplier?.to_string()),
        Value::text(e.purchaser_unit?.to_string()),
        Value::text(e.jurisdiction.as_ref()?.as_str()),
        Value::text(e.evaluator?.as_str()),
        Value::text(e.evaluator_organisation?.to_string()),
        Value::text(e.status.unwrap_or(EvaluationStatus::Open).as_str()),
        Value::opt_text(e.grade.map(|g| g.as_str().to_owned())),
    ])
}

impl Projector<PerformanceEvaluation> for PerformanceEvaluations {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn project(
        &self,
        e: &Applied<'_, PerformanceEvaluation>,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        // The row is where the stream stands: a rebuild writes it once, at the end.
        if e.rebuilding {
            return Ok(());
        }
        if let Some(r) = row(e.after) {
            out.upsert(&EVALUATIONS, r);
        }
        Ok(())
    }

    fn rebuilt(
        &self,
        s: &Rebuilt<'_, PerformanceEvaluation>,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        if let Some(r) = row(s.state) {
            out.upsert(&EVALUATIONS, r);
        }
        Ok(())
    }
}

/// Which evaluations a list keeps; every filter given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EvaluationFilter {
    pub contract: Option<Uuid>,
    pub supplier: Option<Uuid>,
    pub grade: Option<Grade>,
    /// Only concluded ones (what the public reads).
    pub concluded_only: bool,
    /// Only those of contracts of this purchasing unit, or evaluated by this organisation, or
    /// of this supplier: the one scope a purchaser, an evaluator or an NGO sees beyond the
    /// concluded ones (`None`: no scope, every row the other filters keep).
    pub visible_to: Option<Uuid>,
}

const CATEGORY: &str = <PerformanceEvaluation as Aggregate>::CATEGORY;

/// The evaluation's id; its state follows.
const COLUMNS: &[&str] = &["evaluation_id"];

/// The filters of a list, without order or cursor (what its `totalCount` counts). A scope
/// other than public reading is one of three columns: the caller picks it.
pub fn list_filter(filter: &EvaluationFilter, scope_column: Option<&'static str>) -> Select {
    let mut s = Select::from(&EVALUATIONS, COLUMNS).with_state(CATEGORY);
    if let Some(c) = filter.contract {
        s = s.eq("contract_id", Value::text(c.to_string()));
    }
    if let Some(o) = filter.supplier {
        s = s.eq("supplier", Value::text(o.to_string()));
    }
    if let Some(g) = filter.grade {
        s = s.eq("grade", Value::text(g.as_str()));
    }
    if filter.concluded_only {
        s = s.eq("status", Value::text(EvaluationStatus::Concluded.as_str()));
    }
    if let (Some(column), Some(who)) = (scope_column, filter.visible_to) {
        s = s.eq(column, Value::text(who.to_string()));
    }
    s
}

/// Up to `first + 1` evaluations after `after` (one more tells a next page), oldest first
/// (ids are UUID v7).
pub fn list(
    filter: &EvaluationFilter,
    scope_column: Option<&'static str>,
    first: usize,
    after: Option<Uuid>,
) -> Select {
    list_filter(filter, scope_column)
        .order_by(&["evaluation_id"])
        .after(after.map(|a| vec![Value::text(a.to_string())]))
        .limit(first + 1)
}

/// An evaluation as a list reads it: its stored state, version and position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluationRow {
    pub evaluation_id: Uuid,
    pub version: u64,
    pub position: u64,
    pub state: PerformanceEvaluation,
}

impl EvaluationRow {
    pub fn decode(mut r: Row) -> Result<Self, ReadModelError> {
        let id = r.text(0)?;
        let evaluation_id = Uuid::parse_str(&id)
            .map_err(|e| ReadModelError::Damaged(format!("evaluation row id {id}: {e}")))?;
        let version = r.uint(1)?;
        let position = r.uint(2)?;
        let state = serde_json::from_str(&r.text(3)?).map_err(|e| {
            ReadModelError::Damaged(format!("the stored state of evaluation {id}: {e}"))
        })?;
        Ok(EvaluationRow {
            evaluation_id,
            version,
            position,
            state,
        })
    }

    pub fn decode_all(rows: Vec<Row>) -> Result<Vec<Self>, ReadModelError> {
        rows.into_iter().map(Self::decode).collect()
    }
}
