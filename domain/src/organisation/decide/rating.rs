//! Ratings 1A–5A (RATE-GRADE; Part B §2.5, §3.2).

use super::Decided;
use crate::calendar::add_years;
use crate::error::{DomainError, rules};
use crate::organisation::RegistryContext as Context;
use crate::organisation::events::OrganisationEvent;
use crate::organisation::state::Organisation;

const GRADES: std::ops::RangeInclusive<u8> = 1..=5;
const MAX_SCORE: u32 = 1000;

fn violation(message: String) -> DomainError {
    DomainError::violation(rules::RATE_GRADE, message)
}

impl Organisation {
    pub(super) fn decide_rate(&self, grade: u8, score: u32, ctx: &Context) -> Decided {
        if !GRADES.contains(&grade) {
            return Err(DomainError::validation_rule(
                "grade",
                rules::RATE_GRADE,
                format!("grade {grade} does not exist; grades are 1 to 5 (1A–5A)"),
            ));
        }
        if score > MAX_SCORE {
            return Err(DomainError::validation_rule(
                "score",
                rules::RATE_GRADE,
                format!("score {score} is above the scale of {MAX_SCORE} points"),
            ));
        }
        if self.credit.is_listed() {
            return Err(violation(format!(
                "the organisation is {}; a listed organisation cannot be rated",
                self.credit.describe()
            )));
        }
        let today = ctx.today();
        let Some(registered_on) = self.registered_on() else {
            return Err(violation(
                "the organisation has no recorded registration date, so its eligibility cannot be established".to_owned(),
            ));
        };
        let eligible_from = add_years(registered_on, ctx.policy.rating_min_years_registered);
        if today < eligible_from {
            return Err(violation(format!(
                "registered on {registered_on}, the organisation is eligible for rating from {eligible_from}, after {} full years",
                ctx.policy.rating_min_years_registered
            )));
        }
        if let Some(current) = self.rating.as_ref().filter(|r| r.is_valid_on(today)) {
            return Err(violation(format!(
                "the {}A grade is valid until {}; the organisation can be rated again once it expires",
                current.grade, current.valid_until
            )));
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
            ));
        };
        if ctx.today() <= current.valid_until {
            return Err(violation(format!(
                "the {}A grade is valid until {}; it expires only after that day",
                current.grade, current.valid_until
            )));
        }
        Ok(vec![OrganisationEvent::RatingExpired {
            expired_at: ctx.now,
        }])
    }
}
