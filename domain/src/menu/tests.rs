//! The menu and its orders on the given/when/then harness: the shipped sample menu, the tree
//! rules as the catalogue's (re-attributed to MENU-ITEM), and each order rule and edge —
//! MENU-ITEM (a retired item, a category, an unknown code), MENU-CAP (exactly at the cap and
//! one fen over, per type, no cap where the policy sets none), MENU-FLOW (every step out of
//! order, what implementation and acceptance need), MENU-NOTICE (each step) — each refusal
//! with a Chinese text; every event on the wire.

use chrono::{DateTime, TimeZone, Utc};
use uuid::Uuid;

use super::*;
use crate::aggregate::{Aggregate, Context, DomainCommand, DomainEvent};
use crate::contract::ContractStatus;
use crate::error::rules::{MENU_CAP, MENU_FLOW, MENU_ITEM, MENU_NOTICE};
use crate::policy::Policy;
use crate::procurement::ProcurementStatus;
use crate::testing::{self, Given};
use crate::values::{Jurisdiction, Money};

fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 2, 0, 0).unwrap()
}

fn luohu() -> Jurisdiction {
    Jurisdiction::parse("440303").unwrap()
}

fn code(s: &str) -> CatalogueCode {
    CatalogueCode::parse(s).unwrap()
}

/// Luohu's caps, as policy/default.json sets them.
fn luohu_policy() -> Policy {
    Policy {
        menu_item_cap_works: Some(Money::from_yuan(1_000_000)),
        menu_item_cap_services: Some(Money::from_yuan(500_000)),
        menu_item_cap_goods: Some(Money::from_yuan(500_000)),
        ..Policy::default()
    }
}

// ---------------------------------------------------------------------------------------------
// The menu
// ---------------------------------------------------------------------------------------------

fn menu_given(history: impl IntoIterator<Item = MenuEvent>) -> Given<Menu> {
    testing::given(history).translated()
}

fn menu_ctx() -> Context {
    Context::at(at(2026, 3, 2))
}

fn loaded() -> MenuEvent {
    let decided = Menu::default()
        .decide(
            &MenuCommand::Load {
                jurisdiction: luohu(),
                items: default_items().unwrap(),
            },
            &menu_ctx(),
        )
        .unwrap();
    assert_eq!(decided.len(), 1);
    decided.into_iter().next().unwrap()
}

fn loaded_menu() -> Menu {
    Menu::default().evolve(&loaded())
}

fn retired(c: &str) -> MenuEvent {
    MenuEvent::MenuItemRetired {
        code: code(c),
        on: chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
        reason: "服务已由街道统一提供".into(),
        retired_at: at(2026, 3, 5),
    }
}

fn item_spec(c: &str, zh: &str, details: Option<MenuItemDetails>) -> MenuItemSpec {
    let c = code(c);
    MenuItemSpec {
        spec: ItemSpec {
            parent: c.parent(),
            code: c,
            name_zh: zh.into(),
            name_en: None,
            category: None,
        },
        details,
    }
}

fn services(needs: &[&str]) -> Option<MenuItemDetails> {
    Some(MenuItemDetails {
        item_type: MenuItemType::Services,
        needs: needs.iter().map(|n| (*n).to_owned()).collect(),
    })
}

#[test]
fn the_sample_menu_has_ten_categories_and_forty_typed_items_each_answering_needs() {
    let menu = loaded_menu();
    assert_eq!(menu.jurisdiction(), Some(&luohu()));
    let categories = menu.entries().filter(|(i, _)| i.level == 1).count();
    let items: Vec<_> = menu.entries().filter(|(i, _)| i.level == 2).collect();
    assert_eq!((categories, items.len()), (10, 40));
    for (item, details) in &items {
        let d = details.unwrap_or_else(|| panic!("{} has no details", item.code));
        assert!(!d.needs.is_empty(), "{}", item.code);
        assert!(item.name_en.is_some(), "{}", item.code);
    }
    for t in MenuItemType::ALL {
        assert!(
            items.iter().any(|(_, d)| d.unwrap().item_type == t),
            "the sample menu has {t:?} items"
        );
    }
    // The tree is the catalogue's: a category is a public service, an item sits under it.
    let (a01, d) = menu.entry(&code("A01")).unwrap();
    assert_eq!((a01.parent.clone(), a01.level), (Some(code("A")), 2));
    assert_eq!(d.unwrap().item_type, MenuItemType::Services);
    assert!(menu.entry(&code("A")).unwrap().1.is_none());
}

