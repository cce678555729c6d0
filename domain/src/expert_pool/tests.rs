//! The expert pool on the given/when/then harness: adding, updating, suspending, reinstating
//! and removing experts, each refusal with its rule, what committees draw from, the id number
//! kept out of `Debug`, and the events on the wire.

use chrono::{DateTime, TimeZone, Utc};
use uuid::Uuid;

use super::*;
use crate::committee::RelationKind;
use crate::error::rules::{EVAL_COMMITTEE, EVAL_RECUSAL};
use crate::testing::{self, Given};
use ExpertPoolCommand as C;
use ExpertPoolEvent as E;

/// Every refusal of the expert pool carries its Chinese text too.
fn given(history: impl IntoIterator<Item = ExpertPoolEvent>) -> Given<ExpertPool> {
    testing::given(history).translated()
}

fn at(d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, d, 2, 0, 0).unwrap()
}

fn ctx() -> Context {
    Context::at(at(2))
}

fn shenzhen() -> Jurisdiction {
    Jurisdiction::parse("440300").unwrap()
}

/// Valid numbers (GB 11643 check digits).
const ID_A: &str = "11010519491231002X";
const ID_B: &str = "440304199001011233";

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn spec(n: u128, name: &str, id_number: &str) -> ExpertSpec {
    ExpertSpec {
        expert_id: id(n),
        name: name.into(),
        id_number: id_number.into(),
        employer: Some(id(900)),
        relations: vec![RecordedRelation {
            organisation_id: id(700),
            kind: RelationKind::Employment,
        }],
    }
}

fn add(n: u128, name: &str, id_number: &str) -> ExpertPoolCommand {
    C::AddExpert {
        jurisdiction: shenzhen(),
        expert: spec(n, name, id_number),
    }
}

fn added(n: u128, name: &str, id_number: &str, day: u32) -> ExpertPoolEvent {
    let s = spec(n, name, id_number);
    E::ExpertAdded {
        jurisdiction: shenzhen(),
        expert_id: s.expert_id,
        name: s.name,
        id_number: s.id_number,
        employer: s.employer,
        relations: s.relations,
        added_at: at(day),
    }
}

#[test]
fn the_first_expert_opens_the_pool_and_is_drawn_from_it() {
    let pool = given([])
        .with(ctx())
        .when(add(1, " 王芳 ", ID_A))
        .then([added(1, "王芳", ID_A, 2)]);
    assert_eq!(pool.jurisdiction, Some(shenzhen()));
    let drawn = pool.pool();
    assert_eq!(drawn.len(), 1);
    assert_eq!(drawn[0].id_number, ID_A);
    assert_eq!(drawn[0].employer, Some(id(900)));
}

#[test]
fn adding_is_refused_with_its_rule() {
    let history = [added(1, "王芳", ID_A, 1)];
    let cases: [(&str, ExpertPoolCommand, &str); 3] = [
        ("same person", add(2, "王芳芳", ID_A), "already in the pool"),
        (
            "same id",
            add(1, "李强", ID_B),
            "already in the expert pool",
        ),
        (
            "other jurisdiction",
            C::AddExpert {
                jurisdiction: Jurisdiction::parse("440000").unwrap(),
                expert: spec(3, "李强", ID_B),
            },
            "expert pool of 440300",
        ),
    ];
    for (name, command, fragment) in cases {
        let case = given(history.clone()).with(ctx()).when(command);
        let e = case.then_error(name, |_| true);
        assert!(e.message().contains(fragment), "{name}: {e}");
    }
    let e = given(history.clone())
        .with(ctx())
        .when(add(2, "王芳芳", ID_A))
        .then_refused(EVAL_COMMITTEE);
    assert!(!e.message().contains(ID_A), "the number stays out: {e}");
}

#[test]
fn malformed_input_is_refused_in_its_field() {
    for (name, command, field) in [
        (
            "check digit",
            add(2, "李强", "440304199001011235"),
            "idNumber",
        ),
        ("short", add(2, "李强", "44030419900101"), "idNumber"),
        ("empty name", add(2, "  ", ID_B), "name"),
        ("control", add(2, "李\u{1b}强", ID_B), "name"),
    ] {
        let e = given([]).with(ctx()).when(command).then_invalid(field);
        assert!(!e.message().contains(ID_B), "{name}: {e}");
    }
    let e = given([])
        .with(ctx())
        .when(add(2, "李强", "440304199001011235"))
        .then_invalid("idNumber");
    assert_eq!(e.rule(), Some(EVAL_RECUSAL));
    let twice = RecordedRelation {
        organisation_id: id(7),
        kind: RelationKind::Control,
    };
    let mut s = spec(2, "李强", ID_B);
    s.relations = vec![twice.clone(), twice];
    given([])
        .with(ctx())
        .when(C::AddExpert {
            jurisdiction: shenzhen(),
            expert: s,
        })
        .then_invalid("relations");
}

