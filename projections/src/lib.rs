//! Read models of civic-ledger. Each is projected from the event log: inline, in the append's
//! own transaction when it lives in the store's database (a query after a mutation sees it), and
//! by catch-up when the log is ahead of it (a new read model, or a rebuild).

mod commands;
mod error;
mod ledger;
pub mod organisations;

pub use commands::{CommandOutcome, command_outcome};
pub use error::ReadModelError;
pub use ledger::{LedgerProjection, PolicyLookup};
