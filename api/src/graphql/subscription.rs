use async_graphql::{Context, Result, Subscription};
use civic_store::stream_category;
use futures::{Stream, StreamExt};

use super::errors::Gql;
use super::types::LedgerEvent;
use super::{ledger, viewer};
use crate::auth::Role;
use crate::ledger::LedgerError;
use async_graphql::ErrorExtensions;

pub struct Subscription;

#[Subscription]
impl Subscription {
    /// Every event recorded from now on (or from `fromPosition`), in commit order, optionally
    /// only those of one category (e.g. "organisation"). For auditors and administrators.
    async fn ledger_events(
        &self,
        ctx: &Context<'_>,
        category: Option<String>,
        from_position: Option<u64>,
    ) -> Result<impl Stream<Item = Result<LedgerEvent>>> {
        let claims = viewer(ctx).require_history_reader()?;
        if claims.role == Role::Registrar {
            return Err(super::errors::forbidden(
                "the live feed of the whole ledger is open to auditors and administrators",
            ));
        }
        let store = ledger(ctx).store().clone();
        let from = match from_position {
            Some(p) => p,
            None => store.head().await.gql()? + 1,
        };
        Ok(store.subscribe_all(from).filter_map(move |item| {
            let keep = match &item {
                Ok(e) => category
                    .as_deref()
                    .is_none_or(|c| stream_category(&e.stream) == c),
                Err(_) => true,
            };
            async move {
                keep.then(|| {
                    item.map(LedgerEvent)
                        .map_err(|e| LedgerError::from(e).extend())
                })
            }
        }))
    }
}
