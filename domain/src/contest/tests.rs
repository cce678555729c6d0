//! The contest on the given/when/then harness, and the matching policies' edge cases: the
//! cap, the pool exhausted, ties at the last funded rank, the incentive bands.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::*;
use crate::aggregate::{DomainCommand, DomainEvent};
use crate::bid::StandingRead;
use crate::organisation::OrganisationStatus;
use crate::procurement::{
    Criterion, EvaluationReport, Points, RankedBid, RegistryStanding, ScoringScheme,
};
use crate::testing::{self, Given};
use crate::values::{Jurisdiction, Money, OrganisationKind};
use ContestCommand as C;
use ContestEvent as E;

fn given(history: impl IntoIterator<Item = ContestEvent>) -> Given<Contest> {
    testing::given(history).translated()
}

fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 2, 0, 0).unwrap()
}

const CONTEST: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_00c0);
const BUREAU: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_00b0);
const COMMITTEE: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_00e0);

fn org(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_1000 + n)
}

fn sub(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_2000 + n)
}

fn yuan(y: u32) -> Money {
    Money::from_yuan(y)
}

fn terms(matching: MatchingChoice) -> CallTerms {
    CallTerms {
        bureau_unit: BUREAU,
        bureau: "深圳市民政局".into(),
        jurisdiction: Jurisdiction::parse("440300").unwrap(),
        title: "2026年深圳市公益项目大赛".into(),
        pool: yuan(200_000),
        matching,
        scoring: ScoringScheme {
            price_weight_percent: 0,
            criteria: vec![
                Criterion {
                    key: "need".into(),
                    name: "需求分析".into(),
                    max_points: 60,
                },
                Criterion {
                    key: "team".into(),
                    name: "团队能力".into(),
                    max_points: 40,
                },
            ],
        },
        bonus_theme: Some("一老一小".into()),
        shortlist_size: 2,
        submissions_open_at: at(2026, 3, 1),
        submissions_close_at: at(2026, 4, 1),
        pledges_open_at: at(2026, 5, 1),
        pledges_close_at: at(2026, 6, 1),
    }
}

fn proportional() -> MatchingChoice {
    MatchingChoice::ProportionalWithCap {
        percent: 100,
        cap: yuan(100_000),
    }
}

