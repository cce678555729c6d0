//! The pool as folded from its events, and what committees read of it.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{ExpertPoolEvent, mask_id_number};
use crate::committee::{PoolExpert, RecordedRelation};
use crate::values::Jurisdiction;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ExpertStatus {
    Active,
    #[serde(rename_all = "camelCase")]
    Suspended {
        reason: String,
        since: DateTime<Utc>,
    },
    #[serde(rename_all = "camelCase")]
    Removed {
        reason: String,
        since: DateTime<Utc>,
    },
}

impl ExpertStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Suspended { .. } => "SUSPENDED",
            Self::Removed { .. } => "REMOVED",
        }
    }

    /// How messages name the status.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Active => "active (在库)",
            Self::Suspended { .. } => "suspended (暂停)",
            Self::Removed { .. } => "removed from the pool (出库)",
        }
    }

    /// [`Self::label`] as the pool's keepers say it.
    pub fn label_zh(&self) -> &'static str {
        match self {
            Self::Active => "在库",
            Self::Suspended { .. } => "暂停",
            Self::Removed { .. } => "已出库",
        }
    }
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Expert {
    pub expert_id: Uuid,
    pub name: String,
    pub id_number: String,
    pub employer: Option<Uuid>,
    pub relations: Vec<RecordedRelation>,
    #[serde(flatten)]
    pub status: ExpertStatus,
    pub added_at: DateTime<Utc>,
}

impl Expert {
    pub fn is_active(&self) -> bool {
        self.status == ExpertStatus::Active
    }

    pub fn masked_id_number(&self) -> String {
        mask_id_number(&self.id_number)
    }
}

impl std::fmt::Debug for Expert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Expert")
            .field("expert_id", &self.expert_id)
            .field("name", &self.name)
            .field("id_number", &self.masked_id_number())
            .field("employer", &self.employer)
            .field("relations", &self.relations)
            .field("status", &self.status)
            .field("added_at", &self.added_at)
            .finish()
    }
}

/// One stream per jurisdiction (`expertpool-{jurisdiction}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpertPool {
    /// `None` until its first expert is added.
    pub jurisdiction: Option<Jurisdiction>,
    /// Every expert ever added, removed ones included, by id (UUID v7: the order added).
    pub experts: BTreeMap<Uuid, Expert>,
}

impl ExpertPool {
    pub fn exists(&self) -> bool {
        self.jurisdiction.is_some()
    }

    pub fn expert(&self, expert_id: Uuid) -> Option<&Expert> {
        self.experts.get(&expert_id)
    }

    /// The experts a committee may be drawn from now: the active ones, with what recusal needs.
    pub fn pool(&self) -> Vec<PoolExpert> {
        self.experts
            .values()
            .filter(|e| e.is_active())
            .map(|e| PoolExpert {
                expert_id: e.expert_id,
                name: e.name.clone(),
                id_number: e.id_number.clone(),
                employer: e.employer,
                relations: e.relations.clone(),
            })
            .collect()
    }

    pub fn active(&self) -> usize {
        self.experts.values().filter(|e| e.is_active()).count()
    }

    pub(super) fn evolve_with(mut self, event: &ExpertPoolEvent) -> Self {
        use ExpertPoolEvent as E;
        match event {
            E::ExpertAdded {
                jurisdiction,
                expert_id,
                name,
                id_number,
                employer,
                relations,
                added_at,
            } => {
                if self.jurisdiction.is_none() {
                    self.jurisdiction = Some(jurisdiction.clone());
                }
                self.experts.insert(
                    *expert_id,
                    Expert {
                        expert_id: *expert_id,
                        name: name.clone(),
                        id_number: id_number.clone(),
                        employer: *employer,
                        relations: relations.clone(),
                        status: ExpertStatus::Active,
                        added_at: *added_at,
                    },
                );
            }
            E::ExpertRelationsUpdated {
                expert_id,
                employer,
                relations,
                ..
            } => {
                if let Some(e) = self.experts.get_mut(expert_id) {
                    e.employer = *employer;
                    e.relations.clone_from(relations);
                }
            }
            E::ExpertSuspended {
                expert_id,
                reason,
                suspended_at,
            } => self.set_status(
                *expert_id,
                ExpertStatus::Suspended {
                    reason: reason.clone(),
                    since: *suspended_at,
                },
            ),
            E::ExpertReinstated { expert_id, .. } => {
                self.set_status(*expert_id, ExpertStatus::Active);
            }
            E::ExpertRemoved {
                expert_id,
                reason,
                removed_at,
            } => self.set_status(
                *expert_id,
                ExpertStatus::Removed {
                    reason: reason.clone(),
                    since: *removed_at,
                },
            ),
        }
        self
    }

    fn set_status(&mut self, expert_id: Uuid, status: ExpertStatus) {
        if let Some(e) = self.experts.get_mut(&expert_id) {
            e.status = status;
        }
    }
}
