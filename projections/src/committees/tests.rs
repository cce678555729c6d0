//! The committee row follows the committee's state: seats, sitting members, sheets in, and
//! the conclusion.

use chrono::{TimeZone, Utc};
use civic_domain::committee::{Subject, ValidBid};
use civic_domain::procurement::{Criterion, EvaluationReport, ScoringScheme};
use civic_domain::{Aggregate, CommitteeEvent, Money, ProcurementMethod};

use super::*;

fn constituted() -> CommitteeEvent {
    CommitteeEvent::CommitteeConstituted {
        committee_id: Uuid::from_u128(1),
        subject: Subject::Procurement(Uuid::from_u128(2)),
        owner_unit: Uuid::from_u128(3),
        method: Some(ProcurementMethod::Consultation),
        budget: Some(Money::from_yuan(100_000)),
        scoring: ScoringScheme {
            price_weight_percent: 30,
            criteria: vec![Criterion {
                key: "plan".into(),
                name: "方案".into(),
                max_points: 70,
            }],
        },
        entries: vec![ValidBid {
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
    assert_eq!(r[2], Value::text("PROCUREMENT"));
    assert_eq!(r[3], Value::text(Uuid::from_u128(2).to_string()));
    assert_eq!(r[4], Value::text("SCORING"));
    assert_eq!(r[6], Value::Int(3));
    assert_eq!(r[10], Value::Null);
    let concluded = c.evolve(&CommitteeEvent::CommitteeConcluded {
        report: EvaluationReport {
            committee_id: Uuid::from_u128(1),
            ranking: vec![],
            sheets_digest: String::new(),
        },
        concluded_at: Utc.with_ymd_and_hms(2026, 3, 3, 2, 0, 0).unwrap(),
    });
    let r = row(5, &concluded).unwrap();
    assert_eq!(r[4], Value::text("CONCLUDED"));
    assert_eq!(r[5], Value::Int(5));
    assert_eq!(r[10], Value::text("2026-03-03T02:00:00+00:00"));
    assert!(row(0, &Committee::default()).is_none());
}

/// A contest's jury (committee 21 of contest 22): no procurement, its subject instead.
fn jury_constituted(committee: Uuid) -> CommitteeEvent {
    let mut e = constituted();
    if let CommitteeEvent::CommitteeConstituted {
        committee_id,
        subject,
        method,
        budget,
        ..
    } = &mut e
    {
        *committee_id = committee;
        *subject = Subject::Contest(Uuid::from_u128(22));
        *method = None;
        *budget = None;
    }
    e
}

#[test]
fn a_jury_row_names_its_contest_and_no_procurement() {
    let c = Committee::default().evolve(&jury_constituted(Uuid::from_u128(21)));
    let r = row(0, &c).unwrap();
    assert_eq!(r[1], Value::Null);
    assert_eq!(r[2], Value::text("CONTEST"));
    assert_eq!(r[3], Value::text(Uuid::from_u128(22).to_string()));
}

mod on_both {
    //! The row and the committee's claim on its procurement, appended the way an import
    //! appends (decoded and folded by the projection), on both backends; and a rebuild.

    use civic_domain::DomainEvent;
    use civic_store::{ExpectedVersion, NewEvent};
    use serde_json::json;

    use super::*;
    use crate::testing::{Place, on_both_backends};

    on_both_backends!(a_committee_claims_its_procurement_and_rebuilds_to_the_same_row);

    const TABLES: &[&str] = &[
        "SELECT committee_id, procurement_id, subject_kind, subject_id, status, version, seats, \
             sitting, submitted, constituted_at, concluded_at FROM rm_committees ORDER BY 1",
        "SELECT namespace, key, stream, rule FROM claims ORDER BY 1, 2",
        "SELECT member_id, committee_id, procurement_id, subject_kind, subject_id, sitting \
             FROM rm_committee_members \
             ORDER BY 1, 2",
    ];

    fn stored(events: &[CommitteeEvent]) -> Vec<NewEvent> {
        events
            .iter()
            .map(|e| NewEvent {
                id: Uuid::now_v7(),
                kind: e.kind().into(),
                schema: e.schema(),
                data: e.to_data(),
                metadata: serde_json::json!({ "actorId": "tester" }),
            })
            .collect()
    }

    fn constituted_as(committee: Uuid) -> CommitteeEvent {
        let mut e = constituted();
        if let CommitteeEvent::CommitteeConstituted { committee_id, .. } = &mut e {
            *committee_id = committee;
        }
        e
    }

    fn drawn(n: u128) -> CommitteeEvent {
        CommitteeEvent::ExpertDrawn {
            expert_id: Uuid::from_u128(n),
            name: format!("专家{n}"),
            position: u32::try_from(n).unwrap(),
        }
    }

    async fn a_committee_claims_its_procurement_and_rebuilds_to_the_same_row(place: Place) {
        let first = Uuid::from_u128(1);
        let second = Uuid::from_u128(7);
        {
            let ledger = place.open().await;
            let events = [constituted_as(first), drawn(10), drawn(11), drawn(12)];
            ledger
                .store
                .append(
                    &format!("committee-{first}"),
                    ExpectedVersion::NoStream,
                    stored(&events),
                )
                .await
                .unwrap();
            let rows = ledger.read.select(of_procurement(Uuid::from_u128(2))).await;
            let rows = CommitteeRow::decode_all(rows.unwrap()).unwrap();
            assert_eq!(rows.len(), 1);
            assert_eq!(
                (rows[0].status.as_str(), rows[0].seats, rows[0].sitting),
                ("SCORING", 3, 3)
            );
            // A second committee of the same procurement, while the first scores.
            let refused = ledger
                .store
                .append(
                    &format!("committee-{second}"),
                    ExpectedVersion::NoStream,
                    stored(&[constituted_as(second), drawn(13), drawn(14), drawn(15)]),
                )
                .await
                .unwrap_err();
            assert!(
                refused
                    .to_string()
                    .contains("one committee per evaluation round"),
                "{refused}"
            );
            ledger
                .store
                .append(
                    &format!("committee-{first}"),
                    ExpectedVersion::Exact(3),
                    stored(&[CommitteeEvent::CommitteeConcluded {
                        report: EvaluationReport {
                            committee_id: first,
                            ranking: vec![],
                            sheets_digest: String::new(),
                        },
                        concluded_at: Utc.with_ymd_and_hms(2026, 3, 3, 2, 0, 0).unwrap(),
                    }]),
                )
                .await
                .unwrap();
            // Concluded, it gives the procurement up for the next round's committee.
            ledger
                .store
                .append(
                    &format!("committee-{second}"),
                    ExpectedVersion::NoStream,
                    stored(&[constituted_as(second), drawn(13), drawn(14), drawn(15)]),
                )
                .await
                .unwrap();
            let rows = ledger.read.select(of_procurement(Uuid::from_u128(2))).await;
            let rows = CommitteeRow::decode_all(rows.unwrap()).unwrap();
            assert_eq!(
                rows.iter()
                    .map(|r| (r.committee_id, r.status.as_str()))
                    .collect::<Vec<_>>(),
                [(first, "CONCLUDED"), (second, "SCORING")]
            );
            let one = ledger
                .read
                .select_one(by_id(second))
                .await
                .unwrap()
                .unwrap();
            assert_eq!(CommitteeRow::decode(one).unwrap().sitting, 3);

            // A contest's jury: found by its contest, not among any procurement's committees,
            // and claiming its contest under a key of its own.
            let jury = Uuid::from_u128(21);
            ledger
                .store
                .append(
                    &format!("committee-{jury}"),
                    ExpectedVersion::NoStream,
                    stored(&[jury_constituted(jury), drawn(16), drawn(17), drawn(18)]),
                )
                .await
                .unwrap();
            let rows = ledger.read.select(of_contest(Uuid::from_u128(22))).await;
            let rows = CommitteeRow::decode_all(rows.unwrap()).unwrap();
            assert_eq!(rows.len(), 1);
            assert_eq!(
                (rows[0].committee_id, rows[0].subject),
                (jury, Subject::Contest(Uuid::from_u128(22)))
            );
            let rows = ledger.read.select(of_procurement(Uuid::from_u128(2))).await;
            assert_eq!(rows.unwrap().len(), 2);

            // A committee stored under schema 1, before contests, projects as it did.
            let old = Uuid::from_u128(31);
            let mut v1 = constituted_as(old).to_data();
            let map = v1.as_object_mut().unwrap();
            map.remove("subject");
            map.insert("procurementId".into(), json!(Uuid::from_u128(32)));
            let unit = map.remove("ownerUnit").unwrap();
            map.insert("purchaserUnit".into(), unit);
            let bids = map.remove("entries").unwrap();
            map.insert("bids".into(), bids);
            let mut events = vec![NewEvent {
                id: Uuid::now_v7(),
                kind: "CommitteeConstituted".into(),
                schema: 1,
                data: v1,
                metadata: json!({ "actorId": "tester" }),
            }];
            events.extend(stored(&[drawn(19), drawn(20), drawn(21)]));
            ledger
                .store
                .append(
                    &format!("committee-{old}"),
                    ExpectedVersion::NoStream,
                    events,
                )
                .await
                .unwrap();
            let rows = ledger
                .read
                .select(of_procurement(Uuid::from_u128(32)))
                .await;
            let rows = CommitteeRow::decode_all(rows.unwrap()).unwrap();
            assert_eq!(
                (rows.len(), rows[0].subject, rows[0].sitting),
                (1, Subject::Procurement(Uuid::from_u128(32)), 3)
            );
        }
        let live = place.dump(TABLES).await;
        // Rows: 4 committees, 3 claims (the scoring ones), 12 members.
        assert_eq!(live.len(), 4 + 3 + 12, "{live:?}");
        place
            .tamper("UPDATE read_model_checkpoint SET version = 0")
            .await;
        drop(place.open().await);
        assert_eq!(place.dump(TABLES).await, live, "rebuilt");
    }
}
