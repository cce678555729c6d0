//! The read models' behaviour, the same on both backends: each test runs on a SQLite file and
//! on a PostgreSQL database of its own (skipped loudly without a server, failed under CI=true).

use sqlx::Connection as _;

use civic_domain::values::resident_id_check_digit;
use civic_domain::{
    Aggregate, Application, Context, CreditCode, DomainEvent, Jurisdiction, LegalRepresentative,
    Money, Organisation, OrganisationCommand, OrganisationKind, OrganisationStatus,
};
use civic_store::{ExpectedVersion, NewEvent, StoreError};
use uuid::Uuid;

use super::*;
use crate::ReadModelError;
use crate::testing::{Ledger, Place, on_both_backends};

on_both_backends!(
    search_by_part_of_a_chinese_name_and_by_filters,
    pages_follow_cursors_without_overlap,
    the_read_model_refuses_a_second_holder_of_a_credit_code,
    a_dropped_read_model_is_rebuilt_from_the_log_on_open,
    name_search_follows_renames_and_short_queries,
    due_dates_live_rows_and_snapshots,
    a_command_id_belongs_to_one_stream,
    a_rebuild_writes_what_the_live_projection_wrote,
    a_rebuild_writes_what_the_handler_prepared,
    a_rebuild_stops_at_an_event_it_cannot_read_and_keeps_nothing,
    a_name_recorded_before_normalisation_holds_its_normal_form,
);

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
/// Returns the command id it recorded.
async fn run(
    ledger: &Ledger,
    id: Uuid,
    command: OrganisationCommand,
) -> Result<String, StoreError> {
    let store = &ledger.store;
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
    let metadata = serde_json::json!({ "commandId": command_id, "command": "test" });
    let new = to_append(&events, &metadata);
    let _offered = if ledger.prepared {
        let first_version = recorded.last().map_or(0, |e| e.version + 1);
        let projectors = ledger.set.projectors::<Organisation>().unwrap();
        let changes = projectors
            .prepare(
                &stream,
                first_version,
                &state,
                &events,
                &metadata,
                chrono::Utc::now(),
            )
            .unwrap();
        Some(ledger.set.handoff().offer(
            new[0].id,
            crate::runtime::Prepared {
                stream: stream.clone(),
                first_version,
                events: new.len(),
                changes,
            },
        ))
    } else {
        None
    };
    store.append(&stream, expected, new).await?;
    Ok(command_id)
}

/// Decided events as the store takes them, each with `metadata`.
fn to_append(
    events: &[civic_domain::OrganisationEvent],
    metadata: &serde_json::Value,
) -> Vec<NewEvent> {
    events
        .iter()
        .map(|e| NewEvent {
            id: Uuid::now_v7(),
            kind: e.kind().into(),
            schema: e.schema(),
            data: e.to_data(),
            metadata: metadata.clone(),
        })
        .collect()
}

