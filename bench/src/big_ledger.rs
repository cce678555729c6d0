//! The large ledger of W2–W5: `organisations` social service organisations with `events` events in
//! all, one of them (the first) with a history of `long_stream` events spread evenly over the
//! whole log (W4 reads it as of a random instant). Every other organisation applies, is approved
//! and then registers changes; their events are interleaved round by round, as a registry's
//! would be. The log is loaded with `EventStore::import` (every chain checked, fsynced), without
//! read models: W2 builds them.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context as _, bail};
use chrono::{DateTime, Utc};
use civic_store::EventStore;
use civic_store::postgres::{PostgresOptions, PostgresStore};
use civic_store::sqlite::{SqliteOptions, SqliteStore};
use civic_store::test_postgres::without_password;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sqlx::Connection as _;
use uuid::Uuid;

use crate::fixtures::{Chains, OrgSim, micros};
use crate::ledger_api;
use crate::report::Run;

pub const MANIFEST: &str = "bench-manifest.json";
const IMPORT_BATCH: usize = 20_000;
/// Instants of consecutive events are this far apart.
const STEP_MICROS: i64 = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shape {
    pub organisations: u64,
    pub events: u64,
    pub long_stream: u64,
}

/// What the generator made, for the workloads that query it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub shape: Shape,
    /// Every organisation's id; the first is the one with the long history.
    pub ids: Vec<Uuid>,
    /// The recorded instant (µs since the epoch) of each event of the long stream.
    pub long_stream_instants: Vec<i64>,
    pub jurisdictions: Vec<String>,
}

impl Manifest {
    pub fn load(data_dir: &Path) -> anyhow::Result<Manifest> {
        let path = data_dir.join(MANIFEST);
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "cannot read {}: generate the ledger first (`generate`)",
                path.display()
            )
        })?;
        Ok(serde_json::from_str(&text)?)
    }

    pub fn long_stream_id(&self) -> Uuid {
        self.ids[0]
    }
}

pub fn ledger_file(data_dir: &Path) -> PathBuf {
    data_dir.join("ledger.db")
}

/// How many events each organisation has: the first `long_stream`, the rest as even as can be.
fn event_counts(shape: Shape) -> anyhow::Result<Vec<u64>> {
    let Shape {
        organisations,
        events,
        long_stream,
    } = shape;
    if organisations < 2 || long_stream < 2 || events < long_stream + 2 * (organisations - 1) {
        bail!(
            "a ledger of {organisations} organisations with {events} events and a stream of \
             {long_stream} cannot be made: every organisation needs an application and an approval"
        );
    }
    let others = organisations - 1;
    let rest = events - long_stream;
    let (base, extra) = (rest / others, rest % others);
    let mut counts = vec![long_stream];
    counts.extend((0..others).map(|i| base + u64::from(i < extra)));
    Ok(counts)
}

