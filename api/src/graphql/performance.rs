//! Performance evaluation (绩效评价) of contracts and the grade that follows the supplier
//! (PERF-EVALUATOR, PERF-SCORE, PERF-FEEDS).
//!
//! Who may do what:
//! - A purchaser (token `organisation` = the contract's purchasing unit) opens any kind of
//!   evaluation of its unit's contracts: its own (PURCHASER), the supplier's self-evaluation
//!   (SELF), or a third party's, naming the third party. The supplier NGO (token
//!   `organisation` = the contract's supplier) opens its own SELF evaluation only.
//! - The evaluator scores and concludes: for SELF the supplier NGO, for PURCHASER a purchaser
//!   of the unit, for THIRD_PARTY a user of role `evaluator` whose token `organisation` is the
//!   third party's id.
//! - An evaluation is seen while open by its evaluator, the contract's purchaser and supplier,
//!   auditors and administrators; once concluded it is public (102号令 第20条: results are
//!   published), like the grades on the supplier's registry record.
//! - After the conclusion the grade is recorded on the supplier's organisation stream in the
//!   same request; `recordPerformanceGrade` repeats that step if it failed.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Enum, InputObject, Object, Result, SimpleObject};
use civic_domain::organisation::PerformanceGrade;
use civic_domain::performance::{
    EvaluationStatus, GradeThresholds, Indicator, IndicatorScore, MAX_INDICATORS,
    PerformanceCommand, PerformanceEvaluation,
};
use civic_domain::procurement::Points;
use civic_domain::{Jurisdiction, Organisation};
use civic_projections::performance::EvaluationFilter;
use uuid::Uuid;

use super::command::{CommandInput, Commanded, Mutation, Payload, now_micros, run};
use super::errors::{Gql, forbidden, validation};
use super::scalars::DateTimeScalar;
use super::types::TotalCount;
use super::{RequestMeta, Viewer, ledger, viewer};
use crate::auth::{Claims, Role};
use crate::ledger::{CommandMeta, LedgerError, Outcome, Said};

/// The grades of 财预〔2020〕10号.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "PerformanceGrade", remote = "civic_domain::Grade")]
pub enum PerformanceGradeKind {
    /// 优: 90 points or more.
    Excellent,
    /// 良: 80 to under 90.
    Good,
    /// 中: 60 to under 80.
    Fair,
    /// 差: under 60.
    Poor,
}

/// Who evaluates (PERF-EVALUATOR).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "EvaluatorKind", remote = "civic_domain::EvaluatorKind")]
pub enum EvaluatorKindView {
    /// 自评: the supplier itself.
    #[graphql(name = "SELF")]
    SelfEvaluation,
    /// 采购人评价: the contract's purchasing unit.
    Purchaser,
    /// 第三方评价: an active registered organisation neither the supplier nor related to it.
    ThirdParty,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(
    name = "PerformanceEvaluationStatus",
    remote = "civic_domain::performance::EvaluationStatus"
)]
pub enum EvaluationStatusView {
    /// 评价中: taking scores.
    Open,
    /// 已完成: totalled and graded.
    Concluded,
}

/// One node of the indicator tree (指标): a leaf is scored from 0 to its weight; a group weighs
/// what its children weigh together.
#[derive(SimpleObject)]
#[graphql(name = "PerformanceIndicator")]
pub struct IndicatorView {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    /// Whole points.
    pub weight: u32,
    pub children: Vec<IndicatorView>,
}

impl From<&Indicator> for IndicatorView {
    fn from(i: &Indicator) -> Self {
        IndicatorView {
            code: i.code.clone(),
            name_zh: i.name_zh.clone(),
            name_en: i.name_en.clone(),
            weight: i.weight,
            children: i.children.iter().map(Into::into).collect(),
        }
    }
}

/// The lowest total, in whole points, of 优, 良 and 中 (below 中 is 差).
#[derive(SimpleObject)]
#[graphql(name = "PerformanceGradeThresholds")]
pub struct ThresholdsView {
    pub excellent: u32,
    pub good: u32,
    pub fair: u32,
}

