//! Unique keys held by streams (a credit code, a live name): one table for every aggregate,
//! written in the append's transaction, so that of two commands racing for one key the second
//! append is refused with the key's rule whichever server ran it.

use std::marker::PhantomData;

use civic_domain::Claim;
use civic_store::ProjectionFailure;

use crate::runtime::table::{Type, col};
use crate::runtime::{Applied, Change, Changes, Guard, Projector, ProjectorInfo, Rebuilt, Stored};
use crate::runtime::{TableDef, Value};

pub static CLAIMS: TableDef = TableDef {
    name: "claims",
    columns: &[
        col("namespace", Type::Key),
        col("key", Type::Key),
        col("stream", Type::Key),
        col("rule", Type::Key),
    ],
    key: &["namespace", "key"],
    indexes: &[],
    fillfactor: None,
};

/// Version 2: menu orders hold their procurement (MENU-FLOW); the table is rebuilt so that
/// orders implemented before hold it too.
pub static INFO: ProjectorInfo = ProjectorInfo {
    name: "claims",
    version: 2,
    tables: &[&CLAIMS],
    search: &[],
};

pub struct Claims<A>(PhantomData<fn() -> A>);

impl<A> Default for Claims<A> {
    fn default() -> Self {
        Claims(PhantomData)
    }
}

fn take(stream: &str, claim: &Claim) -> Change {
    Change::Upsert {
        table: &CLAIMS,
        row: vec![
            Value::text(claim.namespace),
            Value::text(claim.key.clone()),
            Value::text(stream),
            Value::text(claim.rule),
        ],
        before: None,
        guard: Some(Guard {
            column: "stream",
            failure: ProjectionFailure {
                rule: Some(claim.rule.to_owned()),
                message: claim.message.clone(),
            },
        }),
    }
}

fn same_key(a: &Claim, b: &Claim) -> bool {
    a.namespace == b.namespace && a.key == b.key
}

impl<A: Stored> Projector<A> for Claims<A> {
    fn info(&self) -> &'static ProjectorInfo {
        &INFO
    }

    fn project(&self, e: &Applied<'_, A>, out: &mut Changes) -> Result<(), ProjectionFailure> {
        // A rebuild reads streams one after another, not in the order they took and gave up
        // keys: only where each ends up counts (`rebuilt`).
        if e.rebuilding {
            return Ok(());
        }
        let (before, after) = (e.before.claims(), e.after.claims());
        // Given up first: an event may move a stream from one key to another of the same kind.
        for gone in before
            .iter()
            .filter(|b| !after.iter().any(|a| same_key(a, b)))
        {
            out.push(Change::Delete {
                table: &CLAIMS,
                key: vec![Value::text(gone.namespace), Value::text(gone.key.clone())],
                only_if: Some(("stream", Value::text(e.stream))),
            });
        }
        for new in after
            .iter()
            .filter(|a| !before.iter().any(|b| same_key(a, b)))
        {
            out.push(take(e.stream, new));
        }
        Ok(())
    }

    fn rebuilt(&self, s: &Rebuilt<'_, A>, out: &mut Changes) -> Result<(), ProjectionFailure> {
        for claim in s.state.claims() {
            out.push(take(s.stream, &claim));
        }
        Ok(())
    }
}

pub(crate) mod sqlite {
    use rusqlite::{Connection, OptionalExtension};

    use crate::ReadModelError;

    pub(crate) fn holders(
        conn: &Connection,
        claims: &[(String, String)],
    ) -> Result<Vec<Option<String>>, ReadModelError> {
        let mut stmt =
            conn.prepare_cached("SELECT stream FROM claims WHERE namespace = ?1 AND key = ?2")?;
        claims
            .iter()
            .map(|(ns, key)| Ok(stmt.query_row([ns, key], |r| r.get(0)).optional()?))
            .collect()
    }
}

pub(crate) mod postgres {
    use sqlx::PgConnection;

    use crate::ReadModelError;

    /// In one statement: the holder of each claim, in the order asked.
    pub(crate) async fn holders(
        conn: &mut PgConnection,
        claims: &[(String, String)],
    ) -> Result<Vec<Option<String>>, ReadModelError> {
        if claims.is_empty() {
            return Ok(Vec::new());
        }
        let (namespaces, keys): (Vec<&str>, Vec<&str>) =
            claims.iter().map(|(n, k)| (n.as_str(), k.as_str())).unzip();
        let rows: Vec<(i64, Option<String>)> = sqlx::query_as(
            "SELECT u.n, c.stream FROM UNNEST($1::text[], $2::text[]) WITH ORDINALITY AS u(ns, k, n) \
             LEFT JOIN claims c ON c.namespace = u.ns AND c.key = u.k ORDER BY u.n",
        )
        .bind(&namespaces)
        .bind(&keys)
        .fetch_all(conn)
        .await?;
        Ok(rows.into_iter().map(|(_, s)| s).collect())
    }
}
