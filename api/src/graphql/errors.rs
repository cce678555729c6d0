use async_graphql::ErrorExtensions;

use super::Lang;
use crate::auth::Role;
use crate::ledger::{LedgerError, Said};

/// Where an error carries its Chinese text until [`localize`] takes it out; never sent.
const MESSAGE_ZH: &str = "__messageZh";

/// A GraphQL error with `extensions.code` (and `rule`, `field` where they apply).
pub fn error(code: &str, message: impl Into<String>) -> async_graphql::Error {
    let code = code.to_owned();
    async_graphql::Error::new(message).extend_with(|_, e| e.set("code", code))
}

/// [`error`] with its Chinese text, shown to clients that ask for Chinese.
pub fn error_zh(
    code: &str,
    message: impl Into<String>,
    zh: impl Into<String>,
) -> async_graphql::Error {
    with_zh(error(code, message), Some(zh.into()))
}

fn with_zh(error: async_graphql::Error, zh: Option<String>) -> async_graphql::Error {
    match zh {
        Some(zh) => error.extend_with(|_, e| e.set(MESSAGE_ZH, zh)),
        None => error,
    }
}

/// `what` names the act asked for ("signing a contract"); its Chinese comes from
/// [`act_zh`], so every caller is answered in Chinese too.
pub fn unauthenticated(what: &str) -> async_graphql::Error {
    with_zh(
        error(
            "UNAUTHENTICATED",
            format!("{what} needs a bearer token: ask your administrator for one"),
        ),
        Some(format!("{}需要登录令牌，请向系统管理员申领", act_zh(what))),
    )
}

/// The acts that need a token, as a clerk says them; an act not listed is "此操作" (this
/// operation), which still tells the clerk what to do.
pub(super) fn act_zh(what: &str) -> &'static str {
    match what {
        "a purchase's timeline" => "查看采购全过程记录",
        "a record as it stood" => "查看记录的历史状态",
        "a record's timeline" => "查看记录的变更过程",
        "verifying a record" => "核验记录",
        "verifying the ledger" => "核验全部记录",
        "acting on a performance evaluation" => "办理绩效评价事项",
        "acting on an evaluation committee" => "办理评标委员会事项",
        "constituting a committee" => "组建评标委员会",
        "keeping an expert pool" => "维护评审专家库",
        "listing a procurement's committees" => "查看采购项目的评标委员会",
        "listing your committees" => "查看本人所在的评标委员会",
        "listing your performance evaluations" => "查看本单位的绩效评价",
        "opening a performance evaluation" => "启动绩效评价",
        "reading an evaluation committee" => "查看评标委员会",
        "reading an expert pool" => "查看评审专家库",
        "reading an expert's record" => "查看专家记录",
        "recording a performance grade" => "登记绩效等级",
        "listing your contracts" => "查看本组织的合同",
        "registering organisations" => "登记社会组织",
        "bidding" | "submitting a bid" => "投标",
        "replacing a bid" => "修改投标文件",
        "listing your bids" => "查看本组织的投标",
        "acting on a contract" => "办理合同事项",
        "acting on a procurement" => "办理采购事项",
        "changing a guidance catalogue" => "修改指导性目录",
        "drafting a procurement" => "起草采购项目",
        "firing due transitions" => "执行到期事项",
        "listing overdue payments" => "查看逾期付款",
        "listing the procurements you may bid for" => "查看可投标的采购项目",
        "listing your own contracts" => "查看本单位的合同",
        "listing your own procurements" => "查看本单位的采购项目",
        "reading a bid before the opening" => "开标前查看投标",
        "reading a catalogue item's history" => "查看目录事项的变更记录",
        "reading a contract's history" => "查看合同的变更记录",
        "reading purchasing statistics" => "查看采购统计",
        "reading the event history" => "查看事件记录",
        "signing a contract" => "签订合同",
        _ => "此操作",
    }
}

/// What a GraphQL error says, its Chinese too, for a check written for resolvers that the
/// command path reuses.
pub fn said_of(e: async_graphql::Error) -> Said {
    let zh = match e.extensions.as_ref().and_then(|x| x.get(MESSAGE_ZH)) {
        Some(async_graphql::Value::String(zh)) => Some(zh.clone()),
        _ => None,
    };
    Said { en: e.message, zh }
}

