//! The embedded backend against the whole store contract.

use std::sync::Arc;

use civic_store::EventStore;
use civic_store::sqlite::{SqliteOptions, SqliteStore};

async fn fresh() -> (Arc<dyn EventStore>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = SqliteStore::open(&dir.path().join("ledger.db"), SqliteOptions::default())
        .expect("open a new ledger file");
    (Arc::new(store), dir)
}

civic_store::conformance_tests!(fresh());
