//! The expert pool (评审专家库) and the committee's screens over HTTP: administrators keep the
//! pool, id numbers are masked outside it, evaluators read their own record; a committee is
//! constituted by the procurement's own unit after the opening only, and the award's commands
//! wait for the evaluation; then a committee's whole course on real sealed bids (the ledger
//! moved a month back so that the opening time has come): the draw, sealed sheets, the
//! conclusion recorded on the procurement, the award and a challenge.

use chrono::{Duration, Utc};
use serde_json::{Value, json};

use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(
    the_expert_pool_is_kept_by_administrators_and_masks_id_numbers,
    a_committee_waits_for_the_opening_and_the_award_for_the_evaluation,
    a_committee_scores_sealed_sheets_and_its_report_leads_to_the_award,
);

const J: &str = "440304";
const ID_A: &str = "11010519491231002X";
const ID_B: &str = "440304199001011233";

const EXPERT: &str = "expertId name idNumber employerId relations { organisationId kind }
  status statusReason statusSince addedAt";

fn pool_mutation(name: &str, input: &str) -> String {
    format!(
        "mutation($i: {input}!) {{ {name}(input: $i) {{ jurisdiction version position activeCount expert {{ {EXPERT} }} }} }}"
    )
}

const POOL: &str = "query($j: String!, $first: Int, $after: UUID) { expertPool(jurisdiction: $j) {
  jurisdiction version activeCount expertCount
  experts(first: $first, after: $after) { totalCount pageInfo { hasNextPage } edges { cursor node { expertId name idNumber status } } } } }";

const ONE: &str = "query($j: String!, $id: UUID!) { poolExpert(jurisdiction: $j, expertId: $id) { expertId idNumber status } }";

/// A former employer of the experts added here.
const EMPLOYER: &str = "0192f1e4-0000-7000-8000-000000000001";

async fn add(
    server: &Server,
    token: &str,
    name: &str,
    id_number: &str,
    command_id: Option<&str>,
) -> Value {
    server
        .gql(
            Some(token),
            &pool_mutation("addPoolExpert", "AddPoolExpertInput"),
            json!({ "i": { "jurisdiction": J, "name": name, "idNumber": id_number,
                "relations": [{ "organisationId": EMPLOYER, "kind": "EMPLOYMENT" }],
                "commandId": command_id } }),
        )
        .await
}

