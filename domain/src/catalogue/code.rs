//! The catalogue code (目录编码) and the two categories of government-purchased services.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, rules};

/// A catalogue has at most four levels (一级 … 四级).
pub const MAX_LEVEL: u8 = 4;

/// The code of a catalogue item, in the scheme of the MOF-style guidance catalogues: a capital
/// letter for the top level (一级目录, `A`), then two digits per further level (二级 `A01`, 三级
/// `A0101`, 四级 `A010101`), numbered from 01. The level and the parent follow from the code,
/// so a code alone places an item in the tree, and codes sort parent-before-child.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CatalogueCode(String);

fn code_error(message: String, zh: String) -> DomainError {
    DomainError::validation_rule("code", rules::CAT_ITEM, message).zh(zh)
}

const SHAPE: &str = "a capital letter for a top-level item (e.g. A), then two digits per level (A01, A0101, A010101)";
const SHAPE_ZH: &str = "一级目录为一个大写字母（如 A），每下一级加两位数字（A01、A0101、A010101）";

impl CatalogueCode {
    /// Parses a code exactly as given: nothing is trimmed or upper-cased, since a code is
    /// copied from the published catalogue and a silent repair would hide a transcription error.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let mut chars = s.chars();
        let Some(first) = chars.next() else {
            return Err(code_error(
                format!("catalogue code (目录编码) is empty; write {SHAPE}"),
                format!("目录编码未填写；编码规则：{SHAPE_ZH}"),
            ));
        };
        if first.is_ascii_lowercase() {
            return Err(code_error(
                format!("catalogue code '{s}': letters must be capitals, '{first}' is not"),
                format!("目录编码“{s}”中的字母应为大写，“{first}”不是大写"),
            ));
        }
        if !first.is_ascii_uppercase() {
            return Err(code_error(
                format!(
                    "catalogue code '{s}' starts with '{}'; write {SHAPE}",
                    first.escape_debug()
                ),
                format!(
                    "目录编码“{s}”以“{}”开头；编码规则：{SHAPE_ZH}",
                    first.escape_debug()
                ),
            ));
        }
        if let Some((i, c)) = chars.enumerate().find(|(_, c)| !c.is_ascii_digit()) {
            return Err(code_error(
                format!(
                    "catalogue code '{}': character {} is '{}', but after the first letter a code has only digits, two per level",
                    s.escape_debug(),
                    i + 2,
                    c.escape_debug()
                ),
                format!(
                    "目录编码“{}”的第{}个字符是“{}”；首字母之后只能是数字，每级两位",
                    s.escape_debug(),
                    i + 2,
                    c.escape_debug()
                ),
            ));
        }
        // Only ASCII from here on, so byte offsets are character offsets.
        let digits = &s[1..];
        if !digits.len().is_multiple_of(2) {
            return Err(code_error(
                format!(
                    "catalogue code '{s}' has {} digits after the letter; each level adds exactly two (A01, A0101)",
                    digits.len()
                ),
                format!(
                    "目录编码“{s}”字母后有{}位数字；每一级恰好两位（A01、A0101）",
                    digits.len()
                ),
            ));
        }
        let level = 1 + digits.len() / 2;
        if level > usize::from(MAX_LEVEL) {
            return Err(code_error(
                format!(
                    "catalogue code '{s}' has {level} levels; a catalogue has at most {MAX_LEVEL} (A, A01, A0101, A010101)"
                ),
                format!(
                    "目录编码“{s}”有{level}级；目录最多{MAX_LEVEL}级（A、A01、A0101、A010101）"
                ),
            ));
        }
        if let Some(k) = digits.as_bytes().chunks(2).position(|pair| pair == b"00") {
            return Err(code_error(
                format!(
                    "catalogue code '{s}': level {} is numbered 00, but each level is numbered from 01",
                    k + 2
                ),
                format!("目录编码“{s}”的第{}级编号为00；每级从01开始编号", k + 2),
            ));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// 1 for a top-level item, up to [`MAX_LEVEL`].
    pub fn level(&self) -> u8 {
        // parse bounds the length to 7 bytes, so this always fits.
        u8::try_from(1 + self.0.len().saturating_sub(1) / 2).unwrap_or(MAX_LEVEL)
    }

    /// The code of the item this one sits under: the code without its last two digits.
    pub fn parent(&self) -> Option<CatalogueCode> {
        (self.0.len() > 1).then(|| Self(self.0[..self.0.len() - 2].to_owned()))
    }

    /// Whether `self` is `other` or lies beneath it.
    pub fn is_within(&self, other: &CatalogueCode) -> bool {
        self.0.starts_with(&other.0)
    }
}

impl fmt::Display for CatalogueCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for CatalogueCode {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for CatalogueCode {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<CatalogueCode> for String {
    fn from(c: CatalogueCode) -> Self {
        c.0
    }
}

/// The two kinds of service a government may buy (政府购买服务管理办法, 财政部令第102号 第9条):
/// public services for the people, and auxiliary services the government needs to do its job.
/// A whole subtree shares its top-level item's category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CatalogueCategory {
    PublicService,
    Auxiliary,
}

impl CatalogueCategory {
    pub const ALL: [CatalogueCategory; 2] = [Self::PublicService, Self::Auxiliary];

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::PublicService => "基本公共服务",
            Self::Auxiliary => "履职辅助性服务",
        }
    }

    /// The wire name, as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PublicService => "PUBLIC_SERVICE",
            Self::Auxiliary => "AUXILIARY",
        }
    }
}

impl fmt::Display for CatalogueCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CatalogueCategory {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                DomainError::validation_rule(
                    "category",
                    rules::CAT_ITEM,
                    format!(
                        "catalogue category '{s}' is unknown; use PUBLIC_SERVICE (基本公共服务) or AUXILIARY (履职辅助性服务)"
                    ),
                )
                .zh(format!(
                    "目录类别“{s}”无法识别；请选择 PUBLIC_SERVICE（基本公共服务）或 AUXILIARY（履职辅助性服务）"
                ))
            })
    }
}
