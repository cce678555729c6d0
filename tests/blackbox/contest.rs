//! Public-welfare project contests over HTTP (issue 15): the bureau opens a call, registered
//! organisations submit and an ineligible one is refused with its rule; the jury's review, the
//! public jury, pledges (one after the window refused), the ranking, the matching and the
//! grants (one beyond the pool refused); everything the public reads on the way.

use chrono::{Duration, SubsecRound, Utc};
use serde_json::{Value, json};

use crate::backdate::backdated;
use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(
    a_call_takes_eligible_submissions_and_refuses_the_rest,
    a_contest_goes_from_its_call_to_grants_and_a_project_library,
);

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
        "bureau": "深圳市福田区民政局",
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
    // Each organisation reads the contests taking submissions and whether it may enter, with
    // the reasons the refusal gives; the call's scoring is public with it.
    let to_enter = "{ contestsToEnter { eligible reasons { code message }
      contest { contestId bureau scoring { priceWeightPercent criteria { key maxPoints } } } } }";
    let veteran = server
        .ok(
            Some(&token_for(&place, "ngo", &orgs[0])),
            to_enter,
            json!({}),
        )
        .await;
    assert_eq!(
        veteran["contestsToEnter"],
        json!([{ "eligible": true, "reasons": [], "contest": { "contestId": contest,
            "bureau": "深圳市福田区民政局",
            "scoring": { "priceWeightPercent": 0, "criteria": [
                { "key": "plan", "maxPoints": 75 }, { "key": "team", "maxPoints": 25 } ] } } }])
    );
    let young = server
        .ok(
            Some(&token_for(&place, "ngo", &newcomer)),
            to_enter,
            json!({}),
        )
        .await;
    let entry = &young["contestsToEnter"][0];
    assert_eq!(
        (&entry["eligible"], &entry["reasons"][0]["code"]),
        (&json!(false), &json!("TOO_RECENT")),
        "{young:#}"
    );
    assert!(
        message.contains(entry["reasons"][0]["message"].as_str().unwrap()),
        "the list says what the refusal says: {young:#} / {message}"
    );
    let refused = server.gql(Some(&bureau), to_enter, json!({})).await;
    assert_error(
        &refused,
        "FORBIDDEN",
        None,
        "a bureau listing contests to enter",
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

const MEMBERS: &str = "committeeId status allSubmitted members { memberId role sitting }
  report { ranking { rank bidId total } }";

fn mutation(name: &str, input: &str, selection: &str) -> String {
    format!("mutation($i: {input}!) {{ {name}(input: $i) {{ {selection} }} }}")
}

/// The submission of `org` in a contest view.
fn of<'a>(view: &'a Value, org: &str) -> &'a Value {
    view["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["organisationId"] == org)
        .unwrap_or_else(|| panic!("no submission of {org}: {view:#}"))
}

