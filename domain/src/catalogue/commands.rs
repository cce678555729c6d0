//! What staff ask of a jurisdiction's guidance catalogue.

use serde::Serialize;

use super::code::{CatalogueCategory, CatalogueCode};
use crate::values::{Jurisdiction, TextShape};

/// One item to put into the catalogue. `parent` is `None` for a top-level item; it is stated
/// rather than derived from the code so that an item typed under the wrong parent is caught.
/// `category` is required for a top-level item; a child inherits its parent's and may leave it
/// out (if given, it must be the parent's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemSpec {
    pub code: CatalogueCode,
    pub parent: Option<CatalogueCode>,
    pub name_zh: String,
    /// Optional: a county's own items are often published in Chinese only, and a made-up
    /// translation would be worse than none.
    pub name_en: Option<String>,
    pub category: Option<CatalogueCategory>,
}

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum CatalogueCommand {
    /// Opens the catalogue of a jurisdiction with a whole tree (the default catalogue or a
    /// bureau's own), in any order: items are placed by their codes.
    Load {
        jurisdiction: Jurisdiction,
        items: Vec<ItemSpec>,
    },
    AddItem(ItemSpec),
    /// Several items at once (a new branch, a yearly revision), all or none.
    AddItems {
        items: Vec<ItemSpec>,
    },
    /// Sets both names; `name_en: None` leaves the item without an English name.
    RenameItem {
        code: CatalogueCode,
        name_zh: String,
        name_en: Option<String>,
        reason: String,
    },
    /// The item stays in the tree and in history; its code is never given to another item.
    RetireItem {
        code: CatalogueCode,
        reason: String,
    },
    /// Undoes a retirement: the code cannot be reused, so without this a service retired by
    /// mistake could only come back under a new code, breaking every statistic kept by code.
    ReinstateItem {
        code: CatalogueCode,
        reason: String,
    },
}

impl crate::aggregate::DomainCommand for CatalogueCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::Load { .. } => "LoadCatalogue",
            Self::AddItem(_) => "AddCatalogueItem",
            Self::AddItems { .. } => "AddCatalogueItems",
            Self::RenameItem { .. } => "RenameCatalogueItem",
            Self::RetireItem { .. } => "RetireCatalogueItem",
            Self::ReinstateItem { .. } => "ReinstateCatalogueItem",
        }
    }

    fn opens_stream(&self) -> bool {
        matches!(self, Self::Load { .. })
    }

    fn reason(&self) -> Option<&str> {
        match self {
            Self::RenameItem { reason, .. }
            | Self::RetireItem { reason, .. }
            | Self::ReinstateItem { reason, .. } => Some(reason),
            Self::Load { .. } | Self::AddItem(_) | Self::AddItems { .. } => None,
        }
    }
}

/// An input field's wire name: alone for `AddItem`, under `items` for a batch.
pub(super) fn spec_field(batch: bool, field: &'static str) -> &'static str {
    match (batch, field) {
        (true, "code") => "items.code",
        (true, "parent") => "items.parent",
        (true, "nameZh") => "items.nameZh",
        (true, "nameEn") => "items.nameEn",
        (true, "category") => "items.category",
        _ => field,
    }
}

type Text<'a> = (&'static str, &'static str, &'a str, TextShape);

fn spec_texts(spec: &ItemSpec, batch: bool) -> Vec<Text<'_>> {
    let mut texts = vec![(
        spec_field(batch, "nameZh"),
        "the Chinese name (中文名称)",
        spec.name_zh.as_str(),
        TextShape::Line,
    )];
    texts.extend(spec.name_en.as_deref().map(|n| {
        (
            spec_field(batch, "nameEn"),
            "the English name (英文名称)",
            n,
            TextShape::Line,
        )
    }));
    texts
}

impl CatalogueCommand {
    /// Every free-text input with its wire field, its label for messages and its shape: the
    /// one list the control-character check reads, so a new field cannot slip past it.
    pub fn texts(&self) -> Vec<Text<'_>> {
        let reason = |r| ("reason", "the reason (理由)", r, TextShape::Paragraph);
        match self {
            Self::Load { items, .. } | Self::AddItems { items } => {
                items.iter().flat_map(|s| spec_texts(s, true)).collect()
            }
            Self::AddItem(spec) => spec_texts(spec, false),
            Self::RenameItem {
                name_zh,
                name_en,
                reason: r,
                ..
            } => {
                let spec_like = [
                    Some(("nameZh", "the Chinese name (中文名称)", name_zh.as_str())),
                    name_en
                        .as_deref()
                        .map(|n| ("nameEn", "the English name (英文名称)", n)),
                ];
                let mut texts: Vec<Text<'_>> = spec_like
                    .into_iter()
                    .flatten()
                    .map(|(f, l, v)| (f, l, v, TextShape::Line))
                    .collect();
                texts.push(reason(r.as_str()));
                texts
            }
            Self::RetireItem { reason: r, .. } | Self::ReinstateItem { reason: r, .. } => {
                vec![reason(r.as_str())]
            }
        }
    }
}
