//! Versioned migrations, run at start-up. Every server runs them under one session-level advisory
//! lock, so when two start at once against a fresh database the second waits and then finds
//! everything applied. Each migration runs in its own transaction together with its row in
//! `ledger_migrations`: a migration is applied whole or not at all.

use sha2::{Digest, Sha256};
use sqlx::{Connection, PgConnection, Row};

use crate::StoreError;

/// One schema change: files under `store/migrations/postgres/`, embedded in the binary.
struct Migration {
    version: i32,
    description: &'static str,
    sql: &'static str,
}

/// In version order. Never edit an applied migration (its checksum is checked at every start):
/// add the next one.
const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    description: "ledger",
    sql: include_str!("../../migrations/postgres/0001_ledger.sql"),
}];

/// The advisory lock key that serializes migrations (and nothing else): "civicmig" in ASCII.
const MIGRATION_LOCK: i64 = 0x6369_7669_636d_6967;

const MIGRATIONS_TABLE: &str = "
CREATE TABLE IF NOT EXISTS ledger_migrations (
    version     integer PRIMARY KEY,
    description text NOT NULL,
    checksum    bytea NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
)";

/// The newest schema version this program knows.
pub(super) fn latest_version() -> i32 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// Brings the database's schema up to this program's, or refuses a database that a newer
/// program has already upgraded, or one whose applied migrations were altered.
pub(super) async fn migrate(conn: &mut PgConnection) -> Result<(), StoreError> {
    sqlx::query("SELECT pg_advisory_lock($1)")
        .bind(MIGRATION_LOCK)
        .execute(&mut *conn)
        .await
        .map_err(|e| failed("cannot take the migration lock", e))?;
    let outcome = migrate_locked(conn).await;
    // Released explicitly so that the connection could be reused; closing it releases it too.
    let unlocked = sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(MIGRATION_LOCK)
        .execute(&mut *conn)
        .await;
    outcome?;
    unlocked.map_err(|e| failed("cannot release the migration lock", e))?;
    Ok(())
}

async fn migrate_locked(conn: &mut PgConnection) -> Result<(), StoreError> {
    sqlx::raw_sql(MIGRATIONS_TABLE)
        .execute(&mut *conn)
        .await
        .map_err(|e| failed("cannot create ledger_migrations", e))?;
    let applied = sqlx::query("SELECT version, checksum FROM ledger_migrations ORDER BY version")
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| failed("cannot read ledger_migrations", e))?;
    let mut applied_versions = Vec::with_capacity(applied.len());
    for row in &applied {
        let version: i32 = row.try_get(0).map_err(|e| failed("ledger_migrations", e))?;
        let checksum: Vec<u8> = row.try_get(1).map_err(|e| failed("ledger_migrations", e))?;
        let Some(known) = MIGRATIONS.iter().find(|m| m.version == version) else {
            return Err(StoreError::Unavailable(format!(
                "the database has schema version {version}, newer than this program ({}); \
                 upgrade civic-ledger",
                latest_version()
            )));
        };
        if checksum != checksum_of(known.sql) {
            return Err(StoreError::Integrity(format!(
                "migration {version} ({}) differs from the one applied to this database",
                known.description
            )));
        }
        applied_versions.push(version);
    }
    for m in MIGRATIONS {
        if applied_versions.contains(&m.version) {
            continue;
        }
        let mut tx = conn
            .begin()
            .await
            .map_err(|e| failed("cannot begin a migration", e))?;
        sqlx::raw_sql(m.sql)
            .execute(&mut *tx)
            .await
            .map_err(|e| failed(&format!("migration {} ({})", m.version, m.description), e))?;
        sqlx::query(
            "INSERT INTO ledger_migrations (version, description, checksum) VALUES ($1, $2, $3)",
        )
        .bind(m.version)
        .bind(m.description)
        .bind(checksum_of(m.sql))
        .execute(&mut *tx)
        .await
        .map_err(|e| failed("cannot record a migration", e))?;
        tx.commit()
            .await
            .map_err(|e| failed(&format!("migration {} ({})", m.version, m.description), e))?;
        tracing::info!(
            version = m.version,
            description = m.description,
            "applied a PostgreSQL migration"
        );
    }
    Ok(())
}

fn checksum_of(sql: &str) -> Vec<u8> {
    Sha256::digest(sql.as_bytes()).to_vec()
}

fn failed(context: &str, e: sqlx::Error) -> StoreError {
    StoreError::Unavailable(format!("PostgreSQL schema migration: {context}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_in_order_from_one() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i32 + 1, "{}", m.description);
        }
        assert_eq!(latest_version(), MIGRATIONS.len() as i32);
    }
}
