//! The bids read model's rows, worked out without a database (the ledger's tests run it on
//! both backends through the command path).

use chrono::TimeZone;
use civic_domain::bid::{BidEvent, SealedBox, StandingRead};
use civic_domain::procurement::Commitment;
use civic_domain::{Aggregate, Jurisdiction};

use super::*;
use crate::runtime::{Change, Prepared};
use crate::testing::{Ledger, Place, on_both_backends};

on_both_backends!(the_board_follows_the_events_and_a_rebuild_writes_the_same_rows);

fn submitted() -> BidEvent {
    submitted_by(Uuid::from_u128(1), Uuid::from_u128(3))
}

fn submitted_by(bid_id: Uuid, organisation_id: Uuid) -> BidEvent {
    BidEvent::BidSubmitted {
        bid_id,
        procurement_id: Uuid::from_u128(2),
        organisation_id,
        jurisdiction: Jurisdiction::parse("440304").unwrap(),
        commitment: Commitment("ab".repeat(32)),
        commitment_scheme: "sha256(canonical-json || salt)/v1".into(),
        sealed: SealedBox {
            key_id: "k".into(),
            nonce: "AAAA".into(),
            ciphertext: "c2VjcmV0IHByaWNl".into(),
        },
        standing: StandingRead {
            registry_version: 4,
            registry_position: 17,
        },
        submitted_at: Utc.with_ymd_and_hms(2026, 3, 2, 1, 0, 0).unwrap(),
    }
}

fn rows_after(events: &[BidEvent]) -> Vec<Vec<Value>> {
    let mut state = Bid::default();
    let mut out = Changes::default();
    for (i, event) in events.iter().enumerate() {
        let after = state.clone().evolve(event);
        let applied = Applied {
            stream: "bid-00000000-0000-0000-0000-000000000001",
            id: "00000000-0000-0000-0000-000000000001",
            version: i as u64,
            index: i,
            at: Utc::now(),
            metadata: &serde_json::Value::Null,
            event,
            before: &state,
            after: &after,
            rebuilding: false,
        };
        Bids.project(&applied, &mut out).unwrap();
        state = after;
    }
    out.0
        .into_iter()
        .map(|c| match c {
            Change::Upsert { row, .. } => row,
            other => panic!("unexpected change {other:?}"),
        })
        .collect()
}

#[test]
fn a_row_holds_the_commitment_and_times_but_never_the_sealed_box() {
    let rows = rows_after(&[submitted()]);
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row.len(), BIDS.columns.len());
    assert_eq!(row[4], Value::text("SUBMITTED"));
    assert_eq!(row[5], Value::text("ab".repeat(32)));
    assert_eq!(row[9], Value::Null);
    assert_eq!(row[11], Value::Int(4));
    assert_eq!(row[12], Value::Int(17));
    assert!(!format!("{row:?}").contains("c2VjcmV0IHByaWNl"));
}

#[test]
fn a_replacement_and_a_withdrawal_update_the_row() {
    let replaced_at = Utc.with_ymd_and_hms(2026, 3, 3, 1, 0, 0).unwrap();
    let withdrawn_at = Utc.with_ymd_and_hms(2026, 3, 4, 1, 0, 0).unwrap();
    let rows = rows_after(&[
        submitted(),
        BidEvent::BidReplaced {
            commitment: Commitment("cd".repeat(32)),
            commitment_scheme: "sha256(canonical-json || salt)/v1".into(),
            sealed: SealedBox {
                key_id: "k".into(),
                nonce: "AAAA".into(),
                ciphertext: "AAAA".into(),
            },
            standing: StandingRead {
                registry_version: 5,
                registry_position: 30,
            },
            replaced_at,
        },
        BidEvent::BidWithdrawn { withdrawn_at },
    ]);
    let last = rows.last().unwrap();
    assert_eq!(last[4], Value::text("WITHDRAWN"));
    assert_eq!(last[5], Value::text("cd".repeat(32)));
    assert_eq!(last[8], Value::Int(replaced_at.timestamp_micros()));
    assert_eq!(last[9], Value::text("2026-03-04T01:00:00.000000Z"));
    assert_eq!(last[10], Value::Int(1));
    assert_eq!(last[11], Value::Int(5));
}