#[test]
fn a_menu_is_loaded_once() {
    let e = menu_given([loaded()])
        .with(menu_ctx())
        .when(MenuCommand::Load {
            jurisdiction: luohu(),
            items: default_items().unwrap(),
        })
        .then_refused(MENU_ITEM);
    assert!(e.message().contains("already loaded"), "{e}");
    assert!(e.message_zh().unwrap().contains("已于"), "{e:?}");
}

#[test]
fn categories_have_no_type_items_need_one_and_nothing_sits_deeper() {
    let load = |items| MenuCommand::Load {
        jurisdiction: luohu(),
        items,
    };
    let cases = [
        (
            vec![item_spec("A", "养老服务", services(&["助餐"]))],
            "items.type",
        ),
        (
            vec![
                item_spec("A", "养老服务", None),
                item_spec("A01", "助餐", None),
            ],
            "items.type",
        ),
        (
            vec![
                item_spec("A", "养老服务", None),
                item_spec("A01", "助餐", services(&["助餐"])),
                item_spec("A0101", "送餐", services(&["送餐"])),
            ],
            "items.code",
        ),
        (
            vec![
                item_spec("A", "养老服务", None),
                item_spec("A01", "助餐", services(&[])),
            ],
            "items.needs",
        ),
        (
            vec![
                item_spec("A", "养老服务", None),
                item_spec("A01", "助餐", services(&["助餐", "助餐"])),
            ],
            "items.needs",
        ),
    ];
    for (items, field) in cases {
        let e = menu_given([])
            .with(menu_ctx())
            .when(load(items))
            .then_invalid(field);
        assert_eq!(e.rule(), Some(MENU_ITEM), "{e}");
    }
}

#[test]
fn the_tree_rules_are_the_catalogues_under_the_menus_rule() {
    // A parent that is not there, a code taken: the catalogue's own checks, in its words
    // (English only until the catalogue's are translated).
    let raw = || testing::given::<Menu>([loaded()]);
    let e = raw()
        .with(menu_ctx())
        .when(MenuCommand::AddItem(item_spec(
            "Z01",
            "新项目",
            services(&["新需求"]),
        )))
        .then_refused(MENU_ITEM);
    assert!(e.message().contains("add the parent first"), "{e}");
    raw()
        .with(menu_ctx())
        .when(MenuCommand::AddItem(item_spec(
            "A01",
            "重复",
            services(&["x"]),
        )))
        .then_refused(MENU_ITEM);
    // A category with active items cannot be retired; its item can, and comes back.
    raw()
        .with(menu_ctx())
        .when(MenuCommand::RetireItem {
            code: code("A"),
            reason: "调整".into(),
        })
        .then_refused(MENU_ITEM);
    let events = menu_given([loaded()])
        .with(menu_ctx())
        .when(MenuCommand::RetireItem {
            code: code("A04"),
            reason: "由区住建部门统一实施".into(),
        })
        .then_accepted();
    assert!(
        matches!(&events[..], [MenuEvent::MenuItemRetired { code: c, .. }] if c.as_str() == "A04")
    );
    let menu = loaded_menu().evolve(&events[0]);
    assert!(!menu.tree.is_active(&code("A04")));
    let back = menu_given([loaded(), events[0].clone()])
        .with(menu_ctx())
        .when(MenuCommand::ReinstateItem {
            code: code("A04"),
            reason: "恢复".into(),
        })
        .then_accepted();
    assert!(menu.evolve(&back[0]).tree.is_active(&code("A04")));
    // Unknown codes and a menu not loaded are the menu's own refusals.
    let e = menu_given([loaded()])
        .with(menu_ctx())
        .when(MenuCommand::RenameItem {
            code: code("Z09"),
            name_zh: "新名".into(),
            name_en: None,
            reason: "更名".into(),
        })
        .then_refused(MENU_ITEM);
    assert!(e.message().contains("no item Z09 in the menu"), "{e}");
    menu_given([])
        .with(menu_ctx())
        .when(MenuCommand::RetireItem {
            code: code("A01"),
            reason: "x".into(),
        })
        .then_refused(MENU_ITEM);
}

