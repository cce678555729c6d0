//! The procurement on the given/when/then harness: drafting and publishing (CAT-ITEM,
//! PROC-TERM, BID-SECURITY, EVAL-PRICE-WEIGHT, PROC-PERIOD), amendments, the opening
//! (BID-SEALED, BID-ELIGIBLE, BID-MIN-BIDDERS), evaluation, award, challenges and complaints
//! (AWARD-RANK), cancellation, every wrong-state command (PROC-STATE), and the events on the
//! wire.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::*;
use crate::aggregate::{DecodeError, DomainCommand, DomainEvent};
use crate::calendar::Calendar;
use crate::catalogue::{CatalogueCategory, CatalogueCode, CatalogueItem, ItemStatus};
use crate::organisation::OrganisationStatus;
use crate::testing::{self, Given};
use crate::values::{Jurisdiction, Money, OrganisationKind};
use ProcurementCommand as C;
use ProcurementEvent as E;

fn given(history: impl IntoIterator<Item = ProcurementEvent>) -> Given<Procurement> {
    testing::given(history).translated()
}

/// `h`:00 UTC, `h + 8`:00 in China.
fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const ID: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0100);
const FAILED_ONE: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0099);

fn org(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_1000 + n)
}

fn bid(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_2000 + n)
}

fn challenge(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_3000 + n)
}

fn item() -> CatalogueItem {
    CatalogueItem {
        code: CatalogueCode::parse("A0101").unwrap(),
        parent: CatalogueCode::parse("A01").ok(),
        level: 3,
        name_zh: "居家养老上门服务".into(),
        name_en: None,
        category: CatalogueCategory::PublicService,
        status: ItemStatus::Active,
        added_at: at(2026, 1, 5, 1),
    }
}

fn scheme(price: u32) -> ScoringScheme {
    ScoringScheme {
        price_weight_percent: price,
        criteria: vec![
            Criterion {
                key: "tech".into(),
                name: "技术方案".into(),
                max_points: 100 - price - 20,
            },
            Criterion {
                key: "team".into(),
                name: "团队".into(),
                max_points: 20,
            },
        ],
    }
}

/// An open tender: deadline 23 March 09:00 China time, opening an hour later.
fn terms() -> ProcurementTerms {
    ProcurementTerms {
        jurisdiction: Jurisdiction::parse("440300").unwrap(),
        purchaser: "深圳市民政局".into(),
        purchaser_unit: Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_00a1),
        title: " 2026年居家养老上门服务项目 ".into(),
        description: "为辖区内高龄独居老人提供上门服务。".into(),
        item: CatalogueCode::parse("A0101").unwrap(),
        method: ProcurementMethod::OpenTender,
        budget: Money::from_yuan(500_000),
        bid_security: Money::from_yuan(10_000),
        service_start: date(2026, 5, 1),
        service_end: date(2027, 4, 30),
        stable_and_funded: false,
        requirements: Requirements {
            kinds: vec![],
            min_rating: Some(3),
            min_years_registered: None,
            min_past_grade: None,
        },
        scoring: scheme(30),
        bid_deadline: at(2026, 3, 23, 1),
        opening_at: at(2026, 3, 23, 2),
        reprocures: None,
    }
}

fn with_terms(f: impl FnOnce(&mut ProcurementTerms)) -> ProcurementTerms {
    let mut t = terms();
    f(&mut t);
    t
}

fn draft(t: ProcurementTerms) -> ProcurementCommand {
    C::Draft {
        procurement_id: ID,
        terms: Box::new(t),
    }
}

fn item_facts() -> ProcurementFacts {
    ProcurementFacts {
        catalogue_item: Some(item()),
        ..ProcurementFacts::default()
    }
}

fn ctx_at(now: DateTime<Utc>) -> Context<ProcurementFacts> {
    Context::<()>::at(now).with_facts(item_facts())
}

/// 2 March 2026, 17:30 China time, a Monday.
fn ctx() -> Context<ProcurementFacts> {
    ctx_at(Utc.with_ymd_and_hms(2026, 3, 2, 9, 30, 0).unwrap())
}

fn drafted_with(t: ProcurementTerms) -> ProcurementEvent {
    E::ProcurementDrafted {
        procurement_id: ID,
        terms: Box::new(ProcurementTerms {
            title: t.title.trim().to_owned(),
            ..t
        }),
        item_name_zh: "居家养老上门服务".into(),
        drafted_at: at(2026, 3, 1, 2),
    }
}

fn drafted() -> ProcurementEvent {
    drafted_with(terms())
}

fn published() -> ProcurementEvent {
    E::ProcurementPublished {
        published_at: at(2026, 3, 2, 2),
    }
}

fn closed() -> ProcurementEvent {
    E::BiddingClosed {
        closed_at: at(2026, 3, 23, 1),
    }
}

fn standing(n: u128) -> RegistryStanding {
    RegistryStanding {
        organisation_id: org(n),
        name: format!("社工服务中心{n}"),
        kind: Some(OrganisationKind::SocialServiceOrg),
        status: Some(OrganisationStatus::Active),
        credit_list: None,
        rating: Some(4),
        registered_on: Some(date(2020, 5, 1)),
        latest_grade: None,
        registry_version: 3,
        registry_position: 100 + u64::try_from(n).unwrap(),
    }
}

