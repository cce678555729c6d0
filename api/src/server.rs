//! HTTP: GraphQL over POST at `/graphql`, subscriptions over WebSocket at `/graphql/ws`
//! (graphql-transport-ws), GraphiQL at `/`, and `/healthz`, `/readyz`.

use std::net::SocketAddr;

use async_graphql::{Data, ServerError};
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::body::Body;
use axum::extract::{State, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use uuid::Uuid;

use crate::auth::TokenKey;
use crate::graphiql;
use crate::graphql::{self, LedgerSchema, RequestMeta, Viewer};
use crate::ledger::Ledger;
use crate::readiness::Readiness;

/// Larger request bodies are refused before they are parsed.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

#[derive(Clone)]
pub struct App {
    pub schema: LedgerSchema,
    pub key: TokenKey,
    pub ledger: Ledger,
    pub readiness: Readiness,
}

impl App {
    /// Starts the start-up check of every hash chain in the background (see
    /// [`Readiness`]); call it inside the runtime.
    pub fn new(ledger: Ledger, key: TokenKey) -> Self {
        App {
            schema: graphql::schema(Some(ledger.clone())),
            key,
            readiness: Readiness::start(ledger.store().clone()),
            ledger,
        }
    }
}

pub fn router(app: App) -> Router {
    Router::new()
        .route("/graphql", post(graphql_post))
        .route("/graphql/ws", get(graphql_ws))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .merge(graphiql::routes())
        .with_state(app)
}

/// Serves until `shutdown` completes; in-flight requests finish first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: App,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(app).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

fn error_response(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({ "errors": [{ "message": message, "extensions": { "code": code } }] })),
    )
        .into_response()
}

/// Reads the bearer token, if one was sent. A token that does not verify is an error, never
/// silently anonymous.
fn viewer_from(authorization: Option<&str>, key: &TokenKey) -> Result<Viewer, String> {
    let Some(value) = authorization else {
        return Ok(Viewer(None));
    };
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .ok_or("the Authorization header must be `Bearer <token>`")?;
    key.verify(token.trim(), chrono::Utc::now())
        .map(|c| Viewer(Some(c)))
        .map_err(|e| e.to_string())
}

async fn graphql_post(State(app): State<App>, headers: HeaderMap, body: Body) -> Response {
    let Some(bytes) = read_limited(body).await else {
        return error_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            "VALIDATION",
            &format!("the request is larger than {} KiB", MAX_BODY_BYTES / 1024),
        );
    };
    let authorization = headers
        .get(header::AUTHORIZATION)
        .map(|v| v.to_str().unwrap_or_default());
    let viewer = match viewer_from(authorization, &app.key) {
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
                &format!("the body is not a GraphQL request ({e})"),
            );
        }
    };
    let correlation_id = headers
        .get("x-correlation-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| Uuid::parse_str(v).ok())
        .unwrap_or_else(Uuid::now_v7);
    let request = request.data(viewer).data(RequestMeta { correlation_id });
    let mut response = app.schema.execute(request).await;
    response.errors.iter_mut().for_each(ensure_code);
    Json(response).into_response()
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

/// Errors raised by the GraphQL engine itself (syntax, unknown fields, a mistyped argument, a
/// query too deep or too complex) are the caller's to fix: they get `VALIDATION`.
fn ensure_code(error: &mut ServerError) {
    let extensions = error.extensions.get_or_insert_with(Default::default);
    if extensions.get("code").is_none() {
        extensions.set("code", "VALIDATION");
    }
}

async fn graphql_ws(
    State(app): State<App>,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> Response {
    let key = app.key.clone();
    upgrade
        .protocols(async_graphql::http::ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| {
            GraphQLWebSocket::new(socket, app.schema.clone(), protocol)
                .on_connection_init(move |payload| async move {
                    // GraphiQL sends its headers as the connection_init payload.
                    let authorization = payload
                        .get("Authorization")
                        .or_else(|| payload.get("authorization"))
                        .and_then(|v| v.as_str());
                    let viewer = viewer_from(authorization, &key)
                        .map_err(|m| graphql::error("UNAUTHENTICATED", m))?;
                    let mut data = Data::default();
                    data.insert(viewer);
                    Ok(data)
                })
                .serve()
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
