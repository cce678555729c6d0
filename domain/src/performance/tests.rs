//! The performance evaluation on the given/when/then harness: who may evaluate
//! (PERF-EVALUATOR, the third party's independence on the registry), the indicator tree and
//! its scores (PERF-SCORE), the grade thresholds, and the grade on the supplier's record and in
//! a later procurement's eligibility (PERF-FEEDS); every event on the wire.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::*;
use crate::aggregate::{DomainCommand, DomainEvent};
use crate::error::rules::{PERF_EVALUATOR, PERF_FEEDS, PERF_SCORE, PROC_STATE};
use crate::organisation::{
    MAX_PERFORMANCE_GRADES, Organisation, OrganisationCommand, OrganisationStatus, PerformanceGrade,
};
use crate::policy::Policy;
use crate::procurement::{
    PAST_GRADE, Points, RegistryStanding, Requirements, check_eligible, ineligibilities,
};
use crate::testing::{self, Given};
use crate::values::{Jurisdiction, OrganisationKind};
use PerformanceCommand as C;
use PerformanceEvent as E;

fn given(history: impl IntoIterator<Item = PerformanceEvent>) -> Given<PerformanceEvaluation> {
    testing::given(history).translated()
}

fn at(h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, h, 0, 0).unwrap()
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

const EVALUATION: u128 = 0xE1;
const CONTRACT: u128 = 0xC1;
const PROCUREMENT: u128 = 0xD1;
const SUPPLIER: u128 = 0x51;
const PURCHASER: u128 = 0xF1;
const THIRD: u128 = 0x31;

fn jurisdiction() -> Jurisdiction {
    Jurisdiction::parse("440300").unwrap()
}

fn contract(stage: ContractStage) -> EvaluatedContract {
    EvaluatedContract {
        contract_id: id(CONTRACT),
        procurement_id: id(PROCUREMENT),
        supplier: id(SUPPLIER),
        purchaser_unit: id(PURCHASER),
        jurisdiction: jurisdiction(),
        stage,
    }
}

fn record(n: u128, id_number: &str) -> PartyRecord {
    PartyRecord {
        organisation_id: id(n),
        name: format!("机构{n:x}"),
        status: Some(OrganisationStatus::Active),
        legal_representative_id_number: id_number.to_owned(),
        hub_members: Vec::new(),
        registry_version: 4,
        registry_position: 400 + u64::try_from(n).unwrap(),
    }
}

fn supplier() -> PartyRecord {
    record(SUPPLIER, "110105194912310021")
}

fn third() -> PartyRecord {
    record(THIRD, "440305198001010035")
}

fn facts(stage: ContractStage, evaluator: Option<PartyRecord>) -> PerformanceFacts {
    PerformanceFacts {
        contract: Some(contract(stage)),
        evaluator,
        supplier: Some(supplier()),
    }
}

fn ctx_with(facts: PerformanceFacts) -> PerformanceContext {
    PerformanceContext::at(at(9)).with_facts(facts)
}

fn ctx() -> PerformanceContext {
    ctx_with(PerformanceFacts::default())
}

fn open(evaluator: EvaluatorKind, organisation: u128) -> PerformanceCommand {
    C::Open {
        evaluation_id: id(EVALUATION),
        contract_id: id(CONTRACT),
        evaluator,
        evaluator_organisation: id(organisation),
    }
}

fn opened(
    evaluator: EvaluatorKind,
    organisation: u128,
    independence: Option<IndependenceCheck>,
) -> PerformanceEvent {
    E::EvaluationOpened {
        evaluation_id: id(EVALUATION),
        contract_id: id(CONTRACT),
        procurement_id: id(PROCUREMENT),
        supplier: id(SUPPLIER),
        purchaser_unit: id(PURCHASER),
        jurisdiction: jurisdiction(),
        evaluator,
        evaluator_organisation: id(organisation),
        indicators: default_indicators(),
        thresholds: GradeThresholds::default(),
        independence,
        opened_at: at(9),
    }
}

fn third_party_opened() -> PerformanceEvent {
    opened(
        EvaluatorKind::ThirdParty,
        THIRD,
        Some(IndependenceCheck {
            evaluator_registry_version: 4,
            evaluator_registry_position: 400 + 0x31,
            supplier_registry_version: 4,
            supplier_registry_position: 400 + 0x51,
        }),
    )
}

