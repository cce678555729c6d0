//! Sealed bids through the ledger's command path, on a SQLite file and, when PostgreSQL is
//! reachable (`DATABASE_URL`), on a database of its own: submission, replacement, withdrawal,
//! the refusals, a retried command, the opening, and what the database holds before it.
//!
//! Statutory periods are weeks long, so a procurement is published and bid on with decision
//! instants in the past (`Ledger::execute` takes the instant); its opening time has then
//! passed by the server's clock, which is what the opening checks.

use chrono::{Duration, Utc};
use civic_domain::catalogue::default_items;
use civic_domain::organisation::{AbnormalTrigger, Application};
use civic_domain::procurement::{
    Criterion, DocumentDigest, ProcurementMethod, ProcurementTerms, Requirements, ScoringScheme,
    parse_salt,
};
use civic_domain::{
    Aggregate, Catalogue, CatalogueCode, CatalogueCommand, CreditCode, Jurisdiction,
    LegalRepresentative, Money, OrganisationCommand, OrganisationKind, ProcurementCommand,
    RegistryFacts,
};
use civic_store::test_postgres::{TestDb, postgres_or_skip};

use super::*;
use crate::auth::{Claims, Role};
use crate::ledger::{CommandMeta, Outcome, StoreLocation};

const J: &str = "440304";

struct Place {
    dir: tempfile::TempDir,
    db: Option<TestDb>,
    ledger: Ledger,
}

impl Place {
    async fn sqlite() -> Place {
        let dir = tempfile::tempdir().unwrap();
        let ledger = Ledger::open(dir.path(), &StoreLocation::Embedded)
            .await
            .unwrap();
        Place {
            dir,
            db: None,
            ledger,
        }
    }

    /// `None` (the skip said loudly) when PostgreSQL cannot be reached outside CI.
    async fn postgres() -> Option<Place> {
        let admin = postgres_or_skip().await?;
        let db = TestDb::create(&admin).await;
        let dir = tempfile::tempdir().unwrap();
        // A shared ledger never makes its own key: it is created as an administrator would.
        init_key(dir.path()).unwrap();
        let ledger = Ledger::open(dir.path(), &StoreLocation::Postgres(db.url.clone()))
            .await
            .unwrap();
        Some(Place {
            dir,
            db: Some(db),
            ledger,
        })
    }
}

macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod embedded {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(super::Place::sqlite().await).await;
                }
            )*
        }
        mod on_postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    if let Some(place) = super::Place::postgres().await {
                        super::$name(place).await;
                    }
                }
            )*
        }
    };
}

on_both_backends!(
    a_bid_is_submitted_replaced_withdrawn_and_submitted_again,
    late_and_duplicate_bids_are_refused_and_the_opening_waits_for_its_time,
    ineligible_organisations_are_refused_with_their_reasons,
    a_retried_submission_returns_the_first_outcome_and_writes_nothing,
    nothing_of_a_sealed_bid_is_in_the_database_before_the_opening,
    a_bid_sealed_under_another_key_is_opened_as_not_revealed,
    an_application_naming_a_registered_organisation_is_decided_on_its_stream,
    applications_racing_for_one_name_leave_it_to_exactly_one,
);

fn meta(role: Role, organisation: Option<Uuid>, command_id: Option<Uuid>) -> CommandMeta {
    CommandMeta {
        actor: Claims {
            sub: format!("{}-tester", role.as_str()),
            role,
            jurisdiction: matches!(role, Role::Registrar | Role::Purchaser).then(|| J.into()),
            organisation,
            iat: 0,
            exp: 0,
            jti: Uuid::nil(),
        },
        command_id,
        expected_version: None,
        correlation_id: Uuid::now_v7(),
    }
}

fn anyone<A, C>(_: &A, _: &C) -> Result<(), LedgerError> {
    Ok(())
}

/// A social service organisation of Futian, registered (approved) on the day of `at`.
async fn register(l: &Ledger, serial: u32, name: &str, at: DateTime<Utc>) -> Uuid {
    let id = Uuid::now_v7();
    let registrar = meta(Role::Registrar, None, None);
    l.execute::<Organisation>(
        id,
        OrganisationCommand::Apply {
            organisation_id: id,
            application: application(serial, name),
        },
        &registrar,
        at,
        anyone,
    )
    .await
    .unwrap();
    l.execute::<Organisation>(id, OrganisationCommand::Approve, &registrar, at, anyone)
        .await
        .unwrap();
    id
}

