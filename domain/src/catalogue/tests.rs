//! The catalogue on the given/when/then harness (CAT-ITEM): loading, adding, renaming,
//! retiring and reinstating items, each refusal with its rule and message, the shipped default
//! catalogue, and every event on the wire.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde_json::json;

use super::*;
use crate::aggregate::{DecodeError, DomainCommand, DomainEvent};
use crate::error::rules::CAT_ITEM;
use crate::testing::{self, Given};
use crate::values::Jurisdiction;
use CatalogueCategory::{Auxiliary, PublicService};
use CatalogueCommand as C;
use CatalogueEvent as E;

/// Every refusal of the catalogue carries its Chinese text too.
fn given(history: impl IntoIterator<Item = CatalogueEvent>) -> Given<Catalogue> {
    testing::given(history).translated()
}

/// 09:30 UTC, 17:30 in China: the same calendar day in both.
fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 9, 30, 0).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn ctx() -> Context {
    Context::at(at(2026, 3, 2))
}

fn code(s: &str) -> CatalogueCode {
    CatalogueCode::parse(s).unwrap()
}

fn shenzhen() -> Jurisdiction {
    Jurisdiction::parse("440300").unwrap()
}

fn spec(c: &str, zh: &str, en: Option<&str>) -> ItemSpec {
    let c = code(c);
    ItemSpec {
        parent: c.parent(),
        category: c.parent().is_none().then_some(PublicService),
        code: c,
        name_zh: zh.into(),
        name_en: en.map(Into::into),
    }
}

fn new_item(c: &str, zh: &str, en: Option<&str>, category: CatalogueCategory) -> NewItem {
    let c = code(c);
    NewItem {
        parent: c.parent(),
        level: c.level(),
        code: c,
        name_zh: zh.into(),
        name_en: en.map(Into::into),
        category,
    }
}

/// A 基本公共服务 › A01 养老服务 › A0101, A0102; A02 残疾人服务; B 履职辅助性服务 › B01.
fn small_tree() -> Vec<ItemSpec> {
    vec![
        spec("A", "基本公共服务", Some("Basic public services")),
        spec("A01", "养老服务", Some("Elderly care services")),
        spec(
            "A0101",
            "居家养老上门服务",
            Some("Home-based elderly care visits"),
        ),
        spec("A0102", "老年人助餐服务", None),
        spec(
            "A02",
            "残疾人服务",
            Some("Services for persons with disabilities"),
        ),
        ItemSpec {
            category: Some(Auxiliary),
            ..spec("B", "履职辅助性服务", Some("Auxiliary services"))
        },
        spec("B01", "第三方评估服务", Some("Third-party assessment")),
    ]
}

fn small_tree_recorded() -> Vec<NewItem> {
    vec![
        new_item(
            "A",
            "基本公共服务",
            Some("Basic public services"),
            PublicService,
        ),
        new_item(
            "A01",
            "养老服务",
            Some("Elderly care services"),
            PublicService,
        ),
        new_item(
            "A0101",
            "居家养老上门服务",
            Some("Home-based elderly care visits"),
            PublicService,
        ),
        new_item("A0102", "老年人助餐服务", None, PublicService),
        new_item(
            "A02",
            "残疾人服务",
            Some("Services for persons with disabilities"),
            PublicService,
        ),
        new_item("B", "履职辅助性服务", Some("Auxiliary services"), Auxiliary),
        new_item(
            "B01",
            "第三方评估服务",
            Some("Third-party assessment"),
            Auxiliary,
        ),
    ]
}

fn loaded() -> CatalogueEvent {
    E::CatalogueLoaded {
        jurisdiction: shenzhen(),
        items: small_tree_recorded(),
        loaded_at: at(2026, 1, 5),
    }
}

fn load(items: Vec<ItemSpec>) -> CatalogueCommand {
    C::Load {
        jurisdiction: shenzhen(),
        items,
    }
}

fn retired(c: &str, y: i32, m: u32, d: u32) -> CatalogueEvent {
    E::CatalogueItemRetired {
        code: code(c),
        on: date(y, m, d),
        reason: "不再购买".into(),
        retired_at: at(y, m, d),
    }
}

fn retire(c: &str) -> CatalogueCommand {
    C::RetireItem {
        code: code(c),
        reason: "该服务已由街道直接提供，不再购买".into(),
    }
}

fn rename(c: &str, zh: &str, en: Option<&str>) -> CatalogueCommand {
    C::RenameItem {
        code: code(c),
        name_zh: zh.into(),
        name_en: en.map(Into::into),
        reason: "按2026年目录调整".into(),
    }
}

fn reinstate(c: &str) -> CatalogueCommand {
    C::ReinstateItem {
        code: code(c),
        reason: "误操作，恢复".into(),
    }
}

fn codes<'a>(items: impl Iterator<Item = &'a CatalogueItem>) -> Vec<&'a str> {
    items.map(|i| i.code.as_str()).collect()
}

// ---------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------