fn standing(n: u128, registered: NaiveDate) -> ContestStanding {
    ContestStanding {
        registry: RegistryStanding {
            organisation_id: org(n),
            name: format!("深圳市第{n}社工服务中心"),
            kind: Some(OrganisationKind::SocialServiceOrg),
            status: Some(OrganisationStatus::Active),
            credit_list: None,
            rating: None,
            registered_on: Some(registered),
            latest_grade: None,
            registry_version: 3,
            registry_position: 40 + n as u64,
        },
        last_serious_on: None,
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn ctx_on(now: DateTime<Utc>, facts: ContestFacts) -> Context<ContestFacts> {
    Context::<()>::at(now).with_facts(facts)
}

fn plain(now: DateTime<Utc>) -> Context<ContestFacts> {
    ctx_on(now, ContestFacts::default())
}

fn opened(matching: MatchingChoice) -> ContestEvent {
    let policy = match matching {
        MatchingChoice::IncentiveTiers => MatchingPolicy::IncentiveTiers(IncentiveTiers::default()),
        MatchingChoice::ProportionalWithCap { percent, cap } => {
            MatchingPolicy::ProportionalWithCap { percent, cap }
        }
    };
    E::CallOpened {
        contest_id: CONTEST,
        terms: terms(matching),
        matching: policy,
        panel_weight_percent: 70,
        opened_at: at(2026, 2, 20),
    }
}

fn project(title: &str, requested: u32) -> ProjectProposal {
    ProjectProposal {
        title: title.into(),
        summary: "为社区独居老人提供助餐与探访".into(),
        requested: yuan(requested),
        theme: Some("一老一小".into()),
    }
}

fn submitted(n: u128, day: u32) -> ContestEvent {
    E::ProjectSubmitted {
        submission_id: sub(n),
        organisation_id: org(n),
        organisation_name: format!("深圳市第{n}社工服务中心"),
        project: project(&format!("项目{n}"), 80_000),
        standing: StandingRead {
            registry_version: 3,
            registry_position: 40 + n as u64,
        },
        submitted_at: at(2026, 3, day),
    }
}

fn report(entries: &[(u128, u32, u32)]) -> EvaluationReport {
    EvaluationReport {
        committee_id: COMMITTEE,
        ranking: entries
            .iter()
            .map(|&(n, rank, total)| RankedBid {
                rank,
                bid_id: sub(n),
                organisation_id: org(n),
                price: yuan(80_000),
                price_score: Points(0),
                criteria_score: Points(total),
                total: Points(total),
            })
            .collect(),
        sheets_digest: "d".repeat(64),
    }
}

fn reviewed() -> ContestEvent {
    E::ReviewRecorded {
        committee_id: COMMITTEE,
        ranking: vec![
            PanelEntry {
                submission_id: sub(1),
                rank: 1,
                total: Points(9000),
            },
            PanelEntry {
                submission_id: sub(2),
                rank: 2,
                total: Points(8000),
            },
            PanelEntry {
                submission_id: sub(3),
                rank: 3,
                total: Points(7000),
            },
        ],
        sheets_digest: "d".repeat(64),
        shortlist: vec![sub(1), sub(2)],
        recorded_at: at(2026, 4, 10),
    }
}

fn pledge(n: u128, p: u128, donor: &str, y: u32) -> ContestEvent {
    E::PledgeRecorded {
        pledge_id: Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_3000 + p),
        submission_id: sub(n),
        donor_kind: DonorKind::Individual,
        donor: donor.into(),
        amount: yuan(y),
        pledged_at: at(2026, 5, 10),
    }
}

fn public(scores: &[(u128, u32)]) -> ContestEvent {
    E::PublicScoresRecorded {
        scores: scores
            .iter()
            .map(|&(n, s)| PublicScore {
                submission_id: sub(n),
                score: Points(s),
            })
            .collect(),
        recorded_at: at(2026, 5, 20),
    }
}

/// Call, three submissions, review (1 and 2 shortlisted), pledges, public scores.
fn before_ranking() -> Vec<ContestEvent> {
    vec![
        opened(proportional()),
        submitted(1, 2),
        submitted(2, 3),
        submitted(3, 4),
        reviewed(),
        pledge(1, 1, "d1", 150_000),
        pledge(2, 2, "d2", 60_000),
        public(&[(1, 5000), (2, 9000)]),
    ]
}

fn ranked() -> ContestEvent {
    // 1: 90 × 0.7 + 50 × 0.3 = 78; 2: 80 × 0.7 + 90 × 0.3 = 83.
    E::FinalistsRanked {
        panel_weight_percent: 70,
        ranking: vec![
            FinalEntry {
                submission_id: sub(2),
                rank: 1,
                panel: Points(8000),
                public: Points(9000),
                total: Points(8300),
            },
            FinalEntry {
                submission_id: sub(1),
                rank: 2,
                panel: Points(9000),
                public: Points(5000),
                total: Points(7800),
            },
        ],
        ranked_at: at(2026, 5, 25),
    }
}

// ---------------------------------------------------------------------------------------------
// The call
// ---------------------------------------------------------------------------------------------

#[test]
fn a_call_records_the_matching_policy_in_force_and_the_panel_weight() {
    let state = given([])
        .with(plain(at(2026, 2, 20)))
        .when(C::OpenCall {
            contest_id: CONTEST,
            terms: terms(MatchingChoice::IncentiveTiers),
        })
        .then([opened(MatchingChoice::IncentiveTiers)]);
    assert_eq!(state.status, Some(ContestStatus::Open));
    assert_eq!(
        state.matching.as_ref().map(MatchingPolicy::version),
        Some(matching::INCENTIVE_TIERS_VERSION)
    );
}

#[test]
fn a_call_with_bad_terms_is_refused_field_by_field() {
    let mut windows = terms(proportional());
    windows.pledges_open_at = at(2026, 3, 15);
    let mut priced = terms(proportional());
    priced.scoring.price_weight_percent = 10;
    let mut pool = terms(proportional());
    pool.pool = Money::ZERO;
    let mut uncapped = terms(MatchingChoice::ProportionalWithCap {
        percent: 100,
        cap: Money::ZERO,
    });
    uncapped.shortlist_size = 2;
    for (t, field) in [
        (windows, "submissionsOpenAt"),
        (priced, "scoring.priceWeightPercent"),
        (pool, "pool"),
        (uncapped, "matching.cap"),
    ] {
        given([])
            .with(plain(at(2026, 2, 20)))
            .when(C::OpenCall {
                contest_id: CONTEST,
                terms: t,
            })
            .then_invalid(field);
    }
}

// ---------------------------------------------------------------------------------------------
// Submissions (BID-ELIGIBLE, CONTEST-WINDOW)
// ---------------------------------------------------------------------------------------------

fn submit(n: u128) -> ContestCommand {
    C::Submit {
        submission_id: sub(n),
        organisation_id: org(n),
        project: project(&format!("项目{n}"), 80_000),
    }
}

#[test]
fn an_eligible_organisation_submits_within_the_window() {
    let facts = ContestFacts {
        standing: Some(standing(1, date(2020, 1, 1))),
        review: None,
    };
    let state = given([opened(proportional())])
        .with(ctx_on(at(2026, 3, 2), facts))
        .when(submit(1))
        .then([submitted(1, 2)]);
    assert_eq!(state.submissions[0].status, SubmissionStatus::Submitted);
}

#[test]
fn ineligible_organisations_are_refused_with_every_reason() {
    let recent = ContestFacts {
        standing: Some(standing(1, date(2025, 9, 1))),
        review: None,
    };
    let refusal = given([opened(proportional())])
        .with(ctx_on(at(2026, 3, 2), recent))
        .when(submit(1))
        .then_refused("BID-ELIGIBLE");
    assert!(refusal.message().contains("1 full year"), "{refusal}");

    // Off the serious list since 2024: within the 3 years the city contest asks.
    let mut was_serious = standing(1, date(2015, 1, 1));
    was_serious.last_serious_on = Some(date(2024, 6, 1));
    let refusal = given([opened(proportional())])
        .with(ctx_on(
            at(2026, 3, 2),
            ContestFacts {
                standing: Some(was_serious.clone()),
                review: None,
            },
        ))
        .when(submit(1))
        .then_refused("BID-ELIGIBLE");
    assert!(refusal.message().contains("serious-violation"), "{refusal}");
    assert!(
        refusal.message_zh().unwrap().contains("近3年"),
        "{refusal:?}"
    );

    // Four years on, it may enter.
    was_serious.last_serious_on = Some(date(2022, 3, 1));
    given([opened(proportional())])
        .with(ctx_on(
            at(2026, 3, 2),
            ContestFacts {
                standing: Some(was_serious),
                review: None,
            },
        ))
        .when(submit(1))
        .then_accepted();

    // Not in the registry at all.
    given([opened(proportional())])
        .with(plain(at(2026, 3, 2)))
        .when(submit(1))
        .then_refused("BID-ELIGIBLE");
}

#[test]
fn submissions_outside_the_window_are_refused() {
    let facts = ContestFacts {
        standing: Some(standing(1, date(2020, 1, 1))),
        review: None,
    };
    for now in [at(2026, 2, 25), at(2026, 4, 1)] {
        given([opened(proportional())])
            .with(ctx_on(now, facts.clone()))
            .when(submit(1))
            .then_refused("CONTEST-WINDOW");
    }
}

// ---------------------------------------------------------------------------------------------
// Review, pledges, public scores, ranking
// ---------------------------------------------------------------------------------------------

#[test]
fn the_jury_report_shortlists_its_best() {
    let history = [
        opened(proportional()),
        submitted(1, 2),
        submitted(2, 3),
        submitted(3, 4),
    ];
    let facts = ContestFacts {
        standing: None,
        review: Some(report(&[(1, 1, 9000), (2, 2, 8000), (3, 3, 7000)])),
    };
    let state = given(history.clone())
        .with(ctx_on(at(2026, 4, 10), facts.clone()))
        .when(C::RecordReview {
            committee_id: COMMITTEE,
        })
        .then([reviewed()]);
    assert_eq!(
        state.submission(sub(3)).unwrap().status,
        SubmissionStatus::NotShortlisted
    );
    // Before the window closes, or another committee's report: refused.
    given(history.clone())
        .with(ctx_on(at(2026, 3, 20), facts.clone()))
        .when(C::RecordReview {
            committee_id: COMMITTEE,
        })
        .then_refused("CONTEST-WINDOW");
    given(history)
        .with(ctx_on(at(2026, 4, 10), facts))
        .when(C::RecordReview {
            committee_id: Uuid::nil(),
        })
        .then_refused("CONTEST-REVIEW");
}

fn pledge_command(n: u128) -> ContestCommand {
    C::RecordPledge {
        pledge_id: Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_3001),
        submission_id: sub(n),
        donor_kind: DonorKind::Individual,
        donor: "d1".into(),
        amount: yuan(150_000),
    }
}

