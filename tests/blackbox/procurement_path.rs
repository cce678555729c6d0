//! The whole path of a procurement over HTTP, as its users live it: the catalogue loaded, a
//! procurement drafted and published, three organisations bid and a fourth is refused, the
//! deadline and the opening pass (the ledger moved a month back), a committee is drawn from
//! the expert pool and scores, the award goes to the top-ranked bid and a losing bidder's
//! challenge is dismissed. At each step it checks what the public sees: the board and the award
//! notice, never a sealed content, an evaluator before the award, or personal data.

use serde_json::{Value, json};

use crate::procurement::{LOAD, draft, publish, terms, with};
use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(a_procurement_goes_from_the_catalogue_to_a_dismissed_challenge);

const VIEW: &str = "id version status statusZh biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment priceFen technicalProposal valid defects }
  report { committeeId ranking { rank bidId organisationId total } }
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds replyDue decision reply }";

fn procurement_query() -> String {
    format!("query($id: UUID!) {{ procurement(id: $id) {{ {VIEW} }} }}")
}

const BID: &str =
    "mutation($i: SubmitBidInput!) { submitBid(input: $i) { id status statusZh commitment } }";

const REPLACE: &str =
    "mutation($i: ReplaceBidInput!) { replaceBid(input: $i) { id commitment replacements } }";

const BOARD: &str = "query($p: UUID!) { sealedBids(procurementId: $p) {
  totalCount edges { node { commitment sealedAt bidId organisationId } } } }";

const TICK: &str = "mutation { tick { procurements { procurementId command }
  failures { procurementId command code message } } }";

const MEMBERS: &str = "committeeId status allSubmitted
  members { memberId name role sitting recusal { organisationId kind source } submitted }
  report { ranking { rank bidId organisationId total } }";

/// The bidders' legal representative, as `futian_application` registers every one of them.
const LEGAL_REPRESENTATIVE_ID: &str = "11010519491231002X";

/// What no anonymous answer may hold: personal data of the registry and of the pool.
const PERSONAL: [&str; 3] = [LEGAL_REPRESENTATIVE_ID, "13800138000", "王芳"];

fn assert_none_of(text: &str, marks: &[&str], what: &str) {
    for mark in marks {
        assert!(!text.contains(mark), "{what} shows {mark}: {text}");
    }
}

