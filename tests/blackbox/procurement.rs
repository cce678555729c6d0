//! A procurement's lifecycle over HTTP (政府购买服务): drafted by its purchasing unit against
//! the guidance catalogue, published on the jurisdiction's public board, amended, cancelled,
//! refused by its rules, and closed by the scheduler once the deadline has passed.

use chrono::{Duration, Utc};
use serde_json::{Value, json};

use crate::backdate::backdated;
use crate::support::*;

on_both_backends!(
    a_procurement_is_drafted_published_amended_and_cancelled,
    a_procurement_refuses_what_its_rules_forbid,
    the_tick_closes_bidding_after_the_deadline,
    a_procurement_is_read_as_it_stood,
    an_organisation_sees_which_procurements_it_may_bid_for,
    a_purchasing_unit_reads_its_own_procurements_history,
);

pub(crate) const J: &str = "440304";

const VIEW: &str = "id version position status statusZh jurisdiction purchaser purchaserUnit title
  item { code nameZh } method methodZh budget budgetFen bidSecurity bidSecurityFen
  serviceStart serviceEnd requirements { kinds minRating minYearsRegistered }
  scoring { priceWeightPercent criteria { key name maxPoints } }
  bidDeadline openingAt draftedAt publishedAt amendments biddingClosedAt openedBids { bidId }
  ended { rule reason at }";

fn draft_mutation() -> String {
    format!("mutation($i: DraftProcurementInput!) {{ draftProcurement(input: $i) {{ {VIEW} }} }}")
}

fn publish_mutation() -> String {
    format!(
        "mutation($id: UUID!, $v: Int) {{ publishProcurement(input: {{procurementId: $id, expectedVersion: $v}}) {{ {VIEW} }} }}"
    )
}

fn amend_mutation() -> String {
    format!("mutation($i: AmendProcurementInput!) {{ amendProcurement(input: $i) {{ {VIEW} }} }}")
}

pub(crate) fn cancel_mutation() -> String {
    format!("mutation($i: ProcurementReasonInput!) {{ cancelProcurement(input: $i) {{ {VIEW} }} }}")
}

fn one_query() -> String {
    format!("query($id: UUID!) {{ procurement(id: $id) {{ {VIEW} }} }}")
}

const LIST: &str = "query($f: ProcurementFilterInput!, $first: Int, $after: String) {
  procurements(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status title } } } }";

const TICK: &str = "mutation($p: Boolean! = false) { tick(preview: $p) { preview
  procurements { procurementId command version dueAt } failures { procurementId command code message } } }";

pub(crate) const LOAD: &str =
    "mutation($j: String!) { loadDefaultCatalogue(input: {jurisdiction: $j}) { version } }";

/// A purchaser token for purchasing unit `unit` of `jurisdiction`.
pub(crate) fn purchaser(place: &Place, unit: &str, jurisdiction: &str) -> String {
    issue_token(
        place.path(),
        "purchaser",
        &format!("purchaser-of-{unit}"),
        &["--jurisdiction", jurisdiction, "--organisation", unit],
    )
}

/// Terms a purchaser of Futian may draft: home care for the elderly, an open tender with the
/// deadline `days` from now.
pub(crate) fn terms(days: i64) -> Value {
    let deadline = Utc::now() + Duration::days(days);
    json!({
        "purchaser": "深圳市福田区民政局",
        "title": "福田区居家养老上门服务项目",
        "description": "为辖区失能、半失能老年人提供助餐、助浴、助洁等居家上门服务",
        "item": "A0101",
        "method": "OPEN_TENDER",
        "budgetFen": 50_000_000,
        "bidSecurityFen": 1_000_000,
        "serviceStart": (deadline + Duration::days(30)).format("%Y-%m-%d").to_string(),
        "serviceEnd": (deadline + Duration::days(300)).format("%Y-%m-%d").to_string(),
        "requirements": { "kinds": ["SOCIAL_SERVICE_ORG"], "minRating": 3 },
        "scoring": { "priceWeightPercent": 30, "criteria": [
            { "key": "plan", "name": "服务方案", "maxPoints": 40 },
            { "key": "team", "name": "团队与经验", "maxPoints": 30 } ] },
        "bidDeadline": deadline.to_rfc3339(),
        "openingAt": (deadline + Duration::hours(1)).to_rfc3339(),
    })
}

