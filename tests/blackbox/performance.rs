//! A contract's performance evaluation over HTTP, and the grade that follows its supplier: a
//! procurement driven to its award and its contract signed, accepted and completed; an
//! evaluation of the active contract refused; a third party with the supplier's legal
//! representative refused (PERF-EVALUATOR) and an independent one opened; scores out of range
//! refused (PERF-SCORE) and the evaluation concluded 中; the grade on the supplier's registry
//! profile; a new procurement requiring `minPastGrade: GOOD` showing the supplier ineligible
//! (PAST_GRADE) and refusing its bid (PERF-FEEDS) while an ungraded organisation bids; then the
//! purchaser's own evaluation graded 良, after which the supplier is eligible and bids. Each
//! refusal with its code and rule and nothing written; who may act and who may read.

use serde_json::{Value, json};

use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(a_graded_contract_follows_its_supplier_into_the_next_procurement);

const VIEW: &str = "evaluationId version contractId procurementId supplierId purchaserUnit
  jurisdiction evaluator evaluatorZh evaluatorOrganisationId status statusZh
  indicators { code weight children { code weight } } thresholds { excellent good fair }
  scores { indicator pointsHundredths points } comment submissions unscored
  totalHundredths total grade gradeZh independence { evaluatorRegistryVersion } concludedAt";

fn mutation(name: &str, input: &str) -> String {
    format!("mutation($i: {input}!) {{ {name}(input: $i) {{ {VIEW} }} }}")
}

/// The leaves of the default tree with their weights (policy/default.json).
const LEAVES: [(&str, u32); 9] = [
    ("BUDGET_FUNDS_ON_TIME", 5),
    ("BUDGET_EXECUTION_RATE", 5),
    ("OUTPUT_QUANTITY", 15),
    ("OUTPUT_QUALITY", 15),
    ("OUTPUT_TIMELINESS", 10),
    ("OUTPUT_COST", 10),
    ("OUTCOME_SOCIAL", 20),
    ("OUTCOME_SUSTAINABILITY", 10),
    ("SATISFACTION", 10),
];

/// Every leaf at `percent` % of its weight, in hundredths.
fn scores_at(evaluation: &Value, percent: u32) -> Value {
    let scores: Vec<Value> = LEAVES
        .iter()
        .map(|(code, weight)| json!({ "indicator": code, "pointsHundredths": weight * percent }))
        .collect();
    json!({ "i": { "evaluationId": evaluation, "scores": scores, "comment": "服务对象满意度较高" } })
}

/// Asserts `response` is refused with `code` and `rule`, and that nothing was written.
async fn refused(
    server: &Server,
    before: u64,
    response: &Value,
    code: &str,
    rule: Option<&str>,
    what: &str,
) {
    assert_error(response, code, rule, what);
    assert_eq!(server.event_count().await, before, "{what} wrote nothing");
}

/// A procurement of `buyer`'s unit requiring a past grade of at least GOOD, published.
async fn procurement_requiring_good(server: &Server, buyer: &str) -> Value {
    let deadline = chrono::Utc::now() + chrono::Duration::days(21);
    let drafted = server
        .ok(
            Some(buyer),
            "mutation($i: DraftProcurementInput!) { draftProcurement(input: $i) { id requirements { minPastGrade } } }",
            json!({ "i": {
                "purchaser": "深圳市福田区民政局",
                "title": "福田区长者饭堂助餐服务项目（续）",
                "description": "为辖区老年人继续提供助餐配送服务",
                "item": "A0101", "method": "OPEN_TENDER",
                "budgetFen": 50_000_000, "bidSecurityFen": 1_000_000,
                "serviceStart": (deadline + chrono::Duration::days(30)).format("%Y-%m-%d").to_string(),
                "serviceEnd": (deadline + chrono::Duration::days(300)).format("%Y-%m-%d").to_string(),
                "requirements": { "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0,
                    "minPastGrade": "GOOD" },
                "scoring": { "priceWeightPercent": 30, "criteria": [
                    { "key": "plan", "name": "服务方案", "maxPoints": 70 } ] },
                "bidDeadline": deadline.to_rfc3339(),
                "openingAt": (deadline + chrono::Duration::hours(1)).to_rfc3339() } }),
        )
        .await["draftProcurement"]
        .clone();
    assert_eq!(drafted["requirements"]["minPastGrade"], "GOOD");
    let p = drafted["id"].clone();
    server
        .ok(
            Some(buyer),
            "mutation($id: UUID!) { publishProcurement(input: {procurementId: $id}) { status } }",
            json!({ "id": p }),
        )
        .await;
    p
}

