//! The evaluation row follows the evaluation's state; lists filter by supplier, contract and
//! grade and page along the key; a rebuild writes the same rows; one evaluation per evaluator
//! of a contract is a claim; on both backends.

use chrono::{TimeZone, Utc};
use civic_domain::performance::{
    EvaluatorKind, GradeThresholds, IndicatorScore, PerformanceEvent, default_indicators,
};
use civic_domain::procurement::Points;
use civic_domain::{Grade, Jurisdiction};

use super::*;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn opened(evaluation: u128, supplier: u128, evaluator: u128) -> PerformanceEvent {
    PerformanceEvent::EvaluationOpened {
        evaluation_id: id(evaluation),
        contract_id: id(0xC0 + supplier),
        procurement_id: id(0xD0),
        supplier: id(supplier),
        purchaser_unit: id(0xF0),
        jurisdiction: Jurisdiction::parse("440300").unwrap(),
        evaluator: EvaluatorKind::ThirdParty,
        evaluator_organisation: id(evaluator),
        indicators: default_indicators(),
        thresholds: GradeThresholds::default(),
        independence: None,
        opened_at: Utc.with_ymd_and_hms(2027, 3, 1, 1, 0, 0).unwrap(),
    }
}

fn concluded(grade: Grade) -> [PerformanceEvent; 2] {
    [
        PerformanceEvent::PerformanceScoresSubmitted {
            scores: vec![IndicatorScore {
                indicator: "SATISFACTION".into(),
                points: Points(900),
            }],
            comment: String::new(),
            total: Points(900),
            submitted_at: Utc.with_ymd_and_hms(2027, 3, 1, 2, 0, 0).unwrap(),
        },
        PerformanceEvent::EvaluationConcluded {
            total: Points(8_500),
            grade,
            concluded_at: Utc.with_ymd_and_hms(2027, 3, 1, 3, 0, 0).unwrap(),
        },
    ]
}

#[test]
fn the_row_shows_the_evaluation_and_its_grade_once_concluded() {
    let e = PerformanceEvaluation::default().evolve(&opened(1, 0x51, 0x31));
    let r = row(&e).unwrap();
    assert_eq!(r[0], Value::text(id(1).to_string()));
    assert_eq!(r[5], Value::text("THIRD_PARTY"));
    assert_eq!(r[7], Value::text("OPEN"));
    assert_eq!(r[8], Value::Null);
    let e = concluded(Grade::Good).iter().fold(e, |s, ev| s.evolve(ev));
    let r = row(&e).unwrap();
    assert_eq!(r[7], Value::text("CONCLUDED"));
    assert_eq!(r[8], Value::text("GOOD"));
    assert!(row(&PerformanceEvaluation::default()).is_none());
}

mod on_both {
    use civic_domain::DomainEvent;
    use civic_store::{ExpectedVersion, NewEvent};

    use super::*;
    use crate::testing::{Place, on_both_backends};

    on_both_backends!(evaluations_list_by_supplier_and_grade_and_rebuild_to_the_same_rows);

    const TABLES: &[&str] = &[
        "SELECT evaluation_id, contract_id, supplier, purchaser_unit, jurisdiction, evaluator, \
             evaluator_organisation, status, grade FROM rm_performance_evaluations ORDER BY 1",
        "SELECT namespace, key, stream, rule FROM claims WHERE namespace = \
             'performance-evaluation' ORDER BY 1, 2",
    ];

    fn stored(events: &[PerformanceEvent]) -> Vec<NewEvent> {
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

    async fn evaluations_list_by_supplier_and_grade_and_rebuild_to_the_same_rows(place: Place) {
        {
            let ledger = place.open().await;
            let append = |n: u128, events: Vec<PerformanceEvent>| {
                let store = ledger.store.clone();
                async move {
                    store
                        .append(
                            &format!("performance-{}", id(n)),
                            ExpectedVersion::NoStream,
                            stored(&events),
                        )
                        .await
                }
            };
            let mut good = vec![opened(1, 0x51, 0x31)];
            good.extend(concluded(Grade::Good));
            append(1, good).await.unwrap();
            let mut poor = vec![opened(2, 0x51, 0x32)];
            poor.extend(concluded(Grade::Poor));
            append(2, poor).await.unwrap();
            append(3, vec![opened(3, 0x52, 0x31)]).await.unwrap();
            // The same third party on the same contract again: its claim refuses it.
            let refused = append(4, vec![opened(4, 0x51, 0x31)]).await.unwrap_err();
            assert!(refused.to_string().contains("already has a"), "{refused}");

            let read = |filter: EvaluationFilter, first: usize, after: Option<Uuid>| {
                let read = ledger.read.clone();
                async move {
                    let rows = read
                        .select(list(&filter, None, first, after))
                        .await
                        .unwrap();
                    EvaluationRow::decode_all(rows)
                        .unwrap()
                        .into_iter()
                        .map(|r| r.evaluation_id)
                        .collect::<Vec<_>>()
                }
            };
            let of_supplier = EvaluationFilter {
                supplier: Some(id(0x51)),
                ..EvaluationFilter::default()
            };
            assert_eq!(read(of_supplier.clone(), 10, None).await, [id(1), id(2)]);
            assert_eq!(read(of_supplier.clone(), 10, Some(id(1))).await, [id(2)]);
            let good_ones = EvaluationFilter {
                grade: Some(Grade::Good),
                ..EvaluationFilter::default()
            };
            assert_eq!(read(good_ones, 10, None).await, [id(1)]);
            let public = EvaluationFilter {
                concluded_only: true,
                ..EvaluationFilter::default()
            };
            assert_eq!(read(public.clone(), 10, None).await, [id(1), id(2)]);
            let mine = EvaluationFilter {
                visible_to: Some(id(0x31)),
                ..EvaluationFilter::default()
            };
            let rows = ledger
                .read
                .select(list(&mine, Some("evaluator_organisation"), 10, None))
                .await
                .unwrap();
            assert_eq!(rows.len(), 2, "the third party's two evaluations");
            assert_eq!(
                ledger.read.count(list_filter(&public, None)).await.unwrap(),
                2
            );
            let one = ledger
                .read
                .select(list(
                    &EvaluationFilter {
                        contract: Some(id(0xC0 + 0x52)),
                        ..EvaluationFilter::default()
                    },
                    None,
                    10,
                    None,
                ))
                .await
                .unwrap();
            let one = EvaluationRow::decode_all(one).unwrap();
            assert_eq!(one.len(), 1);
            assert_eq!(one[0].version, 0);
            assert_eq!(one[0].state.supplier, Some(id(0x52)));
        }
        let live = place.dump(TABLES).await;
        assert_eq!(live.len(), 3 + 3, "{live:?}");
        place
            .tamper("UPDATE read_model_checkpoint SET version = 0")
            .await;
        drop(place.open().await);
        assert_eq!(place.dump(TABLES).await, live, "rebuilt");
    }
}
