use async_graphql::{Enum, Object, SimpleObject};
use civic_domain::Organisation;
use civic_store::RecordedEvent;
use uuid::Uuid;

use super::scalars::{CreditCode, DateTimeScalar, Money};
use super::viewer::{PiiAccess, Viewer};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::OrganisationKind")]
pub enum OrganisationKind {
    /// 社会团体
    SocialGroup,
    /// 社会服务机构 / 民办非企业单位
    SocialServiceOrg,
    /// 基金会
    Foundation,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::OrganisationStatus")]
pub enum OrganisationStatus {
    /// Applied for registration, awaiting the decision.
    Applied,
    /// Registered and active.
    Active,
    /// Registration refused.
    Refused,
    /// Deregistered (注销).
    Deregistered,
    /// Registration revoked (撤销登记).
    Revoked,
}

/// A social organisation as the registry records it.
pub struct OrganisationView {
    pub state: Organisation,
    pub version: u64,
    pub position: u64,
    pub pii: PiiAccess,
}

impl OrganisationView {
    pub fn new(state: Organisation, version: u64, position: u64, viewer: &Viewer) -> Self {
        let pii = viewer.pii_access(&state);
        OrganisationView {
            state,
            version,
            position,
            pii,
        }
    }
}

#[Object(name = "Organisation")]
impl OrganisationView {
    async fn id(&self) -> Uuid {
        self.state.id.unwrap_or_default()
    }
    async fn name(&self) -> &str {
        &self.state.name
    }
    async fn kind(&self) -> Option<OrganisationKind> {
        self.state.kind.map(Into::into)
    }
    async fn status(&self) -> Option<OrganisationStatus> {
        self.state.status.map(Into::into)
    }
    /// The Unified Social Credit Code.
    async fn credit_code(&self) -> Option<CreditCode> {
        self.state
            .credit_code
            .as_ref()
            .map(|c| CreditCode(c.as_str().to_owned()))
    }
    /// GB/T 2260 code of the registration authority (100000 = national).
    async fn jurisdiction(&self) -> Option<&str> {
        self.state.jurisdiction.as_ref().map(|j| j.as_str())
    }
    async fn domicile(&self) -> &str {
        &self.state.domicile
    }
    async fn purpose(&self) -> &str {
        &self.state.purpose
    }
    async fn business_scope(&self) -> &str {
        &self.state.business_scope
    }
    async fn legal_representative(&self) -> Option<LegalRepresentativeView> {
        self.state
            .legal_representative
            .as_ref()
            .map(|r| LegalRepresentativeView {
                name: r.name().to_owned(),
                id_number: self.pii.show(r.id_number(), &r.masked_id_number()),
                phone: self.pii.show(r.phone(), &r.masked_phone()),
            })
    }
    async fn registered_funds(&self) -> Money {
        self.state.registered_funds.into()
    }
    async fn supervisory_unit(&self) -> Option<&str> {
        self.state.supervisory_unit.as_deref()
    }
    async fn applied_at(&self) -> Option<DateTimeScalar> {
        self.state.applied_at.map(DateTimeScalar)
    }
    async fn registered_at(&self) -> Option<DateTimeScalar> {
        self.state.registered_at.map(DateTimeScalar)
    }
    async fn refused_at(&self) -> Option<DateTimeScalar> {
        self.state.refused_at.map(DateTimeScalar)
    }
    async fn refusal_reason(&self) -> Option<&str> {
        self.state.refusal_reason.as_deref()
    }
    async fn last_changed_at(&self) -> Option<DateTimeScalar> {
        self.state.last_changed_at.map(DateTimeScalar)
    }
    /// When it was deregistered or its registration revoked.
    async fn ended_at(&self) -> Option<DateTimeScalar> {
        self.state.ended_at.map(DateTimeScalar)
    }
    async fn end_reason(&self) -> Option<&str> {
        self.state.end_reason.as_deref()
    }
    /// How many change registrations it has had.
    async fn changes_count(&self) -> u32 {
        self.state.changes_count
    }
    /// The version of its stream this view reflects (for `expectedVersion`).
    async fn version(&self) -> u64 {
        self.version
    }
    /// The global position of the last event this view reflects.
    async fn position(&self) -> u64 {
        self.position
    }
}

/// The legal representative. ID and phone numbers are personal data: shown in full to staff of
/// the registration authority, auditors and the organisation itself, masked to other signed-in
/// users, and not at all without a token.
#[derive(SimpleObject)]
pub struct LegalRepresentativeView {
    pub name: String,
    pub id_number: Option<String>,
    pub phone: Option<String>,
}

/// One recorded event, as auditors read it.
pub struct LedgerEvent(pub RecordedEvent);

#[Object]
impl LedgerEvent {
    /// Global commit order within this ledger.
    async fn position(&self) -> u64 {
        self.0.position
    }
    async fn stream(&self) -> &str {
        &self.0.stream
    }
    /// 0-based version within its stream.
    async fn version(&self) -> u64 {
        self.0.version
    }
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    /// The schema version of this kind's payload.
    async fn schema(&self) -> u16 {
        self.0.schema
    }
    async fn data(&self) -> async_graphql::Json<&serde_json::Value> {
        async_graphql::Json(&self.0.data)
    }
    async fn metadata(&self) -> async_graphql::Json<&serde_json::Value> {
        async_graphql::Json(&self.0.metadata)
    }
    async fn recorded_at(&self) -> DateTimeScalar {
        DateTimeScalar(self.0.recorded_at)
    }
    /// The recorded instant exactly as hashed (UTC, microseconds), for re-computing the chain.
    async fn recorded_at_utc(&self) -> String {
        civic_store::format_instant(&self.0.recorded_at)
    }
    /// SHA-256 chain hash, hex (see docs/canonical-form.md).
    async fn hash(&self) -> String {
        hex::encode(self.0.hash)
    }
}

#[derive(SimpleObject)]
pub struct TotalCount {
    pub total_count: u64,
}
