//! OCDS packages of a purchase (rule OCDS, docs/ocds.md) over GraphQL: the same documents the
//! stable URLs `/ocds/releases/{ocid}.json` and `/ocds/records/{ocid}.json` serve. Public, like
//! the notices they hold; a draft has no release and reads as null.

use async_graphql::{Context, Json, Object, Result};
use uuid::Uuid;

use super::errors::Gql;
use super::ledger;

#[derive(Default)]
pub struct OcdsQuery;

#[Object]
impl OcdsQuery {
    /// The purchase's OCDS 1.1 release package: one release per public event (the notice,
    /// amendments, the opening, the committee's recommendation, the award notice, …), each
    /// with a stable id. Null for a procurement not published (or not there).
    async fn ocds_release_package(
        &self,
        ctx: &Context<'_>,
        procurement_id: Uuid,
    ) -> Result<Option<Json<serde_json::Value>>> {
        Ok(crate::ocds::release_package(ledger(ctx), procurement_id)
            .await
            .gql()?
            .map(Json))
    }

    /// The purchase's OCDS 1.1 record package: its releases with the compiled release (the
    /// latest of every field) and the versioned release (each field's history). Null for a
    /// procurement not published (or not there).
    async fn ocds_record_package(
        &self,
        ctx: &Context<'_>,
        procurement_id: Uuid,
    ) -> Result<Option<Json<serde_json::Value>>> {
        Ok(crate::ocds::record_package(ledger(ctx), procurement_id)
            .await
            .gql()?
            .map(Json))
    }
}
