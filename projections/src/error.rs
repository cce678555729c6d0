use civic_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ReadModelError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("read model query failed: {0}")]
    Query(#[from] rusqlite::Error),
    #[error("read model query on PostgreSQL failed: {0}")]
    Postgres(#[from] sqlx::Error),
    #[error("read model row is damaged: {0}")]
    Damaged(String),
    #[error("{0}")]
    BadCursor(String),
}