impl From<GradeThresholds> for ThresholdsView {
    fn from(t: GradeThresholds) -> Self {
        ThresholdsView {
            excellent: t.excellent,
            good: t.good,
            fair: t.fair,
        }
    }
}

/// The indicator tree in force for a jurisdiction today (PERF-SCORE).
#[derive(SimpleObject)]
pub struct PerformanceIndicatorTree {
    pub jurisdiction: String,
    /// The top level weighs 100 points.
    pub indicators: Vec<IndicatorView>,
    pub thresholds: ThresholdsView,
}

/// Points given to one leaf indicator.
#[derive(SimpleObject)]
pub struct IndicatorScoreView {
    pub indicator: String,
    /// In hundredths (850 is 8.50 points).
    pub points_hundredths: u32,
    /// As a decimal, "8.50".
    pub points: String,
}

impl From<&IndicatorScore> for IndicatorScoreView {
    fn from(s: &IndicatorScore) -> Self {
        IndicatorScoreView {
            indicator: s.indicator.clone(),
            points_hundredths: s.points.0,
            points: s.points.to_string(),
        }
    }
}

#[derive(InputObject)]
pub struct IndicatorScoreInput {
    /// A leaf indicator's code.
    pub indicator: String,
    /// From 0 to the leaf's weight × 100.
    pub points_hundredths: u32,
}

/// The registry states a third party's independence was checked against.
#[derive(SimpleObject)]
pub struct IndependenceCheckView {
    pub evaluator_registry_version: u64,
    pub supplier_registry_version: u64,
}

/// A performance evaluation (绩效评价) of a contract.
#[derive(SimpleObject)]
#[graphql(name = "PerformanceEvaluation")]
pub struct PerformanceEvaluationView {
    pub evaluation_id: Uuid,
    pub contract_id: Option<Uuid>,
    pub procurement_id: Option<Uuid>,
    /// The supplier (承接主体) the grade follows.
    pub supplier_id: Option<Uuid>,
    pub purchaser_unit: Option<Uuid>,
    pub jurisdiction: Option<String>,
    pub evaluator: Option<EvaluatorKindView>,
    /// 自评 / 采购人评价 / 第三方评价.
    pub evaluator_zh: Option<String>,
    pub evaluator_organisation_id: Option<Uuid>,
    pub status: Option<EvaluationStatusView>,
    pub status_zh: Option<String>,
    /// The tree it opened under: a later policy never re-grades it.
    pub indicators: Vec<IndicatorView>,
    pub thresholds: ThresholdsView,
    /// The latest submission.
    pub scores: Vec<IndicatorScoreView>,
    pub comment: String,
    pub submissions: u32,
    /// Leaf codes the latest submission has not scored (all must be, to conclude).
    pub unscored: Vec<String>,
    /// The total in hundredths: of the latest submission, then as concluded.
    pub total_hundredths: Option<u32>,
    /// As a decimal, "85.50".
    pub total: Option<String>,
    pub grade: Option<PerformanceGradeKind>,
    /// 优 / 良 / 中 / 差.
    pub grade_zh: Option<String>,
    pub independence: Option<IndependenceCheckView>,
    pub opened_at: Option<DateTimeScalar>,
    pub last_submitted_at: Option<DateTimeScalar>,
    pub concluded_at: Option<DateTimeScalar>,
    /// The version to send back as `expectedVersion`.
    pub version: u64,
    /// The global position of the last event written.
    pub position: u64,
}

