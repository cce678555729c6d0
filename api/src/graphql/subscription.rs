use async_graphql::{Context, Result, Subscription};
use civic_store::stream_category;
use futures::{Stream, StreamExt};

use civic_domain::Jurisdiction;

use super::errors::Gql;
use super::procurement::{BoardChange, board_change};
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
            return Err(super::errors::forbidden(crate::ledger::Said::new(
                "the live feed of the whole ledger is open to auditors and administrators",
                "全部记录的实时推送仅供审计人员和系统管理员订阅",
            )));
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

    /// Changes of a jurisdiction's public procurement board from now on, in commit order: a
    /// procurement of that jurisdiction published, amended, closed for bids, opened, awarded,
    /// failed (废标) or cancelled after publication. Public, like the board. It follows the log
    /// as the client reads: a client that stops reading holds the store's bounded buffer, not
    /// the events since.
    async fn procurement_board(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
    ) -> Result<impl Stream<Item = Result<BoardChange>>> {
        let jurisdiction = Jurisdiction::parse(jurisdiction.trim())
            .map_err(|e| e.in_field("jurisdiction"))
            .gql()?;
        let ledger = ledger(ctx).clone();
        let store = ledger.store().clone();
        let from = store.head().await.gql()? + 1;
        Ok(store.subscribe_all(from).filter_map(move |item| {
            let (ledger, jurisdiction) = (ledger.clone(), jurisdiction.clone());
            async move {
                let change = match item {
                    Ok(e) => board_change(&ledger, &jurisdiction, &e).await,
                    Err(e) => Err(LedgerError::from(e)),
                };
                change.map_err(|e| e.extend()).transpose()
            }
        }))
    }
}
