//! The bid on the given/when/then harness: submission, replacement and withdrawal, each
//! refusal with its rule (BID-SEALED, BID-ELIGIBLE, PROC-STATE), the live-bid claim, and the
//! events on the wire — which never carry the content or the salt.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::*;
use crate::aggregate::{DecodeError, DomainCommand, DomainEvent};
use crate::organisation::OrganisationStatus;
use crate::procurement::{BidContent, DocumentDigest, RegistryStanding, Requirements};
use crate::testing::{self, Given};
use crate::values::{Jurisdiction, Money, OrganisationKind};
use BidCommand as C;
use BidEvent as E;

fn given(history: impl IntoIterator<Item = BidEvent>) -> Given<Bid> {
    testing::given(history).translated()
}

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

const PROCUREMENT: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001);
const ORG: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0002);
const BID: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0003);

fn terms() -> BidTerms {
    BidTerms {
        procurement_id: PROCUREMENT,
        title: "居家养老上门服务".into(),
        accepting_bids: true,
        bid_deadline: at(2026, 4, 1, 1),
        budget: Money::from_yuan(500_000),
        requirements: Requirements {
            kinds: vec![],
            min_rating: Some(3),
            min_years_registered: None,
            min_past_grade: None,
        },
        jurisdiction: Jurisdiction::parse("440300").unwrap(),
    }
}

fn standing() -> RegistryStanding {
    RegistryStanding {
        organisation_id: ORG,
        name: "深圳市幸福社工服务中心".into(),
        kind: Some(OrganisationKind::SocialServiceOrg),
        status: Some(OrganisationStatus::Active),
        credit_list: None,
        rating: Some(4),
        registered_on: Some(NaiveDate::from_ymd_opt(2020, 5, 1).unwrap()),
        latest_grade: None,
        registry_version: 7,
        registry_position: 1234,
    }
}

fn facts() -> BidFacts {
    BidFacts {
        terms: Some(terms()),
        standing: Some(standing()),
    }
}

/// Two hours before the deadline.
fn ctx() -> Context<BidFacts> {
    Context::<()>::at(at(2026, 3, 31, 23)).with_facts(facts())
}

fn content(yuan: u32) -> BidContent {
    BidContent {
        price: Money::from_yuan(yuan),
        technical_proposal: "上门助浴与陪诊方案TOPSECRET".into(),
        documents: vec![DocumentDigest {
            name: "方案.pdf".into(),
            sha256: "b".repeat(64),
        }],
    }
}

fn salt(byte: &str) -> String {
    byte.repeat(32)
}

fn sealed(n: &str) -> SealedBox {
    SealedBox {
        key_id: "procurement-key:1".into(),
        nonce: "AAECAwQFBgcICQoL".into(),
        ciphertext: format!("{n}ZW5jcnlwdGVk"),
    }
}

fn submit(yuan: u32) -> BidCommand {
    C::Submit {
        bid_id: BID,
        procurement_id: PROCUREMENT,
        organisation_id: ORG,
        content: content(yuan),
        salt: salt("5a"),
        sealed: sealed("Zm9v"),
    }
}

fn read() -> StandingRead {
    StandingRead {
        registry_version: 7,
        registry_position: 1234,
    }
}

fn commitment(yuan: u32, s: &str) -> crate::procurement::Commitment {
    content(yuan).commitment(&crate::procurement::parse_salt("salt", &salt(s)).unwrap())
}

fn submitted() -> BidEvent {
    E::BidSubmitted {
        bid_id: BID,
        procurement_id: PROCUREMENT,
        organisation_id: ORG,
        jurisdiction: Jurisdiction::parse("440300").unwrap(),
        commitment: commitment(450_000, "5a"),
        commitment_scheme: crate::procurement::COMMITMENT_SCHEME.into(),
        sealed: sealed("Zm9v"),
        standing: read(),
        submitted_at: at(2026, 3, 20, 2),
    }
}

fn replaced() -> BidEvent {
    E::BidReplaced {
        commitment: commitment(420_000, "6b"),
        commitment_scheme: crate::procurement::COMMITMENT_SCHEME.into(),
        sealed: sealed("YmFy"),
        standing: read(),
        replaced_at: at(2026, 3, 31, 23),
    }
}

fn replace(yuan: u32) -> BidCommand {
    C::Replace {
        content: content(yuan),
        salt: salt("6b"),
        sealed: sealed("YmFy"),
    }
}