pub(crate) fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

pub(crate) async fn draft(server: &Server, token: &str, terms: Value) -> Value {
    server
        .ok(Some(token), &draft_mutation(), json!({ "i": terms }))
        .await["draftProcurement"]
        .clone()
}

pub(crate) async fn publish(server: &Server, token: &str, id: &Value) -> Value {
    server
        .ok(Some(token), &publish_mutation(), json!({ "id": id }))
        .await["publishProcurement"]
        .clone()
}

fn board_ids(list: &Value) -> Vec<Value> {
    list["procurements"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["id"].clone())
        .collect()
}

async fn a_procurement_is_drafted_published_amended_and_cancelled(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let unit = uuid::Uuid::now_v7().to_string();
    let mine = purchaser(&place, &unit, J);
    server.ok(Some(&admin), LOAD, json!({ "j": J })).await;

    // Drafted: the unit and jurisdiction are the token's, the item's name the catalogue's.
    let drafted = draft(&server, &mine, terms(25)).await;
    let id = drafted["id"].clone();
    assert_eq!(drafted["status"], "DRAFT", "{drafted:#}");
    assert_eq!(drafted["statusZh"], "草稿");
    assert_eq!(drafted["purchaserUnit"], unit.as_str());
    assert_eq!(drafted["jurisdiction"], J);
    assert_eq!(drafted["item"]["code"], "A0101");
    assert!(!drafted["item"]["nameZh"].as_str().unwrap().is_empty());
    assert_eq!(
        (&drafted["budget"], &drafted["budgetFen"]),
        (&json!("500000.00"), &json!(50_000_000))
    );
    assert_eq!(drafted["methodZh"], "公开招标");
    assert!(
        drafted["bidDeadline"].as_str().unwrap().ends_with("+08:00"),
        "shown in Shanghai time: {drafted:#}"
    );
    assert_eq!(drafted["version"], 0);

    // A draft is its unit's: not on the board, not to anonymous callers nor other units.
    let other_unit = purchaser(&place, &uuid::Uuid::now_v7().to_string(), J);
    for token in [None, Some(other_unit.as_str())] {
        let one = server.ok(token, &one_query(), json!({ "id": id })).await;
        assert_eq!(one["procurement"], Value::Null, "{one:#}");
    }
    let board = server
        .ok(None, LIST, json!({ "f": { "jurisdiction": J } }))
        .await;
    assert!(board_ids(&board).is_empty(), "{board:#}");
    let own = server
        .ok(Some(&mine), LIST, json!({ "f": { "mine": true } }))
        .await;
    assert_eq!(board_ids(&own), vec![id.clone()], "{own:#}");
    let auditor = place.token("auditor", None);
    let seen = server
        .ok(Some(&auditor), &one_query(), json!({ "id": id }))
        .await;
    assert_eq!(seen["procurement"]["id"], id);

    // Another unit may not publish it; its own unit does.
    let r = server
        .gql(Some(&other_unit), &publish_mutation(), json!({ "id": id }))
        .await;
    assert_error(&r, "FORBIDDEN", None, "another unit publishes");
    let published = publish(&server, &mine, &id).await;
    assert_eq!(published["status"], "PUBLISHED", "{published:#}");
    assert_eq!(published["statusZh"], "已发布采购公告");
    assert!(published["publishedAt"].is_string());
    assert_eq!(published["version"], 1);

    // Published: public, on the board, anonymous callers included.
    let one = server.ok(None, &one_query(), json!({ "id": id })).await;
    assert_eq!(one["procurement"]["status"], "PUBLISHED");
    let board = server
        .ok(None, LIST, json!({ "f": { "jurisdiction": J } }))
        .await;
    assert_eq!(board_ids(&board), vec![id.clone()]);
    assert_eq!(board["procurements"]["totalCount"], 1);
    for (filter, n) in [
        (json!({ "jurisdiction": J, "status": "PUBLISHED" }), 1),
        (json!({ "jurisdiction": J, "status": "CANCELLED" }), 0),
        (json!({ "jurisdiction": J, "item": "A0101" }), 1),
        (json!({ "jurisdiction": J, "item": "A0102" }), 0),
        (json!({ "jurisdiction": "440305" }), 0),
        (json!({ "jurisdiction": J, "method": "OPEN_TENDER" }), 1),
        (json!({ "jurisdiction": J, "method": "QUOTATION" }), 0),
        (
            json!({ "jurisdiction": J, "deadlineFrom": Utc::now().to_rfc3339() }),
            1,
        ),
        (
            json!({ "jurisdiction": J, "deadlineBefore": Utc::now().to_rfc3339() }),
            0,
        ),
    ] {
        let list = server.ok(None, LIST, json!({ "f": filter })).await;
        assert_eq!(board_ids(&list).len(), n, "{filter}: {list:#}");
    }

    // Amended: the deadline only later, and a substantive change re-checks the period.
    let later = (Utc::now() + Duration::days(40)).to_rfc3339();
    let opening = (Utc::now() + Duration::days(41)).to_rfc3339();
    let amended = server
        .ok(
            Some(&mine),
            &amend_mutation(),
            json!({ "i": { "procurementId": id, "bidDeadline": later, "openingAt": opening,
                "reason": "延长投标截止时间", "expectedVersion": 1 } }),
        )
        .await["amendProcurement"]
        .clone();
    assert_eq!(amended["amendments"], 1, "{amended:#}");
    assert_eq!(amended["version"], 2);
    let r = server
        .gql(
            Some(&mine),
            &amend_mutation(),
            json!({ "i": { "procurementId": id, "bidDeadline": (Utc::now() + Duration::days(5)).to_rfc3339(),
                "reason": "提前截止" } }),
        )
        .await;
    let ext = error_extensions(&r);
    assert!(
        ext["rule"].is_string(),
        "an earlier deadline is refused: {r}"
    );
    let soon = (Utc::now() + Duration::days(42)).to_rfc3339();
    let opening = (Utc::now() + Duration::days(43)).to_rfc3339();
    let r = server
        .gql(
            Some(&mine),
            &amend_mutation(),
            json!({ "i": { "procurementId": id, "description": "增加助医服务",
                "bidDeadline": soon, "openingAt": opening, "substantive": true,
                "reason": "需求变更" } }),
        )
        .await;
    // 42 days from now leaves the 20 days the period needs from today: accepted.
    assert!(r["errors"].is_null(), "{r:#}");
    let r = server
        .gql(
            Some(&mine),
            &amend_mutation(),
            json!({ "i": { "procurementId": id,
                "requirements": { "kinds": [], "minRating": 4 },
                "reason": "提高资质要求" } }),
        )
        .await;
    assert!(r["errors"].is_null(), "{r:#}");

    // Cancelled with its reason: still on the board, as cancelled.
    let cancelled = server
        .ok(
            Some(&mine),
            &cancel_mutation(),
            json!({ "i": { "procurementId": id, "reason": "预算调整，项目终止" } }),
        )
        .await["cancelProcurement"]
        .clone();
    assert_eq!(cancelled["status"], "CANCELLED", "{cancelled:#}");
    assert_eq!(cancelled["ended"]["reason"], "预算调整，项目终止");
    assert_eq!(cancelled["ended"]["rule"], Value::Null);
    let board = server
        .ok(
            None,
            LIST,
            json!({ "f": { "jurisdiction": J, "status": "CANCELLED" } }),
        )
        .await;
    assert_eq!(board_ids(&board), vec![id.clone()]);

    // Its events read through streamEvents, by auditors; anonymous callers read none.
    let events =
        "query($s: String!) { streamEvents(stream: $s) { totalCount edges { node { kind } } } }";
    let stream = format!("procurement-{}", id.as_str().unwrap());
    let history = server
        .ok(Some(&auditor), events, json!({ "s": stream }))
        .await;
    assert_eq!(history["streamEvents"]["totalCount"], 6, "{history:#}");
    let r = server.gql(None, events, json!({ "s": stream })).await;
    assert_error(&r, "UNAUTHENTICATED", None, "anonymous history");
}

