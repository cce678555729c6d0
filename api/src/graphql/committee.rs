//! The expert pool (评审专家库) and the evaluation committee (评标委员会): the pool's experts,
//! the committee's draw, recusal, locked score sheets and report.
//!
//! Who may do what:
//! - The pool of a jurisdiction is kept by administrators (acting for the finance department,
//!   which has no role of its own yet). Only administrators and auditors read it: who is in the
//!   pool is not published, so that nobody can canvass the experts of a coming draw. A resident
//!   id number is shown whole to administrators, auditors and the expert itself, masked to
//!   everyone else (payloads included).
//! - Evaluators are users of role `evaluator` whose token's `organisation` is their expert id:
//!   that id is their member id on every committee they are drawn for.
//! - A committee is constituted by a purchaser of the procurement's purchasing unit, after the
//!   opening; the seed of its draw (256 bits) is drawn by the server from a cryptographically
//!   secure generator seeded by the operating system, and recorded, so the purchaser can
//!   neither choose nor foresee it; one committee per evaluation round (claimed while it
//!   scores) means a draw cannot be redone until it pleases. A seed derived from the opening
//!   (its commitments) was rejected: a bidder could grind its salt to steer the draw.
//! - A member declares its own relations and submits its own sheet; the purchaser does both for
//!   the representatives of its unit. The purchaser, or a sitting member, concludes.
//! - A committee is seen by the purchaser of its procurement, by its members, by auditors and by
//!   administrators. Until every sitting member has submitted, each sees only its own sheet
//!   (the purchaser: its representatives'), everyone else only who submitted, when, and the
//!   digest; then the committee sees every sheet, and auditors too once the award is noticed.
//! - A contest's jury (评审团) is the same committee with the contest as its subject: it is
//!   constituted (`constituteJury`) by a purchaser of the contest's bureau unit (the
//!   civil-affairs bureau buying services acts as a purchasing unit), the bureau plays the
//!   purchaser in everything above, and auditors see its sheets once it has concluded (a
//!   contest's ranking is public; it has no award notice to wait for).

use async_graphql::connection::{Connection, Edge};
use async_graphql::{ComplexObject, Context, Enum, InputObject, Object, Result, SimpleObject};
use civic_domain::committee::{
    BidScores, Conflict, ConflictSource, CriterionScore, Member, MemberRole, RecordedRelation,
    Representative, Subject,
};
use civic_domain::expert_pool::{Expert, ExpertSpec, ExpertStatus, mask_id_number};
use civic_domain::procurement::{EvaluationReport, Points};
use civic_domain::{
    Committee, CommitteeCommand, CommitteeStatus, ExpertPool, ExpertPoolCommand, Jurisdiction,
    Procurement,
};
use uuid::Uuid;

use super::command::{CommandInput, Commanded, Mutation, Payload, now_micros, run};
use super::errors::{Gql, forbidden, validation};
use super::procurement::{EvaluationReportView, RankedBidView};
use super::scalars::DateTimeScalar;
use super::types::TotalCount;
use super::{RequestMeta, Viewer, ledger, viewer};
use crate::auth::{Claims, Role};
use crate::ledger::{CommandMeta, LedgerError, Outcome, Said};

/// Representatives of the purchaser one committee may seat (the committee itself is small).
const MAX_REPRESENTATIVES: usize = 20;
/// Bids one score sheet may score, and criteria per bid (the scheme's limit).
const MAX_SHEET_BIDS: usize = 200;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::committee::RelationKind")]
pub enum RelationKind {
    /// 法定代表人 (as the registry shows it)
    LegalRepresentative,
    /// Employed by it within the last 3 years (任职)
    Employment,
    /// Director, supervisor or manager within the last 3 years (董事、监事、管理人员)
    Management,
    /// Controlling shareholder or actual controller (控股股东、实际控制人)
    Control,
    /// Close relative of its legal representative or managers (近亲属)
    Relative,
    /// In litigation with it (诉讼)
    Litigation,
    /// Any other relation that may affect a fair evaluation (其他利害关系)
    Other,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum PoolExpertStatus {
    /// 在库: drawn for committees.
    Active,
    /// 暂停: kept, not drawn until reinstated.
    Suspended,
    /// 出库: kept in history, never drawn again.
    Removed,
}

/// A relation of an expert to an organisation on the pool's record.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "RecordedRelationInput")]
pub struct RecordedRelationView {
    pub organisation_id: Uuid,
    pub kind: RelationKind,
}

impl From<&RecordedRelation> for RecordedRelationView {
    fn from(r: &RecordedRelation) -> Self {
        RecordedRelationView {
            organisation_id: r.organisation_id,
            kind: r.kind.into(),
        }
    }
}

impl From<RecordedRelationView> for RecordedRelation {
    fn from(r: RecordedRelationView) -> Self {
        RecordedRelation {
            organisation_id: r.organisation_id,
            kind: r.kind.into(),
        }
    }
}

/// An expert of the pool.
#[derive(SimpleObject)]
pub struct PoolExpertView {
    /// The expert's id: an evaluator's token carries it as its `organisation`.
    pub expert_id: Uuid,
    pub name: String,
    /// Whole for administrators, auditors and the expert itself; masked otherwise
    /// ("110105********002X").
    pub id_number: String,
    /// The unit the expert works for: never drawn for that unit's own procurements.
    pub employer_id: Option<Uuid>,
    pub relations: Vec<RecordedRelationView>,
    pub status: PoolExpertStatus,
    /// Why it was suspended or removed.
    pub status_reason: Option<String>,
    pub status_since: Option<DateTimeScalar>,
    pub added_at: DateTimeScalar,
}

impl PoolExpertView {
    fn of(e: &Expert, whole_id_number: bool) -> Self {
        let (status, reason, since) = match &e.status {
            ExpertStatus::Active => (PoolExpertStatus::Active, None, None),
            ExpertStatus::Suspended { reason, since } => (
                PoolExpertStatus::Suspended,
                Some(reason.clone()),
                Some(*since),
            ),
            ExpertStatus::Removed { reason, since } => (
                PoolExpertStatus::Removed,
                Some(reason.clone()),
                Some(*since),
            ),
        };
        PoolExpertView {
            expert_id: e.expert_id,
            name: e.name.clone(),
            id_number: if whole_id_number {
                e.id_number.clone()
            } else {
                mask_id_number(&e.id_number)
            },
            employer_id: e.employer,
            relations: e.relations.iter().map(Into::into).collect(),
            status,
            status_reason: reason,
            status_since: since.map(DateTimeScalar),
            added_at: DateTimeScalar(e.added_at),
        }
    }
}

/// A jurisdiction's expert pool.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct ExpertPoolView {
    pub jurisdiction: String,
    /// The version to send back as `expectedVersion`.
    pub version: u64,
    /// Experts drawn from now.
    pub active_count: u64,
    /// Experts ever added, removed ones included.
    pub expert_count: u64,
    #[graphql(skip)]
    pool: ExpertPool,
    #[graphql(skip)]
    whole_id_numbers: bool,
}