/// Writes the ledger into an empty `data_dir`; returns a run with the load rate (setup, not a
/// workload).
pub async fn generate(data_dir: &Path, shape: Shape) -> anyhow::Result<Run> {
    let counts = event_counts(shape)?;
    if ledger_file(data_dir).exists() {
        bail!(
            "{} already holds a ledger; generate into an empty directory",
            data_dir.display()
        );
    }
    std::fs::create_dir_all(data_dir)?;
    let store = SqliteStore::open(
        &ledger_file(data_dir),
        SqliteOptions {
            lock_wait: std::time::Duration::ZERO,
            read_only: false,
            inline: None,
        },
    )?;
    let started = Instant::now();
    let base = micros(Utc::now() - chrono::Duration::days(30)).timestamp_micros();
    let mut orgs: Vec<OrgSim> = (0..shape.organisations).map(OrgSim::new).collect();
    let mut chains = Chains::default();
    let mut long_stream_instants = Vec::with_capacity(shape.long_stream as usize);
    // The others in rounds: every organisation's first event, then every second, …
    let max_count = counts[1..].iter().copied().max().unwrap_or(0);
    let mut others = (0..max_count).flat_map(|round| {
        let counts = &counts;
        (1..counts.len()).filter(move |&org| counts[org] > round)
    });
    let (events, long) = (shape.events, shape.long_stream);
    let mut batch = Vec::with_capacity(IMPORT_BATCH);
    for p in 0..events {
        let long_slot = (p + 1) * long / events > p * long / events;
        let org = if long_slot {
            0
        } else {
            others.next().context("the schedule ran out of events")?
        };
        let at = DateTime::from_timestamp_micros(base + p as i64 * STEP_MICROS)
            .context("instant out of range")?;
        let sim = &mut orgs[org];
        let command = sim.next_command();
        let (_, new) = sim.run(&command, at);
        if new.len() != 1 {
            bail!(
                "{} decided {} events; the generator plans one event per command",
                command.name(),
                new.len()
            );
        }
        for e in new {
            batch.push(chains.record(&sim.stream, e, at));
        }
        if long_slot {
            long_stream_instants.push(at.timestamp_micros());
        }
        if batch.len() >= IMPORT_BATCH {
            store.import(std::mem::take(&mut batch)).await?;
            if (p + 1) % 200_000 < IMPORT_BATCH as u64 {
                eprintln!("generate: {} of {events} events", p + 1);
            }
        }
    }
    if !batch.is_empty() {
        store.import(batch).await?;
    }
    let elapsed = started.elapsed();
    let head = store.head().await?;
    drop(store);
    let manifest = Manifest {
        shape,
        ids: orgs.iter().map(|o| o.id).collect(),
        long_stream_instants,
        jurisdictions: crate::fixtures::DISTRICTS
            .iter()
            .map(|(code, _)| (*code).to_owned())
            .collect(),
    };
    std::fs::write(
        data_dir.join(MANIFEST),
        serde_json::to_vec(&manifest).context("manifest")?,
    )?;
    Ok(Run::new("generate", "ev/s")
        .param("events", shape.events)
        .param("organisations", shape.organisations)
        .metric("throughput", head as f64 / elapsed.as_secs_f64())
        .metric("count", head as f64)
        .metric("elapsed_s", elapsed.as_secs_f64()))
}

/// W2: rebuilds every read model from the log. The read models' checkpoint is reset
/// (`version = 0`), so opening the ledger drops them and replays every event into fresh tables
/// before it accepts a command — the way a new read-model version is rolled out. Runs on a
/// blocking thread of a Tokio runtime.
pub fn rebuild(data_dir: &Path) -> anyhow::Result<Run> {
    let path = ledger_file(data_dir);
    let manifest = Manifest::load(data_dir)?;
    {
        let conn = Connection::open(&path)?;
        let has_checkpoint: Option<String> = conn
            .query_row(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'read_model_checkpoint'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if has_checkpoint.is_some() {
            conn.execute("UPDATE read_model_checkpoint SET version = 0", [])?;
        }
    }
    let started = Instant::now();
    // Called on a blocking thread of the runtime (opening is blocking work).
    let ledger = tokio::runtime::Handle::current().block_on(ledger_api::open(data_dir))?;
    let elapsed = started.elapsed();
    drop(ledger);
    let conn = Connection::open(&path)?;
    let events: i64 = conn.query_row("SELECT COALESCE(MAX(position), 0) FROM events", [], |r| {
        r.get(0)
    })?;
    let rows: i64 = conn.query_row("SELECT COUNT(*) FROM rm_organisations", [], |r| r.get(0))?;
    let projected: i64 =
        conn.query_row("SELECT MIN(position) FROM read_model_checkpoint", [], |r| {
            r.get(0)
        })?;
    rebuilt("W2", &manifest, events, rows, projected, elapsed)
}

/// The run of a rebuild that left `rows` organisations projected up to `projected` of `events`;
/// an error unless that is the whole generated ledger.
fn rebuilt(
    workload: &str,
    manifest: &Manifest,
    events: i64,
    rows: i64,
    projected: i64,
    elapsed: std::time::Duration,
) -> anyhow::Result<Run> {
    if rows as u64 != manifest.shape.organisations || projected != events {
        bail!(
            "the rebuild left {rows} organisations projected up to position {projected}; \
             expected {} up to {events}",
            manifest.shape.organisations
        );
    }
    Ok(Run::new(workload, "ev/s")
        .param("events", manifest.shape.events)
        .param("organisations", manifest.shape.organisations)
        .metric("throughput", events as f64 / elapsed.as_secs_f64())
        .metric("count", events as f64)
        .metric("elapsed_s", elapsed.as_secs_f64()))
}

/// The database the generated ledger is copied into for W2–W5 on PostgreSQL.
pub const PG_DATABASE: &str = "civic_bench_ledger";

/// The URL of [`PG_DATABASE`] on the server of `admin` (a URL whose user may create databases).
pub fn postgres_url(admin: &str) -> String {
    civic_store::test_postgres::with_database(admin, PG_DATABASE)
}

/// Drops [`PG_DATABASE`] (and any connection to it) if it exists.
pub async fn drop_postgres(admin: &str) -> anyhow::Result<()> {
    let mut conn = sqlx::PgConnection::connect(admin)
        .await
        .with_context(|| format!("cannot connect to {}", without_password(admin)))?;
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)"
    )))
    .execute(&mut conn)
    .await?;
    Ok(())
}