#[test]
fn codes_are_a_letter_then_two_digits_per_level() {
    for (s, level, parent) in [
        ("A", 1, None),
        ("B01", 2, Some("B")),
        ("A0101", 3, Some("A01")),
        ("Z990199", 4, Some("Z9901")),
    ] {
        let c = code(s);
        assert_eq!(c.level(), level, "{s}");
        assert_eq!(
            c.parent().as_ref().map(CatalogueCode::as_str),
            parent,
            "{s}"
        );
        assert_eq!(c.to_string(), s);
    }
    for (s, fragment) in [
        ("", "is empty"),
        ("a01", "letters must be capitals"),
        ("1A", "starts with '1'"),
        ("Ａ01", "starts with 'Ａ'"),
        ("AB", "character 2 is 'B'"),
        ("A01 ", "character 4 is ' '"),
        ("A\u{0}1", "character 2 is '\\0'"),
        ("A1", "has 1 digits"),
        ("A010", "has 3 digits"),
        ("A01010101", "has 5 levels; a catalogue has at most 4"),
        ("A00", "level 2 is numbered 00"),
        ("A0100", "level 3 is numbered 00"),
    ] {
        let e = CatalogueCode::parse(s).unwrap_err();
        assert_eq!(e.rule(), Some(CAT_ITEM), "{s:?}");
        assert_eq!(e.field(), Some("code"), "{s:?}");
        assert!(e.message().contains(fragment), "{s:?}: {e}");
        assert!(
            e.message_zh().is_some_and(|zh| zh.contains("目录编码")),
            "{s:?}: {e:?}"
        );
    }
    // The wire form goes through the same check.
    assert_eq!(
        serde_json::from_value::<CatalogueCode>(json!("A0101")).unwrap(),
        code("A0101")
    );
    assert!(serde_json::from_value::<CatalogueCode>(json!("a0101")).is_err());
    // Code order is tree order.
    let mut sorted = [
        code("B"),
        code("A02"),
        code("A0101"),
        code("A"),
        code("A01"),
    ];
    sorted.sort();
    assert_eq!(
        sorted.iter().map(CatalogueCode::as_str).collect::<Vec<_>>(),
        ["A", "A01", "A0101", "A02", "B"]
    );
    assert!("AUXILIARY".parse::<CatalogueCategory>().is_ok());
    let e = "OTHER".parse::<CatalogueCategory>().unwrap_err();
    assert!(e.message().contains("PUBLIC_SERVICE (基本公共服务)"), "{e}");
    assert!(
        e.message_zh()
            .is_some_and(|zh| zh.contains("目录类别“OTHER”无法识别")),
        "{e:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------

#[test]
fn load_opens_the_catalogue_with_the_whole_tree() {
    let cat = given([])
        .with(Context::at(at(2026, 1, 5)))
        .when(load(small_tree()))
        .then([loaded()]);
    assert_eq!(cat.jurisdiction, Some(shenzhen()));
    assert_eq!(
        codes(cat.tree()),
        ["A", "A01", "A0101", "A0102", "A02", "B", "B01"]
    );
    assert_eq!(
        cat.tree().map(|i| i.level).collect::<Vec<_>>(),
        [1, 2, 3, 3, 2, 1, 2]
    );
    let item = cat.item(&code("A0101")).unwrap();
    assert_eq!(item.parent, Some(code("A01")));
    assert_eq!(item.name_zh, "居家养老上门服务");
    assert_eq!(item.category, PublicService);
    assert_eq!(item.status, ItemStatus::Active);
    assert_eq!(item.added_at, at(2026, 1, 5));
    // Children inherit the top-level category.
    assert_eq!(cat.item(&code("B01")).unwrap().category, Auxiliary);
    assert_eq!(codes(cat.children(&code("A"))), ["A01", "A02"]);
    assert_eq!(codes(cat.children(&code("A01"))), ["A0101", "A0102"]);
    assert!(cat.children(&code("A0101")).next().is_none());
    assert_eq!(codes(cat.top_level()), ["A", "B"]);
    assert!(cat.is_active(&code("A0102")));
    assert!(!cat.is_active(&code("A0103")));
    assert!(cat.item(&code("C")).is_none());
}

#[test]
fn load_places_items_by_code_whatever_their_order() {
    let mut shuffled = small_tree();
    shuffled.reverse();
    given([])
        .with(Context::at(at(2026, 1, 5)))
        .when(load(shuffled))
        .then([loaded()]);
}

#[test]
fn names_are_recorded_in_their_normal_form() {
    let items = vec![
        spec(
            "A",
            "  基本公共服务\u{200B} ",
            Some("Basic   public services"),
        ),
        ItemSpec {
            category: Some(PublicService),
            ..spec("A01", "养老服务１", Some("Elderly care"))
        },
    ];
    let events = given([]).with(ctx()).when(load(items)).then_accepted();
    let E::CatalogueLoaded { items, .. } = &events[0] else {
        panic!("{events:?}");
    };
    assert_eq!(items[0].name_zh, "基本公共服务");
    assert_eq!(items[0].name_en.as_deref(), Some("Basic public services"));
    // Full-width digits become ASCII; a child may repeat its parent's category.
    assert_eq!(items[1].name_zh, "养老服务1");
    assert_eq!(items[1].category, PublicService);
}

#[test]
fn load_refusals() {
    let mut dup_zh = small_tree();
    dup_zh.push(spec("A03", "养老服务", None));
    let mut dup_en = small_tree();
    dup_en.push(spec("A03", "助老服务", Some("ELDERLY CARE  services")));
    let mut orphan = small_tree();
    orphan.push(spec("A0301", "孤儿保障服务", None));
    for (name, case, items, fragment) in [
        (
            "loaded twice",
            given([loaded()]),
            small_tree(),
            "was already loaded on 2026-01-05 and has 7 items",
        ),
        (
            "same Chinese name under one parent",
            given([]),
            dup_zh,
            "the Chinese name '养老服务' of A03 is already used by the active item A01 养老服务 under A",
        ),
        (
            "same English name, other case and spacing",
            given([]),
            dup_en,
            "the English name 'ELDERLY CARE services' of A03 is already used by the active item A01 养老服务 under A",
        ),
        (
            "parent missing from the tree",
            given([]),
            orphan,
            "the parent A03 of item A0301 is neither in the catalogue nor among the items given",
        ),
    ] {
        let e = case.with(ctx()).when(load(items)).then_refused(CAT_ITEM);
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
}

#[test]
fn load_input_is_validated_item_by_item() {
    let with = |f: &dyn Fn(&mut Vec<ItemSpec>)| {
        let mut items = small_tree();
        f(&mut items);
        items
    };
    let too_many: Vec<ItemSpec> = (0..=MAX_ITEMS).map(|_| spec("A", "x", None)).collect();
    for (name, items, field, fragment) in [
        ("no items", vec![], "items", "no items were given"),
        (
            "more than 5,000 items",
            too_many,
            "items",
            "5001 items were given; at most 5000",
        ),
        (
            "a code twice",
            with(&|v| v.push(spec("A01", "助老服务", None))),
            "items.code",
            "code A01 is given to more than one of the items",
        ),
        (
            "a top-level item without a category",
            with(&|v| v[0].category = None),
            "items.category",
            "item A is a top-level item (一级目录) and needs a category",
        ),
        (
            "a child of another category than its parent",
            with(&|v| v[1].category = Some(Auxiliary)),
            "items.category",
            "item A01 is given the category AUXILIARY (履职辅助性服务), but it sits under an item of category PUBLIC_SERVICE",
        ),
        (
            "a child under the wrong parent",
            with(&|v| v[2].parent = Some(code("A02"))),
            "items.parent",
            "item A0101 belongs under A01 (its code without the last two digits), not under A02",
        ),
        (
            "a child without its parent",
            with(&|v| v[2].parent = None),
            "items.parent",
            "item A0101 is a level-3 item; give its parent, A01",
        ),
        (
            "a top-level item with a parent",
            with(&|v| v[5].parent = Some(code("A"))),
            "items.parent",
            "item B is a top-level item (一级目录) and has no parent, but A was given",
        ),
        (
            "an empty Chinese name",
            with(&|v| v[3].name_zh = " \u{3000} ".into()),
            "items.nameZh",
            "the Chinese name (中文名称) of item A0102 is empty",
        ),
        (
            "a Chinese name of 101 characters",
            with(&|v| v[3].name_zh = "养".repeat(101)),
            "items.nameZh",
            "has 101 characters; at most 100",
        ),
        (
            "an empty English name",
            with(&|v| v[3].name_en = Some(" ".into())),
            "items.nameEn",
            "leave it out if there is none",
        ),
        (
            "an English name of 201 characters",
            with(&|v| v[3].name_en = Some("a".repeat(201))),
            "items.nameEn",
            "has 201 characters; at most 200",
        ),
        (
            "a control character in a name",
            with(&|v| v[3].name_zh = "老年人\u{1b}助餐".into()),
            "items.nameZh",
            "control character U+001B at character 4",
        ),
    ] {
        let e = given([]).with(ctx()).when(load(items)).then_invalid(field);
        assert!(e.message().contains(fragment), "{name}: {e}");
        if field != "items.nameZh" || !fragment.contains("control") {
            assert_eq!(e.rule(), Some(CAT_ITEM), "{name}");
        }
    }
    // Exactly 5,000 is not too many.
    let mut many = vec![spec("A", "类", None)];
    'fill: for i in 1..=99 {
        many.push(spec(&format!("A{i:02}"), &format!("项{i}"), None));
        for j in 1..=99 {
            if many.len() == MAX_ITEMS {
                break 'fill;
            }
            many.push(spec(&format!("A{i:02}{j:02}"), &format!("项{i}-{j}"), None));
        }
    }
    many.truncate(MAX_ITEMS);
    let events = given([]).with(ctx()).when(load(many)).then_accepted();
    let E::CatalogueLoaded { items, .. } = &events[0] else {
        panic!("{events:?}");
    };
    assert_eq!(items.len(), MAX_ITEMS);
}

// ---------------------------------------------------------------------------------------------
// The shipped default catalogue
// ---------------------------------------------------------------------------------------------

#[test]
fn the_default_catalogue_loads_whole() {
    let items = default_items().unwrap();
    assert!(
        (60..=150).contains(&items.len()),
        "{} items in the default catalogue",
        items.len()
    );
    let cat = given([])
        .with(ctx())
        .when(load(items.clone()))
        .then_accepted()
        .iter()
        .fold(Catalogue::default(), |c, e| c.evolve(e));
    // Every item is in, under the code and names the file gives it.
    assert_eq!(cat.items.len(), items.len());
    for spec in &items {
        let item = cat.item(&spec.code).unwrap();
        assert_eq!(item.name_zh, spec.name_zh, "{}", spec.code);
        assert_eq!(item.name_en, spec.name_en, "{}", spec.code);
        assert!(item.name_en.is_some(), "{} has no English name", spec.code);
    }
    assert_eq!(cat.tree().map(|i| i.level).max(), Some(3));
    assert_eq!(
        cat.top_level()
            .map(|i| (i.code.as_str(), i.category))
            .collect::<Vec<_>>(),
        [("A", PublicService), ("B", Auxiliary)]
    );
    let second_level: Vec<&str> = cat
        .tree()
        .filter(|i| i.level == 2)
        .map(|i| i.name_zh.as_str())
        .collect();
    for area in [
        "养老服务",
        "残疾人服务",
        "儿童福利服务",
        "社会救助服务",
        "慈善救助服务",
        "社区服务",
        "社会工作服务",
        "法律援助服务",
        "心理健康服务",
        "就业服务",
        "公共文化体育服务",
        "公共卫生健康教育服务",
        "调查研究服务",
        "评估评价服务",
        "培训服务",
        "信息化服务",
    ] {
        assert!(second_level.contains(&area), "{area} missing");
    }
    assert!(
        cat.tree()
            .any(|i| i.name_zh == "第三方评估服务" && i.category == Auxiliary)
    );
    // Every second-level area has services under it.
    for area in cat.tree().filter(|i| i.level == 2) {
        assert!(cat.children(&area.code).count() >= 2, "{}", area.label());
    }
}

#[test]
fn catalogue_files_are_checked_for_shape_and_codes() {
    let parsed = parse_items(
        r#"{"items": [{"code": "A", "nameZh": "公共服务", "category": "PUBLIC_SERVICE",
            "children": [{"code": "A01", "nameZh": "养老服务", "nameEn": "Elderly care"}]}]}"#,
    )
    .unwrap();
    assert_eq!(
        parsed,
        [
            ItemSpec {
                code: code("A"),
                parent: None,
                name_zh: "公共服务".into(),
                name_en: None,
                category: Some(PublicService),
            },
            ItemSpec {
                code: code("A01"),
                parent: Some(code("A")),
                name_zh: "养老服务".into(),
                name_en: Some("Elderly care".into()),
                category: None,
            },
        ]
    );
    for (text, field, fragment) in [
        ("not json", "items", "the catalogue file is not valid"),
        (
            r#"{"items": [{"code": "A", "nameZh": "x", "nmeEn": "y"}]}"#,
            "items",
            "unknown field `nmeEn`",
        ),
        (
            r#"{"items": [{"code": "A", "nameZh": "x", "category": "OTHER"}]}"#,
            "items",
            "unknown variant `OTHER`",
        ),
        (
            r#"{"items": [{"code": "A", "nameZh": "x", "children": [{"code": "A1", "nameZh": "y"}]}]}"#,
            "items.code",
            "catalogue code 'A1' has 1 digits",
        ),
    ] {
        let e = parse_items(text).unwrap_err();
        assert_eq!(e.field(), Some(field), "{text}");
        assert_eq!(e.rule(), Some(CAT_ITEM), "{text}");
        assert!(e.message().contains(fragment), "{text}: {e}");
        assert!(e.message_zh().is_some(), "{text}: {e:?}");
    }
    // Nesting an item under the wrong parent parses, and the load names it.
    let misplaced = parse_items(
        r#"{"items": [{"code": "A", "nameZh": "公共服务", "category": "PUBLIC_SERVICE",
            "children": [{"code": "B01", "nameZh": "养老服务"}]}]}"#,
    )
    .unwrap();
    let e = given([])
        .with(ctx())
        .when(load(misplaced))
        .then_invalid("items.parent");
    assert!(e.message().contains("item B01 belongs under B"), "{e}");
}