async fn a_procurement_goes_from_the_catalogue_to_a_dismissed_challenge(place: Place) {
    init_bid_key(&place);
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(FUTIAN));
    server.ok(Some(&admin), LOAD, json!({ "j": FUTIAN })).await;

    // Four registered organisations; the fourth is then listed as abnormal (活动异常名录).
    let mut orgs = Vec::new();
    for (serial, name) in [
        (61, "福田区紫藤长者服务中心"),
        (62, "福田区青竹社工服务中心"),
        (63, "福田区木棉社工服务中心"),
        (64, "福田区榕树社工服务中心"),
    ] {
        let id = apply(&server, &registrar, futian_application(name, serial)).await;
        approve_registration(&server, &registrar, &id).await;
        orgs.push(id);
    }
    server
        .ok(
            Some(&registrar),
            "mutation($i: ListAsAbnormalInput!) { listAsAbnormal(input: $i) { version } }",
            json!({ "i": { "organisationId": orgs[3], "trigger": "ANNUAL_REPORT_LATE",
                "reason": "未按规定报送年度工作报告", "rectificationRequired": false } }),
        )
        .await;

    // The pool: five experts, and one who is the bidders' legal representative.
    let mut pool = vec![("王芳".to_owned(), LEGAL_REPRESENTATIVE_ID.to_owned())];
    pool.extend((0..5).map(|n| (format!("评审专家{n}"), resident_id(n))));
    let mut conflicted = String::new();
    for (name, id_number) in &pool {
        let added = server
            .ok(
                Some(&admin),
                "mutation($i: AddPoolExpertInput!) { addPoolExpert(input: $i) { expert { expertId } } }",
                json!({ "i": { "jurisdiction": FUTIAN, "name": name, "idNumber": id_number } }),
            )
            .await;
        if id_number == LEGAL_REPRESENTATIVE_ID {
            conflicted = added["addPoolExpert"]["expert"]["expertId"]
                .as_str()
                .unwrap()
                .to_owned();
        }
    }

    // Drafted and published: on the board at once, with its status in Chinese.
    let unit = uuid::Uuid::now_v7().to_string();
    let buyer = token_for(&place, "purchaser", &unit);
    let open_to_all = with(
        terms(21),
        "requirements",
        json!({ "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0 }),
    );
    let drafted = draft(&server, &buyer, open_to_all).await;
    assert_eq!(
        (&drafted["status"], &drafted["statusZh"]),
        (&json!("DRAFT"), &json!("草稿"))
    );
    let p = drafted["id"].clone();
    let published = publish(&server, &buyer, &p).await;
    assert_eq!(published["statusZh"], "已发布采购公告", "{published:#}");
    let seen = server
        .ok(None, &procurement_query(), json!({ "id": p }))
        .await;
    assert_eq!(seen["procurement"]["status"], "PUBLISHED", "{seen:#}");

    // Three bid; one replaces its bid before the deadline.
    let ngos: Vec<String> = orgs.iter().map(|o| token_for(&place, "ngo", o)).collect();
    let mut bids = Vec::new();
    let mut commitments = Vec::new();
    for (i, ngo) in ngos.iter().take(3).enumerate() {
        let bid = server
            .ok(
                Some(ngo),
                BID,
                json!({ "i": { "procurementId": p, "priceFen": 40_000_000 + 1_000_000 * i as i64,
                    "technicalProposal": format!("密封方案{i}号"), "documents": [] } }),
            )
            .await["submitBid"]
            .clone();
        assert_eq!(bid["statusZh"], "已投标", "{bid:#}");
        bids.push(bid["id"].clone());
        commitments.push(bid["commitment"].clone());
    }
    let replaced = server
        .ok(
            Some(&ngos[1]),
            REPLACE,
            json!({ "i": { "bidId": bids[1], "priceFen": 39_500_000,
                "technicalProposal": "密封方案1号修订", "documents": [] } }),
        )
        .await["replaceBid"]
        .clone();
    assert_eq!(replaced["replacements"], 1);
    assert_ne!(replaced["commitment"], commitments[1]);
    commitments[1] = replaced["commitment"].clone();

    // The abnormal-listed one is refused, and told why.
    let refused = server
        .gql(
            Some(&ngos[3]),
            BID,
            json!({ "i": { "procurementId": p, "priceFen": 38_000_000,
                "technicalProposal": "密封方案3号", "documents": [] } }),
        )
        .await;
    assert_error(
        &refused,
        "RULE_VIOLATION",
        Some("BID-ELIGIBLE"),
        "an abnormal-listed bidder",
    );
    let message = refused["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("福田区榕树社工服务中心") && message.contains("活动异常名录"),
        "{message}"
    );

    // The public board: three commitments, no bidder, no content.
    let board = server.ok(None, BOARD, json!({ "p": p })).await;
    assert_eq!(board["sealedBids"]["totalCount"], 3, "{board:#}");
    for e in board["sealedBids"]["edges"].as_array().unwrap() {
        assert!(commitments.contains(&e["node"]["commitment"]), "{board:#}");
        assert_eq!(e["node"]["organisationId"], Value::Null, "{board:#}");
        assert_eq!(e["node"]["bidId"], Value::Null, "{board:#}");
    }
    let public = server
        .ok(None, &procurement_query(), json!({ "id": p }))
        .await;
    assert_eq!(public["procurement"]["openedBids"], json!([]));
    let sealed_marks = ["密封方案", "39500000", "40000000", "41000000", "42000000"];
    for text in [board.to_string(), public.to_string()] {
        assert_none_of(&text, &sealed_marks, "the board before the opening");
        assert_none_of(&text, &PERSONAL, "the board");
    }
    server.stop();

    // A month later: the tick closes the bidding, then opens the bids.
    let place = later_by(&place, 30).await;
    let server = start_without_scheduler(&place);
    let admin = place.token("admin", None);
    let buyer = token_for(&place, "purchaser", &unit);
    let ngos: Vec<String> = orgs.iter().map(|o| token_for(&place, "ngo", o)).collect();
    let ticked = server.ok(Some(&admin), TICK, json!({})).await["tick"].clone();
    assert_eq!(ticked["failures"], json!([]), "{ticked:#}");
    let fired: Vec<&Value> = ticked["procurements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["procurementId"] == p)
        .map(|c| &c["command"])
        .collect();
    assert_eq!(
        fired,
        [&json!("CloseBidding"), &json!("OpenBids")],
        "{ticked:#}"
    );
    let opened = server
        .ok(None, &procurement_query(), json!({ "id": p }))
        .await["procurement"]
        .clone();
    assert_eq!(
        (&opened["status"], &opened["statusZh"]),
        (&json!("OPENED"), &json!("已开标")),
        "{opened:#}"
    );
    assert!(opened["biddingClosedAt"].is_string(), "{opened:#}");
    let revealed = opened["openedBids"].as_array().unwrap();
    assert_eq!(revealed.len(), 3, "{opened:#}");
    for bid in revealed {
        let i = bids.iter().position(|b| *b == bid["bidId"]).unwrap();
        assert_eq!(bid["commitment"], commitments[i], "{opened:#}");
        assert_eq!(bid["valid"], true, "the commitment checks: {opened:#}");
        let (fen, proposal) = if i == 1 {
            (39_500_000, "密封方案1号修订".to_owned())
        } else {
            (40_000_000 + 1_000_000 * i as i64, format!("密封方案{i}号"))
        };
        assert_eq!(
            (&bid["priceFen"], &bid["technicalProposal"]),
            (&json!(fen), &json!(proposal))
        );
    }
    assert_none_of(&opened.to_string(), &PERSONAL, "the opening");

    // The committee: the legal representative is passed over by the draw.
    let constituted = server
        .ok(
            Some(&buyer),
            &format!("mutation($i: ConstituteCommitteeInput!) {{ constituteCommittee(input: $i) {{ {MEMBERS} }} }}"),
            json!({ "i": { "procurementId": p, "representatives": [{ "name": "李娜" }], "experts": 4 } }),
        )
        .await["constituteCommittee"]
        .clone();
    let committee = constituted["committeeId"].as_str().unwrap().to_owned();
    let ids = |view: &Value, role: &str, sitting: bool| -> Vec<String> {
        view["members"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["role"] == role && m["sitting"] == sitting)
            .map(|m| m["memberId"].as_str().unwrap().to_owned())
            .collect()
    };
    let experts = ids(&constituted, "EXPERT", true);
    assert_eq!(experts.len(), 4, "{constituted:#}");
    assert!(
        !constituted.to_string().contains(&conflicted),
        "the legal representative was drawn: {constituted:#}"
    );

    // Before the award nobody outside learns who evaluates.
    let anonymous = server
        .gql(
            None,
            "query($id: UUID!) { committee(id: $id) { committeeId } }",
            json!({ "id": committee }),
        )
        .await;
    assert_error(
        &anonymous,
        "UNAUTHENTICATED",
        None,
        "an anonymous committee read",
    );
    let bidder = server
        .ok(
            Some(&ngos[0]),
            "query($id: UUID!) { committee(id: $id) { committeeId } }",
            json!({ "id": committee }),
        )
        .await;
    assert_eq!(
        bidder["committee"],
        Value::Null,
        "a bidder reads the committee"
    );

    // A member declares a relation to a bidder: recused, and the draw's next expert sits.
    let declarer = token_for(&place, "evaluator", &experts[0]);
    let recused = server
        .ok(
            Some(&declarer),
            &format!("mutation($i: DeclareRelationInput!) {{ declareRelation(input: $i) {{ {MEMBERS} }} }}"),
            json!({ "i": { "committeeId": committee, "memberId": experts[0],
                "organisationId": orgs[2], "kind": "EMPLOYMENT", "note": "两年前在该机构任职" } }),
        )
        .await["declareRelation"]
        .clone();
    assert_eq!(
        ids(&recused, "EXPERT", false),
        [experts[0].clone()],
        "{recused:#}"
    );
    let sitting = ids(&recused, "EXPERT", true);
    assert_eq!(sitting.len(), 4, "{recused:#}");
    assert!(!sitting.contains(&experts[0]) && !sitting.contains(&conflicted));
    let gone = recused["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["memberId"] == experts[0].as_str())
        .unwrap();
    assert_eq!(
        gone["recusal"],
        json!([{ "organisationId": orgs[2], "kind": "EMPLOYMENT", "source": "DECLARED" }]),
        "{recused:#}"
    );

    // Score sheets, every sitting member's, then the conclusion and the evaluation recorded.
    let submit = format!(
        "mutation($i: SubmitScoreSheetInput!) {{ submitScoreSheet(input: $i) {{ {MEMBERS} }} }}"
    );
    for (n, e) in sitting.iter().enumerate() {
        let evaluator = token_for(&place, "evaluator", e);
        server
            .ok(
                Some(&evaluator),
                &submit,
                sheet(&committee, e, &bids, 3_600 + 50 * n as u32),
            )
            .await;
    }
    let rep = ids(&recused, "REPRESENTATIVE", true);
    let all = server
        .ok(
            Some(&buyer),
            &submit,
            sheet(&committee, &rep[0], &bids, 3_800),
        )
        .await["submitScoreSheet"]
        .clone();
    assert_eq!(all["allSubmitted"], true, "{all:#}");
    let concluded = server
        .ok(
            Some(&buyer),
            &format!("mutation($i: CommitteeActionInput!) {{ concludeEvaluation(input: $i) {{ {MEMBERS} procurementStatus }} }}"),
            json!({ "i": { "committeeId": committee } }),
        )
        .await["concludeEvaluation"]
        .clone();
    assert_eq!(concluded["status"], "CONCLUDED", "{concluded:#}");
    assert_eq!(concluded["procurementStatus"], "EVALUATED", "{concluded:#}");
    let evaluated = server
        .ok(None, &procurement_query(), json!({ "id": p }))
        .await["procurement"]
        .clone();
    assert_eq!(evaluated["statusZh"], "已评审", "{evaluated:#}");
    let ranking = evaluated["report"]["ranking"].as_array().unwrap().clone();
    assert_eq!(
        ranking
            .iter()
            .map(|r| r["rank"].clone())
            .collect::<Vec<_>>(),
        [json!(1), json!(2), json!(3)],
        "{evaluated:#}"
    );
    let totals: Vec<f64> = ranking
        .iter()
        .map(|r| r["total"].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{evaluated:#}");
    let public_text = evaluated.to_string();
    assert_none_of(&public_text, &PERSONAL, "the evaluated procurement");
    for e in sitting.iter().chain([&experts[0]]) {
        assert!(
            !public_text.contains(e.as_str()),
            "an evaluator shows: {public_text}"
        );
    }

    // The award: only to the top-ranked; the public reads the award notice.
    let award = "mutation($i: AwardProcurementInput!) { awardProcurement(input: $i) { status statusZh award { bidId organisationId } } }";
    let second = server
        .gql(
            Some(&buyer),
            award,
            json!({ "i": { "procurementId": p, "bidId": ranking[1]["bidId"] } }),
        )
        .await;
    assert_error(
        &second,
        "RULE_VIOLATION",
        Some("AWARD-RANK"),
        "the second-ranked",
    );
    let awarded = server
        .ok(
            Some(&buyer),
            award,
            json!({ "i": { "procurementId": p, "bidId": ranking[0]["bidId"] } }),
        )
        .await["awardProcurement"]
        .clone();
    assert_eq!(awarded["statusZh"], "已发布中标公告", "{awarded:#}");
    let notice = server
        .ok(None, &procurement_query(), json!({ "id": p }))
        .await["procurement"]
        .clone();
    assert_eq!(notice["status"], "AWARDED");
    assert_eq!(notice["award"]["bidId"], ranking[0]["bidId"], "{notice:#}");
    assert_eq!(
        notice["award"]["organisationId"],
        ranking[0]["organisationId"]
    );
    assert!(
        notice["award"]["challengeDeadline"].is_string(),
        "{notice:#}"
    );
    assert_none_of(&notice.to_string(), &PERSONAL, "the award notice");

    // A losing bidder challenges within the window; a retry is answered with the same
    // challenge, written once; the purchaser dismisses it and the award stands.
    let loser = ranking[2]["organisationId"].as_str().unwrap().to_owned();
    let loser_token = &ngos[orgs.iter().position(|o| *o == loser).unwrap()];
    let challenge = "mutation($i: ChallengeAwardInput!) { challengeAward(input: $i) {
        status challenges { challengeId organisationId grounds replyDue } } }";
    let input = json!({ "i": { "procurementId": p, "organisationId": loser,
        "grounds": "评分标准适用不一致", "commandId": uuid::Uuid::now_v7().to_string() } });
    let filed =
        server.ok(Some(loser_token), challenge, input.clone()).await["challengeAward"].clone();
    let events = server.event_count().await;
    let retried = server.ok(Some(loser_token), challenge, input).await["challengeAward"].clone();
    assert_eq!(retried, filed, "the retry answers the first challenge");
    assert_eq!(
        server.event_count().await,
        events,
        "the retry wrote nothing"
    );
    let filed = filed["challenges"].as_array().unwrap();
    assert_eq!(filed.len(), 1, "{filed:?}");
    assert_eq!(filed[0]["organisationId"], loser.as_str());
    let answered = server
        .ok(
            Some(&buyer),
            "mutation($i: AnswerChallengeInput!) { answerChallenge(input: $i) {
                status statusZh challenges { challengeId decision reply } } }",
            json!({ "i": { "procurementId": p, "challengeId": filed[0]["challengeId"],
                "decision": "DISMISSED", "reply": "经复核，评分符合采购文件规定" } }),
        )
        .await["answerChallenge"]
        .clone();
    assert_eq!(answered["status"], "AWARDED", "{answered:#}");
    assert_eq!(answered["challenges"][0]["decision"], "DISMISSED");
    let last = server
        .ok(None, &procurement_query(), json!({ "id": p }))
        .await["procurement"]
        .clone();
    assert_eq!(last["award"]["bidId"], ranking[0]["bidId"]);
    assert_eq!(
        last["challenges"][0]["reply"],
        "经复核，评分符合采购文件规定"
    );
    assert_none_of(&last.to_string(), &PERSONAL, "the answered challenge");
}
