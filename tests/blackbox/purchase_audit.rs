//! The auditor's view of a whole purchase (issue 13, items 3 and 5): the timeline of a
//! procurement taken to award merges its streams in log order with who did what and why, a
//! tampered procurement event fails verification naming it, and the statistics of two
//! jurisdictions sum and average what happened.

use serde_json::{Value, json};

use crate::procurement::{LOAD, draft, publish, purchaser, terms};
use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(
    a_purchase_timeline_merges_every_stream_and_verification_names_a_tampered_event,
    statistics_sum_share_and_average_over_two_jurisdictions,
);

const NANSHAN: &str = "440305";

const TICK: &str = "mutation { tick { procurements { procurementId command }
  failures { procurementId command code message } } }";

const PURCHASE: &str = "query($p: UUID!, $after: Int, $first: Int) {
  purchaseTimeline(procurementId: $p, after: $after, first: $first) {
    procurementId streams nextPosition
    entries { stream position version kind command actor role reason recordedAt hash
      changes { field old new } omittedChanges correctsVersion } } }";

const AT_POSITION: &str = "query($s: String!, $at: Int!) {
  recordAtPosition(stream: $s, atPosition: $at) { stream version position fields { field value } } }";

const TIMELINE: &str = "query($s: String!) {
  recordTimeline(stream: $s) { totalCount entries { kind changes { field old new } } } }";

const VERIFY_STREAM: &str = "query($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } } }";

const VERIFY_LEDGER: &str = "query {
  verifyLedger { done firstFailure { stream version position } } }";

const STATISTICS: &str = "query($j: String) { purchaseStatistics(jurisdiction: $j) {
  jurisdiction published opened fewerThanThreeValidBids shareFewerThanThreeValidBids
  awards awarded averageDaysToAward grades { grade evaluations } } }";

const SPENDING: &str = "query($by: SpendingBy!, $j: String, $first: Int, $after: String) {
  spending(by: $by, jurisdiction: $j, first: $first, after: $after) {
    jurisdiction nextCursor groups { key awarded awardedFen awards contractedFen paid paidFen contracts } } }";

/// A procurement of Futian taken to award, and what the tests read of it.
struct Awarded {
    place: Place,
    server: Server,
    procurement: String,
    bids: Vec<String>,
    committee: String,
    price_fen: i64,
    /// A purchaser token of the procurement's unit.
    buyer: String,
}

