//! A community's order from the menu: the items it orders with the needs it states, and the
//! five steps from collecting needs to acceptance, each with its public notice (公示).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Menu;
use super::rules::{
    MAX_LINES, cap_of, cap_refused, check_community_name, check_line, check_notice, check_reason,
    check_stated_needs, check_title, flow_refused, item_invalid, item_refused,
};
use super::tree::MenuItemType;
use crate::aggregate::{Context, DecodeError, DomainCommand, DomainEvent, tagged};
use crate::catalogue::{CatalogueCode, ItemStatus};
use crate::contract::ContractStatus;
use crate::error::{DomainError, one_of_zh, rules};
use crate::procurement::ProcurementStatus;
use crate::values::{Jurisdiction, Money, TextShape, check_no_control_chars};

/// The community that orders: its unit (社区工作站 / 社区党群服务中心), as a purchaser's token
/// binds it, and its name as the notices print it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Community {
    pub unit_id: Uuid,
    pub name: String,
}

/// The five steps of 民生微实事, each published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MenuStep {
    CollectNeeds,
    CouncilReview,
    Decide,
    Implement,
    Accept,
}

impl MenuStep {
    pub const ALL: [Self; 5] = [
        Self::CollectNeeds,
        Self::CouncilReview,
        Self::Decide,
        Self::Implement,
        Self::Accept,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::CollectNeeds => "COLLECT_NEEDS",
            Self::CouncilReview => "COUNCIL_REVIEW",
            Self::Decide => "DECIDE",
            Self::Implement => "IMPLEMENT",
            Self::Accept => "ACCEPT",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Self::CollectNeeds => "collecting needs",
            Self::CouncilReview => "the residents' council review",
            Self::Decide => "the decision",
            Self::Implement => "implementation",
            Self::Accept => "acceptance",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::CollectNeeds => "收集需求",
            Self::CouncilReview => "居民议事会审议",
            Self::Decide => "决策",
            Self::Implement => "实施",
            Self::Accept => "验收",
        }
    }
}

/// What was published at a step, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PublicNotice {
    pub step: MenuStep,
    pub text: String,
    pub at: DateTime<Utc>,
}

/// One item ordered, as the community states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderLineSpec {
    pub code: CatalogueCode,
    pub amount: Money,
    /// The needs of the community this item is to answer (居民需求), in its own words.
    pub needs: String,
}

/// One item ordered, as recorded: the item as the menu named it at the order's time, its type,
/// the amount, the needs stated, and the cap that applied (so a later policy never rewrites
/// what was accepted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderLine {
    pub code: CatalogueCode,
    pub name_zh: String,
    pub name_en: Option<String>,
    pub item_type: MenuItemType,
    pub amount: Money,
    pub needs: String,
    /// `None` where the jurisdiction's policy sets no cap for the type.
    pub cap: Option<Money>,
}

/// How a decided order is carried out: bought through a procurement of the ledger, or filed
/// as a project application (项目申报) with the street office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "by",
    rename_all = "SCREAMING_SNAKE_CASE",
    rename_all_fields = "camelCase"
)]
pub enum Implementation {
    Procurement { procurement_id: Uuid },
    ProjectApplication { reference: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MenuOrderStatus {
    NeedsCollected,
    CouncilApproved,
    /// The residents' council turned the order down: it ends here.
    Rejected,
    Decided,
    Implementing,
    Accepted,
}

impl MenuOrderStatus {
    pub const ALL: [Self; 6] = [
        Self::NeedsCollected,
        Self::CouncilApproved,
        Self::Rejected,
        Self::Decided,
        Self::Implementing,
        Self::Accepted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NeedsCollected => "NEEDS_COLLECTED",
            Self::CouncilApproved => "COUNCIL_APPROVED",
            Self::Rejected => "REJECTED",
            Self::Decided => "DECIDED",
            Self::Implementing => "IMPLEMENTING",
            Self::Accepted => "ACCEPTED",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::NeedsCollected => "需求已收集",
            Self::CouncilApproved => "议事会已通过",
            Self::Rejected => "议事会未通过",
            Self::Decided => "已决策",
            Self::Implementing => "实施中",
            Self::Accepted => "已验收",
        }
    }
}

/// A procurement an implementation names, as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderedProcurement {
    pub id: Uuid,
    pub jurisdiction: Jurisdiction,
    /// Its purchasing unit (采购人): the community buys for its own order.
    pub purchaser_unit: Uuid,
    pub budget: Money,
    pub status: ProcurementStatus,
}