fn content(yuan: u32) -> BidContent {
    BidContent {
        price: Money::from_yuan(yuan),
        technical_proposal: "服务方案".into(),
        documents: vec![],
    }
}

fn salt(n: u128) -> String {
    format!("{n:02x}").repeat(32)
}

fn commitment(yuan: u32, n: u128) -> Commitment {
    content(yuan).commitment(&parse_salt("salt", &salt(n)).unwrap())
}

fn revealed(n: u128, yuan: u32) -> RevealedBid {
    RevealedBid {
        bid_id: bid(n),
        organisation_id: org(n),
        commitment: commitment(yuan, n),
        content: Some(content(yuan)),
        salt: Some(salt(n)),
        standing: standing(n),
    }
}

fn opened_bid(n: u128, yuan: u32) -> OpenedBid {
    OpenedBid {
        bid_id: bid(n),
        organisation_id: org(n),
        commitment: commitment(yuan, n),
        content: Some(content(yuan)),
        salt: Some(salt(n)),
        standing: standing(n),
        defects: vec![],
    }
}

const PRICES: [u32; 3] = [450_000, 420_000, 480_000];

fn opened() -> ProcurementEvent {
    E::BidsOpened {
        bids: (1..=3)
            .map(|n| opened_bid(n, PRICES[n as usize - 1]))
            .collect(),
        valid_bids: 3,
        opened_at: at(2026, 3, 23, 2),
    }
}

fn ranked(rank: u32, n: u128) -> RankedBid {
    RankedBid {
        rank,
        bid_id: bid(n),
        organisation_id: org(n),
        price: Money::from_yuan(PRICES[n as usize - 1]),
        price_score: Points(3_000),
        criteria_score: Points(6_000),
        total: Points(9_000 - rank * 100),
    }
}

/// Bid 2 first, then 1, then 3.
fn report() -> EvaluationReport {
    EvaluationReport {
        committee_id: Uuid::from_u128(77),
        ranking: vec![ranked(1, 2), ranked(2, 1), ranked(3, 3)],
        sheets_digest: "c".repeat(64),
    }
}

fn evaluated() -> ProcurementEvent {
    E::EvaluationRecorded {
        report: report(),
        recorded_at: at(2026, 3, 27, 2),
    }
}

/// Awarded on Monday 30 March: the challenge window runs 7 working days, to 8 April.
fn noticed(n: u128) -> ProcurementEvent {
    E::AwardNoticed {
        bid_id: bid(n),
        organisation_id: org(n),
        price: Money::from_yuan(PRICES[n as usize - 1]),
        challenge_deadline: date(2026, 4, 8),
        noticed_at: at(2026, 3, 30, 2),
    }
}

fn through_opening() -> Vec<ProcurementEvent> {
    vec![drafted(), published(), closed(), opened()]
}

fn through_evaluation() -> Vec<ProcurementEvent> {
    let mut h = through_opening();
    h.push(evaluated());
    h
}

fn through_award() -> Vec<ProcurementEvent> {
    let mut h = through_evaluation();
    h.push(noticed(2));
    h
}

fn filed(n: u128) -> ProcurementEvent {
    E::ChallengeFiled {
        challenge_id: challenge(1),
        organisation_id: org(n),
        grounds: "评分有误".into(),
        reply_due: date(2026, 4, 17),
        filed_at: at(2026, 4, 8, 2),
    }
}

fn through_challenge() -> Vec<ProcurementEvent> {
    let mut h = through_award();
    h.push(filed(1));
    h
}

// --- drafting ---------------------------------------------------------------------------------

#[test]
fn a_draft_records_its_terms_cleaned_and_the_items_name() {
    let p = given([])
        .with(ctx_at(at(2026, 3, 1, 2)))
        .when(draft(terms()))
        .then([drafted()]);
    assert_eq!(p.status, Some(ProcurementStatus::Draft));
    assert_eq!(
        p.terms.as_ref().unwrap().title,
        "2026年居家养老上门服务项目"
    );
    let bt = p.bid_terms().unwrap();
    assert!(!bt.accepting_bids);
    assert_eq!(
        (bt.procurement_id, bt.budget),
        (ID, Money::from_yuan(500_000))
    );
}

#[test]
fn a_draft_names_an_active_catalogue_item() {
    let retired = ProcurementFacts {
        catalogue_item: Some(CatalogueItem {
            status: ItemStatus::Retired {
                on: date(2026, 2, 1),
                reason: "并入A0102".into(),
            },
            ..item()
        }),
        ..ProcurementFacts::default()
    };
    let other = ProcurementFacts {
        catalogue_item: Some(CatalogueItem {
            code: CatalogueCode::parse("A0102").unwrap(),
            ..item()
        }),
        ..ProcurementFacts::default()
    };
    for (name, facts, fragment) in [
        ("retired", retired.clone(), "is retired"),
        ("other item", other, "there is no item A0101"),
        ("no item", ProcurementFacts::default(), "guidance catalogue"),
    ] {
        let refusal = given([])
            .with(ctx().with_facts(facts))
            .when(draft(terms()))
            .then_refused("CAT-ITEM");
        assert!(refusal.message().contains(fragment), "{name}: {refusal}");
    }
    // Retired between drafting and publication: refused then too.
    given([drafted()])
        .with(ctx().with_facts(retired))
        .when(C::Publish)
        .then_refused("CAT-ITEM");
}