// ---------------------------------------------------------------------------------------------
// Adding items
// ---------------------------------------------------------------------------------------------

#[test]
fn an_item_is_added_under_an_active_parent() {
    let cat = given([loaded()])
        .with(ctx())
        .when(C::AddItem(spec("A0103", "老年人能力评估服务", None)))
        .then([E::CatalogueItemAdded {
            item: new_item("A0103", "老年人能力评估服务", None, PublicService),
            added_at: at(2026, 3, 2),
        }]);
    assert_eq!(
        codes(cat.children(&code("A01"))),
        ["A0101", "A0102", "A0103"]
    );
    assert_eq!(cat.item(&code("A0103")).unwrap().added_at, at(2026, 3, 2));
    // A new top level needs its category; a fourth level is the deepest.
    given([loaded()])
        .with(ctx())
        .when(C::AddItem(ItemSpec {
            category: Some(Auxiliary),
            ..spec("C", "其他服务", Some("Other services"))
        }))
        .then_accepted();
    given([loaded()])
        .with(ctx())
        .when(C::AddItem(spec("A010101", "助浴服务", None)))
        .then([E::CatalogueItemAdded {
            item: new_item("A010101", "助浴服务", None, PublicService),
            added_at: at(2026, 3, 2),
        }]);
}

#[test]
fn a_batch_of_items_is_added_all_or_none() {
    let cat = given([loaded()])
        .with(ctx())
        .when(C::AddItems {
            items: vec![
                spec("A0301", "困境儿童关爱保护服务", None),
                spec("A03", "儿童福利服务", Some("Child welfare")),
            ],
        })
        .then([
            E::CatalogueItemAdded {
                item: new_item("A03", "儿童福利服务", Some("Child welfare"), PublicService),
                added_at: at(2026, 3, 2),
            },
            E::CatalogueItemAdded {
                item: new_item("A0301", "困境儿童关爱保护服务", None, PublicService),
                added_at: at(2026, 3, 2),
            },
        ]);
    assert_eq!(codes(cat.children(&code("A03"))), ["A0301"]);
    // One bad item refuses the batch: nothing of it is recorded.
    let e = given([loaded()])
        .with(ctx())
        .when(C::AddItems {
            items: vec![
                spec("A03", "儿童福利服务", None),
                spec("A0301", "困境儿童关爱保护服务", None),
                spec("A0401", "临时救助服务", None),
            ],
        })
        .then_refused(CAT_ITEM);
    assert!(
        e.message().contains(
            "the parent A04 of item A0401 is neither in the catalogue nor among the items given"
        ),
        "{e}"
    );
}