/// The contract signed from the order's procurement, as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderedContract {
    pub id: Uuid,
    pub procurement_id: Uuid,
    pub status: ContractStatus,
}

/// What an order's steps read of other streams, looked up by the handler.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MenuOrderFacts {
    /// For CollectNeeds: the jurisdiction's menu and its version, at the order's time.
    pub menu: Option<(u64, Menu)>,
    /// For Implement by a procurement: that procurement.
    pub procurement: Option<OrderedProcurement>,
    /// For Accept: the contract signed from the order's procurement, if any.
    pub contract: Option<OrderedContract>,
}

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum MenuOrderCommand {
    /// Opens the order with the needs collected from residents.
    CollectNeeds {
        order_id: Uuid,
        jurisdiction: Jurisdiction,
        community: Community,
        title: String,
        lines: Vec<OrderLineSpec>,
        notice: String,
    },
    ReviewByCouncil {
        approved: bool,
        reason: String,
        notice: String,
    },
    Decide {
        notice: String,
    },
    Implement {
        by: Implementation,
        notice: String,
    },
    Accept {
        notice: String,
    },
}

impl MenuOrderCommand {
    pub fn step(&self) -> MenuStep {
        match self {
            Self::CollectNeeds { .. } => MenuStep::CollectNeeds,
            Self::ReviewByCouncil { .. } => MenuStep::CouncilReview,
            Self::Decide { .. } => MenuStep::Decide,
            Self::Implement { .. } => MenuStep::Implement,
            Self::Accept { .. } => MenuStep::Accept,
        }
    }

    fn notice(&self) -> &str {
        match self {
            Self::CollectNeeds { notice, .. }
            | Self::ReviewByCouncil { notice, .. }
            | Self::Decide { notice }
            | Self::Implement { notice, .. }
            | Self::Accept { notice } => notice,
        }
    }

    /// Every free-text input with its wire field and shape, for the control-character check.
    fn texts(&self) -> Vec<(&'static str, &str, TextShape)> {
        let mut texts = vec![("notice", self.notice(), TextShape::Paragraph)];
        match self {
            Self::CollectNeeds {
                community,
                title,
                lines,
                ..
            } => {
                texts.push(("community.name", community.name.as_str(), TextShape::Line));
                texts.push(("title", title.as_str(), TextShape::Line));
                texts.extend(
                    lines
                        .iter()
                        .map(|l| ("lines.needs", l.needs.as_str(), TextShape::Paragraph)),
                );
            }
            Self::ReviewByCouncil { reason, .. } => {
                texts.push(("reason", reason.as_str(), TextShape::Paragraph));
            }
            Self::Implement {
                by: Implementation::ProjectApplication { reference },
                ..
            } => texts.push(("reference", reference.as_str(), TextShape::Line)),
            Self::Implement { .. } | Self::Decide { .. } | Self::Accept { .. } => {}
        }
        texts
    }
}

