use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use civic_domain::CreditCode;
use civic_store::test_postgres::TestDb;
use serde_json::{Value, json};

pub const BIN: &str = env!("CARGO_BIN_EXE_civic-ledger");

/// A running `civic-ledger serve`, stopped (SIGKILL) when dropped.
pub struct Server {
    child: Option<Child>,
    pub url: String,
    client: reqwest::Client,
}

/// Where a test's ledger lives: a data directory (token key, and the embedded store), and for
/// PostgreSQL a database of its own on the server `DATABASE_URL` names.
pub struct Place {
    pub dir: tempfile::TempDir,
    pub db: Option<TestDb>,
}

impl Place {
    /// `None` when PostgreSQL is asked for and cannot be reached outside CI (the skip is said
    /// loudly); under `CI=true` that fails the test instead.
    pub async fn new(postgres: bool) -> Option<Place> {
        let db = if postgres {
            let admin = civic_store::test_postgres::postgres_or_skip().await?;
            Some(TestDb::create(&admin).await)
        } else {
            None
        };
        // CIVIC_TEST_KEEP=1 keeps each test's data directory, to look at a ledger a test left
        // (the README's auditor session was read off one).
        let keep = std::env::var_os("CIVIC_TEST_KEEP").is_some();
        let dir = tempfile::Builder::new()
            .disable_cleanup(keep)
            .tempdir()
            .unwrap();
        if keep {
            eprintln!("CIVIC_TEST_KEEP: data directory {}", dir.path().display());
        }
        Some(Place { dir, db })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `--data-dir DIR`, and `--store URL` on PostgreSQL: what every ledger command takes.
    pub fn args(&self) -> Vec<String> {
        let mut args = vec![
            "--data-dir".to_owned(),
            self.dir.path().to_str().unwrap().to_owned(),
        ];
        if let Some(db) = &self.db {
            args.extend(["--store".to_owned(), db.url.clone()]);
        }
        args
    }

    pub fn start(&self) -> Server {
        Server::start_with(&self.args())
    }

    pub fn token(&self, role: &str, jurisdiction: Option<&str>) -> String {
        token(self.dir.path(), role, jurisdiction)
    }
}

/// One `#[tokio::test]` per backend for each test function taking a [`Place`].
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        on_both_backends!(@backend on_embedded, false, $($name),*);
        on_both_backends!(@backend on_postgres, true, $($name),*);
    };
    (@backend $module:ident, $postgres:expr, $($name:ident),*) => {
        mod $module {
            $(
                #[tokio::test]
                async fn $name() {
                    if let Some(place) = $crate::support::Place::new($postgres).await {
                        super::$name(place).await;
                    }
                }
            )*
        }
    };
}

/// The arguments of `civic-ledger serve` on a free port, with `args` (where the ledger is).
pub fn serve_args(args: &[String]) -> Vec<String> {
    let mut all = vec![
        "serve".to_owned(),
        "--listen".to_owned(),
        "127.0.0.1:0".to_owned(),
    ];
    all.extend_from_slice(args);
    all
}

impl Server {
    pub fn start(data_dir: &Path) -> Server {
        Server::start_with(&[
            "--data-dir".to_owned(),
            data_dir.to_str().unwrap().to_owned(),
        ])
    }

    /// `civic-ledger serve` on a free port with these arguments (where the ledger is).
    pub fn start_with(args: &[String]) -> Server {
        let mut command = Command::new(BIN);
        command.args(serve_args(args));
        Server::spawn(command)
    }

