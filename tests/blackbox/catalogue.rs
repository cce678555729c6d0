//! A jurisdiction's guidance catalogue (指导性目录, CAT-ITEM) over HTTP: loaded from the shipped
//! default, read by anyone, kept by administrators and the jurisdiction's registrars.

use serde_json::{Value, json};

use crate::support::*;

on_both_backends!(
    catalogue_is_loaded_read_and_kept,
    only_its_keepers_change_a_catalogue,
);

const LOAD: &str = "mutation($j: String!, $c: UUID) {
  loadDefaultCatalogue(input: {jurisdiction: $j, commandId: $c}) { jurisdiction version position itemCount item { code } } }";

const TREE: &str = "query($j: String!, $first: Int, $after: String) { catalogue(jurisdiction: $j) {
  jurisdiction version itemCount loadedAt
  items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { code parent level nameZh nameEn category status retiredOn } } } } }";

const ITEM: &str =
    "query($j: String!, $code: String!) { catalogueItem(jurisdiction: $j, code: $code) {
  code parent level nameZh nameEn category status retiredOn retiredReason } }";

const HISTORY: &str =
    "query($j: String!, $code: String!) { catalogueItemHistory(jurisdiction: $j, code: $code) {
  version kind at actorId actorRole reason oldNameZh oldNameEn newNameZh newNameEn on } }";

const ADD: &str = "mutation($i: AddCatalogueItemInput!) { addCatalogueItem(input: $i) {
  version position itemCount item { code parent level nameZh nameEn category status } } }";

const RENAME: &str = "mutation($i: RenameCatalogueItemInput!) { renameCatalogueItem(input: $i) {
  version position item { code nameZh nameEn } } }";

const RETIRE: &str = "mutation($i: CatalogueItemReasonInput!) { retireCatalogueItem(input: $i) {
  version position item { code status retiredOn retiredReason } } }";

const REINSTATE: &str =
    "mutation($i: CatalogueItemReasonInput!) { reinstateCatalogueItem(input: $i) {
  version position item { code status retiredOn } } }";

fn codes(tree: &Value) -> Vec<String> {
    tree["catalogue"]["items"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["code"].as_str().unwrap().to_owned())
        .collect()
}

