//! Validated value types. Each can only be built through a checking constructor, and each
//! deserialises through the same check, so an invalid value cannot enter the domain by any door.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, rules};

// ---------------------------------------------------------------------------------------------
// Unified Social Credit Code (统一社会信用代码), GB 32100-2015
// ---------------------------------------------------------------------------------------------

/// The 31 characters of GB 32100, in value order (0..=30). I, O, S, V and Z are left out so that
/// they cannot be mistaken for 1, 0, 5, U and 2.
const USCC_ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const GB11714_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];
const USCC_LEN: usize = 18;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CreditCode(String);

fn uscc_value(c: u8) -> Option<u32> {
    USCC_ALPHABET
        .iter()
        .position(|&a| a == c)
        .and_then(|p| u32::try_from(p).ok())
}

/// GB 11714 organisation-code check character (position 17 of a USCC) over positions 9–16.
/// GB 11714 values letters by their place in the full Latin alphabet (A=10 … Z=35), not by the
/// USCC alphabet, which is why the two checks use different tables.
fn gb11714_check(body8: &[u8]) -> Option<u8> {
    if body8.len() != GB11714_WEIGHTS.len() {
        return None;
    }
    let mut sum = 0u32;
    for (&c, w) in body8.iter().zip(GB11714_WEIGHTS) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return None,
        };
        sum += v * w;
    }
    Some(match 11 - sum % 11 {
        10 => b'X',
        11 => b'0',
        c => b'0' + u8::try_from(c).ok()?,
    })
}

/// GB 32100 check character (position 18) over positions 1–17.
fn gb32100_check(first17: &[u8]) -> Option<u8> {
    if first17.len() != USCC_LEN - 1 {
        return None;
    }
    let mut sum = 0u32;
    let mut weight = 1u32;
    for &c in first17 {
        sum += uscc_value(c)? * weight;
        weight = weight * 3 % 31;
    }
    let check = (31 - sum % 31) % 31;
    usize::try_from(check)
        .ok()
        .and_then(|i| USCC_ALPHABET.get(i))
        .copied()
}

fn uscc_error(message: String, zh: String) -> DomainError {
    DomainError::validation_rule("creditCode", rules::REG_USCC, message).zh(zh)
}