#[test]
fn budget_bid_security_and_service_period_are_checked_against_policy() {
    // 2 % of the budget is the most bid security may be; a year less a day the longest term.
    given([])
        .with(ctx())
        .when(draft(with_terms(|t| {
            t.bid_security = Money::from_yuan(10_000)
        })))
        .then_accepted();
    given([])
        .with(ctx())
        .when(draft(with_terms(|t| {
            t.stable_and_funded = true;
            t.service_end = date(2029, 4, 30);
        })))
        .then_accepted();
    for (name, t, field, rule, fragment) in [
        (
            "no budget",
            with_terms(|t| t.budget = Money::ZERO),
            "budget",
            None,
            "more than ¥0.00",
        ),
        (
            "security over 2 %",
            with_terms(|t| t.bid_security = Money::from_fen(1_000_001).unwrap()),
            "bidSecurity",
            Some("BID-SECURITY"),
            "at most ¥10000.00",
        ),
        (
            "a year and a day",
            with_terms(|t| t.service_end = date(2027, 5, 1)),
            "serviceEnd",
            Some("PROC-TERM"),
            "to 2027-04-30 at the latest, or 36 months",
        ),
        (
            "stable past 3 years",
            with_terms(|t| {
                t.stable_and_funded = true;
                t.service_end = date(2029, 5, 1);
            }),
            "serviceEnd",
            Some("PROC-TERM"),
            "may run 36 months",
        ),
        (
            "ends before it starts",
            with_terms(|t| t.service_end = date(2026, 4, 30)),
            "serviceEnd",
            Some("PROC-TERM"),
            "before it starts",
        ),
        (
            "opening before deadline",
            with_terms(|t| t.opening_at = at(2026, 3, 23, 0)),
            "openingAt",
            Some("PROC-PERIOD"),
            "before the bid deadline",
        ),
        (
            "price weight too low",
            with_terms(|t| t.scoring = scheme(5)),
            "scoring.priceWeightPercent",
            Some("EVAL-PRICE-WEIGHT"),
            "10–100%",
        ),
        (
            "consultation price weight too high",
            with_terms(|t| {
                t.method = ProcurementMethod::Consultation;
                t.scoring = scheme(40);
            }),
            "scoring.priceWeightPercent",
            Some("EVAL-PRICE-WEIGHT"),
            "10–30%",
        ),
        (
            "rating 6A",
            with_terms(|t| t.requirements.min_rating = Some(6)),
            "requirements.minRating",
            Some("BID-ELIGIBLE"),
            "1A to 5A",
        ),
        (
            "no title",
            with_terms(|t| t.title = "  ".into()),
            "title",
            None,
            "title (项目名称) is empty",
        ),
        (
            "control character",
            with_terms(|t| t.purchaser = "民政局\u{1b}".into()),
            "purchaser",
            None,
            "U+001B",
        ),
    ] {
        let e = given([]).with(ctx()).when(draft(t)).then_invalid(field);
        assert_eq!(e.rule(), rule, "{name}: {e}");
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
}

#[test]
fn only_a_failed_procurement_is_procured_again() {
    let again = with_terms(|t| t.reprocures = Some(FAILED_ONE));
    let with = |status| {
        ctx().with_facts(ProcurementFacts {
            reprocured: Some((FAILED_ONE, status)),
            ..item_facts()
        })
    };
    given([])
        .with(with(ProcurementStatus::Failed))
        .when(draft(again.clone()))
        .then_accepted();
    let refusal = given([])
        .with(with(ProcurementStatus::Awarded))
        .when(draft(again.clone()))
        .then_refused("PROC-STATE");
    assert!(
        refusal
            .message()
            .contains("only a failed procurement (废标)"),
        "{refusal}"
    );
    given([])
        .with(ctx())
        .when(draft(again))
        .then_refused("PROC-STATE");
}

// --- publication and amendment ----------------------------------------------------------------

#[test]
fn publication_leaves_the_methods_minimum_period_before_the_deadline() {
    // Published 2 March: an open tender's deadline falls on 22 March or later.
    let p = given([drafted_with(with_terms(|t| {
        t.bid_deadline = at(2026, 3, 22, 1);
        t.opening_at = at(2026, 3, 22, 2);
    }))])
    .with(ctx())
    .when(C::Publish)
    .then([E::ProcurementPublished {
        published_at: ctx().now,
    }]);
    assert!(p.bid_terms().unwrap().accepting_bids);
    let short = with_terms(|t| t.bid_deadline = at(2026, 3, 21, 15));
    let refusal = given([drafted_with(short)])
        .with(ctx())
        .when(C::Publish)
        .then_refused("PROC-PERIOD");
    for fragment in [
        "公开招标 needs at least 20 days from publication (2026-03-02)",
        "2026-03-21 23:00 (Beijing time)",
        "on 2026-03-22 or later",
    ] {
        assert!(
            refusal.message().contains(fragment),
            "{fragment}: {refusal}"
        );
    }
    // Consultation: 10 days.
    let consultation = |deadline| {
        drafted_with(with_terms(|t| {
            t.method = ProcurementMethod::Consultation;
            t.bid_deadline = deadline;
        }))
    };
    given([consultation(at(2026, 3, 12, 1))])
        .with(ctx())
        .when(C::Publish)
        .then_accepted();
    given([consultation(at(2026, 3, 11, 1))])
        .with(ctx())
        .when(C::Publish)
        .then_refused("PROC-PERIOD");
}

#[test]
fn working_day_periods_follow_the_calendar() {
    // Negotiation: 3 working days. From Monday 2 March: Thursday 5 March, or Friday 6 March
    // when Wednesday 4 March is a holiday.
    let negotiation = |deadline| {
        drafted_with(with_terms(|t| {
            t.method = ProcurementMethod::Negotiation;
            t.bid_deadline = deadline;
        }))
    };
    let holiday = Calendar {
        holidays: [date(2026, 3, 4)].into(),
        ..Calendar::default()
    };
    given([negotiation(at(2026, 3, 5, 1))])
        .with(ctx())
        .when(C::Publish)
        .then_accepted();
    let refusal = given([negotiation(at(2026, 3, 5, 1))])
        .with(ctx().with_calendar(holiday.clone()))
        .when(C::Publish)
        .then_refused("PROC-PERIOD");
    assert!(
        refusal
            .message()
            .contains("3 working days from publication (2026-03-02)")
            && refusal.message().contains("on 2026-03-06 or later"),
        "{refusal}"
    );
    given([negotiation(at(2026, 3, 6, 1))])
        .with(ctx().with_calendar(holiday))
        .when(C::Publish)
        .then_accepted();
}

fn amend(a: Amendment) -> ProcurementCommand {
    C::Amend {
        amendment: Box::new(a),
        reason: "更正服务范围".into(),
    }
}

#[test]
fn an_amendment_may_only_extend_and_a_substantive_one_re_checks_the_period() {
    // On 10 March, 13 days before the deadline.
    let on_10_march = ctx_at(at(2026, 3, 10, 2));
    let p = given([drafted(), published()])
        .with(on_10_march.clone())
        .when(amend(Amendment {
            description: Some("增加助浴服务。".into()),
            ..Amendment::default()
        }))
        .then([E::ProcurementAmended {
            amendment: Box::new(Amendment {
                description: Some("增加助浴服务。".into()),
                ..Amendment::default()
            }),
            substantive: false,
            reason: "更正服务范围".into(),
            amended_at: at(2026, 3, 10, 2),
        }]);
    assert_eq!(p.amendments, 1);
    // Substantive (new requirements) with 13 days left: the deadline must move to 30 March.
    let stricter = Amendment {
        requirements: Some(Requirements {
            min_rating: Some(4),
            ..Requirements::default()
        }),
        ..Amendment::default()
    };
    let refusal = given([drafted(), published()])
        .with(on_10_march.clone())
        .when(amend(stricter.clone()))
        .then_refused("PROC-PERIOD");
    assert!(
        refusal
            .message()
            .contains("from a substantive amendment (2026-03-10)")
            && refusal.message().contains("on 2026-03-30 or later"),
        "{refusal}"
    );
    let moved = Amendment {
        bid_deadline: Some(at(2026, 3, 30, 1)),
        opening_at: Some(at(2026, 3, 30, 2)),
        ..stricter
    };
    let p = given([drafted(), published()])
        .with(on_10_march.clone())
        .when(amend(moved))
        .then_accepted();
    assert!(matches!(
        &p[0],
        E::ProcurementAmended {
            substantive: true,
            ..
        }
    ));
    for (name, a, fragment) in [
        (
            "earlier deadline",
            Amendment {
                bid_deadline: Some(at(2026, 3, 22, 1)),
                ..Amendment::default()
            },
            "may only extend",
        ),
        (
            "marked substantive",
            Amendment {
                description: Some("改变服务对象。".into()),
                substantive: true,
                ..Amendment::default()
            },
            "on 2026-03-30 or later",
        ),
    ] {
        let refusal = given([drafted(), published()])
            .with(on_10_march.clone())
            .when(amend(a))
            .then_refused("PROC-PERIOD");
        assert!(refusal.message().contains(fragment), "{name}: {refusal}");
    }
    // A later deadline past the opening needs a later opening too.
    given([drafted(), published()])
        .with(on_10_march.clone())
        .when(amend(Amendment {
            bid_deadline: Some(at(2026, 3, 24, 1)),
            ..Amendment::default()
        }))
        .then_invalid("openingAt");
    given([drafted(), published()])
        .with(on_10_march)
        .when(amend(Amendment::default()))
        .then_invalid("amendment");
    let late = given([drafted(), published()])
        .with(ctx_at(at(2026, 3, 23, 1)))
        .when(amend(Amendment {
            description: Some("x".into()),
            ..Amendment::default()
        }))
        .then_refused("PROC-PERIOD");
    assert!(
        late.message()
            .contains("cannot be amended after its deadline"),
        "{late}"
    );
}

// --- closing and opening ----------------------------------------------------------------------

fn opening_ctx(revealed: Vec<RevealedBid>) -> Context<ProcurementFacts> {
    ctx_at(at(2026, 3, 23, 2)).with_facts(ProcurementFacts {
        revealed,
        ..ProcurementFacts::default()
    })
}

fn three() -> Vec<RevealedBid> {
    (1..=3)
        .map(|n| revealed(n, PRICES[n as usize - 1]))
        .collect()
}

#[test]
fn bidding_closes_at_the_deadline_and_bids_are_opened_at_the_opening() {
    let refusal = given([drafted(), published()])
        .with(ctx_at(at(2026, 3, 23, 0)))
        .when(C::CloseBidding)
        .then_refused("BID-SEALED");
    assert!(refusal.message().contains("2026-03-23 09:00"), "{refusal}");
    let p = given([drafted(), published()])
        .with(ctx_at(at(2026, 3, 23, 1)))
        .when(C::CloseBidding)
        .then([closed()]);
    assert!(!p.bid_terms().unwrap().accepting_bids);
    let early = given([drafted(), published(), closed()])
        .with(ctx_at(at(2026, 3, 23, 1)).with_facts(ProcurementFacts {
            revealed: three(),
            ..ProcurementFacts::default()
        }))
        .when(C::Open)
        .then_refused("BID-SEALED");
    assert!(
        early
            .message()
            .contains("sealed until the opening at 2026-03-23 10:00"),
        "{early}"
    );
    let p = given([drafted(), published(), closed()])
        .with(opening_ctx(three()))
        .when(C::Open)
        .then([opened()]);
    assert_eq!((p.opened_bids(), p.valid_bids()), (3, 3));
    assert_eq!(p.status, Some(ProcurementStatus::Opened));
    // The scheduler may open straight from publication once both instants have passed.
    let events = given([drafted(), published()])
        .with(opening_ctx(three()))
        .when(C::Open)
        .then_accepted();
    assert_eq!(events, vec![closed_at(at(2026, 3, 23, 2)), opened()]);
    // Once.
    let twice = given(through_opening())
        .with(opening_ctx(three()))
        .when(C::Open)
        .then_refused("PROC-STATE");
    assert!(
        twice
            .message()
            .contains("the procurement is OPENED (已开标)"),
        "{twice}"
    );
}

fn closed_at(t: DateTime<Utc>) -> ProcurementEvent {
    E::BiddingClosed { closed_at: t }
}

#[test]
fn the_opening_checks_commitments_eligibility_and_budget_and_fails_with_too_few_valid_bids() {
    let mut tampered = revealed(1, 450_000);
    tampered.content = Some(content(400_000));
    let mut listed = revealed(2, 420_000);
    listed.standing.credit_list = Some("serious".into());
    let over = revealed(3, 500_001);
    let mut sealed_shut = revealed(4, 300_000);
    sealed_shut.content = None;
    sealed_shut.salt = None;
    let events = given([drafted(), published(), closed()])
        .with(opening_ctx(vec![
            tampered,
            listed,
            over,
            sealed_shut,
            revealed(5, 460_000),
        ]))
        .when(C::Open)
        .then_accepted();
    let [
        E::BidsOpened {
            bids, valid_bids, ..
        },
        E::ProcurementFailed { rule, reason, .. },
    ] = events.as_slice()
    else {
        panic!("expected the opening and the failure: {events:?}");
    };
    let codes: Vec<Vec<&str>> = bids
        .iter()
        .map(|b| b.defects.iter().map(|d| d.code.as_str()).collect())
        .collect();
    assert_eq!(
        codes,
        vec![
            vec!["COMMITMENT_MISMATCH"],
            vec!["CREDIT_LIST"],
            vec!["OVER_BUDGET"],
            vec!["NOT_REVEALED"],
            vec![],
        ]
    );
    assert_eq!(*valid_bids, 1);
    assert_eq!(rule, "BID-MIN-BIDDERS");
    assert!(
        reason.contains("1 valid bid(s) of 5") && reason.contains("at least 3"),
        "{reason}"
    );
    let p = given([drafted(), published(), closed()])
        .with(opening_ctx(vec![revealed(1, 1)]))
        .when(C::Open)
        .then_accepted()
        .iter()
        .fold(given(through_opening()).state().clone(), |p, e| p.evolve(e));
    assert_eq!(p.status, Some(ProcurementStatus::Failed));
    assert_eq!(p.ended.unwrap().rule.as_deref(), Some("BID-MIN-BIDDERS"));
}

#[test]
fn a_consultation_continues_with_two_valid_bids() {
    let consultation = drafted_with(with_terms(|t| t.method = ProcurementMethod::Consultation));
    let events = given([consultation.clone(), published(), closed()])
        .with(opening_ctx(vec![
            revealed(1, 450_000),
            revealed(2, 420_000),
        ]))
        .when(C::Open)
        .then_accepted();
    assert_eq!(events.len(), 1, "{events:?}");
    let events = given([consultation, published(), closed()])
        .with(opening_ctx(vec![revealed(1, 450_000)]))
        .when(C::Open)
        .then_accepted();
    assert!(matches!(&events[1], E::ProcurementFailed { rule, .. } if rule == "BID-MIN-BIDDERS"));
}

// --- evaluation and award ---------------------------------------------------------------------

fn report_ctx(report: Option<EvaluationReport>) -> Context<ProcurementFacts> {
    ctx_at(at(2026, 3, 27, 2)).with_facts(ProcurementFacts {
        report,
        ..ProcurementFacts::default()
    })
}

#[test]
fn the_evaluation_ranks_only_valid_opened_bids() {
    let p = given(through_opening())
        .with(report_ctx(Some(report())))
        .when(C::RecordEvaluation)
        .then([evaluated()]);
    assert_eq!(p.candidate().map(|c| c.bid_id), Some(bid(2)));
    let invalid = E::BidsOpened {
        bids: vec![
            opened_bid(1, 450_000),
            OpenedBid {
                defects: vec![Ineligibility {
                    code: "OVER_BUDGET".into(),
                    message: "over the budget".into(),
                }],
                ..opened_bid(2, 420_000)
            },
            opened_bid(3, 480_000),
        ],
        valid_bids: 2,
        opened_at: at(2026, 3, 23, 2),
    };
    let mut swapped = report();
    swapped.ranking[1].rank = 3;
    let mut stranger = report();
    stranger.ranking[2].bid_id = bid(9);
    for (name, history, report, fragment) in [
        ("no report", through_opening(), None, "has not reported"),
        (
            "invalid bid ranked",
            vec![drafted(), published(), closed(), invalid],
            Some(report()),
            "which is not valid (over the budget)",
        ),
        (
            "ranks out of order",
            through_opening(),
            Some(swapped),
            "must run 1, 2, 3",
        ),
        (
            "unknown bid",
            through_opening(),
            Some(stranger),
            "was not opened",
        ),
    ] {
        let refusal = given(history)
            .with(report_ctx(report))
            .when(C::RecordEvaluation)
            .then_refused("AWARD-RANK");
        assert!(refusal.message().contains(fragment), "{name}: {refusal}");
    }
}

fn award_ctx() -> Context<ProcurementFacts> {
    ctx_at(at(2026, 3, 30, 2))
}

#[test]
fn the_award_goes_to_the_top_ranked_bid_still_standing() {
    let refusal = given(through_evaluation())
        .with(award_ctx())
        .when(C::Award { bid_id: bid(1) })
        .then_refused("AWARD-RANK");
    assert!(
        refusal
            .message()
            .contains("ranks 2; the award goes to the top-ranked bid still standing")
            && refusal.message().contains(&bid(2).to_string()),
        "{refusal}"
    );
    let p = given(through_evaluation())
        .with(award_ctx())
        .when(C::Award { bid_id: bid(2) })
        .then([noticed(2)]);
    assert_eq!(p.status, Some(ProcurementStatus::Awarded));
    // The winner declines: the award goes back to the next in rank, bid 1.
    let declined = E::AwardDeclined {
        bid_id: bid(2),
        reason: "无法按期履约".into(),
        declined_at: at(2026, 3, 31, 2),
    };
    let p = given(through_award())
        .with(ctx_at(at(2026, 3, 31, 2)))
        .when(C::DeclineAward {
            bid_id: bid(2),
            reason: "无法按期履约".into(),
        })
        .then([declined.clone()]);
    assert_eq!(p.status, Some(ProcurementStatus::Evaluated));
    assert_eq!(p.award, None);
    assert_eq!(p.candidate().map(|c| c.bid_id), Some(bid(1)));
    let mut history = through_award();
    history.push(declined);
    given(history.clone())
        .with(award_ctx())
        .when(C::Award { bid_id: bid(2) })
        .then_refused("AWARD-RANK");
    given(history.clone())
        .with(award_ctx())
        .when(C::DeclineAward {
            bid_id: bid(3),
            reason: "x".into(),
        })
        .then_refused("AWARD-RANK");
    // Bid 3 disqualified, then bid 1 declines: none left, the procurement fails.
    history.push(E::BidDisqualified {
        bid_id: bid(3),
        reason: "资质造假".into(),
        disqualified_at: at(2026, 4, 1, 2),
    });
    given(history.clone())
        .with(award_ctx())
        .when(C::Disqualify {
            bid_id: bid(3),
            reason: "again".into(),
        })
        .then_refused("AWARD-RANK");
    let events = given(history)
        .with(ctx_at(at(2026, 4, 2, 2)))
        .when(C::DeclineAward {
            bid_id: bid(1),
            reason: "放弃".into(),
        })
        .then_accepted();
    assert!(
        matches!(&events[..], [E::AwardDeclined { .. }, E::ProcurementFailed { rule, .. }] if rule == "AWARD-RANK"),
        "{events:?}"
    );
    given(through_award())
        .with(award_ctx())
        .when(C::DeclineAward {
            bid_id: bid(2),
            reason: " ".into(),
        })
        .then_invalid("reason");
}

// --- challenges and complaints ----------------------------------------------------------------

fn challenge_by(n: u128) -> ProcurementCommand {
    C::Challenge {
        challenge_id: challenge(1),
        organisation_id: org(n),
        grounds: "评分有误".into(),
    }
}

#[test]
fn a_bidder_challenges_within_seven_working_days_of_the_notice() {
    let p = given(through_award())
        .with(ctx_at(at(2026, 4, 8, 2)))
        .when(challenge_by(1))
        .then([filed(1)]);
    assert_eq!(p.open_challenges(), 1);
    let late = given(through_award())
        .with(ctx_at(at(2026, 4, 9, 2)))
        .when(challenge_by(1))
        .then_refused("AWARD-RANK");
    assert!(
        late.message()
            .contains("the challenge window closed on 2026-04-08"),
        "{late}"
    );
    let stranger = given(through_award())
        .with(ctx_at(at(2026, 4, 1, 2)))
        .when(challenge_by(9))
        .then_refused("AWARD-RANK");
    assert!(
        stranger
            .message()
            .contains("only its bidders may challenge"),
        "{stranger}"
    );
    given(through_challenge())
        .with(ctx_at(at(2026, 4, 8, 2)))
        .when(challenge_by(3))
        .then_invalid("challengeId");
    given(through_evaluation())
        .with(ctx_at(at(2026, 4, 1, 2)))
        .when(challenge_by(1))
        .then_refused("PROC-STATE");
}

fn answer(decision: ChallengeDecision) -> ProcurementCommand {
    C::AnswerChallenge {
        challenge_id: challenge(1),
        decision,
        reply: "经复核，评分无误。".into(),
    }
}

fn answered(decision: ChallengeDecision, late: bool, on: DateTime<Utc>) -> ProcurementEvent {
    E::ChallengeAnswered {
        challenge_id: challenge(1),
        decision,
        reply: "经复核，评分无误。".into(),
        late,
        answered_at: on,
    }
}

#[test]
fn an_answer_is_recorded_with_whether_it_was_late_and_its_remedy() {
    use ChallengeDecision::*;
    let on_time = at(2026, 4, 17, 2);
    let p = given(through_challenge())
        .with(ctx_at(on_time))
        .when(answer(Dismissed))
        .then([answered(Dismissed, false, on_time)]);
    assert_eq!(p.status, Some(ProcurementStatus::Awarded));
    assert_eq!(p.open_challenges(), 0);
    let late = at(2026, 4, 20, 2);
    given(through_challenge())
        .with(ctx_at(late))
        .when(answer(Dismissed))
        .then([answered(Dismissed, true, late)]);
    // Upheld with re-evaluation: back to the opened bids, award and ranking gone.
    let p = given(through_challenge())
        .with(ctx_at(on_time))
        .when(answer(UpheldReevaluation))
        .then([answered(UpheldReevaluation, false, on_time)]);
    assert_eq!(p.status, Some(ProcurementStatus::Opened));
    assert_eq!((p.award.as_ref(), p.report.as_ref()), (None, None));
    assert_eq!(p.valid_bids(), 3);
    // Upheld with re-procurement: failed.
    let events = given(through_challenge())
        .with(ctx_at(on_time))
        .when(answer(UpheldReprocurement))
        .then_accepted();
    assert!(matches!(&events[1], E::ProcurementFailed { rule, .. } if rule == "AWARD-RANK"));
    let mut history = through_challenge();
    history.push(answered(Dismissed, false, on_time));
    let twice = given(history)
        .with(ctx_at(on_time))
        .when(answer(UpheldReevaluation))
        .then_refused("PROC-STATE");
    assert!(
        twice
            .message()
            .contains("answered on 2026-04-17 (DISMISSED)"),
        "{twice}"
    );
    given(through_award())
        .with(ctx_at(on_time))
        .when(answer(Dismissed))
        .then_refused("PROC-STATE");
}

#[test]
fn a_complaint_is_recorded_within_fifteen_working_days_after_the_reply_period() {
    let complaint = C::RecordComplaint {
        challenge_id: challenge(1),
        reference: "深财购投〔2026〕12号".into(),
    };
    // Reply due 17 April; 15 working days later is 8 May.
    let p = given(through_challenge())
        .with(ctx_at(at(2026, 5, 8, 2)))
        .when(complaint.clone())
        .then([E::ComplaintRecorded {
            challenge_id: challenge(1),
            reference: "深财购投〔2026〕12号".into(),
            recorded_at: at(2026, 5, 8, 2),
        }]);
    assert_eq!(p.challenge(challenge(1)).unwrap().complaints.len(), 1);
    let late = given(through_challenge())
        .with(ctx_at(at(2026, 5, 11, 2)))
        .when(complaint.clone())
        .then_refused("AWARD-RANK");
    assert!(late.message().contains("until 2026-05-08"), "{late}");
    // Recorded even after the procurement failed on the challenge it follows.
    let mut failed = through_challenge();
    failed.push(E::ProcurementFailed {
        rule: "AWARD-RANK".into(),
        reason: "upheld".into(),
        failed_at: at(2026, 4, 16, 2),
    });
    given(failed)
        .with(ctx_at(at(2026, 4, 20, 2)))
        .when(complaint.clone())
        .then_accepted();
    let none = given(through_award())
        .with(ctx_at(at(2026, 4, 20, 2)))
        .when(complaint.clone())
        .then_refused("PROC-STATE");
    assert!(
        none.message()
            .contains("a complaint (投诉) follows a challenge (质疑)"),
        "{none}"
    );
    given([drafted()])
        .with(ctx_at(at(2026, 4, 20, 2)))
        .when(complaint)
        .then_refused("PROC-STATE");
}

// --- cancellation and wrong states ------------------------------------------------------------

#[test]
fn a_procurement_is_cancelled_with_a_reason_before_the_award() {
    let p = given([drafted(), published()])
        .with(ctx_at(at(2026, 3, 5, 2)))
        .when(C::Cancel {
            reason: "预算调整".into(),
        })
        .then([E::ProcurementCancelled {
            reason: "预算调整".into(),
            cancelled_at: at(2026, 3, 5, 2),
        }]);
    assert_eq!(p.status.map(ProcurementStatus::ocds), Some("cancelled"));
    given([drafted()])
        .with(ctx())
        .when(C::Cancel { reason: "".into() })
        .then_invalid("reason");
    let after = given(through_award())
        .with(ctx())
        .when(C::Cancel { reason: "x".into() })
        .then_refused("PROC-STATE");
    assert!(after.message().contains("is AWARDED (已发布中标公告); cancelling needs it to be DRAFT, PUBLISHED, BIDDING_CLOSED, OPENED or EVALUATED"), "{after}");
}

#[test]
fn every_command_outside_its_states_is_refused_by_proc_state_naming_the_state() {
    let cancelled = vec![
        drafted(),
        E::ProcurementCancelled {
            reason: "x".into(),
            cancelled_at: at(2026, 3, 2, 1),
        },
    ];
    for (name, history, command, fragment) in [
        (
            "draft twice",
            vec![drafted()],
            draft(terms()),
            "is DRAFT (草稿); drafting a procurement opens a new procurement",
        ),
        (
            "publish nothing",
            vec![],
            C::Publish,
            "no procurement has been drafted under this id; publishing needs it to be DRAFT",
        ),
        (
            "publish twice",
            vec![drafted(), published()],
            C::Publish,
            "is PUBLISHED",
        ),
        (
            "amend a draft",
            vec![drafted()],
            amend(Amendment::default()),
            "an amendment (更正) needs it to be PUBLISHED",
        ),
        (
            "close a draft",
            vec![drafted()],
            C::CloseBidding,
            "closing bidding needs it to be PUBLISHED",
        ),
        (
            "open a draft",
            vec![drafted()],
            C::Open,
            "the opening (开标) needs it to be PUBLISHED or BIDDING_CLOSED",
        ),
        (
            "evaluate before opening",
            vec![drafted(), published(), closed()],
            C::RecordEvaluation,
            "is BIDDING_CLOSED (投标已截止)",
        ),
        (
            "award before evaluation",
            through_opening(),
            C::Award { bid_id: bid(2) },
            "the award (中标) needs it to be EVALUATED",
        ),
        (
            "award twice",
            through_award(),
            C::Award { bid_id: bid(2) },
            "is AWARDED",
        ),
        ("cancelled", cancelled, C::Publish, "is CANCELLED (已终止)"),
    ] {
        let refusal = given(history)
            .with(ctx_at(at(2026, 4, 1, 2)))
            .when(command)
            .then_refused("PROC-STATE");
        assert!(refusal.message().contains(fragment), "{name}: {refusal}");
    }
}

// --- the wire ---------------------------------------------------------------------------------

/// The store hashes payloads as canonical JSON, which holds no floats.
fn has_float(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Number(n) => n.is_f64(),
        serde_json::Value::Array(items) => items.iter().any(has_float),
        serde_json::Value::Object(fields) => fields.values().any(has_float),
        _ => false,
    }
}

