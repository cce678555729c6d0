//! Performance evaluations on the command path: what an evaluation's rules read of other
//! streams (the contract, and for a third party the registry's records of it and of the
//! supplier), and the grade chained to the supplier's record after the conclusion
//! (PERF-FEEDS).

use chrono::{DateTime, Utc};
use civic_domain::contract::{Contract, ContractStatus};
use civic_domain::organisation::PerformanceGrade;
use civic_domain::performance::{
    ContractStage, EvaluatedContract, EvaluationStatus, PartyRecord, PerformanceCommand,
    PerformanceEvaluation, PerformanceFacts,
};
use civic_domain::{EvaluatorKind, Organisation, OrganisationCommand};
use civic_projections::performance::{self, EvaluationFilter, EvaluationRow};
use uuid::Uuid;

use super::execute::Handled;
use super::{CommandMeta, Ledger, LedgerError, Outcome};

impl Handled for PerformanceEvaluation {
    const NOUN: &'static str = "performance evaluation";
    const NOUN_ZH: &'static str = "绩效评价";

    /// An opening learns its jurisdiction from the contract ([`Handled::facts_jurisdiction`]).
    fn jurisdiction(&self, _command: &PerformanceCommand) -> Option<String> {
        self.jurisdiction.as_ref().map(|j| j.as_str().to_owned())
    }

    fn facts_jurisdiction(facts: &PerformanceFacts) -> Option<String> {
        facts
            .contract
            .as_ref()
            .map(|c| c.jurisdiction.as_str().to_owned())
    }

    /// An opening names a fresh evaluation on each try.
    fn digest_form(command: &PerformanceCommand) -> PerformanceCommand {
        let mut command = command.clone();
        if let PerformanceCommand::Open { evaluation_id, .. } = &mut command {
            *evaluation_id = Uuid::nil();
        }
        command
    }

    /// Scores and the conclusion are decided on the evaluation's own record; only an opening
    /// reads the contract and the registry.
    async fn facts(
        ledger: &Ledger,
        _state: &PerformanceEvaluation,
        command: &PerformanceCommand,
        _now: DateTime<Utc>,
    ) -> Result<PerformanceFacts, LedgerError> {
        let PerformanceCommand::Open {
            contract_id,
            evaluator,
            evaluator_organisation,
            ..
        } = command
        else {
            return Ok(PerformanceFacts::default());
        };
        let contract = ledger.evaluated_contract(*contract_id).await?;
        let (mut evaluator_record, mut supplier_record) = (None, None);
        if *evaluator == EvaluatorKind::ThirdParty
            && let Some(c) = &contract
        {
            evaluator_record = ledger.party_record(*evaluator_organisation).await?;
            supplier_record = ledger.party_record(c.supplier).await?;
        }
        Ok(PerformanceFacts {
            contract,
            evaluator: evaluator_record,
            supplier: supplier_record,
        })
    }
}

/// Where a contract stands, in the evaluation's terms.
fn stage(status: ContractStatus) -> ContractStage {
    match status {
        ContractStatus::Active => ContractStage::Active,
        ContractStatus::Suspended => ContractStage::Suspended,
        ContractStatus::Completed => ContractStage::Completed,
        ContractStatus::Terminated => ContractStage::Terminated,
    }
}

impl Ledger {
    /// The contract `id` as an evaluation reads it; `None` if it was never signed.
    pub async fn evaluated_contract(
        &self,
        id: Uuid,
    ) -> Result<Option<EvaluatedContract>, LedgerError> {
        let Some(contract) = self.load::<Contract>(&id).await?.map(|o| o.state) else {
            return Ok(None);
        };
        // A grant's contract is evaluated like any other; what it was signed from is then the
        // contest, as its row in rm_contracts says.
        let signed_from = contract
            .procurement_id
            .or(contract.grant.map(|g| g.contest_id));
        let (Some(contract_id), Some(status), Some(procurement_id), Some(supplier), Some(terms)) = (
            contract.id,
            contract.status,
            signed_from,
            contract.supplier,
            contract.terms.as_ref(),
        ) else {
            return Ok(None);
        };
        Ok(Some(EvaluatedContract {
            contract_id,
            procurement_id,
            supplier,
            purchaser_unit: terms.purchaser_unit,
            jurisdiction: terms.jurisdiction.clone(),
            stage: stage(status),
        }))
    }

    /// The registry's record of `organisation_id` as a relation check reads it.
    async fn party_record(
        &self,
        organisation_id: Uuid,
    ) -> Result<Option<PartyRecord>, LedgerError> {
        Ok(self
            .load::<Organisation>(&organisation_id)
            .await?
            .map(|o| PartyRecord::of(&o.state, o.version, o.position)))
    }

    /// Records a concluded evaluation's grade on its supplier's organisation stream, as
    /// `meta`'s actor (who concluded), unless it is already there (PERF-FEEDS): safe to repeat,
    /// a grade on record is answered with the record as it stands. `None` when the evaluation
    /// is not concluded.
    pub async fn record_performance_grade(
        &self,
        evaluation: &PerformanceEvaluation,
        meta: &CommandMeta,
        now: DateTime<Utc>,
    ) -> Result<Option<Outcome<Organisation>>, LedgerError> {
        let (
            Some(EvaluationStatus::Concluded),
            Some(evaluation_id),
            Some(contract_id),
            Some(procurement_id),
            Some(supplier),
            Some(evaluator),
            Some(grade),
            Some(score),
            Some(concluded_at),
        ) = (
            evaluation.status,
            evaluation.id,
            evaluation.contract_id,
            evaluation.procurement_id,
            evaluation.supplier,
            evaluation.evaluator,
            evaluation.grade,
            evaluation.total,
            evaluation.concluded_at,
        )
        else {
            return Ok(None);
        };
        // A retry answers with the record as it stands.
        if let Some(o) = self.load::<Organisation>(&supplier).await?
            && o.state
                .performance_grades
                .iter()
                .any(|g| g.evaluation_id == evaluation_id)
        {
            return Ok(Some(o));
        }
        let meta = CommandMeta {
            command_id: None,
            expected_version: None,
            ..meta.clone()
        };
        let outcome = self
            .execute::<Organisation>(
                supplier,
                OrganisationCommand::RecordPerformanceGrade(PerformanceGrade {
                    evaluation_id,
                    contract_id,
                    procurement_id,
                    evaluator,
                    grade,
                    score,
                    concluded_at,
                }),
                &meta,
                now,
                |_, _| Ok(()),
            )
            .await?;
        Ok(Some(outcome))
    }

    /// A page of evaluations (`first + 1` rows at most: one more tells a next page), scoped by
    /// `scope_column` to `filter.visible_to` when given.
    pub async fn performance_evaluations(
        &self,
        filter: &EvaluationFilter,
        scope_column: Option<&'static str>,
        first: usize,
        after: Option<Uuid>,
    ) -> Result<(Vec<EvaluationRow>, u64), LedgerError> {
        let rows = self
            .read
            .select(performance::list(filter, scope_column, first, after))
            .await?;
        let total = self
            .read
            .count(performance::list_filter(filter, scope_column))
            .await?;
        Ok((EvaluationRow::decode_all(rows)?, total))
    }
}