impl CreditCode {
    /// Parses a civil-affairs credit code. Nothing is trimmed or upper-cased: the code is copied
    /// from a certificate, and silently repairing it would hide a transcription error.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let count = s.chars().count();
        if count == 0 {
            return Err(uscc_error(
                "credit code (统一社会信用代码) is empty; it must have 18 characters".into(),
                "统一社会信用代码未填写，应为18位".into(),
            ));
        }
        if count != USCC_LEN {
            return Err(uscc_error(
                format!("credit code {s}: has {count} characters, it must have exactly 18"),
                format!("统一社会信用代码 {s} 为{count}位，应为18位"),
            ));
        }
        for (i, c) in s.chars().enumerate() {
            let pos = i + 1;
            if c.is_ascii_lowercase() {
                return Err(uscc_error(
                    format!("credit code {s}: letters must be capitals, position {pos} is '{c}'"),
                    format!("统一社会信用代码 {s} 的字母应为大写，第{pos}位是“{c}”"),
                ));
            }
            if matches!(c, 'I' | 'O' | 'S' | 'V' | 'Z') {
                return Err(uscc_error(
                    format!(
                        "credit code {s}: position {pos} is '{c}', but I, O, S, V and Z never occur in a credit code"
                    ),
                    format!(
                        "统一社会信用代码 {s} 第{pos}位是“{c}”，统一社会信用代码中不使用 I、O、S、V、Z"
                    ),
                ));
            }
            if !c.is_ascii() || uscc_value(c as u8).is_none() {
                return Err(uscc_error(
                    format!(
                        "credit code {s}: position {pos} is '{c}', only digits and capital letters other than I, O, S, V, Z are allowed"
                    ),
                    format!(
                        "统一社会信用代码 {s} 第{pos}位是“{c}”，只能使用数字和除 I、O、S、V、Z 以外的大写字母"
                    ),
                ));
            }
        }
        let Ok(b) = <&[u8; USCC_LEN]>::try_from(s.as_bytes()) else {
            return Err(uscc_error(
                format!("credit code {s}: must have exactly 18 characters"),
                format!("统一社会信用代码 {s} 应为18位"),
            ));
        };
        if b[0] != b'5' {
            return Err(uscc_error(
                format!(
                    "credit code {s}: position 1 is '{}', but codes issued by civil affairs (民政) start with '5'",
                    char::from(b[0])
                ),
                format!(
                    "统一社会信用代码 {s} 第1位是“{}”，民政部门登记的社会组织代码第1位应为“5”",
                    char::from(b[0])
                ),
            ));
        }
        if !matches!(b[1], b'1' | b'2' | b'3' | b'9') {
            return Err(uscc_error(
                format!(
                    "credit code {s}: position 2 is '{}', it must be 1 (社会团体), 2 (社会服务机构), 3 (基金会) or 9 (other)",
                    char::from(b[1])
                ),
                format!(
                    "统一社会信用代码 {s} 第2位是“{}”，应为1（社会团体）、2（社会服务机构）、3（基金会）或9（其他）",
                    char::from(b[1])
                ),
            ));
        }
        if !b[2..8].iter().all(u8::is_ascii_digit) {
            return Err(uscc_error(
                format!(
                    "credit code {s}: positions 3–8 must be the 6-digit division code of the registration authority"
                ),
                format!("统一社会信用代码 {s} 第3至8位应为登记管理机关的6位行政区划代码"),
            ));
        }
        Self::verify_checks(s)?;
        Ok(Self(s.to_owned()))
    }

    fn verify_checks(s: &str) -> Result<(), DomainError> {
        let Ok(b) = <&[u8; USCC_LEN]>::try_from(s.as_bytes()) else {
            return Err(uscc_error(
                format!("credit code {s}: must have exactly 18 characters"),
                format!("统一社会信用代码 {s} 应为18位"),
            ));
        };
        let c17 = gb11714_check(&b[8..16]).ok_or_else(|| {
            uscc_error(
                format!("credit code {s}: malformed"),
                format!("统一社会信用代码 {s} 格式不正确"),
            )
        })?;
        if b[16] != c17 {
            return Err(uscc_error(
                format!(
                    "credit code {s}: check character 17 should be '{}'",
                    char::from(c17)
                ),
                format!(
                    "统一社会信用代码 {s} 第17位校验码应为 {}，输入的是 {}",
                    char::from(c17),
                    char::from(b[16])
                ),
            ));
        }
        let c18 = gb32100_check(&b[..17]).ok_or_else(|| {
            uscc_error(
                format!("credit code {s}: malformed"),
                format!("统一社会信用代码 {s} 格式不正确"),
            )
        })?;
        if b[17] != c18 {
            return Err(uscc_error(
                format!(
                    "credit code {s}: check character 18 should be '{}'",
                    char::from(c18)
                ),
                format!(
                    "统一社会信用代码 {s} 第18位校验码应为 {}，输入的是 {}",
                    char::from(c18),
                    char::from(b[17])
                ),
            ));
        }
        Ok(())
    }

    /// True when `s` is 18 characters of the GB 32100 alphabet with both check characters right,
    /// whoever issued it (market-regulation `91…` codes included).
    pub fn check_characters_valid(s: &str) -> bool {
        s.len() == USCC_LEN
            && s.bytes().all(|c| uscc_value(c).is_some())
            && Self::verify_checks(s).is_ok()
    }

    /// Builds a civil-affairs code `5{kind_digit}{division}{body8}` and appends both check
    /// characters, so that tests and benchmarks can mint valid codes.
    pub fn from_parts(kind_digit: char, division: &str, body8: &str) -> Result<Self, DomainError> {
        if body8.len() != 8 || !body8.bytes().all(|c| uscc_value(c).is_some()) {
            return Err(uscc_error(
                format!(
                    "credit code body '{body8}' must be 8 characters of 0-9 and capital letters other than I, O, S, V, Z"
                ),
                format!(
                    "统一社会信用代码主体“{body8}”应为8位数字或除 I、O、S、V、Z 以外的大写字母"
                ),
            ));
        }
        if division.len() != 6 || !division.bytes().all(|c| c.is_ascii_digit()) {
            return Err(uscc_error(
                format!("division code '{division}' must be 6 digits"),
                format!("行政区划代码“{division}”应为6位数字"),
            ));
        }
        let mut code = String::with_capacity(USCC_LEN);
        code.push('5');
        code.push(kind_digit);
        code.push_str(division);
        code.push_str(body8);
        let c17 = gb11714_check(body8.as_bytes()).ok_or_else(|| {
            uscc_error(
                format!("credit code body '{body8}' is malformed"),
                format!("统一社会信用代码主体“{body8}”格式不正确"),
            )
        })?;
        code.push(char::from(c17));
        if let Some(c18) = gb32100_check(code.as_bytes()) {
            code.push(char::from(c18));
        }
        Self::parse(&code)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Position 2: the civil-affairs category ('1' social group, '2' social service
    /// organisation, '3' foundation, '9' other).
    pub fn kind_digit(&self) -> char {
        self.0.chars().nth(1).unwrap_or('0')
    }

    /// Positions 3–8: the registration authority's GB/T 2260 code.
    pub fn division(&self) -> &str {
        self.0.get(2..8).unwrap_or("")
    }
}

impl fmt::Display for CreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for CreditCode {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for CreditCode {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<CreditCode> for String {
    fn from(c: CreditCode) -> Self {
        c.0
    }
}

// ---------------------------------------------------------------------------------------------
// Money, exact in fen (分)
// ---------------------------------------------------------------------------------------------

/// A non-negative amount of RMB in fen. Integer fen keep amounts exact and keep floats out of
/// hashed event payloads.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(try_from = "i64", into = "i64")]
pub struct Money(i64);

fn money_error(message: String, zh: String) -> DomainError {
    DomainError::validation("money", message).zh(zh)
}

impl Money {
    pub const ZERO: Money = Money(0);

    /// Whole yuan, for statutory amounts written in code (policy defaults, tests); a `u32` of
    /// yuan always fits in fen, so this constructor cannot fail.
    pub const fn from_yuan(yuan: u32) -> Money {
        Money(yuan as i64 * 100)
    }

    /// Parses yuan with up to two decimals ("1234", "1234.5", "0.05"). The syntax is kept narrow
    /// (no signs, spaces, exponents, thousands separators) so that what was typed is exactly what
    /// is recorded.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        if s.is_empty() {
            return Err(money_error(
                "amount is empty; write it in yuan, e.g. 1234.56".into(),
                "金额未填写，请以元为单位填写，例如 1234.56".into(),
            ));
        }
        if s.starts_with('-') {
            return Err(money_error(
                format!("amount '{s}' is negative; amounts cannot be below zero"),
                format!("金额“{s}”为负数，金额不能小于零"),
            ));
        }
        if s.starts_with('+') {
            return Err(money_error(
                format!("amount '{s}': write the number without a sign"),
                format!("金额“{s}”：请不要带正负号"),
            ));
        }
        if let Some(c) = s.chars().find(|c| !c.is_ascii_digit() && *c != '.') {
            return Err(money_error(
                format!(
                    "amount '{s}' contains '{c}'; use only digits and one decimal point, e.g. 1234.56"
                ),
                format!("金额“{s}”含有“{c}”，只能填写数字和一个小数点，例如 1234.56"),
            ));
        }
        let (int_part, frac_part) = match s.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (s, None),
        };
        if int_part.is_empty() {
            return Err(money_error(
                format!("amount '{s}' needs a digit before the decimal point, e.g. 0.50"),
                format!("金额“{s}”的小数点前应有数字，例如 0.50"),
            ));
        }
        let frac_fen = match frac_part {
            None => 0,
            Some("") => {
                return Err(money_error(
                    format!(
                        "amount '{s}' ends with a decimal point; add the decimals or drop the point"
                    ),
                    format!("金额“{s}”以小数点结尾，请补上小数或去掉小数点"),
                ));
            }
            Some(f) if f.contains('.') => {
                return Err(money_error(
                    format!("amount '{s}' has more than one decimal point"),
                    format!("金额“{s}”有多个小数点"),
                ));
            }
            Some(f) if f.len() > 2 => {
                return Err(money_error(
                    format!(
                        "amount '{s}' has more than two decimals; the smallest unit is one fen (分, 0.01)"
                    ),
                    format!("金额“{s}”超过两位小数，最小单位为1分（0.01元）"),
                ));
            }
            Some(f) => {
                let digits = f.bytes().map(|c| i64::from(c - b'0'));
                let v = digits.fold(0i64, |acc, d| acc * 10 + d);
                if f.len() == 1 { v * 10 } else { v }
            }
        };
        let too_large = || {
            money_error(
                format!("amount '{s}' is too large"),
                format!("金额“{s}”过大"),
            )
        };
        let mut yuan: i64 = 0;
        for c in int_part.bytes() {
            yuan = yuan
                .checked_mul(10)
                .and_then(|y| y.checked_add(i64::from(c - b'0')))
                .ok_or_else(too_large)?;
        }
        let fen = yuan
            .checked_mul(100)
            .and_then(|f| f.checked_add(frac_fen))
            .ok_or_else(too_large)?;
        Ok(Self(fen))
    }

    pub fn from_fen(fen: i64) -> Result<Self, DomainError> {
        if fen < 0 {
            return Err(money_error(
                format!("amount of {fen} fen is negative; amounts cannot be below zero"),
                format!("金额 {fen} 分为负数，金额不能小于零"),
            ));
        }
        Ok(Self(fen))
    }

    pub fn fen(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// `None` when the result would be negative, since Money cannot be.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).filter(|f| *f >= 0).map(Money)
    }
}

