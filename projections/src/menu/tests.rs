//! The order row follows the order's state: its status step by step, its procurement once
//! implemented; lists page and filter on both backends, and a rebuild writes the same rows.

use chrono::{TimeZone, Utc};
use civic_domain::menu::{Community, Implementation, MenuStep, OrderLine, PublicNotice};
use civic_domain::{Aggregate, CatalogueCode, Jurisdiction, MenuItemType, MenuOrderEvent, Money};

use super::*;
use crate::testing::{Place, on_both_backends};

fn notice(step: MenuStep) -> PublicNotice {
    PublicNotice {
        step,
        text: format!("{}公示", step.label_zh()),
        at: Utc.with_ymd_and_hms(2026, 4, 1, 2, 0, 0).unwrap(),
    }
}

fn collected(id: Uuid, unit: Uuid, jurisdiction: &str) -> MenuOrderEvent {
    MenuOrderEvent::NeedsCollected {
        order_id: id,
        jurisdiction: Jurisdiction::parse(jurisdiction).unwrap(),
        community: Community {
            unit_id: unit,
            name: "湖贝社区".into(),
        },
        title: "长者助餐".into(),
        lines: vec![OrderLine {
            code: CatalogueCode::parse("A01").unwrap(),
            name_zh: "长者助餐服务".into(),
            name_en: None,
            item_type: MenuItemType::Services,
            amount: Money::from_yuan(300_000),
            needs: "独居长者就餐难".into(),
            cap: Some(Money::from_yuan(500_000)),
        }],
        menu_version: 0,
        notice: notice(MenuStep::CollectNeeds),
    }
}

#[test]
fn the_row_shows_where_the_order_stands() {
    let (id, unit, p) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
    assert!(row(&MenuOrder::default()).is_none());
    let o = MenuOrder::default().evolve(&collected(id, unit, "440303"));
    let r = row(&o).unwrap();
    assert_eq!(r[0], Value::text(id.to_string()));
    assert_eq!(r[2], Value::text(unit.to_string()));
    assert_eq!(r[5], Value::text("NEEDS_COLLECTED"));
    assert_eq!(r[6], Value::Int(30_000_000));
    assert_eq!(r[7], Value::Null);
    let o = o
        .evolve(&MenuOrderEvent::CouncilReviewed {
            approved: true,
            reason: "通过".into(),
            notice: notice(MenuStep::CouncilReview),
        })
        .evolve(&MenuOrderEvent::MenuOrderDecided {
            total: Money::from_yuan(300_000),
            notice: notice(MenuStep::Decide),
        })
        .evolve(&MenuOrderEvent::MenuOrderImplemented {
            by: Implementation::Procurement { procurement_id: p },
            notice: notice(MenuStep::Implement),
        });
    let r = row(&o).unwrap();
    assert_eq!(r[5], Value::text("IMPLEMENTING"));
    assert_eq!(r[7], Value::text(p.to_string()));
}

mod on_both {
    use super::*;

    on_both_backends!(orders_are_listed_filtered_and_rebuilt_to_the_same_rows);

    const TABLES: &[&str] = &[
        "SELECT order_id, jurisdiction, community_unit, community_name, title, status, total, \
             procurement_id, collected_at FROM rm_menu_orders ORDER BY 1",
    ];

    fn ids(page: &MenuOrderPage) -> Vec<Uuid> {
        page.items.iter().map(|(_, r)| r.order_id).collect()
    }

    async fn orders_are_listed_filtered_and_rebuilt_to_the_same_rows(place: Place) {
        let (first, second, elsewhere) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let (unit, other_unit, procurement) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        {
            {
                // As the command handler appends; the rebuild below folds the events itself.
                let ledger = place.open_with(true).await;
                let now = Utc::now();
                for (id, u, j) in [
                    (first, unit, "440303"),
                    (second, unit, "440303"),
                    (elsewhere, other_unit, "440304"),
                ] {
                    ledger
                        .append::<MenuOrder>(id, &[collected(id, u, j)], now)
                        .await
                        .unwrap();
                }
                ledger
                    .append::<MenuOrder>(
                        second,
                        &[
                            MenuOrderEvent::CouncilReviewed {
                                approved: true,
                                reason: "通过".into(),
                                notice: notice(MenuStep::CouncilReview),
                            },
                            MenuOrderEvent::MenuOrderDecided {
                                total: Money::from_yuan(300_000),
                                notice: notice(MenuStep::Decide),
                            },
                            MenuOrderEvent::MenuOrderImplemented {
                                by: Implementation::Procurement {
                                    procurement_id: procurement,
                                },
                                notice: notice(MenuStep::Implement),
                            },
                        ],
                        now,
                    )
                    .await
                    .unwrap();
                let read = ledger.read.as_ref();
                let row = order(read, second).await.unwrap().unwrap();
                assert_eq!(
                    (row.status.as_str(), row.procurement_id, row.version),
                    ("IMPLEMENTING", Some(procurement), 3)
                );
                assert_eq!(row.state.notices.len(), 4);
                assert!(order(read, Uuid::now_v7()).await.unwrap().is_none());

                let all = list(read, &MenuOrderFilter::default(), 10, None)
                    .await
                    .unwrap();
                assert_eq!(ids(&all), [first, second, elsewhere]);
                let luohu = MenuOrderFilter {
                    jurisdiction: Some("440303".into()),
                    ..MenuOrderFilter::default()
                };
                let page = list(read, &luohu, 1, None).await.unwrap();
                assert_eq!(
                    (ids(&page), page.has_next_page, page.total_count),
                    (vec![first], true, 2)
                );
                let rest = list(read, &luohu, 1, Some(&page.items[0].0)).await.unwrap();
                assert_eq!((ids(&rest), rest.has_next_page), (vec![second], false));
                let narrowed = [
                    MenuOrderFilter {
                        status: Some(MenuOrderStatus::Implementing),
                        ..MenuOrderFilter::default()
                    },
                    MenuOrderFilter {
                        procurement: Some(procurement),
                        ..MenuOrderFilter::default()
                    },
                ];
                for filter in narrowed {
                    let page = list(read, &filter, 10, None).await.unwrap();
                    assert_eq!(ids(&page), [second], "{filter:?}");
                }
                let of_other = MenuOrderFilter {
                    community_unit: Some(other_unit),
                    ..MenuOrderFilter::default()
                };
                assert_eq!(
                    ids(&list(read, &of_other, 10, None).await.unwrap()),
                    [elsewhere]
                );
                assert!(matches!(
                    list(read, &luohu, 1, Some("c.nonsense")).await,
                    Err(ReadModelError::BadCursor(_))
                ));
            }
        }
        let live = place.dump(TABLES).await;
        assert_eq!(live.len(), 3, "{live:?}");
        place
            .tamper("UPDATE read_model_checkpoint SET version = 0")
            .await;
        drop(place.open().await);
        assert_eq!(place.dump(TABLES).await, live, "rebuilt");
    }
}
