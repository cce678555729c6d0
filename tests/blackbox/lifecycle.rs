//! The whole registry over HTTP: social groups' two stages, statutory clocks and the
//! time-driven transitions `tick` fires, credit lists, ratings and hubs.

use chrono::{Datelike, Duration, Utc};
use serde_json::{Value, json};

use crate::backdate::backdated;
use crate::support::*;

on_both_backends!(
    a_social_group_registers_in_two_stages_and_an_unused_preparation_lapses,
    credit_lists_ratings_and_hubs,
);

const PREPARE: &str = "mutation($i: ApplyForPreparationInput!) { applyForPreparation(input: $i) {
  version organisation { id status decisionDue openCases { kind rule due overdue } } } }";
const BY_ID: &str = "query($id: UUID!) { organisation(id: $id) {
  status version establishmentDue lapsedAt
  rating { grade label validUntil }
  creditStanding { list trigger reason escalatesOn autoRemovableOn removableFrom }
  creditHistory { list trigger endedBy }
  annualReports { year notFiledDue }
  hub { field members { organisationId } }
  openCases { kind year rule due overdue } } }";

fn preparation(name: &str, serial: u32, individual: u32, funds: &str) -> Value {
    json!({
        "name": name,
        "creditCode": credit_code('1', "440304", serial),
        "domicile": "深圳市福田区福中三路1号",
        "purpose": "联合辖区社会工作者开展专业服务",
        "businessScope": "行业交流、培训",
        "legalRepresentative": { "name": "李明", "idNumber": "11010519491231002X", "phone": "13800138000" },
        "registeredFunds": funds,
        "jurisdiction": "440304",
        "individualMembers": individual,
        "unitMembers": 0,
    })
}

fn at(offset: Duration) -> String {
    (Utc::now() + offset).to_rfc3339()
}

async fn run(server: &Server, token: &str, mutation: &str, id: &str, extra: Value) -> Value {
    let mut input = json!({ "organisationId": id });
    if let (Some(i), Some(e)) = (input.as_object_mut(), extra.as_object()) {
        i.extend(e.clone());
    }
    server
        .gql(Some(token), mutation, json!({ "i": input }))
        .await
}

