//! `decide` for a procurement (CAT-ITEM, PROC-METHOD, PROC-PERIOD, PROC-TERM, BID-SECURITY,
//! BID-SEALED, BID-ELIGIBLE, BID-MIN-BIDDERS, AWARD-RANK, PROC-STATE).

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::commands::{Amendment, ChallengeDecision, ProcurementCommand, ProcurementTerms};
use super::content::parse_salt;
use super::eligibility::{Ineligibility, ineligibilities};
use super::events::ProcurementEvent;
use super::method::{MinimumPeriod, ProcurementMethod};
use super::report::OpenedBid;
use super::state::{Procurement, ProcurementFacts, ProcurementStatus, RevealedBid};
use crate::aggregate::Context;
use crate::calendar::{add_days, add_months, china_date, china_time};
use crate::error::{DomainError, rules};
use crate::values::{check_no_control_chars, clean_text};

type Decided = Result<Vec<ProcurementEvent>, DomainError>;
type Ctx = Context<ProcurementFacts>;

const PURCHASER_MAX: usize = 100;
const TITLE_MAX: usize = 200;
const DESCRIPTION_MAX: usize = 20_000;
const REASON_MAX: usize = 2_000;
const REFERENCE_MAX: usize = 100;

/// Free text as recorded: cleaned, not empty, not too long.
/// `label` names the field in English and in Chinese: ("the title (项目名称)", "项目名称").
fn required(
    field: &'static str,
    (label, label_zh): (&str, &str),
    value: &str,
    max: usize,
) -> Result<String, DomainError> {
    let text = clean_text(value);
    if text.is_empty() {
        return Err(
            DomainError::validation(field, format!("{label} is empty; it is required"))
                .zh(format!("{label_zh}未填写，此项必填")),
        );
    }
    let len = text.chars().count();
    if len > max {
        return Err(DomainError::validation(
            field,
            format!("{label} has {len} characters; at most {max} are allowed"),
        )
        .zh(format!("{label_zh}为{len}个字符，最多{max}个字符")));
    }
    Ok(text)
}

fn reason(value: &str) -> Result<String, DomainError> {
    required("reason", ("the reason (理由)", "理由"), value, REASON_MAX)
}

fn award_rank(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::AWARD_RANK, message).zh(zh)
}

/// PROC-PERIOD: the first China-local day the bid deadline may fall on for a period starting
/// at `from`. Days are counted from the day after `from`'s day, as statutory periods are.
fn earliest_deadline_day(method: ProcurementMethod, from: DateTime<Utc>, ctx: &Ctx) -> NaiveDate {
    let day = china_date(from);
    match method.minimum_period(&ctx.policy) {
        MinimumPeriod::Days(n) => add_days(day, n),
        MinimumPeriod::WorkingDays(n) => ctx.calendar.add_working_days(day, n),
    }
}

fn check_period(
    terms: &ProcurementTerms,
    deadline: DateTime<Utc>,
    from: DateTime<Utc>,
    (what, what_zh): (&str, &str),
    ctx: &Ctx,
) -> Result<(), DomainError> {
    let earliest = earliest_deadline_day(terms.method, from, ctx);
    if deadline > from && china_date(deadline) >= earliest {
        return Ok(());
    }
    Err(DomainError::violation(
        rules::PROC_PERIOD,
        format!(
            "{} needs at least {} from {what} ({}) to the bid deadline, and the deadline is {} (Beijing time); set the deadline on {earliest} or later",
            terms.method.label_zh(),
            terms.method.minimum_period(&ctx.policy),
            china_date(from),
            china_time(deadline)
        ),
    )
    .zh(format!(
        "{}自{what_zh}（{}）至投标截止时间应不少于{}，现截止时间为{}（北京时间）；请将截止时间定在{earliest}或以后",
        terms.method.label_zh(),
        china_date(from),
        terms.method.minimum_period(&ctx.policy).label_zh(),
        china_time(deadline)
    )))
}

fn check_schedule(deadline: DateTime<Utc>, opening_at: DateTime<Utc>) -> Result<(), DomainError> {
    if opening_at < deadline {
        return Err(DomainError::validation_rule(
            "openingAt",
            rules::PROC_PERIOD,
            format!(
                "the opening ({} Beijing time) is before the bid deadline ({}); bids are opened at or after the deadline",
                china_time(opening_at),
                china_time(deadline)
            ),
        )
        .zh(format!(
            "开标时间（北京时间{}）早于投标截止时间（{}），开标应在投标截止时或之后",
            china_time(opening_at),
            china_time(deadline)
        )));
    }
    Ok(())
}

