//! The catalogue as folded from its events, and the queries procurement and GraphQL ask of it.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::code::{CatalogueCategory, CatalogueCode};
use super::events::{CatalogueEvent, NewItem};
use crate::values::Jurisdiction;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ItemStatus {
    Active,
    #[serde(rename_all = "camelCase")]
    Retired {
        on: NaiveDate,
        reason: String,
    },
}

/// Serialised as the read model stores it: `status` sits beside the other fields, with `on`
/// and `reason` when the item is retired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogueItem {
    pub code: CatalogueCode,
    pub parent: Option<CatalogueCode>,
    /// 1 for a top-level item.
    pub level: u8,
    pub name_zh: String,
    pub name_en: Option<String>,
    pub category: CatalogueCategory,
    #[serde(flatten)]
    pub status: ItemStatus,
    pub added_at: DateTime<Utc>,
}

impl CatalogueItem {
    pub fn is_active(&self) -> bool {
        self.status == ItemStatus::Active
    }

    /// "A0101 居家养老上门服务", how messages name an item.
    pub fn label(&self) -> String {
        format!("{} {}", self.code, self.name_zh)
    }

    fn from_new(item: &NewItem, added_at: DateTime<Utc>) -> Self {
        Self {
            code: item.code.clone(),
            // Placed by its code, which is what the tree is ordered by; the recorded parent
            // and level are the same by construction and are there for read models.
            parent: item.code.parent(),
            level: item.code.level(),
            name_zh: item.name_zh.clone(),
            name_en: item.name_en.clone(),
            category: item.category,
            status: ItemStatus::Active,
            added_at,
        }
    }
}

/// One stream per jurisdiction (`catalogue-{jurisdiction}`). Items are never removed: a retired
/// item keeps its place, its names and its code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Catalogue {
    /// `None` until the catalogue is loaded.
    pub jurisdiction: Option<Jurisdiction>,
    pub loaded_at: Option<DateTime<Utc>>,
    /// Keyed by code: a code sorts after its parent and before its parent's next sibling, so
    /// iteration is the tree in reading order.
    pub items: BTreeMap<CatalogueCode, CatalogueItem>,
}

impl Catalogue {
    pub fn exists(&self) -> bool {
        self.jurisdiction.is_some()
    }

    /// Every item, retired ones included, depth first in code order; each knows its level.
    pub fn tree(&self) -> impl Iterator<Item = &CatalogueItem> {
        self.items.values()
    }

    pub fn item(&self, code: &CatalogueCode) -> Option<&CatalogueItem> {
        self.items.get(code)
    }

    /// Whether a procurement may name `code` now (CAT-ITEM). An active item's ancestors are
    /// active too: an item with active children cannot be retired.
    pub fn is_active(&self, code: &CatalogueCode) -> bool {
        self.items.get(code).is_some_and(CatalogueItem::is_active)
    }

    /// The items directly under `code`, retired ones included, in code order.
    pub fn children(&self, code: &CatalogueCode) -> impl Iterator<Item = &CatalogueItem> {
        self.items
            .range(code.clone()..)
            .skip(1)
            .take_while(move |(c, _)| c.is_within(code))
            .map(|(_, item)| item)
            .filter(move |item| item.parent.as_ref() == Some(code))
    }

    pub fn top_level(&self) -> impl Iterator<Item = &CatalogueItem> {
        self.items.values().filter(|item| item.parent.is_none())
    }

    /// The items that share `parent` (the top level for `None`).
    pub(super) fn siblings<'a>(
        &'a self,
        parent: Option<&'a CatalogueCode>,
    ) -> Box<dyn Iterator<Item = &'a CatalogueItem> + 'a> {
        match parent {
            Some(p) => Box::new(self.children(p)),
            None => Box::new(self.top_level()),
        }
    }

    pub(super) fn evolve_with(mut self, event: &CatalogueEvent) -> Self {
        use CatalogueEvent as E;
        match event {
            E::CatalogueLoaded {
                jurisdiction,
                items,
                loaded_at,
            } => {
                self.jurisdiction = Some(jurisdiction.clone());
                self.loaded_at = Some(*loaded_at);
                for item in items {
                    self.items
                        .insert(item.code.clone(), CatalogueItem::from_new(item, *loaded_at));
                }
            }
            E::CatalogueItemAdded { item, added_at } => {
                self.items
                    .insert(item.code.clone(), CatalogueItem::from_new(item, *added_at));
            }
            E::CatalogueItemRenamed {
                code,
                new_name_zh,
                new_name_en,
                ..
            } => {
                if let Some(item) = self.items.get_mut(code) {
                    item.name_zh.clone_from(new_name_zh);
                    item.name_en.clone_from(new_name_en);
                }
            }
            E::CatalogueItemRetired {
                code, on, reason, ..
            } => {
                if let Some(item) = self.items.get_mut(code) {
                    item.status = ItemStatus::Retired {
                        on: *on,
                        reason: reason.clone(),
                    };
                }
            }
            E::CatalogueItemReinstated { code, .. } => {
                if let Some(item) = self.items.get_mut(code) {
                    item.status = ItemStatus::Active;
                }
            }
        }
        self
    }
}
