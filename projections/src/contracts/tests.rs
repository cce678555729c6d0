//! The contracts read model, the same on both backends: the lists and their filters, the
//! overdue list following acceptances and payments, the one-contract-per-procurement claim,
//! and a rebuild equal to what the live projection (changes prepared by the handler) wrote.

use chrono::{DateTime, Duration, Utc};
use civic_domain::contract::{AwardedProcurement, ContractTerms, MilestoneKind, MilestoneSpec};
use civic_domain::procurement::AwardNotice;
use civic_domain::{
    Aggregate, CatalogueCode, Context, Contract, ContractCommand, ContractEvent, ContractFacts,
    ContractStatus, Jurisdiction, Money, ProcurementMethod, ProcurementStatus, china_date,
};
use uuid::Uuid;

use super::*;
use crate::testing::{Ledger, Place, on_both_backends};

const TABLES: &[&str] = &[
    "SELECT id, procurement_id, jurisdiction, purchaser_unit, supplier, title, item, method, \
         status, amount, supplements, paid, signed_at, signed_year, ended_at, payment_due \
         FROM rm_contracts ORDER BY 1",
    "SELECT namespace, key, stream, rule FROM claims ORDER BY 1, 2",
    "SELECT category, id, version, position, state FROM aggregate_states ORDER BY 1, 2",
];

on_both_backends!(
    lists_and_the_overdue_list_follow_the_events,
    one_contract_per_procurement_and_a_rebuild_writes_what_the_live_projection_wrote,
);

const J: &str = "440304";

/// What a contract is signed from: procurement `procurement` of `unit` in `jurisdiction`,
/// awarded to `supplier` for ¥100 000, noticed at `noticed_at`.
struct Award {
    procurement: Uuid,
    unit: Uuid,
    supplier: Uuid,
    jurisdiction: &'static str,
    noticed_at: DateTime<Utc>,
}

impl Award {
    fn new(unit: Uuid, jurisdiction: &'static str, noticed_at: DateTime<Utc>) -> Self {
        Award {
            procurement: Uuid::now_v7(),
            unit,
            supplier: Uuid::now_v7(),
            jurisdiction,
            noticed_at,
        }
    }

    fn facts(&self) -> ContractFacts {
        let start = china_date(self.noticed_at) + Duration::days(10);
        ContractFacts {
            procurement: Some(AwardedProcurement {
                procurement_id: self.procurement,
                status: ProcurementStatus::Awarded,
                award: Some(AwardNotice {
                    bid_id: Uuid::now_v7(),
                    organisation_id: self.supplier,
                    price: Money::from_yuan(100_000),
                    noticed_at: self.noticed_at,
                    challenge_deadline: start,
                }),
                unanswered_challenges: 0,
                upheld_challenges: 0,
                terms: ContractTerms {
                    jurisdiction: Jurisdiction::parse(self.jurisdiction).unwrap(),
                    purchaser: "深圳市福田区民政局".into(),
                    purchaser_unit: self.unit,
                    title: "居家养老上门服务".into(),
                    item: Some(CatalogueCode::parse("A0101").unwrap()),
                    item_name_zh: "养老服务".into(),
                    method: Some(ProcurementMethod::OpenTender),
                    budget: Money::from_yuan(120_000),
                    service_start: start,
                    service_end: start + Duration::days(300),
                    stable_and_funded: false,
                },
            }),
            grant: None,
        }
    }

    fn sign(&self, contract_id: Uuid) -> ContractCommand {
        let start = china_date(self.noticed_at) + Duration::days(10);
        ContractCommand::Sign {
            contract_id,
            procurement_id: self.procurement,
            supplier: self.supplier,
            amount: Money::from_yuan(100_000),
            service_start: start,
            service_end: start + Duration::days(300),
            milestones: vec![
                MilestoneSpec {
                    id: Some("D1".into()),
                    kind: MilestoneKind::Delivery,
                    title: "服务验收".into(),
                    due: start + Duration::days(100),
                    amount: None,
                    follows: None,
                },
                MilestoneSpec {
                    id: Some("P1".into()),
                    kind: MilestoneKind::Payment,
                    title: "付款".into(),
                    due: start + Duration::days(130),
                    amount: Some(Money::from_yuan(100_000)),
                    follows: Some("D1".into()),
                },
            ],
        }
    }
}

/// Decides `command` on contract `id` as the log has it, at `now`, and appends it the way the
/// command handler does.
async fn run(
    ledger: &Ledger,
    award: &Award,
    id: Uuid,
    command: ContractCommand,
    now: DateTime<Utc>,
) -> Result<civic_store::AppendResult, civic_store::StoreError> {
    let state = match contract(ledger.read.as_ref(), id).await.unwrap() {
        Some(row) => row.state,
        None => Contract::default(),
    };
    let ctx = Context::<()>::at(now).with_facts(award.facts());
    let events: Vec<ContractEvent> = state.decide(&command, &ctx).unwrap();
    ledger.append::<Contract>(id, &events, now).await
}