/// CAT-ITEM: the item must be in the jurisdiction's catalogue and active; returns its name.
fn check_item(terms: &ProcurementTerms, ctx: &Ctx) -> Result<String, DomainError> {
    match &ctx.facts.catalogue_item {
        Some(item) if item.code == terms.item && item.is_active() => Ok(item.name_zh.clone()),
        Some(item) if item.code == terms.item => Err(DomainError::violation(
            rules::CAT_ITEM,
            format!(
                "the catalogue item {} is retired; a procurement must name an active item of the guidance catalogue (指导性目录)",
                item.label()
            ),
        )
        .zh(format!(
            "指导性目录事项 {} 已停用，采购项目应选择指导性目录中有效的事项",
            item.label()
        ))),
        _ => Err(DomainError::violation(
            rules::CAT_ITEM,
            format!(
                "there is no item {} in the guidance catalogue (指导性目录) of {}; name an item of the catalogue",
                terms.item, terms.jurisdiction
            ),
        )
        .zh(format!(
            "{} 的指导性目录中没有事项 {}，请选择目录中的事项",
            terms.jurisdiction, terms.item
        ))),
    }
}

/// PROC-TERM: a service period runs forwards and at most `contractTermMaxMonths` (or the longer
/// limit for a stable, continuing service with funding secured). A procurement's drafted
/// period and the contract signed from it are both held to it.
pub(crate) fn check_service_period(
    start: NaiveDate,
    end: NaiveDate,
    stable_and_funded: bool,
    policy: &crate::policy::Policy,
) -> Result<(), DomainError> {
    if end < start {
        return Err(DomainError::validation_rule(
            "serviceEnd",
            rules::PROC_TERM,
            format!(
                "the service period ends ({}) before it starts ({})",
                end, start
            ),
        )
        .zh(format!(
            "服务期限的结束日期（{end}）早于开始日期（{start}）"
        )));
    }
    let months = if stable_and_funded {
        policy.contract_term_max_months_stable
    } else {
        policy.contract_term_max_months
    };
    let limit = add_months(start, months);
    if end >= limit {
        let (hint, hint_zh) = if stable_and_funded {
            (String::new(), String::new())
        } else {
            (
                format!(
                    ", or {} months for a stable, continuing service with funding secured",
                    policy.contract_term_max_months_stable
                ),
                format!(
                    "（服务内容稳定、持续且资金有保障的可为{}个月）",
                    policy.contract_term_max_months_stable
                ),
            )
        };
        let last = limit.pred_opt().unwrap_or(limit);
        return Err(DomainError::validation_rule(
            "serviceEnd",
            rules::PROC_TERM,
            format!(
                "a service period from {} may run {months} months, to {} at the latest{hint}; it ends on {}",
                start,
                last,
                end
            ),
        )
        .zh(format!(
            "自{start}起的服务期限最长{months}个月{hint_zh}，最迟至{last}；填写的结束日期为{end}"
        )));
    }
    Ok(())
}

/// The terms' own rules, cleaned as they will be recorded.
fn check_terms(terms: &ProcurementTerms, ctx: &Ctx) -> Result<ProcurementTerms, DomainError> {
    let purchaser = required(
        "purchaser",
        ("the purchaser (采购人)", "采购人"),
        &terms.purchaser,
        PURCHASER_MAX,
    )?;
    let title = required(
        "title",
        ("the title (项目名称)", "项目名称"),
        &terms.title,
        TITLE_MAX,
    )?;
    let description = required(
        "description",
        ("the description (采购需求)", "采购需求"),
        &terms.description,
        DESCRIPTION_MAX,
    )?;
    if terms.budget.fen() <= 0 {
        return Err(DomainError::validation(
            "budget",
            "the budget (采购预算) must be more than ¥0.00; a purchase needs a budget",
        )
        .zh("采购预算应大于¥0.00"));
    }
    let permille = i128::from(ctx.policy.bid_security_max_permille);
    let max_security = i128::from(terms.budget.fen()) * permille / 1000;
    let max_security =
        crate::values::Money::from_fen(i64::try_from(max_security).unwrap_or(i64::MAX))
            .unwrap_or_default();
    if terms.bid_security > max_security {
        return Err(DomainError::validation_rule(
            "bidSecurity",
            rules::BID_SECURITY,
            format!(
                "bid security (投标保证金) of ¥{} is more than {}.{}% of the budget ¥{}; at most ¥{} may be asked",
                terms.bid_security,
                permille / 10,
                permille % 10,
                terms.budget,
                max_security
            ),
        )
        .zh(format!(
            "投标保证金¥{}超过采购预算¥{}的{}.{}%，最多可收取¥{}",
            terms.bid_security.grouped(),
            terms.budget.grouped(),
            permille / 10,
            permille % 10,
            max_security.grouped()
        )));
    }
    check_service_period(
        terms.service_start,
        terms.service_end,
        terms.stable_and_funded,
        &ctx.policy,
    )?;
    terms.requirements.validate()?;
    terms.scoring.validate(terms.method, &ctx.policy)?;
    check_schedule(terms.bid_deadline, terms.opening_at)?;
    Ok(ProcurementTerms {
        purchaser,
        title,
        description,
        ..terms.clone()
    })
}