#[test]
fn every_event_round_trips_and_unknown_kinds_or_schemas_are_refused() {
    let events = vec![
        drafted(),
        published(),
        E::ProcurementAmended {
            amendment: Box::new(Amendment {
                bid_deadline: Some(at(2026, 3, 30, 1)),
                ..Amendment::default()
            }),
            substantive: false,
            reason: "延期".into(),
            amended_at: at(2026, 3, 10, 2),
        },
        closed(),
        opened(),
        E::ProcurementFailed {
            rule: "BID-MIN-BIDDERS".into(),
            reason: "x".into(),
            failed_at: at(2026, 3, 23, 2),
        },
        evaluated(),
        E::AwardDeclined {
            bid_id: bid(2),
            reason: "x".into(),
            declined_at: at(2026, 3, 31, 2),
        },
        E::BidDisqualified {
            bid_id: bid(3),
            reason: "x".into(),
            disqualified_at: at(2026, 3, 31, 2),
        },
        noticed(2),
        filed(1),
        answered(ChallengeDecision::Dismissed, true, at(2026, 4, 20, 2)),
        E::ComplaintRecorded {
            challenge_id: challenge(1),
            reference: "r".into(),
            recorded_at: at(2026, 4, 21, 2),
        },
        E::ProcurementCancelled {
            reason: "x".into(),
            cancelled_at: at(2026, 3, 5, 2),
        },
    ];
    let kinds: Vec<&str> = events.iter().map(DomainEvent::kind).collect();
    assert_eq!(
        kinds,
        ProcurementEvent::KINDS
            .iter()
            .map(|(k, _)| *k)
            .collect::<Vec<_>>()
    );
    for e in events {
        assert_eq!(e.schema(), 1);
        let data = e.to_data();
        assert!(!has_float(&data), "{} carries a float: {data}", e.kind());
        assert_eq!(
            ProcurementEvent::from_stored(e.kind(), 1, &data).unwrap(),
            e
        );
        assert!(matches!(
            ProcurementEvent::from_stored(e.kind(), 2, &data),
            Err(DecodeError::UnsupportedSchema { .. })
        ));
    }
    assert!(matches!(
        ProcurementEvent::from_stored("TenderPublished", 1, &serde_json::json!({})),
        Err(DecodeError::UnknownKind(_))
    ));
    assert_eq!(C::Open.name(), "OpenBids");
    assert!(draft(terms()).opens_stream() && !C::Publish.opens_stream());
    assert_eq!(
        C::Cancel {
            reason: "预算调整".into()
        }
        .reason(),
        Some("预算调整")
    );
}
