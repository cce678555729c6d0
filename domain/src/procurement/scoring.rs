//! Comprehensive scoring (综合评分法): the scheme a procurement publishes and the price score
//! the committee computes from the opened prices (EVAL-PRICE-WEIGHT).
//!
//! Points are kept in hundredths ([`Points`]) so that sums and rankings are exact; the price
//! score is the one division, rounded half up once.

use serde::{Deserialize, Serialize};

use super::method::ProcurementMethod;
use crate::error::{DomainError, rules};
use crate::policy::Policy;
use crate::values::{Money, TextShape, check_no_control_chars};

/// A score in hundredths of a point: 100 points are `Points(10_000)`.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Points(pub u32);

impl Points {
    pub fn whole(points: u32) -> Self {
        Self(points.saturating_mul(100))
    }
}

impl std::fmt::Display for Points {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// One scored factor besides price (technical proposal, team, experience, …), scored by each
/// committee member from 0 to `max_points`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Criterion {
    /// Stable within the scheme: score sheets name criteria by key.
    pub key: String,
    pub name: String,
    pub max_points: u32,
}

/// The scoring scheme published with the procurement: price weighs `price_weight_percent`
/// points of 100, the criteria the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoringScheme {
    pub price_weight_percent: u32,
    pub criteria: Vec<Criterion>,
}

/// At most this many criteria: a scheme is published and every sheet scores each one.
pub const MAX_CRITERIA: usize = 20;

impl ScoringScheme {
    /// Checks the scheme for `method`: the price weight within EVAL-PRICE-WEIGHT, criteria
    /// with distinct keys, and price plus criteria adding up to 100 points.
    pub fn validate(&self, method: ProcurementMethod, policy: &Policy) -> Result<(), DomainError> {
        let (min, max) = method.price_weight_range(policy);
        if self.price_weight_percent < min || self.price_weight_percent > max {
            return Err(DomainError::validation_rule(
                "scoring.priceWeightPercent",
                rules::EVAL_PRICE_WEIGHT,
                format!(
                    "a price weight of {}% is outside what {} allows for services: {min}–{max}%",
                    self.price_weight_percent,
                    method.label_zh()
                ),
            )
            .zh(format!(
                "价格分权重{}%超出{}采购服务允许的范围{min}%–{max}%",
                self.price_weight_percent,
                method.label_zh()
            )));
        }
        self.validate_criteria()
    }

    /// The scheme without its price-weight range: criteria with distinct keys, and price plus
    /// criteria adding up to 100 points. A contest's jury scores criteria only (price weight
    /// 0), so it checks this alone.
    pub fn validate_criteria(&self) -> Result<(), DomainError> {
        if self.criteria.is_empty() || self.criteria.len() > MAX_CRITERIA {
            return Err(DomainError::validation(
                "scoring.criteria",
                format!("a scheme has 1 to {MAX_CRITERIA} criteria besides price"),
            )
            .zh(format!("除价格外，评分办法应有1至{MAX_CRITERIA}项评分因素")));
        }
        let mut total = self.price_weight_percent;
        for (i, c) in self.criteria.iter().enumerate() {
            check_no_control_chars(
                "scoring.criteria.key",
                "A criterion key",
                &c.key,
                TextShape::Line,
            )?;
            check_no_control_chars(
                "scoring.criteria.name",
                "A criterion name",
                &c.name,
                TextShape::Line,
            )?;
            if c.key.trim().is_empty() || c.key.chars().count() > 40 {
                return Err(DomainError::validation(
                    "scoring.criteria.key",
                    "a criterion's key has 1 to 40 characters",
                )
                .zh("评分因素代码应为1至40个字符"));
            }
            if c.name.trim().is_empty() || c.name.chars().count() > 100 {
                return Err(DomainError::validation(
                    "scoring.criteria.name",
                    "a criterion's name has 1 to 100 characters",
                )
                .zh("评分因素名称应为1至100个字符"));
            }
            if c.max_points == 0 {
                return Err(DomainError::validation(
                    "scoring.criteria.maxPoints",
                    format!("criterion '{}' must be worth at least 1 point", c.key),
                )
                .zh(format!("评分因素“{}”至少应为1分", c.key)));
            }
            if self.criteria[..i].iter().any(|o| o.key == c.key) {
                return Err(DomainError::validation(
                    "scoring.criteria.key",
                    format!("criterion '{}' appears twice", c.key),
                )
                .zh(format!("评分因素“{}”重复出现", c.key)));
            }
            total = total.saturating_add(c.max_points);
        }
        if total != 100 {
            return Err(DomainError::validation_rule(
                "scoring",
                rules::EVAL_PRICE_WEIGHT,
                format!(
                    "price ({}%) and the criteria must add up to 100 points, not {total}",
                    self.price_weight_percent
                ),
            )
            .zh(format!(
                "价格分（{}%）与各评分因素合计应为100分，现为{total}分",
                self.price_weight_percent
            )));
        }
        Ok(())
    }

