//! `decide` for a contest (CONTEST-*, BID-ELIGIBLE).

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::commands::{CallTerms, ContestCommand, GrantLine, ProjectProposal, PublicScore};
use super::events::{ContestEvent, FinalEntry, Grant, PanelEntry};
use super::matching::{self, Candidate, MatchingChoice, MatchingPolicy};
use super::state::{Contest, ContestFacts, ContestStanding, ContestStatus, SubmissionStatus};
use crate::aggregate::Context;
use crate::bid::StandingRead;
use crate::calendar::{add_years, china_date, china_time};
use crate::error::{DomainError, one_of_zh, rules};
use crate::policy::Policy;
use crate::procurement::{
    Ineligibility, Points, Requirements, ineligibilities, ineligibilities_zh,
};
use crate::values::{Money, TextShape, check_no_control_chars};

type Decided = Result<Vec<ContestEvent>, DomainError>;

/// At most this many finalists: the public jury scores each, and the matching ranks them.
pub const MAX_SHORTLIST: u32 = 500;
/// At most this many submissions per contest, since the stream holds them all.
pub const MAX_SUBMISSIONS: usize = 2000;
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_SUMMARY_CHARS: usize = 4000;
pub const MAX_REASON_CHARS: usize = 2000;

fn refuse(rule: &'static str, en: String, zh: String) -> DomainError {
    DomainError::violation(rule, en).zh(zh)
}

fn invalid(field: &'static str, rule: &'static str, en: String, zh: String) -> DomainError {
    DomainError::validation_rule(field, rule, en).zh(zh)
}

fn text(
    field: &'static str,
    label: &str,
    label_zh: &str,
    value: &str,
    max: usize,
    shape: TextShape,
) -> Result<(), DomainError> {
    check_no_control_chars(field, label, value, shape)?;
    let n = value.trim().chars().count();
    if n == 0 || n > max {
        return Err(
            DomainError::validation(field, format!("{label} has 1 to {max} characters"))
                .zh(format!("{label_zh}应为1至{max}个字符")),
        );
    }
    Ok(())
}