async fn the_expert_pool_is_kept_by_administrators_and_masks_id_numbers(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    let auditor = place.token("auditor", None);
    let registrar = place.token("registrar", Some(J));

    // Added by an administrator; the payload masks the number it was given.
    let command_id = uuid::Uuid::now_v7().to_string();
    let first = add(&server, &admin, "王芳", ID_A, Some(&command_id)).await;
    let added = &first["data"]["addPoolExpert"];
    assert_eq!(added["version"], 0, "{first:#}");
    assert_eq!(added["activeCount"], 1);
    assert_eq!(added["expert"]["idNumber"], "110105********002X");
    assert_eq!(added["expert"]["status"], "ACTIVE");
    assert_eq!(added["expert"]["relations"][0]["kind"], "EMPLOYMENT");
    let expert = added["expert"]["expertId"].as_str().unwrap().to_owned();
    // A retry answers with the first outcome and writes nothing.
    let events = server.event_count().await;
    let retried = add(&server, &admin, "王芳", ID_A, Some(&command_id)).await;
    assert_eq!(
        retried["data"]["addPoolExpert"]["expert"]["expertId"],
        expert.as_str(),
        "{retried:#}"
    );
    assert_eq!(server.event_count().await, events);

    // Refused: other roles; a malformed number; one person twice.
    for token in [&registrar, &auditor] {
        let r = add(&server, token, "李强", ID_B, None).await;
        assert_error(&r, "FORBIDDEN", None, "only administrators keep the pool");
    }
    let r = add(&server, &admin, "李强", "440304199001011234", None).await;
    assert_error(
        &r,
        "VALIDATION",
        Some("EVAL-RECUSAL"),
        "a wrong check digit",
    );
    assert_eq!(error_extensions(&r)["field"], "idNumber");
    assert!(
        !r.to_string().contains("440304199001011234"),
        "the number stays out of messages: {r}"
    );
    let r = add(&server, &admin, "王芳芳", ID_A, None).await;
    assert_error(
        &r,
        "RULE_VIOLATION",
        Some("EVAL-COMMITTEE"),
        "one person is one expert",
    );
    let second = add(&server, &admin, "李强", ID_B, None).await;
    let second_id = second["data"]["addPoolExpert"]["expert"]["expertId"]
        .as_str()
        .unwrap()
        .to_owned();

    // Read whole by administrators and auditors, page by page; not by purchasers.
    for token in [&admin, &auditor] {
        let pool = server
            .ok(Some(token), POOL, json!({ "j": J, "first": 1 }))
            .await;
        let p = &pool["expertPool"];
        assert_eq!(
            (p["expertCount"].as_u64(), p["activeCount"].as_u64()),
            (Some(2), Some(2)),
            "{pool:#}"
        );
        assert_eq!(p["experts"]["totalCount"], 2);
        assert_eq!(p["experts"]["pageInfo"]["hasNextPage"], true);
        assert_eq!(p["experts"]["edges"][0]["node"]["idNumber"], ID_A);
        let after = p["experts"]["edges"][0]["cursor"].clone();
        let next = server
            .ok(
                Some(token),
                POOL,
                json!({ "j": J, "first": 1, "after": after }),
            )
            .await;
        assert_eq!(
            next["expertPool"]["experts"]["edges"][0]["node"]["expertId"],
            second_id.as_str()
        );
        assert_eq!(
            next["expertPool"]["experts"]["pageInfo"]["hasNextPage"],
            false
        );
    }
    let purchaser = token_for(&place, "purchaser", &uuid::Uuid::now_v7().to_string());
    let r = server.gql(Some(&purchaser), POOL, json!({ "j": J })).await;
    assert_error(
        &r,
        "FORBIDDEN",
        None,
        "a purchaser may not canvass the pool",
    );
    let r = server.gql(None, POOL, json!({ "j": J })).await;
    assert_error(&r, "UNAUTHENTICATED", None, "anonymous");
    let r = server.gql(Some(&admin), POOL, json!({ "j": "4403" })).await;
    assert_error(&r, "VALIDATION", None, "a malformed jurisdiction");
    let none = server
        .ok(Some(&admin), POOL, json!({ "j": "440305" }))
        .await;
    assert_eq!(none["expertPool"], Value::Null);

    // An evaluator reads its own record, whole, and nobody else's.
    let me = token_for(&place, "evaluator", &expert);
    let own = server
        .ok(Some(&me), ONE, json!({ "j": J, "id": expert }))
        .await;
    assert_eq!(own["poolExpert"]["idNumber"], ID_A, "{own:#}");
    let r = server
        .gql(Some(&me), ONE, json!({ "j": J, "id": second_id }))
        .await;
    assert_error(&r, "FORBIDDEN", None, "another expert's record");

    // Suspended (not drawn), reinstated, relations replaced, removed (kept in history).
    let reason = |name: &str, why: &str| {
        let m = pool_mutation(name, "PoolExpertReasonInput");
        (
            m,
            json!({ "i": { "jurisdiction": J, "expertId": expert, "reason": why } }),
        )
    };
    let (m, v) = reason("suspendPoolExpert", "年度考核未通过");
    let s = server.ok(Some(&admin), &m, v.clone()).await;
    assert_eq!(
        s["suspendPoolExpert"]["expert"]["status"], "SUSPENDED",
        "{s:#}"
    );
    assert_eq!(
        s["suspendPoolExpert"]["expert"]["statusReason"],
        "年度考核未通过"
    );
    assert_eq!(s["suspendPoolExpert"]["activeCount"], 1);
    let r = server.gql(Some(&admin), &m, v).await;
    assert_error(
        &r,
        "RULE_VIOLATION",
        Some("EVAL-COMMITTEE"),
        "suspended twice",
    );
    let (m, v) = reason("reinstatePoolExpert", "复核通过");
    let s = server.ok(Some(&admin), &m, v).await;
    assert_eq!(s["reinstatePoolExpert"]["expert"]["status"], "ACTIVE");
    let related = uuid::Uuid::now_v7().to_string();
    let s = server
        .ok(
            Some(&admin),
            &pool_mutation(
                "updatePoolExpertRelations",
                "UpdatePoolExpertRelationsInput",
            ),
            json!({ "i": { "jurisdiction": J, "expertId": expert, "employerId": null,
                "relations": [{ "organisationId": related, "kind": "LITIGATION" }],
                "reason": "诉讼登记" } }),
        )
        .await;
    let relations = &s["updatePoolExpertRelations"]["expert"]["relations"];
    assert_eq!(
        relations,
        &json!([{ "organisationId": related, "kind": "LITIGATION" }]),
        "{s:#}"
    );
    let (m, v) = reason("removePoolExpert", "本人申请出库");
    let s = server.ok(Some(&admin), &m, v).await;
    assert_eq!(s["removePoolExpert"]["expert"]["status"], "REMOVED");
    assert_eq!(s["removePoolExpert"]["activeCount"], 1);
    let pool = server.ok(Some(&admin), POOL, json!({ "j": J })).await;
    assert_eq!(pool["expertPool"]["expertCount"], 2, "{pool:#}");
}