impl Procurement {
    pub(super) fn decide_command(&self, command: &ProcurementCommand, ctx: &Ctx) -> Decided {
        use ProcurementCommand as C;
        use ProcurementStatus as S;
        for (field, label, value, shape) in command.texts() {
            check_no_control_chars(field, label, value, shape)?;
        }
        match command {
            C::Draft {
                procurement_id,
                terms,
            } => {
                self.require(command, &[])?;
                self.decide_draft(*procurement_id, terms, ctx)
            }
            C::Publish => {
                let terms = self.require_terms(command, &[S::Draft])?;
                check_item(terms, ctx)?;
                check_period(
                    terms,
                    terms.bid_deadline,
                    ctx.now,
                    ("publication", "发布公告"),
                    ctx,
                )?;
                Ok(vec![ProcurementEvent::ProcurementPublished {
                    published_at: ctx.now,
                }])
            }
            C::Amend { amendment, reason } => {
                let terms = self.require_terms(command, &[S::Published])?;
                self.decide_amend(terms, amendment, reason, ctx)
            }
            C::CloseBidding => {
                let terms = self.require_terms(command, &[S::Published])?;
                if ctx.now < terms.bid_deadline {
                    return Err(DomainError::violation(
                        rules::BID_SEALED,
                        format!(
                            "bids are taken until the deadline, {} (Beijing time); bidding cannot close before it",
                            china_time(terms.bid_deadline)
                        ),
                    )
                    .zh(format!(
                        "投标截止时间为{}（北京时间），截止前不能截止投标",
                        china_time(terms.bid_deadline)
                    )));
                }
                Ok(vec![ProcurementEvent::BiddingClosed { closed_at: ctx.now }])
            }
            C::Open => {
                let terms = self.require_terms(command, &[S::Published, S::BiddingClosed])?;
                self.decide_open(terms, ctx)
            }
            C::RecordEvaluation => {
                self.require(command, &[S::Opened])?;
                self.decide_evaluation(ctx)
            }
            C::Award { bid_id } => {
                self.require(command, &[S::Evaluated])?;
                self.decide_award(*bid_id, ctx)
            }
            C::DeclineAward { bid_id, reason: r } => {
                self.require(command, &[S::Evaluated, S::Awarded])?;
                self.decide_decline(*bid_id, r, ctx)
            }
            C::Disqualify { bid_id, reason: r } => {
                self.require(command, &[S::Evaluated, S::Awarded])?;
                self.decide_disqualify(*bid_id, r, ctx)
            }
            C::Challenge {
                challenge_id,
                organisation_id,
                grounds,
            } => {
                self.require(command, &[S::Awarded])?;
                self.decide_challenge(*challenge_id, *organisation_id, grounds, ctx)
            }
            C::AnswerChallenge {
                challenge_id,
                decision,
                reply,
            } => {
                let allowed: &[S] = if *decision == ChallengeDecision::Dismissed {
                    &[S::Opened, S::Evaluated, S::Awarded, S::Failed]
                } else {
                    &[S::Opened, S::Evaluated, S::Awarded]
                };
                self.require(command, allowed)?;
                self.decide_answer(*challenge_id, *decision, reply, ctx)
            }
            C::RecordComplaint {
                challenge_id,
                reference,
            } => {
                // A complaint is filed with the finance department, not with the purchaser:
                // the ledger records its reference whatever became of the procurement since.
                self.require(
                    command,
                    &[S::Opened, S::Evaluated, S::Awarded, S::Failed, S::Cancelled],
                )?;
                self.decide_complaint(*challenge_id, reference, ctx)
            }
            C::Cancel { reason: r } => {
                self.require(
                    command,
                    &[
                        S::Draft,
                        S::Published,
                        S::BiddingClosed,
                        S::Opened,
                        S::Evaluated,
                    ],
                )?;
                Ok(vec![ProcurementEvent::ProcurementCancelled {
                    reason: reason(r)?,
                    cancelled_at: ctx.now,
                }])
            }
        }
    }

