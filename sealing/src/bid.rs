//! What a bid seals: its canonical content and the salt of its commitment, in one small
//! versioned envelope, `{"v":1,"salt":"<64 hex>","content":<canonical content>}`.
//!
//! The salt travels inside the box because the opening must reveal it — without it, nobody
//! could recompute the commitment — and must not be seen before: with it, the commitment of
//! every price in the budget could be tried until one matched.

use serde::Deserialize;
use zeroize::Zeroizing;

use crate::SealingError;
use civic_domain::procurement::{BidContent, Commitment, SALT_BYTES};

/// The envelope's version, its `"v"`.
pub const ENVELOPE_VERSION: u8 = 1;

/// The cipher does not hide a plaintext's length, and a price's number of digits would show in
/// it; padding the envelope with trailing spaces (which JSON ignores) to a multiple of this
/// leaves only the rounded size of the whole bid visible.
pub const PADDING_BLOCK: usize = 512;

/// The plaintext a bid is sealed as. The content is written as its canonical bytes, so that
/// what is sealed is byte for byte what was committed to, then padded to a multiple of
/// [`PADDING_BLOCK`] bytes.
pub fn bid_plaintext(content: &BidContent, salt: &[u8; SALT_BYTES]) -> Zeroizing<Vec<u8>> {
    let canonical = Zeroizing::new(content.canonical());
    let mut out = Zeroizing::new(Vec::with_capacity(
        (canonical.len() + SALT_BYTES * 2 + 32).div_ceil(PADDING_BLOCK) * PADDING_BLOCK,
    ));
    out.extend_from_slice(format!(r#"{{"v":{ENVELOPE_VERSION},"salt":""#).as_bytes());
    out.extend_from_slice(Zeroizing::new(hex::encode(salt)).as_bytes());
    out.extend_from_slice(br#"","content":"#);
    out.extend_from_slice(&canonical);
    out.push(b'}');
    let padded = out.len().div_ceil(PADDING_BLOCK) * PADDING_BLOCK;
    out.resize(padded, b' ');
    out
}

/// A bid as opened: its content and the salt its commitment was made with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevealedBid {
    pub content: BidContent,
    pub salt: [u8; SALT_BYTES],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    v: u8,
    salt: String,
    content: BidContent,
}

impl RevealedBid {
    /// Reads an envelope written by [`bid_plaintext`].
    pub fn parse(plaintext: &[u8]) -> Result<Self, SealingError> {
        let envelope: Envelope = serde_json::from_slice(plaintext)
            .map_err(|e| SealingError::BadEnvelope(e.to_string()))?;
        if envelope.v != ENVELOPE_VERSION {
            return Err(SealingError::BadEnvelope(format!(
                "version {} is not known (this server reads version {ENVELOPE_VERSION})",
                envelope.v
            )));
        }
        let mut salt = [0u8; SALT_BYTES];
        hex::decode_to_slice(&envelope.salt, &mut salt).map_err(|_| {
            SealingError::BadEnvelope(format!(
                "its salt must be {} hex characters",
                SALT_BYTES * 2
            ))
        })?;
        Ok(RevealedBid {
            content: envelope.content,
            salt,
        })
    }

    /// Lowercase hex of the salt, as the opening records it for anyone to recompute the
    /// commitment.
    pub fn salt_hex(&self) -> String {
        hex::encode(self.salt)
    }

    /// Whether this content and salt are what `commitment` was published for (BID-SEALED).
    pub fn matches(&self, commitment: &Commitment) -> bool {
        self.content.commitment(&self.salt) == *commitment
    }
}