#[test]
fn pledges_only_for_finalists_within_the_pledge_window() {
    let history = [
        opened(proportional()),
        submitted(1, 2),
        submitted(2, 3),
        submitted(3, 4),
        reviewed(),
    ];
    given(history.clone())
        .with(plain(at(2026, 5, 10)))
        .when(pledge_command(1))
        .then([pledge(1, 1, "d1", 150_000)]);
    let late = given(history.clone())
        .with(plain(at(2026, 6, 1)))
        .when(pledge_command(1))
        .then_refused("CONTEST-WINDOW");
    assert!(late.message().contains("after the call closed"), "{late}");
    given(history)
        .with(plain(at(2026, 5, 10)))
        .when(pledge_command(3))
        .then_refused("CONTEST-PLEDGE");
}

#[test]
fn finals_weigh_the_panel_70_and_the_public_30() {
    let state = given(before_ranking())
        .with(plain(at(2026, 5, 25)))
        .when(C::Rank)
        .then([ranked()]);
    assert_eq!(state.final_ranking()[0].submission_id, sub(2));
}

#[test]
fn ranking_waits_for_every_finalist_public_score() {
    let mut history = before_ranking();
    history.pop();
    history.push(public(&[(1, 5000)]));
    given(history)
        .with(plain(at(2026, 5, 25)))
        .when(C::Rank)
        .then_refused("CONTEST-REVIEW");
    // A non-finalist is not scored by the public jury.
    given(before_ranking())
        .with(plain(at(2026, 5, 25)))
        .when(C::RecordPublicScores {
            scores: vec![PublicScore {
                submission_id: sub(3),
                score: Points(5000),
            }],
        })
        .then_refused("CONTEST-REVIEW");
}