async fn a_contest_goes_from_its_call_to_grants_and_a_project_library(place: Place) {
    let (place, orgs) = organisations_registered_long_ago(
        place,
        &[
            (81, "福田区银杏社工服务中心"),
            (82, "福田区枫叶社工服务中心"),
            (83, "福田区松柏社工服务中心"),
            (84, "福田区翠竹社工服务中心"),
        ],
        400,
    )
    .await;
    let bureau_unit = uuid::Uuid::now_v7().to_string();

    // Day 1: the call (submissions close in a day, pledges are taken the day after), four
    // projects, and the expert pool the jury is drawn from.
    let contest = {
        let server = start_without_scheduler(&place);
        let admin = place.token("admin", None);
        for n in 0..6 {
            server
                .ok(
                    Some(&admin),
                    "mutation($i: AddPoolExpertInput!) { addPoolExpert(input: $i) { expert { expertId } } }",
                    json!({ "i": { "jurisdiction": FUTIAN, "name": format!("大赛评审{n}"), "idNumber": resident_id(20 + n) } }),
                )
                .await;
        }
        let bureau = token_for(&place, "purchaser", &bureau_unit);
        let mut call = call_input(24, 24);
        call["shortlistSize"] = json!(3);
        let contest = server
            .ok(Some(&bureau), &open_call(), json!({ "i": call }))
            .await["openContestCall"]["contestId"]
            .clone();
        for (org, title) in orgs
            .iter()
            .zip(["长者助餐", "四点半课堂", "残障康复", "社区花园"])
        {
            let ngo = token_for(&place, "ngo", org);
            server
                .ok(Some(&ngo), &submit(), project(&contest, org, title))
                .await;
        }
        // The jury waits for the submissions to close.
        let early = server
            .gql(
                Some(&bureau),
                &mutation("constituteJury", "ConstituteJuryInput", "committeeId"),
                json!({ "i": { "contestId": contest, "experts": 5 } }),
            )
            .await;
        assert!(early["errors"].is_array(), "{early:#}");
        server.stop();
        contest
    };

    // Thirty hours later: the submissions have closed, the pledge window is open.
    let place = backdated(&place, Duration::hours(30)).await;
    let server = start_without_scheduler(&place);
    let bureau = token_for(&place, "purchaser", &bureau_unit);
    let jury = server
        .ok(
            Some(&bureau),
            &mutation("constituteJury", "ConstituteJuryInput", MEMBERS),
            json!({ "i": { "contestId": contest, "experts": 5 } }),
        )
        .await["constituteJury"]
        .clone();
    let committee = jury["committeeId"].as_str().unwrap().to_owned();
    let experts: Vec<String> = jury["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["sitting"] == true)
        .map(|m| m["memberId"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(experts.len(), 5, "{jury:#}");
    let seen = server
        .ok(None, &contest_query(), json!({ "id": contest }))
        .await["contest"]
        .clone();
    // The jury ranks the projects in the order of `entries`: the first best.
    let entries: Vec<Value> = orgs
        .iter()
        .map(|o| of(&seen, o)["submissionId"].clone())
        .collect();
    let sheet_mutation = mutation("submitScoreSheet", "SubmitScoreSheetInput", MEMBERS);
    for (n, e) in experts.iter().enumerate() {
        let evaluator = token_for(&place, "evaluator", e);
        server
            .ok(
                Some(&evaluator),
                &sheet_mutation,
                sheet(&committee, e, &entries, 6_000 + 50 * n as u32),
            )
            .await;
    }
    let concluded = server
        .ok(
            Some(&bureau),
            &mutation("concludeEvaluation", "CommitteeActionInput", MEMBERS),
            json!({ "i": { "committeeId": committee } }),
        )
        .await["concludeEvaluation"]
        .clone();
    assert_eq!(concluded["status"], "CONCLUDED", "{concluded:#}");

    let review = mutation(
        "recordContestReview",
        "RecordContestReviewInput",
        CONTEST_VIEW,
    );
    let reviewed = server
        .ok(
            Some(&bureau),
            &review,
            json!({ "i": { "contestId": contest, "committeeId": committee } }),
        )
        .await["recordContestReview"]
        .clone();
    assert_eq!(reviewed["status"], "REVIEWED", "{reviewed:#}");
    // Plan 60.00 + 1.00 on average, team 25.00: 86.00, then 2 points less per place.
    let panel: Vec<(Value, Value, Value)> = orgs
        .iter()
        .map(|o| {
            let s = of(&reviewed, o);
            (
                s["status"].clone(),
                s["panelRank"].clone(),
                s["panelScoreHundredths"].clone(),
            )
        })
        .collect();
    assert_eq!(
        panel,
        [
            (json!("SHORTLISTED"), json!(1), json!(8_600)),
            (json!("SHORTLISTED"), json!(2), json!(8_400)),
            (json!("SHORTLISTED"), json!(3), json!(8_200)),
            (json!("NOT_SHORTLISTED"), json!(4), json!(8_000)),
        ],
        "{reviewed:#}"
    );

    // Pledges, as the platform reports them: for finalists only.
    let pledge = mutation(
        "recordContestPledge",
        "RecordContestPledgeInput",
        CONTEST_VIEW,
    );
    let pledges = [
        (0, "INDIVIDUAL", "donor-ref-1", 7_000_000),
        (0, "ENTERPRISE", "donor-ref-2", 5_000_000),
        (1, "FOUNDATION", "donor-ref-3", 6_000_000),
        (2, "INDIVIDUAL", "donor-ref-4", 1_000_000),
    ];
    for (i, kind, donor, fen) in pledges {
        server
            .ok(
                Some(&bureau),
                &pledge,
                json!({ "i": { "contestId": contest, "submissionId": entries[i],
                    "donorKind": kind, "donor": donor, "amountFen": fen } }),
            )
            .await;
    }
    let refused = server
        .gql(
            Some(&bureau),
            &pledge,
            json!({ "i": { "contestId": contest, "submissionId": entries[3],
                "donorKind": "INDIVIDUAL", "donor": "donor-ref-5", "amountFen": 100 } }),
        )
        .await;
    assert_error(
        &refused,
        "RULE_VIOLATION",
        Some("CONTEST-PLEDGE"),
        "a pledge to a non-finalist",
    );

    // The public jury, then the finals: 70 % panel + 30 % public.
    server
        .ok(
            Some(&bureau),
            &mutation(
                "recordContestPublicScores",
                "RecordContestPublicScoresInput",
                "version",
            ),
            json!({ "i": { "contestId": contest, "scores": [
                { "submissionId": entries[0], "scoreHundredths": 5_000 },
                { "submissionId": entries[1], "scoreHundredths": 9_000 },
                { "submissionId": entries[2], "scoreHundredths": 1_000 } ] } }),
        )
        .await;
    let ranked = server
        .ok(
            Some(&bureau),
            &mutation("rankContest", "ContestActionInput", CONTEST_VIEW),
            json!({ "i": { "contestId": contest } }),
        )
        .await["rankContest"]
        .clone();
    // 84 × 0.7 + 90 × 0.3 = 85.80; 86 × 0.7 + 50 × 0.3 = 75.20; 82 × 0.7 + 10 × 0.3 = 60.40.
    assert_eq!(
        ranked["ranking"],
        json!([
            { "submissionId": entries[1], "finalRank": 1, "finalScoreHundredths": 8_580 },
            { "submissionId": entries[0], "finalRank": 2, "finalScoreHundredths": 7_520 },
            { "submissionId": entries[2], "finalRank": 3, "finalScoreHundredths": 6_040 },
        ]),
        "{ranked:#}"
    );
    let matching = mutation("computeContestMatching", "ContestActionInput", CONTEST_VIEW);
    let early = server
        .gql(
            Some(&bureau),
            &matching,
            json!({ "i": { "contestId": contest } }),
        )
        .await;
    assert_error(
        &early,
        "RULE_VIOLATION",
        Some("CONTEST-WINDOW"),
        "matching before the pledges close",
    );
    server.stop();

    // A day later: the pledge window has closed.
    let place = backdated(&place, Duration::hours(24)).await;
    let server = start_without_scheduler(&place);
    let bureau = token_for(&place, "purchaser", &bureau_unit);
    let late = server
        .gql(
            Some(&bureau),
            &pledge,
            json!({ "i": { "contestId": contest, "submissionId": entries[0],
                "donorKind": "INDIVIDUAL", "donor": "donor-ref-6", "amountFen": 100_000 } }),
        )
        .await;
    assert_error(
        &late,
        "RULE_VIOLATION",
        Some("CONTEST-WINDOW"),
        "a pledge after the call closed",
    );

    // Proportional, 100 % up to ¥100 000, pool ¥150 000: rank 1 raised ¥60 000 and is matched
    // in full; rank 2 raised ¥120 000, capped at ¥100 000, gets the ¥90 000 left; rank 3 none.
    let matched = server
        .ok(
            Some(&bureau),
            &matching,
            json!({ "i": { "contestId": contest } }),
        )
        .await["computeContestMatching"]
        .clone();
    let money: Vec<(Value, Value, Value, Value)> = entries[..3]
        .iter()
        .map(|id| {
            let s = matched["submissions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["submissionId"] == *id)
                .unwrap();
            (
                s["raised"].clone(),
                s["matchClaim"].clone(),
                s["matched"].clone(),
                s["matchOutcome"].clone(),
            )
        })
        .collect();
    assert_eq!(
        money,
        [
            (
                json!("120000.00"),
                json!("100000.00"),
                json!("90000.00"),
                json!("POOL_REMAINDER")
            ),
            (
                json!("60000.00"),
                json!("60000.00"),
                json!("60000.00"),
                json!("FULL")
            ),
            (
                json!("10000.00"),
                json!("10000.00"),
                json!("0.00"),
                json!("POOL_EXHAUSTED")
            ),
        ],
        "{matched:#}"
    );
    assert_eq!(of(&matched, &orgs[0])["donors"], 2);

    // Grants: none beyond what the pool left a project, then the matches themselves.
    let award = mutation(
        "awardContestGrants",
        "AwardContestGrantsInput",
        CONTEST_VIEW,
    );
    let beyond = server
        .gql(
            Some(&bureau),
            &award,
            json!({ "i": { "contestId": contest, "grants": [
                { "submissionId": entries[1], "amountFen": 6_000_000 },
                { "submissionId": entries[0], "amountFen": 10_000_000 } ] } }),
        )
        .await;
    assert_error(
        &beyond,
        "RULE_VIOLATION",
        Some("CONTEST-MATCHING"),
        "a grant beyond the pool",
    );
    let version = server
        .ok(None, &contest_query(), json!({ "id": contest }))
        .await["contest"]["version"]
        .clone();
    assert_eq!(version, matched["version"], "the refusal wrote nothing");
    let awarded = server
        .ok(
            Some(&bureau),
            &award,
            json!({ "i": { "contestId": contest, "grants": [
                { "submissionId": entries[1], "amountFen": 6_000_000 },
                { "submissionId": entries[0], "amountFen": 9_000_000 } ] } }),
        )
        .await["awardContestGrants"]
        .clone();
    assert_eq!(
        (&awarded["status"], &awarded["granted"]),
        (&json!("AWARDED"), &json!("150000.00")),
        "{awarded:#}"
    );
    let statuses: Vec<&Value> = orgs.iter().map(|o| &of(&awarded, o)["status"]).collect();
    assert_eq!(
        statuses,
        [
            &json!("GRANTED"),
            &json!("GRANTED"),
            &json!("LIBRARY"),
            &json!("NOT_SHORTLISTED")
        ],
        "{awarded:#}"
    );
    // The public reads the results and the money; no donor reference is shown.
    let public = server
        .ok(None, &contest_query(), json!({ "id": contest }))
        .await;
    assert!(!public.to_string().contains("donor-ref-1"), "{public:#}");
    let own = server
        .ok(
            None,
            "query($o: UUID!) { contestSubmissionsOf(organisationId: $o) { status raised matched granted finalRank } }",
            json!({ "o": orgs[0] }),
        )
        .await;
    assert_eq!(
        own["contestSubmissionsOf"],
        json!([{ "status": "GRANTED", "raised": "120000.00", "matched": "90000.00",
            "granted": "90000.00", "finalRank": 2 }])
    );

    // The grant goes on as a contract: signed by the bureau, its milestone accepted and paid.
    let today = chrono::Utc::now().date_naive();
    let contract_view =
        "id status amount supplier procurement { id } grant { contestId submissionId }
      method item { code } milestones { id accepted } paid";
    let sign = |submission: &Value, fen: i64| {
        json!({ "i": { "contestId": contest, "submissionId": submission,
            "serviceStart": (today + Duration::days(1)).to_string(),
            "serviceEnd": (today + Duration::days(200)).to_string(),
            "milestones": [
                { "id": "D1", "kind": "DELIVERY", "title": "项目中期验收",
                  "due": (today + Duration::days(100)).to_string() },
                { "id": "P1", "kind": "PAYMENT", "title": "资助拨付", "amountFen": fen, "follows": "D1",
                  "due": (today + Duration::days(130)).to_string() } ] } })
    };
    let sign_mutation = mutation(
        "signContractFromGrant",
        "SignContractFromGrantInput",
        contract_view,
    );
    let ungranted = server
        .gql(Some(&bureau), &sign_mutation, sign(&entries[2], 100))
        .await;
    assert_error(
        &ungranted,
        "RULE_VIOLATION",
        Some("CONTEST-GRANT"),
        "a contract without a grant",
    );
    let signed = server
        .ok(Some(&bureau), &sign_mutation, sign(&entries[0], 9_000_000))
        .await["signContractFromGrant"]
        .clone();
    assert_eq!(
        (
            &signed["status"],
            &signed["amount"],
            &signed["supplier"],
            &signed["procurement"],
            &signed["method"]
        ),
        (
            &json!("ACTIVE"),
            &json!("90000.00"),
            &json!(orgs[0]),
            &Value::Null,
            &Value::Null
        ),
        "{signed:#}"
    );
    assert_eq!(signed["grant"]["submissionId"], entries[0], "{signed:#}");
    let again = server
        .gql(Some(&bureau), &sign_mutation, sign(&entries[0], 9_000_000))
        .await;
    assert_error(
        &again,
        "RULE_VIOLATION",
        Some("CONTEST-GRANT"),
        "a second contract for a grant",
    );
    let k = signed["id"].clone();
    server
        .ok(
            Some(&bureau),
            &mutation("acceptMilestone", "AcceptMilestoneInput", "version"),
            json!({ "i": { "contractId": k, "milestoneId": "D1", "passed": true,
                "recipientsParticipating": 9, "recipientsNote": "受助长者代表9人参与验收",
                "report": "中期服务目标全部达成" } }),
        )
        .await;
    let paid = server
        .ok(
            Some(&bureau),
            &mutation("recordPayment", "RecordPaymentInput", contract_view),
            json!({ "i": { "contractId": k, "milestoneId": "P1", "amountFen": 9_000_000,
                "reference": "国库集中支付凭证" } }),
        )
        .await["recordPayment"]
        .clone();
    assert_eq!(
        (&paid["paid"], &paid["milestones"][0]["accepted"]),
        (&json!("90000.00"), &json!(true)),
        "{paid:#}"
    );
    // Listed with every contract (rm_contracts), found by its supplier.
    let listed = server
        .ok(
            None,
            "query($s: UUID!) { contracts(filter: { supplier: $s }) { totalCount edges { node { id grant { contestId } } } } }",
            json!({ "s": orgs[0] }),
        )
        .await;
    assert_eq!(listed["contracts"]["totalCount"], 1, "{listed:#}");
    assert_eq!(
        listed["contracts"]["edges"][0]["node"]["grant"]["contestId"],
        contest
    );
    // The public page reads what each project's grant contract paid out: the money spent.
    let spent = server
        .ok(
            None,
            "query($id: UUID!) { contest(id: $id) { ranking { submissionId granted contract { id paid } } } }",
            json!({ "id": contest }),
        )
        .await;
    assert_eq!(
        spent["contest"]["ranking"],
        json!([
            { "submissionId": entries[1], "granted": "60000.00", "contract": null },
            { "submissionId": entries[0], "granted": "90000.00", "contract": { "id": k, "paid": "90000.00" } },
            { "submissionId": entries[2], "granted": null, "contract": null },
        ]),
        "{spent:#}"
    );
    server.stop();
}
