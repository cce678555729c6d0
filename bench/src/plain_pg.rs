//! The baseline of W1 on PostgreSQL: the rows the store writes for an event, inserted with the
//! driver alone (sqlx) in the same table shapes as `store/migrations/postgres/0001_ledger.sql`,
//! one transaction per row, each client on its own connection (PostgreSQL takes concurrent
//! writers). No position counter: what the store's gap-free positions cost shows in the ratio.

use std::collections::HashMap;

use sqlx::{Connection, PgConnection, PgPool};

use crate::plain::Row;

const DDL: &str = "
CREATE TABLE streams (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name    text NOT NULL UNIQUE,
    version bigint NOT NULL,
    hash    bytea NOT NULL
);
CREATE TABLE events (
    position    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id   bigint NOT NULL REFERENCES streams (id),
    version     bigint NOT NULL,
    id          uuid NOT NULL UNIQUE,
    kind        text NOT NULL,
    schema      integer NOT NULL,
    data        text NOT NULL,
    metadata    text NOT NULL,
    recorded_at bigint NOT NULL,
    hash        bytea NOT NULL,
    UNIQUE (stream_id, version)
);
";

/// Stream ids by name.
pub type StreamIds = HashMap<String, i64>;

pub async fn create(pool: &PgPool) -> sqlx::Result<()> {
    sqlx::raw_sql(DDL).execute(pool).await.map(|_| ())
}

/// Writes `rows` in one transaction (for setting up, not measured).
pub async fn load(pool: &PgPool, rows: &[Row]) -> sqlx::Result<StreamIds> {
    let mut ids = StreamIds::new();
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
    for row in rows {
        write_row(&mut tx, row, &mut ids).await?;
    }
    tx.commit().await?;
    Ok(ids)
}

/// One row in its own transaction, committed before it returns.
pub async fn insert(conn: &mut PgConnection, row: &Row, ids: &mut StreamIds) -> sqlx::Result<()> {
    let mut tx = conn.begin().await?;
    write_row(&mut tx, row, ids).await?;
    tx.commit().await
}

async fn write_row(conn: &mut PgConnection, row: &Row, ids: &mut StreamIds) -> sqlx::Result<()> {
    let stream_id = match ids.get(&row.stream) {
        Some(id) => *id,
        None => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO streams (name, version, hash) VALUES ($1, -1, $2) RETURNING id",
            )
            .bind(&row.stream)
            .bind(&[0u8; 32][..])
            .fetch_one(&mut *conn)
            .await?;
            ids.insert(row.stream.clone(), id);
            id
        }
    };
    sqlx::query(
        "INSERT INTO events (stream_id, version, id, kind, schema, data, metadata, recorded_at, hash) \
         VALUES ($1, $2, $3::uuid, $4, $5, $6, $7, $8, $9)",
    )
    .bind(stream_id)
    .bind(row.version as i64)
    .bind(uuid::Uuid::from_bytes(row.id).to_string())
    .bind(&row.kind)
    .bind(i32::from(row.schema))
    .bind(&row.data)
    .bind(&row.metadata)
    .bind(row.recorded_at)
    .bind(&row.hash[..])
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE streams SET version = $1, hash = $2 WHERE id = $3")
        .bind(row.version as i64)
        .bind(&row.hash[..])
        .bind(stream_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