// ---------------------------------------------------------------------------------------------
// Matching and grants
// ---------------------------------------------------------------------------------------------

fn with_ranking() -> Vec<ContestEvent> {
    let mut h = before_ranking();
    h.push(ranked());
    h
}

#[test]
fn matching_waits_for_the_pledge_window_then_records_policy_and_version() {
    given(with_ranking())
        .with(plain(at(2026, 5, 30)))
        .when(C::ComputeMatching)
        .then_refused("CONTEST-WINDOW");
    let events = given(with_ranking())
        .with(plain(at(2026, 6, 2)))
        .when(C::ComputeMatching)
        .then_accepted();
    let [
        E::MatchingComputed {
            policy_version,
            matches,
            pool,
            ..
        },
    ] = events.as_slice()
    else {
        panic!("{events:?}")
    };
    assert_eq!(policy_version, matching::PROPORTIONAL_WITH_CAP_VERSION);
    assert_eq!(*pool, yuan(200_000));
    // Rank 1 (sub 2) raised 60k: matched 60k; rank 2 (sub 1) raised 150k, capped at 100k.
    let amounts: Vec<(Uuid, Money, MatchOutcome)> = matches
        .iter()
        .map(|m| (m.submission_id, m.amount, m.outcome))
        .collect();
    assert_eq!(
        amounts,
        [
            (sub(2), yuan(60_000), MatchOutcome::Full),
            (sub(1), yuan(100_000), MatchOutcome::Full)
        ]
    );
}