async fn a_social_group_registers_in_two_stages_and_an_unused_preparation_lapses(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));

    // The single-stage application is refused for social groups.
    let r = server
        .gql(Some(&registrar), APPLY, json!({ "i": application("福田区社工协会", "SOCIAL_GROUP", &credit_code('1', "440304", 1), "440304") }))
        .await;
    assert_eq!(error_extensions(&r)["rule"], "REG-TWO-STAGE");
    // Minimum members and funds (local: ¥30,000).
    let r = server
        .gql(
            Some(&registrar),
            PREPARE,
            json!({ "i": preparation("福田区社工协会", 1, 49, "30000") }),
        )
        .await;
    assert_eq!(error_extensions(&r)["rule"], "REG-MIN-MEMBERS");
    let r = server
        .gql(
            Some(&registrar),
            PREPARE,
            json!({ "i": preparation("福田区社工协会", 1, 50, "29999.99") }),
        )
        .await;
    assert_eq!(error_extensions(&r)["rule"], "REG-MIN-FUNDS");

    let prepared = server
        .ok(
            Some(&registrar),
            PREPARE,
            json!({ "i": preparation("福田区社工协会", 1, 50, "30000") }),
        )
        .await;
    let org = &prepared["applyForPreparation"]["organisation"];
    assert_eq!(org["status"], "PREP_APPLIED");
    assert_eq!(org["openCases"][0]["kind"], "PREPARATION_DECISION");
    assert_eq!(org["openCases"][0]["rule"], "REG-DECISION-DUE");
    assert_eq!(org["openCases"][0]["overdue"], false);
    let id = org["id"].as_str().unwrap().to_owned();

    // Overdue cases: none today; the preparation decision 61 days from now.
    let overdue = "query($at: DateTime) { overdueCases(jurisdiction: \"440304\", at: $at) { totalCount edges { node { daysOverdue case { kind } organisation { id } } } } }";
    let now = server
        .ok(Some(&registrar), overdue, json!({ "at": null }))
        .await;
    assert_eq!(now["overdueCases"]["edges"], json!([]));
    assert_eq!(now["overdueCases"]["totalCount"], 0);
    let later = server
        .ok(
            Some(&registrar),
            overdue,
            json!({ "at": at(Duration::days(62)) }),
        )
        .await;
    let first = &later["overdueCases"]["edges"][0]["node"];
    assert_eq!(first["organisation"]["id"], id.as_str());
    assert_eq!(first["case"]["kind"], "PREPARATION_DECISION");

    let approve_prep = "mutation($i: OrganisationCommandInput!) { approvePreparation(input: $i) { organisation { status establishmentDue } } }";
    let r = run(&server, &registrar, approve_prep, &id, json!({})).await;
    assert_eq!(
        r["data"]["approvePreparation"]["organisation"]["status"],
        "PREPARING"
    );
    let establish = "mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { organisation { status decisionDue } } }";
    let r = run(
        &server,
        &registrar,
        establish,
        &id,
        json!({ "individualMembers": 60, "unitMembers": 0 }),
    )
    .await;
    assert_eq!(
        r["data"]["applyForEstablishment"]["organisation"]["status"], "ESTAB_APPLIED",
        "{r}"
    );
    let approve = "mutation($i: ApproveRegistrationInput!) { approveRegistration(input: $i) { organisation { status } } }";
    let r = run(&server, &registrar, approve, &id, json!({})).await;
    assert_eq!(
        r["data"]["approveRegistration"]["organisation"]["status"], "ACTIVE",
        "{r}"
    );

    // A second group is approved for preparation but never applies for establishment.
    let idle = server
        .ok(
            Some(&registrar),
            PREPARE,
            json!({ "i": preparation("福田区志愿者协会", 2, 50, "30000") }),
        )
        .await;
    let idle = idle["applyForPreparation"]["organisation"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    run(&server, &registrar, approve_prep, &idle, json!({})).await;
    server.stop();

    // Seven months on, operators fire what is due: three `tick`s at once fire each transition
    // once in all, and a later run fires nothing again.
    let place = backdated(&place, Duration::days(213)).await;
    let registrar = place.token("registrar", Some("440304"));
    let ticks: Vec<_> = (0..3)
        .map(|_| {
            std::process::Command::new(BIN)
                .arg("tick")
                .args(place.args())
                .env("RUST_LOG", "warn")
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut fired_lines = Vec::new();
    for t in ticks {
        let out = t.wait_with_output().unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        fired_lines.extend(
            text.lines()
                .filter(|l| l.contains(" organisation-"))
                .map(|l| {
                    // "Command organisation-<id> version <v>": the version tells events apart.
                    l.to_owned()
                }),
        );
    }
    let lapses: Vec<_> = fired_lines
        .iter()
        .filter(|l| l.starts_with("LapsePreparation"))
        .collect();
    assert_eq!(lapses.len(), 1, "{fired_lines:?}");
    assert!(
        lapses[0].starts_with(&format!(
            "LapsePreparation organisation-{idle} version 2 (due "
        )),
        "{fired_lines:?}"
    );
    let mut unique = fired_lines.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        fired_lines.len(),
        "nothing fired twice: {fired_lines:?}"
    );
    let mut tick_again = vec!["tick".to_owned()];
    tick_again.extend(place.args());
    let again = cli(&tick_again.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(String::from_utf8_lossy(&again.stdout).contains("fired 0 transitions"));

    let server = place.start();
    let lapsed = server.ok(None, BY_ID, json!({ "id": idle })).await;
    assert_eq!(lapsed["organisation"]["status"], "LAPSED");
    let active = server.ok(None, BY_ID, json!({ "id": id })).await;
    assert_eq!(active["organisation"]["status"], "ACTIVE");
    // Establishment after the period is refused (the lapsed group can no longer apply).
    let r = run(
        &server,
        &registrar,
        establish,
        &idle,
        json!({ "individualMembers": 60, "unitMembers": 0 }),
    )
    .await;
    assert_eq!(error_extensions(&r)["code"], "RULE_VIOLATION");
}

async fn credit_lists_ratings_and_hubs(place: Place) {
    let server = place.start();
    let registrar = place.token("registrar", Some("440304"));
    let approve =
        "mutation($i: ApproveRegistrationInput!) { approveRegistration(input: $i) { version } }";
    let mut ids = Vec::new();
    for (i, name) in [
        "福田区颐康养老服务中心",
        "福田区社区服务中心",
        "福田区社会工作服务中心",
    ]
    .iter()
    .enumerate()
    {
        let id = apply(&server, &registrar, futian_application(name, 50 + i as u32)).await;
        run(&server, &registrar, approve, &id, json!({})).await;
        ids.push(id);
    }
    let (a, b, hub) = (ids[0].clone(), ids[1].clone(), ids[2].clone());

    let abnormal = "mutation($i: ListAsAbnormalInput!) { listAsAbnormal(input: $i) { organisation { creditStanding { list trigger autoRemovableOn escalatesOn } } } }";
    let r = run(&server, &registrar, abnormal, &a, json!({ "trigger": "UNREACHABLE", "reason": "两次挂号信均未签收", "rectificationRequired": true })).await;
    assert_eq!(
        r["data"]["listAsAbnormal"]["organisation"]["creditStanding"]["list"], "ABNORMAL",
        "{r}"
    );
    let r = run(
        &server,
        &registrar,
        abnormal,
        &b,
        json!({ "trigger": "WARNING_OR_SMALL_FINE", "reason": "", "rectificationRequired": false }),
    )
    .await;
    assert_eq!(error_extensions(&r)["rule"], "REG-REFUSAL-REASON");

    let list = "query { creditList(list: ABNORMAL, jurisdiction: \"440304\") { totalCount edges { node { id } } } }";
    let listed = server.ok(None, list, Value::Null).await;
    assert_eq!(listed["creditList"]["totalCount"], 1);
    assert_eq!(listed["creditList"]["edges"][0]["node"]["id"], a.as_str());

    // Ratings: never while listed, never 6A, never before two full years since registration.
    let rate = "mutation($i: RateOrganisationInput!) { rateOrganisation(input: $i) { organisation { rating { grade } } } }";
    let r = run(
        &server,
        &registrar,
        rate,
        &a,
        json!({ "grade": 4, "score": 880 }),
    )
    .await;
    assert_eq!(error_extensions(&r)["rule"], "RATE-GRADE");
    let r = run(
        &server,
        &registrar,
        rate,
        &b,
        json!({ "grade": 6, "score": 990 }),
    )
    .await;
    assert_eq!(error_extensions(&r)["rule"], "RATE-GRADE");
    let r = run(
        &server,
        &registrar,
        rate,
        &b,
        json!({ "grade": 4, "score": 880 }),
    )
    .await;
    assert_eq!(error_extensions(&r)["rule"], "RATE-GRADE");

    // Serious list: removal before its two years is refused.
    let serious = "mutation($i: ListAsSeriousInput!) { listAsSerious(input: $i) { organisation { creditStanding { list removableFrom } } } }";
    let r = run(
        &server,
        &registrar,
        serious,
        &b,
        json!({ "trigger": "LARGE_FINE", "reason": "罚款人民币十万元" }),
    )
    .await;
    assert_eq!(
        r["data"]["listAsSerious"]["organisation"]["creditStanding"]["list"], "SERIOUS",
        "{r}"
    );
    let remove = "mutation($i: ReasonedCommandInput!) { removeFromSerious(input: $i) { version } }";
    let r = run(
        &server,
        &registrar,
        remove,
        &b,
        json!({ "reason": "已整改" }),
    )
    .await;
    assert_eq!(error_extensions(&r)["rule"], "CREDIT-SERIOUS");

    // Hubs: a dated designation with members.
    let designate = "mutation($i: DesignateHubInput!) { designateHub(input: $i) { organisation { hub { field } } } }";
    let today = Utc::now()
        .with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).unwrap())
        .date_naive()
        .to_string();
    let r = run(
        &server,
        &registrar,
        designate,
        &hub,
        json!({ "field": "社会工作", "from": today }),
    )
    .await;
    assert_eq!(
        r["data"]["designateHub"]["organisation"]["hub"]["field"], "社会工作",
        "{r}"
    );
    let admit = "mutation($i: HubMemberInput!) { admitHubMember(input: $i) { organisation { hub { members { organisationId } } } } }";
    let r = run(&server, &registrar, admit, &hub, json!({ "memberId": a })).await;
    assert_eq!(
        r["data"]["admitHubMember"]["organisation"]["hub"]["members"][0]["organisationId"],
        a.as_str(),
        "{r}"
    );
    let r = run(&server, &registrar, admit, &hub, json!({ "memberId": a })).await;
    assert_eq!(error_extensions(&r)["rule"], "HUB");
    let r = run(&server, &registrar, admit, &b, json!({ "memberId": a })).await;
    assert_eq!(
        error_extensions(&r)["rule"],
        "HUB",
        "only designated hubs admit members"
    );
    let memberships = server
        .ok(
            None,
            "query($id: UUID!) { hubMemberships(organisationId: $id) { id } }",
            json!({ "id": a }),
        )
        .await;
    assert_eq!(memberships["hubMemberships"][0]["id"], hub.as_str());

    // Time passes (the tick mutation, as the scheduler would): two years and a day on, the
    // abnormal listing moves to the serious list, exactly once however often tick runs.
    let tick = "mutation($at: DateTime) { tick(at: $at) { fired { organisationId command } } }";
    let r = server
        .gql(Some(&registrar), tick, json!({ "at": null }))
        .await;
    assert_eq!(error_extensions(&r)["code"], "FORBIDDEN");
    server.stop();
    let place = backdated(&place, Duration::days(2 * 366 + 1)).await;
    // Without the server's own scheduler, so that the ticks below fire everything.
    let mut args = place.args();
    args.extend(["--tick-every".to_owned(), "0s".to_owned()]);
    let server = Server::start_with(&args);
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some("440304"));
    // `a` files its overdue reports late, so no missed report restarts its listing's clock.
    let china_now = Utc::now() + Duration::hours(8);
    let registered_in = (china_now - Duration::days(2 * 366 + 1)).year();
    let submit =
        "mutation($i: SubmitAnnualReportInput!) { submitAnnualReport(input: $i) { version } }";
    for year in registered_in..china_now.year() {
        let r = run(&server, &registrar, submit, &a, json!({ "year": year })).await;
        assert!(r.get("errors").is_none(), "{r:#}");
    }
    let before = server.ok(None, BY_ID, json!({ "id": a })).await;
    let escalates_on: chrono::NaiveDate = before["organisation"]["creditStanding"]["escalatesOn"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(escalates_on < Utc::now().date_naive(), "{before:#}");
    // Four ticks at once: every transition still fires once in all.
    let vars = json!({ "at": null });
    let (r1, r2, r3, r4) = tokio::join!(
        server.ok(Some(&admin), tick, vars.clone()),
        server.ok(Some(&admin), tick, vars.clone()),
        server.ok(Some(&admin), tick, vars.clone()),
        server.ok(Some(&admin), tick, vars.clone()),
    );
    let fired: Vec<(String, String)> = [r1, r2, r3, r4]
        .iter()
        .flat_map(|r| r["tick"]["fired"].as_array().unwrap().clone())
        .map(|f| {
            (
                f["organisationId"].as_str().unwrap().to_owned(),
                f["command"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let escalations = fired
        .iter()
        .filter(|(_, c)| c == "EscalateToSerious")
        .count();
    assert_eq!(escalations, 1, "{fired:?}");
    assert!(
        fired.contains(&(a.clone(), "EscalateToSerious".to_owned())),
        "{fired:?}"
    );
    // Nobody filed the annual report of this year: marked not filed for each of them.
    assert!(
        fired.contains(&(hub.clone(), "MarkAnnualReportNotFiled".to_owned())),
        "{fired:?}"
    );
    let again = server.ok(Some(&admin), tick, json!({ "at": null })).await;
    assert_eq!(again["tick"]["fired"], json!([]));
    let state = server.ok(None, BY_ID, json!({ "id": a })).await;
    let o = &state["organisation"];
    assert_eq!(o["creditStanding"]["list"], "SERIOUS");
    // Fired days late, the escalation is dated by when it was due: removable two years after
    // the day it escalated, not after the tick.
    assert_eq!(
        o["creditStanding"]["removableFrom"],
        (escalates_on + chrono::Months::new(24)).to_string(),
        "{state:#}"
    );
    assert_eq!(o["creditStanding"]["trigger"], "ABNORMAL_TWO_YEARS");
    assert_eq!(o["creditHistory"][0]["endedBy"], "MOVED_TO_SERIOUS");
    let serious_entries = o["creditHistory"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["list"] == "SERIOUS")
        .count();
    assert_eq!(serious_entries, 1);
    let hub_state = server.ok(None, BY_ID, json!({ "id": hub })).await;
    assert_eq!(
        hub_state["organisation"]["creditStanding"]["trigger"],
        "ANNUAL_REPORT_LATE"
    );
    let years: Vec<i64> = hub_state["organisation"]["annualReports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["year"].as_i64().unwrap())
        .collect();
    let marks = fired
        .iter()
        .filter(|(o, c)| o == &hub && c == "MarkAnnualReportNotFiled")
        .count();
    assert_eq!(marks, years.len(), "one mark per year: {years:?}");
    assert!(
        years.windows(2).all(|w| w[0] < w[1]),
        "each year once: {years:?}"
    );
    assert!(hub_state["organisation"]["annualReports"][0]["notFiledDue"].is_string());
}
