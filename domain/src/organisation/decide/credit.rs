//! Credit lists (CREDIT-ABNORMAL, CREDIT-SERIOUS; Part B §2.3).

use super::Decided;
use crate::calendar::{add_months, add_years, china_date};
use crate::error::{DomainError, rules};
use crate::organisation::RegistryContext as Context;
use crate::organisation::credit::{
    AbnormalListing, AbnormalTrigger, CreditStanding, RemovalBasis, SeriousTrigger,
};
use crate::organisation::events::OrganisationEvent;
use crate::organisation::rules::check_reason;
use crate::organisation::state::Organisation;

fn abnormal(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::CREDIT_ABNORMAL, message).zh(zh)
}

fn serious(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::CREDIT_SERIOUS, message).zh(zh)
}

impl Organisation {
    fn current_abnormal(&self) -> Result<&AbnormalListing, DomainError> {
        self.credit.abnormal().ok_or_else(|| {
            abnormal(
                format!(
                    "the organisation is {}, not on the abnormal-activity list (活动异常名录)",
                    self.credit.describe()
                ),
                format!(
                    "该社会组织{}，不在活动异常名录中",
                    self.credit.describe_zh()
                ),
            )
        })
    }

    /// An abnormal listing starting now. A new trigger restarts the clock, and an earlier
    /// trigger that still needs rectification keeps blocking automatic removal.
    pub(super) fn abnormal_listed(
        &self,
        trigger: AbnormalTrigger,
        reason: String,
        rectification_required: bool,
        ctx: &Context,
    ) -> OrganisationEvent {
        let today = ctx.today();
        let rectification_required = rectification_required
            || self
                .credit
                .abnormal()
                .is_some_and(|l| l.rectification_required);
        OrganisationEvent::AbnormalListed {
            trigger,
            reason,
            rectification_required,
            listed_at: ctx.now,
            escalates_on: add_years(today, ctx.policy.abnormal_to_serious_years),
            auto_removable_on: (!rectification_required)
                .then(|| add_months(today, ctx.policy.abnormal_auto_removal_months)),
        }
    }

    pub(super) fn decide_list_as_abnormal(
        &self,
        trigger: AbnormalTrigger,
        reason: &str,
        rectification_required: bool,
        ctx: &Context,
    ) -> Decided {
        if let Some(listing) = self.credit.serious() {
            return Err(serious(
                format!(
                    "the organisation has been on the serious-violation list (严重违法失信名单) since {}; it cannot also be on the abnormal-activity list",
                    listing.listed_on
                ),
                format!(
                    "该社会组织自{}起已被列入严重违法失信名单，不能同时列入活动异常名录",
                    listing.listed_on
                ),
            ));
        }
        let reason = check_reason(
            reason,
            (
                "listing on the abnormal-activity list (活动异常名录)",
                "列入活动异常名录",
            ),
        )?;
        Ok(vec![self.abnormal_listed(
            trigger,
            reason,
            rectification_required,
            ctx,
        )])
    }

    pub(super) fn decide_verify_rectification(&self, ctx: &Context) -> Decided {
        let listing = self.current_abnormal()?;
        if let (Some(at), Some(due)) = (listing.rectification_verified_at, listing.removal_due) {
            return Err(abnormal(
                format!(
                    "the rectification was already verified on {at}; the listing is to be removed by {due}"
                ),
                format!(
                    "整改情况已于{}核实，应于{due}前移出活动异常名录",
                    china_date(at)
                ),
            ));
        }
        Ok(vec![OrganisationEvent::RectificationVerified {
            verified_at: ctx.now,
            removal_due: ctx
                .calendar
                .add_working_days(ctx.today(), ctx.policy.rectified_removal_working_days),
        }])
    }

