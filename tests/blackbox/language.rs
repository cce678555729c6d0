//! Error messages in the client's language (`Accept-Language`): the same bad request told in
//! Chinese to a client that asks for Chinese and in English otherwise, with the same `code`,
//! `rule` and `field`, so a client that branches on them never notices the language.

use serde_json::{Value, json};

use crate::procurement::{LOAD, draft, publish, terms, with};
use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(
    errors_speak_the_language_the_client_asks_for,
    every_family_of_refusal_is_told_in_chinese,
    a_damaged_sealing_key_is_told_in_chinese,
);

const BID: &str = "mutation($i: SubmitBidInput!) { submitBid(input: $i) { id } }";

const BOARD: &str = "query { eligibleProcurements(first: 10) {
  edges { node { eligible reasons { code message } } } } }";

/// The languages a case is asked in: Chinese twice (as a browser and bare), then English and
/// no header, which must both answer in English.
const CHINESE: [&str; 2] = ["zh-CN,zh;q=0.9,en;q=0.8", "zh"];
const ENGLISH: [Option<&str>; 2] = [Some("en-US,en;q=0.9"), None];

/// The only error of `response`: its message and its extensions.
fn the_error(response: &Value) -> (String, Value) {
    let extensions = error_extensions(response);
    let message = response["errors"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    (message, extensions)
}

/// Three English words in a row ("is not a"): a sentence left untranslated. Names a clerk
/// types or reads as they are (expectedVersion, D1, OPEN_TENDER) are single words.
fn english_sentence(message: &str) -> Option<String> {
    let mut run: Vec<&str> = Vec::new();
    for word in message.split(' ') {
        let letters = word.trim_matches(|c: char| c.is_ascii_punctuation());
        if letters.len() > 1 && letters.chars().all(|c| c.is_ascii_alphabetic()) {
            run.push(letters);
            if run.len() == 3 {
                return Some(run.join(" "));
            }
        } else {
            run.clear();
        }
    }
    None
}

/// Asks the same request in every language; asserts identical extensions (none of them the
/// internal Chinese text), a Chinese message holding every `zh` fragment and an English one
/// holding every `en` fragment.
async fn same_error_in_both_languages(
    server: &Server,
    token: Option<&str>,
    query: &str,
    variables: Value,
    (zh, en): (&[&str], &[&str]),
    what: &str,
) -> Value {
    let mut seen = Vec::new();
    for language in CHINESE {
        let (message, extensions) = the_error(
            &server
                .gql_in(Some(language), token, query, variables.clone())
                .await,
        );
        for fragment in zh {
            assert!(
                message.contains(fragment),
                "{what} in {language}: {message}"
            );
        }
        assert!(!message.is_ascii(), "{what} in {language}: {message}");
        assert!(
            english_sentence(&message).is_none(),
            "{what} in {language}: an English sentence {:?} in {message}",
            english_sentence(&message)
        );
        seen.push(extensions);
    }
    for language in ENGLISH {
        let (message, extensions) = the_error(
            &server
                .gql_in(language, token, query, variables.clone())
                .await,
        );
        for fragment in en {
            assert!(
                message.contains(fragment),
                "{what} in {language:?}: {message}"
            );
        }
        seen.push(extensions);
    }
    for extensions in &seen {
        assert_eq!(
            extensions, &seen[0],
            "{what}: the same extensions in every language"
        );
        let keys: Vec<&String> = extensions
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        assert!(
            keys.iter()
                .all(|k| ["code", "rule", "field"].contains(&k.as_str())),
            "{what}: only code, rule and field reach the client: {extensions}"
        );
    }
    seen.swap_remove(0)
}

async fn errors_speak_the_language_the_client_asks_for(place: Place) {
    init_bid_key(&place);
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(FUTIAN));

    // A credit code with a wrong check character 18, as a clerk mistypes it.
    let good = credit_code('2', "440304", 71);
    let (body, last) = good.split_at(17);
    let wrong = if last == "0" { '1' } else { '0' };
    let mistyped = format!("{body}{wrong}");
    let application = with(
        futian_application("福田区银杏长者服务中心", 71),
        "creditCode",
        json!(mistyped),
    );
    let extensions = same_error_in_both_languages(
        &server,
        Some(&registrar),
        APPLY,
        json!({ "i": application }),
        (
            &[
                "统一社会信用代码",
                "第18位校验码应为",
                &format!("输入的是 {wrong}"),
            ],
            &["check character 18 should be"],
        ),
        "a mistyped credit code",
    )
    .await;
    assert_eq!(
        (
            &extensions["code"],
            &extensions["rule"],
            &extensions["field"]
        ),
        (
            &json!("VALIDATION"),
            &json!("REG-USCC"),
            &json!("creditCode")
        ),
        "{extensions}"
    );

    // Anonymous: no token at all.
    let extensions = same_error_in_both_languages(
        &server,
        None,
        APPLY,
        json!({ "i": futian_application("福田区银杏长者服务中心", 71) }),
        (&["登记社会组织", "登录令牌"], &["needs a bearer token"]),
        "an anonymous application",
    )
    .await;
    assert_eq!(extensions["code"], "UNAUTHENTICATED", "{extensions}");

    // A bid by an organisation that has applied but is not registered yet (not 正常).
    server.ok(Some(&admin), LOAD, json!({ "j": FUTIAN })).await;
    let applicant = apply(
        &server,
        &registrar,
        futian_application("福田区银杏长者服务中心", 71),
    )
    .await;
    let unit = uuid::Uuid::now_v7().to_string();
    let buyer = token_for(&place, "purchaser", &unit);
    let open_to_all = with(
        terms(21),
        "requirements",
        json!({ "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0 }),
    );
    let drafted = draft(&server, &buyer, open_to_all).await;
    publish(&server, &buyer, &drafted["id"]).await;
    let ngo = token_for(&place, "ngo", &applicant);
    let bid = json!({ "i": { "procurementId": drafted["id"], "priceFen": 38_000_000,
        "technicalProposal": "银杏方案", "documents": [] } });
    let extensions = same_error_in_both_languages(
        &server,
        Some(&ngo),
        BID,
        bid,
        (
            &["福田区银杏长者服务中心不能投标", "不是“正常”"],
            &["福田区银杏长者服务中心 may not bid", "not active (正常)"],
        ),
        "a bid by an organisation not yet registered",
    )
    .await;
    assert_eq!(
        (&extensions["code"], &extensions["rule"]),
        (&json!("RULE_VIOLATION"), &json!("BID-ELIGIBLE")),
        "{extensions}"
    );

    // The board tells the same organisation why, in its language too, with the same codes.
    let reasons =
        |board: Value| board["eligibleProcurements"]["edges"][0]["node"]["reasons"].clone();
    let zh = reasons(
        server
            .gql_in(Some("zh-CN"), Some(&ngo), BOARD, json!({}))
            .await["data"]
            .clone(),
    );
    let en = reasons(server.ok(Some(&ngo), BOARD, json!({})).await);
    assert_eq!(zh[0]["code"], "NOT_ACTIVE", "{zh}");
    assert_eq!(zh[0]["code"], en[0]["code"], "{zh} {en}");
    let (zh, en) = (zh[0]["message"].as_str(), en[0]["message"].as_str());
    assert!(zh.is_some_and(|m| m.contains("不是“正常”")), "{zh:?}");
    assert!(en.is_some_and(|m| m.contains("not active")), "{en:?}");
}

/// One refusal of each family asked in both languages: the Chinese says it in Chinese, code,
/// rule and field unchanged (`(code, rule, field)`; `None`: not there).
async fn family(
    server: &Server,
    token: Option<&str>,
    (query, variables): (&str, Value),
    (code, rule, field): (&str, Option<&str>, Option<&str>),
    texts: (&[&str], &[&str]),
    what: &str,
) {
    let extensions =
        same_error_in_both_languages(server, token, query, variables, texts, what).await;
    assert_eq!(
        (
            extensions["code"].as_str(),
            extensions["rule"].as_str(),
            extensions["field"].as_str()
        ),
        (Some(code), rule, field),
        "{what}: {extensions}"
    );
}

async fn every_family_of_refusal_is_told_in_chinese(place: Place) {
    init_bid_key(&place);
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(FUTIAN));

    // The catalogue: loaded a second time (CAT-ITEM).
    server.ok(Some(&admin), LOAD, json!({ "j": FUTIAN })).await;
    family(
        &server,
        Some(&admin),
        (LOAD, json!({ "j": FUTIAN })),
        ("RULE_VIOLATION", Some("CAT-ITEM"), None),
        (
            &["440304 的指导性目录已于", "不要重复导入"],
            &["was already loaded on"],
        ),
        "a catalogue loaded twice",
    )
    .await;

    // The expert pool: a resident id number with a wrong check digit (EVAL-RECUSAL).
    let good = resident_id(1);
    let (body, last) = good.split_at(17);
    let wrong = if last == "0" { '1' } else { '0' };
    family(
        &server,
        Some(&admin),
        (
            "mutation($i: AddPoolExpertInput!) { addPoolExpert(input: $i) { version } }",
            json!({ "i": { "jurisdiction": FUTIAN, "name": "李明",
                "idNumber": format!("{body}{wrong}") } }),
        ),
        ("VALIDATION", Some("EVAL-RECUSAL"), Some("idNumber")),
        (
            &["居民身份证号码校验码有误", "第18位应为"],
            &["wrong check digit"],
        ),
        "an expert's mistyped id number",
    )
    .await;

    // A contract signed on a procurement that is published, not awarded (CON-SIGN).
    let ngo_id = apply(
        &server,
        &registrar,
        futian_application("福田区木棉社工服务中心", 81),
    )
    .await;
    approve_registration(&server, &registrar, &ngo_id).await;
    let unit = uuid::Uuid::now_v7().to_string();
    let buyer = token_for(&place, "purchaser", &unit);
    let open_to_all = with(
        terms(21),
        "requirements",
        json!({ "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0 }),
    );
    let drafted = draft(&server, &buyer, open_to_all.clone()).await;
    publish(&server, &buyer, &drafted["id"]).await;
    let sign = "mutation($i: SignContractInput!) { signContract(input: $i) { id } }";
    let signing = json!({ "i": { "procurementId": drafted["id"], "supplier": ngo_id,
        "amountFen": 38_000_000, "serviceStart": open_to_all["serviceStart"],
        "serviceEnd": open_to_all["serviceEnd"], "milestones": [] } });
    family(
        &server,
        Some(&buyer),
        (sign, signing.clone()),
        ("RULE_VIOLATION", Some("CON-SIGN"), None),
        (
            &[
                "采购项目“福田区居家养老上门服务项目”的状态为",
                "中标、成交通知书",
            ],
            &["a contract is signed from an award notice"],
        ),
        "a contract signed before the award",
    )
    .await;

    // A role refusal (FORBIDDEN): an NGO signing a contract.
    let ngo = token_for(&place, "ngo", &ngo_id);
    family(
        &server,
        Some(&ngo),
        (sign, signing),
        ("FORBIDDEN", None, None),
        (
            &["由采购人使用采购人令牌办理", "您的令牌角色是“社会组织”"],
            &["your token's role is ngo"],
        ),
        "an NGO signing a contract",
    )
    .await;
    family(
        &server,
        Some(&buyer),
        (
            "query($id: UUID!, $at: DateTime!) { contractAsOf(id: $id, at: $at) { id } }",
            json!({ "id": uuid::Uuid::now_v7(), "at": chrono::Utc::now().to_rfc3339() }),
        ),
        ("FORBIDDEN", None, None),
        (
            &["仅供审计人员和系统管理员查看", "您的令牌角色是“采购人”"],
            &["for auditors and administrators"],
        ),
        "a purchaser reading a contract's past",
    )
    .await;

    // NOT_FOUND on the command path, the record named by its Chinese noun.
    let nowhere = uuid::Uuid::now_v7();
    family(
        &server,
        Some(&buyer),
        (
            "mutation($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { id } }",
            json!({ "i": { "contractId": nowhere, "milestoneId": "D1", "passed": true,
                "recipientsParticipating": 3, "report": "验收合格" } }),
        ),
        ("NOT_FOUND", None, None),
        (
            &[&format!("没有编号为 {nowhere} 的合同")],
            &[&format!("no contract has id {nowhere}")],
        ),
        "accepting a milestone of no contract",
    )
    .await;

    // CONFLICT: a stale page's version (changed by someone else, reload).
    let applicant = apply(
        &server,
        &registrar,
        futian_application("福田区凤凰社工服务中心", 82),
    )
    .await;
    family(
        &server,
        Some(&registrar),
        (
            "mutation($id: UUID!) { approveRegistration(input: {organisationId: $id, expectedVersion: 7}) { version } }",
            json!({ "id": applicant }),
        ),
        ("CONFLICT", None, None),
        (
            &["该社会组织已被他人修改，请刷新后重试"],
            &["reload it and try again"],
        ),
        "approving from a stale page",
    )
    .await;

    // VALIDATION of the GraphQL layer: expectedVersion on a new stream, a page too long.
    let mut application = futian_application("福田区荔枝社工服务中心", 83);
    application["expectedVersion"] = json!(0);
    family(
        &server,
        Some(&registrar),
        (APPLY, json!({ "i": application })),
        ("VALIDATION", None, None),
        (
            &["新登记申请尚无版本号", "expectedVersion"],
            &["leave expectedVersion out"],
        ),
        "expectedVersion on a new application",
    )
    .await;
    family(
        &server,
        None,
        (
            "query { performanceEvaluations(first: 1000) { totalCount } }",
            json!({}),
        ),
        ("VALIDATION", None, None),
        (
            &["每页条数（first）应在0至100之间", "1000"],
            &["first must be between 0 and 100"],
        ),
        "a page of a thousand",
    )
    .await;

    // A clash on a unique key (one live bid per organisation and procurement, BID-SEALED).
    let bid = "mutation($i: SubmitBidInput!) { submitBid(input: $i) { id } }";
    let offer = json!({ "i": { "procurementId": drafted["id"], "priceFen": 38_000_000,
        "technicalProposal": "木棉方案", "documents": [] } });
    server.ok(Some(&ngo), bid, offer.clone()).await;
    family(
        &server,
        Some(&ngo),
        (bid, offer),
        ("RULE_VIOLATION", Some("BID-SEALED"), None),
        (
            &["本组织已对该采购项目提交了有效投标"],
            &["already has a live bid on this procurement"],
        ),
        "a second live bid",
    )
    .await;

    // Time: a tick in the future is a preview, not a write.
    family(
        &server,
        Some(&admin),
        (
            "mutation($at: DateTime!) { tick(at: $at) { preview } }",
            json!({ "at": (chrono::Utc::now() + chrono::Duration::days(3)).to_rfc3339() }),
        ),
        ("VALIDATION", None, None),
        (&["是将来的时间", "请使用预览"], &["is in the future"]),
        "a tick in the future",
    )
    .await;

    // A token pasted half: told before any GraphQL is run.
    family(
        &server,
        Some("not-a-token"),
        ("{ __typename }", json!({})),
        ("UNAUTHENTICATED", None, None),
        (&["登录令牌格式有误"], &["the token is malformed"]),
        "a malformed token",
    )
    .await;

    // The engine's own: an unknown field, a document that does not parse.
    family(
        &server,
        None,
        ("query { nosuchField }", json!({})),
        ("VALIDATION", None, None),
        (&["类型“Query”没有字段“nosuchField”"], &["Unknown field"]),
        "an unknown field",
    )
    .await;
    family(
        &server,
        None,
        ("query { organisations(first: 1 { totalCount } }", json!({})),
        ("VALIDATION", None, None),
        (&["查询语句有语法错误（第1行"], &[]),
        "a document that does not parse",
    )
    .await;
}

/// A bid-sealing key that an operator's copy damaged: the clerk is told in Chinese, the
/// operator's details stay in English and the log.
async fn a_damaged_sealing_key_is_told_in_chinese(place: Place) {
    init_bid_key(&place);
    let key = place.path().join("bid-sealing.key");
    std::fs::write(&key, "damaged").unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let server = place.start();
    let admin = place.token("admin", None);
    let registrar = place.token("registrar", Some(FUTIAN));
    server.ok(Some(&admin), LOAD, json!({ "j": FUTIAN })).await;
    let ngo_id = apply(
        &server,
        &registrar,
        futian_application("福田区榕树社工服务中心", 84),
    )
    .await;
    approve_registration(&server, &registrar, &ngo_id).await;
    let unit = uuid::Uuid::now_v7().to_string();
    let buyer = token_for(&place, "purchaser", &unit);
    let open_to_all = with(
        terms(21),
        "requirements",
        json!({ "kinds": ["SOCIAL_SERVICE_ORG"], "minYearsRegistered": 0 }),
    );
    let drafted = draft(&server, &buyer, open_to_all).await;
    publish(&server, &buyer, &drafted["id"]).await;
    let ngo = token_for(&place, "ngo", &ngo_id);
    let before = server.event_count().await;
    family(
        &server,
        Some(&ngo),
        (
            BID,
            json!({ "i": { "procurementId": drafted["id"], "priceFen": 38_000_000,
                "technicalProposal": "榕树方案", "documents": [] } }),
        ),
        ("RULE_VIOLATION", Some("BID-SEALED"), None),
        (
            &["本服务器无法密封或开启投标文件", "已损坏"],
            &["bids cannot be sealed or opened on this server"],
        ),
        "a bid under a damaged key",
    )
    .await;
    assert_eq!(server.event_count().await, before, "nothing written");
}
