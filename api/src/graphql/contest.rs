//! Public-welfare project contests (公益项目大赛, issue 15): the call, submissions, the jury's
//! review, pledges, public scores, ranking, matching and grants.
//!
//! Who may do what:
//! - The bureau (a `purchaser` token whose `organisation` is the contest's bureau unit, in a
//!   jurisdiction covering the contest's) opens the call and runs every step after the
//!   submissions: the review, the pledges as the fundraising platform reports them, the public
//!   jury's scores, the ranking, the matching, the grants, a cancellation.
//! - An organisation (an `ngo` token bound to it) submits its own project and may withdraw it;
//!   the bureau may withdraw one too (a disqualification is a withdrawal with its reason).
//! - Everyone reads contests, their submissions, the ranking and the money (raised, matched,
//!   granted): the results and the money are public. Donors' references are not shown.

use async_graphql::connection::Connection;
use async_graphql::{ComplexObject, Context, Enum, InputObject, Object, Result, SimpleObject};
use chrono::Utc;
use civic_domain::calendar::china_date;
use civic_domain::contest::{
    CallTerms, ContestCommand, GrantLine, MatchingChoice, MatchingPolicy, ProjectProposal,
    PublicScore, Submission,
};
use civic_domain::contest::{ContestStanding, entry_ineligibilities};
use civic_domain::procurement::Points;
use civic_domain::{Contest, Jurisdiction, Money};
use civic_projections::contests::{self, ContestFilter};
use uuid::Uuid;

use super::command::{CommandInput, Commanded, Mutation, Payload, run};
use super::contract::{ContractView, grant_contract};
use super::errors::{Gql, forbidden};
use super::procurement::{
    IneligibilityView, ScoringSchemeInput, ScoringSchemeView, purchaser_scope,
};
use super::scalars::{self, DateTimeScalar};
use super::types::TotalCount;
use super::{Lang, Viewer, ledger, viewer};
use crate::auth::{Claims, Role};
use crate::ledger::{LedgerError, Outcome, Said};

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(
    name = "ContestStatus",
    remote = "civic_domain::contest::ContestStatus"
)]
pub enum ContestStatusView {
    /// 征集中: taking submissions within the window.
    Open,
    /// 已评审: the jury's review recorded and the finalists shortlisted.
    Reviewed,
    /// 已排名: the finals ranked (panel and public jury).
    Ranked,
    /// 已配捐: the matching computed.
    Matched,
    /// 已资助: grants awarded; the other finalists in the project library.
    Awarded,
    Cancelled,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(
    name = "ContestSubmissionStatus",
    remote = "civic_domain::contest::SubmissionStatus"
)]
pub enum SubmissionStatusView {
    Submitted,
    Withdrawn,
    Shortlisted,
    NotShortlisted,
    Granted,
    /// 入库: a finalist without a grant, in the project library later grants draw from.
    Library,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "DonorKind", remote = "civic_domain::contest::DonorKind")]
pub enum DonorKindView {
    Individual,
    Enterprise,
    Foundation,
    Other,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "MatchOutcome", remote = "civic_domain::contest::MatchOutcome")]
pub enum MatchOutcomeView {
    /// Its whole claim.
    Full,
    /// What was left of the pool, less than its claim.
    PoolRemainder,
    /// An equal share of what was left, with the projects tied with it.
    PoolShared,
    /// The pool was spent on better ranked projects.
    PoolExhausted,
    /// Its rank is in no prize band.
    NoTier,
    /// It raised nothing.
    NothingRaised,
}

/// The matching policies a call may choose (CONTEST-MATCHING).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum MatchingKind {
    /// Shenzhen's incentive fund, with the numbers of the policy in force at the opening:
    /// 80 % standardised amount raised + 20 % standardised donor count + a theme bonus, prizes
    /// by rank band.
    IncentiveTiers,
    /// `percent` of the money raised, at most `capFen` per project, in final-ranking order.
    ProportionalWithCap,
}