fn said(code: &str, message: &Said) -> async_graphql::Error {
    with_zh(error(code, &message.en), message.zh.clone())
}

/// A role refusal, the commonest FORBIDDEN: who an act is for (`needs`, "X is for Y"), in
/// English and Chinese, and the role the token has.
pub fn wrong_role(
    needs: impl std::fmt::Display,
    needs_zh: impl std::fmt::Display,
    role: Role,
) -> async_graphql::Error {
    forbidden_zh(
        format!("{needs}; your token's role is {}", role.as_str()),
        format!("{needs_zh}；您的令牌角色是“{}”", role.label_zh()),
    )
}

/// An act reserved to some roles: "X is for A or B", "X仅限A或B办理".
pub fn for_roles(
    (act, act_zh): (&str, &str),
    allowed: &[Role],
    role: Role,
) -> async_graphql::Error {
    let names: Vec<&str> = allowed.iter().map(|r| r.as_str()).collect();
    let names_zh: Vec<&str> = allowed.iter().map(|r| r.label_zh()).collect();
    wrong_role(
        format!("{act} is for {}", names.join(" or ")),
        format!("{act_zh}仅限{}办理", names_zh.join("或")),
        role,
    )
}

/// A page size out of bounds: `first` (每页条数) or another count a list takes (`what_zh`).
pub fn out_of_range(
    (argument, what_zh): (&str, &str),
    (min, max): (usize, usize),
    asked: impl std::fmt::Display,
) -> async_graphql::Error {
    validation_zh(
        format!("{argument} must be between {min} and {max}, not {asked}"),
        format!("{what_zh}（{argument}）应在{min}至{max}之间，不能是{asked}"),
    )
}

/// `first` out of bounds, the commonest [`out_of_range`].
pub fn first_out_of_range(max: usize, asked: i32) -> async_graphql::Error {
    out_of_range(("first", "每页条数"), (0, max), asked)
}

/// A cursor this list did not give out.
pub fn bad_cursor(cursor: impl std::fmt::Debug) -> async_graphql::Error {
    validation_zh(
        format!("{cursor:?} is not a cursor of this list"),
        format!("{cursor:?} 不是本列表的分页游标，请从第一页重新查询"),
    )
}

/// `expectedVersion` on a command that opens a new stream (`noun`: "a new application").
pub fn no_version_yet(noun: &str, noun_zh: &str) -> async_graphql::Error {
    validation_zh(
        format!("{noun} has no version yet: leave expectedVersion out"),
        format!("新{noun_zh}尚无版本号，请不要填写 expectedVersion"),
    )
}

/// FORBIDDEN with what the application layer says: a `String` (English only) or a [`Said`]
/// with its Chinese.
pub fn forbidden(message: impl Into<Said>) -> async_graphql::Error {
    said("FORBIDDEN", &message.into())
}

pub fn forbidden_zh(message: impl Into<String>, zh: impl Into<String>) -> async_graphql::Error {
    error_zh("FORBIDDEN", message, zh)
}

/// VALIDATION, as [`forbidden`] is FORBIDDEN.
pub fn validation(message: impl Into<Said>) -> async_graphql::Error {
    said("VALIDATION", &message.into())
}

pub fn validation_zh(message: impl Into<String>, zh: impl Into<String>) -> async_graphql::Error {
    error_zh("VALIDATION", message, zh)
}

/// The one place an error's language is chosen, after execution: the Chinese text replaces
/// `message` when the client asked for Chinese and has one; the internal key never leaves.
pub fn localize(error: &mut async_graphql::ServerError, lang: Lang) {
    let Some(extensions) = error.extensions.as_mut() else {
        return;
    };
    let zh = match extensions.get(MESSAGE_ZH) {
        Some(async_graphql::Value::String(zh)) => Some(zh.clone()),
        _ => None,
    };
    extensions.unset(MESSAGE_ZH);
    if let (Lang::Zh, Some(zh)) = (lang, zh) {
        error.message = zh;
    }
}

