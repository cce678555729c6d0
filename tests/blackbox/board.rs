//! A jurisdiction's procurement board followed live over WebSocket (procurementBoard): what
//! the public sees change, and nothing of drafts or of other jurisdictions.

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::procurement::{J, LOAD, cancel_mutation, draft, publish, purchaser, terms};
use crate::support::*;

on_both_backends!(the_public_follows_a_board_live);

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
