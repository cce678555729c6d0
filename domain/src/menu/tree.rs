//! The menu of a jurisdiction: a guidance-catalogue tree (decided and folded by the catalogue's
//! own rules) with, per item, its type and the community needs it answers.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::rules::{as_menu, check_needs, item_invalid, item_refused};
use crate::aggregate::{Aggregate, Context, DecodeError, DomainCommand, DomainEvent, tagged};
use crate::catalogue::{
    Catalogue, CatalogueCategory, CatalogueCode, CatalogueCommand, CatalogueEvent, CatalogueItem,
    ItemSpec, NewItem,
};
use crate::error::DomainError;
use crate::values::{Jurisdiction, TextShape, check_no_control_chars};

/// What an item buys, which decides its cap (MENU-CAP): Luohu's 民生微实事 caps a works item
/// at ¥1M and a service or goods item at ¥500k.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MenuItemType {
    /// 工程类: small works (a ramp, a rain shelter, a playground resurfaced).
    Works,
    /// 服务类: services delivered to residents.
    Services,
    /// 货物类: goods handed over or installed.
    Goods,
}

impl MenuItemType {
    pub const ALL: [Self; 3] = [Self::Works, Self::Services, Self::Goods];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Works => "WORKS",
            Self::Services => "SERVICES",
            Self::Goods => "GOODS",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Works => "工程类",
            Self::Services => "服务类",
            Self::Goods => "货物类",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Self::Works => "works",
            Self::Services => "services",
            Self::Goods => "goods",
        }
    }
}

/// What a menu item (level 2) carries beyond its place and names in the tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MenuItemDetails {
    pub item_type: MenuItemType,
    /// The community needs it answers (居民需求), as residents would name them.
    pub needs: Vec<String>,
}

/// One entry to put into a menu: its place and names as the catalogue takes them, and for an
/// item (not a category) its details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MenuItemSpec {
    pub spec: ItemSpec,
    /// `None` for a category (level 1), required for an item (level 2).
    pub details: Option<MenuItemDetails>,
}

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum MenuCommand {
    /// Opens the menu of a jurisdiction with a whole tree (the shipped sample or its own list).
    Load {
        jurisdiction: Jurisdiction,
        items: Vec<MenuItemSpec>,
    },
    AddItem(MenuItemSpec),
    RenameItem {
        code: CatalogueCode,
        name_zh: String,
        name_en: Option<String>,
        reason: String,
    },
    /// No new order may name the item; orders placed before keep it.
    RetireItem {
        code: CatalogueCode,
        reason: String,
    },
    ReinstateItem {
        code: CatalogueCode,
        reason: String,
    },
}

impl DomainCommand for MenuCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::Load { .. } => "LoadMenu",
            Self::AddItem(_) => "AddMenuItem",
            Self::RenameItem { .. } => "RenameMenuItem",
            Self::RetireItem { .. } => "RetireMenuItem",
            Self::ReinstateItem { .. } => "ReinstateMenuItem",
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
            Self::Load { .. } | Self::AddItem(_) => None,
        }
    }
}

/// An entry as recorded when it enters the menu: the catalogue's record of it and its details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MenuNewItem {
    pub item: NewItem,
    pub details: Option<MenuItemDetails>,
}

/// The catalogue's events with each new entry's details: a menu's history reads as a menu's
/// (`MenuItemRetired`), and folds through the catalogue's own `evolve`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum MenuEvent {
    MenuLoaded {
        jurisdiction: Jurisdiction,
        items: Vec<MenuNewItem>,
        loaded_at: DateTime<Utc>,
    },
    MenuItemAdded {
        item: MenuNewItem,
        added_at: DateTime<Utc>,
    },
    MenuItemRenamed {
        code: CatalogueCode,
        old_name_zh: String,
        old_name_en: Option<String>,
        new_name_zh: String,
        new_name_en: Option<String>,
        reason: String,
        renamed_at: DateTime<Utc>,
    },
    MenuItemRetired {
        code: CatalogueCode,
        on: NaiveDate,
        reason: String,
        retired_at: DateTime<Utc>,
    },
    MenuItemReinstated {
        code: CatalogueCode,
        on: NaiveDate,
        reason: String,
        reinstated_at: DateTime<Utc>,
    },
}

