use std::sync::Arc;

use civic_domain::values::resident_id_check_digit;
use civic_domain::{
    Aggregate, Application, Context, CreditCode, DomainEvent, Jurisdiction, LegalRepresentative,
    Money, Organisation, OrganisationCommand, OrganisationKind, OrganisationStatus,
};
use civic_store::sqlite::{SqliteOptions, SqliteStore};
use civic_store::{EventStore, ExpectedVersion, NewEvent, StoreError};
use uuid::Uuid;

use super::*;
use crate::{LedgerProjection, command_outcome};

fn open(dir: &std::path::Path) -> SqliteStore {
    SqliteStore::open(
        &dir.join("ledger.db"),
        SqliteOptions {
            read_only: false,
            inline: Some(Arc::new(LedgerProjection::default())),
            lock_wait: std::time::Duration::ZERO,
        },
    )
    .unwrap()
}

fn representative() -> LegalRepresentative {
    let first17 = "44030419800101123";
    let id = format!("{first17}{}", resident_id_check_digit(first17).unwrap());
    LegalRepresentative::new("张三", id, "13800138000").unwrap()
}

fn application(name: &str, kind: OrganisationKind, division: &str, serial: u32) -> Application {
    Application {
        name: name.into(),
        kind,
        credit_code: CreditCode::from_parts(
            kind.credit_code_digit(),
            division,
            &format!("MJ{serial:06}"),
        )
        .unwrap(),
        domicile: "深圳市福田区福中三路1号".into(),
        purpose: "为老年人提供服务".into(),
        business_scope: "养老服务、培训".into(),
        legal_representative: representative(),
        registered_funds: Money::parse("2000000").unwrap(),
        public_fundraising: false,
        supervisory_unit: None,
        jurisdiction: Jurisdiction::parse(division).unwrap(),
    }
}

/// Runs a command against the stream's current state and appends what it decides, the way the
/// command handler does.
async fn run(
    store: &SqliteStore,
    id: Uuid,
    command: OrganisationCommand,
) -> Result<(), StoreError> {
    let stream = format!("organisation-{id}");
    let recorded = store
        .read_stream(
            &stream,
            civic_store::StreamFrom::Start,
            civic_store::Direction::Forwards,
            1000,
        )
        .await?;
    let state = recorded.iter().fold(Organisation::default(), |s, e| {
        s.evolve(&civic_domain::OrganisationEvent::from_stored(&e.kind, e.schema, &e.data).unwrap())
    });
    let events = state
        .decide(&command, &Context::at(chrono::Utc::now()))
        .unwrap();
    let expected = recorded.last().map_or(ExpectedVersion::NoStream, |e| {
        ExpectedVersion::Exact(e.version)
    });
    let command_id = Uuid::now_v7().to_string();
    let new = events
        .iter()
        .map(|e| NewEvent {
            id: Uuid::now_v7(),
            kind: e.kind().into(),
            schema: e.schema(),
            data: e.to_data(),
            metadata: serde_json::json!({ "commandId": command_id, "command": "test" }),
        })
        .collect();
    store.append(&stream, expected, new).await.map(|_| ())
}

async fn apply(store: &SqliteStore, app: Application) -> Uuid {
    let id = Uuid::now_v7();
    run(
        store,
        id,
        OrganisationCommand::Apply {
            organisation_id: id,
            application: app,
        },
    )
    .await
    .unwrap();
    id
}

#[tokio::test]
async fn search_by_part_of_a_chinese_name_and_by_filters() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let elder = apply(
        &store,
        application(
            "深圳市福田区养老服务协会",
            OrganisationKind::SocialServiceOrg,
            "440304",
            1,
        ),
    )
    .await;
    let school = apply(
        &store,
        application(
            "深圳市福田区社区教育中心",
            OrganisationKind::SocialServiceOrg,
            "440304",
            2,
        ),
    )
    .await;
    apply(
        &store,
        application(
            "广州市养老服务基金会",
            OrganisationKind::Foundation,
            "440100",
            3,
        ),
    )
    .await;
    run(&store, elder, OrganisationCommand::Approve)
        .await
        .unwrap();

    let found = store
        .read(|c| {
            search(
                c,
                &OrganisationFilter {
                    name_contains: Some("养老".into()),
                    ..Default::default()
                },
                10,
                None,
            )
        })
        .await
        .unwrap();
    assert_eq!(found.total_count, 2);
    assert_eq!(found.items[0].1.state.name, "深圳市福田区养老服务协会");
    assert_eq!(
        found.items[0].1.state.status,
        Some(OrganisationStatus::Active)
    );

    let local = store
        .read(|c| {
            search(
                c,
                &OrganisationFilter {
                    jurisdiction: Some("440304".into()),
                    status: Some(OrganisationStatus::Applied),
                    ..Default::default()
                },
                10,
                None,
            )
        })
        .await
        .unwrap();
    assert_eq!(
        local.items.iter().map(|(_, r)| r.id).collect::<Vec<_>>(),
        vec![school]
    );

    let wildcard = store
        .read(|c| {
            search(
                c,
                &OrganisationFilter {
                    name_contains: Some("%".into()),
                    ..Default::default()
                },
                10,
                None,
            )
        })
        .await
        .unwrap();
    assert_eq!(wildcard.total_count, 0, "% is a character, not a wildcard");
}