impl Contest {
    pub(super) fn decide_command(
        &self,
        command: &ContestCommand,
        ctx: &Context<ContestFacts>,
    ) -> Decided {
        use ContestCommand as C;
        match command {
            C::OpenCall { contest_id, terms } => {
                self.require(command, &[])?;
                let matching = check_call(terms, ctx)?;
                Ok(vec![ContestEvent::CallOpened {
                    contest_id: *contest_id,
                    terms: terms.clone(),
                    matching,
                    panel_weight_percent: ctx.policy.contest_panel_weight_percent,
                    opened_at: ctx.now,
                }])
            }
            C::Submit {
                submission_id,
                organisation_id,
                project,
            } => {
                self.require(command, &[ContestStatus::Open])?;
                let terms = self.call()?;
                check_project(project, terms)?;
                self.within_submissions(terms, ctx.now, ("submitted", "提交"))?;
                if self.submission(*submission_id).is_some() {
                    return Err(refuse(
                        rules::CONTEST_CALL,
                        format!("submission {submission_id} exists already; submit under a new id"),
                        format!("参赛项目 {submission_id} 已存在，请使用新的编号提交"),
                    ));
                }
                if self.submissions.len() >= MAX_SUBMISSIONS {
                    return Err(refuse(
                        rules::CONTEST_CALL,
                        format!("a contest takes at most {MAX_SUBMISSIONS} submissions"),
                        format!("一场大赛最多受理{MAX_SUBMISSIONS}个参赛项目"),
                    ));
                }
                let standing = eligible(ctx, *organisation_id)?;
                Ok(vec![ContestEvent::ProjectSubmitted {
                    submission_id: *submission_id,
                    organisation_id: *organisation_id,
                    organisation_name: standing.registry.name.clone(),
                    project: project.clone(),
                    standing: StandingRead {
                        registry_version: standing.registry.registry_version,
                        registry_position: standing.registry.registry_position,
                    },
                    submitted_at: ctx.now,
                }])
            }
            C::Withdraw {
                submission_id,
                reason,
            } => {
                self.require(command, &[ContestStatus::Open, ContestStatus::Reviewed])?;
                text(
                    "reason",
                    "A reason",
                    "撤回理由",
                    reason,
                    MAX_REASON_CHARS,
                    TextShape::Paragraph,
                )?;
                self.live_submission(*submission_id)?;
                Ok(vec![ContestEvent::ProjectWithdrawn {
                    submission_id: *submission_id,
                    reason: reason.trim().to_owned(),
                    withdrawn_at: ctx.now,
                }])
            }
            C::RecordReview { committee_id } => {
                self.require(command, &[ContestStatus::Open])?;
                let terms = self.call()?;
                if ctx.now < terms.submissions_close_at {
                    return Err(refuse(
                        rules::CONTEST_WINDOW,
                        format!(
                            "submissions to “{}” close at {} (Beijing time); the review is recorded after they close",
                            terms.title,
                            china_time(terms.submissions_close_at)
                        ),
                        format!(
                            "“{}”的项目征集于{}（北京时间）截止，截止后方可记录评审结果",
                            terms.title,
                            china_time(terms.submissions_close_at)
                        ),
                    ));
                }
                self.review(*committee_id, terms, ctx)
            }
            C::RecordPledge {
                pledge_id,
                submission_id,
                donor_kind,
                donor,
                amount,
            } => {
                self.require(command, &[ContestStatus::Reviewed, ContestStatus::Ranked])?;
                let terms = self.call()?;
                text(
                    "donor",
                    "A donor reference",
                    "捐赠人编号",
                    donor,
                    100,
                    TextShape::Line,
                )?;
                if *amount == Money::ZERO {
                    return Err(invalid(
                        "amount",
                        rules::CONTEST_PLEDGE,
                        "a pledge is of more than ¥0".into(),
                        "募集金额应大于0元".into(),
                    ));
                }
                if ctx.now < terms.pledges_open_at || ctx.now >= terms.pledges_close_at {
                    return Err(refuse(
                        rules::CONTEST_WINDOW,
                        format!(
                            "pledges to “{}” are taken from {} to {} (Beijing time); this one comes {}",
                            terms.title,
                            china_time(terms.pledges_open_at),
                            china_time(terms.pledges_close_at),
                            if ctx.now < terms.pledges_open_at {
                                "too early"
                            } else {
                                "after the call closed"
                            }
                        ),
                        format!(
                            "“{}”的募捐期为{}至{}（北京时间），本笔善款{}",
                            terms.title,
                            china_time(terms.pledges_open_at),
                            china_time(terms.pledges_close_at),
                            if ctx.now < terms.pledges_open_at {
                                "早于募捐期"
                            } else {
                                "已过募捐截止时间"
                            }
                        ),
                    ));
                }
                if self
                    .submissions
                    .iter()
                    .flat_map(|s| &s.pledges)
                    .any(|p| p.pledge_id == *pledge_id)
                {
                    return Err(refuse(
                        rules::CONTEST_PLEDGE,
                        format!("pledge {pledge_id} is recorded already"),
                        format!("善款记录 {pledge_id} 已存在"),
                    ));
                }
                let s = self.live_submission(*submission_id)?;
                if s.status != SubmissionStatus::Shortlisted {
                    return Err(refuse(
                        rules::CONTEST_PLEDGE,
                        format!(
                            "“{}” is {} ({}); pledges are matched only for shortlisted projects",
                            s.project.title,
                            s.status.as_str(),
                            s.status.label_zh()
                        ),
                        format!(
                            "“{}”的状态为“{}”，只有入围项目的募捐才能获得配捐",
                            s.project.title,
                            s.status.label_zh()
                        ),
                    ));
                }
                Ok(vec![ContestEvent::PledgeRecorded {
                    pledge_id: *pledge_id,
                    submission_id: *submission_id,
                    donor_kind: *donor_kind,
                    donor: donor.trim().to_owned(),
                    amount: *amount,
                    pledged_at: ctx.now,
                }])
            }
            C::RecordPublicScores { scores } => {
                self.require(command, &[ContestStatus::Reviewed])?;
                self.check_public_scores(scores)?;
                Ok(vec![ContestEvent::PublicScoresRecorded {
                    scores: scores.clone(),
                    recorded_at: ctx.now,
                }])
            }
            C::Rank => {
                self.require(command, &[ContestStatus::Reviewed])?;
                Ok(vec![ContestEvent::FinalistsRanked {
                    panel_weight_percent: self.panel_weight_percent,
                    ranking: self.rank()?,
                    ranked_at: ctx.now,
                }])
            }
            C::ComputeMatching => {
                self.require(command, &[ContestStatus::Ranked])?;
                let terms = self.call()?;
                if ctx.now < terms.pledges_close_at {
                    return Err(refuse(
                        rules::CONTEST_WINDOW,
                        format!(
                            "pledges to “{}” are taken until {} (Beijing time); the matching is computed once the amounts raised are final",
                            terms.title,
                            china_time(terms.pledges_close_at)
                        ),
                        format!(
                            "“{}”的募捐期至{}（北京时间）结束，募集金额确定后方可计算配捐",
                            terms.title,
                            china_time(terms.pledges_close_at)
                        ),
                    ));
                }
                let policy = self.matching.clone().ok_or_else(no_call)?;
                let candidates: Vec<Candidate> = self
                    .final_ranking()
                    .into_iter()
                    .filter_map(|e| {
                        let s = self.submission(e.submission_id)?;
                        Some(Candidate {
                            submission_id: e.submission_id,
                            rank: e.rank,
                            raised: s.raised,
                            donors: s.donors(),
                            themed: terms.bonus_theme.is_some()
                                && s.project.theme == terms.bonus_theme,
                        })
                    })
                    .collect();
                let matches = matching::compute(&policy, &candidates, terms.pool);
                Ok(vec![ContestEvent::MatchingComputed {
                    policy_version: policy.version().to_owned(),
                    policy,
                    pool: terms.pool,
                    matches,
                    computed_at: ctx.now,
                }])
            }
            C::AwardGrants { grants } => {
                self.require(command, &[ContestStatus::Matched])?;
                let awarded = self.check_grants(grants)?;
                let library = self
                    .final_ranking()
                    .into_iter()
                    .map(|e| e.submission_id)
                    .filter(|id| !awarded.iter().any(|g| g.submission_id == *id))
                    .collect();
                Ok(vec![ContestEvent::GrantsAwarded {
                    grants: awarded,
                    library,
                    awarded_at: ctx.now,
                }])
            }
            C::Cancel { reason } => {
                self.require(
                    command,
                    &[
                        ContestStatus::Open,
                        ContestStatus::Reviewed,
                        ContestStatus::Ranked,
                        ContestStatus::Matched,
                    ],
                )?;
                text(
                    "reason",
                    "A reason",
                    "终止理由",
                    reason,
                    MAX_REASON_CHARS,
                    TextShape::Paragraph,
                )?;
                Ok(vec![ContestEvent::ContestCancelled {
                    reason: reason.trim().to_owned(),
                    cancelled_at: ctx.now,
                }])
            }
        }
    }

