//! Error messages in the client's language (`Accept-Language`): the same bad request told in
//! Chinese to a client that asks for Chinese and in English otherwise, with the same `code`,
//! `rule` and `field`, so a client that branches on them never notices the language.

use serde_json::{Value, json};

use crate::procurement::{LOAD, draft, publish, terms, with};
use crate::procurement_support::*;
use crate::support::*;

on_both_backends!(errors_speak_the_language_the_client_asks_for);

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