const CONSTITUTE: &str =
    "mutation($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) {
  committeeId status seed members { memberId name role } } }";

const COMMITTEES: &str =
    "query($id: UUID!) { procurementCommittees(procurementId: $id) { committeeId status } }";

async fn a_committee_waits_for_the_opening_and_the_award_for_the_evaluation(place: Place) {
    let server = place.start();
    let admin = place.token("admin", None);
    server
        .ok(
            Some(&admin),
            "mutation($j: String!) { loadDefaultCatalogue(input: {jurisdiction: $j}) { version } }",
            json!({ "j": J }),
        )
        .await;
    let unit = uuid::Uuid::now_v7().to_string();
    let mine = token_for(&place, "purchaser", &unit);
    let deadline = Utc::now() + Duration::days(25);
    let drafted = server
        .ok(
            Some(&mine),
            "mutation($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",
            json!({ "i": {
                "purchaser": "深圳市福田区民政局",
                "title": "福田区居家养老上门服务项目",
                "description": "为辖区失能、半失能老年人提供居家上门服务",
                "item": "A0101", "method": "OPEN_TENDER",
                "budgetFen": 50_000_000, "bidSecurityFen": 1_000_000,
                "serviceStart": (deadline + Duration::days(30)).format("%Y-%m-%d").to_string(),
                "serviceEnd": (deadline + Duration::days(300)).format("%Y-%m-%d").to_string(),
                "scoring": { "priceWeightPercent": 30, "criteria": [
                    { "key": "plan", "name": "服务方案", "maxPoints": 70 } ] },
                "bidDeadline": deadline.to_rfc3339(),
                "openingAt": (deadline + Duration::hours(1)).to_rfc3339() } }),
        )
        .await;
    let id = drafted["draftProcurement"]["id"].clone();
    server
        .ok(
            Some(&mine),
            "mutation($id: UUID!) { publishProcurement(input: {procurementId: $id}) { status } }",
            json!({ "id": id }),
        )
        .await;

    // Only the procurement's own unit constitutes, and only after the opening.
    let input = json!({ "i": { "procurementId": id, "representatives": [{ "name": "李娜" }], "experts": 4 } });
    let other = token_for(&place, "purchaser", &uuid::Uuid::now_v7().to_string());
    let evaluator = token_for(&place, "evaluator", &uuid::Uuid::now_v7().to_string());
    for token in [&other, &evaluator, &admin] {
        let r = server.gql(Some(token), CONSTITUTE, input.clone()).await;
        assert_error(&r, "FORBIDDEN", None, "not the procurement's unit");
    }
    let r = server.gql(Some(&mine), CONSTITUTE, input).await;
    assert_error(
        &r,
        "RULE_VIOLATION",
        Some("PROC-STATE"),
        "before the opening",
    );
    let r = server
        .gql(
            Some(&mine),
            CONSTITUTE,
            json!({ "i": { "procurementId": uuid::Uuid::now_v7(), "experts": 5 } }),
        )
        .await;
    assert_error(&r, "NOT_FOUND", None, "no such procurement");

    // Nothing was constituted; the list is the unit's, auditors' and administrators'.
    for token in [&mine, &admin] {
        let list = server
            .ok(Some(token), COMMITTEES, json!({ "id": id }))
            .await;
        assert_eq!(list["procurementCommittees"], json!([]), "{list:#}");
    }
    let r = server
        .gql(Some(&other), COMMITTEES, json!({ "id": id }))
        .await;
    assert_error(&r, "FORBIDDEN", None, "another unit's committees");
    let none = server
        .ok(
            Some(&mine),
            "query($id: UUID!) { committee(id: $id) { committeeId } }",
            json!({ "id": uuid::Uuid::now_v7() }),
        )
        .await;
    assert_eq!(none["committee"], Value::Null);
    let r = server
        .gql(
            Some(&mine),
            "mutation($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",
            json!({ "i": { "committeeId": uuid::Uuid::now_v7() } }),
        )
        .await;
    assert_error(&r, "NOT_FOUND", None, "no such committee");

    // The award's commands wait for the evaluation.
    let record = server
        .gql(
            Some(&mine),
            "mutation($id: UUID!) { recordEvaluation(input: {procurementId: $id}) { status } }",
            json!({ "id": id }),
        )
        .await;
    assert_error(
        &record,
        "RULE_VIOLATION",
        Some("PROC-STATE"),
        "no report yet",
    );
    let award = server
        .gql(
            Some(&mine),
            "mutation($i: AwardProcurementInput!) { awardProcurement(input: $i) { status } }",
            json!({ "i": { "procurementId": id, "bidId": uuid::Uuid::now_v7() } }),
        )
        .await;
    assert_error(
        &award,
        "RULE_VIOLATION",
        Some("PROC-STATE"),
        "award before evaluation",
    );
    let ngo_org = uuid::Uuid::now_v7().to_string();
    let ngo = token_for(&place, "ngo", &ngo_org);
    let challenge = |org: &str| json!({ "i": { "procurementId": id, "organisationId": org, "grounds": "评分不公" } });
    let q = "mutation($i: ChallengeAwardInput!) { challengeAward(input: $i) { status } }";
    let r = server
        .gql(Some(&ngo), q, challenge(&uuid::Uuid::now_v7().to_string()))
        .await;
    assert_error(
        &r,
        "FORBIDDEN",
        None,
        "a challenge for another organisation",
    );
    let r = server.gql(Some(&ngo), q, challenge(&ngo_org)).await;
    assert_error(
        &r,
        "RULE_VIOLATION",
        Some("PROC-STATE"),
        "no award to challenge",
    );
}

