//! What a bidder asks of its bid.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{DomainError, rules};
use crate::procurement::BidContent;

/// The encrypted content as the sealing outside the domain produced it (AEAD under the
/// procurement's key, which the log never holds), all base64. The domain only checks its shape
/// and stores it; whoever holds the key after the opening decrypts it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SealedBox {
    /// Names the key it is sealed under, so a key can be rotated without guessing.
    pub key_id: String,
    pub nonce: String,
    pub ciphertext: String,
}

/// Ciphertext larger than this is refused: a proposal of [`crate::procurement::MAX_PROPOSAL_CHARS`]
/// characters with its documents' digests, sealed and in base64, stays far below it.
const MAX_CIPHERTEXT_CHARS: usize = 400_000;

impl std::fmt::Debug for SealedBox {
    /// Long ciphertexts would swamp a failing case's output; the length says enough.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedBox")
            .field("key_id", &self.key_id)
            .field("nonce", &self.nonce)
            .field("ciphertext_chars", &self.ciphertext.len())
            .finish()
    }
}

impl SealedBox {
    pub fn validate(&self) -> Result<(), DomainError> {
        let key_ok = !self.key_id.is_empty()
            && self.key_id.len() <= 100
            && self
                .key_id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'));
        if !key_ok {
            return Err(DomainError::validation_rule(
                "sealed.keyId",
                rules::BID_SEALED,
                "the sealed box's key id has 1 to 100 letters, digits or - _ . :",
            )
            .zh("密封文件的密钥编号应为1至100个字母、数字或 - _ . :"));
        }
        for (field, label, label_zh, value, max) in [
            ("sealed.nonce", "nonce", "随机数", &self.nonce, 100),
            (
                "sealed.ciphertext",
                "ciphertext",
                "密文",
                &self.ciphertext,
                MAX_CIPHERTEXT_CHARS,
            ),
        ] {
            if !is_base64(value) || value.len() > max {
                return Err(DomainError::validation_rule(
                    field,
                    rules::BID_SEALED,
                    format!(
                        "the sealed box's {label} must be standard base64 (padded), at most {max} characters; the bid is sealed outside the ledger and sent as it came out"
                    ),
                )
                .zh(format!(
                    "密封文件的{label_zh}应为标准 base64（含填充），最多{max}个字符；投标文件在账本外密封，请按密封结果原样提交"
                )));
            }
        }
        Ok(())
    }
}

/// Standard, padded base64 (RFC 4648 §4), not empty.
fn is_base64(s: &str) -> bool {
    use base64::Engine as _;
    !s.is_empty() && base64::engine::general_purpose::STANDARD.decode(s).is_ok()
}

/// Serialised only to tell a retry of a command from another command under the same id (as a
/// digest: the salt keeps the digest of a submission as unguessable as its commitment).
#[derive(Clone, PartialEq, Eq, Serialize)]
pub enum BidCommand {
    /// Opens the bid's stream. `salt` is hex ([`crate::procurement::parse_salt`]).
    Submit {
        bid_id: Uuid,
        procurement_id: Uuid,
        organisation_id: Uuid,
        content: BidContent,
        salt: String,
        sealed: SealedBox,
    },
    /// A new content under a new salt and box; the old commitment stays in history.
    Replace {
        content: BidContent,
        salt: String,
        sealed: SealedBox,
    },
    Withdraw,
}

impl std::fmt::Debug for BidCommand {
    /// A failing test prints its command: the content stays out of that output as it stays
    /// out of the events, so that a log line of a case never shows a sealed price.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Submit {
                bid_id,
                procurement_id,
                organisation_id,
                sealed,
                ..
            } => f
                .debug_struct("Submit")
                .field("bid_id", bid_id)
                .field("procurement_id", procurement_id)
                .field("organisation_id", organisation_id)
                .field("sealed", sealed)
                .finish_non_exhaustive(),
            Self::Replace { sealed, .. } => f
                .debug_struct("Replace")
                .field("sealed", sealed)
                .finish_non_exhaustive(),
            Self::Withdraw => f.write_str("Withdraw"),
        }
    }
}

impl crate::aggregate::DomainCommand for BidCommand {
    fn name(&self) -> &'static str {
        match self {
            Self::Submit { .. } => "SubmitBid",
            Self::Replace { .. } => "ReplaceBid",
            Self::Withdraw => "WithdrawBid",
        }
    }

    fn opens_stream(&self) -> bool {
        matches!(self, Self::Submit { .. })
    }

    fn reason(&self) -> Option<&str> {
        None
    }
}

impl BidCommand {
    /// How messages name what was asked.
    pub(super) fn describe(&self) -> &'static str {
        match self {
            Self::Submit { .. } => "submitting a bid",
            Self::Replace { .. } => "replacing a bid",
            Self::Withdraw => "withdrawing a bid",
        }
    }

    pub(super) fn describe_zh(&self) -> &'static str {
        match self {
            Self::Submit { .. } => "投标",
            Self::Replace { .. } => "修改投标文件",
            Self::Withdraw => "撤回投标",
        }
    }
}
