//! The committee on the given/when/then harness: EVAL-COMMITTEE for every method and the large
//! budget, the draw (reproducible by hand, independent of the pool's order), EVAL-RECUSAL on
//! record and by declaration with replacement, the score sheets and their refusals, and the
//! conclusion with its price scores, ranking and tie-breaks; every event on the wire.

use chrono::{DateTime, TimeZone, Utc};
use uuid::Uuid;

use super::draw::{draw_key, draw_order, sha256_hex};
use super::*;
use crate::aggregate::{DecodeError, DomainCommand, DomainEvent};
use crate::error::rules::{EVAL_COMMITTEE, EVAL_RECUSAL, PROC_STATE};
use crate::procurement::{Criterion, Points, ProcurementMethod, RankedBid, ScoringScheme};
use crate::testing::{self, Given};
use crate::values::Money;
use CommitteeCommand as C;
use CommitteeEvent as E;
use ProcurementMethod::{Consultation, Negotiation, OpenTender, Quotation, SingleSource};

fn given(history: impl IntoIterator<Item = CommitteeEvent>) -> Given<Committee> {
    testing::given(history).translated()
}

/// Checked by hand: `printf '%s%s' "$SEED" 00000000-0000-0000-0000-000000000e01 | sha256sum`.
const SEED: &str = "00112233445566778899aabbccddeeff";
/// A seed under which bid b1's key sorts before b3's (under SEED b3's does).
const SEED_B1_FIRST: &str = "04040404040404040404040404040404";

fn at(h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, h, 0, 0).unwrap()
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn expert_id(i: u128) -> Uuid {
    id(0xE00 + i)
}
fn bid(i: u128) -> Uuid {
    id(0xB00 + i)
}
fn org(i: u128) -> Uuid {
    id(0x0A00 + i)
}
fn rep(i: u128) -> Uuid {
    id(0x700 + i)
}
const COMMITTEE: u128 = 0xC0;
const PROCUREMENT: u128 = 0xD0;
const PURCHASER: u128 = 0xF0;

fn yuan(y: u32) -> Money {
    Money::from_yuan(y)
}

fn scheme() -> ScoringScheme {
    ScoringScheme {
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
    }
}

/// Three valid bids: ¥80,000, ¥90,000 and ¥80,000.
fn bids() -> Vec<ValidBid> {
    [(1, 80_000), (2, 90_000), (3, 80_000)]
        .into_iter()
        .map(|(i, price)| ValidBid {
            bid_id: bid(i),
            organisation_id: org(i),
            price: yuan(price),
        })
        .collect()
}

fn pool(n: u128) -> Vec<PoolExpert> {
    (1..=n)
        .map(|i| PoolExpert {
            expert_id: expert_id(i),
            name: format!("专家{i}"),
            id_number: format!("11010519800101{i:04}"),
            employer: None,
            relations: Vec::new(),
        })
        .collect()
}

fn bidders() -> Vec<BidderRecord> {
    (1..=3)
        .map(|i| BidderRecord {
            organisation_id: org(i),
            name: format!("投标机构{i}"),
            legal_representative_id_number: format!("44030519700101{i:04}"),
            registry_version: 4,
            registry_position: 100 + u64::try_from(i).unwrap(),
        })
        .collect()
}

fn facts(method: ProcurementMethod, budget: Money, pool_size: u128) -> CommitteeFacts {
    CommitteeFacts {
        scored: Some(Scored {
            subject: Subject::Procurement(id(PROCUREMENT)),
            owner_unit: id(PURCHASER),
            method: Some(method),
            budget: Some(budget),
            scoring: scheme(),
            entries: bids(),
            scoring_from: None,
        }),
        pool: pool(pool_size),
        bidders: bidders(),
        jurisdiction: None,
    }
}

fn ctx(facts: CommitteeFacts) -> CommitteeContext {
    ctx_at(2, facts)
}

fn ctx_at(hour: u32, facts: CommitteeFacts) -> CommitteeContext {
    CommitteeContext::at(at(hour)).with_facts(facts)
}

fn reps(n: u128) -> Vec<Representative> {
    (1..=n)
        .map(|i| Representative {
            member_id: rep(i),
            name: format!("采购人代表{i}"),
        })
        .collect()
}

fn constitute(representatives: u128, experts: u32, seed: &str) -> CommitteeCommand {
    C::Constitute {
        committee_id: id(COMMITTEE),
        procurement_id: id(PROCUREMENT),
        representatives: reps(representatives),
        experts,
        seed: seed.into(),
    }
}

/// The draw order of the 12-expert pool under SEED, recomputed with Python's hashlib from the
/// documented procedure (not with this crate's code).
fn seed_order() -> Vec<Uuid> {
    [0xa, 0x8, 0x4, 0x1, 0x3, 0x5, 0xc, 0x7, 0x9, 0x2, 0xb, 0x6]
        .into_iter()
        .map(expert_id)
        .collect()
}

/// A negotiation committee: one representative and two experts (SEED: e0a, e08), 12 in the pool.
fn negotiation() -> Vec<CommitteeEvent> {
    given([])
        .with(ctx(facts(Negotiation, yuan(500_000), 12)))
        .when(constitute(1, 2, SEED))
        .then_accepted()
}

fn seated(events: &[CommitteeEvent]) -> Vec<Uuid> {
    events
        .iter()
        .filter_map(|e| match e {
            E::ExpertDrawn { expert_id, .. } => Some(*expert_id),
            _ => None,
        })
        .collect()
}

fn drawn(i: u128, position: u32) -> CommitteeEvent {
    E::ExpertDrawn {
        expert_id: expert_id(i),
        name: format!("专家{i}"),
        position,
    }
}

fn fold(events: &[CommitteeEvent]) -> Committee {
    events.iter().fold(Committee::default(), |s, e| s.evolve(e))
}

// --- EVAL-COMMITTEE ------------------------------------------------------------------------

