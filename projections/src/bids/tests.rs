//! The bids read model's rows, worked out without a database (the ledger's tests run it on
//! both backends through the command path).

use chrono::TimeZone;
use civic_domain::bid::{BidEvent, SealedBox, StandingRead};
use civic_domain::procurement::Commitment;
use civic_domain::{Aggregate, Jurisdiction};

use super::*;
use crate::runtime::Change;

fn submitted() -> BidEvent {
    BidEvent::BidSubmitted {
        bid_id: Uuid::from_u128(1),
        procurement_id: Uuid::from_u128(2),
        organisation_id: Uuid::from_u128(3),
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
