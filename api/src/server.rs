//! HTTP: GraphQL over POST at `/graphql`, subscriptions over WebSocket at `/graphql/ws`
//! (graphql-transport-ws), GraphiQL at `/`, and `/healthz`, `/readyz`.
//!
//! Every connection is bounded (DESIGN §6): how many are open, how long a client may take to
//! send a request head or a body, how large a WebSocket message may be, and how long a
//! shutdown waits for what is still running.

use std::sync::Arc;
use std::time::Duration;

use async_graphql::http::WebSocketProtocols;
use axum::body::Body;
use axum::extract::{Extension, State, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use uuid::Uuid;

use crate::auth::{Role, TokenKey};
use crate::graphql::{self, Accounts, ClientAddr, Lang, LedgerSchema, RequestMeta, Viewer};
use crate::ledger::Ledger;
use crate::readiness::Readiness;
use crate::users::SignIn;
use crate::websocket;
use crate::{console, graphiql};

/// Larger request bodies, and larger WebSocket messages, are refused before they are parsed.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Connections served at once (`serve --max-connections`), WebSockets included. Well past
/// what one ledger's clerks and auditors open at once, while each costs little (a task, a
/// socket and its buffers: tens of MiB for all of them). Further clients wait in the listen
/// backlog until one closes; idle ones are closed after [`HEADER_READ_TIMEOUT`], so a client
/// waits at most that long for a slot held by idle or slow clients. The process needs a
/// file-descriptor limit above it (systemd's default soft limit is 1,024: set LimitNOFILE).
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;

/// How long a client has to send a whole request head, from the moment its connection opens
/// or its previous response was sent (so it is also the idle keep-alive timeout). A real
/// client sends its head in one packet; ten seconds allows a poor mobile link, and stops a
/// slowloris client, which sends its headers a byte at a time, from holding a slot longer.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a client has to send the body of a request (at most [`MAX_BODY_BYTES`]): ten
/// seconds is 100 KiB/s for the largest body, and bounds a client that sends its body slowly.
pub const BODY_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a shutdown (SIGTERM) waits for requests still running and sockets still closing
/// before it stops anyway: past the request timeout, so that a request running when the
/// signal came still gets its answer, and under the 30 s after which orchestrators (systemd's
/// 90 s, Kubernetes' 30 s) kill the process.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(15);

#[derive(Clone)]
pub struct App {
    pub schema: LedgerSchema,
    pub key: TokenKey,
    pub ledger: Ledger,
    /// Set when the server begins to shut down: WebSocket sessions close on it.
    closing: Arc<watch::Sender<bool>>,
    /// WebSockets open at once: at most half the connections, so that however many sockets
    /// are held open, plain HTTP requests (and `/healthz`) always have the other half.
    sockets: Arc<Semaphore>,
    pub readiness: Readiness,
}

impl App {
    /// Starts the start-up check of every hash chain in the background (see
    /// [`Readiness`]); call it inside the runtime.
    pub fn new(ledger: Ledger, key: TokenKey, sign_in: SignIn) -> Self {
        let accounts = Accounts {
            sign_in,
            key: key.clone(),
        };
        App {
            schema: graphql::serving_schema(ledger.clone(), accounts),
            key,
            readiness: Readiness::start(ledger.store().clone()),
            ledger,
            closing: Arc::new(watch::channel(false).0),
            sockets: Arc::new(Semaphore::new(socket_limit(DEFAULT_MAX_CONNECTIONS))),
        }
    }

    /// Resolves when the server begins to shut down.
    pub(crate) fn closing(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut closing = self.closing.subscribe();
        async move {
            let _ = closing.wait_for(|c| *c).await;
        }
    }
}

pub fn router(app: App) -> Router {
    Router::new()
        .route("/graphql", post(graphql_post))
        .route("/graphql/ws", get(graphql_ws))
        .route("/export.jsonl", get(export_jsonl))
        .route("/ocds/releases/{file}", get(ocds_releases))
        .route("/ocds/records/{file}", get(ocds_records))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .merge(graphiql::routes())
        .merge(console::routes())
        .with_state(app)
}

/// How the server is run.
#[derive(Debug, Clone, Copy)]
pub struct ServeOptions {
    pub max_connections: usize,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            max_connections: DEFAULT_MAX_CONNECTIONS,
        }
    }
}