async fn a_procurement_refuses_what_its_rules_forbid(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let unit = uuid::Uuid::now_v7().to_string();
    let mine = purchaser(&place, &unit, J);
    server.ok(Some(&admin), LOAD, json!({ "j": J })).await;
    let refused = |r: &Value| r["data"].is_null() || r["data"]["draftProcurement"].is_null();
    for (input, code, rule, what) in [
        (
            with(terms(25), "method", json!("BEAUTY_CONTEST")),
            "VALIDATION",
            Some("PROC-METHOD"),
            "a method the law does not know",
        ),
        (
            with(terms(25), "bidSecurityFen", json!(1_000_001)),
            "VALIDATION",
            Some("BID-SECURITY"),
            "bid security above 2 % of the budget",
        ),
        (
            with(
                terms(25),
                "scoring",
                json!({ "priceWeightPercent": 5, "criteria": [
                    { "key": "plan", "name": "服务方案", "maxPoints": 95 } ] }),
            ),
            "VALIDATION",
            Some("EVAL-PRICE-WEIGHT"),
            "a price weight under 10 %",
        ),
        (
            with(terms(25), "item", json!("Z9999")),
            "RULE_VIOLATION",
            Some("CAT-ITEM"),
            "an item outside the catalogue",
        ),
        (
            with(terms(25), "serviceEnd", json!("2099-12-31")),
            "VALIDATION",
            Some("PROC-TERM"),
            "a service period over a year",
        ),
        (
            with(terms(25), "jurisdiction", json!("440305")),
            "FORBIDDEN",
            None,
            "a jurisdiction the token does not cover",
        ),
    ] {
        let r = server
            .gql(Some(&mine), &draft_mutation(), json!({ "i": input }))
            .await;
        assert!(refused(&r), "{what}: {r:#}");
        let ext = error_extensions(&r);
        assert_eq!(
            (ext["code"].as_str(), ext["rule"].as_str()),
            (Some(code), rule),
            "{what}: {r:#}"
        );
    }

    // Only a purchaser bound to a unit drafts; anonymous callers are asked to sign in.
    let r = server
        .gql(None, &draft_mutation(), json!({ "i": terms(25) }))
        .await;
    assert_error(&r, "UNAUTHENTICATED", None, "anonymous draft");
    let unbound = place.token("purchaser", Some(J));
    for token in [&unbound, &admin, &place.token("registrar", Some(J))] {
        let r = server
            .gql(Some(token), &draft_mutation(), json!({ "i": terms(25) }))
            .await;
        assert_error(&r, "FORBIDDEN", None, "not a bound purchaser");
    }
    let r = server
        .gql(Some(&unbound), LIST, json!({ "f": { "mine": true } }))
        .await;
    assert_error(&r, "FORBIDDEN", None, "mine without a unit");
    let r = server
        .gql(
            Some(&mine),
            LIST,
            json!({ "f": { "mine": true, "item": "A0101" } }),
        )
        .await;
    assert_error(&r, "VALIDATION", None, "mine with a board's filter");
    let r = server.gql(None, LIST, json!({ "f": {} })).await;
    assert_error(&r, "VALIDATION", None, "a board without a jurisdiction");
    let r = server
        .gql(
            None,
            LIST,
            json!({ "f": { "jurisdiction": J }, "first": 101 }),
        )
        .await;
    assert_error(&r, "VALIDATION", None, "a page over 100");
    let r = server
        .gql(
            None,
            LIST,
            json!({ "f": { "jurisdiction": J }, "after": "nonsense" }),
        )
        .await;
    assert_error(&r, "VALIDATION", None, "a cursor of no list");

    // PROC-PERIOD is counted from the publication: 10 days are too few for an open tender.
    let short = draft(&server, &mine, terms(10)).await;
    let r = server
        .gql(
            Some(&mine),
            &publish_mutation(),
            json!({ "id": short["id"] }),
        )
        .await;
    assert_error(&r, "RULE_VIOLATION", Some("PROC-PERIOD"), "10 days");
    let still = server
        .ok(Some(&mine), &one_query(), json!({ "id": short["id"] }))
        .await;
    assert_eq!(still["procurement"]["status"], "DRAFT");

    // Amending is for published procurements; and an amendment re-checks the period.
    let r = server
        .gql(
            Some(&mine),
            &amend_mutation(),
            json!({ "i": { "procurementId": short["id"], "description": "x", "reason": "更正" } }),
        )
        .await;
    assert_error(&r, "RULE_VIOLATION", Some("PROC-STATE"), "amending a draft");
    let open = draft(&server, &mine, terms(21)).await;
    publish(&server, &mine, &open["id"]).await;
    // The bids are opened at the opening, not before, and by their own unit.
    let close = "mutation($id: UUID!) { openBids(input: {procurementId: $id}) { status } }";
    let r = server
        .gql(Some(&mine), close, json!({ "id": open["id"] }))
        .await;
    assert_error(&r, "RULE_VIOLATION", Some("BID-SEALED"), "opening early");
    let other = purchaser(&place, &uuid::Uuid::now_v7().to_string(), J);
    let r = server
        .gql(Some(&other), close, json!({ "id": open["id"] }))
        .await;
    assert_error(&r, "FORBIDDEN", None, "another unit opens");
    let r = server
        .gql(
            None,
            &cancel_mutation(),
            json!({ "i": { "procurementId": open["id"], "reason": "x" } }),
        )
        .await;
    assert_error(&r, "UNAUTHENTICATED", None, "anonymous cancel");
    let r = server
        .gql(
            Some(&mine),
            &cancel_mutation(),
            json!({ "i": { "procurementId": open["id"], "reason": " " } }),
        )
        .await;
    assert!(
        error_extensions(&r)["code"].is_string(),
        "an empty reason: {r:#}"
    );
}