#[test]
fn suspension_reinstatement_and_removal_follow_the_status() {
    let history = vec![added(1, "王芳", ID_A, 1)];
    let suspend = C::SuspendExpert {
        expert_id: id(1),
        reason: "年度考核未通过".into(),
    };
    let suspended = E::ExpertSuspended {
        expert_id: id(1),
        reason: "年度考核未通过".into(),
        suspended_at: at(2),
    };
    let pool = given(history.clone())
        .with(ctx())
        .when(suspend.clone())
        .then([suspended.clone()]);
    assert!(pool.pool().is_empty(), "a suspended expert is not drawn");
    let mut h = history.clone();
    h.push(suspended.clone());
    given(h.clone())
        .with(ctx())
        .when(suspend)
        .then_refused(EVAL_COMMITTEE);
    let pool = given(h.clone())
        .with(ctx())
        .when(C::ReinstateExpert {
            expert_id: id(1),
            reason: "复核通过".into(),
        })
        .then([E::ExpertReinstated {
            expert_id: id(1),
            reason: "复核通过".into(),
            reinstated_at: at(2),
        }]);
    assert_eq!(pool.pool().len(), 1);
    given(history.clone())
        .with(ctx())
        .when(C::ReinstateExpert {
            expert_id: id(1),
            reason: "x".into(),
        })
        .then_refused(EVAL_COMMITTEE);
    let removed = E::ExpertRemoved {
        expert_id: id(1),
        reason: "本人申请".into(),
        removed_at: at(2),
    };
    let pool = given(h.clone())
        .with(ctx())
        .when(C::RemoveExpert {
            expert_id: id(1),
            reason: "本人申请".into(),
        })
        .then([removed.clone()]);
    assert!(pool.pool().is_empty());
    assert!(pool.expert(id(1)).is_some(), "history is kept");
    h.push(removed);
    for command in [
        C::RemoveExpert {
            expert_id: id(1),
            reason: "again".into(),
        },
        C::UpdateRelations {
            expert_id: id(1),
            employer: None,
            relations: vec![],
            reason: "late".into(),
        },
    ] {
        given(h.clone())
            .with(ctx())
            .when(command)
            .then_refused(EVAL_COMMITTEE);
    }
    // A removed expert's number may come back under a new record.
    given(h)
        .with(ctx())
        .when(add(2, "王芳", ID_A))
        .then([added(2, "王芳", ID_A, 2)]);
    given(history)
        .with(ctx())
        .when(C::SuspendExpert {
            expert_id: id(1),
            reason: " ".into(),
        })
        .then_invalid("reason");
}

#[test]
fn relations_are_replaced_and_unknown_experts_refused() {
    let relations = vec![RecordedRelation {
        organisation_id: id(8),
        kind: RelationKind::Litigation,
    }];
    let pool = given([added(1, "王芳", ID_A, 1)])
        .with(ctx())
        .when(C::UpdateRelations {
            expert_id: id(1),
            employer: None,
            relations: relations.clone(),
            reason: "诉讼登记".into(),
        })
        .then([E::ExpertRelationsUpdated {
            expert_id: id(1),
            employer: None,
            relations: relations.clone(),
            reason: "诉讼登记".into(),
            updated_at: at(2),
        }]);
    assert_eq!(pool.pool()[0].relations, relations);
    assert_eq!(pool.pool()[0].employer, None);
    given([added(1, "王芳", ID_A, 1)])
        .with(ctx())
        .when(C::SuspendExpert {
            expert_id: id(5),
            reason: "x".into(),
        })
        .then_invalid("expertId");
}

#[test]
fn the_id_number_is_masked_in_debug_output() {
    let event = added(1, "王芳", ID_A, 1);
    let shown = format!("{event:?}");
    assert!(!shown.contains(ID_A), "{shown}");
    assert!(shown.contains("110105********002X"), "{shown}");
    let pool = given([event]).state().clone();
    assert!(!format!("{pool:?}").contains(ID_A));
    assert!(!format!("{:?}", add(1, "王芳", ID_A)).contains(ID_A));
}

#[test]
fn events_travel_as_tagged_json() {
    use crate::aggregate::DomainEvent;
    let event = added(1, "王芳", ID_A, 1);
    let data = event.to_data();
    assert_eq!(data["idNumber"], ID_A);
    assert_eq!(data["relations"][0]["kind"], "EMPLOYMENT");
    let back = ExpertPoolEvent::from_stored("ExpertAdded", 1, &data).unwrap();
    assert_eq!(back, event);
    assert!(ExpertPoolEvent::from_stored("ExpertAdded", 2, &data).is_err());
    for (kind, _) in ExpertPoolEvent::KINDS {
        assert!(!kind.is_empty());
    }
}