    /// PROC-STATE: the command must find the procurement in one of `allowed` (none: not yet
    /// drafted).
    fn require(
        &self,
        command: &ProcurementCommand,
        allowed: &[ProcurementStatus],
    ) -> Result<(), DomainError> {
        let ok = match self.status {
            None => allowed.is_empty(),
            Some(s) => allowed.contains(&s),
        };
        if ok {
            return Ok(());
        }
        let current = match self.status {
            Some(s) => format!("the procurement is {s}"),
            None => "no procurement has been drafted under this id".to_owned(),
        };
        let needed = match allowed {
            [] => "opens a new procurement: draft it under a new id".to_owned(),
            list => format!(
                "needs it to be {}",
                one_of(&list.iter().map(|s| s.as_str()).collect::<Vec<_>>())
            ),
        };
        let current_zh = match self.status {
            Some(s) => format!("该采购项目的状态为“{}”", s.label_zh()),
            None => "此编号下尚未起草采购项目".to_owned(),
        };
        let needed_zh = match allowed {
            [] => "会新建采购项目：请使用新的编号起草".to_owned(),
            list => format!(
                "须为{}",
                crate::error::one_of_zh(&list.iter().map(|s| s.label_zh()).collect::<Vec<_>>())
            ),
        };
        Err(DomainError::violation(
            rules::PROC_STATE,
            format!("{current}; {} {needed}", command.describe()),
        )
        .zh(format!(
            "{current_zh}；{}{needed_zh}",
            command.describe_zh()
        )))
    }

    /// [`Self::require`], then the terms every drafted procurement has.
    fn require_terms(
        &self,
        command: &ProcurementCommand,
        allowed: &[ProcurementStatus],
    ) -> Result<&ProcurementTerms, DomainError> {
        self.require(command, allowed)?;
        self.terms.as_ref().ok_or_else(|| {
            DomainError::violation(
                rules::PROC_STATE,
                "this procurement records no terms; it cannot proceed",
            )
            .zh("该采购项目没有记录采购条件，无法继续办理")
        })
    }

    fn decide_draft(&self, procurement_id: Uuid, terms: &ProcurementTerms, ctx: &Ctx) -> Decided {
        let terms = check_terms(terms, ctx)?;
        let item_name_zh = check_item(&terms, ctx)?;
        if let Some(old) = terms.reprocures {
            match ctx.facts.reprocured {
                Some((id, ProcurementStatus::Failed)) if id == old && id != procurement_id => {}
                Some((id, status)) if id == old && id != procurement_id => {
                    return Err(DomainError::violation(
                        rules::PROC_STATE,
                        format!(
                            "procurement {old} is {status}; only a failed procurement (废标) can be procured again"
                        ),
                    )
                    .zh(format!(
                        "采购项目 {old} 的状态为“{}”，只有废标的采购项目才能重新采购",
                        status.label_zh()
                    )));
                }
                _ => {
                    return Err(DomainError::violation(
                        rules::PROC_STATE,
                        format!("there is no procurement {old} to procure again"),
                    )
                    .zh(format!("没有可重新采购的采购项目 {old}")));
                }
            }
        }
        Ok(vec![ProcurementEvent::ProcurementDrafted {
            procurement_id,
            terms: Box::new(terms),
            item_name_zh,
            drafted_at: ctx.now,
        }])
    }

    /// An amendment (更正/澄清) while bids are taken. A deadline may only move later, so that
    /// no bidder preparing for the published one is cut short. For a substantive change
    /// (requirements, scoring, or one the purchaser marks so) PROC-PERIOD is re-checked from
    /// the amendment: B §2.6 says a clarification comes "at least 15 d before the deadline,
    /// otherwise the deadline moves". We hold the method's own minimum period instead of a
    /// separate 15-day number (for an open tender the 20 days are the stricter, and for the
    /// other methods the period the method grants is what bidders are owed to prepare), and
    /// we refuse, naming the first acceptable deadline, rather than move the deadline
    /// ourselves: the deadline is a published term the purchaser must announce, and a ledger
    /// that silently moved it would publish a date nobody chose.
    fn decide_amend(
        &self,
        terms: &ProcurementTerms,
        amendment: &Amendment,
        why: &str,
        ctx: &Ctx,
    ) -> Decided {
        let why = reason(why)?;
        if amendment.is_empty() {
            return Err(DomainError::validation(
                "amendment",
                "the amendment changes nothing; give the description, requirements, scoring, deadline or opening it changes",
            )
            .zh("更正没有改动任何内容，请填写所更正的采购需求、资格要求、评分办法、投标截止时间或开标时间"));
        }
        if ctx.now >= terms.bid_deadline {
            return Err(DomainError::violation(
                rules::PROC_PERIOD,
                format!(
                    "the bid deadline passed at {} (Beijing time); a procurement cannot be amended after its deadline",
                    china_time(terms.bid_deadline)
                ),
            )
            .zh(format!(
                "投标已于{}（北京时间）截止，截止后不能更正采购公告",
                china_time(terms.bid_deadline)
            )));
        }
        let description = amendment
            .description
            .as_deref()
            .map(|d| {
                required(
                    "description",
                    ("the description (采购需求)", "采购需求"),
                    d,
                    DESCRIPTION_MAX,
                )
            })
            .transpose()?;
        if let Some(r) = &amendment.requirements {
            r.validate()?;
        }
        if let Some(s) = &amendment.scoring {
            s.validate(terms.method, &ctx.policy)?;
        }
        let deadline = amendment.bid_deadline.unwrap_or(terms.bid_deadline);
        if deadline < terms.bid_deadline {
            return Err(DomainError::violation(
                rules::PROC_PERIOD,
                format!(
                    "an amendment may only extend the bid deadline, now {}; {} is earlier",
                    china_time(terms.bid_deadline),
                    china_time(deadline)
                ),
            )
            .zh(format!(
                "更正只能延后投标截止时间（现为{}），{}更早",
                china_time(terms.bid_deadline),
                china_time(deadline)
            )));
        }
        let opening = amendment.opening_at.unwrap_or(terms.opening_at);
        check_schedule(deadline, opening)?;
        let substantive = amendment.is_substantive();
        if substantive {
            check_period(
                terms,
                deadline,
                ctx.now,
                ("a substantive amendment", "实质性更正"),
                ctx,
            )?;
        }
        Ok(vec![ProcurementEvent::ProcurementAmended {
            amendment: Box::new(Amendment {
                description,
                ..amendment.clone()
            }),
            substantive,
            reason: why,
            amended_at: ctx.now,
        }])
    }