    pub fn criterion(&self, key: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.key == key)
    }

    /// EVAL-PRICE-WEIGHT: lowest valid price ÷ bid price × weight × 100, in hundredths of a
    /// point, rounded half up. A price at or below the lowest scores the full weight.
    pub fn price_score(&self, lowest: Money, price: Money) -> Points {
        price_score(lowest, price, self.price_weight_percent)
    }
}

/// See [`ScoringScheme::price_score`].
pub fn price_score(lowest: Money, price: Money, weight_percent: u32) -> Points {
    let full = Points::whole(weight_percent);
    if price.fen() <= 0 || lowest.fen() >= price.fen() {
        return full;
    }
    // hundredths = lowest / price × weight × 100, half up: (2·lowest·weight·100 + price) / (2·price)
    let numerator = 2 * i128::from(lowest.fen().max(0)) * i128::from(weight_percent) * 100
        + i128::from(price.fen());
    let hundredths = numerator / (2 * i128::from(price.fen()));
    Points(u32::try_from(hundredths).unwrap_or(u32::MAX).min(full.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yuan(y: u32) -> Money {
        Money::from_yuan(y)
    }

    #[test]
    fn price_score_is_the_statutory_formula_in_hundredths_rounded_half_up() {
        // 30 % weight: the lowest price scores 30.00; ¥90k against a lowest ¥80k scores
        // 80/90 × 30 = 26.666… → 26.67.
        assert_eq!(price_score(yuan(80_000), yuan(80_000), 30), Points(3_000));
        assert_eq!(price_score(yuan(80_000), yuan(90_000), 30), Points(2_667));
        assert_eq!(price_score(yuan(80_000), yuan(160_000), 10), Points(500));
        // Exactly half a hundredth rounds up: 1/8 × 1 point = 0.125 → 0.13.
        assert_eq!(
            price_score(Money::from_fen(1).unwrap(), Money::from_fen(8).unwrap(), 1),
            Points(13)
        );
    }

    fn scheme(price: u32, criteria: &[(&str, u32)]) -> ScoringScheme {
        ScoringScheme {
            price_weight_percent: price,
            criteria: criteria
                .iter()
                .map(|(k, p)| Criterion {
                    key: (*k).into(),
                    name: format!("{k} 评分"),
                    max_points: *p,
                })
                .collect(),
        }
    }

    #[test]
    fn a_scheme_keeps_the_price_weight_within_the_method_and_adds_up_to_100() {
        let p = Policy::default();
        scheme(30, &[("tech", 50), ("team", 20)])
            .validate(ProcurementMethod::OpenTender, &p)
            .unwrap();
        for (name, s, method, rule) in [
            (
                "below 10 %",
                scheme(5, &[("tech", 95)]),
                ProcurementMethod::OpenTender,
                Some(rules::EVAL_PRICE_WEIGHT),
            ),
            (
                "consultation above 30 %",
                scheme(40, &[("tech", 60)]),
                ProcurementMethod::Consultation,
                Some(rules::EVAL_PRICE_WEIGHT),
            ),
            (
                "not 100",
                scheme(30, &[("tech", 50)]),
                ProcurementMethod::OpenTender,
                Some(rules::EVAL_PRICE_WEIGHT),
            ),
            (
                "twice",
                scheme(30, &[("tech", 35), ("tech", 35)]),
                ProcurementMethod::OpenTender,
                None,
            ),
            (
                "no criteria",
                scheme(100, &[]),
                ProcurementMethod::OpenTender,
                None,
            ),
        ] {
            let e = s.validate(method, &p).expect_err(name);
            assert_eq!(e.code(), "VALIDATION", "{name}");
            assert_eq!(e.rule(), rule, "{name}: {e}");
        }
    }
}
