//! The catalogue read model, the same on both backends: each test runs on a SQLite file and on
//! a PostgreSQL database of its own (skipped loudly without a server, failed under CI=true).
//! Appends go the way the command handler makes them: changes prepared before the append and
//! handed over, so that a rebuild (decoded and folded from the log) is compared with that path.

use civic_domain::catalogue::default_items;
use civic_domain::{
    Aggregate, Catalogue, CatalogueCode, CatalogueCommand, Context, DomainEvent, ItemSpec,
    Jurisdiction,
};
use civic_store::{ExpectedVersion, NewEvent};
use uuid::Uuid;

use super::*;
use crate::runtime::Prepared;
use crate::testing::{Ledger, Place, on_both_backends};

/// Every row the catalogue's projectors write.
const TABLES: &[&str] = &[
    "SELECT jurisdiction, code, parent, level, name_zh, name_en, category, status, \
         retired_on, retired_reason, added_at FROM rm_catalogue_items ORDER BY 1, 2",
    "SELECT jurisdiction, version, loaded_at, items FROM rm_catalogues ORDER BY 1",
    "SELECT jurisdiction, code, version FROM rm_catalogue_item_events ORDER BY 1, 2, 3",
    "SELECT category, id, version, position, state FROM aggregate_states ORDER BY 1, 2",
    "SELECT command_id, command, stream, last_version, last_position \
         FROM rm_command_outcomes ORDER BY 1",
];

async fn dump(place: &Place) -> Vec<String> {
    place.dump(TABLES).await
}

on_both_backends!(
    the_tree_items_and_history_follow_the_events,
    a_rebuild_writes_what_the_live_projection_wrote,
);

const J: &str = "440304";

fn code(c: &str) -> CatalogueCode {
    CatalogueCode::parse(c).unwrap()
}

/// Decides `command` on the catalogue as the log has it and appends what it decides with its
/// changes prepared and handed over, the way the command handler does; returns the version.
async fn run(ledger: &Ledger, jurisdiction: &str, command: CatalogueCommand) -> u64 {
    let stream = format!("catalogue-{jurisdiction}");
    let recorded = ledger
        .store
        .read_stream(
            &stream,
            civic_store::StreamFrom::Start,
            civic_store::Direction::Forwards,
            100_000,
        )
        .await
        .unwrap();
    let state = recorded.iter().fold(Catalogue::default(), |s, e| {
        s.evolve(&civic_domain::CatalogueEvent::from_stored(&e.kind, e.schema, &e.data).unwrap())
    });
    let decided = state
        .decide(&command, &Context::at(chrono::Utc::now()))
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
        .projectors::<Catalogue>()
        .unwrap()
        .prepare(
            &stream,
            first_version,
            &state,
            &decided,
            &metadata,
            chrono::Utc::now(),
        )
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

fn load(jurisdiction: &str) -> CatalogueCommand {
    CatalogueCommand::Load {
        jurisdiction: Jurisdiction::parse(jurisdiction).unwrap(),
        items: default_items().unwrap(),
    }
}

fn spec(c: &str, zh: &str) -> ItemSpec {
    let c = code(c);
    ItemSpec {
        parent: c.parent(),
        code: c,
        name_zh: zh.into(),
        name_en: None,
        category: None,
    }
}

fn reason(c: &str, why: &str) -> (CatalogueCode, String) {
    (code(c), why.to_owned())
}

async fn the_tree_items_and_history_follow_the_events(place: Place) {
    let ledger = place.open().await;
    assert_eq!(ledger.read.catalogue(J).await.unwrap(), None);
    run(&ledger, J, load(J)).await;
    let shipped = default_items().unwrap().len() as u64;
    let header = ledger.read.catalogue(J).await.unwrap().unwrap();
    assert_eq!((header.version, header.items), (0, shipped));

    // The whole tree in code order, then in pages that follow their cursors.
    let tree = |first, after: Option<&str>| TreeQuery {
        jurisdiction: J.into(),
        first,
        after: after.map(str::to_owned),
    };
    let all = ledger.read.catalogue_tree(tree(1000, None)).await.unwrap();
    assert_eq!(all.len() as u64, shipped);
    let codes: Vec<&str> = all.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(&codes[..3], ["A", "A01", "A0101"]);
    assert!(codes.is_sorted(), "code order is the tree depth first");
    let page = ledger.read.catalogue_tree(tree(5, None)).await.unwrap();
    assert_eq!(page.len(), 6, "one more than asked tells a next page");
    let next = ledger
        .read
        .catalogue_tree(tree(5, Some(&page[4].code)))
        .await
        .unwrap();
    assert_eq!(next[0].code, all[5].code);
    let home = &all[2];
    assert_eq!(
        (home.parent.as_deref(), home.level, home.category.as_str()),
        (Some("A01"), 3, "PUBLIC_SERVICE")
    );

    // Add, rename, retire and reinstate an item: its row and its history follow.
    let added = run(
        &ledger,
        J,
        CatalogueCommand::AddItem(spec("A0199", "老年人居家适老化改造服务")),
    )
    .await;
    let renamed = run(
        &ledger,
        J,
        CatalogueCommand::RenameItem {
            code: code("A0199"),
            name_zh: "适老化改造服务".into(),
            name_en: Some("Home adaptation".into()),
            reason: "简称".into(),
        },
    )
    .await;
    let (c, why) = reason("A0199", "并入A0105");
    let retired = run(
        &ledger,
        J,
        CatalogueCommand::RetireItem {
            code: c,
            reason: why,
        },
    )
    .await;
    let row = ledger
        .read
        .catalogue_item(J, "A0199")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "RETIRED");
    assert_eq!(row.retired_reason.as_deref(), Some("并入A0105"));
    assert!(row.retired_on.is_some());
    assert_eq!(row.name_en.as_deref(), Some("Home adaptation"));
    let (c, why) = reason("A0199", "误撤销");
    let back = run(
        &ledger,
        J,
        CatalogueCommand::ReinstateItem {
            code: c,
            reason: why,
        },
    )
    .await;
    let row = ledger
        .read
        .catalogue_item(J, "A0199")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.status.as_str(), row.retired_on), ("ACTIVE", None));
    assert_eq!(row.name_zh, "适老化改造服务");
    assert_eq!(
        ledger
            .read
            .catalogue_item_events(J, "A0199", 100)
            .await
            .unwrap(),
        [added, renamed, retired, back]
    );
    assert_eq!(
        ledger
            .read
            .catalogue_item_events(J, "A0199", 2)
            .await
            .unwrap(),
        [added, renamed],
        "bounded by `first`"
    );
    assert_eq!(
        ledger
            .read
            .catalogue_item_events(J, "A0101", 100)
            .await
            .unwrap(),
        [0],
        "an item loaded with the catalogue: the load"
    );
    let header = ledger.read.catalogue(J).await.unwrap().unwrap();
    assert_eq!((header.version, header.items), (back, shipped + 1));

    // Another jurisdiction's catalogue is its own.
    assert_eq!(ledger.read.catalogue_item(J, "B9999").await.unwrap(), None);
    assert_eq!(
        ledger.read.catalogue_item("440305", "A0101").await.unwrap(),
        None
    );
    assert!(
        ledger
            .read
            .catalogue_tree(TreeQuery {
                jurisdiction: "440305".into(),
                first: 10,
                after: None
            })
            .await
            .unwrap()
            .is_empty()
    );
}