fn application(serial: u32, name: &str) -> Application {
    Application {
        name: name.into(),
        kind: OrganisationKind::SocialServiceOrg,
        credit_code: CreditCode::from_parts('2', J, &format!("MJ{serial:06}")).unwrap(),
        domicile: "深圳市福田区福中三路1号".into(),
        purpose: "为辖区老年人提供养老服务".into(),
        business_scope: "居家养老、培训、咨询".into(),
        legal_representative: LegalRepresentative::new("王芳", "11010519491231002X", "13800138000")
            .unwrap(),
        registered_funds: Money::from_yuan(30_000),
        public_fundraising: false,
        supervisory_unit: None,
        jurisdiction: Jurisdiction::parse(J).unwrap(),
    }
}

fn terms(base: DateTime<Utc>) -> ProcurementTerms {
    let start = china_date(base + Duration::days(60));
    ProcurementTerms {
        jurisdiction: Jurisdiction::parse(J).unwrap(),
        purchaser: "深圳市福田区民政局".into(),
        purchaser_unit: Uuid::now_v7(),
        title: "2026年居家养老上门服务项目".into(),
        description: "为辖区内高龄独居老人提供上门服务。".into(),
        item: CatalogueCode::parse("A0101").unwrap(),
        method: ProcurementMethod::OpenTender,
        budget: Money::from_yuan(5_000_000),
        bid_security: Money::from_yuan(10_000),
        service_start: start,
        service_end: start + Duration::days(300),
        stable_and_funded: false,
        requirements: Requirements::default(),
        scoring: ScoringScheme {
            price_weight_percent: 30,
            criteria: vec![
                Criterion {
                    key: "tech".into(),
                    name: "技术方案".into(),
                    max_points: 50,
                },
                Criterion {
                    key: "team".into(),
                    name: "团队".into(),
                    max_points: 20,
                },
            ],
        },
        bid_deadline: base + Duration::days(25),
        opening_at: base + Duration::days(25) + Duration::hours(1),
        reprocures: None,
    }
}

/// A published procurement of Futian drafted at `base`, its deadline 25 days on; the
/// catalogue loaded first.
async fn published(l: &Ledger, base: DateTime<Utc>) -> Uuid {
    let admin = meta(Role::Admin, None, None);
    if l.load::<Catalogue>(&J).await.unwrap().is_none() {
        l.execute::<Catalogue>(
            J,
            CatalogueCommand::Load {
                jurisdiction: Jurisdiction::parse(J).unwrap(),
                items: default_items().unwrap(),
            },
            &admin,
            base,
            anyone,
        )
        .await
        .unwrap();
    }
    let id = Uuid::now_v7();
    let purchaser = meta(Role::Purchaser, None, None);
    l.execute::<Procurement>(
        id,
        ProcurementCommand::Draft {
            procurement_id: id,
            terms: Box::new(terms(base)),
        },
        &purchaser,
        base,
        anyone,
    )
    .await
    .unwrap();
    l.execute::<Procurement>(
        id,
        ProcurementCommand::Publish,
        &purchaser,
        base + Duration::minutes(1),
        anyone,
    )
    .await
    .unwrap();
    id
}

fn content(fen: i64, proposal: &str) -> BidContent {
    BidContent {
        price: Money::from_fen(fen).unwrap(),
        technical_proposal: proposal.into(),
        documents: vec![DocumentDigest {
            name: "服务方案.pdf".into(),
            sha256: "0f".repeat(32),
        }],
    }
}

/// Submits as the organisation itself; the outcome or the refusal.
async fn submit(
    l: &Ledger,
    procurement: Uuid,
    organisation: Uuid,
    bid: BidContent,
    at: DateTime<Utc>,
    command_id: Option<Uuid>,
) -> Result<Outcome<Bid>, LedgerError> {
    let (bid_id, command) = l.submission(procurement, organisation, bid, command_id)?;
    l.execute::<Bid>(
        bid_id,
        command,
        &meta(Role::Ngo, Some(organisation), command_id),
        at,
        anyone,
    )
    .await
}