/// Every leaf of the default tree at `percent` % of its weight (hundredths, exact for the
/// default weights).
fn scores_at(percent: u32) -> Vec<IndicatorScore> {
    leaves(&default_indicators())
        .into_iter()
        .map(|l| IndicatorScore {
            indicator: l.code.clone(),
            points: Points(l.weight * percent),
        })
        .collect()
}

fn score(code: &str, points: u32) -> IndicatorScore {
    IndicatorScore {
        indicator: code.to_owned(),
        points: Points(points),
    }
}

fn submitted(scores: Vec<IndicatorScore>, total: u32) -> PerformanceEvent {
    E::PerformanceScoresSubmitted {
        scores,
        comment: "服务对象满意度较高".into(),
        total: Points(total),
        submitted_at: at(9),
    }
}

fn submit(scores: Vec<IndicatorScore>) -> PerformanceCommand {
    C::SubmitScores {
        scores,
        comment: "服务对象满意度较高".into(),
    }
}

#[test]
fn the_default_tree_weighs_100_points_over_the_four_groups_of_b_3_5() {
    let tree = default_indicators();
    validate_tree(&tree, "performanceIndicators").unwrap();
    let top: Vec<(&str, u32)> = tree.iter().map(|i| (i.code.as_str(), i.weight)).collect();
    assert_eq!(
        top,
        [
            ("BUDGET", 10),
            ("OUTPUT", 50),
            ("OUTCOME", 30),
            ("SATISFACTION", 10)
        ]
    );
    assert_eq!(leaves(&tree).len(), 9);
    assert_eq!(
        leaves(&tree).iter().map(|l| l.weight).sum::<u32>(),
        100,
        "leaves add up to 100"
    );
    Policy::default().validate().unwrap();
}

#[test]
fn a_tree_whose_weights_do_not_add_up_is_refused() {
    let mut top_99 = default_indicators();
    top_99[3].weight = 9;
    let mut children_off = default_indicators();
    children_off[1].children[0].weight = 14;
    children_off[1].weight = 50;
    let mut twice = default_indicators();
    twice[3].code = "BUDGET".into();
    for (name, tree, fragment) in [
        ("top level", top_99, "weighs 99"),
        ("children", children_off, "add up to 49"),
        ("duplicate code", twice, "appears twice"),
    ] {
        let e = validate_tree(&tree, "performanceIndicators").unwrap_err();
        assert_eq!(e.rule(), Some(PERF_SCORE), "{name}");
        assert!(e.message().contains(fragment), "{name}: {e}");
        let policy = Policy {
            performance_indicators: tree,
            ..Policy::default()
        };
        assert!(policy.validate().is_err(), "{name}");
    }
    let thresholds = GradeThresholds {
        excellent: 80,
        good: 80,
        fair: 60,
    };
    assert_eq!(
        thresholds.validate("t").unwrap_err().rule(),
        Some(PERF_SCORE)
    );
}

#[test]
fn grades_follow_the_thresholds_of_caiyu_2020_10() {
    let t = GradeThresholds::default();
    for (hundredths, grade) in [
        (10_000, Grade::Excellent),
        (9_000, Grade::Excellent),
        (8_999, Grade::Good),
        (8_000, Grade::Good),
        (7_999, Grade::Fair),
        (6_000, Grade::Fair),
        (5_999, Grade::Poor),
        (0, Grade::Poor),
    ] {
        assert_eq!(t.grade(Points(hundredths)), grade, "{hundredths}");
    }
    assert_eq!(
        [Grade::Excellent, Grade::Good, Grade::Fair, Grade::Poor].map(Grade::label_zh),
        ["优", "良", "中", "差"]
    );
    assert!(Grade::Poor < Grade::Fair && Grade::Good < Grade::Excellent);
}