/// A rebuild (each stream decoded and folded from the log, its rows written once from where
/// it ends) leaves exactly the rows the live projection (changes prepared by the handler)
/// wrote; bumping the catalogue projector alone rebuilds its tables alone.
async fn a_rebuild_writes_what_the_live_projection_wrote(place: Place) {
    {
        let ledger = place.open().await;
        for j in [J, "440305"] {
            run(&ledger, j, load(j)).await;
        }
        run(
            &ledger,
            J,
            CatalogueCommand::AddItems {
                items: vec![
                    spec("A0199", "老年人居家适老化改造服务"),
                    spec("A0198", "老年人心理慰藉服务"),
                ],
            },
        )
        .await;
        for (c, why) in [("A0199", "并入A0105"), ("A0198", "停止购买")] {
            let (code, reason) = reason(c, why);
            run(&ledger, J, CatalogueCommand::RetireItem { code, reason }).await;
        }
        let (code, reason) = reason("A0198", "恢复");
        run(&ledger, J, CatalogueCommand::ReinstateItem { code, reason }).await;
        run(
            &ledger,
            "440305",
            CatalogueCommand::RenameItem {
                code: self::code("A0101"),
                name_zh: "上门养老服务".into(),
                name_en: None,
                reason: "按本区目录".into(),
            },
        )
        .await;
    }
    let live = dump(&place).await;
    assert!(
        live.iter()
            .any(|r| r.starts_with("rm_catalogue_items: 440304 | A0199 |"))
    );
    assert!(live.iter().any(|r| r.contains("上门养老服务")));
    place
        .tamper("UPDATE read_model_checkpoint SET version = 0")
        .await;
    drop(place.open().await);
    assert_eq!(dump(&place).await, live, "every read model rebuilt");

    place
        .tamper(
            "DELETE FROM rm_catalogue_items; DELETE FROM rm_catalogues; \
             DELETE FROM rm_catalogue_item_events; \
             UPDATE read_model_checkpoint SET version = 0 WHERE name = 'catalogue_items'",
        )
        .await;
    drop(place.open().await);
    assert_eq!(
        dump(&place).await,
        live,
        "the catalogue's tables rebuilt alone"
    );
}
