//! `decide` for a contract (CON-SIGN, PROC-TERM, CON-ACCEPTANCE, CON-PAYMENT, CON-SUPPLEMENT,
//! AUDIT-IMMUTABLE, PROC-STATE).

use std::collections::HashSet;

use chrono::NaiveDate;
use uuid::Uuid;

use super::commands::{ContractCommand, MilestoneSpec};
use super::events::ContractEvent;
use super::state::{
    AwardedProcurement, Contract, ContractFacts, ContractStatus, Milestone, MilestoneKind,
    MilestoneTerms, sum,
};
use crate::aggregate::Context;
use crate::calendar::{add_days, china_date};
use crate::error::{DomainError, rules};
use crate::procurement::{ProcurementStatus, check_service_period};
use crate::values::{Money, TextShape, check_no_control_chars, clean_text};

type Decided = Result<Vec<ContractEvent>, DomainError>;
type Ctx = Context<ContractFacts>;

/// A contract lists its milestones in one request: bounded like every list a client sends.
pub const MAX_MILESTONES: usize = 100;
const MILESTONE_ID_MAX: usize = 40;
const TITLE_MAX: usize = 200;
const REPORT_MAX: usize = 20_000;
const NOTE_MAX: usize = 2_000;
const REASON_MAX: usize = 2_000;
const REFERENCE_MAX: usize = 100;

