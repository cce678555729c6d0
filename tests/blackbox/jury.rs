//! A contest's jury (评审团) over HTTP: the evaluation committee's rules on a contest's
//! submissions. Constituted by the contest's bureau once the submissions close, drawn from the
//! expert pool with an expert related to a submitting organisation passed over, a member who
//! declares a relation recused and replaced, locked sheets, and a conclusion ranked by criteria
//! only that the contest records as its panel review; refused: a jury too small, before the
//! close, by anyone but the bureau, and a sheet from a recused member.

use chrono::Duration;
use serde_json::{Value, json};

use crate::backdate::backdated;
use crate::contest::{call_input, open_call, organisations_registered_long_ago, project, submit};
use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(a_jury_scores_a_contest_as_a_committee_scores_bids);

const JURY: &str = "committeeId procurementId subject { kind id } status version seats seed
  allSubmitted procurementStatus
  report { committeeId sheetsDigest ranking { rank bidId organisationId priceScore criteriaScore total } }
  members { memberId name role drawPosition sitting submitted sheetDigest recusal { organisationId kind } }";

fn constitute_jury() -> String {
    format!("mutation($i: ConstituteJuryInput!) {{ constituteJury(input: $i) {{ {JURY} }} }}")
}

fn jury_input(contest: &Value, representatives: usize, experts: u32) -> Value {
    let reps: Vec<Value> = (0..representatives)
        .map(|i| json!({ "name": format!("民政局代表{i}") }))
        .collect();
    json!({ "i": { "contestId": contest, "representatives": reps, "experts": experts } })
}

fn sheet_mutation() -> String {
    format!("mutation($i: SubmitScoreSheetInput!) {{ submitScoreSheet(input: $i) {{ {JURY} }} }}")
}

const CONTEST_COMMITTEES: &str = "query($c: UUID!) { contestCommittees(contestId: $c) { committeeId status seats sitting submitted } }";