#[derive(SimpleObject)]
#[graphql(name = "ContestMatchingPolicy")]
pub struct MatchingPolicyView {
    pub kind: MatchingKind,
    /// The arithmetic's version, recorded with every computation.
    pub version: String,
    pub percent: Option<u32>,
    pub cap: Option<scalars::Money>,
    pub raised_weight_percent: Option<u32>,
    pub donors_weight_percent: Option<u32>,
    pub theme_bonus_points: Option<u32>,
    pub tiers: Vec<TierView>,
}

#[derive(SimpleObject)]
#[graphql(name = "ContestPrizeTier")]
pub struct TierView {
    pub from_rank: u32,
    pub to_rank: u32,
    pub amount: scalars::Money,
}

fn policy_view(p: &MatchingPolicy) -> MatchingPolicyView {
    let mut v = MatchingPolicyView {
        kind: MatchingKind::IncentiveTiers,
        version: p.version().to_owned(),
        percent: None,
        cap: None,
        raised_weight_percent: None,
        donors_weight_percent: None,
        theme_bonus_points: None,
        tiers: Vec::new(),
    };
    match p {
        MatchingPolicy::IncentiveTiers(t) => {
            v.raised_weight_percent = Some(t.raised_weight_percent);
            v.donors_weight_percent = Some(t.donors_weight_percent);
            v.theme_bonus_points = Some(t.theme_bonus_points);
            v.tiers = t
                .tiers
                .iter()
                .map(|t| TierView {
                    from_rank: t.from_rank,
                    to_rank: t.to_rank,
                    amount: t.amount.into(),
                })
                .collect();
        }
        MatchingPolicy::ProportionalWithCap { percent, cap } => {
            v.kind = MatchingKind::ProportionalWithCap;
            v.percent = Some(*percent);
            v.cap = Some((*cap).into());
        }
    }
    v
}

/// One pledge of social money; the donor's reference stays with the platform.
#[derive(SimpleObject)]
#[graphql(name = "ContestPledge")]
pub struct PledgeView {
    pub pledge_id: Uuid,
    pub donor_kind: DonorKindView,
    pub amount: scalars::Money,
    pub pledged_at: DateTimeScalar,
}

/// A project submitted to a contest, with its scores and its money.
#[derive(SimpleObject)]
#[graphql(complex, name = "ContestSubmission")]
pub struct SubmissionView {
    #[graphql(skip)]
    pub contest_id: Uuid,
    pub submission_id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub title: String,
    pub summary: String,
    pub theme: Option<String>,
    /// The grant it asks for.
    pub requested: scalars::Money,
    pub status: SubmissionStatusView,
    pub status_zh: String,
    pub submitted_at: DateTimeScalar,
    /// The jury's rank and total (hundredths of a point), once reviewed.
    pub panel_rank: Option<u32>,
    pub panel_score_hundredths: Option<u32>,
    /// The public jury's score (hundredths), a finalist only.
    pub public_score_hundredths: Option<u32>,
    /// The finals, once ranked: rank and total (hundredths).
    pub final_rank: Option<u32>,
    pub final_score_hundredths: Option<u32>,
    pub raised: scalars::Money,
    /// Distinct donors.
    pub donors: u32,
    pub pledges: Vec<PledgeView>,
    /// The match, once computed: its claim before the pool, what the pool pays, and why.
    pub matching_rank: Option<u32>,
    pub incentive_score_hundredths: Option<u32>,
    pub match_claim: Option<scalars::Money>,
    pub matched: Option<scalars::Money>,
    pub match_outcome: Option<MatchOutcomeView>,
    pub granted: Option<scalars::Money>,
}

#[ComplexObject]
impl SubmissionView {
    /// The contract its grant was signed as (public), whose payments are the money spent on
    /// the project; null before one is signed.
    async fn contract(&self, ctx: &Context<'_>) -> Result<Option<ContractView>> {
        if self.granted.is_none() {
            return Ok(None);
        }
        grant_contract(
            ctx,
            self.contest_id,
            self.organisation_id,
            self.submission_id,
        )
        .await
    }
}