async fn sign(ledger: &Ledger, award: &Award, now: DateTime<Utc>) -> Uuid {
    let id = Uuid::now_v7();
    run(ledger, award, id, award.sign(id), now).await.unwrap();
    id
}

fn ids(page: &ContractPage) -> Vec<Uuid> {
    page.items.iter().map(|(_, r)| r.id).collect()
}

async fn lists_and_the_overdue_list_follow_the_events(place: Place) {
    let ledger = place.open_with(true).await;
    let read = ledger.read.as_ref();
    let now = Utc::now();
    let long_ago = now - Duration::days(120);
    let unit = Uuid::now_v7();
    let a = Award::new(unit, J, long_ago);
    let b = Award::new(unit, J, long_ago);
    let c = Award::new(Uuid::now_v7(), "440305", long_ago);
    let first = sign(&ledger, &a, long_ago).await;
    let second = sign(&ledger, &b, long_ago).await;
    let elsewhere = sign(&ledger, &c, long_ago).await;

    let row = contract(read, first).await.unwrap().unwrap();
    assert_eq!(
        (
            row.status.as_str(),
            row.procurement_id,
            row.supplier,
            row.purchaser_unit,
            row.version,
            row.payment_due
        ),
        ("ACTIVE", a.procurement, a.supplier, unit, 0, None)
    );
    assert_eq!(row.state.amount, Money::from_yuan(100_000));
    assert!(contract(read, Uuid::now_v7()).await.unwrap().is_none());
    assert_eq!(
        of_procurement(read, b.procurement)
            .await
            .unwrap()
            .map(|r| r.id),
        Some(second)
    );
    assert!(
        of_procurement(read, Uuid::now_v7())
            .await
            .unwrap()
            .is_none()
    );

    // Lists in signing order, in pages that follow their cursors, narrowed by each filter.
    let all = list(read, &ContractFilter::default(), 10, None)
        .await
        .unwrap();
    assert_eq!(ids(&all), [first, second, elsewhere]);
    let in_j = ContractFilter {
        jurisdiction: Some(J.into()),
        ..ContractFilter::default()
    };
    let page = list(read, &in_j, 1, None).await.unwrap();
    assert_eq!(
        (ids(&page), page.has_next_page, page.total_count),
        (vec![first], true, 2)
    );
    let rest = list(read, &in_j, 1, Some(&page.items[0].0)).await.unwrap();
    assert_eq!((ids(&rest), rest.has_next_page), (vec![second], false));
    for (filter, expected) in [
        (
            ContractFilter {
                supplier: Some(c.supplier),
                ..ContractFilter::default()
            },
            vec![elsewhere],
        ),
        (
            ContractFilter {
                purchaser_unit: Some(unit),
                ..ContractFilter::default()
            },
            vec![first, second],
        ),
        (
            ContractFilter {
                procurement: Some(a.procurement),
                ..ContractFilter::default()
            },
            vec![first],
        ),
        (
            ContractFilter {
                jurisdiction: Some(J.into()),
                status: Some(ContractStatus::Suspended),
                ..ContractFilter::default()
            },
            vec![],
        ),
    ] {
        assert_eq!(
            ids(&list(read, &filter, 10, None).await.unwrap()),
            expected,
            "{filter:?}"
        );
    }
    for bad in ["c.nope", "d.2026-01-01.x", "nonsense"] {
        assert!(matches!(
            list(read, &in_j, 10, Some(bad)).await,
            Err(ReadModelError::BadCursor(_))
        ));
    }

    // Accepted 40 days ago: the clock ran out 10 days ago; the other is accepted today.
    let accept = || ContractCommand::AcceptMilestone {
        milestone_id: "D1".into(),
        passed: true,
        recipients_participating: 5,
        recipients_note: String::new(),
        report: "合格".into(),
    };
    let accepted_on = now - Duration::days(40);
    run(&ledger, &a, first, accept(), accepted_on)
        .await
        .unwrap();
    run(&ledger, &b, second, accept(), now).await.unwrap();
    let today = china_date(now);
    let row = contract(read, first).await.unwrap().unwrap();
    assert_eq!(
        row.payment_due,
        Some(china_date(accepted_on) + Duration::days(30))
    );
    let late = overdue(read, J, today, 10, None).await.unwrap();
    assert_eq!((ids(&late), late.total_count), (vec![first], 1));
    assert_eq!(
        row.state.overdue(today).unpaid,
        Money::from_yuan(100_000),
        "the state says how much"
    );
    let later = overdue(read, J, today + Duration::days(31), 1, None)
        .await
        .unwrap();
    assert_eq!((ids(&later), later.has_next_page), (vec![first], true));
    let next = overdue(
        read,
        J,
        today + Duration::days(31),
        1,
        Some(&later.items[0].0),
    )
    .await
    .unwrap();
    assert_eq!(ids(&next), [second]);
    assert!(matches!(
        overdue(read, J, today, 10, Some("c.x")).await,
        Err(ReadModelError::BadCursor(_))
    ));
    assert!(
        overdue(read, "440305", today, 10, None)
            .await
            .unwrap()
            .items
            .is_empty()
    );

    // Paid in part, still overdue; paid in full, off the list, with the paid sum on the row.
    let pay = |amount: u32| ContractCommand::RecordPayment {
        payment_id: Uuid::now_v7(),
        milestone_id: "P1".into(),
        amount: Money::from_yuan(amount),
        reference: "支付凭证".into(),
    };
    run(&ledger, &a, first, pay(40_000), now).await.unwrap();
    assert_eq!(
        ids(&overdue(read, J, today, 10, None).await.unwrap()),
        [first]
    );
    run(&ledger, &a, first, pay(60_000), now).await.unwrap();
    assert!(
        overdue(read, J, today, 10, None)
            .await
            .unwrap()
            .items
            .is_empty()
    );
    let paid = contract(read, first).await.unwrap().unwrap();
    assert_eq!((paid.payment_due, paid.version), (None, 3));
    assert_eq!(paid.state.paid(), Money::from_yuan(100_000));
    assert_eq!(paid.state.overdue(today).late_payments.len(), 2);

    run(&ledger, &a, first, ContractCommand::Complete, now)
        .await
        .unwrap();
    let done = ContractFilter {
        status: Some(ContractStatus::Completed),
        ..ContractFilter::default()
    };
    assert_eq!(ids(&list(read, &done, 10, None).await.unwrap()), [first]);
}