#[test]
fn the_committee_size_parity_and_expert_share_follow_the_method_and_budget() {
    let small = yuan(1_000_000);
    let large = yuan(10_000_000);
    for (name, method, budget, r, x, refusal) in [
        ("tender 1+4", OpenTender, small, 1, 4, None),
        ("tender 0+5", OpenTender, small, 0, 5, None),
        ("tender 2+5", OpenTender, small, 2, 5, None),
        (
            "tender 1+2",
            OpenTender,
            small,
            1,
            2,
            Some("at least 5 members"),
        ),
        (
            "tender 0+4",
            OpenTender,
            small,
            0,
            4,
            Some("at least 5 members"),
        ),
        (
            "tender 1+5 even",
            OpenTender,
            small,
            1,
            5,
            Some("odd number"),
        ),
        (
            "tender 2+3 experts",
            OpenTender,
            small,
            2,
            3,
            Some("at least 2/3"),
        ),
        ("large 2+5", OpenTender, large, 2, 5, None),
        (
            "large 1+4",
            OpenTender,
            large,
            1,
            4,
            Some("at least 7 members"),
        ),
        (
            "large 3+4 experts",
            OpenTender,
            large,
            3,
            4,
            Some("at least 2/3"),
        ),
        (
            "invited large 1+4",
            ProcurementMethod::InvitedTender,
            large,
            1,
            4,
            Some("at least 7"),
        ),
        ("negotiation 1+2", Negotiation, large, 1, 2, None),
        (
            "negotiation 0+2",
            Negotiation,
            small,
            0,
            2,
            Some("at least 3 members"),
        ),
        (
            "negotiation 1+3 even",
            Negotiation,
            small,
            1,
            3,
            Some("odd number"),
        ),
        (
            "negotiation 2+1",
            Negotiation,
            small,
            2,
            1,
            Some("at least 2/3"),
        ),
        ("consultation 0+3", Consultation, small, 0, 3, None),
        (
            "consultation 3+2",
            Consultation,
            small,
            3,
            2,
            Some("at least 2/3"),
        ),
        ("quotation 1+2", Quotation, small, 1, 2, None),
        (
            "quotation 1+1",
            Quotation,
            small,
            1,
            1,
            Some("at least 3 members"),
        ),
        ("single source 1+2", SingleSource, small, 1, 2, None),
    ] {
        let case = given([])
            .with(ctx(facts(method, budget, 12)))
            .when(constitute(r, x, SEED));
        match refusal {
            None => {
                let events = case.then_accepted();
                assert_eq!(seated(&events).len(), usize::try_from(x).unwrap(), "{name}");
                let committee = fold(&events);
                assert_eq!(
                    committee.sitting().count(),
                    usize::try_from(r).unwrap() + usize::try_from(x).unwrap(),
                    "{name}"
                );
            }
            Some(fragment) => {
                let e = case.then_refused(EVAL_COMMITTEE);
                assert!(e.message().contains(fragment), "{name}: {e}");
            }
        }
    }
}

#[test]
fn the_committee_numbers_are_policy() {
    let policy = crate::Policy {
        committee_min_members_negotiated: 5,
        ..crate::Policy::default()
    };
    let e = given([])
        .with(ctx(facts(Negotiation, yuan(1), 12)).with_policy(policy))
        .when(constitute(1, 2, SEED))
        .then_refused(EVAL_COMMITTEE);
    assert!(e.message().contains("at least 5 members"), "{e}");
}

#[test]
fn a_pool_without_enough_eligible_experts_is_refused() {
    let mut f = facts(OpenTender, yuan(1_000_000), 5);
    f.pool[0].employer = Some(id(PURCHASER));
    let e = given([])
        .with(ctx(f))
        .when(constitute(0, 5, SEED))
        .then_refused(EVAL_COMMITTEE);
    assert!(e.message().contains("only 4 may sit"), "{e}");
}

// --- the draw ------------------------------------------------------------------------------

#[test]
fn the_draw_is_the_documented_sha256_order_which_an_auditor_can_redo() {
    assert_eq!(
        draw_key(SEED, expert_id(1)),
        "2c5b7f980cbcfb1ea1146c89fc03e3bab086246e976139a19b7c15f6693247b0"
    );
    assert_eq!(draw_order(SEED, (1..=12).map(expert_id)), seed_order());

    let events = given([])
        .with(ctx(facts(OpenTender, yuan(1_000_000), 12)))
        .when(constitute(0, 5, SEED))
        .then_accepted();
    let E::CommitteeConstituted {
        seed,
        draw_scheme,
        draw_order: recorded,
        ..
    } = &events[0]
    else {
        panic!("{events:?}")
    };
    assert_eq!(seed, SEED);
    assert_eq!(draw_scheme, super::draw::DRAW_SCHEME);
    assert_eq!(*recorded, seed_order());
    assert_eq!(
        events[1..].to_vec(),
        vec![
            drawn(0xa, 0),
            drawn(0x8, 1),
            drawn(0x4, 2),
            drawn(0x1, 3),
            drawn(0x3, 4)
        ]
    );
}

#[test]
fn the_draw_does_not_depend_on_the_order_of_the_pool_but_on_the_seed() {
    let run = |f: CommitteeFacts, seed: &str| {
        given([])
            .with(ctx(f))
            .when(constitute(0, 5, seed))
            .then_accepted()
    };
    let listed = run(facts(OpenTender, yuan(1_000_000), 12), SEED);
    let mut reversed = facts(OpenTender, yuan(1_000_000), 12);
    reversed.pool.reverse();
    assert_eq!(run(reversed, SEED), listed);
    let other = run(facts(OpenTender, yuan(1_000_000), 12), SEED_B1_FIRST);
    assert_ne!(seated(&other), seated(&listed));
}

#[test]
fn a_malformed_seed_a_duplicated_expert_or_the_wrong_procurement_is_refused() {
    for seed in [
        "",
        "00112233",
        "00112233445566778899AABBCCDDEEFF",
        "zz112233445566778899aabbccddeeff",
    ] {
        let e = given([])
            .with(ctx(facts(OpenTender, yuan(1), 12)))
            .when(constitute(0, 5, seed))
            .then_invalid("seed");
        assert_eq!(e.rule(), Some(EVAL_COMMITTEE), "{seed}");
    }
    let mut f = facts(OpenTender, yuan(1), 12);
    f.pool.push(f.pool[0].clone());
    given([])
        .with(ctx(f))
        .when(constitute(0, 5, SEED))
        .then_invalid("pool");

    let mut f = facts(OpenTender, yuan(1), 12);
    if let Some(p) = f.scored.as_mut() {
        p.subject = Subject::Procurement(id(0xD1));
    }
    let e = given([])
        .with(ctx(f))
        .when(constitute(0, 5, SEED))
        .then_refused(PROC_STATE);
    assert!(e.message().contains("has not been opened"), "{e}");

    let mut f = facts(OpenTender, yuan(1), 12);
    if let Some(p) = f.scored.as_mut() {
        p.entries.clear();
    }
    given([])
        .with(ctx(f))
        .when(constitute(0, 5, SEED))
        .then_refused(PROC_STATE);

    given([])
        .with(ctx(facts(OpenTender, yuan(1), 12)))
        .when(C::Constitute {
            committee_id: id(COMMITTEE),
            procurement_id: id(PROCUREMENT),
            representatives: vec![reps(1)[0].clone(), reps(1)[0].clone()],
            experts: 5,
            seed: SEED.into(),
        })
        .then_invalid("representatives.memberId");
}

#[test]
fn a_committee_is_constituted_once() {
    let e = given(negotiation())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(constitute(1, 2, SEED))
        .then_refused(PROC_STATE);
    assert!(e.message().contains("already constituted"), "{e}");
    for command in [C::Conclude, C::CheckConflicts] {
        given([])
            .with(ctx(facts(Negotiation, yuan(1), 12)))
            .when(command)
            .then_refused(PROC_STATE);
    }
}

// --- EVAL-RECUSAL in the draw --------------------------------------------------------------