    fn call(&self) -> Result<&CallTerms, DomainError> {
        self.terms.as_ref().ok_or_else(no_call)
    }

    /// CONTEST-STATE: the command is allowed only in `allowed` (empty: it opens the stream).
    fn require(
        &self,
        command: &ContestCommand,
        allowed: &[ContestStatus],
    ) -> Result<(), DomainError> {
        let ok = match self.status {
            None => allowed.is_empty(),
            Some(s) => allowed.contains(&s),
        };
        if ok {
            return Ok(());
        }
        let (what, what_zh) = command.describe();
        let (current, current_zh) = match self.status {
            Some(s) => (
                format!("the contest is {} ({})", s.as_str(), s.label_zh()),
                format!("大赛的状态为“{}”", s.label_zh()),
            ),
            None => (
                "no contest has been opened under this id".to_owned(),
                "此编号下尚未发布大赛".to_owned(),
            ),
        };
        let (needed, needed_zh) = if allowed.is_empty() {
            (
                "opens a new contest: use a new contest id".to_owned(),
                "会新建大赛：请使用新的大赛编号".to_owned(),
            )
        } else {
            let en: Vec<&str> = allowed.iter().map(|s| s.as_str()).collect();
            let zh: Vec<&str> = allowed.iter().map(|s| s.label_zh()).collect();
            (
                format!("needs a contest that is {}", en.join(" or ")),
                format!("须在大赛状态为{}时进行", one_of_zh(&zh)),
            )
        };
        Err(refuse(
            rules::CONTEST_STATE,
            format!("{current}; {what} {needed}"),
            format!("{current_zh}；{what_zh}{needed_zh}"),
        ))
    }

