//! The auditor's questions (issue 14): what every event of a record changed, by whom and why;
//! whether the hash chains hold, checked in bounded stretches a console can walk with progress.

use std::time::Duration;

use async_graphql::{Context, Object, Result, SimpleObject};
use civic_domain::Organisation;
use civic_store::{ChainBreak, ChainVerifier, Direction, StreamFrom, verify_page};
use serde_json::Value;
use uuid::Uuid;

use super::errors::{Gql, validation};
use super::scalars::DateTimeScalar;
use super::{MAX_PAGE, ledger, query::page_size, viewer};
use crate::ledger::Handled;

/// A stretch of `verifyLedger` checks at most this many events.
pub const MAX_VERIFY_EVENTS: usize = 10_000;

/// A stretch stops once it has run this long, well inside the request timeout, and says where
/// to continue.
const VERIFY_BUDGET: Duration = Duration::from_secs(3);

/// `verifyStream` reads a stream in pages of this many events.
const STREAM_PAGE: usize = 1024;

#[derive(Default)]
pub struct AuditQuery;

/// One field of a record an event changed, shown as text; personal data masked.
#[derive(SimpleObject)]
pub struct FieldChange {
    /// The record's field, e.g. `domicile`, `status`, `legalRepresentative`.
    pub field: String,
    /// Null when the field was empty before.
    pub old: Option<String>,
    /// Null when the event emptied it.
    pub new: Option<String>,
}

/// One event of a record's timeline: who did what, when, why, and what it changed.
#[derive(SimpleObject)]
pub struct TimelineEntry {
    /// The record the event belongs to, e.g. `bid-{id}`.
    pub stream: String,
    pub position: u64,
    pub version: u64,
    /// The event, e.g. `ChangeRegistered`.
    pub kind: String,
    /// The command that recorded it, e.g. `RegisterChange`; null for the ledger's own clocks.
    pub command: Option<String>,
    /// The subject of the token that issued the command.
    pub actor: Option<String>,
    /// The role of that token, e.g. `registrar`.
    pub role: Option<String>,
    pub reason: Option<String>,
    pub recorded_at: DateTimeScalar,
    /// SHA-256 chain hash, hex.
    pub hash: String,
    pub changes: Vec<FieldChange>,
    /// Changes past the first 100, not listed.
    pub omitted_changes: u64,
    /// A correction (AUDIT-IMMUTABLE: a recorded event is never altered, a later one corrects
    /// it): the version, in the same stream, of the event it corrects.
    pub corrects_version: Option<u64>,
}

/// A page of a record's timeline, oldest first.
#[derive(SimpleObject)]
pub struct Timeline {
    pub stream: String,
    pub entries: Vec<TimelineEntry>,
    /// Events in the stream.
    pub total_count: u64,
    /// Pass as `fromVersion` for the next page; null at the end.
    pub next_version: Option<u64>,
}

/// Where a chain does not hold.
#[derive(SimpleObject)]
pub struct ChainFailure {
    pub stream: String,
    pub version: u64,
    pub position: u64,
    /// What is wrong, e.g. the recorded hash and the hash of the content.
    pub reason: String,
}

impl From<ChainBreak> for ChainFailure {
    fn from(b: ChainBreak) -> Self {
        ChainFailure {
            stream: b.stream,
            version: b.version,
            position: b.position,
            reason: b.reason,
        }
    }
}

/// One stretch of a check of the whole ledger.
#[derive(SimpleObject)]
pub struct LedgerVerification {
    pub events_checked: u64,
    /// Streams that begin in this stretch: summed over the stretches, every stream.
    pub streams_begun: u64,
    /// Checked up to this position: pass it as `after` for the next stretch.
    pub last_position: u64,
    /// The ledger's last position when this stretch began.
    pub head: u64,
    /// Nothing is left to check up to `head`, and every chain held.
    pub done: bool,
    /// The first place a chain does not hold; the check stops there.
    pub first_failure: Option<ChainFailure>,
}

/// The check of one record's chain.
#[derive(SimpleObject)]
pub struct StreamVerification {
    pub stream: String,
    pub events_checked: u64,
    /// Pass as `fromVersion` to continue a long stream; null once it is checked to its end.
    pub next_version: Option<u64>,
    pub first_failure: Option<ChainFailure>,
}

