//! Bearer tokens: HS256-signed JSON Web Tokens, with a key kept in the data directory.
//!
//! Using the JWT format means any standard library can decode a token for inspection; signing
//! stays HMAC-SHA-256 with a 256-bit key that never leaves the deployment.

use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use uuid::Uuid;

const KEY_FILE: &str = "token.key";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Civil-affairs staff of one jurisdiction.
    Registrar,
    /// A purchasing department.
    Purchaser,
    /// Acts for one social organisation.
    Ngo,
    Evaluator,
    /// Reads everything, writes nothing.
    Auditor,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Registrar => "registrar",
            Role::Purchaser => "purchaser",
            Role::Ngo => "ngo",
            Role::Evaluator => "evaluator",
            Role::Auditor => "auditor",
            Role::Admin => "admin",
        }
    }

    /// How a Chinese message names the role.
    pub fn label_zh(self) -> &'static str {
        match self {
            Role::Registrar => "登记管理机关工作人员",
            Role::Purchaser => "采购人",
            Role::Ngo => "社会组织",
            Role::Evaluator => "评审专家",
            Role::Auditor => "审计人员",
            Role::Admin => "系统管理员",
        }
    }
}

impl std::str::FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "registrar" => Ok(Role::Registrar),
            "purchaser" => Ok(Role::Purchaser),
            "ngo" => Ok(Role::Ngo),
            "evaluator" => Ok(Role::Evaluator),
            "auditor" => Ok(Role::Auditor),
            "admin" => Ok(Role::Admin),
            other => Err(format!(
                "unknown role {other:?}: one of registrar, purchaser, ngo, evaluator, auditor, admin"
            )),
        }
    }
}

/// What a token says about its bearer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Uuid>,
    pub iat: i64,
    pub exp: i64,
    pub jti: Uuid,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TokenError {
    #[error("the token is malformed")]
    Malformed,
    #[error("the token's signature does not match: it was altered or issued by another ledger")]
    BadSignature,
    #[error("the token expired at {} (China time)", crate::graphql::scalars::shanghai(.0))]
    Expired(DateTime<Utc>),
    #[error("{0}")]
    Invalid(String),
}

impl TokenError {
    /// What a clerk whose token is refused is told in Chinese.
    pub fn zh(&self) -> String {
        match self {
            TokenError::Malformed => "登录令牌格式有误，请重新粘贴完整的令牌".to_owned(),
            TokenError::BadSignature => {
                "登录令牌签名不符：令牌已被改动，或不是本系统签发的".to_owned()
            }
            TokenError::Expired(at) => format!(
                "登录令牌已于{}（北京时间）过期，请重新登录或向系统管理员申领新令牌",
                crate::graphql::scalars::shanghai(at)
            ),
            TokenError::Invalid(_) => "登录令牌无效，请向系统管理员申领新令牌".to_owned(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read or create the token key {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the token key {0} is damaged (expected 64 hex characters)")]
    Damaged(PathBuf),
}

/// Signs and checks tokens.
#[derive(Clone)]
pub struct TokenKey {
    key: [u8; 32],
}

impl TokenKey {
    /// Loads the deployment's key, creating it (mode 0600) on first use.
    pub fn load_or_create(data_dir: &Path) -> Result<Self, KeyError> {
        let path = data_dir.join(KEY_FILE);
        let io = |source| KeyError::Io {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(data_dir).map_err(io)?;
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let mut key = [0u8; 32];
                hex::decode_to_slice(text.trim(), &mut key)
                    .map_err(|_| KeyError::Damaged(path.clone()))?;
                Ok(TokenKey { key })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let key: [u8; 32] = rand::random();
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                match options.open(&path) {
                    Ok(mut file) => {
                        file.write_all(hex::encode(key).as_bytes()).map_err(io)?;
                        file.sync_all().map_err(io)?;
                        Ok(TokenKey { key })
                    }
                    // Another process created it first: use theirs.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        Self::load_or_create(data_dir)
                    }
                    Err(e) => Err(io(e)),
                }
            }
            Err(e) => Err(io(e)),
        }
    }

    fn mac(&self) -> Hmac<Sha256> {
        // HMAC accepts keys of any length; 32 bytes cannot fail.
        Hmac::<Sha256>::new_from_slice(&self.key).unwrap_or_else(|_| unreachable!())
    }

    pub fn issue(&self, claims: &Claims) -> String {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims).unwrap_or_default());
        let signing_input = format!("{header}.{payload}");
        let mut mac = self.mac();
        mac.update(signing_input.as_bytes());
        let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        format!("{signing_input}.{signature}")
    }