async fn the_tick_closes_bidding_after_the_deadline(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let unit = uuid::Uuid::now_v7().to_string();
    let mine = purchaser(&place, &unit, J);
    server.ok(Some(&admin), LOAD, json!({ "j": J })).await;
    let due = draft(&server, &mine, terms(21)).await["id"].clone();
    publish(&server, &mine, &due).await;
    let later = draft(&server, &mine, terms(60)).await["id"].clone();
    publish(&server, &mine, &later).await;
    let amended = draft(&server, &mine, terms(25)).await["id"].clone();
    publish(&server, &mine, &amended).await;
    let tick = server.ok(Some(&admin), TICK, json!({})).await;
    assert_eq!(
        tick["tick"]["procurements"],
        json!([]),
        "nothing is due yet"
    );
    server.stop();

    // 22 days on, the first one's deadline and opening have passed.
    let moved = backdated(&place, Duration::days(22)).await;
    // Without the server's own scheduler, so that the ticks below fire what is due.
    let mut args = moved.args();
    args.extend(["--tick-every".to_owned(), "0s".to_owned()]);
    let server = Server::start_with(&args);
    let admin = moved.token("admin", None);
    let mine = purchaser(&moved, &unit, J);

    // Three days before its deadline, a substantive amendment needs the period again from
    // today (PROC-PERIOD re-checked); with the deadline moved on it is published.
    let r = server
        .gql(
            Some(&mine),
            &amend_mutation(),
            json!({ "i": { "procurementId": amended,
                "requirements": { "minRating": 4 }, "reason": "提高资质要求" } }),
        )
        .await;
    assert_error(&r, "RULE_VIOLATION", Some("PROC-PERIOD"), "3 days left");
    let r = server
        .gql(
            Some(&mine),
            &amend_mutation(),
            json!({ "i": { "procurementId": amended,
                "requirements": { "minRating": 4 },
                "bidDeadline": (Utc::now() + Duration::days(21)).to_rfc3339(),
                "openingAt": (Utc::now() + Duration::days(22)).to_rfc3339(),
                "reason": "提高资质要求，顺延截止时间" } }),
        )
        .await;
    assert!(r["errors"].is_null(), "{r:#}");
    assert_eq!(r["data"]["amendProcurement"]["amendments"], 1);
    let preview = server.ok(Some(&admin), TICK, json!({ "p": true })).await;
    let commands: Vec<(Value, Value)> = preview["tick"]["procurements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["procurementId"].clone(), f["command"].clone()))
        .collect();
    assert_eq!(
        commands,
        [
            (due.clone(), json!("CloseBidding")),
            (due.clone(), json!("OpenBids"))
        ],
        "{preview:#}"
    );
    let before = server.event_count().await;
    let tick = server.ok(Some(&admin), TICK, json!({})).await;
    let fired = &tick["tick"]["procurements"];
    let failures = tick["tick"]["failures"].as_array().unwrap();
    // Where the bids can be revealed, the opening follows in the same tick.
    assert_eq!(
        fired.as_array().unwrap().len(),
        1 + usize::from(failures.is_empty()),
        "{tick:#}"
    );
    assert_eq!(
        (
            &fired[0]["procurementId"],
            &fired[0]["command"],
            &fired[0]["version"]
        ),
        (&due, &json!("CloseBidding"), &json!(2))
    );
    // The opening needs the bids revealed; where they cannot be, the failure is reported and
    // the procurement waits, closed, for the next tick.
    for f in failures {
        assert_eq!(
            (&f["procurementId"], &f["command"]),
            (&due, &json!("OpenBids"))
        );
        assert!(!f["code"].as_str().unwrap().is_empty(), "{tick:#}");
    }
    if !failures.is_empty() {
        assert_eq!(
            server.event_count().await,
            before + 1,
            "a failed opening writes nothing"
        );
    }
    let one = server.ok(None, &one_query(), json!({ "id": due })).await;
    let p = &one["procurement"];
    if failures.is_empty() {
        assert_ne!(p["status"], "PUBLISHED", "{one:#}");
    } else {
        assert_eq!(p["status"], "BIDDING_CLOSED", "{one:#}");
    }
    assert_eq!(
        p["biddingClosedAt"], p["bidDeadline"],
        "bidding closed when the deadline passed"
    );
    let one = server.ok(None, &one_query(), json!({ "id": later })).await;
    assert_eq!(one["procurement"]["status"], "PUBLISHED");
    let board = server
        .ok(
            None,
            LIST,
            json!({ "f": { "jurisdiction": J, "status": "BIDDING_CLOSED" } }),
        )
        .await;
    assert_eq!(board_ids(&board).len(), usize::from(!failures.is_empty()));

    // Once closed, a second tick closes nothing again.
    let again = server.ok(Some(&admin), TICK, json!({})).await;
    assert!(
        again["tick"]["procurements"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["command"] != "CloseBidding"),
        "{again:#}"
    );
}

const AS_OF: &str = "query($id: UUID!, $at: DateTime!) {
  procurementAsOf(id: $id, at: $at) { id status version } }";

