//! Console users: a username and an Argon2id password hash per person, with the claims a
//! sign-in gives them, kept in `users.json` in the data directory (mode 0600: the hashes are
//! secrets too). `civic-ledger user add` writes it; `signIn` reads it on every attempt, so a
//! user added while the server runs can sign in at once.
//!
//! Failed attempts are throttled per username and per client address ([`Throttle`]), so that
//! neither one account nor one machine can guess passwords at the speed Argon2 allows.

use std::collections::HashMap;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::auth::{Claims, Role, TokenError, new_claims};

pub const USERS_FILE: &str = "users.json";

/// How long a token from `signIn` lives: a working day, like `token issue`'s default.
pub const SIGN_IN_TTL: Duration = Duration::from_secs(12 * 3600);

/// Passwords shorter than this are refused by `user add`.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longer ones are refused too: Argon2 hashes any length, but a megabyte "password" is an
/// attack on the server's time, not a credential.
pub const MAX_PASSWORD_BYTES: usize = 1024;
const MAX_USERNAME_CHARS: usize = 64;

/// One console user.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct User {
    pub username: String,
    /// PHC string (`$argon2id$v=19$...`).
    pub password_hash: String,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Uuid>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct UsersFile {
    users: Vec<User>,
}

#[derive(Debug, thiserror::Error)]
pub enum UsersError {
    #[error("cannot read or write the users file {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the users file {path} is damaged: {message}")]
    Damaged { path: PathBuf, message: String },
    #[error("{0}")]
    Invalid(String),
    #[error("a user named {0:?} already exists")]
    Exists(String),
    #[error("cannot hash the password: {0}")]
    Hash(String),
    #[error(transparent)]
    Claims(#[from] TokenError),
}

/// The users file of a data directory.
#[derive(Debug, Clone)]
pub struct Users {
    path: PathBuf,
}

impl Users {
    pub fn in_data_dir(data_dir: &Path) -> Self {
        Users {
            path: data_dir.join(USERS_FILE),
        }
    }

    fn io(&self) -> impl Fn(std::io::Error) -> UsersError + '_ {
        |source| UsersError::Io {
            path: self.path.clone(),
            source,
        }
    }

    fn load(&self) -> Result<UsersFile, UsersError> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| UsersError::Damaged {
                path: self.path.clone(),
                message: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(UsersFile::default()),
            Err(e) => Err(self.io()(e)),
        }
    }

    /// The user of that name, if any.
    pub fn find(&self, username: &str) -> Result<Option<User>, UsersError> {
        Ok(self
            .load()?
            .users
            .into_iter()
            .find(|u| u.username == username))
    }

    /// Adds a user. The scope is checked as `token issue` checks it, so that every user can
    /// sign in; the file is replaced atomically (a temporary file, then a rename), private.
    pub fn add(
        &self,
        username: &str,
        password: &str,
        role: Role,
        jurisdiction: Option<String>,
        organisation: Option<Uuid>,
    ) -> Result<(), UsersError> {
        let username = check_username(username)?;
        check_password(password)?;
        new_claims(
            role,
            &username,
            jurisdiction.clone(),
            organisation,
            SIGN_IN_TTL,
            chrono::Utc::now(),
        )?;
        let mut file = self.load()?;
        if file.users.iter().any(|u| u.username == username) {
            return Err(UsersError::Exists(username));
        }
        file.users.push(User {
            username,
            password_hash: hash_password(password)?,
            role,
            jurisdiction,
            organisation,
        });
        let json = serde_json::to_vec_pretty(&file).map_err(|e| UsersError::Damaged {
            path: self.path.clone(),
            message: e.to_string(),
        })?;
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(self.io())?;
        }
        let tmp = self
            .path
            .with_extension(format!("json.{}.tmp", Uuid::now_v7()));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let written = options.open(&tmp).and_then(|mut f| {
            f.write_all(&json)?;
            f.sync_all()
        });
        if let Err(e) = written.and_then(|()| std::fs::rename(&tmp, &self.path)) {
            let _ = std::fs::remove_file(&tmp);
            return Err(self.io()(e));
        }
        Ok(())
    }
}

fn check_username(username: &str) -> Result<String, UsersError> {
    let username = username.trim();
    if username.is_empty() {
        return Err(UsersError::Invalid("a user needs a username".into()));
    }
    if username.chars().count() > MAX_USERNAME_CHARS {
        return Err(UsersError::Invalid(format!(
            "a username has at most {MAX_USERNAME_CHARS} characters"
        )));
    }
    if username
        .chars()
        .any(|c| c.is_control() || c.is_whitespace())
    {
        return Err(UsersError::Invalid(
            "a username has no spaces or control characters".into(),
        ));
    }
    Ok(username.to_owned())
}