fn submission_view(contest_id: Uuid, s: &Submission) -> SubmissionView {
    SubmissionView {
        contest_id,
        submission_id: s.submission_id,
        organisation_id: s.organisation_id,
        organisation_name: s.organisation_name.clone(),
        title: s.project.title.clone(),
        summary: s.project.summary.clone(),
        theme: s.project.theme.clone(),
        requested: s.project.requested.into(),
        status: s.status.into(),
        status_zh: s.status.label_zh().to_owned(),
        submitted_at: DateTimeScalar(s.submitted_at),
        panel_rank: s.panel.as_ref().map(|p| p.rank),
        panel_score_hundredths: s.panel.as_ref().map(|p| p.total.0),
        public_score_hundredths: s.public_score.map(|p| p.0),
        final_rank: s.final_entry.as_ref().map(|e| e.rank),
        final_score_hundredths: s.final_entry.as_ref().map(|e| e.total.0),
        raised: s.raised.into(),
        donors: s.donors(),
        pledges: s
            .pledges
            .iter()
            .map(|p| PledgeView {
                pledge_id: p.pledge_id,
                donor_kind: p.donor_kind.into(),
                amount: p.amount.into(),
                pledged_at: DateTimeScalar(p.pledged_at),
            })
            .collect(),
        matching_rank: s.matched.as_ref().map(|m| m.matching_rank),
        incentive_score_hundredths: s.matched.as_ref().and_then(|m| m.score).map(|p| p.0),
        match_claim: s.matched.as_ref().map(|m| m.claim.into()),
        matched: s.matched.as_ref().map(|m| m.amount.into()),
        match_outcome: s.matched.as_ref().map(|m| m.outcome.into()),
        granted: s.granted.map(Into::into),
    }
}

/// A public-welfare project contest (公益项目大赛).
#[derive(SimpleObject)]
#[graphql(name = "Contest")]
pub struct ContestView {
    pub contest_id: Uuid,
    pub status: Option<ContestStatusView>,
    pub status_zh: Option<String>,
    pub jurisdiction: Option<String>,
    /// The bureau's unit that runs it.
    pub bureau_unit: Option<Uuid>,
    pub title: Option<String>,
    /// The bureau's name, as it signs its grants' contracts.
    pub bureau: Option<String>,
    pub pool: Option<scalars::Money>,
    /// What the grants took of the pool.
    pub granted: scalars::Money,
    pub matching: Option<MatchingPolicyView>,
    /// The panel's share of a finalist's score, percent (the public jury has the rest).
    pub panel_weight_percent: u32,
    pub shortlist_size: Option<u32>,
    /// What the jury scores: criteria adding up to 100 points (price weight 0).
    pub scoring: Option<ScoringSchemeView>,
    pub bonus_theme: Option<String>,
    pub submissions_open_at: Option<DateTimeScalar>,
    pub submissions_close_at: Option<DateTimeScalar>,
    pub pledges_open_at: Option<DateTimeScalar>,
    pub pledges_close_at: Option<DateTimeScalar>,
    /// The jury whose review was recorded, and the digest of its locked sheets.
    pub committee_id: Option<Uuid>,
    pub sheets_digest: Option<String>,
    /// Every submission, in submission order.
    pub submissions: Vec<SubmissionView>,
    /// The finalists in final-ranking order, once ranked.
    pub ranking: Vec<SubmissionView>,
    pub cancel_reason: Option<String>,
    /// The version to send back as `expectedVersion`.
    pub version: u64,
    /// The global position of the last event written.
    pub position: u64,
}