    fn decide_open(&self, terms: &ProcurementTerms, ctx: &Ctx) -> Decided {
        if ctx.now < terms.opening_at {
            return Err(DomainError::violation(
                rules::BID_SEALED,
                format!(
                    "bids stay sealed until the opening at {} (Beijing time); they cannot be opened before it",
                    china_time(terms.opening_at)
                ),
            )
            .zh(format!(
                "投标文件在开标时间{}（北京时间）前保持密封，不能提前开标",
                china_time(terms.opening_at)
            )));
        }
        let mut events = Vec::new();
        if self.status == Some(ProcurementStatus::Published) {
            if ctx.now < terms.bid_deadline {
                return Err(DomainError::violation(
                    rules::BID_SEALED,
                    format!(
                        "bids are taken until the deadline, {} (Beijing time); they cannot be opened before it",
                        china_time(terms.bid_deadline)
                    ),
                )
                .zh(format!(
                    "投标截止时间为{}（北京时间），截止前不能开标",
                    china_time(terms.bid_deadline)
                )));
            }
            events.push(ProcurementEvent::BiddingClosed { closed_at: ctx.now });
        }
        let revealed = &ctx.facts.revealed;
        for (i, r) in revealed.iter().enumerate() {
            if revealed[..i].iter().any(|o| o.bid_id == r.bid_id) {
                return Err(DomainError::validation(
                    "bids",
                    format!("bid {} is given twice at the opening", r.bid_id),
                )
                .zh(format!("开标时投标 {} 出现了两次", r.bid_id)));
            }
        }
        let bids: Vec<OpenedBid> = revealed.iter().map(|r| open_one(r, terms, ctx)).collect();
        let valid = bids.iter().filter(|b| b.is_valid()).count();
        let valid_bids = u32::try_from(valid).unwrap_or(u32::MAX);
        let needed = terms.method.min_valid_bids(&ctx.policy);
        events.push(ProcurementEvent::BidsOpened {
            bids,
            valid_bids,
            opened_at: ctx.now,
        });
        if valid_bids < needed {
            events.push(ProcurementEvent::ProcurementFailed {
                rule: rules::BID_MIN_BIDDERS.to_owned(),
                reason: format!(
                    "{valid_bids} valid bid(s) of {} at the opening; {} needs at least {needed}, so the procurement fails (废标) and may be procured again",
                    revealed.len(),
                    terms.method.label_zh()
                ),
                failed_at: ctx.now,
            });
        }
        Ok(events)
    }