/// At most this many field changes are listed per event; the rest are counted
/// (`omittedChanges`): a catalogue loaded in one event changes thousands of items.
pub const MAX_CHANGES: usize = 100;

/// A purchase's timeline reads at most this many streams (the procurement, its bids, its
/// committees and what follows the award): well above what its rules allow (500 live bids at
/// once, 100 committee rounds), a bound on the work of one request all the same.
pub const MAX_PURCHASE_STREAMS: usize = 1024;

/// Runs `$body` with `$a` the aggregate whose streams are of category `$category`, or says
/// which categories a timeline serves: the one dispatch of the auditor's view.
macro_rules! by_category {
    ($category:expr, $a:ident => $body:expr) => {{
        use civic_domain::{
            Bid, Catalogue, Committee, Contract, ExpertPool, Menu, MenuOrder,
            PerformanceEvaluation, Procurement,
        };
        match $category {
            c if c == <Organisation as civic_domain::Aggregate>::CATEGORY => {
                type $a = Organisation;
                $body
            }
            c if c == <Catalogue as civic_domain::Aggregate>::CATEGORY => {
                type $a = Catalogue;
                $body
            }
            c if c == <Procurement as civic_domain::Aggregate>::CATEGORY => {
                type $a = Procurement;
                $body
            }
            c if c == <Bid as civic_domain::Aggregate>::CATEGORY => {
                type $a = Bid;
                $body
            }
            c if c == <Committee as civic_domain::Aggregate>::CATEGORY => {
                type $a = Committee;
                $body
            }
            c if c == <ExpertPool as civic_domain::Aggregate>::CATEGORY => {
                type $a = ExpertPool;
                $body
            }
            c if c == <Contract as civic_domain::Aggregate>::CATEGORY => {
                type $a = Contract;
                $body
            }
            c if c == <PerformanceEvaluation as civic_domain::Aggregate>::CATEGORY => {
                type $a = PerformanceEvaluation;
                $body
            }
            c if c == <Menu as civic_domain::Aggregate>::CATEGORY => {
                type $a = Menu;
                $body
            }
            c if c == <MenuOrder as civic_domain::Aggregate>::CATEGORY => {
                type $a = MenuOrder;
                $body
            }
            other => Err(validation(crate::ledger::Said::new(
                format!(
                    "{other:?} is not a category of record the ledger keeps (organisation, catalogue, procurement, bid, committee, expertpool, contract, performance, menu, menuorder)"
                ),
                format!(
                    "{other:?} 不是本系统记录的类别（organisation、catalogue、procurement、bid、committee、expertpool、contract、performance、menu、menuorder）"
                ),
            ))),
        }
    }};
}

/// The category of a stream `{category}-{id}`.
fn category_of(stream: &str) -> Result<&str> {
    stream
        .split_once('-')
        .map(|(c, _)| c)
        .filter(|c| !c.is_empty())
        .ok_or_else(|| {
            validation(crate::ledger::Said::new(
                format!("{stream:?} is not a stream name (category-id)"),
                format!("{stream:?} 不是记录流名称（类别-编号）"),
            ))
        })
}

/// A state's fields as [`Audited::shown`] gives them.
#[derive(SimpleObject)]
pub struct FieldValue {
    pub field: String,
    pub value: Option<String>,
}

/// A record as it stood at a log position (AUDIT-ASOF).
#[derive(SimpleObject)]
pub struct RecordState {
    pub stream: String,
    /// The version of its last event at or before the position.
    pub version: u64,
    /// The position of that event.
    pub position: u64,
    /// Its top-level fields as a timeline shows them (money in yuan, personal data masked).
    pub fields: Vec<FieldValue>,
}

/// A page of a purchase's timeline: the events of all its streams in log order.
#[derive(SimpleObject)]
pub struct PurchaseTimeline {
    pub procurement_id: Uuid,
    /// The streams read: the procurement's, its bids', its committees', its contract's and
    /// the contract's performance evaluations'.
    pub streams: Vec<String>,
    pub entries: Vec<TimelineEntry>,
    /// Pass as `after` for the next page; null at the end.
    pub next_position: Option<u64>,
}

