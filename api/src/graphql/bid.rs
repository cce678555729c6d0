//! Sealed bids (密封投标, BID-SEALED, BID-ELIGIBLE): an organisation's bid on a published
//! procurement, submitted, replaced and withdrawn before the deadline, and what anyone may see
//! of the bids before and after the opening.
//!
//! Who sees what (docs/sealed-bids.md, DOMAIN.md BID-SEALED): before the opening anyone, signed
//! in or not, sees a procurement's board of sealed bids — how many, each one's commitment and
//! the time of the content in force, and no bidder; a bidder sees its own bid with its
//! commitment, status and times; nobody, purchaser staff and administrators included, sees a
//! content, which the ledger holds only sealed. After the opening a bid shows to anyone who
//! sees the procurement, with the content the opening revealed.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Enum, InputObject, Object, Result, SimpleObject};
use civic_domain::procurement::{BidContent, DocumentDigest, OpenedBid};
use civic_domain::{Bid, BidCommand, Money, Procurement};
use civic_projections::bids::{self as rm, BidRow};
use civic_projections::runtime::stream_id;
use civic_store::RecordedEvent;
use uuid::Uuid;

use super::command::{CommandInput, Commanded, Mutation, Payload, run};
use super::errors::{Gql, forbidden_zh, unauthenticated};
use super::procurement::ProcurementStatus;
use super::query::page_size;
use super::scalars::{self, DateTimeScalar};
use super::types::TotalCount;
use super::{Viewer, ledger, viewer};
use crate::auth::{Claims, Role};
use crate::ledger::{Ledger, LedgerError, Outcome, Said};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::BidStatus")]
pub enum BidStatus {
    /// 已投标: live, sealed until the opening.
    Submitted,
    /// 已撤回
    Withdrawn,
}

/// A document of a bid, named by its SHA-256 (the document itself stays with the bidder and
/// the purchaser).
#[derive(InputObject)]
pub struct DocumentDigestInput {
    pub name: String,
    /// 64 lowercase hex digits.
    pub sha256: String,
}

#[derive(SimpleObject)]
pub struct DocumentDigestView {
    pub name: String,
    pub sha256: String,
}

/// What the opening revealed of a bid, and what it found wrong with it.
#[derive(SimpleObject)]
pub struct RevealedBidView {
    /// Null when the sealed box did not open.
    pub price: Option<scalars::Money>,
    pub price_fen: Option<i64>,
    pub technical_proposal: Option<String>,
    pub documents: Vec<DocumentDigestView>,
    /// Hex: with the content, anyone recomputes the commitment published at submission.
    pub salt: Option<String>,
    pub valid: bool,
    /// Why it is not valid, in the clerk's words; empty for a valid bid.
    pub defects: Vec<String>,
}

