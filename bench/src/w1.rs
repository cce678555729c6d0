//! W1: durable commands from concurrent clients, at three layers over the same events.
//!
//! - `command` (W1): the command handler — load, decide, append, inline projection.
//! - `store` (W1-raw): the same events appended straight through the store (no domain, no
//!   projection), group-committed.
//! - `plain` (plain insert): the same rows inserted with the database driver, one transaction per
//!   row.
//!
//! Every layer acknowledges a command only after its transaction is fsynced (`synchronous=FULL`).
//! With `Options::postgres` the three layers run on PostgreSQL instead (workloads `W1-pg`,
//! `W1-raw-pg`, `plain-insert-pg`), each in a database of its own.
//! Each client runs a seeded mix of new registrations and change registrations of registered
//! organisations it alone changes (so that clients do not conflict); the same seed gives every
//! layer the same commands.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use chrono::Utc;
use civic_store::postgres::{PostgresOptions, PostgresStore};
use civic_store::sqlite::{SqliteOptions, SqliteStore, WriterStats};
use civic_store::test_postgres::TestDb;
use civic_store::{EventStore, ExpectedVersion, NewEvent};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use crate::fixtures::{self, OrgSim, Pool, micros};
use crate::report::{Latencies, Run};
use crate::{ledger_api, plain, plain_pg};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Command,
    Store,
    Plain,
}

impl Layer {
    pub fn parse(s: &str) -> anyhow::Result<Layer> {
        match s {
            "command" => Ok(Layer::Command),
            "store" => Ok(Layer::Store),
            "plain" => Ok(Layer::Plain),
            other => anyhow::bail!("unknown layer {other:?}: command, store or plain"),
        }
    }

    fn workload(self) -> &'static str {
        match self {
            Layer::Command => "W1",
            Layer::Store => "W1-raw",
            Layer::Plain => "plain-insert",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Layer::Command => "command",
            Layer::Store => "store",
            Layer::Plain => "plain",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    pub clients: usize,
    /// Commands over all clients.
    pub commands: usize,
    /// A run stops at this bound even when commands remain.
    pub max_seconds: f64,
    /// The share of commands that are new registrations; the rest are change registrations.
    pub registrations: f64,
    /// Registered organisations the change commands go to.
    pub pool: usize,
    pub seed: u64,
    /// Where each run makes (and afterwards removes) its own ledger.
    pub work_dir: PathBuf,
    /// A PostgreSQL server URL (a user that may create databases): run on PostgreSQL.
    pub postgres: Option<String>,
}

#[derive(Debug, Clone)]
enum Planned {
    Register { n: u64 },
    Change { org: usize, tag: String },
}

fn plan(o: &Options, client: usize) -> Vec<Planned> {
    let mut rng = StdRng::seed_from_u64(o.seed ^ (client as u64).wrapping_mul(0x9E37_79B9));
    let owned: Vec<usize> = (client..o.pool).step_by(o.clients).collect();
    let per_client = o.commands / o.clients + usize::from(client < o.commands % o.clients);
    (0..per_client)
        .map(|k| {
            if owned.is_empty() || rng.random_bool(o.registrations) {
                Planned::Register {
                    n: (o.pool + k * o.clients + client) as u64,
                }
            } else {
                Planned::Change {
                    org: owned[rng.random_range(0..owned.len())],
                    tag: format!("{client}-{k}"),
                }
            }
        })
        .collect()
}

/// The appends a client's plan makes, decided by the domain ahead of the run.
fn prepare(
    o: &Options,
    pool: &Pool,
    client: usize,
) -> Vec<(String, ExpectedVersion, Vec<NewEvent>)> {
    let now = micros(Utc::now());
    let mut owned: HashMap<usize, OrgSim> = HashMap::new();
    plan(o, client)
        .into_iter()
        .map(|op| match op {
            Planned::Register { n } => {
                let mut org = OrgSim::new(n);
                let command = org.next_command();
                let (expected, events) = org.run(&command, now);
                (org.stream, expected, events)
            }
            Planned::Change { org, tag } => {
                let sim = owned.entry(org).or_insert_with(|| pool.orgs[org].clone());
                let command = fixtures::change_command(sim.n, &tag);
                let (expected, events) = sim.run(&command, now);
                (sim.stream.clone(), expected, events)
            }
        })
        .collect()
}

fn fresh_dir(path: &Path) -> anyhow::Result<()> {
    if path.exists() {
        std::fs::remove_dir_all(path)
            .with_context(|| format!("cannot clear {}", path.display()))?;
    }
    std::fs::create_dir_all(path).with_context(|| format!("cannot create {}", path.display()))
}

/// What the clients did.
#[derive(Default)]
struct Tally {
    latencies: Latencies,
    ok: u64,
    errors: u64,
}

impl Tally {
    /// The clients' tallies together, once every client is done.
    async fn join(tasks: Vec<tokio::task::JoinHandle<Tally>>) -> anyhow::Result<Tally> {
        let mut tally = Tally::default();
        for t in tasks {
            tally.add(t.await?);
        }
        Ok(tally)
    }

