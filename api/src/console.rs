//! The web console, served from the binary at `/app`.
//!
//! Its source is in `console/` (Preact + htm, bundled by esbuild); the built files in
//! `api/console/dist/` are committed and embedded here at compile time, so the Rust build needs
//! no Node and nothing is loaded from a CDN. `scripts/build-console` rebuilds them, and CI
//! fails when the committed bundle differs from a fresh build.
//!
//! Routes:
//! - `GET /app`, `/app/`, and any `/app/...` outside `/app/assets/`: the page (`index.html`),
//!   so that a screen's address can be reloaded or bookmarked (the console routes in the
//!   browser);
//! - `GET /app/assets/{file}`: one of the embedded files; any other is 404.
//!
//! Every answer carries an `ETag` and `Cache-Control: no-cache`: a browser keeps its copy and
//! revalidates it (a 304 without a body), so a new binary's console is seen on the next load
//! and an unchanged one costs no download.

use std::sync::OnceLock;

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sha2::{Digest, Sha256};

const HTML: &str = "text/html; charset=utf-8";
const JAVASCRIPT: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";

/// Scripts, styles and requests from this server only; no frames, no plugins.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const INDEX: Asset = Asset {
    name: "index.html",
    content_type: HTML,
    body: include_bytes!("../console/dist/index.html"),
};

/// Exactly what `index.html` loads.
const ASSETS: &[Asset] = &[
    Asset {
        name: "app.js",
        content_type: JAVASCRIPT,
        body: include_bytes!("../console/dist/app.js"),
    },
    Asset {
        name: "app.css",
        content_type: CSS,
        body: include_bytes!("../console/dist/app.css"),
    },
];

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/app", get(index))
        .route("/app/", get(index))
        .route("/app/assets/{file}", get(asset))
        .route("/app/{*screen}", get(index))
}

async fn index(headers: HeaderMap) -> Response {
    serve(&INDEX, 0, &headers)
}

async fn asset(Path(file): Path<String>, headers: HeaderMap) -> Response {
    match ASSETS.iter().position(|a| a.name == file) {
        Some(i) => serve(&ASSETS[i], i + 1, &headers),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// A strong ETag per file, computed once: its content's SHA-256, shortened.
fn etag(slot: usize, body: &[u8]) -> &'static str {
    static TAGS: OnceLock<Vec<OnceLock<String>>> = OnceLock::new();
    let tags = TAGS.get_or_init(|| (0..=ASSETS.len()).map(|_| OnceLock::new()).collect());
    tags[slot].get_or_init(|| format!("\"{}\"", &hex::encode(Sha256::digest(body))[..32]))
}

fn serve(asset: &Asset, slot: usize, request: &HeaderMap) -> Response {
    let tag = etag(slot, asset.body);
    let fresh = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    let headers = [
        (header::ETAG, HeaderValue::from_static(tag)),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ),
    ];
    if fresh {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    (
        headers,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(asset.content_type),
        )],
        asset.body,
    )
        .into_response()
}
