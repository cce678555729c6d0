//! The guidance catalogue (指导性目录) of government-purchased services: one stream per
//! jurisdiction (`catalogue-{jurisdiction}`), a tree of coded items that every procurement
//! must name one of (CAT-ITEM).
//!
//! Codes follow the MOF-style scheme (see [`CatalogueCode`]): `A` top level, `A01` second,
//! `A0101` third, `A010101` fourth and last. The code alone places an item, so the tree is the
//! code order, and a child's parent is its code without the last two digits.
//!
//! ```text
//!  —  --Load--> loaded --AddItem(s) / RenameItem / RetireItem / ReinstateItem--> loaded
//!  item: ACTIVE --RetireItem (no active children)--> RETIRED --ReinstateItem (parent active)--> ACTIVE
//! ```
//!
//! Nothing is deleted: a retired item keeps its place, its names and its code, which is never
//! given to another item, so that old procurements keep pointing at what they named.

mod code;
mod commands;
mod decide;
mod events;
mod rules;
mod state;

pub use code::{CatalogueCategory, CatalogueCode, MAX_LEVEL};
pub use commands::{CatalogueCommand, ItemSpec};
pub use events::{CatalogueEvent, NewItem};
pub use rules::MAX_ITEMS;
pub use state::{Catalogue, CatalogueItem, ItemStatus};

use serde::Deserialize;

use crate::aggregate::{Aggregate, Context};
use crate::error::{DomainError, rules as rule_ids};

impl Aggregate for Catalogue {
    type Command = CatalogueCommand;
    type Event = CatalogueEvent;
    type Facts = ();
    const CATEGORY: &'static str = "catalogue";

    fn decide(
        &self,
        command: &CatalogueCommand,
        ctx: &Context,
    ) -> Result<Vec<CatalogueEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &CatalogueEvent) -> Self {
        self.evolve_with(event)
    }
}

/// The catalogue shipped with the ledger, compiled in so that the domain reads no file.
const DEFAULT_CATALOGUE: &str = include_str!("../../../catalogue/guidance-catalogue.json");

/// The items of the shipped default catalogue (`catalogue/guidance-catalogue.json`), parents
/// before children, ready for [`CatalogueCommand::Load`].
pub fn default_items() -> Result<Vec<ItemSpec>, DomainError> {
    parse_items(DEFAULT_CATALOGUE)
}

/// A catalogue file: `{"items": [{"code", "nameZh", "nameEn"?, "category"?, "children"?}]}`,
/// nested as the tree is, so a parent is where an item is written rather than a field that
/// could disagree with it. `comment` and `source` are for the people who keep the file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    #[serde(default)]
    #[allow(dead_code, reason = "documentation inside the file, read by people")]
    comment: Option<String>,
    #[serde(default)]
    #[allow(dead_code, reason = "documentation inside the file, read by people")]
    source: Option<String>,
    items: Vec<FileItem>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FileItem {
    code: String,
    name_zh: String,
    #[serde(default)]
    name_en: Option<String>,
    #[serde(default)]
    category: Option<CatalogueCategory>,
    #[serde(default)]
    children: Vec<FileItem>,
}

/// Parses a catalogue file (the shipped one, or a bureau's own in the same shape) into item
/// specs in file order, parents before children. Only the file's shape and codes are checked
/// here; the tree rules are the `Load` command's.
pub fn parse_items(text: &str) -> Result<Vec<ItemSpec>, DomainError> {
    let file: CatalogueFile = serde_json::from_str(text).map_err(|e| {
        DomainError::validation_rule(
            "items",
            rule_ids::CAT_ITEM,
            format!("the catalogue file is not valid: {e}"),
        )
        .zh(format!("目录文件格式有误：{e}"))
    })?;
    let mut out = Vec::new();
    flatten(&file.items, None, &mut out)?;
    Ok(out)
}

fn flatten(
    items: &[FileItem],
    parent: Option<&CatalogueCode>,
    out: &mut Vec<ItemSpec>,
) -> Result<(), DomainError> {
    for item in items {
        let code = CatalogueCode::parse(&item.code).map_err(|e| e.in_field("items.code"))?;
        // Deeper than the codes allow is refused by the codes themselves (at most 4 levels).
        out.push(ItemSpec {
            code: code.clone(),
            parent: parent.cloned(),
            name_zh: item.name_zh.clone(),
            name_en: item.name_en.clone(),
            category: item.category,
        });
        flatten(&item.children, Some(&code), out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