    pub fn verify(&self, token: &str, now: DateTime<Utc>) -> Result<Claims, TokenError> {
        let mut parts = token.split('.');
        let (Some(header_text), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(TokenError::Malformed);
        };
        let signing_input = &token[..header_text.len() + 1 + payload.len()];
        let header: serde_json::Value = URL_SAFE_NO_PAD
            .decode(header_text)
            .ok()
            .and_then(|h| serde_json::from_slice(&h).ok())
            .ok_or(TokenError::Malformed)?;
        if header.get("alg").and_then(|a| a.as_str()) != Some("HS256") {
            return Err(TokenError::Malformed);
        }
        let signature = URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|_| TokenError::Malformed)?;
        let mut mac = self.mac();
        mac.update(signing_input.as_bytes());
        mac.verify_slice(&signature)
            .map_err(|_| TokenError::BadSignature)?;
        let claims: Claims = URL_SAFE_NO_PAD
            .decode(payload)
            .ok()
            .and_then(|p| serde_json::from_slice(&p).ok())
            .ok_or(TokenError::Malformed)?;
        if now.timestamp() >= claims.exp {
            return Err(TokenError::Expired(
                DateTime::from_timestamp(claims.exp, 0).unwrap_or_default(),
            ));
        }
        Ok(claims)
    }
}

/// Builds the claims of a new token, checking that the role has the scope it needs.
pub fn new_claims(
    role: Role,
    subject: &str,
    jurisdiction: Option<String>,
    organisation: Option<Uuid>,
    ttl: std::time::Duration,
    now: DateTime<Utc>,
) -> Result<Claims, TokenError> {
    if subject.trim().is_empty() {
        return Err(TokenError::Invalid("a token needs a subject".into()));
    }
    // The subject is recorded as the actor of every event the token writes: an auditor must
    // read it as it was meant.
    civic_domain::values::check_no_control_chars(
        "subject",
        "the subject (--subject)",
        subject,
        civic_domain::values::TextShape::Line,
    )
    .map_err(|e| TokenError::Invalid(e.to_string()))?;
    if let Some(j) = &jurisdiction {
        civic_domain::Jurisdiction::parse(j).map_err(|e| TokenError::Invalid(e.to_string()))?;
    }
    let uses_jurisdiction = matches!(role, Role::Registrar | Role::Purchaser);
    match role {
        _ if uses_jurisdiction && jurisdiction.is_none() => {
            return Err(TokenError::Invalid(format!(
                "{} tokens need --jurisdiction (the 6-digit division code they act in)",
                role.as_str()
            )));
        }
        Role::Ngo if organisation.is_none() => {
            return Err(TokenError::Invalid(
                "an ngo token needs --organisation (the organisation it acts for)".into(),
            ));
        }
        // A scope the role ignores would be silently dropped: the bearer would act everywhere
        // while whoever issued the token believes otherwise.
        _ if !uses_jurisdiction && jurisdiction.is_some() => {
            return Err(TokenError::Invalid(format!(
                "{} tokens do not act in one jurisdiction: --jurisdiction is only for \
                 registrar and purchaser tokens",
                role.as_str()
            )));
        }
        // A purchaser's organisation is its purchasing unit (采购人): its procurements are
        // that unit's acts. An evaluator's is its expert id in the expert pool (评审专家库):
        // its seat on every committee it is drawn for.
        _ if !matches!(role, Role::Ngo | Role::Purchaser | Role::Evaluator)
            && organisation.is_some() =>
        {
            return Err(TokenError::Invalid(format!(
                "{} tokens do not act for one organisation: --organisation is only for ngo \
                 tokens (the organisation), purchaser tokens (the purchasing unit) and \
                 evaluator tokens (the expert id)",
                role.as_str()
            )));
        }
        _ => {}
    }
    if ttl < MIN_TTL {
        return Err(TokenError::Invalid(format!(
            "the time to live (--ttl) must be at least {}: a shorter token expires before it \
             can be used",
            humantime::format_duration(MIN_TTL)
        )));
    }
    if ttl > MAX_TTL {
        return Err(TokenError::Invalid(format!(
            "the time to live (--ttl) is at most {} days (a leaked token works until it \
             expires); issue a new token when this one runs out",
            MAX_TTL.as_secs() / 86_400
        )));
    }
    // Expiry is in whole seconds, rounded up so that the token lives at least `ttl`.
    let expires = chrono::Duration::from_std(ttl)
        .ok()
        .and_then(|ttl| now.checked_add_signed(ttl))
        .ok_or_else(|| TokenError::Invalid("the time to live is too long".into()))?;
    let exp = expires.timestamp() + i64::from(expires.timestamp_subsec_nanos() > 0);
    Ok(Claims {
        sub: subject.trim().to_owned(),
        role,
        jurisdiction,
        organisation,
        iat: now.timestamp(),
        exp,
        jti: Uuid::now_v7(),
    })
}

