//! CONTEST-MATCHING: how much of the pool each ranked project is matched, as a policy
//! `f(raised, donors, rank, cap)` chosen in the call (DOMAIN.md B §3.7: no source describes a
//! strictly proportional match, so the policy is pluggable and recorded with its version).
//!
//! Two policies:
//! - [`IncentiveTiers`] (Shenzhen's incentive fund): the score is 80 % × standardised amount
//!   raised plus 20 % × standardised donor count plus a theme bonus; ranks by score get the
//!   prize of their band (1–5 ¥100k, 6–10 ¥60k, 11–15 ¥30k, 16–20 ¥10k). "Standardised" is not defined by
//!   the source; here it is the share of the best value among the ranked projects (the best
//!   gets the full weight), which keeps every score in 0–100 and needs no other population.
//! - Proportional with a cap: `percent` of the money raised, at most `cap` per project, in the
//!   order of the final ranking.
//!
//! Both then fill the pool in order ([`fill`]): a project is never funded before a better
//! ranked one. When the pool cannot pay the next project its whole claim, **that project gets
//! what is left** and everyone after it nothing: the pool is money the bureau committed to
//! the contest, and leaving it unspent while a ranked project is short would serve nobody,
//! whereas funding a lower rank's smaller claim instead would invert the ranking. Projects
//! **tied** at that place (same matching rank) share what is left equally — no accident of
//! order decides between equals; each is paid at most its claim, and the fen that do not
//! divide go one each to the tied projects in ranking order (better panel score, then earlier
//! submission, see `Contest::rank`).
//! A project that raised nothing is matched nothing: the fund matches social money.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{DomainError, rules};
use crate::procurement::Points;
use crate::values::Money;

/// One prize band of [`IncentiveTiers`]: ranks `from_rank..=to_rank` get `amount` each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tier {
    pub from_rank: u32,
    pub to_rank: u32,
    pub amount: Money,
}

/// Shenzhen's incentive fund, as dated policy (`contestIncentiveTiers`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IncentiveTiers {
    pub raised_weight_percent: u32,
    pub donors_weight_percent: u32,
    /// Whole points added for a project on the call's bonus theme.
    pub theme_bonus_points: u32,
    pub tiers: Vec<Tier>,
}

impl Default for IncentiveTiers {
    /// 中国公益慈善项目大赛 incentive fund (DOMAIN.md B §3.7).
    fn default() -> Self {
        let tier = |from_rank, to_rank, yuan| Tier {
            from_rank,
            to_rank,
            amount: Money::from_yuan(yuan),
        };
        Self {
            raised_weight_percent: 80,
            donors_weight_percent: 20,
            theme_bonus_points: 5,
            tiers: vec![
                tier(1, 5, 100_000),
                tier(6, 10, 60_000),
                tier(11, 15, 30_000),
                tier(16, 20, 10_000),
            ],
        }
    }
}

/// What the call chooses; the incentive tiers' numbers come from the policy in force when the
/// call opens, and are recorded in the call, so a later policy never changes a running contest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "SCREAMING_SNAKE_CASE",
    rename_all_fields = "camelCase"
)]
pub enum MatchingChoice {
    IncentiveTiers,
    ProportionalWithCap { percent: u32, cap: Money },
}

/// The policy a contest matches with, recorded in the call and again with every computation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "SCREAMING_SNAKE_CASE",
    rename_all_fields = "camelCase"
)]
pub enum MatchingPolicy {
    IncentiveTiers(IncentiveTiers),
    ProportionalWithCap { percent: u32, cap: Money },
}

/// Bumped whenever a policy's arithmetic changes, so a recorded computation says which
/// arithmetic produced it.
pub const INCENTIVE_TIERS_VERSION: &str = "INCENTIVE_TIERS/1";
pub const PROPORTIONAL_WITH_CAP_VERSION: &str = "PROPORTIONAL_WITH_CAP/1";

/// The most a proportional match may be, in percent of the money raised (10× is already far
/// beyond any scheme found).
pub const MAX_MATCH_PERCENT: u32 = 1000;

fn invalid(field: &'static str, en: String, zh: String) -> DomainError {
    DomainError::validation_rule(field, rules::CONTEST_MATCHING, en).zh(zh)
}