fn check_password(password: &str) -> Result<(), UsersError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(UsersError::Invalid(format!(
            "the password must have at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(UsersError::Invalid(format!(
            "the password must have at most {MAX_PASSWORD_BYTES} bytes"
        )));
    }
    Ok(())
}

fn hash_password(password: &str) -> Result<String, UsersError> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| UsersError::Hash(e.to_string()))
}

/// Whether `password` matches the PHC string `hash`; a damaged hash matches nothing.
fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// Hashed once per process: what an unknown username is checked against, so that it takes as
/// long to refuse as a wrong password (the time would otherwise tell which names exist).
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password, matches nothing").unwrap_or_default())
}

/// Why a sign-in was refused. Deliberately not which of username or password was wrong.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SignInError {
    #[error("the username or password is wrong")]
    Wrong,
    #[error("too many failed sign-ins; try again in {} s", .0.as_secs().max(1))]
    Throttled(Duration),
    #[error("{0}")]
    Unavailable(String),
}

/// Signs users in: checks the password and the throttle, and gives the claims of a token.
#[derive(Clone)]
pub struct SignIn {
    users: Users,
    throttle: Arc<Throttle>,
    /// Argon2 checks running at once: each holds 19 MiB and a core for tens of milliseconds,
    /// so a flood of sign-ins waits here (bounded by the request timeout) instead of taking
    /// every blocking thread and gigabytes of memory.
    hashing: Arc<tokio::sync::Semaphore>,
}

/// See [`SignIn::hashing`].
const CONCURRENT_HASHES: usize = 4;

impl SignIn {
    pub fn new(data_dir: &Path) -> Self {
        SignIn {
            users: Users::in_data_dir(data_dir),
            throttle: Arc::new(Throttle::new(ThrottleLimits::DEFAULT)),
            hashing: Arc::new(tokio::sync::Semaphore::new(CONCURRENT_HASHES)),
        }
    }

    /// The claims for a new token, or why not. Argon2 runs on a blocking thread: it takes
    /// tens of milliseconds of CPU that the async workers must not spend.
    pub async fn sign_in(
        &self,
        username: &str,
        password: &str,
        client: Option<IpAddr>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Claims, SignInError> {
        let username = username.trim().to_owned();
        let keys = [
            ThrottleKey::Username(username.clone()),
            ThrottleKey::Client(client),
        ];
        if let Some(wait) = self.throttle.blocked(&keys, Instant::now()) {
            return Err(SignInError::Throttled(wait));
        }
        let user = if username.len() > MAX_USERNAME_CHARS * 4 || password.len() > MAX_PASSWORD_BYTES
        {
            None
        } else {
            self.users
                .find(&username)
                .map_err(|e| SignInError::Unavailable(e.to_string()))?
        };
        let password = password.to_owned();
        let hash = user
            .as_ref()
            .map_or_else(|| decoy_hash().to_owned(), |u| u.password_hash.clone());
        let permit = self
            .hashing
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| SignInError::Unavailable(e.to_string()))?;
        let matches = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            verify_password(&password, &hash)
        })
        .await
        .map_err(|e| SignInError::Unavailable(e.to_string()))?;
        match user {
            Some(user) if matches => {
                self.throttle.succeeded(&keys[0]);
                new_claims(
                    user.role,
                    &user.username,
                    user.jurisdiction,
                    user.organisation,
                    SIGN_IN_TTL,
                    now,
                )
                .map_err(|e| SignInError::Unavailable(e.to_string()))
            }
            _ => {
                self.throttle.failed(&keys, Instant::now());
                Err(SignInError::Wrong)
            }
        }
    }
}

/// What is counted: failures for one username, and failures from one client address (`None`
/// where the transport gives none, which then share one count).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ThrottleKey {
    Username(String),
    Client(Option<IpAddr>),
}

#[derive(Debug, Clone, Copy)]
struct ThrottleLimits {
    /// Failures of one username within [`ThrottleLimits::window`] after which it is refused
    /// until the window ends.
    per_username: u32,
    /// The same for one client: higher, since a shared office address serves many clerks.
    per_client: u32,
    window: Duration,
    /// Entries kept at most; past it the oldest are forgotten, so an attacker spraying
    /// usernames costs bounded memory (forgetting only ever lets a count start again).
    capacity: usize,
}

impl ThrottleLimits {
    const DEFAULT: ThrottleLimits = ThrottleLimits {
        per_username: 5,
        per_client: 20,
        window: Duration::from_secs(15 * 60),
        capacity: 10_000,
    };
}

struct Entry {
    failures: u32,
    since: Instant,
}

struct Throttle {
    limits: ThrottleLimits,
    entries: Mutex<HashMap<ThrottleKey, Entry>>,
}