impl MenuEvent {
    pub const KINDS: [(&'static str, u16); 5] = [
        ("MenuLoaded", 1),
        ("MenuItemAdded", 1),
        ("MenuItemRenamed", 1),
        ("MenuItemRetired", 1),
        ("MenuItemReinstated", 1),
    ];

    /// The catalogue event this one is, for the tree's fold.
    pub fn tree_event(&self) -> CatalogueEvent {
        use CatalogueEvent as C;
        match self.clone() {
            Self::MenuLoaded {
                jurisdiction,
                items,
                loaded_at,
            } => C::CatalogueLoaded {
                jurisdiction,
                items: items.into_iter().map(|i| i.item).collect(),
                loaded_at,
            },
            Self::MenuItemAdded { item, added_at } => C::CatalogueItemAdded {
                item: item.item,
                added_at,
            },
            Self::MenuItemRenamed {
                code,
                old_name_zh,
                old_name_en,
                new_name_zh,
                new_name_en,
                reason,
                renamed_at,
            } => C::CatalogueItemRenamed {
                code,
                old_name_zh,
                old_name_en,
                new_name_zh,
                new_name_en,
                reason,
                renamed_at,
            },
            Self::MenuItemRetired {
                code,
                on,
                reason,
                retired_at,
            } => C::CatalogueItemRetired {
                code,
                on,
                reason,
                retired_at,
            },
            Self::MenuItemReinstated {
                code,
                on,
                reason,
                reinstated_at,
            } => C::CatalogueItemReinstated {
                code,
                on,
                reason,
                reinstated_at,
            },
        }
    }

    /// The menu event of a catalogue event the tree decided, with the details of new entries.
    fn from_tree(
        event: CatalogueEvent,
        details: &BTreeMap<CatalogueCode, MenuItemDetails>,
    ) -> Self {
        use CatalogueEvent as C;
        let entry = |item: NewItem| MenuNewItem {
            details: details.get(&item.code).cloned(),
            item,
        };
        match event {
            C::CatalogueLoaded {
                jurisdiction,
                items,
                loaded_at,
            } => Self::MenuLoaded {
                jurisdiction,
                items: items.into_iter().map(entry).collect(),
                loaded_at,
            },
            C::CatalogueItemAdded { item, added_at } => Self::MenuItemAdded {
                item: entry(item),
                added_at,
            },
            C::CatalogueItemRenamed {
                code,
                old_name_zh,
                old_name_en,
                new_name_zh,
                new_name_en,
                reason,
                renamed_at,
            } => Self::MenuItemRenamed {
                code,
                old_name_zh,
                old_name_en,
                new_name_zh,
                new_name_en,
                reason,
                renamed_at,
            },
            C::CatalogueItemRetired {
                code,
                on,
                reason,
                retired_at,
            } => Self::MenuItemRetired {
                code,
                on,
                reason,
                retired_at,
            },
            C::CatalogueItemReinstated {
                code,
                on,
                reason,
                reinstated_at,
            } => Self::MenuItemReinstated {
                code,
                on,
                reason,
                reinstated_at,
            },
        }
    }
}

impl DomainEvent for MenuEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::MenuLoaded { .. } => "MenuLoaded",
            Self::MenuItemAdded { .. } => "MenuItemAdded",
            Self::MenuItemRenamed { .. } => "MenuItemRenamed",
            Self::MenuItemRetired { .. } => "MenuItemRetired",
            Self::MenuItemReinstated { .. } => "MenuItemReinstated",
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

/// One stream per jurisdiction (`menu-{jurisdiction}`). Its version is the menu's version: an
/// order records the version it was placed against, and `menuAsOf` shows any past one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Menu {
    /// Categories and items, as a catalogue keeps them.
    pub tree: Catalogue,
    /// Keyed by the item's code; categories have none.
    pub details: BTreeMap<CatalogueCode, MenuItemDetails>,
}