const COMMITTEE: &str = "committeeId procurementId status version seats seed allSubmitted
  procurementStatus report { committeeId sheetsDigest ranking { rank bidId organisationId total } }
  members { memberId name role drawPosition sitting submitted sheetDigest
    scores { bidId criteria { key pointsHundredths } } }";

fn committee_query() -> String {
    format!("query($id: UUID!) {{ committee(id: $id) {{ {COMMITTEE} }} }}")
}

fn sheet_mutation() -> String {
    format!(
        "mutation($i: SubmitScoreSheetInput!) {{ submitScoreSheet(input: $i) {{ {COMMITTEE} }} }}"
    )
}

fn member<'a>(view: &'a Value, id: &str) -> &'a Value {
    view["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["memberId"] == id)
        .unwrap()
}

async fn a_committee_scores_sealed_sheets_and_its_report_leads_to_the_award(place: Place) {
    init_bid_key(&place);
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(J));
    server
        .ok(
            Some(&admin),
            "mutation($j: String!) { loadDefaultCatalogue(input: {jurisdiction: $j}) { version } }",
            json!({ "j": J }),
        )
        .await;
    let mut bidders = Vec::new();
    for (serial, name) in [
        (51, "福田区紫藤长者服务中心"),
        (52, "福田区青竹社工服务中心"),
        (53, "福田区木棉社工服务中心"),
    ] {
        let id = apply(&server, &registrar, futian_application(name, serial)).await;
        approve_registration(&server, &registrar, &id).await;
        bidders.push(id);
    }
    for n in 0..5u32 {
        let r = add(
            &server,
            &admin,
            &format!("评审专家{n}"),
            &resident_id(n),
            None,
        )
        .await;
        assert!(r["errors"].is_null(), "{r:#}");
    }
    let unit = uuid::Uuid::now_v7().to_string();
    let buyer = token_for(&place, "purchaser", &unit);
    let deadline = Utc::now() + Duration::days(21);
    let drafted = server
        .ok(
            Some(&buyer),
            "mutation($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",
            json!({ "i": {
                "purchaser": "深圳市福田区民政局",
                "title": "福田区居家养老上门服务项目",
                "description": "为辖区失能、半失能老年人提供居家上门服务",
                "item": "A0101", "method": "OPEN_TENDER",
                "budgetFen": 50_000_000, "bidSecurityFen": 1_000_000,
                "serviceStart": (deadline + Duration::days(30)).format("%Y-%m-%d").to_string(),
                "serviceEnd": (deadline + Duration::days(300)).format("%Y-%m-%d").to_string(),
                "requirements": { "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0 },
                "scoring": { "priceWeightPercent": 30, "criteria": [
                    { "key": "plan", "name": "服务方案", "maxPoints": 40 },
                    { "key": "team", "name": "团队与经验", "maxPoints": 30 } ] },
                "bidDeadline": deadline.to_rfc3339(),
                "openingAt": (deadline + Duration::hours(1)).to_rfc3339() } }),
        )
        .await;
    let p = drafted["draftProcurement"]["id"].clone();
    server
        .ok(
            Some(&buyer),
            "mutation($id: UUID!) { publishProcurement(input: {procurementId: $id}) { status } }",
            json!({ "id": p }),
        )
        .await;
    for (i, org) in bidders.iter().enumerate() {
        let ngo = token_for(&place, "ngo", org);
        server
            .ok(
                Some(&ngo),
                "mutation($i: SubmitBidInput!) { submitBid(input: $i) { id } }",
                json!({ "i": { "procurementId": p, "priceFen": 40_000_000 + 1_000_000 * i as i64,
                    "technicalProposal": format!("服务方案{i}"), "documents": [] } }),
            )
            .await;
    }
    server.stop();

    // A month later the opening time has come.
    let later = later_by(&place, 30).await;
    // Without the server's own scheduler, which would otherwise race the purchaser to open.
    let server = start_without_scheduler(&later);
    let buyer = token_for(&later, "purchaser", &unit);
    let opened = server
        .ok(
            Some(&buyer),
            "mutation($p: UUID!) { openBids(input: {procurementId: $p}) { status openedBids { bidId valid } } }",
            json!({ "p": p }),
        )
        .await["openBids"]
        .clone();
    assert_eq!(opened["status"], "OPENED", "{opened:#}");
    let bids: Vec<Value> = opened["openedBids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["bidId"].clone())
        .collect();
    assert_eq!(bids.len(), 3);

    // Constituted: one representative, four experts drawn with a seed the server chose.
    let constituted = server
        .ok(
            Some(&buyer),
            &format!("mutation($i: ConstituteCommitteeInput!) {{ constituteCommittee(input: $i) {{ {COMMITTEE} }} }}"),
            json!({ "i": { "procurementId": p, "representatives": [{ "name": "李娜" }], "experts": 4 } }),
        )
        .await["constituteCommittee"]
        .clone();
    let committee = constituted["committeeId"].as_str().unwrap().to_owned();
    assert_eq!(constituted["seats"], 5, "{constituted:#}");
    assert_eq!(constituted["seed"].as_str().unwrap().len(), 64);
    let members: Vec<(String, String)> = constituted["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["memberId"].as_str().unwrap().to_owned(),
                m["role"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let rep = members
        .iter()
        .find(|m| m.1 == "REPRESENTATIVE")
        .unwrap()
        .0
        .clone();
    let experts: Vec<String> = members
        .iter()
        .filter(|m| m.1 == "EXPERT")
        .map(|m| m.0.clone())
        .collect();
    assert_eq!(experts.len(), 4);
    let again = server
        .gql(
            Some(&buyer),
            CONSTITUTE,
            json!({ "i": { "procurementId": p, "representatives": [{ "name": "李娜" }], "experts": 4 } }),
        )
        .await;
    assert_error(
        &again,
        "RULE_VIOLATION",
        Some("EVAL-COMMITTEE"),
        "a second committee",
    );

    // Evaluators see the committee they sit on; others do not.
    let evaluators: Vec<String> = experts
        .iter()
        .map(|e| token_for(&later, "evaluator", e))
        .collect();
    let stranger = token_for(&later, "evaluator", &uuid::Uuid::now_v7().to_string());
    let hidden = server
        .ok(
            Some(&stranger),
            &committee_query(),
            json!({ "id": committee }),
        )
        .await;
    assert_eq!(hidden["committee"], Value::Null);
    let mine = "query { myCommittees { committeeId procurementId members { memberId } } }";
    let listed = server.ok(Some(&evaluators[0]), mine, json!({})).await;
    assert_eq!(
        listed["myCommittees"][0]["committeeId"],
        committee.as_str(),
        "{listed:#}"
    );
    let none = server.ok(Some(&stranger), mine, json!({})).await;
    assert_eq!(none["myCommittees"], json!([]));
    let r = server.gql(Some(&buyer), mine, json!({})).await;
    assert_error(&r, "FORBIDDEN", None, "a purchaser has no seat");

    // Each member scores its own seat; the purchaser its representative's.
    let r = server
        .gql(
            Some(&evaluators[0]),
            &sheet_mutation(),
            sheet(&committee, &experts[1], &bids, 3_500),
        )
        .await;
    assert_error(&r, "FORBIDDEN", None, "scoring another member's seat");
    let r = server
        .gql(
            Some(&buyer),
            &sheet_mutation(),
            sheet(&committee, &experts[0], &bids, 3_500),
        )
        .await;
    assert_error(
        &r,
        "FORBIDDEN",
        None,
        "the purchaser scoring an expert's seat",
    );
    let first = server
        .ok(
            Some(&evaluators[0]),
            &sheet_mutation(),
            sheet(&committee, &experts[0], &bids, 3_800),
        )
        .await["submitScoreSheet"]
        .clone();
    assert!(
        member(&first, &experts[0])["scores"].is_array(),
        "its own sheet: {first:#}"
    );
    let second = server
        .ok(
            Some(&evaluators[1]),
            &sheet_mutation(),
            sheet(&committee, &experts[1], &bids, 3_600),
        )
        .await["submitScoreSheet"]
        .clone();
    // Sealed: the first member's sheet shows to the second only as a digest.
    let sealed = member(&second, &experts[0]);
    assert_eq!(sealed["submitted"], true);
    assert!(
        sealed["sheetDigest"].as_str().unwrap().len() == 64,
        "{second:#}"
    );
    assert_eq!(sealed["scores"], Value::Null, "{second:#}");
    let locked = server
        .gql(
            Some(&evaluators[0]),
            &sheet_mutation(),
            sheet(&committee, &experts[0], &bids, 3_000),
        )
        .await;
    assert_error(
        &locked,
        "RULE_VIOLATION",
        Some("PROC-STATE"),
        "a sheet is locked",
    );
    let conclude = format!(
        "mutation($i: CommitteeActionInput!) {{ concludeEvaluation(input: $i) {{ {COMMITTEE} }} }}"
    );
    let early = server
        .gql(
            Some(&buyer),
            &conclude,
            json!({ "i": { "committeeId": committee } }),
        )
        .await;
    assert_error(
        &early,
        "RULE_VIOLATION",
        Some("PROC-STATE"),
        "concluding before every sheet",
    );
    for (i, e) in experts.iter().enumerate().skip(2) {
        server
            .ok(
                Some(&evaluators[i]),
                &sheet_mutation(),
                sheet(&committee, e, &bids, 3_700),
            )
            .await;
    }
    let all = server
        .ok(
            Some(&buyer),
            &sheet_mutation(),
            sheet(&committee, &rep, &bids, 3_900),
        )
        .await["submitScoreSheet"]
        .clone();
    assert_eq!(all["allSubmitted"], true, "{all:#}");
    let revealed = server
        .ok(
            Some(&evaluators[1]),
            &committee_query(),
            json!({ "id": committee }),
        )
        .await;
    assert!(
        member(&revealed["committee"], &experts[0])["scores"].is_array(),
        "{revealed:#}"
    );

    // Concluded, and the report recorded on the procurement in the same request.
    let concluded = server
        .ok(
            Some(&buyer),
            &conclude,
            json!({ "i": { "committeeId": committee } }),
        )
        .await["concludeEvaluation"]
        .clone();
    assert_eq!(concluded["status"], "CONCLUDED", "{concluded:#}");
    assert_eq!(concluded["procurementStatus"], "EVALUATED", "{concluded:#}");
    let ranking = concluded["report"]["ranking"].as_array().unwrap();
    assert_eq!(ranking.len(), 3);
    let top = ranking[0]["bidId"].clone();
    let winner = ranking[0]["organisationId"].as_str().unwrap().to_owned();
    let r = server
        .gql(
            Some(&buyer),
            "mutation($p: UUID!) { recordEvaluation(input: {procurementId: $p}) { status } }",
            json!({ "p": p }),
        )
        .await;
    assert_error(&r, "RULE_VIOLATION", Some("PROC-STATE"), "recorded already");

    // Auditors see the sheets once the award is noticed.
    let auditor = later.token("auditor", None);
    let before = server
        .ok(
            Some(&auditor),
            &committee_query(),
            json!({ "id": committee }),
        )
        .await;
    assert_eq!(
        member(&before["committee"], &experts[0])["scores"],
        Value::Null,
        "{before:#}"
    );
    let awarded = server
        .ok(
            Some(&buyer),
            "mutation($i: AwardProcurementInput!) { awardProcurement(input: $i) { status award { bidId } } }",
            json!({ "i": { "procurementId": p, "bidId": top } }),
        )
        .await;
    assert_eq!(
        awarded["awardProcurement"]["status"], "AWARDED",
        "{awarded:#}"
    );
    let after = server
        .ok(
            Some(&auditor),
            &committee_query(),
            json!({ "id": committee }),
        )
        .await;
    assert!(
        member(&after["committee"], &experts[0])["scores"].is_array(),
        "{after:#}"
    );

    // A losing bidder challenges; the purchaser answers.
    let loser = bidders.iter().find(|b| **b != winner).unwrap();
    let challenged = server
        .ok(
            Some(&token_for(&later, "ngo", loser)),
            "mutation($i: ChallengeAwardInput!) { challengeAward(input: $i) { status challenges { challengeId } } }",
            json!({ "i": { "procurementId": p, "organisationId": loser, "grounds": "评分标准适用不一致" } }),
        )
        .await;
    let challenge = challenged["challengeAward"]["challenges"][0]["challengeId"].clone();
    assert!(challenge.is_string(), "{challenged:#}");
    let answered = server
        .ok(
            Some(&buyer),
            "mutation($i: AnswerChallengeInput!) { answerChallenge(input: $i) { status } }",
            json!({ "i": { "procurementId": p, "challengeId": challenge, "decision": "DISMISSED",
                "reply": "经复核，评分符合采购文件规定" } }),
        )
        .await;
    assert_eq!(
        answered["answerChallenge"]["status"], "AWARDED",
        "{answered:#}"
    );
}
