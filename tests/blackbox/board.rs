//! A jurisdiction's procurement board followed live over WebSocket (procurementBoard): what
//! the public sees change, and nothing of drafts or of other jurisdictions. One procurement's
//! sealed bids followed live (procurementBids): the count and commitments after each bid
//! submitted, replaced or withdrawn, no bidder named, the end when bids can no longer change.

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::bids::{bid_input, ngo, published, replace_mutation, submit_mutation};
use crate::procurement::{J, LOAD, cancel_mutation, draft, publish, purchaser, terms};
use crate::support::*;

on_both_backends!(
    the_public_follows_a_board_live,
    a_purchaser_watches_sealed_bids_arrive
);

const OTHER: &str = "440305";

async fn the_public_follows_a_board_live(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let unit = uuid::Uuid::now_v7().to_string();
    let mine = purchaser(&place, &unit, J);
    let elsewhere = purchaser(&place, &unit, OTHER);
    for j in [J, OTHER] {
        server.ok(Some(&admin), LOAD, json!({ "j": j })).await;
    }

    // Anonymous, as the board is public.
    let (mut ws, _) = tokio_tungstenite::connect_async(server.ws_request())
        .await
        .unwrap();
    let send = |v: Value| Message::Text(v.to_string().into());
    ws.send(send(json!({ "type": "connection_init" })))
        .await
        .unwrap();
    assert_eq!(next_json(&mut ws).await["type"], "connection_ack");
    ws.send(send(json!({ "id": "1", "type": "subscribe", "payload": {
        "query": format!("subscription {{ procurementBoard(jurisdiction: \"{J}\") {{ procurementId kind status statusZh version position recordedAt }} }}")
    } })))
    .await
    .unwrap();
    // Give the subscription a moment to start before writing.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;

    // A draft, and a publication on another board, are not this board's changes.
    let hidden = draft(&server, &mine, terms(25)).await["id"].clone();
    let other = draft(&server, &elsewhere, terms(25)).await["id"].clone();
    publish(&server, &elsewhere, &other).await;
    let id = draft(&server, &mine, terms(25)).await["id"].clone();
    publish(&server, &mine, &id).await;
    // A draft cancelled was never public.
    server
        .ok(
            Some(&mine),
            &cancel_mutation(),
            json!({ "i": { "procurementId": hidden, "reason": "重复立项" } }),
        )
        .await;
    server
        .ok(
            Some(&mine),
            &cancel_mutation(),
            json!({ "i": { "procurementId": id, "reason": "预算调整" } }),
        )
        .await;

    let next = next_json(&mut ws).await;
    assert_eq!(next["type"], "next", "{next}");
    let change = &next["payload"]["data"]["procurementBoard"];
    assert_eq!(
        (
            &change["procurementId"],
            &change["kind"],
            &change["status"],
            &change["version"]
        ),
        (
            &id,
            &json!("ProcurementPublished"),
            &json!("PUBLISHED"),
            &json!(1)
        ),
        "{change:#}"
    );
    assert_eq!(change["statusZh"], "已发布采购公告");
    assert!(change["recordedAt"].as_str().unwrap().ends_with("+08:00"));
    let next = next_json(&mut ws).await;
    let change = &next["payload"]["data"]["procurementBoard"];
    assert_eq!(
        (
            &change["procurementId"],
            &change["status"],
            &change["version"]
        ),
        (&id, &json!("CANCELLED"), &json!(2)),
        "{change:#}"
    );

    // A jurisdiction that is not one is refused.
    ws.send(send(json!({ "id": "2", "type": "subscribe", "payload": {
        "query": "subscription { procurementBoard(jurisdiction: \"44\") { procurementId } }"
    } })))
    .await
    .unwrap();
    let refused = next_json(&mut ws).await;
    assert_eq!(
        refused["payload"]["errors"][0]["extensions"]["code"], "VALIDATION",
        "{refused}"
    );
}