impl MatchingPolicy {
    pub fn version(&self) -> &'static str {
        match self {
            Self::IncentiveTiers(_) => INCENTIVE_TIERS_VERSION,
            Self::ProportionalWithCap { .. } => PROPORTIONAL_WITH_CAP_VERSION,
        }
    }

    pub fn validate(&self) -> Result<(), DomainError> {
        match self {
            Self::ProportionalWithCap { percent, cap } => {
                if !(1..=MAX_MATCH_PERCENT).contains(percent) {
                    return Err(invalid(
                        "matching.percent",
                        format!(
                            "a proportional match is 1 to {MAX_MATCH_PERCENT} % of the money raised, not {percent} %"
                        ),
                        format!(
                            "按比例配捐的比例应为募集金额的1%至{MAX_MATCH_PERCENT}%，不能是{percent}%"
                        ),
                    ));
                }
                if *cap == Money::ZERO {
                    return Err(invalid(
                        "matching.cap",
                        "a proportional match needs a cap per project above zero".into(),
                        "按比例配捐须设定大于零的单个项目上限".into(),
                    ));
                }
                Ok(())
            }
            Self::IncentiveTiers(t) => {
                if t.raised_weight_percent + t.donors_weight_percent != 100 {
                    return Err(invalid(
                        "matching.raisedWeightPercent",
                        format!(
                            "the weights of the amount raised ({} %) and the donor count ({} %) must add up to 100 %",
                            t.raised_weight_percent, t.donors_weight_percent
                        ),
                        format!(
                            "募集金额权重（{}%）与捐赠人数权重（{}%）合计应为100%",
                            t.raised_weight_percent, t.donors_weight_percent
                        ),
                    ));
                }
                if t.theme_bonus_points > 100 {
                    return Err(invalid(
                        "matching.themeBonusPoints",
                        "a theme bonus is at most 100 points".into(),
                        "主题加分最多为100分".into(),
                    ));
                }
                let mut next = 1;
                for tier in &t.tiers {
                    if tier.from_rank != next
                        || tier.to_rank < tier.from_rank
                        || tier.amount == Money::ZERO
                    {
                        return Err(invalid(
                            "matching.tiers",
                            format!(
                                "prize bands run from rank 1 without gaps or overlaps, each with an amount above zero; the band {}–{} does not (expected it to start at {next})",
                                tier.from_rank, tier.to_rank
                            ),
                            format!(
                                "奖励档次应从第1名起连续、不重叠，且每档金额大于零；第{}至{}名一档不符合（应从第{next}名开始）",
                                tier.from_rank, tier.to_rank
                            ),
                        ));
                    }
                    next = tier.to_rank.saturating_add(1);
                }
                if t.tiers.is_empty() {
                    return Err(invalid(
                        "matching.tiers",
                        "the incentive fund needs at least one prize band".into(),
                        "激励资金至少应设一个奖励档次".into(),
                    ));
                }
                Ok(())
            }
        }
    }
}

/// A ranked project as matching sees it, in the order of the final ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub submission_id: Uuid,
    /// The final rank (equal for ties).
    pub rank: u32,
    pub raised: Money,
    pub donors: u32,
    pub themed: bool,
}

/// Why a project got what it got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MatchOutcome {
    /// Its whole claim.
    Full,
    /// What was left of the pool, less than its claim.
    PoolRemainder,
    /// An equal share, with the projects tied with it, of what was left.
    PoolShared,
    /// The pool was spent on better ranked projects.
    PoolExhausted,
    /// Its matching rank is in no prize band.
    NoTier,
    /// It raised nothing.
    NothingRaised,
}

/// One project's match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Match {
    pub submission_id: Uuid,
    /// Its place under the policy: the incentive score's rank, or the final rank.
    pub matching_rank: u32,
    /// The incentive score, for the incentive tiers.
    pub score: Option<Points>,
    /// What the policy gives it before the pool is counted.
    pub claim: Money,
    pub amount: Money,
    pub outcome: MatchOutcome,
}

/// The matches of `candidates` (in final-ranking order) under `policy` within `pool`, in
/// matching order. The amounts never add up to more than the pool.
pub fn compute(policy: &MatchingPolicy, candidates: &[Candidate], pool: Money) -> Vec<Match> {
    let mut claims: Vec<Match> = match policy {
        MatchingPolicy::ProportionalWithCap { percent, cap } => candidates
            .iter()
            .map(|c| {
                let share = i128::from(c.raised.fen()) * i128::from(*percent) / 100;
                let claim = i64::try_from(share).unwrap_or(i64::MAX).min(cap.fen());
                Match {
                    submission_id: c.submission_id,
                    matching_rank: c.rank,
                    score: None,
                    claim: Money::from_fen(claim).unwrap_or(Money::ZERO),
                    amount: Money::ZERO,
                    outcome: MatchOutcome::Full,
                }
            })
            .collect(),
        MatchingPolicy::IncentiveTiers(tiers) => incentive_claims(tiers, candidates),
    };
    for (m, c) in claims.iter_mut().filter_map(|m| {
        let c = candidates
            .iter()
            .find(|c| c.submission_id == m.submission_id)?;
        Some((m, c))
    }) {
        if c.raised == Money::ZERO {
            m.claim = Money::ZERO;
            m.outcome = MatchOutcome::NothingRaised;
        }
    }
    fill(&mut claims, pool);
    claims
}

