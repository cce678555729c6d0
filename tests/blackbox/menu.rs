//! A community menu order over HTTP, from the menu to a completed contract: the bureau loads
//! the sample menu and retires an item; a Futian community collects its residents' needs,
//! its residents' council approves, the bureau decides, the order is implemented by a real
//! procurement (tendered, awarded and contracted: the procurement drivers of
//! `procurement_support`), the contract is completed and the order accepted, each step with its
//! public notice. Refusals with their code and rule and nothing written: a retired item, over
//! Luohu's cap (exactly at it accepted), a step out of order, acceptance before the contract is
//! completed, the wrong role; and one in Chinese.

use serde_json::{Value, json};

use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(a_menu_order_goes_from_needs_to_an_accepted_contract);

/// Luohu, whose caps policy/default.json ships.
const LUOHU: &str = "440303";

const ORDER: &str = "id version jurisdiction community { unitId name } title status statusZh
  totalFen menuVersion lines { code nameZh itemType amountFen needs capFen }
  notices { step stepZh text at } councilApproved councilReason
  implementation { by procurementId reference } contractId";

fn order_mutation(name: &str, input: &str) -> String {
    format!("mutation($i: {input}!) {{ {name}(input: $i) {{ {ORDER} }} }}")
}

fn collect(community: &str, lines: Value) -> Value {
    json!({ "i": { "communityName": community, "title": "长者助餐与居家照护", "lines": lines,
        "notice": "经入户走访和问卷，收集到居民对长者助餐的需求，现予公示七天" } })
}

fn line(code: &str, amount_fen: i64) -> Value {
    json!({ "code": code, "amountFen": amount_fen, "needs": "社区独居长者约120人，就餐困难" })
}

/// A purchaser token for a community's unit in `jurisdiction`.
fn community_token(place: &Place, unit: &str, jurisdiction: &str) -> String {
    issue_token(
        place.path(),
        "purchaser",
        &format!("community-{unit}"),
        &["--organisation", unit, "--jurisdiction", jurisdiction],
    )
}

/// Asserts `response` is refused with `code` and `rule`, and that nothing was written.
async fn refused(
    server: &Server,
    before: u64,
    response: &Value,
    code: &str,
    rule: Option<&str>,
    what: &str,
) {
    assert_error(response, code, rule, what);
    assert_eq!(server.event_count().await, before, "{what} wrote nothing");
}