#[ComplexObject]
impl ExpertPoolView {
    /// Every expert, removed ones included, in the order added; at most 100 a page.
    async fn experts(
        &self,
        first: Option<i32>,
        after: Option<Uuid>,
    ) -> Result<Connection<String, PoolExpertView, TotalCount>> {
        let first = super::list_page_size(first)?;
        let mut experts = self
            .pool
            .experts
            .range((
                after.map_or(std::ops::Bound::Unbounded, std::ops::Bound::Excluded),
                std::ops::Bound::Unbounded,
            ))
            .map(|(_, e)| e);
        let page: Vec<&Expert> = experts.by_ref().take(first).collect();
        let has_next = experts.next().is_some();
        let mut connection = Connection::with_additional_fields(
            after.is_some(),
            has_next,
            TotalCount {
                total_count: self.pool.experts.len() as u64,
            },
        );
        for e in page {
            connection.edges.push(Edge::new(
                e.expert_id.to_string(),
                PoolExpertView::of(e, self.whole_id_numbers),
            ));
        }
        Ok(connection)
    }
}

fn jurisdiction(j: &str) -> Result<Jurisdiction> {
    Jurisdiction::parse(j.trim()).gql()
}

/// Administrators and auditors read a pool; `None` for anyone else.
fn pool_reader(viewer: &Viewer) -> Result<&Claims> {
    let c = viewer.signed_in("reading an expert pool")?;
    match c.role {
        Role::Admin | Role::Auditor => Ok(c),
        other => Err(super::errors::wrong_role(
            "the expert pool (评审专家库) is open to administrators and auditors only, so that nobody can canvass the experts of a coming draw",
            "评审专家库仅供系统管理员和审计人员查看，以免有人在抽取前接触专家",
            other,
        )),
    }
}

/// What every expert-pool mutation answers: named per mutation in the SDL.
#[derive(SimpleObject)]
#[graphql(name = "ExpertPoolCommandOutcome")]
pub struct ExpertPoolOutcome {
    pub jurisdiction: String,
    /// The pool's version after the command.
    pub version: u64,
    /// The global position of the last event written.
    pub position: u64,
    pub active_count: u64,
    /// The expert the command concerns, as it now stands (its id number masked).
    pub expert: Option<PoolExpertView>,
}

impl Commanded for ExpertPool {
    type View = ExpertPoolOutcome;

    fn issuer(viewer: &Viewer, _jurisdiction: &str, _: &ExpertPoolCommand) -> Result<Claims> {
        let c = viewer.signed_in("keeping an expert pool")?;
        match c.role {
            Role::Admin => Ok(c.clone()),
            other => Err(super::errors::wrong_role(
                "the expert pool (评审专家库) is kept by administrators, for the finance department",
                "评审专家库由系统管理员代财政部门维护",
                other,
            )),
        }
    }

