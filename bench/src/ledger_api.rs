//! Every use of the `civic-ledger` crate's API by the benchmarks, in one place: when `Ledger::open`
//! or `Ledger::execute` change shape, this module is the one to adapt.

use std::path::Path;

use chrono::Utc;
use civic_domain::OrganisationCommand;
use civic_ledger::auth::{Role, new_claims};
use civic_ledger::ledger::{CommandMeta, Ledger, StoreLocation};
use civic_store::EventStore;
use civic_store::sqlite::WriterStats;
use uuid::Uuid;

pub use civic_ledger::ledger::LedgerError;

/// The ledger of `data_dir` as `civic-ledger serve` opens it: the embedded store with every read
/// model projected inline (opening catches the read models up with the log first).
pub async fn open(data_dir: &Path) -> anyhow::Result<Ledger> {
    Ok(Ledger::open(data_dir, &StoreLocation::Embedded).await?)
}

/// The same on PostgreSQL: every read model in the database, projected inline.
pub async fn open_postgres(data_dir: &Path, url: &str) -> anyhow::Result<Ledger> {
    Ok(Ledger::open(data_dir, &StoreLocation::Postgres(url.to_owned())).await?)
}

pub fn store(ledger: &Ledger) -> &dyn EventStore {
    ledger.store().as_ref()
}

/// The embedded store's group-commit counters (`None` on PostgreSQL).
pub fn writer_stats(ledger: &Ledger) -> Option<&WriterStats> {
    ledger.writer_stats()
}

/// A registrar of the whole city, issuing commands without a command id or expected version
/// (the handler loads the current version and retries on a conflict).
pub fn registrar() -> CommandMeta {
    let claims = new_claims(
        Role::Registrar,
        "bench",
        Some(crate::fixtures::CITY.to_owned()),
        None,
        std::time::Duration::from_secs(24 * 3600),
        Utc::now(),
    )
    .expect("valid registrar claims");
    CommandMeta {
        actor: claims,
        command_id: None,
        expected_version: None,
        correlation_id: Uuid::now_v7(),
    }
}

/// Runs one command through the command handler: load, decide, append (fsynced), inline
/// projection. Authorisation is the caller's business and is waived here.
pub async fn execute(
    ledger: &Ledger,
    id: Uuid,
    command: OrganisationCommand,
    meta: &CommandMeta,
) -> Result<(), LedgerError> {
    ledger
        .execute::<civic_domain::Organisation>(id, command, meta, Utc::now(), |_, _| Ok(()))
        .await
        .map(|_| ())
}
