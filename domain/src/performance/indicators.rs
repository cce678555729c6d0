//! The indicator tree (指标体系) a performance evaluation scores, with its weights and the grade
//! thresholds (PERF-SCORE), held as dated policy data: 财预〔2020〕10号 sets 100 points and the
//! grades; the default weights are a secondary source (DOMAIN.md B 3.5), and the split of each
//! group over its leaves is this ledger's default, for a jurisdiction to correct in its policy.
//!
//! An evaluation copies the tree and the thresholds in force when it is opened into its first
//! event, so a later policy never re-grades it.

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, rules};
use crate::procurement::Points;

/// Nodes a tree may have in all, and how deep it may go: a tree is published and every leaf is
/// scored by hand.
pub const MAX_INDICATORS: usize = 60;
pub const MAX_DEPTH: usize = 3;

/// One node of the tree. A node without children is a leaf: it is scored, from 0 to its weight.
/// A node with children weighs what its children weigh together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Indicator {
    /// Stable within the tree: score sheets name leaves by code.
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    /// Whole points.
    pub weight: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Indicator>,
}

impl Indicator {
    fn node(code: &str, zh: &str, en: &str, weight: u32, children: Vec<Indicator>) -> Self {
        Self {
            code: code.to_owned(),
            name_zh: zh.to_owned(),
            name_en: en.to_owned(),
            weight,
            children,
        }
    }

    fn leaf(code: &str, zh: &str, en: &str, weight: u32) -> Self {
        Self::node(code, zh, en, weight, Vec::new())
    }

    pub fn is_leaf(&self) -> bool {
        self.children.is_empty()
    }

    /// The most points the leaf can be given, in hundredths.
    pub fn max_points(&self) -> Points {
        Points::whole(self.weight)
    }
}

/// The leaves of `tree`, depth first in the tree's order: the order a sheet is shown in.
pub fn leaves(tree: &[Indicator]) -> Vec<&Indicator> {
    let mut out = Vec::new();
    fn walk<'a>(nodes: &'a [Indicator], out: &mut Vec<&'a Indicator>) {
        for n in nodes {
            if n.is_leaf() {
                out.push(n);
            } else {
                walk(&n.children, out);
            }
        }
    }
    walk(tree, &mut out);
    out
}

/// The default tree of DOMAIN.md B 3.5: budget execution 10, outputs 50, outcomes 30,
/// satisfaction 10.
pub fn default_indicators() -> Vec<Indicator> {
    use Indicator as I;
    vec![
        I::node(
            "BUDGET",
            "预算执行",
            "Budget execution",
            10,
            vec![
                I::leaf("BUDGET_FUNDS_ON_TIME", "资金到位及时性", "Funds on time", 5),
                I::leaf("BUDGET_EXECUTION_RATE", "预算执行率", "Execution rate", 5),
            ],
        ),
        I::node(
            "OUTPUT",
            "产出",
            "Outputs",
            50,
            vec![
                I::leaf("OUTPUT_QUANTITY", "产出数量", "Quantity", 15),
                I::leaf("OUTPUT_QUALITY", "产出质量", "Quality", 15),
                I::leaf("OUTPUT_TIMELINESS", "产出时效", "Timeliness", 10),
                I::leaf("OUTPUT_COST", "产出成本", "Cost", 10),
            ],
        ),
        I::node(
            "OUTCOME",
            "效益",
            "Outcomes",
            30,
            vec![
                I::leaf("OUTCOME_SOCIAL", "社会效益", "Social effect", 20),
                I::leaf("OUTCOME_SUSTAINABILITY", "可持续影响", "Sustainability", 10),
            ],
        ),
        I::leaf("SATISFACTION", "满意度", "Satisfaction", 10),
    ]
}

/// A tree is sound when its top level weighs 100 points, every parent what its children
/// weigh together, codes are distinct and non-empty, and it is at most [`MAX_DEPTH`] deep and
/// [`MAX_INDICATORS`] nodes large. `field` names the policy field for the message.
pub fn validate_tree(tree: &[Indicator], field: &'static str) -> Result<(), DomainError> {
    let bad = |message: String| {
        Err(DomainError::validation_rule(
            field,
            rules::PERF_SCORE,
            message,
        ))
    };
    let top: u32 = tree.iter().map(|i| i.weight).sum();
    if top != 100 {
        return bad(format!(
            "the indicators' top level weighs {top} points; it must weigh 100 (财预〔2020〕10号)"
        ));
    }
    let mut codes = std::collections::BTreeSet::new();
    let mut count = 0usize;
    fn walk(
        nodes: &[Indicator],
        depth: usize,
        codes: &mut std::collections::BTreeSet<String>,
        count: &mut usize,
    ) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err(format!(
                "the indicator tree is at most {MAX_DEPTH} levels deep"
            ));
        }
        for n in nodes {
            *count += 1;
            if n.code.trim().is_empty() || n.code.chars().count() > 50 {
                return Err("every indicator has a code of 1 to 50 characters".to_owned());
            }
            if !codes.insert(n.code.clone()) {
                return Err(format!("indicator code {} appears twice", n.code));
            }
            if !n.is_leaf() {
                let sum: u32 = n.children.iter().map(|c| c.weight).sum();
                if sum != n.weight {
                    return Err(format!(
                        "indicator {} ({}) weighs {} points but its children add up to {sum}",
                        n.code, n.name_zh, n.weight
                    ));
                }
                walk(&n.children, depth + 1, codes, count)?;
            }
        }
        Ok(())
    }
    walk(tree, 1, &mut codes, &mut count).or_else(bad)?;
    if count > MAX_INDICATORS {
        return bad(format!(
            "the indicator tree has {count} indicators; at most {MAX_INDICATORS}"
        ));
    }
    Ok(())
}

/// The grades of 财预〔2020〕10号, lowest first so that `Ord` compares them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Grade {
    Poor,
    Fair,
    Good,
    Excellent,
}

impl Grade {
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Excellent => "优",
            Self::Good => "良",
            Self::Fair => "中",
            Self::Poor => "差",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Excellent => "EXCELLENT",
            Self::Good => "GOOD",
            Self::Fair => "FAIR",
            Self::Poor => "POOR",
        }
    }
}

impl std::fmt::Display for Grade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.label_zh(), self.as_str())
    }
}

/// The lowest total, in whole points, of each grade above 差 (below `fair` is 差).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GradeThresholds {
    pub excellent: u32,
    pub good: u32,
    pub fair: u32,
}

impl Default for GradeThresholds {
    /// 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (财预〔2020〕10号).
    fn default() -> Self {
        Self {
            excellent: 90,
            good: 80,
            fair: 60,
        }
    }
}

impl GradeThresholds {
    pub fn validate(&self, field: &'static str) -> Result<(), DomainError> {
        if !(self.fair < self.good && self.good < self.excellent && self.excellent <= 100) {
            return Err(DomainError::validation_rule(
                field,
                rules::PERF_SCORE,
                "grade thresholds rise from 中 (fair) to 良 (good) to 优 (excellent), at most 100 points",
            ));
        }
        Ok(())
    }

    /// The grade of `total` (hundredths): a threshold is reached at exactly its points.
    pub fn grade(&self, total: Points) -> Grade {
        if total >= Points::whole(self.excellent) {
            Grade::Excellent
        } else if total >= Points::whole(self.good) {
            Grade::Good
        } else if total >= Points::whole(self.fair) {
            Grade::Fair
        } else {
            Grade::Poor
        }
    }
}