/// Appends `events` to the bid's stream the way the command handler does: changes prepared
/// before the append and handed over.
async fn append(ledger: &Ledger, bid_id: Uuid, events: &[BidEvent]) {
    use civic_domain::DomainEvent;
    let stream = format!("bid-{bid_id}");
    let recorded = ledger
        .store
        .read_stream(
            &stream,
            civic_store::StreamFrom::Start,
            civic_store::Direction::Forwards,
            100,
        )
        .await
        .unwrap();
    let state = recorded.iter().fold(Bid::default(), |s, e| {
        s.evolve(&BidEvent::from_stored(&e.kind, e.schema, &e.data).unwrap())
    });
    let metadata =
        serde_json::json!({ "commandId": Uuid::now_v7().to_string(), "command": "SubmitBid" });
    let new: Vec<civic_store::NewEvent> = events
        .iter()
        .map(|e| civic_store::NewEvent {
            id: Uuid::now_v7(),
            kind: e.kind().into(),
            schema: e.schema(),
            data: e.to_data(),
            metadata: metadata.clone(),
        })
        .collect();
    let first_version = recorded.last().map_or(0, |e| e.version + 1);
    let changes = ledger
        .set
        .projectors::<Bid>()
        .unwrap()
        .prepare(
            &stream,
            first_version,
            &state,
            events,
            &metadata,
            Utc::now(),
        )
        .unwrap();
    let _offered = ledger.set.handoff().offer(
        new[0].id,
        Prepared {
            stream: stream.clone(),
            first_version,
            events: new.len(),
            changes,
        },
    );
    let expected = recorded
        .last()
        .map_or(civic_store::ExpectedVersion::NoStream, |e| {
            civic_store::ExpectedVersion::Exact(e.version)
        });
    ledger.store.append(&stream, expected, new).await.unwrap();
}

const DUMP: &[&str] = &[
    "SELECT bid_id, procurement_id, organisation_id, jurisdiction, status, commitment, \
     commitment_scheme, submitted_at, sealed_at, withdrawn_at, replacements, registry_version, \
     registry_position FROM rm_bids ORDER BY 1",
];

async fn the_board_follows_the_events_and_a_rebuild_writes_the_same_rows(place: Place) {
    let (one, two, three) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let procurement = Uuid::from_u128(2);
    {
        let ledger = place.open().await;
        append(&ledger, one, &[submitted_by(one, Uuid::from_u128(10))]).await;
        append(
            &ledger,
            two,
            &[
                submitted_by(two, Uuid::from_u128(11)),
                BidEvent::BidWithdrawn {
                    withdrawn_at: Utc.with_ymd_and_hms(2026, 3, 5, 1, 0, 0).unwrap(),
                },
            ],
        )
        .await;
        append(&ledger, three, &[submitted_by(three, Uuid::from_u128(12))]).await;

        let read = ledger.read.as_ref();
        assert_eq!(live_count(read, procurement).await.unwrap(), 2);
        let live = live_bids(read, procurement, None, 10).await.unwrap();
        assert_eq!(
            live.iter().map(|b| b.bid_id).collect::<Vec<_>>(),
            [one, three]
        );
        let page = live_bids(read, procurement, Some(one), 10).await.unwrap();
        assert_eq!(page.iter().map(|b| b.bid_id).collect::<Vec<_>>(), [three]);
        let sealed = live_bids_sealed(read, procurement, None, 10).await.unwrap();
        assert_eq!(sealed.len(), 2);
        assert_eq!(sealed[0].1.id, Some(one));
        assert_eq!(
            sealed[0].1.sealed.as_ref().map(|s| s.ciphertext.as_str()),
            Some("c2VjcmV0IHByaWNl")
        );
        let withdrawn = bid(read, two).await.unwrap().unwrap();
        assert_eq!(withdrawn.status, "WITHDRAWN");
        assert_eq!(
            withdrawn.withdrawn_at,
            Some(Utc.with_ymd_and_hms(2026, 3, 5, 1, 0, 0).unwrap())
        );
        let mine = organisation_bids(read, Uuid::from_u128(11), None, 10)
            .await
            .unwrap();
        assert_eq!(mine, [withdrawn]);
        assert_eq!(bid(read, Uuid::now_v7()).await.unwrap(), None);
    }
    let live = place.dump(DUMP).await;
    assert_eq!(live.len(), 3, "{live:?}");
    assert!(!live.iter().any(|r| r.contains("c2VjcmV0IHByaWNl")));
    place
        .tamper(
            "DELETE FROM rm_bids; UPDATE read_model_checkpoint SET version = 0 WHERE name = 'bids'",
        )
        .await;
    drop(place.open().await);
    assert_eq!(
        place.dump(DUMP).await,
        live,
        "the bids' table rebuilt alone"
    );
}