    /// Runs `command` (which starts a server with [`serve_args`]) and waits for it to listen.
    pub fn spawn(mut command: Command) -> Server {
        let mut child = command
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start civic-ledger serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read the listening line");
        let url = line
            .trim()
            .strip_prefix("civic-ledger listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        Server {
            child: Some(child),
            url,
            client: reqwest::Client::new(),
        }
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    /// Stops gracefully (SIGTERM) and waits.
    pub fn stop(mut self) {
        if let Some(mut child) = self.child.take() {
            let status = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status()
                .expect("kill -TERM");
            assert!(status.success());
            let exit = child.wait().expect("wait for the server");
            assert!(exit.success(), "server exited with {exit}");
        }
    }

    /// Sends SIGTERM and waits at most `bound` for the server to exit (cleanly); returns how
    /// long it took. Panics (killing it) if it is still running after `bound`.
    pub fn terminate_within(mut self, bound: std::time::Duration) -> std::time::Duration {
        let mut child = self.child.take().expect("a running server");
        let started = std::time::Instant::now();
        let status = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .expect("kill -TERM");
        assert!(status.success());
        loop {
            if let Some(exit) = child.try_wait().expect("wait for the server") {
                assert!(exit.success(), "server exited with {exit}");
                return started.elapsed();
            }
            if started.elapsed() > bound {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the server was still running {bound:?} after SIGTERM");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    /// The opening request of a WebSocket to `/graphql/ws` in the graphql-transport-ws protocol.
    pub fn ws_request(&self) -> tokio_tungstenite::tungstenite::handshake::client::Request {
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;
        let mut request = format!("{}/graphql/ws", self.url.replace("http://", "ws://"))
            .into_client_request()
            .unwrap();
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            "graphql-transport-ws".parse().unwrap(),
        );
        request
    }

    /// The `host:port` the server listens on.
    pub fn address(&self) -> &str {
        self.url.trim_start_matches("http://")
    }

    /// Kills with SIGKILL, as a power cut would.
    pub fn kill(mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().expect("kill -9");
            child.wait().expect("wait");
        }
    }

    pub async fn post_raw(&self, token: Option<&str>, body: Vec<u8>) -> (u16, Value) {
        let mut req = self
            .client
            .post(format!("{}/graphql", self.url))
            .header("content-type", "application/json")
            .body(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.expect("request");
        let status = res.status().as_u16();
        (status, res.json().await.expect("a JSON answer"))
    }

    /// Runs a GraphQL operation and returns the whole response body.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let body = serde_json::to_vec(&json!({ "query": query, "variables": variables })).unwrap();
        self.post_raw(token, body).await.1
    }

    /// [`Server::gql`] with an `Accept-Language` header (`None`: no header).
    pub async fn gql_in(
        &self,
        language: Option<&str>,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> Value {
        let mut req = self
            .client
            .post(format!("{}/graphql", self.url))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(l) = language {
            req = req.header("accept-language", l);
        }
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send()
            .await
            .expect("request")
            .json()
            .await
            .expect("a JSON answer")
    }

    /// Runs an operation that must succeed; returns its `data`.
    pub async fn ok(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let r = self.gql(token, query, variables).await;
        assert!(r.get("errors").is_none(), "unexpected errors: {r:#}");
        r["data"].clone()
    }

    pub async fn get(&self, path: &str) -> (u16, String) {
        let res = self
            .client
            .get(format!("{}{path}", self.url))
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    }

    /// A GET with a bearer token: status, `Content-Type` and body.
    pub async fn get_as(&self, token: Option<&str>, path: &str) -> (u16, String, String) {
        let mut req = self.client.get(format!("{}{path}", self.url));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let kind = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        (status, kind, res.text().await.unwrap())
    }

    /// How many events the ledger holds (from /readyz).
    pub async fn event_count(&self) -> u64 {
        let (status, body) = self.get("/readyz").await;
        assert_eq!(status, 200, "{body}");
        body.lines()
            .next()
            .unwrap_or_default()
            .strip_prefix("ready; ")
            .and_then(|r| r.strip_suffix(" events"))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("unexpected /readyz body {body:?}"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

pub fn cli(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run civic-ledger")
}

/// A token for `{role}-tester`, of `jurisdiction` if given.
pub fn token(data_dir: &Path, role: &str, jurisdiction: Option<&str>) -> String {
    let subject = format!("{role}-tester");
    let scope = jurisdiction.map_or(vec![], |j| vec!["--jurisdiction", j]);
    issue_token(data_dir, role, &subject, &scope)
}

/// `civic-ledger token issue` for `subject` with `extra` arguments (scope, `--ttl`); the token.
pub fn issue_token(data_dir: &Path, role: &str, subject: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "token",
        "issue",
        "--data-dir",
        data_dir.to_str().unwrap(),
        "--role",
        role,
        "--subject",
        subject,
    ];
    args.extend_from_slice(extra);
    let out = cli(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// A valid civil-affairs credit code for a kind digit ('1' social group, '2' social service
/// organisation, '3' foundation) and division.
pub fn credit_code(kind_digit: char, division: &str, serial: u32) -> String {
    CreditCode::from_parts(kind_digit, division, &format!("MJ{serial:06}"))
        .unwrap()
        .as_str()
        .to_owned()
}

pub const APPLY: &str = "mutation($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) {
    version position
    organisation { id name status creditCode version
      legalRepresentative { name idNumber phone } registeredFunds appliedAt }
  }
}";

pub fn application(name: &str, kind: &str, code: &str, jurisdiction: &str) -> Value {
    json!({
        "name": name,
        "kind": kind,
        "creditCode": code,
        "domicile": "深圳市福田区福中三路1号",
        "purpose": "为辖区老年人提供养老服务",
        "businessScope": "居家养老、培训、咨询",
        "legalRepresentative": { "name": "王芳", "idNumber": "11010519491231002X", "phone": "13800138000" },
        "registeredFunds": if kind == "FOUNDATION" { "2000000.00" } else { "30000.00" },
        "jurisdiction": jurisdiction,
    })
}

/// An application for a social service organisation of Futian (440304), the usual case.
pub fn futian_application(name: &str, serial: u32) -> Value {
    application(
        name,
        "SOCIAL_SERVICE_ORG",
        &credit_code('2', "440304", serial),
        "440304",
    )
}

/// Applies and returns the new organisation's id.
pub async fn apply(server: &Server, token: &str, input: Value) -> String {
    let data = server.ok(Some(token), APPLY, json!({ "i": input })).await;
    data["applyForRegistration"]["organisation"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Approves the registration of organisation `id` (which must succeed).
pub async fn approve_registration(server: &Server, token: &str, id: &str) {
    server
        .ok(
            Some(token),
            "mutation($id: UUID!) { approveRegistration(input: {organisationId: $id}) { version } }",
            json!({ "id": id }),
        )
        .await;
}

/// The `extensions` of the only error of a response.
pub fn error_extensions(response: &Value) -> Value {
    let errors = response["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors in {response:#}"));
    assert_eq!(errors.len(), 1, "{response:#}");
    assert!(
        !errors[0]["message"].as_str().unwrap_or_default().is_empty(),
        "an error says what is wrong"
    );
    errors[0]["extensions"].clone()
}

/// Asserts that the only error of `response` has `code` and `rule` (`None`: no rule); `what`
/// names the case in the failure.
pub fn assert_error(response: &Value, code: &str, rule: Option<&str>, what: &str) {
    let ext = error_extensions(response);
    assert_eq!(
        (ext["code"].as_str(), ext["rule"].as_str()),
        (Some(code), rule),
        "{what}: {response}"
    );
}
