//! The contract on the given/when/then harness: signing from the award (CON-SIGN, PROC-TERM),
//! milestones, acceptance (CON-ACCEPTANCE), payments and their clock (CON-PAYMENT),
//! supplements (CON-SUPPLEMENT), the course of a contract (PROC-STATE, reasons), corrections
//! (AUDIT-IMMUTABLE), the sums and the overdue list, the claim and the events on the wire.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::*;
use crate::aggregate::{DomainCommand, DomainEvent};
use crate::catalogue::CatalogueCode;
use crate::procurement::{
    AwardNotice, Challenge, ChallengeAnswer, ChallengeDecision, Procurement, ProcurementMethod,
    ProcurementStatus,
};
use crate::testing::{self, Given};
use crate::values::{Jurisdiction, Money};
use ContractCommand as C;
use ContractEvent as E;

fn given(history: impl IntoIterator<Item = ContractEvent>) -> Given<Contract> {
    testing::given(history)
}

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn yuan(y: u32) -> Money {
    Money::from_yuan(y)
}

const PROCUREMENT: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001);
const SUPPLIER: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0002);
const CONTRACT: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0003);
const BID: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0004);
const UNIT: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0005);
const PAY1: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0011);
const PAY2: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0012);
const SUP1: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0021);

/// Noticed at 10:00 Beijing time on 2 March 2026.
fn noticed_at() -> DateTime<Utc> {
    at(2026, 3, 2, 2)
}

fn terms() -> ContractTerms {
    ContractTerms {
        jurisdiction: Jurisdiction::parse("440300").unwrap(),
        purchaser: "深圳市民政局".into(),
        purchaser_unit: UNIT,
        title: "居家养老上门服务".into(),
        item: Some(CatalogueCode::parse("A0101").unwrap()),
        item_name_zh: "养老服务".into(),
        method: Some(ProcurementMethod::OpenTender),
        budget: yuan(500_000),
        service_start: day(2026, 4, 1),
        service_end: day(2027, 3, 31),
        stable_and_funded: false,
    }
}

fn awarded() -> AwardedProcurement {
    AwardedProcurement {
        procurement_id: PROCUREMENT,
        status: ProcurementStatus::Awarded,
        award: Some(AwardNotice {
            bid_id: BID,
            organisation_id: SUPPLIER,
            price: yuan(400_000),
            noticed_at: noticed_at(),
            challenge_deadline: day(2026, 3, 11),
        }),
        unanswered_challenges: 0,
        upheld_challenges: 0,
        terms: terms(),
    }
}

fn facts(p: AwardedProcurement) -> ContractFacts {
    ContractFacts {
        procurement: Some(p),
        grant: None,
    }
}

fn ctx_at(now: DateTime<Utc>) -> Context<ContractFacts> {
    Context::<()>::at(now).with_facts(facts(awarded()))
}

/// A week after the notice.
fn ctx() -> Context<ContractFacts> {
    ctx_at(at(2026, 3, 9, 2))
}

fn delivery(id: &str, due: NaiveDate) -> MilestoneSpec {
    MilestoneSpec {
        id: Some(id.into()),
        kind: MilestoneKind::Delivery,
        title: format!("第{id}阶段服务验收"),
        due,
        amount: None,
        follows: None,
    }
}

fn payment(id: &str, follows: &str, amount: Money, due: NaiveDate) -> MilestoneSpec {
    MilestoneSpec {
        id: Some(id.into()),
        kind: MilestoneKind::Payment,
        title: format!("{id}付款"),
        due,
        amount: Some(amount),
        follows: Some(follows.into()),
    }
}

fn milestones() -> Vec<MilestoneSpec> {
    vec![
        delivery("D1", day(2026, 9, 30)),
        payment("P1", "D1", yuan(160_000), day(2026, 10, 31)),
        delivery("D2", day(2027, 3, 15)),
        payment("P2", "D2", yuan(240_000), day(2027, 3, 31)),
    ]
}

fn sign_with(milestones: Vec<MilestoneSpec>) -> ContractCommand {
    C::Sign {
        contract_id: CONTRACT,
        procurement_id: PROCUREMENT,
        supplier: SUPPLIER,
        amount: yuan(400_000),
        service_start: day(2026, 4, 1),
        service_end: day(2027, 3, 31),
        milestones,
    }
}

fn sign() -> ContractCommand {
    sign_with(milestones())
}

fn signed() -> Vec<ContractEvent> {
    given([]).with(ctx()).when(sign()).then_accepted()
}

fn with(
    mut history: Vec<ContractEvent>,
    more: impl IntoIterator<Item = ContractEvent>,
) -> Vec<ContractEvent> {
    history.extend(more);
    history
}

fn accepted(milestone: &str, passed: bool, on: DateTime<Utc>) -> ContractEvent {
    E::MilestoneAccepted {
        milestone_id: milestone.into(),
        passed,
        recipients_participating: 12,
        recipients_note: "服务对象代表12人参与验收".into(),
        report: "验收报告".into(),
        payment_due: passed.then(|| crate::calendar::add_days(crate::calendar::china_date(on), 30)),
        accepted_at: on,
    }
}

fn accept(milestone: &str, passed: bool) -> ContractCommand {
    C::AcceptMilestone {
        milestone_id: milestone.into(),
        passed,
        recipients_participating: 12,
        recipients_note: "服务对象代表12人参与验收".into(),
        report: "验收报告".into(),
    }
}