    fn add(&mut self, other: Tally) {
        self.latencies.merge(&other.latencies);
        self.ok += other.ok;
        self.errors += other.errors;
    }

    fn outcome<E: std::fmt::Display>(&mut self, started: Instant, r: Result<(), E>) {
        self.latencies.record(started.elapsed());
        match r {
            Ok(()) => self.ok += 1,
            Err(e) => {
                if self.errors == 0 {
                    eprintln!("W1: a command failed: {e}");
                }
                self.errors += 1;
            }
        }
    }
}

fn report(o: &Options, layer: Layer, tally: &Tally, elapsed: Duration) -> Run {
    let workload = match o.postgres {
        Some(_) => format!("{}-pg", layer.workload()),
        None => layer.workload().to_owned(),
    };
    Run::new(&workload, "cmd/s")
        .param("layer", layer.name())
        .param("clients", o.clients)
        .param("commands", o.commands)
        .param("registrations", o.registrations)
        .metric("throughput", tally.ok as f64 / elapsed.as_secs_f64())
        .metric("count", tally.ok as f64)
        .metric("errors", tally.errors as f64)
        .metric("elapsed_s", elapsed.as_secs_f64())
        .latencies(&tally.latencies)
}

/// Appends per transaction during the run: how much group commit batched.
fn batching(run: Run, stats: &WriterStats, before: (u64, u64)) -> Run {
    let commits = stats.commits.load(Relaxed) - before.0;
    let appends = stats.appends.load(Relaxed) - before.1;
    run.metric("commits", commits as f64).metric(
        "appends_per_commit",
        appends as f64 / (commits.max(1)) as f64,
    )
}

pub async fn run(o: &Options, layer: Layer) -> anyhow::Result<Run> {
    let dir = o
        .work_dir
        .join(format!("w1-{}-{}", layer.name(), o.clients));
    fresh_dir(&dir)?;
    let pool = Pool::generate(o.pool);
    let result = match &o.postgres {
        None => match layer {
            Layer::Command => match ledger_api::open(&dir).await {
                Ok(ledger) => run_command(o, ledger, pool).await,
                Err(e) => Err(e),
            },
            Layer::Store => run_store(o, &dir, pool).await,
            Layer::Plain => run_plain(o, &dir, pool),
        },
        Some(admin) => {
            let db = TestDb::create(admin).await;
            match layer {
                Layer::Command => match ledger_api::open_postgres(&dir, &db.url).await {
                    Ok(ledger) => run_command(o, ledger, pool).await,
                    Err(e) => Err(e),
                },
                Layer::Store => run_store_pg(o, &db.url, pool).await,
                Layer::Plain => run_plain_pg(o, &db.url, pool).await,
            }
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

async fn run_command(
    o: &Options,
    ledger: civic_ledger::ledger::Ledger,
    pool: Pool,
) -> anyhow::Result<Run> {
    ledger_api::store(&ledger).import(pool.events).await?;
    let pool_orgs: Arc<Vec<(Uuid, u64)>> =
        Arc::new(pool.orgs.iter().map(|o| (o.id, o.n)).collect());
    let stats = ledger_api::writer_stats(&ledger);
    let before = stats.map(|s| (s.commits.load(Relaxed), s.appends.load(Relaxed)));
    let plans: Vec<Vec<Planned>> = (0..o.clients).map(|c| plan(o, c)).collect();
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(o.max_seconds);
    let mut tasks = Vec::with_capacity(o.clients);
    for ops in plans {
        let ledger = ledger.clone();
        let pool_orgs = pool_orgs.clone();
        tasks.push(tokio::spawn(async move {
            let meta = ledger_api::registrar();
            let mut tally = Tally::default();
            for op in ops {
                if Instant::now() >= deadline {
                    break;
                }
                let (id, command) = match op {
                    Planned::Register { n } => {
                        let id = Uuid::now_v7();
                        (id, fixtures::apply_command(id, n))
                    }
                    Planned::Change { org, tag } => {
                        let (id, n) = pool_orgs[org];
                        (id, fixtures::change_command(n, &tag))
                    }
                };
                let t = Instant::now();
                let r = ledger_api::execute(&ledger, id, command, &meta).await;
                tally.outcome(t, r);
            }
            tally
        }));
    }
    let tally = Tally::join(tasks).await?;
    let elapsed = start.elapsed();
    let run = report(o, Layer::Command, &tally, elapsed);
    Ok(match (stats, before) {
        (Some(stats), Some(before)) => batching(run, stats, before),
        _ => run,
    })
}

/// Every client's prepared appends, run concurrently against `store`.
async fn append_all(
    o: &Options,
    store: Arc<dyn EventStore>,
    pool: &Pool,
) -> anyhow::Result<(Tally, Duration)> {
    let prepared: Vec<_> = (0..o.clients).map(|c| prepare(o, pool, c)).collect();
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(o.max_seconds);
    let mut tasks = Vec::with_capacity(o.clients);
    for appends in prepared {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut tally = Tally::default();
            for (stream, expected, events) in appends {
                if Instant::now() >= deadline {
                    break;
                }
                let t = Instant::now();
                let r = store.append(&stream, expected, events).await.map(|_| ());
                tally.outcome(t, r);
            }
            tally
        }));
    }
    let tally = Tally::join(tasks).await?;
    Ok((tally, start.elapsed()))
}

async fn run_store(o: &Options, dir: &Path, pool: Pool) -> anyhow::Result<Run> {
    let store = SqliteStore::open(
        &dir.join("ledger.db"),
        SqliteOptions {
            lock_wait: std::time::Duration::ZERO,
            read_only: false,
            inline: None,
        },
    )?;
    store.import(pool.events.clone()).await?;
    let before = (
        store.stats().commits.load(Relaxed),
        store.stats().appends.load(Relaxed),
    );
    let (tally, elapsed) = append_all(o, Arc::new(store.clone()), &pool).await?;
    Ok(batching(
        report(o, Layer::Store, &tally, elapsed),
        store.stats(),
        before,
    ))
}

async fn run_store_pg(o: &Options, url: &str, pool: Pool) -> anyhow::Result<Run> {
    let store = PostgresStore::connect(url, PostgresOptions::default()).await?;
    store.import(pool.events.clone()).await?;
    let before = (
        store.stats().commits.load(Relaxed),
        store.stats().appends.load(Relaxed),
    );
    let (tally, elapsed) = append_all(o, Arc::new(store.clone()), &pool).await?;
    Ok(batching(
        report(o, Layer::Store, &tally, elapsed),
        store.stats(),
        before,
    ))
}

/// Each client's rows, recorded the way the store would record its prepared appends.
fn plain_rows(o: &Options, pool: &Pool) -> Vec<Vec<plain::Row>> {
    let now = micros(Utc::now());
    (0..o.clients)
        .map(|c| {
            let mut chains = pool.chains.clone();
            prepare(o, pool, c)
                .into_iter()
                .flat_map(|(stream, _, events)| {
                    events
                        .into_iter()
                        .map(|e| plain::Row::of(&chains.record(&stream, e, now)))
                        .collect::<Vec<_>>()
                })
                .collect()
        })
        .collect()
}

async fn run_plain_pg(o: &Options, url: &str, pool: Pool) -> anyhow::Result<Run> {
    let db = sqlx::postgres::PgPoolOptions::new()
        .max_connections(o.clients as u32 + 1)
        .connect(url)
        .await?;
    plain_pg::create(&db).await?;
    let pool_rows: Vec<plain::Row> = pool.events.iter().map(plain::Row::of).collect();
    let pool_ids = plain_pg::load(&db, &pool_rows).await?;
    let prepared = plain_rows(o, &pool);
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(o.max_seconds);
    let mut tasks = Vec::with_capacity(o.clients);
    for rows in prepared {
        let mut conn = db.acquire().await?;
        let mut ids = pool_ids.clone();
        tasks.push(tokio::spawn(async move {
            let mut tally = Tally::default();
            for row in rows {
                if Instant::now() >= deadline {
                    break;
                }
                let t = Instant::now();
                let r = plain_pg::insert(&mut conn, &row, &mut ids).await;
                tally.outcome(t, r);
            }
            tally
        }));
    }
    let tally = Tally::join(tasks).await?;
    let elapsed = start.elapsed();
    db.close().await;
    Ok(report(o, Layer::Plain, &tally, elapsed))
}

fn run_plain(o: &Options, dir: &Path, pool: Pool) -> anyhow::Result<Run> {
    let mut conn = plain::create(&dir.join("plain.db"))?;
    let pool_rows: Vec<plain::Row> = pool.events.iter().map(plain::Row::of).collect();
    let pool_ids = plain::load(&mut conn, &pool_rows)?;
    let prepared = plain_rows(o, &pool);
    let conn = Mutex::new(conn);
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(o.max_seconds);
    let mut tally = Tally::default();
    std::thread::scope(|s| {
        let handles: Vec<_> = prepared
            .into_iter()
            .map(|rows| {
                let conn = &conn;
                let mut ids = pool_ids.clone();
                s.spawn(move || {
                    let mut tally = Tally::default();
                    for row in rows {
                        if Instant::now() >= deadline {
                            break;
                        }
                        let t = Instant::now();
                        let r = plain::insert(conn, &row, &mut ids);
                        tally.outcome(t, r);
                    }
                    tally
                })
            })
            .collect();
        for h in handles {
            tally.add(h.join().expect("a client thread panicked"));
        }
    });
    let elapsed = start.elapsed();
    Ok(report(o, Layer::Plain, &tally, elapsed))
}
