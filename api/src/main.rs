use std::io::{BufWriter, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use civic_ledger::auth::{Role, TokenKey, new_claims};
use civic_ledger::ledger::{Ledger, OpenError, StoreLocation, TickMode};
use civic_ledger::server::{self, App};
use civic_ledger::users::{SignIn, Users};
use civic_ledger::{graphql, transfer};
use civic_store::postgres::{PostgresOptions, PostgresStore};
use civic_store::sqlite::{SqliteOptions, SqliteStore};
use civic_store::{EventStore, StoreError, verify_store};
use clap::{Args, Parser, Subcommand};
use uuid::Uuid;

// A rebuild parses events on one thread and writes their rows on another, so memory is freed
// by a thread other than the one that took it: glibc's arenas then contend on their locks
// (W2 ~86,000 events/s with glibc, ~149,000 with mimalloc, the same binary otherwise).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// An event-sourced ledger for civil-affairs registries, government purchase of services, and
/// their audit.
#[derive(Parser)]
#[command(name = "civic-ledger", version)]
struct Cli {
    /// Log as JSON lines instead of text.
    #[arg(long, global = true, env = "CIVIC_LEDGER_LOG_JSON")]
    log_json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct DataDir {
    /// Where the ledger keeps its file and token key.
    #[arg(long, env = "CIVIC_LEDGER_DATA_DIR", default_value = "./data")]
    data_dir: PathBuf,
}

#[derive(Args, Clone)]
struct Place {
    #[command(flatten)]
    data: DataDir,
    /// Where the events and read models live: `embedded` (a SQLite file in the data
    /// directory) or a PostgreSQL URL shared by several servers, e.g.
    /// postgres://ledger@db.example/civic. The data directory still holds the token key,
    /// policy.json and holidays.txt.
    #[arg(long, env = "CIVIC_LEDGER_STORE", default_value = "embedded")]
    store: StoreLocation,
}

impl Place {
    fn describe(&self) -> String {
        match &self.store {
            StoreLocation::Embedded => format!("the ledger in {}", self.data.data_dir.display()),
            StoreLocation::Postgres(_) => "the ledger on PostgreSQL".to_owned(),
        }
    }

    async fn open(&self, lock_wait: std::time::Duration) -> anyhow::Result<Ledger> {
        Ledger::open_waiting(&self.data.data_dir, &self.store, lock_wait)
            .await
            .with_context(|| format!("cannot open {}", self.describe()))
    }

    /// For `tick`: an embedded ledger another process is writing is waited for briefly (an
    /// import or another tick ends soon), saying so at once; a running server is what holds it
    /// longest, and it fires due transitions itself.
    async fn open_for_tick(&self) -> anyhow::Result<Ledger> {
        match Ledger::open(&self.data.data_dir, &self.store).await {
            Err(OpenError::Store(StoreError::Locked(path))) => {
                eprintln!(
                    "{} is in use by another civic-ledger process; waiting up to {} s for it. \
                     If it is a running server, there is no need to tick: it fires due \
                     transitions itself every --tick-every, and an admin can call the `tick` \
                     mutation.",
                    path.display(),
                    TICK_LOCK_WAIT.as_secs()
                );
                self.open(TICK_LOCK_WAIT).await.context(
                    "gave up waiting; a running server fires due transitions itself (or use the \
                     `tick` mutation)",
                )
            }
            other => other.with_context(|| format!("cannot open {}", self.describe())),
        }
    }

    /// The events only, for reading: no read models, no lock on an embedded ledger.
    async fn events(&self) -> anyhow::Result<Box<dyn EventStore>> {
        Ok(match &self.store {
            StoreLocation::Embedded => Box::new(open_read_only(&self.data.data_dir)?),
            StoreLocation::Postgres(url) => Box::new(
                PostgresStore::connect(url, PostgresOptions::default())
                    .await
                    .context("cannot open the ledger on PostgreSQL")?,
            ),
        })
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve GraphQL over HTTP (GraphiQL at /).
    Serve {
        #[command(flatten)]
        place: Place,
        /// Address to listen on; port 0 picks a free one.
        #[arg(long, env = "CIVIC_LEDGER_LISTEN", default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// How often the scheduler fires due time-driven transitions (0s: never).
        #[arg(long, env = "CIVIC_LEDGER_TICK_EVERY", default_value = "1m", value_parser = humantime::parse_duration)]
        tick_every: std::time::Duration,
        /// Connections served at once; further clients wait until one closes.
        #[arg(long, env = "CIVIC_LEDGER_MAX_CONNECTIONS", default_value_t = server::DEFAULT_MAX_CONNECTIONS as u32, value_parser = clap::value_parser!(u32).range(1..))]
        max_connections: u32,
        #[command(flatten)]
        ocds: OcdsOptions,
    },
    /// Fire every time-driven transition due up to an instant (lapses, unfiled reports, list
    /// escalations and removals, rating expiry). Safe to repeat: each fires once.
    Tick {
        #[command(flatten)]
        place: Place,
        /// RFC 3339 instant, e.g. 2027-06-01T00:00:00+08:00 (default: now). Firing is only up
        /// to the present: a later instant needs --preview.
        #[arg(long)]
        at: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// Only say what would fire by --at (at most 10 years ahead); write nothing.
        #[arg(long)]
        preview: bool,
    },
    /// Re-compute every stream's hash chain; exits non-zero naming the first break.
    Verify {
        #[command(flatten)]
        place: Place,
    },
    /// Write every event as JSON Lines on stdout, or to a file created private (0600).
    Export {
        #[command(flatten)]
        place: Place,
        /// Write to FILE instead of stdout, readable by its owner only: events hold ID numbers.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Load an export into an empty ledger (FILE, or - for stdin); checks every chain first.
    Import {
        #[command(flatten)]
        place: Place,
        file: PathBuf,
    },
    /// Bearer tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// The key sealed bids are encrypted under (`<data-dir>/bid-sealing.key`).
    BidKey {
        #[command(subcommand)]
        command: BidKeyCommand,
    },
    /// Console users, who sign in with a username and password.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Print the GraphQL schema (SDL).
    Schema,
    /// OCDS 1.1 packages of the published procurements, written to stdout (docs/ocds.md).
    Ocds {
        #[command(subcommand)]
        command: OcdsCommand,
    },
}

#[derive(Args, Clone)]
struct OcdsOptions {
    /// The deployment's ocid prefix, registered with the Open Contracting Partnership
    /// (`ocds-` and six letters or digits); every ocid is this prefix, a hyphen and the
    /// procurement id.
    #[arg(long, env = "CIVIC_OCID_PREFIX", default_value = civic_ocds::DEFAULT_OCID_PREFIX, value_parser = civic_ledger::ocds::parse_ocid_prefix)]
    ocid_prefix: String,
    /// Who publishes the packages (their `publisher.name`).
    #[arg(long, env = "CIVIC_OCDS_PUBLISHER", default_value = civic_ledger::ocds::DEFAULT_PUBLISHER)]
    ocds_publisher: String,
    /// The public address the packages are served at (their `uri`); `serve` defaults to its
    /// listening address.
    #[arg(long, env = "CIVIC_OCDS_BASE_URL")]
    ocds_base_url: Option<String>,
}

impl OcdsOptions {
    fn configure(&self, default_base: String) {
        civic_ledger::ocds::configure(civic_ocds::Publication {
            ocid_prefix: self.ocid_prefix.clone(),
            publisher_name: self.ocds_publisher.clone(),
            base_uri: self
                .ocds_base_url
                .clone()
                .unwrap_or(default_base)
                .trim_end_matches('/')
                .to_owned(),
        });
    }
}

#[derive(Subcommand)]
enum OcdsCommand {
    /// One release package with every release of every published procurement (at most
    /// 1000 procurements; name one with --procurement).
    Releases {
        #[command(flatten)]
        place: Place,
        #[command(flatten)]
        ocds: OcdsOptions,
        /// Only releases dated at or after this RFC 3339 instant.
        #[arg(long)]
        since: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// Only this procurement's releases.
        #[arg(long)]
        procurement: Option<Uuid>,
    },
    /// One record package with a record (compiled and versioned release) per published
    /// procurement (at most 1000; name one with --procurement).
    Records {
        #[command(flatten)]
        place: Place,
        #[command(flatten)]
        ocds: OcdsOptions,
        #[arg(long)]
        procurement: Option<Uuid>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user to the data directory's users file. The password is read from standard
    /// input (one line), or asked for twice at a terminal; never from the command line,
    /// where other users of the machine could read it.
    Add {
        #[command(flatten)]
        data: DataDir,
        #[arg(long)]
        username: String,
        /// registrar, purchaser, ngo, evaluator, auditor or admin.
        #[arg(long)]
        role: Role,
        /// 6-digit division code the user acts in (registrars and purchasers).
        #[arg(long)]
        jurisdiction: Option<String>,
        /// The organisation an ngo user acts for.
        #[arg(long)]
        organisation: Option<Uuid>,
    },
}

#[derive(Subcommand)]
enum BidKeyCommand {
    /// Create the data directory's bid-sealing key (0600) unless it exists; an existing key is
    /// never replaced. Servers sharing a PostgreSQL ledger need this one file copied to each
    /// data directory before the first bid, and a backup kept apart from the database: a lost
    /// key means the bids sealed under it cannot be opened.
    Init {
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Mint a token signed with this ledger's key.
    Issue {
        #[command(flatten)]
        data: DataDir,
        /// registrar, purchaser, ngo, evaluator, auditor or admin.
        #[arg(long)]
        role: Role,
        /// Who the token is for (recorded as the actor of every event it writes).
        #[arg(long)]
        subject: String,
        /// 6-digit division code the bearer acts in (registrars and purchasers).
        #[arg(long)]
        jurisdiction: Option<String>,
        /// The organisation an ngo token acts for; a purchaser token's purchasing unit; an
        /// evaluator token's expert id in the expert pool.
        #[arg(long)]
        organisation: Option<Uuid>,
        /// How long the token is valid, e.g. 8h, 30d (at least 1s, at most a year).
        #[arg(long, default_value = "12h", allow_hyphen_values = true, value_parser = civic_ledger::auth::parse_ttl)]
        ttl: std::time::Duration,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.log_json);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn open_read_only(data_dir: &Path) -> anyhow::Result<SqliteStore> {
    let path = data_dir.join("ledger.db");
    if !path.exists() {
        bail!("there is no ledger in {}", data_dir.display());
    }
    Ok(SqliteStore::open(
        &path,
        SqliteOptions {
            read_only: true,
            inline: None,
            lock_wait: std::time::Duration::ZERO,
        },
    )?)
}

async fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Serve {
            place,
            listen,
            tick_every,
            max_connections,
            ocds,
        } => {
            let ledger = place.open(std::time::Duration::ZERO).await?;
            let key = TokenKey::load_or_create(&place.data.data_dir)?;
            let listener = tokio::net::TcpListener::bind(listen)
                .await
                .with_context(|| format!("cannot listen on {listen}"))?;
            let addr = listener.local_addr()?;
            ocds.configure(format!("http://{addr}"));
            let shutdown = shutdown_signal();
            // Tests and scripts read this line to find the port.
            println!("civic-ledger listening on http://{addr}");
            std::io::stdout().flush()?;
            tracing::info!(
                %addr,
                data_dir = %place.data.data_dir.display(),
                store = ledger.backend_name(),
                "serving"
            );
            if !tick_every.is_zero() {
                tokio::spawn(scheduler(ledger.clone(), tick_every));
            }
            server::serve(
                listener,
                App::new(ledger, key, SignIn::new(&place.data.data_dir)),
                shutdown,
                server::ServeOptions {
                    max_connections: max_connections as usize,
                },
            )
            .await?;
            tracing::info!("stopped");
            Ok(ExitCode::SUCCESS)
        }
        Command::Tick { place, at, preview } => {
            let now = chrono::Utc::now();
            let at = at.map_or(now, |a| a.with_timezone(&chrono::Utc));
            let mode = if preview {
                TickMode::Preview
            } else {
                TickMode::Fire
            };
            let ledger = place.open_for_tick().await?;
            let fired = ledger.tick(at, now, mode).await?;
            for f in &fired {
                println!(
                    "{} organisation-{} version {} (due {})",
                    f.command, f.organisation, f.version, f.due_on
                );
            }
            let clocks = ledger.tick_procurements(at, now, mode).await?;
            for f in &clocks.fired {
                println!(
                    "{} procurement-{} version {} (due {})",
                    f.command,
                    f.procurement,
                    f.version,
                    civic_ledger::graphql::scalars::shanghai(&f.due_at)
                );
            }
            for f in &clocks.failed {
                eprintln!(
                    "{} procurement-{} failed: {}",
                    f.command, f.procurement, f.error
                );
            }
            let verb = if preview { "would fire" } else { "fired" };
            println!(
                "{verb} {} transitions due by {}{}",
                fired.len() + clocks.fired.len(),
                civic_ledger::graphql::scalars::shanghai(&at),
                if preview {
                    " (preview: nothing was written)"
                } else {
                    ""
                }
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Verify { place } => {
            let store = place.events().await?;
            let report = verify_store(store.as_ref(), every_100k("verified")).await?;
            match report.first_break {
                None => {
                    println!(
                        "ok: {} events in {} streams, every chain intact",
                        report.events, report.streams
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Some(b) => {
                    println!("broken: {b}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Export { place, output } => {
            let store = place.events().await?;
            let out: Box<dyn Write> = match &output {
                Some(path) => Box::new(
                    private_file(path)
                        .with_context(|| format!("cannot write {}", path.display()))?,
                ),
                None => Box::new(std::io::stdout().lock()),
            };
            let n = transfer::export(store.as_ref(), BufWriter::new(out), every_100k("exported"))
                .await?;
            eprintln!("exported {n} events");
            Ok(ExitCode::SUCCESS)
        }
        Command::Import { place, file } => {
            let (path, _temporary) = if file.as_os_str() == "-" {
                let tmp = std::env::temp_dir()
                    .join(format!("civic-ledger-import-{}.jsonl", Uuid::now_v7()));
                let mut out = private_file(&tmp)?;
                std::io::copy(&mut std::io::stdin().lock(), &mut out)?;
                out.sync_all()?;
                (tmp.clone(), Some(TempFile(tmp)))
            } else {
                (file, None)
            };
            let ledger = place.open(std::time::Duration::ZERO).await?;
            let n = transfer::import(ledger.store().as_ref(), &path, |what, n| {
                eprintln!("{what} {n} events")
            })
            .await?;
            println!("imported {n} events into {}", place.describe());
            Ok(ExitCode::SUCCESS)
        }
        Command::Token {
            command:
                TokenCommand::Issue {
                    data,
                    role,
                    subject,
                    jurisdiction,
                    organisation,
                    ttl,
                },
        } => {
            let key = TokenKey::load_or_create(&data.data_dir)?;
            let claims = new_claims(
                role,
                &subject,
                jurisdiction,
                organisation,
                ttl,
                chrono::Utc::now(),
            )?;
            println!("{}", key.issue(&claims));
            Ok(ExitCode::SUCCESS)
        }
        Command::BidKey {
            command: BidKeyCommand::Init { data },
        } => {
            let (key_id, created) = civic_ledger::ledger::init_bid_key(&data.data_dir)?;
            let path = data.data_dir.join(civic_sealing::KEY_FILE);
            if created {
                println!(
                    "created the bid-sealing key {} (key id {key_id}); back it up apart from the database",
                    path.display()
                );
            } else {
                println!(
                    "the bid-sealing key {} already exists (key id {key_id}); it was left as it is",
                    path.display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::User {
            command:
                UserCommand::Add {
                    data,
                    username,
                    role,
                    jurisdiction,
                    organisation,
                },
        } => {
            let password = read_password()?;
            Users::in_data_dir(&data.data_dir).add(
                &username,
                &password,
                role,
                jurisdiction,
                organisation,
            )?;
            println!(
                "added {} ({}) to {}",
                username.trim(),
                role.as_str(),
                data.data_dir
                    .join(civic_ledger::users::USERS_FILE)
                    .display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema => {
            print!("{}", graphql::schema(None).sdl());
            Ok(ExitCode::SUCCESS)
        }
        Command::Ocds { command } => ocds_command(command).await,
    }
}

/// `civic-ledger ocds`: reads the events only (no lock), so it runs beside a server.
async fn ocds_command(command: OcdsCommand) -> anyhow::Result<ExitCode> {
    use civic_ledger::ocds;
    let (place, options, since, procurement, records) = match command {
        OcdsCommand::Releases {
            place,
            ocds,
            since,
            procurement,
        } => (place, ocds, since, procurement, false),
        OcdsCommand::Records {
            place,
            ocds,
            procurement,
        } => (place, ocds, None, procurement, true),
    };
    options.configure(ocds::DEFAULT_BASE_URL.to_owned());
    let store = place.events().await?;
    let mut ids = ocds::procurement_ids(store.as_ref()).await?;
    if let Some(id) = procurement {
        ids.retain(|(p, _)| *p == id);
    }
    if ids.len() > ocds::MAX_PURCHASES {
        bail!(
            "the ledger holds {} procurements, more than the {} one package holds: export them one at a time with --procurement <id>",
            ids.len(),
            ocds::MAX_PURCHASES
        );
    }
    let publication = ocds::publication();
    let since = since.map(|s| s.with_timezone(&chrono::Utc));
    let mut releases = Vec::new();
    let mut record_list = Vec::new();
    for (id, contract) in ids {
        let mut list = ocds::releases(store.as_ref(), id, contract).await?;
        if records {
            if let Some(r) = civic_ocds::record(list)? {
                record_list.push(r);
            }
        } else {
            if let Some(since) = since {
                list.retain(|r| {
                    r.get("date")
                        .and_then(serde_json::Value::as_str)
                        .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok())
                        .is_some_and(|d| d >= since)
                });
            }
            releases.extend(list);
        }
    }
    let package = if records {
        let uri = format!("{}/ocds/records.json", publication.base_uri);
        civic_ocds::record_package(publication, uri, record_list)
    } else {
        let uri = format!("{}/ocds/releases.json", publication.base_uri);
        civic_ocds::release_package(publication, uri, releases)
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer(&mut out, &package)?;
    writeln!(out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A new user's password: one line of standard input, or at a terminal asked twice with the
/// echo off (through `stty`, which every Unix terminal has).
fn read_password() -> anyhow::Result<String> {
    use std::io::{BufRead, IsTerminal};
    let stdin = std::io::stdin();
    let read_line = || -> anyhow::Result<String> {
        let mut line = String::new();
        stdin.lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\n', '\r']).to_owned())
    };
    if !stdin.is_terminal() {
        return read_line();
    }
    let echo = |on: bool| {
        let _ = std::process::Command::new("stty")
            .arg(if on { "echo" } else { "-echo" })
            .stdin(std::process::Stdio::inherit())
            .status();
    };
    let ask = |prompt: &str| -> anyhow::Result<String> {
        eprint!("{prompt}");
        std::io::stderr().flush()?;
        echo(false);
        let line = read_line();
        echo(true);
        eprintln!();
        line
    };
    let first = ask("password: ")?;
    let second = ask("again: ")?;
    if first != second {
        bail!("the two passwords differ; nothing was added");
    }
    Ok(first)
}

/// Fires due transitions every `every`; a failed round is logged and retried next round.
async fn scheduler(ledger: Ledger, every: std::time::Duration) {
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        let now = chrono::Utc::now();
        match ledger.tick(now, now, TickMode::Fire).await {
            Ok(fired) if !fired.is_empty() => {
                tracing::info!(count = fired.len(), "fired due transitions");
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "scheduler round failed"),
        }
        // Failed openings are logged by the tick itself and retried next round.
        match ledger.tick_procurements(now, now, TickMode::Fire).await {
            Ok(clocks) if !clocks.fired.is_empty() => {
                tracing::info!(count = clocks.fired.len(), "fired procurement clocks");
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "procurement clocks round failed"),
        }
    }
}

/// How long `tick` waits for another process to let go of an embedded ledger.
const TICK_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Progress on stderr each time another 100,000 events are done.
fn every_100k(what: &'static str) -> impl FnMut(u64) {
    let mut next = 100_000;
    move |n| {
        if n >= next {
            eprintln!("{what} {n} events");
            next = (n / 100_000 + 1) * 100_000;
        }
    }
}

/// Creates (or empties) a file only its owner can read: what is written holds ID numbers.
fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

/// Removes a spooled stdin copy when the import is done, whatever its outcome.
struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The handler is installed when this is called, not when the future is first polled: the
/// server polls it only between accepts, so a SIGTERM right after the first request could
/// find no handler and kill the process (seen under load in the black-box tests).
fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        if let Some(mut term) = term {
            tokio::select! {
                _ = ctrl_c => {},
                _ = term.recv() => {},
            }
            return;
        }
        let _ = ctrl_c.await;
    }
}