    fn decide_evaluation(&self, ctx: &Ctx) -> Decided {
        let Some(report) = &ctx.facts.report else {
            return Err(award_rank(
                "the committee has not reported (no evaluation report); record the evaluation once its report is complete".to_owned(),
                "评标委员会尚未提交评审报告，请在报告完成后记录评审结果".to_owned(),
            ));
        };
        if report.ranking.is_empty() {
            return Err(award_rank(
                "the evaluation report ranks no bid; it must rank the valid bids".to_owned(),
                "评审报告没有对任何投标排序，应对有效投标排序".to_owned(),
            ));
        }
        for (i, ranked) in report.ranking.iter().enumerate() {
            let Some(opened) = self.opened_bid(ranked.bid_id) else {
                return Err(award_rank(
                    format!(
                        "the report ranks bid {}, which was not opened on this procurement; only valid opened bids may be ranked",
                        ranked.bid_id
                    ),
                    format!(
                        "评审报告对投标 {} 排了序，但该投标未在本项目开标，只能对开标的有效投标排序",
                        ranked.bid_id
                    ),
                ));
            };
            if !opened.is_valid() {
                return Err(award_rank(
                    format!(
                        "the report ranks bid {}, which is not valid ({}); only valid opened bids may be ranked",
                        ranked.bid_id,
                        opened
                            .defects
                            .iter()
                            .map(|d| d.message.as_str())
                            .collect::<Vec<_>>()
                            .join("; ")
                    ),
                    format!(
                        "评审报告对投标 {} 排了序，但该投标无效（{}），只能对开标的有效投标排序",
                        ranked.bid_id,
                        opened
                            .defects
                            .iter()
                            .map(|d| d.code.as_str())
                            .collect::<Vec<_>>()
                            .join("、")
                    ),
                ));
            }
            if opened.organisation_id != ranked.organisation_id
                || opened.price() != Some(ranked.price)
            {
                return Err(award_rank(
                    format!(
                        "the report's bidder or price for bid {} differs from what was opened",
                        ranked.bid_id
                    ),
                    format!(
                        "评审报告中投标 {} 的投标人或报价与开标记录不一致",
                        ranked.bid_id
                    ),
                ));
            }
            if report.ranking[..i]
                .iter()
                .any(|o| o.bid_id == ranked.bid_id)
            {
                return Err(award_rank(
                    format!("the report ranks bid {} twice", ranked.bid_id),
                    format!("评审报告对投标 {} 排了两次序", ranked.bid_id),
                ));
            }
            if usize::try_from(ranked.rank).ok() != Some(i + 1) {
                return Err(award_rank(
                    format!(
                        "the report's ranks must run 1, 2, 3 … in order; bid {} is ranked {} in place {}",
                        ranked.bid_id,
                        ranked.rank,
                        i + 1
                    ),
                    format!(
                        "评审报告的名次应依次为1、2、3……；投标 {} 在第{}位，名次却是{}",
                        ranked.bid_id,
                        i + 1,
                        ranked.rank
                    ),
                ));
            }
        }
        Ok(vec![ProcurementEvent::EvaluationRecorded {
            report: report.clone(),
            recorded_at: ctx.now,
        }])
    }

    fn decide_award(&self, bid_id: Uuid, ctx: &Ctx) -> Decided {
        let Some(candidate) = self.candidate() else {
            return Err(award_rank(
                "no ranked bid is left to award".to_owned(),
                "已没有可授予中标的排序投标".to_owned(),
            ));
        };
        if candidate.bid_id != bid_id {
            let rank = self
                .report
                .as_ref()
                .and_then(|r| r.ranking.iter().find(|b| b.bid_id == bid_id))
                .map(|b| b.rank);
            let named = rank.map_or_else(|| "is not ranked".to_owned(), |r| format!("ranks {r}"));
            let named_zh = rank.map_or_else(|| "未排序".to_owned(), |r| format!("排第{r}名"));
            return Err(award_rank(
                format!(
                    "bid {bid_id} {named}; the award goes to the top-ranked bid still standing, bid {} (rank {})",
                    candidate.bid_id, candidate.rank
                ),
                format!(
                    "投标 {bid_id} {named_zh}；中标应授予仍有效的排名最前的投标，即投标 {}（第{}名）",
                    candidate.bid_id, candidate.rank
                ),
            ));
        }
        let challenge_deadline = ctx
            .calendar
            .add_working_days(ctx.today(), ctx.policy.challenge_window_working_days);
        Ok(vec![ProcurementEvent::AwardNoticed {
            bid_id,
            organisation_id: candidate.organisation_id,
            price: candidate.price,
            challenge_deadline,
            noticed_at: ctx.now,
        }])
    }

    fn decide_decline(&self, bid_id: Uuid, why: &str, ctx: &Ctx) -> Decided {
        let current = self
            .award
            .as_ref()
            .map(|a| a.bid_id)
            .or_else(|| self.candidate().map(|c| c.bid_id));
        if current != Some(bid_id) {
            return Err(award_rank(
                format!(
                    "bid {bid_id} is not the bid the award goes to; only that bidder can decline the award"
                ),
                format!("投标 {bid_id} 不是中标投标，只有中标人才能放弃中标"),
            ));
        }
        let mut events = vec![ProcurementEvent::AwardDeclined {
            bid_id,
            reason: reason(why)?,
            declined_at: ctx.now,
        }];
        self.fail_if_none_left(bid_id, &mut events, ctx);
        Ok(events)
    }

