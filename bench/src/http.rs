//! W3–W5 against the real server: `civic-ledger serve` spawned on a loopback port, spoken to over
//! HTTP by a small load generator. Every loop is bounded in requests and in time.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, ChildStdout, Command};

use crate::big_ledger::Manifest;
use crate::fixtures::stream_of;
use crate::report::{Latencies, Run};

/// Gives up on a server that is not ready by then.
const START_TIMEOUT: Duration = Duration::from_secs(300);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The `civic-ledger` binary beside this one (both are built into the same target directory).
pub fn default_server_bin() -> PathBuf {
    std::env::current_exe()
        .map(|p| p.with_file_name("civic-ledger"))
        .unwrap_or_else(|_| PathBuf::from("civic-ledger"))
}

/// Mints a bearer token with the ledger's own key.
pub async fn issue_token(bin: &Path, data_dir: &Path, role: &str) -> anyhow::Result<String> {
    let out = Command::new(bin)
        .args([
            "token",
            "issue",
            "--role",
            role,
            "--subject",
            "bench",
            "--data-dir",
        ])
        .arg(data_dir)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .output()
        .await
        .with_context(|| format!("cannot run {}", bin.display()))?;
    if !out.status.success() {
        bail!(
            "token issue failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8(out.stdout)?.trim().to_owned())
}

/// A running `civic-ledger serve`; killed if dropped without [`Server::stop`].
pub struct Server {
    child: Child,
    pid: u32,
    pub url: String,
    /// From spawning the process to the first `200` of `/readyz`.
    pub ready: Duration,
    _stdout: BufReader<ChildStdout>,
}

impl Server {
    /// `serve --data-dir data_dir`, on the embedded store or on the PostgreSQL `store` URL.
    pub async fn start(bin: &Path, data_dir: &Path, store: Option<&str>) -> anyhow::Result<Server> {
        let started = Instant::now();
        let mut command = Command::new(bin);
        command
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(data_dir);
        if let Some(url) = store {
            command.args(["--store", url]);
        }
        let mut child = command
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .with_context(|| format!("cannot start {}", bin.display()))?;
        let pid = child.id().context("the server exited at once")?;
        let mut stdout = BufReader::new(child.stdout.take().context("no stdout")?);
        let mut line = String::new();
        tokio::time::timeout(START_TIMEOUT, stdout.read_line(&mut line))
            .await
            .context("the server did not say where it listens")??;
        let url = line
            .trim()
            .strip_prefix("civic-ledger listening on ")
            .with_context(|| format!("unexpected first line from the server: {line:?}"))?
            .to_owned();
        let client = reqwest::Client::new();
        loop {
            if let Ok(r) = client.get(format!("{url}/readyz")).send().await
                && r.status().is_success()
            {
                break;
            }
            if started.elapsed() > START_TIMEOUT {
                bail!("the server was not ready within {START_TIMEOUT:?}");
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        Ok(Server {
            child,
            pid,
            url,
            ready: started.elapsed(),
            _stdout: stdout,
        })
    }

    /// `VmRSS` and `VmHWM` (peak) of the server, in KiB.
    pub fn memory_kib(&self) -> anyhow::Result<(u64, u64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid))?;
        let field = |name: &str| -> anyhow::Result<u64> {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|kib| kib.parse().ok())
                .with_context(|| format!("no {name} in /proc/{}/status", self.pid))
        };
        Ok((field("VmRSS:")?, field("VmHWM:")?))
    }

    /// Stops gracefully (SIGTERM to this server's own pid) and waits for it.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        let _ = Command::new("kill")
            .args(["-TERM", &self.pid.to_string()])
            .status()
            .await;
        match tokio::time::timeout(Duration::from_secs(60), self.child.wait()).await {
            Ok(status) => {
                let status = status?;
                if !status.success() {
                    bail!("the server exited with {status}");
                }
            }
            Err(_) => {
                self.child.kill().await?;
                bail!("the server did not stop within a minute of SIGTERM");
            }
        }
        Ok(())
    }
}

/// A GraphQL client on one connection.
#[derive(Clone)]
pub struct Gql {
    client: reqwest::Client,
    url: String,
    token: String,
}

impl Gql {
    pub fn new(server_url: &str, token: &str) -> anyhow::Result<Gql> {
        Ok(Gql {
            client: reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .timeout(REQUEST_TIMEOUT)
                .build()?,
            url: format!("{server_url}/graphql"),
            token: token.to_owned(),
        })
    }