fn pay(id: Uuid, milestone: &str, amount: Money) -> ContractCommand {
    C::RecordPayment {
        payment_id: id,
        milestone_id: milestone.into(),
        amount,
        reference: "国库集中支付 2026-001".into(),
    }
}

fn paid(id: Uuid, milestone: &str, amount: Money, late: bool, on: DateTime<Utc>) -> ContractEvent {
    E::PaymentRecorded {
        payment_id: id,
        milestone_id: milestone.into(),
        amount,
        reference: "国库集中支付 2026-001".into(),
        late,
        paid_at: on,
    }
}

/// Signed, D1 accepted on 30 September 2026 (payment due by 30 October).
fn d1_accepted() -> Vec<ContractEvent> {
    with(signed(), [accepted("D1", true, at(2026, 9, 30, 2))])
}

// ---------------------------------------------------------------------------------------------
// Signing (CON-SIGN, PROC-TERM)
// ---------------------------------------------------------------------------------------------

#[test]
fn a_contract_is_signed_from_the_award_and_copies_the_procurement_terms() {
    let now = at(2026, 3, 9, 2);
    let resolved = vec![
        MilestoneTerms {
            id: "D1".into(),
            kind: MilestoneKind::Delivery,
            title: "第D1阶段服务验收".into(),
            due: day(2026, 9, 30),
            amount: Money::default(),
            follows: None,
        },
        MilestoneTerms {
            id: "P1".into(),
            kind: MilestoneKind::Payment,
            title: "P1付款".into(),
            due: day(2026, 10, 31),
            amount: yuan(160_000),
            follows: Some("D1".into()),
        },
        MilestoneTerms {
            id: "D2".into(),
            kind: MilestoneKind::Delivery,
            title: "第D2阶段服务验收".into(),
            due: day(2027, 3, 15),
            amount: Money::default(),
            follows: None,
        },
        MilestoneTerms {
            id: "P2".into(),
            kind: MilestoneKind::Payment,
            title: "P2付款".into(),
            due: day(2027, 3, 31),
            amount: yuan(240_000),
            follows: Some("D2".into()),
        },
    ];
    let contract = given([])
        .with(ctx_at(now))
        .when(sign())
        .then([E::ContractSigned {
            contract_id: CONTRACT,
            procurement_id: PROCUREMENT,
            award_bid_id: BID,
            award_noticed_at: noticed_at(),
            supplier: SUPPLIER,
            amount: yuan(400_000),
            service_start: day(2026, 4, 1),
            service_end: day(2027, 3, 31),
            terms: Box::new(terms()),
            milestones: resolved,
            signed_at: now,
        }]);
    assert_eq!(contract.status, Some(ContractStatus::Active));
    assert_eq!(contract.purchaser_unit(), Some(UNIT));
    assert_eq!(contract.total(), yuan(400_000));
    assert_eq!(contract.accepted(), Money::default());
    assert_eq!(contract.remaining(), yuan(400_000));
    assert_eq!(contract.events, 1);
    assert_eq!(contract.signed_on(), Some(day(2026, 3, 9)));
    assert_eq!(
        contract.claims(),
        vec![crate::aggregate::Claim {
            namespace: "procurement-contract",
            key: PROCUREMENT.to_string(),
            rule: "CON-SIGN",
            message: "a contract is already signed for this procurement; one procurement has one contract".into(),
        }]
    );
    assert!(Contract::default().claims().is_empty());
}

