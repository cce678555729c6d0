//! Sealed bids over HTTP (密封投标): two organisations bid on a published procurement; before
//! the opening an anonymous caller, a rival bidder and the purchaser see commitments and times
//! only; after the opening (the ledger moved a month back, so that its opening time has come)
//! the opening reveals contents that match the commitments published at submission.

use chrono::{Duration, Utc};
use serde_json::{Value, json};

use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(sealed_bids_show_only_commitments_until_the_opening);

const J: &str = "440304";

const BID: &str = "id procurementId organisationId status statusZh commitment commitmentScheme
  submittedAt sealedAt withdrawnAt replacements version
  revealed { price priceFen technicalProposal documents { name sha256 } salt valid defects }";

pub(crate) fn submit_mutation() -> String {
    format!("mutation($i: SubmitBidInput!) {{ submitBid(input: $i) {{ {BID} }} }}")
}

pub(crate) fn replace_mutation() -> String {
    format!("mutation($i: ReplaceBidInput!) {{ replaceBid(input: $i) {{ {BID} }} }}")
}

fn bid_query() -> String {
    format!("query($id: UUID!) {{ bid(id: $id) {{ {BID} }} }}")
}

const BOARD: &str = "query($p: UUID!) { sealedBids(procurementId: $p) {
  totalCount edges { node { commitment commitmentScheme sealedAt bidId organisationId } } } }";

const TICK: &str = "mutation { tick { procurements { procurementId command } failures { procurementId command code message } } }";

const OPENED: &str = "query($p: UUID!) { procurement(id: $p) {
  status openedBids { bidId organisationId commitment priceFen technicalProposal salt valid defects } } }";

const OPEN: &str = "mutation($p: UUID!) { openBids(input: {procurementId: $p}) {
  status openedBids { bidId organisationId commitment priceFen technicalProposal salt valid defects } } }";

fn purchaser(place: &Place, unit: &str) -> String {
    issue_token(
        place.path(),
        "purchaser",
        &format!("purchaser-of-{unit}"),
        &["--jurisdiction", J, "--organisation", unit],
    )
}

pub(crate) fn ngo(place: &Place, organisation: &str) -> String {
    issue_token(
        place.path(),
        "ngo",
        &format!("ngo-{organisation}"),
        &["--organisation", organisation],
    )
}