    fn within_submissions(
        &self,
        terms: &CallTerms,
        now: DateTime<Utc>,
        (verb, verb_zh): (&str, &str),
    ) -> Result<(), DomainError> {
        if now < terms.submissions_open_at || now >= terms.submissions_close_at {
            return Err(refuse(
                rules::CONTEST_WINDOW,
                format!(
                    "projects for “{}” are {verb} from {} to {} (Beijing time)",
                    terms.title,
                    china_time(terms.submissions_open_at),
                    china_time(terms.submissions_close_at)
                ),
                format!(
                    "“{}”的项目{verb_zh}期为{}至{}（北京时间）",
                    terms.title,
                    china_time(terms.submissions_open_at),
                    china_time(terms.submissions_close_at)
                ),
            ));
        }
        Ok(())
    }

    fn live_submission(&self, id: Uuid) -> Result<&super::state::Submission, DomainError> {
        match self.submission(id) {
            Some(s) if s.is_live() => Ok(s),
            Some(s) => Err(refuse(
                rules::CONTEST_STATE,
                format!("“{}” was withdrawn", s.project.title),
                format!("“{}”已撤回", s.project.title),
            )),
            None => Err(refuse(
                rules::CONTEST_STATE,
                format!("this contest has no submission {id}"),
                format!("本大赛没有参赛项目 {id}"),
            )),
        }
    }

    /// CONTEST-REVIEW: the jury's report must be this committee's, concluded, and rank only
    /// live submissions of this contest; its best `shortlistSize` (ties at the boundary
    /// included: the jury's rank decides, not the order of the list) are shortlisted.
    fn review(
        &self,
        committee_id: Uuid,
        terms: &CallTerms,
        ctx: &Context<ContestFacts>,
    ) -> Decided {
        let report = ctx
            .facts
            .review
            .as_ref()
            .filter(|r| r.committee_id == committee_id)
            .ok_or_else(|| {
                refuse(
                    rules::CONTEST_REVIEW,
                    format!(
                        "committee {committee_id} has not concluded a review of this contest; the jury constituted for it must conclude first"
                    ),
                    format!("评审委员会 {committee_id} 尚未完成对本大赛的评审，须由本大赛的评审委员会评审完毕后记录"),
                )
            })?;
        let mut seen = BTreeSet::new();
        for r in &report.ranking {
            if !seen.insert(r.bid_id) || !self.submission(r.bid_id).is_some_and(|s| s.is_live()) {
                return Err(refuse(
                    rules::CONTEST_REVIEW,
                    format!(
                        "the jury's report ranks {}, which is not a live submission of this contest (or ranks it twice)",
                        r.bid_id
                    ),
                    format!(
                        "评审报告中的 {} 不是本大赛的有效参赛项目（或重复排名）",
                        r.bid_id
                    ),
                ));
            }
        }
        if report.ranking.is_empty() {
            return Err(refuse(
                rules::CONTEST_REVIEW,
                "the jury's report ranks no project; there is nobody to shortlist".into(),
                "评审报告没有对任何项目排名，无法确定入围项目".into(),
            ));
        }
        let ranking: Vec<PanelEntry> = report
            .ranking
            .iter()
            .map(|r| PanelEntry {
                submission_id: r.bid_id,
                rank: r.rank,
                total: r.total,
            })
            .collect();
        let shortlist = ranking
            .iter()
            .filter(|e| e.rank <= terms.shortlist_size)
            .map(|e| e.submission_id)
            .collect();
        Ok(vec![ContestEvent::ReviewRecorded {
            committee_id,
            ranking,
            sheets_digest: report.sheets_digest.clone(),
            shortlist,
            recorded_at: ctx.now,
        }])
    }

    fn check_public_scores(&self, scores: &[PublicScore]) -> Result<(), DomainError> {
        if scores.is_empty() {
            return Err(invalid(
                "scores",
                rules::CONTEST_REVIEW,
                "name at least one finalist's public score".into(),
                "请至少填写一个入围项目的大众评审分数".into(),
            ));
        }
        let mut seen = BTreeSet::new();
        for score in scores {
            if score.score > Points::whole(100) {
                return Err(invalid(
                    "scores.score",
                    rules::CONTEST_REVIEW,
                    format!("a public score is 0 to 100 points, not {}", score.score),
                    format!("大众评审分数应为0至100分，不能是{}", score.score),
                ));
            }
            if !seen.insert(score.submission_id) {
                return Err(invalid(
                    "scores.submissionId",
                    rules::CONTEST_REVIEW,
                    format!("{} is scored twice", score.submission_id),
                    format!("{} 的分数重复填写", score.submission_id),
                ));
            }
            let s = self.live_submission(score.submission_id)?;
            if s.status != SubmissionStatus::Shortlisted {
                return Err(refuse(
                    rules::CONTEST_REVIEW,
                    format!(
                        "“{}” is not a finalist; the public jury scores finalists only",
                        s.project.title
                    ),
                    format!("“{}”未入围，大众评审只对入围项目评分", s.project.title),
                ));
            }
        }
        Ok(())
    }