    fn decide_disqualify(&self, bid_id: Uuid, why: &str, ctx: &Ctx) -> Decided {
        let ranked = self
            .report
            .as_ref()
            .is_some_and(|r| r.ranking.iter().any(|b| b.bid_id == bid_id));
        if !ranked || self.excluded.iter().any(|e| e.bid_id == bid_id) {
            return Err(award_rank(
                format!(
                    "bid {bid_id} is not among the ranked bids still standing; only those can be disqualified"
                ),
                format!("投标 {bid_id} 不在仍有效的排序投标之中，只能取消这些投标的资格"),
            ));
        }
        let mut events = vec![ProcurementEvent::BidDisqualified {
            bid_id,
            reason: reason(why)?,
            disqualified_at: ctx.now,
        }];
        self.fail_if_none_left(bid_id, &mut events, ctx);
        Ok(events)
    }

    /// AWARD-RANK: when the last ranked bid standing goes, the procurement fails with it.
    fn fail_if_none_left(&self, leaving: Uuid, events: &mut Vec<ProcurementEvent>, ctx: &Ctx) {
        let left = self.report.as_ref().map_or(0, |r| {
            r.ranking
                .iter()
                .filter(|b| {
                    b.bid_id != leaving && !self.excluded.iter().any(|e| e.bid_id == b.bid_id)
                })
                .count()
        });
        if left == 0 {
            events.push(ProcurementEvent::ProcurementFailed {
                rule: rules::AWARD_RANK.to_owned(),
                reason: "every ranked bid has declined the award or been disqualified; the procurement fails (废标) and may be procured again".to_owned(),
                failed_at: ctx.now,
            });
        }
    }

    fn decide_challenge(
        &self,
        challenge_id: Uuid,
        organisation_id: Uuid,
        grounds: &str,
        ctx: &Ctx,
    ) -> Decided {
        let grounds = required(
            "grounds",
            ("the grounds (质疑事项)", "质疑事项"),
            grounds,
            REASON_MAX,
        )?;
        if self.challenge(challenge_id).is_some() {
            return Err(DomainError::validation(
                "challengeId",
                format!(
                    "challenge {challenge_id} is already recorded; file a new challenge under a new id"
                ),
            )
            .zh(format!(
                "质疑 {challenge_id} 已记录，新的质疑请使用新的编号"
            )));
        }
        if !self.is_bidder(organisation_id) {
            return Err(award_rank(
                format!(
                    "organisation {organisation_id} did not bid on this procurement; only its bidders may challenge (质疑) the award"
                ),
                format!(
                    "社会组织 {organisation_id} 未参加本项目投标，只有投标人才能对中标结果提出质疑"
                ),
            ));
        }
        let Some(award) = &self.award else {
            return Err(award_rank(
                "there is no award notice to challenge".to_owned(),
                "尚无中标公告，无从质疑".to_owned(),
            ));
        };
        if ctx.today() > award.challenge_deadline {
            return Err(award_rank(
                format!(
                    "the challenge window closed on {}, {} working days after the award notice of {}; a complaint (投诉) may still be open to the finance department",
                    award.challenge_deadline,
                    ctx.policy.challenge_window_working_days,
                    china_date(award.noticed_at)
                ),
                format!(
                    "质疑期限已于{}届满（中标公告{}发布后{}个工作日）；仍可向财政部门投诉",
                    award.challenge_deadline,
                    china_date(award.noticed_at),
                    ctx.policy.challenge_window_working_days
                ),
            ));
        }
        Ok(vec![ProcurementEvent::ChallengeFiled {
            challenge_id,
            organisation_id,
            grounds,
            reply_due: ctx
                .calendar
                .add_working_days(ctx.today(), ctx.policy.challenge_reply_working_days),
            filed_at: ctx.now,
        }])
    }