/// The rest of the contract accepted and paid in full, the contract completed, and the
/// purchaser's own performance evaluation concluded 良 (85 % of every indicator); its id.
async fn complete_and_grade(a: &Awarded, s: &Signed) -> String {
    let first = s.paid_fen;
    let ok = |m: String, variables: Value| {
        let buyer = a.buyer.clone();
        async move { a.server.ok(Some(&buyer), &m, variables).await }
    };
    let m = |name: &str, input: &str, view: &str| {
        format!("mutation($i: {input}!) {{ {name}(input: $i) {{ {view} }} }}")
    };
    let c = &s.contract;
    let pay = m("recordPayment", "RecordPaymentInput", "version");
    ok(
        pay.clone(),
        json!({ "i": { "contractId": c, "milestoneId": "P1", "amountFen": 100,
            "reference": "国库集中支付凭证" } }),
    )
    .await;
    ok(
        m("acceptMilestone", "AcceptMilestoneInput", "version"),
        json!({ "i": { "contractId": c, "milestoneId": "D2", "passed": true,
            "recipientsParticipating": 9, "recipientsNote": "长者代表参与验收",
            "report": "服务内容与质量符合合同约定" } }),
    )
    .await;
    ok(
        pay,
        json!({ "i": { "contractId": c, "milestoneId": "P2", "amountFen": a.price_fen - first,
            "reference": "国库集中支付凭证" } }),
    )
    .await;
    ok(
        m("completeContract", "ContractCommandInput", "status"),
        json!({ "i": { "contractId": c } }),
    )
    .await;
    let opened = ok(
        m(
            "openPerformanceEvaluation",
            "OpenPerformanceEvaluationInput",
            "evaluationId",
        ),
        json!({ "i": { "contractId": c, "evaluator": "PURCHASER" } }),
    )
    .await;
    let evaluation = opened["openPerformanceEvaluation"]["evaluationId"]
        .as_str()
        .unwrap()
        .to_owned();
    let leaves = [
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
    let scores: Vec<Value> = leaves
        .iter()
        .map(|(code, weight)| json!({ "indicator": code, "pointsHundredths": weight * 85 }))
        .collect();
    ok(
        m("submitPerformanceScores", "SubmitPerformanceScoresInput", "evaluationId"),
        json!({ "i": { "evaluationId": evaluation, "scores": scores, "comment": "服务对象满意度较高" } }),
    )
    .await;
    let concluded = ok(
        m(
            "concludePerformanceEvaluation",
            "PerformanceEvaluationActionInput",
            "grade",
        ),
        json!({ "i": { "evaluationId": evaluation } }),
    )
    .await;
    assert_eq!(
        concluded["concludePerformanceEvaluation"]["grade"], "GOOD",
        "{concluded:#}"
    );
    evaluation
}

/// What the signed contract's tests read of it.
struct Signed {
    contract: String,
    /// The fen paid on P1, then corrected to `paid_fen - 100`.
    paid_fen: i64,
    /// The version of the payment's event, which the correction names.
    payment_version: u64,
    supplier: String,
}

const CONTRACT_VIEW: &str = "id version payments { id version amountFen }";

/// The awarded procurement's contract signed with its winner for the price, in two deliveries
/// each followed by a payment; the first accepted and paid, then its payment corrected.
async fn sign_accept_pay_and_correct(a: &Awarded) -> Signed {
    let p = a
        .server
        .ok(
            None,
            "query($id: UUID!) { procurement(id: $id) { serviceStart serviceEnd award { organisationId } } }",
            json!({ "id": a.procurement }),
        )
        .await["procurement"]
        .clone();
    let supplier = p["award"]["organisationId"].as_str().unwrap().to_owned();
    let (start, end) = (
        p["serviceStart"].as_str().unwrap(),
        p["serviceEnd"].as_str().unwrap(),
    );
    let first = a.price_fen * 2 / 5;
    let run = |name: &str, input: &str, variables: Value| {
        let m = format!("mutation($i: {input}!) {{ {name}(input: $i) {{ {CONTRACT_VIEW} }} }}");
        let name = name.to_owned();
        async move { a.server.ok(Some(&a.buyer), &m, variables).await[name].clone() }
    };
    let signed = run(
        "signContract",
        "SignContractInput",
        json!({ "i": { "procurementId": a.procurement, "supplier": supplier,
            "amountFen": a.price_fen, "serviceStart": start, "serviceEnd": end,
            "milestones": [
                { "id": "D1", "kind": "DELIVERY", "title": "首期服务验收", "due": end },
                { "id": "P1", "kind": "PAYMENT", "title": "首期付款", "due": end,
                  "amountFen": first, "follows": "D1" },
                { "id": "D2", "kind": "DELIVERY", "title": "终期服务验收", "due": end },
                { "id": "P2", "kind": "PAYMENT", "title": "尾款", "due": end,
                  "amountFen": a.price_fen - first, "follows": "D2" } ] } }),
    )
    .await;
    let contract = signed["id"].as_str().unwrap().to_owned();
    run(
        "acceptMilestone",
        "AcceptMilestoneInput",
        json!({ "i": { "contractId": contract, "milestoneId": "D1", "passed": true,
            "recipientsParticipating": 6, "recipientsNote": "长者代表参与验收",
            "report": "服务内容与质量符合合同约定" } }),
    )
    .await;
    let paid = run(
        "recordPayment",
        "RecordPaymentInput",
        json!({ "i": { "contractId": contract, "milestoneId": "P1", "amountFen": first,
            "reference": "国库集中支付凭证" } }),
    )
    .await;
    let payment = paid["payments"][0].clone();
    run(
        "correctPayment",
        "CorrectPaymentInput",
        json!({ "i": { "contractId": contract, "paymentId": payment["id"],
            "amountFen": first - 100, "reason": "凭证金额录入有误" } }),
    )
    .await;
    Signed {
        contract,
        paid_fen: first,
        payment_version: payment["version"].as_u64().unwrap(),
        supplier,
    }
}

/// Three registered organisations bid on a published procurement (and, when asked, a second
/// procurement of Futian and one of Nanshan get no bid at all); a month later the tick opens
/// them, a committee drawn from five experts scores, and the top-ranked bid is awarded.
async fn award(place: Place, others: bool) -> Awarded {
    init_bid_key(&place);
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(FUTIAN));
    server.ok(Some(&admin), LOAD, json!({ "j": FUTIAN })).await;
    let mut orgs = Vec::new();
    for (serial, name) in [
        (71, "福田区海棠长者服务中心"),
        (72, "福田区银杏社工服务中心"),
        (73, "福田区凤凰社工服务中心"),
    ] {
        let id = apply(&server, &registrar, futian_application(name, serial)).await;
        approve_registration(&server, &registrar, &id).await;
        orgs.push(id);
    }
    for n in 0..5 {
        server
            .ok(
                Some(&admin),
                "mutation($i: AddPoolExpertInput!) { addPoolExpert(input: $i) { expert { expertId } } }",
                json!({ "i": { "jurisdiction": FUTIAN, "name": format!("评审专家{n}"), "idNumber": resident_id(n) } }),
            )
            .await;
    }
    let unit = uuid::Uuid::now_v7().to_string();
    let buyer = token_for(&place, "purchaser", &unit);
    let open_to_all = crate::procurement::with(
        terms(21),
        "requirements",
        json!({ "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0 }),
    );
    let p = draft(&server, &buyer, open_to_all.clone()).await["id"].clone();
    publish(&server, &buyer, &p).await;
    if others {
        let q = draft(&server, &buyer, open_to_all.clone()).await["id"].clone();
        publish(&server, &buyer, &q).await;
        server.ok(Some(&admin), LOAD, json!({ "j": NANSHAN })).await;
        let nanshan = purchaser(&place, &uuid::Uuid::now_v7().to_string(), NANSHAN);
        let r = draft(&server, &nanshan, open_to_all).await["id"].clone();
        publish(&server, &nanshan, &r).await;
    }
    let mut bids = Vec::new();
    for (i, org) in orgs.iter().enumerate() {
        let ngo = token_for(&place, "ngo", org);
        let bid = server
            .ok(
                Some(&ngo),
                "mutation($i: SubmitBidInput!) { submitBid(input: $i) { id } }",
                json!({ "i": { "procurementId": p, "priceFen": 40_000_000 + 1_000_000 * i as i64,
                    "technicalProposal": format!("密封方案{i}号"), "documents": [] } }),
            )
            .await;
        bids.push(bid["submitBid"]["id"].as_str().unwrap().to_owned());
    }
    server.stop();

    let place = later_by(&place, 30).await;
    let server = start_without_scheduler(&place);
    let admin = place.token("admin", None);
    let buyer = token_for(&place, "purchaser", &unit);
    let ticked = server.ok(Some(&admin), TICK, json!({})).await;
    assert_eq!(ticked["tick"]["failures"], json!([]), "{ticked:#}");
    let members = "committeeId members { memberId role sitting }";
    let constituted = server
        .ok(
            Some(&buyer),
            &format!("mutation($i: ConstituteCommitteeInput!) {{ constituteCommittee(input: $i) {{ {members} }} }}"),
            json!({ "i": { "procurementId": p, "representatives": [{ "name": "李娜" }], "experts": 4 } }),
        )
        .await["constituteCommittee"]
        .clone();
    let committee = constituted["committeeId"].as_str().unwrap().to_owned();
    let bid_ids: Vec<Value> = bids.iter().map(|b| json!(b)).collect();
    let submit =
        "mutation($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { committeeId } }";
    for (n, m) in constituted["members"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        let member = m["memberId"].as_str().unwrap();
        let token = if m["role"] == "EXPERT" {
            token_for(&place, "evaluator", member)
        } else {
            buyer.clone()
        };
        server
            .ok(
                Some(&token),
                submit,
                sheet(&committee, member, &bid_ids, 3_600 + 50 * n as u32),
            )
            .await;
    }
    server
        .ok(
            Some(&buyer),
            "mutation($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { committeeId } }",
            json!({ "i": { "committeeId": committee } }),
        )
        .await;
    let ranked = server
        .ok(
            None,
            "query($id: UUID!) { procurement(id: $id) { report { ranking { bidId } } openedBids { bidId priceFen } } }",
            json!({ "id": p }),
        )
        .await["procurement"]
        .clone();
    let winner = ranked["report"]["ranking"][0]["bidId"]
        .as_str()
        .unwrap()
        .to_owned();
    let price_fen = ranked["openedBids"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["bidId"] == winner.as_str())
        .unwrap()["priceFen"]
        .as_i64()
        .unwrap();
    let awarded = server
        .ok(
            Some(&buyer),
            "mutation($i: AwardProcurementInput!) { awardProcurement(input: $i) { status } }",
            json!({ "i": { "procurementId": p, "bidId": winner } }),
        )
        .await;
    assert_eq!(awarded["awardProcurement"]["status"], "AWARDED");
    Awarded {
        place,
        server,
        procurement: p.as_str().unwrap().to_owned(),
        bids,
        committee,
        price_fen,
        buyer,
    }
}

/// Changes one stored event's data behind the ledger's back, on either backend.
async fn tamper(place: &Place, position: u64, from: &str, to: &str) {
    match &place.db {
        None => {
            let db = rusqlite::Connection::open(place.path().join("ledger.db")).unwrap();
            let changed = db
                .execute(
                    "UPDATE events SET data = replace(data, ?1, ?2) WHERE position = ?3",
                    rusqlite::params![from, to, position as i64],
                )
                .unwrap();
            assert_eq!(changed, 1);
        }
        Some(db) => {
            use sqlx::Connection;
            let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
            let changed = sqlx::query(
                "UPDATE ledger_events SET data = replace(data, $1, $2) WHERE position = $3",
            )
            .bind(from)
            .bind(to)
            .bind(position as i64)
            .execute(&mut conn)
            .await
            .unwrap();
            assert_eq!(changed.rows_affected(), 1);
        }
    }
}

fn field<'a>(entry: &'a Value, name: &str) -> Option<&'a Value> {
    entry["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == name)
}

async fn a_purchase_timeline_merges_every_stream_and_verification_names_a_tampered_event(
    place: Place,
) {
    let a = award(place, false).await;
    let signed = sign_accept_pay_and_correct(&a).await;
    let evaluation = complete_and_grade(&a, &signed).await;
    let auditor = a.place.token("auditor", None);
    let p = &a.procurement;
    let whole = a
        .server
        .ok(Some(&auditor), PURCHASE, json!({ "p": p }))
        .await["purchaseTimeline"]
        .clone();
    let procurement_stream = format!("procurement-{p}");
    let mut streams: Vec<String> = vec![procurement_stream.clone()];
    streams.extend(a.bids.iter().map(|b| format!("bid-{b}")));
    streams.push(format!("committee-{}", a.committee));
    let contract_stream = format!("contract-{}", signed.contract);
    streams.push(contract_stream.clone());
    streams.push(format!("performance-{evaluation}"));
    let listed: Vec<&str> = whole["streams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    for s in &streams {
        assert!(listed.contains(&s.as_str()), "{s} in {listed:?}");
    }
    assert_eq!(whole["nextPosition"], Value::Null, "{whole:#}");
    let entries = whole["entries"].as_array().unwrap();
    let positions: Vec<u64> = entries
        .iter()
        .map(|e| e["position"].as_u64().unwrap())
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "in log order: {positions:?}"
    );
    // Every event of every stream, each named by its stream.
    for s in &streams {
        let count = a
            .server
            .ok(Some(&auditor), TIMELINE, json!({ "s": s }))
            .await["recordTimeline"]["totalCount"]
            .as_u64()
            .unwrap();
        let listed = entries.iter().filter(|e| e["stream"] == s.as_str()).count() as u64;
        assert_eq!(listed, count, "{s}: {whole:#}");
    }
    let kinds: Vec<&str> = entries
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "ProcurementDrafted",
        "ProcurementPublished",
        "BidSubmitted",
        "BiddingClosed",
        "BidsOpened",
        "CommitteeConstituted",
        "ScoreSheetSubmitted",
        "AwardNoticed",
        "ContractSigned",
        "MilestoneAccepted",
        "PaymentRecorded",
        "PaymentCorrected",
        "ContractCompleted",
        "EvaluationConcluded",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    // Who did it, in which role; money in yuan.
    let drafted = &entries[0];
    assert_eq!(drafted["kind"], "ProcurementDrafted");
    assert_eq!(drafted["role"], "purchaser");
    assert!(drafted["actor"].as_str().is_some_and(|a| !a.is_empty()));
    assert_eq!(drafted["command"], "DraftProcurement");
    assert!(
        field(drafted, "terms")
            .and_then(|c| c["new"].as_str())
            .is_some_and(|t| t.contains("\"budget\":\"500000.00\"")),
        "{drafted:#}"
    );
    for bid in entries.iter().filter(|e| e["kind"] == "BidSubmitted") {
        assert_eq!(bid["role"], "ngo", "{bid:#}");
        let text = bid.to_string();
        assert!(
            !text.contains("密封方案") && !text.contains("nonce"),
            "a sealed bid shows its content: {text}"
        );
        assert!(field(bid, "sealed").is_some_and(|c| {
            c["new"]
                .as_str()
                .is_some_and(|s| s.contains("ciphertextSha256"))
        }));
    }
    // A clock's event shows what it changed like any other.
    let closed = entries
        .iter()
        .find(|e| e["kind"] == "BiddingClosed")
        .unwrap();
    assert_eq!(
        field(closed, "status").map(|c| c["new"].clone()),
        Some(json!("BIDDING_CLOSED"))
    );

    // The correction names the payment's event, and shows the amount it changed, in yuan.
    let correction = entries
        .iter()
        .find(|e| e["kind"] == "PaymentCorrected")
        .unwrap();
    assert_eq!(correction["stream"], contract_stream.as_str());
    assert_eq!(
        correction["correctsVersion"], signed.payment_version,
        "{correction:#}"
    );
    let corrected = entries
        .iter()
        .find(|e| e["stream"] == contract_stream.as_str() && e["version"] == signed.payment_version)
        .unwrap();
    assert_eq!(corrected["kind"], "PaymentRecorded");
    assert_eq!(corrected["correctsVersion"], Value::Null);
    let yuan = |fen: i64| format!("{}.{:02}", fen / 100, fen % 100);
    assert!(
        correction
            .to_string()
            .contains(&yuan(signed.paid_fen - 100)),
        "{correction:#}"
    );
    assert_eq!(correction["role"], "purchaser");
    assert!(correction["actor"].as_str().is_some_and(|a| !a.is_empty()));
    assert_eq!(correction["reason"], "凭证金额录入有误", "{correction:#}");

    // Paged by position: pages of three make up the whole.
    let mut after = 0;
    let mut paged = Vec::new();
    for _ in 0..60 {
        let page = a
            .server
            .ok(
                Some(&auditor),
                PURCHASE,
                json!({ "p": p, "after": after, "first": 3 }),
            )
            .await["purchaseTimeline"]
            .clone();
        let got = page["entries"].as_array().unwrap();
        assert!(got.len() <= 3);
        paged.extend(got.iter().map(|e| e["position"].as_u64().unwrap()));
        match page["nextPosition"].as_u64() {
            Some(next) => after = next,
            None => break,
        }
    }
    assert_eq!(paged, positions);

    // As it stood at the publication's position.
    let published = entries
        .iter()
        .find(|e| e["kind"] == "ProcurementPublished")
        .unwrap();
    let then = a
        .server
        .ok(
            Some(&auditor),
            AT_POSITION,
            json!({ "s": procurement_stream, "at": published["position"] }),
        )
        .await["recordAtPosition"]
        .clone();
    assert_eq!(then["version"], published["version"], "{then:#}");
    let status = then["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "status")
        .unwrap();
    assert_eq!(status["value"], "PUBLISHED");
    let before = a
        .server
        .ok(
            Some(&auditor),
            AT_POSITION,
            json!({ "s": procurement_stream, "at": 1 }),
        )
        .await;
    assert_eq!(before["recordAtPosition"], Value::Null, "not yet drafted");

    // The pool's timeline masks the experts' identity numbers.
    let pool = a
        .server
        .ok(
            Some(&auditor),
            TIMELINE,
            json!({ "s": format!("expertpool-{FUTIAN}") }),
        )
        .await;
    let text = pool.to_string();
    assert_eq!(pool["recordTimeline"]["totalCount"], 5, "{pool:#}");
    assert!(!text.contains(&resident_id(0)), "{text}");

    // Refused: another role, a page over 100, a category the ledger does not keep.
    let buyer = a.place.token("registrar", Some(FUTIAN));
    let r = a
        .server
        .gql(Some(&buyer), PURCHASE, json!({ "p": p }))
        .await;
    assert_error(&r, "FORBIDDEN", None, "a registrar");
    let r = a
        .server
        .gql(Some(&auditor), PURCHASE, json!({ "p": p, "first": 101 }))
        .await;
    assert_error(&r, "VALIDATION", None, "a page over 100");
    let r = a
        .server
        .gql(Some(&auditor), TIMELINE, json!({ "s": "ledger-x" }))
        .await;
    assert_error(&r, "VALIDATION", None, "an unknown category");
    let none = a
        .server
        .ok(
            Some(&auditor),
            PURCHASE,
            json!({ "p": uuid::Uuid::now_v7().to_string() }),
        )
        .await;
    assert_eq!(none["purchaseTimeline"], Value::Null);

    // The drafted title changed behind the ledger's back: both checks name that event.
    let ok = a
        .server
        .ok(
            Some(&auditor),
            VERIFY_STREAM,
            json!({ "s": procurement_stream }),
        )
        .await;
    assert_eq!(ok["verifyStream"]["firstFailure"], Value::Null, "{ok:#}");
    a.server.stop();
    let at = drafted["position"].as_u64().unwrap();
    tamper(
        &a.place,
        at,
        "居家养老上门服务项目",
        "居家养老上门服务项目（改）",
    )
    .await;
    let server = a.place.start();
    let broken = server
        .ok(
            Some(&auditor),
            VERIFY_STREAM,
            json!({ "s": procurement_stream }),
        )
        .await["verifyStream"]
        .clone();
    assert_eq!(
        broken["firstFailure"]["stream"],
        procurement_stream.as_str(),
        "{broken:#}"
    );
    assert_eq!(broken["firstFailure"]["version"], 0);
    assert_eq!(broken["firstFailure"]["position"], at);
    let whole = server.ok(Some(&auditor), VERIFY_LEDGER, json!({})).await["verifyLedger"].clone();
    assert_eq!(whole["done"], false);
    assert_eq!(
        whole["firstFailure"],
        json!({ "stream": procurement_stream, "version": 0, "position": at }),
        "{whole:#}"
    );

    // And a contract's: the payment's reference changed.
    server.stop();
    let at = corrected["position"].as_u64().unwrap();
    tamper(&a.place, at, "国库集中支付凭证", "现金").await;
    let server = a.place.start();
    let broken = server
        .ok(
            Some(&auditor),
            VERIFY_STREAM,
            json!({ "s": contract_stream }),
        )
        .await["verifyStream"]
        .clone();
    assert_eq!(
        broken["firstFailure"]["stream"],
        contract_stream.as_str(),
        "{broken:#}"
    );
    assert_eq!(broken["firstFailure"]["version"], signed.payment_version);
    assert_eq!(broken["firstFailure"]["position"], at);
}

async fn statistics_sum_share_and_average_over_two_jurisdictions(place: Place) {
    let a = award(place, true).await;
    let signed = sign_accept_pay_and_correct(&a).await;
    complete_and_grade(&a, &signed).await;
    let auditor = a.place.token("auditor", None);
    let stats = |j: Option<&str>| {
        let auditor = auditor.clone();
        let server = &a.server;
        let j = j.map(str::to_owned);
        async move {
            server
                .ok(Some(&auditor), STATISTICS, json!({ "j": j }))
                .await["purchaseStatistics"]
                .clone()
        }
    };
    let yuan = format!("{}.{:02}", a.price_fen / 100, a.price_fen % 100);
    assert_eq!(
        stats(Some(FUTIAN)).await,
        json!({ "jurisdiction": FUTIAN, "published": 2, "opened": 2,
                "fewerThanThreeValidBids": 1, "shareFewerThanThreeValidBids": 0.5,
                "awards": 1, "awarded": yuan, "averageDaysToAward": 30.0,
                "grades": [{ "grade": "GOOD", "evaluations": 1 }] })
    );
    assert_eq!(
        stats(Some(NANSHAN)).await,
        json!({ "jurisdiction": NANSHAN, "published": 1, "opened": 1,
                "fewerThanThreeValidBids": 1, "shareFewerThanThreeValidBids": 1.0,
                "awards": 0, "awarded": "0.00", "averageDaysToAward": null, "grades": [] })
    );
    let all = stats(None).await;
    assert_eq!(all["jurisdiction"], Value::Null);
    assert_eq!((&all["published"], &all["opened"]), (&json!(3), &json!(3)));
    assert_eq!(all["fewerThanThreeValidBids"], 2);
    let share = all["shareFewerThanThreeValidBids"].as_f64().unwrap();
    assert!((share - 2.0 / 3.0).abs() < 1e-9, "{all:#}");

    // Spending by each dimension: the one award.
    let winner_org = a
        .server
        .ok(
            None,
            "query($id: UUID!) { procurement(id: $id) { award { organisationId } } }",
            json!({ "id": a.procurement }),
        )
        .await["procurement"]["award"]["organisationId"]
        .clone();
    let year = a
        .server
        .ok(
            None,
            "query($id: UUID!) { procurement(id: $id) { award { noticedAt } } }",
            json!({ "id": a.procurement }),
        )
        .await["procurement"]["award"]["noticedAt"]
        .as_str()
        .map(|at| {
            chrono::DateTime::parse_from_rfc3339(at)
                .unwrap()
                .with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).unwrap())
                .format("%Y")
                .to_string()
        })
        .unwrap();
    assert_eq!(winner_org, signed.supplier.as_str());
    // Signed and awarded in the same China year, bar a test run across New Year's midnight;
    // paid in full, the corrected payment made good.
    let paid = a.price_fen;
    for (by, key) in [
        ("CATALOGUE_ITEM", json!("A0101")),
        ("SUPPLIER", winner_org),
        ("METHOD", json!("OPEN_TENDER")),
        ("YEAR", json!(year)),
    ] {
        let s = a
            .server
            .ok(Some(&auditor), SPENDING, json!({ "by": by, "j": FUTIAN }))
            .await["spending"]
            .clone();
        assert_eq!(
            s["groups"],
            json!([{ "key": key, "awarded": yuan, "awardedFen": a.price_fen, "awards": 1,
                "contractedFen": a.price_fen, "paid": format!("{}.{:02}", paid / 100, paid % 100),
                "paidFen": paid, "contracts": 1 }]),
            "{by}: {s:#}"
        );
        assert_eq!(s["nextCursor"], Value::Null);
        let nanshan = a
            .server
            .ok(Some(&auditor), SPENDING, json!({ "by": by, "j": NANSHAN }))
            .await;
        assert_eq!(nanshan["spending"]["groups"], json!([]), "{by}");
    }
    // A page of one group after the only one is empty.
    let after = a
        .server
        .ok(
            Some(&auditor),
            SPENDING,
            json!({ "by": "METHOD", "first": 1, "after": "OPEN_TENDER" }),
        )
        .await;
    assert_eq!(after["spending"]["groups"], json!([]), "{after:#}");

    // A purchaser reads its own jurisdiction, by default and by name, and no other.
    let buyer = purchaser(&a.place, &uuid::Uuid::now_v7().to_string(), FUTIAN);
    let own = a.server.ok(Some(&buyer), STATISTICS, json!({})).await;
    assert_eq!(own["purchaseStatistics"]["jurisdiction"], FUTIAN);
    assert_eq!(own["purchaseStatistics"]["published"], 2);
    let other = a
        .server
        .gql(Some(&buyer), STATISTICS, json!({ "j": NANSHAN }))
        .await;
    assert_error(&other, "FORBIDDEN", None, "another jurisdiction");
    let ngo = token_for(&a.place, "ngo", &uuid::Uuid::now_v7().to_string());
    let r = a.server.gql(Some(&ngo), STATISTICS, json!({})).await;
    assert_error(&r, "FORBIDDEN", None, "an organisation");
    let r = a.server.gql(None, STATISTICS, json!({})).await;
    assert_error(&r, "UNAUTHENTICATED", None, "no token");
    let r = a
        .server
        .gql(
            Some(&auditor),
            SPENDING,
            json!({ "by": "SUPPLIER", "first": 101 }),
        )
        .await;
    assert_error(&r, "VALIDATION", None, "a page over 100");
    let r = a
        .server
        .gql(Some(&auditor), STATISTICS, json!({ "j": "福田" }))
        .await;
    assert_error(&r, "VALIDATION", None, "not a jurisdiction");
}