fn rule_of(e: &LedgerError) -> Option<&str> {
    match e {
        LedgerError::Domain(d) => d.rule(),
        LedgerError::Rejected { rule, .. } => rule.as_deref(),
        _ => None,
    }
}

/// Thirty days ago, at the microsecond precision the read models keep.
fn base() -> DateTime<Utc> {
    use chrono::SubsecRound;
    (Utc::now() - Duration::days(30)).trunc_subsecs(6)
}

async fn a_bid_is_submitted_replaced_withdrawn_and_submitted_again(place: Place) {
    let l = &place.ledger;
    let base = base();
    let org = register(l, 1, "福田区阳光长者服务中心", base - Duration::days(800)).await;
    let p = published(l, base).await;

    let first = submit(
        l,
        p,
        org,
        content(30_000_000, "方案一"),
        base + Duration::days(1),
        None,
    )
    .await
    .unwrap();
    let bid_id = first.state.id.unwrap();
    assert!(first.state.is_live());
    assert_eq!(first.state.jurisdiction.as_ref().unwrap().as_str(), J);
    // The bid's events are recorded under its procurement's jurisdiction.
    let events = l
        .store
        .read_stream(
            &format!("bid-{bid_id}"),
            civic_store::StreamFrom::Start,
            civic_store::Direction::Forwards,
            10,
        )
        .await
        .unwrap();
    assert_eq!(events[0].metadata["jurisdiction"], J);
    let row = bids::bid(l.read_models(), bid_id).await.unwrap().unwrap();
    assert_eq!(
        (row.status.as_str(), row.procurement_id, row.organisation_id),
        ("SUBMITTED", p, org)
    );
    assert_eq!(
        Some(row.commitment.as_str()),
        first.state.commitment.as_ref().map(|c| c.as_str())
    );
    assert_eq!(bids::live_count(l.read_models(), p).await.unwrap(), 1);

    let replace = l
        .replacement(&first.state, content(28_000_000, "方案二"), None)
        .unwrap();
    let replaced = l
        .execute::<Bid>(
            bid_id,
            replace,
            &meta(Role::Ngo, Some(org), None),
            base + Duration::days(2),
            anyone,
        )
        .await
        .unwrap();
    assert_eq!(replaced.state.replacements, 1);
    assert_ne!(replaced.state.commitment, first.state.commitment);
    let row = bids::bid(l.read_models(), bid_id).await.unwrap().unwrap();
    assert_eq!(row.replacements, 1);
    assert_eq!(row.sealed_at, base + Duration::days(2));

    let withdrawn = l
        .execute::<Bid>(
            bid_id,
            BidCommand::Withdraw,
            &meta(Role::Ngo, Some(org), None),
            base + Duration::days(3),
            anyone,
        )
        .await
        .unwrap();
    assert!(!withdrawn.state.is_live());
    let row = bids::bid(l.read_models(), bid_id).await.unwrap().unwrap();
    assert_eq!(row.status, "WITHDRAWN");
    assert_eq!(row.withdrawn_at, Some(base + Duration::days(3)));
    assert_eq!(bids::live_count(l.read_models(), p).await.unwrap(), 0);

    // The withdrawal freed the organisation's one live bid: it may bid again.
    let again = submit(
        l,
        p,
        org,
        content(29_000_000, "方案三"),
        base + Duration::days(4),
        None,
    )
    .await
    .unwrap();
    assert_ne!(again.state.id, Some(bid_id));
    let live = bids::live_bids(l.read_models(), p, None, 10).await.unwrap();
    assert_eq!(live.len(), 1);
    assert_eq!(Some(live[0].bid_id), again.state.id);
    let mine = bids::organisation_bids(l.read_models(), org, None, 10)
        .await
        .unwrap();
    assert_eq!(mine.len(), 2);
}