    pub(super) fn decide_remove_from_abnormal(
        &self,
        basis: RemovalBasis,
        reason: Option<&str>,
        ctx: &Context,
    ) -> Decided {
        let listing = self.current_abnormal()?;
        let reason = match basis {
            RemovalBasis::Rectified => {
                if listing.rectification_required && listing.rectification_verified_at.is_none() {
                    return Err(abnormal(
                        "this listing requires rectification (整改): staff must verify the rectification first (VerifyRectification), then remove the listing within the working days that follow".to_owned(),
                        "该列入须经整改：请先核实整改情况，再在其后的工作日期限内移出".to_owned(),
                    ));
                }
                check_reason(
                    reason.unwrap_or_default(),
                    (
                        "removing from the abnormal-activity list after rectification",
                        "整改后移出活动异常名录",
                    ),
                )?
            }
            RemovalBasis::PeriodElapsed => {
                let Some(from) = listing
                    .auto_removable_on
                    .filter(|_| !listing.rectification_required)
                else {
                    return Err(abnormal(
                        "this listing requires rectification, so it is removed only after rectification (RECTIFIED), never by the passing of time".to_owned(),
                        "该列入须经整改，只能在整改后移出，不会期满自动移出".to_owned(),
                    ));
                };
                if ctx.today() < from {
                    return Err(abnormal(
                        format!(
                            "removal before its period: the listing can be removed automatically from {from}"
                        ),
                        format!("列入期限未满：自{from}起方可期满自动移出"),
                    ));
                }
                match reason {
                    Some(r) => check_reason(
                        r,
                        (
                            "removing from the abnormal-activity list",
                            "移出活动异常名录",
                        ),
                    )?,
                    None => format!(
                        "no rectification was required and the listing period ended; removed automatically from {from} (期满自动移出)"
                    ),
                }
            }
        };
        Ok(vec![OrganisationEvent::AbnormalRemoved {
            basis,
            reason,
            removed_at: ctx.now,
        }])
    }

    pub(super) fn decide_escalate(&self, ctx: &Context) -> Decided {
        let listing = self.current_abnormal()?;
        if ctx.today() < listing.escalates_on {
            return Err(abnormal(
                format!(
                    "the organisation moves to the serious-violation list only from {}",
                    listing.escalates_on
                ),
                format!(
                    "该社会组织自{}起方可转入严重违法失信名单",
                    listing.escalates_on
                ),
            ));
        }
        Ok(vec![OrganisationEvent::SeriousListed {
            trigger: SeriousTrigger::AbnormalTwoYears,
            reason: format!(
                "on the abnormal-activity list since {} and not removed by {} (列入活动异常名录届满)",
                listing.listed_on, listing.escalates_on
            ),
            listed_at: ctx.now,
            removable_from: add_years(ctx.today(), ctx.policy.serious_min_years),
        }])
    }

    pub(super) fn decide_list_as_serious(
        trigger: SeriousTrigger,
        reason: &str,
        ctx: &Context,
    ) -> Decided {
        if trigger == SeriousTrigger::AbnormalTwoYears {
            return Err(DomainError::validation_rule(
                "trigger",
                rules::CREDIT_SERIOUS,
                "ABNORMAL_TWO_YEARS is recorded only when the abnormal listing's period ends (EscalateToSerious); choose the trigger of this listing",
            )
            .zh("“列入活动异常名录届满”（ABNORMAL_TWO_YEARS）只在活动异常名录期限届满转入时记录，请选择本次列入的事由"));
        }
        let reason = check_reason(
            reason,
            (
                "listing on the serious-violation list (严重违法失信名单)",
                "列入严重违法失信名单",
            ),
        )?;
        // From the serious list too: a new trigger restarts the two-year clock.
        Ok(vec![OrganisationEvent::SeriousListed {
            trigger,
            reason,
            listed_at: ctx.now,
            removable_from: add_years(ctx.today(), ctx.policy.serious_min_years),
        }])
    }

    pub(super) fn decide_remove_from_serious(&self, reason: &str, ctx: &Context) -> Decided {
        let CreditStanding::Serious(listing) = &self.credit else {
            return Err(serious(
                format!(
                    "the organisation is {}, not on the serious-violation list (严重违法失信名单)",
                    self.credit.describe()
                ),
                format!(
                    "该社会组织{}，不在严重违法失信名单中",
                    self.credit.describe_zh()
                ),
            ));
        };
        if ctx.today() < listing.removable_from {
            return Err(serious(
                format!(
                    "removal from the serious-violation list comes no earlier than {}, when the minimum period since the last trigger ends",
                    listing.removable_from
                ),
                format!(
                    "自最近一次列入事由起的最短期限届满前不能移出严重违法失信名单，最早{}可以移出",
                    listing.removable_from
                ),
            ));
        }
        let reason = check_reason(
            reason,
            (
                "removing from the serious-violation list (严重违法失信名单)",
                "移出严重违法失信名单",
            ),
        )?;
        Ok(vec![OrganisationEvent::SeriousRemoved {
            reason,
            removed_at: ctx.now,
        }])
    }
}