#[test]
fn a_bid_records_its_commitment_box_time_and_the_registry_state_it_was_checked_against() {
    let ctx = Context::<()>::at(at(2026, 3, 20, 2)).with_facts(facts());
    let bid = given([])
        .with(ctx)
        .when(submit(450_000))
        .then([submitted()]);
    assert!(bid.is_live());
    assert_eq!(bid.commitment, Some(commitment(450_000, "5a")));
    assert_eq!(bid.standing, Some(read()));
    assert_eq!(bid.claims()[0].key, format!("{PROCUREMENT}/{ORG}"));
    assert_eq!(bid.claims()[0].rule, "BID-SEALED");
}

#[test]
fn a_bid_is_replaced_or_withdrawn_before_the_deadline_and_a_withdrawal_frees_the_claim() {
    let bid = given([submitted()])
        .with(ctx())
        .when(replace(420_000))
        .then([replaced()]);
    assert_eq!(bid.replacements, 1);
    assert_eq!(bid.commitment, Some(commitment(420_000, "6b")));
    assert_eq!(bid.submitted_at, Some(at(2026, 3, 20, 2)));
    assert_eq!(bid.sealed_at, Some(at(2026, 3, 31, 23)));
    let bid = given([submitted(), replaced()])
        .with(ctx())
        .when(C::Withdraw)
        .then([E::BidWithdrawn {
            withdrawn_at: at(2026, 3, 31, 23),
        }]);
    assert_eq!(bid.status, Some(BidStatus::Withdrawn));
    assert!(bid.claims().is_empty());
}

#[test]
fn late_or_unpublished_bids_are_refused_by_bid_sealed() {
    let at_deadline = Context::<()>::at(at(2026, 4, 1, 1)).with_facts(facts());
    let closed = ctx().with_facts(BidFacts {
        terms: Some(BidTerms {
            accepting_bids: false,
            ..terms()
        }),
        standing: Some(standing()),
    });
    let elsewhere = ctx().with_facts(BidFacts {
        terms: Some(BidTerms {
            procurement_id: Uuid::from_u128(9),
            ..terms()
        }),
        standing: Some(standing()),
    });
    for (name, case, command, fragment) in [
        (
            "at the deadline",
            given([]).with(at_deadline.clone()),
            submit(450_000),
            "late bids are refused",
        ),
        (
            "replace late",
            given([submitted()]).with(at_deadline.clone()),
            replace(1),
            "Beijing time",
        ),
        (
            "withdraw late",
            given([submitted()]).with(at_deadline),
            C::Withdraw,
            "cannot be withdrawn after the deadline",
        ),
        (
            "not published",
            given([]).with(closed),
            submit(450_000),
            "not open for bids",
        ),
        (
            "no such procurement",
            given([]).with(elsewhere),
            submit(450_000),
            "no procurement",
        ),
    ] {
        let refusal = case.when(command).then_refused("BID-SEALED");
        assert!(refusal.message().contains(fragment), "{name}: {refusal}");
    }
}

#[test]
fn an_ineligible_bidder_is_told_every_reason() {
    let listed = RegistryStanding {
        status: Some(OrganisationStatus::Suspended),
        credit_list: Some("abnormal".into()),
        rating: Some(2),
        ..standing()
    };
    let refusal = given([])
        .with(ctx().with_facts(BidFacts {
            terms: Some(terms()),
            standing: Some(listed.clone()),
        }))
        .when(submit(450_000))
        .then_refused("BID-ELIGIBLE");
    for fragment in [
        "not active",
        "abnormal-activity list",
        "rated 2A",
        "3A or above",
    ] {
        assert!(
            refusal.message().contains(fragment),
            "{fragment}: {refusal}"
        );
    }
    // Checked again on replacement: the registry may have changed since the submission.
    given([submitted()])
        .with(ctx().with_facts(BidFacts {
            terms: Some(terms()),
            standing: Some(listed),
        }))
        .when(replace(420_000))
        .then_refused("BID-ELIGIBLE");
    let unknown = given([])
        .with(ctx().with_facts(BidFacts {
            terms: Some(terms()),
            standing: None,
        }))
        .when(submit(450_000))
        .then_refused("BID-ELIGIBLE");
    assert!(
        unknown.message().contains("not in the registry"),
        "{unknown}"
    );
}