#[test]
fn an_added_item_keeps_its_details_and_a_rename_keeps_them_too() {
    let add = menu_given([loaded()])
        .with(menu_ctx())
        .when(MenuCommand::AddItem(item_spec(
            "A05",
            "长者智能手机课堂",
            services(&["长者不会用智能手机"]),
        )))
        .then_accepted();
    let menu = loaded_menu().evolve(&add[0]);
    let (item, d) = menu.entry(&code("A05")).unwrap();
    assert_eq!(item.name_zh, "长者智能手机课堂");
    assert_eq!(d.unwrap().needs, ["长者不会用智能手机"]);
    let renamed = menu_given([loaded(), add[0].clone()])
        .with(menu_ctx())
        .when(MenuCommand::RenameItem {
            code: code("A05"),
            name_zh: "长者数字技能课堂".into(),
            name_en: Some("Digital skills for older residents".into()),
            reason: "名称规范".into(),
        })
        .then_accepted();
    let menu = menu.evolve(&renamed[0]);
    let (item, d) = menu.entry(&code("A05")).unwrap();
    assert_eq!(item.name_zh, "长者数字技能课堂");
    assert_eq!(d.unwrap().item_type, MenuItemType::Services);
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

fn order_given(history: impl IntoIterator<Item = MenuOrderEvent>) -> Given<MenuOrder> {
    testing::given(history).translated()
}

fn facts(menu: Menu) -> MenuOrderFacts {
    MenuOrderFacts {
        menu: Some((3, menu)),
        ..MenuOrderFacts::default()
    }
}

fn order_ctx(facts: MenuOrderFacts) -> Context<MenuOrderFacts> {
    Context::<()>::at(at(2026, 4, 1))
        .with_facts(facts)
        .with_policy(luohu_policy())
}

const ORDER: u128 = 0x0190_0000_0000_7000_8000_0000_0000_0001;
const UNIT: u128 = 0x0190_0000_0000_7000_8000_0000_0000_0002;
const PROCUREMENT: u128 = 0x0190_0000_0000_7000_8000_0000_0000_0003;
const CONTRACT: u128 = 0x0190_0000_0000_7000_8000_0000_0000_0004;

fn line(c: &str, fen: i64) -> OrderLineSpec {
    OrderLineSpec {
        code: code(c),
        amount: Money::from_fen(fen).unwrap(),
        needs: "社区独居长者约120人，就餐困难".into(),
    }
}

fn collect(lines: Vec<OrderLineSpec>) -> MenuOrderCommand {
    MenuOrderCommand::CollectNeeds {
        order_id: Uuid::from_u128(ORDER),
        jurisdiction: luohu(),
        community: Community {
            unit_id: Uuid::from_u128(UNIT),
            name: "罗湖区东门街道湖贝社区".into(),
        },
        title: "湖贝社区长者助餐".into(),
        lines,
        notice: "经入户走访与问卷收集居民需求，拟点选长者助餐服务，现予公示".into(),
    }
}

fn collected() -> MenuOrderEvent {
    let events = order_given([])
        .with(order_ctx(facts(loaded_menu())))
        .when(collect(vec![line("A01", 30_000_000)]))
        .then_accepted();
    events.into_iter().next().unwrap()
}

fn notice(step: MenuStep, day: u32) -> PublicNotice {
    PublicNotice {
        step,
        text: format!("{}公示", step.label_zh()),
        at: at(2026, 4, day),
    }
}

fn reviewed(approved: bool) -> MenuOrderEvent {
    MenuOrderEvent::CouncilReviewed {
        approved,
        reason: "居民议事会表决通过".into(),
        notice: notice(MenuStep::CouncilReview, 3),
    }
}

fn decided() -> MenuOrderEvent {
    MenuOrderEvent::MenuOrderDecided {
        total: Money::from_yuan(300_000),
        notice: notice(MenuStep::Decide, 5),
    }
}

fn implemented(by: Implementation) -> MenuOrderEvent {
    MenuOrderEvent::MenuOrderImplemented {
        by,
        notice: notice(MenuStep::Implement, 8),
    }
}

fn by_procurement() -> Implementation {
    Implementation::Procurement {
        procurement_id: Uuid::from_u128(PROCUREMENT),
    }
}

fn procurement(budget_yuan: u32, status: ProcurementStatus) -> OrderedProcurement {
    OrderedProcurement {
        id: Uuid::from_u128(PROCUREMENT),
        jurisdiction: luohu(),
        purchaser_unit: Uuid::from_u128(UNIT),
        budget: Money::from_yuan(budget_yuan),
        status,
    }
}

fn contract(status: ContractStatus) -> OrderedContract {
    OrderedContract {
        id: Uuid::from_u128(CONTRACT),
        procurement_id: Uuid::from_u128(PROCUREMENT),
        status,
    }
}

fn step_ctx() -> Context<MenuOrderFacts> {
    order_ctx(MenuOrderFacts::default())
}

#[test]
fn needs_are_collected_with_each_item_as_the_menu_named_it_and_the_cap_that_applied() {
    let e = collected();
    let MenuOrderEvent::NeedsCollected {
        lines,
        menu_version,
        community,
        notice,
        ..
    } = &e
    else {
        panic!("{e:?}");
    };
    assert_eq!(*menu_version, 3);
    assert_eq!(community.unit_id, Uuid::from_u128(UNIT));
    assert_eq!(notice.step, MenuStep::CollectNeeds);
    assert_eq!(notice.at, at(2026, 4, 1));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].name_zh, "长者助餐服务");
    assert_eq!(lines[0].item_type, MenuItemType::Services);
    assert_eq!(lines[0].cap, Some(Money::from_yuan(500_000)));
    let order = MenuOrder::default().evolve(&e);
    assert_eq!(order.status, Some(MenuOrderStatus::NeedsCollected));
    assert_eq!(order.total(), Money::from_yuan(300_000));
    assert_eq!(order.notices.len(), 1);
}

