//! A contract over HTTP, from the award it is signed on to its completion: a procurement
//! driven to its award (catalogue, registry, sealed bids, the opening a month later, the
//! committee, the award), the contract signed, a delivery accepted with the recipients, its
//! payment overdue and then paid late (the ledger moved back), a supplement, a correction, the
//! rest accepted and paid in full, completed; each refusal with its code and rule and nothing
//! written; who may act and who may read; and a signing after the 30 days refused.

use serde_json::{Value, json};

use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(
    a_contract_is_signed_accepted_paid_and_completed,
    a_contract_is_signed_within_thirty_days_of_the_award,
);

const VIEW: &str = "id version status statusZh ocdsStatus procurement { id title }
  jurisdiction purchaserUnit supplier amountFen supplementedFen totalFen acceptedFen paidFen
  remainingFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind kindZh title due amountFen follows ocdsStatus accepted paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue version } }
  payments { id milestoneId amountFen reference late version }
  supplements { id amountFen description }
  corrections { what version correctsVersion paymentId milestoneId oldAmountFen newAmountFen reason }
  overdue { unpaidFen milestones { milestoneId unpaidFen } latePayments }";

fn mutation(name: &str, input: &str) -> String {
    format!("mutation($i: {input}!) {{ {name}(input: $i) {{ {VIEW} }} }}")
}

fn sign_mutation() -> String {
    mutation("signContract", "SignContractInput")
}

fn contract_query() -> String {
    format!("query($id: UUID!) {{ contract(id: $id) {{ {VIEW} }} }}")
}