type Decided = Result<Vec<MenuEvent>, DomainError>;

impl Menu {
    pub fn exists(&self) -> bool {
        self.tree.exists()
    }

    pub fn jurisdiction(&self) -> Option<&Jurisdiction> {
        self.tree.jurisdiction.as_ref()
    }

    /// Every entry, categories and retired items included, in code order (a category, then its
    /// items), each with its details if it is an item.
    pub fn entries(&self) -> impl Iterator<Item = (&CatalogueItem, Option<&MenuItemDetails>)> {
        self.tree
            .tree()
            .map(|item| (item, self.details.get(&item.code)))
    }

    pub fn entry(
        &self,
        code: &CatalogueCode,
    ) -> Option<(&CatalogueItem, Option<&MenuItemDetails>)> {
        self.tree
            .item(code)
            .map(|item| (item, self.details.get(code)))
    }

    pub(super) fn decide_command(&self, command: &MenuCommand, ctx: &Context) -> Decided {
        use MenuCommand as M;
        match command {
            M::Load {
                jurisdiction,
                items,
            } => {
                if let (Some(j), Some(at)) = (self.jurisdiction(), self.tree.loaded_at) {
                    return Err(item_refused(
                        format!(
                            "the menu (服务菜单) of {j} was already loaded on {} and has {} entries; add items to it instead of loading it again",
                            crate::calendar::china_date(at),
                            self.tree.items.len()
                        ),
                        format!(
                            "{j} 的服务菜单已于 {} 导入，共 {} 个条目；请在其中添加项目，不要重复导入",
                            crate::calendar::china_date(at),
                            self.tree.items.len()
                        ),
                    ));
                }
                let (specs, details) = plan(items, true)?;
                self.through_tree(
                    &CatalogueCommand::Load {
                        jurisdiction: jurisdiction.clone(),
                        items: specs,
                    },
                    &details,
                    ctx,
                )
            }
            _ if !self.exists() => Err(item_refused(
                "no menu (服务菜单) has been loaded for this jurisdiction yet; load one first"
                    .to_owned(),
                "本辖区尚未导入服务菜单，请先导入".to_owned(),
            )),
            M::AddItem(spec) => {
                let (specs, details) = plan(std::slice::from_ref(spec), false)?;
                let spec = specs.into_iter().next().ok_or_else(|| {
                    item_invalid(
                        "items",
                        "no item was given".to_owned(),
                        "未提供菜单项目".to_owned(),
                    )
                })?;
                self.through_tree(&CatalogueCommand::AddItem(spec), &details, ctx)
            }
            M::RenameItem {
                code,
                name_zh,
                name_en,
                reason,
            } => {
                self.find(code)?;
                self.through_tree(
                    &CatalogueCommand::RenameItem {
                        code: code.clone(),
                        name_zh: name_zh.clone(),
                        name_en: name_en.clone(),
                        reason: reason.clone(),
                    },
                    &BTreeMap::new(),
                    ctx,
                )
            }
            M::RetireItem { code, reason } => {
                self.find(code)?;
                self.through_tree(
                    &CatalogueCommand::RetireItem {
                        code: code.clone(),
                        reason: reason.clone(),
                    },
                    &BTreeMap::new(),
                    ctx,
                )
            }
            M::ReinstateItem { code, reason } => {
                self.find(code)?;
                self.through_tree(
                    &CatalogueCommand::ReinstateItem {
                        code: code.clone(),
                        reason: reason.clone(),
                    },
                    &BTreeMap::new(),
                    ctx,
                )
            }
        }
    }

