//! GraphiQL, served from the binary itself.
//!
//! Government networks are often offline, so nothing is loaded from a CDN: the page
//! (`api/assets/graphiql/index.html`) and the browser builds of React 18 and GraphiQL 3
//! it needs are embedded at compile time with `include_str!`/`include_bytes!`.
//! Versions, checksums and licences are recorded in `api/assets/graphiql/VERSIONS.txt`
//! and `api/assets/graphiql/LICENSES/`.
//!
//! Routes:
//! - `GET /` — the GraphiQL page. It talks to `/graphql` (HTTP POST) and to
//!   `/graphql/ws` (graphql-transport-ws) for subscriptions.
//! - `GET /assets/graphiql/{file}` — one of the embedded assets; any other file name is 404.
//!
//! `HEAD` is answered too (axum derives it from `GET`).

use axum::{
    Router,
    extract::Path,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

/// Sent with the page and every asset.
const CACHE_CONTROL: &str = "public, max-age=86400";

const HTML: &str = "text/html; charset=utf-8";
const JAVASCRIPT: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";

/// The GraphiQL page served at `/`.
const INDEX_HTML: &str = include_str!("../assets/graphiql/index.html");

/// An embedded file served under `/assets/graphiql/`.
struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

/// Exactly the files `index.html` loads; nothing else is served.
const ASSETS: &[Asset] = &[
    Asset {
        name: "react.production.min.js",
        content_type: JAVASCRIPT,
        body: include_bytes!("../assets/graphiql/react.production.min.js"),
    },
    Asset {
        name: "react-dom.production.min.js",
        content_type: JAVASCRIPT,
        body: include_bytes!("../assets/graphiql/react-dom.production.min.js"),
    },
    Asset {
        name: "graphiql.min.js",
        content_type: JAVASCRIPT,
        body: include_bytes!("../assets/graphiql/graphiql.min.js"),
    },
    Asset {
        name: "graphiql.min.css",
        content_type: CSS,
        body: include_bytes!("../assets/graphiql/graphiql.min.css"),
    },
];

/// The GraphiQL routes: `GET /` and `GET /assets/graphiql/{file}`.
///
/// Generic over the state so it can be merged into the application's router
/// (`app.merge(graphiql::routes())`) whatever its state type; the handlers use no state.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/", get(index))
        .route("/assets/graphiql/{file}", get(asset))
}

async fn index() -> Response {
    embedded(HTML, INDEX_HTML.as_bytes())
}

async fn asset(Path(file): Path<String>) -> Response {
    match ASSETS.iter().find(|a| a.name == file) {
        Some(a) => embedded(a.content_type, a.body),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

fn embedded(content_type: &'static str, body: &'static [u8]) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static(CACHE_CONTROL),
            ),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    //! `tower` is not a direct dependency of this crate, so `tower::ServiceExt::oneshot`
    //! is not available; instead the router is served on a loopback port with
    //! `axum::serve` and queried with `reqwest` (a dev-dependency).

    use super::*;

    /// Serves `routes()` on 127.0.0.1 and returns its base URL.
    async fn serve() -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().expect("local addr");
        tokio::spawn(async move {
            axum::serve(listener, routes::<()>())
                .await
                .expect("serve graphiql routes");
        });
        format!("http://{addr}")
    }

    fn client() -> reqwest::Client {
        reqwest::Client::builder()
            .no_proxy()
            .build()
            .expect("reqwest client")
    }

    fn header_str<'a>(res: &'a reqwest::Response, name: &str) -> &'a str {
        res.headers()
            .get(name)
            .unwrap_or_else(|| panic!("missing {name} header"))
            .to_str()
            .expect("ascii header")
    }

    #[test]
    fn index_loads_only_embedded_assets() {
        for a in ASSETS {
            assert!(
                INDEX_HTML.contains(&format!("/assets/graphiql/{}", a.name)),
                "index.html does not load {}",
                a.name
            );
            assert!(!a.body.is_empty(), "{} is empty", a.name);
        }
        assert!(INDEX_HTML.contains("/graphql/ws"));
        assert!(INDEX_HTML.contains("isHeadersEditorEnabled: true"));
        assert!(!INDEX_HTML.contains("unpkg.com") && !INDEX_HTML.contains("cdn.jsdelivr"));
    }

    #[tokio::test]
    async fn serves_page_and_assets() {
        let base = serve().await;
        let client = client();

        let res = client.get(format!("{base}/")).send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(header_str(&res, "content-type"), HTML);
        assert_eq!(header_str(&res, "cache-control"), CACHE_CONTROL);
        let body = res.text().await.unwrap();
        assert!(body.to_lowercase().contains("graphiql"));

        for (name, content_type) in [
            ("graphiql.min.js", JAVASCRIPT),
            ("graphiql.min.css", CSS),
            ("react.production.min.js", JAVASCRIPT),
            ("react-dom.production.min.js", JAVASCRIPT),
        ] {
            let res = client
                .get(format!("{base}/assets/graphiql/{name}"))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200, "{name}");
            assert_eq!(header_str(&res, "content-type"), content_type, "{name}");
            assert_eq!(header_str(&res, "cache-control"), CACHE_CONTROL, "{name}");
            let expected = ASSETS.iter().find(|a| a.name == name).unwrap().body;
            assert_eq!(&res.bytes().await.unwrap()[..], expected, "{name}");
        }
    }

    #[tokio::test]
    async fn unknown_files_are_404() {
        let base = serve().await;
        let client = client();
        for path in [
            "/assets/graphiql/index.html",
            "/assets/graphiql/VERSIONS.txt",
            "/assets/graphiql/graphiql.min.js.map",
            "/assets/graphiql/..%2FCargo.toml",
            "/assets/graphiql/",
            "/assets/graphiql/LICENSES/react-LICENSE.txt",
            "/nope",
        ] {
            let res = client.get(format!("{base}{path}")).send().await.unwrap();
            assert_eq!(res.status(), 404, "{path}");
        }
    }
}