/// A published open tender of Futian, deadline 21 days from now; any social service
/// organisation may bid from its registration on.
pub(crate) async fn published(server: &Server, token: &str) -> Value {
    let deadline = Utc::now() + Duration::days(21);
    let terms = json!({
        "purchaser": "深圳市福田区民政局",
        "title": "福田区居家养老上门服务项目",
        "description": "为辖区失能、半失能老年人提供助餐、助浴、助洁等居家上门服务",
        "item": "A0101",
        "method": "OPEN_TENDER",
        "budgetFen": 50_000_000,
        "bidSecurityFen": 1_000_000,
        "serviceStart": (deadline + Duration::days(30)).format("%Y-%m-%d").to_string(),
        "serviceEnd": (deadline + Duration::days(300)).format("%Y-%m-%d").to_string(),
        "requirements": { "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0 },
        "scoring": { "priceWeightPercent": 30, "criteria": [
            { "key": "plan", "name": "服务方案", "maxPoints": 40 },
            { "key": "team", "name": "团队与经验", "maxPoints": 30 } ] },
        "bidDeadline": deadline.to_rfc3339(),
        "openingAt": (deadline + Duration::hours(1)).to_rfc3339(),
    });
    let drafted = server
        .ok(
            Some(token),
            "mutation($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",
            json!({ "i": terms }),
        )
        .await;
    let id = drafted["draftProcurement"]["id"].clone();
    server
        .ok(
            Some(token),
            "mutation($id: UUID!) { publishProcurement(input: {procurementId: $id}) { status } }",
            json!({ "id": id }),
        )
        .await;
    id
}

pub(crate) fn bid_input(procurement: &Value, fen: i64, proposal: &str) -> Value {
    json!({
        "procurementId": procurement,
        "priceFen": fen,
        "technicalProposal": proposal,
        "documents": [{ "name": "服务方案.pdf", "sha256": "0f".repeat(32) }],
    })
}

async fn sealed_bids_show_only_commitments_until_the_opening(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(J));
    server
        .ok(
            Some(&admin),
            "mutation($j: String!) { loadDefaultCatalogue(input: {jurisdiction: $j}) { version } }",
            json!({ "j": J }),
        )
        .await;
    let a = apply(
        &server,
        &registrar,
        futian_application("福田区紫藤长者服务中心", 41),
    )
    .await;
    approve_registration(&server, &registrar, &a).await;
    let b = apply(
        &server,
        &registrar,
        futian_application("福田区青竹社工服务中心", 42),
    )
    .await;
    approve_registration(&server, &registrar, &b).await;
    let unit = uuid::Uuid::now_v7().to_string();
    let buyer = purchaser(&place, &unit);
    let p = published(&server, &buyer).await;
    let (ngo_a, ngo_b) = (ngo(&place, &a), ngo(&place, &b));

    // A purchaser does not bid; an organisation bids as itself.
    let refused = server
        .gql(
            Some(&buyer),
            &submit_mutation(),
            json!({ "i": bid_input(&p, 1_00, "x") }),
        )
        .await;
    assert_error(&refused, "FORBIDDEN", None, "a purchaser bidding");

    // Servers sharing PostgreSQL never make up a key of their own: until an administrator
    // creates it, bids are refused naming the file; then the next bid finds it.
    if place.db.is_some() {
        let refused = server
            .gql(
                Some(&ngo_a),
                &submit_mutation(),
                json!({ "i": bid_input(&p, 1_00, "x") }),
            )
            .await;
        assert_error(
            &refused,
            "RULE_VIOLATION",
            Some("BID-SEALED"),
            "no key file",
        );
        assert!(refused.to_string().contains("bid-sealing.key"), "{refused}");
        assert!(refused.to_string().contains("bid-key init"), "{refused}");
        init_bid_key(&place);
    }

    // A retry under the same commandId is answered with the first bid, written once.
    let proposal_a = "紫藤长者陪伴计划QX9：每周三次上门探访";
    let command_id = uuid::Uuid::now_v7().to_string();
    let mut input = bid_input(&p, 43_721_987, "初稿");
    input["commandId"] = json!(command_id);
    let first = server
        .ok(
            Some(&ngo_a),
            &submit_mutation(),
            json!({ "i": input.clone() }),
        )
        .await["submitBid"]
        .clone();
    let events = server.event_count().await;
    let retried = server
        .ok(Some(&ngo_a), &submit_mutation(), json!({ "i": input }))
        .await["submitBid"]
        .clone();
    assert_eq!(retried["id"], first["id"]);
    assert_eq!(retried["commitment"], first["commitment"]);
    assert_eq!(
        server.event_count().await,
        events,
        "the retry wrote nothing"
    );
    assert_eq!(first["status"], "SUBMITTED", "{first:#}");
    assert_eq!(first["organisationId"], a.as_str());
    assert_eq!(first["revealed"], Value::Null);
    let bid_a = first["id"].clone();
    let replaced = server
        .ok(
            Some(&ngo_a),
            &replace_mutation(),
            json!({ "i": { "bidId": bid_a, "priceFen": 43_721_986, "technicalProposal": proposal_a,
                "documents": [] } }),
        )
        .await["replaceBid"]
        .clone();
    assert_eq!(replaced["replacements"], 1);
    assert_ne!(replaced["commitment"], first["commitment"]);

    // B may not touch A's bid: told no more than that it has no such bid.
    let meddling = server
        .gql(
            Some(&ngo_b),
            &replace_mutation(),
            json!({ "i": { "bidId": bid_a, "priceFen": 1_00, "technicalProposal": "x", "documents": [] } }),
        )
        .await;
    assert_error(&meddling, "NOT_FOUND", None, "a rival replacing a bid");

    // B withdraws its first bid and bids again.
    let withdrawn = server
        .ok(
            Some(&ngo_b),
            &submit_mutation(),
            json!({ "i": bid_input(&p, 45_000_000, "青竹初稿") }),
        )
        .await["submitBid"]["id"]
        .clone();
    let gone = server
        .ok(
            Some(&ngo_b),
            &format!("mutation($i: WithdrawBidInput!) {{ withdrawBid(input: $i) {{ {BID} }} }}"),
            json!({ "i": { "bidId": withdrawn } }),
        )
        .await;
    assert_eq!(gone["withdrawBid"]["status"], "WITHDRAWN", "{gone:#}");
    assert_eq!(gone["withdrawBid"]["statusZh"], "已撤回");
    let proposal_b = "青竹社区助餐方案";
    let second = server
        .ok(
            Some(&ngo_b),
            &submit_mutation(),
            json!({ "i": bid_input(&p, 41_000_000, proposal_b) }),
        )
        .await["submitBid"]
        .clone();
    let bid_b = second["id"].clone();

    // A second live bid of A: BID-SEALED.
    let duplicate = server
        .gql(
            Some(&ngo_a),
            &submit_mutation(),
            json!({ "i": bid_input(&p, 1_00, "再投一份") }),
        )
        .await;
    assert_error(
        &duplicate,
        "RULE_VIOLATION",
        Some("BID-SEALED"),
        "a second live bid",
    );

    // Before the opening, anyone sees the board: commitments and times, no bidder.
    let board = server.ok(None, BOARD, json!({ "p": p })).await;
    let sealed = &board["sealedBids"];
    assert_eq!(sealed["totalCount"], 2, "{board:#}");
    let commitments: Vec<&Value> = sealed["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"]["commitment"])
        .collect();
    assert!(commitments.contains(&&replaced["commitment"]), "{board:#}");
    assert!(commitments.contains(&&second["commitment"]), "{board:#}");
    for e in sealed["edges"].as_array().unwrap() {
        assert_eq!(e["node"]["bidId"], Value::Null);
        assert_eq!(e["node"]["organisationId"], Value::Null);
    }
    // Nobody reads another's bid: not the public, not a rival, not the purchaser.
    let anonymous = server.gql(None, &bid_query(), json!({ "id": bid_a })).await;
    assert_error(&anonymous, "UNAUTHENTICATED", None, "an anonymous bid read");
    for (token, who) in [
        (&ngo_b, "a rival"),
        (&buyer, "the purchaser"),
        (&admin, "an admin"),
    ] {
        let seen = server
            .gql(Some(token), &bid_query(), json!({ "id": bid_a }))
            .await;
        assert_error(&seen, "FORBIDDEN", None, who);
    }
    let own = server
        .ok(Some(&ngo_a), &bid_query(), json!({ "id": bid_a }))
        .await;
    assert_eq!(own["bid"]["commitment"], replaced["commitment"]);
    assert_eq!(own["bid"]["revealed"], Value::Null);
    // Opening early is refused, and no answer carries a content.
    let early = server.gql(Some(&buyer), OPEN, json!({ "p": p })).await;
    assert_error(
        &early,
        "RULE_VIOLATION",
        Some("BID-SEALED"),
        "an early opening",
    );
    for text in [board.to_string(), own.to_string(), early.to_string()] {
        for mark in [
            proposal_a,
            proposal_b,
            "青竹初稿",
            "43721986",
            "43721987",
            "437219.86",
            "41000000",
            "45000000",
        ] {
            assert!(
                !text.contains(mark),
                "{mark} shows before the opening: {text}"
            );
        }
    }
    server.stop();

    // A month later: the deadline and the opening time have passed.
    let later = later_by(&place, 30).await;
    // The scheduler is the test's: the tick at the opening reveals the bids.
    let server = start_without_scheduler(&later);
    let admin = later.token("admin", None);
    let ticked = server.ok(Some(&admin), TICK, json!({})).await["tick"].clone();
    assert_eq!(ticked["failures"], json!([]), "{ticked:#}");
    let clocks: Vec<(&Value, &Value)> = ticked["procurements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (&c["procurementId"], &c["command"]))
        .collect();
    assert!(clocks.contains(&(&p, &json!("OpenBids"))), "{ticked:#}");
    let opened = server.ok(None, OPENED, json!({ "p": p })).await["procurement"].clone();
    let bids = opened["openedBids"].as_array().unwrap();
    assert_eq!(bids.len(), 2, "{opened:#}");
    for bid in bids {
        let (fen, proposal, commitment) = if bid["bidId"] == bid_a {
            (43_721_986, proposal_a, &replaced["commitment"])
        } else {
            assert_eq!(bid["bidId"], bid_b);
            (41_000_000, proposal_b, &second["commitment"])
        };
        assert_eq!(bid["priceFen"], fen, "{opened:#}");
        assert_eq!(bid["technicalProposal"], proposal);
        assert_eq!(&bid["commitment"], commitment);
        assert_eq!(bid["valid"], true, "{opened:#}");
    }

    // Opened, a bid shows to anyone with its content, and the board names the bidders.
    let public = server.ok(None, &bid_query(), json!({ "id": bid_a })).await;
    let revealed = &public["bid"]["revealed"];
    assert_eq!(revealed["priceFen"], 43_721_986, "{public:#}");
    assert_eq!(revealed["price"], "437219.86");
    assert_eq!(revealed["technicalProposal"], proposal_a);
    assert_eq!(revealed["salt"].as_str().unwrap().len(), 64);
    let board = server.ok(None, BOARD, json!({ "p": p })).await;
    let named: Vec<&Value> = board["sealedBids"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"]["organisationId"])
        .collect();
    assert!(
        named.contains(&&json!(a)) && named.contains(&&json!(b)),
        "{board:#}"
    );
}