fn contest_view(c: &Contest, version: u64, position: u64) -> ContestView {
    let terms = c.terms.as_ref();
    let id = c.id.unwrap_or_default();
    ContestView {
        contest_id: id,
        status: c.status.map(Into::into),
        status_zh: c.status.map(|s| s.label_zh().to_owned()),
        jurisdiction: terms.map(|t| t.jurisdiction.as_str().to_owned()),
        bureau_unit: terms.map(|t| t.bureau_unit),
        title: terms.map(|t| t.title.clone()),
        bureau: terms.map(|t| t.bureau.clone()),
        pool: terms.map(|t| t.pool.into()),
        granted: c.pool_granted().into(),
        matching: c.matching.as_ref().map(policy_view),
        panel_weight_percent: c.panel_weight_percent,
        shortlist_size: terms.map(|t| t.shortlist_size),
        scoring: terms.map(|t| (&t.scoring).into()),
        bonus_theme: terms.and_then(|t| t.bonus_theme.clone()),
        submissions_open_at: terms.map(|t| DateTimeScalar(t.submissions_open_at)),
        submissions_close_at: terms.map(|t| DateTimeScalar(t.submissions_close_at)),
        pledges_open_at: terms.map(|t| DateTimeScalar(t.pledges_open_at)),
        pledges_close_at: terms.map(|t| DateTimeScalar(t.pledges_close_at)),
        committee_id: c.committee_id,
        sheets_digest: c.sheets_digest.clone(),
        submissions: c
            .submissions
            .iter()
            .map(|s| submission_view(id, s))
            .collect(),
        ranking: c
            .final_ranking()
            .into_iter()
            .filter_map(|e| c.submission(e.submission_id))
            .map(|s| submission_view(id, s))
            .collect(),
        cancel_reason: c.cancel_reason.clone(),
        version,
        position,
    }
}

/// Whether `c` acts for the bureau of a contest with `terms`.
fn acts_for_bureau(c: &Claims, terms: &CallTerms) -> Result<(), Said> {
    let (unit, jurisdiction) = purchaser_scope(c)?;
    let bureau = terms.bureau_unit;
    if unit != bureau {
        return Err(Said::new(
            format!("this contest is run by unit {bureau}; your token acts for unit {unit}"),
            format!("该大赛由单位 {bureau} 举办，您的令牌代表的单位是 {unit}"),
        ));
    }
    if !jurisdiction.covers(&terms.jurisdiction) {
        let of = &terms.jurisdiction;
        return Err(Said::new(
            format!(
                "this contest belongs to jurisdiction {of}; your token acts for {jurisdiction}"
            ),
            format!("该大赛属于行政区划 {of}，您的令牌代表的是 {jurisdiction}"),
        ));
    }
    Ok(())
}

impl Commanded for Contest {
    type View = ContestView;

    fn issuer(viewer: &Viewer, _id: &str, command: &ContestCommand) -> Result<Claims> {
        use ContestCommand as C;
        let c = viewer.signed_in("acting on a contest")?;
        match command {
            C::OpenCall { terms, .. } => acts_for_bureau(c, terms).map_err(forbidden)?,
            C::Submit {
                organisation_id, ..
            } => {
                if c.role != Role::Ngo || c.organisation != Some(*organisation_id) {
                    return Err(forbidden(
                        "a project is submitted by the organisation itself, with its own ngo token",
                    ));
                }
            }
            C::Withdraw { .. } => {
                if c.role != Role::Ngo {
                    purchaser_scope(c).map_err(forbidden)?;
                }
            }
            _ => {
                purchaser_scope(c).map_err(forbidden)?;
            }
        }
        Ok(c.clone())
    }

    fn authorise(
        viewer: &Viewer,
        state: &Contest,
        command: &ContestCommand,
    ) -> Result<(), LedgerError> {
        let (Some(c), Some(terms)) = (viewer.0.as_ref(), state.terms.as_ref()) else {
            return Ok(());
        };
        match command {
            ContestCommand::OpenCall { .. } | ContestCommand::Submit { .. } => Ok(()),
            ContestCommand::Withdraw { submission_id, .. } if c.role == Role::Ngo => {
                match state.submission(*submission_id) {
                    Some(s) if Some(s.organisation_id) != c.organisation => {
                        Err(LedgerError::Forbidden(
                            "a project is withdrawn by the organisation that submitted it, or by the bureau".into(),
                        ))
                    }
                    _ => Ok(()),
                }
            }
            _ => acts_for_bureau(c, terms).map_err(LedgerError::Forbidden),
        }
    }

    fn view(
        outcome: Outcome<Contest>,
        _id: &str,
        _command: &ContestCommand,
        _viewer: &Viewer,
    ) -> ContestView {
        contest_view(&outcome.state, outcome.version, outcome.position)
    }
}

fn money(field: &'static str, fen: i64) -> Result<Money> {
    Money::from_fen(fen).map_err(|e| e.in_field(field)).gql()
}

