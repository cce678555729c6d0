//! The expert pool (评审专家库) of a jurisdiction: one stream per jurisdiction
//! (`expertpool-{jurisdiction}`), the experts its evaluation committees are drawn from
//! (EVAL-COMMITTEE), with what recusal needs to know of each (EVAL-RECUSAL): the resident id
//! number compared with the bidders' legal representatives, the employing unit, and the
//! relations to organisations on record.
//!
//! ```text
//!  —  --AddExpert (opens the pool on its first expert)--> pool
//!  expert: ACTIVE --SuspendExpert--> SUSPENDED --ReinstateExpert--> ACTIVE
//!          ACTIVE | SUSPENDED --RemoveExpert--> REMOVED (kept in history, never drawn again)
//!          ACTIVE | SUSPENDED --UpdateExpertRelations--> same status, relations replaced
//! ```
//!
//! Only active experts are drawn ([`ExpertPool::pool`]). Nothing is deleted: a removed expert
//! keeps its record, so that a past committee's draw can still be explained.
//!
//! The id number is personal data: it is recorded in the pool's events (as the registry records
//! a legal representative's), compared by the committee but never copied into its events, and
//! masked in `Debug` output and in views ([`mask_id_number`]).

mod decide;
mod state;

pub use state::{Expert, ExpertPool, ExpertStatus};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::aggregate::{Aggregate, Context, DecodeError, DomainEvent, tagged};
use crate::committee::RecordedRelation;
use crate::error::DomainError;
use crate::values::{Jurisdiction, TextShape};

/// Characters of an expert's name.
pub const MAX_EXPERT_NAME_CHARS: usize = 50;
/// Relations on record for one expert.
pub const MAX_RELATIONS: usize = 100;
/// Characters of a reason.
pub const MAX_REASON_CHARS: usize = 1_000;

/// An expert as the pool's keeper enters it.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpertSpec {
    pub expert_id: Uuid,
    pub name: String,
    pub id_number: String,
    pub employer: Option<Uuid>,
    pub relations: Vec<RecordedRelation>,
}

impl std::fmt::Debug for ExpertSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExpertSpec")
            .field("expert_id", &self.expert_id)
            .field("name", &self.name)
            .field("id_number", &mask_id_number(&self.id_number))
            .field("employer", &self.employer)
            .field("relations", &self.relations)
            .finish()
    }
}

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ExpertPoolCommand {
    /// Adds an expert; the first one opens the jurisdiction's pool.
    AddExpert {
        jurisdiction: Jurisdiction,
        expert: ExpertSpec,
    },
    /// Replaces the employing unit and the relations on record.
    UpdateRelations {
        expert_id: Uuid,
        employer: Option<Uuid>,
        relations: Vec<RecordedRelation>,
        reason: String,
    },
    SuspendExpert {
        expert_id: Uuid,
        reason: String,
    },
    ReinstateExpert {
        expert_id: Uuid,
        reason: String,
    },
    RemoveExpert {
        expert_id: Uuid,
        reason: String,
    },
}

impl crate::aggregate::DomainCommand for ExpertPoolCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::AddExpert { .. } => "AddPoolExpert",
            Self::UpdateRelations { .. } => "UpdatePoolExpertRelations",
            Self::SuspendExpert { .. } => "SuspendPoolExpert",
            Self::ReinstateExpert { .. } => "ReinstatePoolExpert",
            Self::RemoveExpert { .. } => "RemovePoolExpert",
        }
    }

    /// The pool has no opening of its own: its first expert opens it.
    fn opens_stream(&self) -> bool {
        matches!(self, Self::AddExpert { .. })
    }

    fn reason(&self) -> Option<&str> {
        match self {
            Self::AddExpert { .. } => None,
            Self::UpdateRelations { reason, .. }
            | Self::SuspendExpert { reason, .. }
            | Self::ReinstateExpert { reason, .. }
            | Self::RemoveExpert { reason, .. } => Some(reason),
        }
    }
}

type Text<'a> = (&'static str, &'static str, &'a str, TextShape);