#[test]
fn a_retired_item_a_category_an_unknown_code_and_a_missing_menu_are_refused() {
    let menu = loaded_menu().evolve(&retired("A04"));
    let e = order_given([])
        .with(order_ctx(facts(menu.clone())))
        .when(collect(vec![line("A04", 100_000)]))
        .then_refused(MENU_ITEM);
    assert!(
        e.message().contains("retired from the menu on 2026-03-05"),
        "{e}"
    );
    assert!(e.message_zh().unwrap().contains("已于 2026-03-05"), "{e:?}");
    // Reinstated, it may be ordered again.
    let back = MenuEvent::MenuItemReinstated {
        code: code("A04"),
        on: chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap(),
        reason: "恢复".into(),
        reinstated_at: at(2026, 3, 9),
    };
    order_given([])
        .with(order_ctx(facts(menu.evolve(&back))))
        .when(collect(vec![line("A04", 100_000)]))
        .then_accepted();
    let e = order_given([])
        .with(order_ctx(facts(loaded_menu())))
        .when(collect(vec![line("A", 100_000)]))
        .then_refused(MENU_ITEM);
    assert!(e.message().contains("is a category"), "{e}");
    order_given([])
        .with(order_ctx(facts(loaded_menu())))
        .when(collect(vec![line("Z01", 100_000)]))
        .then_refused(MENU_ITEM);
    order_given([])
        .with(order_ctx(MenuOrderFacts::default()))
        .when(collect(vec![line("A01", 100_000)]))
        .then_refused(MENU_ITEM);
    // No items, or one twice.
    order_given([])
        .with(order_ctx(facts(loaded_menu())))
        .when(collect(vec![]))
        .then_invalid("lines");
    order_given([])
        .with(order_ctx(facts(loaded_menu())))
        .when(collect(vec![line("A01", 100), line("A01", 200)]))
        .then_invalid("lines.code");
}

#[test]
fn an_amount_exactly_at_its_types_cap_is_accepted_and_one_fen_over_refused() {
    // A01 services and E02 goods at ¥500,000, A04 works at ¥1,000,000 (Luohu).
    for (c, cap_fen) in [
        ("A01", 50_000_000),
        ("E02", 50_000_000),
        ("A04", 100_000_000),
    ] {
        order_given([])
            .with(order_ctx(facts(loaded_menu())))
            .when(collect(vec![line(c, cap_fen)]))
            .then_accepted();
        let e = order_given([])
            .with(order_ctx(facts(loaded_menu())))
            .when(collect(vec![line(c, cap_fen + 1)]))
            .then_refused(MENU_CAP);
        assert!(e.message_zh().unwrap().contains('¥'), "{e:?}");
    }
    // Caps are per item: two services items at the cap each are one order.
    order_given([])
        .with(order_ctx(facts(loaded_menu())))
        .when(collect(vec![
            line("A01", 50_000_000),
            line("A02", 50_000_000),
        ]))
        .then_accepted();
    // Where the policy sets no cap, any amount above zero is accepted; zero never is.
    let uncapped = Context::<()>::at(at(2026, 4, 1)).with_facts(facts(loaded_menu()));
    let events = order_given([])
        .with(uncapped.clone())
        .when(collect(vec![line("A04", 500_000_000)]))
        .then_accepted();
    assert!(
        matches!(&events[0], MenuOrderEvent::NeedsCollected { lines, .. } if lines[0].cap.is_none())
    );
    let e = order_given([])
        .with(uncapped)
        .when(collect(vec![line("A01", 0)]))
        .then_invalid("lines.amountFen");
    assert_eq!(e.rule(), Some(MENU_CAP));
}

