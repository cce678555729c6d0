//! A PostgreSQL database of its own for each test, on the server `DATABASE_URL` names (default
//! `postgres://postgres@127.0.0.1:5432/test`). When that server cannot be reached, tests that
//! need it fail under `CI=true` and are skipped, loudly, elsewhere (test support, behind the
//! `conformance` feature).

use std::io::Write;
use std::time::Duration;

use sqlx::{AssertSqlSafe, Connection, PgConnection};
use uuid::Uuid;

const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

pub fn admin_url() -> String {
    std::env::var("DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| DEFAULT_URL.to_owned())
}

/// The admin URL when its server answers. Otherwise: a failure under `CI=true`, and a skip,
/// said on the terminal (past cargo's output capture), elsewhere.
pub async fn postgres_or_skip() -> Option<String> {
    let url = admin_url();
    let reached = tokio::time::timeout(Duration::from_secs(5), PgConnection::connect(&url)).await;
    let cause = match reached {
        Ok(Ok(conn)) => {
            let _ = conn.close().await;
            return Some(url);
        }
        Ok(Err(e)) => e.to_string(),
        Err(_) => "no answer within 5 s".to_owned(),
    };
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        let url = without_password(&url);
        panic!(
            "PostgreSQL not reachable at {url} ({cause}), and CI=true requires these tests: \
             run scripts/ensure-postgres first"
        );
    }
    let url = without_password(&url);
    static BANNER: std::sync::Once = std::sync::Once::new();
    BANNER.call_once(|| {
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED: PostgreSQL not reachable at {url} ({cause}); the PostgreSQL \
             tests did not run. Set DATABASE_URL to a server where the user may create \
             databases (or run scripts/ensure-postgres) to run them. ***\n"
        );
    });
    None
}

pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    match rest[..end].rsplit_once('@') {
        Some((userinfo, host)) if userinfo.contains(':') => {
            let user = userinfo.split_once(':').map_or(userinfo, |(u, _)| u);
            format!("{scheme}://{user}:***@{host}{}", &rest[end..])
        }
        _ => url.to_owned(),
    }
}

/// Skips the calling test when there is no PostgreSQL to test against; else the admin URL.
#[macro_export]
macro_rules! admin_or_skip {
    () => {
        match $crate::test_postgres::postgres_or_skip().await {
            Some(url) => url,
            None => return,
        }
    };
}

/// `url` pointing at another database of the same server.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let server = match base[authority_start..].find('/') {
        Some(i) => &base[..authority_start + i],
        None => base,
    };
    format!("{server}/{database}{query}")
}

/// A database of its own for one test, dropped (with its connections) when the test ends.
pub struct TestDb {
    admin: String,
    pub name: String,
    pub url: String,
}

impl TestDb {
    pub async fn create(admin: &str) -> TestDb {
        let name = format!("civic_test_{}", Uuid::now_v7().simple());
        let mut conn = PgConnection::connect(admin)
            .await
            .expect("admin connection");
        sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .expect("CREATE DATABASE (the DATABASE_URL user needs CREATEDB)");
        let _ = conn.close().await;
        TestDb {
            url: with_database(admin, &name),
            admin: admin.to_owned(),
            name,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let (admin, name) = (self.admin.clone(), self.name.clone());
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            rt.block_on(async move {
                let mut conn = PgConnection::connect(&admin).await.ok()?;
                sqlx::raw_sql(AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&mut conn)
                .await
                .ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(_))) {
            eprintln!("could not drop test database {}", self.name);
        }
    }
}