/// Errors raised by the GraphQL engine itself (syntax, unknown fields, a mistyped argument, a
/// query too deep or too complex) are the caller's to fix: they get `VALIDATION`, and the
/// Chinese of the engine's message ([`engine_zh`]).
pub fn ensure_code(error: &mut async_graphql::ServerError) {
    let zh = engine_zh(&error.message);
    let extensions = error.extensions.get_or_insert_with(Default::default);
    if extensions.get("code").is_none() {
        extensions.set("code", "VALIDATION");
        if extensions.get(MESSAGE_ZH).is_none() {
            extensions.set(MESSAGE_ZH, zh);
        }
    }
}

/// A document that does not parse, with where: the parser's own message is for developers.
pub fn syntax_error(e: async_graphql::parser::Error) -> async_graphql::ServerError {
    let mut error = async_graphql::ServerError::from(e);
    let at = match error.locations.first() {
        Some(p) => format!("（第{}行第{}列）", p.line, p.column),
        None => String::new(),
    };
    error.extensions.get_or_insert_with(Default::default).set(
        MESSAGE_ZH,
        format!("查询语句有语法错误{at}，请检查括号、引号和字段名"),
    );
    error
}

/// The engine's validation messages a client meets most, in Chinese with the names they
/// quote; any other is told as not matching the schema, its English kept as the detail.
fn engine_zh(message: &str) -> String {
    // The names the message quotes, in order ("Unknown field \"x\" on type \"Query\".").
    let quoted: Vec<&str> = message.split('"').skip(1).step_by(2).collect();
    let q = |i: usize| quoted.get(i).copied().unwrap_or_default();
    if message.starts_with("Unknown field ") {
        let hint = match quoted.get(2) {
            Some(s) => format!("，是否应为“{s}”？"),
            None => String::new(),
        };
        format!("类型“{}”没有字段“{}”{hint}", q(1), q(0))
    } else if message.starts_with("Unknown argument ") && message.contains(" on field ") {
        format!("类型“{}”的字段“{}”没有参数“{}”", q(2), q(1), q(0))
    } else if message.starts_with("Field ") && message.ends_with("is required but not provided") {
        format!("类型“{}”的字段“{}”缺少必填参数“{}”", q(2), q(0), q(1))
    } else if message.starts_with("Invalid value for argument") {
        match quoted.first() {
            Some(name) => format!("参数“{name}”的值不符合其类型，请检查填写的值"),
            None => "参数的值不符合其类型，请检查填写的值".to_owned(),
        }
    } else if message.starts_with("Unknown type ") {
        format!("接口中没有类型“{}”", q(0))
    } else if message.starts_with("Variable ") {
        format!("变量“{}”有误：未定义、未提供或类型不符", q(0))
    } else if message.starts_with("Failed to parse ") {
        format!("无法按类型“{}”解析填写的值", q(0))
    } else {
        format!("查询不符合接口定义，请检查查询语句（{message}）")
    }
}

/// Converts an application error into a GraphQL error with its extensions. (A bare `?` would
/// go through async-graphql's blanket `From<Display>` and lose them.)
pub trait Gql<T> {
    fn gql(self) -> async_graphql::Result<T>;
}

impl<T, E: Into<LedgerError>> Gql<T> for Result<T, E> {
    fn gql(self) -> async_graphql::Result<T> {
        self.map_err(|e| e.into().extend())
    }
}

