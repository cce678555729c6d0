//! Public-welfare project contests over HTTP (issue 15): the bureau opens a call, registered
//! organisations submit and an ineligible one is refused with its rule; the jury's review, the
//! public jury, pledges (one after the window refused), the ranking, the matching and the
//! grants (one beyond the pool refused); everything the public reads on the way.

use chrono::{Duration, SubsecRound, Utc};
use serde_json::{Value, json};

use crate::backdate::backdated;
use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(a_call_takes_eligible_submissions_and_refuses_the_rest);

pub const CONTEST_VIEW: &str = "contestId version status statusZh jurisdiction bureauUnit title
  pool granted panelWeightPercent shortlistSize committeeId
  matching { kind version percent cap tiers { fromRank toRank amount } }
  submissions { submissionId organisationId organisationName title status statusZh requested
    panelRank panelScoreHundredths publicScoreHundredths finalRank finalScoreHundredths
    raised donors pledges { donorKind amount } matchingRank matchClaim matched matchOutcome granted }
  ranking { submissionId finalRank finalScoreHundredths }";

pub fn open_call() -> String {
    format!(
        "mutation($i: OpenContestCallInput!) {{ openContestCall(input: $i) {{ {CONTEST_VIEW} }} }}"
    )
}

pub fn submit() -> String {
    format!(
        "mutation($i: SubmitContestProjectInput!) {{ submitContestProject(input: $i) {{ {CONTEST_VIEW} }} }}"
    )
}

pub fn contest_query() -> String {
    format!("query($id: UUID!) {{ contest(id: $id) {{ {CONTEST_VIEW} }} }}")
}

/// Shifts `now` by whole hours, as RFC 3339.
fn at(hours: i64) -> String {
    (Utc::now().trunc_subsecs(0) + Duration::hours(hours)).to_rfc3339()
}

/// A call of Futian whose submissions close in `close_in` hours and whose pledges are taken
/// from then for `pledge_hours` more; proportional matching, 100 % up to ¥100 000, a pool of
/// ¥150 000 and a shortlist of 2.
pub fn call_input(close_in: i64, pledge_hours: i64) -> Value {
    json!({
        "title": "2026年福田区公益项目大赛",
        "poolFen": 15_000_000,
        "matching": { "kind": "PROPORTIONAL_WITH_CAP", "percent": 100, "capFen": 10_000_000 },
        "scoring": { "priceWeightPercent": 0, "criteria": [
            { "key": "plan", "name": "项目方案", "maxPoints": 75 },
            { "key": "team", "name": "团队能力", "maxPoints": 25 } ] },
        "bonusTheme": "一老一小",
        "shortlistSize": 2,
        "submissionsOpenAt": at(-1),
        "submissionsCloseAt": at(close_in),
        "pledgesOpenAt": at(close_in),
        "pledgesCloseAt": at(close_in + pledge_hours),
    })
}

pub fn project(contest: &Value, organisation: &str, title: &str) -> Value {
    json!({ "i": {
        "contestId": contest, "organisationId": organisation, "title": title,
        "summary": "为社区独居长者提供助餐与探访", "requestedFen": 8_000_000, "theme": "一老一小" } })
}

/// Registers `names` in Futian and moves the ledger back by `days`, so that they have been
/// registered that long: the contest takes organisations registered a year or more.
pub async fn organisations_registered_long_ago(
    place: Place,
    names: &[(u32, &str)],
    days: i64,
) -> (Place, Vec<String>) {
    let server = place.start();
    let registrar = place.token("registrar", Some(FUTIAN));
    let mut orgs = Vec::new();
    for (serial, name) in names {
        let id = apply(&server, &registrar, futian_application(name, *serial)).await;
        approve_registration(&server, &registrar, &id).await;
        orgs.push(id);
    }
    server.stop();
    (backdated(&place, Duration::days(days)).await, orgs)
}

