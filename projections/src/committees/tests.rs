//! The committee row follows the committee's state: seats, sitting members, sheets in, and
//! the conclusion.

use chrono::{TimeZone, Utc};
use civic_domain::committee::ValidBid;
use civic_domain::procurement::{Criterion, EvaluationReport, ScoringScheme};
use civic_domain::{Aggregate, CommitteeEvent, Money, ProcurementMethod};

use super::*;

fn constituted() -> CommitteeEvent {
    CommitteeEvent::CommitteeConstituted {
        committee_id: Uuid::from_u128(1),
        procurement_id: Uuid::from_u128(2),
        purchaser_unit: Uuid::from_u128(3),
        method: ProcurementMethod::Consultation,
        budget: Money::from_yuan(100_000),
        scoring: ScoringScheme {
            price_weight_percent: 30,
            criteria: vec![Criterion {
                key: "plan".into(),
                name: "方案".into(),
                max_points: 70,
            }],
        },
        bids: vec![ValidBid {
            bid_id: Uuid::from_u128(4),
            organisation_id: Uuid::from_u128(5),
            price: Money::from_yuan(90_000),
        }],
        representatives: vec![],
        experts: 3,
        seed: "0".repeat(32),
        draw_scheme: "x".into(),
        draw_order: vec![],
        constituted_at: Utc.with_ymd_and_hms(2026, 3, 2, 2, 0, 0).unwrap(),
    }
}

#[test]
fn the_row_shows_where_the_committee_stands() {
    let c = Committee::default().evolve(&constituted());
    let r = row(0, &c).unwrap();
    assert_eq!(r[0], Value::text(Uuid::from_u128(1).to_string()));
    assert_eq!(r[1], Value::text(Uuid::from_u128(2).to_string()));
    assert_eq!(r[2], Value::text("SCORING"));
    assert_eq!(r[4], Value::Int(3));
    assert_eq!(r[8], Value::Null);
    let concluded = c.evolve(&CommitteeEvent::CommitteeConcluded {
        report: EvaluationReport {
            committee_id: Uuid::from_u128(1),
            ranking: vec![],
            sheets_digest: String::new(),
        },
        concluded_at: Utc.with_ymd_and_hms(2026, 3, 3, 2, 0, 0).unwrap(),
    });
    let r = row(5, &concluded).unwrap();
    assert_eq!(r[2], Value::text("CONCLUDED"));
    assert_eq!(r[3], Value::Int(5));
    assert_eq!(r[8], Value::text("2026-03-03T02:00:00+00:00"));
    assert!(row(0, &Committee::default()).is_none());
}
