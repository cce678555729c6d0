use async_graphql::ErrorExtensions;

use super::Lang;
use crate::ledger::LedgerError;

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
fn act_zh(what: &str) -> &'static str {
    match what {
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

pub fn forbidden(message: impl Into<String>) -> async_graphql::Error {
    error("FORBIDDEN", message)
}

pub fn forbidden_zh(message: impl Into<String>, zh: impl Into<String>) -> async_graphql::Error {
    error_zh("FORBIDDEN", message, zh)
}

pub fn validation(message: impl Into<String>) -> async_graphql::Error {
    error("VALIDATION", message)
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
/// query too deep or too complex) are the caller's to fix: they get `VALIDATION`.
pub fn ensure_code(error: &mut async_graphql::ServerError) {
    let extensions = error.extensions.get_or_insert_with(Default::default);
    if extensions.get("code").is_none() {
        extensions.set("code", "VALIDATION");
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
            LedgerError::NotFound(m) => error("NOT_FOUND", m),
            LedgerError::Conflict(m) => error("CONFLICT", m),
            LedgerError::Rejected {
                rule: Some(rule),
                message,
            } => {
                let rule = rule.clone();
                async_graphql::Error::new(message).extend_with(|_, e| {
                    e.set("code", "RULE_VIOLATION");
                    e.set("rule", rule);
                })
            }
            LedgerError::Rejected {
                rule: None,
                message,
            } => error("CONFLICT", message),
            LedgerError::Forbidden(m) => error("FORBIDDEN", m),
            LedgerError::Validation(m) => error("VALIDATION", m),
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
}