impl ExpertPoolCommand {
    /// Every free-text input with its wire field, label and shape, for the control-character
    /// check.
    pub fn texts(&self) -> Vec<Text<'_>> {
        let reason = |r| ("reason", "the reason (理由)", r, TextShape::Paragraph);
        match self {
            Self::AddExpert { expert, .. } => vec![
                (
                    "name",
                    "the expert's name (姓名)",
                    expert.name.as_str(),
                    TextShape::Line,
                ),
                (
                    "idNumber",
                    "the resident ID number (居民身份证号码)",
                    expert.id_number.as_str(),
                    TextShape::Line,
                ),
            ],
            Self::UpdateRelations { reason: r, .. }
            | Self::SuspendExpert { reason: r, .. }
            | Self::ReinstateExpert { reason: r, .. }
            | Self::RemoveExpert { reason: r, .. } => vec![reason(r.as_str())],
        }
    }
}

/// Payloads hold only strings, integers, nulls, arrays and objects (no floats), because the
/// store hashes them as canonical JSON.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum ExpertPoolEvent {
    ExpertAdded {
        jurisdiction: Jurisdiction,
        expert_id: Uuid,
        name: String,
        id_number: String,
        employer: Option<Uuid>,
        relations: Vec<RecordedRelation>,
        added_at: DateTime<Utc>,
    },
    ExpertRelationsUpdated {
        expert_id: Uuid,
        employer: Option<Uuid>,
        relations: Vec<RecordedRelation>,
        reason: String,
        updated_at: DateTime<Utc>,
    },
    ExpertSuspended {
        expert_id: Uuid,
        reason: String,
        suspended_at: DateTime<Utc>,
    },
    ExpertReinstated {
        expert_id: Uuid,
        reason: String,
        reinstated_at: DateTime<Utc>,
    },
    ExpertRemoved {
        expert_id: Uuid,
        reason: String,
        removed_at: DateTime<Utc>,
    },
}

/// Masked, so that logging an event does not leak the id number.
impl std::fmt::Debug for ExpertPoolEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut shown = tagged::data_of(self);
        if let Some(id) = shown.get_mut("idNumber")
            && let Some(s) = id.as_str()
        {
            *id = serde_json::Value::String(mask_id_number(s));
        }
        write!(f, "{}({shown})", self.kind())
    }
}

impl ExpertPoolEvent {
    /// Every kind with the payload schema this code writes for it.
    pub const KINDS: [(&'static str, u16); 5] = [
        ("ExpertAdded", 1),
        ("ExpertRelationsUpdated", 1),
        ("ExpertSuspended", 1),
        ("ExpertReinstated", 1),
        ("ExpertRemoved", 1),
    ];
}

impl DomainEvent for ExpertPoolEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::ExpertAdded { .. } => "ExpertAdded",
            Self::ExpertRelationsUpdated { .. } => "ExpertRelationsUpdated",
            Self::ExpertSuspended { .. } => "ExpertSuspended",
            Self::ExpertReinstated { .. } => "ExpertReinstated",
            Self::ExpertRemoved { .. } => "ExpertRemoved",
        }
    }

    fn schema(&self) -> u16 {
        tagged::schema_of(&Self::KINDS, self.kind()).unwrap_or(1)
    }

    fn to_data(&self) -> serde_json::Value {
        tagged::data_of(self)
    }

    fn from_stored(kind: &str, schema: u16, data: &serde_json::Value) -> Result<Self, DecodeError> {
        tagged::decode(&Self::KINDS, kind, schema, data)
    }
}

/// "110101********1234": region and last four kept, as the registry masks a legal
/// representative's number.
pub fn mask_id_number(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let n = chars.len();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| if i < 6 || i + 4 >= n { c } else { '*' })
        .collect()
}

impl Aggregate for ExpertPool {
    type Command = ExpertPoolCommand;
    type Event = ExpertPoolEvent;
    type Facts = ();
    const CATEGORY: &'static str = "expertpool";

    fn decide(
        &self,
        command: &ExpertPoolCommand,
        ctx: &Context,
    ) -> Result<Vec<ExpertPoolEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &ExpertPoolEvent) -> Self {
        self.evolve_with(event)
    }
}

#[cfg(test)]
mod tests;
