//! Community menu ordering (点单, 民生微实事): a jurisdiction's menu and the orders of its
//! communities, each step with its public notice.
//!
//! Who may do what: the menu and the orders are public (every step of 民生微实事 is published:
//! 公示), so anyone reads them, signed in or not; their history (`recordTimeline(stream:
//! "menu-…" | "menuorder-…")`) is for signed-in users, as every record's. The bureau keeps the
//! menu: administrators and the jurisdiction's registrars (civil-affairs staff), as for the
//! guidance catalogue. A community orders with a purchaser's token issued for its unit
//! (社区工作站): it collects the needs, records its residents' council's review, implements
//! the decided order and accepts it; the decision (政府配菜, the government funds it) is the
//! bureau's, a registrar's of the order's jurisdiction or an administrator's.

use async_graphql::connection::Connection;
use async_graphql::{ComplexObject, Context, Enum, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use civic_domain::catalogue::ItemStatus;
use civic_domain::error::rules;
use civic_domain::menu::{Community, Implementation, MenuItemDetails, MenuItemSpec, OrderLineSpec};
use civic_domain::{
    CatalogueCode, CatalogueItem, DomainError, ItemSpec, Jurisdiction, Menu, MenuCommand,
    MenuOrder, MenuOrderCommand, Money,
};
use civic_projections::menu::{self as rm, MenuOrderFilter, MenuOrderPage};
use uuid::Uuid;

use super::catalogue::CatalogueItemStatus;
use super::command::{CommandInput, Commanded, Mutation, Payload, run};
use super::errors::{Gql, forbidden, wrong_role};
use super::procurement::{acts_for_unit, purchaser_scope};
use super::scalars::{Date, DateTimeScalar};
use super::types::TotalCount;
use super::{Viewer, ledger, viewer};
use crate::auth::{Claims, Role};
use crate::ledger::{LedgerError, Outcome, Said};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::MenuItemType")]
pub enum MenuItemType {
    /// 工程类
    Works,
    /// 服务类
    Services,
    /// 货物类
    Goods,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::MenuOrderStatus")]
pub enum MenuOrderStatus {
    /// 需求已收集: awaiting the residents' council.
    NeedsCollected,
    /// 议事会已通过: awaiting the decision.
    CouncilApproved,
    /// 议事会未通过: the order ends here.
    Rejected,
    /// 已决策: awaiting implementation.
    Decided,
    /// 实施中: bought through a procurement or filed as a project application.
    Implementing,
    /// 已验收
    Accepted,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::menu::MenuStep")]
pub enum MenuStep {
    /// 收集需求
    CollectNeeds,
    /// 居民议事会审议
    CouncilReview,
    /// 决策
    Decide,
    /// 实施
    Implement,
    /// 验收
    Accept,
}

/// An entry of a menu: a category (level 1) or an item under it (level 2, with its type and
/// the needs it answers).
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct MenuItemView {
    /// e.g. "A01": a letter per category, two digits per item.
    pub code: String,
    pub parent: Option<String>,
    pub level: u8,
    pub name_zh: String,
    pub name_en: Option<String>,
    /// Null for a category.
    pub item_type: Option<MenuItemType>,
    /// The community needs the item answers; empty for a category.
    pub needs: Vec<String>,
    /// Orders may name it (ACTIVE) or no longer (RETIRED).
    pub status: CatalogueItemStatus,
    pub retired_on: Option<Date>,
    pub retired_reason: Option<String>,
    pub added_at: DateTimeScalar,
    /// The menu's jurisdiction and the instant the entry is read for, whose policy gives the
    /// cap (`capFen`).
    #[graphql(skip)]
    pub read_in: (String, DateTime<Utc>),
}

#[ComplexObject]
impl MenuItemView {
    /// The most one order may name for this item (MENU-CAP): the cap of its type under the
    /// jurisdiction's policy at the instant read (now, or `menuAsOf`'s), so a community sees
    /// the limit before it orders; null for a category or where the policy sets none.
    async fn cap_fen(&self, ctx: &Context<'_>) -> Option<i64> {
        let item_type: civic_domain::MenuItemType = self.item_type?.into();
        let (jurisdiction, at) = &self.read_in;
        let policy = ledger(ctx).policy_for(Some(jurisdiction), *at);
        civic_domain::menu::cap_of(&policy, item_type).map(Money::fen)
    }
}

impl MenuItemView {
    fn new(
        item: &CatalogueItem,
        details: Option<&MenuItemDetails>,
        read_in: (String, DateTime<Utc>),
    ) -> Self {
        let (status, on, reason) = match &item.status {
            ItemStatus::Active => (CatalogueItemStatus::Active, None, None),
            ItemStatus::Retired { on, reason } => (
                CatalogueItemStatus::Retired,
                Some(Date(*on)),
                Some(reason.clone()),
            ),
        };
        MenuItemView {
            code: item.code.as_str().to_owned(),
            parent: item.parent.as_ref().map(|p| p.as_str().to_owned()),
            level: item.level,
            name_zh: item.name_zh.clone(),
            name_en: item.name_en.clone(),
            item_type: details.map(|d| d.item_type.into()),
            needs: details.map(|d| d.needs.clone()).unwrap_or_default(),
            status,
            retired_on: on,
            retired_reason: reason,
            added_at: DateTimeScalar(item.added_at),
            read_in,
        }
    }
}

/// A jurisdiction's menu (服务菜单), as it stands or stood.
#[derive(SimpleObject)]
pub struct MenuView {
    pub jurisdiction: String,
    /// The menu's version: an order records the version it was placed against; send it back
    /// as `expectedVersion`.
    pub version: u64,
    pub loaded_at: Option<DateTimeScalar>,
    /// Categories and items, retired ones included, in code order (each category followed by
    /// its items).
    pub items: Vec<MenuItemView>,
}

impl MenuView {
    fn new(menu: &Menu, version: u64, at: DateTime<Utc>) -> Self {
        let jurisdiction = menu
            .jurisdiction()
            .map(|j| j.as_str().to_owned())
            .unwrap_or_default();
        MenuView {
            version,
            loaded_at: menu.tree.loaded_at.map(DateTimeScalar),
            items: menu
                .entries()
                .map(|(item, d)| MenuItemView::new(item, d, (jurisdiction.clone(), at)))
                .collect(),
            jurisdiction,
        }
    }
}

/// What every menu mutation answers: named per mutation in the SDL.
#[derive(SimpleObject)]
#[graphql(name = "MenuCommandOutcome")]
pub struct MenuOutcome {
    pub jurisdiction: String,
    pub version: u64,
    pub position: u64,
    /// Categories and items, retired ones included.
    pub item_count: u64,
    /// The entry the command concerns, as it now stands (null for a load).
    pub item: Option<MenuItemView>,
}

#[derive(SimpleObject)]
pub struct CommunityView {
    /// The community's unit, as its purchaser token names it.
    pub unit_id: Uuid,
    pub name: String,
}

#[derive(SimpleObject)]
pub struct MenuOrderLineView {
    pub code: String,
    /// The item's names as the menu gave them when the order was placed.
    pub name_zh: String,
    pub name_en: Option<String>,
    pub item_type: MenuItemType,
    pub amount_fen: i64,
    /// The needs the community stated for the item.
    pub needs: String,
    /// The cap of the item's type that applied (MENU-CAP); null where none is set.
    pub cap_fen: Option<i64>,
}

#[derive(SimpleObject)]
pub struct PublicNoticeView {
    pub step: MenuStep,
    pub step_zh: String,
    pub text: String,
    pub at: DateTimeScalar,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ImplementationKind {
    /// Bought through a procurement of the ledger.
    Procurement,
    /// Filed as a project application (项目申报).
    ProjectApplication,
}

#[derive(SimpleObject)]
pub struct ImplementationView {
    pub by: ImplementationKind,
    pub procurement_id: Option<Uuid>,
    pub reference: Option<String>,
}

/// A community's order from the menu, with every step's public notice.
#[derive(SimpleObject)]
pub struct MenuOrderView {
    pub id: Uuid,
    /// The version to send back as `expectedVersion`.
    pub version: u64,
    pub position: u64,
    pub jurisdiction: String,
    pub community: CommunityView,
    pub title: String,
    pub status: MenuOrderStatus,
    pub status_zh: String,
    pub total_fen: i64,
    /// The menu's version the items were checked against.
    pub menu_version: u64,
    pub lines: Vec<MenuOrderLineView>,
    /// One per step taken, in order.
    pub notices: Vec<PublicNoticeView>,
    pub council_approved: Option<bool>,
    pub council_reason: Option<String>,
    pub implementation: Option<ImplementationView>,
    /// The completed contract the order was accepted on.
    pub contract_id: Option<Uuid>,
    pub collected_at: Option<DateTimeScalar>,
    pub updated_at: Option<DateTimeScalar>,
}

impl MenuOrderView {
    /// An order's view; every order in the ledger has its needs collected (the first step
    /// opens it), so the defaults below are never shown.
    fn new(o: MenuOrder, version: u64, position: u64) -> Self {
        let status = o
            .status
            .unwrap_or(civic_domain::MenuOrderStatus::NeedsCollected);
        let community = o.community.clone().unwrap_or(Community {
            unit_id: Uuid::nil(),
            name: String::new(),
        });
        MenuOrderView {
            id: o.id.unwrap_or_default(),
            version,
            position,
            jurisdiction: o
                .jurisdiction
                .as_ref()
                .map(|j| j.as_str().to_owned())
                .unwrap_or_default(),
            community: CommunityView {
                unit_id: community.unit_id,
                name: community.name,
            },
            title: o.title.clone(),
            status: status.into(),
            status_zh: status.label_zh().to_owned(),
            total_fen: o.total().fen(),
            menu_version: o.menu_version,
            lines: o
                .lines
                .iter()
                .map(|l| MenuOrderLineView {
                    code: l.code.as_str().to_owned(),
                    name_zh: l.name_zh.clone(),
                    name_en: l.name_en.clone(),
                    item_type: l.item_type.into(),
                    amount_fen: l.amount.fen(),
                    needs: l.needs.clone(),
                    cap_fen: l.cap.map(Money::fen),
                })
                .collect(),
            notices: o
                .notices
                .iter()
                .map(|n| PublicNoticeView {
                    step: n.step.into(),
                    step_zh: n.step.label_zh().to_owned(),
                    text: n.text.clone(),
                    at: DateTimeScalar(n.at),
                })
                .collect(),
            council_approved: o.council_approved,
            council_reason: o.council_reason.clone(),
            implementation: o.implementation.as_ref().map(|i| match i {
                Implementation::Procurement { procurement_id } => ImplementationView {
                    by: ImplementationKind::Procurement,
                    procurement_id: Some(*procurement_id),
                    reference: None,
                },
                Implementation::ProjectApplication { reference } => ImplementationView {
                    by: ImplementationKind::ProjectApplication,
                    procurement_id: None,
                    reference: Some(reference.clone()),
                },
            }),
            contract_id: o.contract_id,
            collected_at: o.collected_at.map(DateTimeScalar),
            updated_at: o.updated_at.map(DateTimeScalar),
        }
    }
}

fn jurisdiction(field: &'static str, j: &str) -> Result<Jurisdiction> {
    Jurisdiction::parse(j.trim())
        .map_err(|e| e.in_field(field))
        .gql()
}

fn code(field: &'static str, c: &str) -> Result<CatalogueCode> {
    CatalogueCode::parse(c.trim())
        .map_err(|e| e.in_field(field))
        .gql()
}

fn money(field: &'static str, fen: i64) -> Result<Money> {
    Money::from_fen(fen).map_err(|e| e.in_field(field)).gql()
}

#[derive(InputObject, Default)]
pub struct MenuOrderFilterInput {
    pub jurisdiction: Option<String>,
    pub status: Option<MenuOrderStatus>,
    /// The ordering community's unit.
    pub community_unit: Option<Uuid>,
    /// The procurement that implements the orders.
    pub procurement_id: Option<Uuid>,
}

fn connection(page: MenuOrderPage, after: bool) -> Connection<String, MenuOrderView, TotalCount> {
    super::types::connection(page, after, |row| {
        MenuOrderView::new(row.state, row.version, row.position)
    })
}

#[derive(Default)]
pub struct MenuQuery;

#[Object]
impl MenuQuery {
    /// A jurisdiction's menu (服务菜单) as it stands; null if none was loaded. Public.
    async fn menu(&self, ctx: &Context<'_>, jurisdiction: String) -> Result<Option<MenuView>> {
        let j = self::jurisdiction("jurisdiction", &jurisdiction)?;
        let found = ledger(ctx).load::<Menu>(&j).await.gql()?;
        Ok(found.map(|o| MenuView::new(&o.state, o.version, Utc::now())))
    }

    /// A jurisdiction's menu as it stood at an instant (its version then); null if it was not
    /// loaded yet. Public.
    async fn menu_as_of(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
        at: DateTimeScalar,
    ) -> Result<Option<MenuView>> {
        let j = self::jurisdiction("jurisdiction", &jurisdiction)?;
        let found = ledger(ctx).as_of::<Menu>(&j, at.0).await.gql()?;
        Ok(found.map(|o| MenuView::new(&o.state, o.version, at.0)))
    }

    /// One entry of a jurisdiction's menu by its code; null if there is none. Public.
    async fn menu_item(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
        code: String,
    ) -> Result<Option<MenuItemView>> {
        let j = self::jurisdiction("jurisdiction", &jurisdiction)?;
        let code = self::code("code", &code)?;
        let found = ledger(ctx).load::<Menu>(&j).await.gql()?;
        Ok(found.and_then(|o| {
            o.state
                .entry(&code)
                .map(|(item, d)| MenuItemView::new(item, d, (j.as_str().to_owned(), Utc::now())))
        }))
    }

    /// One order by id, with its lines and notices; null if there is none. Public.
    async fn menu_order(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<MenuOrderView>> {
        let row = rm::order(ledger(ctx).read_models(), id).await.gql()?;
        Ok(row.map(|r| MenuOrderView::new(r.state, r.version, r.position)))
    }

    /// Orders in the order they were placed, narrowed by each filter given; at most 100 a
    /// page. Public.
    async fn menu_orders(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] filter: MenuOrderFilterInput,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, MenuOrderView, TotalCount>> {
        let first = super::list_page_size(first)?;
        let list = MenuOrderFilter {
            jurisdiction: filter
                .jurisdiction
                .as_deref()
                .map(|j| jurisdiction("jurisdiction", j).map(|j| j.as_str().to_owned()))
                .transpose()?,
            status: filter.status.map(Into::into),
            community_unit: filter.community_unit,
            procurement: filter.procurement_id,
        };
        let page = rm::list(ledger(ctx).read_models(), &list, first, after.as_deref())
            .await
            .gql()?;
        Ok(connection(page, after.is_some()))
    }
}

// ---------------------------------------------------------------------------------------------
// The menu's commands
// ---------------------------------------------------------------------------------------------

/// The menu's stream is its jurisdiction, named in the input: administrators anywhere,
/// registrars of this very jurisdiction.
impl Commanded for Menu {
    type View = MenuOutcome;

    fn issuer(viewer: &Viewer, jurisdiction: &str, _: &MenuCommand) -> Result<Claims> {
        let c = viewer.signed_in("changing a menu")?;
        match c.role {
            Role::Admin => Ok(c.clone()),
            Role::Registrar if c.jurisdiction.as_deref() == Some(jurisdiction) => Ok(c.clone()),
            Role::Registrar => {
                let yours = c.jurisdiction.as_deref().unwrap_or("no jurisdiction");
                Err(forbidden(Said::new(
                    format!(
                        "the menu (服务菜单) of {jurisdiction} is kept by its own registrars; your token acts for {yours}"
                    ),
                    format!(
                        "{jurisdiction} 的服务菜单由该区划的登记管理人员维护，您的令牌代表的是 {yours}"
                    ),
                )))
            }
            other => Err(wrong_role(
                "the menu (服务菜单) is kept by the civil-affairs bureau: administrators and the jurisdiction's registrars",
                "服务菜单由民政部门维护：系统管理员或本区划登记管理人员",
                other,
            )),
        }
    }

    fn view(
        outcome: Outcome<Menu>,
        jurisdiction: &str,
        command: &MenuCommand,
        _: &Viewer,
    ) -> MenuOutcome {
        use MenuCommand as C;
        let item = match command {
            C::AddItem(spec) => Some(&spec.spec.code),
            C::RenameItem { code, .. }
            | C::RetireItem { code, .. }
            | C::ReinstateItem { code, .. } => Some(code),
            C::Load { .. } => None,
        };
        MenuOutcome {
            jurisdiction: jurisdiction.to_owned(),
            version: outcome.version,
            position: outcome.position,
            item_count: outcome.state.tree.items.len() as u64,
            item: item
                .and_then(|c| outcome.state.entry(c))
                .map(|(item, d)| MenuItemView::new(item, d, (jurisdiction.to_owned(), Utc::now()))),
        }
    }
}

pub type MenuPayload<M> = Payload<Menu, M>;
pub type MenuOrderPayload<M> = Payload<MenuOrder, M>;

macro_rules! mutations {
    ($($name:ident => $payload:literal),* $(,)?) => {
        $(
            pub enum $name {}
            impl Mutation for $name {
                const PAYLOAD: &'static str = $payload;
            }
        )*
    };
}

mutations! {
    LoadDefaultMenu => "LoadDefaultMenuPayload",
    AddMenuItem => "AddMenuItemPayload",
    RenameMenuItem => "RenameMenuItemPayload",
    RetireMenuItem => "RetireMenuItemPayload",
    ReinstateMenuItem => "ReinstateMenuItemPayload",
    CollectMenuOrderNeeds => "CollectMenuOrderNeedsPayload",
    ReviewMenuOrder => "ReviewMenuOrderPayload",
    DecideMenuOrder => "DecideMenuOrderPayload",
    ImplementMenuOrder => "ImplementMenuOrderPayload",
    AcceptMenuOrder => "AcceptMenuOrderPayload",
}

#[derive(InputObject)]
pub struct LoadDefaultMenuInput {
    /// GB/T 2260 code of the jurisdiction whose menu this is.
    pub jurisdiction: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct AddMenuItemInput {
    pub jurisdiction: String,
    /// A letter for a category (`K`), the category's letter and two digits for an item (`K01`).
    pub code: String,
    pub name_zh: String,
    pub name_en: Option<String>,
    /// Required for an item, left out for a category.
    #[graphql(name = "type")]
    pub item_type: Option<MenuItemType>,
    /// The community needs an item answers (1 to 10); left out for a category.
    #[graphql(default)]
    pub needs: Vec<String>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct RenameMenuItemInput {
    pub jurisdiction: String,
    pub code: String,
    pub name_zh: String,
    /// Omit to leave the entry without an English name.
    pub name_en: Option<String>,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// Retires or reinstates one entry, with the reason it records.
#[derive(InputObject)]
pub struct MenuItemReasonInput {
    pub jurisdiction: String,
    pub code: String,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

// ---------------------------------------------------------------------------------------------
// The orders' commands
// ---------------------------------------------------------------------------------------------

#[derive(InputObject)]
pub struct MenuOrderLineInput {
    /// An item of the menu (not a category), not retired.
    pub code: String,
    /// Within the cap of the item's type (MENU-CAP).
    pub amount_fen: i64,
    /// The needs the community states for the item, as collected from residents.
    pub needs: String,
}

#[derive(InputObject)]
pub struct CollectMenuOrderNeedsInput {
    /// The order's jurisdiction; the token's own when left out.
    pub jurisdiction: Option<String>,
    /// The community's name as its notices print it; its unit is the token's.
    pub community_name: String,
    pub title: String,
    pub lines: Vec<MenuOrderLineInput>,
    /// The public notice (公示) of the needs collected.
    pub notice: String,
    /// Makes a retry safe: the same id returns the first outcome and writes nothing.
    pub command_id: Option<Uuid>,
}

#[derive(InputObject)]
pub struct ReviewMenuOrderInput {
    pub order_id: Uuid,
    /// Whether the residents' council (居民议事会) approved the order.
    pub approved: bool,
    pub reason: String,
    pub notice: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct MenuOrderStepInput {
    pub order_id: Uuid,
    pub notice: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct ImplementMenuOrderInput {
    pub order_id: Uuid,
    /// The procurement of the ledger that buys the order's items; or give
    /// `projectApplication` instead.
    pub procurement_id: Option<Uuid>,
    /// The reference of the project application (项目申报) it was filed as.
    pub project_application: Option<String>,
    pub notice: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// The decision (政府配菜) is the bureau's: a registrar (of a jurisdiction covering the
/// order's, checked on the loaded order) or an administrator. Every other step is the
/// ordering community's, with a purchaser's token for its unit.
impl Commanded for MenuOrder {
    type View = MenuOrderView;

    fn issuer(viewer: &Viewer, _id: &str, command: &MenuOrderCommand) -> Result<Claims> {
        let c = viewer.signed_in("acting on a menu order")?;
        match command {
            MenuOrderCommand::Decide { .. } => match c.role {
                Role::Admin | Role::Registrar => {}
                other => {
                    return Err(wrong_role(
                        "the decision on a menu order (决策) is the civil-affairs bureau's: a registrar's or an administrator's",
                        "点单的决策由民政部门作出：登记管理人员或系统管理员",
                        other,
                    ));
                }
            },
            MenuOrderCommand::CollectNeeds {
                community,
                jurisdiction,
                ..
            } => acts_for_unit(
                c,
                ("menu order", "点单"),
                (community.unit_id, &community.name),
                jurisdiction,
            )
            .map_err(forbidden)?,
            MenuOrderCommand::ReviewByCouncil { .. }
            | MenuOrderCommand::Implement { .. }
            | MenuOrderCommand::Accept { .. } => {
                purchaser_scope(c).map_err(|m| {
                    forbidden(m.prefixed(
                        "a menu order's steps are its community's",
                        "点单的各步骤由提出点单的社区办理",
                    ))
                })?;
            }
        }
        Ok(c.clone())
    }

    fn authorise(
        viewer: &Viewer,
        state: &MenuOrder,
        command: &MenuOrderCommand,
    ) -> Result<(), LedgerError> {
        let (Some(c), Some(community), Some(of)) = (
            viewer.0.as_ref(),
            state.community.as_ref(),
            state.jurisdiction.as_ref(),
        ) else {
            return Ok(());
        };
        match (command, c.role) {
            (MenuOrderCommand::CollectNeeds { .. }, _) | (_, Role::Admin) => Ok(()),
            (MenuOrderCommand::Decide { .. }, _) => {
                let covers = c
                    .jurisdiction
                    .as_deref()
                    .and_then(|j| Jurisdiction::parse(j).ok())
                    .is_some_and(|j| j.covers(of));
                if covers {
                    Ok(())
                } else {
                    let yours = c.jurisdiction.as_deref().unwrap_or("no jurisdiction");
                    Err(LedgerError::Forbidden(Said::new(
                        format!(
                            "this menu order belongs to jurisdiction {of}; your token acts for {yours}"
                        ),
                        format!("该点单属于行政区划 {of}，您的令牌代表的是 {yours}"),
                    )))
                }
            }
            _ => acts_for_unit(
                c,
                ("menu order", "点单"),
                (community.unit_id, &community.name),
                of,
            )
            .map_err(LedgerError::Forbidden),
        }
    }

    fn view(
        outcome: Outcome<MenuOrder>,
        _id: &str,
        _command: &MenuOrderCommand,
        _viewer: &Viewer,
    ) -> MenuOrderView {
        MenuOrderView::new(outcome.state, outcome.version, outcome.position)
    }
}

#[derive(Default)]
pub struct MenuMutation;

#[Object]
impl MenuMutation {
    /// Opens a jurisdiction's menu with the sample shipped with the ledger
    /// (catalogue/service-menu.json: 10 categories, 40 items). Once only: later entries are
    /// added one by one.
    async fn load_default_menu(
        &self,
        ctx: &Context<'_>,
        input: LoadDefaultMenuInput,
    ) -> Result<MenuPayload<LoadDefaultMenu>> {
        let j = jurisdiction("jurisdiction", &input.jurisdiction)?;
        let items = civic_domain::menu::default_items().gql()?;
        let command = MenuCommand::Load {
            jurisdiction: j.clone(),
            items,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Adds a category (a letter) or an item under an active category (with its type and the
    /// needs it answers), with a code never used in this menu.
    async fn add_menu_item(
        &self,
        ctx: &Context<'_>,
        input: AddMenuItemInput,
    ) -> Result<MenuPayload<AddMenuItem>> {
        let j = jurisdiction("jurisdiction", &input.jurisdiction)?;
        let code = code("code", &input.code)?;
        let details = input.item_type.map(|t| MenuItemDetails {
            item_type: t.into(),
            needs: input.needs.clone(),
        });
        if details.is_none() && !input.needs.is_empty() {
            return Err(DomainError::validation_rule(
                "type",
                rules::MENU_ITEM,
                "needs are an item's: give its type too, or leave needs out for a category",
            )
            .zh("需求属于具体项目：请同时填写项目类型；服务类别不填需求"))
            .gql();
        }
        let spec = MenuItemSpec {
            spec: ItemSpec {
                parent: code.parent(),
                code,
                name_zh: input.name_zh,
                name_en: input.name_en,
                category: None,
            },
            details,
        };
        run(ctx, j.as_str(), MenuCommand::AddItem(spec), input.command).await
    }

    /// Sets both names of an entry, with the reason.
    async fn rename_menu_item(
        &self,
        ctx: &Context<'_>,
        input: RenameMenuItemInput,
    ) -> Result<MenuPayload<RenameMenuItem>> {
        let j = jurisdiction("jurisdiction", &input.jurisdiction)?;
        let command = MenuCommand::RenameItem {
            code: code("code", &input.code)?,
            name_zh: input.name_zh,
            name_en: input.name_en,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Retires an entry (a category only once its items are retired): no new order may name
    /// it; orders placed before keep it.
    async fn retire_menu_item(
        &self,
        ctx: &Context<'_>,
        input: MenuItemReasonInput,
    ) -> Result<MenuPayload<RetireMenuItem>> {
        let j = jurisdiction("jurisdiction", &input.jurisdiction)?;
        let command = MenuCommand::RetireItem {
            code: code("code", &input.code)?,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Undoes a retirement; the category must be active.
    async fn reinstate_menu_item(
        &self,
        ctx: &Context<'_>,
        input: MenuItemReasonInput,
    ) -> Result<MenuPayload<ReinstateMenuItem>> {
        let j = jurisdiction("jurisdiction", &input.jurisdiction)?;
        let command = MenuCommand::ReinstateItem {
            code: code("code", &input.code)?,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Step 1 (收集需求): a community orders items of its jurisdiction's menu with the needs
    /// it collected, and publishes them. Each item active (MENU-ITEM) and within its type's cap
    /// (MENU-CAP). With a purchaser's token for the community's unit.
    async fn collect_menu_order_needs(
        &self,
        ctx: &Context<'_>,
        input: CollectMenuOrderNeedsInput,
    ) -> Result<MenuOrderPayload<CollectMenuOrderNeeds>> {
        let c = viewer(ctx).signed_in("ordering from a menu")?;
        let (unit, own) = purchaser_scope(c).map_err(|m| {
            forbidden(m.prefixed(
                "a community orders with its unit's token",
                "社区须使用本单位的令牌点单",
            ))
        })?;
        let jurisdiction = match &input.jurisdiction {
            Some(j) => self::jurisdiction("jurisdiction", j)?,
            None => own,
        };
        let lines = input
            .lines
            .into_iter()
            .map(|l| {
                Ok(OrderLineSpec {
                    code: code("lines.code", &l.code)?,
                    amount: money("lines.amountFen", l.amount_fen)?,
                    needs: l.needs,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let id = Uuid::now_v7();
        let command = MenuOrderCommand::CollectNeeds {
            order_id: id,
            jurisdiction,
            community: Community {
                unit_id: unit,
                name: input.community_name,
            },
            title: input.title,
            lines,
            notice: input.notice,
        };
        run(
            ctx,
            id,
            command,
            CommandInput {
                command_id: input.command_id,
                expected_version: None,
            },
        )
        .await
    }

    /// Step 2 (居民议事会审议): the residents' council's approval or rejection, with its reason
    /// and notice. A rejection ends the order.
    async fn review_menu_order(
        &self,
        ctx: &Context<'_>,
        input: ReviewMenuOrderInput,
    ) -> Result<MenuOrderPayload<ReviewMenuOrder>> {
        let command = MenuOrderCommand::ReviewByCouncil {
            approved: input.approved,
            reason: input.reason,
            notice: input.notice,
        };
        run(ctx, input.order_id, command, input.command).await
    }

    /// Step 3 (决策): the bureau decides to fund the approved order.
    async fn decide_menu_order(
        &self,
        ctx: &Context<'_>,
        input: MenuOrderStepInput,
    ) -> Result<MenuOrderPayload<DecideMenuOrder>> {
        let command = MenuOrderCommand::Decide {
            notice: input.notice,
        };
        run(ctx, input.order_id, command, input.command).await
    }

    /// Step 4 (实施): the decided order is bought through a procurement of its jurisdiction
    /// (not failed or cancelled, its budget within the order's amount), or filed as a project
    /// application.
    async fn implement_menu_order(
        &self,
        ctx: &Context<'_>,
        input: ImplementMenuOrderInput,
    ) -> Result<MenuOrderPayload<ImplementMenuOrder>> {
        let by = match (input.procurement_id, input.project_application) {
            (Some(procurement_id), None) => Implementation::Procurement { procurement_id },
            (None, Some(reference)) => Implementation::ProjectApplication { reference },
            _ => {
                return Err(DomainError::validation_rule(
                    "procurementId",
                    rules::MENU_FLOW,
                    "give either procurementId or projectApplication: how the order is implemented",
                )
                .zh("请填写采购项目编号或项目申报编号之一，说明本订单如何实施"))
                .gql();
            }
        };
        let command = MenuOrderCommand::Implement {
            by,
            notice: input.notice,
        };
        run(ctx, input.order_id, command, input.command).await
    }

    /// Step 5 (验收): the order is accepted; one bought through a procurement once the
    /// contract signed from it is completed.
    async fn accept_menu_order(
        &self,
        ctx: &Context<'_>,
        input: MenuOrderStepInput,
    ) -> Result<MenuOrderPayload<AcceptMenuOrder>> {
        let command = MenuOrderCommand::Accept {
            notice: input.notice,
        };
        run(ctx, input.order_id, command, input.command).await
    }
}
