use crate::types::ExpectedVersion;

/// What can go wrong at the store's edge. Every variant leaves the store unchanged.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("stream {stream} was expected to be {expected} but is {}", describe_actual(*.actual))]
    WrongExpectedVersion {
        stream: String,
        expected: ExpectedVersion,
        actual: Option<u64>,
    },
    #[error("event id {id} is already recorded in stream {stream} at another place")]
    DuplicateEventId { id: uuid::Uuid, stream: String },
    #[error("invalid event: {0}")]
    InvalidEvent(String),
    /// An inline projection refused the append (for example a uniqueness constraint of a read
    /// model); nothing was written.
    #[error("{message}")]
    Rejected {
        rule: Option<String>,
        message: String,
    },
    #[error("integrity check failed: {0}")]
    Integrity(String),
    /// A recorded row that cannot be read back (altered on disk).
    #[error("stream {stream} version {version} (position {position}) is unreadable: {reason}")]
    Corrupt {
        stream: String,
        version: u64,
        position: u64,
        reason: String,
    },
    /// Another process holds the embedded ledger's writer lock (a server, an import, a tick).
    #[error("another civic-ledger process is writing to {}", .0.display())]
    Locked(std::path::PathBuf),
    #[error("the store is open read-only")]
    ReadOnly,
    #[error("event store unavailable: {0}")]
    Unavailable(String),
}

fn describe_actual(actual: Option<u64>) -> String {
    match actual {
        None => "absent".to_owned(),
        Some(v) => format!("at version {v}"),
    }
}

/// Why an inline projection (of either backend) refused an append; the append is rolled back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectionFailure {
    /// A rule id when the refusal is a business rule (e.g. a uniqueness the read model guards).
    pub rule: Option<String>,
    pub message: String,
}

impl From<ProjectionFailure> for StoreError {
    fn from(f: ProjectionFailure) -> Self {
        StoreError::Rejected {
            rule: f.rule,
            message: f.message,
        }
    }
}

impl From<rusqlite::Error> for ProjectionFailure {
    fn from(e: rusqlite::Error) -> Self {
        ProjectionFailure {
            rule: None,
            message: format!("read model update failed: {e}"),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Unavailable(e.to_string())
    }
}