async fn add_expert(server: &Server, admin: &str, n: u32, related_to: Option<&str>) -> String {
    let relations: Vec<Value> = related_to
        .map(|o| json!({ "organisationId": o, "kind": "MANAGEMENT" }))
        .into_iter()
        .collect();
    let added = server
        .ok(
            Some(admin),
            "mutation($i: AddPoolExpertInput!) { addPoolExpert(input: $i) { expert { expertId } } }",
            json!({ "i": { "jurisdiction": FUTIAN, "name": format!("评审专家{n}"),
                "idNumber": resident_id(n), "relations": relations } }),
        )
        .await;
    added["addPoolExpert"]["expert"]["expertId"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn ids(view: &Value, role: &str) -> Vec<String> {
    view["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] == role && m["sitting"] == true)
        .map(|m| m["memberId"].as_str().unwrap().to_owned())
        .collect()
}

async fn a_jury_scores_a_contest_as_a_committee_scores_bids(place: Place) {
    let (place, orgs) = organisations_registered_long_ago(
        place,
        &[
            (81, "福田区晨光社工服务中心"),
            (82, "福田区海棠社工服务中心"),
            (83, "福田区榕树社工服务中心"),
        ],
        400,
    )
    .await;
    // Without the scheduler: registered 400 days ago with no annual report, the organisations
    // would be listed abnormal (REG-ANNUAL-REPORT) by its first tick, and could not submit.
    let server = start_without_scheduler(&place);
    let admin = place.token("admin", None);
    // The pool: one expert manages the first organisation on record, six are free of ties.
    let related = add_expert(&server, &admin, 30, Some(&orgs[0])).await;
    for n in 31..37 {
        add_expert(&server, &admin, n, None).await;
    }
    let bureau_unit = uuid::Uuid::now_v7().to_string();
    let bureau = token_for(&place, "purchaser", &bureau_unit);
    // Submissions close in an hour.
    let contest = server
        .ok(
            Some(&bureau),
            &open_call(),
            json!({ "i": call_input(1, 48) }),
        )
        .await["openContestCall"]["contestId"]
        .clone();
    let mut submissions = Vec::new();
    for (org, title) in orgs.iter().zip(["长者助餐", "四点半课堂", "社区融合"]) {
        let ngo = token_for(&place, "ngo", org);
        let done = server
            .ok(Some(&ngo), &submit(), project(&contest, org, title))
            .await;
        let last = done["submitContestProject"]["submissions"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone();
        submissions.push(last["submissionId"].clone());
    }
    // Not while organisations may still submit.
    let early = server
        .gql(
            Some(&bureau),
            &constitute_jury(),
            jury_input(&contest, 1, 4),
        )
        .await;
    assert_error(
        &early,
        "RULE_VIOLATION",
        Some("PROC-STATE"),
        "a jury before the close",
    );
    server.stop();

    // A day later the submissions have closed.
    let later = backdated(&place, Duration::days(1)).await;
    let server = start_without_scheduler(&later);
    let bureau = token_for(&later, "purchaser", &bureau_unit);
    let events = server.event_count().await;
    // Refused, nothing written: a jury smaller than the policy's 5, an even one, another unit.
    for (reps, experts, what) in [(1, 2, "a jury of 3"), (2, 4, "a jury of 6")] {
        let r = server
            .gql(
                Some(&bureau),
                &constitute_jury(),
                jury_input(&contest, reps, experts),
            )
            .await;
        assert_error(&r, "RULE_VIOLATION", Some("EVAL-COMMITTEE"), what);
    }
    let small = server
        .gql(
            Some(&bureau),
            &constitute_jury(),
            jury_input(&contest, 1, 2),
        )
        .await;
    assert!(
        small["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("jury has at least 5 members"),
        "{small:#}"
    );
    let other = token_for(&later, "purchaser", &uuid::Uuid::now_v7().to_string());
    let r = server
        .gql(Some(&other), &constitute_jury(), jury_input(&contest, 1, 4))
        .await;
    assert_error(&r, "FORBIDDEN", None, "another unit's jury");
    assert_eq!(server.event_count().await, events);

    // Constituted: the bureau's representative and four experts; the related one passed over.
    let jury = server
        .ok(
            Some(&bureau),
            &constitute_jury(),
            jury_input(&contest, 1, 4),
        )
        .await["constituteJury"]
        .clone();
    assert_eq!(
        jury["subject"],
        json!({ "kind": "CONTEST", "id": contest }),
        "{jury:#}"
    );
    assert_eq!(jury["procurementId"], Value::Null);
    assert_eq!(jury["procurementStatus"], Value::Null);
    assert_eq!(jury["seats"], 5);
    let committee = jury["committeeId"].as_str().unwrap().to_owned();
    let experts = ids(&jury, "EXPERT");
    assert_eq!(experts.len(), 4);
    assert!(!experts.contains(&related), "passed over: {jury:#}");
    let rep = ids(&jury, "REPRESENTATIVE")[0].clone();
    // One jury at a time.
    let again = server
        .gql(
            Some(&bureau),
            &constitute_jury(),
            jury_input(&contest, 1, 4),
        )
        .await;
    assert_error(
        &again,
        "RULE_VIOLATION",
        Some("EVAL-COMMITTEE"),
        "a second jury",
    );

    // A member declares a relation to the second organisation: recused, the next expert sits.
    let declaring = experts[0].clone();
    let declared = server
        .ok(
            Some(&token_for(&later, "evaluator", &declaring)),
            &format!(
                "mutation($i: DeclareRelationInput!) {{ declareRelation(input: $i) {{ {JURY} }} }}"
            ),
            json!({ "i": { "committeeId": committee, "memberId": declaring,
                "organisationId": orgs[1], "kind": "RELATIVE", "note": "配偶任该机构理事" } }),
        )
        .await["declareRelation"]
        .clone();
    let sitting = ids(&declared, "EXPERT");
    assert_eq!(sitting.len(), 4, "{declared:#}");
    assert!(!sitting.contains(&declaring) && !sitting.contains(&related));
    // The recused member scores nothing.
    let r = server
        .gql(
            Some(&token_for(&later, "evaluator", &declaring)),
            &sheet_mutation(),
            sheet(&committee, &declaring, &submissions, 7_000),
        )
        .await;
    assert_error(
        &r,
        "RULE_VIOLATION",
        Some("EVAL-RECUSAL"),
        "a recused member's sheet",
    );

    // Every sitting member scores every submission; the third is scored best by all.
    let mut order = submissions.clone();
    order.reverse();
    let _ = server
        .ok(
            Some(&bureau),
            &sheet_mutation(),
            sheet(&committee, &rep, &order, 7_000),
        )
        .await;
    for (i, expert) in sitting.iter().enumerate() {
        let _ = server
            .ok(
                Some(&token_for(&later, "evaluator", expert)),
                &sheet_mutation(),
                sheet(&committee, expert, &order, 7_000 - 100 * i as u32),
            )
            .await;
    }
    let concluded = server
        .ok(
            Some(&bureau),
            &format!("mutation($i: CommitteeActionInput!) {{ concludeEvaluation(input: $i) {{ {JURY} }} }}"),
            json!({ "i": { "committeeId": committee } }),
        )
        .await["concludeEvaluation"]
        .clone();
    assert_eq!(concluded["status"], "CONCLUDED", "{concluded:#}");
    let ranking = concluded["report"]["ranking"].as_array().unwrap().clone();
    let ranked: Vec<&Value> = ranking.iter().map(|r| &r["bidId"]).collect();
    assert_eq!(ranked, order.iter().collect::<Vec<_>>());
    // Criteria only: no price score, the total is the criteria score (mean of 5 sheets).
    for r in &ranking {
        assert_eq!(r["priceScore"], "0.00", "{r:#}");
        assert_eq!(r["total"], r["criteriaScore"]);
    }
    assert_eq!(ranking[0]["total"], "93.80");
    assert_eq!(ranking[0]["organisationId"], json!(orgs[2]));

    // The bureau lists its contest's juries; an organisation may not.
    let listed = server
        .ok(Some(&bureau), CONTEST_COMMITTEES, json!({ "c": contest }))
        .await;
    assert_eq!(
        listed["contestCommittees"],
        json!([{ "committeeId": committee, "status": "CONCLUDED", "seats": 5, "sitting": 5, "submitted": 5 }])
    );
    let r = server
        .gql(
            Some(&token_for(&later, "ngo", &orgs[0])),
            CONTEST_COMMITTEES,
            json!({ "c": contest }),
        )
        .await;
    assert_error(&r, "FORBIDDEN", None, "an organisation listing juries");

    // The contest records the jury's ranking as its panel review: the shortlist of 2.
    let reviewed = server
        .ok(
            Some(&bureau),
            "mutation($i: RecordContestReviewInput!) { recordContestReview(input: $i) {
               status committeeId sheetsDigest submissions { submissionId status panelRank } } }",
            json!({ "i": { "contestId": contest, "committeeId": committee } }),
        )
        .await["recordContestReview"]
        .clone();
    assert_eq!(reviewed["status"], "REVIEWED", "{reviewed:#}");
    assert_eq!(reviewed["committeeId"], json!(committee));
    assert_eq!(
        reviewed["sheetsDigest"],
        concluded["report"]["sheetsDigest"]
    );
    let first = reviewed["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["submissionId"] == order[0])
        .unwrap();
    assert_eq!(first["panelRank"], 1, "{reviewed:#}");
    // Reviewed, the contest has nothing left for a jury: a second one is refused.
    let r = server
        .gql(
            Some(&bureau),
            &constitute_jury(),
            jury_input(&contest, 1, 4),
        )
        .await;
    assert_error(
        &r,
        "RULE_VIOLATION",
        Some("PROC-STATE"),
        "a jury after the review",
    );
    server.stop();
}