    /// CONTEST-REVIEW: every live finalist's total is panel × w + public × (100 − w), w the
    /// panel's percent, in hundredths rounded half up. Order: total, then the panel score (the
    /// experts' reasoned judgement breaks a tie of totals), then the earlier submission, then
    /// the id; finalists equal in total and panel share a rank ("1, 2, 2, 4").
    fn rank(&self) -> Result<Vec<FinalEntry>, DomainError> {
        let w = i64::from(self.panel_weight_percent.min(100));
        let mut entries = Vec::new();
        for s in self.finalists() {
            let (Some(panel), Some(public)) = (&s.panel, s.public_score) else {
                return Err(refuse(
                    rules::CONTEST_REVIEW,
                    format!(
                        "“{}” has no public score yet; every finalist is scored by the public jury before the ranking",
                        s.project.title
                    ),
                    format!(
                        "“{}”尚无大众评审分数，所有入围项目均须经大众评审评分后方可排名",
                        s.project.title
                    ),
                ));
            };
            let weighted = i64::from(panel.total.0) * w + i64::from(public.0) * (100 - w);
            let total = Points(u32::try_from((weighted + 50) / 100).unwrap_or(u32::MAX));
            entries.push((
                s.submitted_at,
                FinalEntry {
                    submission_id: s.submission_id,
                    rank: 0,
                    panel: panel.total,
                    public,
                    total,
                },
            ));
        }
        if entries.is_empty() {
            return Err(refuse(
                rules::CONTEST_REVIEW,
                "no finalist is left to rank".into(),
                "没有可排名的入围项目".into(),
            ));
        }
        entries.sort_by(|(at_a, a), (at_b, b)| {
            b.total
                .cmp(&a.total)
                .then(b.panel.cmp(&a.panel))
                .then(at_a.cmp(at_b))
                .then(a.submission_id.cmp(&b.submission_id))
        });
        let mut out: Vec<FinalEntry> = Vec::with_capacity(entries.len());
        for (place, (_, mut e)) in entries.into_iter().enumerate() {
            e.rank = match out.last() {
                Some(prev) if prev.total == e.total && prev.panel == e.panel => prev.rank,
                _ => u32::try_from(place + 1).unwrap_or(u32::MAX),
            };
            out.push(e);
        }
        Ok(out)
    }

    /// CONTEST-MATCHING / CONTEST-GRANT: each grant goes to a matched finalist, once, for at
    /// most its match, and together they stay within the pool.
    fn check_grants(&self, lines: &[GrantLine]) -> Result<Vec<Grant>, DomainError> {
        let terms = self.call()?;
        let mut seen = BTreeSet::new();
        let mut total: i64 = 0;
        let mut out = Vec::with_capacity(lines.len());
        for line in lines {
            if !seen.insert(line.submission_id) {
                return Err(invalid(
                    "grants.submissionId",
                    rules::CONTEST_GRANT,
                    format!("{} is granted twice", line.submission_id),
                    format!("{} 重复资助", line.submission_id),
                ));
            }
            if line.amount == Money::ZERO {
                return Err(invalid(
                    "grants.amount",
                    rules::CONTEST_GRANT,
                    "a grant is of more than ¥0; leave a project out to grant it nothing".into(),
                    "资助金额应大于0元；不予资助的项目请勿列入".into(),
                ));
            }
            let s = self.live_submission(line.submission_id)?;
            let matched = s.matched.as_ref().map_or(Money::ZERO, |m| m.amount);
            if line.amount > matched {
                return Err(refuse(
                    rules::CONTEST_MATCHING,
                    format!(
                        "“{}” is matched ¥{} under {}; a grant of ¥{} is beyond its match",
                        s.project.title,
                        matched,
                        self.policy_version.as_deref().unwrap_or("the policy"),
                        line.amount
                    ),
                    format!(
                        "“{}”按{}的配捐额为¥{}，资助¥{}超出配捐额",
                        s.project.title,
                        self.policy_version.as_deref().unwrap_or("配捐规则"),
                        matched.grouped(),
                        line.amount.grouped()
                    ),
                ));
            }
            total = total.saturating_add(line.amount.fen());
            out.push(Grant {
                submission_id: s.submission_id,
                organisation_id: s.organisation_id,
                amount: line.amount,
            });
        }
        if total > terms.pool.fen() {
            let total = Money::from_fen(total).unwrap_or(Money::ZERO);
            return Err(refuse(
                rules::CONTEST_MATCHING,
                format!(
                    "the grants add up to ¥{total}, beyond the pool of ¥{}",
                    terms.pool
                ),
                format!(
                    "资助合计¥{}，超出配捐资金池¥{}",
                    total.grouped(),
                    terms.pool.grouped()
                ),
            ));
        }
        if out.is_empty() {
            return Err(invalid(
                "grants",
                rules::CONTEST_GRANT,
                "name at least one grant".into(),
                "请至少列出一项资助".into(),
            ));
        }
        Ok(out)
    }
}