fn evaluation_view(
    e: &PerformanceEvaluation,
    version: u64,
    position: u64,
) -> PerformanceEvaluationView {
    PerformanceEvaluationView {
        evaluation_id: e.id.unwrap_or_default(),
        contract_id: e.contract_id,
        procurement_id: e.procurement_id,
        supplier_id: e.supplier,
        purchaser_unit: e.purchaser_unit,
        jurisdiction: e.jurisdiction.as_ref().map(|j| j.as_str().to_owned()),
        evaluator: e.evaluator.map(Into::into),
        evaluator_zh: e.evaluator.map(|k| k.label_zh().to_owned()),
        evaluator_organisation_id: e.evaluator_organisation,
        status: e.status.map(Into::into),
        status_zh: e.status.map(|s| s.label_zh().to_owned()),
        indicators: e.indicators.iter().map(Into::into).collect(),
        thresholds: e.thresholds.into(),
        scores: e.scores.iter().map(Into::into).collect(),
        comment: e.comment.clone(),
        submissions: e.submissions,
        unscored: e.unscored().into_iter().map(|l| l.code.clone()).collect(),
        total_hundredths: e.total.map(|t| t.0),
        total: e.total.map(|t| t.to_string()),
        grade: e.grade.map(Into::into),
        grade_zh: e.grade.map(|g| g.label_zh().to_owned()),
        independence: e.independence.as_ref().map(|i| IndependenceCheckView {
            evaluator_registry_version: i.evaluator_registry_version,
            supplier_registry_version: i.supplier_registry_version,
        }),
        opened_at: e.opened_at.map(DateTimeScalar),
        last_submitted_at: e.last_submitted_at.map(DateTimeScalar),
        concluded_at: e.concluded_at.map(DateTimeScalar),
        version,
        position,
    }
}

/// A grade on a supplier's registry record (PERF-FEEDS).
#[derive(SimpleObject)]
#[graphql(name = "PerformanceGradeRecord")]
pub struct PerformanceGradeView {
    pub evaluation_id: Uuid,
    pub contract_id: Uuid,
    pub procurement_id: Uuid,
    pub evaluator: EvaluatorKindView,
    pub grade: PerformanceGradeKind,
    pub grade_zh: String,
    /// The total in hundredths, and as a decimal.
    pub score_hundredths: u32,
    pub score: String,
    pub concluded_at: DateTimeScalar,
    /// Whether later procurements read it: a self-evaluation is recorded but does not qualify
    /// its own supplier.
    pub counts_for_eligibility: bool,
}

impl From<&PerformanceGrade> for PerformanceGradeView {
    fn from(g: &PerformanceGrade) -> Self {
        PerformanceGradeView {
            evaluation_id: g.evaluation_id,
            contract_id: g.contract_id,
            procurement_id: g.procurement_id,
            evaluator: g.evaluator.into(),
            grade: g.grade.into(),
            grade_zh: g.grade.label_zh().to_owned(),
            score_hundredths: g.score.0,
            score: g.score.to_string(),
            concluded_at: DateTimeScalar(g.concluded_at),
            counts_for_eligibility: g.evaluator.counts_for_eligibility(),
        }
    }
}

/// Whether the viewer acts as the evaluator of `e`.
fn is_evaluator(c: &Claims, e: &PerformanceEvaluation) -> bool {
    use civic_domain::EvaluatorKind as K;
    let role = match e.evaluator {
        Some(K::SelfEvaluation) => Role::Ngo,
        Some(K::Purchaser) => Role::Purchaser,
        Some(K::ThirdParty) => Role::Evaluator,
        None => return false,
    };
    c.role == role && c.organisation.is_some() && c.organisation == e.evaluator_organisation
}

/// Whether the viewer may see `e` while it is open: its evaluator, the contract's purchaser
/// and supplier, auditors and administrators.
fn is_party(viewer: &Viewer, e: &PerformanceEvaluation) -> bool {
    let Some(c) = viewer.0.as_ref() else {
        return false;
    };
    match c.role {
        Role::Auditor | Role::Admin => true,
        Role::Purchaser => c.organisation.is_some() && c.organisation == e.purchaser_unit,
        Role::Ngo => c.organisation.is_some() && c.organisation == e.supplier,
        _ => is_evaluator(c, e),
    }
}

fn may_see(viewer: &Viewer, e: &PerformanceEvaluation) -> bool {
    e.is_concluded() || is_party(viewer, e)
}

impl Commanded for PerformanceEvaluation {
    type View = PerformanceEvaluationView;