fn socket_limit(max_connections: usize) -> usize {
    (max_connections / 2).max(1)
}

/// A connection's place among the [`ServeOptions::max_connections`]; a WebSocket keeps its
/// connection's place for as long as it is open.
#[derive(Clone)]
struct ConnectionSlot(#[allow(dead_code)] Arc<OwnedSemaphorePermit>);

/// Serves until `shutdown` completes. Then it accepts no more connections, finishes the
/// requests running (idle connections are closed, WebSockets told the server is going away),
/// and returns when they are done or after [`SHUTDOWN_GRACE`], whichever comes first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: App,
    shutdown: impl Future<Output = ()> + Send + 'static,
    options: ServeOptions,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;

    // At most u32::MAX, so that a shutdown can wait for every slot at once.
    let max = options
        .max_connections
        .clamp(1, (u32::MAX as usize).min(Semaphore::MAX_PERMITS));
    let slots = Arc::new(Semaphore::new(max));
    let app = App {
        sockets: Arc::new(Semaphore::new(socket_limit(max))),
        ..app
    };
    let router = router(app.clone());
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    tokio::pin!(shutdown);
    loop {
        // A slot first, then the connection: over the limit, clients wait in the backlog
        // instead of costing a task each.
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(s) => ConnectionSlot(Arc::new(s)),
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it was accepted:
                    // pause rather than spin, and keep serving.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let router = router.clone();
        let service = hyper_util::service::TowerToHyperService::new(router.map_request(
            move |mut request: axum::http::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(slot.clone());
                request.extensions_mut().insert(ClientAddr(Some(peer.ip())));
                request
            },
        ));
        let connection = http
            .serve_connection(TokioIo::new(stream), service)
            .with_upgrades();
        let closing = app.closing();
        tokio::spawn(async move {
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => return,
                () = closing => {}
            }
            // Finish the request in progress, if any, and close.
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        });
    }
    drop(listener);
    app.closing.send_replace(true);
    // Every slot back means every connection (and WebSocket) has closed.
    if tokio::time::timeout(SHUTDOWN_GRACE, slots.acquire_many(max as u32))
        .await
        .is_err()
    {
        tracing::warn!(
            open = max - slots.available_permits(),
            "connections still open after the shutdown grace period; stopping anyway"
        );
    }
    Ok(())
}

fn error_response(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({ "errors": [{ "message": message, "extensions": { "code": code } }] })),
    )
        .into_response()
}

/// Reads the bearer token, if one was sent. A token that does not verify is an error, never
/// silently anonymous; its message is in the client's language.
pub(crate) fn viewer_from(
    authorization: Option<&str>,
    key: &TokenKey,
    lang: Lang,
) -> Result<Viewer, String> {
    let Some(value) = authorization else {
        return Ok(Viewer(None));
    };
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .ok_or_else(|| {
            lang.pick(
                "the Authorization header must be `Bearer <token>`",
                "Authorization 请求头应为 `Bearer <令牌>`",
            )
        })?;
    key.verify(token.trim(), chrono::Utc::now())
        .map(|c| Viewer(Some(c)))
        .map_err(|e| lang.pick(e.to_string(), e.zh()))
}