#[test]
fn the_draw_passes_over_bidders_legal_representatives_related_experts_and_purchaser_staff() {
    // The first three of the order: e0a is bidder 2's legal representative on the registry,
    // e08 worked for bidder 3 on the pool's record, e04 works for the purchaser.
    let mut f = facts(Negotiation, yuan(1), 12);
    f.bidders[1].legal_representative_id_number = "11010519800101001X".into();
    for e in &mut f.pool {
        if e.expert_id == expert_id(0xa) {
            // The same number, typed with a lowercase check digit and stray spaces.
            e.id_number = " 11010519800101001x ".into();
        }
        if e.expert_id == expert_id(0x8) {
            e.relations.push(RecordedRelation {
                organisation_id: org(3),
                kind: RelationKind::Employment,
            });
            // A relation to an organisation that did not bid does not matter.
            e.relations.push(RecordedRelation {
                organisation_id: org(9),
                kind: RelationKind::Relative,
            });
        }
        if e.expert_id == expert_id(0x4) {
            e.employer = Some(id(PURCHASER));
        }
    }
    let events = given([])
        .with(ctx(f))
        .when(constitute(1, 2, SEED))
        .then_accepted();
    assert_eq!(
        events[1..].to_vec(),
        vec![
            E::ExpertPassedOver {
                expert_id: expert_id(0xa),
                position: 0,
                reasons: vec![PassOver::Conflict(Conflict {
                    organisation_id: org(2),
                    kind: RelationKind::LegalRepresentative,
                    source: ConflictSource::Registry {
                        registry_version: 4,
                        registry_position: 102,
                    },
                })],
            },
            E::ExpertPassedOver {
                expert_id: expert_id(0x8),
                position: 1,
                reasons: vec![PassOver::Conflict(Conflict {
                    organisation_id: org(3),
                    kind: RelationKind::Employment,
                    source: ConflictSource::ExpertRecord,
                })],
            },
            E::ExpertPassedOver {
                expert_id: expert_id(0x4),
                position: 2,
                reasons: vec![PassOver::PurchaserStaff],
            },
            drawn(0x1, 3),
            drawn(0x3, 4),
        ]
    );
    assert_eq!(fold(&events).next_position, 5);
}

#[test]
fn a_bidder_without_its_registry_record_stops_the_draw() {
    let mut f = facts(Negotiation, yuan(1), 12);
    f.bidders.remove(0);
    let e = given([])
        .with(ctx(f))
        .when(constitute(1, 2, SEED))
        .then_refused(EVAL_RECUSAL);
    assert!(e.message().contains("cannot be checked"), "{e}");
}

// --- EVAL-RECUSAL after the draw -----------------------------------------------------------

fn declare(member: Uuid, organisation: Uuid) -> CommitteeCommand {
    C::DeclareRelation {
        member_id: member,
        organisation_id: organisation,
        kind: RelationKind::Relative,
        note: "配偶系该机构理事".into(),
    }
}

#[test]
fn a_declared_relation_recuses_the_member_and_seats_the_next_expert_of_the_draw() {
    let history = negotiation();
    assert_eq!(seated(&history), vec![expert_id(0xa), expert_id(0x8)]);
    let committee = given(history)
        .with(ctx_at(3, facts(Negotiation, yuan(1), 12)))
        .when(declare(expert_id(0x8), org(2)))
        .then([
            E::MemberRecused {
                member_id: expert_id(0x8),
                conflicts: vec![Conflict {
                    organisation_id: org(2),
                    kind: RelationKind::Relative,
                    source: ConflictSource::Declared {
                        note: "配偶系该机构理事".into(),
                    },
                }],
                recused_at: at(3),
            },
            drawn(0x4, 2),
        ]);
    let sitting: Vec<Uuid> = committee.sitting().map(|m| m.member_id).collect();
    assert_eq!(sitting, vec![rep(1), expert_id(0xa), expert_id(0x4)]);
    assert!(
        C::DeclareRelation {
            member_id: rep(1),
            organisation_id: org(1),
            kind: RelationKind::Other,
            note: "n".into()
        }
        .reason()
            == Some("n")
    );
}

#[test]
fn a_representative_may_declare_too_and_is_replaced_by_an_expert() {
    let committee = given(negotiation())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(declare(rep(1), org(1)))
        .then_accepted();
    assert_eq!(seated(&committee), vec![expert_id(0x4)]);
}

#[test]
fn a_declaration_is_refused_for_a_non_member_a_recused_member_a_non_bidder_or_without_a_note() {
    let f = || facts(Negotiation, yuan(1), 12);
    let e = given(negotiation())
        .with(ctx(f()))
        .when(declare(expert_id(0xb), org(1)))
        .then_refused(EVAL_COMMITTEE);
    assert!(e.message().contains("not a member"), "{e}");

    let mut history = negotiation();
    history.extend(
        given(negotiation())
            .with(ctx(f()))
            .when(declare(expert_id(0x8), org(2)))
            .then_accepted(),
    );
    let e = given(history)
        .with(ctx(f()))
        .when(declare(expert_id(0x8), org(1)))
        .then_refused(EVAL_RECUSAL);
    assert!(e.message().contains("has been recused"), "{e}");

    let e = given(negotiation())
        .with(ctx(f()))
        .when(declare(expert_id(0x8), org(9)))
        .then_invalid("organisationId");
    assert_eq!(e.rule(), Some(EVAL_RECUSAL));

    given(negotiation())
        .with(ctx(f()))
        .when(C::DeclareRelation {
            member_id: expert_id(0x8),
            organisation_id: org(1),
            kind: RelationKind::Other,
            note: "  ".into(),
        })
        .then_invalid("note");

    // Without the pool or the bidders' records the replacement cannot be drawn or checked.
    let mut no_pool = f();
    no_pool.pool.clear();
    let e = given(negotiation())
        .with(ctx(no_pool))
        .when(declare(expert_id(0x8), org(1)))
        .then_refused(EVAL_RECUSAL);
    assert!(e.message().contains("pool was not read"), "{e}");
    let mut no_bidders = f();
    no_bidders.bidders.clear();
    given(negotiation())
        .with(ctx(no_bidders))
        .when(declare(expert_id(0x8), org(1)))
        .then_refused(EVAL_RECUSAL);
}

#[test]
fn a_conflict_found_later_on_the_registry_recuses_and_replaces_the_expert() {
    let f = || facts(Negotiation, yuan(1), 12);
    // Nothing changed: the check finds nothing and records nothing.
    given(negotiation())
        .with(ctx(f()))
        .when(C::CheckConflicts)
        .then([]);

    // Bidder 1 has since registered e0a as its legal representative.
    let mut changed = f();
    changed.bidders[0].legal_representative_id_number = "110105198001010010".into();
    changed.bidders[0].registry_version = 5;
    changed.bidders[0].registry_position = 240;
    given(negotiation())
        .with(ctx_at(4, changed))
        .when(C::CheckConflicts)
        .then([
            E::MemberRecused {
                member_id: expert_id(0xa),
                conflicts: vec![Conflict {
                    organisation_id: org(1),
                    kind: RelationKind::LegalRepresentative,
                    source: ConflictSource::Registry {
                        registry_version: 5,
                        registry_position: 240,
                    },
                }],
                recused_at: at(4),
            },
            drawn(0x4, 2),
        ]);
}