#[test]
fn the_steps_go_in_order_and_once() {
    let decide = || MenuOrderCommand::Decide {
        notice: "街道办事处决策通过，现予公示".into(),
    };
    let review = |approved| MenuOrderCommand::ReviewByCouncil {
        approved,
        reason: "议事会表决".into(),
        notice: "议事会审议结果公示".into(),
    };
    let accept = || MenuOrderCommand::Accept {
        notice: "验收结果公示".into(),
    };
    let implement = || MenuOrderCommand::Implement {
        by: Implementation::ProjectApplication {
            reference: "LH-2026-001".into(),
        },
        notice: "实施公示".into(),
    };
    // Nothing before the needs are collected; the needs once.
    order_given([])
        .with(step_ctx())
        .when(decide())
        .then_refused(MENU_FLOW);
    order_given([collected()])
        .with(order_ctx(facts(loaded_menu())))
        .when(collect(vec![line("A01", 100)]))
        .then_refused(MENU_FLOW);
    // The decision follows the council's approval; implementation the decision; acceptance
    // the implementation.
    let e = order_given([collected()])
        .with(step_ctx())
        .when(decide())
        .then_refused(MENU_FLOW);
    assert!(e.message().contains("COUNCIL_APPROVED"), "{e}");
    assert!(e.message_zh().unwrap().contains("议事会已通过"), "{e:?}");
    order_given([collected()])
        .with(step_ctx())
        .when(implement())
        .then_refused(MENU_FLOW);
    order_given([collected(), reviewed(true)])
        .with(step_ctx())
        .when(accept())
        .then_refused(MENU_FLOW);
    order_given([collected(), reviewed(true)])
        .with(step_ctx())
        .when(review(true))
        .then_refused(MENU_FLOW);
    // A rejection ends the order.
    let rejected = order_given([collected()])
        .with(step_ctx())
        .when(review(false))
        .then_accepted();
    let order = MenuOrder::default()
        .evolve(&collected())
        .evolve(&rejected[0]);
    assert_eq!(order.status, Some(MenuOrderStatus::Rejected));
    order_given([collected(), reviewed(false)])
        .with(step_ctx())
        .when(decide())
        .then_refused(MENU_FLOW);
    // In order, each step is taken and published.
    let d = order_given([collected(), reviewed(true)])
        .with(step_ctx())
        .when(decide())
        .then_accepted();
    assert!(
        matches!(&d[0], MenuOrderEvent::MenuOrderDecided { total, .. } if *total == Money::from_yuan(300_000))
    );
    let i = order_given([collected(), reviewed(true), decided()])
        .with(step_ctx())
        .when(implement())
        .then_accepted();
    let a = order_given([collected(), reviewed(true), decided(), i[0].clone()])
        .with(step_ctx())
        .when(accept())
        .then_accepted();
    assert!(matches!(
        &a[0],
        MenuOrderEvent::MenuOrderAccepted {
            contract_id: None,
            ..
        }
    ));
    let order = [
        collected(),
        reviewed(true),
        decided(),
        i[0].clone(),
        a[0].clone(),
    ]
    .iter()
    .fold(MenuOrder::default(), |o, e| o.evolve(e));
    assert_eq!(order.status, Some(MenuOrderStatus::Accepted));
    assert_eq!(
        order.notices.iter().map(|n| n.step).collect::<Vec<_>>(),
        MenuStep::ALL
    );
    order_given([
        collected(),
        reviewed(true),
        decided(),
        i[0].clone(),
        a[0].clone(),
    ])
    .with(step_ctx())
    .when(accept())
    .then_refused(MENU_FLOW);
}