/// Whether `organisation` may bid for `procurement`, as its own board shows it, with the codes
/// of the reasons it may not.
async fn eligibility(
    server: &Server,
    place: &Place,
    organisation: &str,
    procurement: &Value,
) -> (bool, Vec<String>, Vec<String>) {
    let board = server
        .ok(
            Some(&token_for(place, "ngo", organisation)),
            "{ eligibleProcurements(jurisdiction: \"440304\") { edges { node { procurement { id } eligible reasons { code message } } } } }",
            json!({}),
        )
        .await;
    let edge = board["eligibleProcurements"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["procurement"]["id"] == *procurement)
        .unwrap_or_else(|| panic!("{procurement} on the board: {board:#}"))
        .clone();
    let reasons = edge["node"]["reasons"].as_array().unwrap();
    (
        edge["node"]["eligible"].as_bool().unwrap(),
        reasons
            .iter()
            .map(|r| r["code"].as_str().unwrap().to_owned())
            .collect(),
        reasons
            .iter()
            .map(|r| r["message"].as_str().unwrap().to_owned())
            .collect(),
    )
}

const BID: &str = "mutation($i: SubmitBidInput!) { submitBid(input: $i) { id } }";

fn bid(procurement: &Value, price_fen: i64) -> Value {
    json!({ "i": { "procurementId": procurement, "priceFen": price_fen,
        "technicalProposal": "助餐方案", "documents": [] } })
}