/// Copies the generated ledger's log into a fresh [`PG_DATABASE`] through
/// `EventStore::import` (every chain checked again), without read models: W2 on PostgreSQL
/// builds them. Returns the load rate (setup, not a workload).
pub async fn load_postgres(data_dir: &Path, admin: &str) -> anyhow::Result<Run> {
    let manifest = Manifest::load(data_dir)?;
    drop_postgres(admin).await?;
    {
        let mut conn = sqlx::PgConnection::connect(admin).await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "CREATE DATABASE {PG_DATABASE}"
        )))
        .execute(&mut conn)
        .await?;
    }
    let source = SqliteStore::open(
        &ledger_file(data_dir),
        SqliteOptions {
            read_only: true,
            ..SqliteOptions::default()
        },
    )?;
    let target = PostgresStore::connect(&postgres_url(admin), PostgresOptions::default()).await?;
    let started = Instant::now();
    let mut from = 1;
    loop {
        let page = source.read_all(from, IMPORT_BATCH).await?;
        let Some(last) = page.last() else { break };
        from = last.position + 1;
        target.import(page).await?;
        if from % 200_000 <= IMPORT_BATCH as u64 {
            eprintln!("load-postgres: {} events", from - 1);
        }
    }
    let elapsed = started.elapsed();
    // What autovacuum does after a bulk load, here at once (and on servers that run without
    // it): without statistics the planner reads a stream's events through a bitmap of all of
    // them, W4 twice as slow.
    let mut conn = sqlx::PgConnection::connect(&postgres_url(admin)).await?;
    sqlx::raw_sql("VACUUM (ANALYZE) ledger_events, ledger_streams")
        .execute(&mut conn)
        .await?;
    let head = target.head().await?;
    if head != manifest.shape.events {
        bail!(
            "PostgreSQL holds {head} events after the copy; the ledger has {}",
            manifest.shape.events
        );
    }
    Ok(Run::new("generate-pg", "ev/s")
        .param("events", manifest.shape.events)
        .param("organisations", manifest.shape.organisations)
        .metric("throughput", head as f64 / elapsed.as_secs_f64())
        .metric("count", head as f64)
        .metric("elapsed_s", elapsed.as_secs_f64()))
}

/// W2 on PostgreSQL: as [`rebuild`], on the copy in [`PG_DATABASE`].
pub async fn rebuild_postgres(data_dir: &Path, admin: &str) -> anyhow::Result<Run> {
    let manifest = Manifest::load(data_dir)?;
    let url = postgres_url(admin);
    let mut conn = sqlx::PgConnection::connect(&url).await?;
    let has_checkpoint: bool =
        sqlx::query_scalar("SELECT to_regclass('read_model_checkpoint') IS NOT NULL")
            .fetch_one(&mut conn)
            .await?;
    if has_checkpoint {
        sqlx::query("UPDATE read_model_checkpoint SET version = 0")
            .execute(&mut conn)
            .await?;
    }
    let started = Instant::now();
    let ledger = ledger_api::open_postgres(data_dir, &url).await?;
    let elapsed = started.elapsed();
    drop(ledger);
    let events: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(position), 0) FROM ledger_events")
        .fetch_one(&mut conn)
        .await?;
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM rm_organisations")
        .fetch_one(&mut conn)
        .await?;
    let projected: i64 = sqlx::query_scalar("SELECT MIN(position) FROM read_model_checkpoint")
        .fetch_one(&mut conn)
        .await?;
    rebuilt("W2-pg", &manifest, events, rows, projected, elapsed)
}