async fn late_and_duplicate_bids_are_refused_and_the_opening_waits_for_its_time(place: Place) {
    let l = &place.ledger;
    let base = base();
    let a = register(l, 2, "福田区晨曦社工服务中心", base - Duration::days(800)).await;
    let b = register(l, 3, "福田区晚霞养老服务中心", base - Duration::days(800)).await;
    let p = published(l, base).await;

    let bid_a = content(31_000_000, "甲的方案");
    let bid_b = content(32_000_000, "乙的方案");
    let live_a = submit(l, p, a, bid_a.clone(), base + Duration::days(1), None)
        .await
        .unwrap();
    submit(l, p, b, bid_b.clone(), base + Duration::days(1), None)
        .await
        .unwrap();

    // A second live bid of the same organisation: the claim refuses it.
    let duplicate = submit(
        l,
        p,
        a,
        content(100, "又一份"),
        base + Duration::days(2),
        None,
    )
    .await
    .unwrap_err();
    assert_eq!(rule_of(&duplicate), Some("BID-SEALED"), "{duplicate}");
    assert!(duplicate.to_string().contains("already has a live bid"));

    // After the deadline (now, by the clock): late.
    let late = submit(l, p, a, content(100, "迟到"), Utc::now(), None)
        .await
        .unwrap_err();
    assert_eq!(rule_of(&late), Some("BID-SEALED"), "{late}");
    assert!(late.to_string().contains("late bids are refused"), "{late}");

    let procurement = l.load::<Procurement>(&p).await.unwrap().unwrap().state;
    let opening_at = procurement.terms.as_ref().unwrap().opening_at;
    let early = l
        .reveal_bids_at(&procurement, opening_at - Duration::seconds(1))
        .await
        .unwrap_err();
    assert_eq!(rule_of(&early), Some("BID-SEALED"), "{early}");
    assert!(
        early.to_string().contains("before the opening time"),
        "{early}"
    );

    let revealed = l.reveal_bids(&procurement).await.unwrap();
    assert_eq!(revealed.len(), 2);
    for r in &revealed {
        let expected = if r.organisation_id == a {
            &bid_a
        } else {
            &bid_b
        };
        let content = r.content.as_ref().unwrap();
        assert_eq!(content, expected);
        let salt = parse_salt("salt", r.salt.as_ref().unwrap()).unwrap();
        assert_eq!(content.commitment(&salt), r.commitment);
        assert_eq!(r.standing.organisation_id, r.organisation_id);
    }
    assert!(
        revealed
            .iter()
            .any(|r| Some(r.commitment.clone()) == live_a.state.commitment)
    );

    // The opening records what was revealed (the procurement's own path).
    let opened = l
        .execute::<Procurement>(
            p,
            ProcurementCommand::Open,
            &meta(Role::Purchaser, None, None),
            Utc::now(),
            anyone,
        )
        .await
        .unwrap();
    assert_eq!(opened.state.opened_bids(), 2);
    assert_eq!(opened.state.valid_bids(), 2, "{:?}", opened.state.opened);
}

async fn ineligible_organisations_are_refused_with_their_reasons(place: Place) {
    let l = &place.ledger;
    let base = base();
    let p = published(l, base).await;
    let at = base + Duration::days(1);

    let recent = register(l, 4, "福田区新芽公益服务中心", base - Duration::days(10)).await;
    let refused = submit(l, p, recent, content(100_000, "方案"), at, None)
        .await
        .unwrap_err();
    assert_eq!(rule_of(&refused), Some("BID-ELIGIBLE"), "{refused}");
    assert!(refused.to_string().contains("full year"), "{refused}");

    let listed = register(l, 5, "福田区失联社会服务中心", base - Duration::days(800)).await;
    l.execute::<Organisation>(
        listed,
        OrganisationCommand::ListAsAbnormal {
            trigger: AbnormalTrigger::Unreachable,
            reason: "通过登记的住所或者经常居住地无法取得联系".into(),
            rectification_required: false,
        },
        &meta(Role::Registrar, None, None),
        base,
        anyone,
    )
    .await
    .unwrap();
    let refused = submit(l, p, listed, content(100_000, "方案"), at, None)
        .await
        .unwrap_err();
    assert_eq!(rule_of(&refused), Some("BID-ELIGIBLE"), "{refused}");
    assert!(refused.to_string().contains("活动异常名录"), "{refused}");

    let stranger = Uuid::now_v7();
    let refused = submit(l, p, stranger, content(100_000, "方案"), at, None)
        .await
        .unwrap_err();
    assert_eq!(rule_of(&refused), Some("BID-ELIGIBLE"), "{refused}");
    assert!(
        refused.to_string().contains("not in the registry"),
        "{refused}"
    );

    assert_eq!(bids::live_count(l.read_models(), p).await.unwrap(), 0);
}