#[derive(InputObject, Default)]
pub struct ContestListFilter {
    pub jurisdiction: Option<String>,
    pub status: Option<ContestStatusView>,
}

/// One of an organisation's contest submissions, as a list shows it.
#[derive(SimpleObject)]
#[graphql(name = "ContestSubmissionSummary")]
pub struct SubmissionSummaryView {
    pub submission_id: Uuid,
    pub contest_id: Uuid,
    pub title: String,
    pub status: String,
    pub raised: scalars::Money,
    pub matched: scalars::Money,
    pub granted: scalars::Money,
    pub final_rank: Option<u64>,
}

/// A contest taking submissions, and whether the asking organisation may enter it.
#[derive(SimpleObject)]
pub struct ContestToEnter {
    pub contest: ContestView,
    /// Whether the organisation meets every condition of BID-ELIGIBLE for a contest today.
    pub eligible: bool,
    /// Every unmet condition, in the language asked for; empty when eligible.
    pub reasons: Vec<IneligibilityView>,
}

#[derive(Default)]
pub struct ContestQuery;

#[Object]
impl ContestQuery {
    /// A contest with its submissions, ranking and money (public).
    async fn contest(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<ContestView>> {
        Ok(ledger(ctx)
            .load::<Contest>(&id)
            .await
            .gql()?
            .map(|o| contest_view(&o.state, o.version, o.position)))
    }

    /// Contests in the order opened, at most 100 a page (public).
    async fn contests(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] filter: ContestListFilter,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, ContestView, TotalCount>> {
        let first = super::list_page_size(first)?;
        let jurisdiction = filter
            .jurisdiction
            .map(|j| Jurisdiction::parse(j.trim()).gql())
            .transpose()?;
        let f = ContestFilter {
            jurisdiction: jurisdiction.map(|j| j.as_str().to_owned()),
            status: filter.status.map(Into::into),
        };
        let page = contests::list(ledger(ctx).read_models(), &f, first, after.as_deref())
            .await
            .map_err(LedgerError::from)
            .gql()?;
        Ok(super::types::connection(page, after.is_some(), |r| {
            contest_view(&r.state, r.version, r.position)
        }))
    }

    /// For a social organisation's own token: the contests of a jurisdiction (its own unless
    /// one is named) still taking submissions, in the order opened, each with whether the
    /// organisation may enter as the registry shows it today (BID-ELIGIBLE: registered long
    /// enough, no serious violation in the years the policy asks) and every reason it may not.
    /// At most 100.
    async fn contests_to_enter(
        &self,
        ctx: &Context<'_>,
        jurisdiction: Option<String>,
    ) -> Result<Vec<ContestToEnter>> {
        let organisation = super::procurement::own_organisation(
            ctx,
            "listing the contests you may enter",
            (
                "the contests an organisation may enter are read with that organisation's own token",
                "可参加的公益项目大赛须使用社会组织本组织的令牌查看",
            ),
        )
        .await?;
        let ledger = ledger(ctx);
        let board = match jurisdiction {
            Some(j) => Some(
                Jurisdiction::parse(j.trim())
                    .map_err(|e| e.in_field("jurisdiction"))
                    .gql()?,
            ),
            None => organisation.state.jurisdiction.clone(),
        };
        let now = Utc::now();
        let today = china_date(now);
        let standing = ContestStanding::of(
            &organisation.state,
            organisation.version,
            organisation.position,
            today,
        );
        let f = ContestFilter {
            jurisdiction: board.map(|j| j.as_str().to_owned()),
            status: Some(civic_domain::contest::ContestStatus::Open),
        };
        let page = contests::list(ledger.read_models(), &f, super::MAX_PAGE, None)
            .await
            .map_err(LedgerError::from)
            .gql()?;
        let zh = ctx.data_opt::<Lang>().copied().unwrap_or_default() == Lang::Zh;
        Ok(page
            .items
            .into_iter()
            .map(|(_, r)| r)
            .filter(|r| {
                r.state
                    .terms
                    .as_ref()
                    .is_some_and(|t| t.submissions_open_at <= now && now < t.submissions_close_at)
            })
            .map(|r| {
                let jurisdiction = r.state.terms.as_ref().map(|t| t.jurisdiction.as_str());
                let policy = ledger.policy_for(jurisdiction, now);
                let (en, zh_reasons) = entry_ineligibilities(&standing, &policy, today);
                let reasons = if zh { zh_reasons } else { en };
                ContestToEnter {
                    contest: contest_view(&r.state, r.version, r.position),
                    eligible: reasons.is_empty(),
                    reasons: reasons
                        .into_iter()
                        .map(|r| IneligibilityView {
                            code: r.code,
                            message: r.message,
                        })
                        .collect(),
                }
            })
            .collect())
    }

    /// An organisation's contest submissions with their money (public), at most 100.
    async fn contest_submissions_of(
        &self,
        ctx: &Context<'_>,
        organisation_id: Uuid,
    ) -> Result<Vec<SubmissionSummaryView>> {
        let rows = contests::of_organisation(ledger(ctx).read_models(), organisation_id)
            .await
            .map_err(LedgerError::from)
            .gql()?;
        let m = |fen: i64| -> scalars::Money { Money::from_fen(fen).unwrap_or_default().into() };
        Ok(rows
            .into_iter()
            .map(|r| SubmissionSummaryView {
                submission_id: r.submission_id,
                contest_id: r.contest_id,
                title: r.title,
                status: r.status,
                raised: m(r.raised),
                matched: m(r.matched),
                granted: m(r.granted),
                final_rank: r.final_rank,
            })
            .collect())
    }
}

pub type ContestPayload<M> = Payload<Contest, M>;

macro_rules! mutations {
    ($($name:ident => $payload:literal),* $(,)?) => {$(
        pub enum $name {}
        impl Mutation for $name {
            const PAYLOAD: &'static str = $payload;
        }
    )*};
}

mutations!(
    OpenContestCall => "OpenContestCallPayload",
    SubmitContestProject => "SubmitContestProjectPayload",
    WithdrawContestProject => "WithdrawContestProjectPayload",
    RecordContestReview => "RecordContestReviewPayload",
    RecordContestPledge => "RecordContestPledgePayload",
    RecordContestPublicScores => "RecordContestPublicScoresPayload",
    RankContest => "RankContestPayload",
    ComputeContestMatching => "ComputeContestMatchingPayload",
    AwardContestGrants => "AwardContestGrantsPayload",
    CancelContest => "CancelContestPayload",
);

#[derive(InputObject)]
pub struct ContestMatchingInput {
    pub kind: MatchingKind,
    /// PROPORTIONAL_WITH_CAP: percent of the money raised.
    pub percent: Option<u32>,
    /// PROPORTIONAL_WITH_CAP: the most one project is matched, in fen.
    pub cap_fen: Option<i64>,
}

#[derive(InputObject)]
pub struct OpenContestCallInput {
    /// GB/T 2260 code; omitted: the token's jurisdiction.
    pub jurisdiction: Option<String>,
    /// The bureau's name, as it signs its grants' contracts.
    pub bureau: String,
    pub title: String,
    /// The matching pool in fen.
    pub pool_fen: i64,
    pub matching: ContestMatchingInput,
    /// What the jury scores: criteria adding up to 100 points, price weight 0.
    pub scoring: ScoringSchemeInput,
    pub bonus_theme: Option<String>,
    pub shortlist_size: u32,
    pub submissions_open_at: DateTimeScalar,
    pub submissions_close_at: DateTimeScalar,
    pub pledges_open_at: DateTimeScalar,
    pub pledges_close_at: DateTimeScalar,
    /// Makes a retry safe: the same id returns the contest first opened.
    pub command_id: Option<Uuid>,
}

#[derive(InputObject)]
pub struct SubmitContestProjectInput {
    pub contest_id: Uuid,
    /// The submitting organisation: the ngo token's own.
    pub organisation_id: Uuid,
    pub title: String,
    pub summary: String,
    pub requested_fen: i64,
    pub theme: Option<String>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct WithdrawContestProjectInput {
    pub contest_id: Uuid,
    pub submission_id: Uuid,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct RecordContestReviewInput {
    pub contest_id: Uuid,
    /// The contest's jury, concluded.
    pub committee_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct RecordContestPledgeInput {
    pub contest_id: Uuid,
    pub submission_id: Uuid,
    pub donor_kind: DonorKindView,
    /// The fundraising platform's reference of the donor (counts distinct donors; not shown).
    pub donor: String,
    pub amount_fen: i64,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct PublicScoreInput {
    pub submission_id: Uuid,
    /// 0 to 10000 (100.00 points).
    pub score_hundredths: u32,
}

#[derive(InputObject)]
pub struct RecordContestPublicScoresInput {
    pub contest_id: Uuid,
    pub scores: Vec<PublicScoreInput>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct ContestActionInput {
    pub contest_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct GrantInput {
    pub submission_id: Uuid,
    pub amount_fen: i64,
}

#[derive(InputObject)]
pub struct AwardContestGrantsInput {
    pub contest_id: Uuid,
    /// Each at most the project's match; together within the pool.
    pub grants: Vec<GrantInput>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct CancelContestInput {
    pub contest_id: Uuid,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// At most this many lines in one list input (scores, grants): a shortlist's size.
const MAX_LINES: usize = civic_domain::contest::MAX_SHORTLIST as usize;

#[derive(Default)]
pub struct ContestMutation;

#[Object]
impl ContestMutation {
    /// Opens a contest's call (CONTEST-CALL) for the bureau unit of the purchaser token.
    async fn open_contest_call(
        &self,
        ctx: &Context<'_>,
        input: OpenContestCallInput,
    ) -> Result<ContestPayload<OpenContestCall>> {
        let c = viewer(ctx).signed_in("opening a contest")?;
        let (unit, own) = purchaser_scope(c).map_err(forbidden)?;
        let jurisdiction = match input.jurisdiction {
            Some(j) => Jurisdiction::parse(j.trim()).gql()?,
            None => own,
        };
        let matching = match input.matching.kind {
            MatchingKind::IncentiveTiers => MatchingChoice::IncentiveTiers,
            MatchingKind::ProportionalWithCap => MatchingChoice::ProportionalWithCap {
                percent: input.matching.percent.unwrap_or(0),
                cap: money("matching.capFen", input.matching.cap_fen.unwrap_or(0))?,
            },
        };
        let contest_id = Uuid::now_v7();
        let command = ContestCommand::OpenCall {
            contest_id,
            terms: CallTerms {
                bureau_unit: unit,
                bureau: input.bureau,
                jurisdiction,
                title: input.title,
                pool: money("poolFen", input.pool_fen)?,
                matching,
                scoring: input.scoring.into(),
                bonus_theme: input.bonus_theme,
                shortlist_size: input.shortlist_size,
                submissions_open_at: input.submissions_open_at.0,
                submissions_close_at: input.submissions_close_at.0,
                pledges_open_at: input.pledges_open_at.0,
                pledges_close_at: input.pledges_close_at.0,
            },
        };
        run(
            ctx,
            contest_id,
            command,
            CommandInput {
                command_id: input.command_id,
                expected_version: None,
            },
        )
        .await
    }

    /// Submits the token's organisation's project (BID-ELIGIBLE, CONTEST-WINDOW).
    async fn submit_contest_project(
        &self,
        ctx: &Context<'_>,
        input: SubmitContestProjectInput,
    ) -> Result<ContestPayload<SubmitContestProject>> {
        let command = ContestCommand::Submit {
            submission_id: Uuid::now_v7(),
            organisation_id: input.organisation_id,
            project: ProjectProposal {
                title: input.title,
                summary: input.summary,
                requested: money("requestedFen", input.requested_fen)?,
                theme: input.theme,
            },
        };
        run(ctx, input.contest_id, command, input.command).await
    }

    /// Withdraws a project: by its organisation, or by the bureau (with the reason).
    async fn withdraw_contest_project(
        &self,
        ctx: &Context<'_>,
        input: WithdrawContestProjectInput,
    ) -> Result<ContestPayload<WithdrawContestProject>> {
        let command = ContestCommand::Withdraw {
            submission_id: input.submission_id,
            reason: input.reason,
        };
        run(ctx, input.contest_id, command, input.command).await
    }

    /// Records the concluded report of the contest's jury and shortlists its best
    /// (CONTEST-REVIEW).
    async fn record_contest_review(
        &self,
        ctx: &Context<'_>,
        input: RecordContestReviewInput,
    ) -> Result<ContestPayload<RecordContestReview>> {
        let command = ContestCommand::RecordReview {
            committee_id: input.committee_id,
        };
        run(ctx, input.contest_id, command, input.command).await
    }

    /// Records a pledge of social money to a finalist, within the pledge window
    /// (CONTEST-PLEDGE, CONTEST-WINDOW).
    async fn record_contest_pledge(
        &self,
        ctx: &Context<'_>,
        input: RecordContestPledgeInput,
    ) -> Result<ContestPayload<RecordContestPledge>> {
        let command = ContestCommand::RecordPledge {
            pledge_id: Uuid::now_v7(),
            submission_id: input.submission_id,
            donor_kind: input.donor_kind.into(),
            donor: input.donor,
            amount: money("amountFen", input.amount_fen)?,
        };
        run(ctx, input.contest_id, command, input.command).await
    }

    /// Records the public jury's scores of finalists (CONTEST-REVIEW); a later score of the
    /// same finalist replaces the earlier one until the ranking.
    async fn record_contest_public_scores(
        &self,
        ctx: &Context<'_>,
        input: RecordContestPublicScoresInput,
    ) -> Result<ContestPayload<RecordContestPublicScores>> {
        if input.scores.len() > MAX_LINES {
            return Err(super::errors::validation_zh(
                format!("at most {MAX_LINES} scores at once"),
                format!("一次最多登记{MAX_LINES}项评分"),
            ));
        }
        let command = ContestCommand::RecordPublicScores {
            scores: input
                .scores
                .into_iter()
                .map(|s| PublicScore {
                    submission_id: s.submission_id,
                    score: Points(s.score_hundredths),
                })
                .collect(),
        };
        run(ctx, input.contest_id, command, input.command).await
    }

    /// Ranks the finalists: panel × its weight + public × the rest (CONTEST-REVIEW).
    async fn rank_contest(
        &self,
        ctx: &Context<'_>,
        input: ContestActionInput,
    ) -> Result<ContestPayload<RankContest>> {
        run(ctx, input.contest_id, ContestCommand::Rank, input.command).await
    }

    /// Computes the matching under the call's policy, after the pledge window
    /// (CONTEST-MATCHING, CONTEST-WINDOW).
    async fn compute_contest_matching(
        &self,
        ctx: &Context<'_>,
        input: ContestActionInput,
    ) -> Result<ContestPayload<ComputeContestMatching>> {
        run(
            ctx,
            input.contest_id,
            ContestCommand::ComputeMatching,
            input.command,
        )
        .await
    }

    /// Awards grants, each at most its project's match and all within the pool
    /// (CONTEST-MATCHING, CONTEST-GRANT); the other finalists enter the project library.
    async fn award_contest_grants(
        &self,
        ctx: &Context<'_>,
        input: AwardContestGrantsInput,
    ) -> Result<ContestPayload<AwardContestGrants>> {
        if input.grants.len() > MAX_LINES {
            return Err(super::errors::validation_zh(
                format!("at most {MAX_LINES} grants at once"),
                format!("一次最多发放{MAX_LINES}项资助"),
            ));
        }
        let grants = input
            .grants
            .into_iter()
            .map(|g| {
                Ok(GrantLine {
                    submission_id: g.submission_id,
                    amount: money("grants.amountFen", g.amount_fen)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        run(
            ctx,
            input.contest_id,
            ContestCommand::AwardGrants { grants },
            input.command,
        )
        .await
    }

    /// Cancels a contest before its grants, with the reason.
    async fn cancel_contest(
        &self,
        ctx: &Context<'_>,
        input: CancelContestInput,
    ) -> Result<ContestPayload<CancelContest>> {
        let command = ContestCommand::Cancel {
            reason: input.reason,
        };
        run(ctx, input.contest_id, command, input.command).await
    }
}
