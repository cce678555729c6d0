//! Government purchase of services (政府购买服务): a procurement's lifecycle, its public board
//! and one procurement's view.
//!
//! Who may do what: a procurement's acts are the purchasing unit's (采购人), so they are for
//! purchasers whose token binds that very unit and whose jurisdiction covers the
//! procurement's. Administrators do not act for a purchasing unit, as they do not act for a
//! registrar in the registry: they run the scheduler's clocks (closing bidding). A challenge
//! (质疑) is a bidder's, filed by a token of that organisation. Published procurements are
//! public (政府采购信息公开), anonymous callers included; a draft is its unit's, and auditors'
//! and administrators'.

use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::{Context, Enum, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use civic_domain::calendar::china_date;
use civic_domain::procurement::{
    Amendment, Criterion, OpenedBid, ProcurementTerms, RegistryStanding, Requirements,
    ScoringScheme, ineligibilities, ineligibilities_zh,
};
use civic_domain::{
    CatalogueCode, Jurisdiction, Money, Organisation, Procurement, ProcurementCommand,
};
use civic_projections::procurements::{self as rm, ProcurementList};
use civic_store::RecordedEvent;
use uuid::Uuid;

use super::command::{CommandInput, Commanded, Mutation, Payload, run};
use super::errors::{Gql, forbidden, no_version_yet, validation, wrong_role};
use super::query::page_size;
use super::scalars::{self, Date, DateTimeScalar};
use super::types::{OrganisationKind, TotalCount};
use super::{Lang, MAX_PAGE, Viewer, ledger, viewer};
use crate::auth::{Claims, Role};
use crate::ledger::{Ledger, LedgerError, Outcome, Said};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::ProcurementMethod")]
pub enum ProcurementMethod {
    /// 公开招标
    OpenTender,
    /// 邀请招标
    InvitedTender,
    /// 竞争性谈判
    Negotiation,
    /// 竞争性磋商
    Consultation,
    /// 单一来源
    SingleSource,
    /// 询价
    Quotation,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::ProcurementStatus")]
pub enum ProcurementStatus {
    /// 草稿: seen by its unit only.
    Draft,
    /// 已发布采购公告: bids are taken until the deadline.
    Published,
    /// 投标已截止
    BiddingClosed,
    /// 已开标
    Opened,
    /// 已评审
    Evaluated,
    /// 已发布中标公告
    Awarded,
    /// 废标
    Failed,
    /// 已终止
    Cancelled,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::procurement::ChallengeDecision")]
pub enum ChallengeDecision {
    Dismissed,
    /// Upheld: the committee evaluates again, from the opened bids.
    UpheldReevaluation,
    /// Upheld: the procurement fails and is procured again.
    UpheldReprocurement,
}

/// Why a ranked bid no longer stands for the award.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::procurement::Exclusion")]
pub enum Exclusion {
    /// The bidder declined the award (放弃中标).
    Declined,
    /// The purchaser disqualified the bid (取消中标资格).
    Disqualified,
}

/// A ranked bid declined or disqualified since the last evaluation, with the reason recorded.
#[derive(SimpleObject)]
pub struct ExcludedBidView {
    pub bid_id: Uuid,
    pub why: Exclusion,
    pub reason: String,
}

/// Who may bid, beyond the statutory minimum.
#[derive(InputObject, Default)]
pub struct RequirementsInput {
    /// The kinds of organisation that may bid; empty or omitted: any kind.
    #[graphql(default)]
    pub kinds: Vec<OrganisationKind>,
    /// The lowest valid rating grade, 1 to 5 (3 for 3A).
    pub min_rating: Option<u8>,
    /// Full years registered; omitted: the policy's minimum.
    pub min_years_registered: Option<u32>,
    /// PERF-FEEDS: the lowest grade of the bidder's latest performance evaluation (by a
    /// purchaser or a third party); a bidder never evaluated is eligible.
    pub min_past_grade: Option<super::performance::PerformanceGradeKind>,
}

impl From<RequirementsInput> for Requirements {
    fn from(r: RequirementsInput) -> Self {
        let mut kinds: Vec<civic_domain::OrganisationKind> =
            r.kinds.into_iter().map(Into::into).collect();
        kinds.sort_by_key(|k| k.as_str());
        kinds.dedup();
        Requirements {
            kinds,
            min_rating: r.min_rating,
            min_years_registered: r.min_years_registered,
            min_past_grade: r.min_past_grade.map(Into::into),
        }
    }
}

#[derive(InputObject)]
pub struct CriterionInput {
    /// Stable within the scheme: score sheets name criteria by key.
    pub key: String,
    pub name: String,
    pub max_points: u32,
}

/// Comprehensive scoring (综合评分法): price weighs `priceWeightPercent` of 100 points, the
/// criteria the rest (EVAL-PRICE-WEIGHT).
#[derive(InputObject)]
pub struct ScoringSchemeInput {
    pub price_weight_percent: u32,
    pub criteria: Vec<CriterionInput>,
}

impl From<ScoringSchemeInput> for ScoringScheme {
    fn from(s: ScoringSchemeInput) -> Self {
        ScoringScheme {
            price_weight_percent: s.price_weight_percent,
            criteria: s
                .criteria
                .into_iter()
                .map(|c| Criterion {
                    key: c.key,
                    name: c.name,
                    max_points: c.max_points,
                })
                .collect(),
        }
    }
}

/// A new procurement, drafted by the purchasing unit the token binds, in the token's
/// jurisdiction unless a jurisdiction it covers is named.
#[derive(InputObject)]
pub struct DraftProcurementInput {
    /// GB/T 2260 code; omitted: the token's jurisdiction.
    pub jurisdiction: Option<String>,
    /// The purchasing unit's name as it signs (采购人).
    pub purchaser: String,
    pub title: String,
    /// What is bought (采购需求).
    pub description: String,
    /// The code of an active item of the guidance catalogue (CAT-ITEM).
    pub item: String,
    /// The procurement method (PROC-METHOD), by its name in ProcurementMethod: OPEN_TENDER,
    /// INVITED_TENDER, NEGOTIATION, CONSULTATION, SINGLE_SOURCE or QUOTATION. A name is taken
    /// here rather than the enum so that a method the law does not know is refused under its
    /// rule, like every other term.
    pub method: String,
    /// The budget in fen (1 yuan = 100 fen).
    pub budget_fen: i64,
    /// The bid security (投标保证金) in fen: at most 2 % of the budget (BID-SECURITY).
    pub bid_security_fen: i64,
    /// The first and last China-local days of the service, both included (PROC-TERM).
    pub service_start: Date,
    pub service_end: Date,
    /// A stable, continuing service with funding secured, which may run up to 3 years.
    #[graphql(default = false)]
    pub stable_and_funded: bool,
    #[graphql(default)]
    pub requirements: RequirementsInput,
    pub scoring: ScoringSchemeInput,
    /// Bids are taken until this instant (PROC-PERIOD from the publication).
    pub bid_deadline: DateTimeScalar,
    /// When the bids are opened (开标): at or after the deadline.
    pub opening_at: DateTimeScalar,
    /// The failed procurement (废标) this one procures again.
    pub reprocures: Option<Uuid>,
    pub command_id: Option<Uuid>,
    /// A new procurement has no version yet: when given it must be null.
    pub expected_version: Option<u64>,
}

/// A command on one procurement that needs only its id.
#[derive(InputObject)]
pub struct ProcurementCommandInput {
    pub procurement_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// An amendment (更正/澄清) while bids are taken: omitted terms stay as they are; a deadline
/// may only move later, and a substantive change re-checks PROC-PERIOD from now.
#[derive(InputObject)]
pub struct AmendProcurementInput {
    pub procurement_id: Uuid,
    pub description: Option<String>,
    pub requirements: Option<RequirementsInput>,
    pub scoring: Option<ScoringSchemeInput>,
    pub bid_deadline: Option<DateTimeScalar>,
    pub opening_at: Option<DateTimeScalar>,
    /// Whether the change affects how bids are prepared; a change of requirements or scoring
    /// always does.
    #[graphql(default = false)]
    pub substantive: bool,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// A command on one procurement with the reason it records.
#[derive(InputObject)]
pub struct ProcurementReasonInput {
    pub procurement_id: Uuid,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject, Default)]
pub struct ProcurementFilterInput {
    /// A jurisdiction's public board (GB/T 2260 code); required unless `mine`.
    pub jurisdiction: Option<String>,
    pub status: Option<ProcurementStatus>,
    /// A catalogue item code (on a board).
    pub item: Option<String>,
    /// One procurement method (on a board).
    pub method: Option<ProcurementMethod>,
    /// Bid deadlines at or after this instant only (on a board): what is still open to bids.
    pub deadline_from: Option<DateTimeScalar>,
    /// Bid deadlines before this instant only (on a board).
    pub deadline_before: Option<DateTimeScalar>,
    /// The token's purchasing unit's own procurements, drafts included, in drafting order;
    /// with a status, not with a jurisdiction or an item.
    #[graphql(default = false)]
    pub mine: bool,
}

/// A procurement as its stream stands.
pub struct ProcurementView {
    state: Procurement,
    version: u64,
    position: u64,
}

impl ProcurementView {
    fn terms(&self) -> Result<&ProcurementTerms> {
        self.state
            .terms
            .as_ref()
            .ok_or_else(|| LedgerError::Internal("a procurement without terms".into()))
            .gql()
    }
}

#[derive(SimpleObject)]
pub struct CatalogueItemRef {
    pub code: String,
    /// The item's Chinese name when the procurement was drafted.
    pub name_zh: String,
}

#[derive(SimpleObject)]
pub struct RequirementsView {
    pub kinds: Vec<OrganisationKind>,
    pub min_rating: Option<u8>,
    pub min_years_registered: Option<u32>,
    pub min_past_grade: Option<super::performance::PerformanceGradeKind>,
}

#[derive(SimpleObject)]
pub struct CriterionView {
    pub key: String,
    pub name: String,
    pub max_points: u32,
}

#[derive(SimpleObject)]
pub struct ScoringSchemeView {
    pub price_weight_percent: u32,
    pub criteria: Vec<CriterionView>,
}

/// A procurement's scheme, or a contest's (whose price weight is 0).
impl From<&ScoringScheme> for ScoringSchemeView {
    fn from(s: &ScoringScheme) -> Self {
        ScoringSchemeView {
            price_weight_percent: s.price_weight_percent,
            criteria: s
                .criteria
                .iter()
                .map(|c| CriterionView {
                    key: c.key.clone(),
                    name: c.name.clone(),
                    max_points: c.max_points,
                })
                .collect(),
        }
    }
}

/// A bid as opened (开标): the revealed content checked against its commitment, and what makes
/// it invalid.
#[derive(SimpleObject)]
pub struct OpenedBidView {
    pub bid_id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub commitment: String,
    /// Null when the content could not be decrypted.
    pub price: Option<scalars::Money>,
    pub price_fen: Option<i64>,
    pub technical_proposal: Option<String>,
    /// The documents the bid named by their SHA-256 (the files stay with the bidder and the
    /// purchaser, who checks those handed in against these).
    pub documents: Vec<super::bid::DocumentDigestView>,
    /// Hex, for anyone to recompute the commitment.
    pub salt: Option<String>,
    pub valid: bool,
    /// Why it is not valid, in the clerk's words; empty for a valid bid.
    pub defects: Vec<String>,
}

impl OpenedBidView {
    fn of(b: &OpenedBid) -> Self {
        OpenedBidView {
            bid_id: b.bid_id,
            organisation_id: b.organisation_id,
            organisation_name: b.standing.name.clone(),
            commitment: b.commitment.as_str().to_owned(),
            price: b.price().map(Into::into),
            price_fen: b.price().map(Money::fen),
            technical_proposal: b.content.as_ref().map(|c| c.technical_proposal.clone()),
            documents: b
                .content
                .iter()
                .flat_map(|c| &c.documents)
                .map(|d| super::bid::DocumentDigestView {
                    name: d.name.clone(),
                    sha256: d.sha256.clone(),
                })
                .collect(),
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

/// One valid bid in the committee's ranking; points to two decimals.
#[derive(SimpleObject)]
pub struct RankedBidView {
    pub rank: u32,
    pub bid_id: Uuid,
    pub organisation_id: Uuid,
    pub price: scalars::Money,
    pub price_score: String,
    pub criteria_score: String,
    pub total: String,
}

#[derive(SimpleObject)]
pub struct EvaluationReportView {
    pub committee_id: Uuid,
    pub ranking: Vec<RankedBidView>,
    /// SHA-256 (hex) over the locked score sheets' digests.
    pub sheets_digest: String,
}

/// The award notice (中标公告).
#[derive(SimpleObject)]
pub struct AwardView {
    pub bid_id: Uuid,
    pub organisation_id: Uuid,
    pub price: scalars::Money,
    pub noticed_at: DateTimeScalar,
    /// The last China-local day a bidder may challenge (质疑).
    pub challenge_deadline: Date,
}

#[derive(SimpleObject)]
pub struct ChallengeView {
    pub challenge_id: Uuid,
    pub organisation_id: Uuid,
    pub grounds: String,
    pub filed_at: DateTimeScalar,
    pub reply_due: Date,
    pub decision: Option<ChallengeDecision>,
    pub reply: Option<String>,
    pub answered_late: Option<bool>,
    pub answered_at: Option<DateTimeScalar>,
    /// References of complaints (投诉) filed after it.
    pub complaints: Vec<String>,
}

/// How the procurement failed (废标) or was cancelled (终止).
#[derive(SimpleObject)]
pub struct EndingView {
    /// The rule that failed it; null for a cancellation.
    pub rule: Option<String>,
    pub reason: String,
    pub at: DateTimeScalar,
}

#[Object]
impl ProcurementView {
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

    async fn status(&self) -> Option<ProcurementStatus> {
        self.state.status.map(Into::into)
    }

    /// The status in Chinese, e.g. 已发布采购公告.
    async fn status_zh(&self) -> Option<&'static str> {
        self.state.status.map(|s| s.label_zh())
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

    async fn title(&self) -> Result<String> {
        Ok(self.terms()?.title.clone())
    }

    async fn description(&self) -> Result<String> {
        Ok(self.terms()?.description.clone())
    }

    async fn item(&self) -> Result<CatalogueItemRef> {
        Ok(CatalogueItemRef {
            code: self.terms()?.item.as_str().to_owned(),
            name_zh: self.state.item_name_zh.clone().unwrap_or_default(),
        })
    }

    async fn method(&self) -> Result<ProcurementMethod> {
        Ok(self.terms()?.method.into())
    }

    /// The method in Chinese, e.g. 公开招标.
    async fn method_zh(&self) -> Result<&'static str> {
        Ok(self.terms()?.method.label_zh())
    }

    async fn budget(&self) -> Result<scalars::Money> {
        Ok(self.terms()?.budget.into())
    }

    async fn budget_fen(&self) -> Result<i64> {
        Ok(self.terms()?.budget.fen())
    }

    async fn bid_security(&self) -> Result<scalars::Money> {
        Ok(self.terms()?.bid_security.into())
    }

    async fn bid_security_fen(&self) -> Result<i64> {
        Ok(self.terms()?.bid_security.fen())
    }

    async fn service_start(&self) -> Result<Date> {
        Ok(Date(self.terms()?.service_start))
    }

    async fn service_end(&self) -> Result<Date> {
        Ok(Date(self.terms()?.service_end))
    }

    async fn stable_and_funded(&self) -> Result<bool> {
        Ok(self.terms()?.stable_and_funded)
    }

    async fn requirements(&self) -> Result<RequirementsView> {
        let r = &self.terms()?.requirements;
        Ok(RequirementsView {
            kinds: r.kinds.iter().map(|k| (*k).into()).collect(),
            min_rating: r.min_rating,
            min_years_registered: r.min_years_registered,
            min_past_grade: r.min_past_grade.map(Into::into),
        })
    }

    async fn scoring(&self) -> Result<ScoringSchemeView> {
        Ok((&self.terms()?.scoring).into())
    }

    /// Bids are taken until then (China time).
    async fn bid_deadline(&self) -> Result<DateTimeScalar> {
        Ok(DateTimeScalar(self.terms()?.bid_deadline))
    }

    /// The opening (开标), China time.
    async fn opening_at(&self) -> Result<DateTimeScalar> {
        Ok(DateTimeScalar(self.terms()?.opening_at))
    }

    async fn reprocures(&self) -> Result<Option<Uuid>> {
        Ok(self.terms()?.reprocures)
    }

    async fn drafted_at(&self) -> Option<DateTimeScalar> {
        self.state.drafted_at.map(DateTimeScalar)
    }

    async fn published_at(&self) -> Option<DateTimeScalar> {
        self.state.published_at.map(DateTimeScalar)
    }

    /// Amendments (更正) published since.
    async fn amendments(&self) -> u32 {
        self.state.amendments
    }

    async fn bidding_closed_at(&self) -> Option<DateTimeScalar> {
        self.state.closed_at.map(DateTimeScalar)
    }

    async fn opened_at(&self) -> Option<DateTimeScalar> {
        self.state.opened_at.map(DateTimeScalar)
    }

    /// The bids as opened; empty before the opening.
    async fn opened_bids(&self) -> Vec<OpenedBidView> {
        self.state.opened.iter().map(OpenedBidView::of).collect()
    }

    /// The committee's report, once recorded.
    async fn report(&self) -> Option<EvaluationReportView> {
        self.state.report.as_ref().map(|r| EvaluationReportView {
            committee_id: r.committee_id,
            sheets_digest: r.sheets_digest.clone(),
            ranking: r
                .ranking
                .iter()
                .map(|b| RankedBidView {
                    rank: b.rank,
                    bid_id: b.bid_id,
                    organisation_id: b.organisation_id,
                    price: b.price.into(),
                    price_score: b.price_score.to_string(),
                    criteria_score: b.criteria_score.to_string(),
                    total: b.total.to_string(),
                })
                .collect(),
        })
    }

    /// Ranked bids declined or disqualified since the last evaluation (the next in rank then
    /// stands for the award).
    async fn excluded(&self) -> Vec<ExcludedBidView> {
        self.state
            .excluded
            .iter()
            .map(|e| ExcludedBidView {
                bid_id: e.bid_id,
                why: e.why.into(),
                reason: e.reason.clone(),
            })
            .collect()
    }

    /// AWARD-RANK: the top-ranked bid neither declined nor disqualified, the one an award
    /// goes to; null before the report or when none is left.
    async fn candidate_bid_id(&self) -> Option<Uuid> {
        self.state.candidate().map(|b| b.bid_id)
    }

    async fn award(&self) -> Option<AwardView> {
        self.state.award.as_ref().map(|a| AwardView {
            bid_id: a.bid_id,
            organisation_id: a.organisation_id,
            price: a.price.into(),
            noticed_at: DateTimeScalar(a.noticed_at),
            challenge_deadline: Date(a.challenge_deadline),
        })
    }

    async fn challenges(&self) -> Vec<ChallengeView> {
        self.state
            .challenges
            .iter()
            .map(|c| ChallengeView {
                challenge_id: c.challenge_id,
                organisation_id: c.organisation_id,
                grounds: c.grounds.clone(),
                filed_at: DateTimeScalar(c.filed_at),
                reply_due: Date(c.reply_due),
                decision: c.answer.as_ref().map(|a| a.decision.into()),
                reply: c.answer.as_ref().map(|a| a.reply.clone()),
                answered_late: c.answer.as_ref().map(|a| a.late),
                answered_at: c.answer.as_ref().map(|a| DateTimeScalar(a.answered_at)),
                complaints: c.complaints.clone(),
            })
            .collect()
    }

    /// The contract signed from it (CON-SIGN: one at most), if any.
    async fn contract(&self, ctx: &Context<'_>) -> Result<Option<super::contract::ContractView>> {
        match self.state.id {
            Some(id) => super::contract::of_procurement(ctx, id).await,
            None => Ok(None),
        }
    }

    /// How it failed or was cancelled, if it did.
    async fn ended(&self) -> Option<EndingView> {
        self.state.ended.as_ref().map(|e| EndingView {
            rule: e.rule.clone(),
            reason: e.reason.clone(),
            at: DateTimeScalar(e.at),
        })
    }
}

/// The purchaser's token's unit and jurisdiction, or why it cannot act for a purchasing unit.
/// The organisation a social organisation's own token acts for, as the registry holds it:
/// UNAUTHENTICATED without a token, FORBIDDEN for an NGO token that names no organisation,
/// the wrong role (with `needs`) for any other token, NOT_FOUND when the registry has none.
pub(super) async fn own_organisation(
    ctx: &Context<'_>,
    doing: &str,
    needs: (&str, &str),
) -> Result<Outcome<Organisation>> {
    let c = viewer(ctx).signed_in(doing)?;
    let organisation_id = match (c.role, c.organisation) {
        (Role::Ngo, Some(o)) => o,
        (Role::Ngo, None) => {
            return Err(forbidden(Said::new(
                "your token names no organisation: ask your administrator for a token issued with your organisation's id",
                "您的令牌未指明所代表的社会组织，请向系统管理员申领注明本组织编号的令牌",
            )));
        }
        (role, _) => return Err(wrong_role(needs.0, needs.1, role)),
    };
    ledger(ctx)
        .load::<Organisation>(&organisation_id)
        .await
        .gql()?
        .ok_or_else(|| {
            LedgerError::NotFound(Said::new(
                format!("organisation {organisation_id} is not in the registry (登记管理机关)"),
                format!("登记管理机关没有社会组织 {organisation_id} 的登记记录"),
            ))
        })
        .gql()
}

pub(super) fn purchaser_scope(c: &Claims) -> Result<(Uuid, Jurisdiction), Said> {
    if c.role != Role::Purchaser {
        return Err(Said::new(
            format!(
                "a procurement's acts are the purchasing unit's (采购人), done with a purchaser's token; your token's role is {}",
                c.role.as_str()
            ),
            format!(
                "采购事项由采购人使用采购人令牌办理；您的令牌角色是“{}”",
                c.role.label_zh()
            ),
        ));
    }
    let unit = c.organisation.ok_or_else(|| {
        Said::new(
            "your purchaser token names no purchasing unit (采购人): ask your administrator for a token issued with the unit's id",
            "您的采购人令牌未指明采购单位，请向系统管理员申领注明本单位编号的令牌",
        )
    })?;
    let jurisdiction = c
        .jurisdiction
        .as_deref()
        .and_then(|j| Jurisdiction::parse(j).ok())
        .ok_or_else(|| {
            Said::new(
                "your purchaser token names no jurisdiction: ask your administrator for a token issued with one",
                "您的采购人令牌未指明行政区划，请向系统管理员申领注明行政区划的令牌",
            )
        })?;
    Ok((unit, jurisdiction))
}

/// Whether `c` acts for the unit and jurisdiction of `terms`.
fn acts_for(c: &Claims, terms: &ProcurementTerms) -> Result<(), Said> {
    acts_for_unit(
        c,
        ("procurement", "采购项目"),
        (terms.purchaser_unit, &terms.purchaser),
        &terms.jurisdiction,
    )
}

/// Whether `c` acts for purchasing `unit` (its id and name as it signs) in `jurisdiction`:
/// the one rule for every record a purchasing unit keeps (a procurement, the contract signed
/// from it), which `what` names in the refusal.
pub(super) fn acts_for_unit(
    c: &Claims,
    (what, what_zh): (&str, &str),
    (unit_id, unit_name): (Uuid, &str),
    of: &Jurisdiction,
) -> Result<(), Said> {
    let (unit, jurisdiction) = purchaser_scope(c)?;
    if unit != unit_id {
        return Err(Said::new(
            format!(
                "this {what} is purchasing unit {unit_id}'s (采购人 {unit_name}); your token acts for unit {unit}"
            ),
            format!("该{what_zh}属于采购人{unit_name}（{unit_id}），您的令牌代表的单位是 {unit}"),
        ));
    }
    if !jurisdiction.covers(of) {
        return Err(Said::new(
            format!("this {what} belongs to jurisdiction {of}; your token acts for {jurisdiction}"),
            format!("该{what_zh}属于行政区划 {of}，您的令牌代表的是 {jurisdiction}"),
        ));
    }
    Ok(())
}

impl Commanded for Procurement {
    type View = ProcurementView;

    fn issuer(viewer: &Viewer, _id: &str, command: &ProcurementCommand) -> Result<Claims> {
        use ProcurementCommand as C;
        let c = viewer.signed_in("acting on a procurement")?;
        match command {
            C::Draft { terms, .. } => acts_for(c, terms).map_err(forbidden)?,
            C::CloseBidding => {
                if c.role != Role::Admin {
                    return Err(wrong_role(
                        "closing bidding is the scheduler's, which administrators may run",
                        "截止投标由系统按时执行，仅系统管理员可手动执行",
                        c.role,
                    ));
                }
            }
            C::Challenge {
                organisation_id, ..
            } => {
                if c.role != Role::Ngo || c.organisation != Some(*organisation_id) {
                    return Err(forbidden(Said::new(
                        "a challenge (质疑) is filed by the bidding organisation itself, with its own token",
                        "质疑由投标的社会组织使用本组织的令牌提出",
                    )));
                }
            }
            C::Publish
            | C::Amend { .. }
            | C::Open
            | C::RecordEvaluation
            | C::Award { .. }
            | C::DeclineAward { .. }
            | C::Disqualify { .. }
            | C::AnswerChallenge { .. }
            | C::RecordComplaint { .. }
            | C::Cancel { .. } => {
                purchaser_scope(c).map_err(forbidden)?;
            }
        }
        Ok(c.clone())
    }

    fn authorise(
        viewer: &Viewer,
        state: &Procurement,
        command: &ProcurementCommand,
    ) -> Result<(), LedgerError> {
        use ProcurementCommand as C;
        let (Some(c), Some(terms)) = (viewer.0.as_ref(), state.terms.as_ref()) else {
            // A draft opens its stream: its terms were checked before anything was loaded.
            return Ok(());
        };
        match command {
            C::Draft { .. } | C::CloseBidding | C::Challenge { .. } => Ok(()),
            _ => acts_for(c, terms).map_err(LedgerError::Forbidden),
        }
    }

    fn view(
        outcome: Outcome<Procurement>,
        _id: &str,
        _command: &ProcurementCommand,
        _viewer: &Viewer,
    ) -> ProcurementView {
        ProcurementView {
            state: outcome.state,
            version: outcome.version,
            position: outcome.position,
        }
    }
}

pub enum DraftProcurement {}
impl Mutation for DraftProcurement {
    const PAYLOAD: &'static str = "DraftProcurementPayload";
}
pub enum PublishProcurement {}
impl Mutation for PublishProcurement {
    const PAYLOAD: &'static str = "PublishProcurementPayload";
}
pub enum AmendProcurement {}
impl Mutation for AmendProcurement {
    const PAYLOAD: &'static str = "AmendProcurementPayload";
}
pub enum CancelProcurement {}
impl Mutation for CancelProcurement {
    const PAYLOAD: &'static str = "CancelProcurementPayload";
}
pub enum OpenBids {}
impl Mutation for OpenBids {
    const PAYLOAD: &'static str = "OpenBidsPayload";
}

pub type ProcurementPayload<M> = Payload<Procurement, M>;

fn money(field: &'static str, fen: i64) -> Result<Money> {
    Money::from_fen(fen).map_err(|e| e.in_field(field)).gql()
}

#[derive(Default)]
pub struct ProcurementMutation;

#[Object]
impl ProcurementMutation {
    /// Drafts a procurement for the purchasing unit the token binds (采购人), checked against
    /// the guidance catalogue (CAT-ITEM), the service term (PROC-TERM), the bid security
    /// (BID-SECURITY) and the scoring scheme (EVAL-PRICE-WEIGHT). A draft is seen by its unit
    /// only until published.
    async fn draft_procurement(
        &self,
        ctx: &Context<'_>,
        input: DraftProcurementInput,
    ) -> Result<ProcurementPayload<DraftProcurement>> {
        let c = viewer(ctx).signed_in("drafting a procurement")?;
        let (unit, own) = purchaser_scope(c).map_err(forbidden)?;
        let jurisdiction = match &input.jurisdiction {
            Some(j) => Jurisdiction::parse(j.trim())
                .map_err(|e| e.in_field("jurisdiction"))
                .gql()?,
            None => own,
        };
        if input.expected_version.is_some() {
            return Err(no_version_yet("a new procurement", "采购项目"));
        }
        let terms = ProcurementTerms {
            jurisdiction,
            purchaser: input.purchaser,
            purchaser_unit: unit,
            title: input.title,
            description: input.description,
            item: CatalogueCode::parse(input.item.trim())
                .map_err(|e| e.in_field("item"))
                .gql()?,
            method: civic_domain::ProcurementMethod::parse(input.method.trim()).gql()?,
            budget: money("budgetFen", input.budget_fen)?,
            bid_security: money("bidSecurityFen", input.bid_security_fen)?,
            service_start: input.service_start.0,
            service_end: input.service_end.0,
            stable_and_funded: input.stable_and_funded,
            requirements: input.requirements.into(),
            scoring: input.scoring.into(),
            bid_deadline: input.bid_deadline.0,
            opening_at: input.opening_at.0,
            reprocures: input.reprocures,
        };
        let id = Uuid::now_v7();
        let command = ProcurementCommand::Draft {
            procurement_id: id,
            terms: Box::new(terms),
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

    /// Publishes a draft (采购公告): bids are taken from now until the deadline, which must
    /// leave the method's period (PROC-PERIOD).
    async fn publish_procurement(
        &self,
        ctx: &Context<'_>,
        input: ProcurementCommandInput,
    ) -> Result<ProcurementPayload<PublishProcurement>> {
        run(
            ctx,
            input.procurement_id,
            ProcurementCommand::Publish,
            input.command,
        )
        .await
    }

    /// Amends a published procurement (更正公告), with the reason.
    async fn amend_procurement(
        &self,
        ctx: &Context<'_>,
        input: AmendProcurementInput,
    ) -> Result<ProcurementPayload<AmendProcurement>> {
        let amendment = Amendment {
            description: input.description,
            requirements: input.requirements.map(Into::into),
            scoring: input.scoring.map(Into::into),
            bid_deadline: input.bid_deadline.map(|d| d.0),
            opening_at: input.opening_at.map(|d| d.0),
            substantive: input.substantive,
        };
        let command = ProcurementCommand::Amend {
            amendment: Box::new(amendment),
            reason: input.reason,
        };
        run(ctx, input.procurement_id, command, input.command).await
    }

    /// Cancels (终止) a procurement before its award, with the reason.
    async fn cancel_procurement(
        &self,
        ctx: &Context<'_>,
        input: ProcurementReasonInput,
    ) -> Result<ProcurementPayload<CancelProcurement>> {
        let command = ProcurementCommand::Cancel {
            reason: input.reason,
        };
        run(ctx, input.procurement_id, command, input.command).await
    }

    /// Opens the bids (开标) at or after the opening instant: each is revealed and checked
    /// against its commitment and the registry (the scheduler opens them too).
    async fn open_bids(
        &self,
        ctx: &Context<'_>,
        input: ProcurementCommandInput,
    ) -> Result<ProcurementPayload<OpenBids>> {
        run(
            ctx,
            input.procurement_id,
            ProcurementCommand::Open,
            input.command,
        )
        .await
    }
}

/// Whether `viewer` may see a procurement that was never published (a draft, or one cancelled
/// as a draft): its unit, auditors and administrators.
fn sees_unpublished(viewer: &Viewer, state: &Procurement) -> bool {
    let Some(c) = &viewer.0 else {
        return false;
    };
    match c.role {
        Role::Auditor | Role::Admin => true,
        Role::Purchaser => state.terms.as_ref().is_some_and(|t| acts_for(c, t).is_ok()),
        _ => false,
    }
}

fn view_of(row: rm::ProcurementRow) -> ProcurementView {
    ProcurementView {
        state: row.state,
        version: row.version,
        position: row.position,
    }
}

#[derive(Default)]
pub struct ProcurementQuery;

#[Object]
impl ProcurementQuery {
    /// One procurement; null if there is none, or it is a draft the viewer may not see. A
    /// published one is public.
    async fn procurement(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<ProcurementView>> {
        let row = rm::procurement(ledger(ctx).read_models(), id).await.gql()?;
        let viewer = viewer(ctx);
        Ok(row
            .filter(|r| r.published_at.is_some() || sees_unpublished(viewer, &r.state))
            .map(view_of))
    }

    /// A jurisdiction's public board (published procurements, in publication order), or with
    /// `mine` the token's purchasing unit's own, drafts included; at most 100 a page.
    async fn procurements(
        &self,
        ctx: &Context<'_>,
        filter: ProcurementFilterInput,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, ProcurementView, TotalCount>> {
        let first = page_size(first)?;
        let status = filter.status.map(Into::into);
        let list = if filter.mine {
            if filter.jurisdiction.is_some()
                || filter.item.is_some()
                || filter.method.is_some()
                || filter.deadline_from.is_some()
                || filter.deadline_before.is_some()
            {
                return Err(validation(Said::new(
                    "`mine` lists your unit's own procurements, by status only: leave jurisdiction, item, method and deadlines out",
                    "“本单位”（mine）只按状态列出本单位的采购项目，请不要填写行政区划、目录事项、采购方式和截止时间",
                )));
            }
            let c = viewer(ctx).signed_in("listing your own procurements")?;
            let (unit, _) = purchaser_scope(c).map_err(forbidden)?;
            ProcurementList::Unit { unit, status }
        } else {
            let j = filter.jurisdiction.as_deref().ok_or_else(|| {
                validation(Said::new(
                    "name the jurisdiction whose board to list, or ask for `mine`",
                    "请填写要查看的行政区划，或选择“本单位”（mine）",
                ))
            })?;
            let j = Jurisdiction::parse(j.trim())
                .map_err(|e| e.in_field("jurisdiction"))
                .gql()?;
            let item = filter
                .item
                .as_deref()
                .map(|i| {
                    CatalogueCode::parse(i.trim())
                        .map(|c| c.as_str().to_owned())
                        .map_err(|e| e.in_field("item"))
                        .gql()
                })
                .transpose()?;
            ProcurementList::Board {
                jurisdiction: j.as_str().to_owned(),
                status,
                item,
                method: filter.method.map(Into::into),
                deadline_from: filter.deadline_from.map(|d| d.0),
                deadline_before: filter.deadline_before.map(|d| d.0),
            }
        };
        let page = rm::list(ledger(ctx).read_models(), &list, first, after.as_deref())
            .await
            .gql()?;
        Ok(super::types::connection(page, after.is_some(), view_of))
    }

    /// A procurement as it stood at an instant, re-computed from its events (AUDIT-ASOF); null
    /// if it had not been drafted yet, or had not been published and the viewer may not see
    /// its draft.
    async fn procurement_as_of(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        at: DateTimeScalar,
    ) -> Result<Option<ProcurementView>> {
        let outcome = ledger(ctx).as_of::<Procurement>(&id, at.0).await.gql()?;
        let viewer = viewer(ctx);
        Ok(outcome
            .filter(|o| o.state.published_at.is_some() || sees_unpublished(viewer, &o.state))
            .map(|o| ProcurementView {
                state: o.state,
                version: o.version,
                position: o.position,
            }))
    }

    /// For a social organisation's own token: the procurements of a board still taking bids
    /// (published, deadline not passed), in publication order, each with whether the
    /// organisation may bid as the registry shows it today (BID-ELIGIBLE) and every reason it
    /// may not. The board is the organisation's jurisdiction's unless one is named. One request
    /// reads at most 3 pages of 100 of the board; where it stopped, `scannedTo` is the cursor
    /// to go on from.
    async fn eligible_procurements(
        &self,
        ctx: &Context<'_>,
        jurisdiction: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, EligibleProcurement, BoardScan, EmptyFields>> {
        let first = page_size(first)?;
        let organisation = own_organisation(
            ctx,
            "listing the procurements you may bid for",
            (
                "the procurements an organisation may bid for are read with that organisation's own token",
                "可投标的采购项目须使用社会组织本组织的令牌查看",
            ),
        )
        .await?;
        let ledger = ledger(ctx);
        let board = match jurisdiction.as_deref() {
            Some(j) => Jurisdiction::parse(j.trim())
                .map_err(|e| e.in_field("jurisdiction"))
                .gql()?,
            None => organisation.state.jurisdiction.clone().ok_or_else(|| {
                validation(Said::new(
                    "your organisation has no jurisdiction yet: name the board to read",
                    "本组织尚无登记管辖区域，请填写要查看的行政区划",
                ))
            })?,
        };
        let now = Utc::now();
        let today = china_date(now);
        let standing = RegistryStanding::of(
            &organisation.state,
            organisation.version,
            organisation.position,
            today,
        );
        let scan = board_scan(
            ledger,
            board.as_str(),
            now,
            first,
            after,
            |p: &Procurement| p.bid_deadline().is_some_and(|d| d > now),
        )
        .await?;
        let mut connection = Connection::with_additional_fields(
            scan.started_after,
            scan.has_next_page,
            BoardScan {
                scanned_to: scan.scanned_to,
            },
        );
        for (cursor, row) in scan.rows {
            let view = view_of(row);
            let terms = view.terms()?;
            let policy = ledger.policy_for(Some(terms.jurisdiction.as_str()), now);
            // The board's reasons are text a bidder reads: in the language it asked for.
            let reasons = match ctx.data_opt::<Lang>().copied().unwrap_or_default() {
                Lang::Zh => ineligibilities_zh(&standing, &terms.requirements, &policy, today),
                Lang::En => ineligibilities(&standing, &terms.requirements, &policy, today),
            };
            connection.edges.push(Edge::new(
                cursor,
                EligibleProcurement {
                    eligible: reasons.is_empty(),
                    reasons: reasons
                        .into_iter()
                        .map(|r| IneligibilityView {
                            code: r.code,
                            message: r.message,
                        })
                        .collect(),
                    procurement: view,
                },
            ));
        }
        Ok(connection)
    }
}

/// Pages of the board one request reads at most, each of [`MAX_PAGE`] rows.
const BOARD_SCAN_PAGES: usize = 3;

/// Where a scan of a board stopped.
#[derive(SimpleObject)]
pub struct BoardScan {
    /// The cursor of the last procurement read, shown or not: pass it as `after` to go on from
    /// there (a page may end on procurements skipped because their deadline has passed).
    pub scanned_to: Option<String>,
}

/// A procurement still taking bids, and whether the asking organisation may bid.
#[derive(SimpleObject)]
pub struct EligibleProcurement {
    pub procurement: ProcurementView,
    /// Whether the organisation meets every condition of BID-ELIGIBLE today.
    pub eligible: bool,
    /// Every unmet condition; empty when eligible.
    pub reasons: Vec<IneligibilityView>,
}

/// Why an organisation may not bid (BID-ELIGIBLE).
#[derive(SimpleObject)]
#[graphql(name = "Ineligibility")]
pub struct IneligibilityView {
    /// NOT_ACTIVE, CREDIT_LIST, TOO_RECENT, RATING, KIND or PAST_GRADE (PERF-FEEDS).
    pub code: String,
    pub message: String,
}

/// The rows a board scan kept.
struct Scanned {
    rows: Vec<(String, rm::ProcurementRow)>,
    started_after: bool,
    has_next_page: bool,
    scanned_to: Option<String>,
}

/// Up to `first` published procurements of `jurisdiction`'s board still taking bids that
/// `keep` accepts, after `after`, reading at most [`BOARD_SCAN_PAGES`] pages.
async fn board_scan(
    ledger: &Ledger,
    jurisdiction: &str,
    open_at: DateTime<Utc>,
    first: usize,
    after: Option<String>,
    keep: impl Fn(&Procurement) -> bool,
) -> Result<Scanned> {
    let list = ProcurementList::Board {
        jurisdiction: jurisdiction.to_owned(),
        status: Some(civic_domain::ProcurementStatus::Published),
        item: None,
        method: None,
        // Only what still takes bids is read: a long board of closed ones costs nothing.
        deadline_from: Some(open_at),
        deadline_before: None,
    };
    let started_after = after.is_some();
    let mut cursor = after;
    let mut rows = Vec::new();
    let mut has_next_page = false;
    'scan: for read in 0..=BOARD_SCAN_PAGES {
        if read == BOARD_SCAN_PAGES {
            has_next_page = true;
            break;
        }
        let page = rm::list(ledger.read_models(), &list, MAX_PAGE, cursor.as_deref())
            .await
            .gql()?;
        for (c, row) in page.items {
            if rows.len() == first {
                has_next_page = true;
                break 'scan;
            }
            cursor = Some(c.clone());
            if keep(&row.state) {
                rows.push((c, row));
            }
        }
        if !page.has_next_page {
            break;
        }
    }
    Ok(Scanned {
        rows,
        started_after,
        has_next_page,
        scanned_to: cursor,
    })
}

/// Whether `viewer` is the purchaser of the unit that owns the procurement of `stream`
/// (`procurement-<id>`), who may read its history as auditors do: its events are the unit's
/// own acts.
pub(crate) async fn reads_own_procurement_history(ctx: &Context<'_>, stream: &str) -> Result<bool> {
    let Some(c) = viewer(ctx).0.as_ref().filter(|c| c.role == Role::Purchaser) else {
        return Ok(false);
    };
    let prefix = <Procurement as civic_domain::Aggregate>::CATEGORY;
    let Some(id) = stream
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|id| id.parse::<Uuid>().ok())
    else {
        return Ok(false);
    };
    let Some(current) = ledger(ctx).load::<Procurement>(&id).await.gql()? else {
        return Ok(false);
    };
    Ok(current
        .state
        .terms
        .as_ref()
        .is_some_and(|t| acts_for(c, t).is_ok()))
}

/// A change of a procurement on a jurisdiction's public board.
#[derive(SimpleObject)]
pub struct BoardChange {
    pub procurement_id: Uuid,
    /// The event that changed it, e.g. ProcurementPublished.
    pub kind: String,
    pub status: ProcurementStatus,
    /// The status in Chinese, e.g. 已发布采购公告.
    pub status_zh: &'static str,
    /// The procurement's version after the change.
    pub version: u64,
    pub position: u64,
    pub recorded_at: DateTimeScalar,
}

/// The status a board shows after an event of `kind`, for the events that change a board.
fn board_status(kind: &str) -> Option<civic_domain::ProcurementStatus> {
    use civic_domain::ProcurementStatus as S;
    Some(match kind {
        "ProcurementPublished" | "ProcurementAmended" => S::Published,
        "BiddingClosed" => S::BiddingClosed,
        "BidsOpened" => S::Opened,
        "AwardNoticed" => S::Awarded,
        "ProcurementFailed" => S::Failed,
        "ProcurementCancelled" => S::Cancelled,
        _ => return None,
    })
}

/// Whether an event of `kind` changes what a procurement's public board shows: its status.
pub(crate) fn changes_board(kind: &str) -> bool {
    board_status(kind).is_some()
}

/// What `event` changes on `jurisdiction`'s board, if anything: a procurement of that very
/// jurisdiction (as its board lists them) that was published (a draft's cancellation is not
/// public).
pub(crate) async fn board_change(
    ledger: &Ledger,
    jurisdiction: &Jurisdiction,
    event: &RecordedEvent,
) -> Result<Option<BoardChange>, LedgerError> {
    let category = <Procurement as civic_domain::Aggregate>::CATEGORY;
    if civic_store::stream_category(&event.stream) != category {
        return Ok(None);
    }
    let Some(status) = board_status(&event.kind) else {
        return Ok(None);
    };
    let Some(id) = event
        .stream
        .strip_prefix(category)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|id| id.parse::<Uuid>().ok())
    else {
        return Ok(None);
    };
    let Some(current) = ledger.load::<Procurement>(&id).await? else {
        return Ok(None);
    };
    let on_board = current.state.published_at.is_some()
        && current
            .state
            .terms
            .as_ref()
            .is_some_and(|t| &t.jurisdiction == jurisdiction);
    Ok(on_board.then(|| BoardChange {
        procurement_id: id,
        kind: event.kind.clone(),
        status: status.into(),
        status_zh: status.label_zh(),
        version: event.version,
        position: event.position,
        recorded_at: DateTimeScalar(event.recorded_at),
    }))
}