/// The claim refuses a second contract for one procurement, whatever the path; a rebuild
/// (each stream decoded and folded from the log, its row written once from where it ends)
/// leaves exactly the rows the live projection wrote; bumping the contracts projector alone
/// rebuilds its table alone.
async fn one_contract_per_procurement_and_a_rebuild_writes_what_the_live_projection_wrote(
    place: Place,
) {
    {
        let ledger = place.open_with(true).await;
        let now = Utc::now();
        let a = Award::new(Uuid::now_v7(), J, now - Duration::days(2));
        let first = sign(&ledger, &a, now).await;
        let twice = Uuid::now_v7();
        let refused = run(&ledger, &a, twice, a.sign(twice), now)
            .await
            .unwrap_err();
        assert!(
            refused
                .to_string()
                .contains("one procurement has one contract"),
            "{refused}"
        );
        assert!(
            contract(ledger.read.as_ref(), twice)
                .await
                .unwrap()
                .is_none()
        );
        run(
            &ledger,
            &a,
            first,
            ContractCommand::Suspend {
                reason: "暂停".into(),
            },
            now,
        )
        .await
        .unwrap();
        let b = Award::new(Uuid::now_v7(), "440305", now - Duration::days(2));
        sign(&ledger, &b, now).await;
    }
    {
        // An import's append (decoded and folded by the projection) meets the same claim.
        let ledger = place.open().await;
        let a_again = Award::new(Uuid::now_v7(), J, Utc::now());
        let first = sign(&ledger, &a_again, Utc::now()).await;
        let twice = Uuid::now_v7();
        assert!(
            run(&ledger, &a_again, twice, a_again.sign(twice), Utc::now())
                .await
                .is_err()
        );
        assert!(
            contract(ledger.read.as_ref(), first)
                .await
                .unwrap()
                .is_some()
        );
    }
    let live = place.dump(TABLES).await;
    assert_eq!(
        live.iter()
            .filter(|r| r.starts_with("rm_contracts:"))
            .count(),
        3
    );
    assert_eq!(
        live.iter()
            .filter(|r| r.starts_with("claims:") && r.contains("procurement-contract"))
            .count(),
        3
    );
    assert!(live.iter().any(|r| r.contains("| SUSPENDED |")));
    place
        .tamper("UPDATE read_model_checkpoint SET version = 0")
        .await;
    drop(place.open().await);
    assert_eq!(place.dump(TABLES).await, live, "every read model rebuilt");

    place
        .tamper(
            "DELETE FROM rm_contracts; \
             UPDATE read_model_checkpoint SET version = 0 WHERE name = 'contracts'",
        )
        .await;
    drop(place.open().await);
    assert_eq!(
        place.dump(TABLES).await,
        live,
        "the contracts' table rebuilt alone"
    );
}
