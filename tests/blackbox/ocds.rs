//! OCDS export over HTTP, GraphQL and the command line (rule OCDS): a purchase driven from the
//! notice to the award notice, its packages fetched at each step the way a data user would
//! (the stable URLs, the queries, `civic-ledger ocds`), and written to
//! `target/ocds-samples/<test>/` for `scripts/validate-ocds` (schemas and ocdsmerge).

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::procurement::{LOAD, draft, publish, terms, with};
use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(a_purchase_is_published_as_ocds_from_notice_to_award);

const PREFIX: &str = "ocds-test01";

const BIDDERS: [&str; 3] = [
    "福田区银杏长者服务中心",
    "福田区凤凰社工服务中心",
    "福田区荔枝社工服务中心",
];

const TICK: &str = "mutation { tick { procurements { procurementId command }
  failures { procurementId command code message } } }";

const MEMBERS: &str = "committeeId status allSubmitted
  members { memberId role sitting }";

const PACKAGES: &str = "query($p: UUID!) { ocdsReleasePackage(procurementId: $p)
  ocdsRecordPackage(procurementId: $p) }";

fn samples(place: &Place) -> PathBuf {
    let backend = if place.db.is_some() {
        "postgres"
    } else {
        "embedded"
    };
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../target/ocds-samples")
        .join(format!("blackbox-{backend}"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn save(place: &Place, name: &str, package: &Value) {
    std::fs::write(
        samples(place).join(format!("{name}.json")),
        serde_json::to_string_pretty(package).unwrap(),
    )
    .unwrap();
}

fn serve(place: &Place) -> Server {
    let mut args = place.args();
    args.extend(
        ["--tick-every", "0s", "--ocid-prefix", PREFIX]
            .iter()
            .map(|s| (*s).to_owned()),
    );
    Server::start_with(&args)
}

async fn fetch(server: &Server, path: &str) -> Value {
    let (status, body) = server.get(path).await;
    assert_eq!(status, 200, "{path}: {body}");
    serde_json::from_str(&body).unwrap()
}

fn cli_package(place: &Place, what: &str, extra: &[&str]) -> Value {
    let mut args = vec!["ocds".to_owned(), what.to_owned()];
    args.extend(place.args());
    args.extend(["--ocid-prefix".to_owned(), PREFIX.to_owned()]);
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let out = cli(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        out.status.success(),
        "ocds {what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ids(package: &Value) -> Vec<Value> {
    package["releases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].clone())
        .collect()
}

fn tags(package: &Value) -> Vec<Value> {
    package["releases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["tag"].clone())
        .collect()
}

async fn a_purchase_is_published_as_ocds_from_notice_to_award(place: Place) {
    init_bid_key(&place);
    let server = serve(&place);
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(FUTIAN));
    server.ok(Some(&admin), LOAD, json!({ "j": FUTIAN })).await;
    let mut orgs = Vec::new();
    for (serial, name) in (71..).zip(BIDDERS) {
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

    // A draft is not published: no package anywhere.
    let unit = uuid::Uuid::now_v7().to_string();
    let buyer = token_for(&place, "purchaser", &unit);
    let drafted = draft(
        &server,
        &buyer,
        with(
            terms(21),
            "requirements",
            json!({ "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0 }),
        ),
    )
    .await;
    let p = drafted["id"].as_str().unwrap().to_owned();
    let ocid = format!("{PREFIX}-{p}");
    let (status, _) = server.get(&format!("/ocds/releases/{ocid}.json")).await;
    assert_eq!(status, 404, "a draft has no release");
    let none = server.ok(None, PACKAGES, json!({ "p": p })).await;
    assert_eq!(none["ocdsReleasePackage"], Value::Null, "{none:#}");

    // Published, and three sealed bids: the release shows the notice and nothing of a bid.
    publish(&server, &buyer, &json!(p)).await;
    let ngos: Vec<String> = orgs.iter().map(|o| token_for(&place, "ngo", o)).collect();
    for (i, ngo) in ngos.iter().enumerate() {
        server
            .ok(
                Some(ngo),
                "mutation($i: SubmitBidInput!) { submitBid(input: $i) { id } }",
                json!({ "i": { "procurementId": p, "priceFen": 40_000_000 + 1_000_050 * i as i64,
                    "technicalProposal": format!("密封方案{i}号"), "documents": [] } }),
            )
            .await;
    }
    let sealed = fetch(&server, &format!("/ocds/releases/{ocid}.json")).await;
    save(&place, "sealed-releases", &sealed);
    assert_eq!(tags(&sealed), [json!(["tender"])], "{sealed:#}");
    let release = &sealed["releases"][0];
    assert_eq!(release["ocid"], json!(ocid));
    assert_eq!(release["tender"]["procurementMethod"], "open");
    assert_eq!(
        release["tender"]["value"],
        json!({ "amount": 500000, "currency": "CNY" })
    );
    assert!(release.get("bids").is_none(), "{release:#}");
    let text = sealed.to_string();
    for mark in [
        "密封方案",
        "\"amount\":400000",
        "\"amount\":410000.5",
        "福田区银杏长者服务中心",
    ] {
        assert!(
            !text.contains(mark),
            "before the opening the export shows {mark}: {text}"
        );
    }
    for org in &orgs {
        assert!(!text.contains(org.as_str()), "a bidder shows: {text}");
    }
    server.stop();

    // A month later: the bids are opened, a committee scores, the award is noticed.
    let place = later_by(&place, 30).await;
    let server = serve(&place);
    let admin = place.token("admin", None);
    let buyer = token_for(&place, "purchaser", &unit);
    let ticked = server.ok(Some(&admin), TICK, json!({})).await;
    assert_eq!(ticked["tick"]["failures"], json!([]), "{ticked:#}");
    let opened = fetch(&server, &format!("/ocds/releases/{ocid}.json")).await;
    assert_eq!(
        tags(&opened),
        [json!(["tender"]), json!(["tenderUpdate"])],
        "closing of bidding publishes nothing, the opening publishes the bids: {opened:#}"
    );
    let details = opened["releases"][1]["bids"]["details"].as_array().unwrap();
    assert_eq!(details.len(), 3, "{opened:#}");
    assert!(
        details
            .iter()
            .any(|b| b["value"] == json!({ "amount": 410000.5, "currency": "CNY" })),
        "prices in yuan after the opening: {opened:#}"
    );
    assert!(
        !opened.to_string().contains("密封方案"),
        "a technical proposal is not published"
    );

    let bids: Vec<Value> = details.iter().map(|b| b["id"].clone()).collect();
    let constituted = server
        .ok(
            Some(&buyer),
            &format!("mutation($i: ConstituteCommitteeInput!) {{ constituteCommittee(input: $i) {{ {MEMBERS} }} }}"),
            json!({ "i": { "procurementId": p, "representatives": [{ "name": "李娜" }], "experts": 4 } }),
        )
        .await["constituteCommittee"]
        .clone();
    let committee = constituted["committeeId"].as_str().unwrap().to_owned();
    let submit = format!(
        "mutation($i: SubmitScoreSheetInput!) {{ submitScoreSheet(input: $i) {{ {MEMBERS} }} }}"
    );
    for m in constituted["members"].as_array().unwrap() {
        let member = m["memberId"].as_str().unwrap();
        let token = if m["role"] == "EXPERT" {
            token_for(&place, "evaluator", member)
        } else {
            buyer.clone()
        };
        server
            .ok(
                Some(&token),
                &submit,
                sheet(&committee, member, &bids, 3_600),
            )
            .await;
    }
    server
        .ok(
            Some(&buyer),
            &format!("mutation($i: CommitteeActionInput!) {{ concludeEvaluation(input: $i) {{ {MEMBERS} }} }}"),
            json!({ "i": { "committeeId": committee } }),
        )
        .await;
    let recommended = fetch(&server, &format!("/ocds/releases/{ocid}.json")).await;
    let award = &recommended["releases"][2];
    assert_eq!(award["tag"], json!(["award"]), "{recommended:#}");
    assert_eq!(award["awards"][0]["status"], "pending", "{recommended:#}");
    let winner = award["awards"][0]["relatedBids"][0].clone();
    server
        .ok(
            Some(&buyer),
            "mutation($i: AwardProcurementInput!) { awardProcurement(input: $i) { status } }",
            json!({ "i": { "procurementId": p, "bidId": winner } }),
        )
        .await;

    // The contract signed for the awarded price, its delivery accepted and paid in full.
    let noticed = fetch(&server, &format!("/ocds/releases/{ocid}.json")).await;
    let active = &noticed["releases"][3]["awards"][0];
    assert_eq!(active["status"], "active", "{noticed:#}");
    let price_fen = (active["value"]["amount"].as_f64().unwrap() * 100.0).round() as i64;
    let winner_name = &details.iter().find(|b| b["id"] == winner).unwrap()["tenderers"][0]["name"];
    let supplier_org = &orgs[BIDDERS.iter().position(|n| n == winner_name).unwrap()];
    let period = server
        .ok(
            None,
            "query($id: UUID!) { procurement(id: $id) { serviceStart serviceEnd } }",
            json!({ "id": p }),
        )
        .await["procurement"]
        .clone();
    let start =
        chrono::NaiveDate::parse_from_str(period["serviceStart"].as_str().unwrap(), "%Y-%m-%d")
            .unwrap();
    let signed = server
        .ok(
            Some(&buyer),
            "mutation($i: SignContractInput!) { signContract(input: $i) { id } }",
            json!({ "i": {
                "procurementId": p, "supplier": supplier_org, "amountFen": price_fen,
                "serviceStart": period["serviceStart"], "serviceEnd": period["serviceEnd"],
                "milestones": [
                    { "id": "D1", "kind": "DELIVERY", "title": "服务验收", "due": (start + chrono::Duration::days(60)).to_string() },
                    { "id": "P1", "kind": "PAYMENT", "title": "付款", "due": (start + chrono::Duration::days(90)).to_string(),
                      "amountFen": price_fen, "follows": "D1" } ] } }),
        )
        .await;
    let contract = signed["signContract"]["id"].clone();
    server
        .ok(
            Some(&buyer),
            "mutation($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { id } }",
            json!({ "i": { "contractId": contract, "milestoneId": "D1", "passed": true,
                "recipientsParticipating": 6, "recipientsNote": "长者代表参与验收",
                "report": "服务内容与质量符合合同约定" } }),
        )
        .await;
    server
        .ok(
            Some(&buyer),
            "mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }",
            json!({ "i": { "contractId": contract, "milestoneId": "P1", "amountFen": price_fen,
                "reference": "国库集中支付凭证" } }),
        )
        .await;

    // The same releases, with the same ids, over HTTP, GraphQL and the command line.
    let released = fetch(&server, &format!("/ocds/releases/{ocid}.json")).await;
    assert_eq!(
        tags(&released),
        [
            json!(["tender"]),
            json!(["tenderUpdate"]),
            json!(["award"]),
            json!(["awardUpdate"]),
            json!(["contract"]),
            json!(["implementation"]),
            json!(["implementation"])
        ],
        "{released:#}"
    );
    assert_eq!(
        ids(&released)[0],
        ids(&sealed)[0],
        "the notice's release keeps its id"
    );
    let gql = server.ok(None, PACKAGES, json!({ "p": p })).await;
    assert_eq!(
        gql["ocdsReleasePackage"], released,
        "GraphQL serves the same package"
    );
    let records = fetch(&server, &format!("/ocds/records/{ocid}.json")).await;
    assert_eq!(gql["ocdsRecordPackage"], records);
    let from_cli = cli_package(&place, "releases", &["--procurement", &p]);
    assert_eq!(ids(&from_cli), ids(&released), "the CLI's release ids");
    let again = cli_package(&place, "releases", &[]);
    assert_eq!(ids(&again), ids(&released), "a second export, the same ids");
    let last_date = released["releases"][6]["date"].as_str().unwrap().to_owned();
    let since = cli_package(&place, "releases", &["--since", &last_date]);
    assert_eq!(tags(&since), [json!(["implementation"])], "{since:#}");
    let cli_records = cli_package(&place, "records", &[]);
    assert_eq!(cli_records["records"], records["records"]);

    // The record: the compiled release says who won, under the credit code's scheme.
    let compiled = &records["records"][0]["compiledRelease"];
    assert_eq!(compiled["tag"], json!(["compiled"]));
    assert_eq!(compiled["tender"]["status"], "complete", "{compiled:#}");
    assert_eq!(compiled["awards"][0]["status"], "active", "{compiled:#}");
    let supplier = compiled["awards"][0]["suppliers"][0]["id"].clone();
    let party = compiled["parties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|party| party["id"] == supplier)
        .unwrap();
    assert_eq!(
        party["roles"],
        json!(["tenderer", "supplier", "payee"]),
        "{party:#}"
    );
    let signed = &compiled["contracts"][0];
    assert_eq!(signed["id"], contract, "{compiled:#}");
    assert_eq!(signed["awardID"], compiled["awards"][0]["id"]);
    assert_eq!(signed["status"], "active");
    assert_eq!(signed["milestones"][0]["status"], "met", "{signed:#}");
    assert_eq!(signed["milestones"][1]["status"], "met", "{signed:#}");
    let paid = &signed["implementation"]["transactions"][0];
    assert_eq!(paid["value"], active["value"], "paid in full: {signed:#}");
    assert_eq!(paid["payee"]["id"], supplier);
    assert_eq!(party["identifier"]["scheme"], "CN-USCI", "{party:#}");
    let codes: Vec<String> = (71..=73).map(|s| credit_code('2', FUTIAN, s)).collect();
    assert!(
        codes.contains(&party["identifier"]["id"].as_str().unwrap().to_owned()),
        "{party:#}"
    );
    assert!(
        !records.to_string().contains("11010519491231002X"),
        "no personal data in the export"
    );

    save(&place, "releases", &released);
    save(&place, "records", &records);
    save(&place, "cli-releases", &again);
    save(&place, "cli-records", &cli_records);
}