/// The language of a request's `Accept-Language` header.
fn lang_of(headers: &HeaderMap) -> Lang {
    Lang::from_accept_language(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// One purchase's OCDS release package at its stable URL; public, like the notices it holds.
async fn ocds_releases(
    State(app): State<App>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Response {
    ocds_file(&app, &file, false).await
}

/// One purchase's OCDS record package (compiled and versioned releases) at its stable URL.
async fn ocds_records(
    State(app): State<App>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Response {
    ocds_file(&app, &file, true).await
}

async fn ocds_file(app: &App, file: &str, records: bool) -> Response {
    let not_found = || {
        error_response(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            &format!(
                "no published procurement has the ocid {}: the address is /ocds/releases/<ocid>.json or /ocds/records/<ocid>.json, with an ocid that starts {}-",
                file.trim_end_matches(".json"),
                crate::ocds::publication().ocid_prefix
            ),
        )
    };
    let Some(id) = crate::ocds::procurement_of_file(file) else {
        return not_found();
    };
    let package = if records {
        crate::ocds::record_package(&app.ledger, id).await
    } else {
        crate::ocds::release_package(&app.ledger, id).await
    };
    match package {
        Ok(Some(p)) => Json(p).into_response(),
        Ok(None) => not_found(),
        Err(e) => {
            let reference = Uuid::now_v7();
            tracing::error!(%reference, error = %e, "ocds export failed");
            error_response(
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL",
                &format!("the OCDS export could not be made (reference {reference})"),
            )
        }
    }
}

/// The whole ledger as `civic-ledger export` writes it (JSON Lines, one recorded event a line),
/// streamed a page at a time; auditors and administrators, by bearer token.
async fn export_jsonl(State(app): State<App>, headers: HeaderMap) -> Response {
    let authorization = headers
        .get(header::AUTHORIZATION)
        .map(|v| v.to_str().unwrap_or_default());
    let lang = lang_of(&headers);
    let viewer = match viewer_from(authorization, &app.key, lang) {
        Ok(v) => v,
        Err(message) => {
            return error_response(StatusCode::UNAUTHORIZED, "UNAUTHENTICATED", &message);
        }
    };
    match viewer.0.as_ref().map(|c| c.role) {
        None => {
            return error_response(
                StatusCode::UNAUTHORIZED,
                "UNAUTHENTICATED",
                &lang.pick(
                    "exporting the ledger needs a bearer token: ask your administrator for one",
                    "导出全部记录需要登录令牌，请向系统管理员申领",
                ),
            );
        }
        Some(Role::Auditor | Role::Admin) => {}
        Some(other) => {
            return error_response(
                StatusCode::FORBIDDEN,
                "FORBIDDEN",
                &lang.pick(
                    format!(
                        "exporting the ledger is open to auditors and administrators; your token's role is {}",
                        other.as_str()
                    ),
                    format!(
                        "导出全部记录仅限审计人员和系统管理员；您的令牌角色是“{}”",
                        other.label_zh()
                    ),
                ),
            );
        }
    }
    let store = app.ledger.store().clone();
    let head = match store.head().await {
        Ok(h) => h,
        Err(e) => {
            let reference = Uuid::now_v7();
            tracing::error!(%reference, error = %e, "export: cannot read the ledger's head");
            return error_response(
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL",
                &format!("the ledger could not be read (reference {reference})"),
            );
        }
    };
    let pages = futures::StreamExt::inspect(crate::transfer::export_pages(store, head), |r| {
        // The status line is gone by now: a failure can only cut the download short, which
        // `civic-ledger import` (or `check`) reports as a broken last line.
        if let Err(e) = r {
            tracing::error!(error = %e, "export download cut short");
        }
    });
    (
        [
            (
                header::CONTENT_TYPE,
                "application/jsonl; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"civic-ledger-{head}.jsonl\""),
            ),
        ],
        Body::from_stream(pages),
    )
        .into_response()
}

async fn graphql_post(
    State(app): State<App>,
    client: Option<Extension<ClientAddr>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let lang = lang_of(&headers);
    let Ok(body) = tokio::time::timeout(BODY_READ_TIMEOUT, read_limited(body)).await else {
        return error_response(
            StatusCode::REQUEST_TIMEOUT,
            "VALIDATION",
            &lang.pick(
                format!(
                    "the request body did not arrive within {} s",
                    BODY_READ_TIMEOUT.as_secs()
                ),
                format!("请求内容未在{}秒内送达", BODY_READ_TIMEOUT.as_secs()),
            ),
        );
    };
    let Some(bytes) = body else {
        return error_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            "VALIDATION",
            &lang.pick(
                format!("the request is larger than {} KiB", MAX_BODY_BYTES / 1024),
                format!("请求内容超过{} KiB", MAX_BODY_BYTES / 1024),
            ),
        );
    };
    let authorization = headers
        .get(header::AUTHORIZATION)
        .map(|v| v.to_str().unwrap_or_default());
    let viewer = match viewer_from(authorization, &app.key, lang) {
        Ok(v) => v,
        Err(message) => {
            return error_response(StatusCode::UNAUTHORIZED, "UNAUTHENTICATED", &message);
        }
    };
    let request: async_graphql::Request = match serde_json::from_slice(&bytes) {
        Ok(r) => r,
        Err(e) => {
            return error_response(
                StatusCode::BAD_REQUEST,
                "VALIDATION",
                &lang.pick(
                    format!("the body is not a GraphQL request ({e})"),
                    "请求内容不是 GraphQL 请求（应为含 query 字段的 JSON）",
                ),
            );
        }
    };
    let correlation_id = headers
        .get("x-correlation-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| Uuid::parse_str(v).ok())
        .unwrap_or_else(Uuid::now_v7);
    let client = client.map_or(ClientAddr(None), |Extension(c)| c);
    let request = request
        .data(viewer)
        .data(RequestMeta { correlation_id })
        .data(lang)
        .data(client);
    Json(app.schema.execute(request).await).into_response()
}

/// The body, or `None` when it is larger than [`MAX_BODY_BYTES`]. An oversized body is still
/// drained (up to a bound) so that the client reads the 413 answer instead of a broken pipe.
async fn read_limited(body: Body) -> Option<axum::body::Bytes> {
    use futures::StreamExt;
    const DRAIN_BYTES: usize = 16 * MAX_BODY_BYTES;
    let mut stream = body.into_data_stream();
    let mut buffer = Vec::new();
    let mut seen = 0usize;
    while let Some(Ok(chunk)) = stream.next().await {
        seen += chunk.len();
        if seen > DRAIN_BYTES {
            return None;
        }
        if seen <= MAX_BODY_BYTES {
            buffer.extend_from_slice(&chunk);
        }
    }
    (seen <= MAX_BODY_BYTES).then(|| buffer.into())
}

async fn graphql_ws(
    State(app): State<App>,
    slot: Option<Extension<ConnectionSlot>>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    // The first subprotocol offered that we speak.
    let protocol = headers
        .get(header::SEC_WEBSOCKET_PROTOCOL)
        .and_then(|value| value.to_str().ok())
        .and_then(|offered| {
            offered
                .split(',')
                .find_map(|p| p.trim().parse::<WebSocketProtocols>().ok())
        });
    let Some(protocol) = protocol else {
        return error_response(
            StatusCode::BAD_REQUEST,
            "VALIDATION",
            "offer the graphql-transport-ws subprotocol (Sec-WebSocket-Protocol)",
        );
    };
    let Ok(socket_slot) = app.sockets.clone().try_acquire_owned() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "10")],
            Json(json!({ "errors": [{
                "message": "the server has as many live WebSockets as it can hold; try again shortly",
                "extensions": { "code": "UNAVAILABLE" },
            }] })),
        )
            .into_response();
    };
    // A browser sends its Accept-Language with the upgrade, not in connection_init.
    let lang = lang_of(&headers);
    upgrade
        .protocols(async_graphql::http::ALL_WEBSOCKET_PROTOCOLS)
        .max_message_size(MAX_BODY_BYTES)
        .max_frame_size(MAX_BODY_BYTES)
        .on_upgrade(move |socket| async move {
            let _slots = (slot, socket_slot);
            websocket::serve(socket, app, protocol, lang).await;
        })
}