async fn a_call_takes_eligible_submissions_and_refuses_the_rest(place: Place) {
    let (place, orgs) = organisations_registered_long_ago(
        place,
        &[
            (71, "福田区长青社工服务中心"),
            (72, "福田区春晖社工服务中心"),
        ],
        400,
    )
    .await;
    // Without the scheduler: a year back, their 2025 annual reports would fall overdue and
    // list them as abnormal at the first tick, which is the registry's business, not this test's.
    let server = start_without_scheduler(&place);
    let registrar = place.token("registrar", Some(FUTIAN));
    // Registered today: a year short of what the contest asks.
    let newcomer = apply(
        &server,
        &registrar,
        futian_application("福田区新芽社工服务中心", 73),
    )
    .await;
    approve_registration(&server, &registrar, &newcomer).await;

    let bureau_unit = uuid::Uuid::now_v7().to_string();
    let bureau = token_for(&place, "purchaser", &bureau_unit);
    // Terms that cannot work are refused with their rule, nothing written.
    let mut bad = call_input(24, 24);
    bad["scoring"]["priceWeightPercent"] = json!(10);
    let refused = server
        .gql(Some(&bureau), &open_call(), json!({ "i": bad }))
        .await;
    assert_error(
        &refused,
        "VALIDATION",
        Some("CONTEST-CALL"),
        "a priced contest",
    );
    // An organisation cannot open a call.
    let ngo = token_for(&place, "ngo", &orgs[0]);
    let refused = server
        .gql(Some(&ngo), &open_call(), json!({ "i": call_input(24, 24) }))
        .await;
    assert_error(&refused, "FORBIDDEN", None, "an ngo opening a call");

    let opened = server
        .ok(
            Some(&bureau),
            &open_call(),
            json!({ "i": call_input(24, 24) }),
        )
        .await["openContestCall"]
        .clone();
    assert_eq!(
        (
            &opened["status"],
            &opened["statusZh"],
            &opened["panelWeightPercent"]
        ),
        (&json!("OPEN"), &json!("征集中"), &json!(70)),
        "{opened:#}"
    );
    assert_eq!(opened["matching"]["version"], "PROPORTIONAL_WITH_CAP/1");
    assert_eq!(opened["pool"], "150000.00");
    let contest = opened["contestId"].clone();

    for (org, title) in orgs.iter().zip(["长者助餐", "四点半课堂"]) {
        let ngo = token_for(&place, "ngo", org);
        let done = server
            .ok(Some(&ngo), &submit(), json!(project(&contest, org, title)))
            .await;
        let last = done["submitContestProject"]["submissions"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone();
        assert_eq!(
            (&last["organisationId"], &last["status"]),
            (&json!(org), &json!("SUBMITTED"))
        );
    }
    // One organisation cannot submit for another.
    let refused = server
        .gql(
            Some(&token_for(&place, "ngo", &orgs[0])),
            &submit(),
            project(&contest, &orgs[1], "冒名项目"),
        )
        .await;
    assert_error(&refused, "FORBIDDEN", None, "submitting for another");
    // The newcomer is refused, told why in its own words.
    let refused = server
        .gql(
            Some(&token_for(&place, "ngo", &newcomer)),
            &submit(),
            project(&contest, &newcomer, "新芽计划"),
        )
        .await;
    assert_error(
        &refused,
        "RULE_VIOLATION",
        Some("BID-ELIGIBLE"),
        "a newcomer",
    );
    let message = refused["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("福田区新芽社工服务中心") && message.contains("1 full year"),
        "{message}"
    );
    // Not a jury of this contest: no review; and no pledge before the review.
    let refused = server
        .gql(
            Some(&bureau),
            "mutation($i: RecordContestReviewInput!) { recordContestReview(input: $i) { version } }",
            json!({ "i": { "contestId": contest, "committeeId": uuid::Uuid::now_v7() } }),
        )
        .await;
    assert_error(
        &refused,
        "RULE_VIOLATION",
        Some("CONTEST-WINDOW"),
        "a review before the close",
    );

    // The public sees the contest, its two projects and the money (none yet).
    let seen = server
        .ok(None, &contest_query(), json!({ "id": contest }))
        .await["contest"]
        .clone();
    assert_eq!(seen["submissions"].as_array().unwrap().len(), 2, "{seen:#}");
    assert_eq!(seen["version"], 2);
    let list = server
        .ok(
            None,
            "query($j: String) { contests(filter: { jurisdiction: $j }) { totalCount edges { node { contestId status } } } }",
            json!({ "j": FUTIAN }),
        )
        .await;
    assert_eq!(list["contests"]["totalCount"], 1, "{list:#}");
    let own = server
        .ok(
            None,
            "query($o: UUID!) { contestSubmissionsOf(organisationId: $o) { contestId title status raised } }",
            json!({ "o": orgs[1] }),
        )
        .await;
    assert_eq!(
        own["contestSubmissionsOf"],
        json!([{ "contestId": contest, "title": "四点半课堂", "status": "SUBMITTED", "raised": "0.00" }])
    );

    // The bureau cancels; nothing more is taken.
    let cancelled = server
        .ok(
            Some(&bureau),
            "mutation($i: CancelContestInput!) { cancelContest(input: $i) { status cancelReason } }",
            json!({ "i": { "contestId": contest, "reason": "预算调整，本届大赛终止" } }),
        )
        .await;
    assert_eq!(cancelled["cancelContest"]["status"], "CANCELLED");
    let refused = server
        .gql(
            Some(&token_for(&place, "ngo", &orgs[0])),
            &submit(),
            project(&contest, &orgs[0], "再次提交"),
        )
        .await;
    assert_error(
        &refused,
        "RULE_VIOLATION",
        Some("CONTEST-STATE"),
        "a cancelled contest",
    );
    server.stop();
}
