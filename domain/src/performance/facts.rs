//! What an evaluation reads of other streams, gathered by the handler before deciding: the
//! contract it evaluates and, for a third party, the registry's record of the third party and of
//! the supplier (PERF-EVALUATOR).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::organisation::{Organisation, OrganisationStatus};
use crate::values::Jurisdiction;

/// Where the evaluated contract stands, as far as an evaluation cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContractStage {
    Active,
    Suspended,
    Completed,
    Terminated,
}

impl ContractStage {
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Active => "履行中",
            Self::Suspended => "中止",
            Self::Completed => "履行完毕",
            Self::Terminated => "终止",
        }
    }

    /// Delivered work is evaluated: a completed contract, or one ended early (what was done
    /// until then).
    pub fn is_ended(self) -> bool {
        matches!(self, Self::Completed | Self::Terminated)
    }
}

/// The contract as its stream shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EvaluatedContract {
    pub contract_id: Uuid,
    pub procurement_id: Uuid,
    /// The supplier (承接主体): the organisation the grade follows.
    pub supplier: Uuid,
    /// The purchasing unit (采购人).
    pub purchaser_unit: Uuid,
    pub jurisdiction: Jurisdiction,
    pub stage: ContractStage,
}

/// An organisation as the registry shows it, with what a relation check reads, and which
/// registry state that is (recorded with the opening).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyRecord {
    pub organisation_id: Uuid,
    pub name: String,
    pub status: Option<OrganisationStatus>,
    /// Its legal representative's resident id number: compared, never recorded in an event.
    pub legal_representative_id_number: String,
    /// The members of its hub designation, if it is a hub (HUB).
    pub hub_members: Vec<Uuid>,
    pub registry_version: u64,
    pub registry_position: u64,
}

impl PartyRecord {
    /// The record of `organisation` read at its stream `version` and log `position`.
    pub fn of(organisation: &Organisation, version: u64, position: u64) -> Self {
        Self {
            organisation_id: organisation.id.unwrap_or_default(),
            name: organisation.name.clone(),
            status: organisation.status,
            legal_representative_id_number: organisation
                .legal_representative
                .as_ref()
                .map(|r| r.id_number().to_owned())
                .unwrap_or_default(),
            hub_members: if organisation.hub.is_some() {
                organisation
                    .hub_members
                    .iter()
                    .map(|m| m.member_id)
                    .collect()
            } else {
                Vec::new()
            },
            registry_version: version,
            registry_position: position,
        }
    }
}

/// The evaluation's facts. `contract` is `None` when the handler found no contract; an opening
/// is then refused. The records are read for a third-party opening only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PerformanceFacts {
    pub contract: Option<EvaluatedContract>,
    pub evaluator: Option<PartyRecord>,
    pub supplier: Option<PartyRecord>,
}
