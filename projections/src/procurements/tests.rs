//! The procurements read model, the same on both backends: each test runs on a SQLite file and
//! on a PostgreSQL database of its own (skipped loudly without a server, failed under CI=true).
//! Appends go the way the command handler makes them: changes prepared before the append and
//! handed over, so that a rebuild (decoded and folded from the log) is compared with that path.

use chrono::{DateTime, Duration, Utc};
use civic_domain::catalogue::default_items;
use civic_domain::procurement::{Criterion, ProcurementFacts, Requirements, ScoringScheme};
use civic_domain::{
    Aggregate, Catalogue, CatalogueCode, CatalogueCommand, Context, DomainEvent, Jurisdiction,
    Money, OrganisationKind, Procurement, ProcurementCommand, ProcurementEvent, ProcurementMethod,
    ProcurementTerms,
};
use civic_store::{ExpectedVersion, NewEvent};
use uuid::Uuid;

use super::*;
use crate::runtime::Prepared;
use crate::testing::{Ledger, Place, on_both_backends};

/// Every row the procurement's projectors write.
const TABLES: &[&str] = &[
    "SELECT id, jurisdiction, purchaser_unit, purchaser, title, item, item_name_zh, method, \
         budget, bid_security, status, bid_deadline, opening_at, published_at, amendments, \
         service_start, service_end, min_rating, kinds, min_years FROM rm_procurements ORDER BY 1",
    "SELECT category, id, version, position, state FROM aggregate_states ORDER BY 1, 2",
    "SELECT command_id, command, stream, last_version, last_position \
         FROM rm_command_outcomes ORDER BY 1",
    "SELECT procurement_id, jurisdiction, item, method, status, opened, valid_bids, \
         few_valid_bids, supplier, awarded, award_year, days_to_award \
         FROM rm_purchase_figures ORDER BY 1",
];

on_both_backends!(
    the_board_the_units_list_and_the_clocks_follow_the_events,
    a_rebuild_writes_what_the_live_projection_wrote,
);

const J: &str = "440304";

/// The default catalogue's item A0101 as the catalogue holds it.
fn item() -> civic_domain::CatalogueItem {
    let load = CatalogueCommand::Load {
        jurisdiction: Jurisdiction::parse(J).unwrap(),
        items: default_items().unwrap(),
    };
    let catalogue = Catalogue::default();
    let events = catalogue.decide(&load, &Context::at(Utc::now())).unwrap();
    let catalogue = events.iter().fold(catalogue, |c, e| c.evolve(e));
    catalogue
        .item(&CatalogueCode::parse("A0101").unwrap())
        .unwrap()
        .clone()
}

fn terms(unit: Uuid, jurisdiction: &str, deadline: DateTime<Utc>) -> ProcurementTerms {
    let start = (deadline + Duration::days(30)).date_naive();
    ProcurementTerms {
        jurisdiction: Jurisdiction::parse(jurisdiction).unwrap(),
        purchaser: "深圳市福田区民政局".into(),
        purchaser_unit: unit,
        title: "居家养老上门服务".into(),
        description: "助餐、助浴、助洁".into(),
        item: CatalogueCode::parse("A0101").unwrap(),
        method: ProcurementMethod::OpenTender,
        budget: Money::from_fen(50_000_000).unwrap(),
        bid_security: Money::from_fen(500_000).unwrap(),
        service_start: start,
        service_end: start + Duration::days(200),
        stable_and_funded: false,
        requirements: Requirements {
            kinds: vec![
                OrganisationKind::SocialServiceOrg,
                OrganisationKind::Foundation,
            ],
            min_rating: Some(3),
            min_years_registered: None,
            min_past_grade: None,
        },
        scoring: ScoringScheme {
            price_weight_percent: 30,
            criteria: vec![Criterion {
                key: "plan".into(),
                name: "服务方案".into(),
                max_points: 70,
            }],
        },
        bid_deadline: deadline,
        opening_at: deadline + Duration::hours(2),
        reprocures: None,
    }
}

