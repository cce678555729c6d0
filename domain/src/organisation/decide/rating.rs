//! Ratings 1A–5A (RATE-GRADE; Part B §2.5, §3.2).

use super::Decided;
use crate::calendar::add_years;
use crate::error::{DomainError, rules};
use crate::organisation::RegistryContext as Context;
use crate::organisation::events::OrganisationEvent;
use crate::organisation::state::Organisation;

const GRADES: std::ops::RangeInclusive<u8> = 1..=5;
const MAX_SCORE: u32 = 1000;

fn violation(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::RATE_GRADE, message).zh(zh)
}

impl Organisation {
    pub(super) fn decide_rate(&self, grade: u8, score: u32, ctx: &Context) -> Decided {
        if !GRADES.contains(&grade) {
            return Err(DomainError::validation_rule(
                "grade",
                rules::RATE_GRADE,
                format!("grade {grade} does not exist; grades are 1 to 5 (1A–5A)"),
            )
            .zh(format!("没有{grade}级，评估等级为1至5级（1A至5A）")));
        }
        if score > MAX_SCORE {
            return Err(DomainError::validation_rule(
                "score",
                rules::RATE_GRADE,
                format!("score {score} is above the scale of {MAX_SCORE} points"),
            )
            .zh(format!("评估得分{score}超过满分{MAX_SCORE}分")));
        }
        if self.credit.is_listed() {
            return Err(violation(
                format!(
                    "the organisation is {}; a listed organisation cannot be rated",
                    self.credit.describe()
                ),
                format!(
                    "该社会组织{}，被列入信用名单的社会组织不能参加评估",
                    self.credit.describe_zh()
                ),
            ));
        }
        let today = ctx.today();
        let Some(registered_on) = self.registered_on() else {
            return Err(violation(
                "the organisation has no recorded registration date, so its eligibility cannot be established".to_owned(),
                "该社会组织没有登记成立日期，无法确定能否参加评估".to_owned(),
            ));
        };
        let eligible_from = add_years(registered_on, ctx.policy.rating_min_years_registered);
        if today < eligible_from {
            return Err(violation(
                format!(
                    "registered on {registered_on}, the organisation is eligible for rating from {eligible_from}, after {} full years",
                    ctx.policy.rating_min_years_registered
                ),
                format!(
                    "该社会组织于{registered_on}登记成立，须登记满{}年，自{eligible_from}起方可参加评估",
                    ctx.policy.rating_min_years_registered
                ),
            ));
        }
        if let Some(current) = self.rating.as_ref().filter(|r| r.is_valid_on(today)) {
            return Err(violation(
                format!(
                    "the {}A grade is valid until {}; the organisation can be rated again once it expires",
                    current.grade, current.valid_until
                ),
                format!(
                    "{}A等级有效期至{}，期满后方可重新评估",
                    current.grade, current.valid_until
                ),
            ));
        }
        Ok(vec![OrganisationEvent::RatingAwarded {
            grade,
            score,
            awarded_at: ctx.now,
            valid_from: today,
            valid_until: add_years(today, ctx.policy.rating_valid_years),
        }])
    }

    pub(super) fn decide_expire_rating(&self, ctx: &Context) -> Decided {
        let Some(current) = &self.rating else {
            return Err(violation(
                "the organisation has no current rating to expire".to_owned(),
                "该社会组织没有现行的评估等级".to_owned(),
            ));
        };
        if ctx.today() <= current.valid_until {
            return Err(violation(
                format!(
                    "the {}A grade is valid until {}; it expires only after that day",
                    current.grade, current.valid_until
                ),
                format!(
                    "{}A等级有效期至{}，过了当日才到期",
                    current.grade, current.valid_until
                ),
            ));
        }
        Ok(vec![OrganisationEvent::RatingExpired {
            expired_at: ctx.now,
        }])
    }
}