    /// Runs an operation; an HTTP error or a response with `errors` is an error. The body is
    /// read whole but only searched, to leave the cores to the server.
    pub async fn run(&self, query: &str, variables: Value) -> anyhow::Result<Vec<u8>> {
        let res = self
            .client
            .post(&self.url)
            .bearer_auth(&self.token)
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await?;
        let status = res.status();
        let body = res.bytes().await?;
        if !status.is_success() || body.windows(9).any(|w| w == b"\"errors\":") {
            bail!("{status}: {}", String::from_utf8_lossy(&body));
        }
        Ok(body.into())
    }

    /// Runs an operation and parses its answer.
    pub async fn run_json(&self, query: &str, variables: Value) -> anyhow::Result<Value> {
        Ok(serde_json::from_slice(&self.run(query, variables).await?)?)
    }
}

const ORGANISATION: &str = "query($id: UUID!) { organisation(id: $id) { id name kind status \
    creditCode jurisdiction domicile legalRepresentative { name idNumber phone } changesCount \
    version position } }";
const ORGANISATIONS: &str = "query($f: OrganisationFilterInput) { organisations(first: 20, \
    filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name \
    status creditCode jurisdiction } } } }";
const STREAM_EVENTS: &str = "query($s: String!) { streamEvents(stream: $s, first: 20) { \
    totalCount edges { node { position version kind data metadata recordedAtUtc hash } } } }";
const AS_OF: &str = "query($id: UUID!, $at: DateTime!) { organisationAsOf(id: $id, at: $at) { \
    id status version changesCount domicile } }";

/// The W3 mix: half `organisation(id)`, 30 % `organisations(first: 20, filter)` (by
/// jurisdiction, by jurisdiction and status, by kind and status, by part of the name), 20 %
/// `streamEvents` of an organisation, ids drawn uniformly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Query {
    Organisation,
    Organisations,
    StreamEvents,
}

const QUERIES: [Query; 3] = [
    Query::Organisation,
    Query::Organisations,
    Query::StreamEvents,
];

fn draw(rng: &mut StdRng, manifest: &Manifest) -> (Query, &'static str, Value) {
    let ids = &manifest.ids;
    let x: f64 = rng.random();
    if x < 0.5 {
        let id = ids[rng.random_range(0..ids.len())];
        (Query::Organisation, ORGANISATION, json!({ "id": id }))
    } else if x < 0.8 {
        let j = &manifest.jurisdictions[rng.random_range(0..manifest.jurisdictions.len())];
        let filter = match rng.random_range(0..4) {
            0 => json!({ "jurisdiction": j }),
            1 => json!({ "jurisdiction": j, "status": "ACTIVE" }),
            2 => json!({ "kind": "SOCIAL_SERVICE_ORG", "status": "ACTIVE" }),
            _ => json!({ "nameContains": format!("第{}社会", rng.random_range(0..ids.len())) }),
        };
        (Query::Organisations, ORGANISATIONS, json!({ "f": filter }))
    } else {
        let id = ids[rng.random_range(0..ids.len())];
        (
            Query::StreamEvents,
            STREAM_EVENTS,
            json!({ "s": stream_of(&id) }),
        )
    }
}

#[derive(Debug, Clone)]
pub struct W3Options {
    pub connections: usize,
    pub warmup_seconds: f64,
    pub seconds: f64,
    pub max_requests: u64,
    pub seed: u64,
}

#[derive(Default)]
struct W3Tally {
    all: Latencies,
    by_query: [Latencies; 3],
    ok: u64,
    errors: u64,
}

