//! What happened to a catalogue, as stored: (kind, schema, JSON payload) triples.
//!
//! Stored events are never rewritten. A payload change bumps the kind's schema in
//! [`CatalogueEvent::KINDS`] and adds an upcaster in `from_stored` for every older schema.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::code::{CatalogueCategory, CatalogueCode};
use crate::aggregate::{DecodeError, DomainEvent, tagged};
use crate::values::Jurisdiction;

/// An item as recorded when it enters the catalogue: names cleaned, category resolved, parent
/// and level written out so that a read model can build the tree from the payload alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewItem {
    pub code: CatalogueCode,
    pub parent: Option<CatalogueCode>,
    pub level: u8,
    pub name_zh: String,
    pub name_en: Option<String>,
    pub category: CatalogueCategory,
}

/// Payloads hold only strings, integers, nulls, arrays and objects (no floats), because the
/// store hashes them as canonical JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum CatalogueEvent {
    /// The whole tree in code order (parents before children).
    CatalogueLoaded {
        jurisdiction: Jurisdiction,
        items: Vec<NewItem>,
        loaded_at: DateTime<Utc>,
    },
    CatalogueItemAdded {
        item: NewItem,
        added_at: DateTime<Utc>,
    },
    CatalogueItemRenamed {
        code: CatalogueCode,
        old_name_zh: String,
        old_name_en: Option<String>,
        new_name_zh: String,
        new_name_en: Option<String>,
        reason: String,
        renamed_at: DateTime<Utc>,
    },
    /// `on` is the China-local day from which procurements may no longer name the item.
    CatalogueItemRetired {
        code: CatalogueCode,
        on: NaiveDate,
        reason: String,
        retired_at: DateTime<Utc>,
    },
    CatalogueItemReinstated {
        code: CatalogueCode,
        on: NaiveDate,
        reason: String,
        reinstated_at: DateTime<Utc>,
    },
}

impl CatalogueEvent {
    /// Every kind with the payload schema this code writes for it.
    pub const KINDS: [(&'static str, u16); 5] = [
        ("CatalogueLoaded", 1),
        ("CatalogueItemAdded", 1),
        ("CatalogueItemRenamed", 1),
        ("CatalogueItemRetired", 1),
        ("CatalogueItemReinstated", 1),
    ];
}

impl DomainEvent for CatalogueEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::CatalogueLoaded { .. } => "CatalogueLoaded",
            Self::CatalogueItemAdded { .. } => "CatalogueItemAdded",
            Self::CatalogueItemRenamed { .. } => "CatalogueItemRenamed",
            Self::CatalogueItemRetired { .. } => "CatalogueItemRetired",
            Self::CatalogueItemReinstated { .. } => "CatalogueItemReinstated",
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