/// The handler decides an application on an empty stream without looking it up (its id is
/// drawn for it): one that names a stream that exists is still refused as that stream's state
/// refuses it, and writes nothing.
async fn an_application_naming_a_registered_organisation_is_decided_on_its_stream(place: Place) {
    let l = &place.ledger;
    let at = base();
    let id = register(l, 7, "福田区晨光养老服务中心", at).await;
    let before = l.load::<Organisation>(&id).await.unwrap().unwrap();
    let again = OrganisationCommand::Apply {
        organisation_id: id,
        application: application(7, "福田区晨光养老服务中心"),
    };
    let expected = before
        .state
        .decide(&again, &civic_domain::Context::<RegistryFacts>::at(at))
        .unwrap_err();
    let refused = l
        .execute::<Organisation>(id, again, &meta(Role::Registrar, None, None), at, anyone)
        .await
        .unwrap_err();
    assert_eq!(rule_of(&refused), expected.rule(), "{refused}");
    assert_eq!(refused.to_string(), LedgerError::from(expected).to_string());
    let after = l.load::<Organisation>(&id).await.unwrap().unwrap();
    assert_eq!(after.version, before.version, "nothing was written");
}

/// Applications sent at once, two for each name: they share the writer's batches (on
/// PostgreSQL a batch writes its claims and read-model rows before it takes the position
/// counter), so a claim refused there sends the batch append by append. Each name goes to one
/// of its two applicants, the other is told why, and the read models hold the winners only.
async fn applications_racing_for_one_name_leave_it_to_exactly_one(place: Place) {
    let l = &place.ledger;
    let at = base();
    let names: Vec<String> = (0..12)
        .map(|k| format!("福田区竞名{k}号养老服务中心"))
        .collect();
    let applicants: Vec<(Uuid, u32, &str)> = (0..24u32)
        .map(|n| (Uuid::now_v7(), 100 + n, names[(n / 2) as usize].as_str()))
        .collect();
    let registrar = meta(Role::Registrar, None, None);
    let head = l.store.head().await.unwrap();
    let outcomes = futures::future::join_all(applicants.iter().map(|(id, serial, name)| {
        l.execute::<Organisation>(
            *id,
            OrganisationCommand::Apply {
                organisation_id: *id,
                application: application(*serial, name),
            },
            &registrar,
            at,
            anyone,
        )
    }))
    .await;
    let mut winners = Vec::new();
    for (pair, outcomes) in applicants.chunks(2).zip(outcomes.chunks(2)) {
        let won: Vec<Uuid> = pair
            .iter()
            .zip(outcomes)
            .filter_map(|((id, ..), o)| o.is_ok().then_some(*id))
            .collect();
        assert_eq!(won.len(), 1, "one applicant of {} is admitted", pair[0].2);
        for ((id, _, name), o) in pair.iter().zip(outcomes) {
            if let Err(e) = o {
                assert_eq!(rule_of(e), Some("REG-NAME"), "{name}: {e}");
                assert!(
                    l.read_models().organisation(*id).await.unwrap().is_none(),
                    "the refused applicant of {name} has no row"
                );
                assert!(
                    l.read_models()
                        .state("organisation", &id.to_string())
                        .await
                        .unwrap()
                        .is_none(),
                    "nor a state"
                );
            }
        }
        winners.push((won[0], pair[0].2));
    }
    assert_eq!(
        l.store.head().await.unwrap(),
        head + 12,
        "one event per admitted application"
    );
    for (id, name) in winners {
        let found = l
            .read_models()
            .search(
                civic_projections::organisations::OrganisationFilter {
                    name_contains: Some(name.to_owned()),
                    ..Default::default()
                },
                10,
                None,
            )
            .await
            .unwrap();
        let ids: Vec<Uuid> = found.items.iter().map(|(_, r)| r.id).collect();
        assert_eq!(ids, vec![id], "{name} is found as its one holder's");
        let row = l.read_models().organisation(id).await.unwrap().unwrap();
        assert_eq!(row.state.name, name);
        assert_eq!(row.version, 0);
    }
}