pub async fn w3(
    server_url: &str,
    token: &str,
    manifest: &Manifest,
    o: &W3Options,
) -> anyhow::Result<Run> {
    let manifest = std::sync::Arc::new(manifest.clone());
    let start = Instant::now();
    let measure_from = start + Duration::from_secs_f64(o.warmup_seconds);
    let end = measure_from + Duration::from_secs_f64(o.seconds);
    let per_connection = o.max_requests.div_ceil(o.connections as u64);
    let mut tasks = Vec::with_capacity(o.connections);
    for c in 0..o.connections {
        let gql = Gql::new(server_url, token)?;
        let manifest = manifest.clone();
        let mut rng = StdRng::seed_from_u64(o.seed ^ (c as u64).wrapping_mul(0x9E37_79B9));
        tasks.push(tokio::spawn(async move {
            let mut tally = W3Tally::default();
            let mut measured = 0u64;
            loop {
                let now = Instant::now();
                if now >= end || measured >= per_connection {
                    break;
                }
                let (kind, query, variables) = draw(&mut rng, &manifest);
                let t = Instant::now();
                let r = gql.run(query, variables).await;
                let took = t.elapsed();
                if now < measure_from {
                    continue;
                }
                measured += 1;
                match r {
                    Ok(_) => {
                        tally.ok += 1;
                        tally.all.record(took);
                        let i = QUERIES.iter().position(|q| *q == kind).unwrap_or(0);
                        tally.by_query[i].record(took);
                    }
                    Err(e) => {
                        if tally.errors == 0 {
                            eprintln!("W3: a request failed: {e}");
                        }
                        tally.errors += 1;
                    }
                }
            }
            (tally, Instant::now())
        }));
    }
    let mut tally = W3Tally::default();
    let mut finished = measure_from;
    for t in tasks {
        let (part, done) = t.await?;
        tally.all.merge(&part.all);
        for (mine, theirs) in tally.by_query.iter_mut().zip(&part.by_query) {
            mine.merge(theirs);
        }
        tally.ok += part.ok;
        tally.errors += part.errors;
        finished = finished.max(done);
    }
    let window = finished.saturating_duration_since(measure_from);
    let mut run = Run::new("W3", "req/s")
        .param("connections", o.connections)
        .param("organisations", manifest.shape.organisations)
        .param("seconds", o.seconds)
        .metric(
            "throughput",
            tally.ok as f64 / window.as_secs_f64().max(1e-9),
        )
        .metric("count", tally.ok as f64)
        .metric("errors", tally.errors as f64)
        .metric("elapsed_s", window.as_secs_f64())
        .latencies(&tally.all);
    for (q, lat) in QUERIES.iter().zip(&tally.by_query) {
        let prefix = match q {
            Query::Organisation => "organisation",
            Query::Organisations => "organisations",
            Query::StreamEvents => "streamEvents",
        };
        let mut m = std::collections::BTreeMap::new();
        lat.add_to(&mut m);
        for key in ["p50_us", "p99_us"] {
            if let Some(v) = m.get(key) {
                run = run.metric(&format!("{prefix}_{key}"), *v);
            }
        }
    }
    Ok(run)
}

/// W4: `organisationAsOf` of the organisation with the long history, at instants drawn
/// uniformly among its events (each between one event and the next), one request at a time.
/// The answer's version is checked against the event the instant was drawn at.
pub async fn w4(
    server_url: &str,
    token: &str,
    manifest: &Manifest,
    requests: u64,
    max_seconds: f64,
    seed: u64,
) -> anyhow::Result<Run> {
    let gql = Gql::new(server_url, token)?;
    let instants = &manifest.long_stream_instants;
    let id = manifest.long_stream_id();
    let mut rng = StdRng::seed_from_u64(seed);
    let mut latencies = Latencies::new();
    let (mut ok, mut errors) = (0u64, 0u64);
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(max_seconds);
    while ok + errors < requests && Instant::now() < deadline {
        let v = rng.random_range(0..instants.len());
        let gap = instants
            .get(v + 1)
            .map_or(1, |next| next - instants[v])
            .max(1);
        let micros = instants[v] + rng.random_range(0..gap);
        let at = chrono::DateTime::from_timestamp_micros(micros).context("instant")?;
        let t = Instant::now();
        let r = gql
            .run_json(
                AS_OF,
                json!({ "id": id, "at": civic_store::format_instant(&at) }),
            )
            .await;
        latencies.record(t.elapsed());
        let version = r
            .as_ref()
            .ok()
            .and_then(|b| b["data"]["organisationAsOf"]["version"].as_u64());
        if version == Some(v as u64) {
            ok += 1;
        } else {
            if errors == 0 {
                eprintln!("W4: expected version {v} at {at}, got {r:?}");
            }
            errors += 1;
        }
    }
    let elapsed = start.elapsed();
    Ok(Run::new("W4", "req/s")
        .param("stream_events", instants.len())
        .param("events", manifest.shape.events)
        .metric("throughput", ok as f64 / elapsed.as_secs_f64())
        .metric("count", ok as f64)
        .metric("errors", errors as f64)
        .metric("elapsed_s", elapsed.as_secs_f64())
        .latencies(&latencies))
}