fn matched() -> Vec<ContestEvent> {
    let mut h = with_ranking();
    let events = given(h.clone())
        .with(plain(at(2026, 6, 2)))
        .when(C::ComputeMatching)
        .then_accepted();
    h.extend(events);
    h
}

#[test]
fn grants_within_the_match_go_ahead_and_the_rest_enter_the_library() {
    let state = given(matched())
        .with(plain(at(2026, 6, 5)))
        .when(C::AwardGrants {
            grants: vec![GrantLine {
                submission_id: sub(2),
                amount: yuan(60_000),
            }],
        })
        .then([E::GrantsAwarded {
            grants: vec![Grant {
                submission_id: sub(2),
                organisation_id: org(2),
                amount: yuan(60_000),
            }],
            library: vec![sub(1)],
            awarded_at: at(2026, 6, 5),
        }]);
    assert_eq!(state.status, Some(ContestStatus::Awarded));
    assert_eq!(
        state.submission(sub(1)).unwrap().status,
        SubmissionStatus::Library
    );
    assert_eq!(state.grant(sub(2)).map(|g| g.amount), Some(yuan(60_000)));
}

#[test]
fn a_grant_beyond_the_match_is_refused() {
    let refusal = given(matched())
        .with(plain(at(2026, 6, 5)))
        .when(C::AwardGrants {
            grants: vec![GrantLine {
                submission_id: sub(2),
                amount: yuan(60_001),
            }],
        })
        .then_refused("CONTEST-MATCHING");
    assert!(refusal.message().contains("beyond its match"), "{refusal}");
    given(matched())
        .with(plain(at(2026, 6, 5)))
        .when(C::AwardGrants {
            grants: vec![GrantLine {
                submission_id: sub(3),
                amount: yuan(1),
            }],
        })
        .then_refused("CONTEST-MATCHING");
}

#[test]
fn cancel_needs_a_reason_and_ends_the_contest() {
    given(with_ranking())
        .with(plain(at(2026, 5, 26)))
        .when(C::Cancel { reason: " ".into() })
        .then_invalid("reason");
    let state = given(with_ranking())
        .with(plain(at(2026, 5, 26)))
        .when(C::Cancel {
            reason: "预算调整".into(),
        })
        .then_accepted();
    assert_eq!(state.len(), 1);
    let mut h = with_ranking();
    h.extend(state);
    given(h)
        .with(plain(at(2026, 6, 2)))
        .when(C::ComputeMatching)
        .then_refused("CONTEST-STATE");
}

#[test]
fn events_round_trip_through_their_stored_form() {
    for e in matched() {
        let back = ContestEvent::from_stored(e.kind(), e.schema(), &e.to_data()).unwrap();
        assert_eq!(back, e);
    }
    assert_eq!(C::Rank.name(), "RankContest");
    assert!(!submit(1).opens_stream());
}

