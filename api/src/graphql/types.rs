use async_graphql::{Enum, Object, SimpleObject};
use civic_domain::Organisation;
use civic_domain::organisation::{AnnualReport, CreditStanding, Listing, Rating, Suspension};
use civic_store::RecordedEvent;
use uuid::Uuid;

use super::scalars::{CreditCode, Date, DateTimeScalar, Money};
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
    /// Applied for registration, awaiting the decision (申请中).
    Applied,
    /// A social group applied for preparation (筹备申请中).
    PrepApplied,
    /// A social group in preparation (筹备中): establishment is due within its period.
    Preparing,
    /// A social group applied for establishment (成立登记申请中).
    EstabApplied,
    /// Registered and active (正常).
    Active,
    /// Ordered to stop activities (停止活动).
    Suspended,
    /// Dissolution resolved, in liquidation (清算中).
    Liquidating,
    /// Registration or preparation refused (不予登记).
    Refused,
    /// Preparation lapsed without an establishment application (筹备失效).
    Lapsed,
    /// Deregistered (已注销).
    Deregistered,
    /// Registration revoked (已撤销).
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
    /// Members declared in the (preparation or establishment) application of a social group.
    async fn members(&self) -> Option<MembersView> {
        self.state.members.map(|m| MembersView {
            individual: m.individual,
            unit: m.unit,
        })
    }
    /// Public fundraising (公募) foundation.
    async fn public_fundraising(&self) -> bool {
        self.state.public_fundraising
    }
    /// The decision on the pending application is due by this date (REG-DECISION-DUE).
    async fn decision_due(&self) -> Option<Date> {
        self.state.decision_due.map(Date)
    }
    /// A social group in preparation must apply for establishment by this date (REG-TWO-STAGE).
    async fn establishment_due(&self) -> Option<Date> {
        self.state.establishment_due.map(Date)
    }
    async fn lapsed_at(&self) -> Option<DateTimeScalar> {
        self.state.lapsed_at.map(DateTimeScalar)
    }
    /// The current, still valid grade (1A–5A), if any.
    async fn rating(&self) -> Option<RatingView> {
        self.state.rating.as_ref().map(RatingView::from)
    }
    async fn rating_history(&self) -> Vec<RatingView> {
        self.state
            .rating_history
            .iter()
            .map(RatingView::from)
            .collect()
    }
    /// Where it stands on the credit lists (活动异常名录 / 严重违法失信名单).
    async fn credit_standing(&self) -> CreditStandingView {
        CreditStandingView::from(&self.state.credit)
    }
    /// Every period it spent on a credit list.
    async fn credit_history(&self) -> Vec<ListingView> {
        self.state.listings.iter().map(ListingView::from).collect()
    }
    async fn annual_reports(&self) -> Vec<AnnualReportView> {
        self.state
            .annual_reports
            .iter()
            .map(AnnualReportView::from)
            .collect()
    }
    async fn suspensions(&self) -> Vec<SuspensionView> {
        self.state
            .suspensions
            .iter()
            .map(SuspensionView::from)
            .collect()
    }
    async fn dissolution_reason(&self) -> Option<&str> {
        self.state.dissolution.as_ref().map(|d| d.reason.as_str())
    }
    /// Its hub-type (枢纽型) designation, if it is a hub now, with its members.
    async fn hub(&self) -> Option<HubView> {
        self.state.hub.as_ref().map(|h| HubView {
            field: h.field.clone(),
            from: Date(h.from),
            members: self
                .state
                .hub_members
                .iter()
                .map(|m| HubMemberView {
                    organisation_id: m.member_id,
                    joined_on: Date(m.joined_on),
                })
                .collect(),
        })
    }
    /// PERF-FEEDS: grades of its contracts' performance evaluations, latest conclusion first
    /// (the last 20); public, like the evaluations once concluded.
    async fn performance_grades(&self) -> Vec<super::performance::PerformanceGradeView> {
        self.state
            .performance_grades
            .iter()
            .map(Into::into)
            .collect()
    }
    /// Deadlines running for it today: pending decisions, reports due, list periods.
    async fn open_cases(&self, ctx: &async_graphql::Context<'_>) -> Vec<OpenCaseView> {
        super::open_cases(ctx, &self.state, chrono::Utc::now())
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

/// A Relay connection of one page of a read model's list, each row shown as `view` shows it.
pub fn connection<T, V: async_graphql::OutputType>(
    page: civic_projections::runtime::query::RowsPage<T>,
    after: bool,
    view: impl Fn(T) -> V,
) -> async_graphql::connection::Connection<String, V, TotalCount> {
    let mut connection = async_graphql::connection::Connection::with_additional_fields(
        after,
        page.has_next_page,
        TotalCount {
            total_count: page.total_count,
        },
    );
    connection.edges.extend(
        page.items
            .into_iter()
            .map(|(cursor, row)| async_graphql::connection::Edge::new(cursor, view(row))),
    );
    connection
}

#[derive(SimpleObject)]
pub struct MembersView {
    pub individual: u32,
    pub unit: u32,
}

/// A grade awarded by the rating committee (RATE-GRADE).
#[derive(SimpleObject)]
pub struct RatingView {
    /// 1–5, i.e. 1A–5A.
    pub grade: u8,
    /// "3A" etc.
    pub label: String,
    /// On the 1000-point scale.
    pub score: u32,
    pub valid_from: Date,
    pub valid_until: Date,
    pub awarded_at: DateTimeScalar,
    /// When it expired or ended early.
    pub ended_at: Option<DateTimeScalar>,
}

impl From<&Rating> for RatingView {
    fn from(r: &Rating) -> Self {
        RatingView {
            grade: r.grade,
            label: format!("{}A", r.grade),
            score: r.score,
            valid_from: Date(r.valid_from),
            valid_until: Date(r.valid_until),
            awarded_at: DateTimeScalar(r.awarded_at),
            ended_at: r.ended_at.map(DateTimeScalar),
        }
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum CreditList {
    /// Not on any list.
    Normal,
    /// 活动异常名录
    Abnormal,
    /// 严重违法失信名单
    Serious,
}

#[derive(SimpleObject)]
pub struct CreditStandingView {
    pub list: CreditList,
    /// The trigger of the current listing, e.g. ANNUAL_REPORT_LATE.
    pub trigger: Option<String>,
    pub reason: Option<String>,
    pub listed_at: Option<DateTimeScalar>,
    /// Abnormal list: the day it moves to the serious list unless removed first.
    pub escalates_on: Option<Date>,
    /// Abnormal list without rectification: the day it is removed automatically.
    pub auto_removable_on: Option<Date>,
    /// Serious list: the first day removal may be applied for.
    pub removable_from: Option<Date>,
}

fn wire_name<T: serde::Serialize>(value: &T) -> Option<String> {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
}

impl From<&CreditStanding> for CreditStandingView {
    fn from(c: &CreditStanding) -> Self {
        match c {
            CreditStanding::Normal => CreditStandingView {
                list: CreditList::Normal,
                trigger: None,
                reason: None,
                listed_at: None,
                escalates_on: None,
                auto_removable_on: None,
                removable_from: None,
            },
            CreditStanding::Abnormal(a) => CreditStandingView {
                list: CreditList::Abnormal,
                trigger: wire_name(&a.trigger),
                reason: Some(a.reason.clone()),
                listed_at: Some(DateTimeScalar(a.listed_at)),
                escalates_on: Some(Date(a.escalates_on)),
                auto_removable_on: a.auto_removable_on.map(Date),
                removable_from: None,
            },
            CreditStanding::Serious(s) => CreditStandingView {
                list: CreditList::Serious,
                trigger: wire_name(&s.trigger),
                reason: Some(s.reason.clone()),
                listed_at: Some(DateTimeScalar(s.listed_at)),
                escalates_on: None,
                auto_removable_on: None,
                removable_from: Some(Date(s.removable_from)),
            },
        }
    }
}

/// One period on a credit list.
#[derive(SimpleObject)]
pub struct ListingView {
    pub list: CreditList,
    pub trigger: Option<String>,
    pub reason: String,
    pub listed_at: DateTimeScalar,
    pub ended_at: Option<DateTimeScalar>,
    /// RECTIFIED, PERIOD_ELAPSED, RESTARTED, MOVED_TO_SERIOUS or REMOVED.
    pub ended_by: Option<String>,
    pub end_reason: Option<String>,
}

impl From<&Listing> for ListingView {
    fn from(l: &Listing) -> Self {
        ListingView {
            list: match l.list {
                civic_domain::organisation::CreditList::Abnormal => CreditList::Abnormal,
                civic_domain::organisation::CreditList::Serious => CreditList::Serious,
            },
            trigger: wire_name(&l.trigger),
            reason: l.reason.clone(),
            listed_at: DateTimeScalar(l.listed_at),
            ended_at: l.ended_at.map(DateTimeScalar),
            ended_by: l.ended_by.as_ref().and_then(wire_name),
            end_reason: l.end_reason.clone(),
        }
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::organisation::ReportConclusion")]
pub enum ReportConclusion {
    /// 合格
    Qualified,
    /// 基本合格
    BasicallyQualified,
    /// 不合格
    Unqualified,
}

/// The annual work report of one year (REG-ANNUAL-REPORT).
#[derive(SimpleObject)]
pub struct AnnualReportView {
    pub year: i32,
    pub submitted_at: Option<DateTimeScalar>,
    pub conclusion: Option<ReportConclusion>,
    pub concluded_at: Option<DateTimeScalar>,
    /// Set when the report was not filed by its due date.
    pub not_filed_due: Option<Date>,
}

impl From<&AnnualReport> for AnnualReportView {
    fn from(r: &AnnualReport) -> Self {
        AnnualReportView {
            year: r.year,
            submitted_at: r.submitted_at.map(DateTimeScalar),
            conclusion: r.conclusion.map(Into::into),
            concluded_at: r.concluded_at.map(DateTimeScalar),
            not_filed_due: r.not_filed.as_ref().map(|n| Date(n.due)),
        }
    }
}

#[derive(SimpleObject)]
pub struct SuspensionView {
    pub reason: String,
    pub ordered_at: DateTimeScalar,
    pub lifted_at: Option<DateTimeScalar>,
    pub lift_reason: Option<String>,
}

impl From<&Suspension> for SuspensionView {
    fn from(s: &Suspension) -> Self {
        SuspensionView {
            reason: s.reason.clone(),
            ordered_at: DateTimeScalar(s.ordered_at),
            lifted_at: s.lifted_at.map(DateTimeScalar),
            lift_reason: s.lift_reason.clone(),
        }
    }
}

/// A hub-type organisation's designation (HUB).
#[derive(SimpleObject)]
pub struct HubView {
    pub field: String,
    pub from: Date,
    pub members: Vec<HubMemberView>,
}

#[derive(SimpleObject)]
pub struct HubMemberView {
    pub organisation_id: Uuid,
    pub joined_on: Date,
}

/// A statutory clock running for an organisation.
#[derive(SimpleObject)]
pub struct OpenCaseView {
    /// What is due, e.g. REGISTRATION_DECISION, ANNUAL_REPORT.
    pub kind: String,
    /// The year, for an annual report.
    pub year: Option<i32>,
    /// The rule that sets this clock, e.g. REG-DECISION-DUE.
    pub rule: &'static str,
    pub opened_on: Date,
    pub due: Date,
    /// Whether the due date has passed (China time).
    pub overdue: bool,
}
