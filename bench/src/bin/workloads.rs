//! `civic-bench-workloads`: runs one benchmark workload and prints one JSON object per run on
//! stdout (progress and failures go to stderr). `scripts/bench` runs it and aggregates.

// The allocator of `civic-ledger` (see there why), so that the workloads measure the same.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use civic_bench::big_ledger::{self, Manifest, Shape};
use civic_bench::report::{Latencies, Run};
use civic_bench::w1::{self, Layer};
use civic_bench::{http, report};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "civic-bench-workloads")]
struct Cli {
    #[command(subcommand)]
    workload: Workload,
}

#[derive(Subcommand)]
enum Workload {
    /// The latency of one fsync (append 4 KiB, fsync) on the file system of DIR.
    Fsync {
        #[arg(long)]
        dir: PathBuf,
        #[arg(long, default_value_t = 500)]
        count: u32,
    },
    /// W1 durable commands (layer command), W1-raw (layer store) and the plain insert (layer
    /// plain) from concurrent clients; one JSON line per layer, run one after the other.
    W1 {
        /// Where each layer makes, and then removes, its own ledger.
        #[arg(long)]
        work_dir: PathBuf,
        #[arg(long, default_value_t = 1)]
        clients: usize,
        /// Commands over all clients.
        #[arg(long, default_value_t = 10_000)]
        commands: usize,
        /// Stop a layer after this long even if commands remain.
        #[arg(long, default_value_t = 20.0)]
        max_seconds: f64,
        /// The share of new registrations; the rest change registered organisations.
        #[arg(long, default_value_t = 0.5)]
        registrations: f64,
        /// Registered organisations the changes go to.
        #[arg(long, default_value_t = 1024)]
        pool: usize,
        /// Comma-separated: command, store, plain.
        #[arg(long, default_value = "command,store,plain")]
        layers: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Run on PostgreSQL: a server URL whose user may create databases (each layer gets a
        /// database of its own, dropped afterwards).
        #[arg(long)]
        postgres: Option<String>,
    },
    /// Loads the ledger of W2–W5 into an empty DATA_DIR (setup, not a workload).
    Generate {
        #[arg(long)]
        data_dir: PathBuf,
        #[arg(long, default_value_t = 100_000)]
        organisations: u64,
        #[arg(long, default_value_t = 1_000_000)]
        events: u64,
        /// Events of the one organisation W4 reads as of an instant.
        #[arg(long, default_value_t = 10_000)]
        long_stream: u64,
    },
    /// Copies the generated ledger's log into a fresh PostgreSQL database for W2–W5 there
    /// (setup, not a workload).
    LoadPostgres {
        #[arg(long)]
        data_dir: PathBuf,
        /// A server URL whose user may create databases.
        #[arg(long)]
        postgres: String,
    },
    /// Drops the database `load-postgres` made.
    DropPostgres {
        #[arg(long)]
        postgres: String,
    },
    /// W2: rebuilds every read model of the generated ledger from its log.
    W2 {
        #[arg(long)]
        data_dir: PathBuf,
        /// On the copy `load-postgres` made on this server instead (workload W2-pg).
        #[arg(long)]
        postgres: Option<String>,
    },
    /// W3 (GraphQL over HTTP), W5 resident memory after W3, W4 (time travel) and W5 time to
    /// ready, against `civic-ledger serve` on the generated ledger.
    Http {
        #[arg(long)]
        data_dir: PathBuf,
        /// The civic-ledger binary; by default the one beside this binary.
        #[arg(long)]
        server_bin: Option<PathBuf>,
        #[arg(long, default_value_t = 32)]
        connections: usize,
        #[arg(long, default_value_t = 2.0)]
        warmup_seconds: f64,
        #[arg(long, default_value_t = 10.0)]
        seconds: f64,
        #[arg(long, default_value_t = 2_000_000)]
        max_requests: u64,
        /// organisationAsOf requests of W4.
        #[arg(long, default_value_t = 200)]
        w4_requests: u64,
        #[arg(long, default_value_t = 60.0)]
        w4_max_seconds: f64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Serve the copy `load-postgres` made on this server instead (workloads W3-pg, W4-pg,
        /// W5-ready-pg, W5-rss-pg).
        #[arg(long)]
        postgres: Option<String>,
    },
    /// W5 on disk: bytes per event of the generated ledger.
    Disk {
        #[arg(long)]
        data_dir: PathBuf,
        /// Of the copy `load-postgres` made on this server instead (workload W5-disk-pg).
        #[arg(long)]
        postgres: Option<String>,
    },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let runs = runtime.block_on(run(cli.workload))?;
    let mut out = std::io::stdout().lock();
    for r in runs {
        writeln!(out, "{}", serde_json::to_string(&r)?)?;
    }
    Ok(())
}

async fn run(workload: Workload) -> anyhow::Result<Vec<Run>> {
    match workload {
        Workload::Fsync { dir, count } => Ok(vec![fsync(&dir, count)?]),
        Workload::W1 {
            work_dir,
            clients,
            commands,
            max_seconds,
            registrations,
            pool,
            layers,
            seed,
            postgres,
        } => {
            anyhow::ensure!(
                clients > 0 && commands > 0,
                "clients and commands must be > 0"
            );
            let options = w1::Options {
                clients,
                commands,
                max_seconds,
                registrations,
                pool,
                seed,
                work_dir,
                postgres,
            };
            let mut runs = Vec::new();
            for layer in layers.split(',').map(str::trim).filter(|l| !l.is_empty()) {
                let run = w1::run(&options, Layer::parse(layer)?).await?;
                // Printed as each layer finishes, so that a later failure keeps the earlier runs.
                run.print();
                runs.push(run);
            }
            std::io::stdout().flush()?;
            eprintln!("W1: {} layers at {clients} clients done", runs.len());
            Ok(Vec::new())
        }
        Workload::Generate {
            data_dir,
            organisations,
            events,
            long_stream,
        } => {
            let shape = Shape {
                organisations,
                events,
                long_stream,
            };
            Ok(vec![big_ledger::generate(&data_dir, shape).await?])
        }
        Workload::LoadPostgres { data_dir, postgres } => {
            Ok(vec![big_ledger::load_postgres(&data_dir, &postgres).await?])
        }
        Workload::DropPostgres { postgres } => {
            big_ledger::drop_postgres(&postgres).await?;
            Ok(Vec::new())
        }
        Workload::W2 {
            data_dir,
            postgres: None,
        } => Ok(vec![
            tokio::task::spawn_blocking(move || big_ledger::rebuild(&data_dir)).await??,
        ]),
        Workload::W2 {
            data_dir,
            postgres: Some(admin),
        } => Ok(vec![big_ledger::rebuild_postgres(&data_dir, &admin).await?]),
        Workload::Http {
            data_dir,
            server_bin,
            connections,
            warmup_seconds,
            seconds,
            max_requests,
            w4_requests,
            w4_max_seconds,
            seed,
            postgres,
        } => {
            let bin = server_bin.unwrap_or_else(http::default_server_bin);
            let manifest = Manifest::load(&data_dir)?;
            let token = http::issue_token(&bin, &data_dir, "auditor").await?;
            let store = postgres.as_deref().map(big_ledger::postgres_url);
            let server = http::Server::start(&bin, &data_dir, store.as_deref()).await?;
            // The same workloads on PostgreSQL are told apart by their name.
            let named = |run: Run| match store {
                Some(_) => run.renamed_for_postgres(),
                None => run,
            };
            let events = manifest.shape.events;
            let ready = Run::new("W5-ready", "ms")
                .param("events", events)
                .metric("ready_ms", server.ready.as_secs_f64() * 1000.0);
            named(ready).print();
            let options = http::W3Options {
                connections,
                warmup_seconds,
                seconds,
                max_requests,
                seed,
            };
            let w3 = http::w3(&server.url, &token, &manifest, &options).await?;
            named(w3).print();
            let (rss, hwm) = server.memory_kib()?;
            named(
                Run::new("W5-rss", "KiB")
                    .param("events", events)
                    .metric("rss_kib", rss as f64)
                    .metric("hwm_kib", hwm as f64),
            )
            .print();
            let w4 = http::w4(
                &server.url,
                &token,
                &manifest,
                w4_requests,
                w4_max_seconds,
                seed,
            )
            .await?;
            named(w4).print();
            server.stop().await?;
            Ok(Vec::new())
        }
        Workload::Disk {
            data_dir,
            postgres: None,
        } => Ok(vec![big_ledger::footprint(&data_dir)?]),
        Workload::Disk {
            postgres: Some(admin),
            ..
        } => Ok(vec![big_ledger::footprint_postgres(&admin).await?]),
    }
}

/// Appends 4 KiB and fsyncs, `count` times: the cost of making one commit durable here.
fn fsync(dir: &std::path::Path, count: u32) -> anyhow::Result<Run> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("fsync-probe-{}", std::process::id()));
    let mut file = std::fs::File::create(&path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    let page = [0x5au8; 4096];
    let mut latencies = Latencies::new();
    let start = Instant::now();
    for _ in 0..count {
        let t = Instant::now();
        file.write_all(&page)?;
        file.sync_all()?;
        latencies.record(t.elapsed());
    }
    let elapsed = start.elapsed().max(Duration::from_nanos(1));
    drop(file);
    std::fs::remove_file(&path)?;
    Ok(report::Run::new("fsync", "fsync/s")
        .param("bytes", 4096)
        .metric("throughput", f64::from(count) / elapsed.as_secs_f64())
        .metric("count", f64::from(count))
        .latencies(&latencies))
}