#[test]
fn the_supplier_evaluates_itself_and_the_purchaser_its_own_contract() {
    let s = given([])
        .with(ctx_with(facts(ContractStage::Completed, None)))
        .when(open(EvaluatorKind::SelfEvaluation, SUPPLIER))
        .then([opened(EvaluatorKind::SelfEvaluation, SUPPLIER, None)]);
    assert_eq!(s.status, Some(EvaluationStatus::Open));
    assert_eq!(s.supplier, Some(id(SUPPLIER)));
    assert_eq!(s.indicators, default_indicators());

    given([])
        .with(ctx_with(facts(ContractStage::Terminated, None)))
        .when(open(EvaluatorKind::Purchaser, PURCHASER))
        .then([opened(EvaluatorKind::Purchaser, PURCHASER, None)]);

    for (name, command, fragment) in [
        (
            "self by another",
            open(EvaluatorKind::SelfEvaluation, THIRD),
            "supplier itself",
        ),
        (
            "purchaser by another",
            open(EvaluatorKind::Purchaser, SUPPLIER),
            "purchasing unit",
        ),
    ] {
        let e = given([])
            .with(ctx_with(facts(ContractStage::Completed, None)))
            .when(command)
            .then_refused(PERF_EVALUATOR);
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
}

#[test]
fn only_a_completed_or_terminated_contract_is_evaluated() {
    for stage in [ContractStage::Active, ContractStage::Suspended] {
        let e = given([])
            .with(ctx_with(facts(stage, None)))
            .when(open(EvaluatorKind::Purchaser, PURCHASER))
            .then_refused(PROC_STATE);
        assert!(e.message().contains("completed or terminated"), "{e}");
    }
    let e = given([])
        .with(ctx())
        .when(open(EvaluatorKind::Purchaser, PURCHASER))
        .then_refused(PERF_EVALUATOR);
    assert!(e.message().contains("no contract"), "{e}");
}

#[test]
fn an_independent_active_third_party_evaluates_with_the_registry_states_recorded() {
    let s = given([])
        .with(ctx_with(facts(ContractStage::Completed, Some(third()))))
        .when(open(EvaluatorKind::ThirdParty, THIRD))
        .then([third_party_opened()]);
    assert_eq!(s.evaluator, Some(EvaluatorKind::ThirdParty));
    assert!(s.independence.is_some());
}

#[test]
fn a_third_party_related_to_the_supplier_is_refused() {
    let same_representative = PartyRecord {
        // The check digit's case and stray spaces do not make another person.
        legal_representative_id_number: " 110105194912310021 ".into(),
        ..third()
    };
    let hub_of_supplier = PartyRecord {
        hub_members: vec![id(SUPPLIER)],
        ..third()
    };
    let suspended = PartyRecord {
        status: Some(OrganisationStatus::Suspended),
        ..third()
    };
    let cases: Vec<(&str, PerformanceFacts, PerformanceCommand, &str)> = vec![
        (
            "the supplier itself",
            facts(ContractStage::Completed, Some(supplier())),
            open(EvaluatorKind::ThirdParty, SUPPLIER),
            "its own third-party",
        ),
        (
            "the purchaser",
            facts(ContractStage::Completed, None),
            open(EvaluatorKind::ThirdParty, PURCHASER),
            "evaluates as PURCHASER",
        ),
        (
            "same legal representative",
            facts(ContractStage::Completed, Some(same_representative)),
            open(EvaluatorKind::ThirdParty, THIRD),
            "same legal representative",
        ),
        (
            "the supplier's hub",
            facts(ContractStage::Completed, Some(hub_of_supplier)),
            open(EvaluatorKind::ThirdParty, THIRD),
            "hub",
        ),
        (
            "a member of the supplier's hub",
            PerformanceFacts {
                supplier: Some(PartyRecord {
                    hub_members: vec![id(THIRD)],
                    ..supplier()
                }),
                ..facts(ContractStage::Completed, Some(third()))
            },
            open(EvaluatorKind::ThirdParty, THIRD),
            "hub",
        ),
        (
            "not on the registry",
            facts(ContractStage::Completed, None),
            open(EvaluatorKind::ThirdParty, THIRD),
            "not on the registry",
        ),
        (
            "not active",
            facts(ContractStage::Completed, Some(suspended)),
            open(EvaluatorKind::ThirdParty, THIRD),
            "not active",
        ),
        (
            "supplier record unread",
            PerformanceFacts {
                supplier: None,
                ..facts(ContractStage::Completed, Some(third()))
            },
            open(EvaluatorKind::ThirdParty, THIRD),
            "was not read",
        ),
    ];
    for (name, facts, command, fragment) in cases {
        let e = given([])
            .with(ctx_with(facts))
            .when(command)
            .then_refused(PERF_EVALUATOR);
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
}

#[test]
fn an_evaluation_is_opened_once() {
    let e = given([third_party_opened()])
        .with(ctx_with(facts(ContractStage::Completed, Some(third()))))
        .when(open(EvaluatorKind::ThirdParty, THIRD))
        .then_refused(PROC_STATE);
    assert!(e.message().contains("already open"), "{e}");
    let claims = given([third_party_opened()]).state().claims();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].rule, PERF_EVALUATOR);
    assert_eq!(
        claims[0].key,
        format!("{}/THIRD_PARTY/{}", id(CONTRACT), id(THIRD))
    );
    assert!(given([]).state().claims().is_empty());
}