async fn a_graded_contract_follows_its_supplier_into_the_next_procurement(place: Place) {
    let (a, server) = awarded(place).await;
    let (server, place, buyer) = (&server, &a.place, &a.buyer);
    let supplier = a.winner.clone();
    let supplier_token = token_for(place, "ngo", &supplier);
    let registrar = place.token("registrar", Some(FUTIAN));
    let open = mutation(
        "openPerformanceEvaluation",
        "OpenPerformanceEvaluationInput",
    );

    // The tree in force, as the policy table has it.
    let tree = server
        .ok(
            None,
            "{ performanceIndicators(jurisdiction: \"440304\") { indicators { code weight } thresholds { excellent good fair } } }",
            json!({}),
        )
        .await["performanceIndicators"]
        .clone();
    assert_eq!(
        tree["indicators"],
        json!([{ "code": "BUDGET", "weight": 10 }, { "code": "OUTPUT", "weight": 50 },
               { "code": "OUTCOME", "weight": 30 }, { "code": "SATISFACTION", "weight": 10 }])
    );
    assert_eq!(
        tree["thresholds"],
        json!({ "excellent": 90, "good": 80, "fair": 60 })
    );

    // The contract: signed for the award, one delivery and its payment.
    let contract = server
        .ok(
            Some(buyer),
            "mutation($i: SignContractInput!) { signContract(input: $i) { id status } }",
            json!({ "i": {
                "procurementId": a.procurement, "supplier": supplier, "amountFen": a.price_fen,
                "serviceStart": a.service_start, "serviceEnd": a.service_end,
                "milestones": [
                    { "id": "D1", "kind": "DELIVERY", "title": "助餐服务验收", "due": day_after(&a.service_start, 60) },
                    { "id": "P1", "kind": "PAYMENT", "title": "服务费", "due": day_after(&a.service_start, 90),
                      "amountFen": a.price_fen, "follows": "D1" } ] } }),
        )
        .await["signContract"]["id"]
        .clone();

    // Delivered work is evaluated: not an active contract.
    let before = server.event_count().await;
    let r = server
        .gql(
            Some(buyer),
            &open,
            json!({ "i": { "contractId": contract, "evaluator": "PURCHASER" } }),
        )
        .await;
    refused(
        server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("PROC-STATE"),
        "an active contract",
    )
    .await;

    server
        .ok(
            Some(buyer),
            "mutation($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { id } }",
            json!({ "i": { "contractId": contract, "milestoneId": "D1", "passed": true,
                "recipientsParticipating": 12, "recipientsNote": "长者代表参与验收",
                "report": "服务内容与质量符合合同约定" } }),
        )
        .await;
    // Paid in full after the acceptance: the final payment before the grade.
    let paid = server
        .ok(
            Some(buyer),
            "mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { paidFen remainingFen } }",
            pay(&contract, "P1", a.price_fen),
        )
        .await;
    assert_eq!(
        paid["recordPayment"],
        json!({ "paidFen": a.price_fen, "remainingFen": 0 }),
        "{paid:#}"
    );
    let done = server
        .ok(
            Some(buyer),
            "mutation($i: ContractCommandInput!) { completeContract(input: $i) { status } }",
            json!({ "i": { "contractId": contract } }),
        )
        .await;
    assert_eq!(done["completeContract"]["status"], "COMPLETED", "{done:#}");

    // Two candidate third parties: one with the supplier's legal representative (every
    // `futian_application` has the same), one with its own.
    let related = apply(
        server,
        &registrar,
        futian_application("福田区关联评估中心", 81),
    )
    .await;
    approve_registration(server, &registrar, &related).await;
    let mut own = futian_application("福田区公益评估研究中心", 82);
    own["legalRepresentative"] =
        json!({ "name": "陈静", "idNumber": resident_id(40), "phone": "13900139000" });
    let independent = apply(server, &registrar, own).await;
    approve_registration(server, &registrar, &independent).await;

    // PERF-EVALUATOR: related by its legal representative; the supplier cannot name a third
    // party; nothing written either way.
    let before = server.event_count().await;
    let r = server
        .gql(
            Some(buyer),
            &open,
            json!({ "i": { "contractId": contract, "evaluator": "THIRD_PARTY",
                "evaluatorOrganisationId": related } }),
        )
        .await;
    refused(
        server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("PERF-EVALUATOR"),
        "a third party with the supplier's legal representative",
    )
    .await;
    assert!(
        r["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("same legal representative"),
        "{r:#}"
    );
    let r = server
        .gql(
            Some(&supplier_token),
            &open,
            json!({ "i": { "contractId": contract, "evaluator": "THIRD_PARTY",
                "evaluatorOrganisationId": independent } }),
        )
        .await;
    refused(
        server,
        before,
        &r,
        "FORBIDDEN",
        None,
        "the supplier naming its third party",
    )
    .await;

    let opened = server
        .ok(
            Some(buyer),
            &open,
            json!({ "i": { "contractId": contract, "evaluator": "THIRD_PARTY",
                "evaluatorOrganisationId": independent } }),
        )
        .await["openPerformanceEvaluation"]
        .clone();
    assert_eq!(
        (
            &opened["status"],
            &opened["evaluator"],
            &opened["evaluatorZh"],
            &opened["supplierId"]
        ),
        (
            &json!("OPEN"),
            &json!("THIRD_PARTY"),
            &json!("第三方评价"),
            &json!(supplier)
        ),
        "{opened:#}"
    );
    assert_eq!(opened["unscored"].as_array().unwrap().len(), 9);
    assert!(opened["independence"]["evaluatorRegistryVersion"].is_u64());
    let third = opened["evaluationId"].clone();
    // Open, it is the parties' alone.
    let anonymous = server
        .ok(
            None,
            "query($id: UUID!) { performanceEvaluation(id: $id) { status } }",
            json!({ "id": third }),
        )
        .await;
    assert_eq!(anonymous["performanceEvaluation"], Value::Null);

    // PERF-SCORE: out of range refused, nothing written; only the evaluator scores.
    let evaluator = token_for(place, "evaluator", &independent);
    let submit = mutation("submitPerformanceScores", "SubmitPerformanceScoresInput");
    let before = server.event_count().await;
    let r = server
        .gql(
            Some(&evaluator),
            &submit,
            json!({ "i": { "evaluationId": third,
                "scores": [{ "indicator": "SATISFACTION", "pointsHundredths": 1_001 }] } }),
        )
        .await;
    refused(
        server,
        before,
        &r,
        "VALIDATION",
        Some("PERF-SCORE"),
        "a score above its weight",
    )
    .await;
    let r = server
        .gql(Some(buyer), &submit, scores_at(&third, 70))
        .await;
    refused(
        server,
        before,
        &r,
        "FORBIDDEN",
        None,
        "the purchaser scoring a third party's evaluation",
    )
    .await;
    // Not concluded before every leaf is scored.
    let partial = server
        .ok(
            Some(&evaluator),
            &submit,
            json!({ "i": { "evaluationId": third,
                "scores": [{ "indicator": "SATISFACTION", "pointsHundredths": 700 }] } }),
        )
        .await["submitPerformanceScores"]
        .clone();
    assert_eq!(partial["unscored"].as_array().unwrap().len(), 8);
    let conclude = mutation(
        "concludePerformanceEvaluation",
        "PerformanceEvaluationActionInput",
    );
    let before = server.event_count().await;
    let r = server
        .gql(
            Some(&evaluator),
            &conclude,
            json!({ "i": { "evaluationId": third } }),
        )
        .await;
    refused(
        server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("PERF-SCORE"),
        "a conclusion with leaves unscored",
    )
    .await;
    server
        .ok(Some(&evaluator), &submit, scores_at(&third, 70))
        .await;
    let graded = server
        .ok(
            Some(&evaluator),
            &conclude,
            json!({ "i": { "evaluationId": third } }),
        )
        .await["concludePerformanceEvaluation"]
        .clone();
    assert_eq!(
        (
            &graded["status"],
            &graded["total"],
            &graded["grade"],
            &graded["gradeZh"]
        ),
        (
            &json!("CONCLUDED"),
            &json!("70.00"),
            &json!("FAIR"),
            &json!("中")
        ),
        "{graded:#}"
    );

    // PERF-FEEDS: the grade on the supplier's registry profile, public, like the evaluation.
    let profile = server
        .ok(
            None,
            "query($id: UUID!) { organisation(id: $id) { performanceGrades { evaluationId grade gradeZh score evaluator countsForEligibility } } supplierGrades(organisationId: $id) { grade } }",
            json!({ "id": supplier }),
        )
        .await;
    assert_eq!(
        profile["organisation"]["performanceGrades"],
        json!([{ "evaluationId": third, "grade": "FAIR", "gradeZh": "中", "score": "70.00",
                 "evaluator": "THIRD_PARTY", "countsForEligibility": true }]),
        "{profile:#}"
    );
    assert_eq!(profile["supplierGrades"], json!([{ "grade": "FAIR" }]));
    let public = server
        .ok(
            None,
            "query($id: UUID!) { performanceEvaluation(id: $id) { grade } }",
            json!({ "id": third }),
        )
        .await;
    assert_eq!(public["performanceEvaluation"]["grade"], "FAIR");
    // The retry records nothing more.
    let before = server.event_count().await;
    let retried = server
        .ok(
            Some(&evaluator),
            "mutation($id: UUID!) { recordPerformanceGrade(evaluationId: $id) { supplierGrades { grade } } }",
            json!({ "id": third }),
        )
        .await;
    assert_eq!(
        retried["recordPerformanceGrade"]["supplierGrades"],
        json!([{ "grade": "FAIR" }])
    );
    assert_eq!(server.event_count().await, before, "once per evaluation");

    // A procurement requiring 良 or above: the supplier (中) may not bid; an organisation
    // never evaluated may.
    let next = procurement_requiring_good(server, buyer).await;
    let (eligible, codes, messages) = eligibility(server, place, &supplier, &next).await;
    assert!(!eligible);
    assert_eq!(codes, ["PAST_GRADE"]);
    assert!(messages[0].contains("中"), "{messages:?}");
    assert!(
        eligibility(server, place, &independent, &next).await.0,
        "never evaluated"
    );
    let before = server.event_count().await;
    let r = server
        .gql(Some(&supplier_token), BID, bid(&next, 45_000_000))
        .await;
    refused(
        server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("PERF-FEEDS"),
        "a bid below the past grade required",
    )
    .await;
    server
        .ok(
            Some(&token_for(place, "ngo", &independent)),
            BID,
            bid(&next, 44_000_000),
        )
        .await;

    // The purchaser's own evaluation grades it 良: its latest grade now qualifies it.
    let mine = server
        .ok(
            Some(buyer),
            &open,
            json!({ "i": { "contractId": contract, "evaluator": "PURCHASER" } }),
        )
        .await["openPerformanceEvaluation"]
        .clone();
    assert_eq!(mine["evaluatorOrganisationId"], json!(a.unit));
    let mine = mine["evaluationId"].clone();
    server.ok(Some(buyer), &submit, scores_at(&mine, 85)).await;
    let good = server
        .ok(
            Some(buyer),
            &conclude,
            json!({ "i": { "evaluationId": mine } }),
        )
        .await["concludePerformanceEvaluation"]
        .clone();
    assert_eq!(
        (&good["grade"], &good["gradeZh"]),
        (&json!("GOOD"), &json!("良"))
    );
    let (eligible, codes, _) = eligibility(server, place, &supplier, &next).await;
    assert!(eligible, "{codes:?}");
    server
        .ok(Some(&supplier_token), BID, bid(&next, 45_000_000))
        .await;

    // Lists: anyone reads the concluded ones by supplier and grade; `mine` a party's own.
    let list = server
        .ok(
            None,
            "query($s: UUID!) { performanceEvaluations(filter: {supplierId: $s}) { totalCount edges { node { grade evaluator } } } }",
            json!({ "s": supplier }),
        )
        .await["performanceEvaluations"]
        .clone();
    assert_eq!(list["totalCount"], 2, "{list:#}");
    let fair = server
        .ok(
            None,
            "{ performanceEvaluations(filter: {grade: FAIR}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(fair["performanceEvaluations"]["totalCount"], 1);
    let own = server
        .ok(
            Some(&evaluator),
            "{ performanceEvaluations(filter: {mine: true}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(own["performanceEvaluations"]["totalCount"], 1);
    let too_many = server
        .gql(
            None,
            "{ performanceEvaluations(first: 101) { totalCount } }",
            json!({}),
        )
        .await;
    assert_error(&too_many, "VALIDATION", None, "a page above 100");
}