    /// Decides `command` by the catalogue's rules on the menu's tree and records what it
    /// decided as the menu's events.
    fn through_tree(
        &self,
        command: &CatalogueCommand,
        details: &BTreeMap<CatalogueCode, MenuItemDetails>,
        ctx: &Context,
    ) -> Decided {
        let decided = self.tree.decide(command, ctx).map_err(as_menu)?;
        Ok(decided
            .into_iter()
            .map(|e| MenuEvent::from_tree(e, details))
            .collect())
    }

    fn find(&self, code: &CatalogueCode) -> Result<&CatalogueItem, DomainError> {
        self.tree.item(code).ok_or_else(|| {
            let j = self
                .jurisdiction()
                .map(ToString::to_string)
                .unwrap_or_default();
            item_refused(
                format!("there is no item {code} in the menu (服务菜单) of {j}"),
                format!("{j} 的服务菜单中没有项目 {code}"),
            )
        })
    }

    pub(super) fn evolve_with(mut self, event: &MenuEvent) -> Self {
        self.tree = self.tree.evolve(&event.tree_event());
        let mut keep = |entry: &MenuNewItem| {
            if let Some(d) = &entry.details {
                self.details.insert(entry.item.code.clone(), d.clone());
            }
        };
        match event {
            MenuEvent::MenuLoaded { items, .. } => items.iter().for_each(&mut keep),
            MenuEvent::MenuItemAdded { item, .. } => keep(item),
            MenuEvent::MenuItemRenamed { .. }
            | MenuEvent::MenuItemRetired { .. }
            | MenuEvent::MenuItemReinstated { .. } => {}
        }
        self
    }
}

/// The catalogue specs of a menu's entries and the details of its items: a category (level 1)
/// has no type and is a public service (民生微实事 are services to residents); an item (level
/// 2) has a type and the needs it answers; nothing sits deeper.
fn plan(
    items: &[MenuItemSpec],
    batch: bool,
) -> Result<(Vec<ItemSpec>, BTreeMap<CatalogueCode, MenuItemDetails>), DomainError> {
    let field = |f: &'static str| {
        if batch {
            f
        } else {
            f.trim_start_matches("items.")
        }
    };
    let mut specs = Vec::with_capacity(items.len());
    let mut details = BTreeMap::new();
    for entry in items {
        let code = &entry.spec.code;
        let mut spec = entry.spec.clone();
        match (code.level(), &entry.details) {
            (1, None) => spec.category = Some(CatalogueCategory::PublicService),
            (1, Some(_)) => {
                return Err(item_invalid(
                    field("items.type"),
                    format!(
                        "{code} is a category (服务类别) of the menu; only the items under it have a type and needs"
                    ),
                    format!("{code} 是菜单的服务类别，只有其下的项目才有类型和需求"),
                ));
            }
            (2, None) => {
                return Err(item_invalid(
                    field("items.type"),
                    format!(
                        "menu item {code} needs a type (WORKS 工程类, SERVICES 服务类 or GOODS 货物类) and the community needs it answers"
                    ),
                    format!(
                        "菜单项目 {code} 需要填写类型（工程类、服务类或货物类）及其回应的社区需求"
                    ),
                ));
            }
            (2, Some(d)) => {
                for need in &d.needs {
                    check_no_control_chars(field("items.needs"), "a need", need, TextShape::Line)?;
                }
                let needs = check_needs(code.as_str(), &d.needs)?;
                details.insert(
                    code.clone(),
                    MenuItemDetails {
                        item_type: d.item_type,
                        needs,
                    },
                );
            }
            (level, _) => {
                return Err(item_invalid(
                    field("items.code"),
                    format!(
                        "{code} is a level-{level} code; a menu has two levels, categories (A) and their items (A01)"
                    ),
                    format!(
                        "{code} 是第 {level} 级编码；服务菜单只有两级：服务类别（A）及其项目（A01）"
                    ),
                ));
            }
        }
        specs.push(spec);
    }
    Ok((specs, details))
}