/// Up to `first` events of `stream` from `from_version`, each with what it changed, and
/// whether the stream goes on.
async fn entries_of<A: Audited>(
    ledger: &crate::ledger::Ledger,
    stream: &str,
    from_version: u64,
    first: usize,
) -> Result<(Vec<TimelineEntry>, bool)> {
    let history = ledger
        .history::<A>(stream, from_version, first)
        .await
        .gql()?;
    let mut before = history.before.shown();
    let mut entries = Vec::with_capacity(history.steps.len());
    for (event, state) in &history.steps {
        let after = state.shown();
        entries.push(entry(stream, event, &before, &after));
        before = after;
    }
    Ok((entries, history.more))
}

fn entry(
    stream: &str,
    event: &civic_store::RecordedEvent,
    before: &serde_json::Map<String, Value>,
    after: &serde_json::Map<String, Value>,
) -> TimelineEntry {
    let text = |key: &str| {
        event
            .metadata
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let mut changes = changes(before, after);
    let omitted_changes = changes.len().saturating_sub(MAX_CHANGES) as u64;
    changes.truncate(MAX_CHANGES);
    TimelineEntry {
        stream: stream.to_owned(),
        position: event.position,
        version: event.version,
        kind: event.kind.clone(),
        command: text("command"),
        actor: text("actorId"),
        role: text("actorRole"),
        reason: text("reason"),
        recorded_at: DateTimeScalar(event.recorded_at),
        hash: hex::encode(event.hash),
        changes,
        omitted_changes,
        corrects_version: event.data.get("correctsVersion").and_then(Value::as_u64),
    }
}

/// A stream's events after log position `after`, at most `first`, and whether more follow.
async fn entries_after<A: Audited>(
    ledger: &crate::ledger::Ledger,
    stream: &str,
    after: u64,
    first: usize,
) -> Result<(Vec<TimelineEntry>, bool)> {
    match ledger.first_version_after(stream, after).await.gql()? {
        None => Ok((Vec::new(), false)),
        Some(version) => entries_of::<A>(ledger, stream, version, first).await,
    }
}

#[Object]
impl AuditQuery {
    /// A record's events (any stream: `organisation-{id}`, `procurement-{id}`, `bid-{id}`,
    /// `committee-{id}`, `contract-{id}`, `performance-{id}`, `catalogue-{jurisdiction}`, `expertpool-{jurisdiction}`), oldest
    /// first, at most 100 a page, each with who issued it, when, why, and the record's fields
    /// it changed old → new (nested fields as `a.b`). Identity card and phone numbers are
    /// masked, money is in yuan, and a bid's sealed content shows only as the digest of its
    /// ciphertext. Auditors and administrators.
    async fn record_timeline(
        &self,
        ctx: &Context<'_>,
        stream: String,
        from_version: Option<u64>,
        first: Option<i32>,
    ) -> Result<Timeline> {
        let from_version = from_version.unwrap_or(0);
        viewer(ctx).require_auditor("a record's timeline")?;
        let first = page_size(first.or(Some(MAX_PAGE as i32)))?;
        let category = category_of(&stream)?;
        let ledger = ledger(ctx);
        let (entries, more) = by_category!(category, A => {
            entries_of::<A>(ledger, &stream, from_version, first).await
        })?;
        let total_count = ledger
            .store()
            .read_stream(&stream, StreamFrom::End, Direction::Backwards, 1)
            .await
            .gql()?
            .first()
            .map_or(0, |e| e.version + 1);
        let next_version = more
            .then(|| entries.last().map(|e| e.version + 1))
            .flatten();
        Ok(Timeline {
            stream,
            entries,
            total_count,
            next_version,
        })
    }

    /// A record as it stood once the event at log position `atPosition` was recorded
    /// (AUDIT-ASOF by position: what an entry of a timeline left), re-computed from its
    /// events; null if the stream had not begun by then. Auditors and administrators.
    async fn record_at_position(
        &self,
        ctx: &Context<'_>,
        stream: String,
        at_position: u64,
    ) -> Result<Option<RecordState>> {
        viewer(ctx).require_auditor("a record as it stood")?;
        let category = category_of(&stream)?;
        let ledger = ledger(ctx);
        let found = by_category!(category, A => {
            ledger
                .at_position::<A>(&stream, at_position)
                .await
                .gql()
                .map(|o| o.map(|o| (o.version, o.position, o.state.shown())))
        })?;
        Ok(found.map(|(version, position, shown)| RecordState {
            stream: stream.clone(),
            version,
            position,
            fields: shown
                .into_iter()
                .map(|(field, value)| FieldValue {
                    field,
                    value: as_text(&value),
                })
                .collect(),
        }))
    }

    /// A purchase's whole history: the events of the procurement, its bids, its committees,
    /// its contract and the contract's performance evaluations merged in log position order, each naming its stream and what it changed (old → new),
    /// after position `after`, at most `first` (≤ 100) a page; null if there is no such
    /// procurement. Instants are UTC (shown in China time by the client). Auditors and
    /// administrators.
    async fn purchase_timeline(
        &self,
        ctx: &Context<'_>,
        procurement_id: Uuid,
        after: Option<u64>,
        first: Option<i32>,
    ) -> Result<Option<PurchaseTimeline>> {
        viewer(ctx).require_auditor("a purchase's timeline")?;
        let after = after.unwrap_or(0);
        let first = page_size(first.or(Some(MAX_PAGE as i32)))?;
        let ledger = ledger(ctx);
        if ledger
            .load::<civic_domain::Procurement>(&procurement_id)
            .await
            .gql()?
            .is_none()
        {
            return Ok(None);
        }
        let streams = purchase_streams(ledger, procurement_id).await?;
        let mut merged = Vec::new();
        let mut more = false;
        for stream in &streams {
            let (entries, rest) = by_category!(category_of(stream)?, A => {
                entries_after::<A>(ledger, stream, after, first).await
            })?;
            // A stream with more past its page is only ever behind the page's last entry,
            // which is at most the `first`-th of the merge: the next page reads on from there.
            more |= rest;
            merged.extend(entries);
        }
        merged.sort_by_key(|e| e.position);
        more |= merged.len() > first;
        merged.truncate(first);
        let next_position = more.then(|| merged.last().map(|e| e.position)).flatten();
        Ok(Some(PurchaseTimeline {
            procurement_id,
            streams,
            entries: merged,
            next_position,
        }))
    }

    /// Re-computes the hash chains of at most `limit` (≤ 10,000) events after position `after`,
    /// stopping early after a few seconds; call again with `after: lastPosition` until `done`
    /// or a failure. Auditors and administrators.
    async fn verify_ledger(
        &self,
        ctx: &Context<'_>,
        after: Option<u64>,
        limit: Option<i32>,
    ) -> Result<LedgerVerification> {
        let after = after.unwrap_or(0);
        viewer(ctx).require_auditor("verifying the ledger")?;
        let limit = match limit {
            None => MAX_VERIFY_EVENTS,
            Some(n) if (1..=MAX_VERIFY_EVENTS as i32).contains(&n) => n as usize,
            Some(n) => {
                return Err(super::errors::out_of_range(
                    ("limit", "核验的事件数"),
                    (1, MAX_VERIFY_EVENTS),
                    n,
                ));
            }
        };
        let page = verify_page(ledger(ctx).store().as_ref(), after, limit, VERIFY_BUDGET)
            .await
            .gql()?;
        Ok(LedgerVerification {
            done: page.first_break.is_none() && page.last_position >= page.head,
            events_checked: page.events,
            streams_begun: page.streams_begun,
            last_position: page.last_position,
            head: page.head,
            first_failure: page.first_break.map(Into::into),
        })
    }

    /// Re-computes one stream's hash chain from `fromVersion`, stopping early after a few
    /// seconds (then `nextVersion` says where to go on). Auditors and administrators.
    async fn verify_stream(
        &self,
        ctx: &Context<'_>,
        stream: String,
        from_version: Option<u64>,
    ) -> Result<StreamVerification> {
        let from_version = from_version.unwrap_or(0);
        viewer(ctx).require_auditor("verifying a record")?;
        let store = ledger(ctx).store();
        let started = std::time::Instant::now();
        let mut verifier = ChainVerifier::new();
        let mut from = from_version;
        if let Some(previous) = from_version.checked_sub(1) {
            let page = store
                .read_stream(
                    &stream,
                    StreamFrom::Version(previous),
                    Direction::Forwards,
                    1,
                )
                .await
                .gql()?;
            match page.first() {
                Some(p) if p.version == previous => verifier.continue_from(p),
                _ => {
                    return Err(validation(crate::ledger::Said::new(
                        format!(
                            "{stream} has no version {previous}, so there is nothing to continue from"
                        ),
                        format!("{stream} 没有第{previous}版，无法从此处继续核验"),
                    )));
                }
            }
        }
        let failed = |b: ChainBreak, checked| StreamVerification {
            stream: stream.clone(),
            events_checked: checked,
            next_version: None,
            first_failure: Some(b.into()),
        };
        let mut checked = 0;
        loop {
            if started.elapsed() >= VERIFY_BUDGET {
                return Ok(StreamVerification {
                    stream: stream.clone(),
                    events_checked: checked,
                    next_version: Some(from),
                    first_failure: None,
                });
            }
            let page = match store
                .read_stream(
                    &stream,
                    StreamFrom::Version(from),
                    Direction::Forwards,
                    STREAM_PAGE,
                )
                .await
            {
                Ok(page) => page,
                Err(e) => {
                    let b = ChainBreak::from_read_error(e).gql()?;
                    return Ok(failed(b, checked));
                }
            };
            for event in &page {
                if let Err(b) = verifier.check(event) {
                    return Ok(failed(b, checked));
                }
                checked += 1;
                from = event.version + 1;
            }
            if page.len() < STREAM_PAGE {
                break;
            }
        }
        if checked == 0 && from_version == 0 {
            return Err(validation(crate::ledger::Said::new(
                format!("{stream} holds no events"),
                format!("{stream} 没有任何事件"),
            )));
        }
        Ok(StreamVerification {
            stream,
            events_checked: checked,
            next_version: None,
            first_failure: None,
        })
    }
}

/// How an aggregate's state is shown to an auditor: its fields as the wire names them, money
/// in yuan as the API shows it, personal data masked as it is for other users (a timeline is
/// read in bulk and exported from screens; the full numbers stay on the record itself), and
/// nothing sealed (a bid's content is ciphertext in its state; even that shows only as a
/// digest).
pub trait Audited: Handled {
    /// Where the state holds money (fen): field paths, `*` standing for every element of a
    /// list or entry of a map.
    const MONEY: &'static [&'static str] = &[];

    /// Masks or hides what an auditor's timeline must not show in full.
    fn conceal(&self, _shown: &mut serde_json::Map<String, Value>) {}

    fn shown(&self) -> serde_json::Map<String, Value> {
        let mut map = match serde_json::to_value(self) {
            Ok(Value::Object(map)) => map,
            _ => serde_json::Map::new(),
        };
        for path in Self::MONEY {
            let path: Vec<&str> = path.split('/').collect();
            if let Some((head, rest)) = path.split_first()
                && let Some(v) = map.get_mut(*head)
            {
                in_yuan(v, rest);
            }
        }
        self.conceal(&mut map);
        map
    }
}