/// Free text as recorded: cleaned, without control characters, within `max`; `required`
/// refuses it empty. `label` names the field in English and in Chinese.
fn text(
    field: &'static str,
    (label, label_zh): (&str, &str),
    value: &str,
    max: usize,
    required: bool,
) -> Result<String, DomainError> {
    check_no_control_chars(field, label, value, TextShape::Paragraph)?;
    let text = clean_text(value);
    if required && text.is_empty() {
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

/// A decision that changes a contract's course or corrects its record gives its reason, under
/// the rule that asks for one.
fn reason(
    value: &str,
    (what, what_zh): (&str, &str),
    rule: &'static str,
) -> Result<String, DomainError> {
    let reason = clean_text(value);
    if reason.is_empty() {
        return Err(DomainError::validation_rule(
            "reason",
            rule,
            format!("{what} needs a reason (理由), and none was given"),
        )
        .zh(format!("{what_zh}须说明理由，未填写理由")));
    }
    check_no_control_chars("reason", "the reason (理由)", &reason, TextShape::Paragraph)?;
    let len = reason.chars().count();
    if len > REASON_MAX {
        return Err(DomainError::validation_rule(
            "reason",
            rule,
            format!("the reason has {len} characters; at most {REASON_MAX} are allowed"),
        )
        .zh(format!("理由为{len}个字符，最多{REASON_MAX}个字符")));
    }
    Ok(reason)
}

fn positive(
    field: &'static str,
    (label, label_zh): (&str, &str),
    amount: Money,
) -> Result<(), DomainError> {
    if amount.fen() <= 0 {
        return Err(
            DomainError::validation(field, format!("{label} must be more than ¥0.00"))
                .zh(format!("{label_zh}金额应大于¥0.00")),
        );
    }
    Ok(())
}

fn payment_rule(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::CON_PAYMENT, message).zh(zh)
}

/// How a Chinese message names a milestone: "付款节点 PAY-1“首期款”".
fn milestone_zh(m: &Milestone) -> String {
    format!(
        "{}节点 {}“{}”",
        m.terms.kind.label_zh(),
        m.id(),
        m.terms.title
    )
}

impl Contract {
    pub(super) fn decide_command(&self, command: &ContractCommand, ctx: &Ctx) -> Decided {
        use ContractCommand as C;
        use ContractStatus as S;
        match command {
            C::Sign {
                contract_id,
                procurement_id,
                supplier,
                amount,
                service_start,
                service_end,
                milestones,
            } => {
                self.require(command, &[])?;
                let procurement = signable(ctx, *procurement_id)?;
                let award = check_award(procurement, *supplier, *amount, ctx)?;
                check_service_period(
                    *service_start,
                    *service_end,
                    procurement.terms.stable_and_funded,
                    &ctx.policy,
                )?;
                let milestones = resolve_milestones(
                    milestones,
                    &[],
                    (*service_start, *service_end),
                    *amount,
                    rules::CON_PAYMENT,
                )?;
                Ok(vec![ContractEvent::ContractSigned {
                    contract_id: *contract_id,
                    procurement_id: *procurement_id,
                    award_bid_id: award.0,
                    award_noticed_at: award.1,
                    supplier: *supplier,
                    amount: *amount,
                    service_start: *service_start,
                    service_end: *service_end,
                    terms: Box::new(procurement.terms.clone()),
                    milestones,
                    signed_at: ctx.now,
                }])
            }
            C::SignFromGrant {
                contract_id,
                contest_id,
                submission_id,
                service_start,
                service_end,
                milestones,
            } => {
                self.require(command, &[])?;
                let grant = ctx
                    .facts
                    .grant
                    .as_ref()
                    .filter(|g| g.contest_id == *contest_id && g.submission_id == *submission_id)
                    .ok_or_else(|| {
                        DomainError::violation(
                            rules::CONTEST_GRANT,
                            format!(
                                "contest {contest_id} awarded no grant to submission {submission_id}; a contract is signed from an awarded grant"
                            ),
                        )
                        .zh(format!(
                            "大赛 {contest_id} 未向参赛项目 {submission_id} 发放资助，只能依据已发放的资助签订合同"
                        ))
                    })?;
                check_service_period(*service_start, *service_end, false, &ctx.policy)?;
                let milestones = resolve_milestones(
                    milestones,
                    &[],
                    (*service_start, *service_end),
                    grant.amount,
                    rules::CON_PAYMENT,
                )?;
                let mut terms = grant.terms.clone();
                terms.service_start = *service_start;
                terms.service_end = *service_end;
                Ok(vec![ContractEvent::ContractSignedFromGrant {
                    contract_id: *contract_id,
                    contest_id: *contest_id,
                    submission_id: *submission_id,
                    supplier: grant.organisation_id,
                    amount: grant.amount,
                    service_start: *service_start,
                    service_end: *service_end,
                    terms: Box::new(terms),
                    milestones,
                    signed_at: ctx.now,
                }])
            }
            C::AcceptMilestone {
                milestone_id,
                passed,
                recipients_participating,
                recipients_note,
                report,
            } => {
                self.require(command, &[S::Active])?;
                let milestone = self.delivery(milestone_id)?;
                if milestone.is_accepted() {
                    return Err(DomainError::violation(
                        rules::CON_ACCEPTANCE,
                        format!(
                            "milestone {milestone_id} “{}” has already passed its acceptance (验收合格); a mistaken result is corrected with a correction and its reason, not accepted again",
                            milestone.terms.title
                        ),
                    )
                    .zh(format!(
                        "{}已验收合格；验收结果有误的，应说明理由予以更正，不能重复验收",
                        milestone_zh(milestone)
                    )));
                }
                // 实施条例 第45条: the recipients of a public service take part in its
                // acceptance; every contract here is a purchase of services.
                if *recipients_participating == 0 {
                    return Err(DomainError::validation_rule(
                        "recipientsParticipating",
                        rules::CON_ACCEPTANCE,
                        "the service recipients (服务对象) take part in the acceptance of a public service; record how many took part (at least 1)",
                    )
                    .zh("公共服务项目的履约验收应有服务对象参与，请填写参与验收的服务对象人数（至少1人）"));
                }
                let recipients_note = text(
                    "recipientsNote",
                    (
                        "the note on the recipients' participation",
                        "服务对象参与情况说明",
                    ),
                    recipients_note,
                    NOTE_MAX,
                    false,
                )?;
                let report = text(
                    "report",
                    ("the acceptance report (验收报告)", "验收报告"),
                    report,
                    REPORT_MAX,
                    true,
                )?;
                Ok(vec![ContractEvent::MilestoneAccepted {
                    milestone_id: milestone.id().to_owned(),
                    passed: *passed,
                    recipients_participating: *recipients_participating,
                    recipients_note,
                    report,
                    payment_due: passed.then(|| add_days(ctx.today(), ctx.policy.payment_due_days)),
                    accepted_at: ctx.now,
                }])
            }
            C::RecordPayment {
                payment_id,
                milestone_id,
                amount,
                reference,
            } => {
                self.require(command, &S::ALL)?;
                positive("amount", ("a payment", "付款"), *amount)?;
                let reference = text(
                    "reference",
                    ("the payment reference (付款凭证号)", "付款凭证号"),
                    reference,
                    REFERENCE_MAX,
                    true,
                )?;
                if self.payment(*payment_id).is_some() {
                    return Err(payment_rule(
                        format!(
                            "payment {payment_id} is already recorded; record another payment under a new id"
                        ),
                        format!("付款 {payment_id} 已登记；另一笔付款请使用新的编号登记"),
                    ));
                }
                let milestone = self.payable(milestone_id)?;
                let Some(due) = self.unlocking_acceptance(milestone).map(|a| a.payment_due) else {
                    return Err(payment_rule(
                        format!(
                            "payment milestone {milestone_id} “{}” follows the acceptance of {}, which has not passed; payments follow accepted milestones",
                            milestone.terms.title,
                            milestone.terms.follows.as_deref().unwrap_or("its delivery")
                        ),
                        format!(
                            "{}以交付验收节点 {} 验收合格为付款条件，该节点尚未验收合格；验收合格后方可付款",
                            milestone_zh(milestone),
                            milestone.terms.follows.as_deref().unwrap_or_default()
                        ),
                    ));
                };
                self.check_paid(milestone, Money::default(), *amount)?;
                Ok(vec![ContractEvent::PaymentRecorded {
                    payment_id: *payment_id,
                    milestone_id: milestone.id().to_owned(),
                    amount: *amount,
                    reference,
                    late: due.is_some_and(|d| ctx.today() > d),
                    paid_at: ctx.now,
                }])
            }
            C::Supplement {
                supplement_id,
                amount,
                same_subject,
                description,
                milestones,
            } => {
                self.require(command, &[S::Active])?;
                positive("amount", ("a supplement", "补充合同"), *amount)?;
                let description = text(
                    "description",
                    ("the supplement's description", "补充合同内容"),
                    description,
                    REPORT_MAX,
                    true,
                )?;
                if !same_subject {
                    return Err(DomainError::violation(
                        rules::CON_SUPPLEMENT,
                        "a supplementary contract (补充合同) adds to the same subject without changing its other terms (政府采购法 第49条); a different subject is procured on its own",
                    )
                    .zh("补充合同只能追加与原合同标的相同的服务，且不得改变合同其他条款（政府采购法第四十九条）；标的不同的应另行采购"));
                }
                if self
                    .supplements
                    .iter()
                    .any(|s| s.supplement_id == *supplement_id)
                {
                    return Err(DomainError::violation(
                        rules::CON_SUPPLEMENT,
                        format!("supplement {supplement_id} is already recorded"),
                    )
                    .zh(format!("补充合同 {supplement_id} 已登记")));
                }
                self.check_supplement_limit(*amount, ctx)?;
                let (start, end) = self.period();
                let milestones = resolve_milestones(
                    milestones,
                    &self.milestones,
                    (start, end),
                    *amount,
                    rules::CON_SUPPLEMENT,
                )?;
                Ok(vec![ContractEvent::ContractSupplemented {
                    supplement_id: *supplement_id,
                    amount: *amount,
                    description,
                    milestones,
                    supplemented_at: ctx.now,
                }])
            }
            C::Suspend { reason: r } => {
                self.require(command, &[S::Active])?;
                Ok(vec![ContractEvent::ContractSuspended {
                    reason: reason(
                        r,
                        ("suspending a contract", "中止合同"),
                        rules::REG_REFUSAL_REASON,
                    )?,
                    suspended_at: ctx.now,
                }])
            }
            C::Resume { reason: r } => {
                self.require(command, &[S::Suspended])?;
                Ok(vec![ContractEvent::ContractResumed {
                    reason: reason(
                        r,
                        ("resuming a contract", "恢复履行合同"),
                        rules::REG_REFUSAL_REASON,
                    )?,
                    resumed_at: ctx.now,
                }])
            }
            C::Terminate { reason: r } => {
                self.require(command, &[S::Active, S::Suspended])?;
                Ok(vec![ContractEvent::ContractTerminated {
                    reason: reason(
                        r,
                        ("terminating a contract", "解除合同"),
                        rules::REG_REFUSAL_REASON,
                    )?,
                    terminated_at: ctx.now,
                }])
            }
            C::Complete => {
                self.require(command, &[S::Active])?;
                let pending: Vec<&str> = self
                    .milestones
                    .iter()
                    .filter(|m| m.terms.kind == MilestoneKind::Delivery && !m.is_accepted())
                    .map(Milestone::id)
                    .collect();
                if !pending.is_empty() {
                    return Err(DomainError::violation(
                        rules::CON_ACCEPTANCE,
                        format!(
                            "a contract is completed once every delivery has passed its acceptance (履约验收); not yet accepted: {}",
                            pending.join(", ")
                        ),
                    )
                    .zh(format!(
                        "所有交付验收节点均验收合格后，合同方可履行完毕；尚未验收合格的节点：{}",
                        pending.join("、")
                    )));
                }
                Ok(vec![ContractEvent::ContractCompleted {
                    completed_at: ctx.now,
                }])
            }
            C::CorrectPayment {
                payment_id,
                amount,
                reason: r,
            } => {
                self.require(command, &S::ALL)?;
                let why = reason(
                    r,
                    ("correcting a payment", "更正付款"),
                    rules::AUDIT_IMMUTABLE,
                )?;
                let Some(payment) = self.payment(*payment_id) else {
                    return Err(payment_rule(
                        format!("there is no payment {payment_id} on this contract to correct"),
                        format!("本合同没有可更正的付款 {payment_id}"),
                    ));
                };
                if payment.amount == *amount {
                    return Err(DomainError::validation_rule(
                        "amount",
                        rules::AUDIT_IMMUTABLE,
                        format!(
                            "payment {payment_id} already stands at ¥{amount}; a correction changes the amount"
                        ),
                    )
                    .zh(format!(
                        "付款 {payment_id} 的金额已是¥{}；更正应改变金额",
                        amount.grouped()
                    )));
                }
                let milestone = self.payable(&payment.milestone_id)?;
                self.check_paid(milestone, payment.amount, *amount)?;
                Ok(vec![ContractEvent::PaymentCorrected {
                    payment_id: *payment_id,
                    corrects_version: payment.version,
                    old_amount: payment.amount,
                    new_amount: *amount,
                    reason: why,
                    corrected_at: ctx.now,
                }])
            }
            C::CorrectAcceptance {
                milestone_id,
                passed,
                reason: r,
            } => {
                self.require(command, &S::ALL)?;
                let why = reason(
                    r,
                    ("correcting an acceptance", "更正验收结果"),
                    rules::AUDIT_IMMUTABLE,
                )?;
                let milestone = self.delivery(milestone_id)?;
                let Some(acceptance) = milestone.acceptance() else {
                    return Err(DomainError::violation(
                        rules::CON_ACCEPTANCE,
                        format!(
                            "milestone {milestone_id} has no acceptance to correct; record its acceptance"
                        ),
                    )
                    .zh(format!(
                        "{}尚无验收记录可更正；请先办理验收",
                        milestone_zh(milestone)
                    )));
                };
                if acceptance.passed == *passed {
                    return Err(DomainError::validation_rule(
                        "passed",
                        rules::AUDIT_IMMUTABLE,
                        format!(
                            "the acceptance of milestone {milestone_id} already records that it {}; a correction changes the result",
                            if *passed { "passed" } else { "failed" }
                        ),
                    )
                    .zh(format!(
                        "{}的验收结果已是“{}”；更正应改变验收结果",
                        milestone_zh(milestone),
                        if *passed { "合格" } else { "不合格" }
                    )));
                }
                if !passed {
                    self.check_unpaid(milestone)?;
                    if self.status == Some(S::Completed) {
                        return Err(DomainError::violation(
                            rules::CON_ACCEPTANCE,
                            "the contract was completed on every delivery's acceptance; a completed contract's acceptance cannot be corrected to failed",
                        )
                        .zh("合同已在各交付节点验收合格后履行完毕，已履行完毕的合同不能将验收结果更正为不合格"));
                    }
                }
                // The clock runs from the day the acceptance took place, not from the
                // correction: a late correction does not buy the purchaser time.
                let payment_due = passed.then(|| {
                    add_days(
                        china_date(acceptance.accepted_at),
                        ctx.policy.payment_due_days,
                    )
                });
                Ok(vec![ContractEvent::AcceptanceCorrected {
                    milestone_id: milestone.id().to_owned(),
                    corrects_version: acceptance.version,
                    old_passed: acceptance.passed,
                    new_passed: *passed,
                    payment_due,
                    reason: why,
                    corrected_at: ctx.now,
                }])
            }
        }
    }

    /// PROC-STATE: the command is allowed in one of `allowed` (none: it opens the stream).
    fn require(
        &self,
        command: &ContractCommand,
        allowed: &[ContractStatus],
    ) -> Result<(), DomainError> {
        let ok = match self.status {
            None => allowed.is_empty(),
            Some(s) => allowed.contains(&s),
        };
        if ok {
            return Ok(());
        }
        let current = match self.status {
            Some(s) => format!("the contract is {s}"),
            None => "no contract has been signed under this id".to_owned(),
        };
        let needed = if allowed.is_empty() {
            "opens a new contract: sign under a new contract id".to_owned()
        } else {
            let names: Vec<String> = allowed.iter().map(ToString::to_string).collect();
            format!("needs a contract that is {}", names.join(" or "))
        };
        let current_zh = match self.status {
            Some(s) => format!("该合同的状态为“{}”", s.label_zh()),
            None => "此编号下尚未签订合同".to_owned(),
        };
        let needed_zh = if allowed.is_empty() {
            "会新建合同：请使用新的合同编号签订".to_owned()
        } else {
            let labels: Vec<&str> = allowed.iter().map(|s| s.label_zh()).collect();
            format!("须合同状态为{}", crate::error::one_of_zh(&labels))
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

    fn period(&self) -> (NaiveDate, NaiveDate) {
        (
            self.service_start.unwrap_or(NaiveDate::MIN),
            self.service_end.unwrap_or(NaiveDate::MAX),
        )
    }

    fn delivery(&self, milestone_id: &str) -> Result<&Milestone, DomainError> {
        match self.milestone(milestone_id) {
            Some(m) if m.terms.kind == MilestoneKind::Delivery => Ok(m),
            Some(m) => Err(DomainError::violation(
                rules::CON_ACCEPTANCE,
                format!(
                    "milestone {milestone_id} is a {} milestone ({}); acceptance (履约验收) is recorded on delivery milestones",
                    m.terms.kind.as_str(),
                    m.terms.kind.label_zh()
                ),
            )
            .zh(format!(
                "{}不是交付验收节点；履约验收只在交付验收节点上办理",
                milestone_zh(m)
            ))),
            None => Err(DomainError::violation(
                rules::CON_ACCEPTANCE,
                format!("this contract has no milestone {milestone_id}"),
            )
            .zh(format!("本合同没有履约节点 {milestone_id}"))),
        }
    }

    fn payable(&self, milestone_id: &str) -> Result<&Milestone, DomainError> {
        match self.milestone(milestone_id) {
            Some(m) if m.terms.kind == MilestoneKind::Payment => Ok(m),
            Some(m) => Err(payment_rule(
                format!(
                    "milestone {milestone_id} is a {} milestone ({}); payments are made against payment milestones",
                    m.terms.kind.as_str(),
                    m.terms.kind.label_zh()
                ),
                format!("{}不是付款节点；付款应按付款节点支付", milestone_zh(m)),
            )),
            None => Err(payment_rule(
                format!("this contract has no milestone {milestone_id}"),
                format!("本合同没有履约节点 {milestone_id}"),
            )),
        }
    }

    /// CON-PAYMENT: with `replaced` taken out and `amount` put in, the milestone and the
    /// contract are not paid beyond what they carry.
    fn check_paid(
        &self,
        milestone: &Milestone,
        replaced: Money,
        amount: Money,
    ) -> Result<(), DomainError> {
        let without = |paid: Money| paid.checked_sub(replaced).unwrap_or_default();
        let on_milestone = without(self.paid_on(milestone.id()));
        if on_milestone
            .checked_add(amount)
            .is_none_or(|after| after > milestone.terms.amount)
        {
            return Err(payment_rule(
                format!(
                    "payment milestone {} “{}” carries ¥{}, of which ¥{on_milestone} is paid; ¥{amount} more would pay beyond it",
                    milestone.id(),
                    milestone.terms.title,
                    milestone.terms.amount
                ),
                format!(
                    "{}的金额为¥{}，已支付¥{}；再支付¥{}将超过该节点金额",
                    milestone_zh(milestone),
                    milestone.terms.amount.grouped(),
                    on_milestone.grouped(),
                    amount.grouped()
                ),
            ));
        }
        let on_contract = without(self.paid());
        if on_contract
            .checked_add(amount)
            .is_none_or(|after| after > self.total())
        {
            return Err(payment_rule(
                format!(
                    "the contract amount with its supplements is ¥{}, of which ¥{on_contract} is paid; ¥{amount} more would pay beyond it",
                    self.total()
                ),
                format!(
                    "合同金额（含补充合同）为¥{}，已支付¥{}；再支付¥{}将超过合同金额",
                    self.total().grouped(),
                    on_contract.grouped(),
                    amount.grouped()
                ),
            ));
        }
        Ok(())
    }

    /// CON-PAYMENT: an acceptance that payments followed is not corrected to failed while
    /// those payments stand.
    fn check_unpaid(&self, delivery: &Milestone) -> Result<(), DomainError> {
        let paid = sum(self
            .payment_milestones()
            .filter(|m| m.terms.follows.as_deref() == Some(delivery.id()))
            .map(|m| self.paid_on(m.id())));
        if paid.fen() > 0 {
            return Err(payment_rule(
                format!(
                    "¥{paid} has been paid following the acceptance of milestone {}; correct those payments before correcting the acceptance to failed",
                    delivery.id()
                ),
                format!(
                    "{}验收合格后已支付¥{}；请先更正这些付款，再将验收结果更正为不合格",
                    milestone_zh(delivery),
                    paid.grouped()
                ),
            ));
        }
        Ok(())
    }

    /// CON-SUPPLEMENT: supplements together add at most `supplementMaxPercent` of the
    /// original amount.
    fn check_supplement_limit(&self, amount: Money, ctx: &Ctx) -> Result<(), DomainError> {
        let percent = ctx.policy.supplement_max_percent;
        if amount > self.supplement_headroom(percent) {
            let limit = self.supplement_limit(percent);
            return Err(DomainError::violation(
                rules::CON_SUPPLEMENT,
                format!(
                    "supplements together may add at most {percent}% of the original amount ¥{}, that is ¥{limit} (政府采购法 第49条); ¥{} is already added, and ¥{amount} more would pass it",
                    self.amount,
                    self.supplemented()
                ),
            )
            .zh(format!(
                "补充合同累计金额不得超过原合同金额¥{}的{percent}%，即¥{}（政府采购法第四十九条）；已追加¥{}，再追加¥{}将超过限额",
                self.amount.grouped(),
                limit.grouped(),
                self.supplemented().grouped(),
                amount.grouped()
            )));
        }
        Ok(())
    }
}

/// CON-SIGN: the procurement named exists and is awarded with a notice in force, and no
/// challenge to that award is open or was upheld.
fn signable(ctx: &Ctx, procurement_id: Uuid) -> Result<&AwardedProcurement, DomainError> {
    let p = ctx
        .facts
        .procurement
        .as_ref()
        .filter(|p| p.procurement_id == procurement_id)
        .ok_or_else(|| {
            sign(
                format!("there is no procurement {procurement_id} to sign a contract for"),
                format!("没有可据以签订合同的采购项目 {procurement_id}"),
            )
        })?;
    if p.status != ProcurementStatus::Awarded || p.award.is_none() {
        return Err(sign(
            format!(
                "“{}” is {}; a contract is signed from an award notice (中标、成交通知书) in force",
                p.terms.title, p.status
            ),
            format!(
                "采购项目“{}”的状态为“{}”；合同应依据有效的中标、成交通知书签订",
                p.terms.title,
                p.status.label_zh()
            ),
        ));
    }
    if p.unanswered_challenges > 0 {
        return Err(sign(
            format!(
                "the award of “{}” has {} challenge(s) (质疑) not yet answered; the contract is signed once they are answered",
                p.terms.title, p.unanswered_challenges
            ),
            format!(
                "采购项目“{}”的中标结果有{}件质疑尚未答复；答复后方可签订合同",
                p.terms.title, p.unanswered_challenges
            ),
        ));
    }
    if p.upheld_challenges > 0 {
        return Err(sign(
            format!(
                "a challenge (质疑) to the award of “{}” was upheld; no contract is signed on that award",
                p.terms.title
            ),
            format!(
                "对采购项目“{}”中标结果的质疑成立，不能依据该中标结果签订合同",
                p.terms.title
            ),
        ));
    }
    Ok(p)
}

fn sign(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::CON_SIGN, message).zh(zh)
}

/// CON-SIGN: with the awarded supplier, for the awarded price, within the days after the
/// notice; returns the awarded bid and the notice's instant.
fn check_award(
    p: &AwardedProcurement,
    supplier: Uuid,
    amount: Money,
    ctx: &Ctx,
) -> Result<(Uuid, chrono::DateTime<chrono::Utc>), DomainError> {
    let Some(award) = p.award.as_ref() else {
        return Err(sign(
            format!("“{}” has no award notice", p.terms.title),
            format!("采购项目“{}”没有中标、成交通知书", p.terms.title),
        ));
    };
    if supplier != award.organisation_id {
        return Err(sign(
            format!(
                "the award of “{}” went to organisation {}; the contract is signed with the awarded supplier, not {supplier}",
                p.terms.title, award.organisation_id
            ),
            format!(
                "采购项目“{}”的中标供应商为 {}；合同应与中标供应商签订，而不是 {supplier}",
                p.terms.title, award.organisation_id
            ),
        ));
    }
    if amount != award.price {
        return Err(sign(
            format!(
                "the award of “{}” is for ¥{}; the contract is signed for the awarded amount, not ¥{amount}",
                p.terms.title, award.price
            ),
            format!(
                "采购项目“{}”的中标金额为¥{}；合同金额应为中标金额，而不是¥{}",
                p.terms.title,
                award.price.grouped(),
                amount.grouped()
            ),
        ));
    }
    let noticed = china_date(award.noticed_at);
    let last = add_days(noticed, ctx.policy.contract_sign_within_days);
    if ctx.today() > last {
        return Err(sign(
            format!(
                "the award notice of “{}” was published on {noticed}; the contract is signed within {} days of it, by {last} (政府采购法 第46条), and today is {}",
                p.terms.title,
                ctx.policy.contract_sign_within_days,
                ctx.today()
            ),
            format!(
                "采购项目“{}”的中标通知书于{noticed}发出；合同应自通知书发出之日起{}日内签订，即{last}前（政府采购法第四十六条），今天是{}",
                p.terms.title,
                ctx.policy.contract_sign_within_days,
                ctx.today()
            ),
        ));
    }
    Ok((award.bid_id, award.noticed_at))
}

fn check_milestone_id(id: &str) -> Result<(), DomainError> {
    let ok = !id.is_empty()
        && id.len() <= MILESTONE_ID_MAX
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'));
    if ok {
        return Ok(());
    }
    Err(DomainError::validation(
        "milestones.id",
        format!(
            "milestone id '{id}' must have 1 to {MILESTONE_ID_MAX} letters, digits, - or _ (e.g. D1, PAY-2), or be left out to be numbered M1, M2, …"
        ),
    )
    .zh(format!(
        "履约节点编号“{id}”应由1至{MILESTONE_ID_MAX}个字母、数字、- 或 _ 组成（如 D1、PAY-2），也可不填，按 M1、M2……顺序编号"
    )))
}

/// The milestones of a contract or a supplement as recorded: ids given or numbered after
/// `existing`, each due within `period`, every payment following a delivery milestone of the
/// contract, and the payments adding up to exactly `amount` (under `rule`).
fn resolve_milestones(
    specs: &[MilestoneSpec],
    existing: &[Milestone],
    period: (NaiveDate, NaiveDate),
    amount: Money,
    rule: &'static str,
) -> Result<Vec<MilestoneTerms>, DomainError> {
    if specs.len() > MAX_MILESTONES || existing.len() + specs.len() > MAX_MILESTONES {
        return Err(DomainError::validation(
            "milestones",
            format!(
                "a contract has at most {MAX_MILESTONES} milestones; {} are given{}",
                specs.len(),
                if existing.is_empty() {
                    String::new()
                } else {
                    format!(" on top of {}", existing.len())
                }
            ),
        )
        .zh(format!(
            "一份合同最多{MAX_MILESTONES}个履约节点；{}本次填写了{}个",
            if existing.is_empty() {
                String::new()
            } else {
                format!("已有{}个，", existing.len())
            },
            specs.len()
        )));
    }
    let mut ids: HashSet<String> = existing.iter().map(|m| m.id().to_owned()).collect();
    let mut deliveries: HashSet<String> = existing
        .iter()
        .filter(|m| m.terms.kind == MilestoneKind::Delivery)
        .map(|m| m.id().to_owned())
        .collect();
    let mut resolved = Vec::with_capacity(specs.len());
    for (i, spec) in specs.iter().enumerate() {
        let n = i + 1;
        let id = match &spec.id {
            Some(id) => {
                check_milestone_id(id)?;
                id.clone()
            }
            None => format!("M{}", existing.len() + n),
        };
        if !ids.insert(id.clone()) {
            return Err(DomainError::validation(
                "milestones.id",
                format!(
                    "milestone {n} has the id {id}, which another milestone of the contract already has"
                ),
            )
            .zh(format!(
                "第{n}个履约节点的编号 {id} 与本合同的另一个节点重复"
            )));
        }
        let title = text(
            "milestones.title",
            ("a milestone's title", "节点名称"),
            &spec.title,
            TITLE_MAX,
            true,
        )
        .map_err(|e| {
            let zh = format!("履约节点 {id}：{}", e.message_zh().unwrap_or(e.message()));
            DomainError::validation(
                "milestones.title",
                format!("milestone {id}: {}", e.message()),
            )
            .zh(zh)
        })?;
        if spec.due < period.0 || spec.due > period.1 {
            return Err(DomainError::validation_rule(
                "milestones.due",
                rules::PROC_TERM,
                format!(
                    "milestone {id} is due on {}, outside the service period {} – {}",
                    spec.due, period.0, period.1
                ),
            )
            .zh(format!(
                "履约节点 {id} 的到期日为{}，不在服务期限{}至{}之内",
                spec.due, period.0, period.1
            )));
        }
        let (amount, follows) = match spec.kind {
            MilestoneKind::Payment => {
                let amount = spec.amount.filter(|a| a.fen() > 0).ok_or_else(|| {
                    DomainError::validation_rule(
                        "milestones.amount",
                        rules::CON_PAYMENT,
                        format!("payment milestone {id} needs an amount of more than ¥0.00"),
                    )
                    .zh(format!("付款节点 {id} 的金额应大于¥0.00"))
                })?;
                let follows = spec.follows.clone().ok_or_else(|| {
                    DomainError::validation_rule(
                        "milestones.follows",
                        rules::CON_PAYMENT,
                        format!(
                            "payment milestone {id} names the delivery milestone whose acceptance it follows (payments follow milestones)"
                        ),
                    )
                    .zh(format!(
                        "付款节点 {id} 应注明以哪个交付验收节点的验收合格为付款条件"
                    ))
                })?;
                (amount, Some(follows))
            }
            kind => {
                if spec.amount.is_some_and(|a| a.fen() != 0) || spec.follows.is_some() {
                    return Err(DomainError::validation_rule(
                        "milestones.amount",
                        rules::CON_PAYMENT,
                        format!(
                            "milestone {id} is a {} milestone; only payment milestones carry an amount and follow a delivery",
                            kind.as_str()
                        ),
                    )
                    .zh(format!(
                        "履约节点 {id} 是{}节点；只有付款节点才有金额并以交付验收为条件",
                        kind.label_zh()
                    )));
                }
                if kind == MilestoneKind::Delivery {
                    deliveries.insert(id.clone());
                }
                (Money::default(), None)
            }
        };
        resolved.push(MilestoneTerms {
            id,
            kind: spec.kind,
            title,
            due: spec.due,
            amount,
            follows,
        });
    }
    for m in &resolved {
        if let Some(f) = m.follows.as_deref().filter(|f| !deliveries.contains(*f)) {
            return Err(DomainError::validation_rule(
                "milestones.follows",
                rules::CON_PAYMENT,
                format!(
                    "payment milestone {} follows {f}, which is not a delivery milestone of the contract",
                    m.id
                ),
            )
            .zh(format!(
                "付款节点 {} 的付款条件 {f} 不是本合同的交付验收节点",
                m.id
            )));
        }
    }
    let payments = sum(resolved.iter().map(|m| m.amount));
    if payments != amount {
        return Err(DomainError::validation_rule(
            "milestones.amount",
            rule,
            format!(
                "the payment milestones add up to ¥{payments}; they must add up to exactly ¥{amount}"
            ),
        )
        .zh(format!(
            "各付款节点金额合计¥{}，应恰好等于¥{}",
            payments.grouped(),
            amount.grouped()
        )));
    }
    Ok(resolved)
}
