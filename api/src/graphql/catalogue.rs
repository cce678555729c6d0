//! The guidance catalogue (指导性目录, CAT-ITEM): its tree, an item and the item's history,
//! and the commands that keep it.
//!
//! Who may do what: the catalogue is published by law (政府购买服务管理办法 第9条: the finance
//! department publishes it), so its tree and items are open to everyone, signed in or not. An
//! item's history names the staff who changed it, so it is for signed-in users. Changing a
//! jurisdiction's catalogue is for administrators (acting for the finance department, which has
//! no role of its own yet) and for that jurisdiction's registrars; purchasers, who must buy
//! from the catalogue, may not write it.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{ComplexObject, Context, Enum, InputObject, Object, Result, SimpleObject};
use civic_domain::{
    Catalogue, CatalogueCode, CatalogueCommand, CatalogueEvent, CatalogueItem, DomainEvent,
    ItemSpec, Jurisdiction,
};
use civic_projections::catalogue::{CatalogueItemRow, MAX_HISTORY, MAX_TREE_PAGE, TreeQuery};
use civic_store::{Direction, StreamFrom};

use super::command::{CommandInput, Commanded, Mutation, Payload, run};
use super::errors::{Gql, forbidden, unauthenticated};
use super::scalars::{Date, DateTimeScalar};
use super::types::TotalCount;
use super::{Viewer, ledger, viewer};
use crate::auth::{Claims, Role};
use crate::ledger::{LedgerError, Outcome};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::CatalogueCategory")]
pub enum CatalogueCategory {
    /// 基本公共服务
    PublicService,
    /// 履职辅助性服务
    Auxiliary,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum CatalogueItemStatus {
    /// Procurements may name it.
    Active,
    /// Kept in the tree and in history; no new procurement may name it.
    Retired,
}

/// One item of a guidance catalogue.
#[derive(SimpleObject)]
pub struct CatalogueItemView {
    /// e.g. "A0101": the code places the item (`A` top level, `A01`, `A0101`, `A010101`).
    pub code: String,
    pub parent: Option<String>,
    /// 1 for a top-level item, at most 4.
    pub level: u8,
    pub name_zh: String,
    pub name_en: Option<String>,
    pub category: CatalogueCategory,
    pub status: CatalogueItemStatus,
    /// The China-local day from which procurements may no longer name it.
    pub retired_on: Option<Date>,
    pub retired_reason: Option<String>,
    pub added_at: DateTimeScalar,
}

fn category(wire: &str) -> Result<CatalogueCategory> {
    wire.parse::<civic_domain::CatalogueCategory>()
        .map(Into::into)
        .map_err(|e| LedgerError::Internal(format!("catalogue read model: {e}")))
        .gql()
}

impl CatalogueItemView {
    fn from_row(r: CatalogueItemRow) -> Result<Self> {
        let retired_on = r
            .retired_on
            .as_deref()
            .map(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d"))
            .transpose()
            .map_err(|e| LedgerError::Internal(format!("catalogue item {}: {e}", r.code)))
            .gql()?;
        Ok(CatalogueItemView {
            category: category(&r.category)?,
            status: match r.status.as_str() {
                "ACTIVE" => CatalogueItemStatus::Active,
                "RETIRED" => CatalogueItemStatus::Retired,
                other => {
                    return Err(LedgerError::Internal(format!(
                        "catalogue item {}: status {other:?}",
                        r.code
                    )))
                    .gql();
                }
            },
            retired_on: retired_on.map(Date),
            code: r.code,
            parent: r.parent,
            level: r.level,
            name_zh: r.name_zh,
            name_en: r.name_en,
            retired_reason: r.retired_reason,
            added_at: DateTimeScalar(r.added_at),
        })
    }

    fn from_state(item: &CatalogueItem) -> Self {
        use civic_domain::catalogue::ItemStatus;
        let (status, on, reason) = match &item.status {
            ItemStatus::Active => (CatalogueItemStatus::Active, None, None),
            ItemStatus::Retired { on, reason } => (
                CatalogueItemStatus::Retired,
                Some(Date(*on)),
                Some(reason.clone()),
            ),
        };
        CatalogueItemView {
            code: item.code.as_str().to_owned(),
            parent: item.parent.as_ref().map(|p| p.as_str().to_owned()),
            level: item.level,
            name_zh: item.name_zh.clone(),
            name_en: item.name_en.clone(),
            category: item.category.into(),
            status,
            retired_on: on,
            retired_reason: reason,
            added_at: DateTimeScalar(item.added_at),
        }
    }
}

/// A jurisdiction's guidance catalogue.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct CatalogueView {
    pub jurisdiction: String,
    /// The version to send back as `expectedVersion`.
    pub version: u64,
    pub loaded_at: DateTimeScalar,
    /// Items, retired ones included.
    pub item_count: u64,
}

#[ComplexObject]
impl CatalogueView {
    /// The tree depth first (code order: each item is followed by its children), retired items
    /// included; at most 1,000 a page (the default), so a county catalogue comes in one.
    async fn items(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, CatalogueItemView, TotalCount>> {
        let first = match first {
            None => MAX_TREE_PAGE,
            Some(n) if (0..=MAX_TREE_PAGE as i32).contains(&n) => n as usize,
            Some(n) => {
                return Err(super::errors::first_out_of_range(MAX_TREE_PAGE, n));
            }
        };
        // A cursor is the code of the last item of the page before.
        if let Some(a) = &after {
            code("after", a)?;
        }
        let mut rows = ledger(ctx)
            .read_models()
            .catalogue_tree(TreeQuery {
                jurisdiction: self.jurisdiction.clone(),
                first,
                after: after.clone(),
            })
            .await
            .gql()?;
        let has_next = rows.len() > first;
        rows.truncate(first);
        let mut connection = Connection::with_additional_fields(
            after.is_some(),
            has_next,
            TotalCount {
                total_count: self.item_count,
            },
        );
        for row in rows {
            connection.edges.push(Edge::new(
                row.code.clone(),
                CatalogueItemView::from_row(row)?,
            ));
        }
        Ok(connection)
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum CatalogueChangeKind {
    /// Part of the catalogue as it was loaded.
    Loaded,
    Added,
    Renamed,
    Retired,
    Reinstated,
}

/// One event of the catalogue that concerns an item: who, when, why, and the names before and
/// after a renaming.
#[derive(SimpleObject)]
pub struct CatalogueItemChange {
    /// The event's version in the catalogue's stream.
    pub version: u64,
    pub kind: CatalogueChangeKind,
    /// When it was recorded, in China time.
    pub at: DateTimeScalar,
    pub actor_id: Option<String>,
    pub actor_role: Option<String>,
    pub reason: Option<String>,
    pub old_name_zh: Option<String>,
    pub old_name_en: Option<String>,
    pub new_name_zh: Option<String>,
    pub new_name_en: Option<String>,
    /// For a retirement or reinstatement: the China-local day it takes effect.
    pub on: Option<Date>,
}

fn change_of(e: &civic_store::RecordedEvent, code: &str) -> Result<Option<CatalogueItemChange>> {
    use CatalogueEvent as E;
    let event = CatalogueEvent::from_stored(&e.kind, e.schema, &e.data)
        .map_err(|err| LedgerError::Internal(format!("{} v{}: {err}", e.stream, e.version)))
        .gql()?;
    let text = |k: &str| {
        e.metadata
            .get(k)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let mut change = CatalogueItemChange {
        version: e.version,
        kind: CatalogueChangeKind::Added,
        at: DateTimeScalar(e.recorded_at),
        actor_id: text("actorId"),
        actor_role: text("actorRole"),
        reason: None,
        old_name_zh: None,
        old_name_en: None,
        new_name_zh: None,
        new_name_en: None,
        on: None,
    };
    match event {
        E::CatalogueLoaded { items, .. } => {
            let Some(item) = items.into_iter().find(|i| i.code.as_str() == code) else {
                return Ok(None);
            };
            change.kind = CatalogueChangeKind::Loaded;
            change.new_name_zh = Some(item.name_zh);
            change.new_name_en = item.name_en;
        }
        E::CatalogueItemAdded { item, .. } => {
            change.new_name_zh = Some(item.name_zh);
            change.new_name_en = item.name_en;
        }
        E::CatalogueItemRenamed {
            old_name_zh,
            old_name_en,
            new_name_zh,
            new_name_en,
            reason,
            ..
        } => {
            change.kind = CatalogueChangeKind::Renamed;
            change.old_name_zh = Some(old_name_zh);
            change.old_name_en = old_name_en;
            change.new_name_zh = Some(new_name_zh);
            change.new_name_en = new_name_en;
            change.reason = Some(reason);
        }
        E::CatalogueItemRetired { on, reason, .. } => {
            change.kind = CatalogueChangeKind::Retired;
            change.on = Some(Date(on));
            change.reason = Some(reason);
        }
        E::CatalogueItemReinstated { on, reason, .. } => {
            change.kind = CatalogueChangeKind::Reinstated;
            change.on = Some(Date(on));
            change.reason = Some(reason);
        }
    }
    Ok(Some(change))
}

fn jurisdiction(j: &str) -> Result<Jurisdiction> {
    Jurisdiction::parse(j.trim()).gql()
}

fn code(field: &'static str, c: &str) -> Result<CatalogueCode> {
    CatalogueCode::parse(c.trim())
        .map_err(|e| e.in_field(field))
        .gql()
}

#[derive(Default)]
pub struct CatalogueQuery;

#[Object]
impl CatalogueQuery {
    /// A jurisdiction's guidance catalogue (指导性目录); null if none was loaded. Public.
    async fn catalogue(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
    ) -> Result<Option<CatalogueView>> {
        let j = self::jurisdiction(&jurisdiction)?;
        let header = ledger(ctx)
            .read_models()
            .catalogue(j.as_str())
            .await
            .gql()?;
        Ok(header.map(|h| CatalogueView {
            jurisdiction: h.jurisdiction,
            version: h.version,
            loaded_at: DateTimeScalar(h.loaded_at),
            item_count: h.items,
        }))
    }

    /// One item of a jurisdiction's catalogue by its code; null if there is none. Public.
    async fn catalogue_item(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
        code: String,
    ) -> Result<Option<CatalogueItemView>> {
        let j = self::jurisdiction(&jurisdiction)?;
        let code = self::code("code", &code)?;
        let row = ledger(ctx)
            .read_models()
            .catalogue_item(j.as_str(), code.as_str())
            .await
            .gql()?;
        row.map(CatalogueItemView::from_row).transpose()
    }

    /// What happened to an item, oldest first, read from the catalogue's event log: at most
    /// 100 events (the default). Signed-in users only: it names the staff who acted.
    async fn catalogue_item_history(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
        code: String,
        first: Option<i32>,
    ) -> Result<Vec<CatalogueItemChange>> {
        if viewer(ctx).0.is_none() {
            return Err(unauthenticated("reading a catalogue item's history"));
        }
        let first = match first {
            None => MAX_HISTORY,
            Some(n) if (0..=MAX_HISTORY as i32).contains(&n) => n as usize,
            Some(n) => {
                return Err(super::errors::first_out_of_range(MAX_HISTORY, n));
            }
        };
        let j = self::jurisdiction(&jurisdiction)?;
        let code = self::code("code", &code)?;
        let ledger = ledger(ctx);
        let versions = ledger
            .read_models()
            .catalogue_item_events(j.as_str(), code.as_str(), first)
            .await
            .gql()?;
        let stream = format!("{}-{}", <Catalogue as civic_domain::Aggregate>::CATEGORY, j);
        let mut out = Vec::with_capacity(versions.len());
        for v in versions {
            let events = ledger
                .store()
                .read_stream(&stream, StreamFrom::Version(v), Direction::Forwards, 1)
                .await
                .gql()?;
            let Some(e) = events.first().filter(|e| e.version == v) else {
                return Err(LedgerError::Internal(format!(
                    "{stream} lost its event {v}"
                )))
                .gql();
            };
            out.extend(change_of(e, code.as_str())?);
        }
        Ok(out)
    }
}

/// What every catalogue mutation answers: named per mutation in the SDL.
#[derive(SimpleObject)]
#[graphql(name = "CatalogueCommandOutcome")]
pub struct CatalogueOutcome {
    pub jurisdiction: String,
    /// The catalogue's version after the command.
    pub version: u64,
    /// The global position of the last event written.
    pub position: u64,
    /// Items, retired ones included.
    pub item_count: u64,
    /// The item the command concerns, as it now stands (null for a load).
    pub item: Option<CatalogueItemView>,
}

pub type CataloguePayload<M> = Payload<Catalogue, M>;

pub enum LoadDefaultCatalogue {}
impl Mutation for LoadDefaultCatalogue {
    const PAYLOAD: &'static str = "LoadDefaultCataloguePayload";
}
pub enum AddCatalogueItem {}
impl Mutation for AddCatalogueItem {
    const PAYLOAD: &'static str = "AddCatalogueItemPayload";
}
pub enum RenameCatalogueItem {}
impl Mutation for RenameCatalogueItem {
    const PAYLOAD: &'static str = "RenameCatalogueItemPayload";
}
pub enum RetireCatalogueItem {}
impl Mutation for RetireCatalogueItem {
    const PAYLOAD: &'static str = "RetireCatalogueItemPayload";
}
pub enum ReinstateCatalogueItem {}
impl Mutation for ReinstateCatalogueItem {
    const PAYLOAD: &'static str = "ReinstateCatalogueItemPayload";
}

#[derive(InputObject)]
pub struct LoadDefaultCatalogueInput {
    /// GB/T 2260 code of the jurisdiction whose catalogue this is.
    pub jurisdiction: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct AddCatalogueItemInput {
    pub jurisdiction: String,
    pub code: String,
    /// The code of the parent item; omit for a top-level item.
    pub parent: Option<String>,
    pub name_zh: String,
    pub name_en: Option<String>,
    /// Required for a top-level item; a child has its parent's.
    pub category: Option<CatalogueCategory>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct RenameCatalogueItemInput {
    pub jurisdiction: String,
    pub code: String,
    pub name_zh: String,
    /// Omit to leave the item without an English name.
    pub name_en: Option<String>,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// Retires or reinstates one item, with the reason it records.
#[derive(InputObject)]
pub struct CatalogueItemReasonInput {
    pub jurisdiction: String,
    pub code: String,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// The catalogue's stream is its jurisdiction, named in the input: who may change it is known
/// before anything is loaded. Administrators anywhere, registrars of this very jurisdiction.
impl Commanded for Catalogue {
    type View = CatalogueOutcome;

    fn issuer(viewer: &Viewer, jurisdiction: &str, _: &CatalogueCommand) -> Result<Claims> {
        let c = viewer.signed_in("changing a guidance catalogue")?;
        match c.role {
            Role::Admin => Ok(c.clone()),
            Role::Registrar if c.jurisdiction.as_deref() == Some(jurisdiction) => Ok(c.clone()),
            Role::Registrar => Err(forbidden(crate::ledger::Said::new(
                format!(
                    "the guidance catalogue of {jurisdiction} is kept by its own registrars; your token acts for {}",
                    c.jurisdiction.as_deref().unwrap_or("no jurisdiction")
                ),
                format!(
                    "{jurisdiction} 的指导性目录由本行政区的登记管理机关维护，您的令牌代表 {}",
                    c.jurisdiction.as_deref().unwrap_or("无管辖区域")
                ),
            ))),
            other => Err(super::errors::wrong_role(
                "the guidance catalogue (指导性目录) is kept by administrators and the jurisdiction's registrars",
                "指导性目录由系统管理员和本行政区的登记管理机关维护",
                other,
            )),
        }
    }

    fn view(
        outcome: Outcome<Catalogue>,
        jurisdiction: &str,
        command: &CatalogueCommand,
        _: &Viewer,
    ) -> CatalogueOutcome {
        use CatalogueCommand as C;
        let item = match command {
            C::AddItem(spec) => Some(&spec.code),
            C::RenameItem { code, .. }
            | C::RetireItem { code, .. }
            | C::ReinstateItem { code, .. } => Some(code),
            C::Load { .. } | C::AddItems { .. } => None,
        };
        CatalogueOutcome {
            jurisdiction: jurisdiction.to_owned(),
            version: outcome.version,
            position: outcome.position,
            item_count: outcome.state.items.len() as u64,
            item: item
                .and_then(|c| outcome.state.item(c))
                .map(CatalogueItemView::from_state),
        }
    }
}

#[derive(Default)]
pub struct CatalogueMutation;

#[Object]
impl CatalogueMutation {
    /// Opens a jurisdiction's guidance catalogue with the default shipped with the ledger
    /// (catalogue/guidance-catalogue.json). Once only: later items are added one by one.
    async fn load_default_catalogue(
        &self,
        ctx: &Context<'_>,
        input: LoadDefaultCatalogueInput,
    ) -> Result<CataloguePayload<LoadDefaultCatalogue>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let items = civic_domain::catalogue::default_items().gql()?;
        let command = CatalogueCommand::Load {
            jurisdiction: j.clone(),
            items,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Adds an item under an active parent (or at the top level), with a code never used in
    /// this catalogue.
    async fn add_catalogue_item(
        &self,
        ctx: &Context<'_>,
        input: AddCatalogueItemInput,
    ) -> Result<CataloguePayload<AddCatalogueItem>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let spec = ItemSpec {
            code: code("code", &input.code)?,
            parent: input
                .parent
                .as_deref()
                .map(|p| code("parent", p))
                .transpose()?,
            name_zh: input.name_zh,
            name_en: input.name_en,
            category: input.category.map(Into::into),
        };
        run(
            ctx,
            j.as_str(),
            CatalogueCommand::AddItem(spec),
            input.command,
        )
        .await
    }

    /// Sets both names of an item, with the reason.
    async fn rename_catalogue_item(
        &self,
        ctx: &Context<'_>,
        input: RenameCatalogueItemInput,
    ) -> Result<CataloguePayload<RenameCatalogueItem>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let code = self::code("code", &input.code)?;
        let command = CatalogueCommand::RenameItem {
            code,
            name_zh: input.name_zh,
            name_en: input.name_en,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Retires an item with no active children: it stays in the tree, no new procurement may
    /// name it, and its code is never given to another item.
    async fn retire_catalogue_item(
        &self,
        ctx: &Context<'_>,
        input: CatalogueItemReasonInput,
    ) -> Result<CataloguePayload<RetireCatalogueItem>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let code = self::code("code", &input.code)?;
        let command = CatalogueCommand::RetireItem {
            code,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Undoes a retirement; the parent must be active.
    async fn reinstate_catalogue_item(
        &self,
        ctx: &Context<'_>,
        input: CatalogueItemReasonInput,
    ) -> Result<CataloguePayload<ReinstateCatalogueItem>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let code = self::code("code", &input.code)?;
        let command = CatalogueCommand::ReinstateItem {
            code,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }
}