#[test]
fn scores_are_given_per_leaf_within_its_weight_and_may_be_resubmitted() {
    let s = given([third_party_opened()])
        .with(ctx())
        .when(submit(scores_at(80)))
        .then([submitted(scores_at(80), 8_000)]);
    assert_eq!(s.total, Some(Points(8_000)));
    // A second submission replaces the first, even a partial one.
    let partial = vec![score("SATISFACTION", 1_000)];
    let s = given([third_party_opened(), submitted(scores_at(80), 8_000)])
        .with(ctx())
        .when(submit(partial.clone()))
        .then([submitted(partial, 1_000)]);
    assert_eq!(s.submissions, 2);
    assert_eq!(s.unscored().len(), 8);
}

#[test]
fn scores_out_of_range_unknown_twice_or_on_a_group_are_refused() {
    let cases = [
        (
            "above the weight",
            vec![score("SATISFACTION", 1_001)],
            "scores.points",
            "0 to 10.00",
        ),
        (
            "unknown",
            vec![score("INNOVATION", 100)],
            "scores.indicator",
            "not in the indicator tree",
        ),
        (
            "twice",
            vec![score("OUTPUT_COST", 100), score("OUTPUT_COST", 200)],
            "scores.indicator",
            "scored twice",
        ),
        (
            "a group",
            vec![score("OUTPUT", 4_000)],
            "scores.indicator",
            "groups others",
        ),
    ];
    for (name, scores, field, fragment) in cases {
        let e = given([third_party_opened()])
            .with(ctx())
            .when(submit(scores))
            .then_invalid(field);
        assert_eq!(e.rule(), Some(PERF_SCORE), "{name}");
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
    let e = given([third_party_opened()])
        .with(ctx())
        .when(C::SubmitScores {
            scores: vec![],
            comment: "x".repeat(MAX_COMMENT_CHARS + 1),
        })
        .then_invalid("comment");
    assert!(e.message().contains("2000"), "{e}");
    given([third_party_opened()])
        .with(ctx())
        .when(C::SubmitScores {
            scores: vec![],
            comment: "bell\u{7}".into(),
        })
        .then_invalid("comment");
}

#[test]
fn the_conclusion_needs_every_leaf_scored_and_grades_the_total() {
    let e = given([
        third_party_opened(),
        submitted(vec![score("SATISFACTION", 1_000)], 1_000),
    ])
    .with(ctx())
    .when(C::Conclude)
    .then_refused(PERF_SCORE);
    assert!(e.message().contains("OUTPUT_QUALITY (产出质量)"), "{e}");
    given([third_party_opened()])
        .with(ctx())
        .when(C::Conclude)
        .then_refused(PERF_SCORE);

    for (percent, grade) in [
        (100, Grade::Excellent),
        (90, Grade::Excellent),
        (85, Grade::Good),
        (60, Grade::Fair),
        (50, Grade::Poor),
    ] {
        let total = 100 * percent;
        let s = given([third_party_opened(), submitted(scores_at(percent), total)])
            .with(ctx())
            .when(C::Conclude)
            .then([E::EvaluationConcluded {
                total: Points(total),
                grade,
                concluded_at: at(9),
            }]);
        assert!(s.is_concluded());
        assert_eq!(s.grade, Some(grade));
    }
}

#[test]
fn a_later_policy_never_regrades_an_open_evaluation() {
    // The policy now says 优 from 95: the evaluation opened under 90 keeps 90.
    let stricter = Policy {
        performance_grade_thresholds: GradeThresholds {
            excellent: 95,
            good: 85,
            fair: 65,
        },
        ..Policy::default()
    };
    given([third_party_opened(), submitted(scores_at(90), 9_000)])
        .with(ctx().with_policy(stricter))
        .when(C::Conclude)
        .then([E::EvaluationConcluded {
            total: Points(9_000),
            grade: Grade::Excellent,
            concluded_at: at(9),
        }]);
}

#[test]
fn a_concluded_evaluation_takes_nothing_more() {
    let history = [
        third_party_opened(),
        submitted(scores_at(90), 9_000),
        E::EvaluationConcluded {
            total: Points(9_000),
            grade: Grade::Excellent,
            concluded_at: at(10),
        },
    ];
    for command in [submit(scores_at(100)), C::Conclude] {
        let e = given(history.clone())
            .with(ctx())
            .when(command)
            .then_refused(PROC_STATE);
        assert!(e.message().contains("concluded"), "{e}");
    }
    given([])
        .with(ctx())
        .when(C::Conclude)
        .then_refused(PROC_STATE);
}

#[test]
fn events_travel_as_kind_schema_and_camel_case_payload() {
    let events = [
        third_party_opened(),
        submitted(scores_at(90), 9_000),
        E::EvaluationConcluded {
            total: Points(9_000),
            grade: Grade::Excellent,
            concluded_at: at(10),
        },
    ];
    for e in &events {
        let data = e.to_data();
        assert_eq!(e.schema(), 1);
        let back = PerformanceEvent::from_stored(e.kind(), e.schema(), &data).unwrap();
        assert_eq!(&back, e);
    }
    let data = events[0].to_data();
    assert_eq!(data["evaluator"], "THIRD_PARTY");
    assert_eq!(data["thresholds"]["excellent"], 90);
    assert_eq!(
        data["indicators"][1]["children"][0]["code"],
        "OUTPUT_QUANTITY"
    );
    assert!(
        !data.to_string().contains("110105194912310021"),
        "no id number is recorded"
    );
    assert_eq!(events[2].to_data()["grade"], "EXCELLENT");
    assert_eq!(events[1].to_data()["total"], 9_000);
    assert!(PerformanceEvent::from_stored("EvaluationOpened", 2, &data).is_err());
    assert_eq!(
        open(EvaluatorKind::SelfEvaluation, SUPPLIER).name(),
        "OpenPerformanceEvaluation"
    );
    assert!(open(EvaluatorKind::SelfEvaluation, SUPPLIER).opens_stream());
    assert_eq!(
        serde_json::to_value(EvaluatorKind::SelfEvaluation).unwrap(),
        "SELF"
    );
}

// PERF-FEEDS: the grade on the supplier's record, and in later procurements.

fn grade(n: u128, evaluator: EvaluatorKind, g: Grade, hour: u32) -> PerformanceGrade {
    PerformanceGrade {
        evaluation_id: id(0xE00 + n),
        contract_id: id(CONTRACT),
        procurement_id: id(PROCUREMENT),
        evaluator,
        grade: g,
        score: Points(8_500),
        concluded_at: Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap()
            + chrono::Duration::hours(i64::from(hour)),
    }
}

fn recorded(g: &PerformanceGrade) -> crate::organisation::OrganisationEvent {
    crate::organisation::OrganisationEvent::PerformanceGradeRecorded {
        evaluation_id: g.evaluation_id,
        contract_id: g.contract_id,
        procurement_id: g.procurement_id,
        evaluator: g.evaluator,
        grade: g.grade,
        score: g.score,
        concluded_at: g.concluded_at,
    }
}

fn active_organisation() -> Organisation {
    Organisation {
        id: Some(id(SUPPLIER)),
        status: Some(OrganisationStatus::Active),
        name: "深圳市幸福社工服务中心".into(),
        kind: Some(OrganisationKind::SocialServiceOrg),
        ..Organisation::default()
    }
}

fn record_grade(
    org: &Organisation,
    g: &PerformanceGrade,
) -> Result<Vec<crate::organisation::OrganisationEvent>, crate::DomainError> {
    use crate::aggregate::Aggregate;
    org.decide(
        &OrganisationCommand::RecordPerformanceGrade(g.clone()),
        &crate::organisation::RegistryContext::at(at(9)),
    )
}

#[test]
fn a_grade_is_recorded_once_per_evaluation_latest_first_and_bounded() {
    use crate::aggregate::Aggregate;
    let org = active_organisation();
    let first = grade(1, EvaluatorKind::ThirdParty, Grade::Good, 1);
    assert_eq!(record_grade(&org, &first), Ok(vec![recorded(&first)]));
    let org = org.evolve(&recorded(&first));
    let again = record_grade(&org, &first).unwrap_err();
    assert_eq!(again.rule(), Some(PERF_FEEDS), "once per evaluation");
    assert!(again.message().contains("already on"), "{again}");

    let mut org = active_organisation();
    for n in 0..25 {
        let g = grade(
            n,
            EvaluatorKind::Purchaser,
            Grade::Fair,
            u32::try_from(n).unwrap(),
        );
        org = org.evolve(&recorded(&g));
    }
    assert_eq!(org.performance_grades.len(), MAX_PERFORMANCE_GRADES);
    assert_eq!(org.performance_grades[0].evaluation_id, id(0xE00 + 24));
    // An evaluation older than every grade kept could never be shown: nothing is recorded.
    let ancient = grade(99, EvaluatorKind::Purchaser, Grade::Poor, 0);
    assert_eq!(
        record_grade(&org, &ancient).unwrap_err().rule(),
        Some(PERF_FEEDS)
    );

    // The wire form of the organisation's new kind.
    let e = recorded(&first);
    assert_eq!(e.kind(), "PerformanceGradeRecorded");
    assert_eq!(e.schema(), 1);
    let back =
        crate::organisation::OrganisationEvent::from_stored(e.kind(), 1, &e.to_data()).unwrap();
    assert_eq!(back, e);
    assert_eq!(e.to_data()["grade"], "GOOD");
}

#[test]
fn a_self_evaluation_is_kept_but_does_not_qualify_its_supplier() {
    use crate::aggregate::Aggregate;
    let purchaser = grade(1, EvaluatorKind::Purchaser, Grade::Fair, 1);
    let own = grade(2, EvaluatorKind::SelfEvaluation, Grade::Excellent, 2);
    let org = active_organisation()
        .evolve(&recorded(&purchaser))
        .evolve(&recorded(&own));
    assert_eq!(org.performance_grades.len(), 2);
    assert_eq!(org.latest_grade().map(|g| g.grade), Some(Grade::Fair));
    let standing = RegistryStanding::of(&org, 3, 30, NaiveDate::from_ymd_opt(2027, 3, 1).unwrap());
    assert_eq!(standing.latest_grade, Some(Grade::Fair));
}

fn standing(latest: Option<Grade>) -> RegistryStanding {
    RegistryStanding {
        organisation_id: id(SUPPLIER),
        name: "深圳市幸福社工服务中心".into(),
        kind: Some(OrganisationKind::SocialServiceOrg),
        status: Some(OrganisationStatus::Active),
        credit_list: None,
        rating: None,
        registered_on: NaiveDate::from_ymd_opt(2020, 1, 1),
        latest_grade: latest,
        registry_version: 3,
        registry_position: 30,
    }
}

#[test]
fn a_procurement_may_require_a_minimum_past_grade() {
    let day = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let policy = Policy::default();
    let good = Requirements {
        min_past_grade: Some(Grade::Good),
        ..Requirements::default()
    };
    for (latest, eligible) in [
        (Some(Grade::Excellent), true),
        (Some(Grade::Good), true),
        (Some(Grade::Fair), false),
        (Some(Grade::Poor), false),
        // Never evaluated: a new supplier keeps a way in.
        (None, true),
    ] {
        let reasons = ineligibilities(&standing(latest), &good, &policy, day);
        assert_eq!(reasons.is_empty(), eligible, "{latest:?}");
        if !eligible {
            assert_eq!(reasons[0].code, PAST_GRADE);
            assert!(reasons[0].message.contains("PERF-FEEDS"));
        }
    }
    let e = check_eligible(&standing(Some(Grade::Fair)), &good, &policy, day).unwrap_err();
    assert_eq!(e.rule(), Some(PERF_FEEDS), "the past grade alone");
    assert!(e.message().contains("中"), "{e}");
    let suspended = RegistryStanding {
        status: Some(OrganisationStatus::Suspended),
        ..standing(Some(Grade::Fair))
    };
    let e = check_eligible(&suspended, &good, &policy, day).unwrap_err();
    assert_eq!(e.rule(), Some("BID-ELIGIBLE"), "with other reasons");
    // Requirements and standings recorded before grades existed still decode.
    let old: Requirements = serde_json::from_str(r#"{"kinds": [], "minRating": 3}"#).unwrap();
    assert_eq!(old.min_past_grade, None);
    let mut json = serde_json::to_value(standing(None)).unwrap();
    json.as_object_mut().unwrap().remove("latestGrade");
    let back: RegistryStanding = serde_json::from_value(json).unwrap();
    assert_eq!(back.latest_grade, None);
}