#[test]
fn a_replacement_passes_over_experts_who_left_the_pool_or_are_in_conflict() {
    let mut f = facts(Negotiation, yuan(1), 12);
    f.pool.retain(|e| e.expert_id != expert_id(0x4));
    for e in &mut f.pool {
        if e.expert_id == expert_id(0x1) {
            e.relations.push(RecordedRelation {
                organisation_id: org(1),
                kind: RelationKind::Litigation,
            });
        }
    }
    given(negotiation())
        .with(ctx_at(3, f))
        .when(declare(expert_id(0x8), org(2)))
        .then([
            E::MemberRecused {
                member_id: expert_id(0x8),
                conflicts: vec![Conflict {
                    organisation_id: org(2),
                    kind: RelationKind::Relative,
                    source: ConflictSource::Declared {
                        note: "配偶系该机构理事".into(),
                    },
                }],
                recused_at: at(3),
            },
            E::ExpertPassedOver {
                expert_id: expert_id(0x4),
                position: 2,
                reasons: vec![PassOver::LeftPool],
            },
            E::ExpertPassedOver {
                expert_id: expert_id(0x1),
                position: 3,
                reasons: vec![PassOver::Conflict(Conflict {
                    organisation_id: org(1),
                    kind: RelationKind::Litigation,
                    source: ConflictSource::ExpertRecord,
                })],
            },
            drawn(0x3, 4),
        ]);
}

// --- score sheets --------------------------------------------------------------------------

fn scores(per_bid: [(u32, u32); 3]) -> Vec<BidScores> {
    per_bid
        .into_iter()
        .zip(1..)
        .map(|((tech, team), i)| BidScores {
            bid_id: bid(i),
            criteria: vec![
                CriterionScore {
                    key: "tech".into(),
                    points: Points(tech),
                },
                CriterionScore {
                    key: "team".into(),
                    points: Points(team),
                },
            ],
        })
        .collect()
}

fn sheet(member: Uuid, per_bid: [(u32, u32); 3]) -> CommitteeCommand {
    C::SubmitScoreSheet {
        member_id: member,
        scores: scores(per_bid),
    }
}

fn submit(history: &mut Vec<CommitteeEvent>, command: CommitteeCommand) {
    let events = given(history.clone())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(command)
        .then_accepted();
    history.extend(events);
}

const ALL_FULL: [(u32, u32); 3] = [(5_000, 2_000), (5_000, 2_000), (5_000, 2_000)];

#[test]
fn a_sheet_is_locked_with_the_digest_of_its_canonical_form() {
    let events = given(negotiation())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(sheet(
            rep(1),
            [(4_050, 1_500), (4_000, 1_800), (3_025, 2_000)],
        ))
        .then_accepted();
    let [
        E::ScoreSheetSubmitted {
            sheet: locked,
            digest,
            sheet_scheme,
            submitted_at,
        },
    ] = events.as_slice()
    else {
        panic!("{events:?}")
    };
    assert_eq!(*submitted_at, at(2));
    assert_eq!(sheet_scheme, SHEET_SCHEME);
    assert_eq!(*digest, sha256_hex(&serde_json::to_vec(locked).unwrap()));
    let canonical = String::from_utf8(locked.canonical()).unwrap();
    let prefix = format!(
        r#"{{"committeeId":"{}","memberId":"{}","scores":[{{"bidId":"{}","criteria":[{{"key":"tech","points":4050}},{{"key":"team","points":1500}}]}},"#,
        id(COMMITTEE),
        rep(1),
        bid(1)
    );
    assert!(canonical.starts_with(&prefix), "{canonical}");

    // The same scores listed in another order lock to the same sheet and digest.
    let mut shuffled = scores([(4_050, 1_500), (4_000, 1_800), (3_025, 2_000)]);
    shuffled.reverse();
    for s in &mut shuffled {
        s.criteria.reverse();
    }
    let again = given(negotiation())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(C::SubmitScoreSheet {
            member_id: rep(1),
            scores: shuffled,
        })
        .then_accepted();
    assert_eq!(again, events);

    // One hundredth more is another digest.
    let other = given(negotiation())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(sheet(
            rep(1),
            [(4_051, 1_500), (4_000, 1_800), (3_025, 2_000)],
        ))
        .then_accepted();
    assert_ne!(other, events);
}

#[test]
fn a_sheet_is_refused_from_a_non_member_a_recused_member_or_twice() {
    let f = || facts(Negotiation, yuan(1), 12);
    let e = given(negotiation())
        .with(ctx(f()))
        .when(sheet(expert_id(0x4), ALL_FULL))
        .then_refused(EVAL_COMMITTEE);
    assert!(e.message().contains("not a member"), "{e}");

    let mut history = negotiation();
    submit(&mut history, declare(expert_id(0x8), org(2)));
    let e = given(history.clone())
        .with(ctx(f()))
        .when(sheet(expert_id(0x8), ALL_FULL))
        .then_refused(EVAL_RECUSAL);
    assert!(e.message().contains("recused"), "{e}");
    // Its replacement scores.
    submit(&mut history, sheet(expert_id(0x4), ALL_FULL));

    let e = given(history)
        .with(ctx(f()))
        .when(sheet(expert_id(0x4), ALL_FULL))
        .then_refused(PROC_STATE);
    assert!(e.message().contains("cannot be replaced"), "{e}");
}