// ---------------------------------------------------------------------------------------------
// The matching policies' edge cases
// ---------------------------------------------------------------------------------------------

fn candidate(n: u128, rank: u32, raised: u32, donors: u32) -> Candidate {
    Candidate {
        submission_id: sub(n),
        rank,
        raised: yuan(raised),
        donors,
        themed: false,
    }
}

fn outcome(matches: &[Match]) -> Vec<(Uuid, i64, MatchOutcome)> {
    matches
        .iter()
        .map(|m| (m.submission_id, m.amount.fen(), m.outcome))
        .collect()
}

fn capped(percent: u32, cap: u32) -> MatchingPolicy {
    MatchingPolicy::ProportionalWithCap {
        percent,
        cap: yuan(cap),
    }
}

#[test]
fn proportional_matching_stops_at_the_cap() {
    let m = matching::compute(
        &capped(50, 30_000),
        &[candidate(1, 1, 100_000, 10), candidate(2, 2, 40_000, 3)],
        yuan(1_000_000),
    );
    assert_eq!(
        outcome(&m),
        [
            (sub(1), 3_000_000, MatchOutcome::Full),
            (sub(2), 2_000_000, MatchOutcome::Full)
        ]
    );
    assert_eq!(m[0].claim, yuan(30_000));
}

#[test]
fn an_exhausted_pool_gives_the_last_funded_rank_what_is_left_and_no_one_after_anything() {
    let m = matching::compute(
        &capped(100, 100_000),
        &[
            candidate(1, 1, 100_000, 1),
            candidate(2, 2, 100_000, 1),
            candidate(3, 3, 50_000, 1),
        ],
        yuan(150_000),
    );
    assert_eq!(
        outcome(&m),
        [
            (sub(1), 10_000_000, MatchOutcome::Full),
            (sub(2), 5_000_000, MatchOutcome::PoolRemainder),
            // Its 50k would fit the 150k pool had rank 2 been passed over: it is not.
            (sub(3), 0, MatchOutcome::PoolExhausted)
        ]
    );
    let total: i64 = m.iter().map(|x| x.amount.fen()).sum();
    assert_eq!(total, yuan(150_000).fen());
}

#[test]
fn ties_at_the_last_funded_rank_share_what_is_left_and_the_odd_fen_goes_in_ranking_order() {
    // Ranks 1, 2, 2: 100k, then 50,000.01 left for two tied claims of 60k.
    let pool = Money::from_fen(15_000_001).unwrap();
    let m = matching::compute(
        &capped(100, 100_000),
        &[
            candidate(1, 1, 100_000, 1),
            candidate(2, 2, 60_000, 1),
            candidate(3, 2, 60_000, 1),
            candidate(4, 4, 60_000, 1),
        ],
        pool,
    );
    assert_eq!(
        outcome(&m),
        [
            (sub(1), 10_000_000, MatchOutcome::Full),
            (sub(2), 2_500_001, MatchOutcome::PoolShared),
            (sub(3), 2_500_000, MatchOutcome::PoolShared),
            (sub(4), 0, MatchOutcome::PoolExhausted)
        ]
    );
    // A tied project with a small claim takes it whole; the other gets the rest.
    let m = matching::compute(
        &capped(100, 100_000),
        &[candidate(1, 1, 10_000, 1), candidate(2, 1, 90_000, 1)],
        yuan(50_000),
    );
    assert_eq!(
        outcome(&m),
        [
            (sub(1), 1_000_000, MatchOutcome::Full),
            (sub(2), 4_000_000, MatchOutcome::PoolShared)
        ]
    );
}