/// The instant now, with a moment either side so that instants compared with the events'
/// fall strictly between them.
async fn instant() -> String {
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let at = Utc::now().to_rfc3339();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    at
}

async fn a_procurement_is_read_as_it_stood(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let unit = uuid::Uuid::now_v7().to_string();
    let mine = purchaser(&place, &unit, J);
    let other_unit = purchaser(&place, &uuid::Uuid::now_v7().to_string(), J);
    let auditor = place.token("auditor", None);
    server.ok(Some(&admin), LOAD, json!({ "j": J })).await;
    let before = instant().await;
    let id = draft(&server, &mine, terms(25)).await["id"].clone();
    let drafted = instant().await;
    publish(&server, &mine, &id).await;
    let published = instant().await;
    server
        .ok(
            Some(&mine),
            &cancel_mutation(),
            json!({ "i": { "procurementId": id, "reason": "预算调整" } }),
        )
        .await;

    let as_of = async |token: Option<&str>, at: &str| {
        server.ok(token, AS_OF, json!({ "id": id, "at": at })).await["procurementAsOf"].clone()
    };
    // Before it was drafted there was nothing, for anyone.
    assert_eq!(as_of(Some(&auditor), &before).await, Value::Null);
    // As a draft: its unit's, the auditors', never an anonymous caller's nor another unit's.
    for token in [Some(mine.as_str()), Some(auditor.as_str())] {
        let p = as_of(token, &drafted).await;
        assert_eq!(
            (&p["status"], &p["version"]),
            (&json!("DRAFT"), &json!(0)),
            "{p:#}"
        );
    }
    for token in [None, Some(other_unit.as_str())] {
        assert_eq!(as_of(token, &drafted).await, Value::Null);
    }
    // Once published it is public, as it stood then, though it is cancelled now.
    let p = as_of(None, &published).await;
    assert_eq!(
        (&p["id"], &p["status"], &p["version"]),
        (&id, &json!("PUBLISHED"), &json!(1))
    );
    let now = server.ok(None, &one_query(), json!({ "id": id })).await;
    assert_eq!(now["procurement"]["status"], "CANCELLED");
}