#[test]
fn a_sheet_must_score_every_valid_bid_on_every_criterion_within_its_range() {
    let with = |edit: &dyn Fn(&mut Vec<BidScores>)| {
        let mut s = scores(ALL_FULL);
        edit(&mut s);
        given(negotiation())
            .with(ctx(facts(Negotiation, yuan(1), 12)))
            .when(C::SubmitScoreSheet {
                member_id: expert_id(0xa),
                scores: s,
            })
    };
    for (name, edit, field, fragment) in [
        (
            "a bid missing",
            &(|s: &mut Vec<BidScores>| {
                s.remove(1);
            }) as &dyn Fn(&mut Vec<BidScores>),
            "scores.bidId",
            "is not scored",
        ),
        (
            "an unknown bid",
            &|s: &mut Vec<BidScores>| s[0].bid_id = bid(9),
            "scores.bidId",
            "not among the valid bids",
        ),
        (
            "a bid twice",
            &|s: &mut Vec<BidScores>| s[1].bid_id = bid(1),
            "scores.bidId",
            "scored twice",
        ),
        (
            "a criterion missing",
            &|s: &mut Vec<BidScores>| {
                s[2].criteria.pop();
            },
            "scores.criteria.key",
            "'团队' is not scored",
        ),
        (
            "an unknown criterion",
            &|s: &mut Vec<BidScores>| s[0].criteria[0].key = "price".into(),
            "scores.criteria.key",
            "not a criterion",
        ),
        (
            "a criterion twice",
            &|s: &mut Vec<BidScores>| s[0].criteria[1].key = "tech".into(),
            "scores.criteria.key",
            "scored twice",
        ),
        (
            "over the maximum",
            &|s: &mut Vec<BidScores>| s[1].criteria[1].points = Points(2_001),
            "scores.criteria.points",
            "worth 0 to 20.00 points; 20.01 were given",
        ),
    ] {
        let e = with(edit).then_invalid(field);
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
    // Zero is in range, as the maximum is (ALL_FULL).
    with(&|s: &mut Vec<BidScores>| s[0].criteria[0].points = Points(0)).then_accepted();
}

// --- conclusion ----------------------------------------------------------------------------

/// Members' criteria totals (tech + team): b1 60, 50, 55 → 55.00; b2 60, 57.50, 57.50 →
/// 58.33; b3 as b1. Prices ¥80k, ¥90k, ¥80k at 30 %: 30.00, 26.67, 30.00. So b1 and b2 tie on
/// 85.00 (b1 ahead on price score), and b1 and b3 tie on everything (the seed decides).
fn scored(seed: &str) -> Vec<CommitteeEvent> {
    let mut history = given([])
        .with(ctx(facts(Negotiation, yuan(500_000), 12)))
        .when(constitute(1, 2, seed))
        .then_accepted();
    let members = seated(&history);
    submit(
        &mut history,
        sheet(rep(1), [(4_000, 2_000), (4_000, 2_000), (4_000, 2_000)]),
    );
    submit(
        &mut history,
        sheet(members[0], [(3_500, 1_500), (4_000, 1_750), (3_500, 1_500)]),
    );
    submit(
        &mut history,
        sheet(members[1], [(4_000, 1_500), (4_250, 1_500), (4_000, 1_500)]),
    );
    history
}

fn ranked(rank: u32, i: u128, price: u32, price_score: u32, criteria: u32) -> RankedBid {
    RankedBid {
        rank,
        bid_id: bid(i),
        organisation_id: org(i),
        price: yuan(price),
        price_score: Points(price_score),
        criteria_score: Points(criteria),
        total: Points(price_score + criteria),
    }
}

fn digests_in_member_order(history: &[CommitteeEvent]) -> String {
    let committee = fold(history);
    let joined: String = committee
        .sitting()
        .filter_map(|m| m.sheet.as_ref().map(|s| s.digest.clone()))
        .collect();
    sha256_hex(joined.as_bytes())
}

#[test]
fn the_conclusion_ranks_by_total_then_price_score_then_the_seeds_draw() {
    for (seed, full_tie) in [(SEED, [3, 1]), (SEED_B1_FIRST, [1, 3])] {
        let history = scored(seed);
        let sheets_digest = digests_in_member_order(&history);
        let committee = given(history)
            .with(ctx_at(5, CommitteeFacts::default()))
            .when(C::Conclude)
            .then([E::CommitteeConcluded {
                report: crate::procurement::EvaluationReport {
                    committee_id: id(COMMITTEE),
                    ranking: vec![
                        ranked(1, full_tie[0], 80_000, 3_000, 5_500),
                        ranked(2, full_tie[1], 80_000, 3_000, 5_500),
                        ranked(3, 2, 90_000, 2_667, 5_833),
                    ],
                    sheets_digest,
                },
                concluded_at: at(5),
            }]);
        assert_eq!(committee.status, Some(CommitteeStatus::Concluded));
        assert!(committee.all_submitted());
    }
}

#[test]
fn the_criteria_score_is_the_mean_rounded_once_to_the_nearest_hundredth() {
    // b2's totals 60 + 57.50 + 57.51 = 175.01 → 58.336… → 58.34, not 58.33 + rounding twice.
    let mut history = given([])
        .with(ctx(facts(Negotiation, yuan(500_000), 12)))
        .when(constitute(1, 2, SEED))
        .then_accepted();
    let members = seated(&history);
    submit(&mut history, sheet(rep(1), [(4_000, 2_000); 3]));
    submit(&mut history, sheet(members[0], [(4_000, 1_750); 3]));
    submit(&mut history, sheet(members[1], [(4_001, 1_750); 3]));
    let events = given(history)
        .with(ctx(CommitteeFacts::default()))
        .when(C::Conclude)
        .then_accepted();
    let [E::CommitteeConcluded { report, .. }] = events.as_slice() else {
        panic!("{events:?}")
    };
    assert!(
        report
            .ranking
            .iter()
            .all(|r| r.criteria_score == Points(5_834))
    );
}

#[test]
fn the_conclusion_waits_for_every_sitting_member() {
    let mut history = negotiation();
    submit(&mut history, sheet(rep(1), ALL_FULL));
    let e = given(history.clone())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(C::Conclude)
        .then_refused(PROC_STATE);
    assert!(e.message().contains("专家10、专家8"), "{e}");

    // A recused member's sheet no longer counts, and its replacement must score.
    submit(&mut history, sheet(expert_id(0x8), ALL_FULL));
    submit(&mut history, declare(expert_id(0x8), org(1)));
    let e = given(history.clone())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(C::Conclude)
        .then_refused(PROC_STATE);
    assert!(e.message().contains("专家10、专家4"), "{e}");
    submit(&mut history, sheet(expert_id(0xa), ALL_FULL));
    submit(
        &mut history,
        sheet(expert_id(0x4), [(0, 0), (0, 0), (0, 0)]),
    );
    let events = given(history.clone())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(C::Conclude)
        .then_accepted();
    let [E::CommitteeConcluded { report, .. }] = events.as_slice() else {
        panic!("{events:?}")
    };
    // (70 + 70 + 0) / 3 = 46.67: the recused member's 70 is not counted.
    assert!(
        report
            .ranking
            .iter()
            .all(|r| r.criteria_score == Points(4_667))
    );
    assert_eq!(report.sheets_digest, digests_in_member_order(&history));

    // Concluded: nothing more.
    history.extend(events);
    for command in [C::Conclude, C::CheckConflicts, sheet(rep(1), ALL_FULL)] {
        given(history.clone())
            .with(ctx(facts(Negotiation, yuan(1), 12)))
            .when(command)
            .then_refused(PROC_STATE);
    }
}

#[test]
fn a_committee_short_of_members_after_an_exhausted_draw_cannot_conclude() {
    // A pool of exactly two experts: the recused one cannot be replaced.
    let mut history = given([])
        .with(ctx(facts(Negotiation, yuan(1), 2)))
        .when(constitute(1, 2, SEED))
        .then_accepted();
    let members = seated(&history);
    let recusal = given(history.clone())
        .with(ctx(facts(Negotiation, yuan(1), 2)))
        .when(declare(members[0], org(1)))
        .then_accepted();
    assert_eq!(recusal.len(), 1, "{recusal:?}");
    history.extend(recusal);
    submit(&mut history, sheet(rep(1), ALL_FULL));
    submit(&mut history, sheet(members[1], ALL_FULL));
    let e = given(history)
        .with(ctx(facts(Negotiation, yuan(1), 2)))
        .when(C::Conclude)
        .then_refused(EVAL_COMMITTEE);
    assert!(
        e.message().contains("only 2 of the committee's 3 seats"),
        "{e}"
    );
}

#[test]
fn a_scoring_committee_claims_its_procurement_until_it_concludes_or_a_seat_stays_empty() {
    use crate::aggregate::Aggregate;
    assert!(Committee::default().claims().is_empty());
    let history = negotiation();
    let claims = fold(&history).claims();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].key, id(PROCUREMENT).to_string());
    assert_eq!(claims[0].rule, EVAL_COMMITTEE);
    // Replaced after a recusal: still one committee of the round.
    let mut replaced = history.clone();
    replaced.extend(
        given(history)
            .with(ctx(facts(Negotiation, yuan(500_000), 12)))
            .when(declare(expert_id(0xa), org(1)))
            .then_accepted(),
    );
    assert_eq!(fold(&replaced).claims().len(), 1);
    // The draw ran out: the committee can never conclude, and gives its procurement up.
    let mut short = given([])
        .with(ctx(facts(Negotiation, yuan(1), 2)))
        .when(constitute(1, 2, SEED))
        .then_accepted();
    let members = seated(&short);
    short.extend(
        given(short.clone())
            .with(ctx(facts(Negotiation, yuan(1), 2)))
            .when(declare(members[0], org(1)))
            .then_accepted(),
    );
    assert!(fold(&short).claims().is_empty());
    // Concluded: given up for the next round.
    let mut done = scored(SEED);
    done.extend(
        given(done.clone())
            .with(ctx(CommitteeFacts::default()))
            .when(C::Conclude)
            .then_accepted(),
    );
    assert!(fold(&done).claims().is_empty());
}