/// 503 with the reason when the ledger cannot be read or written or a hash chain is broken.
async fn readyz(State(app): State<App>) -> Response {
    let report = app.readiness.report(app.ledger.store().as_ref()).await;
    let status = if report.ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, report.text).into_response()
}

/// Prometheus text format: what an operator watches (throughput and group-commit batching).
async fn metrics(State(app): State<App>) -> Response {
    use std::fmt::Write;
    use std::sync::atomic::Ordering::Relaxed;
    let store = app.ledger.store();
    let head = match store.head().await {
        Ok(h) => h,
        Err(e) => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                format!("# store unavailable: {e}\n"),
            )
                .into_response();
        }
    };
    let mut out = String::new();
    let mut metric = |name: &str, kind: &str, help: &str, value: u64| {
        let _ = writeln!(
            out,
            "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
        );
    };
    metric(
        "civic_ledger_events",
        "gauge",
        "Events recorded in the ledger.",
        head,
    );
    if let Some(stats) = app.ledger.writer_stats() {
        metric(
            "civic_ledger_store_commits_total",
            "counter",
            "Transactions committed by the writer since start (one fsync each).",
            stats.commits.load(Relaxed),
        );
        metric(
            "civic_ledger_store_appends_total",
            "counter",
            "Appends committed since start; appends/commits is the group-commit batch size.",
            stats.appends.load(Relaxed),
        );
    }
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        out,
    )
        .into_response()
}