async fn catalogue_is_loaded_read_and_kept(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));

    // Nothing to read, nor to change, before the catalogue is loaded.
    let none = server.ok(None, TREE, json!({ "j": "440304" })).await;
    assert_eq!(none["catalogue"], Value::Null);
    let early = server
        .gql(
            Some(&registrar),
            RETIRE,
            json!({ "i": { "jurisdiction": "440304", "code": "A0101", "reason": "试" } }),
        )
        .await;
    assert_error(&early, "NOT_FOUND", None, "a change before the load");

    let load_id = "0190f3c2-0000-7000-8000-00000000ca01";
    let loaded = server
        .ok(
            Some(&registrar),
            LOAD,
            json!({ "j": "440304", "c": load_id }),
        )
        .await;
    let loaded = &loaded["loadDefaultCatalogue"];
    assert_eq!(loaded["version"], 0);
    assert_eq!(loaded["item"], Value::Null);
    let count = loaded["itemCount"].as_u64().unwrap();
    assert!(
        count > 50,
        "the shipped default has about a hundred items: {loaded}"
    );

    // The same load retried under its commandId answers the first outcome and writes nothing;
    // the stream is the jurisdiction, not a fresh one, so the replay must find it there.
    let events = server.event_count().await;
    let again = server
        .ok(
            Some(&registrar),
            LOAD,
            json!({ "j": "440304", "c": load_id }),
        )
        .await;
    assert_eq!(&again["loadDefaultCatalogue"], loaded);
    assert_eq!(server.event_count().await, events);
    // Under a new commandId the load is refused: a catalogue is loaded once.
    let twice = server
        .gql(Some(&registrar), LOAD, json!({ "j": "440304" }))
        .await;
    assert_error(&twice, "RULE_VIOLATION", Some("CAT-ITEM"), "a second load");

    // The public reads the tree, depth first, each item after its parent.
    let tree = server.ok(None, TREE, json!({ "j": "440304" })).await;
    assert_eq!(tree["catalogue"]["itemCount"], count);
    assert!(
        tree["catalogue"]["loadedAt"]
            .as_str()
            .unwrap()
            .ends_with("+08:00"),
        "{tree}"
    );
    let all = codes(&tree);
    assert_eq!(all.len() as u64, count);
    assert_eq!(&all[..3], ["A", "A01", "A0101"]);
    let mut sorted = all.clone();
    sorted.sort();
    assert_eq!(all, sorted, "code order is the tree read depth first");
    let first = &tree["catalogue"]["items"]["edges"][2]["node"];
    assert_eq!(
        (first["parent"].as_str(), first["level"].as_u64()),
        (Some("A01"), Some(3))
    );
    assert_eq!(first["nameZh"], "居家养老上门服务");
    assert_eq!(first["category"], "PUBLIC_SERVICE");
    assert_eq!(first["status"], "ACTIVE");
    // Pages follow their cursors without overlap.
    let page1 = server
        .ok(None, TREE, json!({ "j": "440304", "first": 10 }))
        .await;
    let info = &page1["catalogue"]["items"]["pageInfo"];
    assert_eq!(info["hasNextPage"], true);
    let page2 = server
        .ok(
            None,
            TREE,
            json!({ "j": "440304", "first": 10, "after": info["endCursor"] }),
        )
        .await;
    assert_eq!([codes(&page1), codes(&page2)].concat(), all[..20]);
    let too_many = server
        .gql(None, TREE, json!({ "j": "440304", "first": 5000 }))
        .await;
    assert_error(&too_many, "VALIDATION", None, "a page too large");
    let bad_cursor = server
        .gql(None, TREE, json!({ "j": "440304", "after": "not a code" }))
        .await;
    assert_eq!(
        error_extensions(&bad_cursor)["code"],
        "VALIDATION",
        "{bad_cursor}"
    );

    // Add an item under A01; refusals carry CAT-ITEM.
    let add = |code: &str, parent: Option<&str>, zh: &str| json!({ "i": { "jurisdiction": "440304", "code": code, "parent": parent, "nameZh": zh, "nameEn": "Home adaptation for the elderly" } });
    let add_id = "0190f3c2-0000-7000-8000-00000000ca02";
    let mut input = add("A0199", Some("A01"), "老年人居家适老化改造服务");
    input["i"]["commandId"] = json!(add_id);
    let added = server.ok(Some(&registrar), ADD, input.clone()).await;
    let added = &added["addCatalogueItem"];
    assert_eq!(added["version"], 1);
    assert_eq!(added["itemCount"], count + 1);
    assert_eq!(
        added["item"],
        json!({ "code": "A0199", "parent": "A01", "level": 3, "nameZh": "老年人居家适老化改造服务",
                "nameEn": "Home adaptation for the elderly", "category": "PUBLIC_SERVICE", "status": "ACTIVE" })
    );
    let events = server.event_count().await;
    let replayed = server.ok(Some(&registrar), ADD, input).await;
    assert_eq!(
        &replayed["addCatalogueItem"], added,
        "a replay answers the first outcome"
    );
    assert_eq!(server.event_count().await, events);
    for (what, input, code) in [
        (
            "a code already used",
            add("A0199", Some("A01"), "另一个服务"),
            "RULE_VIOLATION",
        ),
        (
            "a missing parent",
            add("A9901", Some("A99"), "无处安放的服务"),
            "RULE_VIOLATION",
        ),
        (
            "a sibling's name",
            add("A0198", Some("A01"), "居家养老上门服务"),
            "RULE_VIOLATION",
        ),
        (
            "the wrong parent",
            add("A0198", Some("A02"), "错位的服务"),
            "VALIDATION",
        ),
        (
            "a malformed code",
            add("a-1", Some("A01"), "坏代码服务"),
            "VALIDATION",
        ),
    ] {
        let refused = server.gql(Some(&registrar), ADD, input).await;
        assert_error(&refused, code, Some("CAT-ITEM"), what);
    }
    // A stale expectedVersion is a CONFLICT.
    let stale = server
        .gql(
            Some(&registrar),
            RENAME,
            json!({ "i": { "jurisdiction": "440304", "code": "A0199", "nameZh": "适老化改造服务", "reason": "简称", "expectedVersion": 0 } }),
        )
        .await;
    assert_error(&stale, "CONFLICT", None, "a stale version");

    let renamed = server
        .ok(
            Some(&registrar),
            RENAME,
            json!({ "i": { "jurisdiction": "440304", "code": "A0199", "nameZh": "适老化改造服务",
                           "nameEn": "Home adaptation", "reason": "按2026年目录修订简称", "expectedVersion": 1 } }),
        )
        .await;
    assert_eq!(
        renamed["renameCatalogueItem"]["item"],
        json!({ "code": "A0199", "nameZh": "适老化改造服务", "nameEn": "Home adaptation" })
    );
    let no_reason = server
        .gql(
            Some(&registrar),
            RETIRE,
            json!({ "i": { "jurisdiction": "440304", "code": "A0199", "reason": "  " } }),
        )
        .await;
    assert_error(
        &no_reason,
        "VALIDATION",
        Some("CAT-ITEM"),
        "a retirement without a reason",
    );
    let parent = server
        .gql(
            Some(&registrar),
            RETIRE,
            json!({ "i": { "jurisdiction": "440304", "code": "A01", "reason": "并入其他目录" } }),
        )
        .await;
    assert_error(
        &parent,
        "RULE_VIOLATION",
        Some("CAT-ITEM"),
        "retiring a parent of active items",
    );

    let admin = place.token("admin", None);
    let retired = server
        .ok(
            Some(&admin),
            RETIRE,
            json!({ "i": { "jurisdiction": "440304", "code": "A0199", "reason": "并入A0105" } }),
        )
        .await;
    let retired = &retired["retireCatalogueItem"]["item"];
    assert_eq!(retired["status"], "RETIRED");
    assert_eq!(retired["retiredReason"], "并入A0105");
    let on = retired["retiredOn"].as_str().unwrap().to_owned();
    let item = server
        .ok(None, ITEM, json!({ "j": "440304", "code": "A0199" }))
        .await;
    assert_eq!(item["catalogueItem"]["status"], "RETIRED");
    assert_eq!(item["catalogueItem"]["retiredOn"], on.as_str());
    // A retired code is never given again, and a retired item is not renamed.
    let reuse = server
        .gql(Some(&registrar), ADD, add("A0199", Some("A01"), "新的服务"))
        .await;
    assert_error(
        &reuse,
        "RULE_VIOLATION",
        Some("CAT-ITEM"),
        "reusing a retired code",
    );
    let reinstated = server
        .ok(
            Some(&registrar),
            REINSTATE,
            json!({ "i": { "jurisdiction": "440304", "code": "A0199", "reason": "误撤销，恢复" } }),
        )
        .await;
    assert_eq!(
        reinstated["reinstateCatalogueItem"]["item"]["status"],
        "ACTIVE"
    );
    assert_eq!(
        reinstated["reinstateCatalogueItem"]["item"]["retiredOn"],
        Value::Null
    );
    let twice = server
        .gql(
            Some(&registrar),
            REINSTATE,
            json!({ "i": { "jurisdiction": "440304", "code": "A0199", "reason": "再恢复" } }),
        )
        .await;
    assert_error(
        &twice,
        "RULE_VIOLATION",
        Some("CAT-ITEM"),
        "reinstating an active item",
    );
    let missing = server
        .ok(None, ITEM, json!({ "j": "440304", "code": "B9999" }))
        .await;
    assert_eq!(missing["catalogueItem"], Value::Null);

    // The item's history: who, when (China time) and why, and the names before and after.
    let auditor = place.token("auditor", None);
    let history = server
        .ok(
            Some(&auditor),
            HISTORY,
            json!({ "j": "440304", "code": "A0199" }),
        )
        .await;
    let history = history["catalogueItemHistory"].as_array().unwrap();
    let kinds: Vec<&str> = history
        .iter()
        .map(|h| h["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["ADDED", "RENAMED", "RETIRED", "REINSTATED"]);
    let rename = &history[1];
    assert_eq!(rename["actorId"], "registrar-tester");
    assert_eq!(rename["actorRole"], "registrar");
    assert_eq!(rename["reason"], "按2026年目录修订简称");
    assert_eq!(rename["oldNameZh"], "老年人居家适老化改造服务");
    assert_eq!(rename["newNameZh"], "适老化改造服务");
    assert_eq!(rename["oldNameEn"], "Home adaptation for the elderly");
    assert_eq!(rename["newNameEn"], "Home adaptation");
    assert!(
        rename["at"].as_str().unwrap().ends_with("+08:00"),
        "{rename}"
    );
    assert_eq!(history[2]["actorRole"], "admin");
    assert_eq!(history[2]["on"], on.as_str());
    let loaded_item = server
        .ok(
            Some(&auditor),
            HISTORY,
            json!({ "j": "440304", "code": "A0101" }),
        )
        .await;
    assert_eq!(loaded_item["catalogueItemHistory"][0]["kind"], "LOADED");
    assert_eq!(
        loaded_item["catalogueItemHistory"][0]["newNameZh"],
        "居家养老上门服务"
    );
    let anonymous = server
        .gql(None, HISTORY, json!({ "j": "440304", "code": "A0199" }))
        .await;
    assert_error(
        &anonymous,
        "UNAUTHENTICATED",
        None,
        "history without a token",
    );

    // The version a client reads is the one it sends back.
    let tree = server
        .ok(None, TREE, json!({ "j": "440304", "first": 0 }))
        .await;
    assert_eq!(tree["catalogue"]["version"], 4);
    assert_eq!(tree["catalogue"]["itemCount"], count + 1);

    // What the server wrote it reads again after a restart.
    drop(server);
    let server = place.start();
    let after = server
        .ok(None, ITEM, json!({ "j": "440304", "code": "A0199" }))
        .await;
    assert_eq!(after["catalogueItem"]["nameZh"], "适老化改造服务");
    assert_eq!(after["catalogueItem"]["status"], "ACTIVE");
}

async fn only_its_keepers_change_a_catalogue(place: Place) {
    let server = place.start();
    let own = place.token("registrar", Some("440305"));
    let load = |token: &str| {
        let token = token.to_owned();
        let server = &server;
        async move {
            server
                .gql(Some(&token), LOAD, json!({ "j": "440305" }))
                .await
        }
    };
    for (role, jurisdiction) in [
        ("purchaser", Some("440305")),
        ("evaluator", None),
        ("auditor", None),
        ("registrar", Some("440304")),
    ] {
        let token = place.token(role, jurisdiction);
        let refused = load(&token).await;
        assert_error(&refused, "FORBIDDEN", None, role);
    }
    let anonymous = server.gql(None, LOAD, json!({ "j": "440305" })).await;
    assert_error(&anonymous, "UNAUTHENTICATED", None, "no token");
    assert_eq!(server.event_count().await, 0, "nothing was written");

    server.ok(Some(&own), LOAD, json!({ "j": "440305" })).await;
    // A registrar of another jurisdiction may read it, not change it.
    let other = place.token("registrar", Some("440304"));
    let rename = server
        .gql(
            Some(&other),
            RENAME,
            json!({ "i": { "jurisdiction": "440305", "code": "A0101", "nameZh": "上门养老服务", "reason": "试" } }),
        )
        .await;
    assert_error(
        &rename,
        "FORBIDDEN",
        None,
        "another jurisdiction's registrar",
    );
    let read = server
        .ok(
            Some(&other),
            ITEM,
            json!({ "j": "440305", "code": "A0101" }),
        )
        .await;
    assert_eq!(read["catalogueItem"]["nameZh"], "居家养老上门服务");
    // Catalogues of two jurisdictions are two streams.
    let elsewhere = server.ok(None, TREE, json!({ "j": "440304" })).await;
    assert_eq!(elsewhere["catalogue"], Value::Null);
    let bad = server.gql(None, TREE, json!({ "j": "44" })).await;
    assert_error(&bad, "VALIDATION", None, "a malformed jurisdiction");
}