impl DomainCommand for MenuOrderCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::CollectNeeds { .. } => "CollectMenuOrderNeeds",
            Self::ReviewByCouncil { .. } => "ReviewMenuOrderByCouncil",
            Self::Decide { .. } => "DecideMenuOrder",
            Self::Implement { .. } => "ImplementMenuOrder",
            Self::Accept { .. } => "AcceptMenuOrder",
        }
    }

    fn opens_stream(&self) -> bool {
        matches!(self, Self::CollectNeeds { .. })
    }

    fn reason(&self) -> Option<&str> {
        match self {
            Self::ReviewByCouncil { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

/// Payloads hold only strings, integers, booleans, nulls, arrays and objects (no floats).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum MenuOrderEvent {
    NeedsCollected {
        order_id: Uuid,
        jurisdiction: Jurisdiction,
        community: Community,
        title: String,
        lines: Vec<OrderLine>,
        /// The menu's version the items were checked against (MENU-ITEM).
        menu_version: u64,
        notice: PublicNotice,
    },
    CouncilReviewed {
        approved: bool,
        reason: String,
        notice: PublicNotice,
    },
    MenuOrderDecided {
        /// The sum of the lines, which the implementation may not exceed.
        total: Money,
        notice: PublicNotice,
    },
    MenuOrderImplemented {
        by: Implementation,
        notice: PublicNotice,
    },
    MenuOrderAccepted {
        /// The procurement's contract, completed, for an order bought through one.
        contract_id: Option<Uuid>,
        notice: PublicNotice,
    },
}

impl MenuOrderEvent {
    pub const KINDS: [(&'static str, u16); 5] = [
        ("NeedsCollected", 1),
        ("CouncilReviewed", 1),
        ("MenuOrderDecided", 1),
        ("MenuOrderImplemented", 1),
        ("MenuOrderAccepted", 1),
    ];

    pub fn notice(&self) -> &PublicNotice {
        match self {
            Self::NeedsCollected { notice, .. }
            | Self::CouncilReviewed { notice, .. }
            | Self::MenuOrderDecided { notice, .. }
            | Self::MenuOrderImplemented { notice, .. }
            | Self::MenuOrderAccepted { notice, .. } => notice,
        }
    }
}

impl DomainEvent for MenuOrderEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::NeedsCollected { .. } => "NeedsCollected",
            Self::CouncilReviewed { .. } => "CouncilReviewed",
            Self::MenuOrderDecided { .. } => "MenuOrderDecided",
            Self::MenuOrderImplemented { .. } => "MenuOrderImplemented",
            Self::MenuOrderAccepted { .. } => "MenuOrderAccepted",
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

/// One stream per order (`menuorder-{uuid}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MenuOrder {
    pub id: Option<Uuid>,
    /// `None` until the needs are collected.
    pub status: Option<MenuOrderStatus>,
    pub jurisdiction: Option<Jurisdiction>,
    pub community: Option<Community>,
    pub title: String,
    pub lines: Vec<OrderLine>,
    pub menu_version: u64,
    /// One per step taken, in order.
    pub notices: Vec<PublicNotice>,
    pub council_approved: Option<bool>,
    pub council_reason: Option<String>,
    pub implementation: Option<Implementation>,
    pub contract_id: Option<Uuid>,
    pub collected_at: Option<DateTime<Utc>>,
    /// When the last step was taken.
    pub updated_at: Option<DateTime<Utc>>,
}

type Decided = Result<Vec<MenuOrderEvent>, DomainError>;

impl MenuOrder {
    /// What the order's items come to.
    pub fn total(&self) -> Money {
        total(self.lines.iter().map(|l| l.amount))
    }

    pub fn procurement_id(&self) -> Option<Uuid> {
        match &self.implementation {
            Some(Implementation::Procurement { procurement_id }) => Some(*procurement_id),
            _ => None,
        }
    }

    pub fn notice(&self, step: MenuStep) -> Option<&PublicNotice> {
        self.notices.iter().find(|n| n.step == step)
    }

    pub(super) fn decide_command(
        &self,
        command: &MenuOrderCommand,
        ctx: &Context<MenuOrderFacts>,
    ) -> Decided {
        use MenuOrderCommand as C;
        for (field, value, shape) in command.texts() {
            check_no_control_chars(field, field, value, shape)?;
        }
        self.check_flow(command.step())?;
        let step = command.step();
        let notice = PublicNotice {
            step,
            text: check_notice(step.label_en(), step.label_zh(), command.notice())?,
            at: ctx.now,
        };
        match command {
            C::CollectNeeds {
                order_id,
                jurisdiction,
                community,
                title,
                lines,
                ..
            } => {
                let (menu_version, menu) = ctx.facts.menu.as_ref().ok_or_else(|| {
                    item_refused(
                        format!(
                            "no menu (服务菜单) has been loaded for {jurisdiction}; the bureau loads it before communities order"
                        ),
                        format!("{jurisdiction} 尚未导入服务菜单，需由民政部门先导入后社区方可点单"),
                    )
                })?;
                let community = Community {
                    unit_id: community.unit_id,
                    name: check_community_name(&community.name)?,
                };
                let title = check_title(title)?;
                let lines = order_lines(menu, jurisdiction, lines, ctx)?;
                Ok(vec![MenuOrderEvent::NeedsCollected {
                    order_id: *order_id,
                    jurisdiction: jurisdiction.clone(),
                    community,
                    title,
                    lines,
                    menu_version: *menu_version,
                    notice,
                }])
            }
            C::ReviewByCouncil {
                approved, reason, ..
            } => Ok(vec![MenuOrderEvent::CouncilReviewed {
                approved: *approved,
                reason: check_reason(reason)?,
                notice,
            }]),
            C::Decide { .. } => Ok(vec![MenuOrderEvent::MenuOrderDecided {
                total: self.total(),
                notice,
            }]),
            C::Implement { by, .. } => {
                let by = self.check_implementation(by, &ctx.facts)?;
                Ok(vec![MenuOrderEvent::MenuOrderImplemented { by, notice }])
            }
            C::Accept { .. } => {
                let contract_id = self.check_acceptance(&ctx.facts)?;
                Ok(vec![MenuOrderEvent::MenuOrderAccepted {
                    contract_id,
                    notice,
                }])
            }
        }
    }

    /// MENU-FLOW: each step follows the one before it, once.
    fn check_flow(&self, step: MenuStep) -> Result<(), DomainError> {
        use MenuOrderStatus as S;
        let from: &[S] = match step {
            MenuStep::CollectNeeds => &[],
            MenuStep::CouncilReview => &[S::NeedsCollected],
            MenuStep::Decide => &[S::CouncilApproved],
            MenuStep::Implement => &[S::Decided],
            MenuStep::Accept => &[S::Implementing],
        };
        let Some(status) = self.status else {
            return match step {
                MenuStep::CollectNeeds => Ok(()),
                _ => Err(flow_refused(
                    format!(
                        "{} comes after the needs are collected; this order has none yet",
                        step.label_en()
                    ),
                    format!(
                        "“{}”须在收集需求之后进行，本订单尚未收集需求",
                        step.label_zh()
                    ),
                )),
            };
        };
        if from.contains(&status) {
            return Ok(());
        }
        if step == MenuStep::CollectNeeds {
            return Err(flow_refused(
                format!(
                    "this order's needs were already collected; it is {} now",
                    status.as_str()
                ),
                format!("本订单已收集需求，当前状态为“{}”", status.label_zh()),
            ));
        }
        let wanted: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
        let wanted_zh: Vec<&str> = from.iter().map(|s| s.label_zh()).collect();
        Err(flow_refused(
            format!(
                "{} is taken when the order is {}; this order is {}",
                step.label_en(),
                wanted.join(" or "),
                status.as_str()
            ),
            format!(
                "“{}”须在订单处于{}时进行，本订单当前为“{}”",
                step.label_zh(),
                one_of_zh(&wanted_zh),
                status.label_zh()
            ),
        ))
    }

    /// MENU-FLOW: a procurement that implements the order is one of its jurisdiction's, not
    /// failed or cancelled, with a budget within what the order decided (MENU-CAP).
    fn check_implementation(
        &self,
        by: &Implementation,
        facts: &MenuOrderFacts,
    ) -> Result<Implementation, DomainError> {
        let procurement_id = match by {
            Implementation::ProjectApplication { reference } => {
                let reference = check_line(
                    "reference",
                    rules::MENU_FLOW,
                    (
                        "the project application's reference (项目申报编号)",
                        "项目申报编号",
                    ),
                    reference,
                    100,
                )?;
                return Ok(Implementation::ProjectApplication { reference });
            }
            Implementation::Procurement { procurement_id } => *procurement_id,
        };
        let p = facts
            .procurement
            .as_ref()
            .filter(|p| p.id == procurement_id)
            .ok_or_else(|| {
                flow_refused(
                    format!("there is no procurement {procurement_id} to implement the order with"),
                    format!("不存在采购项目 {procurement_id}，无法据此实施"),
                )
            })?;
        if Some(&p.jurisdiction) != self.jurisdiction.as_ref() {
            return Err(flow_refused(
                format!(
                    "procurement {procurement_id} is one of {}; this order is {}'s",
                    p.jurisdiction,
                    self.jurisdiction
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                ),
                format!(
                    "采购项目 {procurement_id} 属于 {}，本订单属于 {}",
                    p.jurisdiction,
                    self.jurisdiction
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                ),
            ));
        }
        if let Some(community) = &self.community
            && p.purchaser_unit != community.unit_id
        {
            return Err(flow_refused(
                format!(
                    "procurement {procurement_id} is another unit's; {} carries out its order with a procurement of its own",
                    community.name
                ),
                format!(
                    "采购项目 {procurement_id} 的采购人不是{}；本订单须由该社区自己的采购项目实施",
                    community.name
                ),
            ));
        }
        if matches!(
            p.status,
            ProcurementStatus::Failed | ProcurementStatus::Cancelled
        ) {
            return Err(flow_refused(
                format!(
                    "procurement {procurement_id} is {}; name the procurement that buys the items now",
                    p.status.as_str()
                ),
                format!(
                    "采购项目 {procurement_id} 已{}，请改用正在采购本订单项目的采购项目",
                    p.status.label_zh()
                ),
            ));
        }
        let total = self.total();
        if p.budget > total {
            return Err(cap_refused(
                format!(
                    "procurement {procurement_id} has a budget of {} yuan, more than the {} yuan this order decided",
                    p.budget, total
                ),
                format!(
                    "采购项目 {procurement_id} 的预算 ¥{} 超过本订单决策的金额 ¥{}",
                    p.budget.grouped(),
                    total.grouped()
                ),
            ));
        }
        Ok(Implementation::Procurement { procurement_id })
    }

    /// MENU-FLOW: an order bought through a procurement is accepted once the contract signed
    /// from it is completed (履约验收 done, paid in full).
    fn check_acceptance(&self, facts: &MenuOrderFacts) -> Result<Option<Uuid>, DomainError> {
        let Some(procurement_id) = self.procurement_id() else {
            return Ok(None);
        };
        let Some(contract) = facts
            .contract
            .as_ref()
            .filter(|c| c.procurement_id == procurement_id)
        else {
            return Err(flow_refused(
                format!(
                    "no contract has been signed from procurement {procurement_id} yet; the order is accepted once its contract is completed"
                ),
                format!("采购项目 {procurement_id} 尚未签订合同；合同履行完毕后方可验收本订单"),
            ));
        };
        if contract.status != ContractStatus::Completed {
            return Err(flow_refused(
                format!(
                    "contract {} of procurement {procurement_id} is {}; the order is accepted once it is COMPLETED",
                    contract.id,
                    contract.status.as_str()
                ),
                format!(
                    "采购项目 {procurement_id} 的合同 {} 当前为“{}”，须履行完毕后方可验收本订单",
                    contract.id,
                    contract.status.label_zh()
                ),
            ));
        }
        Ok(Some(contract.id))
    }

    pub(super) fn evolve_with(mut self, event: &MenuOrderEvent) -> Self {
        use MenuOrderEvent as E;
        self.notices.push(event.notice().clone());
        self.updated_at = Some(event.notice().at);
        match event {
            E::NeedsCollected {
                order_id,
                jurisdiction,
                community,
                title,
                lines,
                menu_version,
                notice,
            } => {
                self.id = Some(*order_id);
                self.status = Some(MenuOrderStatus::NeedsCollected);
                self.jurisdiction = Some(jurisdiction.clone());
                self.community = Some(community.clone());
                self.title.clone_from(title);
                self.lines.clone_from(lines);
                self.menu_version = *menu_version;
                self.collected_at = Some(notice.at);
            }
            E::CouncilReviewed {
                approved, reason, ..
            } => {
                self.status = Some(if *approved {
                    MenuOrderStatus::CouncilApproved
                } else {
                    MenuOrderStatus::Rejected
                });
                self.council_approved = Some(*approved);
                self.council_reason = Some(reason.clone());
            }
            E::MenuOrderDecided { .. } => self.status = Some(MenuOrderStatus::Decided),
            E::MenuOrderImplemented { by, .. } => {
                self.status = Some(MenuOrderStatus::Implementing);
                self.implementation = Some(by.clone());
            }
            E::MenuOrderAccepted { contract_id, .. } => {
                self.status = Some(MenuOrderStatus::Accepted);
                self.contract_id = *contract_id;
            }
        }
        self
    }
}

fn total(amounts: impl Iterator<Item = Money>) -> Money {
    // Each line is capped and there are at most MAX_LINES, so the sum cannot overflow; a
    // saturating sum keeps that true of any input.
    Money::from_fen(amounts.map(Money::fen).fold(0, i64::saturating_add)).unwrap_or(Money::ZERO)
}

/// MENU-ITEM and MENU-CAP for each line: an item of the menu (not a category), not retired at
/// the order's time, named once; its amount above zero and within its type's cap.
fn order_lines(
    menu: &Menu,
    jurisdiction: &Jurisdiction,
    specs: &[OrderLineSpec],
    ctx: &Context<MenuOrderFacts>,
) -> Result<Vec<OrderLine>, DomainError> {
    if specs.is_empty() || specs.len() > MAX_LINES {
        return Err(item_invalid(
            "lines",
            format!(
                "{} items were ordered; an order names 1 to {MAX_LINES} items of the menu",
                specs.len()
            ),
            format!(
                "本订单点选了 {} 个项目，每个订单应点选 1 至 {MAX_LINES} 个菜单项目",
                specs.len()
            ),
        ));
    }
    let mut lines: Vec<OrderLine> = Vec::with_capacity(specs.len());
    for spec in specs {
        let code = &spec.code;
        if lines.iter().any(|l| &l.code == code) {
            return Err(item_invalid(
                "lines.code",
                format!("item {code} is ordered twice; order each item once with its whole amount"),
                format!("项目 {code} 被重复点选；每个项目只点一次，填写其全部金额"),
            ));
        }
        let Some((item, details)) = menu.entry(code) else {
            return Err(item_refused(
                format!("there is no item {code} in the menu (服务菜单) of {jurisdiction}"),
                format!("{jurisdiction} 的服务菜单中没有项目 {code}"),
            ));
        };
        let Some(details) = details else {
            return Err(item_refused(
                format!(
                    "{} is a category (服务类别) of the menu; order one of the items under it",
                    item.label()
                ),
                format!("“{}”是菜单的服务类别，请点选其下的具体项目", item.label()),
            ));
        };
        if let ItemStatus::Retired { on, reason } = &item.status {
            return Err(item_refused(
                format!(
                    "{} was retired from the menu on {on} ({reason}); no new order may name it",
                    item.label()
                ),
                format!(
                    "“{}”已于 {on} 从服务菜单中停用（{reason}），不能再点选",
                    item.label()
                ),
            ));
        }
        if spec.amount == Money::ZERO {
            return Err(DomainError::validation_rule(
                "lines.amountFen",
                rules::MENU_CAP,
                format!(
                    "the amount of {} is zero; state what the item is to cost",
                    item.label()
                ),
            )
            .zh(format!("“{}”的金额为零，请填写项目预算", item.label())));
        }
        let cap = cap_of(&ctx.policy, details.item_type);
        if let Some(cap) = cap
            && spec.amount > cap
        {
            return Err(cap_refused(
                format!(
                    "{} is a {} item, capped at {cap} yuan in {jurisdiction}; {} yuan were ordered",
                    item.label(),
                    details.item_type.label_en(),
                    spec.amount
                ),
                format!(
                    "“{}”为{}项目，{jurisdiction} 每项上限为 ¥{}，本订单为 ¥{}",
                    item.label(),
                    details.item_type.label_zh(),
                    cap.grouped(),
                    spec.amount.grouped()
                ),
            ));
        }
        lines.push(OrderLine {
            code: code.clone(),
            name_zh: item.name_zh.clone(),
            name_en: item.name_en.clone(),
            item_type: details.item_type,
            amount: spec.amount,
            needs: check_stated_needs(code.as_str(), &spec.needs)?,
            cap,
        });
    }
    Ok(lines)
}