/// Two deliveries, each followed by a payment: 40 % after the first, the rest after the second.
fn sign_input(a: &Awarded, supplier: &str, amount_fen: i64) -> Value {
    let first = a.price_fen * 2 / 5;
    json!({ "i": {
        "procurementId": a.procurement, "supplier": supplier, "amountFen": amount_fen,
        "serviceStart": a.service_start, "serviceEnd": a.service_end,
        "milestones": [
            { "id": "D1", "kind": "DELIVERY", "title": "首期助餐服务验收", "due": day_after(&a.service_start, 60) },
            { "id": "P1", "kind": "PAYMENT", "title": "首期付款", "due": day_after(&a.service_start, 90),
              "amountFen": first, "follows": "D1" },
            { "id": "D2", "kind": "DELIVERY", "title": "终期服务验收", "due": day_after(&a.service_end, -10) },
            { "id": "P2", "kind": "PAYMENT", "title": "尾款", "due": a.service_end,
              "amountFen": a.price_fen - first, "follows": "D2" }
        ] } })
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

fn accept(contract: &Value, milestone: &str, recipients: u32) -> Value {
    json!({ "i": { "contractId": contract, "milestoneId": milestone, "passed": true,
        "recipientsParticipating": recipients, "recipientsNote": "长者代表参与验收",
        "report": "服务内容与质量符合合同约定" } })
}

async fn a_contract_is_signed_accepted_paid_and_completed(place: Place) {
    let (a, server) = awarded(place).await;
    let stranger_unit = uuid::Uuid::now_v7().to_string();
    let stranger = token_for(&a.place, "purchaser", &stranger_unit);
    let supplier = token_for(&a.place, "ngo", &a.winner);
    let before = server.event_count().await;

    // Who may not sign, and what may not be signed: nothing written.
    let r = server
        .gql(
            Some(&supplier),
            &sign_mutation(),
            sign_input(&a, &a.winner, a.price_fen),
        )
        .await;
    refused(&server, before, &r, "FORBIDDEN", None, "a supplier signing").await;
    let r = server
        .gql(
            Some(&stranger),
            &sign_mutation(),
            sign_input(&a, &a.winner, a.price_fen),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "FORBIDDEN",
        None,
        "another unit signing",
    )
    .await;
    let other = uuid::Uuid::now_v7().to_string();
    let r = server
        .gql(
            Some(&a.buyer),
            &sign_mutation(),
            sign_input(&a, &other, a.price_fen),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("CON-SIGN"),
        "another supplier",
    )
    .await;
    let r = server
        .gql(
            Some(&a.buyer),
            &sign_mutation(),
            sign_input(&a, &a.winner, a.price_fen + 100),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("CON-SIGN"),
        "another amount",
    )
    .await;
    let mut short = sign_input(&a, &a.winner, a.price_fen);
    short["i"]["milestones"][3]["amountFen"] = json!(1);
    let r = server.gql(Some(&a.buyer), &sign_mutation(), short).await;
    refused(
        &server,
        before,
        &r,
        "VALIDATION",
        Some("CON-PAYMENT"),
        "payments short of the amount",
    )
    .await;
    assert_eq!(error_extensions(&r)["field"], "milestones.amount", "{r:#}");

    // Signed: public, from the procurement too, and the supplier's.
    let signed = server
        .ok(
            Some(&a.buyer),
            &sign_mutation(),
            sign_input(&a, &a.winner, a.price_fen),
        )
        .await["signContract"]
        .clone();
    assert_eq!(
        (
            &signed["status"],
            &signed["statusZh"],
            &signed["ocdsStatus"]
        ),
        (&json!("ACTIVE"), &json!("履行中"), &json!("active")),
        "{signed:#}"
    );
    assert_eq!(signed["procurement"]["id"], a.procurement);
    assert_eq!(signed["procurement"]["title"], "福田区长者饭堂助餐服务项目");
    assert_eq!(signed["amountFen"], a.price_fen);
    assert_eq!(signed["remainingFen"], a.price_fen);
    assert_eq!(signed["milestones"][1]["ocdsStatus"], "scheduled");
    let c = signed["id"].clone();
    let public = server.ok(None, &contract_query(), json!({ "id": c })).await;
    assert_eq!(
        public["contract"]["supplier"],
        a.winner.as_str(),
        "{public:#}"
    );
    let from = server
        .ok(
            None,
            "query($p: UUID!) { procurement(id: $p) { contract { id status } } }",
            json!({ "p": a.procurement }),
        )
        .await;
    assert_eq!(from["procurement"]["contract"]["id"], c, "{from:#}");
    let mine = server
        .ok(
            Some(&supplier),
            "query { myContracts { totalCount edges { node { id paidFen } } } }",
            json!({}),
        )
        .await;
    assert_eq!(mine["myContracts"]["totalCount"], 1, "{mine:#}");
    assert_eq!(mine["myContracts"]["edges"][0]["node"]["id"], c);
    let listed = server
        .ok(
            None,
            "query($f: ContractFilterInput!) { contracts(filter: $f) { totalCount edges { node { id } } } }",
            json!({ "f": { "jurisdiction": FUTIAN, "status": "ACTIVE", "procurement": a.procurement } }),
        )
        .await;
    assert_eq!(listed["contracts"]["totalCount"], 1, "{listed:#}");
    let r = server
        .gql(None, "query { myContracts { totalCount } }", json!({}))
        .await;
    assert_error(&r, "UNAUTHENTICATED", None, "an anonymous myContracts");

    // One contract per procurement.
    let before = server.event_count().await;
    let r = server
        .gql(
            Some(&a.buyer),
            &sign_mutation(),
            sign_input(&a, &a.winner, a.price_fen),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("CON-SIGN"),
        "a second contract",
    )
    .await;

    // No payment before the acceptance; the recipients take part in it.
    let record = mutation("recordPayment", "RecordPaymentInput");
    let first = a.price_fen * 2 / 5;
    let r = server
        .gql(Some(&a.buyer), &record, pay(&c, "P1", first))
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("CON-PAYMENT"),
        "a payment before acceptance",
    )
    .await;
    let acceptance = mutation("acceptMilestone", "AcceptMilestoneInput");
    let r = server
        .gql(Some(&a.buyer), &acceptance, accept(&c, "D1", 0))
        .await;
    refused(
        &server,
        before,
        &r,
        "VALIDATION",
        Some("CON-ACCEPTANCE"),
        "an acceptance without recipients",
    )
    .await;
    let r = server
        .gql(Some(&stranger), &acceptance, accept(&c, "D1", 8))
        .await;
    refused(
        &server,
        before,
        &r,
        "FORBIDDEN",
        None,
        "another unit accepting",
    )
    .await;
    let accepted = server
        .ok(Some(&a.buyer), &acceptance, accept(&c, "D1", 8))
        .await["acceptMilestone"]
        .clone();
    let d1 = &accepted["milestones"][0];
    assert_eq!(
        (&d1["accepted"], &d1["ocdsStatus"]),
        (&json!(true), &json!("met"))
    );
    assert_eq!(d1["acceptances"][0]["recipientsParticipating"], 8);
    assert_eq!(accepted["acceptedFen"], first);
    server.stop();

    // Forty days later the first payment is overdue: listed, then paid late.
    let place = later_by(&a.place, 40).await;
    let server = start_without_scheduler(&place);
    let buyer = token_for(&place, "purchaser", &a.unit);
    let stranger = token_for(&place, "purchaser", &stranger_unit);
    let supplier = token_for(&place, "ngo", &a.winner);
    let auditor = place.token("auditor", None);
    let overdue = "query($j: String!) { overduePayments(jurisdiction: $j) { totalCount edges { node { id overdue { unpaidFen milestones { milestoneId } } } } } }";
    let late = server
        .ok(Some(&auditor), overdue, json!({ "j": FUTIAN }))
        .await;
    assert_eq!(late["overduePayments"]["totalCount"], 1, "{late:#}");
    let node = &late["overduePayments"]["edges"][0]["node"];
    assert_eq!(
        (&node["id"], &node["overdue"]["unpaidFen"]),
        (&c, &json!(first)),
        "{late:#}"
    );
    assert_eq!(node["overdue"]["milestones"][0]["milestoneId"], "P1");
    let r = server
        .gql(Some(&supplier), overdue, json!({ "j": FUTIAN }))
        .await;
    assert_error(&r, "FORBIDDEN", None, "a supplier listing overdue payments");

    let before = server.event_count().await;
    let r = server
        .gql(Some(&supplier), &record, pay(&c, "P1", first))
        .await;
    refused(&server, before, &r, "FORBIDDEN", None, "a supplier paying").await;
    let r = server
        .gql(Some(&stranger), &record, pay(&c, "P1", first))
        .await;
    refused(
        &server,
        before,
        &r,
        "FORBIDDEN",
        None,
        "another unit paying",
    )
    .await;
    let r = server
        .gql(Some(&buyer), &record, pay(&c, "P1", first + 1))
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("CON-PAYMENT"),
        "a payment beyond its milestone",
    )
    .await;
    let paid =
        server.ok(Some(&buyer), &record, pay(&c, "P1", first)).await["recordPayment"].clone();
    assert_eq!(paid["payments"][0]["late"], true, "{paid:#}");
    assert_eq!(paid["paidFen"], first);
    let late = server
        .ok(Some(&auditor), overdue, json!({ "j": FUTIAN }))
        .await;
    assert_eq!(late["overduePayments"]["totalCount"], 0, "{late:#}");

    // A supplement of the same subject, at most 10 % of the amount together.
    let supplement = mutation("supplementContract", "SupplementContractInput");
    // The ledger's dates moved back with it: the contract ends 40 days earlier than it did.
    let service_end = day_after(&a.service_end, -40);
    let tenth = a.price_fen / 10;
    let supplement_input = |amount: i64| {
        json!({ "i": { "contractId": c, "amountFen": amount, "sameSubject": true,
            "description": "增加助餐服务对象二十名",
            "milestones": [{ "id": "S1", "kind": "PAYMENT", "title": "补充合同付款",
                "due": service_end, "amountFen": amount, "follows": "D2" }] } })
    };
    let before = server.event_count().await;
    let r = server
        .gql(Some(&buyer), &supplement, supplement_input(tenth + 1))
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("CON-SUPPLEMENT"),
        "a supplement past 10 %",
    )
    .await;
    let supplemented = server
        .ok(Some(&buyer), &supplement, supplement_input(tenth))
        .await["supplementContract"]
        .clone();
    assert_eq!(supplemented["supplementedFen"], tenth);
    assert_eq!(supplemented["totalFen"], a.price_fen + tenth);

    // A correction names the payment's event and needs its reason.
    let correct = mutation("correctPayment", "CorrectPaymentInput");
    let payment = paid["payments"][0].clone();
    let correction = |reason: &str| {
        json!({ "i": { "contractId": c, "paymentId": payment["id"], "amountFen": first - 100,
            "reason": reason } })
    };
    let before = server.event_count().await;
    let r = server.gql(Some(&buyer), &correct, correction("  ")).await;
    refused(
        &server,
        before,
        &r,
        "VALIDATION",
        Some("AUDIT-IMMUTABLE"),
        "a correction without reason",
    )
    .await;
    let corrected = server
        .ok(Some(&buyer), &correct, correction("凭证金额录入有误"))
        .await["correctPayment"]
        .clone();
    assert_eq!(
        corrected["corrections"][0],
        json!({ "what": "PAYMENT", "version": corrected["version"],
            "correctsVersion": payment["version"], "paymentId": payment["id"],
            "milestoneId": null, "oldAmountFen": first, "newAmountFen": first - 100,
            "reason": "凭证金额录入有误" }),
        "{corrected:#}"
    );
    assert_eq!(corrected["paidFen"], first - 100);
    server.ok(Some(&buyer), &record, pay(&c, "P1", 100)).await;

    // Not completed before every delivery is accepted; then paid in full and completed.
    let complete = mutation("completeContract", "ContractCommandInput");
    let before = server.event_count().await;
    let r = server
        .gql(Some(&buyer), &complete, json!({ "i": { "contractId": c } }))
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("CON-ACCEPTANCE"),
        "completing early",
    )
    .await;
    server
        .ok(Some(&buyer), &acceptance, accept(&c, "D2", 12))
        .await;
    server
        .ok(Some(&buyer), &record, pay(&c, "P2", a.price_fen - first))
        .await;
    let all_paid =
        server.ok(Some(&buyer), &record, pay(&c, "S1", tenth)).await["recordPayment"].clone();
    assert_eq!(all_paid["remainingFen"], 0, "{all_paid:#}");
    let before_completion = chrono::Utc::now().to_rfc3339();
    let done = server
        .ok(Some(&buyer), &complete, json!({ "i": { "contractId": c } }))
        .await["completeContract"]
        .clone();
    assert_eq!(
        (&done["status"], &done["statusZh"], &done["ocdsStatus"]),
        (
            &json!("COMPLETED"),
            &json!("已履行完毕"),
            &json!("terminated")
        ),
        "{done:#}"
    );
    assert!(done["endedAt"].is_string());

    // As it stood before its completion: for auditors, not for purchasers.
    let as_of =
        "query($id: UUID!, $at: DateTime!) { contractAsOf(id: $id, at: $at) { status paidFen } }";
    let then = server
        .ok(
            Some(&auditor),
            as_of,
            json!({ "id": c, "at": before_completion }),
        )
        .await;
    assert_eq!(then["contractAsOf"]["status"], "ACTIVE", "{then:#}");
    assert_eq!(then["contractAsOf"]["paidFen"], a.price_fen + tenth);
    let r = server
        .gql(
            Some(&buyer),
            as_of,
            json!({ "id": c, "at": before_completion }),
        )
        .await;
    assert_error(&r, "FORBIDDEN", None, "a purchaser reading the past");
}

async fn a_contract_is_signed_within_thirty_days_of_the_award(place: Place) {
    let (a, server) = awarded(place).await;
    server.stop();
    let place = later_by(&a.place, 31).await;
    let server = start_without_scheduler(&place);
    let buyer = token_for(&place, "purchaser", &a.unit);
    let before = server.event_count().await;
    let r = server
        .gql(
            Some(&buyer),
            &sign_mutation(),
            sign_input(&a, &a.winner, a.price_fen),
        )
        .await;
    refused(
        &server,
        before,
        &r,
        "RULE_VIOLATION",
        Some("CON-SIGN"),
        "a signing after 30 days",
    )
    .await;
    let message = r["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("within 30 days"), "{message}");
}
