//! `decide` for the catalogue (CAT-ITEM).

use std::collections::BTreeMap;

use super::code::{CatalogueCategory, CatalogueCode};
use super::commands::{CatalogueCommand, ItemSpec, spec_field};
use super::events::{CatalogueEvent, NewItem};
use super::rules::{MAX_ITEMS, check_name_en, check_name_zh, check_reason, en_key, same_en};
use super::state::{Catalogue, CatalogueItem, ItemStatus};
use crate::aggregate::Context;
use crate::error::{DomainError, rules};
use crate::values::{Jurisdiction, check_no_control_chars};

type Decided = Result<Vec<CatalogueEvent>, DomainError>;

fn refused(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::CAT_ITEM, message).zh(zh)
}

fn invalid(field: &'static str, message: String, zh: String) -> DomainError {
    DomainError::validation_rule(field, rules::CAT_ITEM, message).zh(zh)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Language {
    Zh,
    En,
}

/// The names taken by the items one command has placed so far, keyed by parent, so that a
/// batch of thousands is checked without comparing every item with every other.
#[derive(Default)]
struct TakenNames(BTreeMap<(Option<CatalogueCode>, Language, String), String>);

impl TakenNames {
    fn key(
        parent: Option<&CatalogueCode>,
        language: Language,
        name: &str,
    ) -> (Option<CatalogueCode>, Language, String) {
        let name = match language {
            Language::Zh => name.to_owned(),
            Language::En => en_key(name),
        };
        (parent.cloned(), language, name)
    }

    fn insert(&mut self, item: &NewItem) {
        let label = format!("{} {}", item.code, item.name_zh);
        let parent = item.parent.as_ref();
        if let Some(en) = &item.name_en {
            self.0
                .insert(Self::key(parent, Language::En, en), label.clone());
        }
        self.0
            .insert(Self::key(parent, Language::Zh, &item.name_zh), label);
    }

    fn find(
        &self,
        parent: Option<&CatalogueCode>,
        zh: &str,
        en: Option<&str>,
    ) -> Option<(Language, String)> {
        let zh = self
            .0
            .get(&Self::key(parent, Language::Zh, zh))
            .map(|l| (Language::Zh, l.clone()));
        zh.or_else(|| {
            let en = en?;
            self.0
                .get(&Self::key(parent, Language::En, en))
                .map(|l| (Language::En, l.clone()))
        })
    }
}

/// An item spec whose own fields are valid, before it is placed in the tree.
struct Checked {
    code: CatalogueCode,
    parent: Option<CatalogueCode>,
    name_zh: String,
    name_en: Option<String>,
    category: Option<CatalogueCategory>,
}

impl Catalogue {
    pub(super) fn decide_command(&self, command: &CatalogueCommand, ctx: &Context) -> Decided {
        use CatalogueCommand as C;
        for (field, label, value, shape) in command.texts() {
            check_no_control_chars(field, label, value, shape)?;
        }
        match command {
            C::Load {
                jurisdiction,
                items,
            } => self.decide_load(jurisdiction, items, ctx),
            _ if !self.exists() => Err(refused(
                "no guidance catalogue (指导性目录) has been loaded for this jurisdiction yet; load one first".to_owned(),
                "本行政区尚未导入指导性目录，请先导入".to_owned(),
            )),
            C::AddItem(spec) => self.decide_add(std::slice::from_ref(spec), false, ctx),
            C::AddItems { items } => self.decide_add(items, true, ctx),
            C::RenameItem {
                code,
                name_zh,
                name_en,
                reason,
            } => self.decide_rename(code, name_zh, name_en.as_deref(), reason, ctx),
            C::RetireItem { code, reason } => self.decide_retire(code, reason, ctx),
            C::ReinstateItem { code, reason } => self.decide_reinstate(code, reason, ctx),
        }
    }

    fn decide_load(
        &self,
        jurisdiction: &Jurisdiction,
        specs: &[ItemSpec],
        ctx: &Context,
    ) -> Decided {
        if let (Some(j), Some(at)) = (&self.jurisdiction, self.loaded_at) {
            let on = crate::calendar::china_date(at);
            return Err(refused(
                format!(
                    "the guidance catalogue (指导性目录) of {j} was already loaded on {on} and has {} items; add further items to it instead of loading it again",
                    self.items.len()
                ),
                format!(
                    "{j} 的指导性目录已于{on}导入，共{}个事项；请在其中增加事项，不要重复导入",
                    self.items.len()
                ),
            ));
        }
        let items = self.plan(specs, true)?;
        Ok(vec![CatalogueEvent::CatalogueLoaded {
            jurisdiction: jurisdiction.clone(),
            items,
            loaded_at: ctx.now,
        }])
    }

    fn decide_add(&self, specs: &[ItemSpec], batch: bool, ctx: &Context) -> Decided {
        Ok(self
            .plan(specs, batch)?
            .into_iter()
            .map(|item| CatalogueEvent::CatalogueItemAdded {
                item,
                added_at: ctx.now,
            })
            .collect())
    }

    /// Checks `specs` against the catalogue and against each other, and returns them as they
    /// will be recorded, in code order. All or none: one bad item refuses the whole command.
    fn plan(&self, specs: &[ItemSpec], batch: bool) -> Result<Vec<NewItem>, DomainError> {
        if specs.is_empty() {
            return Err(invalid(
                "items",
                "no items were given; give at least one catalogue item (目录条目)".to_owned(),
                "未填写目录事项，请至少填写一个".to_owned(),
            ));
        }
        if specs.len() > MAX_ITEMS {
            return Err(invalid(
                "items",
                format!(
                    "{} items were given; at most {MAX_ITEMS} are accepted at once, send the rest in further batches",
                    specs.len()
                ),
                format!(
                    "本次填写了{}个事项；每次最多{MAX_ITEMS}个，其余请分批提交",
                    specs.len()
                ),
            ));
        }
        let mut checked = specs
            .iter()
            .map(|spec| check_spec(spec, batch))
            .collect::<Result<Vec<_>, _>>()?;
        // A list exported from a spreadsheet comes in whatever order it was sorted by. The
        // codes say where each item goes, and code order puts every parent before its
        // children, so sorting is all a valid tree needs; a missing parent is still refused.
        checked.sort_by(|a, b| a.code.cmp(&b.code));
        let mut placed: BTreeMap<CatalogueCode, NewItem> = BTreeMap::new();
        let mut taken = TakenNames::default();
        for item in checked {
            let new = self.place(item, &placed, &taken, batch)?;
            taken.insert(&new);
            placed.insert(new.code.clone(), new);
        }
        Ok(placed.into_values().collect())
    }

    /// Puts one checked item into the tree formed by the catalogue and the items of the same
    /// command placed before it.
    fn place(
        &self,
        item: Checked,
        placed: &BTreeMap<CatalogueCode, NewItem>,
        taken: &TakenNames,
        batch: bool,
    ) -> Result<NewItem, DomainError> {
        let code = &item.code;
        if let Some(existing) = self.items.get(code) {
            let label = existing.label();
            return Err(match &existing.status {
                ItemStatus::Active => refused(
                    format!("code {code} is already used by the item {label}; choose another code"),
                    format!("编码 {code} 已由事项 {label} 使用，请另选编码"),
                ),
                ItemStatus::Retired { on, .. } => refused(
                    format!(
                        "code {code} was used by the item {label}, retired on {on}; a retired code is never given to another item, choose another code"
                    ),
                    format!(
                        "编码 {code} 曾由事项 {label} 使用，该事项已于{on}停用；停用事项的编码不再分配给其他事项，请另选编码"
                    ),
                ),
            });
        }
        if placed.contains_key(code) {
            return Err(invalid(
                spec_field(batch, "code"),
                format!(
                    "code {code} is given to more than one of the items; each code names one item"
                ),
                format!("编码 {code} 被填写给了多个事项；一个编码只对应一个事项"),
            ));
        }
        let parent_category = match &item.parent {
            None => None,
            Some(p) => Some(self.parent_category(p, code, placed, batch)?),
        };
        let category = match (parent_category, item.category) {
            (None, Some(c)) | (Some(c), None) => c,
            (None, None) => {
                return Err(invalid(
                    spec_field(batch, "category"),
                    format!(
                        "item {code} is a top-level item (一级目录) and needs a category: PUBLIC_SERVICE (基本公共服务) or AUXILIARY (履职辅助性服务)"
                    ),
                    format!("目录事项 {code} 是一级目录，须选择类别：基本公共服务或履职辅助性服务"),
                ));
            }
            (Some(p), Some(c)) if p == c => c,
            (Some(p), Some(c)) => {
                return Err(invalid(
                    spec_field(batch, "category"),
                    format!(
                        "item {code} is given the category {c} ({}), but it sits under an item of category {p} ({}) and an item has its parent's category; leave the category out or give {p}",
                        c.label_zh(),
                        p.label_zh()
                    ),
                    format!(
                        "目录事项 {code} 填写的类别为“{}”，但其上级事项的类别为“{}”，事项应与上级类别相同；请不填类别或填写“{}”",
                        c.label_zh(),
                        p.label_zh(),
                        p.label_zh()
                    ),
                ));
            }
        };
        self.check_sibling_names(
            item.parent.as_ref(),
            code,
            &item.name_zh,
            item.name_en.as_deref(),
            taken,
        )?;
        Ok(NewItem {
            level: code.level(),
            code: item.code,
            parent: item.parent,
            name_zh: item.name_zh,
            name_en: item.name_en,
            category,
        })
    }

    fn parent_category(
        &self,
        parent: &CatalogueCode,
        code: &CatalogueCode,
        placed: &BTreeMap<CatalogueCode, NewItem>,
        batch: bool,
    ) -> Result<CatalogueCategory, DomainError> {
        if let Some(p) = self.items.get(parent) {
            return match &p.status {
                ItemStatus::Active => Ok(p.category),
                ItemStatus::Retired { on, .. } => Err(refused(
                    format!(
                        "item {code} cannot be added under {}, which was retired on {on}; items go only under active items",
                        p.label()
                    ),
                    format!(
                        "目录事项 {code} 不能增加在 {} 之下，该事项已于{on}停用；只能在有效事项下增加",
                        p.label()
                    ),
                )),
            };
        }
        if let Some(p) = placed.get(parent) {
            return Ok(p.category);
        }
        let (where_, where_zh) = if batch {
            (
                "neither in the catalogue nor among the items given",
                "既不在目录中，也不在本次填写的事项中",
            )
        } else {
            ("not in the catalogue", "不在目录中")
        };
        Err(refused(
            format!("the parent {parent} of item {code} is {where_}; add the parent first"),
            format!("目录事项 {code} 的上级事项 {parent} {where_zh}，请先增加上级事项"),
        ))
    }

    /// Names are unique among the active items of one parent: two active services called the
    /// same cannot be told apart in a procurement notice. Retired siblings keep their names
    /// and do not block a new item from taking one.
    fn check_sibling_names(
        &self,
        parent: Option<&CatalogueCode>,
        this: &CatalogueCode,
        name_zh: &str,
        name_en: Option<&str>,
        taken: &TakenNames,
    ) -> Result<(), DomainError> {
        let recorded = self
            .siblings(parent)
            .filter(|s| s.is_active() && &s.code != this)
            .find_map(|s| {
                if s.name_zh == name_zh {
                    Some((Language::Zh, s.label()))
                } else if let (Some(en), Some(name_en)) = (&s.name_en, name_en)
                    && same_en(en, name_en)
                {
                    Some((Language::En, s.label()))
                } else {
                    None
                }
            });
        let Some((language, label)) = recorded.or_else(|| taken.find(parent, name_zh, name_en))
        else {
            return Ok(());
        };
        let (which, which_zh, name) = match language {
            Language::Zh => ("Chinese", "中文名称", name_zh),
            Language::En => ("English", "英文名称", name_en.unwrap_or_default()),
        };
        let (under, under_zh) = match parent {
            Some(p) => (format!("under {p}"), format!("{p} 之下")),
            None => ("at the top level".to_owned(), "一级目录中".to_owned()),
        };
        Err(refused(
            format!(
                "the {which} name '{name}' of {this} is already used by the active item {label} {under}; the items under one parent need different names"
            ),
            format!(
                "目录事项 {this} 的{which_zh}“{name}”已被{under_zh}的有效事项 {label} 使用；同一上级下的事项名称不得相同"
            ),
        ))
    }

    fn find(&self, code: &CatalogueCode) -> Result<&CatalogueItem, DomainError> {
        self.items.get(code).ok_or_else(|| {
            let j = self
                .jurisdiction
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default();
            refused(
                format!("there is no item {code} in the guidance catalogue (指导性目录) of {j}"),
                format!("{j} 的指导性目录中没有事项 {code}"),
            )
        })
    }

    fn decide_rename(
        &self,
        code: &CatalogueCode,
        name_zh: &str,
        name_en: Option<&str>,
        reason: &str,
        ctx: &Context,
    ) -> Decided {
        let whose = format!("item {code}");
        let new_zh = check_name_zh("nameZh", &whose, name_zh)?;
        let new_en = check_name_en("nameEn", &whose, name_en)?;
        let reason = check_reason(reason, ("renaming an item", "目录事项更名"))?;
        let item = self.find(code)?;
        if let ItemStatus::Retired { on, .. } = &item.status {
            return Err(refused(
                format!(
                    "{} was retired on {on} and cannot be renamed; reinstate it first if it is to be used again",
                    item.label()
                ),
                format!(
                    "{} 已于{on}停用，不能更名；如需继续使用，请先恢复",
                    item.label()
                ),
            ));
        }
        if new_zh == item.name_zh && new_en == item.name_en {
            return Err(refused(
                format!(
                    "renaming {} changes nothing: it is already called '{new_zh}' in Chinese and {} in English",
                    item.label(),
                    new_en
                        .as_deref()
                        .map_or("nothing".to_owned(), |n| format!("'{n}'"))
                ),
                format!(
                    "{} 更名前后相同：中文名称已是“{new_zh}”，英文名称已是{}",
                    item.label(),
                    new_en
                        .as_deref()
                        .map_or("空".to_owned(), |n| format!("“{n}”"))
                ),
            ));
        }
        self.check_sibling_names(
            item.parent.as_ref(),
            code,
            &new_zh,
            new_en.as_deref(),
            &TakenNames::default(),
        )?;
        Ok(vec![CatalogueEvent::CatalogueItemRenamed {
            code: code.clone(),
            old_name_zh: item.name_zh.clone(),
            old_name_en: item.name_en.clone(),
            new_name_zh: new_zh,
            new_name_en: new_en,
            reason,
            renamed_at: ctx.now,
        }])
    }

    fn decide_retire(&self, code: &CatalogueCode, reason: &str, ctx: &Context) -> Decided {
        let reason = check_reason(reason, ("retiring an item", "停用目录事项"))?;
        let item = self.find(code)?;
        if let ItemStatus::Retired { on, .. } = &item.status {
            return Err(refused(
                format!("{} was already retired on {on}", item.label()),
                format!("{} 已于{on}停用", item.label()),
            ));
        }
        let active: Vec<String> = self
            .children(code)
            .filter(|c| c.is_active())
            .map(CatalogueItem::label)
            .collect();
        if !active.is_empty() {
            const SHOWN: usize = 5;
            let shown = active.iter().take(SHOWN).cloned().collect::<Vec<_>>();
            let (mut list, mut list_zh) = (shown.join(", "), shown.join("、"));
            if active.len() > SHOWN {
                list.push_str(&format!(" and {} more", active.len() - SHOWN));
                list_zh.push_str(&format!("等{}个", active.len()));
            }
            return Err(refused(
                format!(
                    "{} still has {} active item(s) under it ({list}); retire those first",
                    item.label(),
                    active.len()
                ),
                format!(
                    "{} 下还有{}个有效事项（{list_zh}），请先停用这些事项",
                    item.label(),
                    active.len()
                ),
            ));
        }
        Ok(vec![CatalogueEvent::CatalogueItemRetired {
            code: code.clone(),
            on: ctx.today(),
            reason,
            retired_at: ctx.now,
        }])
    }

    fn decide_reinstate(&self, code: &CatalogueCode, reason: &str, ctx: &Context) -> Decided {
        let reason = check_reason(reason, ("reinstating an item", "恢复目录事项"))?;
        let item = self.find(code)?;
        if item.is_active() {
            return Err(refused(
                format!("{} is active; there is nothing to reinstate", item.label()),
                format!("{} 是有效事项，无需恢复", item.label()),
            ));
        }
        if let Some(parent) = item.parent.as_ref().and_then(|p| self.items.get(p))
            && !parent.is_active()
        {
            return Err(refused(
                format!(
                    "{} sits under {}, which is retired too; reinstate the parent first",
                    item.label(),
                    parent.label()
                ),
                format!(
                    "{} 的上级事项 {} 也已停用，请先恢复上级事项",
                    item.label(),
                    parent.label()
                ),
            ));
        }
        self.check_sibling_names(
            item.parent.as_ref(),
            code,
            &item.name_zh,
            item.name_en.as_deref(),
            &TakenNames::default(),
        )
        .map_err(|e| {
            refused(
                format!(
                    "{} cannot come back under its old names: {}; rename or retire that item first",
                    item.label(),
                    e.message()
                ),
                format!(
                    "{} 不能以原名称恢复：{}；请先将该事项更名或停用",
                    item.label(),
                    e.message_zh().unwrap_or(e.message())
                ),
            )
        })?;
        Ok(vec![CatalogueEvent::CatalogueItemReinstated {
            code: code.clone(),
            on: ctx.today(),
            reason,
            reinstated_at: ctx.now,
        }])
    }
}

/// The checks of one spec that need nothing but the spec.
fn check_spec(spec: &ItemSpec, batch: bool) -> Result<Checked, DomainError> {
    let code = &spec.code;
    if let Some((message, zh)) = parent_mismatch(code, spec.parent.as_ref()) {
        return Err(invalid(spec_field(batch, "parent"), message, zh));
    }
    let whose = format!("item {code}");
    Ok(Checked {
        code: code.clone(),
        parent: spec.parent.clone(),
        name_zh: check_name_zh(spec_field(batch, "nameZh"), &whose, &spec.name_zh)?,
        name_en: check_name_en(spec_field(batch, "nameEn"), &whose, spec.name_en.as_deref())?,
        category: spec.category,
    })
}

/// Why `given` is not the parent `code` names, if it is not (in English and in Chinese).
fn parent_mismatch(
    code: &CatalogueCode,
    given: Option<&CatalogueCode>,
) -> Option<(String, String)> {
    let expected = code.parent();
    Some(match (given, &expected) {
        (None, None) => return None,
        (Some(g), Some(p)) if g == p => return None,
        (None, Some(p)) => (
            format!(
                "item {code} is a level-{} item; give its parent, {p}",
                code.level()
            ),
            format!(
                "目录事项 {code} 是{}级事项，请填写其上级事项 {p}",
                level_zh(code.level())
            ),
        ),
        (Some(g), None) => (
            format!(
                "item {code} is a top-level item (一级目录) and has no parent, but {g} was given as its parent"
            ),
            format!("目录事项 {code} 是一级目录，没有上级事项，但填写了上级事项 {g}"),
        ),
        (Some(g), Some(p)) => (
            format!(
                "item {code} belongs under {p} (its code without the last two digits), not under {g}"
            ),
            format!("目录事项 {code} 应在 {p}（去掉编码末两位）之下，而不是 {g} 之下"),
        ),
    })
}

/// 一, 二, 三, 四: the levels of a catalogue as its tables name them (一级目录 …).
fn level_zh(level: u8) -> &'static str {
    match level {
        1 => "一",
        2 => "二",
        3 => "三",
        _ => "四",
    }
}