const ELIGIBLE: &str = "query($j: String, $first: Int, $after: String) {
  eligibleProcurements(jurisdiction: $j, first: $first, after: $after) {
    scannedTo pageInfo { hasNextPage endCursor }
    edges { cursor node { eligible reasons { code message } procurement { id status } } } } }";

async fn an_organisation_sees_which_procurements_it_may_bid_for(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(J));
    let unit = uuid::Uuid::now_v7().to_string();
    let mine = purchaser(&place, &unit, J);
    server.ok(Some(&admin), LOAD, json!({ "j": J })).await;
    let registered = apply(
        &server,
        &registrar,
        futian_application("福田区颐康养老服务中心", 71),
    )
    .await;
    approve_registration(&server, &registrar, &registered).await;
    let applied = apply(
        &server,
        &registrar,
        futian_application("福田区长青社工服务中心", 72),
    )
    .await;
    let ngo = |id: &str| {
        issue_token(
            place.path(),
            "ngo",
            &format!("ngo-{id}"),
            &["--organisation", id],
        )
    };
    let (registered_token, applied_token) = (ngo(&registered), ngo(&applied));

    // Rated 3A or above (the terms' default): a new organisation is not; one open to anyone
    // registered today; a draft, which is not on the board.
    let rated = draft(&server, &mine, terms(25)).await["id"].clone();
    publish(&server, &mine, &rated).await;
    let open = with(
        terms(30),
        "requirements",
        json!({ "minYearsRegistered": 0 }),
    );
    let open = draft(&server, &mine, open).await["id"].clone();
    publish(&server, &mine, &open).await;
    draft(&server, &mine, terms(40)).await;

    let list = server
        .ok(Some(&registered_token), ELIGIBLE, json!({}))
        .await;
    let edges = list["eligibleProcurements"]["edges"]
        .as_array()
        .unwrap()
        .clone();
    let ids: Vec<&Value> = edges
        .iter()
        .map(|e| &e["node"]["procurement"]["id"])
        .collect();
    assert_eq!(
        ids,
        [&rated, &open],
        "the board's open procurements: {list:#}"
    );
    let first = &edges[0]["node"];
    assert_eq!(first["eligible"], false);
    let codes: Vec<&str> = first["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["TOO_RECENT", "RATING"], "{first:#}");
    assert!(
        first["reasons"][1]["message"]
            .as_str()
            .unwrap()
            .contains("3A"),
        "{first:#}"
    );
    assert_eq!(
        (&edges[1]["node"]["eligible"], &edges[1]["node"]["reasons"]),
        (&json!(true), &json!([]))
    );

    // An organisation still applying may bid for nothing, and is told so.
    let list = server.ok(Some(&applied_token), ELIGIBLE, json!({})).await;
    let node = &list["eligibleProcurements"]["edges"][1]["node"];
    assert_eq!(node["eligible"], false);
    assert_eq!(node["reasons"][0]["code"], "NOT_ACTIVE", "{node:#}");

    // Paged with a cursor.
    let page = server
        .ok(Some(&registered_token), ELIGIBLE, json!({ "first": 1 }))
        .await;
    let page = &page["eligibleProcurements"];
    assert_eq!(page["pageInfo"]["hasNextPage"], true, "{page:#}");
    assert_eq!(page["scannedTo"], page["pageInfo"]["endCursor"]);
    let rest = server
        .ok(
            Some(&registered_token),
            ELIGIBLE,
            json!({ "first": 1, "after": page["scannedTo"] }),
        )
        .await;
    let rest = &rest["eligibleProcurements"];
    assert_eq!(rest["edges"][0]["node"]["procurement"]["id"], open);
    assert_eq!(rest["pageInfo"]["hasNextPage"], false, "{rest:#}");
    // Another board is empty.
    let other = server
        .ok(Some(&registered_token), ELIGIBLE, json!({ "j": "110105" }))
        .await;
    assert_eq!(other["eligibleProcurements"]["edges"], json!([]));

    // For an organisation's own token only.
    let r = server.gql(None, ELIGIBLE, json!({})).await;
    assert_error(&r, "UNAUTHENTICATED", None, "anonymous");
    for token in [mine.as_str(), registrar.as_str()] {
        let r = server.gql(Some(token), ELIGIBLE, json!({})).await;
        assert_error(&r, "FORBIDDEN", None, "not an organisation's token");
    }
    server.stop();

    // 26 days on, the first deadline has passed; bidding is not closed yet (no tick ran), but
    // it no longer takes bids, so it is no longer listed.
    let moved = backdated(&place, Duration::days(26)).await;
    let mut args = moved.args();
    args.extend(["--tick-every".to_owned(), "0s".to_owned()]);
    let server = Server::start_with(&args);
    let token = issue_token(
        moved.path(),
        "ngo",
        "ngo-registered",
        &["--organisation", &registered],
    );
    let one = server.ok(None, &one_query(), json!({ "id": rated })).await;
    assert_eq!(one["procurement"]["status"], "PUBLISHED");
    let page = server
        .ok(Some(&token), ELIGIBLE, json!({ "first": 1 }))
        .await;
    let page = &page["eligibleProcurements"];
    assert_eq!(
        page["edges"][0]["node"]["procurement"]["id"], open,
        "{page:#}"
    );
    assert_eq!(page["pageInfo"]["hasNextPage"], false, "{page:#}");
}

const HISTORY: &str = "query($s: String!) {
  streamEvents(stream: $s) { totalCount edges { node { version kind } } } }";

