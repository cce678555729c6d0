//! `decide` for a bid (BID-SEALED, BID-ELIGIBLE).

use uuid::Uuid;

use super::commands::{BidCommand, SealedBox};
use super::events::{BidEvent, StandingRead};
use super::state::{Bid, BidFacts, BidStatus, BidTerms};
use crate::aggregate::Context;
use crate::calendar::{china_date, china_time};
use crate::error::{DomainError, rules};
use crate::procurement::{BidContent, COMMITMENT_SCHEME, Commitment, check_eligible, parse_salt};

type Decided = Result<Vec<BidEvent>, DomainError>;

/// What a submission or replacement commits to, once every check has passed.
struct Checked {
    commitment: Commitment,
    standing: StandingRead,
}

impl Bid {
    pub(super) fn decide_command(&self, command: &BidCommand, ctx: &Context<BidFacts>) -> Decided {
        use BidCommand as C;
        match command {
            C::Submit {
                bid_id,
                procurement_id,
                organisation_id,
                content,
                salt,
                sealed,
            } => {
                self.require(command, None)?;
                let terms = terms(ctx, *procurement_id)?;
                let checked = check(terms, *organisation_id, content, salt, sealed, ctx)?;
                Ok(vec![BidEvent::BidSubmitted {
                    bid_id: *bid_id,
                    procurement_id: *procurement_id,
                    organisation_id: *organisation_id,
                    jurisdiction: terms.jurisdiction.clone(),
                    commitment: checked.commitment,
                    commitment_scheme: COMMITMENT_SCHEME.to_owned(),
                    sealed: sealed.clone(),
                    standing: checked.standing,
                    submitted_at: ctx.now,
                }])
            }
            C::Replace {
                content,
                salt,
                sealed,
            } => {
                let (procurement_id, organisation_id) = self.live(command)?;
                let terms = terms(ctx, procurement_id)?;
                let checked = check(terms, organisation_id, content, salt, sealed, ctx)?;
                Ok(vec![BidEvent::BidReplaced {
                    commitment: checked.commitment,
                    commitment_scheme: COMMITMENT_SCHEME.to_owned(),
                    sealed: sealed.clone(),
                    standing: checked.standing,
                    replaced_at: ctx.now,
                }])
            }
            C::Withdraw => {
                let (procurement_id, _) = self.live(command)?;
                let terms = terms(ctx, procurement_id)?;
                open_for_bids(terms, ctx, ("withdrawn", "撤回"))?;
                Ok(vec![BidEvent::BidWithdrawn {
                    withdrawn_at: ctx.now,
                }])
            }
        }
    }

    /// The procurement and bidder of a live bid, or PROC-STATE naming what the bid is.
    fn live(&self, command: &BidCommand) -> Result<(Uuid, Uuid), DomainError> {
        self.require(command, Some(BidStatus::Submitted))?;
        match (self.procurement_id, self.organisation_id) {
            (Some(p), Some(o)) => Ok((p, o)),
            // A submitted bid always has both: BidSubmitted sets them.
            _ => Err(DomainError::violation(
                rules::PROC_STATE,
                "this bid records no procurement or organisation; it cannot be changed",
            )
            .zh("该投标没有记录采购项目或投标社会组织，不能变更")),
        }
    }

