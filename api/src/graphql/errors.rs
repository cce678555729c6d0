use async_graphql::ErrorExtensions;

use crate::ledger::LedgerError;

/// A GraphQL error with `extensions.code` (and `rule`, `field` where they apply).
pub fn error(code: &str, message: impl Into<String>) -> async_graphql::Error {
    let code = code.to_owned();
    async_graphql::Error::new(message).extend_with(|_, e| e.set("code", code))
}

pub fn unauthenticated(what: &str) -> async_graphql::Error {
    error(
        "UNAUTHENTICATED",
        format!("{what} needs a bearer token: ask your administrator for one"),
    )
}

pub fn forbidden(message: impl Into<String>) -> async_graphql::Error {
    error("FORBIDDEN", message)
}

pub fn validation(message: impl Into<String>) -> async_graphql::Error {
    error("VALIDATION", message)
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
                async_graphql::Error::new(d.message()).extend_with(|_, e| {
                    e.set("code", code);
                    if let Some(rule) = rule {
                        e.set("rule", rule);
                    }
                    if let Some(field) = field {
                        e.set("field", field);
                    }
                })
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