// --- the wire ------------------------------------------------------------------------------

#[test]
fn every_event_round_trips_through_its_stored_form() {
    let mut history = scored(SEED);
    history.extend(
        given(history.clone())
            .with(ctx(CommitteeFacts::default()))
            .when(C::Conclude)
            .then_accepted(),
    );
    let mut f = facts(Negotiation, yuan(1), 12);
    // The first two of SEED's order: e0a works for the purchaser, e08 represents bidder 1.
    f.pool[9].employer = Some(id(PURCHASER));
    f.bidders[0].legal_representative_id_number = f.pool[7].id_number.clone();
    let mut more = given([])
        .with(ctx(f.clone()))
        .when(constitute(1, 2, SEED))
        .then_accepted();
    more.extend(
        given(more.clone())
            .with(ctx(f))
            .when(declare(rep(1), org(2)))
            .then_accepted(),
    );
    history.extend(more);
    let kinds: std::collections::BTreeSet<&str> = history.iter().map(|e| e.kind()).collect();
    assert_eq!(kinds.len(), CommitteeEvent::KINDS.len(), "{kinds:?}");
    for event in &history {
        let back = CommitteeEvent::from_stored(event.kind(), event.schema(), &event.to_data());
        assert_eq!(back.as_ref(), Ok(event), "{}", event.kind());
    }
    assert!(matches!(
        CommitteeEvent::from_stored("CommitteeDissolved", 1, &serde_json::json!({})),
        Err(DecodeError::UnknownKind(_))
    ));
    assert!(matches!(
        CommitteeEvent::from_stored("ExpertDrawn", 2, &history[1].to_data()),
        Err(DecodeError::UnsupportedSchema { .. })
    ));
}

#[test]
fn commands_are_named_and_only_constitution_opens_a_stream() {
    assert_eq!(constitute(1, 2, SEED).name(), "ConstituteCommittee");
    assert!(constitute(1, 2, SEED).opens_stream());
    assert!(!C::Conclude.opens_stream());
    assert_eq!(C::Conclude.name(), "ConcludeEvaluation");
    let e = given(negotiation())
        .with(ctx(facts(Negotiation, yuan(1), 12)))
        .when(C::DeclareRelation {
            member_id: rep(1),
            organisation_id: org(1),
            kind: RelationKind::Other,
            note: "bad\u{0007}".into(),
        })
        .then_invalid("note");
    assert!(e.message().contains("U+0007"), "{e}");
}

// --- a contest's jury ----------------------------------------------------------------------
//
// The same rules on a contest's submissions: each submission plays a bid (`bids()`: its id, its
// organisation, its requested grant as the price), the bureau plays the purchaser.

const CONTEST: u128 = 0xCC;
const BUREAU: u128 = 0xBB;

fn contest_facts(pool_size: u128) -> CommitteeFacts {
    CommitteeFacts {
        scored: Some(Scored {
            subject: Subject::Contest(id(CONTEST)),
            owner_unit: id(BUREAU),
            method: None,
            budget: None,
            // Weighs price 30 %, which a contest's jury must ignore.
            scoring: scheme(),
            entries: bids(),
            // The submissions closed an hour before the jury is constituted (at(2)).
            scoring_from: Some(at(1)),
        }),
        pool: pool(pool_size),
        bidders: bidders(),
        jurisdiction: None,
    }
}

/// A jury of 3 is allowed where the contest policy says so.
fn three_member_juries() -> crate::Policy {
    crate::Policy {
        contest_jury_min_members: 3,
        ..crate::Policy::default()
    }
}

fn jury_ctx(hour: u32, facts: CommitteeFacts) -> CommitteeContext {
    ctx_at(hour, facts).with_policy(three_member_juries())
}

fn constitute_jury(representatives: u128, experts: u32, seed: &str) -> CommitteeCommand {
    C::ConstituteJury {
        committee_id: id(COMMITTEE),
        contest_id: id(CONTEST),
        representatives: reps(representatives),
        experts,
        seed: seed.into(),
    }
}

/// A jury of the bureau's representative and two experts (SEED: e0a, e08).
fn jury() -> Vec<CommitteeEvent> {
    given([])
        .with(jury_ctx(2, contest_facts(12)))
        .when(constitute_jury(1, 2, SEED))
        .then_accepted()
}

#[test]
fn a_jury_is_constituted_for_a_contest_by_the_same_draw() {
    let events = given([])
        .with(ctx(contest_facts(12)))
        .when(constitute_jury(1, 4, SEED))
        .then_accepted();
    let E::CommitteeConstituted {
        subject,
        owner_unit,
        method,
        budget,
        entries,
        draw_order: recorded,
        ..
    } = &events[0]
    else {
        panic!("{events:?}")
    };
    assert_eq!(*subject, Subject::Contest(id(CONTEST)));
    assert_eq!(*owner_unit, id(BUREAU));
    assert_eq!((*method, *budget), (None, None));
    assert_eq!(*entries, bids());
    // The procurement's draw, to the position.
    assert_eq!(*recorded, seed_order());
    assert_eq!(
        seated(&events),
        [0xa, 0x8, 0x4, 0x1].map(expert_id).to_vec()
    );
    let committee = fold(&events);
    assert_eq!(committee.subject(), Some(Subject::Contest(id(CONTEST))));
    assert_eq!(committee.procurement_id, None);
    assert_eq!(committee.contest_id, Some(id(CONTEST)));
    assert_eq!(committee.seats, 5);
    assert!(committee.report().is_none());
    assert_eq!(
        constitute_jury(1, 4, SEED).name(),
        "ConstituteJury",
        "named apart from a committee's constitution"
    );
    assert!(constitute_jury(1, 4, SEED).opens_stream());

    // One jury scores a contest at a time, under a key no procurement's claim can take.
    use crate::aggregate::Aggregate;
    let claims = committee.claims();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].namespace, "scoring-committee");
    assert_eq!(claims[0].key, format!("contest-{}", id(CONTEST)));
    assert!(claims[0].message.contains("jury"), "{}", claims[0].message);
    assert_eq!(
        fold(&negotiation()).subject(),
        Some(Subject::Procurement(id(PROCUREMENT)))
    );
}