    fn issuer(viewer: &Viewer, _id: &str, command: &PerformanceCommand) -> Result<Claims> {
        let c = viewer.signed_in("acting on a performance evaluation")?;
        let allowed: &[Role] = match command {
            PerformanceCommand::Open { .. } => &[Role::Purchaser, Role::Ngo],
            PerformanceCommand::SubmitScores { .. } | PerformanceCommand::Conclude => {
                &[Role::Purchaser, Role::Ngo, Role::Evaluator]
            }
        };
        if !allowed.contains(&c.role) {
            return Err(super::errors::for_roles(label(command), allowed, c.role));
        }
        if c.organisation.is_none() {
            return Err(forbidden(Said::new(
                "your token names no organisation, so it cannot act on a performance evaluation",
                "您的令牌未指明所代表的单位，不能办理绩效评价事项",
            )));
        }
        Ok(c.clone())
    }

    /// The opening is authorised against the contract by its resolver; scores and the
    /// conclusion here, against the evaluation: only its evaluator gives them.
    fn authorise(
        viewer: &Viewer,
        state: &PerformanceEvaluation,
        command: &PerformanceCommand,
    ) -> Result<(), LedgerError> {
        if matches!(command, PerformanceCommand::Open { .. }) {
            return Ok(());
        }
        match viewer.0.as_ref() {
            Some(c) if is_evaluator(c, state) => Ok(()),
            _ => {
                let (act, act_zh) = label(command);
                let kind = state.evaluator.map_or("-", |k| k.label_zh());
                let organisation = state
                    .evaluator_organisation
                    .map(|o| o.to_string())
                    .unwrap_or_default();
                Err(LedgerError::Forbidden(Said::new(
                    format!(
                        "{act} is for the evaluation's evaluator ({kind}, organisation {organisation})"
                    ),
                    format!("{act_zh}仅限本次评价的评价方（{kind}，单位 {organisation}）办理"),
                )))
            }
        }
    }

    fn view(
        outcome: Outcome<PerformanceEvaluation>,
        _id: &str,
        _command: &PerformanceCommand,
        _viewer: &Viewer,
    ) -> PerformanceEvaluationView {
        evaluation_view(&outcome.state, outcome.version, outcome.position)
    }
}

/// A performance command as refusals name it, in English and in Chinese.
fn label(command: &PerformanceCommand) -> (&'static str, &'static str) {
    match command {
        PerformanceCommand::Open { .. } => (
            "opening a performance evaluation (绩效评价)",
            "启动绩效评价",
        ),
        PerformanceCommand::SubmitScores { .. } => {
            ("submitting performance scores (评分)", "提交绩效评分")
        }
        PerformanceCommand::Conclude => (
            "concluding a performance evaluation (评价结论)",
            "作出评价结论",
        ),
    }
}

#[derive(InputObject, Default)]
pub struct PerformanceEvaluationFilter {
    pub contract_id: Option<Uuid>,
    pub supplier_id: Option<Uuid>,
    pub grade: Option<PerformanceGradeKind>,
    /// Only the viewer's own, open ones included: a purchaser's unit's contracts, an NGO's
    /// contracts, an evaluator's evaluations. Without it, anyone but auditors and
    /// administrators reads concluded evaluations only.
    #[graphql(default)]
    pub mine: bool,
}

#[derive(Default)]
pub struct PerformanceQuery;

#[Object]
impl PerformanceQuery {
    /// A performance evaluation; null if there is none or it is open and the viewer is not one
    /// of its parties.
    async fn performance_evaluation(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
    ) -> Result<Option<PerformanceEvaluationView>> {
        let Some(o) = ledger(ctx).load::<PerformanceEvaluation>(&id).await.gql()? else {
            return Ok(None);
        };
        if !may_see(viewer(ctx), &o.state) {
            return Ok(None);
        }
        Ok(Some(evaluation_view(&o.state, o.version, o.position)))
    }