#[test]
fn a_price_over_the_budget_or_of_zero_and_malformed_content_are_refused() {
    let over = given([])
        .with(ctx())
        .when(submit(500_001))
        .then_refused("BID-ELIGIBLE");
    assert!(over.message().contains("over the budget"), "{over}");
    // The budget itself is accepted.
    given([]).with(ctx()).when(submit(500_000)).then_accepted();
    let zero = given([]).with(ctx()).when(submit(0)).then_invalid("price");
    assert_eq!(zero.rule(), Some("BID-SEALED"));
    let bad = |f: fn(&mut BidCommand)| {
        let mut c = submit(450_000);
        f(&mut c);
        given([]).with(ctx()).when(c)
    };
    bad(|c| {
        if let C::Submit { salt, .. } = c {
            *salt = "00".into();
        }
    })
    .then_invalid("salt");
    bad(|c| {
        if let C::Submit { sealed, .. } = c {
            sealed.ciphertext = "not base64!".into();
        }
    })
    .then_invalid("sealed.ciphertext");
    bad(|c| {
        if let C::Submit { sealed, .. } = c {
            sealed.nonce = String::new();
        }
    })
    .then_invalid("sealed.nonce");
    bad(|c| {
        if let C::Submit { sealed, .. } = c {
            sealed.key_id = "key id with spaces".into();
        }
    })
    .then_invalid("sealed.keyId");
    bad(|c| {
        if let C::Submit { content, .. } = c {
            content.documents[0].sha256 = "xyz".into();
        }
    })
    .then_invalid("documents.sha256");
}

#[test]
fn commands_outside_the_bids_states_are_refused_by_proc_state() {
    let withdrawn = [
        submitted(),
        E::BidWithdrawn {
            withdrawn_at: at(2026, 3, 25, 1),
        },
    ];
    for (name, case, command, fragment) in [
        (
            "submit twice",
            given([submitted()]).with(ctx()),
            submit(450_000),
            "the bid is SUBMITTED (已投标); submitting a bid opens a new bid",
        ),
        (
            "replace nothing",
            given([]).with(ctx()),
            replace(1),
            "no bid has been submitted under this id; replacing a bid needs a bid that is SUBMITTED",
        ),
        (
            "withdraw twice",
            given(withdrawn.clone()).with(ctx()),
            C::Withdraw,
            "the bid is WITHDRAWN (已撤回)",
        ),
        (
            "replace withdrawn",
            given(withdrawn).with(ctx()),
            replace(1),
            "WITHDRAWN",
        ),
    ] {
        let refusal = case.when(command).then_refused("PROC-STATE");
        assert!(refusal.message().contains(fragment), "{name}: {refusal}");
    }
}

#[test]
fn no_bid_event_carries_the_price_the_proposal_or_the_salt() {
    let events = [
        submitted(),
        replaced(),
        E::BidWithdrawn {
            withdrawn_at: at(2026, 3, 31, 23),
        },
    ];
    for (i, e) in events.iter().enumerate() {
        let wire = serde_json::to_string(&e.to_data()).unwrap();
        for secret in [
            "450000",
            "45000000",
            "420000",
            "42000000",
            "TOPSECRET",
            "上门助浴",
            &"b".repeat(64),
            &salt("5a"),
            &salt("6b"),
        ] {
            assert!(!wire.contains(secret), "event {i} carries {secret}: {wire}");
        }
    }
    // Nor does a command's debug output, which a failing case prints.
    let shown = format!("{:?}", submit(450_000));
    assert!(
        !shown.contains("TOPSECRET") && !shown.contains(&salt("5a")),
        "{shown}"
    );
}

#[test]
fn every_event_round_trips_and_unknown_kinds_or_schemas_are_refused() {
    let events = [
        submitted(),
        replaced(),
        E::BidWithdrawn {
            withdrawn_at: at(2026, 3, 31, 23),
        },
    ];
    assert_eq!(events.len(), BidEvent::KINDS.len());
    for e in events {
        assert_eq!(e.schema(), 1);
        let back = BidEvent::from_stored(e.kind(), e.schema(), &e.to_data()).unwrap();
        assert_eq!(back, e);
        assert!(matches!(
            BidEvent::from_stored(e.kind(), 2, &e.to_data()),
            Err(DecodeError::UnsupportedSchema { .. })
        ));
    }
    assert!(matches!(
        BidEvent::from_stored("BidOpened", 1, &serde_json::json!({})),
        Err(DecodeError::UnknownKind(_))
    ));
    assert!(matches!(
        BidEvent::from_stored("BidWithdrawn", 1, &serde_json::json!({})),
        Err(DecodeError::Malformed { .. })
    ));
    assert_eq!(submit(1).name(), "SubmitBid");
    assert!(submit(1).opens_stream() && !C::Withdraw.opens_stream());
}