#[test]
fn add_refusals() {
    let a0102_retired = || vec![loaded(), retired("A0102", 2026, 2, 1)];
    let a01_retired = || {
        vec![
            loaded(),
            retired("A0101", 2026, 2, 1),
            retired("A0102", 2026, 2, 1),
            retired("A01", 2026, 2, 2),
        ]
    };
    for (name, history, item, fragment) in [
        (
            "no catalogue yet",
            vec![],
            spec("A", "基本公共服务", None),
            "no guidance catalogue (指导性目录) has been loaded for this jurisdiction yet",
        ),
        (
            "the code is used",
            vec![loaded()],
            spec("A0101", "助浴服务", None),
            "code A0101 is already used by the item A0101 居家养老上门服务; choose another code",
        ),
        (
            "the code was used by a retired item",
            a0102_retired(),
            spec("A0102", "助浴服务", None),
            "code A0102 was used by the item A0102 老年人助餐服务, retired on 2026-02-01; a retired code is never given to another item",
        ),
        (
            "the parent is missing",
            vec![loaded()],
            spec("A0301", "困境儿童关爱保护服务", None),
            "the parent A03 of item A0301 is not in the catalogue; add the parent first",
        ),
        (
            "the parent is retired",
            a01_retired(),
            spec("A0103", "助浴服务", None),
            "item A0103 cannot be added under A01 养老服务, which was retired on 2026-02-02",
        ),
        (
            "an active sibling has the name",
            vec![loaded()],
            spec("A03", "残疾人服务", None),
            "the Chinese name '残疾人服务' of A03 is already used by the active item A02 残疾人服务 under A",
        ),
        (
            "an active top-level item has the English name",
            vec![loaded()],
            ItemSpec {
                category: Some(Auxiliary),
                ..spec("C", "其他", Some("auxiliary services"))
            },
            "is already used by the active item B 履职辅助性服务 at the top level",
        ),
    ] {
        let e = given(history)
            .with(ctx())
            .when(C::AddItem(item))
            .then_refused(CAT_ITEM);
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
    // A retired sibling's name is free again.
    given(a0102_retired())
        .with(ctx())
        .when(C::AddItem(spec("A0103", "老年人助餐服务", None)))
        .then_accepted();
    // Single items name their fields without the `items.` prefix.
    let e = given([loaded()])
        .with(ctx())
        .when(C::AddItem(ItemSpec {
            parent: None,
            ..spec("A0103", "助浴服务", None)
        }))
        .then_invalid("parent");
    assert_eq!(e.rule(), Some(CAT_ITEM));
    given([loaded()])
        .with(ctx())
        .when(C::AddItem(spec("A0103", "", None)))
        .then_invalid("nameZh");
    given([loaded()])
        .with(ctx())
        .when(C::AddItem(ItemSpec {
            category: Some(Auxiliary),
            ..spec("A0103", "助浴服务", None)
        }))
        .then_invalid("category");
}

// ---------------------------------------------------------------------------------------------
// Renaming
// ---------------------------------------------------------------------------------------------

#[test]
fn a_rename_records_old_and_new_names() {
    let cat = given([loaded()])
        .with(ctx())
        .when(rename(
            "A01",
            "养老服务（居家和社区）",
            Some("Home and community elderly care"),
        ))
        .then([E::CatalogueItemRenamed {
            code: code("A01"),
            old_name_zh: "养老服务".into(),
            old_name_en: Some("Elderly care services".into()),
            // Recorded in the normal form: full-width brackets become ASCII ones.
            new_name_zh: "养老服务(居家和社区)".into(),
            new_name_en: Some("Home and community elderly care".into()),
            reason: "按2026年目录调整".into(),
            renamed_at: at(2026, 3, 2),
        }]);
    let item = cat.item(&code("A01")).unwrap();
    assert_eq!(item.name_zh, "养老服务(居家和社区)");
    assert_eq!(item.added_at, at(2026, 1, 5));
    // Changing the English name alone, or dropping it, is a rename.
    given([loaded()])
        .with(ctx())
        .when(rename("A01", "养老服务", Some("Elderly care")))
        .then_accepted();
    let cat = given([loaded()])
        .with(ctx())
        .when(rename("A01", "养老服务", None))
        .then_accepted()
        .iter()
        .fold(given([loaded()]).state().clone(), |c, e| c.evolve(e));
    assert_eq!(cat.item(&code("A01")).unwrap().name_en, None);
    // Its own current name does not clash with itself.
    given([loaded()])
        .with(ctx())
        .when(rename("A02", "残疾人服务", Some("Disability services")))
        .then_accepted();
}

#[test]
fn rename_refusals() {
    for (name, history, command, fragment) in [
        (
            "nothing changes",
            vec![loaded()],
            rename("A01", "养老服务", Some("Elderly care services")),
            "renaming A01 养老服务 changes nothing: it is already called '养老服务' in Chinese and 'Elderly care services' in English",
        ),
        (
            "nothing changes once normalised",
            vec![loaded()],
            rename("A0102", " 老年人助餐服务\u{200D}", None),
            "it is already called '老年人助餐服务' in Chinese and nothing in English",
        ),
        (
            "an active sibling has the name",
            vec![loaded()],
            rename("A02", "养老服务", None),
            "the Chinese name '养老服务' of A02 is already used by the active item A01 养老服务 under A",
        ),
        (
            "the item is retired",
            vec![loaded(), retired("A0102", 2026, 2, 1)],
            rename("A0102", "老年助餐服务", None),
            "A0102 老年人助餐服务 was retired on 2026-02-01 and cannot be renamed",
        ),
        (
            "the item does not exist",
            vec![loaded()],
            rename("A09", "心理健康服务", None),
            "there is no item A09 in the guidance catalogue (指导性目录) of 440300",
        ),
        (
            "no catalogue yet",
            vec![],
            rename("A01", "养老", None),
            "has been loaded",
        ),
    ] {
        let e = given(history)
            .with(ctx())
            .when(command)
            .then_refused(CAT_ITEM);
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
}

#[test]
fn reasons_are_required_and_bounded() {
    let with_reason = |reason: &str| -> [CatalogueCommand; 3] {
        [
            C::RenameItem {
                code: code("A01"),
                name_zh: "助老服务".into(),
                name_en: None,
                reason: reason.into(),
            },
            C::RetireItem {
                code: code("A0101"),
                reason: reason.into(),
            },
            C::ReinstateItem {
                code: code("A0102"),
                reason: reason.into(),
            },
        ]
    };
    let history = || vec![loaded(), retired("A0102", 2026, 2, 1)];
    let long = "理".repeat(501);
    for (reason, fragment) in [
        ("", "needs a reason (理由), and none was given"),
        (" \u{FEFF} ", "needs a reason (理由)"),
        (long.as_str(), "the reason has 501 characters; at most 500"),
        ("误操作\u{7}", "control character U+0007"),
    ] {
        for command in with_reason(reason) {
            let name = command.name();
            let e = given(history())
                .with(ctx())
                .when(command)
                .then_invalid("reason");
            assert!(e.message().contains(fragment), "{name} {reason:?}: {e}");
        }
    }
    // A reason is a paragraph: it may span lines, and 500 characters are enough.
    for command in with_reason(&format!("第一行\n第二行\t{}", "理".repeat(490))) {
        given(history()).with(ctx()).when(command).then_accepted();
    }
    // Names are single lines.
    let e = given([loaded()])
        .with(ctx())
        .when(rename("A01", "养老\n服务", None))
        .then_invalid("nameZh");
    assert!(e.message().contains("U+000A"), "{e}");
    given([loaded()])
        .with(ctx())
        .when(rename("A01", "养老服务", Some("Elderly\tcare")))
        .then_invalid("nameEn");
}

// ---------------------------------------------------------------------------------------------
// Retiring and reinstating
// ---------------------------------------------------------------------------------------------

#[test]
fn a_retired_item_stays_in_the_tree() {
    // 20:00 UTC on 1 March is 2 March in China: the retirement counts from the China-local day.
    let evening = Utc.with_ymd_and_hms(2026, 3, 1, 20, 0, 0).unwrap();
    let cat = given([loaded()])
        .with(Context::at(evening))
        .when(retire("A0102"))
        .then([E::CatalogueItemRetired {
            code: code("A0102"),
            on: date(2026, 3, 2),
            reason: "该服务已由街道直接提供，不再购买".into(),
            retired_at: evening,
        }]);
    assert!(!cat.is_active(&code("A0102")));
    assert_eq!(
        cat.item(&code("A0102")).unwrap().status,
        ItemStatus::Retired {
            on: date(2026, 3, 2),
            reason: "该服务已由街道直接提供，不再购买".into(),
        }
    );
    assert_eq!(codes(cat.children(&code("A01"))), ["A0101", "A0102"]);
    assert_eq!(cat.tree().count(), 7);
    // Once its children are retired, the parent can be.
    given([
        loaded(),
        retired("A0101", 2026, 2, 1),
        retired("A0102", 2026, 2, 1),
    ])
    .with(ctx())
    .when(retire("A01"))
    .then_accepted();
}

#[test]
fn retire_refusals() {
    for (name, history, code_, fragment) in [
        (
            "active children",
            vec![loaded()],
            "A01",
            "A01 养老服务 still has 2 active item(s) under it (A0101 居家养老上门服务, A0102 老年人助餐服务); retire those first",
        ),
        (
            "one active child left",
            vec![loaded(), retired("A0101", 2026, 2, 1)],
            "A01",
            "still has 1 active item(s) under it (A0102 老年人助餐服务)",
        ),
        (
            "already retired",
            vec![loaded(), retired("A0101", 2026, 2, 1)],
            "A0101",
            "A0101 居家养老上门服务 was already retired on 2026-02-01",
        ),
        ("unknown", vec![loaded()], "A0109", "there is no item A0109"),
    ] {
        let e = given(history)
            .with(ctx())
            .when(retire(code_))
            .then_refused(CAT_ITEM);
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
    // Long lists are cut short.
    let mut items = small_tree();
    for n in 3..=9 {
        items.push(spec(&format!("A010{n}"), &format!("服务{n}"), None));
    }
    let cat = given([]).with(ctx()).when(load(items)).then_accepted();
    let e = given(cat)
        .with(ctx())
        .when(retire("A01"))
        .then_refused(CAT_ITEM);
    assert!(
        e.message().contains("still has 9 active item(s)")
            && e.message().contains("A0105 服务5 and 4 more"),
        "{e}"
    );
}

#[test]
fn a_retired_item_can_be_reinstated() {
    let history = vec![loaded(), retired("A0102", 2026, 2, 1)];
    let cat =
        given(history)
            .with(ctx())
            .when(reinstate("A0102"))
            .then([E::CatalogueItemReinstated {
                code: code("A0102"),
                on: date(2026, 3, 2),
                reason: "误操作，恢复".into(),
                reinstated_at: at(2026, 3, 2),
            }]);
    assert!(cat.is_active(&code("A0102")));
    assert_eq!(cat.item(&code("A0102")).unwrap().name_zh, "老年人助餐服务");
}

#[test]
fn reinstate_refusals() {
    let a01_retired = vec![
        loaded(),
        retired("A0101", 2026, 2, 1),
        retired("A0102", 2026, 2, 1),
        retired("A01", 2026, 2, 2),
    ];
    let name_taken = vec![
        loaded(),
        retired("A0102", 2026, 2, 1),
        E::CatalogueItemAdded {
            item: new_item("A0103", "老年人助餐服务", None, PublicService),
            added_at: at(2026, 2, 3),
        },
    ];
    for (name, history, code_, fragment) in [
        (
            "active",
            vec![loaded()],
            "A0101",
            "A0101 居家养老上门服务 is active; there is nothing to reinstate",
        ),
        (
            "the parent is retired",
            a01_retired.clone(),
            "A0101",
            "A0101 居家养老上门服务 sits under A01 养老服务, which is retired too; reinstate the parent first",
        ),
        (
            "an active sibling took its name",
            name_taken,
            "A0102",
            "A0102 老年人助餐服务 cannot come back under its old names: the Chinese name '老年人助餐服务' of A0102 is already used by the active item A0103 老年人助餐服务 under A01",
        ),
        ("unknown", vec![loaded()], "A0109", "there is no item A0109"),
    ] {
        let e = given(history)
            .with(ctx())
            .when(reinstate(code_))
            .then_refused(CAT_ITEM);
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
    // Parent first, then the child.
    given(a01_retired)
        .with(ctx())
        .when(reinstate("A01"))
        .then_accepted();
}

// ---------------------------------------------------------------------------------------------
// Commands and events on the wire
// ---------------------------------------------------------------------------------------------

#[test]
fn only_load_opens_a_stream() {
    let commands = [
        load(small_tree()),
        C::AddItem(spec("A03", "x", None)),
        C::AddItems { items: vec![] },
        rename("A01", "x", None),
        retire("A01"),
        reinstate("A01"),
    ];
    let names: Vec<&str> = commands.iter().map(DomainCommand::name).collect();
    assert_eq!(
        names,
        [
            "LoadCatalogue",
            "AddCatalogueItem",
            "AddCatalogueItems",
            "RenameCatalogueItem",
            "RetireCatalogueItem",
            "ReinstateCatalogueItem"
        ]
    );
    let opens: Vec<bool> = commands.iter().map(DomainCommand::opens_stream).collect();
    assert_eq!(opens, [true, false, false, false, false, false]);
    let reasons: Vec<Option<&str>> = commands.iter().map(DomainCommand::reason).collect();
    assert_eq!(
        reasons,
        [
            None,
            None,
            None,
            Some("按2026年目录调整"),
            Some("该服务已由街道直接提供，不再购买"),
            Some("误操作，恢复")
        ]
    );
    assert_eq!(<Catalogue as Aggregate>::CATEGORY, "catalogue");
}

fn every_event() -> Vec<CatalogueEvent> {
    vec![
        loaded(),
        E::CatalogueItemAdded {
            item: new_item("A03", "儿童福利服务", None, PublicService),
            added_at: at(2026, 2, 3),
        },
        E::CatalogueItemRenamed {
            code: code("A01"),
            old_name_zh: "养老服务".into(),
            old_name_en: None,
            new_name_zh: "养老与助老服务".into(),
            new_name_en: Some("Elderly care".into()),
            reason: "目录调整".into(),
            renamed_at: at(2026, 2, 4),
        },
        retired("A0102", 2026, 2, 5),
        E::CatalogueItemReinstated {
            code: code("A0102"),
            on: date(2026, 2, 6),
            reason: "误操作".into(),
            reinstated_at: at(2026, 2, 6),
        },
    ]
}

#[test]
fn every_event_kind_round_trips() {
    let events = every_event();
    let kinds: Vec<&str> = events.iter().map(DomainEvent::kind).collect();
    assert_eq!(
        kinds,
        CatalogueEvent::KINDS.map(|(k, _)| k),
        "every kind is in KINDS and exercised here"
    );
    for event in events {
        let data = event.to_data();
        let back = CatalogueEvent::from_stored(event.kind(), event.schema(), &data).unwrap();
        assert_eq!(back, event);
    }
    // camelCase payloads, codes as strings, no floats.
    assert_eq!(
        every_event()[1].to_data(),
        json!({
            "item": {
                "code": "A03", "parent": "A", "level": 2, "nameZh": "儿童福利服务",
                "nameEn": null, "category": "PUBLIC_SERVICE"
            },
            "addedAt": "2026-02-03T09:30:00Z"
        })
    );
    assert_eq!(
        every_event()[3].to_data(),
        json!({
            "code": "A0102", "on": "2026-02-05", "reason": "不再购买",
            "retiredAt": "2026-02-05T09:30:00Z"
        })
    );
}

#[test]
fn unknown_kinds_schemas_and_payloads_are_refused() {
    let data = loaded().to_data();
    assert_eq!(
        CatalogueEvent::from_stored("CatalogueDeleted", 1, &data),
        Err(DecodeError::UnknownKind("CatalogueDeleted".into()))
    );
    for schema in [0, 2] {
        assert_eq!(
            CatalogueEvent::from_stored("CatalogueLoaded", schema, &data),
            Err(DecodeError::UnsupportedSchema {
                kind: "CatalogueLoaded".into(),
                schema
            })
        );
    }
    // A code that breaks the scheme cannot enter through a stored event either.
    let bad = json!({"code": "a01", "on": "2026-02-05", "reason": "x", "retiredAt": "2026-02-05T09:30:00Z"});
    let e = CatalogueEvent::from_stored("CatalogueItemRetired", 1, &bad).unwrap_err();
    assert!(
        matches!(&e, DecodeError::Malformed { kind, message } if kind == "CatalogueItemRetired" && message.contains("letters must be capitals")),
        "{e}"
    );
}

#[test]
fn the_state_folds_every_event() {
    let cat = every_event()
        .iter()
        .fold(Catalogue::default(), |c, e| c.evolve(e));
    assert_eq!(cat.items.len(), 8);
    assert_eq!(cat.item(&code("A01")).unwrap().name_zh, "养老与助老服务");
    assert!(cat.is_active(&code("A0102")));
    assert_eq!(cat.item(&code("A03")).unwrap().added_at, at(2026, 2, 3));
    assert_eq!(cat.loaded_at, Some(at(2026, 1, 5)));
}

#[test]
fn the_state_reads_back_as_the_read_model_stores_it() {
    let cat = given([loaded(), retired("A0102", 2026, 2, 1)])
        .state()
        .clone();
    let stored = serde_json::to_value(&cat).unwrap();
    assert_eq!(
        stored["items"]["A0102"],
        json!({
            "code": "A0102", "parent": "A01", "level": 3, "nameZh": "老年人助餐服务",
            "nameEn": null, "category": "PUBLIC_SERVICE", "status": "RETIRED",
            "on": "2026-02-01", "reason": "不再购买", "addedAt": "2026-01-05T09:30:00Z"
        })
    );
    assert_eq!(stored["items"]["A01"]["status"], "ACTIVE");
    assert_eq!(stored["jurisdiction"], "440300");
    let back: Catalogue = serde_json::from_value(stored).unwrap();
    assert_eq!(back, cat);
}