    fn require(&self, command: &BidCommand, allowed: Option<BidStatus>) -> Result<(), DomainError> {
        if self.status == allowed {
            return Ok(());
        }
        let current = match self.status {
            Some(s) => format!("the bid is {} ({})", s.as_str(), s.label_zh()),
            None => "no bid has been submitted under this id".to_owned(),
        };
        let needed = match allowed {
            Some(s) => format!("needs a bid that is {}", s.as_str()),
            None => "opens a new bid: submit under a new bid id, or replace this one".to_owned(),
        };
        let current_zh = match self.status {
            Some(s) => format!("该投标的状态为“{}”", s.label_zh()),
            None => "此编号下尚未提交投标".to_owned(),
        };
        let needed_zh = match allowed {
            Some(s) => format!("须针对状态为“{}”的投标", s.label_zh()),
            None => "会新建一份投标：请使用新的投标编号提交，或修改现有投标".to_owned(),
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
}

fn terms(ctx: &Context<BidFacts>, procurement_id: Uuid) -> Result<&BidTerms, DomainError> {
    ctx.facts
        .terms
        .as_ref()
        .filter(|t| t.procurement_id == procurement_id)
        .ok_or_else(|| {
            DomainError::violation(
                rules::BID_SEALED,
                format!("there is no procurement {procurement_id} to bid on"),
            )
            .zh(format!("没有可投标的采购项目 {procurement_id}"))
        })
}

/// BID-SEALED: bids are taken, changed and withdrawn only while the procurement is published
/// and its deadline has not come; late bids are refused.
fn open_for_bids(
    terms: &BidTerms,
    ctx: &Context<BidFacts>,
    (verb, verb_zh): (&str, &str),
) -> Result<(), DomainError> {
    if ctx.now >= terms.bid_deadline {
        return Err(DomainError::violation(
            rules::BID_SEALED,
            format!(
                "the bid deadline of “{}” was {} (Beijing time); late bids are refused, and a bid cannot be {verb} after the deadline",
                terms.title,
                china_time(terms.bid_deadline)
            ),
        )
        .zh(format!(
            "“{}”的投标截止时间为{}（北京时间），逾期投标不予受理，截止后不能{verb_zh}投标",
            terms.title,
            china_time(terms.bid_deadline)
        )));
    }
    if !terms.accepting_bids {
        return Err(DomainError::violation(
            rules::BID_SEALED,
            format!(
                "“{}” is not open for bids (it is not published, or bidding has closed); a bid can be {verb} only while the procurement is published and before its deadline",
                terms.title
            ),
        )
        .zh(format!(
            "“{}”不在投标期内（尚未发布采购公告或投标已截止），只有在采购公告发布后、投标截止前才能{verb_zh}投标",
            terms.title
        )));
    }
    Ok(())
}

fn check(
    terms: &BidTerms,
    organisation_id: Uuid,
    content: &BidContent,
    salt: &str,
    sealed: &SealedBox,
    ctx: &Context<BidFacts>,
) -> Result<Checked, DomainError> {
    content.validate()?;
    let salt = parse_salt("salt", salt)?;
    sealed.validate()?;
    open_for_bids(terms, ctx, ("submitted or replaced", "提交或修改"))?;
    let standing = ctx
        .facts
        .standing
        .as_ref()
        .filter(|s| s.organisation_id == organisation_id)
        .ok_or_else(|| {
            DomainError::violation(
                rules::BID_ELIGIBLE,
                format!(
                    "organisation {organisation_id} is not in the registry; only registered social organisations may bid"
                ),
            )
            .zh(format!(
                "登记信息中没有社会组织 {organisation_id}，只有已登记的社会组织可以投标"
            ))
        })?;
    check_eligible(
        standing,
        &terms.requirements,
        &ctx.policy,
        china_date(ctx.now),
    )?;
    if content.price > terms.budget {
        return Err(DomainError::violation(
            rules::BID_ELIGIBLE,
            format!(
                "the price ¥{} is over the budget of “{}”, ¥{}; a bid above the budget (超过采购预算) cannot be accepted",
                content.price, terms.title, terms.budget
            ),
        )
        .zh(format!(
            "报价¥{}超过“{}”的采购预算¥{}，超过采购预算的投标不予接受",
            content.price.grouped(),
            terms.title,
            terms.budget.grouped()
        )));
    }
    Ok(Checked {
        commitment: content.commitment(&salt),
        standing: StandingRead {
            registry_version: standing.registry_version,
            registry_position: standing.registry_position,
        },
    })
}
