//! What happened to a committee, as stored: (kind, schema, JSON payload) triples.
//!
//! Stored events are never rewritten. A payload change bumps the kind's schema in
//! [`CommitteeEvent::KINDS`] and adds an upcaster in `from_stored` for every older schema.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::commands::{BidScores, Representative};
use super::facts::{RelationKind, Subject, ValidBid};
use crate::aggregate::{DecodeError, DomainEvent, tagged};
use crate::procurement::{EvaluationReport, ProcurementMethod, ScoringScheme};
use crate::values::Money;

/// Where the ledger learnt of a conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "source", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConflictSource {
    /// The registry's record of the bidder, at this stream version and log position.
    #[serde(rename_all = "camelCase")]
    Registry {
        registry_version: u64,
        registry_position: u64,
    },
    /// The expert pool's record of the expert.
    ExpertRecord,
    /// The member's own declaration.
    #[serde(rename_all = "camelCase")]
    Declared { note: String },
}

/// A tie between a person and a bidder that bars the person from the committee (EVAL-RECUSAL).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub organisation_id: Uuid,
    pub kind: RelationKind,
    #[serde(flatten)]
    pub source: ConflictSource,
}

/// Why the draw went past an expert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PassOver {
    /// In conflict with a bidder (EVAL-RECUSAL).
    Conflict(Conflict),
    /// Works for the purchasing unit, whose staff may not be experts on its own project.
    PurchaserStaff,
    /// No longer in the pool when a replacement was drawn.
    LeftPool,
}

/// A member's locked score sheet: what its digest is computed over. Bids in the committee's
/// order, criteria in the scheme's, so that one set of scores has one digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoreSheet {
    pub committee_id: Uuid,
    pub member_id: Uuid,
    pub scores: Vec<BidScores>,
}

impl ScoreSheet {
    /// The canonical form: the sheet's JSON with fields in the structs' order, no whitespace,
    /// points in hundredths. Changing it breaks every recorded digest: see [`SHEET_SCHEME`].
    pub fn canonical(&self) -> Vec<u8> {
        // Serialising a struct of ids, strings and integers cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Lowercase hex SHA-256 of [`ScoreSheet::canonical`].
    pub fn digest(&self) -> String {
        super::draw::sha256_hex(&self.canonical())
    }
}

/// Names how a sheet's digest is computed, recorded with each sheet.
pub const SHEET_SCHEME: &str = "sha256(canonical-json)/v1";

/// Payloads hold only strings, integers, nulls, arrays and objects (no floats), because the
/// store hashes them as canonical JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum CommitteeEvent {
    /// The committee of an opened procurement or the jury of a contest, with what it evaluates
    /// and the whole draw: the seed and the pool in draw order, so that an auditor can
    /// recompute the order from the seed and see who came next. The outcome of each position
    /// follows as `ExpertDrawn` and `ExpertPassedOver`.
    ///
    /// Schema 2 (contests): `subject` for schema 1's `procurementId`, `ownerUnit` for
    /// `purchaserUnit`, `entries` for `bids`, and `method` and `budget` null for a jury.
    CommitteeConstituted {
        committee_id: Uuid,
        subject: Subject,
        owner_unit: Uuid,
        method: Option<ProcurementMethod>,
        budget: Option<Money>,
        scoring: ScoringScheme,
        entries: Vec<ValidBid>,
        representatives: Vec<Representative>,
        experts: u32,
        seed: String,
        draw_scheme: String,
        draw_order: Vec<Uuid>,
        constituted_at: DateTime<Utc>,
    },
    /// The expert at `position` (0-based) of the draw order takes a seat. Who sits is not
    /// public before the award: the read side shows the name to the committee, the purchaser
    /// and auditors only.
    ExpertDrawn {
        expert_id: Uuid,
        name: String,
        position: u32,
    },
    ExpertPassedOver {
        expert_id: Uuid,
        position: u32,
        reasons: Vec<PassOver>,
    },
    /// The member leaves the committee; a sheet it submitted no longer counts.
    MemberRecused {
        member_id: Uuid,
        conflicts: Vec<Conflict>,
        recused_at: DateTime<Utc>,
    },
    /// A member's sheet, locked: it cannot be replaced, and its digest goes into the report.
    ///
    /// The read side must treat `sheet` as sealed until every sitting member has submitted:
    /// before that it shows each member only its own sheet and everyone else only who has
    /// submitted, when, and the digest (which proves later that nothing changed). Once the
    /// last sitting member has submitted, or the committee has concluded, sheets are shown to
    /// the committee and, after the award, to auditors.
    ScoreSheetSubmitted {
        sheet: ScoreSheet,
        digest: String,
        sheet_scheme: String,
        submitted_at: DateTime<Utc>,
    },
    CommitteeConcluded {
        report: EvaluationReport,
        concluded_at: DateTime<Utc>,
    },
}

impl CommitteeEvent {
    /// Every kind with the payload schema this code writes for it.
    pub const KINDS: [(&'static str, u16); 6] = [
        ("CommitteeConstituted", 2),
        ("ExpertDrawn", 1),
        ("ExpertPassedOver", 1),
        ("MemberRecused", 1),
        ("ScoreSheetSubmitted", 1),
        ("CommitteeConcluded", 1),
    ];
}

impl DomainEvent for CommitteeEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::CommitteeConstituted { .. } => "CommitteeConstituted",
            Self::ExpertDrawn { .. } => "ExpertDrawn",
            Self::ExpertPassedOver { .. } => "ExpertPassedOver",
            Self::MemberRecused { .. } => "MemberRecused",
            Self::ScoreSheetSubmitted { .. } => "ScoreSheetSubmitted",
            Self::CommitteeConcluded { .. } => "CommitteeConcluded",
        }
    }

    fn schema(&self) -> u16 {
        tagged::schema_of(&Self::KINDS, self.kind()).unwrap_or(1)
    }

    fn to_data(&self) -> serde_json::Value {
        tagged::data_of(self)
    }

    fn from_stored(kind: &str, schema: u16, data: &serde_json::Value) -> Result<Self, DecodeError> {
        match (kind, schema) {
            ("CommitteeConstituted", 1) => tagged::from_parts(kind, &upcast_constituted_v1(data)?),
            _ => tagged::decode(&Self::KINDS, kind, schema, data),
        }
    }
}

/// Schema 1 → 2: every schema-1 committee was a procurement's, so its `procurementId` becomes
/// the subject `{"kind": "PROCUREMENT", "id": …}`, the purchaser the owner unit and the bids
/// the entries; the method and the budget stay as they were. Nothing else changed, so the
/// upcast event folds to the committee the schema-1 one did.
fn upcast_constituted_v1(data: &serde_json::Value) -> Result<serde_json::Value, DecodeError> {
    let malformed = |message: &str| DecodeError::Malformed {
        kind: "CommitteeConstituted".to_owned(),
        message: format!("schema-1 payload {message}"),
    };
    let serde_json::Value::Object(map) = data else {
        return Err(malformed("is not an object"));
    };
    let mut map = map.clone();
    let mut take = |field: &str| {
        map.remove(field)
            .ok_or_else(|| malformed(&format!("has no {field}")))
    };
    let procurement = take("procurementId")?;
    let purchaser = take("purchaserUnit")?;
    let bids = take("bids")?;
    map.insert(
        "subject".to_owned(),
        serde_json::json!({"kind": "PROCUREMENT", "id": procurement}),
    );
    map.insert("ownerUnit".to_owned(), purchaser);
    map.insert("entries".to_owned(), bids);
    Ok(serde_json::Value::Object(map))
}