async fn apply(store: &Ledger, app: Application) -> Uuid {
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

/// The organisation holding a claim, if any.
async fn holder(ledger: &Ledger, namespace: &str, key: &str) -> Option<Uuid> {
    let holders = ledger
        .read
        .claim_holders(vec![(namespace.to_owned(), key.to_owned())])
        .await
        .unwrap();
    holders[0].as_deref().and_then(organisation_id)
}

async fn live_name_holder(ledger: &Ledger, jurisdiction: &str, name: &str) -> Option<Uuid> {
    let key = civic_domain::organisation::live_name_key(jurisdiction, name);
    holder(ledger, "live-name", &key).await
}

fn named(part: &str) -> OrganisationFilter {
    OrganisationFilter {
        name_contains: Some(part.into()),
        ..Default::default()
    }
}

async fn ids(ledger: &Ledger, filter: OrganisationFilter) -> Vec<Uuid> {
    let page = ledger.read.search(filter, 10, None).await.unwrap();
    page.items.iter().map(|(_, r)| r.id).collect()
}

async fn search_by_part_of_a_chinese_name_and_by_filters(place: Place) {
    let ledger = place.open().await;
    let elder = apply(
        &ledger,
        application(
            "深圳市福田区养老服务协会",
            OrganisationKind::SocialServiceOrg,
            "440304",
            1,
        ),
    )
    .await;
    let school = apply(
        &ledger,
        application(
            "深圳市福田区社区教育中心",
            OrganisationKind::SocialServiceOrg,
            "440304",
            2,
        ),
    )
    .await;
    let fund = apply(
        &ledger,
        application(
            "广州市养老服务基金会",
            OrganisationKind::Foundation,
            "440100",
            3,
        ),
    )
    .await;
    run(&ledger, elder, OrganisationCommand::Approve)
        .await
        .unwrap();

    let found = ledger.read.search(named("养老"), 10, None).await.unwrap();
    assert_eq!(found.total_count, 2);
    assert_eq!(found.items[0].1.state.name, "深圳市福田区养老服务协会");
    assert_eq!(
        found.items[0].1.state.status,
        Some(OrganisationStatus::Active)
    );
    assert_eq!(
        ids(
            &ledger,
            OrganisationFilter {
                jurisdiction: Some("440304".into()),
                status: Some(OrganisationStatus::Applied),
                ..Default::default()
            }
        )
        .await,
        vec![school]
    );
    // Totals of the filters without a name or code, after the approval moved one of them.
    let total = |filter: OrganisationFilter| {
        let read = ledger.read.clone();
        async move { read.search(filter, 1, None).await.unwrap().total_count }
    };
    let in_futian = |status| OrganisationFilter {
        jurisdiction: Some("440304".into()),
        status,
        ..Default::default()
    };
    assert_eq!(total(OrganisationFilter::default()).await, 3);
    assert_eq!(total(in_futian(None)).await, 2);
    assert_eq!(total(in_futian(Some(OrganisationStatus::Applied))).await, 1);
    assert_eq!(total(in_futian(Some(OrganisationStatus::Active))).await, 1);
    assert_eq!(
        total(OrganisationFilter {
            kind: Some(OrganisationKind::SocialServiceOrg),
            status: Some(OrganisationStatus::Applied),
            ..Default::default()
        })
        .await,
        1
    );
    assert_eq!(
        total(OrganisationFilter {
            credit_list: Some("NORMAL".into()),
            ..Default::default()
        })
        .await,
        3
    );
    assert_eq!(
        ids(
            &ledger,
            OrganisationFilter {
                kind: Some(OrganisationKind::Foundation),
                ..Default::default()
            }
        )
        .await,
        vec![fund]
    );
    let code = application("", OrganisationKind::Foundation, "440100", 3).credit_code;
    assert_eq!(
        ids(
            &ledger,
            OrganisationFilter {
                credit_code: Some(code.as_str().to_owned()),
                ..Default::default()
            }
        )
        .await,
        vec![fund]
    );
    let by_code = ledger
        .read
        .organisation_by_credit_code(code.as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(by_code.id, fund);
    assert_eq!(
        holder(&ledger, "credit-code", code.as_str()).await,
        Some(fund)
    );
    assert_eq!(
        live_name_holder(&ledger, "440304", "深圳市福田区养老服务协会").await,
        Some(elder)
    );
    assert_eq!(
        live_name_holder(&ledger, "440100", "深圳市福田区养老服务协会").await,
        None,
        "another registration authority"
    );
    let wildcard = ledger.read.search(named("%"), 10, None).await.unwrap();
    assert_eq!(wildcard.total_count, 0, "% is a character, not a wildcard");
}

async fn pages_follow_cursors_without_overlap(place: Place) {
    let ledger = place.open().await;
    let mut created = Vec::new();
    for i in 0..5 {
        created.push(
            apply(
                &ledger,
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
        let page = ledger
            .read
            .search(OrganisationFilter::default(), 2, after.clone())
            .await
            .unwrap();
        assert_eq!(page.total_count, 5);
        assert_eq!(page.has_previous_page, after.is_some());
        seen.extend(page.items.iter().map(|(_, r)| r.id));
        if !page.has_next_page {
            break;
        }
        after = page.items.last().map(|(c, _)| c.clone());
    }
    assert_eq!(seen, created);
    let bad = ledger
        .read
        .search(
            OrganisationFilter::default(),
            2,
            Some("not-a-cursor".into()),
        )
        .await;
    assert!(matches!(bad, Err(ReadModelError::BadCursor(_))));
}

async fn the_read_model_refuses_a_second_holder_of_a_credit_code(place: Place) {
    let ledger = place.open().await;
    apply(
        &ledger,
        application(
            "福田区甲协会",
            OrganisationKind::SocialServiceOrg,
            "440304",
            7,
        ),
    )
    .await;
    let head = ledger.store.head().await.unwrap();
    // The rule of the read model's refusal of an application (run straight into the store,
    // past the command handler's own checks).
    let refused = |name: &'static str, serial: u32| {
        let ledger = &ledger;
        async move {
            let id = Uuid::now_v7();
            let app = application(name, OrganisationKind::SocialServiceOrg, "440304", serial);
            let command = OrganisationCommand::Apply {
                organisation_id: id,
                application: app,
            };
            match run(ledger, id, command).await {
                Err(StoreError::Rejected { rule, .. }) => (id, rule),
                other => panic!("expected a rejection, got {other:?}"),
            }
        }
    };
    assert_eq!(
        refused("福田区乙协会", 7).await.1.as_deref(),
        Some("REG-USCC")
    );
    // The same name in the same registration authority, with another code: REG-NAME.
    let (id, rule) = refused("福田区甲协会", 9).await;
    assert_eq!(rule.as_deref(), Some("REG-NAME"));
    assert_eq!(ledger.store.head().await.unwrap(), head, "nothing written");
    assert_eq!(
        ledger.read.organisation(id).await.unwrap().map(|r| r.id),
        None
    );
}

/// Events recorded before names were normalised (issue 10, item 7) still load as written, and
/// their live names are held under the normal form: a look-alike cannot take the name.
async fn a_name_recorded_before_normalisation_holds_its_normal_form(place: Place) {
    let ledger = place.open().await;
    let id = Uuid::now_v7();
    let command = OrganisationCommand::Apply {
        organisation_id: id,
        application: application(
            "福田区甲协会",
            OrganisationKind::SocialServiceOrg,
            "440304",
            21,
        ),
    };
    let mut events = Organisation::default()
        .decide(&command, &Context::at(chrono::Utc::now()))
        .unwrap();
    // No NUL: PostgreSQL cannot hold one in text, so only the embedded store can have one.
    let old_form = "福田区甲\u{200B}协会\u{202E}";
    if let Some(civic_domain::OrganisationEvent::RegistrationApplied { name, .. }) =
        events.first_mut()
    {
        *name = old_form.to_owned();
    }
    let new = to_append(&events, &serde_json::json!({ "command": "test" }));
    ledger
        .store
        .append(
            &format!("organisation-{id}"),
            ExpectedVersion::NoStream,
            new,
        )
        .await
        .unwrap();
    let row = ledger.read.organisation(id).await.unwrap().unwrap();
    assert_eq!(row.state.name, old_form, "recorded names load as written");
    for look_alike in [
        "福田区甲协会",
        "福田区甲\u{FEFF}协会",
        " 福田区甲协会\u{a0}",
    ] {
        assert_eq!(
            live_name_holder(&ledger, "440304", look_alike).await,
            Some(id),
            "{look_alike:?}"
        );
    }
    // Past the command handler's check, the read model's unique index refuses it too.
    let other = Uuid::now_v7();
    let second = OrganisationCommand::Apply {
        organisation_id: other,
        application: application(
            "福田区甲协会",
            OrganisationKind::SocialServiceOrg,
            "440304",
            22,
        ),
    };
    match run(&ledger, other, second).await {
        Err(StoreError::Rejected { rule, .. }) => assert_eq!(rule.as_deref(), Some("REG-NAME")),
        got => panic!("expected REG-NAME, got {got:?}"),
    }
}

async fn a_dropped_read_model_is_rebuilt_from_the_log_on_open(place: Place) {
    let (id, before, command_id) = {
        let ledger = place.open().await;
        let id = apply(
            &ledger,
            application(
                "福田区重建测试协会",
                OrganisationKind::SocialServiceOrg,
                "440304",
                8,
            ),
        )
        .await;
        let command_id = run(&ledger, id, OrganisationCommand::Approve)
            .await
            .unwrap();
        let before = ledger.read.organisation(id).await.unwrap().unwrap();
        (id, before, command_id)
    };
    place
        .tamper("DELETE FROM rm_organisations; UPDATE read_model_checkpoint SET version = 0")
        .await;
    let ledger = place.open().await;
    let after = ledger.read.organisation(id).await.unwrap().unwrap();
    assert_eq!(after.state, before.state);
    assert_eq!(
        (after.version, after.last_position),
        (before.version, before.last_position)
    );
    let outcome = ledger
        .read
        .command_outcome(&command_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (outcome.stream, outcome.last_version),
        (format!("organisation-{id}"), before.version)
    );
}

async fn name_search_follows_renames_and_short_queries(place: Place) {
    let ledger = place.open().await;
    let id = apply(
        &ledger,
        application(
            "福田区颐康养老服务中心",
            OrganisationKind::SocialServiceOrg,
            "440304",
            60,
        ),
    )
    .await;
    run(&ledger, id, OrganisationCommand::Approve)
        .await
        .unwrap();
    assert_eq!(ids(&ledger, named("养老")).await, vec![id]);
    assert_eq!(ids(&ledger, named("颐康养老服务")).await, vec![id]);
    assert_eq!(
        ids(&ledger, named("康")).await,
        vec![id],
        "one character: found without the index"
    );
    assert!(
        ids(&ledger, named("养服")).await.is_empty(),
        "both bigrams exist, the text does not"
    );
    assert_eq!(
        ids(&ledger, named("中心")).await,
        vec![id],
        "the last two characters"
    );
    assert_eq!(ids(&ledger, named("务中心")).await, vec![id]);
    assert!(
        ids(&ledger, named("养老中心")).await.is_empty(),
        "every trigram's characters are in the name, the text is not"
    );
    let latin = apply(
        &ledger,
        application(
            "福田区Kids乐园儿童服务社",
            OrganisationKind::SocialServiceOrg,
            "440304",
            61,
        ),
    )
    .await;
    for part in ["ki", "KI", "dS", "Kids乐", "ids乐园"] {
        assert_eq!(
            ids(&ledger, named(part)).await,
            vec![latin],
            "{part}: Latin letters match whatever their case"
        );
    }
    for part in [
        "\"乐园",
        "乐\"园儿",
        "%乐园",
        "乐_园",
        "s乐 AND 园",
        "乐园*",
    ] {
        assert!(
            ids(&ledger, named(part)).await.is_empty(),
            "{part}: quotes, wildcards and operators are text"
        );
    }
    run(
        &ledger,
        id,
        OrganisationCommand::RegisterChange(civic_domain::ChangeRequest {
            name: Some("福田区长者照护中心".into()),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    assert!(
        ids(&ledger, named("养老")).await.is_empty(),
        "the old name is no longer found"
    );
    assert_eq!(ids(&ledger, named("长者照护")).await, vec![id]);
}

async fn due_dates_live_rows_and_snapshots(place: Place) {
    let ledger = place.open().await;
    let active = apply(
        &ledger,
        application(
            "福田区到期测试协会",
            OrganisationKind::SocialServiceOrg,
            "440304",
            70,
        ),
    )
    .await;
    let applied = apply(
        &ledger,
        application(
            "福田区待批测试协会",
            OrganisationKind::SocialServiceOrg,
            "440304",
            71,
        ),
    )
    .await;
    run(&ledger, active, OrganisationCommand::Approve)
        .await
        .unwrap();
    let today = chrono::Utc::now().date_naive();
    // An active organisation's first annual report falls due next spring at the latest.
    assert!(ledger.read.due_by(today).await.unwrap().is_empty());
    let in_two_years = today + chrono::Days::new(730);
    assert_eq!(
        ledger.read.due_by(in_two_years).await.unwrap(),
        vec![active]
    );
    // Overdue cases, by the earliest due date each organisation has: the application's
    // decision (60 days), then the first annual report; a page at a time.
    let overdue = |jurisdiction: &str, today, first, after| super::OverdueQuery {
        jurisdiction: jurisdiction.to_owned(),
        today,
        first,
        after,
    };
    let ids =
        |page: &Page<OrganisationRow>| page.items.iter().map(|(_, r)| r.id).collect::<Vec<_>>();
    let none = ledger
        .read
        .overdue(overdue("440304", today, 10, None))
        .await
        .unwrap();
    assert_eq!((none.total_count, ids(&none)), (0, vec![]));
    let soon = today + chrono::Days::new(62);
    let page = ledger
        .read
        .overdue(overdue("440304", soon, 10, None))
        .await
        .unwrap();
    assert_eq!((page.total_count, ids(&page)), (1, vec![applied]));
    let first = ledger
        .read
        .overdue(overdue("440304", in_two_years, 1, None))
        .await
        .unwrap();
    assert_eq!((first.total_count, ids(&first)), (2, vec![applied]));
    assert!(first.has_next_page && !first.has_previous_page);
    let cursor = first.items[0].0.clone();
    let rest = ledger
        .read
        .overdue(overdue("440304", in_two_years, 1, Some(cursor)))
        .await
        .unwrap();
    assert_eq!((rest.total_count, ids(&rest)), (2, vec![active]));
    assert!(!rest.has_next_page && rest.has_previous_page);
    let elsewhere = ledger
        .read
        .overdue(overdue("440100", in_two_years, 10, None))
        .await
        .unwrap();
    assert!(elsewhere.items.is_empty());
    let bad = ledger
        .read
        .overdue(overdue(
            "440304",
            in_two_years,
            1,
            Some("bm90IG91cnM".into()),
        ))
        .await;
    assert!(matches!(bad, Err(ReadModelError::BadCursor(_))), "{bad:?}");
    assert!(ledger.read.hubs_of(active).await.unwrap().is_empty());

    // Renames up to the stream's 256th event: a snapshot of that state, found by instant.
    let before_any = chrono::Utc::now();
    assert!(
        ledger
            .read
            .snapshot_before("organisation", &active.to_string(), before_any)
            .await
            .unwrap()
            .is_none()
    );
    let mut version = 1;
    while version + 1 < SNAPSHOT_EVERY {
        run(
            &ledger,
            active,
            OrganisationCommand::RegisterChange(civic_domain::ChangeRequest {
                name: Some(format!("福田区到期测试协会{version}")),
                ..Default::default()
            }),
        )
        .await
        .unwrap();
        version += 1;
    }
    let snapshot = ledger
        .read
        .snapshot_before("organisation", &active.to_string(), chrono::Utc::now())
        .await
        .unwrap()
        .expect("a snapshot at the 256th event");
    assert_eq!(snapshot.version, SNAPSHOT_EVERY - 1);
    let state: Organisation = serde_json::from_str(&snapshot.state).unwrap();
    // A replay of the command that wrote version v folds from the snapshot at or before v.
    let id = active.to_string();
    let at = |v: u64| ledger.read.snapshot_at_version("organisation", &id, v);
    assert_eq!(
        at(SNAPSHOT_EVERY - 1).await.unwrap().map(|s| s.version),
        Some(SNAPSHOT_EVERY - 1)
    );
    assert!(at(SNAPSHOT_EVERY - 2).await.unwrap().is_none());
    assert_eq!(state.name, format!("福田区到期测试协会{}", version - 1));
    assert!(
        ledger
            .read
            .snapshot_before("organisation", &active.to_string(), before_any)
            .await
            .unwrap()
            .is_none(),
        "not before it was taken"
    );
}

/// The command-outcome read model refuses an append that reuses a command id on another stream
/// (the race the command handler's own check cannot see), and writes nothing of it.
async fn a_command_id_belongs_to_one_stream(place: Place) {
    let ledger = place.open().await;
    let command_id = Uuid::now_v7().to_string();
    let metadata = serde_json::json!({ "commandId": command_id, "command": "Note" });
    let now = Context::at(chrono::Utc::now());
    let applied = |id: Uuid, serial: u32| {
        let app = application(
            &format!("福田区第{serial}命令协会"),
            OrganisationKind::SocialServiceOrg,
            "440304",
            300 + serial,
        );
        Organisation::default()
            .decide(
                &OrganisationCommand::Apply {
                    organisation_id: id,
                    application: app,
                },
                &now,
            )
            .unwrap()
    };
    let first_id = Uuid::now_v7();
    let first = format!("organisation-{first_id}");
    let events = applied(first_id, 1);
    let r = ledger
        .store
        .append(
            &first,
            ExpectedVersion::NoStream,
            to_append(&events, &metadata),
        )
        .await
        .unwrap();
    let outcome = ledger
        .read
        .command_outcome(&command_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            outcome.stream.as_str(),
            outcome.last_version,
            outcome.last_position
        ),
        (first.as_str(), 0, r.last_position)
    );
    let head = ledger.store.head().await.unwrap();
    let other_id = Uuid::now_v7();
    let refused = ledger
        .store
        .append(
            &format!("organisation-{other_id}"),
            ExpectedVersion::NoStream,
            to_append(&applied(other_id, 2), &metadata),
        )
        .await;
    assert!(
        matches!(refused, Err(StoreError::Rejected { .. })),
        "{refused:?}"
    );
    assert_eq!(ledger.store.head().await.unwrap(), head, "nothing written");
    assert!(ledger.read.organisation(other_id).await.unwrap().is_none());
    // A later append of the same command to its own stream moves the outcome on.
    let state = events
        .iter()
        .fold(Organisation::default(), |s, e| s.evolve(e));
    let approved = state.decide(&OrganisationCommand::Approve, &now).unwrap();
    ledger
        .store
        .append(
            &first,
            ExpectedVersion::Exact(0),
            to_append(&approved, &metadata),
        )
        .await
        .unwrap();
    let outcome = ledger
        .read
        .command_outcome(&command_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((outcome.stream, outcome.last_version), (first, 1));
}

/// Every row of the read models, in a stable order (counts of zero left out: a rebuild does
/// not make the rows that the live projection emptied).
async fn dump(place: &Place) -> Vec<String> {
    match place {
        Place::Sqlite(_) => place.dump(SQLITE_TABLES).await,
        Place::Postgres(_) => place.dump(POSTGRES_TABLES).await,
    }
}

const SQLITE_TABLES: &[&str] = &[
    "SELECT id, name, name_key, kind, status, credit_code, jurisdiction, live, credit_list, \
         rating, next_due, case_due FROM rm_organisations ORDER BY id",
    // The search index as its trigrams, by organisation (rowids are the file's own).
    "SELECT t.term, o.id FROM rm_name_search_terms t \
         JOIN rm_organisations o ON o.rowid = t.doc ORDER BY 1, 2",
    "SELECT jurisdiction, kind, status, credit_list, n FROM rm_organisation_counts \
         WHERE n > 0 ORDER BY 1, 2, 3, 4",
    "SELECT category, id, version, position, state FROM aggregate_states ORDER BY 1, 2",
    "SELECT category, id, version, position, recorded_at, state FROM aggregate_snapshots \
         ORDER BY 1, 2, 3",
    "SELECT namespace, key, stream, rule FROM claims ORDER BY 1, 2",
    "SELECT hub_id, member_id, joined_on FROM rm_hub_members ORDER BY 1, 2",
    "SELECT command_id, command, stream, last_version, last_position \
         FROM rm_command_outcomes ORDER BY 1",
];

/// Every column as text, so that one reader fits every table.
const POSTGRES_TABLES: &[&str] = &[
    "SELECT id, name, name_key, array_to_string(grams, ' '), kind, status, credit_code, \
         jurisdiction, live::text, credit_list, rating::text, next_due, case_due \
         FROM rm_organisations ORDER BY id",
    "SELECT jurisdiction, kind, status, credit_list, n::text FROM rm_organisation_counts \
         WHERE n > 0 ORDER BY 1, 2, 3, 4",
    "SELECT category, id, version::text, position::text, state FROM aggregate_states \
         ORDER BY 1, 2",
    "SELECT category, id, version::text, position::text, recorded_at::text, state \
         FROM aggregate_snapshots ORDER BY 1, 2, version",
    "SELECT namespace, key, stream, rule FROM claims ORDER BY 1, 2",
    "SELECT hub_id, member_id, joined_on FROM rm_hub_members ORDER BY 1, 2",
    "SELECT command_id, command, stream, last_version::text, last_position::text \
         FROM rm_command_outcomes ORDER BY 1",
];

/// A rebuild from the log (stream by stream, each organisation's row written once) leaves
/// exactly the rows the live projection wrote event by event, also when a name given up by one
/// organisation was taken by another (older or newer); and bumping one projector's version
/// rebuilds that one alone.
async fn a_rebuild_writes_what_the_live_projection_wrote(place: Place) {
    rebuild_matches_live(place, false).await;
}

/// The same when every append came with the changes the command handler prepares for it: what
/// the handler worked out before appending is what the log leads to.
async fn a_rebuild_writes_what_the_handler_prepared(place: Place) {
    rebuild_matches_live(place, true).await;
}

/// `n` social service organisations of Futian, applied for and approved: the `i`th named
/// 福田区第{i}{suffix}, with serial `first_serial + i`.
async fn registered(ledger: &Ledger, n: u32, suffix: &str, first_serial: u32) -> Vec<Uuid> {
    let mut ids = Vec::new();
    for i in 0..n {
        let id = apply(
            ledger,
            application(
                &format!("福田区第{i}{suffix}"),
                OrganisationKind::SocialServiceOrg,
                "440304",
                first_serial + i,
            ),
        )
        .await;
        run(ledger, id, OrganisationCommand::Approve).await.unwrap();
        ids.push(id);
    }
    ids
}

/// A rebuild pages through the log (and parses one page while it writes another): an event it
/// cannot read, pages in, stops it with the stream and version named, and none of it is kept;
/// once the event is mended the next opening rebuilds everything.
async fn a_rebuild_stops_at_an_event_it_cannot_read_and_keeps_nothing(place: Place) {
    let ids = {
        let ledger = place.open().await;
        registered(&ledger, 60, "分页重建协会", 400).await
    };
    assert!(ids.len() * 2 > 2 * crate::runtime::REBUILD_PAGE);
    let last = *ids.last().unwrap();
    let events = match place {
        Place::Sqlite(_) => "events",
        Place::Postgres(_) => "ledger_events",
    };
    place
        .tamper(&format!(
            "UPDATE {events} SET kind = kind || '-damaged' \
             WHERE position = (SELECT MAX(position) FROM {events}); \
             UPDATE read_model_checkpoint SET version = 0"
        ))
        .await;
    let refused = match place.try_open_with(false).await {
        Ok(_) => panic!("a read model was rebuilt over an event it cannot read"),
        Err(e) => e.to_string(),
    };
    assert!(
        refused.contains(&format!("organisation-{last} v1")),
        "{refused}"
    );
    place
        .tamper(&format!(
            "UPDATE {events} SET kind = replace(kind, '-damaged', '')"
        ))
        .await;
    let ledger = place.open().await;
    for id in ids {
        let row = ledger.read.organisation(id).await.unwrap().unwrap();
        assert_eq!(
            (row.version, row.state.status),
            (1, Some(OrganisationStatus::Active))
        );
    }
}

async fn rebuild_matches_live(place: Place, prepared: bool) {
    {
        let ledger = place.open_with(prepared).await;
        let mut ids = registered(&ledger, 6, "重建对照协会", 200).await;
        // The first gives its name up, and a newcomer takes it.
        run(
            &ledger,
            ids[0],
            OrganisationCommand::RegisterChange(civic_domain::ChangeRequest {
                name: Some("福田区改名后的协会".into()),
                ..Default::default()
            }),
        )
        .await
        .unwrap();
        let newcomer = apply(
            &ledger,
            application(
                "福田区第0重建对照协会",
                OrganisationKind::SocialServiceOrg,
                "440304",
                299,
            ),
        )
        .await;
        ids.push(newcomer);
        // An older organisation takes the name a newer one gives up, in consecutive events:
        // written in id order, the taker's row comes first.
        for (who, name) in [(5, "福田区第5改名后的协会"), (4, "福田区第5重建对照协会")]
        {
            run(
                &ledger,
                ids[who],
                OrganisationCommand::RegisterChange(civic_domain::ChangeRequest {
                    name: Some(name.into()),
                    ..Default::default()
                }),
            )
            .await
            .unwrap();
        }
        run(
            &ledger,
            ids[1],
            OrganisationCommand::Deregister {
                reason: Some("自行解散".into()),
            },
        )
        .await
        .unwrap();
        // Past the 256th event of one stream (a snapshot), and a few changes elsewhere.
        for round in 0..270u32 {
            let target = if round < 260 {
                ids[2]
            } else {
                ids[3 + (round % 2) as usize]
            };
            run(
                &ledger,
                target,
                OrganisationCommand::RegisterChange(civic_domain::ChangeRequest {
                    domicile: Some(format!("深圳市福田区第{round}号")),
                    ..Default::default()
                }),
            )
            .await
            .unwrap();
        }
    }
    let live = dump(&place).await;
    assert!(live.iter().any(|r| r.starts_with("aggregate_snapshots:")));
    if let Place::Sqlite(_) = &place {
        assert!(live.iter().any(|r| r.starts_with("rm_name_search_terms:")));
    }
    place
        .tamper("UPDATE read_model_checkpoint SET version = 0")
        .await;
    drop(place.open().await);
    assert_eq!(dump(&place).await, live, "every read model rebuilt");

    // A projector whose version changed is rebuilt alone: the state store, whose version
    // stands, keeps a row altered behind its back; the organisations' rows come back.
    place
        .tamper(
            "UPDATE aggregate_states SET version = version + 1000 WHERE id IN \
                 (SELECT id FROM aggregate_states ORDER BY id LIMIT 1); \
             DELETE FROM rm_organisations; \
             UPDATE read_model_checkpoint SET version = 0 WHERE name = 'organisations'",
        )
        .await;
    drop(place.open().await);
    let after = dump(&place).await;
    assert_ne!(after, live, "the state store was not rebuilt");
    let rows = |d: &[String]| {
        d.iter()
            .filter(|r| {
                r.starts_with("rm_organisations:") || r.starts_with("rm_organisation_counts:")
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(
        rows(&after),
        rows(&live),
        "the organisations read model was"
    );
    place
        .tamper("UPDATE read_model_checkpoint SET version = 0 WHERE name = 'states'")
        .await;
    drop(place.open().await);
    assert_eq!(
        dump(&place).await,
        live,
        "and the state store, once its version changed"
    );
    if let Place::Postgres(db) = &place {
        // Vacuumed once rebuilt: pages marked all-visible, so counts read the index alone.
        let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
        let visible: i32 = sqlx::query_scalar(
            "SELECT relallvisible FROM pg_class WHERE relname = 'rm_organisations'",
        )
        .fetch_one(&mut conn)
        .await
        .unwrap();
        assert!(
            visible > 0,
            "rm_organisations was not vacuumed after the rebuild"
        );
    }
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

/// Name search on 100,000 names, the figures `sqlite::NameQuery` chose by: run with
/// `cargo test --release -p civic-projections search_timings -- --ignored --nocapture`.
/// Each organisation has a real organisation's state in the state store, which a page reads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement, not a check"]
async fn search_timings() {
    use std::time::Instant;
    const N: usize = 100_000;
    let place = Place::new(false).await.unwrap();
    let Place::Sqlite(dir) = &place else {
        unreachable!()
    };
    {
        let ledger = place.open().await;
        apply(
            &ledger,
            application(
                "福田区模板服务中心",
                OrganisationKind::SocialServiceOrg,
                "440304",
                1,
            ),
        )
        .await;
    }
    let mut conn = rusqlite::Connection::open(dir.path().join("ledger.db")).unwrap();
    let state: String = conn
        .query_row("SELECT state FROM aggregate_states", [], |r| r.get(0))
        .unwrap();
    let districts = [
        "福田区",
        "罗湖区",
        "南山区",
        "盐田区",
        "宝安区",
        "龙岗区",
        "龙华区",
    ];
    let kinds = [
        "养老服务中心",
        "社会工作服务中心",
        "社工服务社",
        "慈善会",
        "志愿者协会",
        "青少年发展基金会",
        "残疾人康复协会",
        "文化艺术促进会",
        "老年人体育协会",
        "社区服务中心",
        "物流行业协会",
        "潮汕商会",
    ];
    let started = Instant::now();
    let tx = conn.transaction().unwrap();
    for n in 0..N {
        let name = format!(
            "{}第{n}{}",
            districts[n % districts.len()],
            kinds[(n / 7) % kinds.len()]
        );
        let id = Uuid::now_v7().to_string();
        tx.execute(
            "INSERT INTO rm_organisations (id, name, name_key, kind, status, credit_code, \
             jurisdiction, live, credit_list) \
             VALUES (?1, ?2, ?2, 'SOCIAL_GROUP', 'ACTIVE', ?1, '440304', 0, 'NORMAL')",
            rusqlite::params![id, name],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO aggregate_states (category, id, version, position, state) \
             VALUES ('organisation', ?1, 0, 0, ?2)",
            rusqlite::params![id, state],
        )
        .unwrap();
        sqlite::index_name(&tx, &id, None, Some(&name)).unwrap();
    }
    tx.commit().unwrap();
    println!("{N} names indexed in {:?}", started.elapsed());
    let time = |what: &str, run: &dyn Fn() -> u64| {
        run();
        let started = Instant::now();
        let rounds = 20;
        let mut total = 0;
        for _ in 0..rounds {
            total = run();
        }
        println!(
            "{what}: {total} found, {:.2} ms",
            started.elapsed().as_secs_f64() * 1000.0 / rounds as f64
        );
    };
    for part in [
        "养老",
        "社工",
        "商会",
        "区第",
        "第12",
        "第12345",
        "12345社",
        "养老服务",
        "社会工作服务",
    ] {
        time(&format!("search {part}"), &|| {
            sqlite::search(&conn, &named(part), 20, None)
                .unwrap()
                .total_count
        });
    }
    // The candidates alone, without reading the organisations' rows.
    for part in ["养老", "区第"] {
        time(&format!("term list alone {part}"), &|| {
            conn.query_row(
                "SELECT COUNT(*) FROM (SELECT DISTINCT doc FROM rm_name_search_terms \
                 WHERE term >= ?1 AND term <= ?1 || char(1114111))",
                [part],
                |r| r.get::<_, i64>(0),
            )
            .unwrap() as u64
        });
    }
    // What the bigram table answered (version 8 of the read model): the count and the page
    // driven by the rarest bigram.
    conn.execute_batch(
        "CREATE TABLE rm_name_grams (gram TEXT NOT NULL, id TEXT NOT NULL, \
         PRIMARY KEY (gram, id)) WITHOUT ROWID",
    )
    .unwrap();
    {
        let names: Vec<(String, String)> = conn
            .prepare("SELECT id, name FROM rm_organisations")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let tx = conn.transaction().unwrap();
        for (id, name) in &names {
            for gram in name_grams(name) {
                tx.execute("INSERT INTO rm_name_grams VALUES (?1, ?2)", [&gram, id])
                    .unwrap();
            }
        }
        tx.commit().unwrap();
    }
    for part in ["养老", "区第", "第12345", "养老服务"] {
        time(&format!("bigrams {part}"), &|| {
            let grams = name_grams(part);
            let rarest = grams
                .iter()
                .min_by_key(|g| {
                    conn.query_row(
                        "SELECT COUNT(*) FROM (SELECT 1 FROM rm_name_grams WHERE gram = ?1 \
                         LIMIT 5000)",
                        [g],
                        |r| r.get::<_, i64>(0),
                    )
                    .unwrap()
                })
                .unwrap();
            let others: String = grams
                .iter()
                .filter(|g| *g != rarest)
                .map(|g| {
                    format!(
                        " AND EXISTS (SELECT 1 FROM rm_name_grams x WHERE x.gram = '{g}' \
                         AND x.id = g.id)"
                    )
                })
                .collect();
            let from_where = format!(
                "FROM rm_name_grams g JOIN rm_organisations o ON o.id = g.id \
                 WHERE g.gram = ?1{others} AND o.name LIKE ?2"
            );
            let pattern = contains_pattern(part);
            let n: i64 = conn
                .query_row(
                    &format!("SELECT COUNT(*) {from_where}"),
                    [rarest, &pattern],
                    |r| r.get(0),
                )
                .unwrap();
            let mut page = conn
                .prepare(&format!("SELECT o.id {from_where} ORDER BY g.id LIMIT 21"))
                .unwrap();
            let rows = page
                .query_map([rarest, &pattern], |r| r.get::<_, String>(0))
                .unwrap();
            assert!(rows.count() <= 21);
            n as u64
        });
    }
    for part in ["养老", "区第"] {
        time(&format!("LIKE scan {part}"), &|| {
            let pattern = contains_pattern(part);
            let n: i64 = conn
                .query_row(
                    "SELECT COUNT(*) FROM rm_organisations WHERE name LIKE ?1",
                    [&pattern],
                    |r| r.get(0),
                )
                .unwrap();
            let mut page = conn
                .prepare("SELECT id FROM rm_organisations WHERE name LIKE ?1 ORDER BY id LIMIT 21")
                .unwrap();
            let rows = page
                .query_map([&pattern], |r| r.get::<_, String>(0))
                .unwrap();
            assert!(rows.count() <= 21);
            n as u64
        });
    }
}