impl Money {
    /// Yuan with thousands separators, "1,234.56": how Chinese messages write an amount
    /// (prefixed ¥), so a clerk reads a budget at a glance.
    pub fn grouped(self) -> String {
        let yuan = (self.0 / 100).to_string();
        let mut out = String::with_capacity(yuan.len() + yuan.len() / 3 + 3);
        for (i, c) in yuan.chars().enumerate() {
            if i > 0 && (yuan.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        format!("{out}.{:02}", self.0 % 100)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

impl FromStr for Money {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<i64> for Money {
    type Error = DomainError;
    fn try_from(fen: i64) -> Result<Self, Self::Error> {
        Self::from_fen(fen)
    }
}

impl From<Money> for i64 {
    fn from(m: Money) -> Self {
        m.0
    }
}

// ---------------------------------------------------------------------------------------------
// Jurisdiction: GB/T 2260 division code of a registration authority
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Jurisdiction(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Level {
    National,
    Province,
    City,
    County,
}

const NATIONAL: &str = "100000";

fn is_province_prefix(p: u32) -> bool {
    matches!(p, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81 | 82)
}

impl Jurisdiction {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let well_formed =
            s.len() == 6 && s.bytes().all(|c| c.is_ascii_digit()) && !s.starts_with('0');
        if !well_formed {
            return Err(DomainError::validation(
                "jurisdiction",
                format!(
                    "jurisdiction '{s}' must be the 6-digit GB/T 2260 division code (行政区划代码) of the registration authority, e.g. 440300, or 100000 for the national level"
                ),
            )
            .zh(format!(
                "登记管理机关“{s}”应为6位 GB/T 2260 行政区划代码，例如 440300；全国性社会组织填 100000"
            )));
        }
        if s == NATIONAL {
            return Ok(Self(s.to_owned()));
        }
        let prefix = s.get(..2).and_then(|p| p.parse::<u32>().ok()).unwrap_or(0);
        if !is_province_prefix(prefix) {
            return Err(DomainError::validation(
                "jurisdiction",
                format!(
                    "jurisdiction {s}: {prefix:02} is not a province-level division code (省级代码)"
                ),
            )
            .zh(format!(
                "登记管理机关 {s}：{prefix:02} 不是省级行政区划代码"
            )));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn national() -> Self {
        Self(NATIONAL.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_national(&self) -> bool {
        self.0 == NATIONAL
    }

    pub fn level(&self) -> Level {
        if self.is_national() {
            Level::National
        } else if self.0.ends_with("0000") {
            Level::Province
        } else if self.0.ends_with("00") {
            Level::City
        } else {
            Level::County
        }
    }

    /// The jurisdictions whose catalogue or expert pool serves `self`, nearest first: its own
    /// code, then its city's and its province's (a county often works from the city's
    /// catalogue, and experts are drawn from the provincial pool where none is kept nearer).
    pub fn nearest_first(&self) -> Vec<String> {
        let code = self.as_str();
        let mut out = vec![code.to_owned()];
        if !self.is_national() {
            // Six ASCII digits, by `parse`.
            for wider in [format!("{}00", &code[..4]), format!("{}0000", &code[..2])] {
                if !out.contains(&wider) {
                    out.push(wider);
                }
            }
        }
        out
    }

    /// Whether an authority of `self` may act on something registered under `other`: the
    /// national level covers all, a province its cities and counties, a city its counties.
    pub fn covers(&self, other: &Jurisdiction) -> bool {
        let keep = match self.level() {
            Level::National => return true,
            Level::Province => 2,
            Level::City => 4,
            Level::County => 6,
        };
        !other.is_national() && self.0.get(..keep) == other.0.get(..keep)
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Jurisdiction {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for Jurisdiction {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Jurisdiction> for String {
    fn from(j: Jurisdiction) -> Self {
        j.0
    }
}

// ---------------------------------------------------------------------------------------------
// Organisation kind
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OrganisationKind {
    SocialGroup,
    SocialServiceOrg,
    Foundation,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 3] = [
        OrganisationKind::SocialGroup,
        OrganisationKind::SocialServiceOrg,
        OrganisationKind::Foundation,
    ];

    /// Position 2 of the credit code that civil affairs issues to this kind.
    pub fn credit_code_digit(self) -> char {
        match self {
            Self::SocialGroup => '1',
            Self::SocialServiceOrg => '2',
            Self::Foundation => '3',
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::SocialGroup => "社会团体",
            Self::SocialServiceOrg => "社会服务机构",
            Self::Foundation => "基金会",
        }
    }

    /// The wire name, as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SocialGroup => "SOCIAL_GROUP",
            Self::SocialServiceOrg => "SOCIAL_SERVICE_ORG",
            Self::Foundation => "FOUNDATION",
        }
    }
}

impl fmt::Display for OrganisationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for OrganisationKind {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                DomainError::validation(
                    "kind",
                    format!(
                        "organisation kind '{s}' is unknown; use SOCIAL_GROUP (社会团体), SOCIAL_SERVICE_ORG (社会服务机构) or FOUNDATION (基金会)"
                    ),
                )
                .zh(format!(
                    "社会组织类型“{s}”无法识别，请填写 SOCIAL_GROUP（社会团体）、SOCIAL_SERVICE_ORG（社会服务机构）或 FOUNDATION（基金会）"
                ))
            })
    }
}

// ---------------------------------------------------------------------------------------------
// Free text and names
// ---------------------------------------------------------------------------------------------

/// Whether a text field may span lines: reasons, purposes and business scopes are written as
/// paragraphs; names, addresses and the like are one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextShape {
    Line,
    Paragraph,
}

/// Refuses control characters (Unicode Cc: NUL, ESC, backspace …), which no clerk types and no
/// certificate prints but which make two texts that look the same differ; a paragraph keeps
/// its tabs and line breaks. Only commands are checked: events recorded before this check
/// load as they were written.
pub fn check_no_control_chars(
    field: &'static str,
    label: &str,
    value: &str,
    shape: TextShape,
) -> Result<(), DomainError> {
    let allowed = |c: char| shape == TextShape::Paragraph && matches!(c, '\t' | '\n' | '\r');
    let Some((at, c)) = value
        .chars()
        .enumerate()
        .find(|&(_, c)| c.is_control() && !allowed(c))
    else {
        return Ok(());
    };
    Err(DomainError::validation(
        field,
        format!(
            "{label} contains the control character U+{:04X} at character {}; remove it (control characters, 控制字符, are not allowed in text)",
            u32::from(c),
            at + 1
        ),
    )
    // The label is English prose at its callers; the field name is what the form shows too.
    .zh(format!(
        "{field} 第{}个字符是控制字符 U+{:04X}，请删除（文本中不允许使用控制字符）",
        at + 1,
        u32::from(c)
    )))
}

/// The form of a name under which uniqueness is judged (REG-NAME) and which is recorded:
/// Unicode NFKC (full-width digits and letters become ASCII, compatibility ideographs their
/// unified form), without format characters (zero-width spaces and joiners, bidirectional
/// controls, the BOM) or control characters, every kind of space a plain space, runs of spaces
/// collapsed to one, trimmed. Two names that read the same on a certificate get the same form.
pub fn normalise_name(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Dropped before NFKC, not after: combining marks that a dropped character kept apart
    // must be put in canonical order by the same pass, or a second pass would reorder them
    // (found by the `names` fuzz target).
    let visible = name
        .chars()
        .filter(|&c| !is_invisible(c) && (c.is_whitespace() || !c.is_control()))
        .nfkc();
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in visible {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if !c.is_control() && !is_invisible(c) {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Unicode format characters (zero-width spaces and joiners, bidirectional controls, the BOM):
/// text pasted from a word processor or a web page carries them, nobody sees them, and they
/// make a text that reads the same compare, search and print differently.
fn is_invisible(c: char) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    c.general_category() == GeneralCategory::Format
}

/// Free text (a domicile, a purpose, a reason) as it is recorded: without format characters,
/// trimmed. Unlike a name it keeps its own spelling (full-width punctuation, line breaks).
pub fn clean_text(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_invisible(c))
        .collect::<String>()
        .trim()
        .to_owned()
}

// ---------------------------------------------------------------------------------------------
// Legal representative (法定代表人)
// ---------------------------------------------------------------------------------------------

const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECKS: &[u8; 11] = b"10X98765432";
const REP_NAME_MAX: usize = 50;

/// The GB 11643 (ISO 7064 MOD 11-2) check digit for the first 17 digits of a resident ID
/// number; `None` unless given exactly 17 ASCII digits.
pub fn resident_id_check_digit(first17: &str) -> Option<char> {
    if first17.len() != 17 || !first17.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let sum: u32 = first17
        .bytes()
        .zip(ID_WEIGHTS)
        .map(|(c, w)| u32::from(c - b'0') * w)
        .sum();
    usize::try_from(sum % 11)
        .ok()
        .and_then(|i| ID_CHECKS.get(i))
        .map(|&c| char::from(c))
}

#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "LegalRepresentativeData", into = "LegalRepresentativeData")]
pub struct LegalRepresentative {
    name: String,
    id_number: String,
    phone: String,
}

/// Wire shape of [`LegalRepresentative`]; deserialising goes through [`LegalRepresentative::new`].
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LegalRepresentativeData {
    name: String,
    id_number: String,
    phone: String,
}

impl TryFrom<LegalRepresentativeData> for LegalRepresentative {
    type Error = DomainError;
    fn try_from(d: LegalRepresentativeData) -> Result<Self, Self::Error> {
        Self::new(d.name, d.id_number, d.phone)
    }
}

impl From<LegalRepresentative> for LegalRepresentativeData {
    fn from(r: LegalRepresentative) -> Self {
        Self {
            name: r.name,
            id_number: r.id_number,
            phone: r.phone,
        }
    }
}

fn validate_id_number(id: &str) -> Result<(), DomainError> {
    let err =
        |m: String, zh: String| DomainError::validation("legalRepresentative.idNumber", m).zh(zh);
    // The number itself is kept out of messages: they end up in logs, the number is personal data.
    if id.chars().count() != 18 {
        return Err(err(
            format!(
                "resident ID number (居民身份证号码) has {} characters; it must have 18",
                id.chars().count()
            ),
            format!("居民身份证号码为{}位，应为18位", id.chars().count()),
        ));
    }
    let malformed = || {
        err(
            "resident ID number (居民身份证号码) is malformed".into(),
            "居民身份证号码格式不正确".into(),
        )
    };
    let (first17, last) = id.split_at_checked(17).ok_or_else(malformed)?;
    if !first17.bytes().all(|c| c.is_ascii_digit()) {
        return Err(err(
            "resident ID number (居民身份证号码): the first 17 characters must be digits".into(),
            "居民身份证号码的前17位应为数字".into(),
        ));
    }
    if last == "x" {
        return Err(err(
            "resident ID number (居民身份证号码): write the final check character as a capital X"
                .into(),
            "居民身份证号码最后一位校验码请填写大写 X".into(),
        ));
    }
    let expected = resident_id_check_digit(first17).ok_or_else(malformed)?;
    if last != expected.to_string() {
        return Err(err(
            format!(
                "resident ID number (居民身份证号码): the check digit (校验码, character 18) should be '{expected}'; please re-check the number"
            ),
            format!("居民身份证号码第18位校验码应为 {expected}，请核对号码"),
        ));
    }
    Ok(())
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
}

fn validate_phone(phone: &str) -> Result<(), DomainError> {
    let err = || {
        DomainError::validation(
            "legalRepresentative.phone",
            format!(
                "phone '{phone}' must be an 11-digit mobile number starting with 1 (e.g. 13800138000) or a landline of 7–12 digits, optionally with area code and '-' (e.g. 0755-12345678)"
            ),
        )
        .zh(format!(
            "联系电话“{phone}”应为以1开头的11位手机号码（例如 13800138000），或7至12位的固定电话，可带区号和“-”（例如 0755-12345678）"
        ))
    };
    if let Some((area, local)) = phone.split_once('-') {
        let area_ok = all_digits(area) && area.starts_with('0') && (3..=4).contains(&area.len());
        let local_ok = all_digits(local) && (7..=8).contains(&local.len());
        let total = area.len() + local.len();
        if area_ok && local_ok && (7..=12).contains(&total) {
            return Ok(());
        }
        return Err(err());
    }
    if !all_digits(phone) {
        return Err(err());
    }
    let n = phone.len();
    let mobile = n == 11 && phone.starts_with('1');
    // Numbers starting with 1 are mobiles (or service numbers no representative would give).
    let landline = (7..=12).contains(&n) && !phone.starts_with('1');
    if mobile || landline {
        Ok(())
    } else {
        Err(err())
    }
}

impl LegalRepresentative {
    /// The name is stored without format characters and trimmed ([`clean_text`]); control
    /// characters are refused when a command carries them, not here, so that events recorded
    /// before that check still load. The ID number and phone are taken exactly as given.
    pub fn new(
        name: impl Into<String>,
        id_number: impl Into<String>,
        phone: impl Into<String>,
    ) -> Result<Self, DomainError> {
        let name = clean_text(&name.into());
        let name = name.as_str();
        let id_number = id_number.into();
        let phone = phone.into();
        if name.is_empty() {
            return Err(DomainError::validation(
                "legalRepresentative.name",
                "legal representative (法定代表人) name is empty",
            )
            .zh("法定代表人姓名未填写"));
        }
        if name.chars().count() > REP_NAME_MAX {
            return Err(DomainError::validation(
                "legalRepresentative.name",
                format!(
                    "legal representative (法定代表人) name has {} characters; at most {REP_NAME_MAX} are allowed",
                    name.chars().count()
                ),
            )
            .zh(format!(
                "法定代表人姓名为{}个字符，最多{REP_NAME_MAX}个字符",
                name.chars().count()
            )));
        }
        validate_id_number(&id_number)?;
        validate_phone(&phone)?;
        Ok(Self {
            name: name.to_owned(),
            id_number,
            phone,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn id_number(&self) -> &str {
        &self.id_number
    }

    pub fn phone(&self) -> &str {
        &self.phone
    }

    /// "110101********1234": region and last four kept, birth date and sequence hidden.
    pub fn masked_id_number(&self) -> String {
        let chars: Vec<char> = self.id_number.chars().collect();
        mask(&chars, 6, 4)
    }

    /// "138****5678" for mobiles; landlines keep their area code and last four digits.
    pub fn masked_phone(&self) -> String {
        if let Some((area, local)) = self.phone.split_once('-') {
            let local: Vec<char> = local.chars().collect();
            return format!("{area}-{}", mask(&local, 0, 4));
        }
        let chars: Vec<char> = self.phone.chars().collect();
        if chars.len() == 11 {
            mask(&chars, 3, 4)
        } else {
            mask(&chars, 0, 4)
        }
    }
}

fn mask(chars: &[char], head: usize, tail: usize) -> String {
    let n = chars.len();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| if i < head || i + tail >= n { c } else { '*' })
        .collect()
}

/// Masked, so that logging a command or an event does not leak personal data.
impl fmt::Debug for LegalRepresentative {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LegalRepresentative")
            .field("name", &self.name)
            .field("id_number", &self.masked_id_number())
            .field("phone", &self.masked_phone())
            .finish()
    }
}

#[cfg(test)]
mod tests;