#[test]
fn sign_is_refused_unless_the_award_stands_as_noticed() {
    let not_awarded = AwardedProcurement {
        status: ProcurementStatus::Evaluated,
        award: None,
        ..awarded()
    };
    let unanswered = AwardedProcurement {
        unanswered_challenges: 1,
        ..awarded()
    };
    let upheld = AwardedProcurement {
        upheld_challenges: 1,
        ..awarded()
    };
    let other = AwardedProcurement {
        procurement_id: Uuid::from_u128(99),
        ..awarded()
    };
    let now = at(2026, 3, 9, 2);
    for (name, procurement, fragment) in [
        ("not awarded", Some(not_awarded), "award notice"),
        ("unanswered challenge", Some(unanswered), "not yet answered"),
        ("upheld challenge", Some(upheld), "was upheld"),
        ("another procurement", Some(other), "no procurement"),
        ("no procurement", None, "no procurement"),
    ] {
        let ctx = Context::<()>::at(now).with_facts(ContractFacts {
            procurement,
            grant: None,
        });
        let e = given([]).with(ctx).when(sign()).then_refused("CON-SIGN");
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
}

#[test]
fn sign_is_with_the_awarded_supplier_for_the_awarded_amount() {
    let other_supplier = C::Sign {
        contract_id: CONTRACT,
        procurement_id: PROCUREMENT,
        supplier: Uuid::from_u128(7),
        amount: yuan(400_000),
        service_start: day(2026, 4, 1),
        service_end: day(2027, 3, 31),
        milestones: milestones(),
    };
    let e = given([])
        .with(ctx())
        .when(other_supplier)
        .then_refused("CON-SIGN");
    assert!(e.message().contains("awarded supplier"), "{e}");

    let other_amount = C::Sign {
        contract_id: CONTRACT,
        procurement_id: PROCUREMENT,
        supplier: SUPPLIER,
        amount: yuan(410_000),
        service_start: day(2026, 4, 1),
        service_end: day(2027, 3, 31),
        milestones: milestones(),
    };
    let e = given([])
        .with(ctx())
        .when(other_amount)
        .then_refused("CON-SIGN");
    assert!(e.message().contains("¥400000.00"), "{e}");
}

#[test]
fn sign_is_within_thirty_days_of_the_notice_counted_in_china_dates() {
    // Noticed on 2 March (Beijing): the 30th day after is 1 April, the last day to sign.
    given([])
        .with(ctx_at(at(2026, 4, 1, 15)))
        .when(sign())
        .then_accepted();
    let e = given([])
        .with(ctx_at(at(2026, 4, 1, 16)))
        .when(sign())
        .then_refused("CON-SIGN");
    assert!(e.message().contains("within 30 days"), "{e}");
    assert!(e.message().contains("2026-04-01"), "{e}");
    // The number is policy data.
    let longer = ctx_at(at(2026, 4, 5, 2)).with_policy(crate::policy::Policy {
        contract_sign_within_days: 40,
        ..crate::policy::Policy::default()
    });
    given([]).with(longer).when(sign()).then_accepted();
}

#[test]
fn one_contract_per_stream_and_the_term_is_the_procurement_rule() {
    given(signed())
        .with(ctx())
        .when(sign())
        .then_refused("PROC-STATE");

    let thirteen_months = C::Sign {
        contract_id: CONTRACT,
        procurement_id: PROCUREMENT,
        supplier: SUPPLIER,
        amount: yuan(400_000),
        service_start: day(2026, 4, 1),
        service_end: day(2027, 4, 30),
        milestones: milestones(),
    };
    let e = given([])
        .with(ctx())
        .when(thirteen_months.clone())
        .then_invalid("serviceEnd");
    assert_eq!(e.rule(), Some("PROC-TERM"));
    assert!(e.message().contains("or 36 months"), "{e}");

    let stable = AwardedProcurement {
        terms: ContractTerms {
            stable_and_funded: true,
            ..terms()
        },
        ..awarded()
    };
    let ctx = Context::<()>::at(at(2026, 3, 9, 2)).with_facts(facts(stable));
    given([]).with(ctx).when(thirteen_months).then_accepted();
}

// ---------------------------------------------------------------------------------------------
// Milestones
// ---------------------------------------------------------------------------------------------

#[test]
fn milestone_ids_are_numbered_when_left_out() {
    let specs: Vec<MilestoneSpec> = milestones()
        .into_iter()
        .map(|m| MilestoneSpec { id: None, ..m })
        .collect();
    let mut specs = specs;
    specs[1].follows = Some("M1".into());
    specs[3].follows = Some("M3".into());
    let events = given([]).with(ctx()).when(sign_with(specs)).then_accepted();
    let E::ContractSigned { milestones, .. } = &events[0] else {
        panic!("{events:?}");
    };
    let ids: Vec<&str> = milestones.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["M1", "M2", "M3", "M4"]);
}