/// The shortest time to live a token may be issued with.
pub const MIN_TTL: std::time::Duration = std::time::Duration::from_secs(1);
/// The longest: a year.
pub const MAX_TTL: std::time::Duration = std::time::Duration::from_secs(365 * 86_400);

/// A `--ttl` value: a humantime duration such as `8h` or `30d`.
pub fn parse_ttl(text: &str) -> Result<std::time::Duration, String> {
    let text = text.trim();
    if text.starts_with('-') {
        return Err(format!(
            "{text:?} is negative: a time to live is a duration such as 8h or 30d"
        ));
    }
    humantime::parse_duration(text)
        .map_err(|e| format!("{text:?} is not a duration such as 8h or 30d ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(now: DateTime<Utc>) -> Claims {
        new_claims(
            Role::Registrar,
            "clerk-1",
            Some("440304".into()),
            None,
            std::time::Duration::from_secs(3600),
            now,
        )
        .unwrap()
    }

    #[test]
    fn issued_tokens_verify_and_altered_ones_do_not() {
        let dir = tempfile::tempdir().unwrap();
        let key = TokenKey::load_or_create(dir.path()).unwrap();
        let now = Utc::now();
        let token = key.issue(&claims(now));
        assert_eq!(key.verify(&token, now).unwrap(), claims_of(&token));
        let mut altered = token.clone().into_bytes();
        let i = token.find('.').unwrap() + 5;
        altered[i] = if altered[i] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(altered).unwrap();
        assert!(key.verify(&altered, now).is_err());
        let later = now + chrono::Duration::hours(2);
        assert!(matches!(
            key.verify(&token, later),
            Err(TokenError::Expired(_))
        ));
        let other = TokenKey::load_or_create(tempfile::tempdir().unwrap().path()).unwrap();
        assert_eq!(other.verify(&token, now), Err(TokenError::BadSignature));
        assert_eq!(key.verify("abc", now), Err(TokenError::Malformed));
    }

    fn claims_of(token: &str) -> Claims {
        let payload = token.split('.').nth(1).unwrap();
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
    }

    #[test]
    fn the_key_file_is_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let a = TokenKey::load_or_create(dir.path()).unwrap();
        let b = TokenKey::load_or_create(dir.path()).unwrap();
        assert_eq!(a.key, b.key);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn roles_need_their_scope() {
        let now = Utc::now();
        let ttl = std::time::Duration::from_secs(60);
        assert!(new_claims(Role::Registrar, "x", None, None, ttl, now).is_err());
        assert!(new_claims(Role::Ngo, "x", None, None, ttl, now).is_err());
        assert!(new_claims(Role::Registrar, "x", Some("12345".into()), None, ttl, now).is_err());
        assert!(new_claims(Role::Auditor, "x", None, None, ttl, now).is_ok());
    }

    #[test]
    fn a_scope_the_role_does_not_use_is_refused() {
        let now = Utc::now();
        let ttl = std::time::Duration::from_secs(60);
        let org = Some(Uuid::now_v7());
        for role in [Role::Ngo, Role::Evaluator, Role::Auditor, Role::Admin] {
            let e = new_claims(role, "x", Some("440304".into()), org, ttl, now).unwrap_err();
            assert!(e.to_string().contains("--jurisdiction is only for"), "{e}");
        }
        let e = new_claims(Role::Registrar, "x", Some("440304".into()), org, ttl, now).unwrap_err();
        assert!(
            e.to_string().contains("--organisation is only for ngo"),
            "{e}"
        );
        assert!(new_claims(Role::Purchaser, "x", Some("440304".into()), org, ttl, now).is_ok());
        for role in [Role::Auditor, Role::Admin] {
            assert!(new_claims(role, "x", None, org, ttl, now).is_err());
        }
        assert!(new_claims(Role::Ngo, "x", None, org, ttl, now).is_ok());
        // An evaluator's organisation is its expert id in the expert pool.
        assert!(new_claims(Role::Evaluator, "x", None, org, ttl, now).is_ok());
    }

    #[test]
    fn a_token_lives_at_least_its_ttl_and_at_most_a_year() {
        let now = DateTime::parse_from_rfc3339("2026-12-01T10:00:00.900+08:00")
            .unwrap()
            .with_timezone(&Utc);
        let second = std::time::Duration::from_secs(1);
        let c = new_claims(Role::Auditor, "x", None, None, second, now).unwrap();
        assert_eq!(c.exp, now.timestamp() + 2, "rounded up to a whole second");
        for ttl in [
            std::time::Duration::ZERO,
            std::time::Duration::from_millis(500),
        ] {
            let e = new_claims(Role::Auditor, "x", None, None, ttl, now).unwrap_err();
            assert!(e.to_string().contains("at least 1s"), "{e}");
        }
        assert!(new_claims(Role::Auditor, "x", None, None, MAX_TTL, now).is_ok());
        let e = new_claims(Role::Auditor, "x", None, None, MAX_TTL + second, now).unwrap_err();
        assert!(e.to_string().contains("at most 365 days"), "{e}");
        assert!(parse_ttl("-5s").unwrap_err().contains("negative"));
        assert!(parse_ttl("soon").unwrap_err().contains("not a duration"));
        assert_eq!(
            parse_ttl("8h"),
            Ok(std::time::Duration::from_secs(8 * 3600))
        );
    }

    /// Found by the `token_claims` fuzz target: a subject with a control character was
    /// recorded as an event's actor, and an expiry past chrono's range panicked.
    #[test]
    fn a_subject_with_control_characters_and_an_expiry_out_of_range_are_refused() {
        let ttl = std::time::Duration::from_secs(60);
        let e = new_claims(Role::Auditor, "li\u{2}", None, None, ttl, Utc::now()).unwrap_err();
        assert!(e.to_string().contains("control character"), "{e}");
        let e = new_claims(
            Role::Auditor,
            "li",
            None,
            None,
            ttl,
            DateTime::<Utc>::MAX_UTC,
        )
        .unwrap_err();
        assert!(e.to_string().contains("too long"), "{e}");
    }
}
