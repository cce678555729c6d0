//! The contests read model, the same on both backends: the contest row and its submissions'
//! rows follow the events, the lists page and filter, and a rebuild writes what the live
//! projection wrote.

use chrono::{Duration, Utc};
use civic_domain::bid::StandingRead;
use civic_domain::contest::{CallTerms, ContestEvent, MatchingChoice, ProjectProposal};
use civic_domain::procurement::{Criterion, ScoringScheme};
use civic_domain::{Jurisdiction, MatchingPolicy, Money};

use super::*;
use crate::testing::{Ledger, Place, on_both_backends};

const TABLES: &[&str] = &[
    "SELECT id, jurisdiction, bureau_unit, title, status, pool, granted, submissions, opened_at, \
         submissions_close_at FROM rm_contests ORDER BY 1",
    "SELECT submission_id, contest_id, organisation_id, title, status, requested, raised, \
         matched, granted, donors, final_rank FROM rm_contest_submissions ORDER BY 1",
];

on_both_backends!(
    rows_follow_the_contest_and_lists_page,
    a_rebuild_writes_what_the_live_projection_wrote,
);

fn opened(id: Uuid, jurisdiction: &str) -> ContestEvent {
    let now = Utc::now();
    ContestEvent::CallOpened {
        contest_id: id,
        terms: CallTerms {
            bureau_unit: Uuid::from_u128(7),
            bureau: "福田区民政局".into(),
            jurisdiction: Jurisdiction::parse(jurisdiction).unwrap(),
            title: "公益项目大赛".into(),
            pool: Money::from_yuan(500_000),
            matching: MatchingChoice::IncentiveTiers,
            scoring: ScoringScheme {
                price_weight_percent: 0,
                criteria: vec![Criterion {
                    key: "need".into(),
                    name: "需求".into(),
                    max_points: 100,
                }],
            },
            bonus_theme: None,
            shortlist_size: 5,
            submissions_open_at: now,
            submissions_close_at: now + Duration::days(30),
            pledges_open_at: now + Duration::days(40),
            pledges_close_at: now + Duration::days(60),
        },
        matching: MatchingPolicy::IncentiveTiers(Default::default()),
        panel_weight_percent: 70,
        opened_at: now,
    }
}

fn submitted(submission: Uuid, organisation: Uuid) -> ContestEvent {
    ContestEvent::ProjectSubmitted {
        submission_id: submission,
        organisation_id: organisation,
        organisation_name: "深圳市幸福社工服务中心".into(),
        project: ProjectProposal {
            title: "长者助餐".into(),
            summary: "社区长者助餐".into(),
            requested: Money::from_yuan(80_000),
            theme: None,
        },
        standing: StandingRead {
            registry_version: 1,
            registry_position: 2,
        },
        submitted_at: Utc::now(),
    }
}

async fn contest_with(ledger: &Ledger, jurisdiction: &str, organisation: Uuid) -> (Uuid, Uuid) {
    let id = Uuid::now_v7();
    let submission = Uuid::now_v7();
    ledger
        .append::<Contest>(id, &[opened(id, jurisdiction)], Utc::now())
        .await
        .unwrap();
    ledger
        .append::<Contest>(id, &[submitted(submission, organisation)], Utc::now())
        .await
        .unwrap();
    (id, submission)
}

async fn rows_follow_the_contest_and_lists_page(place: Place) {
    let ledger = place.open_with(true).await;
    let read = ledger.read.as_ref();
    let organisation = Uuid::now_v7();
    let (a, sub_a) = contest_with(&ledger, "440304", organisation).await;
    let (b, _) = contest_with(&ledger, "440305", Uuid::now_v7()).await;
    ledger
        .append::<Contest>(
            a,
            &[ContestEvent::ProjectWithdrawn {
                submission_id: sub_a,
                reason: "人手不足".into(),
                withdrawn_at: Utc::now(),
            }],
            Utc::now(),
        )
        .await
        .unwrap();

    let row = contest(read, a).await.unwrap().unwrap();
    assert_eq!(
        (row.status.as_str(), row.jurisdiction.as_str(), row.version),
        ("OPEN", "440304", 2)
    );
    assert_eq!(row.state.submissions.len(), 1);
    assert!(contest(read, Uuid::now_v7()).await.unwrap().is_none());

    let all = list(read, &ContestFilter::default(), 1, None)
        .await
        .unwrap();
    assert_eq!(
        (
            all.items.iter().map(|(_, r)| r.id).collect::<Vec<_>>(),
            all.has_next_page,
            all.total_count
        ),
        (vec![a], true, 2)
    );
    let rest = list(read, &ContestFilter::default(), 1, Some(&all.items[0].0))
        .await
        .unwrap();
    assert_eq!(rest.items[0].1.id, b);
    let filter = ContestFilter {
        jurisdiction: Some("440305".into()),
        status: Some(ContestStatus::Open),
    };
    assert_eq!(list(read, &filter, 10, None).await.unwrap().total_count, 1);
    assert!(list(read, &filter, 10, Some("x")).await.is_err());

    let own = of_organisation(read, organisation).await.unwrap();
    assert_eq!(own.len(), 1);
    assert_eq!(
        (own[0].contest_id, own[0].status.as_str(), own[0].final_rank),
        (a, "WITHDRAWN", None)
    );
}

async fn a_rebuild_writes_what_the_live_projection_wrote(place: Place) {
    {
        let ledger = place.open_with(true).await;
        contest_with(&ledger, "440304", Uuid::now_v7()).await;
    }
    {
        // An import's append, decoded and folded by the projection.
        let ledger = place.open().await;
        contest_with(&ledger, "440305", Uuid::now_v7()).await;
    }
    let live = place.dump(TABLES).await;
    assert_eq!(
        live.iter()
            .filter(|r| r.starts_with("rm_contest_submissions:"))
            .count(),
        2
    );
    place
        .tamper(
            "DELETE FROM rm_contests; DELETE FROM rm_contest_submissions; \
             UPDATE read_model_checkpoint SET version = 0 WHERE name = 'contests'",
        )
        .await;
    drop(place.open().await);
    assert_eq!(place.dump(TABLES).await, live);
}