    fn view(
        outcome: Outcome<ExpertPool>,
        jurisdiction: &str,
        command: &ExpertPoolCommand,
        _: &Viewer,
    ) -> ExpertPoolOutcome {
        use ExpertPoolCommand as C;
        let expert_id = match command {
            C::AddExpert { expert, .. } => expert.expert_id,
            C::UpdateRelations { expert_id, .. }
            | C::SuspendExpert { expert_id, .. }
            | C::ReinstateExpert { expert_id, .. }
            | C::RemoveExpert { expert_id, .. } => *expert_id,
        };
        // A retried addition answers with the expert its first try added: the newest one.
        let expert = outcome.state.expert(expert_id).or_else(|| match command {
            C::AddExpert { expert, .. } => outcome
                .state
                .experts
                .values()
                .find(|e| e.id_number.eq_ignore_ascii_case(expert.id_number.trim())),
            _ => None,
        });
        ExpertPoolOutcome {
            jurisdiction: jurisdiction.to_owned(),
            version: outcome.version,
            position: outcome.position,
            active_count: outcome.state.active() as u64,
            expert: expert.map(|e| PoolExpertView::of(e, false)),
        }
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum CommitteeStatusView {
    Scoring,
    /// Scoring, but a seat stays empty: a recusal came after the draw had run out of experts.
    /// It cannot conclude; its procurement may constitute a new committee.
    Stalled,
    Concluded,
}

impl CommitteeStatusView {
    fn of(concluded: bool, sitting: u64, seats: u64) -> Self {
        if concluded {
            Self::Concluded
        } else if sitting < seats {
            Self::Stalled
        } else {
            Self::Scoring
        }
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum CommitteeSubjectKind {
    /// A procurement's evaluation committee (评标委员会).
    Procurement,
    /// A contest's jury (评审团).
    Contest,
}

/// What a committee scores: a procurement's valid bids, or a contest's submissions (each in the
/// part of a bid: its id is the `bidId` of the sheets and the ranking).
#[derive(SimpleObject, Clone, Copy)]
#[graphql(name = "CommitteeSubject")]
pub struct CommitteeSubjectView {
    pub kind: CommitteeSubjectKind,
    pub id: Uuid,
}

impl From<Subject> for CommitteeSubjectView {
    fn from(s: Subject) -> Self {
        match s {
            Subject::Procurement(id) => Self {
                kind: CommitteeSubjectKind::Procurement,
                id,
            },
            Subject::Contest(id) => Self {
                kind: CommitteeSubjectKind::Contest,
                id,
            },
        }
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum CommitteeMemberRole {
    /// 采购人代表
    Representative,
    /// 评审专家, drawn from the pool
    Expert,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ConflictSourceKind {
    /// The registry's record of the bidder (its legal representative).
    Registry,
    /// The expert pool's record of the expert.
    ExpertRecord,
    /// The member's own declaration (回避申报).
    Declared,
}

/// A tie to a bidder that recused a member (EVAL-RECUSAL).
#[derive(SimpleObject)]
pub struct ConflictView {
    pub organisation_id: Uuid,
    pub kind: RelationKind,
    pub source: ConflictSourceKind,
    /// For a conflict found on the registry: the bidder's stream version it was read at.
    pub registry_version: Option<u64>,
    /// For a declaration: the member's note.
    pub note: Option<String>,
}

impl From<&Conflict> for ConflictView {
    fn from(c: &Conflict) -> Self {
        let (source, registry_version, note) = match &c.source {
            ConflictSource::Registry {
                registry_version, ..
            } => (ConflictSourceKind::Registry, Some(*registry_version), None),
            ConflictSource::ExpertRecord => (ConflictSourceKind::ExpertRecord, None, None),
            ConflictSource::Declared { note } => {
                (ConflictSourceKind::Declared, None, Some(note.clone()))
            }
        };
        ConflictView {
            organisation_id: c.organisation_id,
            kind: c.kind.into(),
            source,
            registry_version,
            note,
        }
    }
}

/// One criterion's points, in hundredths (8550 is 85.50 points).
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "CriterionScoreInput")]
pub struct CriterionScoreView {
    pub key: String,
    pub points_hundredths: u32,
}

/// One member's scores for one bid.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "BidScoresInput")]
pub struct BidScoresView {
    pub bid_id: Uuid,
    pub criteria: Vec<CriterionScoreView>,
}

impl From<&BidScores> for BidScoresView {
    fn from(b: &BidScores) -> Self {
        BidScoresView {
            bid_id: b.bid_id,
            criteria: b
                .criteria
                .iter()
                .map(|c| CriterionScoreView {
                    key: c.key.clone(),
                    points_hundredths: c.points.0,
                })
                .collect(),
        }
    }
}

/// A member of a committee.
#[derive(SimpleObject)]
pub struct CommitteeMemberView {
    /// For an expert, its expert id (an evaluator's token `organisation`).
    pub member_id: Uuid,
    pub name: String,
    pub role: CommitteeMemberRole,
    /// An expert's place (0-based) in the draw order.
    pub draw_position: Option<u32>,
    /// False once recused (回避).
    pub sitting: bool,
    pub recusal: Vec<ConflictView>,
    pub submitted: bool,
    pub submitted_at: Option<DateTimeScalar>,
    /// SHA-256 (hex) of the locked sheet: public among the committee from submission on, so
    /// that nobody can change a sheet unseen.
    pub sheet_digest: Option<String>,
    /// The locked scores, once the viewer may see them (see the module's rules); null before.
    pub scores: Option<Vec<BidScoresView>>,
}

/// The report as the procurement shows it once recorded: one shape for both.
fn report_view(r: &EvaluationReport) -> EvaluationReportView {
    EvaluationReportView {
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
    }
}

/// An evaluation committee (评标委员会 / 评审小组), or a contest's jury (评审团).
#[derive(SimpleObject)]
#[graphql(complex, name = "Committee")]
pub struct CommitteeView {
    pub committee_id: Uuid,
    /// The procurement evaluated; null for a contest's jury (see `subject`).
    pub procurement_id: Option<Uuid>,
    pub subject: CommitteeSubjectView,
    pub status: CommitteeStatusView,
    /// The version to send back as `expectedVersion`.
    pub version: u64,
    /// The global position of the last event written.
    pub position: u64,
    /// Representatives plus experts, as constituted.
    pub seats: u32,
    /// The draw's seed (lowercase hex), drawn by the server at random and recorded: with the
    /// pool recorded in draw order, anyone can recompute the draw (docs of `draw`).
    pub seed: String,
    pub constituted_at: Option<DateTimeScalar>,
    pub concluded_at: Option<DateTimeScalar>,
    /// Whether every sitting member has submitted: from then on the committee sees all sheets.
    pub all_submitted: bool,
    pub members: Vec<CommitteeMemberView>,
    pub report: Option<EvaluationReportView>,
}

#[ComplexObject]
impl CommitteeView {
    /// The procurement's status now: `EVALUATED` once the report is recorded on it; null for a
    /// contest's jury.
    async fn procurement_status(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let Some(procurement_id) = self.procurement_id else {
            return Ok(None);
        };
        let p = ledger(ctx)
            .load::<Procurement>(&procurement_id)
            .await
            .gql()?;
        Ok(p.and_then(|p| p.state.status)
            .map(|s| s.as_str().to_owned()))
    }
}

/// How a viewer stands to a committee.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Standing {
    /// A purchaser of the procurement's unit (of a contest's bureau unit): acts for its
    /// representatives.
    Purchaser,
    /// An evaluator on the committee (sitting or recused).
    Member(Uuid),
    Auditor,
}

fn standing(viewer: &Viewer, committee: &Committee) -> Option<Standing> {
    let c = viewer.0.as_ref()?;
    match c.role {
        Role::Auditor | Role::Admin => Some(Standing::Auditor),
        Role::Purchaser if c.organisation.is_some() && c.organisation == committee.owner_unit => {
            Some(Standing::Purchaser)
        }
        Role::Evaluator => c
            .organisation
            .filter(|id| committee.member(*id).is_some())
            .map(Standing::Member),
        _ => None,
    }
}

fn may_see_sheet(
    standing: Standing,
    committee: &Committee,
    member: &Member,
    awarded: bool,
) -> bool {
    let revealed =
        committee.all_submitted() || committee.status == Some(CommitteeStatus::Concluded);
    let own = match standing {
        Standing::Member(id) => id == member.member_id,
        Standing::Purchaser => !member.is_expert(),
        Standing::Auditor => false,
    };
    match standing {
        Standing::Auditor => revealed && awarded,
        Standing::Purchaser | Standing::Member(_) => own || revealed,
    }
}

fn committee_view(
    outcome: &Outcome<Committee>,
    standing: Standing,
    awarded: bool,
) -> CommitteeView {
    let c = &outcome.state;
    let members = c
        .members
        .iter()
        .map(|m| {
            let (role, position) = match m.role {
                MemberRole::Representative => (CommitteeMemberRole::Representative, None),
                MemberRole::Expert { position } => (CommitteeMemberRole::Expert, Some(position)),
            };
            CommitteeMemberView {
                member_id: m.member_id,
                name: m.name.clone(),
                role,
                draw_position: position,
                sitting: m.is_sitting(),
                recusal: m.recusal.iter().map(Into::into).collect(),
                submitted: m.sheet.is_some(),
                submitted_at: m.sheet.as_ref().map(|s| DateTimeScalar(s.submitted_at)),
                sheet_digest: m.sheet.as_ref().map(|s| s.digest.clone()),
                scores: m
                    .sheet
                    .as_ref()
                    .filter(|_| may_see_sheet(standing, c, m, awarded))
                    .map(|s| s.sheet.scores.iter().map(Into::into).collect()),
            }
        })
        .collect();
    CommitteeView {
        committee_id: c.id.unwrap_or_default(),
        procurement_id: c.procurement_id,
        subject: c
            .subject()
            .unwrap_or(Subject::Procurement(Uuid::nil()))
            .into(),
        status: CommitteeStatusView::of(
            c.status == Some(CommitteeStatus::Concluded),
            c.sitting().count() as u64,
            u64::from(c.seats),
        ),
        version: outcome.version,
        position: outcome.position,
        seats: c.seats,
        seed: c.seed.clone(),
        constituted_at: c.constituted_at.map(DateTimeScalar),
        concluded_at: c.concluded_at.map(DateTimeScalar),
        all_submitted: c.all_submitted(),
        members,
        report: c.report.as_ref().map(report_view),
    }
}

fn refuse(message: &str, zh: &str) -> LedgerError {
    LedgerError::Forbidden(Said::new(message, zh))
}

impl Commanded for Committee {
    type View = CommitteeView;

    fn issuer(viewer: &Viewer, _id: &str, command: &CommitteeCommand) -> Result<Claims> {
        use CommitteeCommand as C;
        let c = viewer.signed_in("acting on an evaluation committee")?;
        let allowed: &[Role] = match command {
            C::Constitute { .. } | C::ConstituteJury { .. } => &[Role::Purchaser],
            C::DeclareRelation { .. } | C::SubmitScoreSheet { .. } | C::Conclude => {
                &[Role::Evaluator, Role::Purchaser]
            }
            C::CheckConflicts => &[Role::Purchaser, Role::Admin],
        };
        if !allowed.contains(&c.role) {
            return Err(super::errors::for_roles(
                command_label(command),
                allowed,
                c.role,
            ));
        }
        if matches!(c.role, Role::Purchaser | Role::Evaluator) && c.organisation.is_none() {
            let (what, what_zh) = if c.role == Role::Evaluator {
                ("expert id", "专家编号")
            } else {
                ("purchasing unit", "采购单位")
            };
            return Err(forbidden(Said::new(
                format!("your token names no {what}, so it cannot act on a committee"),
                format!("您的令牌未指明{what_zh}，不能办理评标委员会事项"),
            )));
        }
        Ok(c.clone())
    }

    /// The constitution is authorised against the procurement (the contest) by its resolver;
    /// the rest here, against the committee.
    fn authorise(
        viewer: &Viewer,
        state: &Committee,
        command: &CommitteeCommand,
    ) -> Result<(), LedgerError> {
        use CommitteeCommand as C;
        if matches!(command, C::Constitute { .. } | C::ConstituteJury { .. }) {
            return Ok(());
        }
        let Some(standing) = standing(viewer, state) else {
            return Err(refuse(
                "only the purchaser of the procurement's unit and the committee's own members act on this committee",
                "只有该采购项目的采购人和本委员会成员才能办理本委员会事项",
            ));
        };
        let seat = match command {
            C::DeclareRelation { member_id, .. } | C::SubmitScoreSheet { member_id, .. } => {
                Some(*member_id)
            }
            _ => None,
        };
        match (standing, seat) {
            (Standing::Member(me), Some(seat)) if me != seat => Err(refuse(
                "a member declares relations and submits scores for its own seat only",
                "委员只能为本人申报回避事项、提交评分",
            )),
            (Standing::Purchaser, Some(seat))
                if state.member(seat).is_some_and(Member::is_expert) =>
            {
                Err(refuse(
                    "the purchaser acts for its representatives only; an expert declares and scores for itself",
                    "采购人只能代其代表办理；评审专家须本人申报和评分",
                ))
            }
            (Standing::Member(_), None) if matches!(command, C::CheckConflicts) => Err(refuse(
                "conflicts are checked again by the purchaser or an administrator",
                "回避审查由采购人或系统管理员重新进行",
            )),
            _ => Ok(()),
        }
    }

    fn view(
        outcome: Outcome<Committee>,
        _id: &str,
        _command: &CommitteeCommand,
        viewer: &Viewer,
    ) -> CommitteeView {
        // Whoever could issue the command stands in one of these ways; an administrator
        // checking conflicts sees what an auditor would before the award.
        let standing = standing(viewer, &outcome.state).unwrap_or(Standing::Auditor);
        committee_view(&outcome, standing, false)
    }
}

/// A committee command as role refusals name it, in English and in Chinese.
fn command_label(command: &CommitteeCommand) -> (&'static str, &'static str) {
    use CommitteeCommand as C;
    match command {
        C::Constitute { .. } => (
            "constituting a committee (组建评标委员会)",
            "组建评标委员会",
        ),
        C::ConstituteJury { .. } => ("constituting a contest's jury (组建评审团)", "组建评审团"),
        C::DeclareRelation { .. } => ("declaring a relation (回避申报)", "回避申报"),
        C::CheckConflicts => (
            "checking the committee for conflicts (回避审查)",
            "回避审查",
        ),
        C::SubmitScoreSheet { .. } => ("submitting a score sheet (评分表)", "提交评分表"),
        C::Conclude => ("concluding the evaluation (评审结论)", "作出评审结论"),
    }
}

#[derive(Default)]
pub struct CommitteeQuery;

#[Object]
impl CommitteeQuery {
    /// A jurisdiction's expert pool; null if none was opened. Administrators and auditors.
    async fn expert_pool(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
    ) -> Result<Option<ExpertPoolView>> {
        pool_reader(viewer(ctx))?;
        let j = self::jurisdiction(&jurisdiction)?;
        let pool = ledger(ctx).load::<ExpertPool>(&j).await.gql()?;
        Ok(pool.map(|p| ExpertPoolView {
            jurisdiction: j.as_str().to_owned(),
            version: p.version,
            active_count: p.state.active() as u64,
            expert_count: p.state.experts.len() as u64,
            pool: p.state,
            whole_id_numbers: true,
        }))
    }

    /// One expert of a pool: administrators and auditors, and an evaluator its own record.
    async fn pool_expert(
        &self,
        ctx: &Context<'_>,
        jurisdiction: String,
        expert_id: Uuid,
    ) -> Result<Option<PoolExpertView>> {
        let c = viewer(ctx).signed_in("reading an expert's record")?;
        let own = c.role == Role::Evaluator && c.organisation == Some(expert_id);
        if !own {
            pool_reader(viewer(ctx))?;
        }
        let j = self::jurisdiction(&jurisdiction)?;
        let pool = ledger(ctx).load::<ExpertPool>(&j).await.gql()?;
        Ok(pool.and_then(|p| {
            p.state
                .expert(expert_id)
                .map(|e| PoolExpertView::of(e, true))
        }))
    }

    /// A committee; null if there is none or the viewer may not see it (see the rules above).
    async fn committee(&self, ctx: &Context<'_>, id: Uuid) -> Result<Option<CommitteeView>> {
        viewer(ctx).signed_in("reading an evaluation committee")?;
        let ledger = ledger(ctx);
        let Some(outcome) = ledger.load::<Committee>(&id).await.gql()? else {
            return Ok(None);
        };
        let Some(standing) = standing(viewer(ctx), &outcome.state) else {
            return Ok(None);
        };
        let awarded = match outcome.state.subject() {
            Some(Subject::Procurement(p)) => ledger
                .load::<Procurement>(&p)
                .await
                .gql()?
                .is_some_and(|p| p.state.award.is_some()),
            // A contest's ranking is public once its jury concluded.
            Some(Subject::Contest(_)) => outcome.state.status == Some(CommitteeStatus::Concluded),
            None => false,
        };
        Ok(Some(committee_view(&outcome, standing, awarded)))
    }

    /// The committees the viewer, an evaluator, was drawn for (its token's `organisation` is
    /// its expert id), oldest first, at most 100 (the default).
    async fn my_committees(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
    ) -> Result<Vec<CommitteeView>> {
        let first = super::list_page_size(first)?;
        let viewer = viewer(ctx);
        let c = viewer.signed_in("listing your committees")?;
        let Some(me) = c.organisation.filter(|_| c.role == Role::Evaluator) else {
            return Err(forbidden(Said::new(
                "the committees one sits on are listed for evaluators, whose token names their expert id",
                "所在的评标委员会仅向评审专家列出，其令牌须注明专家编号",
            )));
        };
        let ledger = ledger(ctx);
        let mut out = Vec::new();
        for id in ledger.committees_of_member(me, first).await.gql()? {
            if let Some(o) = ledger.load::<Committee>(&id).await.gql()?
                && let Some(standing) = standing(viewer, &o.state)
            {
                out.push(committee_view(&o, standing, false));
            }
        }
        Ok(out)
    }

    /// The committees of a procurement, one per evaluation round, oldest first: for its
    /// purchaser, auditors and administrators.
    async fn procurement_committees(
        &self,
        ctx: &Context<'_>,
        procurement_id: Uuid,
    ) -> Result<Vec<CommitteeSummary>> {
        let c = viewer(ctx).signed_in("listing a procurement's committees")?;
        let ledger = ledger(ctx);
        let Some(p) = ledger.load::<Procurement>(&procurement_id).await.gql()? else {
            return Ok(Vec::new());
        };
        let unit = p.state.terms.as_ref().map(|t| t.purchaser_unit);
        let may = match c.role {
            Role::Auditor | Role::Admin => true,
            Role::Purchaser => c.organisation.is_some() && c.organisation == unit,
            _ => false,
        };
        if !may {
            return Err(forbidden(Said::new(
                "a procurement's committees are listed for its purchaser, auditors and administrators",
                "采购项目的评标委员会仅供其采购人、审计人员和系统管理员查看",
            )));
        }
        let rows = ledger.committees_of(procurement_id).await.gql()?;
        Ok(rows.into_iter().map(CommitteeSummary::of).collect())
    }

    /// The juries of a contest, oldest first: for a purchaser of its bureau unit, auditors and
    /// administrators. (The ranking a concluded jury reports is public on the contest.)
    async fn contest_committees(
        &self,
        ctx: &Context<'_>,
        contest_id: Uuid,
    ) -> Result<Vec<CommitteeSummary>> {
        let c = viewer(ctx).signed_in("listing a contest's juries")?;
        let ledger = ledger(ctx);
        let rows = ledger.committees_of_contest(contest_id).await.gql()?;
        let may = match c.role {
            Role::Auditor | Role::Admin => true,
            Role::Purchaser => match (c.organisation, rows.first()) {
                (Some(unit), Some(first)) => ledger
                    .load::<Committee>(&first.committee_id)
                    .await
                    .gql()?
                    .is_some_and(|j| j.state.owner_unit == Some(unit)),
                // Nothing to list, so nothing to hide.
                (Some(_), None) => true,
                (None, _) => false,
            },
            _ => false,
        };
        if !may {
            return Err(forbidden(
                "a contest's juries are listed for its bureau, auditors and administrators",
            ));
        }
        Ok(rows.into_iter().map(CommitteeSummary::of).collect())
    }
}

/// Where a committee stands, without its members.
#[derive(SimpleObject)]
pub struct CommitteeSummary {
    pub committee_id: Uuid,
    pub status: CommitteeStatusView,
    pub version: u64,
    pub seats: u64,
    pub sitting: u64,
    /// Sitting members whose sheets are in.
    pub submitted: u64,
    pub constituted_at: DateTimeScalar,
    pub concluded_at: Option<DateTimeScalar>,
}

impl CommitteeSummary {
    fn of(r: civic_projections::committees::CommitteeRow) -> Self {
        CommitteeSummary {
            committee_id: r.committee_id,
            status: CommitteeStatusView::of(r.status == "CONCLUDED", r.sitting, r.seats),
            version: r.version,
            seats: r.seats,
            sitting: r.sitting,
            submitted: r.submitted,
            constituted_at: DateTimeScalar(r.constituted_at),
            concluded_at: r.concluded_at.map(DateTimeScalar),
        }
    }
}

pub type ExpertPoolPayload<M> = Payload<ExpertPool, M>;
pub type CommitteePayload<M> = Payload<Committee, M>;

macro_rules! mutations {
    ($($name:ident => $payload:literal),* $(,)?) => {$(
        pub enum $name {}
        impl Mutation for $name {
            const PAYLOAD: &'static str = $payload;
        }
    )*};
}

mutations!(
    AddPoolExpert => "AddPoolExpertPayload",
    UpdatePoolExpertRelations => "UpdatePoolExpertRelationsPayload",
    SuspendPoolExpert => "SuspendPoolExpertPayload",
    ReinstatePoolExpert => "ReinstatePoolExpertPayload",
    RemovePoolExpert => "RemovePoolExpertPayload",
    ConstituteCommittee => "ConstituteCommitteePayload",
    ConstituteJury => "ConstituteJuryPayload",
    DeclareRelation => "DeclareRelationPayload",
    CheckCommitteeConflicts => "CheckCommitteeConflictsPayload",
    SubmitScoreSheet => "SubmitScoreSheetPayload",
    ConcludeEvaluation => "ConcludeEvaluationPayload",
);

#[derive(InputObject)]
pub struct AddPoolExpertInput {
    /// GB/T 2260 code of the jurisdiction whose pool this is.
    pub jurisdiction: String,
    pub name: String,
    /// 居民身份证号码, 18 characters with a capital X for a check digit of ten.
    pub id_number: String,
    /// The organisation or purchasing unit the expert works for.
    pub employer_id: Option<Uuid>,
    /// Relations to organisations that bar the expert from evaluating their bids.
    #[graphql(default)]
    pub relations: Vec<RecordedRelationView>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct UpdatePoolExpertRelationsInput {
    pub jurisdiction: String,
    pub expert_id: Uuid,
    /// Replaces the employer on record; omit for none.
    pub employer_id: Option<Uuid>,
    /// Replaces every relation on record.
    pub relations: Vec<RecordedRelationView>,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// Suspends, reinstates or removes an expert, with the reason it records.
#[derive(InputObject)]
pub struct PoolExpertReasonInput {
    pub jurisdiction: String,
    pub expert_id: Uuid,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct RepresentativeInput {
    pub name: String,
}

#[derive(InputObject)]
pub struct ConstituteCommitteeInput {
    pub procurement_id: Uuid,
    /// The purchaser's representatives (采购人代表) who sit, at most 20; the rest are experts.
    #[graphql(default)]
    pub representatives: Vec<RepresentativeInput>,
    /// How many experts to draw (EVAL-COMMITTEE: with the representatives an odd number, at
    /// least the method's minimum, experts at least two thirds).
    pub experts: u32,
    /// Makes a retry safe: the same id returns the committee first constituted. (A new
    /// committee has no version to expect.)
    pub command_id: Option<Uuid>,
}

#[derive(InputObject)]
pub struct ConstituteJuryInput {
    pub contest_id: Uuid,
    /// The bureau's representatives who sit, at most 20; the rest are experts.
    #[graphql(default)]
    pub representatives: Vec<RepresentativeInput>,
    /// How many experts to draw (EVAL-COMMITTEE: with the representatives an odd number, at
    /// least the policy's `contestJuryMinMembers`, experts at least
    /// `contestJuryMinExpertThirds` thirds).
    pub experts: u32,
    /// Makes a retry safe: the same id returns the jury first constituted.
    pub command_id: Option<Uuid>,
}

#[derive(InputObject)]
pub struct DeclareRelationInput {
    pub committee_id: Uuid,
    /// The declaring member: an evaluator's own expert id, or a representative's member id.
    pub member_id: Uuid,
    /// The bidder it is related to.
    pub organisation_id: Uuid,
    pub kind: RelationKind,
    /// How (说明), 1 to 1,000 characters.
    pub note: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct CommitteeActionInput {
    pub committee_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct SubmitScoreSheetInput {
    pub committee_id: Uuid,
    pub member_id: Uuid,
    /// Every valid bid, each with every criterion of the scheme. Locked once submitted.
    pub scores: Vec<BidScoresView>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(Default)]
pub struct CommitteeMutation;

#[Object]
impl CommitteeMutation {
    /// Adds an expert to a jurisdiction's pool (the first opens it). Administrators.
    async fn add_pool_expert(
        &self,
        ctx: &Context<'_>,
        input: AddPoolExpertInput,
    ) -> Result<ExpertPoolPayload<AddPoolExpert>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let command = ExpertPoolCommand::AddExpert {
            jurisdiction: j.clone(),
            expert: ExpertSpec {
                expert_id: Uuid::now_v7(),
                name: input.name,
                id_number: input.id_number,
                employer: input.employer_id,
                relations: bounded_relations(input.relations)?,
            },
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Replaces an expert's employer and relations on record, with the reason.
    async fn update_pool_expert_relations(
        &self,
        ctx: &Context<'_>,
        input: UpdatePoolExpertRelationsInput,
    ) -> Result<ExpertPoolPayload<UpdatePoolExpertRelations>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let command = ExpertPoolCommand::UpdateRelations {
            expert_id: input.expert_id,
            employer: input.employer_id,
            relations: bounded_relations(input.relations)?,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Suspends an active expert: not drawn until reinstated.
    async fn suspend_pool_expert(
        &self,
        ctx: &Context<'_>,
        input: PoolExpertReasonInput,
    ) -> Result<ExpertPoolPayload<SuspendPoolExpert>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let command = ExpertPoolCommand::SuspendExpert {
            expert_id: input.expert_id,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Reinstates a suspended expert.
    async fn reinstate_pool_expert(
        &self,
        ctx: &Context<'_>,
        input: PoolExpertReasonInput,
    ) -> Result<ExpertPoolPayload<ReinstatePoolExpert>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let command = ExpertPoolCommand::ReinstateExpert {
            expert_id: input.expert_id,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Removes an expert from the pool (出库): its record stays, it is never drawn again.
    async fn remove_pool_expert(
        &self,
        ctx: &Context<'_>,
        input: PoolExpertReasonInput,
    ) -> Result<ExpertPoolPayload<RemovePoolExpert>> {
        let j = jurisdiction(&input.jurisdiction)?;
        let command = ExpertPoolCommand::RemoveExpert {
            expert_id: input.expert_id,
            reason: input.reason,
        };
        run(ctx, j.as_str(), command, input.command).await
    }

    /// Constitutes the committee of an opened procurement and draws its experts from the
    /// nearest expert pool (the procurement's jurisdiction's, else its city's or province's)
    /// with a seed the server draws at random and records. A purchaser of the procurement's
    /// unit; one committee per evaluation round.
    async fn constitute_committee(
        &self,
        ctx: &Context<'_>,
        input: ConstituteCommitteeInput,
    ) -> Result<CommitteePayload<ConstituteCommittee>> {
        if input.representatives.len() > MAX_REPRESENTATIVES {
            return Err(validation(Said::new(
                format!("a committee seats at most {MAX_REPRESENTATIVES} representatives"),
                format!("评标委员会最多有{MAX_REPRESENTATIVES}名采购人代表"),
            )));
        }
        let c = viewer(ctx).signed_in("constituting a committee")?;
        let procurement = ledger(ctx)
            .load::<Procurement>(&input.procurement_id)
            .await
            .gql()?
            .ok_or_else(|| {
                LedgerError::missing("procurement", "采购项目", &input.procurement_id.to_string())
            })
            .gql()?;
        let unit = procurement.state.terms.as_ref().map(|t| t.purchaser_unit);
        if c.role != Role::Purchaser || c.organisation.is_none() || c.organisation != unit {
            return Err(forbidden(Said::new(
                "a committee is constituted by a purchaser of the procurement's purchasing unit (采购人)",
                "评标委员会由该采购项目的采购人组建",
            )));
        }
        let committee_id = Uuid::now_v7();
        let command = CommitteeCommand::Constitute {
            committee_id,
            procurement_id: input.procurement_id,
            representatives: seated(input.representatives),
            experts: input.experts,
            seed: fresh_seed(),
        };
        let asked = CommandInput {
            command_id: input.command_id,
            expected_version: None,
        };
        run(ctx, committee_id, command, asked).await
    }

    /// Constitutes the jury (评审团) of a contest under review and draws its experts from the
    /// nearest expert pool of the contest's jurisdiction, as a committee's: same draw, same
    /// recusal of members related to a submitting organisation, same sheets and conclusion,
    /// ranked by criteria only. A purchaser of the contest's bureau unit; one jury at a time.
    async fn constitute_jury(
        &self,
        ctx: &Context<'_>,
        input: ConstituteJuryInput,
    ) -> Result<CommitteePayload<ConstituteJury>> {
        if input.representatives.len() > MAX_REPRESENTATIVES {
            return Err(validation(format!(
                "a jury seats at most {MAX_REPRESENTATIVES} representatives"
            )));
        }
        let c = viewer(ctx).signed_in("constituting a contest's jury")?;
        let bureau = ledger(ctx)
            .contest_bureau(input.contest_id)
            .await
            .gql()?
            .ok_or_else(|| LedgerError::missing("contest", "大赛", &input.contest_id.to_string()))
            .gql()?;
        if c.role != Role::Purchaser || c.organisation != Some(bureau) {
            return Err(forbidden(
                "a contest's jury is constituted by a purchaser of the contest's bureau unit",
            ));
        }
        let committee_id = Uuid::now_v7();
        let command = CommitteeCommand::ConstituteJury {
            committee_id,
            contest_id: input.contest_id,
            representatives: seated(input.representatives),
            experts: input.experts,
            seed: fresh_seed(),
        };
        let asked = CommandInput {
            command_id: input.command_id,
            expected_version: None,
        };
        run(ctx, committee_id, command, asked).await
    }

    /// A member declares a relation to a bidder (回避申报): it is recused and the next expert
    /// of the draw takes its seat.
    async fn declare_relation(
        &self,
        ctx: &Context<'_>,
        input: DeclareRelationInput,
    ) -> Result<CommitteePayload<DeclareRelation>> {
        let command = CommitteeCommand::DeclareRelation {
            member_id: input.member_id,
            organisation_id: input.organisation_id,
            kind: input.kind.into(),
            note: input.note,
        };
        run(ctx, input.committee_id, command, input.command).await
    }

    /// Checks the sitting experts again against the registry and the pool as they stand now:
    /// any in conflict is recused and replaced. The purchaser or an administrator.
    async fn check_committee_conflicts(
        &self,
        ctx: &Context<'_>,
        input: CommitteeActionInput,
    ) -> Result<CommitteePayload<CheckCommitteeConflicts>> {
        run(
            ctx,
            input.committee_id,
            CommitteeCommand::CheckConflicts,
            input.command,
        )
        .await
    }

    /// Submits and locks a member's score sheet.
    async fn submit_score_sheet(
        &self,
        ctx: &Context<'_>,
        input: SubmitScoreSheetInput,
    ) -> Result<CommitteePayload<SubmitScoreSheet>> {
        if input.scores.len() > MAX_SHEET_BIDS
            || input
                .scores
                .iter()
                .any(|b| b.criteria.len() > civic_domain::procurement::MAX_CRITERIA)
        {
            return Err(validation(Said::new(
                format!(
                    "a score sheet scores at most {MAX_SHEET_BIDS} bids and {} criteria each",
                    civic_domain::procurement::MAX_CRITERIA
                ),
                format!(
                    "一张评分表最多评{MAX_SHEET_BIDS}份投标，每份最多{}项评分因素",
                    civic_domain::procurement::MAX_CRITERIA
                ),
            )));
        }
        let command = CommitteeCommand::SubmitScoreSheet {
            member_id: input.member_id,
            scores: input
                .scores
                .into_iter()
                .map(|b| BidScores {
                    bid_id: b.bid_id,
                    criteria: b
                        .criteria
                        .into_iter()
                        .map(|c| CriterionScore {
                            key: c.key,
                            points: Points(c.points_hundredths),
                        })
                        .collect(),
                })
                .collect(),
        };
        run(ctx, input.committee_id, command, input.command).await
    }

    /// Concludes the evaluation once every sitting member has submitted: the ranking is
    /// computed from the locked sheets, and the report is recorded on the procurement in the
    /// same request (`procurementStatus` is then `EVALUATED`). If that second step fails, the
    /// report stays with the committee: repeat this mutation with the same `commandId`, or run
    /// `recordEvaluation` on the procurement.
    async fn conclude_evaluation(
        &self,
        ctx: &Context<'_>,
        input: CommitteeActionInput,
    ) -> Result<CommitteePayload<ConcludeEvaluation>> {
        let id = input.committee_id;
        let payload = run(ctx, id, CommitteeCommand::Conclude, input.command).await?;
        let viewer = viewer(ctx);
        let ledger = ledger(ctx);
        let actor = Committee::issuer(viewer, &id.to_string(), &CommitteeCommand::Conclude)?;
        if let Some(committee) = ledger.load::<Committee>(&id).await.gql()?
            && committee.state.status == Some(CommitteeStatus::Concluded)
        {
            let meta = CommandMeta {
                actor,
                command_id: None,
                expected_version: None,
                correlation_id: ctx
                    .data_opt::<RequestMeta>()
                    .map_or_else(Uuid::now_v7, |r| r.correlation_id),
            };
            if let Err(e) = ledger
                .record_concluded(&committee.state, &meta, now_micros())
                .await
            {
                tracing::warn!(committee = %id, error = %e, "the report was not recorded on the procurement");
            }
        }
        Ok(payload)
    }
}

/// Representatives with fresh member ids.
fn seated(representatives: Vec<RepresentativeInput>) -> Vec<Representative> {
    representatives
        .into_iter()
        .map(|r| Representative {
            member_id: Uuid::now_v7(),
            name: r.name,
        })
        .collect()
}

/// A draw's seed: 256 bits from the operating system's random source (see the module's rules).
fn fresh_seed() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

fn bounded_relations(relations: Vec<RecordedRelationView>) -> Result<Vec<RecordedRelation>> {
    if relations.len() > civic_domain::expert_pool::MAX_RELATIONS {
        return Err(validation(Said::new(
            format!(
                "an expert has at most {} relations on record",
                civic_domain::expert_pool::MAX_RELATIONS
            ),
            format!(
                "每位专家最多登记{}项利害关系",
                civic_domain::expert_pool::MAX_RELATIONS
            ),
        )));
    }
    Ok(relations.into_iter().map(Into::into).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_committee_with_a_seat_left_empty_shows_as_stalled() {
        use CommitteeStatusView as S;
        assert_eq!(S::of(false, 5, 5), S::Scoring);
        assert_eq!(S::of(false, 4, 5), S::Stalled);
        assert_eq!(S::of(true, 5, 5), S::Concluded);
        // Concluded stays concluded whatever happens to its seats in the view.
        assert_eq!(S::of(true, 4, 5), S::Concluded);
    }

    use civic_domain::committee::{LockedSheet, ScoreSheet};

    fn member(n: u128, role: MemberRole, submitted: bool) -> Member {
        let member_id = Uuid::from_u128(n);
        Member {
            member_id,
            name: format!("委员{n}"),
            role,
            recusal: Vec::new(),
            sheet: submitted.then(|| LockedSheet {
                sheet: ScoreSheet {
                    committee_id: Uuid::from_u128(99),
                    member_id,
                    scores: Vec::new(),
                },
                digest: "00".repeat(32),
                submitted_at: chrono::Utc::now(),
            }),
        }
    }

    /// A representative (1) and two experts (2, 3); `in_` of them have submitted.
    fn committee(in_: usize) -> Committee {
        let roles = [
            MemberRole::Representative,
            MemberRole::Expert { position: 0 },
            MemberRole::Expert { position: 1 },
        ];
        Committee {
            id: Some(Uuid::from_u128(99)),
            status: Some(CommitteeStatus::Scoring),
            seats: 3,
            members: roles
                .into_iter()
                .enumerate()
                .map(|(i, r)| member(i as u128 + 1, r, i < in_))
                .collect(),
            ..Committee::default()
        }
    }

    #[test]
    fn sheets_stay_sealed_until_every_sitting_member_has_submitted() {
        let c = committee(2);
        let (rep, expert) = (&c.members[0], &c.members[1]);
        let own = Standing::Member(expert.member_id);
        let other = Standing::Member(Uuid::from_u128(3));
        assert!(may_see_sheet(own, &c, expert, false), "its own sheet");
        assert!(
            !may_see_sheet(other, &c, expert, false),
            "another's, sealed"
        );
        assert!(
            may_see_sheet(Standing::Purchaser, &c, rep, false),
            "its representative's"
        );
        assert!(!may_see_sheet(Standing::Purchaser, &c, expert, false));
        assert!(!may_see_sheet(Standing::Auditor, &c, expert, true));

        let all = committee(3);
        let expert = &all.members[1];
        assert!(
            may_see_sheet(other, &all, expert, false),
            "revealed to the committee"
        );
        assert!(may_see_sheet(Standing::Purchaser, &all, expert, false));
        assert!(
            !may_see_sheet(Standing::Auditor, &all, expert, false),
            "auditors after the award"
        );
        assert!(may_see_sheet(Standing::Auditor, &all, expert, true));
    }

    #[test]
    fn masked_id_numbers_keep_the_region_and_the_last_four() {
        assert_eq!(mask_id_number("11010519491231002X"), "110105********002X");
    }

    #[test]
    fn a_procurement_status_has_its_wire_name() {
        assert_eq!(
            civic_domain::ProcurementStatus::Evaluated.as_str(),
            "EVALUATED"
        );
    }
}