    /// Evaluations in the order opened, at most 100 a page (see the filter for who reads
    /// which).
    async fn performance_evaluations(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] filter: PerformanceEvaluationFilter,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, PerformanceEvaluationView, TotalCount>> {
        let first = super::list_page_size(first)?;
        let after = after
            .map(|a| Uuid::parse_str(&a).map_err(|_| super::errors::bad_cursor(a)))
            .transpose()?;
        let viewer = viewer(ctx);
        let claims = viewer.0.as_ref();
        let reads_all = claims.is_some_and(|c| matches!(c.role, Role::Auditor | Role::Admin));
        let mut scope = None;
        let mut f = EvaluationFilter {
            contract: filter.contract_id,
            supplier: filter.supplier_id,
            grade: filter.grade.map(Into::into),
            concluded_only: !reads_all,
            visible_to: None,
        };
        if filter.mine {
            let c = viewer.signed_in("listing your performance evaluations")?;
            let column = match c.role {
                Role::Purchaser => "purchaser_unit",
                Role::Ngo => "supplier",
                Role::Evaluator => "evaluator_organisation",
                other => {
                    return Err(super::errors::wrong_role(
                        "`mine` lists a purchaser's, an NGO's or an evaluator's own evaluations",
                        "“本单位”（mine）列出采购人、社会组织或评价方本单位的绩效评价",
                        other,
                    ));
                }
            };
            let Some(org) = c.organisation else {
                return Err(forbidden(Said::new(
                    "your token names no organisation",
                    "您的令牌未指明所代表的单位",
                )));
            };
            scope = Some(column);
            f.visible_to = Some(org);
            f.concluded_only = false;
        }
        let (rows, total) = ledger(ctx)
            .performance_evaluations(&f, scope, first, after)
            .await
            .gql()?;
        let has_next = rows.len() > first;
        let mut connection = Connection::with_additional_fields(
            after.is_some(),
            has_next,
            TotalCount { total_count: total },
        );
        for r in rows.into_iter().take(first) {
            connection.edges.push(Edge::new(
                r.evaluation_id.to_string(),
                evaluation_view(&r.state, r.version, r.position),
            ));
        }
        Ok(connection)
    }

    /// The grades on an organisation's registry record, latest first (public, PERF-FEEDS).
    async fn supplier_grades(
        &self,
        ctx: &Context<'_>,
        organisation_id: Uuid,
    ) -> Result<Vec<PerformanceGradeView>> {
        let o = ledger(ctx)
            .load::<Organisation>(&organisation_id)
            .await
            .gql()?;
        Ok(
            o.map(|o| o.state.performance_grades.iter().map(Into::into).collect())
                .unwrap_or_default(),
        )
    }

    /// The indicator tree and grade thresholds in force today for a jurisdiction (PERF-SCORE).
    async fn performance_indicators(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
    ) -> Result<PerformanceIndicatorTree> {
        let j = Jurisdiction::parse(jurisdiction.trim()).gql()?;
        let policy = ledger(ctx).policy_for(Some(j.as_str()), chrono::Utc::now());
        Ok(PerformanceIndicatorTree {
            jurisdiction: j.as_str().to_owned(),
            indicators: policy
                .performance_indicators
                .iter()
                .map(Into::into)
                .collect(),
            thresholds: policy.performance_grade_thresholds.into(),
        })
    }
}

pub type PerformancePayload<M> = Payload<PerformanceEvaluation, M>;

macro_rules! mutations {
    ($($name:ident => $payload:literal),* $(,)?) => {$(
        pub enum $name {}
        impl Mutation for $name {
            const PAYLOAD: &'static str = $payload;
        }
    )*};
}

mutations!(
    OpenPerformanceEvaluation => "OpenPerformanceEvaluationPayload",
    SubmitPerformanceScores => "SubmitPerformanceScoresPayload",
    ConcludePerformanceEvaluation => "ConcludePerformanceEvaluationPayload",
);

#[derive(InputObject)]
pub struct OpenPerformanceEvaluationInput {
    pub contract_id: Uuid,
    pub evaluator: EvaluatorKindView,
    /// The third party's organisation id (THIRD_PARTY only; SELF is the supplier, PURCHASER
    /// the contract's purchasing unit).
    pub evaluator_organisation_id: Option<Uuid>,
    /// Makes a retry safe: the same id returns the evaluation first opened. (A new evaluation
    /// has no version to expect.)
    pub command_id: Option<Uuid>,
}