const LIVE_BIDS: &str = "subscription($p: UUID!, $first: Int) {
  procurementBids(procurementId: $p, first: $first) {
    procurementId kind status statusZh version position recordedAt totalCount
    bids { commitment commitmentScheme sealedAt bidId organisationId } } }";

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A socket initialised with `payload` (a token, a language), subscribed to `p`'s sealed bids.
async fn watch_bids(server: &Server, payload: Value, p: &Value, first: Option<i64>) -> Socket {
    let (mut ws, _) = tokio_tungstenite::connect_async(server.ws_request())
        .await
        .unwrap();
    let send = |v: Value| Message::Text(v.to_string().into());
    ws.send(send(
        json!({ "type": "connection_init", "payload": payload }),
    ))
    .await
    .unwrap();
    assert_eq!(next_json(&mut ws).await["type"], "connection_ack");
    ws.send(send(json!({ "id": "1", "type": "subscribe", "payload": {
        "query": LIVE_BIDS, "variables": { "p": p, "first": first } } })))
        .await
        .unwrap();
    ws
}

/// The next item of the subscription: the board as it stands.
async fn next_board(ws: &mut Socket) -> Value {
    let next = next_json(ws).await;
    assert_eq!(next["type"], "next", "{next}");
    next["payload"]["data"]["procurementBids"].clone()
}