/// The fen at `path` below `value`, rewritten as yuan text (`1234.50`).
fn in_yuan(value: &mut Value, path: &[&str]) {
    match path.split_first() {
        None => {
            if let Some(fen) = value.as_i64()
                && let Ok(money) = civic_domain::Money::try_from(fen)
            {
                *value = Value::String(money.to_string());
            }
        }
        Some((&"*", rest)) => match value {
            Value::Array(items) => items.iter_mut().for_each(|v| in_yuan(v, rest)),
            Value::Object(entries) => entries.values_mut().for_each(|v| in_yuan(v, rest)),
            _ => {}
        },
        Some((key, rest)) => {
            if let Some(v) = value.get_mut(*key) {
                in_yuan(v, rest);
            }
        }
    }
}

impl Audited for Organisation {
    const MONEY: &'static [&'static str] = &["registeredFunds"];

    /// The legal representative's identity card and phone numbers, masked.
    fn conceal(&self, shown: &mut serde_json::Map<String, Value>) {
        if let Some(r) = &self.legal_representative {
            shown.insert(
                "legalRepresentative".to_owned(),
                serde_json::json!({
                    "name": r.name(),
                    "idNumber": r.masked_id_number(),
                    "phone": r.masked_phone(),
                }),
            );
        }
    }
}