#[test]
fn milestones_are_refused_naming_the_field() {
    let short = {
        let mut m = milestones();
        m[3].amount = Some(yuan(239_999));
        m
    };
    let no_follows = {
        let mut m = milestones();
        m[1].follows = None;
        m
    };
    let follows_payment = {
        let mut m = milestones();
        m[3].follows = Some("P1".into());
        m
    };
    let late = {
        let mut m = milestones();
        m[2].due = day(2027, 4, 1);
        m
    };
    let early = {
        let mut m = milestones();
        m[0].due = day(2026, 3, 31);
        m
    };
    let duplicate = {
        let mut m = milestones();
        m[2].id = Some("D1".into());
        m
    };
    let bad_id = {
        let mut m = milestones();
        m[0].id = Some("第一".into());
        m
    };
    let money_on_delivery = {
        let mut m = milestones();
        m[0].amount = Some(yuan(1));
        m
    };
    let untitled = {
        let mut m = milestones();
        m[0].title = "  ".into();
        m
    };
    let unpaid_payment = {
        let mut m = milestones();
        m[1].amount = None;
        m
    };
    let too_many = {
        let mut m = milestones();
        m.extend((0..97).map(|i| delivery(&format!("X{i}"), day(2026, 5, 1))));
        m
    };
    for (name, specs, field, rule, fragment) in [
        (
            "short",
            short,
            "milestones.amount",
            Some("CON-PAYMENT"),
            "exactly ¥400000.00",
        ),
        (
            "no follows",
            no_follows,
            "milestones.follows",
            Some("CON-PAYMENT"),
            "P1",
        ),
        (
            "follows payment",
            follows_payment,
            "milestones.follows",
            Some("CON-PAYMENT"),
            "not a delivery",
        ),
        (
            "late",
            late,
            "milestones.due",
            Some("PROC-TERM"),
            "outside the service period",
        ),
        (
            "early",
            early,
            "milestones.due",
            Some("PROC-TERM"),
            "2026-03-31",
        ),
        ("duplicate", duplicate, "milestones.id", None, "already has"),
        ("bad id", bad_id, "milestones.id", None, "letters, digits"),
        (
            "money on delivery",
            money_on_delivery,
            "milestones.amount",
            Some("CON-PAYMENT"),
            "only payment milestones",
        ),
        ("untitled", untitled, "milestones.title", None, "D1"),
        (
            "unpaid payment",
            unpaid_payment,
            "milestones.amount",
            Some("CON-PAYMENT"),
            "P1",
        ),
        ("too many", too_many, "milestones", None, "at most 100"),
    ] {
        let e = given([])
            .with(ctx())
            .when(sign_with(specs))
            .then_invalid(field);
        assert_eq!(e.rule(), rule, "{name}: {e}");
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
    // An assessment carries no money and is due within the period too.
    let mut with_assessment = milestones();
    with_assessment.push(MilestoneSpec {
        id: Some("A1".into()),
        kind: MilestoneKind::Assessment,
        title: "年度绩效评价".into(),
        due: day(2027, 3, 31),
        amount: None,
        follows: None,
    });
    given([])
        .with(ctx())
        .when(sign_with(with_assessment))
        .then_accepted();
}

// ---------------------------------------------------------------------------------------------
// Acceptance (CON-ACCEPTANCE)
// ---------------------------------------------------------------------------------------------

#[test]
fn acceptance_records_the_recipients_and_starts_the_payment_clock() {
    let on = at(2026, 9, 30, 2);
    let contract = given(signed())
        .with(ctx_at(on))
        .when(accept("D1", true))
        .then([accepted("D1", true, on)]);
    let d1 = contract.milestone("D1").unwrap();
    let a = d1.acceptance().unwrap();
    assert_eq!(a.payment_due, Some(day(2026, 10, 30)));
    assert_eq!(a.version, 1);
    assert_eq!(a.recipients_participating, 12);
    assert_eq!(contract.accepted(), yuan(160_000));
    assert_eq!(contract.milestone_ocds_status(d1), "met");
    assert_eq!(
        contract.milestone_ocds_status(contract.milestone("D2").unwrap()),
        "scheduled"
    );
}

#[test]
fn a_failed_acceptance_is_followed_by_a_new_one_and_a_passed_one_is_not_repeated() {
    let first = at(2026, 9, 30, 2);
    let contract = given(signed())
        .with(ctx_at(first))
        .when(accept("D1", false))
        .then([accepted("D1", false, first)]);
    let d1 = contract.milestone("D1").unwrap();
    assert_eq!(contract.milestone_ocds_status(d1), "notMet");
    assert_eq!(contract.accepted(), Money::default());

    let history = with(signed(), [accepted("D1", false, first)]);
    let again = at(2026, 10, 15, 2);
    let contract = given(history)
        .with(ctx_at(again))
        .when(accept("D1", true))
        .then([accepted("D1", true, again)]);
    assert_eq!(contract.milestone("D1").unwrap().acceptances.len(), 2);

    let e = given(d1_accepted())
        .with(ctx())
        .when(accept("D1", true))
        .then_refused("CON-ACCEPTANCE");
    assert!(e.message().contains("already passed"), "{e}");
}

#[test]
fn acceptance_is_refused_without_recipients_off_deliveries_and_off_active_contracts() {
    let no_recipients = C::AcceptMilestone {
        milestone_id: "D1".into(),
        passed: true,
        recipients_participating: 0,
        recipients_note: String::new(),
        report: "验收报告".into(),
    };
    let e = given(signed())
        .with(ctx())
        .when(no_recipients)
        .then_invalid("recipientsParticipating");
    assert_eq!(e.rule(), Some("CON-ACCEPTANCE"));

    let no_report = C::AcceptMilestone {
        milestone_id: "D1".into(),
        passed: true,
        recipients_participating: 3,
        recipients_note: String::new(),
        report: " ".into(),
    };
    given(signed())
        .with(ctx())
        .when(no_report)
        .then_invalid("report");

    given(signed())
        .with(ctx())
        .when(accept("P1", true))
        .then_refused("CON-ACCEPTANCE");
    given(signed())
        .with(ctx())
        .when(accept("X9", true))
        .then_refused("CON-ACCEPTANCE");

    let suspended = with(
        signed(),
        [E::ContractSuspended {
            reason: "疫情防控".into(),
            suspended_at: at(2026, 5, 1, 2),
        }],
    );
    given(suspended)
        .with(ctx())
        .when(accept("D1", true))
        .then_refused("PROC-STATE");
    given([])
        .with(ctx())
        .when(accept("D1", true))
        .then_refused("PROC-STATE");
}

// ---------------------------------------------------------------------------------------------
// Payments (CON-PAYMENT)
// ---------------------------------------------------------------------------------------------

#[test]
fn a_payment_follows_the_acceptance_and_is_late_after_its_clock() {
    let on_time = at(2026, 10, 30, 15);
    let contract = given(d1_accepted())
        .with(ctx_at(on_time))
        .when(pay(PAY1, "P1", yuan(100_000)))
        .then([paid(PAY1, "P1", yuan(100_000), false, on_time)]);
    assert_eq!(contract.paid(), yuan(100_000));
    assert_eq!(contract.remaining(), yuan(300_000));
    assert_eq!(contract.payment(PAY1).unwrap().version, 2);

    let late = at(2026, 10, 30, 16);
    given(d1_accepted())
        .with(ctx_at(late))
        .when(pay(PAY1, "P1", yuan(160_000)))
        .then([paid(PAY1, "P1", yuan(160_000), true, late)]);
}

#[test]
fn payments_are_refused_before_acceptance_beyond_the_milestone_and_off_payment_milestones() {
    let e = given(signed())
        .with(ctx())
        .when(pay(PAY1, "P1", yuan(1)))
        .then_refused("CON-PAYMENT");
    assert!(e.message().contains("has not passed"), "{e}");

    let failed = with(signed(), [accepted("D1", false, at(2026, 9, 30, 2))]);
    given(failed)
        .with(ctx())
        .when(pay(PAY1, "P1", yuan(1)))
        .then_refused("CON-PAYMENT");

    let e = given(d1_accepted())
        .with(ctx())
        .when(pay(PAY1, "P1", Money::from_fen(16_000_001).unwrap()))
        .then_refused("CON-PAYMENT");
    assert!(e.message().contains("beyond"), "{e}");

    let part_paid = with(
        d1_accepted(),
        [paid(PAY1, "P1", yuan(100_000), false, at(2026, 10, 2, 2))],
    );
    given(part_paid.clone())
        .with(ctx())
        .when(pay(PAY2, "P1", yuan(60_001)))
        .then_refused("CON-PAYMENT");
    given(part_paid.clone())
        .with(ctx())
        .when(pay(PAY2, "P1", yuan(60_000)))
        .then_accepted();
    let e = given(part_paid)
        .with(ctx())
        .when(pay(PAY1, "P1", yuan(1)))
        .then_refused("CON-PAYMENT");
    assert!(e.message().contains("already recorded"), "{e}");

    given(d1_accepted())
        .with(ctx())
        .when(pay(PAY1, "D1", yuan(1)))
        .then_refused("CON-PAYMENT");
    given(d1_accepted())
        .with(ctx())
        .when(pay(PAY1, "P1", Money::default()))
        .then_invalid("amount");
    let no_reference = C::RecordPayment {
        payment_id: PAY1,
        milestone_id: "P1".into(),
        amount: yuan(1),
        reference: String::new(),
    };
    given(d1_accepted())
        .with(ctx())
        .when(no_reference)
        .then_invalid("reference");
}

#[test]
fn a_payment_owed_is_recorded_whatever_the_contract_status() {
    let terminated = with(
        d1_accepted(),
        [E::ContractTerminated {
            reason: "机构注销".into(),
            terminated_at: at(2026, 10, 1, 2),
        }],
    );
    given(terminated)
        .with(ctx_at(at(2026, 10, 2, 2)))
        .when(pay(PAY1, "P1", yuan(160_000)))
        .then_accepted();
}

#[test]
fn overdue_lists_unpaid_milestones_past_their_clock_and_late_payments() {
    let history = with(
        d1_accepted(),
        [paid(PAY1, "P1", yuan(60_000), true, at(2026, 11, 5, 2))],
    );
    let contract = given(history).state().clone();
    let on_due_day = contract.overdue(day(2026, 10, 30));
    assert!(on_due_day.milestones.is_empty());
    let after = contract.overdue(day(2026, 11, 6));
    assert_eq!(
        after.milestones,
        vec![OverdueMilestone {
            milestone_id: "P1".into(),
            title: "P1付款".into(),
            due: day(2026, 10, 30),
            unpaid: yuan(100_000),
        }]
    );
    assert_eq!(after.unpaid, yuan(100_000));
    assert_eq!(after.late_payments, vec![PAY1]);
    // Nothing is overdue on a milestone whose delivery is not accepted.
    assert!(
        given(signed())
            .state()
            .overdue(day(2028, 1, 1))
            .milestones
            .is_empty()
    );
}

// ---------------------------------------------------------------------------------------------
// Supplements (CON-SUPPLEMENT)
// ---------------------------------------------------------------------------------------------

fn supplement(
    amount: Money,
    same_subject: bool,
    milestones: Vec<MilestoneSpec>,
) -> ContractCommand {
    C::Supplement {
        supplement_id: SUP1,
        amount,
        same_subject,
        description: "增加服务对象20户".into(),
        milestones,
    }
}

#[test]
fn supplements_add_at_most_ten_percent_of_the_original_amount() {
    let ten_percent = supplement(
        yuan(40_000),
        true,
        vec![payment("S1", "D2", yuan(40_000), day(2027, 3, 31))],
    );
    let contract = given(signed())
        .with(ctx())
        .when(ten_percent)
        .then_accepted();
    let contract = contract
        .into_iter()
        .fold(given(signed()).state().clone(), |c, e| c.evolve(&e));
    assert_eq!(contract.supplemented(), yuan(40_000));
    assert_eq!(contract.total(), yuan(440_000));
    assert_eq!(contract.milestone("S1").unwrap().supplement, Some(SUP1));

    let over = supplement(
        Money::from_fen(4_000_001).unwrap(),
        true,
        vec![payment(
            "S1",
            "D2",
            Money::from_fen(4_000_001).unwrap(),
            day(2027, 3, 31),
        )],
    );
    let e = given(signed())
        .with(ctx())
        .when(over)
        .then_refused("CON-SUPPLEMENT");
    assert!(e.message().contains("10%"), "{e}");

    // Together: a second supplement counts the first.
    let first = with(
        signed(),
        [E::ContractSupplemented {
            supplement_id: Uuid::from_u128(1),
            amount: yuan(30_000),
            description: "一".into(),
            milestones: vec![],
            supplemented_at: at(2026, 5, 1, 2),
        }],
    );
    let second = supplement(
        yuan(10_001),
        true,
        vec![payment("S2", "D2", yuan(10_001), day(2027, 3, 31))],
    );
    given(first)
        .with(ctx())
        .when(second)
        .then_refused("CON-SUPPLEMENT");
}

#[test]
fn a_supplement_is_for_the_same_subject_and_its_payments_add_up() {
    let other_subject = supplement(
        yuan(1_000),
        false,
        vec![payment("S1", "D2", yuan(1_000), day(2027, 3, 31))],
    );
    let e = given(signed())
        .with(ctx())
        .when(other_subject)
        .then_refused("CON-SUPPLEMENT");
    assert!(e.message().contains("第49条"), "{e}");

    let short = supplement(
        yuan(1_000),
        true,
        vec![payment("S1", "D2", yuan(999), day(2027, 3, 31))],
    );
    let e = given(signed())
        .with(ctx())
        .when(short)
        .then_invalid("milestones.amount");
    assert_eq!(e.rule(), Some("CON-SUPPLEMENT"));

    // New ids continue the contract's numbering; a new delivery may carry the new payment.
    let numbered = supplement(
        yuan(1_000),
        true,
        vec![
            MilestoneSpec {
                id: None,
                ..delivery("x", day(2027, 1, 1))
            },
            payment("S1", "M5", yuan(1_000), day(2027, 3, 31)),
        ],
    );
    given(signed()).with(ctx()).when(numbered).then_accepted();
}

// ---------------------------------------------------------------------------------------------
// Course of the contract
// ---------------------------------------------------------------------------------------------

#[test]
fn suspend_resume_terminate_need_a_reason_and_follow_the_status() {
    let now = at(2026, 5, 1, 2);
    let suspended = given(signed())
        .with(ctx_at(now))
        .when(C::Suspend {
            reason: "疫情防控".into(),
        })
        .then([E::ContractSuspended {
            reason: "疫情防控".into(),
            suspended_at: now,
        }]);
    assert_eq!(suspended.status, Some(ContractStatus::Suspended));
    assert_eq!(ContractStatus::Suspended.ocds(), "active");

    let history = with(
        signed(),
        [E::ContractSuspended {
            reason: "疫情防控".into(),
            suspended_at: now,
        }],
    );
    let resumed = given(history.clone())
        .with(ctx())
        .when(C::Resume {
            reason: "恢复".into(),
        })
        .then_accepted();
    assert!(matches!(resumed[0], E::ContractResumed { .. }));
    given(signed())
        .with(ctx())
        .when(C::Resume {
            reason: "恢复".into(),
        })
        .then_refused("PROC-STATE");
    let terminated = given(history)
        .with(ctx())
        .when(C::Terminate {
            reason: "服务机构严重违约".into(),
        })
        .then_accepted();
    let contract = terminated
        .iter()
        .fold(given(signed()).state().clone(), |c, e| c.evolve(e));
    assert_eq!(contract.status, Some(ContractStatus::Terminated));
    assert_eq!(ContractStatus::Terminated.ocds(), "terminated");

    for command in [
        C::Suspend { reason: " ".into() },
        C::Terminate {
            reason: String::new(),
        },
    ] {
        let e = given(signed())
            .with(ctx())
            .when(command)
            .then_invalid("reason");
        assert_eq!(e.rule(), Some("REG-REFUSAL-REASON"));
    }
    let ended = with(
        signed(),
        [E::ContractTerminated {
            reason: "违约".into(),
            terminated_at: now,
        }],
    );
    given(ended)
        .with(ctx())
        .when(C::Suspend { reason: "x".into() })
        .then_refused("PROC-STATE");
}

#[test]
fn a_contract_is_completed_once_every_delivery_passed() {
    let e = given(d1_accepted())
        .with(ctx())
        .when(C::Complete)
        .then_refused("CON-ACCEPTANCE");
    assert!(e.message().contains("D2"), "{e}");

    let all = with(d1_accepted(), [accepted("D2", true, at(2027, 3, 15, 2))]);
    let now = at(2027, 3, 20, 2);
    let done = given(all)
        .with(ctx_at(now))
        .when(C::Complete)
        .then([E::ContractCompleted { completed_at: now }]);
    assert_eq!(done.status, Some(ContractStatus::Completed));
    assert_eq!(done.ended_at, Some(now));
    assert_eq!(ContractStatus::Completed.ocds(), "terminated");
    assert_eq!(ContractStatus::Completed.label_zh(), "已履行完毕");
}

// ---------------------------------------------------------------------------------------------
// Corrections (AUDIT-IMMUTABLE)
// ---------------------------------------------------------------------------------------------

fn part_paid() -> Vec<ContractEvent> {
    with(
        d1_accepted(),
        [paid(PAY1, "P1", yuan(100_000), false, at(2026, 10, 2, 2))],
    )
}

#[test]
fn a_payment_correction_names_the_event_it_corrects() {
    let now = at(2026, 10, 3, 2);
    let contract = given(part_paid())
        .with(ctx_at(now))
        .when(C::CorrectPayment {
            payment_id: PAY1,
            amount: yuan(10_000),
            reason: "录入多了一个零".into(),
        })
        .then([E::PaymentCorrected {
            payment_id: PAY1,
            corrects_version: 2,
            old_amount: yuan(100_000),
            new_amount: yuan(10_000),
            reason: "录入多了一个零".into(),
            corrected_at: now,
        }]);
    assert_eq!(contract.paid(), yuan(10_000));
    assert_eq!(contract.corrections.len(), 1);
    assert_eq!(contract.corrections[0].version, 3);
    assert_eq!(contract.corrections[0].corrects_version, 2);
}

#[test]
fn corrections_are_refused_without_a_reason_or_beyond_the_milestone() {
    let e = given(part_paid())
        .with(ctx())
        .when(C::CorrectPayment {
            payment_id: PAY1,
            amount: yuan(10_000),
            reason: "  ".into(),
        })
        .then_invalid("reason");
    assert_eq!(e.rule(), Some("AUDIT-IMMUTABLE"));
    let e = given(part_paid())
        .with(ctx())
        .when(C::CorrectAcceptance {
            milestone_id: "D1".into(),
            passed: false,
            reason: String::new(),
        })
        .then_invalid("reason");
    assert_eq!(e.rule(), Some("AUDIT-IMMUTABLE"));

    given(part_paid())
        .with(ctx())
        .when(C::CorrectPayment {
            payment_id: PAY1,
            amount: yuan(160_001),
            reason: "补录".into(),
        })
        .then_refused("CON-PAYMENT");
    given(part_paid())
        .with(ctx())
        .when(C::CorrectPayment {
            payment_id: PAY1,
            amount: yuan(160_000),
            reason: "补录".into(),
        })
        .then_accepted();
    given(part_paid())
        .with(ctx())
        .when(C::CorrectPayment {
            payment_id: PAY2,
            amount: yuan(1),
            reason: "补录".into(),
        })
        .then_refused("CON-PAYMENT");
    given(part_paid())
        .with(ctx())
        .when(C::CorrectPayment {
            payment_id: PAY1,
            amount: yuan(100_000),
            reason: "补录".into(),
        })
        .then_invalid("amount");
}

#[test]
fn an_acceptance_correction_names_its_event_and_keeps_the_clock_of_the_acceptance_day() {
    let failed_on = at(2026, 9, 30, 2);
    let history = with(signed(), [accepted("D1", false, failed_on)]);
    let now = at(2026, 12, 1, 2);
    let contract = given(history)
        .with(ctx_at(now))
        .when(C::CorrectAcceptance {
            milestone_id: "D1".into(),
            passed: true,
            reason: "验收结论录入错误".into(),
        })
        .then([E::AcceptanceCorrected {
            milestone_id: "D1".into(),
            corrects_version: 1,
            old_passed: false,
            new_passed: true,
            payment_due: Some(day(2026, 10, 30)),
            reason: "验收结论录入错误".into(),
            corrected_at: now,
        }]);
    assert!(contract.milestone("D1").unwrap().is_accepted());
    assert_eq!(contract.accepted(), yuan(160_000));
    assert_eq!(contract.overdue(day(2026, 12, 1)).unpaid, yuan(160_000));

    // Corrected to failed while payments followed it: those are corrected first.
    let e = given(part_paid())
        .with(ctx())
        .when(C::CorrectAcceptance {
            milestone_id: "D1".into(),
            passed: false,
            reason: "复核不合格".into(),
        })
        .then_refused("CON-PAYMENT");
    assert!(e.message().contains("correct those payments"), "{e}");
    given(d1_accepted())
        .with(ctx())
        .when(C::CorrectAcceptance {
            milestone_id: "D1".into(),
            passed: false,
            reason: "复核不合格".into(),
        })
        .then_accepted();
    given(signed())
        .with(ctx())
        .when(C::CorrectAcceptance {
            milestone_id: "D1".into(),
            passed: false,
            reason: "复核".into(),
        })
        .then_refused("CON-ACCEPTANCE");
    given(d1_accepted())
        .with(ctx())
        .when(C::CorrectAcceptance {
            milestone_id: "D1".into(),
            passed: true,
            reason: "复核".into(),
        })
        .then_invalid("passed");
}

// ---------------------------------------------------------------------------------------------
// Facts, commands and events on the wire
// ---------------------------------------------------------------------------------------------

#[test]
fn signing_facts_read_the_challenges_to_the_award_in_force() {
    let mut p = Procurement {
        id: Some(PROCUREMENT),
        status: Some(ProcurementStatus::Awarded),
        item_name_zh: Some("养老服务".into()),
        award: awarded().award,
        ..Procurement::default()
    };
    assert_eq!(AwardedProcurement::of(&p), None, "no terms: not drafted");
    p.terms = Some(crate::procurement::ProcurementTerms {
        jurisdiction: terms().jurisdiction,
        purchaser: terms().purchaser,
        purchaser_unit: UNIT,
        title: terms().title,
        description: "上门服务".into(),
        item: terms().item.unwrap(),
        method: ProcurementMethod::OpenTender,
        budget: yuan(500_000),
        bid_security: Money::default(),
        service_start: day(2026, 4, 1),
        service_end: day(2027, 3, 31),
        stable_and_funded: false,
        requirements: crate::procurement::Requirements {
            kinds: vec![],
            min_rating: None,
            min_years_registered: None,
            min_past_grade: None,
        },
        scoring: crate::procurement::ScoringScheme {
            price_weight_percent: 30,
            criteria: vec![],
        },
        bid_deadline: at(2026, 2, 1, 2),
        opening_at: at(2026, 2, 1, 2),
        reprocures: None,
    });
    let challenge = |filed_at, answer: Option<ChallengeDecision>| Challenge {
        challenge_id: Uuid::now_v7(),
        organisation_id: Uuid::from_u128(8),
        grounds: "评分有误".into(),
        filed_at,
        reply_due: day(2026, 3, 20),
        answer: answer.map(|decision| ChallengeAnswer {
            decision,
            reply: "答复".into(),
            late: false,
            answered_at: at(2026, 3, 12, 2),
        }),
        complaints: vec![],
    };
    p.challenges = vec![
        // Against an earlier award, which its upholding set aside.
        challenge(
            at(2026, 2, 20, 2),
            Some(ChallengeDecision::UpheldReevaluation),
        ),
        challenge(at(2026, 3, 3, 2), Some(ChallengeDecision::Dismissed)),
        challenge(at(2026, 3, 4, 2), None),
    ];
    let facts = AwardedProcurement::of(&p).unwrap();
    assert_eq!(facts.unanswered_challenges, 1);
    assert_eq!(facts.upheld_challenges, 0);
    assert_eq!(facts.terms, terms());
}

#[test]
fn commands_name_themselves_and_events_round_trip_under_their_schema() {
    assert_eq!(sign().name(), "SignContract");
    assert!(sign().opens_stream());
    assert!(!C::Complete.opens_stream());
    assert_eq!(
        C::Terminate {
            reason: "违约".into()
        }
        .reason(),
        Some("违约")
    );
    let mut history = part_paid();
    history.push(E::PaymentCorrected {
        payment_id: PAY1,
        corrects_version: 2,
        old_amount: yuan(100_000),
        new_amount: yuan(10_000),
        reason: "r".into(),
        corrected_at: at(2026, 10, 3, 2),
    });
    for e in &history {
        let back = ContractEvent::from_stored(e.kind(), e.schema(), &e.to_data()).unwrap();
        assert_eq!(&back, e);
        assert!(ContractEvent::KINDS.iter().any(|(k, _)| *k == e.kind()));
    }
    assert!(ContractEvent::from_stored("ContractSigned", 2, &history[0].to_data()).is_err());
    // Payloads hold no floats: canonical JSON hashes them.
    fn no_floats(v: &serde_json::Value) -> bool {
        match v {
            serde_json::Value::Number(n) => n.is_i64() || n.is_u64(),
            serde_json::Value::Array(a) => a.iter().all(no_floats),
            serde_json::Value::Object(o) => o.values().all(no_floats),
            _ => true,
        }
    }
    assert!(history.iter().all(|e| no_floats(&e.to_data())));
    // The state store keeps the state as JSON.
    let state = given(history).state().clone();
    let back: Contract = serde_json::from_value(serde_json::to_value(&state).unwrap()).unwrap();
    assert_eq!(back, state);
    assert_eq!(
        ContractStatus::parse("SUSPENDED"),
        Some(ContractStatus::Suspended)
    );
    assert_eq!(MilestoneKind::Payment.ocds(), "payment");
}

// ---------------------------------------------------------------------------------------------
// Signed from a contest's grant (issue 15)
// ---------------------------------------------------------------------------------------------

const CONTEST: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0031);
const SUBMISSION: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0032);