async fn a_retried_submission_returns_the_first_outcome_and_writes_nothing(place: Place) {
    let l = &place.ledger;
    let base = base();
    let org = register(l, 6, "福田区同心社工服务中心", base - Duration::days(800)).await;
    let p = published(l, base).await;
    let command_id = Uuid::now_v7();
    let at = base + Duration::days(1);

    let first = submit(l, p, org, content(33_000_000, "方案"), at, Some(command_id))
        .await
        .unwrap();
    let head = l.store.head().await.unwrap();
    let retry = submit(l, p, org, content(33_000_000, "方案"), at, Some(command_id))
        .await
        .unwrap();
    assert_eq!(retry.state.id, first.state.id);
    assert_eq!(retry.state.commitment, first.state.commitment);
    assert_eq!(
        (retry.version, retry.position),
        (first.version, first.position)
    );
    assert_eq!(
        l.store.head().await.unwrap(),
        head,
        "the retry wrote nothing"
    );

    // The same id for another price is another command.
    let other = submit(l, p, org, content(33_000_001, "方案"), at, Some(command_id))
        .await
        .unwrap_err();
    assert!(matches!(other, LedgerError::Conflict(_)), "{other}");
    assert_eq!(l.store.head().await.unwrap(), head);
}

/// Every occurrence of `needle` in `haystack`.
fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// Every byte the database holds: the SQLite file and its WAL, or every PostgreSQL table of
/// the ledger as text.
async fn database_bytes(place: &Place) -> Vec<u8> {
    match &place.db {
        None => {
            let mut bytes = Vec::new();
            for name in ["ledger.db", "ledger.db-wal", "ledger.db-shm"] {
                if let Ok(b) = std::fs::read(place.dir.path().join(name)) {
                    bytes.extend(b);
                }
            }
            assert!(bytes.len() > 4096, "the database was read");
            bytes
        }
        Some(db) => {
            use sqlx::Connection;
            let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
            let tables: Vec<(String, String)> = sqlx::query_as(
                "SELECT table_schema, table_name FROM information_schema.tables \
                 WHERE table_schema NOT IN ('pg_catalog', 'information_schema') \
                 AND table_type = 'BASE TABLE'",
            )
            .fetch_all(&mut conn)
            .await
            .unwrap();
            assert!(tables.len() > 5, "{tables:?}");
            let mut bytes = Vec::new();
            for (schema, table) in tables {
                // The names come from the catalogue just read, quoted.
                let rows: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT t::text FROM \"{schema}\".\"{table}\" t"
                )))
                .fetch_all(&mut conn)
                .await
                .unwrap();
                for (row,) in rows {
                    bytes.extend(row.into_bytes());
                    bytes.push(b'\n');
                }
            }
            bytes
        }
    }
}

async fn nothing_of_a_sealed_bid_is_in_the_database_before_the_opening(place: Place) {
    let l = &place.ledger;
    let base = base();
    let a = register(l, 7, "福田区紫丁香长者服务中心", base - Duration::days(800)).await;
    let b = register(l, 8, "福田区青松社工服务中心", base - Duration::days(800)).await;
    let p = published(l, base).await;
    let proposal = "紫丁香社区长者陪伴计划QX7：每周三次上门探访";
    let price = 437_219_876; // fen: ¥4,372,198.76
    let marks = [
        proposal,
        "紫丁香社区长者陪伴计划",
        "437219876",
        "4372198.76",
    ];

    let first = submit(
        l,
        p,
        a,
        content(price, proposal),
        base + Duration::days(1),
        None,
    )
    .await
    .unwrap();
    // Replaced, so that the first content too must stay out of the database.
    let replace = l
        .replacement(&first.state, content(price - 1, proposal), None)
        .unwrap();
    l.execute::<Bid>(
        first.state.id.unwrap(),
        replace,
        &meta(Role::Ngo, Some(a), None),
        base + Duration::days(2),
        anyone,
    )
    .await
    .unwrap();
    submit(
        l,
        p,
        b,
        content(price + 1, &format!("{proposal}（青松）")),
        base + Duration::days(1),
        Some(Uuid::now_v7()),
    )
    .await
    .unwrap();

    let before = database_bytes(&place).await;
    for mark in marks {
        assert!(
            !contains(&before, mark),
            "{mark:?} is in the database before the opening"
        );
    }
    assert!(!contains(&before, "437219875") && !contains(&before, "437219877"));

    // Opened, the contents become part of the log: the search above would have found them.
    l.execute::<Procurement>(
        p,
        ProcurementCommand::Open,
        &meta(Role::Purchaser, None, None),
        Utc::now(),
        anyone,
    )
    .await
    .unwrap();
    let after = database_bytes(&place).await;
    assert!(contains(&after, proposal));
    assert!(contains(&after, "437219875"));
}