/// Scores, orders (score, then final-ranking order) and ranks the candidates, tied scores
/// sharing a rank ("1, 2, 2, 4"), and gives each the prize of its rank's band.
fn incentive_claims(t: &IncentiveTiers, candidates: &[Candidate]) -> Vec<Match> {
    let max_raised = candidates.iter().map(|c| c.raised.fen()).max().unwrap_or(0);
    let max_donors = candidates.iter().map(|c| c.donors).max().unwrap_or(0);
    let mut scored: Vec<(usize, Points)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let part = |value: i128, max: i128, weight: u32| {
                if max <= 0 {
                    0
                } else {
                    // hundredths = value / max × weight × 100, half up
                    (2 * value * i128::from(weight) * 100 + max) / (2 * max)
                }
            };
            let mut hundredths = part(
                i128::from(c.raised.fen()),
                i128::from(max_raised),
                t.raised_weight_percent,
            ) + part(
                i128::from(c.donors),
                i128::from(max_donors),
                t.donors_weight_percent,
            );
            if c.themed {
                hundredths += i128::from(t.theme_bonus_points) * 100;
            }
            (i, Points(u32::try_from(hundredths).unwrap_or(u32::MAX)))
        })
        .collect();
    // Stable: equal scores keep the final ranking's order.
    scored.sort_by_key(|s| std::cmp::Reverse(s.1));
    let mut out = Vec::with_capacity(scored.len());
    let mut rank = 0;
    for (place, (i, score)) in scored.iter().enumerate() {
        if place == 0 || scored[place - 1].1 != *score {
            rank = u32::try_from(place + 1).unwrap_or(u32::MAX);
        }
        let prize = t
            .tiers
            .iter()
            .find(|tier| (tier.from_rank..=tier.to_rank).contains(&rank))
            .map(|tier| tier.amount);
        out.push(Match {
            submission_id: candidates[*i].submission_id,
            matching_rank: rank,
            score: Some(*score),
            claim: prize.unwrap_or(Money::ZERO),
            amount: Money::ZERO,
            outcome: if prize.is_some() {
                MatchOutcome::Full
            } else {
                MatchOutcome::NoTier
            },
        });
    }
    out
}

/// Pays the claims in order out of `pool`, as the module's documentation explains.
fn fill(matches: &mut [Match], pool: Money) {
    let mut left = pool.fen();
    let mut start = 0;
    while start < matches.len() {
        let rank = matches[start].matching_rank;
        let end = start
            + matches[start..]
                .iter()
                .take_while(|m| m.matching_rank == rank)
                .count();
        let group = &mut matches[start..end];
        let wanted: i64 = group.iter().map(|m| m.claim.fen()).sum();
        if wanted <= left {
            for m in group.iter_mut() {
                m.amount = m.claim;
            }
            left -= wanted;
        } else {
            left = share(group, left);
        }
        start = end;
    }
}

/// Shares `left` among a group whose claims exceed it: equal shares, none above its claim
/// (what a small claim leaves is shared by the others), indivisible fen one each in order.
/// Returns what is left after (zero).
fn share(group: &mut [Match], mut left: i64) -> i64 {
    let tied = group.iter().filter(|m| m.claim.fen() > 0).count() > 1;
    let mut open: Vec<usize> = (0..group.len())
        .filter(|&i| group[i].claim.fen() > 0)
        .collect();
    loop {
        let n = i64::try_from(open.len()).unwrap_or(i64::MAX);
        if n == 0 {
            return left;
        }
        let each = left / n;
        let small: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&i| group[i].claim.fen() <= each)
            .collect();
        if small.is_empty() {
            let mut extra = left % n;
            for &i in &open {
                let bonus = i64::from(extra > 0);
                extra -= bonus;
                let amount = each + bonus;
                group[i].amount = Money::from_fen(amount).unwrap_or(Money::ZERO);
                group[i].outcome = if amount == 0 {
                    MatchOutcome::PoolExhausted
                } else if tied {
                    MatchOutcome::PoolShared
                } else {
                    MatchOutcome::PoolRemainder
                };
            }
            return 0;
        }
        for &i in &small {
            group[i].amount = group[i].claim;
            left -= group[i].claim.fen();
        }
        open.retain(|i| !small.contains(i));
    }
}