fn granted() -> GrantedProject {
    let mut t = terms();
    (t.item, t.method, t.item_name_zh) = (None, None, String::new());
    t.title = "长者助餐".into();
    t.budget = yuan(400_000);
    GrantedProject {
        contest_id: CONTEST,
        submission_id: SUBMISSION,
        organisation_id: SUPPLIER,
        amount: yuan(400_000),
        terms: t,
    }
}

fn sign_from_grant(submission_id: Uuid) -> ContractCommand {
    C::SignFromGrant {
        contract_id: CONTRACT,
        contest_id: CONTEST,
        submission_id,
        service_start: day(2026, 4, 1),
        service_end: day(2027, 3, 31),
        milestones: milestones(),
    }
}

#[test]
fn a_grant_is_signed_as_a_contract_whose_milestones_run_as_any_other() {
    let grant_ctx = || {
        Context::<()>::at(at(2026, 3, 9, 2)).with_facts(ContractFacts {
            procurement: None,
            grant: Some(granted()),
        })
    };
    let events = given([])
        .with(grant_ctx())
        .when(sign_from_grant(SUBMISSION))
        .then_accepted();
    let [
        E::ContractSignedFromGrant {
            supplier,
            amount,
            terms,
            ..
        },
    ] = events.as_slice()
    else {
        panic!("{events:?}")
    };
    assert_eq!((*supplier, *amount), (SUPPLIER, yuan(400_000)));
    assert_eq!((terms.item.clone(), terms.method), (None, None));
    let back =
        ContractEvent::from_stored(events[0].kind(), events[0].schema(), &events[0].to_data())
            .unwrap();
    assert_eq!(back, events[0]);
    let signed = events.iter().fold(Contract::default(), |c, e| c.evolve(e));
    assert_eq!(
        (
            signed.status,
            signed.procurement_id,
            signed.grant.map(|g| g.submission_id)
        ),
        (Some(ContractStatus::Active), None, Some(SUBMISSION))
    );
    assert_eq!(signed.claims()[0].namespace, "grant-contract");
    // The acceptance and the payment follow as for a procurement's contract.
    let accepted = given(events.clone())
        .with(Context::<()>::at(at(2026, 9, 30, 2)).with_facts(ContractFacts::default()))
        .when(accept("D1", true))
        .then_accepted();
    let mut history = events;
    history.extend(accepted);
    given(history)
        .with(Context::<()>::at(at(2026, 10, 8, 2)).with_facts(ContractFacts::default()))
        .when(pay(PAY1, "P1", yuan(160_000)))
        .then_accepted();
    // No grant to that submission: refused.
    given([])
        .with(grant_ctx())
        .when(sign_from_grant(Uuid::nil()))
        .then_refused("CONTEST-GRANT");
}