impl Audited for civic_domain::Catalogue {}

impl Audited for civic_domain::Procurement {
    const MONEY: &'static [&'static str] = &[
        "terms/budget",
        "terms/bidSecurity",
        "opened/*/content/price",
        "report/ranking/*/price",
        "award/price",
    ];
}

impl Audited for civic_domain::Bid {
    /// The sealed box shows as the key it is sealed under and the SHA-256 of its ciphertext:
    /// an auditor can match it with the stored event, and learns nothing of the content.
    fn conceal(&self, shown: &mut serde_json::Map<String, Value>) {
        use sha2::Digest;
        if let Some(sealed) = &self.sealed {
            shown.insert(
                "sealed".to_owned(),
                serde_json::json!({
                    "keyId": sealed.key_id,
                    "ciphertextSha256": hex::encode(sha2::Sha256::digest(sealed.ciphertext.as_bytes())),
                }),
            );
        }
    }
}

impl Audited for civic_domain::Committee {
    const MONEY: &'static [&'static str] = &["budget", "bids/*/price", "report/ranking/*/price"];
}

impl Audited for civic_domain::Contract {
    const MONEY: &'static [&'static str] = &[
        "amount",
        "terms/budget",
        "milestones/*/amount",
        "payments/*/amount",
        "supplements/*/amount",
        "corrections/*/oldAmount",
        "corrections/*/newAmount",
        "corrections/*/corrected/oldAmount",
        "corrections/*/corrected/newAmount",
    ];

    /// `events` only counts the stream's events (what a correction's `correctsVersion` is
    /// read against): every entry would show it go up by one.
    fn conceal(&self, shown: &mut serde_json::Map<String, Value>) {
        shown.remove("events");
    }
}

