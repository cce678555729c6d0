//! The event store of civic-ledger: the [`EventStore`] contract (EventStoreDB semantics), its
//! backends, the canonical form that chains every stream's hashes, and verification.
//!
//! The store knows nothing of the domain: it moves envelopes whose payloads are JSON.

mod append;
mod canonical;
mod error;
mod follow;
mod health;
pub mod postgres;
pub mod sqlite;
mod stored;
mod types;
mod verify;

#[cfg(feature = "conformance")]
pub mod conformance;
#[cfg(feature = "conformance")]
pub mod test_postgres;

pub use canonical::{GENESIS_HASH, canonical_json, chain_hash, format_instant};
pub use error::{ProjectionFailure, StoreError};
pub use health::WriteFault;
pub use stored::StoredRow;
pub use types::{
    AppendResult, Direction, EventStore, ExpectedVersion, NewEvent, RecordedEvent, StreamFrom,
    stream_category, validate_stream_name,
};
pub use verify::{
    ChainBreak, ChainVerifier, VerifyPage, VerifyReport, verify_page, verify_store,
    verify_store_paced,
};