impl RevealedBidView {
    fn of(b: &OpenedBid) -> Self {
        RevealedBidView {
            price: b.content.as_ref().map(|c| c.price.into()),
            price_fen: b.content.as_ref().map(|c| c.price.fen()),
            technical_proposal: b.content.as_ref().map(|c| c.technical_proposal.clone()),
            documents: b
                .content
                .as_ref()
                .map(|c| {
                    c.documents
                        .iter()
                        .map(|d| DocumentDigestView {
                            name: d.name.clone(),
                            sha256: d.sha256.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            salt: b.salt.clone(),
            valid: b.is_valid(),
            defects: b
                .defects
                .iter()
                .map(|d| format!("{}: {}", d.code, d.message))
                .collect(),
        }
    }
}

/// A bid as its bidder sees it before the opening, and anyone after.
#[derive(SimpleObject)]
pub struct BidView {
    pub id: Uuid,
    pub procurement_id: Uuid,
    pub organisation_id: Uuid,
    pub status: BidStatus,
    pub status_zh: String,
    /// SHA-256 of the canonical content and a secret salt, public from the submission.
    pub commitment: String,
    pub commitment_scheme: String,
    pub submitted_at: DateTimeScalar,
    /// The submission or the last replacement: the time of the content in force.
    pub sealed_at: DateTimeScalar,
    pub withdrawn_at: Option<DateTimeScalar>,
    pub replacements: u32,
    /// The version of the bid's stream, to send back as `expectedVersion`.
    pub version: u64,
    /// The global position of the bid's last event.
    pub position: u64,
    /// The registry state (organisation stream version) its eligibility was last checked on.
    pub registry_version: Option<u64>,
    /// What the opening revealed; null before the opening (nobody can read a sealed bid) and
    /// for a bid withdrawn before it.
    pub revealed: Option<RevealedBidView>,
}

impl BidView {
    fn of(bid: &Bid, version: u64, position: u64, revealed: Option<&OpenedBid>) -> Option<Self> {
        let status = bid.status?;
        let submitted_at = bid.submitted_at?;
        Some(BidView {
            id: bid.id?,
            procurement_id: bid.procurement_id?,
            organisation_id: bid.organisation_id?,
            status: status.into(),
            status_zh: status.label_zh().to_owned(),
            commitment: bid.commitment.as_ref()?.as_str().to_owned(),
            commitment_scheme: bid.commitment_scheme.clone()?,
            submitted_at: DateTimeScalar(submitted_at),
            sealed_at: DateTimeScalar(bid.sealed_at.unwrap_or(submitted_at)),
            withdrawn_at: bid.withdrawn_at.map(DateTimeScalar),
            replacements: bid.replacements,
            version,
            position,
            registry_version: bid.standing.map(|s| s.registry_version),
            revealed: revealed.map(RevealedBidView::of),
        })
    }
}

/// One bid on a procurement's public board: before the opening its commitment and time only.
#[derive(SimpleObject)]
pub struct SealedBidView {
    pub commitment: String,
    pub commitment_scheme: String,
    /// The submission or the last replacement: the time of the content in force.
    pub sealed_at: DateTimeScalar,
    /// Null before the opening: the board names no bidder until then.
    pub bid_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
}

fn content(
    price_fen: i64,
    technical_proposal: String,
    documents: Vec<DocumentDigestInput>,
) -> Result<BidContent> {
    Ok(BidContent {
        price: Money::from_fen(price_fen)
            .map_err(|e| e.in_field("priceFen"))
            .gql()?,
        technical_proposal,
        documents: documents
            .into_iter()
            .map(|d| DocumentDigest {
                name: d.name,
                sha256: d.sha256,
            })
            .collect(),
    })
}

/// The organisation an ngo token acts for: the only bidder it may act as.
fn bidder(viewer: &Viewer, what: &str) -> Result<(Claims, Uuid)> {
    let c = viewer.signed_in(what)?;
    match (c.role, c.organisation) {
        (Role::Ngo, Some(organisation)) => Ok((c.clone(), organisation)),
        (Role::Ngo, None) => Err(forbidden_zh(
            "your ngo token names no organisation; bids are submitted for the organisation a token acts for (--organisation)",
            "您的社会组织令牌未指明所代表的社会组织；投标须以令牌所代表的社会组织名义提交",
        )),
        (other, _) => Err(forbidden_zh(
            format!(
                "bids (投标) are submitted by social organisations, with an ngo token of the organisation; your token's role is {}",
                other.as_str()
            ),
            format!(
                "投标由社会组织使用本组织的令牌提交，您的令牌角色是 {}",
                other.as_str()
            ),
        )),
    }
}

/// What a bidder acting on someone else's bid is told: no more than if there were no bid.
fn not_yours(id: &str) -> LedgerError {
    LedgerError::NotFound(Said::new(
        format!("your organisation has no bid with id {id}"),
        format!("本组织没有编号为 {id} 的投标"),
    ))
}

impl Commanded for Bid {
    type View = BidView;

    fn issuer(viewer: &Viewer, _id: &str, command: &BidCommand) -> Result<Claims> {
        let (claims, organisation) = bidder(viewer, "bidding")?;
        if let BidCommand::Submit {
            organisation_id, ..
        } = command
            && *organisation_id != organisation
        {
            return Err(forbidden_zh(
                "an ngo token bids for its own organisation only",
                "社会组织令牌只能为本组织投标",
            ));
        }
        Ok(claims)
    }

    fn authorise(viewer: &Viewer, state: &Bid, command: &BidCommand) -> Result<(), LedgerError> {
        if matches!(command, BidCommand::Submit { .. }) {
            return Ok(());
        }
        let mine = viewer
            .0
            .as_ref()
            .and_then(|c| c.organisation)
            .is_some_and(|o| state.organisation_id == Some(o));
        if mine {
            Ok(())
        } else {
            Err(not_yours(
                &state.id.map_or_else(String::new, |id| id.to_string()),
            ))
        }
    }

    fn view(outcome: Outcome<Bid>, _id: &str, _command: &BidCommand, _viewer: &Viewer) -> BidView {
        // A bid decided on has been submitted; the fallback only keeps this total.
        BidView::of(&outcome.state, outcome.version, outcome.position, None).unwrap_or(BidView {
            id: Uuid::nil(),
            procurement_id: Uuid::nil(),
            organisation_id: Uuid::nil(),
            status: BidStatus::Submitted,
            status_zh: String::new(),
            commitment: String::new(),
            commitment_scheme: String::new(),
            submitted_at: DateTimeScalar(chrono::DateTime::UNIX_EPOCH),
            sealed_at: DateTimeScalar(chrono::DateTime::UNIX_EPOCH),
            withdrawn_at: None,
            replacements: 0,
            version: outcome.version,
            position: outcome.position,
            registry_version: None,
            revealed: None,
        })
    }
}

pub type BidPayload<M> = Payload<Bid, M>;

pub enum SubmitBid {}
impl Mutation for SubmitBid {
    const PAYLOAD: &'static str = "SubmitBidPayload";
}
pub enum ReplaceBid {}
impl Mutation for ReplaceBid {
    const PAYLOAD: &'static str = "ReplaceBidPayload";
}
pub enum WithdrawBid {}
impl Mutation for WithdrawBid {
    const PAYLOAD: &'static str = "WithdrawBidPayload";
}

#[derive(InputObject)]
pub struct SubmitBidInput {
    pub procurement_id: Uuid,
    /// The price in fen (1 yuan = 100 fen), at most the budget.
    pub price_fen: i64,
    /// At most 20,000 characters; the rest goes in documents.
    pub technical_proposal: String,
    /// At most 50.
    pub documents: Vec<DocumentDigestInput>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct ReplaceBidInput {
    pub bid_id: Uuid,
    pub price_fen: i64,
    pub technical_proposal: String,
    pub documents: Vec<DocumentDigestInput>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct WithdrawBidInput {
    pub bid_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(Default)]
pub struct BidMutation;

#[Object]
impl BidMutation {
    /// Submits a sealed bid for the token's organisation, before the deadline: the ledger
    /// commits to the content (the commitment is public at once) and seals it, and nobody can
    /// read it before the opening. Refused for a bidder that may not bid (BID-ELIGIBLE, every
    /// reason listed), a late bid or a second live bid (BID-SEALED).
    async fn submit_bid(
        &self,
        ctx: &Context<'_>,
        input: SubmitBidInput,
    ) -> Result<BidPayload<SubmitBid>> {
        let (_, organisation) = bidder(viewer(ctx), "submitting a bid")?;
        let content = content(input.price_fen, input.technical_proposal, input.documents)?;
        let (bid_id, command) = ledger(ctx)
            .submission(
                input.procurement_id,
                organisation,
                content,
                input.command.command_id,
            )
            .gql()?;
        run(ctx, bid_id, command, input.command).await
    }

    /// Replaces the content of the token's organisation's live bid before the deadline, under
    /// a new commitment; the old commitment stays in the bid's history.
    async fn replace_bid(
        &self,
        ctx: &Context<'_>,
        input: ReplaceBidInput,
    ) -> Result<BidPayload<ReplaceBid>> {
        let (_, organisation) = bidder(viewer(ctx), "replacing a bid")?;
        let id = input.bid_id.to_string();
        let bid = ledger(ctx)
            .load::<Bid>(&input.bid_id)
            .await
            .gql()?
            .filter(|b| b.state.organisation_id == Some(organisation))
            .ok_or_else(|| not_yours(&id))
            .gql()?;
        let content = content(input.price_fen, input.technical_proposal, input.documents)?;
        let command = ledger(ctx)
            .replacement(&bid.state, content, input.command.command_id)
            .gql()?;
        run(ctx, input.bid_id, command, input.command).await
    }

    /// Withdraws the token's organisation's live bid before the deadline; it may bid again.
    async fn withdraw_bid(
        &self,
        ctx: &Context<'_>,
        input: WithdrawBidInput,
    ) -> Result<BidPayload<WithdrawBid>> {
        run(ctx, input.bid_id, BidCommand::Withdraw, input.command).await
    }
}

/// Whether the procurement's bids have been opened: from then on they are no longer sealed.
fn is_opened(p: &Procurement) -> bool {
    p.opened_at.is_some()
}

fn cursor(after: Option<&str>) -> Result<Option<Uuid>> {
    after
        .map(|a| Uuid::parse_str(a).map_err(|_| super::errors::bad_cursor(a)))
        .transpose()
}

#[derive(Default)]
pub struct BidQuery;

#[Object]
impl BidQuery {
    /// One bid. Before the opening only its bidder sees it (and not even the bidder sees it
    /// as anything but its commitment: the content is sealed); after the opening anyone who
    /// sees the procurement, with the content revealed. Null if there is no such bid.
    async fn bid(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<BidView>> {
        let l = ledger(ctx);
        let Some(bid) = l.load::<Bid>(&id).await.gql()? else {
            return Ok(None);
        };
        let procurement = match bid.state.procurement_id {
            Some(p) => l.load::<Procurement>(&p).await.gql()?.map(|o| o.state),
            None => None,
        };
        let opened = procurement.as_ref().is_some_and(is_opened);
        let mine = viewer(ctx)
            .0
            .as_ref()
            .filter(|c| c.role == Role::Ngo)
            .and_then(|c| c.organisation)
            .is_some_and(|o| bid.state.organisation_id == Some(o));
        if !opened && !mine {
            return match viewer(ctx).0 {
                None => Err(unauthenticated("reading a bid before the opening")),
                Some(_) => Err(forbidden_zh(
                    "before the opening a bid is shown to its bidder only (密封投标); sealedBids shows every bid's commitment and time",
                    "开标前投标文件只向投标人本人显示（密封投标）；sealedBids 可查看每份投标的承诺值和提交时间",
                )),
            };
        }
        let revealed = procurement.as_ref().and_then(|p| p.opened_bid(id));
        Ok(BidView::of(&bid.state, bid.version, bid.position, revealed))
    }

    /// A procurement's board of live bids, in the order they were first submitted: before the
    /// opening, open to everyone, each bid's commitment and time with no bidder named; after
    /// it, with bid and bidder. At most 100 a page.
    async fn sealed_bids(
        &self,
        ctx: &Context<'_>,
        procurement_id: Uuid,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, SealedBidView, TotalCount>> {
        let first = page_size(first)?;
        let after_bid = cursor(after.as_deref())?;
        let l = ledger(ctx);
        let procurement = published(l, procurement_id).await.gql()?;
        let opened = is_opened(&procurement.state);
        let total = rm::live_count(l.read_models(), procurement_id)
            .await
            .gql()?;
        let mut rows = rm::live_bids(l.read_models(), procurement_id, after_bid, first + 1)
            .await
            .gql()?;
        let has_next = rows.len() > first;
        rows.truncate(first);
        let mut connection = Connection::with_additional_fields(
            after.is_some(),
            has_next,
            TotalCount { total_count: total },
        );
        for row in rows {
            connection
                .edges
                .push(Edge::new(row.bid_id.to_string(), sealed_view(row, opened)));
        }
        Ok(connection)
    }

    /// The bids of the token's organisation, withdrawn ones included, oldest first; at most
    /// 100 a page.
    async fn my_bids(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, BidView>> {
        let (_, organisation) = bidder(viewer(ctx), "listing your bids")?;
        let first = page_size(first)?;
        let after_bid = cursor(after.as_deref())?;
        let l = ledger(ctx);
        let mut rows = rm::organisation_bids(l.read_models(), organisation, after_bid, first + 1)
            .await
            .gql()?;
        let has_next = rows.len() > first;
        rows.truncate(first);
        let mut connection = Connection::new(after.is_some(), has_next);
        for row in rows {
            let Some(bid) = l.load::<Bid>(&row.bid_id).await.gql()? else {
                continue;
            };
            let procurement = l.load::<Procurement>(&row.procurement_id).await.gql()?;
            let revealed = procurement
                .as_ref()
                .and_then(|p| p.state.opened_bid(row.bid_id));
            if let Some(view) = BidView::of(&bid.state, bid.version, bid.position, revealed) {
                connection
                    .edges
                    .push(Edge::new(row.bid_id.to_string(), view));
            }
        }
        Ok(connection)
    }
}

/// A published procurement, whose board of sealed bids anyone may read (BID-SEALED: the
/// commitments and times are public, docs/sealed-bids.md); a draft is not public yet, so it
/// reads as no procurement, like one that does not exist. `sealedBids` and `procurementBids`
/// both ask here, so the query and the live feed show the same board to the same viewers.
async fn published(l: &Ledger, procurement_id: Uuid) -> Result<Outcome<Procurement>, LedgerError> {
    l.load::<Procurement>(&procurement_id)
        .await?
        .filter(|p| p.state.published_at.is_some())
        .ok_or_else(|| {
            LedgerError::NotFound(Said::new(
                format!("no published procurement has id {procurement_id}"),
                format!("没有编号为 {procurement_id} 的已发布采购项目"),
            ))
        })
}

/// A procurement's board of sealed bids as it stands after a change (`procurementBids`):
/// the same fields as a board change (`procurementBoard`), with the live bids as `sealedBids`
/// shows them (before the opening their commitments and times, no bidder).
#[derive(SimpleObject)]
pub struct SealedBoardChange {
    pub procurement_id: Uuid,
    /// The event that changed the board: BidSubmitted, BidReplaced, BidWithdrawn, or the
    /// procurement's own (ProcurementAmended, BiddingClosed, BidsOpened, ProcurementFailed,
    /// ProcurementCancelled). Null for the first item: the board when the subscription began.
    pub kind: Option<String>,
    pub status: ProcurementStatus,
    /// The status in Chinese, e.g. 已发布采购公告.
    pub status_zh: &'static str,
    /// The procurement's version.
    pub version: u64,
    /// The log position of the change (of the ledger's head, for the first item): the board
    /// shows at least every event up to it.
    pub position: u64,
    /// When the change was recorded; null for the first item.
    pub recorded_at: Option<DateTimeScalar>,
    /// How many live bids the procurement holds.
    pub total_count: u64,
    /// The first `first` of them, in the order they were first submitted.
    pub bids: Vec<SealedBidView>,
}

impl SealedBoardChange {
    /// Whether bids may still change: until the opening, or the procurement's end before it.
    /// The live feed ends after the first change that says no.
    pub fn bids_may_change(&self) -> bool {
        matches!(
            self.status,
            ProcurementStatus::Published | ProcurementStatus::BiddingClosed
        )
    }
}

/// The board of `procurement_id` as it stands now, `event` being what changed it (none for the
/// first item of a subscription, which then reports the ledger's head `position`).
pub(crate) async fn sealed_board(
    l: &Ledger,
    procurement_id: Uuid,
    first: usize,
    event: Option<&RecordedEvent>,
    position: u64,
) -> Result<SealedBoardChange, LedgerError> {
    let procurement = published(l, procurement_id).await?;
    let opened = is_opened(&procurement.state);
    let total_count = rm::live_count(l.read_models(), procurement_id).await?;
    let rows = rm::live_bids(l.read_models(), procurement_id, None, first).await?;
    let status = procurement
        .state
        .status
        .unwrap_or(civic_domain::ProcurementStatus::Published);
    Ok(SealedBoardChange {
        procurement_id,
        kind: event.map(|e| e.kind.clone()),
        status: status.into(),
        status_zh: status.label_zh(),
        version: procurement.version,
        position: event.map_or(position, |e| e.position),
        recorded_at: event.map(|e| DateTimeScalar(e.recorded_at)),
        total_count,
        bids: rows.into_iter().map(|r| sealed_view(r, opened)).collect(),
    })
}

/// What `event` changes on the board of `procurement_id`, if anything: a bid of that
/// procurement submitted, replaced or withdrawn, or the procurement's own change of the kinds
/// its public board reports (closed, opened, amended, failed, cancelled).
pub(crate) async fn sealed_board_change(
    l: &Ledger,
    procurement_id: Uuid,
    first: usize,
    event: &RecordedEvent,
) -> Result<Option<SealedBoardChange>, LedgerError> {
    let category = civic_store::stream_category(&event.stream);
    let id = stream_id(&event.stream).parse::<Uuid>().ok();
    let ours = match (category, id) {
        // Only the submission names the procurement; the bid's state says it for the others.
        (<Bid as civic_domain::Aggregate>::CATEGORY, Some(bid)) => l
            .load::<Bid>(&bid)
            .await?
            .is_some_and(|b| b.state.procurement_id == Some(procurement_id)),
        (<Procurement as civic_domain::Aggregate>::CATEGORY, Some(id)) => {
            id == procurement_id && super::procurement::changes_board(&event.kind)
        }
        _ => false,
    };
    if !ours {
        return Ok(None);
    }
    sealed_board(l, procurement_id, first, Some(event), event.position)
        .await
        .map(Some)
}

fn sealed_view(row: BidRow, opened: bool) -> SealedBidView {
    SealedBidView {
        commitment: row.commitment,
        commitment_scheme: row.commitment_scheme,
        sealed_at: DateTimeScalar(row.sealed_at),
        bid_id: opened.then_some(row.bid_id),
        organisation_id: opened.then_some(row.organisation_id),
    }
}
