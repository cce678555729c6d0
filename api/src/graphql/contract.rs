//! Contracts (政府采购合同): signed from a procurement's award, carried through delivery
//! acceptance (履约验收), payments and supplements to completion or termination.
//!
//! Who may do what: a contract's acts are the purchasing unit's (采购人), so they are for
//! purchasers whose token binds the unit of the procurement it was signed from and whose
//! jurisdiction covers it; a supplier (ngo token of the awarded organisation) reads its own
//! contracts (`myContracts`). Contracts are published (政府采购法): anyone, signed in or not,
//! reads a contract's terms, milestones, acceptance results and payments. A contract as it
//! stood at a past instant (`contractAsOf`) is for auditors and administrators; the overdue
//! payments of a jurisdiction for its purchasers, auditors and administrators.

use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use civic_domain::calendar::china_date;
use civic_domain::contract::{Corrected, Milestone};
use civic_domain::{Contract, ContractCommand, Jurisdiction, MilestoneSpec, Money};
use civic_projections::contracts::{self as rm, ContractFilter, ContractPage};
use uuid::Uuid;

use super::command::{CommandInput, Commanded, Mutation, Payload, run};
use super::errors::{Gql, forbidden, validation, wrong_role};
use super::procurement::{CatalogueItemRef, ProcurementMethod, acts_for_unit, purchaser_scope};
use super::query::page_size;
use super::scalars::{self, Date, DateTimeScalar};
use super::types::TotalCount;
use super::{MAX_PAGE, Viewer, ledger, viewer};
use crate::auth::{Claims, Role};
use crate::ledger::{LedgerError, Outcome, Said};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::ContractStatus")]
pub enum ContractStatus {
    /// 履行中
    Active,
    /// 已中止: no acceptance or supplement until resumed; payments owed are still paid.
    Suspended,
    /// 已解除
    Terminated,
    /// 已履行完毕: every delivery accepted.
    Completed,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::MilestoneKind")]
pub enum MilestoneKind {
    /// 交付验收: accepted (履约验收) with the service recipients taking part.
    Delivery,
    /// 付款: carries money, due once the delivery it follows is accepted.
    Payment,
    /// 绩效评价
    Assessment,
}

/// A milestone of a contract or a supplement.
#[derive(InputObject)]
pub struct MilestoneInput {
    /// 1–40 letters, digits, - or _ (e.g. D1); left out, milestones are numbered M1, M2, …
    /// in the order the contract lists them.
    pub id: Option<String>,
    pub kind: MilestoneKind,
    pub title: String,
    /// Within the contract's service period.
    pub due: Date,
    /// PAYMENT only, in fen: the payment milestones add up to exactly the contract's (or the
    /// supplement's) amount.
    pub amount_fen: Option<i64>,
    /// PAYMENT only: the id of the DELIVERY milestone whose acceptance it follows.
    pub follows: Option<String>,
}

fn money(field: &'static str, fen: i64) -> Result<Money> {
    Money::from_fen(fen).map_err(|e| e.in_field(field)).gql()
}

fn milestones(input: Vec<MilestoneInput>) -> Result<Vec<MilestoneSpec>> {
    input
        .into_iter()
        .map(|m| {
            Ok(MilestoneSpec {
                id: m.id,
                kind: m.kind.into(),
                title: m.title,
                due: m.due.0,
                amount: m
                    .amount_fen
                    .map(|f| money("milestones.amountFen", f))
                    .transpose()?,
                follows: m.follows,
            })
        })
        .collect()
}

#[derive(InputObject)]
pub struct SignContractInput {
    /// The awarded procurement the contract is signed from.
    pub procurement_id: Uuid,
    /// The awarded organisation.
    pub supplier: Uuid,
    /// The awarded price, in fen.
    pub amount_fen: i64,
    pub service_start: Date,
    pub service_end: Date,
    /// At most 100.
    pub milestones: Vec<MilestoneInput>,
    /// Makes a retry safe: the same id returns the contract its first try signed.
    pub command_id: Option<Uuid>,
}

/// A contract signed from a contest's grant: the granted organisation is the supplier and the
/// grant the amount.
#[derive(InputObject)]
pub struct SignContractFromGrantInput {
    pub contest_id: Uuid,
    /// The granted submission.
    pub submission_id: Uuid,
    pub service_start: Date,
    pub service_end: Date,
    /// At most 100; the payment milestones add up to the grant.
    pub milestones: Vec<MilestoneInput>,
    /// Makes a retry safe: the same id returns the contract its first try signed.
    pub command_id: Option<Uuid>,
}

#[derive(InputObject)]
pub struct AcceptMilestoneInput {
    pub contract_id: Uuid,
    pub milestone_id: String,
    pub passed: bool,
    /// How many service recipients (服务对象) took part: at least 1 for a public service.
    pub recipients_participating: u32,
    /// How they took part (who, how chosen); published with the result.
    #[graphql(default)]
    pub recipients_note: String,
    /// The acceptance report (验收报告), published.
    pub report: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct RecordPaymentInput {
    pub contract_id: Uuid,
    /// A PAYMENT milestone whose delivery has passed its acceptance.
    pub milestone_id: String,
    pub amount_fen: i64,
    /// The payment's voucher or treasury reference (付款凭证号).
    pub reference: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct SupplementContractInput {
    pub contract_id: Uuid,
    pub amount_fen: i64,
    /// A supplement adds to the same subject without changing its other terms (政府采购法
    /// 第49条): must be true.
    pub same_subject: bool,
    pub description: String,
    /// Its payment milestones add up to exactly its amount; they may follow the contract's
    /// deliveries or new ones listed here.
    pub milestones: Vec<MilestoneInput>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct ContractReasonInput {
    pub contract_id: Uuid,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct ContractCommandInput {
    pub contract_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct CorrectPaymentInput {
    pub contract_id: Uuid,
    pub payment_id: Uuid,
    /// The amount the payment really was, in fen.
    pub amount_fen: i64,
    /// Why the record was wrong: required (AUDIT-IMMUTABLE).
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct CorrectAcceptanceInput {
    pub contract_id: Uuid,
    /// The DELIVERY milestone whose latest acceptance is corrected.
    pub milestone_id: String,
    pub passed: bool,
    /// Why the record was wrong: required (AUDIT-IMMUTABLE).
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject, Default)]
pub struct ContractFilterInput {
    pub jurisdiction: Option<String>,
    pub status: Option<ContractStatus>,
    /// The supplier organisation.
    pub supplier: Option<Uuid>,
    pub procurement: Option<Uuid>,
    /// The token's own: a purchaser's unit's contracts, an ngo's organisation's.
    #[graphql(default = false)]
    pub mine: bool,
}

/// The procurement a contract was signed from, as the contract copied it.
#[derive(SimpleObject)]
pub struct ContractProcurementRef {
    pub id: Uuid,
    pub title: String,
}

/// The contest's grant a contract was signed from.
#[derive(SimpleObject)]
pub struct ContractGrantRef {
    pub contest_id: Uuid,
    pub submission_id: Uuid,
}

/// One acceptance (履约验收) of a delivery milestone: public, with its result.
#[derive(SimpleObject)]
pub struct AcceptanceView {
    /// The result in force (after any correction).
    pub passed: bool,
    pub recipients_participating: u32,
    pub recipients_note: String,
    pub report: String,
    /// The last day its payments are on time; null for a failed acceptance.
    pub payment_due: Option<Date>,
    pub accepted_at: DateTimeScalar,
    /// The stream version of the event that recorded it (corrections name it).
    pub version: u64,
}

#[derive(SimpleObject)]
pub struct MilestoneView {
    pub id: String,
    pub kind: MilestoneKind,
    /// The kind in Chinese, e.g. 交付验收.
    pub kind_zh: &'static str,
    pub title: String,
    pub due: Date,
    /// Zero for a milestone other than a payment.
    pub amount: scalars::Money,
    pub amount_fen: i64,
    /// PAYMENT: the delivery milestone it follows.
    pub follows: Option<String>,
    /// The supplement that added it; null for the contract's own.
    pub supplement_id: Option<Uuid>,
    /// OCDS milestone status: scheduled, met or notMet.
    pub ocds_status: &'static str,
    /// DELIVERY: its acceptance in force passed.
    pub accepted: bool,
    /// Every acceptance, oldest first; the last is in force.
    pub acceptances: Vec<AcceptanceView>,
    /// PAYMENT: paid on it so far.
    pub paid: scalars::Money,
    pub paid_fen: i64,
}

#[derive(SimpleObject)]
pub struct PaymentView {
    pub id: Uuid,
    pub milestone_id: String,
    /// As corrected, if it was.
    pub amount: scalars::Money,
    pub amount_fen: i64,
    pub reference: String,
    /// Paid after the last day its acceptance's clock allowed.
    pub late: bool,
    pub paid_at: DateTimeScalar,
    /// The stream version of the event that recorded it (corrections name it).
    pub version: u64,
}

#[derive(SimpleObject)]
pub struct SupplementView {
    pub id: Uuid,
    pub amount: scalars::Money,
    pub amount_fen: i64,
    pub description: String,
    pub supplemented_at: DateTimeScalar,
}

/// A correction (AUDIT-IMMUTABLE): what it changed, and the event it corrects.
#[derive(SimpleObject)]
pub struct CorrectionView {
    /// PAYMENT or ACCEPTANCE.
    pub what: &'static str,
    /// The stream version of the correction's own event.
    pub version: u64,
    /// The stream version of the event it corrects.
    pub corrects_version: u64,
    pub payment_id: Option<Uuid>,
    pub milestone_id: Option<String>,
    pub old_amount_fen: Option<i64>,
    pub new_amount_fen: Option<i64>,
    pub old_passed: Option<bool>,
    pub new_passed: Option<bool>,
    pub reason: String,
    pub corrected_at: DateTimeScalar,
}

#[derive(SimpleObject)]
pub struct StatusChangeView {
    pub status: ContractStatus,
    pub status_zh: &'static str,
    pub reason: Option<String>,
    pub at: DateTimeScalar,
}

#[derive(SimpleObject)]
pub struct OverdueMilestoneView {
    pub milestone_id: String,
    pub title: String,
    /// The last day payment was on time.
    pub due: Date,
    pub unpaid: scalars::Money,
    pub unpaid_fen: i64,
}

/// Payments overdue (CON-PAYMENT): accepted payment milestones past their clock with money
/// unpaid, and the payments made late.
#[derive(SimpleObject)]
pub struct OverdueView {
    /// The China date it is counted on.
    pub on: Date,
    pub unpaid: scalars::Money,
    pub unpaid_fen: i64,
    pub milestones: Vec<OverdueMilestoneView>,
    pub late_payments: Vec<Uuid>,
}

/// A contract as its stream stands (or stood, for `contractAsOf`).
pub struct ContractView {
    state: Contract,
    version: u64,
    position: u64,
    /// The instant it is read for: now, or `contractAsOf`'s instant (whose policy applies).
    at: DateTime<Utc>,
    /// The China date its overdue payments are counted on.
    today: NaiveDate,
}

impl ContractView {
    fn new(state: Contract, version: u64, position: u64) -> Self {
        let at = Utc::now();
        ContractView {
            state,
            version,
            position,
            at,
            today: china_date(at),
        }
    }

    /// CON-SUPPLEMENT's percent under the policy of the contract's jurisdiction at `at`.
    fn supplement_percent(&self, ctx: &Context<'_>) -> u32 {
        let jurisdiction = self.state.jurisdiction().map(|j| j.as_str());
        ledger(ctx)
            .policy_for(jurisdiction, self.at)
            .supplement_max_percent
    }

    fn terms(&self) -> Result<&civic_domain::contract::ContractTerms> {
        self.state
            .terms
            .as_ref()
            .ok_or_else(|| LedgerError::Internal("a contract without terms".into()))
            .gql()
    }

    fn milestone(&self, m: &Milestone) -> MilestoneView {
        let paid = self.state.paid_on(m.id());
        MilestoneView {
            id: m.id().to_owned(),
            kind: m.terms.kind.into(),
            kind_zh: m.terms.kind.label_zh(),
            title: m.terms.title.clone(),
            due: Date(m.terms.due),
            amount: m.terms.amount.into(),
            amount_fen: m.terms.amount.fen(),
            follows: m.terms.follows.clone(),
            supplement_id: m.supplement,
            ocds_status: self.state.milestone_ocds_status(m),
            accepted: m.is_accepted(),
            acceptances: m
                .acceptances
                .iter()
                .map(|a| AcceptanceView {
                    passed: a.passed,
                    recipients_participating: a.recipients_participating,
                    recipients_note: a.recipients_note.clone(),
                    report: a.report.clone(),
                    payment_due: a.payment_due.map(Date),
                    accepted_at: DateTimeScalar(a.accepted_at),
                    version: a.version,
                })
                .collect(),
            paid: paid.into(),
            paid_fen: paid.fen(),
        }
    }
}

#[Object]
impl ContractView {
    async fn id(&self) -> Option<Uuid> {
        self.state.id
    }

    /// The version to send back as `expectedVersion`.
    async fn version(&self) -> u64 {
        self.version
    }

    /// The global position of its last event.
    async fn position(&self) -> u64 {
        self.position
    }

    async fn status(&self) -> Option<ContractStatus> {
        self.state.status.map(Into::into)
    }

    /// The status in Chinese, e.g. 履行中.
    async fn status_zh(&self) -> Option<&'static str> {
        self.state.status.map(|s| s.label_zh())
    }

    /// OCDS `contract.status`: active or terminated.
    async fn ocds_status(&self) -> Option<&'static str> {
        self.state.status.map(|s| s.ocds())
    }

    /// The procurement it was signed from; null for a contract signed from a grant.
    async fn procurement(&self) -> Result<Option<ContractProcurementRef>> {
        let Some(id) = self.state.procurement_id else {
            return Ok(None);
        };
        Ok(Some(ContractProcurementRef {
            id,
            title: self.terms()?.title.clone(),
        }))
    }

    /// The contest's grant it was signed from; null for a procurement's contract.
    async fn grant(&self) -> Option<ContractGrantRef> {
        self.state.grant.map(|g| ContractGrantRef {
            contest_id: g.contest_id,
            submission_id: g.submission_id,
        })
    }

    /// The award's bid the contract was signed on.
    async fn award_bid_id(&self) -> Option<Uuid> {
        self.state.award_bid_id
    }

    async fn award_noticed_at(&self) -> Option<DateTimeScalar> {
        self.state.award_noticed_at.map(DateTimeScalar)
    }

    async fn jurisdiction(&self) -> Result<String> {
        Ok(self.terms()?.jurisdiction.as_str().to_owned())
    }

    /// The purchasing unit (采购人) as it signs.
    async fn purchaser(&self) -> Result<String> {
        Ok(self.terms()?.purchaser.clone())
    }

    async fn purchaser_unit(&self) -> Result<Uuid> {
        Ok(self.terms()?.purchaser_unit)
    }

    /// The supplier organisation (the awarded one).
    async fn supplier(&self) -> Option<Uuid> {
        self.state.supplier
    }

    async fn title(&self) -> Result<String> {
        Ok(self.terms()?.title.clone())
    }

    /// The guidance catalogue's item; null for a grant's contract.
    async fn item(&self) -> Result<Option<CatalogueItemRef>> {
        let t = self.terms()?;
        Ok(t.item.as_ref().map(|item| CatalogueItemRef {
            code: item.as_str().to_owned(),
            name_zh: t.item_name_zh.clone(),
        }))
    }

    /// The procurement method; null for a grant's contract.
    async fn method(&self) -> Result<Option<ProcurementMethod>> {
        Ok(self.terms()?.method.map(Into::into))
    }

    async fn method_zh(&self) -> Result<Option<&'static str>> {
        Ok(self.terms()?.method.map(|m| m.label_zh()))
    }

    async fn stable_and_funded(&self) -> Result<bool> {
        Ok(self.terms()?.stable_and_funded)
    }

    /// The original amount, as signed.
    async fn amount(&self) -> scalars::Money {
        self.state.amount.into()
    }

    async fn amount_fen(&self) -> i64 {
        self.state.amount.fen()
    }

    /// The supplements together.
    async fn supplemented(&self) -> scalars::Money {
        self.state.supplemented().into()
    }

    async fn supplemented_fen(&self) -> i64 {
        self.state.supplemented().fen()
    }

    /// The amount with its supplements: what may be paid in all.
    async fn total(&self) -> scalars::Money {
        self.state.total().into()
    }

    async fn total_fen(&self) -> i64 {
        self.state.total().fen()
    }

    /// Payment amounts unlocked by passed acceptances.
    async fn accepted(&self) -> scalars::Money {
        self.state.accepted().into()
    }

    async fn accepted_fen(&self) -> i64 {
        self.state.accepted().fen()
    }

    async fn paid(&self) -> scalars::Money {
        self.state.paid().into()
    }

    async fn paid_fen(&self) -> i64 {
        self.state.paid().fen()
    }

    /// The total less what was paid.
    /// How much of the original amount supplements may add together (CON-SUPPLEMENT, 政府采购法
    /// 第49条), in percent, under the policy in force.
    async fn supplement_max_percent(&self, ctx: &Context<'_>) -> u32 {
        self.supplement_percent(ctx)
    }

    /// How much more a supplement may add now: the CON-SUPPLEMENT limit less what supplements
    /// already added (never below zero); a supplement of more is refused.
    async fn supplement_headroom(&self, ctx: &Context<'_>) -> scalars::Money {
        self.state
            .supplement_headroom(self.supplement_percent(ctx))
            .into()
    }

    /// The supplement headroom in fen.
    async fn supplement_headroom_fen(&self, ctx: &Context<'_>) -> i64 {
        self.state
            .supplement_headroom(self.supplement_percent(ctx))
            .fen()
    }

    async fn remaining(&self) -> scalars::Money {
        self.state.remaining().into()
    }

    async fn remaining_fen(&self) -> i64 {
        self.state.remaining().fen()
    }

    async fn service_start(&self) -> Option<Date> {
        self.state.service_start.map(Date)
    }

    async fn service_end(&self) -> Option<Date> {
        self.state.service_end.map(Date)
    }

    async fn signed_at(&self) -> Option<DateTimeScalar> {
        self.state.signed_at.map(DateTimeScalar)
    }

    /// When it was completed or terminated.
    async fn ended_at(&self) -> Option<DateTimeScalar> {
        self.state.ended_at.map(DateTimeScalar)
    }

    async fn milestones(&self) -> Vec<MilestoneView> {
        self.state
            .milestones
            .iter()
            .map(|m| self.milestone(m))
            .collect()
    }

    async fn payments(&self) -> Vec<PaymentView> {
        self.state
            .payments
            .iter()
            .map(|p| PaymentView {
                id: p.payment_id,
                milestone_id: p.milestone_id.clone(),
                amount: p.amount.into(),
                amount_fen: p.amount.fen(),
                reference: p.reference.clone(),
                late: p.late,
                paid_at: DateTimeScalar(p.paid_at),
                version: p.version,
            })
            .collect()
    }

    /// Supplementary contracts (补充合同), oldest first.
    async fn supplements(&self) -> Vec<SupplementView> {
        self.state
            .supplements
            .iter()
            .map(|s| SupplementView {
                id: s.supplement_id,
                amount: s.amount.into(),
                amount_fen: s.amount.fen(),
                description: s.description.clone(),
                supplemented_at: DateTimeScalar(s.supplemented_at),
            })
            .collect()
    }

    /// Corrections of payments and acceptances, oldest first.
    async fn corrections(&self) -> Vec<CorrectionView> {
        self.state
            .corrections
            .iter()
            .map(|c| {
                let mut view = CorrectionView {
                    what: "PAYMENT",
                    version: c.version,
                    corrects_version: c.corrects_version,
                    payment_id: None,
                    milestone_id: None,
                    old_amount_fen: None,
                    new_amount_fen: None,
                    old_passed: None,
                    new_passed: None,
                    reason: c.reason.clone(),
                    corrected_at: DateTimeScalar(c.corrected_at),
                };
                match &c.corrected {
                    Corrected::Payment {
                        payment_id,
                        old_amount,
                        new_amount,
                    } => {
                        view.payment_id = Some(*payment_id);
                        view.old_amount_fen = Some(old_amount.fen());
                        view.new_amount_fen = Some(new_amount.fen());
                    }
                    Corrected::Acceptance {
                        milestone_id,
                        old_passed,
                        new_passed,
                    } => {
                        view.what = "ACCEPTANCE";
                        view.milestone_id = Some(milestone_id.clone());
                        view.old_passed = Some(*old_passed);
                        view.new_passed = Some(*new_passed);
                    }
                }
                view
            })
            .collect()
    }

    /// Suspensions, resumptions, the termination or completion, with their reasons.
    async fn status_changes(&self) -> Vec<StatusChangeView> {
        self.state
            .status_changes
            .iter()
            .map(|s| StatusChangeView {
                status: s.status.into(),
                status_zh: s.status.label_zh(),
                reason: s.reason.clone(),
                at: DateTimeScalar(s.at),
            })
            .collect()
    }

    /// Payments overdue today (China date), or on the instant's day for `contractAsOf`.
    async fn overdue(&self) -> OverdueView {
        let o = self.state.overdue(self.today);
        OverdueView {
            on: Date(self.today),
            unpaid: o.unpaid.into(),
            unpaid_fen: o.unpaid.fen(),
            milestones: o
                .milestones
                .into_iter()
                .map(|m| OverdueMilestoneView {
                    milestone_id: m.milestone_id,
                    title: m.title,
                    due: Date(m.due),
                    unpaid: m.unpaid.into(),
                    unpaid_fen: m.unpaid.fen(),
                })
                .collect(),
            late_payments: o.late_payments,
        }
    }
}

/// Whether `c` acts for the purchasing unit and jurisdiction of `contract`.
fn acts_for(c: &Claims, contract: &Contract) -> Result<(), Said> {
    let Some(terms) = contract.terms.as_ref() else {
        // Nothing to act for before signing: the signing itself is checked against the
        // procurement by its resolver.
        return purchaser_scope(c).map(|_| ());
    };
    acts_for_unit(
        c,
        ("contract", "合同"),
        (terms.purchaser_unit, &terms.purchaser),
        &terms.jurisdiction,
    )
}

impl Commanded for Contract {
    type View = ContractView;

    /// Every act on a contract is the purchasing unit's, done with a purchaser's token; a
    /// supplier reads its contracts but signs and pays nothing here.
    fn issuer(viewer: &Viewer, _id: &str, _command: &ContractCommand) -> Result<Claims> {
        let c = viewer.signed_in("acting on a contract")?;
        if c.role != Role::Purchaser {
            return Err(wrong_role(
                "a contract's acts (signing, acceptance, payment) are the purchasing unit's (采购人), done with a purchaser's token",
                "合同的签订、验收和付款由采购人使用采购人令牌办理",
                c.role,
            ));
        }
        purchaser_scope(c).map_err(forbidden)?;
        Ok(c.clone())
    }

    /// A signing's unit is checked against its procurement before the command runs
    /// ([`ContractMutation::sign_contract`]); every other act against the contract's.
    fn authorise(
        viewer: &Viewer,
        state: &Contract,
        command: &ContractCommand,
    ) -> Result<(), LedgerError> {
        match (viewer.0.as_ref(), command) {
            (_, ContractCommand::Sign { .. } | ContractCommand::SignFromGrant { .. })
            | (None, _) => Ok(()),
            (Some(c), _) => acts_for(c, state).map_err(LedgerError::Forbidden),
        }
    }

    fn view(
        outcome: Outcome<Contract>,
        _id: &str,
        _command: &ContractCommand,
        _viewer: &Viewer,
    ) -> ContractView {
        ContractView::new(outcome.state, outcome.version, outcome.position)
    }
}

pub type ContractPayload<M> = Payload<Contract, M>;

macro_rules! mutations {
    ($($name:ident => $payload:literal),* $(,)?) => {
        $(
            pub enum $name {}
            impl Mutation for $name {
                const PAYLOAD: &'static str = $payload;
            }
        )*
    };
}

mutations! {
    SignContract => "SignContractPayload",
    SignContractFromGrant => "SignContractFromGrantPayload",
    AcceptMilestone => "AcceptMilestonePayload",
    RecordPayment => "RecordPaymentPayload",
    SupplementContract => "SupplementContractPayload",
    SuspendContract => "SuspendContractPayload",
    ResumeContract => "ResumeContractPayload",
    TerminateContract => "TerminateContractPayload",
    CompleteContract => "CompleteContractPayload",
    CorrectPayment => "CorrectPaymentPayload",
    CorrectAcceptance => "CorrectAcceptancePayload",
}

#[derive(Default)]
pub struct ContractMutation;

#[Object]
impl ContractMutation {
    /// Signs the contract of an awarded procurement (CON-SIGN): with the awarded supplier,
    /// for the awarded price, within 30 days of the award notice, no challenge open or upheld,
    /// one contract per procurement; its service period within the term (PROC-TERM) and its
    /// payment milestones adding up to the amount (CON-PAYMENT). For the procurement's
    /// purchasing unit.
    async fn sign_contract(
        &self,
        ctx: &Context<'_>,
        input: SignContractInput,
    ) -> Result<ContractPayload<SignContract>> {
        let c = viewer(ctx).signed_in("signing a contract")?;
        let (unit, _) = purchaser_scope(c).map_err(forbidden)?;
        let procurement = ledger(ctx)
            .load::<civic_domain::Procurement>(&input.procurement_id)
            .await
            .gql()?;
        if let Some(terms) = procurement.as_ref().and_then(|p| p.state.terms.as_ref())
            && terms.purchaser_unit != unit
        {
            return Err(forbidden(Said::new(
                format!(
                    "this procurement is purchasing unit {}'s (采购人 {}); its contract is signed by that unit, and your token acts for unit {unit}",
                    terms.purchaser_unit, terms.purchaser
                ),
                format!(
                    "该采购项目属于采购人{}（{}），合同由该单位签订；您的令牌代表的单位是 {unit}",
                    terms.purchaser, terms.purchaser_unit
                ),
            )));
        }
        let id = Uuid::now_v7();
        let command = ContractCommand::Sign {
            contract_id: id,
            procurement_id: input.procurement_id,
            supplier: input.supplier,
            amount: money("amountFen", input.amount_fen)?,
            service_start: input.service_start.0,
            service_end: input.service_end.0,
            milestones: milestones(input.milestones)?,
        };
        run(
            ctx,
            id,
            command,
            CommandInput {
                command_id: input.command_id,
                expected_version: None,
            },
        )
        .await
    }

    /// Signs the contract of a contest's grant (CONTEST-GRANT): the granted organisation as
    /// supplier, the grant as amount, one contract per grant; milestones as for any contract.
    /// For the contest's bureau unit.
    async fn sign_contract_from_grant(
        &self,
        ctx: &Context<'_>,
        input: SignContractFromGrantInput,
    ) -> Result<ContractPayload<SignContractFromGrant>> {
        let c = viewer(ctx).signed_in("signing a contract")?;
        let (unit, _) = purchaser_scope(c).map_err(forbidden)?;
        let bureau = ledger(ctx).contest_bureau(input.contest_id).await.gql()?;
        if let Some(bureau) = bureau
            && bureau != unit
        {
            return Err(forbidden(format!(
                "this contest is run by unit {bureau}; its grants' contracts are signed by that unit, and your token acts for unit {unit}"
            )));
        }
        let id = Uuid::now_v7();
        let command = ContractCommand::SignFromGrant {
            contract_id: id,
            contest_id: input.contest_id,
            submission_id: input.submission_id,
            service_start: input.service_start.0,
            service_end: input.service_end.0,
            milestones: milestones(input.milestones)?,
        };
        run(
            ctx,
            id,
            command,
            CommandInput {
                command_id: input.command_id,
                expected_version: None,
            },
        )
        .await
    }

    /// Records the acceptance (履约验收) of a delivery milestone, passed or failed, with the
    /// service recipients' participation (CON-ACCEPTANCE); the result is published. A passed
    /// acceptance starts the payment clock of the payments that follow it.
    async fn accept_milestone(
        &self,
        ctx: &Context<'_>,
        input: AcceptMilestoneInput,
    ) -> Result<ContractPayload<AcceptMilestone>> {
        let command = ContractCommand::AcceptMilestone {
            milestone_id: input.milestone_id,
            passed: input.passed,
            recipients_participating: input.recipients_participating,
            recipients_note: input.recipients_note,
            report: input.report,
        };
        run(ctx, input.contract_id, command, input.command).await
    }

    /// Records a payment against a payment milestone whose delivery passed its acceptance
    /// (CON-PAYMENT): never beyond the milestone, nor beyond the amount with supplements; one
    /// made after the payment clock ran out is marked late.
    async fn record_payment(
        &self,
        ctx: &Context<'_>,
        input: RecordPaymentInput,
    ) -> Result<ContractPayload<RecordPayment>> {
        let command = ContractCommand::RecordPayment {
            payment_id: Uuid::now_v7(),
            milestone_id: input.milestone_id,
            amount: money("amountFen", input.amount_fen)?,
            reference: input.reference,
        };
        run(ctx, input.contract_id, command, input.command).await
    }

    /// Adds a supplementary contract (补充合同) of the same subject (CON-SUPPLEMENT): all
    /// supplements together at most 10 % of the original amount.
    async fn supplement_contract(
        &self,
        ctx: &Context<'_>,
        input: SupplementContractInput,
    ) -> Result<ContractPayload<SupplementContract>> {
        let command = ContractCommand::Supplement {
            supplement_id: Uuid::now_v7(),
            amount: money("amountFen", input.amount_fen)?,
            same_subject: input.same_subject,
            description: input.description,
            milestones: milestones(input.milestones)?,
        };
        run(ctx, input.contract_id, command, input.command).await
    }

    /// Suspends (中止) an active contract, with the reason.
    async fn suspend_contract(
        &self,
        ctx: &Context<'_>,
        input: ContractReasonInput,
    ) -> Result<ContractPayload<SuspendContract>> {
        let command = ContractCommand::Suspend {
            reason: input.reason,
        };
        run(ctx, input.contract_id, command, input.command).await
    }

    /// Resumes a suspended contract, with the reason.
    async fn resume_contract(
        &self,
        ctx: &Context<'_>,
        input: ContractReasonInput,
    ) -> Result<ContractPayload<ResumeContract>> {
        let command = ContractCommand::Resume {
            reason: input.reason,
        };
        run(ctx, input.contract_id, command, input.command).await
    }

    /// Terminates (解除) an active or suspended contract, with the reason.
    async fn terminate_contract(
        &self,
        ctx: &Context<'_>,
        input: ContractReasonInput,
    ) -> Result<ContractPayload<TerminateContract>> {
        let command = ContractCommand::Terminate {
            reason: input.reason,
        };
        run(ctx, input.contract_id, command, input.command).await
    }

    /// Completes a contract once every delivery milestone passed its acceptance.
    async fn complete_contract(
        &self,
        ctx: &Context<'_>,
        input: ContractCommandInput,
    ) -> Result<ContractPayload<CompleteContract>> {
        run(
            ctx,
            input.contract_id,
            ContractCommand::Complete,
            input.command,
        )
        .await
    }

    /// Corrects a recorded payment's amount (AUDIT-IMMUTABLE): a new event naming the one it
    /// corrects, with the old and new amounts and the reason; the new amount obeys
    /// CON-PAYMENT.
    async fn correct_payment(
        &self,
        ctx: &Context<'_>,
        input: CorrectPaymentInput,
    ) -> Result<ContractPayload<CorrectPayment>> {
        let command = ContractCommand::CorrectPayment {
            payment_id: input.payment_id,
            amount: money("amountFen", input.amount_fen)?,
            reason: input.reason,
        };
        run(ctx, input.contract_id, command, input.command).await
    }

    /// Corrects a delivery milestone's latest acceptance result (AUDIT-IMMUTABLE): a new
    /// event naming the one it corrects, with the reason.
    async fn correct_acceptance(
        &self,
        ctx: &Context<'_>,
        input: CorrectAcceptanceInput,
    ) -> Result<ContractPayload<CorrectAcceptance>> {
        let command = ContractCommand::CorrectAcceptance {
            milestone_id: input.milestone_id,
            passed: input.passed,
            reason: input.reason,
        };
        run(ctx, input.contract_id, command, input.command).await
    }
}

/// The contract signed from the grant of `submission_id` in `contest_id` to `organisation_id`,
/// if one was: what a contest's public page reads to show the money spent on a project.
pub(super) async fn grant_contract(
    ctx: &Context<'_>,
    contest_id: Uuid,
    organisation_id: Uuid,
    submission_id: Uuid,
) -> Result<Option<ContractView>> {
    // A grant's contract is listed under its contest; one organisation holds few of them.
    let filter = ContractFilter {
        procurement: Some(contest_id),
        supplier: Some(organisation_id),
        ..ContractFilter::default()
    };
    let page = rm::list(ledger(ctx).read_models(), &filter, MAX_PAGE, None)
        .await
        .gql()?;
    Ok(page
        .items
        .into_iter()
        .map(|(_, r)| r)
        .find(|r| {
            r.state
                .grant
                .is_some_and(|g| g.submission_id == submission_id)
        })
        .map(|r| ContractView::new(r.state, r.version, r.position)))
}

fn connection(page: ContractPage, after: bool) -> Connection<String, ContractView, TotalCount> {
    super::types::connection(page, after, |row| {
        ContractView::new(row.state, row.version, row.position)
    })
}

fn jurisdiction(field: &'static str, j: &str) -> Result<Jurisdiction> {
    Jurisdiction::parse(j.trim())
        .map_err(|e| e.in_field(field))
        .gql()
}

/// The organisation an ngo token acts for.
fn supplier_of(viewer: &Viewer, what: &str) -> Result<Uuid> {
    let c = viewer.signed_in(what)?;
    match (c.role, c.organisation) {
        (Role::Ngo, Some(o)) => Ok(o),
        (Role::Ngo, None) => Err(forbidden(Said::new(
            "your ngo token names no organisation; a supplier's contracts are listed for the organisation a token acts for",
            "您的社会组织令牌未指明所代表的社会组织；供应商的合同按令牌所代表的组织列出",
        ))),
        (other, _) => Err(wrong_role(
            "myContracts lists a supplier's own contracts, with an ngo token of the organisation",
            "“我的合同”列出供应商本组织的合同，须使用社会组织本组织的令牌",
            other,
        )),
    }
}

/// The contract signed from `procurement_id`, if any: `Procurement.contract`.
pub(super) async fn of_procurement(
    ctx: &Context<'_>,
    procurement_id: Uuid,
) -> Result<Option<ContractView>> {
    let row = rm::of_procurement(ledger(ctx).read_models(), procurement_id)
        .await
        .gql()?;
    Ok(row.map(|r| ContractView::new(r.state, r.version, r.position)))
}

#[derive(Default)]
pub struct ContractQuery;

#[Object]
impl ContractQuery {
    /// One contract; contracts are public (政府采购法: contracts are published). Null if there
    /// is none.
    async fn contract(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<ContractView>> {
        let row = rm::contract(ledger(ctx).read_models(), id).await.gql()?;
        Ok(row.map(|r| ContractView::new(r.state, r.version, r.position)))
    }

    /// Contracts in signing order, narrowed by each filter given; with `mine`, the token's
    /// own (a purchaser's unit's, a supplier's). At most 100 a page.
    async fn contracts(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] filter: ContractFilterInput,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, ContractView, TotalCount>> {
        let first = page_size(first)?;
        let mut list = ContractFilter {
            jurisdiction: filter
                .jurisdiction
                .as_deref()
                .map(|j| jurisdiction("jurisdiction", j).map(|j| j.as_str().to_owned()))
                .transpose()?,
            status: filter.status.map(Into::into),
            supplier: filter.supplier,
            procurement: filter.procurement,
            purchaser_unit: None,
        };
        if filter.mine {
            let c = viewer(ctx).signed_in("listing your own contracts")?;
            match (c.role, c.organisation) {
                (Role::Purchaser, _) => {
                    list.purchaser_unit = Some(purchaser_scope(c).map_err(forbidden)?.0);
                }
                (Role::Ngo, Some(o)) => {
                    if filter.supplier.is_some_and(|s| s != o) {
                        return Err(validation(Said::new(
                            "`mine` lists your organisation's contracts: leave supplier out",
                            "“本单位”（mine）列出本组织的合同，请不要填写供应商",
                        )));
                    }
                    list.supplier = Some(o);
                }
                (role, _) => {
                    return Err(wrong_role(
                        "`mine` lists a purchaser's unit's or a supplier's own contracts",
                        "“本单位”（mine）列出采购人本单位或供应商本组织的合同",
                        role,
                    ));
                }
            }
        }
        let page = rm::list(ledger(ctx).read_models(), &list, first, after.as_deref())
            .await
            .gql()?;
        Ok(connection(page, after.is_some()))
    }

    /// The contracts of the token's organisation as supplier, with their payments, in signing
    /// order; at most 100 a page.
    async fn my_contracts(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, ContractView, TotalCount>> {
        let supplier = supplier_of(viewer(ctx), "listing your contracts")?;
        let first = page_size(first)?;
        let list = ContractFilter {
            supplier: Some(supplier),
            ..ContractFilter::default()
        };
        let page = rm::list(ledger(ctx).read_models(), &list, first, after.as_deref())
            .await
            .gql()?;
        Ok(connection(page, after.is_some()))
    }

    /// A contract as it stood at an instant, re-computed from its events (AUDIT-ASOF), its
    /// overdue payments counted on that instant's day; for auditors and administrators. Null
    /// if it had not been signed yet.
    async fn contract_as_of(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        at: DateTimeScalar,
    ) -> Result<Option<ContractView>> {
        let c = viewer(ctx).signed_in("reading a contract's history")?;
        if !matches!(c.role, Role::Auditor | Role::Admin) {
            return Err(wrong_role(
                "a contract as it stood in the past is for auditors and administrators",
                "合同的历史状态仅供审计人员和系统管理员查看",
                c.role,
            ));
        }
        let outcome = ledger(ctx).as_of::<Contract>(&id, at.0).await.gql()?;
        Ok(outcome.map(|o| ContractView {
            at: at.0,
            today: china_date(at.0),
            ..ContractView::new(o.state, o.version, o.position)
        }))
    }

    /// The contracts of a jurisdiction with a payment overdue today (CON-PAYMENT: not paid
    /// within the days after acceptance the policy allows), the longest overdue first; each
    /// shows what is overdue in `overdue`. For purchasers of the jurisdiction, auditors and
    /// administrators; at most 100 a page.
    async fn overdue_payments(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, ContractView, TotalCount>> {
        let j = self::jurisdiction("jurisdiction", &jurisdiction)?;
        let c = viewer(ctx).signed_in("listing overdue payments")?;
        match c.role {
            Role::Auditor | Role::Admin => {}
            Role::Purchaser => {
                let (_, own) = purchaser_scope(c).map_err(forbidden)?;
                if !own.covers(&j) {
                    return Err(forbidden(Said::new(
                        format!("your token acts for jurisdiction {own}, which does not cover {j}"),
                        format!("您的令牌代表行政区划 {own}，不包括 {j}"),
                    )));
                }
            }
            other => {
                return Err(wrong_role(
                    "overdue payments are listed for purchasers, auditors and administrators",
                    "逾期付款仅供采购人、审计人员和系统管理员查看",
                    other,
                ));
            }
        }
        let first = page_size(first)?;
        let today = china_date(Utc::now());
        let page = rm::overdue(
            ledger(ctx).read_models(),
            j.as_str(),
            today,
            first,
            after.as_deref(),
        )
        .await
        .gql()?;
        Ok(connection(page, after.is_some()))
    }
}