#[test]
fn a_jury_is_sized_by_the_contest_policy_and_refused_too_small() {
    // The default: at least 5 members.
    let e = given([])
        .with(ctx(contest_facts(12)))
        .when(constitute_jury(1, 2, SEED))
        .then_refused(EVAL_COMMITTEE);
    assert!(e.message().contains("jury has at least 5 members"), "{e}");
    assert_eq!(
        e.message_zh(),
        Some("公益项目大赛评审团应不少于5人，现为3人")
    );
    // Not the procurement's numbers: a negotiation's 3 do not make a jury's minimum.
    let e = given([])
        .with(ctx(contest_facts(12)).with_policy(crate::Policy {
            committee_min_members_negotiated: 3,
            committee_min_members: 3,
            ..crate::Policy::default()
        }))
        .when(constitute_jury(1, 2, SEED))
        .then_refused(EVAL_COMMITTEE);
    assert!(e.message().contains("at least 5"), "{e}");
    // An odd number, and experts at least the policy's share of it.
    for (r, x, fragment) in [
        (2, 4, "odd number of members, not 6"),
        (2, 3, "at least 2/3 of the jury: 3 of its 5"),
    ] {
        let e = given([])
            .with(ctx(contest_facts(12)))
            .when(constitute_jury(r, x, SEED))
            .then_refused(EVAL_COMMITTEE);
        assert!(e.message().contains(fragment), "{r}+{x}: {e}");
    }
    let all_experts = crate::Policy {
        contest_jury_min_expert_thirds: 3,
        ..crate::Policy::default()
    };
    given([])
        .with(ctx(contest_facts(12)).with_policy(all_experts.clone()))
        .when(constitute_jury(1, 4, SEED))
        .then_refused(EVAL_COMMITTEE);
    given([])
        .with(ctx(contest_facts(12)).with_policy(all_experts))
        .when(constitute_jury(0, 5, SEED))
        .then_accepted();
    // Too few eligible experts in the pool for the seats.
    let e = given([])
        .with(ctx(contest_facts(3)))
        .when(constitute_jury(1, 4, SEED))
        .then_refused(EVAL_COMMITTEE);
    assert!(e.message().contains("only 3 may sit on this jury"), "{e}");
}

#[test]
fn a_jury_needs_a_contest_under_review_with_submissions() {
    // Facts about a procurement do not constitute a jury, nor a contest's a committee.
    let e = given([])
        .with(jury_ctx(2, facts(Negotiation, yuan(1), 12)))
        .when(constitute_jury(1, 2, SEED))
        .then_refused(PROC_STATE);
    assert!(e.message().contains("not under review"), "{e}");
    given([])
        .with(jury_ctx(2, contest_facts(12)))
        .when(constitute(1, 2, SEED))
        .then_refused(PROC_STATE);
    let mut f = contest_facts(12);
    if let Some(s) = f.scored.as_mut() {
        s.entries.clear();
    }
    let e = given([])
        .with(jury_ctx(2, f))
        .when(constitute_jury(1, 2, SEED))
        .then_refused(PROC_STATE);
    assert!(e.message().contains("no submissions"), "{e}");
    // Not while organisations may still submit.
    let e = given([])
        .with(jury_ctx(0, contest_facts(12)))
        .when(constitute_jury(1, 2, SEED))
        .then_refused(PROC_STATE);
    assert!(e.message().contains("after they close"), "{e}");
    given([])
        .with(jury_ctx(1, contest_facts(12)))
        .when(constitute_jury(1, 2, SEED))
        .then_accepted();
    given(jury())
        .with(jury_ctx(3, contest_facts(12)))
        .when(constitute_jury(1, 2, SEED))
        .then_refused(PROC_STATE);
}

#[test]
fn a_jury_member_related_to_a_submitting_organisation_is_passed_over_or_recused() {
    // On record: e0a is the legal representative of organisation 2, e08 works for the bureau.
    let mut f = contest_facts(12);
    f.bidders[1].legal_representative_id_number = f.pool[9].id_number.clone();
    f.pool[7].employer = Some(id(BUREAU));
    let events = given([])
        .with(jury_ctx(2, f))
        .when(constitute_jury(1, 2, SEED))
        .then_accepted();
    assert_eq!(
        events[1..].to_vec(),
        vec![
            E::ExpertPassedOver {
                expert_id: expert_id(0xa),
                position: 0,
                reasons: vec![PassOver::Conflict(Conflict {
                    organisation_id: org(2),
                    kind: RelationKind::LegalRepresentative,
                    source: ConflictSource::Registry {
                        registry_version: 4,
                        registry_position: 102,
                    },
                })],
            },
            E::ExpertPassedOver {
                expert_id: expert_id(0x8),
                position: 1,
                reasons: vec![PassOver::PurchaserStaff],
            },
            drawn(0x4, 2),
            drawn(0x1, 3),
        ]
    );

    // Declared: the member is recused and the next expert of the draw takes the seat.
    let replaced = given(jury())
        .with(jury_ctx(3, contest_facts(12)))
        .when(declare(expert_id(0x8), org(3)))
        .then([
            E::MemberRecused {
                member_id: expert_id(0x8),
                conflicts: vec![Conflict {
                    organisation_id: org(3),
                    kind: RelationKind::Relative,
                    source: ConflictSource::Declared {
                        note: "配偶系该机构理事".into(),
                    },
                }],
                recused_at: at(3),
            },
            drawn(0x4, 2),
        ]);
    let sitting: Vec<Uuid> = replaced.sitting().map(|m| m.member_id).collect();
    assert_eq!(sitting, vec![rep(1), expert_id(0xa), expert_id(0x4)]);

    // Found later on the registry: organisation 1's new legal representative is e0a.
    let mut later = contest_facts(12);
    later.bidders[0].legal_representative_id_number = later.pool[9].id_number.clone();
    later.bidders[0].registry_version = 5;
    let events = given(jury())
        .with(jury_ctx(4, later))
        .when(C::CheckConflicts)
        .then_accepted();
    assert!(
        matches!(&events[0], E::MemberRecused { member_id, .. } if *member_id == expert_id(0xa)),
        "{events:?}"
    );

    // A recused member scores nothing.
    let mut history = jury();
    history.extend(
        given(history.clone())
            .with(jury_ctx(3, contest_facts(12)))
            .when(declare(expert_id(0x8), org(3)))
            .then_accepted(),
    );
    let e = given(history)
        .with(jury_ctx(4, contest_facts(12)))
        .when(sheet(expert_id(0x8), ALL_FULL))
        .then_refused(EVAL_RECUSAL);
    assert!(e.message().contains("recused"), "{e}");
}

/// `scored`'s sheets, by a jury: criteria totals b1 55.00, b2 58.33, b3 55.00.
fn jury_scored(seed: &str) -> Vec<CommitteeEvent> {
    let mut history = given([])
        .with(jury_ctx(2, contest_facts(12)))
        .when(constitute_jury(1, 2, seed))
        .then_accepted();
    let members = seated(&history);
    for command in [
        sheet(rep(1), [(4_000, 2_000), (4_000, 2_000), (4_000, 2_000)]),
        sheet(members[0], [(3_500, 1_500), (4_000, 1_750), (3_500, 1_500)]),
        sheet(members[1], [(4_000, 1_500), (4_250, 1_500), (4_000, 1_500)]),
    ] {
        let events = given(history.clone())
            .with(jury_ctx(3, CommitteeFacts::default()))
            .when(command)
            .then_accepted();
        history.extend(events);
    }
    history
}