#[tokio::test]
async fn pages_follow_cursors_without_overlap() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(
            apply(
                &store,
                application(
                    &format!("福田区第{i}社工服务中心"),
                    OrganisationKind::SocialServiceOrg,
                    "440304",
                    10 + i,
                ),
            )
            .await,
        );
    }
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let a = after.clone();
        let page = store
            .read(move |c| search(c, &OrganisationFilter::default(), 2, a.as_deref()))
            .await
            .unwrap();
        assert_eq!(page.total_count, 5);
        seen.extend(page.items.iter().map(|(_, r)| r.id));
        if !page.has_next_page {
            break;
        }
        after = page.items.last().map(|(c, _)| c.clone());
    }
    assert_eq!(seen, ids);
    let bad = store
        .read(|c| search(c, &OrganisationFilter::default(), 2, Some("not-a-cursor")))
        .await;
    assert!(matches!(bad, Err(ReadModelError::BadCursor(_))));
}

#[tokio::test]
async fn the_read_model_refuses_a_second_holder_of_a_credit_code() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    apply(
        &store,
        application(
            "福田区甲协会",
            OrganisationKind::SocialServiceOrg,
            "440304",
            7,
        ),
    )
    .await;
    let head = store.head().await.unwrap();
    let id = Uuid::now_v7();
    let r = run(
        &store,
        id,
        OrganisationCommand::Apply {
            organisation_id: id,
            application: application(
                "福田区乙协会",
                OrganisationKind::SocialServiceOrg,
                "440304",
                7,
            ),
        },
    )
    .await;
    match r {
        Err(StoreError::Rejected { rule, .. }) => assert_eq!(rule.as_deref(), Some("REG-USCC")),
        other => panic!("expected a rejection, got {other:?}"),
    }
    assert_eq!(store.head().await.unwrap(), head, "nothing written");
}

#[tokio::test]
async fn a_dropped_read_model_is_rebuilt_from_the_log_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let id;
    let before;
    {
        let store = open(dir.path());
        id = apply(
            &store,
            application(
                "福田区重建测试协会",
                OrganisationKind::SocialServiceOrg,
                "440304",
                8,
            ),
        )
        .await;
        run(&store, id, OrganisationCommand::Approve).await.unwrap();
        before = store.read(move |c| load(c, &id)).await.unwrap().unwrap();
        store
            .read(|c| {
                c.execute_batch(
                    "DELETE FROM rm_organisations; UPDATE read_model_checkpoint SET version = 0",
                )
                .map_err(ReadModelError::from)
            })
            .await
            .unwrap();
    }
    let store = open(dir.path());
    let after = store.read(move |c| load(c, &id)).await.unwrap().unwrap();
    assert_eq!(after.state, before.state);
    assert_eq!(
        (after.version, after.last_position),
        (before.version, before.last_position)
    );
    let outcome = store
        .read(|c| {
            let id: String = c.query_row(
                "SELECT command_id FROM rm_command_outcomes LIMIT 1",
                [],
                |r| r.get(0),
            )?;
            command_outcome(c, &id)
        })
        .await
        .unwrap();
    assert!(outcome.is_some());
}

#[tokio::test]
async fn name_search_follows_renames_and_short_queries() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let id = apply(
        &store,
        application(
            "福田区颐康养老服务中心",
            OrganisationKind::SocialServiceOrg,
            "440304",
            60,
        ),
    )
    .await;
    run(&store, id, OrganisationCommand::Approve).await.unwrap();
    let find = |part: &'static str| {
        let store = store.clone();
        async move {
            store
                .read(move |c| {
                    search(
                        c,
                        &OrganisationFilter {
                            name_contains: Some(part.into()),
                            ..Default::default()
                        },
                        10,
                        None,
                    )
                })
                .await
                .unwrap()
                .items
                .iter()
                .map(|(_, r)| r.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(find("养老").await, vec![id]);
    assert_eq!(find("颐康养老服务").await, vec![id]);
    assert_eq!(
        find("康").await,
        vec![id],
        "one character: found without the index"
    );
    assert!(
        find("养服").await.is_empty(),
        "both bigrams exist, the text does not"
    );
    run(
        &store,
        id,
        OrganisationCommand::RegisterChange(civic_domain::ChangeRequest {
            name: Some("福田区长者照护中心".into()),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    assert!(
        find("养老").await.is_empty(),
        "the old name is no longer found"
    );
    assert_eq!(find("长者照护").await, vec![id]);
}

#[test]
fn bigrams_of_a_name() {
    // Sorted by code point, duplicates removed.
    assert_eq!(
        name_grams("养老服务养老"),
        vec![
            "养老".to_owned(),
            "务养".into(),
            "服务".into(),
            "老服".into()
        ]
    );
    assert_eq!(name_grams("AbC"), vec!["ab".to_owned(), "bc".into()]);
    assert!(name_grams("养").is_empty());
}