fn no_call() -> DomainError {
    refuse(
        rules::CONTEST_STATE,
        "no contest has been opened under this id".into(),
        "此编号下尚未发布大赛".into(),
    )
}

/// CONTEST-CALL: the call's terms, and the matching choice resolved against the policy.
fn check_call(
    terms: &CallTerms,
    ctx: &Context<ContestFacts>,
) -> Result<MatchingPolicy, DomainError> {
    text(
        "title",
        "A title",
        "大赛名称",
        &terms.title,
        MAX_TITLE_CHARS,
        TextShape::Line,
    )?;
    text(
        "bureau",
        "The bureau's name",
        "主办单位名称",
        &terms.bureau,
        MAX_TITLE_CHARS,
        TextShape::Line,
    )?;
    if let Some(theme) = &terms.bonus_theme {
        text(
            "bonusTheme",
            "A theme",
            "加分主题",
            theme,
            100,
            TextShape::Line,
        )?;
    }
    if terms.pool == Money::ZERO {
        return Err(invalid(
            "pool",
            rules::CONTEST_CALL,
            "a contest's matching pool is above ¥0".into(),
            "大赛的配捐资金池应大于0元".into(),
        ));
    }
    if !(1..=MAX_SHORTLIST).contains(&terms.shortlist_size) {
        return Err(invalid(
            "shortlistSize",
            rules::CONTEST_CALL,
            format!("a shortlist has 1 to {MAX_SHORTLIST} projects"),
            format!("入围项目数应为1至{MAX_SHORTLIST}个"),
        ));
    }
    let ordered = terms.submissions_open_at < terms.submissions_close_at
        && terms.submissions_close_at <= terms.pledges_open_at
        && terms.pledges_open_at < terms.pledges_close_at;
    if !ordered {
        return Err(invalid(
            "submissionsOpenAt",
            rules::CONTEST_CALL,
            "the submission window opens before it closes, and the pledge window opens after it, before it closes itself".into(),
            "项目征集期应先开始后截止，募捐期应在征集截止后开始、并在其后结束".into(),
        ));
    }
    if terms.submissions_close_at <= ctx.now {
        return Err(invalid(
            "submissionsCloseAt",
            rules::CONTEST_CALL,
            "the submission window of a new call must close in the future".into(),
            "新发布大赛的项目征集截止时间应晚于当前时间".into(),
        ));
    }
    if terms.scoring.price_weight_percent != 0 {
        return Err(invalid(
            "scoring.priceWeightPercent",
            rules::CONTEST_CALL,
            "a contest's jury scores the projects, not a price: the price weight is 0".into(),
            "大赛评审只对项目评分，不设价格分：价格分权重应为0".into(),
        ));
    }
    terms.scoring.validate_criteria()?;
    let policy = match &terms.matching {
        MatchingChoice::IncentiveTiers => {
            MatchingPolicy::IncentiveTiers(ctx.policy.contest_incentive_tiers.clone())
        }
        MatchingChoice::ProportionalWithCap { percent, cap } => {
            MatchingPolicy::ProportionalWithCap {
                percent: *percent,
                cap: *cap,
            }
        }
    };
    policy.validate()?;
    Ok(policy)
}

