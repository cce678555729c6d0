//! A bid's sealed content and its commitment (BID-SEALED).
//!
//! The commitment is SHA-256 over the canonical form of the content followed by a random salt
//! that is sealed with it: published at submission, it binds the bidder to a content nobody
//! can read, and at the opening anyone entitled checks the revealed content and salt against
//! it. The salt matters because prices have little entropy: without it, hashing every price
//! in the budget would find the sealed one. Encryption itself is not the domain's (the key is
//! kept outside the log); this module only defines what is sealed and what is committed to.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{DomainError, rules};
use crate::values::{Money, TextShape, check_no_control_chars};

/// Bytes of salt a commitment is made with.
pub const SALT_BYTES: usize = 32;
/// Characters of a technical proposal's summary (the full documents travel as digests).
pub const MAX_PROPOSAL_CHARS: usize = 20_000;
/// Documents one bid may list.
pub const MAX_DOCUMENTS: usize = 50;

/// What a bidder seals: its price, its technical proposal and the digests of its documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BidContent {
    pub price: Money,
    pub technical_proposal: String,
    pub documents: Vec<DocumentDigest>,
}

/// A document of the bid, named by its SHA-256: the document itself stays with the bidder and
/// the purchaser; the ledger proves which one was submitted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentDigest {
    pub name: String,
    /// 64 lowercase hex digits.
    pub sha256: String,
}

impl BidContent {
    /// The content's own well-formedness; whether the price fits the budget is the bid's rule.
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.price.fen() <= 0 {
            return Err(DomainError::validation_rule(
                "price",
                rules::BID_SEALED,
                "a bid's price must be more than ¥0.00",
            )
            .zh("投标报价应大于¥0.00"));
        }
        check_no_control_chars(
            "technicalProposal",
            "The technical proposal",
            &self.technical_proposal,
            TextShape::Paragraph,
        )?;
        if self.technical_proposal.chars().count() > MAX_PROPOSAL_CHARS {
            return Err(DomainError::validation(
                "technicalProposal",
                format!(
                    "a technical proposal has at most {MAX_PROPOSAL_CHARS} characters; attach the rest as documents"
                ),
            )
            .zh(format!(
                "技术方案最多{MAX_PROPOSAL_CHARS}个字符，其余内容请作为附件提交"
            )));
        }
        if self.documents.len() > MAX_DOCUMENTS {
            return Err(DomainError::validation(
                "documents",
                format!("a bid lists at most {MAX_DOCUMENTS} documents"),
            )
            .zh(format!("一份投标最多列出{MAX_DOCUMENTS}个附件")));
        }
        for d in &self.documents {
            check_no_control_chars(
                "documents.name",
                "A document name",
                &d.name,
                TextShape::Line,
            )?;
            if d.name.trim().is_empty() || d.name.chars().count() > 200 {
                return Err(DomainError::validation(
                    "documents.name",
                    "a document's name has 1 to 200 characters",
                )
                .zh("附件名称应为1至200个字符"));
            }
            if d.sha256.len() != 64
                || !d
                    .sha256
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            {
                return Err(DomainError::validation(
                    "documents.sha256",
                    format!(
                        "the digest of '{}' must be 64 lowercase hex digits (SHA-256)",
                        d.name
                    ),
                )
                .zh(format!(
                    "附件“{}”的摘要应为64位小写十六进制数字（SHA-256）",
                    d.name
                )));
            }
        }
        Ok(())
    }

    /// The bytes committed to: the content's JSON with its fields in a fixed order (the
    /// struct's), no whitespace, money in fen. Changing this breaks every published
    /// commitment, so it is versioned by [`COMMITMENT_SCHEME`].
    pub fn canonical(&self) -> Vec<u8> {
        // Serialising a struct of strings, integers and a list of such cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The commitment to this content under `salt`: lowercase hex SHA-256 of
    /// `canonical || salt`.
    pub fn commitment(&self, salt: &[u8]) -> Commitment {
        let mut hash = Sha256::new();
        hash.update(self.canonical());
        hash.update(salt);
        Commitment(format!("{:x}", hash.finalize()))
    }
}

/// Names how commitments are computed, recorded with each one so that a later scheme can
/// coexist with the commitments already published.
pub const COMMITMENT_SCHEME: &str = "sha256(canonical-json || salt)/v1";

/// A published commitment: 64 lowercase hex digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Commitment(pub String);

impl Commitment {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Commitment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The salt a bidder sealed with its content, from its hex form (2 × [`SALT_BYTES`] lowercase
/// hex digits): a shorter salt would let a price be found by hashing every price in the budget.
pub fn parse_salt(field: &'static str, hex: &str) -> Result<Vec<u8>, DomainError> {
    let digit = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    };
    let bytes = hex.as_bytes();
    let decoded: Option<Vec<u8>> = (bytes.len() == SALT_BYTES * 2)
        .then(|| {
            bytes
                .chunks(2)
                .map(|pair| Some((digit(pair[0])? << 4) | digit(pair[1])?))
                .collect()
        })
        .flatten();
    decoded.ok_or_else(|| {
        DomainError::validation_rule(
            field,
            rules::BID_SEALED,
            format!(
                "the salt must be {} lowercase hex digits ({SALT_BYTES} random bytes)",
                SALT_BYTES * 2
            ),
        )
        .zh(format!(
            "盐值应为{}位小写十六进制数字（{SALT_BYTES}个随机字节）",
            SALT_BYTES * 2
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(fen: i64) -> BidContent {
        BidContent {
            price: Money::from_fen(fen).unwrap(),
            technical_proposal: "养老服务方案".into(),
            documents: vec![DocumentDigest {
                name: "方案.pdf".into(),
                sha256: "a".repeat(64),
            }],
        }
    }

    #[test]
    fn a_commitment_binds_content_and_salt() {
        let c = content(8_000_000);
        let salt = [7u8; SALT_BYTES];
        assert_eq!(c.commitment(&salt), c.commitment(&salt));
        assert_ne!(c.commitment(&salt), content(8_000_001).commitment(&salt));
        assert_ne!(c.commitment(&salt), c.commitment(&[8u8; SALT_BYTES]));
        assert_eq!(c.commitment(&salt).as_str().len(), 64);
    }

    #[test]
    fn the_canonical_form_is_fixed() {
        assert_eq!(
            String::from_utf8(content(100).canonical()).unwrap(),
            format!(
                r#"{{"price":100,"technicalProposal":"养老服务方案","documents":[{{"name":"方案.pdf","sha256":"{}"}}]}}"#,
                "a".repeat(64)
            )
        );
    }

    #[test]
    fn a_price_of_zero_or_a_bad_digest_is_refused() {
        assert_eq!(content(0).validate().unwrap_err().field(), Some("price"));
        let mut c = content(100);
        c.documents[0].sha256 = "A".repeat(64);
        assert_eq!(c.validate().unwrap_err().field(), Some("documents.sha256"));
    }

    #[test]
    fn a_salt_is_32_bytes_of_lowercase_hex() {
        assert_eq!(
            parse_salt("salt", &"0a".repeat(32)).unwrap(),
            vec![10u8; 32]
        );
        for bad in [
            "0a".repeat(31),
            "0A".repeat(32),
            "zz".repeat(32),
            String::new(),
        ] {
            let e = parse_salt("salt", &bad).unwrap_err();
            assert_eq!(
                (e.field(), e.rule()),
                (Some("salt"), Some(rules::BID_SEALED))
            );
        }
    }
}