impl Audited for civic_domain::PerformanceEvaluation {}

impl Audited for civic_domain::Menu {}

impl Audited for civic_domain::MenuOrder {
    const MONEY: &'static [&'static str] = &["lines/*/amount", "lines/*/cap"];
}

impl Audited for civic_domain::ExpertPool {
    /// The experts' identity card numbers, masked.
    fn conceal(&self, shown: &mut serde_json::Map<String, Value>) {
        if let Some(Value::Object(experts)) = shown.get_mut("experts") {
            for (id, expert) in experts.iter_mut() {
                let masked = id
                    .parse()
                    .ok()
                    .and_then(|id| self.expert(id))
                    .map(|e| e.masked_id_number());
                if let Some(v) = expert.get_mut("idNumber") {
                    *v = masked.map_or(Value::Null, Value::String);
                }
            }
        }
    }
}

/// The streams of a purchase: the procurement's, then its bids', its committees', its
/// contract's and that contract's performance evaluations'.
async fn purchase_streams(
    ledger: &crate::ledger::Ledger,
    procurement_id: Uuid,
) -> Result<Vec<String>> {
    use civic_domain::{Aggregate, Bid, Committee, Contract, PerformanceEvaluation, Procurement};
    use civic_projections::runtime::Value as Cell;
    use civic_projections::runtime::query::Select;
    use civic_projections::{bids, committees, contracts, performance};
    let read = ledger.read_models();
    let mut streams = vec![format!("{}-{procurement_id}", Procurement::CATEGORY)];
    let bid_rows = read
        .select(
            Select::from(&bids::BIDS, &["bid_id"])
                .eq("procurement_id", Cell::text(procurement_id.to_string()))
                .order_by(&["bid_id"])
                .limit(MAX_PURCHASE_STREAMS),
        )
        .await
        .gql()?;
    for mut row in bid_rows {
        streams.push(format!("{}-{}", Bid::CATEGORY, row.text(0).gql()?));
    }
    let rounds = committees::CommitteeRow::decode_all(
        read.select(committees::of_procurement(procurement_id))
            .await
            .gql()?,
    )
    .gql()?;
    for c in rounds {
        streams.push(format!("{}-{}", Committee::CATEGORY, c.committee_id));
    }
    // One contract per procurement (a claim); the bound is only the request's.
    let signed = read
        .select(
            Select::from(&contracts::CONTRACTS, &["id"])
                .eq("procurement_id", Cell::text(procurement_id.to_string()))
                .order_by(&["id"])
                .limit(MAX_PURCHASE_STREAMS),
        )
        .await
        .gql()?;
    let mut signed_ids = Vec::new();
    for mut row in signed {
        let id = row.text(0).gql()?;
        streams.push(format!("{}-{id}", Contract::CATEGORY));
        signed_ids.push(id);
    }
    for contract in signed_ids {
        let evaluations = read
            .select(
                Select::from(&performance::EVALUATIONS, &["evaluation_id"])
                    .eq("contract_id", Cell::text(contract))
                    .order_by(&["evaluation_id"])
                    .limit(MAX_PURCHASE_STREAMS),
            )
            .await
            .gql()?;
        for mut row in evaluations {
            streams.push(format!(
                "{}-{}",
                PerformanceEvaluation::CATEGORY,
                row.text(0).gql()?
            ));
        }
    }
    if streams.len() > MAX_PURCHASE_STREAMS {
        return Err(validation(crate::ledger::Said::new(
            format!(
                "procurement {procurement_id} has more than {MAX_PURCHASE_STREAMS} records; read them one by one with recordTimeline"
            ),
            format!(
                "采购项目 {procurement_id} 的记录超过{MAX_PURCHASE_STREAMS}条，请用 recordTimeline 逐条查看"
            ),
        )));
    }
    Ok(streams)
}

