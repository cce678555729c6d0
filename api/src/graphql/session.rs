//! `signIn`: a username and password for a bearer token with the same claims as
//! `civic-ledger token issue` would give that user.

use async_graphql::{Context, ErrorExtensions, Object, Result, SimpleObject};
use uuid::Uuid;

use super::errors::error;
use super::scalars::DateTimeScalar;
use crate::auth::TokenKey;
use crate::users::{SignIn, SignInError};

/// What the server gives the schema for signing in.
#[derive(Clone)]
pub struct Accounts {
    pub sign_in: SignIn,
    pub key: TokenKey,
}

/// The address the request came from, for the per-client throttle.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub Option<std::net::IpAddr>);

/// The language the client asked for (`Accept-Language`): Chinese when its first choice is
/// Chinese, English otherwise (as the rest of the API speaks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub fn from_accept_language(header: Option<&str>) -> Lang {
        let best = header.and_then(|h| {
            h.split(',')
                .filter_map(|part| {
                    let mut pieces = part.split(';');
                    let tag = pieces.next()?.trim().to_ascii_lowercase();
                    let q = pieces
                        .find_map(|p| p.trim().strip_prefix("q=")?.parse::<f32>().ok())
                        .unwrap_or(1.0);
                    (!tag.is_empty() && q > 0.0).then_some((tag, q))
                })
                // The first of the highest quality: `max_by` would keep the last.
                .fold(None::<(String, f32)>, |best, (tag, q)| match best {
                    Some((_, bq)) if bq >= q => best,
                    _ => Some((tag, q)),
                })
        });
        match best {
            Some((tag, _)) if tag == "zh" || tag.starts_with("zh-") => Lang::Zh,
            _ => Lang::En,
        }
    }

    /// The text in this language, for answers made outside GraphQL (HTTP refusals before a
    /// request is run), where no error extension carries the Chinese.
    pub fn pick(self, en: impl Into<String>, zh: impl Into<String>) -> String {
        match self {
            Lang::En => en.into(),
            Lang::Zh => zh.into(),
        }
    }
}

#[derive(SimpleObject)]
pub struct SignInPayload {
    /// A bearer token for the `Authorization` header.
    token: String,
    expires_at: DateTimeScalar,
    /// Who the token is for: the username.
    subject: String,
    /// registrar, purchaser, ngo, evaluator, auditor or admin.
    role: String,
    jurisdiction: Option<String>,
    organisation: Option<Uuid>,
}

#[derive(Default)]
pub struct SessionMutation;

#[Object]
impl SessionMutation {
    /// Signs a console user in (users are added with `civic-ledger user add`). A wrong
    /// username or password gets one error, UNAUTHENTICATED, whichever was wrong; repeated
    /// failures for one username or from one client are refused for a while (RATE_LIMITED,
    /// with `extensions.retryAfter` in seconds). The token lives 12 hours.
    async fn sign_in(
        &self,
        ctx: &Context<'_>,
        username: String,
        password: String,
    ) -> Result<SignInPayload> {
        let lang = ctx.data_opt::<Lang>().copied().unwrap_or_default();
        let Some(accounts) = ctx.data_opt::<Accounts>() else {
            return Err(error(
                "UNAVAILABLE",
                "this server does not sign users in; use a token from `civic-ledger token issue`",
            ));
        };
        let client = ctx.data_opt::<ClientAddr>().and_then(|c| c.0);
        let now = chrono::Utc::now();
        match accounts
            .sign_in
            .sign_in(&username, &password, client, now)
            .await
        {
            Ok(claims) => Ok(SignInPayload {
                token: accounts.key.issue(&claims),
                expires_at: DateTimeScalar(
                    chrono::DateTime::from_timestamp(claims.exp, 0).unwrap_or(now),
                ),
                subject: claims.sub,
                role: claims.role.as_str().to_owned(),
                jurisdiction: claims.jurisdiction,
                organisation: claims.organisation,
            }),
            Err(SignInError::Wrong) => Err(error(
                "UNAUTHENTICATED",
                match lang {
                    Lang::Zh => "用户名或密码不正确".to_owned(),
                    Lang::En => SignInError::Wrong.to_string(),
                },
            )),
            Err(SignInError::Throttled(wait)) => {
                let seconds = wait.as_secs().max(1);
                let message = match lang {
                    Lang::Zh => format!("登录失败次数过多，请 {seconds} 秒后再试"),
                    Lang::En => SignInError::Throttled(wait).to_string(),
                };
                Err(async_graphql::Error::new(message).extend_with(move |_, e| {
                    e.set("code", "RATE_LIMITED");
                    e.set("retryAfter", seconds);
                }))
            }
            Err(SignInError::Unavailable(m)) => {
                let reference = Uuid::now_v7();
                tracing::error!(%reference, error = %m, "sign-in failed");
                Err(error(
                    "INTERNAL",
                    format!("the ledger could not sign you in (reference {reference})"),
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn the_first_preferred_language_decides() {
        for (header, lang) in [
            (None, Lang::En),
            (Some("zh-CN,zh;q=0.9,en;q=0.8"), Lang::Zh),
            (Some("en-US,en;q=0.9,zh-CN;q=0.8"), Lang::En),
            (Some("en;q=0.5, zh-Hans"), Lang::Zh),
            (Some("zh;q=0, en"), Lang::En),
            (Some("ZH"), Lang::Zh),
            (Some("garbage;;;"), Lang::En),
        ] {
            assert_eq!(Lang::from_accept_language(header), lang, "{header:?}");
        }
    }
}
