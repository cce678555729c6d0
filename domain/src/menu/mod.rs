//! Community "menu ordering" (点单, Shenzhen's 民生微实事: "居民点菜、政府配菜", residents choose
//! from the menu, the government funds it; DOMAIN.md Part B §3.7).
//!
//! Two aggregates:
//!
//! - [`Menu`], one stream per jurisdiction (`menu-{jurisdiction}`): the standard menu of
//!   categories and items a community may order from. Its tree *is* a guidance [`Catalogue`]
//!   value, decided and folded by the catalogue's own commands, so codes, levels, names,
//!   retirement and reinstatement are written once (`crate::catalogue`). What a menu adds is
//!   per item: its type (works, services, goods: the cap it falls under) and the community
//!   needs it answers. A menu has two levels: categories (`A`) and items (`A01`).
//! - [`MenuOrder`], one stream per order (`menuorder-{uuid}`: the store splits a stream's
//!   category at its first `-`): a community orders items with the needs it states, and the
//!   order goes through the five steps, each with its public notice:
//!
//! ```text
//!  —  --CollectNeeds--> NEEDS_COLLECTED --ReviewByCouncil(approve)--> COUNCIL_APPROVED
//!                                       --ReviewByCouncil(reject)---> REJECTED
//!  COUNCIL_APPROVED --Decide--> DECIDED --Implement(procurement | project application)--> IMPLEMENTING
//!  IMPLEMENTING --Accept (a procurement's contract completed)--> ACCEPTED
//! ```
//!
//! Rules: MENU-ITEM (an ordered item exists in the menu and is not retired at the order's
//! time; the menu's own tree rules), MENU-CAP (each item's amount within the cap of its type,
//! dated jurisdiction policy), MENU-FLOW (the steps in order, and what each step needs of other
//! records), MENU-NOTICE (a public notice text at each step).

mod order;
mod rules;
mod tree;

pub use order::{
    Community, Implementation, MenuOrder, MenuOrderCommand, MenuOrderEvent, MenuOrderFacts,
    MenuOrderStatus, MenuStep, OrderLine, OrderLineSpec, OrderedContract, OrderedProcurement,
    PublicNotice,
};
pub use rules::{MAX_LINES, MAX_NEEDS, cap_of};
pub use tree::{
    Menu, MenuCommand, MenuEvent, MenuItemDetails, MenuItemSpec, MenuItemType, MenuNewItem,
};

use serde::Deserialize;

use crate::catalogue::{Catalogue, CatalogueCode, ItemSpec};
use crate::error::{DomainError, rules as rule_ids};

/// The sample menu shipped with the ledger, compiled in so that the domain reads no file.
const DEFAULT_MENU: &str = include_str!("../../../catalogue/service-menu.json");

/// The items of the shipped sample menu (`catalogue/service-menu.json`), categories before
/// their items, ready for [`MenuCommand::Load`].
pub fn default_items() -> Result<Vec<MenuItemSpec>, DomainError> {
    parse_items(DEFAULT_MENU)
}

/// A menu file: `{"items": [{"code", "nameZh", "nameEn"?, "children": [{"code", "nameZh",
/// "nameEn"?, "type", "needs"}]}]}`, categories holding their items as the tree does.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MenuFile {
    #[serde(default)]
    #[allow(dead_code, reason = "documentation inside the file, read by people")]
    comment: Option<String>,
    #[serde(default)]
    #[allow(dead_code, reason = "documentation inside the file, read by people")]
    source: Option<String>,
    items: Vec<FileCategory>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FileCategory {
    code: String,
    name_zh: String,
    #[serde(default)]
    name_en: Option<String>,
    #[serde(default)]
    children: Vec<FileItem>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FileItem {
    code: String,
    name_zh: String,
    #[serde(default)]
    name_en: Option<String>,
    #[serde(rename = "type")]
    item_type: MenuItemType,
    needs: Vec<String>,
}

fn file_code(code: &str) -> Result<CatalogueCode, DomainError> {
    CatalogueCode::parse(code).map_err(|e| rules::as_menu(e.in_field("items.code")))
}

/// Parses a menu file (the shipped one, or a jurisdiction's own list in the same shape) into
/// item specs in file order. Only the file's shape and codes are checked here; the tree rules
/// are the `Load` command's.
pub fn parse_items(text: &str) -> Result<Vec<MenuItemSpec>, DomainError> {
    let file: MenuFile = serde_json::from_str(text).map_err(|e| {
        DomainError::validation_rule(
            "items",
            rule_ids::MENU_ITEM,
            format!("the menu file is not valid: {e}"),
        )
        .zh(format!("服务菜单文件格式不正确：{e}"))
    })?;
    let mut out = Vec::new();
    for category in file.items {
        let code = file_code(&category.code)?;
        out.push(MenuItemSpec {
            spec: ItemSpec {
                code: code.clone(),
                parent: None,
                name_zh: category.name_zh,
                name_en: category.name_en,
                category: None,
            },
            details: None,
        });
        for item in category.children {
            out.push(MenuItemSpec {
                spec: ItemSpec {
                    code: file_code(&item.code)?,
                    parent: Some(code.clone()),
                    name_zh: item.name_zh,
                    name_en: item.name_en,
                    category: None,
                },
                details: Some(MenuItemDetails {
                    item_type: item.item_type,
                    needs: item.needs,
                }),
            });
        }
    }
    Ok(out)
}

impl crate::Aggregate for Menu {
    type Command = MenuCommand;
    type Event = MenuEvent;
    type Facts = ();
    const CATEGORY: &'static str = "menu";

    fn decide(
        &self,
        command: &MenuCommand,
        ctx: &crate::Context,
    ) -> Result<Vec<MenuEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &MenuEvent) -> Self {
        self.evolve_with(event)
    }
}

impl crate::Aggregate for MenuOrder {
    type Command = MenuOrderCommand;
    type Event = MenuOrderEvent;
    type Facts = MenuOrderFacts;
    const CATEGORY: &'static str = "menuorder";

    fn decide(
        &self,
        command: &MenuOrderCommand,
        ctx: &crate::Context<MenuOrderFacts>,
    ) -> Result<Vec<MenuOrderEvent>, DomainError> {
        self.decide_command(command, ctx)
    }

    fn evolve(self, event: &MenuOrderEvent) -> Self {
        self.evolve_with(event)
    }

    /// MENU-FLOW: a procurement carries out one order. Two orders naming one procurement
    /// would each count its contract as theirs (accepted twice, its money reported twice),
    /// however the two implementations raced; held for good, like a procurement's contract.
    fn claims(&self) -> Vec<crate::Claim> {
        self.procurement_id()
            .map(|p| crate::Claim {
                namespace: "menu-order-procurement",
                key: p.to_string(),
                rule: rule_ids::MENU_FLOW,
                message: "another menu order is already carried out by this procurement; one procurement carries out one order".to_owned(),
                message_zh: "该采购项目已用于实施另一份点单；一个采购项目只实施一份点单".to_owned(),
            })
            .into_iter()
            .collect()
    }
}

/// The tree a menu keeps, for callers that read it as a catalogue (codes, levels, status).
impl AsRef<Catalogue> for Menu {
    fn as_ref(&self) -> &Catalogue {
        &self.tree
    }
}

#[cfg(test)]
mod tests;
