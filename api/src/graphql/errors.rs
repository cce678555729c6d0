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

/// `what` and `what_zh` name the thing asked for ("recording an application", "登记申请").
pub fn unauthenticated(what: &str) -> async_graphql::Error {
    error(
        "UNAUTHENTICATED",
        format!("{what} needs a bearer token: ask your administrator for one"),
    )
}

pub fn unauthenticated_zh(what: &str, what_zh: &str) -> async_graphql::Error {
    with_zh(
        unauthenticated(what),
        Some(format!("{what_zh}需要登录令牌，请向系统管理员申领")),
    )
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
