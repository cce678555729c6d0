//! What the procurement tests share: tokens acting for an organisation, the bid-sealing key a
//! PostgreSQL ledger needs, valid resident id numbers for the expert pool, and the ledger moved
//! back in time with its key.

use chrono::Duration;
use serde_json::{Value, json};

use crate::backdate::backdated;
use crate::support::*;

/// The jurisdiction the procurement tests buy in: Futian, Shenzhen.
pub const FUTIAN: &str = "440304";

/// A token acting for `organisation` (a purchasing unit, an ngo, or an evaluator's expert id);
/// purchasers act in Futian.
pub fn token_for(place: &Place, role: &str, organisation: &str) -> String {
    let mut scope = vec!["--organisation", organisation];
    if role == "purchaser" {
        scope.extend(["--jurisdiction", FUTIAN]);
    }
    issue_token(
        place.path(),
        role,
        &format!("{role}-of-{organisation}"),
        &scope,
    )
}

/// Servers sharing PostgreSQL never make up a bid-sealing key: an administrator creates it.
pub fn init_bid_key(place: &Place) {
    if place.db.is_some() {
        let out = cli(&[
            "bid-key",
            "init",
            "--data-dir",
            place.path().to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `place`'s ledger moved `days` back (its server stopped), with the key its bids were sealed
/// under, so that they can be opened.
pub async fn later_by(place: &Place, days: i64) -> Place {
    let later = backdated(place, Duration::days(days)).await;
    std::fs::copy(
        place.path().join("bid-sealing.key"),
        later.path().join("bid-sealing.key"),
    )
    .unwrap();
    later
}

/// `place`'s server without its own scheduler, so that what falls due is fired by the test's
/// `tick` or command alone (the scheduler ticks as the server starts).
pub fn start_without_scheduler(place: &Place) -> Server {
    let mut args = place.args();
    args.extend(["--tick-every".to_owned(), "0s".to_owned()]);
    Server::start_with(&args)
}

/// A valid resident id number of Futian, born 1975, for expert `n`.
pub fn resident_id(n: u32) -> String {
    let first17 = format!("4403041975{:07}", 100 + n);
    let sum: u32 = first17
        .bytes()
        .zip([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
        .map(|(c, w)| u32::from(c - b'0') * w)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize] as char;
    format!("{first17}{check}")
}

/// A member's sheet: every bid, `plan` points (hundredths) less 2 points per place in `bids`.
pub fn sheet(committee: &str, member: &str, bids: &[Value], plan: u32) -> Value {
    let scores: Vec<Value> = bids
        .iter()
        .enumerate()
        .map(|(i, b)| {
            json!({ "bidId": b, "criteria": [
                { "key": "plan", "pointsHundredths": plan - 200 * i as u32 },
                { "key": "team", "pointsHundredths": 2_500 } ] })
        })
        .collect();
    json!({ "i": { "committeeId": committee, "memberId": member, "scores": scores } })
}

/// A procurement driven to its award, on a ledger moved a month back (its opening time come).
pub struct Awarded {
    pub place: Place,
    pub procurement: Value,
    /// The purchasing unit and a purchaser token acting for it.
    pub unit: String,
    pub buyer: String,
    /// The awarded organisation and its price in fen.
    pub winner: String,
    pub price_fen: i64,
    pub service_start: String,
    pub service_end: String,
}

/// A procurement published and bid on, its opening a month away.
pub struct Tendered {
    pub place: Place,
    pub procurement: Value,
    /// The purchasing unit (a token of `place` acting for it is void once [`award`] moves the
    /// ledger: it mints its own).
    pub unit: String,
}

/// Drives a procurement of a new purchasing unit in Futian to its award, as its users would:
/// [`tender`], then [`award`]. Returns it with its server running.
pub async fn awarded(place: Place) -> (Awarded, Server) {
    let (tendered, server) = tender(place).await;
    award(tendered, server).await
}

/// Tenders a procurement of a new purchasing unit in Futian (¥500,000 for A0101 助餐服务): the
/// guidance catalogue, three registered bidders, five experts, the procurement drafted and
/// published, three sealed bids. Returns it with its server running.
pub async fn tender(place: Place) -> (Tendered, Server) {
    tender_by(place, uuid::Uuid::now_v7().to_string()).await
}

/// [`tender`], the procurement of the purchasing unit `unit` (a community buying for its own
/// menu order, say).
pub async fn tender_by(place: Place, unit: String) -> (Tendered, Server) {
    init_bid_key(&place);
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(FUTIAN));
    server
        .ok(
            Some(&admin),
            "mutation($j: String!) { loadDefaultCatalogue(input: {jurisdiction: $j}) { version } }",
            json!({ "j": FUTIAN }),
        )
        .await;
    let mut bidders = Vec::new();
    for (serial, name) in [
        (71, "福田区紫荆长者服务中心"),
        (72, "福田区翠竹社工服务中心"),
        (73, "福田区香蜜社工服务中心"),
    ] {
        let id = apply(&server, &registrar, futian_application(name, serial)).await;
        approve_registration(&server, &registrar, &id).await;
        bidders.push(id);
    }
    for n in 0..5u32 {
        server
            .ok(
                Some(&admin),
                "mutation($i: AddPoolExpertInput!) { addPoolExpert(input: $i) { version } }",
                json!({ "i": { "jurisdiction": FUTIAN, "name": format!("评审专家{n}"),
                    "idNumber": resident_id(n) } }),
            )
            .await;
    }
    let buyer = token_for(&place, "purchaser", &unit);
    let deadline = chrono::Utc::now() + chrono::Duration::days(21);
    let drafted = server
        .ok(
            Some(&buyer),
            "mutation($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",
            json!({ "i": {
                "purchaser": "深圳市福田区民政局",
                "title": "福田区长者饭堂助餐服务项目",
                "description": "为辖区老年人提供助餐配送服务",
                "item": "A0101", "method": "OPEN_TENDER",
                "budgetFen": 50_000_000, "bidSecurityFen": 1_000_000,
                "serviceStart": (deadline + chrono::Duration::days(30)).format("%Y-%m-%d").to_string(),
                "serviceEnd": (deadline + chrono::Duration::days(300)).format("%Y-%m-%d").to_string(),
                "requirements": { "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0 },
                "scoring": { "priceWeightPercent": 30, "criteria": [
                    { "key": "plan", "name": "服务方案", "maxPoints": 40 },
                    { "key": "team", "name": "团队与经验", "maxPoints": 30 } ] },
                "bidDeadline": deadline.to_rfc3339(),
                "openingAt": (deadline + chrono::Duration::hours(1)).to_rfc3339() } }),
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
        server
            .ok(
                Some(&token_for(&place, "ngo", org)),
                "mutation($i: SubmitBidInput!) { submitBid(input: $i) { id } }",
                json!({ "i": { "procurementId": p, "priceFen": 40_000_000 + 1_000_000 * i as i64,
                    "technicalProposal": format!("助餐方案{i}"), "documents": [] } }),
            )
            .await;
    }
    let tendered = Tendered {
        place,
        procurement: p,
        unit,
    };
    (tendered, server)
}

/// Awards a tendered procurement to its top-ranked bid: the ledger moved 30 days back (its
/// opening time come, so `tendered.place`'s tokens are void; the new place mints its own),
/// the opening, the committee's sheets, the conclusion and the award. Returns it with the new
/// place's server running.
pub async fn award(tendered: Tendered, server: Server) -> (Awarded, Server) {
    let Tendered {
        place,
        procurement: p,
        unit,
    } = tendered;
    server.stop();

    let place = later_by(&place, 30).await;
    let server = start_without_scheduler(&place);
    let buyer = token_for(&place, "purchaser", &unit);
    let opened = server
        .ok(
            Some(&buyer),
            "mutation($p: UUID!) { openBids(input: {procurementId: $p}) { status serviceStart serviceEnd openedBids { bidId organisationId priceFen } } }",
            json!({ "p": p }),
        )
        .await["openBids"]
        .clone();
    let bids: Vec<Value> = opened["openedBids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["bidId"].clone())
        .collect();
    let constituted = server
        .ok(
            Some(&buyer),
            "mutation($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { committeeId members { memberId role sitting } } }",
            json!({ "i": { "procurementId": p, "representatives": [{ "name": "李娜" }], "experts": 4 } }),
        )
        .await["constituteCommittee"]
        .clone();
    let committee = constituted["committeeId"].as_str().unwrap().to_owned();
    let submit =
        "mutation($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { allSubmitted } }";
    for m in constituted["members"].as_array().unwrap() {
        if m["sitting"] != true {
            continue;
        }
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
                sheet(&committee, member, &bids, 3_600),
            )
            .await;
    }
    let concluded = server
        .ok(
            Some(&buyer),
            "mutation($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { report { ranking { bidId organisationId } } } }",
            json!({ "i": { "committeeId": committee } }),
        )
        .await["concludeEvaluation"]
        .clone();
    let top = concluded["report"]["ranking"][0].clone();
    let award = server
        .ok(
            Some(&buyer),
            "mutation($i: AwardProcurementInput!) { awardProcurement(input: $i) { status award { organisationId } } }",
            json!({ "i": { "procurementId": p, "bidId": top["bidId"] } }),
        )
        .await;
    assert_eq!(award["awardProcurement"]["status"], "AWARDED", "{award:#}");
    let price_fen = opened["openedBids"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["bidId"] == top["bidId"])
        .and_then(|b| b["priceFen"].as_i64())
        .unwrap();
    let awarded = Awarded {
        place,
        procurement: p,
        unit,
        buyer,
        winner: top["organisationId"].as_str().unwrap().to_owned(),
        price_fen,
        service_start: opened["serviceStart"].as_str().unwrap().to_owned(),
        service_end: opened["serviceEnd"].as_str().unwrap().to_owned(),
    };
    (awarded, server)
}

pub fn day_after(date: &str, days: i64) -> String {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    (d + chrono::Duration::days(days)).to_string()
}

pub fn pay(contract: &Value, milestone: &str, amount_fen: i64) -> Value {
    json!({ "i": { "contractId": contract, "milestoneId": milestone, "amountFen": amount_fen,
        "reference": "国库集中支付凭证" } })
}

/// Signs the contract of an awarded procurement (one delivery and its payment of the whole
/// price), accepts the delivery with its recipients, pays it in full and completes the
/// contract, as the purchasing unit would. Returns the contract's id.
pub async fn completed_contract(server: &Server, a: &Awarded) -> Value {
    let contract = server
        .ok(
            Some(&a.buyer),
            "mutation($i: SignContractInput!) { signContract(input: $i) { id status } }",
            json!({ "i": {
                "procurementId": a.procurement, "supplier": a.winner, "amountFen": a.price_fen,
                "serviceStart": a.service_start, "serviceEnd": a.service_end,
                "milestones": [
                    { "id": "D1", "kind": "DELIVERY", "title": "服务验收", "due": day_after(&a.service_start, 60) },
                    { "id": "P1", "kind": "PAYMENT", "title": "服务费", "due": day_after(&a.service_start, 90),
                      "amountFen": a.price_fen, "follows": "D1" } ] } }),
        )
        .await["signContract"]["id"]
        .clone();
    server
        .ok(
            Some(&a.buyer),
            "mutation($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { id } }",
            json!({ "i": { "contractId": contract, "milestoneId": "D1", "passed": true,
                "recipientsParticipating": 12, "recipientsNote": "居民代表参与验收",
                "report": "服务内容与质量符合合同约定" } }),
        )
        .await;
    server
        .ok(
            Some(&a.buyer),
            "mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { paidFen } }",
            pay(&contract, "P1", a.price_fen),
        )
        .await;
    let done = server
        .ok(
            Some(&a.buyer),
            "mutation($i: ContractCommandInput!) { completeContract(input: $i) { status } }",
            json!({ "i": { "contractId": contract } }),
        )
        .await;
    assert_eq!(done["completeContract"]["status"], "COMPLETED", "{done:#}");
    contract
}