async fn a_menu_order_goes_from_needs_to_an_accepted_contract(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let luohu_registrar = place.token("registrar", Some(LUOHU));
    let futian_registrar = place.token("registrar", Some(FUTIAN));

    // The bureau loads the sample menu in both districts; anyone reads it.
    for (j, token) in [(LUOHU, &luohu_registrar), (FUTIAN, &admin)] {
        let loaded = server
            .ok(
                Some(token),
                "mutation($j: String!) { loadDefaultMenu(input: {jurisdiction: $j}) { jurisdiction version itemCount } }",
                json!({ "j": j }),
            )
            .await;
        assert_eq!(
            loaded["loadDefaultMenu"],
            json!({ "jurisdiction": j, "version": 0, "itemCount": 50 })
        );
    }
    let menu = server
        .ok(
            None,
            "{ menu(jurisdiction: \"440303\") { version items { code level nameZh itemType needs status capFen } } }",
            json!({}),
        )
        .await["menu"]
        .clone();
    let items = menu["items"].as_array().unwrap();
    assert_eq!(items.len(), 50);
    assert_eq!(
        items[1],
        json!({ "code": "A01", "level": 2, "nameZh": "长者助餐服务", "itemType": "SERVICES",
            "needs": ["独居长者吃饭难", "高龄长者助餐配送"], "status": "ACTIVE", "capFen": 50_000_000 })
    );
    assert_eq!(
        (&items[0]["itemType"], &items[0]["capFen"]),
        (&Value::Null, &Value::Null),
        "a category has no type, so no cap"
    );
    // The cap shown is the item's type's: Luohu caps works higher than services; Futian sets none.
    let works = items.iter().find(|i| i["itemType"] == "WORKS").unwrap();
    assert_eq!(works["capFen"], 100_000_000, "{works}");
    let futian = server
        .ok(
            None,
            "{ menuItem(jurisdiction: \"440304\", code: \"A01\") { capFen } }",
            json!({}),
        )
        .await;
    assert_eq!(futian["menuItem"]["capFen"], Value::Null);

    // Only the bureau keeps the menu.
    let retire = "mutation($i: MenuItemReasonInput!) { retireMenuItem(input: $i) { version item { code status retiredReason } } }";
    let retire_a04 =
        json!({ "i": { "jurisdiction": LUOHU, "code": "A04", "reason": "由区住建部门统一实施" } });
    let luohu_unit = uuid::Uuid::now_v7().to_string();
    let luohu_community = community_token(&place, &luohu_unit, LUOHU);
    let before = server.event_count().await;
    for token in [&luohu_community, &futian_registrar] {
        let r = server.gql(Some(token), retire, retire_a04.clone()).await;
        refused(
            &server,
            before,
            &r,
            "FORBIDDEN",
            None,
            "the menu is the bureau's",
        )
        .await;
    }
    let retired = server.ok(Some(&luohu_registrar), retire, retire_a04).await;
    assert_eq!(
        retired["retireMenuItem"]["item"],
        json!({ "code": "A04", "status": "RETIRED", "retiredReason": "由区住建部门统一实施" })
    );

    // In Luohu: a retired item, and one fen over the services cap, are refused; exactly the
    // cap is accepted.
    let collect_m = order_mutation("collectMenuOrderNeeds", "CollectMenuOrderNeedsInput");
    let before = server.event_count().await;
    let r = server
        .gql(
            Some(&luohu_community),
            &collect_m,
            collect("罗湖区东门街道湖贝社区", json!([line("A04", 1_000_000)])),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("MENU-ITEM"),
        "a retired item",
    )
    .await;
    let r = server
        .gql_in(
            Some("zh-CN"),
            Some(&luohu_community),
            &collect_m,
            collect("罗湖区东门街道湖贝社区", json!([line("A01", 50_000_001)])),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("MENU-CAP"),
        "over the cap",
    )
    .await;
    let message = r["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("上限为 ¥500,000.00") && message.contains("¥500,000.01"),
        "{message}"
    );
    let at_cap = server
        .ok(
            Some(&luohu_community),
            &collect_m,
            collect(
                "罗湖区东门街道湖贝社区",
                json!([line("A01", 50_000_000), line("A02", 50_000_000)]),
            ),
        )
        .await["collectMenuOrderNeeds"]
        .clone();
    assert_eq!(
        (
            &at_cap["status"],
            &at_cap["totalFen"],
            &at_cap["lines"][0]["capFen"],
            &at_cap["menuVersion"]
        ),
        (
            &json!("NEEDS_COLLECTED"),
            &json!(100_000_000),
            &json!(50_000_000),
            &json!(1)
        )
    );
    assert_eq!(at_cap["community"]["unitId"], json!(luohu_unit));

    // The bureau reinstates the item, adds one, renames it; an item without its type is
    // refused; the menu as it stood before is still there to read.
    // An instant after the retirement was recorded (the test runs beside the server).
    let after_retirement = chrono::Utc::now().to_rfc3339();
    let reinstated = server
        .ok(
            Some(&luohu_registrar),
            "mutation($i: MenuItemReasonInput!) { reinstateMenuItem(input: $i) { version item { status } } }",
            json!({ "i": { "jurisdiction": LUOHU, "code": "A04", "reason": "区住建部门不再统一实施" } }),
        )
        .await;
    assert_eq!(
        reinstated["reinstateMenuItem"],
        json!({ "version": 2, "item": { "status": "ACTIVE" } })
    );
    let add = "mutation($i: AddMenuItemInput!) { addMenuItem(input: $i) { version item { code parent itemType needs } } }";
    let before = server.event_count().await;
    let r = server
        .gql(
            Some(&luohu_registrar),
            add,
            json!({ "i": { "jurisdiction": LUOHU, "code": "A05", "nameZh": "长者智能手机课堂" } }),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "VALIDATION",
        Some("MENU-ITEM"),
        "an item without its type",
    )
    .await;
    let added = server
        .ok(
            Some(&luohu_registrar),
            add,
            json!({ "i": { "jurisdiction": LUOHU, "code": "A05", "nameZh": "长者智能手机课堂",
                "type": "SERVICES", "needs": ["长者不会用智能手机"] } }),
        )
        .await;
    assert_eq!(
        added["addMenuItem"]["item"],
        json!({ "code": "A05", "parent": "A", "itemType": "SERVICES", "needs": ["长者不会用智能手机"] })
    );
    server
        .ok(
            Some(&luohu_registrar),
            "mutation($i: RenameMenuItemInput!) { renameMenuItem(input: $i) { version } }",
            json!({ "i": { "jurisdiction": LUOHU, "code": "A05", "nameZh": "长者数字技能课堂",
                "nameEn": "Digital skills for older residents", "reason": "名称规范" } }),
        )
        .await;
    let item = server
        .ok(
            None,
            "{ menuItem(jurisdiction: \"440303\", code: \"A05\") { nameZh nameEn itemType status } }",
            json!({}),
        )
        .await;
    assert_eq!(
        item["menuItem"],
        json!({ "nameZh": "长者数字技能课堂", "nameEn": "Digital skills for older residents",
            "itemType": "SERVICES", "status": "ACTIVE" })
    );
    let then = server
        .ok(
            None,
            "query($at: DateTime!) { menuAsOf(jurisdiction: \"440303\", at: $at) { version items { code status } } }",
            json!({ "at": after_retirement }),
        )
        .await["menuAsOf"]
        .clone();
    assert_eq!(then["version"], 1);
    let items = then["items"].as_array().unwrap();
    assert_eq!(items.len(), 50, "no A05 yet");
    assert!(items.contains(&json!({ "code": "A04", "status": "RETIRED" })));

    // Out of order: the bureau cannot decide before the council; nobody but the bureau decides;
    // another unit cannot act for the community.
    let decide_m = order_mutation("decideMenuOrder", "MenuOrderStepInput");
    let review_m = order_mutation("reviewMenuOrder", "ReviewMenuOrderInput");
    let luohu_order = at_cap["id"].clone();
    let before = server.event_count().await;
    let decide = |id: &Value| json!({ "i": { "orderId": id, "notice": "经街道办事处研究，同意实施，现予公示" } });
    let r = server
        .gql(Some(&luohu_registrar), &decide_m, decide(&luohu_order))
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("MENU-FLOW"),
        "a decision before the council",
    )
    .await;
    let r = server
        .gql(Some(&luohu_community), &decide_m, decide(&luohu_order))
        .await;
    refused(
        &server,
        before,
        &r,
        "FORBIDDEN",
        None,
        "a community deciding",
    )
    .await;
    let r = server
        .gql(Some(&futian_registrar), &decide_m, decide(&luohu_order))
        .await;
    refused(
        &server,
        before,
        &r,
        "FORBIDDEN",
        None,
        "another district's registrar",
    )
    .await;
    let review = |id: &Value| {
        json!({ "i": { "orderId": id, "approved": true,
        "reason": "居民议事会 23 名成员中 19 人赞成", "notice": "居民议事会审议通过，现予公示" } })
    };
    let stranger = community_token(&place, &uuid::Uuid::now_v7().to_string(), LUOHU);
    let r = server
        .gql(Some(&stranger), &review_m, review(&luohu_order))
        .await;
    refused(&server, before, &r, "FORBIDDEN", None, "another unit").await;
    let r = server
        .gql(
            Some(&place.token("auditor", None)),
            &collect_m,
            collect("某社区", json!([line("A01", 100)])),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "FORBIDDEN",
        None,
        "an auditor ordering",
    )
    .await;
    // And a step without its notice.
    let r = server
        .gql(
            Some(&luohu_community),
            &review_m,
            json!({ "i": { "orderId": luohu_order, "approved": true, "reason": "通过", "notice": " " } }),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "VALIDATION",
        Some("MENU-NOTICE"),
        "a step without its notice",
    )
    .await;

    // In Futian (no cap set), a community orders meals for its elderly; its council approves and
    // the bureau decides.
    let futian_unit = uuid::Uuid::now_v7().to_string();
    let futian_community = community_token(&place, &futian_unit, FUTIAN);
    let order = server
        .ok(
            Some(&futian_community),
            &collect_m,
            collect("福田区香蜜湖街道竹园社区", json!([line("A01", 50_000_000)])),
        )
        .await["collectMenuOrderNeeds"]
        .clone();
    assert_eq!(order["lines"][0]["capFen"], Value::Null);
    let id = order["id"].clone();
    let reviewed = server
        .ok(Some(&futian_community), &review_m, review(&id))
        .await["reviewMenuOrder"]
        .clone();
    assert_eq!(
        (&reviewed["status"], &reviewed["councilApproved"]),
        (&json!("COUNCIL_APPROVED"), &json!(true))
    );
    let decided = server
        .ok(Some(&futian_registrar), &decide_m, decide(&id))
        .await["decideMenuOrder"]
        .clone();
    assert_eq!(decided["status"], "DECIDED");
    // Two more decided orders in Futian: the same community's second one, and a neighbour's.
    let neighbour_unit = uuid::Uuid::now_v7().to_string();
    let neighbour = community_token(&place, &neighbour_unit, FUTIAN);
    let mut others = Vec::new();
    for (token, name) in [
        (&futian_community, "福田区香蜜湖街道竹园社区"),
        (&neighbour, "福田区香蜜湖街道东海社区"),
    ] {
        let other = server
            .ok(
                Some(token),
                &collect_m,
                collect(name, json!([line("A01", 50_000_000)])),
            )
            .await["collectMenuOrderNeeds"]["id"]
            .clone();
        server.ok(Some(token), &review_m, review(&other)).await;
        server
            .ok(Some(&futian_registrar), &decide_m, decide(&other))
            .await;
        others.push(other);
    }
    server.stop();

    // A real procurement of the community buys the item; the order is implemented by it.
    let (tendered, server) = tender_by(place, futian_unit.clone()).await;
    let implement_m = order_mutation("implementMenuOrder", "ImplementMenuOrderInput");
    let implement = json!({ "i": { "orderId": id, "procurementId": tendered.procurement,
        "notice": "通过公开招标采购助餐服务，采购公告已发布" } });
    let before = server.event_count().await;
    let r = server
        .gql(
            Some(&futian_community),
            &implement_m,
            json!({ "i": { "orderId": id, "procurementId": uuid::Uuid::now_v7(), "notice": "实施" } }),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("MENU-FLOW"),
        "a procurement that is not there",
    )
    .await;
    let implemented = server
        .ok(Some(&futian_community), &implement_m, implement.clone())
        .await["implementMenuOrder"]
        .clone();
    assert_eq!(
        implemented["implementation"],
        json!({ "by": "PROCUREMENT", "procurementId": tendered.procurement, "reference": null })
    );
    // That procurement carries out no other order: not the community's second one (MENU-FLOW's
    // claim, whoever raced), nor a neighbour's, which is not its purchaser.
    let neighbour = community_token(&tendered.place, &neighbour_unit, FUTIAN);
    for (token, other, what) in [
        (
            &futian_community,
            &others[0],
            "a second order on one procurement",
        ),
        (&neighbour, &others[1], "another community's procurement"),
    ] {
        let before = server.event_count().await;
        let r = server
            .gql(
                Some(token),
                &implement_m,
                json!({ "i": { "orderId": other, "procurementId": tendered.procurement,
                    "notice": "通过公开招标采购助餐服务" } }),
            )
            .await;
        refused(
            &server,
            before,
            &r,
            "RULE_VIOLATION",
            Some("MENU-FLOW"),
            what,
        )
        .await;
    }
    // A retry under the same command id is the first outcome, and writes nothing.
    let replay_id = uuid::Uuid::now_v7();
    let accept_m = order_mutation("acceptMenuOrder", "MenuOrderStepInput");
    let accept = json!({ "i": { "orderId": id, "commandId": replay_id,
        "notice": "居民代表参与验收，服务符合合同约定，验收合格，现予公示" } });

    // Awarded, the contract signed but not completed: acceptance waits for it.
    let (a, server) = award(tendered, server).await;
    let community = community_token(&a.place, &futian_unit, FUTIAN);
    let before = server.event_count().await;
    let r = server
        .gql(Some(&community), &accept_m, accept.clone())
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("MENU-FLOW"),
        "no contract yet",
    )
    .await;
    let contract = completed_contract(&server, &a).await;
    let accepted =
        server.ok(Some(&community), &accept_m, accept.clone()).await["acceptMenuOrder"].clone();
    assert_eq!(
        (&accepted["status"], &accepted["contractId"]),
        (&json!("ACCEPTED"), &contract)
    );
    let steps: Vec<&str> = accepted["notices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["step"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        [
            "COLLECT_NEEDS",
            "COUNCIL_REVIEW",
            "DECIDE",
            "IMPLEMENT",
            "ACCEPT"
        ]
    );
    assert_eq!(accepted["notices"][4]["stepZh"], "验收");
    let before = server.event_count().await;
    let again = server.ok(Some(&community), &accept_m, accept).await["acceptMenuOrder"].clone();
    assert_eq!(again["version"], accepted["version"]);
    assert_eq!(
        server.event_count().await,
        before,
        "a replay writes nothing"
    );
    // Accepted, nothing follows.
    let r = server.gql(Some(&community), &implement_m, implement).await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("MENU-FLOW"),
        "a step after acceptance",
    )
    .await;

    // Anyone reads the orders and their notices; the list filters.
    let listed = server
        .ok(
            None,
            "query($p: UUID!) { menuOrders(filter: {procurementId: $p}) { totalCount edges { node { id status community { name } } } } }",
            json!({ "p": a.procurement }),
        )
        .await["menuOrders"]
        .clone();
    assert_eq!(listed["totalCount"], 1);
    assert_eq!(
        listed["edges"][0]["node"],
        json!({ "id": id, "status": "ACCEPTED", "community": { "name": "福田区香蜜湖街道竹园社区" } })
    );
    let in_luohu = server
        .ok(
            None,
            "{ menuOrders(filter: {jurisdiction: \"440303\", status: NEEDS_COLLECTED}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(in_luohu["menuOrders"]["totalCount"], 1);
    let one = server
        .ok(
            None,
            &format!("query($id: UUID!) {{ menuOrder(id: $id) {{ {ORDER} }} }}"),
            json!({ "id": id }),
        )
        .await["menuOrder"]
        .clone();
    assert_eq!(one, accepted);

    // The order's history: every step, who took it, money in yuan.
    let auditor = a.place.token("auditor", None);
    let timeline = server
        .ok(
            Some(&auditor),
            "query($s: String!) { recordTimeline(stream: $s) { totalCount entries { kind actor role } } }",
            json!({ "s": format!("menuorder-{}", id.as_str().unwrap()) }),
        )
        .await["recordTimeline"]
        .clone();
    assert_eq!(timeline["totalCount"], 5, "{timeline:#}");
    let kinds: Vec<&str> = timeline["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "NeedsCollected",
            "CouncilReviewed",
            "MenuOrderDecided",
            "MenuOrderImplemented",
            "MenuOrderAccepted"
        ]
    );
    assert_eq!(timeline["entries"][2]["role"], "registrar");
    server.stop();
}