/// The key file replaced (a lost key restored from the wrong backup): the opening goes on,
/// and records the bids it cannot decrypt as not revealed instead of inventing a content.
async fn a_bid_sealed_under_another_key_is_opened_as_not_revealed(place: Place) {
    let Place { dir, db, ledger } = place;
    let base = base();
    let a = register(
        &ledger,
        9,
        "福田区白鹭社工服务中心",
        base - Duration::days(800),
    )
    .await;
    let p = published(&ledger, base).await;
    submit(
        &ledger,
        p,
        a,
        content(100_000, "方案"),
        base + Duration::days(1),
        None,
    )
    .await
    .unwrap();
    drop(ledger);
    let key = dir.path().join(KEY_FILE);
    std::fs::rename(&key, dir.path().join("old.key")).unwrap();
    let (_, created) = init_key(dir.path()).unwrap();
    assert!(created);
    let at = match &db {
        None => StoreLocation::Embedded,
        Some(db) => StoreLocation::Postgres(db.url.clone()),
    };
    let ledger = Ledger::open_waiting(dir.path(), &at, std::time::Duration::from_secs(10))
        .await
        .unwrap();
    let opened = ledger
        .execute::<Procurement>(
            p,
            ProcurementCommand::Open,
            &meta(Role::Purchaser, None, None),
            Utc::now(),
            anyone,
        )
        .await
        .unwrap();
    let bids = &opened.state.opened;
    assert_eq!(bids.len(), 1);
    assert_eq!((&bids[0].content, &bids[0].salt), (&None, &None));
    assert!(
        bids[0].defects.iter().any(|d| d.code == "NOT_REVEALED"),
        "{:?}",
        bids[0].defects
    );
    assert!(!bids[0].is_valid());
}

#[tokio::test]
async fn a_shared_ledger_refuses_bids_without_its_key_file_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let shared = BidSealing::new(dir.path(), false);
    let refused = shared.sealer().unwrap_err();
    assert_eq!(rule_of(&refused), Some("BID-SEALED"));
    let message = refused.to_string();
    assert!(
        message.contains(&dir.path().join(KEY_FILE).display().to_string()),
        "{message}"
    );
    assert!(message.contains("bid-key init"), "{message}");
    assert!(!dir.path().join(KEY_FILE).exists(), "no key was made up");

    // Once an administrator created it, the next bid finds it without a restart.
    let (id, created) = init_key(dir.path()).unwrap();
    assert!(created);
    assert_eq!(shared.sealer().unwrap().key_id(), &id);
    let (again, created) = init_key(dir.path()).unwrap();
    assert_eq!((again, created), (id, false));
}

#[cfg(unix)]
#[tokio::test]
async fn an_embedded_ledger_makes_its_private_key_on_first_use() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let embedded = BidSealing::new(dir.path(), true);
    assert!(!dir.path().join(KEY_FILE).exists());
    let id = embedded.sealer().unwrap().key_id().clone();
    let mode = std::fs::metadata(dir.path().join(KEY_FILE))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(
        BidSealing::new(dir.path(), false)
            .sealer()
            .unwrap()
            .key_id(),
        &id
    );
}

#[test]
fn a_retry_digests_alike_without_its_fresh_id_and_box() {
    let sealed = |n: &str| SealedBox {
        key_id: "k".into(),
        nonce: n.into(),
        ciphertext: n.into(),
    };
    let submit = |bid_id, n| BidCommand::Submit {
        bid_id,
        procurement_id: Uuid::from_u128(1),
        organisation_id: Uuid::from_u128(2),
        content: content(100, "x"),
        salt: "ab".repeat(32),
        sealed: sealed(n),
    };
    assert_eq!(
        Bid::digest_form(&submit(Uuid::now_v7(), "AAAA")),
        Bid::digest_form(&submit(Uuid::now_v7(), "BBBB"))
    );
    let mut other_salt = submit(Uuid::now_v7(), "AAAA");
    if let BidCommand::Submit { salt, .. } = &mut other_salt {
        *salt = "cd".repeat(32);
    }
    assert_ne!(
        Bid::digest_form(&other_salt),
        Bid::digest_form(&submit(Uuid::now_v7(), "AAAA"))
    );
}