/// The fields that differ, in the record's field order; where both sides are maps (a
/// catalogue's items, a pool's experts, a procurement's terms) the entries that differ, named
/// `field.key`, so that one change to a large record is not shown as the whole of it.
fn changes(
    before: &serde_json::Map<String, Value>,
    after: &serde_json::Map<String, Value>,
) -> Vec<FieldChange> {
    let mut out = Vec::new();
    diff("", before, after, &mut out);
    out
}

fn diff(
    prefix: &str,
    before: &serde_json::Map<String, Value>,
    after: &serde_json::Map<String, Value>,
    out: &mut Vec<FieldChange>,
) {
    let null = Value::Null;
    let keys = after
        .keys()
        .chain(before.keys().filter(|k| !after.contains_key(*k)));
    for key in keys {
        let old = before.get(key).unwrap_or(&null);
        let new = after.get(key).unwrap_or(&null);
        if old == new {
            continue;
        }
        let field = format!("{prefix}{key}");
        match (old, new) {
            (Value::Object(o), Value::Object(n)) => diff(&format!("{field}."), o, n, out),
            (Value::Array(o), Value::Array(n))
                if let (Some(o), Some(n)) = (by_identity(o), by_identity(n)) =>
            {
                diff(&field, &o, &n, out)
            }
            (Value::Null, Value::Array(n)) if let Some(n) = by_identity(n) => {
                diff(&field, &serde_json::Map::new(), &n, out)
            }
            _ => out.push(FieldChange {
                field,
                old: as_text(old),
                new: as_text(new),
            }),
        }
    }
}

/// What tells the entries of a record's list apart, in the order tried: a list of milestones,
/// payments or bids is diffed entry by entry (`milestones[D1].acceptances`), so one payment
/// recorded shows as that payment, not as the whole list before and after.
const IDENTITIES: [&str; 8] = [
    "id",
    "paymentId",
    "milestoneId",
    "bidId",
    "challengeId",
    "supplementId",
    "memberId",
    "version",
];

/// `items` as entries keyed `[identity]`, when every item is an object holding one of
/// [`IDENTITIES`] as text or a number, each value once; `None` otherwise (the list is then
/// shown whole).
fn by_identity(items: &[Value]) -> Option<serde_json::Map<String, Value>> {
    let name = IDENTITIES
        .into_iter()
        .find(|name| items.iter().all(|item| item.get(name).is_some()))?;
    let mut keyed = serde_json::Map::new();
    for item in items {
        let identity = match item.get(name)? {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return None,
        };
        if keyed
            .insert(format!("[{identity}]"), item.clone())
            .is_some()
        {
            return None;
        }
    }
    Some(keyed)
}