#[test]
fn incentive_tiers_score_80_raised_20_donors_plus_theme_and_pay_by_band() {
    let tiers = MatchingPolicy::IncentiveTiers(IncentiveTiers::default());
    let mut candidates: Vec<Candidate> = (1..=22)
        .map(|n| candidate(n, n as u32, 100_000 - (n as u32) * 1_000, 100 - n as u32))
        .collect();
    // The 6th raised as much as the 5th and has as many donors: tied (at rank 4, since the 3rd
    // raised nothing and falls to the end), both in band 1–5.
    candidates[5].raised = candidates[4].raised;
    candidates[5].donors = candidates[4].donors;
    // The 22nd is on the theme: +5 points lifts it from last place.
    candidates[21].themed = true;
    // One raised nothing: no match whatever its rank.
    candidates[2].raised = Money::ZERO;
    let m = matching::compute(&tiers, &candidates, yuan(10_000_000));
    let first = &m[0];
    // 99k / 99k × 80 + 99 / 99 × 20 = 100.00.
    assert_eq!(
        (first.submission_id, first.score),
        (sub(1), Some(Points(10_000)))
    );
    let by = |n: u128| m.iter().find(|x| x.submission_id == sub(n)).unwrap();
    assert_eq!((by(5).matching_rank, by(6).matching_rank), (4, 4));
    assert_eq!((by(5).amount, by(6).amount), (yuan(100_000), yuan(100_000)));
    assert_eq!(by(3).outcome, MatchOutcome::NothingRaised);
    assert_eq!(by(3).amount, Money::ZERO);
    // 78k/99k × 80 + 78/99 × 20 + 5 = 63.03 + 15.76 + 5 = 83.79: between the 17th (83.84)
    // and the 18th (82.83), so at rank 17, band 16–20.
    assert_eq!(by(22).score, Some(Points(8379)));
    assert_eq!((by(22).matching_rank, by(22).amount), (17, yuan(10_000)));
    assert_eq!(
        (by(21).matching_rank, by(21).outcome),
        (21, MatchOutcome::NoTier)
    );
    let beyond: Vec<&Match> = m.iter().filter(|x| x.matching_rank > 20).collect();
    assert_eq!(beyond.len(), 2);
    assert!(beyond.iter().all(|x| x.amount == Money::ZERO));
    assert!(m.iter().map(|x| x.amount.fen()).sum::<i64>() <= yuan(10_000_000).fen());
}

#[test]
fn a_bad_policy_is_refused_with_its_rule() {
    let mut gap = IncentiveTiers::default();
    gap.tiers[1].from_rank = 7;
    let weights = IncentiveTiers {
        donors_weight_percent: 30,
        ..IncentiveTiers::default()
    };
    for p in [
        MatchingPolicy::IncentiveTiers(gap),
        MatchingPolicy::IncentiveTiers(weights),
        capped(0, 1),
    ] {
        assert_eq!(p.validate().unwrap_err().rule(), Some("CONTEST-MATCHING"));
    }
}

#[test]
fn a_jury_scores_the_live_submissions_once_the_window_has_closed() {
    let mut history = vec![opened(proportional()), submitted(1, 2), submitted(2, 3)];
    history.push(E::ProjectWithdrawn {
        submission_id: sub(2),
        reason: "团队调整".into(),
        withdrawn_at: at(2026, 3, 10),
    });
    let contest = given(history).state().clone();
    assert_eq!(
        contest.under_review(at(2026, 3, 20)),
        None,
        "window still open"
    );
    let scored = contest.under_review(at(2026, 4, 2)).unwrap();
    assert_eq!(scored.subject, crate::committee::Subject::Contest(CONTEST));
    assert_eq!((scored.owner_unit, scored.method), (BUREAU, None));
    assert_eq!(
        scored
            .entries
            .iter()
            .map(|e| (e.bid_id, e.organisation_id, e.price))
            .collect::<Vec<_>>(),
        [(sub(1), org(1), yuan(80_000))]
    );
    let mut reviewed_history = before_ranking();
    reviewed_history.truncate(5);
    assert_eq!(
        given(reviewed_history)
            .state()
            .under_review(at(2026, 4, 20)),
        None,
        "reviewed already"
    );
}