/// Decides `command` on procurement `id` as the log has it, at `now`, and appends what it
/// decides with its changes prepared and handed over, the way the command handler does.
async fn run(ledger: &Ledger, id: Uuid, command: ProcurementCommand, now: DateTime<Utc>) -> u64 {
    let stream = format!("procurement-{id}");
    let recorded = ledger
        .store
        .read_stream(
            &stream,
            civic_store::StreamFrom::Start,
            civic_store::Direction::Forwards,
            1_000,
        )
        .await
        .unwrap();
    let state = recorded.iter().fold(Procurement::default(), |s, e| {
        s.evolve(&ProcurementEvent::from_stored(&e.kind, e.schema, &e.data).unwrap())
    });
    let facts = ProcurementFacts {
        catalogue_item: Some(item()),
        ..ProcurementFacts::default()
    };
    let decided = state
        .decide(&command, &Context::<()>::at(now).with_facts(facts))
        .unwrap();
    let metadata = serde_json::json!({
        "commandId": Uuid::now_v7().to_string(),
        "command": civic_domain::DomainCommand::name(&command),
        "actorId": "tester",
    });
    let events: Vec<NewEvent> = decided
        .iter()
        .map(|e| NewEvent {
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
        .projectors::<Procurement>()
        .unwrap()
        .prepare(&stream, first_version, &state, &decided, &metadata, now)
        .unwrap();
    let _offered = ledger.set.handoff().offer(
        events[0].id,
        Prepared {
            stream: stream.clone(),
            first_version,
            events: events.len(),
            changes,
        },
    );
    let expected = recorded.last().map_or(ExpectedVersion::NoStream, |e| {
        ExpectedVersion::Exact(e.version)
    });
    ledger
        .store
        .append(&stream, expected, events)
        .await
        .unwrap()
        .last_version
}

/// Drafts a procurement of `unit` in `jurisdiction` with its deadline at `deadline`.
async fn draft(
    ledger: &Ledger,
    unit: Uuid,
    jurisdiction: &str,
    deadline: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Uuid {
    let id = Uuid::now_v7();
    let command = ProcurementCommand::Draft {
        procurement_id: id,
        terms: Box::new(terms(unit, jurisdiction, deadline)),
    };
    run(ledger, id, command, now).await;
    id
}

fn ids(page: &ProcurementPage) -> Vec<Uuid> {
    page.items.iter().map(|(_, r)| r.id).collect()
}

fn board(status: Option<ProcurementStatus>, item: Option<&str>) -> ProcurementList {
    ProcurementList::Board {
        jurisdiction: J.into(),
        status,
        item: item.map(str::to_owned),
        method: None,
        deadline_from: None,
        deadline_before: None,
    }
}

async fn the_board_the_units_list_and_the_clocks_follow_the_events(place: Place) {
    let ledger = place.open_with(true).await;
    let read = ledger.read.as_ref();
    let now = Utc::now();
    let month_ago = now - Duration::days(30);
    let unit = Uuid::now_v7();

    // Three published a month ago, one due to close, one due to open too; one draft; one of
    // another jurisdiction.
    let closing = draft(&ledger, unit, J, now - Duration::hours(1), month_ago).await;
    let opening = draft(&ledger, unit, J, now - Duration::hours(3), month_ago).await;
    let running = draft(&ledger, unit, J, now + Duration::days(5), month_ago).await;
    for id in [closing, opening, running] {
        run(&ledger, id, ProcurementCommand::Publish, month_ago).await;
    }
    let drafted = draft(&ledger, unit, J, now + Duration::days(25), now).await;
    let elsewhere = draft(
        &ledger,
        Uuid::now_v7(),
        "440305",
        now + Duration::days(25),
        now,
    )
    .await;
    run(&ledger, elsewhere, ProcurementCommand::Publish, now).await;

    let row = procurement(read, drafted).await.unwrap().unwrap();
    assert_eq!(
        (
            row.status.as_str(),
            row.published_at,
            row.version,
            row.purchaser_unit
        ),
        ("DRAFT", None, 0, unit)
    );
    assert_eq!(row.state.status, Some(ProcurementStatus::Draft));
    assert!(procurement(read, Uuid::now_v7()).await.unwrap().is_none());

    // The board: published ones only, in publication order, in pages that follow their
    // cursors; filtered by status and item.
    let all = list(read, &board(None, None), 10, None).await.unwrap();
    assert_eq!(ids(&all), [closing, opening, running]);
    assert_eq!((all.total_count, all.has_next_page), (3, false));
    let first = list(read, &board(None, None), 2, None).await.unwrap();
    assert_eq!(
        (ids(&first), first.has_next_page),
        (vec![closing, opening], true)
    );
    let next = list(read, &board(None, None), 2, Some(&first.items[1].0))
        .await
        .unwrap();
    assert_eq!((ids(&next), next.has_next_page), (vec![running], false));
    assert_eq!(next.total_count, 3, "counted whatever the cursor");
    let drafts = list(read, &board(Some(ProcurementStatus::Draft), None), 10, None)
        .await
        .unwrap();
    assert!(drafts.items.is_empty(), "no draft on the board");
    let of_item = list(read, &board(None, Some("A0101")), 10, None)
        .await
        .unwrap();
    assert_eq!(of_item.total_count, 3);
    let other = list(read, &board(None, Some("A0102")), 10, None)
        .await
        .unwrap();
    assert_eq!(other.total_count, 0);
    // By method, and by when bidding closes.
    let by = |method, deadline_from, deadline_before| ProcurementList::Board {
        jurisdiction: J.into(),
        status: None,
        item: None,
        method,
        deadline_from,
        deadline_before,
    };
    let tenders = by(Some(ProcurementMethod::OpenTender), None, None);
    assert_eq!(list(read, &tenders, 10, None).await.unwrap().total_count, 3);
    let talks = by(Some(ProcurementMethod::Consultation), None, None);
    assert_eq!(list(read, &talks, 10, None).await.unwrap().total_count, 0);
    let still_open = list(read, &by(None, Some(now), None), 10, None)
        .await
        .unwrap();
    assert_eq!(ids(&still_open), [running]);
    let closed = list(read, &by(None, None, Some(now)), 10, None)
        .await
        .unwrap();
    assert_eq!(ids(&closed), [closing, opening]);

    // The unit's own list holds its draft, in drafting order.
    let own = ProcurementList::Unit { unit, status: None };
    let mine = list(read, &own, 10, None).await.unwrap();
    assert_eq!(ids(&mine), [closing, opening, running, drafted]);
    let page = list(read, &own, 3, None).await.unwrap();
    let rest = list(read, &own, 3, Some(&page.items[2].0)).await.unwrap();
    assert_eq!(ids(&rest), [drafted]);
    let unit_drafts = ProcurementList::Unit {
        unit,
        status: Some(ProcurementStatus::Draft),
    };
    assert_eq!(
        ids(&list(read, &unit_drafts, 10, None).await.unwrap()),
        [drafted]
    );
    // A cursor of another list, or of none, is the caller's mistake.
    for bad in [page.items[0].0.as_str(), "b.x.y", "nonsense"] {
        assert!(matches!(
            list(read, &board(None, None), 10, Some(bad)).await,
            Err(ReadModelError::BadCursor(_))
        ));
    }

    // The scheduler's clocks: deadlines passed, then openings come.
    let due_close = due(read, DueClock::CloseBidding, now, 10).await.unwrap();
    assert_eq!(due_close, [opening, closing], "the earliest deadline first");
    assert_eq!(
        due(read, DueClock::CloseBidding, now, 1).await.unwrap(),
        [opening]
    );
    // A scan goes on after the clock it came to last, whatever became of that one.
    let first = due_after(read, DueClock::CloseBidding, now, None, 1)
        .await
        .unwrap();
    assert_eq!(first.iter().map(|c| c.1).collect::<Vec<_>>(), [opening]);
    let rest = due_after(read, DueClock::CloseBidding, now, first.last().copied(), 10)
        .await
        .unwrap();
    assert_eq!(rest.iter().map(|c| c.1).collect::<Vec<_>>(), [closing]);
    assert!(
        due_after(read, DueClock::CloseBidding, now, rest.last().copied(), 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(due(read, DueClock::Open, now, 10).await.unwrap().is_empty());
    for id in [closing, opening] {
        run(&ledger, id, ProcurementCommand::CloseBidding, now).await;
    }
    assert!(
        due(read, DueClock::CloseBidding, now, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(due(read, DueClock::Open, now, 10).await.unwrap(), [opening]);
    let later = now + Duration::hours(2);
    assert_eq!(
        due(read, DueClock::Open, later, 10).await.unwrap(),
        [opening, closing]
    );
    let closed = procurement(read, closing).await.unwrap().unwrap();
    assert_eq!(
        (closed.status.as_str(), closed.version),
        ("BIDDING_CLOSED", 2)
    );
    let closed_board = list(
        read,
        &board(Some(ProcurementStatus::BiddingClosed), None),
        10,
        None,
    )
    .await
    .unwrap();
    assert_eq!(ids(&closed_board), [closing, opening]);

    // An amendment moves the deadline: the clock follows.
    let amend = ProcurementCommand::Amend {
        amendment: Box::new(civic_domain::procurement::Amendment {
            bid_deadline: Some(now + Duration::days(40)),
            opening_at: Some(now + Duration::days(41)),
            ..Default::default()
        }),
        reason: "延期".into(),
    };
    run(&ledger, running, amend, now).await;
    let amended = procurement(read, running).await.unwrap().unwrap();
    assert_eq!(amended.state.amendments, 1);
    assert!(
        due(read, DueClock::CloseBidding, now + Duration::days(10), 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        due(read, DueClock::CloseBidding, now + Duration::days(40), 10)
            .await
            .unwrap(),
        [elsewhere, running],
        "every jurisdiction's, the earliest deadline first"
    );
}

/// A rebuild (each stream decoded and folded from the log, its row written once from where it
/// ends) leaves exactly the rows the live projection (changes prepared by the handler) wrote;
/// bumping the procurements projector alone rebuilds its table alone.
async fn a_rebuild_writes_what_the_live_projection_wrote(place: Place) {
    {
        let ledger = place.open_with(true).await;
        let now = Utc::now();
        let unit = Uuid::now_v7();
        let a = draft(&ledger, unit, J, now + Duration::days(25), now).await;
        run(&ledger, a, ProcurementCommand::Publish, now).await;
        let b = draft(&ledger, unit, J, now + Duration::days(25), now).await;
        run(
            &ledger,
            b,
            ProcurementCommand::Cancel {
                reason: "预算调整".into(),
            },
            now,
        )
        .await;
        draft(
            &ledger,
            Uuid::now_v7(),
            "440305",
            now + Duration::days(25),
            now,
        )
        .await;
    }
    let live = place.dump(TABLES).await;
    assert_eq!(
        live.iter()
            .filter(|r| r.starts_with("rm_procurements:"))
            .count(),
        3
    );
    assert!(live.iter().any(|r| r.contains("| CANCELLED |")));
    assert_eq!(
        live.iter()
            .filter(|r| r.starts_with("rm_purchase_figures:"))
            .count(),
        1,
        "the published one has figures: {live:#?}"
    );
    place
        .tamper("UPDATE read_model_checkpoint SET version = 0")
        .await;
    drop(place.open().await);
    assert_eq!(place.dump(TABLES).await, live, "every read model rebuilt");

    place
        .tamper(
            "DELETE FROM rm_procurements; \
             UPDATE read_model_checkpoint SET version = 0 WHERE name = 'procurements'",
        )
        .await;
    drop(place.open().await);
    assert_eq!(
        place.dump(TABLES).await,
        live,
        "the procurements' table rebuilt alone"
    );
}