async fn a_purchasing_unit_reads_its_own_procurements_history(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let unit = uuid::Uuid::now_v7().to_string();
    let mine = purchaser(&place, &unit, J);
    let other_unit = purchaser(&place, &uuid::Uuid::now_v7().to_string(), J);
    server.ok(Some(&admin), LOAD, json!({ "j": J })).await;
    let drafted = draft(&server, &mine, terms(25)).await["id"].clone();
    let published = draft(&server, &mine, terms(25)).await["id"].clone();
    publish(&server, &mine, &published).await;
    let stream = |id: &Value| format!("procurement-{}", id.as_str().unwrap());

    let own = server
        .ok(Some(&mine), HISTORY, json!({ "s": stream(&published) }))
        .await;
    let kinds: Vec<&Value> = own["streamEvents"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"]["kind"])
        .collect();
    assert_eq!(
        kinds,
        ["ProcurementDrafted", "ProcurementPublished"],
        "{own:#}"
    );
    let own = server
        .ok(Some(&mine), HISTORY, json!({ "s": stream(&drafted) }))
        .await;
    assert_eq!(own["streamEvents"]["totalCount"], 1);
    let auditor = place.token("auditor", None);
    let seen = server
        .ok(Some(&auditor), HISTORY, json!({ "s": stream(&drafted) }))
        .await;
    assert_eq!(seen["streamEvents"]["totalCount"], 1);

    // Another unit reads neither the draft's events nor the published one's; nor does an
    // anonymous caller, nor the unit another stream.
    for id in [&drafted, &published] {
        let r = server
            .gql(Some(&other_unit), HISTORY, json!({ "s": stream(id) }))
            .await;
        assert_error(&r, "FORBIDDEN", None, "another unit's history");
        let r = server.gql(None, HISTORY, json!({ "s": stream(id) })).await;
        assert_error(&r, "UNAUTHENTICATED", None, "anonymous history");
    }
    let r = server
        .gql(
            Some(&mine),
            HISTORY,
            json!({ "s": format!("catalogue-{J}") }),
        )
        .await;
    assert_error(&r, "FORBIDDEN", None, "a unit reads another stream");
}