/// W5 on disk, on PostgreSQL: bytes per event of the whole database and of the log's tables
/// (with their indexes and TOAST).
pub async fn footprint_postgres(admin: &str) -> anyhow::Result<Run> {
    let mut conn = sqlx::PgConnection::connect(&postgres_url(admin)).await?;
    let (events, bytes, log): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT COALESCE(MAX(position), 0) FROM ledger_events), \
                pg_database_size(current_database()), \
                pg_total_relation_size('ledger_events') + pg_total_relation_size('ledger_streams')",
    )
    .fetch_one(&mut conn)
    .await?;
    let events = events.max(1) as f64;
    Ok(Run::new("W5-disk-pg", "B/event")
        .metric("bytes_per_event", bytes as f64 / events)
        .metric("bytes", bytes as f64)
        .metric("count", events)
        .metric("log_bytes_per_event", log as f64 / events))
}

/// W5, on disk: bytes per event of the whole ledger file (log, indexes and read models), and of
/// the log alone where SQLite can tell (its `dbstat` table).
pub fn footprint(data_dir: &Path) -> anyhow::Result<Run> {
    let path = ledger_file(data_dir);
    let mut bytes = 0u64;
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        if let Ok(m) = std::fs::metadata(&file) {
            bytes += m.len();
        }
    }
    let conn = Connection::open(&path)?;
    let events: i64 = conn.query_row("SELECT COALESCE(MAX(position), 0) FROM events", [], |r| {
        r.get(0)
    })?;
    let events = events.max(1) as f64;
    let mut run = Run::new("W5-disk", "B/event")
        .metric("bytes_per_event", bytes as f64 / events)
        .metric("bytes", bytes as f64)
        .metric("count", events);
    let log: rusqlite::Result<i64> = conn.query_row(
        "SELECT SUM(pgsize) FROM dbstat WHERE name IN \
         ('events', 'events_by_stream', 'events_by_id', 'streams') \
         OR name LIKE 'sqlite_autoindex_streams%'",
        [],
        |r| r.get(0),
    );
    if let Ok(log) = log {
        run = run.metric("log_bytes_per_event", log as f64 / events);
    }
    Ok(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up() {
        let shape = Shape {
            organisations: 7,
            events: 100,
            long_stream: 10,
        };
        let counts = event_counts(shape).unwrap();
        assert_eq!(counts.len(), 7);
        assert_eq!(counts.iter().sum::<u64>(), 100);
        assert_eq!(counts[0], 10);
        assert!(counts[1..].iter().all(|&c| c == 15));
    }

    #[test]
    fn impossible_shapes_are_refused() {
        assert!(
            event_counts(Shape {
                organisations: 10,
                events: 15,
                long_stream: 5
            })
            .is_err()
        );
    }

    #[tokio::test]
    async fn a_small_ledger_generates_and_rebuilds() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let shape = Shape {
            organisations: 5,
            events: 60,
            long_stream: 20,
        };
        let generated = generate(&dir, shape).await.unwrap();
        assert_eq!(generated.metrics["count"], 60.0);
        let manifest = Manifest::load(&dir).unwrap();
        assert_eq!(manifest.long_stream_instants.len(), 20);
        let first = tokio::task::spawn_blocking({
            let dir = dir.clone();
            move || rebuild(&dir)
        })
        .await
        .unwrap()
        .unwrap();
        assert_eq!(first.metrics["count"], 60.0);
        let again = tokio::task::spawn_blocking({
            let dir = dir.clone();
            move || rebuild(&dir)
        })
        .await
        .unwrap()
        .unwrap();
        assert_eq!(again.metrics["count"], 60.0);
        assert!(footprint(&dir).unwrap().metrics["bytes"] > 0.0);
    }
}