fn check_project(project: &ProjectProposal, terms: &CallTerms) -> Result<(), DomainError> {
    text(
        "project.title",
        "A project title",
        "项目名称",
        &project.title,
        MAX_TITLE_CHARS,
        TextShape::Line,
    )?;
    text(
        "project.summary",
        "A project summary",
        "项目简介",
        &project.summary,
        MAX_SUMMARY_CHARS,
        TextShape::Paragraph,
    )?;
    if let Some(theme) = &project.theme {
        text(
            "project.theme",
            "A theme",
            "项目主题",
            theme,
            100,
            TextShape::Line,
        )?;
    }
    if project.requested == Money::ZERO || project.requested > terms.pool {
        return Err(invalid(
            "project.requested",
            rules::CONTEST_CALL,
            format!(
                "a project asks for more than ¥0 and at most the pool, ¥{}",
                terms.pool
            ),
            format!(
                "申请资助金额应大于0元且不超过配捐资金池¥{}",
                terms.pool.grouped()
            ),
        ));
    }
    Ok(())
}

/// BID-ELIGIBLE for a contest: the procurement's check with the contest's years registered
/// (`contestMinYearsRegistered`), plus no serious violation within `contestSeriousFreeYears`.
/// Every unmet condition is named at once.
fn eligible(
    ctx: &Context<ContestFacts>,
    organisation_id: Uuid,
) -> Result<&ContestStanding, DomainError> {
    let standing = ctx
        .facts
        .standing
        .as_ref()
        .filter(|s| s.registry.organisation_id == organisation_id)
        .ok_or_else(|| {
            refuse(
                rules::BID_ELIGIBLE,
                format!(
                    "organisation {organisation_id} is not in the registry; only registered social organisations may enter"
                ),
                format!("登记信息中没有社会组织 {organisation_id}，只有已登记的社会组织可以参赛"),
            )
        })?;
    let (en, zh) = entry_ineligibilities(standing, &ctx.policy, china_date(ctx.now));
    if en.is_empty() {
        return Ok(standing);
    }
    let name = &standing.registry.name;
    let join = |r: Vec<Ineligibility>, by: &str| {
        r.into_iter()
            .map(|r| r.message)
            .collect::<Vec<_>>()
            .join(by)
    };
    Err(refuse(
        rules::BID_ELIGIBLE,
        format!("{name} may not enter the contest: {}", join(en, "; ")),
        format!("{name}不能参赛：{}", join(zh, "；")),
    ))
}

/// Every unmet condition of entering a contest (BID-ELIGIBLE) for an organisation with
/// `standing` on `day` under `policy`, in English and in Chinese (same codes, same order); both
/// empty when it may enter. A submission's refusal names them all, and an organisation's list
/// of open contests shows them before it writes a project (code `SERIOUS_VIOLATION` for a
/// serious-violation listing that ended too recently).
pub fn entry_ineligibilities(
    standing: &ContestStanding,
    policy: &Policy,
    day: NaiveDate,
) -> (Vec<Ineligibility>, Vec<Ineligibility>) {
    let requirements = Requirements {
        min_years_registered: Some(policy.contest_min_years_registered),
        ..Requirements::default()
    };
    let mut en = ineligibilities(&standing.registry, &requirements, policy, day);
    let mut zh = ineligibilities_zh(&standing.registry, &requirements, policy, day);
    let years = policy.contest_serious_free_years;
    let name = &standing.registry.name;
    // A current listing is named by the procurement's CREDIT_LIST already.
    let listed_now = standing.registry.credit_list.as_deref() == Some("serious");
    if let Some(last) = standing.last_serious_on
        && !listed_now
        && add_years(last, years) > day
    {
        let code = "SERIOUS_VIOLATION".to_owned();
        en.push(Ineligibility {
            code: code.clone(),
            message: format!(
                "{name} was on the serious-violation list (严重违法失信名单) until {last}; entrants must have had no serious violation for {years} year(s)"
            ),
        });
        zh.push(Ineligibility {
            code,
            message: format!(
                "{name}至{last}仍在严重违法失信名单中，参赛组织须近{years}年无严重违法失信记录"
            ),
        });
    }
    (en, zh)
}