fn commitments(board: &Value) -> Vec<Value> {
    board["bids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["commitment"].clone())
        .collect()
}

async fn a_purchaser_watches_sealed_bids_arrive(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(J));
    server.ok(Some(&admin), LOAD, json!({ "j": J })).await;
    let mut orgs = Vec::new();
    for (name, serial) in [
        ("福田区紫藤长者服务中心", 41),
        ("福田区青竹社工服务中心", 42),
    ] {
        let id = apply(&server, &registrar, futian_application(name, serial)).await;
        approve_registration(&server, &registrar, &id).await;
        orgs.push(id);
    }
    crate::procurement_support::init_bid_key(&place);
    let unit = uuid::Uuid::now_v7().to_string();
    let buyer = purchaser(&place, &unit, J);
    let p = published(&server, &buyer).await;
    let elsewhere = published(&server, &buyer).await;
    let (ngo_a, ngo_b) = (ngo(&place, &orgs[0]), ngo(&place, &orgs[1]));
    let submit = async |token: &str, procurement: &Value, fen: i64| {
        server
            .ok(
                Some(token),
                &submit_mutation(),
                json!({ "i": bid_input(procurement, fen, "居家上门服务方案") }),
            )
            .await["submitBid"]
            .clone()
    };
    let a = submit(&ngo_a, &p, 43_000_000).await;

    // The purchaser's page, in Chinese: first the board as it stands.
    let mut ws = watch_bids(
        &server,
        json!({ "Authorization": format!("Bearer {buyer}"), "Accept-Language": "zh-CN" }),
        &p,
        None,
    )
    .await;
    let board = next_board(&mut ws).await;
    assert_eq!(
        (
            &board["procurementId"],
            &board["kind"],
            &board["status"],
            &board["totalCount"]
        ),
        (&p, &Value::Null, &json!("PUBLISHED"), &json!(1)),
        "{board:#}"
    );
    assert_eq!(board["statusZh"], "已发布采购公告");
    assert_eq!(commitments(&board), [a["commitment"].clone()]);
    assert_eq!(board["bids"][0]["sealedAt"], a["sealedAt"]);
    assert_eq!(board["bids"][0]["bidId"], Value::Null, "no bid named");
    assert_eq!(board["bids"][0]["organisationId"], Value::Null);
    let started = board["position"].as_u64().unwrap();

    // Each bid event of this procurement: the board again. Another procurement's is not.
    submit(&ngo_b, &elsewhere, 42_000_000).await;
    let b = submit(&ngo_b, &p, 41_000_000).await;
    let board = next_board(&mut ws).await;
    assert_eq!(
        (&board["kind"], &board["totalCount"]),
        (&json!("BidSubmitted"), &json!(2)),
        "{board:#}"
    );
    assert_eq!(
        commitments(&board),
        [a["commitment"].clone(), b["commitment"].clone()]
    );
    assert!(
        board["position"].as_u64().unwrap() > started + 1,
        "{board:#}"
    );
    assert!(board["recordedAt"].as_str().unwrap().ends_with("+08:00"));
    let replaced = server
        .ok(
            Some(&ngo_a),
            &replace_mutation(),
            json!({ "i": { "bidId": a["id"], "priceFen": 42_500_000, "technicalProposal": "改进方案", "documents": [] } }),
        )
        .await["replaceBid"]
        .clone();
    let board = next_board(&mut ws).await;
    assert_eq!(board["kind"], "BidReplaced", "{board:#}");
    assert_ne!(replaced["commitment"], a["commitment"]);
    assert_eq!(
        commitments(&board),
        [replaced["commitment"].clone(), b["commitment"].clone()]
    );
    server
        .ok(
            Some(&ngo_b),
            "mutation($i: WithdrawBidInput!) { withdrawBid(input: $i) { status } }",
            json!({ "i": { "bidId": b["id"] } }),
        )
        .await;
    let board = next_board(&mut ws).await;
    assert_eq!(
        (&board["kind"], &board["totalCount"]),
        (&json!("BidWithdrawn"), &json!(1)),
        "{board:#}"
    );
    assert_eq!(commitments(&board), [replaced["commitment"].clone()]);

    // The public board is the same for anyone (BID-SEALED): anonymous, and a rival bidder,
    // see the count and commitments, and nobody's identity.
    for payload in [
        json!({}),
        json!({ "Authorization": format!("Bearer {ngo_b}") }),
    ] {
        let mut other = watch_bids(&server, payload, &p, None).await;
        let seen = next_board(&mut other).await;
        assert_eq!(seen["totalCount"], 1, "{seen:#}");
        assert_eq!(commitments(&seen), [replaced["commitment"].clone()]);
        for who in [&orgs[0], &orgs[1]] {
            assert!(!seen.to_string().contains(who.as_str()), "{seen:#}");
        }
    }

    // The procurement cancelled: the last item, then the subscription completes, as its bids
    // can no longer change.
    server
        .ok(
            Some(&buyer),
            &cancel_mutation(),
            json!({ "i": { "procurementId": p, "reason": "预算调整" } }),
        )
        .await;
    let board = next_board(&mut ws).await;
    assert_eq!(
        (&board["kind"], &board["status"]),
        (&json!("ProcurementCancelled"), &json!("CANCELLED")),
        "{board:#}"
    );
    let done = next_json(&mut ws).await;
    assert_eq!(
        (&done["type"], &done["id"]),
        (&json!("complete"), &json!("1")),
        "{done}"
    );

    // A draft is not public yet: no such published procurement, in the session's language.
    let hidden = draft(&server, &buyer, terms(25)).await["id"].clone();
    for (payload, said) in [
        (json!({ "Accept-Language": "zh-CN" }), "没有编号为"),
        (
            json!({ "Authorization": format!("Bearer {buyer}") }),
            "no published procurement has id",
        ),
    ] {
        let mut refused = watch_bids(&server, payload, &hidden, None).await;
        let answer = next_json(&mut refused).await;
        let error = &answer["payload"]["errors"][0];
        assert_eq!(error["extensions"]["code"], "NOT_FOUND", "{answer}");
        assert!(
            error["message"].as_str().unwrap().contains(said),
            "{answer}"
        );
    }
    // More than a page of bids is refused, with the limit.
    let mut refused = watch_bids(&server, json!({}), &p, Some(101)).await;
    let answer = next_json(&mut refused).await;
    assert_eq!(
        answer["payload"]["errors"][0]["extensions"]["code"], "VALIDATION",
        "{answer}"
    );
}

async fn next_json<S>(ws: &mut S) -> Value
where
    S: futures::Stream<Item = Result<Message, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    loop {
        let msg = tokio::time::timeout(std::time::Duration::from_secs(10), ws.next())
            .await
            .expect("a message within 10 s")
            .expect("the socket stays open")
            .expect("a readable message");
        if let Message::Text(t) = msg {
            return serde_json::from_str(&t).unwrap();
        }
    }
}