#[test]
fn every_step_needs_its_public_notice() {
    let blank = "  \n ".to_owned();
    let cases: Vec<(Vec<MenuOrderEvent>, MenuOrderCommand)> = vec![
        (
            vec![],
            match collect(vec![line("A01", 100)]) {
                MenuOrderCommand::CollectNeeds {
                    order_id,
                    jurisdiction,
                    community,
                    title,
                    lines,
                    ..
                } => MenuOrderCommand::CollectNeeds {
                    order_id,
                    jurisdiction,
                    community,
                    title,
                    lines,
                    notice: blank.clone(),
                },
                other => other,
            },
        ),
        (
            vec![collected()],
            MenuOrderCommand::ReviewByCouncil {
                approved: true,
                reason: "通过".into(),
                notice: blank.clone(),
            },
        ),
        (
            vec![collected(), reviewed(true)],
            MenuOrderCommand::Decide {
                notice: blank.clone(),
            },
        ),
        (
            vec![collected(), reviewed(true), decided()],
            MenuOrderCommand::Implement {
                by: by_procurement(),
                notice: blank.clone(),
            },
        ),
        (
            vec![
                collected(),
                reviewed(true),
                decided(),
                implemented(by_procurement()),
            ],
            MenuOrderCommand::Accept {
                notice: blank.clone(),
            },
        ),
    ];
    for (history, command) in cases {
        let e = order_given(history)
            .with(order_ctx(facts(loaded_menu())))
            .when(command)
            .then_invalid("notice");
        assert_eq!(e.rule(), Some(MENU_NOTICE), "{e}");
    }
    let long = MenuOrderCommand::Decide {
        notice: "公".repeat(2_001),
    };
    order_given([collected(), reviewed(true)])
        .with(step_ctx())
        .when(long)
        .then_invalid("notice");
}

#[test]
fn a_procurement_implements_the_order_if_it_is_the_jurisdictions_live_and_within_the_amount() {
    let history = || vec![collected(), reviewed(true), decided()];
    let implement = || MenuOrderCommand::Implement {
        by: by_procurement(),
        notice: "通过公开招标实施，现予公示".into(),
    };
    let with = |p: Option<OrderedProcurement>| {
        order_ctx(MenuOrderFacts {
            procurement: p,
            ..MenuOrderFacts::default()
        })
    };
    order_given(history())
        .with(with(None))
        .when(implement())
        .then_refused(MENU_FLOW);
    let mut elsewhere = procurement(300_000, ProcurementStatus::Published);
    elsewhere.jurisdiction = Jurisdiction::parse("440304").unwrap();
    order_given(history())
        .with(with(Some(elsewhere)))
        .when(implement())
        .then_refused(MENU_FLOW);
    order_given(history())
        .with(with(Some(procurement(
            300_000,
            ProcurementStatus::Cancelled,
        ))))
        .when(implement())
        .then_refused(MENU_FLOW);
    // Another unit's procurement (another community's, a department's) is not this order's.
    let theirs = OrderedProcurement {
        purchaser_unit: Uuid::from_u128(UNIT + 1),
        ..procurement(300_000, ProcurementStatus::Draft)
    };
    order_given(history())
        .with(with(Some(theirs)))
        .when(implement())
        .then_refused(MENU_FLOW);
    // The budget at most what the order decided: exactly it is fine, a yuan more is not.
    order_given(history())
        .with(with(Some(procurement(
            300_001,
            ProcurementStatus::Published,
        ))))
        .when(implement())
        .then_refused(MENU_CAP);
    let events = order_given(history())
        .with(with(Some(procurement(
            300_000,
            ProcurementStatus::Published,
        ))))
        .when(implement())
        .then_accepted();
    assert_eq!(
        events,
        [MenuOrderEvent::MenuOrderImplemented {
            by: by_procurement(),
            notice: PublicNotice {
                step: MenuStep::Implement,
                text: "通过公开招标实施，现予公示".into(),
                at: at(2026, 4, 1),
            },
        }]
    );
    // A project application needs its reference.
    order_given(history())
        .with(step_ctx())
        .when(MenuOrderCommand::Implement {
            by: Implementation::ProjectApplication {
                reference: " ".into(),
            },
            notice: "项目申报公示".into(),
        })
        .then_invalid("reference");
}

