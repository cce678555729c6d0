//! Committees through the ledger's command path, on a SQLite file and, when PostgreSQL is
//! reachable (`DATABASE_URL`), on a database of its own: a procurement driven to OPENED with
//! real sealed bids, the expert pool, the draw passing over conflicted and purchaser staff,
//! one committee per round, a declared relation and its replacement, locked sheets, the
//! conclusion and its report recorded on the procurement.

use chrono::{Duration, SubsecRound, Utc};
use civic_domain::catalogue::default_items;
use civic_domain::committee::{
    BidScores, CriterionScore, PassOver, RecordedRelation, RelationKind, Representative,
};
use civic_domain::expert_pool::ExpertSpec;
use civic_domain::organisation::Application;
use civic_domain::procurement::{
    BidContent, Criterion, Points, ProcurementMethod, ProcurementTerms, Requirements, ScoringScheme,
};
use civic_domain::{
    Bid, Catalogue, CatalogueCode, CatalogueCommand, CommitteeEvent, CreditCode, DomainEvent,
    ExpertPool, ExpertPoolCommand, Jurisdiction, LegalRepresentative, Money, Organisation,
    OrganisationCommand, OrganisationKind, ProcurementStatus,
};
use civic_store::test_postgres::{TestDb, postgres_or_skip};

use super::*;
use crate::auth::{Claims, Role};
use crate::ledger::StoreLocation;

const J: &str = "440304";

struct Place {
    _dir: tempfile::TempDir,
    _db: Option<TestDb>,
    ledger: Ledger,
}

impl Place {
    async fn sqlite() -> Place {
        let dir = tempfile::tempdir().unwrap();
        let ledger = Ledger::open(dir.path(), &StoreLocation::Embedded)
            .await
            .unwrap();
        Place {
            _dir: dir,
            _db: None,
            ledger,
        }
    }