impl ErrorExtensions for LedgerError {
    fn extend(&self) -> async_graphql::Error {
        match self {
            LedgerError::Domain(d) => {
                let (code, rule, field) = (d.code(), d.rule(), d.field());
                let error = async_graphql::Error::new(d.message()).extend_with(|_, e| {
                    e.set("code", code);
                    if let Some(rule) = rule {
                        e.set("rule", rule);
                    }
                    if let Some(field) = field {
                        e.set("field", field);
                    }
                });
                with_zh(error, d.message_zh().map(str::to_owned))
            }
            LedgerError::NotFound(m) => said("NOT_FOUND", m),
            LedgerError::Conflict(m) => said("CONFLICT", m),
            LedgerError::Rejected {
                rule: Some(rule),
                message,
            } => {
                let rule = rule.clone();
                let error = async_graphql::Error::new(&message.en).extend_with(|_, e| {
                    e.set("code", "RULE_VIOLATION");
                    e.set("rule", rule);
                });
                with_zh(error, message.zh.clone())
            }
            LedgerError::Rejected {
                rule: None,
                message,
            } => said("CONFLICT", message),
            LedgerError::Forbidden(m) => said("FORBIDDEN", m),
            LedgerError::Validation(m) => said("VALIDATION", m),
            LedgerError::Internal(m) => {
                let reference = uuid::Uuid::now_v7();
                tracing::error!(%reference, error = %m, "internal error");
                error(
                    "INTERNAL",
                    format!("the ledger could not complete this request (reference {reference})"),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::{Pos, Value};

    use super::*;

    fn server_error(e: async_graphql::Error) -> async_graphql::ServerError {
        e.into_server_error(Pos::default())
    }

    #[test]
    fn chinese_replaces_the_message_only_when_asked_and_the_key_never_leaves() {
        let refused = || {
            let d =
                civic_domain::DomainError::violation("BID-ELIGIBLE", "may not bid").zh("不能投标");
            server_error(LedgerError::Domain(d).extend())
        };
        for (lang, message) in [(Lang::Zh, "不能投标"), (Lang::En, "may not bid")] {
            let mut e = refused();
            localize(&mut e, lang);
            assert_eq!(e.message, message);
            let extensions = e.extensions.as_ref().map(|x| {
                (
                    x.get("code").cloned(),
                    x.get("rule").cloned(),
                    x.get(MESSAGE_ZH).is_some(),
                )
            });
            assert_eq!(
                extensions,
                Some((
                    Some(Value::from("RULE_VIOLATION")),
                    Some(Value::from("BID-ELIGIBLE")),
                    false
                ))
            );
        }
        // No translation: English stays, in either language.
        let mut e = server_error(forbidden("no"));
        localize(&mut e, Lang::Zh);
        assert_eq!(e.message, "no");
        let mut e = server_error(unauthenticated("something new"));
        localize(&mut e, Lang::Zh);
        assert_eq!(e.message, "此操作需要登录令牌，请向系统管理员申领");
    }

    #[test]
    fn the_engines_commonest_refusals_are_told_with_the_names_they_quote() {
        for (engine, zh) in [
            (
                r#"Unknown field "titel" on type "ProcurementView". Did you mean "title"?"#,
                "类型“ProcurementView”没有字段“titel”，是否应为“title”？",
            ),
            (
                r#"Unknown argument "frist" on field "procurements" of type "Query"."#,
                "类型“Query”的字段“procurements”没有参数“frist”",
            ),
            (
                r#"Field "procurements" argument "filter" of type "Query" is required but not provided"#,
                "类型“Query”的字段“procurements”缺少必填参数“filter”",
            ),
        ] {
            let mut e = server_error(async_graphql::Error::new(engine));
            ensure_code(&mut e);
            localize(&mut e, Lang::Zh);
            assert_eq!(e.message, zh);
            let code = e.extensions.as_ref().and_then(|x| x.get("code").cloned());
            assert_eq!(code, Some(Value::from("VALIDATION")));
        }
        // An error that has its code already is the application's, and keeps its text.
        let mut e = server_error(forbidden("no"));
        ensure_code(&mut e);
        localize(&mut e, Lang::Zh);
        assert_eq!(e.message, "no");
    }

    #[test]
    fn a_role_refusal_names_the_roles_in_either_language() {
        let refused = || {
            server_error(for_roles(
                ("signing a contract", "签订合同"),
                &[Role::Purchaser, Role::Admin],
                Role::Ngo,
            ))
        };
        let (mut zh, mut en) = (refused(), refused());
        localize(&mut zh, Lang::Zh);
        localize(&mut en, Lang::En);
        assert_eq!(
            zh.message,
            "签订合同仅限采购人或系统管理员办理；您的令牌角色是“社会组织”"
        );
        assert_eq!(
            en.message,
            "signing a contract is for purchaser or admin; your token's role is ngo"
        );
    }
}