    fn decide_answer(
        &self,
        challenge_id: Uuid,
        decision: ChallengeDecision,
        reply: &str,
        ctx: &Ctx,
    ) -> Decided {
        let reply = required("reply", ("the reply (答复)", "答复"), reply, REASON_MAX)?;
        let Some(challenge) = self.challenge(challenge_id) else {
            return Err(DomainError::violation(
                rules::PROC_STATE,
                format!("there is no challenge {challenge_id} on this procurement to answer"),
            )
            .zh(format!("本项目没有待答复的质疑 {challenge_id}")));
        };
        if let Some(a) = &challenge.answer {
            return Err(DomainError::violation(
                rules::PROC_STATE,
                format!(
                    "challenge {challenge_id} was answered on {} ({}); it is answered once",
                    china_date(a.answered_at),
                    a.decision.as_str()
                ),
            )
            .zh(format!(
                "质疑 {challenge_id} 已于{}答复（{}），每个质疑只答复一次",
                china_date(a.answered_at),
                a.decision.as_str()
            )));
        }
        let mut events = vec![ProcurementEvent::ChallengeAnswered {
            challenge_id,
            decision,
            reply,
            late: ctx.today() > challenge.reply_due,
            answered_at: ctx.now,
        }];
        if decision == ChallengeDecision::UpheldReprocurement {
            events.push(ProcurementEvent::ProcurementFailed {
                rule: rules::AWARD_RANK.to_owned(),
                reason: format!(
                    "challenge {challenge_id} was upheld with re-procurement; the procurement fails (废标) and is procured again"
                ),
                failed_at: ctx.now,
            });
        }
        Ok(events)
    }

    fn decide_complaint(&self, challenge_id: Uuid, reference: &str, ctx: &Ctx) -> Decided {
        let reference = required(
            "reference",
            ("the complaint reference (投诉编号)", "投诉编号"),
            reference,
            REFERENCE_MAX,
        )?;
        let Some(challenge) = self.challenge(challenge_id) else {
            return Err(DomainError::violation(
                rules::PROC_STATE,
                format!(
                    "there is no challenge {challenge_id} on this procurement; a complaint (投诉) follows a challenge (质疑)"
                ),
            )
            .zh(format!(
                "本项目没有质疑 {challenge_id}；投诉须以质疑为前提"
            )));
        };
        if challenge.complaints.contains(&reference) {
            return Err(DomainError::validation(
                "reference",
                format!("complaint {reference} is already recorded for this challenge"),
            )
            .zh(format!("该质疑的投诉 {reference} 已记录")));
        }
        let last_day = ctx.calendar.add_working_days(
            challenge.reply_due,
            ctx.policy.complaint_window_working_days,
        );
        if ctx.today() > last_day {
            return Err(award_rank(
                format!(
                    "a complaint (投诉) on challenge {challenge_id} could be filed until {last_day}, {} working days after the reply period ended on {}; it is too late to record one",
                    ctx.policy.complaint_window_working_days, challenge.reply_due
                ),
                format!(
                    "对质疑 {challenge_id} 的投诉期限至{last_day}止（答复期限{}届满后{}个工作日），已逾期，不能再记录",
                    challenge.reply_due, ctx.policy.complaint_window_working_days
                ),
            ));
        }
        Ok(vec![ProcurementEvent::ComplaintRecorded {
            challenge_id,
            reference,
            recorded_at: ctx.now,
        }])
    }
}

/// One bid at the opening: its commitment recomputed from what was revealed (BID-SEALED), its
/// bidder checked again against the registry (BID-ELIGIBLE), its price against the budget.
fn open_one(r: &RevealedBid, terms: &ProcurementTerms, ctx: &Ctx) -> OpenedBid {
    let mut defects = Vec::new();
    let mut defect = |code: &str, message: String| {
        defects.push(Ineligibility {
            code: code.to_owned(),
            message,
        })
    };
    match (&r.content, &r.salt) {
        (Some(content), Some(salt)) => {
            match parse_salt("salt", salt) {
                Ok(bytes) if content.commitment(&bytes) == r.commitment => {}
                _ => defect(
                    "COMMITMENT_MISMATCH",
                    format!(
                        "the revealed content of bid {} does not match the commitment {} published at submission",
                        r.bid_id, r.commitment
                    ),
                ),
            }
            if let Err(e) = content.validate() {
                defect("MALFORMED", format!("bid {}: {}", r.bid_id, e.message()));
            }
            if content.price > terms.budget {
                defect(
                    "OVER_BUDGET",
                    format!(
                        "the price ¥{} of bid {} is over the budget ¥{}",
                        content.price, r.bid_id, terms.budget
                    ),
                );
            }
        }
        _ => defect(
            "NOT_REVEALED",
            format!("bid {} could not be decrypted at the opening", r.bid_id),
        ),
    }
    if r.standing.organisation_id != r.organisation_id {
        defect(
            "STANDING_MISMATCH",
            format!(
                "the registry standing read for bid {} is another organisation's",
                r.bid_id
            ),
        );
    }
    defects.extend(ineligibilities(
        &r.standing,
        &terms.requirements,
        &ctx.policy,
        ctx.today(),
    ));
    OpenedBid {
        bid_id: r.bid_id,
        organisation_id: r.organisation_id,
        commitment: r.commitment.clone(),
        content: r.content.clone(),
        salt: r.salt.clone(),
        standing: r.standing.clone(),
        defects,
    }
}

/// "A", "A or B", "A, B or C".
fn one_of(names: &[&str]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}