impl Throttle {
    fn new(limits: ThrottleLimits) -> Self {
        Throttle {
            limits,
            entries: Mutex::new(HashMap::new()),
        }
    }

    fn limit(&self, key: &ThrottleKey) -> u32 {
        match key {
            ThrottleKey::Username(_) => self.limits.per_username,
            ThrottleKey::Client(_) => self.limits.per_client,
        }
    }

    /// How long until the first of `keys` that is over its limit may try again.
    fn blocked(&self, keys: &[ThrottleKey], now: Instant) -> Option<Duration> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        keys.iter()
            .filter_map(|k| {
                let e = entries.get(k)?;
                let ends = e.since + self.limits.window;
                (e.failures >= self.limit(k) && ends > now).then(|| ends - now)
            })
            .max()
    }

    fn failed(&self, keys: &[ThrottleKey], now: Instant) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        for key in keys {
            if !entries.contains_key(key) && entries.len() >= self.limits.capacity {
                let window = self.limits.window;
                entries.retain(|_, e| e.since + window > now);
                if entries.len() >= self.limits.capacity
                    && let Some(oldest) = entries
                        .iter()
                        .min_by_key(|(_, e)| e.since)
                        .map(|(k, _)| k.clone())
                {
                    entries.remove(&oldest);
                }
            }
            let entry = entries.entry(key.clone()).or_insert(Entry {
                failures: 0,
                since: now,
            });
            if entry.since + self.limits.window <= now {
                *entry = Entry {
                    failures: 0,
                    since: now,
                };
            }
            entry.failures += 1;
        }
    }

    /// A right password clears its username's count (not its client's: one machine guessing
    /// many accounts is still counted).
    fn succeeded(&self, key: &ThrottleKey) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.remove(key);
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.lock().map(|e| e.len()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_is_stored_hashed_in_a_private_file_and_names_are_unique() {
        let dir = tempfile::tempdir().unwrap();
        let users = Users::in_data_dir(dir.path());
        users
            .add(
                "wang.fang",
                "correct horse battery",
                Role::Registrar,
                Some("440305".into()),
                None,
            )
            .unwrap();
        let text = std::fs::read_to_string(dir.path().join(USERS_FILE)).unwrap();
        assert!(!text.contains("correct horse"), "{text}");
        assert!(text.contains("$argon2id$"), "{text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(USERS_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let e = users
            .add("wang.fang", "another password", Role::Auditor, None, None)
            .unwrap_err();
        assert!(matches!(e, UsersError::Exists(_)), "{e}");
        let e = users
            .add("li", "short", Role::Auditor, None, None)
            .unwrap_err();
        assert!(e.to_string().contains("at least 10"), "{e}");
        let e = users
            .add("li", "long enough password", Role::Registrar, None, None)
            .unwrap_err();
        assert!(e.to_string().contains("--jurisdiction"), "{e}");
        let user = users.find("wang.fang").unwrap().unwrap();
        assert!(verify_password(
            "correct horse battery",
            &user.password_hash
        ));
        assert!(!verify_password(
            "correct horse batterY",
            &user.password_hash
        ));
    }

    #[test]
    fn the_throttle_refuses_after_its_limit_until_the_window_ends() {
        let throttle = Throttle::new(ThrottleLimits {
            per_username: 2,
            per_client: 3,
            window: Duration::from_secs(60),
            capacity: 100,
        });
        let t0 = Instant::now();
        let client = ThrottleKey::Client(None);
        let a = [ThrottleKey::Username("a".into()), client.clone()];
        let b = [ThrottleKey::Username("b".into()), client.clone()];
        throttle.failed(&a, t0);
        assert_eq!(throttle.blocked(&a, t0), None);
        throttle.failed(&a, t0);
        assert!(throttle.blocked(&a, t0).is_some(), "username limit");
        assert_eq!(
            throttle.blocked(&b, t0),
            None,
            "another name is not blocked"
        );
        throttle.failed(&b, t0);
        assert!(throttle.blocked(&b, t0).is_some(), "client limit reached");
        let later = t0 + Duration::from_secs(61);
        assert_eq!(throttle.blocked(&a, later), None, "the window ended");
        throttle.succeeded(&a[0]);
        assert!(
            throttle.blocked(&a, t0).is_some(),
            "the client still counts"
        );
    }

    #[test]
    fn the_throttle_holds_at_most_its_capacity() {
        let throttle = Throttle::new(ThrottleLimits {
            per_username: 5,
            per_client: 5,
            window: Duration::from_secs(60),
            capacity: 50,
        });
        let now = Instant::now();
        for i in 0..500 {
            throttle.failed(&[ThrottleKey::Username(format!("user{i}"))], now);
        }
        assert!(throttle.len() <= 50, "{}", throttle.len());
    }
}