#[derive(InputObject)]
pub struct SubmitPerformanceScoresInput {
    pub evaluation_id: Uuid,
    /// One per leaf indicator, at most 60; replaces any submitted before.
    pub scores: Vec<IndicatorScoreInput>,
    /// The evaluator's comment (评价意见), at most 2,000 characters.
    #[graphql(default)]
    pub comment: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct PerformanceEvaluationActionInput {
    pub evaluation_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// What `recordPerformanceGrade` answers.
#[derive(SimpleObject)]
pub struct RecordPerformanceGradePayload {
    pub evaluation: PerformanceEvaluationView,
    /// The supplier's grades after it, latest first.
    pub supplier_grades: Vec<PerformanceGradeView>,
    /// The supplier's organisation stream version.
    pub organisation_version: u64,
}

#[derive(Default)]
pub struct PerformanceMutation;

#[Object]
impl PerformanceMutation {
    /// Opens the evaluation of a COMPLETED or TERMINATED contract under the indicator tree in
    /// force (PERF-EVALUATOR). The purchaser of the contract's unit opens any kind; the
    /// supplier NGO its SELF evaluation.
    async fn open_performance_evaluation(
        &self,
        ctx: &Context<'_>,
        input: OpenPerformanceEvaluationInput,
    ) -> Result<PerformancePayload<OpenPerformanceEvaluation>> {
        use civic_domain::EvaluatorKind as K;
        let viewer = viewer(ctx);
        let c = viewer.signed_in("opening a performance evaluation")?;
        let kind: K = input.evaluator.into();
        let contract = ledger(ctx)
            .evaluated_contract(input.contract_id)
            .await
            .gql()?;
        // A contract that does not exist is refused by the rule itself, naming it.
        let evaluator_organisation = match &contract {
            Some(contract) => {
                let purchaser =
                    c.role == Role::Purchaser && c.organisation == Some(contract.purchaser_unit);
                let supplier = c.role == Role::Ngo && c.organisation == Some(contract.supplier);
                if !(purchaser || supplier && kind == K::SelfEvaluation) {
                    return Err(forbidden(Said::new(
                        "a contract's performance is evaluated on the opening of its purchaser (any kind) or of its supplier (SELF only)",
                        "合同的绩效评价由采购人启动（任何类型），或由供应商启动（仅限自评）",
                    )));
                }
                match kind {
                    K::SelfEvaluation => contract.supplier,
                    K::Purchaser => contract.purchaser_unit,
                    K::ThirdParty => input.evaluator_organisation_id.ok_or_else(|| {
                        validation(Said::new(
                            "a THIRD_PARTY evaluation names the third party: evaluatorOrganisationId",
                            "第三方评价须填写第三方机构（evaluatorOrganisationId）",
                        ))
                    })?,
                }
            }
            None => input.evaluator_organisation_id.unwrap_or_default(),
        };
        let evaluation_id = Uuid::now_v7();
        let command = PerformanceCommand::Open {
            evaluation_id,
            contract_id: input.contract_id,
            evaluator: kind,
            evaluator_organisation,
        };
        run(
            ctx,
            evaluation_id,
            command,
            CommandInput {
                command_id: input.command_id,
                expected_version: None,
            },
        )
        .await
    }

    /// The evaluator's scores (PERF-SCORE): each leaf from 0 to its weight, in hundredths;
    /// they replace any submitted before, until the conclusion.
    async fn submit_performance_scores(
        &self,
        ctx: &Context<'_>,
        input: SubmitPerformanceScoresInput,
    ) -> Result<PerformancePayload<SubmitPerformanceScores>> {
        if input.scores.len() > MAX_INDICATORS {
            return Err(validation(Said::new(
                format!("at most {MAX_INDICATORS} scores, one per indicator"),
                format!("最多{MAX_INDICATORS}项评分，每项指标一项"),
            )));
        }
        let command = PerformanceCommand::SubmitScores {
            scores: input
                .scores
                .into_iter()
                .map(|s| IndicatorScore {
                    indicator: s.indicator,
                    points: Points(s.points_hundredths),
                })
                .collect(),
            comment: input.comment,
        };
        run(ctx, input.evaluation_id, command, input.command).await
    }

    /// Totals the scores (every leaf scored) and grades the contract 优/良/中/差; the grade is
    /// then recorded on the supplier's registry record in the same request. If that second
    /// step fails, run `recordPerformanceGrade`.
    async fn conclude_performance_evaluation(
        &self,
        ctx: &Context<'_>,
        input: PerformanceEvaluationActionInput,
    ) -> Result<PerformancePayload<ConcludePerformanceEvaluation>> {
        let id = input.evaluation_id;
        let payload = run(ctx, id, PerformanceCommand::Conclude, input.command).await?;
        if let Err(e) = record(ctx, id).await {
            tracing::warn!(evaluation = %id, error = %e.message, "the grade was not recorded on the supplier");
        }
        Ok(payload)
    }

    /// Records a concluded evaluation's grade on its supplier's registry record, if it is not
    /// there yet (PERF-FEEDS): a retry of the step `concludePerformanceEvaluation` chains. Its
    /// evaluator, the contract's purchaser, or an administrator.
    async fn record_performance_grade(
        &self,
        ctx: &Context<'_>,
        evaluation_id: Uuid,
    ) -> Result<RecordPerformanceGradePayload> {
        let (evaluation, organisation) = record(ctx, evaluation_id).await?;
        Ok(RecordPerformanceGradePayload {
            evaluation: evaluation_view(&evaluation.state, evaluation.version, evaluation.position),
            supplier_grades: organisation
                .state
                .performance_grades
                .iter()
                .map(Into::into)
                .collect(),
            organisation_version: organisation.version,
        })
    }
}

/// Records the grade of the concluded evaluation `id` on its supplier, as the viewer.
async fn record(
    ctx: &Context<'_>,
    id: Uuid,
) -> Result<(Outcome<PerformanceEvaluation>, Outcome<Organisation>)> {
    let viewer = viewer(ctx);
    let c = viewer.signed_in("recording a performance grade")?;
    let ledger = ledger(ctx);
    let Some(evaluation) = ledger.load::<PerformanceEvaluation>(&id).await.gql()? else {
        return Err(LedgerError::missing(
            "performance evaluation",
            "绩效评价",
            &id.to_string(),
        ))
        .gql();
    };
    let may = c.role == Role::Admin
        || is_evaluator(c, &evaluation.state)
        || (c.role == Role::Purchaser
            && c.organisation.is_some()
            && c.organisation == evaluation.state.purchaser_unit);
    if !may {
        return Err(forbidden(Said::new(
            "a performance grade is recorded by the evaluation's evaluator, the contract's purchaser or an administrator",
            "绩效等级由本次评价的评价方、合同的采购人或系统管理员登记",
        )));
    }
    if evaluation.state.status != Some(EvaluationStatus::Concluded) {
        return Err(LedgerError::Domain(civic_domain::DomainError::violation(
            civic_domain::error::rules::PERF_FEEDS,
            "the evaluation is not concluded: only a concluded evaluation's grade follows the supplier",
        )
        .zh("该绩效评价尚未作出结论；只有已作出结论的评价等级才记入供应商")))
        .gql();
    }
    let meta = CommandMeta {
        actor: c.clone(),
        command_id: None,
        expected_version: None,
        correlation_id: ctx
            .data_opt::<RequestMeta>()
            .map_or_else(Uuid::now_v7, |r| r.correlation_id),
    };
    let organisation = ledger
        .record_performance_grade(&evaluation.state, &meta, now_micros())
        .await
        .gql()?
        .ok_or_else(|| {
            validation(Said::new(
                "the evaluation has no grade to record",
                "该绩效评价没有可登记的等级",
            ))
        })?;
    Ok((evaluation, organisation))
}
