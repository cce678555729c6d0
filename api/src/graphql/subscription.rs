use async_graphql::{Context, Result, Subscription};
use civic_store::stream_category;
use futures::{Stream, StreamExt, stream};
use uuid::Uuid;

use civic_domain::Jurisdiction;

use super::bid::{SealedBoardChange, sealed_board, sealed_board_change};
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

    /// One published procurement's board of sealed bids, live: first the board as it stands,
    /// then the board again after each change — a bid of it submitted, replaced or withdrawn,
    /// the procurement amended, closed for bids, opened, failed or cancelled. Each item holds
    /// the number of live bids and the first `first` (at most 100) as `sealedBids` shows them:
    /// before the opening commitments and times, no bidder. Open to whoever may read
    /// `sealedBids` (anyone, BID-SEALED); a draft or unknown id is NOT_FOUND. It ends after
    /// the opening or the procurement's end, when its bids can no longer change, and follows
    /// the log as the client reads, like `procurementBoard`.
    async fn procurement_bids(
        &self,
        ctx: &Context<'_>,
        procurement_id: Uuid,
        first: Option<i32>,
    ) -> Result<impl Stream<Item = Result<SealedBoardChange>>> {
        let first = super::list_page_size(first)?;
        let ledger = ledger(ctx).clone();
        let store = ledger.store().clone();
        // The head before the board is read: a change committed in between is sent again,
        // never missed.
        let head = store.head().await.gql()?;
        let now = sealed_board(&ledger, procurement_id, first, None, head)
            .await
            .gql()?;
        let changes = now.bids_may_change().then(|| {
            store
                .subscribe_all(head + 1)
                .filter_map(move |item| {
                    let ledger = ledger.clone();
                    async move {
                        let change = match item {
                            Ok(e) => sealed_board_change(&ledger, procurement_id, first, &e).await,
                            Err(e) => Err(LedgerError::from(e)),
                        };
                        change.map_err(|e| e.extend()).transpose()
                    }
                })
                .boxed()
        });
        // Up to and including the first change after which bids cannot change: the stream
        // ends with it, rather than at a next event that may never come.
        let changes = stream::unfold(changes, |changes| async move {
            let mut changes = changes?;
            let item = changes.next().await?;
            let more = !matches!(&item, Ok(change) if !change.bids_may_change());
            Some((item, more.then_some(changes)))
        });
        Ok(stream::once(async { Ok(now) }).chain(changes))
    }
}