    async fn postgres() -> Option<Place> {
        let admin = postgres_or_skip().await?;
        let db = TestDb::create(&admin).await;
        let dir = tempfile::tempdir().unwrap();
        crate::ledger::bid::init_key(dir.path()).unwrap();
        let ledger = Ledger::open(dir.path(), &StoreLocation::Postgres(db.url.clone()))
            .await
            .unwrap();
        Some(Place {
            _dir: dir,
            _db: Some(db),
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

on_both_backends!(a_committee_is_drawn_scores_and_reports_to_its_procurement);

fn meta(role: Role, organisation: Option<Uuid>) -> CommandMeta {
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
        command_id: None,
        expected_version: None,
        correlation_id: Uuid::now_v7(),
    }
}

fn anyone<A, C>(_: &A, _: &C) -> Result<(), LedgerError> {
    Ok(())
}

fn rule_of(e: &LedgerError) -> Option<&str> {
    match e {
        LedgerError::Domain(d) => d.rule(),
        LedgerError::Rejected { rule, .. } => rule.as_deref(),
        _ => None,
    }
}

/// A resident id number with its GB 11643 check digit.
fn id_number(serial: u32) -> String {
    let first17 = format!("4403041980{serial:07}");
    let check = civic_domain::values::resident_id_check_digit(&first17).unwrap();
    format!("{first17}{check}")
}

/// A social service organisation of Futian whose legal representative has `rep_id`.
async fn register(l: &Ledger, serial: u32, rep_id: &str, at: DateTime<Utc>) -> Uuid {
    let id = Uuid::now_v7();
    let application = Application {
        name: format!("福田区第{serial}社工服务中心"),
        kind: OrganisationKind::SocialServiceOrg,
        credit_code: CreditCode::from_parts('2', J, &format!("MJ{serial:06}")).unwrap(),
        domicile: "深圳市福田区福中三路1号".into(),
        purpose: "为辖区老年人提供养老服务".into(),
        business_scope: "居家养老、培训、咨询".into(),
        legal_representative: LegalRepresentative::new("陈明", rep_id, "13800138000").unwrap(),
        registered_funds: Money::from_yuan(30_000),
        public_fundraising: false,
        supervisory_unit: None,
        jurisdiction: Jurisdiction::parse(J).unwrap(),
    };
    let registrar = meta(Role::Registrar, None);
    l.execute::<Organisation>(
        id,
        OrganisationCommand::Apply {
            organisation_id: id,
            application,
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

fn terms(base: DateTime<Utc>, unit: Uuid) -> ProcurementTerms {
    let start = civic_domain::china_date(base + Duration::days(60));
    ProcurementTerms {
        jurisdiction: Jurisdiction::parse(J).unwrap(),
        purchaser: "深圳市福田区民政局".into(),
        purchaser_unit: unit,
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

/// A procurement of `unit` drafted 30 days ago, bid on by `bidders` and opened now.
async fn opened(l: &Ledger, unit: Uuid, bidders: &[Uuid]) -> Uuid {
    let base = (Utc::now() - Duration::days(30)).trunc_subsecs(6);
    let admin = meta(Role::Admin, None);
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
    let id = Uuid::now_v7();
    let purchaser = meta(Role::Purchaser, Some(unit));
    let run = |command, at| l.execute::<Procurement>(id, command, &purchaser, at, anyone);
    run(
        ProcurementCommand::Draft {
            procurement_id: id,
            terms: Box::new(terms(base, unit)),
        },
        base,
    )
    .await
    .unwrap();
    run(ProcurementCommand::Publish, base + Duration::minutes(1))
        .await
        .unwrap();
    for (i, org) in bidders.iter().enumerate() {
        let content = BidContent {
            price: Money::from_yuan(4_000_000 + 100_000 * i as u32),
            technical_proposal: format!("服务方案{i}"),
            documents: vec![],
        };
        let (bid_id, command) = l.submission(id, *org, content, None).unwrap();
        l.execute::<Bid>(
            bid_id,
            command,
            &meta(Role::Ngo, Some(*org)),
            base + Duration::days(1),
            anyone,
        )
        .await
        .unwrap();
    }
    let o = run(ProcurementCommand::Open, Utc::now().trunc_subsecs(6))
        .await
        .unwrap();
    assert_eq!(o.state.status, Some(ProcurementStatus::Opened));
    assert_eq!(o.state.valid_bids(), bidders.len());
    id
}

async fn add_expert(
    l: &Ledger,
    name: &str,
    id_number: &str,
    employer: Option<Uuid>,
    relations: Vec<RecordedRelation>,
) -> Uuid {
    let expert_id = Uuid::now_v7();
    l.execute::<ExpertPool>(
        J,
        ExpertPoolCommand::AddExpert {
            jurisdiction: Jurisdiction::parse(J).unwrap(),
            expert: ExpertSpec {
                expert_id,
                name: name.into(),
                id_number: id_number.into(),
                employer,
                relations,
            },
        },
        &meta(Role::Admin, None),
        Utc::now(),
        anyone,
    )
    .await
    .unwrap();
    expert_id
}

fn constitute(procurement: Uuid) -> CommitteeCommand {
    CommitteeCommand::Constitute {
        committee_id: Uuid::now_v7(),
        procurement_id: procurement,
        representatives: vec![Representative {
            member_id: Uuid::now_v7(),
            name: "李娜".into(),
        }],
        experts: 4,
        seed: hex::encode(rand::random::<[u8; 32]>()),
    }
}

fn sheet(committee: &Committee, member_id: Uuid, points: u32) -> CommitteeCommand {
    CommitteeCommand::SubmitScoreSheet {
        member_id,
        scores: committee
            .bids
            .iter()
            .enumerate()
            .map(|(i, b)| BidScores {
                bid_id: b.bid_id,
                criteria: vec![
                    CriterionScore {
                        key: "tech".into(),
                        points: Points(points - 100 * i as u32),
                    },
                    CriterionScore {
                        key: "team".into(),
                        points: Points(1_500),
                    },
                ],
            })
            .collect(),
    }
}

async fn events_of(l: &Ledger, committee: Uuid) -> Vec<CommitteeEvent> {
    l.store
        .read_stream(
            &format!("committee-{committee}"),
            civic_store::StreamFrom::Start,
            civic_store::Direction::Forwards,
            1_000,
        )
        .await
        .unwrap()
        .iter()
        .map(|e| CommitteeEvent::from_stored(&e.kind, e.schema, &e.data).unwrap())
        .collect()
}

async fn a_committee_is_drawn_scores_and_reports_to_its_procurement(place: Place) {
    let l = &place.ledger;
    let unit = Uuid::now_v7();
    let long_ago = Utc::now() - Duration::days(800);
    let reps: Vec<String> = (1..=3).map(id_number).collect();
    let mut bidders = Vec::new();
    for (i, rep) in reps.iter().enumerate() {
        bidders.push(register(l, i as u32 + 1, rep, long_ago).await);
    }
    // Barred: a bidder's legal representative, the purchaser's own staff, and an expert on
    // record as employed by a bidder. Six may sit; four are drawn, two are left for
    // replacements.
    let rep_expert = add_expert(l, "陈明", &reps[0], None, vec![]).await;
    let staff = add_expert(l, "周敏", &id_number(11), Some(unit), vec![]).await;
    let related = add_expert(
        l,
        "吴刚",
        &id_number(12),
        None,
        vec![RecordedRelation {
            organisation_id: bidders[1],
            kind: RelationKind::Employment,
        }],
    )
    .await;
    let mut clean = Vec::new();
    for n in 0..6 {
        clean.push(add_expert(l, &format!("专家{n}"), &id_number(20 + n), None, vec![]).await);
    }
    let barred = [rep_expert, staff, related];

    let procurement = opened(l, unit, &bidders).await;
    let purchaser = meta(Role::Purchaser, Some(unit));
    let command = constitute(procurement);
    let CommitteeCommand::Constitute { committee_id, .. } = &command else {
        unreachable!()
    };
    let id = *committee_id;
    let c = l
        .execute::<Committee>(id, command, &purchaser, Utc::now(), anyone)
        .await
        .unwrap();
    let experts: Vec<Uuid> = c
        .state
        .members
        .iter()
        .filter(|m| m.is_expert())
        .map(|m| m.member_id)
        .collect();
    assert_eq!(experts.len(), 4);
    assert!(experts.iter().all(|e| clean.contains(e)), "{experts:?}");
    // Each barred expert the draw reached is passed over with its reason.
    for e in events_of(l, id).await {
        if let CommitteeEvent::ExpertPassedOver {
            expert_id, reasons, ..
        } = e
        {
            assert!(barred.contains(&expert_id));
            let staff_reason = reasons.contains(&PassOver::PurchaserStaff);
            assert_eq!(staff_reason, expert_id == staff, "{reasons:?}");
            assert!(!reasons.is_empty());
        }
    }
    // Decided under, and recorded with, the procurement's jurisdiction.
    let recorded = l
        .store
        .read_stream(
            &format!("committee-{id}"),
            civic_store::StreamFrom::Start,
            civic_store::Direction::Forwards,
            1,
        )
        .await
        .unwrap();
    assert_eq!(recorded[0].metadata["jurisdiction"], J);
    let rows = l.committees_of(procurement).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].committee_id, rows[0].status.as_str()),
        (id, "SCORING")
    );
    assert_eq!(
        (rows[0].seats, rows[0].sitting, rows[0].submitted),
        (5, 5, 0)
    );

    // One committee per round: a second draw is refused while the first scores.
    let again = l
        .execute::<Committee>(
            Uuid::now_v7(),
            constitute(procurement),
            &purchaser,
            Utc::now(),
            anyone,
        )
        .await
        .unwrap_err();
    assert_eq!(rule_of(&again), Some("EVAL-COMMITTEE"), "{again}");

    // The registry changes: a bidder's new legal representative is a seated expert. Checked
    // again, the expert is recused on the registry's record and the next expert seated.
    let found = experts[1];
    let number = id_number(20 + clean.iter().position(|e| *e == found).unwrap() as u32);
    l.execute::<Organisation>(
        bidders[2],
        OrganisationCommand::RegisterChange(civic_domain::ChangeRequest {
            legal_representative: Some(
                LegalRepresentative::new("新代表", number, "13800138001").unwrap(),
            ),
            ..Default::default()
        }),
        &meta(Role::Registrar, None),
        Utc::now(),
        anyone,
    )
    .await
    .unwrap();
    let c = l
        .execute::<Committee>(
            id,
            CommitteeCommand::CheckConflicts,
            &purchaser,
            Utc::now(),
            anyone,
        )
        .await
        .unwrap();
    let recused = c.state.member(found).unwrap();
    assert!(!recused.is_sitting());
    assert_eq!(recused.recusal[0].organisation_id, bidders[2]);
    assert!(matches!(
        recused.recusal[0].source,
        civic_domain::committee::ConflictSource::Registry { .. }
    ));
    assert_eq!(c.state.sitting().count(), 5);

    // A member declares a relation: recused, and the last clean expert takes the seat.
    let leaving = experts[0];
    let c = l
        .execute::<Committee>(
            id,
            CommitteeCommand::DeclareRelation {
                member_id: leaving,
                organisation_id: bidders[2],
                kind: RelationKind::Relative,
                note: "本人配偶为该机构理事".into(),
            },
            &meta(Role::Evaluator, Some(leaving)),
            Utc::now(),
            anyone,
        )
        .await
        .unwrap();
    assert!(!c.state.member(leaving).unwrap().is_sitting());
    let sitting: Vec<Uuid> = c.state.sitting().map(|m| m.member_id).collect();
    assert_eq!(sitting.len(), 5);
    for spare in clean.iter().filter(|e| !experts.contains(e)) {
        assert!(sitting.contains(spare), "both spares sit: {sitting:?}");
    }

    // Sheets: locked once in; the conclusion waits for every sitting member.
    let mut state = c.state;
    for (i, member) in sitting.iter().enumerate() {
        let early = l
            .execute::<Committee>(
                id,
                CommitteeCommand::Conclude,
                &purchaser,
                Utc::now(),
                anyone,
            )
            .await
            .unwrap_err();
        assert!(matches!(early, LedgerError::Domain(_)), "{early}");
        let who = meta(Role::Evaluator, Some(*member));
        state = l
            .execute::<Committee>(
                id,
                sheet(&state, *member, 4_000 + 10 * i as u32),
                &who,
                Utc::now(),
                anyone,
            )
            .await
            .unwrap()
            .state;
    }
    let twice = l
        .execute::<Committee>(
            id,
            sheet(&state, sitting[0], 3_000),
            &meta(Role::Evaluator, Some(sitting[0])),
            Utc::now(),
            anyone,
        )
        .await
        .unwrap_err();
    assert!(matches!(twice, LedgerError::Domain(_)), "{twice}");
    assert!(state.all_submitted());
    let rows = l.committees_of(procurement).await.unwrap();
    assert_eq!((rows[0].sitting, rows[0].submitted), (5, 5));

    // Conclusion, then the report on the procurement; repeating the record does nothing.
    let concluded = l
        .execute::<Committee>(
            id,
            CommitteeCommand::Conclude,
            &purchaser,
            Utc::now(),
            anyone,
        )
        .await
        .unwrap();
    let report = concluded.state.report.clone().unwrap();
    assert_eq!(report.ranking.len(), 3);
    assert_eq!(report.committee_id, id);
    let recorded = l
        .record_concluded(&concluded.state, &purchaser, Utc::now())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(recorded.state.status, Some(ProcurementStatus::Evaluated));
    assert_eq!(recorded.state.report.as_ref(), Some(&report));
    assert!(
        l.record_concluded(&concluded.state, &purchaser, Utc::now())
            .await
            .unwrap()
            .is_none()
    );
    let p = l.load::<Procurement>(&procurement).await.unwrap().unwrap();
    assert_eq!(l.evaluation_report(&p.state).await.unwrap(), Some(report));

    // The round has had its committee: no other is constituted until a re-evaluation.
    let after = l
        .execute::<Committee>(
            Uuid::now_v7(),
            constitute(procurement),
            &purchaser,
            Utc::now(),
            anyone,
        )
        .await
        .unwrap_err();
    assert_eq!(rule_of(&after), Some("EVAL-COMMITTEE"), "{after}");
    let rows = l.committees_of(procurement).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].status, "CONCLUDED");
}