#[test]
fn a_jury_ranks_by_criteria_only_and_reports_for_the_contest() {
    // The committee with the same sheets puts b1 and b3 (85.00 with their price scores) ahead
    // of b2; the jury gives no price score, so b2's 58.33 comes first, then the seed's draw.
    for (seed, tie) in [(SEED, [3, 1]), (SEED_B1_FIRST, [1, 3])] {
        let history = jury_scored(seed);
        let sheets_digest = digests_in_member_order(&history);
        let entry =
            |rank: u32, i: u128, price: u32, criteria: u32| ranked(rank, i, price, 0, criteria);
        let report = crate::procurement::EvaluationReport {
            committee_id: id(COMMITTEE),
            ranking: vec![
                entry(1, 2, 90_000, 5_833),
                entry(2, tie[0], 80_000, 5_500),
                entry(3, tie[1], 80_000, 5_500),
            ],
            sheets_digest,
        };
        let concluded = given(history)
            .with(jury_ctx(5, CommitteeFacts::default()))
            .when(C::Conclude)
            .then([E::CommitteeConcluded {
                report: report.clone(),
                concluded_at: at(5),
            }]);
        assert_eq!(concluded.report(), Some(&report));
        assert_eq!(concluded.subject(), Some(Subject::Contest(id(CONTEST))));
        use crate::aggregate::Aggregate;
        assert!(concluded.claims().is_empty(), "given up at the conclusion");
    }
    // Every submission on every criterion, as for bids.
    let e = given(jury())
        .with(jury_ctx(3, CommitteeFacts::default()))
        .when(C::SubmitScoreSheet {
            member_id: rep(1),
            scores: scores(ALL_FULL)[..2].to_vec(),
        })
        .then_invalid("scores.bidId");
    assert!(e.message().contains("is not scored"), "{e}");
}

// --- schema 1 ------------------------------------------------------------------------------

/// A CommitteeConstituted payload exactly as schema 1 stored it, before contests.
const SCHEMA_1_CONSTITUTED: &str = r#"{
    "committeeId": "00000000-0000-0000-0000-0000000000c0",
    "procurementId": "00000000-0000-0000-0000-0000000000d0",
    "purchaserUnit": "00000000-0000-0000-0000-0000000000f0",
    "method": "NEGOTIATION",
    "budget": 50000000,
    "scoring": {"priceWeightPercent": 30, "criteria": [
        {"key": "tech", "name": "技术方案", "maxPoints": 50},
        {"key": "team", "name": "团队", "maxPoints": 20}]},
    "bids": [
        {"bidId": "00000000-0000-0000-0000-000000000b01", "organisationId": "00000000-0000-0000-0000-000000000a01", "price": 8000000},
        {"bidId": "00000000-0000-0000-0000-000000000b02", "organisationId": "00000000-0000-0000-0000-000000000a02", "price": 9000000},
        {"bidId": "00000000-0000-0000-0000-000000000b03", "organisationId": "00000000-0000-0000-0000-000000000a03", "price": 8000000}],
    "representatives": [{"memberId": "00000000-0000-0000-0000-000000000701", "name": "采购人代表1"}],
    "experts": 2,
    "seed": "00112233445566778899aabbccddeeff",
    "drawScheme": "sha256(seed || id)/ascending/v1",
    "drawOrder": [
        "00000000-0000-0000-0000-000000000e0a", "00000000-0000-0000-0000-000000000e08",
        "00000000-0000-0000-0000-000000000e04", "00000000-0000-0000-0000-000000000e01",
        "00000000-0000-0000-0000-000000000e03", "00000000-0000-0000-0000-000000000e05",
        "00000000-0000-0000-0000-000000000e0c", "00000000-0000-0000-0000-000000000e07",
        "00000000-0000-0000-0000-000000000e09", "00000000-0000-0000-0000-000000000e02",
        "00000000-0000-0000-0000-000000000e0b", "00000000-0000-0000-0000-000000000e06"],
    "constitutedAt": "2026-06-01T02:00:00Z"
}"#;

#[test]
fn a_schema_1_constitution_loads_to_the_same_committee() {
    let v1: serde_json::Value = serde_json::from_str(SCHEMA_1_CONSTITUTED).unwrap();
    let upcast = CommitteeEvent::from_stored("CommitteeConstituted", 1, &v1).unwrap();
    // What today's code writes for the same constitution (the negotiation committee).
    let written = negotiation();
    assert_eq!(upcast, written[0]);
    let mut replayed = vec![upcast.clone()];
    replayed.extend(written[1..].iter().cloned());
    let committee = fold(&replayed);
    assert_eq!(committee, fold(&written));
    assert_eq!(committee.procurement_id, Some(id(PROCUREMENT)));
    assert_eq!(committee.owner_unit, Some(id(PURCHASER)));
    assert_eq!(committee.method, Some(Negotiation));
    assert_eq!(committee.budget, Some(yuan(500_000)));
    // Re-stored, it is written under schema 2 with the subject.
    assert_eq!(upcast.schema(), 2);
    let data = upcast.to_data();
    assert_eq!(
        data["subject"],
        serde_json::json!({"kind": "PROCUREMENT", "id": id(PROCUREMENT).to_string()})
    );
    assert_eq!(data["ownerUnit"], v1["purchaserUnit"]);
    assert_eq!(data["entries"], v1["bids"]);
    assert!(data.get("procurementId").is_none());
    // A jury's payload holds nulls for what sizes a procurement's committee.
    let constituted = jury();
    let data = constituted[0].to_data();
    assert_eq!(data["subject"]["kind"], "CONTEST");
    assert_eq!(data["method"], serde_json::Value::Null);
    assert_eq!(
        CommitteeEvent::from_stored("CommitteeConstituted", 2, &data).as_ref(),
        Ok(&constituted[0])
    );

    // A schema-1 payload without what the upcast moves is refused, not guessed.
    for field in ["procurementId", "purchaserUnit", "bids"] {
        let mut broken = v1.clone();
        broken.as_object_mut().unwrap().remove(field);
        assert!(
            matches!(
                CommitteeEvent::from_stored("CommitteeConstituted", 1, &broken),
                Err(DecodeError::Malformed { .. })
            ),
            "{field}"
        );
    }
    assert!(matches!(
        CommitteeEvent::from_stored("CommitteeConstituted", 1, &serde_json::json!([1])),
        Err(DecodeError::Malformed { .. })
    ));
    assert!(matches!(
        CommitteeEvent::from_stored("CommitteeConstituted", 3, &data),
        Err(DecodeError::UnsupportedSchema { .. })
    ));
}

#[test]
fn a_committee_state_stored_before_contests_still_reads() {
    // The state store keeps each committee as JSON: one written before contests has
    // `purchaserUnit` and no `contestId`.
    let committee = fold(&negotiation());
    let mut old = serde_json::to_value(&committee).unwrap();
    let map = old.as_object_mut().unwrap();
    map.remove("contestId");
    let unit = map.remove("ownerUnit").unwrap();
    map.insert("purchaserUnit".into(), unit);
    let back: Committee = serde_json::from_value(old).unwrap();
    assert_eq!(back, committee);
    assert_eq!(back.subject(), Some(Subject::Procurement(id(PROCUREMENT))));
}