/// Empty values (null, "", [], {}) read as nothing; text as itself; the rest as compact JSON.
fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::Array(a) if a.is_empty() => None,
        Value::Object(o) if o.is_empty() => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn map(v: Value) -> serde_json::Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => panic!("not an object"),
        }
    }

    #[test]
    fn only_the_fields_that_differ_are_changes_and_empty_reads_as_nothing() {
        let before = map(json!({"name": "甲", "domicile": "福中三路1号", "funds": 100, "x": []}));
        let after = map(json!({"name": "甲", "domicile": "福中三路2号", "funds": 200, "x": [1]}));
        let c = changes(&before, &after);
        let shown: Vec<_> = c
            .iter()
            .map(|c| (c.field.as_str(), c.old.as_deref(), c.new.as_deref()))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("domicile", Some("福中三路1号"), Some("福中三路2号")),
                ("funds", Some("100"), Some("200")),
                ("x", None, Some("[1]")),
            ]
        );
    }

    #[test]
    fn maps_are_compared_entry_by_entry_and_the_rest_whole() {
        let before = map(json!({"items": {"A": {"n": 1}, "B": {"n": 2}}, "terms": null}));
        let after = map(json!({"items": {"A": {"n": 1}, "B": {"n": 3}}, "terms": {"x": 1}}));
        let c: Vec<_> = changes(&before, &after)
            .into_iter()
            .map(|c| (c.field, c.old, c.new))
            .collect();
        assert_eq!(
            c,
            vec![
                (
                    "items.B.n".to_owned(),
                    Some("2".to_owned()),
                    Some("3".to_owned())
                ),
                ("terms".to_owned(), None, Some("{\"x\":1}".to_owned())),
            ]
        );
    }

    #[test]
    fn lists_of_identified_entries_are_compared_entry_by_entry() {
        let before = map(json!({
            "milestones": [{"id": "D1", "acceptances": []}, {"id": "P1", "amount": "10.00"}],
            "tags": ["a"],
        }));
        let after = map(json!({
            "milestones": [
                {"id": "D1", "acceptances": [{"passed": true}]},
                {"id": "P1", "amount": "10.00"},
            ],
            "payments": [{"paymentId": "x", "amount": "5.00"}],
            "tags": ["a", "b"],
        }));
        let c: Vec<_> = changes(&before, &after)
            .into_iter()
            .map(|c| (c.field, c.old, c.new))
            .collect();
        assert_eq!(
            c,
            vec![
                (
                    "milestones[D1].acceptances".to_owned(),
                    None,
                    Some("[{\"passed\":true}]".to_owned())
                ),
                (
                    "payments[x]".to_owned(),
                    None,
                    Some("{\"amount\":\"5.00\",\"paymentId\":\"x\"}".to_owned())
                ),
                (
                    "tags".to_owned(),
                    Some("[\"a\"]".to_owned()),
                    Some("[\"a\",\"b\"]".to_owned())
                ),
            ]
        );
        // Two entries under one identity cannot be told apart: the list is shown whole.
        let twins = [json!({"id": "A"}), json!({"id": "A"})];
        assert!(by_identity(&twins).is_none());
    }

    #[test]
    fn a_bid_shows_the_digest_of_its_sealed_box_never_the_box() {
        let bid = civic_domain::Bid {
            sealed: Some(civic_domain::bid::SealedBox {
                key_id: "k1".to_owned(),
                nonce: "bm9uY2U=".to_owned(),
                ciphertext: "c2VjcmV0LXByaWNl".to_owned(),
            }),
            ..civic_domain::Bid::default()
        };
        let text = Value::Object(bid.shown()).to_string();
        assert!(
            !text.contains("c2VjcmV0LXByaWNl") && !text.contains("bm9uY2U="),
            "{text}"
        );
        assert!(
            text.contains("ciphertextSha256") && text.contains("k1"),
            "{text}"
        );
    }

    #[test]
    fn money_paths_read_in_yuan_in_lists_too() {
        let mut v =
            json!({"terms": {"budget": 50_000_000}, "bids": [{"price": 12_345}, {"price": 5}]});
        in_yuan(&mut v["terms"], &["budget"]);
        in_yuan(&mut v["bids"], &["*", "price"]);
        assert_eq!(
            v,
            json!({"terms": {"budget": "500000.00"}, "bids": [{"price": "123.45"}, {"price": "0.05"}]})
        );
    }

    #[test]
    fn the_timeline_never_shows_a_full_id_number() {
        let rep =
            civic_domain::LegalRepresentative::new("张三", "11010519491231002X", "13800138000")
                .unwrap();
        let state = Organisation {
            legal_representative: Some(rep),
            ..Organisation::default()
        };
        let text = Value::Object(state.shown()).to_string();
        assert!(!text.contains("11010519491231002X"), "{text}");
        assert!(!text.contains("13800138000"), "{text}");
        assert!(text.contains("110105********002X"), "{text}");
    }
}