#[test]
fn an_order_bought_through_a_procurement_is_accepted_once_its_contract_is_completed() {
    let history = || {
        vec![
            collected(),
            reviewed(true),
            decided(),
            implemented(by_procurement()),
        ]
    };
    let accept = || MenuOrderCommand::Accept {
        notice: "居民代表参与验收，验收合格，现予公示".into(),
    };
    let with = |c: Option<OrderedContract>| {
        order_ctx(MenuOrderFacts {
            contract: c,
            ..MenuOrderFacts::default()
        })
    };
    let e = order_given(history())
        .with(with(None))
        .when(accept())
        .then_refused(MENU_FLOW);
    assert!(e.message().contains("no contract"), "{e}");
    for status in [
        ContractStatus::Active,
        ContractStatus::Suspended,
        ContractStatus::Terminated,
    ] {
        order_given(history())
            .with(with(Some(contract(status))))
            .when(accept())
            .then_refused(MENU_FLOW);
    }
    let events = order_given(history())
        .with(with(Some(contract(ContractStatus::Completed))))
        .when(accept())
        .then_accepted();
    assert!(matches!(
        &events[0],
        MenuOrderEvent::MenuOrderAccepted { contract_id: Some(c), .. } if *c == Uuid::from_u128(CONTRACT)
    ));
}

#[test]
fn control_characters_are_refused_in_every_text() {
    let mut bad = collect(vec![line("A01", 100)]);
    if let MenuOrderCommand::CollectNeeds { title, .. } = &mut bad {
        title.push('\u{1b}');
    }
    order_given([])
        .with(order_ctx(facts(loaded_menu())))
        .when(bad)
        .then_invalid("title");
    order_given([collected()])
        .with(step_ctx())
        .when(MenuOrderCommand::ReviewByCouncil {
            approved: true,
            reason: "通过\u{0}".into(),
            notice: "公示".into(),
        })
        .then_invalid("reason");
}

#[test]
fn every_event_reads_back_from_the_wire_as_written() {
    let menu_events = [
        loaded(),
        retired("A04"),
        MenuEvent::MenuItemReinstated {
            code: code("A04"),
            on: chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap(),
            reason: "恢复".into(),
            reinstated_at: at(2026, 3, 9),
        },
    ];
    for e in menu_events {
        let back = MenuEvent::from_stored(e.kind(), e.schema(), &e.to_data()).unwrap();
        assert_eq!(back, e);
    }
    let order_events = [
        collected(),
        reviewed(true),
        decided(),
        implemented(by_procurement()),
        MenuOrderEvent::MenuOrderAccepted {
            contract_id: Some(Uuid::from_u128(CONTRACT)),
            notice: notice(MenuStep::Accept, 20),
        },
    ];
    for e in &order_events {
        let back = MenuOrderEvent::from_stored(e.kind(), e.schema(), &e.to_data()).unwrap();
        assert_eq!(&back, e);
    }
    assert_eq!(
        implemented(by_procurement()).to_data()["by"]["by"],
        "PROCUREMENT"
    );
    // The state goes through the state store as JSON.
    let order = order_events
        .iter()
        .fold(MenuOrder::default(), |o, e| o.evolve(e));
    let json = serde_json::to_string(&order).unwrap();
    assert_eq!(serde_json::from_str::<MenuOrder>(&json).unwrap(), order);
    let menu = loaded_menu();
    let json = serde_json::to_string(&menu).unwrap();
    assert_eq!(serde_json::from_str::<Menu>(&json).unwrap(), menu);
    assert!(
        MenuOrderCommand::Decide { notice: "x".into() }.name() == "DecideMenuOrder"
            && collect(vec![]).opens_stream()
    );
}

#[test]
fn an_order_implemented_by_a_procurement_holds_it_so_that_no_other_order_can() {
    use crate::Aggregate;
    let mut state = MenuOrder::default();
    for e in [collected(), reviewed(true), decided()] {
        state = state.evolve(&e);
    }
    assert!(
        state.claims().is_empty(),
        "nothing is held before the implementation"
    );
    let state = state.evolve(&implemented(by_procurement()));
    let claims = state.claims();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].rule, MENU_FLOW);
    assert_eq!(claims[0].key, Uuid::from_u128(PROCUREMENT).to_string());
    // A project application holds nothing: its reference is another office's number.
    let mut by_application = MenuOrder::default();
    for e in [
        collected(),
        reviewed(true),
        decided(),
        implemented(Implementation::ProjectApplication {
            reference: "LH-2026-001".into(),
        }),
    ] {
        by_application = by_application.evolve(&e);
    }
    assert!(by_application.claims().is_empty());
}
