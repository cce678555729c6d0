//! Sealing and opening.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::SealingError;
use crate::bid::{RevealedBid, bid_plaintext};
use crate::key::{KeyId, MasterKey};
use civic_domain::procurement::{BidContent, SALT_BYTES};

/// Names how boxes are sealed; it is also the prefix of their associated data, so a box of a
/// later scheme cannot be opened as one of this scheme.
pub const SEALING_SCHEME: &str = "civic-ledger/sealed-bid/xchacha20poly1305-hkdf-sha256/v1";

const NONCE_BYTES: usize = 24;

/// A bid's content as the store keeps it: ciphertext only, and what is needed to open it with
/// the right key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SealedBox {
    /// The deployment key it was sealed under.
    pub key_id: KeyId,
    /// Base64 of the 24-byte nonce.
    pub nonce: String,
    /// Base64 of the ciphertext and its 16-byte tag.
    pub ciphertext: String,
}

/// Seals bids with the deployment's key; opens them only through [`Sealer::opening`].
#[derive(Clone)]
pub struct Sealer {
    pub(crate) master: MasterKey,
    key_id: KeyId,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealer")
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl Sealer {
    /// The sealer of the key file at `path` (`<data-dir>/`[`KEY_FILE`](crate::KEY_FILE)),
    /// creating the file with a new random key on first use. A file that other users may read
    /// (mode wider than 0600), or that does not hold exactly one key, is refused rather than
    /// used or replaced: replacing it would lose every bid sealed under it.
    pub fn open_or_create(path: &Path) -> Result<Self, SealingError> {
        Ok(Self::with_master(MasterKey::open_or_create(path)?))
    }

    fn with_master(master: MasterKey) -> Self {
        let key_id = master.id();
        Sealer { master, key_id }
    }

    /// The deployment key's id, as recorded in the boxes it seals.
    pub fn key_id(&self) -> &KeyId {
        &self.key_id
    }

    fn cipher(&self, procurement_id: Uuid) -> XChaCha20Poly1305 {
        let key = self.master.procurement_key(procurement_id);
        let key: &[u8; crate::key::KEY_BYTES] = &key;
        XChaCha20Poly1305::new(key.into())
    }

    /// Seals `plaintext` for one bid of one procurement.
    pub fn seal(
        &self,
        procurement_id: Uuid,
        bid_id: Uuid,
        plaintext: &[u8],
    ) -> Result<SealedBox, SealingError> {
        let nonce = XNonce::try_generate().map_err(|e| SealingError::Random(e.to_string()))?;
        let aad = associated_data(procurement_id, bid_id);
        let ciphertext = self
            .cipher(procurement_id)
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            // Only a plaintext of more than 256 GiB is refused.
            .map_err(|_| SealingError::Malformed("the content is too large to seal".into()))?;
        Ok(SealedBox {
            key_id: self.key_id.clone(),
            nonce: STANDARD.encode(nonce),
            ciphertext: STANDARD.encode(ciphertext),
        })
    }

    /// Seals a bid's content with the salt of its commitment ([`bid_plaintext`]).
    pub fn seal_bid(
        &self,
        procurement_id: Uuid,
        bid_id: Uuid,
        content: &BidContent,
        salt: &[u8; SALT_BYTES],
    ) -> Result<SealedBox, SealingError> {
        self.seal(procurement_id, bid_id, &bid_plaintext(content, salt))
    }

    /// The salt a bid's commitment is made with (BID-SEALED). Given the command id a retry
    /// repeats, it is derived from the deployment key with the procurement, the organisation and
    /// that id (HKDF, a label of its own), so that every retry commits and seals alike and the
    /// command's digest still tells it from another command; without one, it is random.
    /// Either way nobody without the key can compute it before the opening reveals it.
    pub fn commitment_salt(
        &self,
        procurement_id: Uuid,
        organisation_id: Uuid,
        command_id: Option<Uuid>,
    ) -> Result<zeroize::Zeroizing<[u8; SALT_BYTES]>, SealingError> {
        match command_id {
            Some(command_id) => {
                Ok(self
                    .master
                    .commitment_salt(procurement_id, organisation_id, command_id))
            }
            None => <[u8; SALT_BYTES]>::try_generate()
                .map(zeroize::Zeroizing::new)
                .map_err(|e| SealingError::Random(e.to_string())),
        }
    }

    /// The capability to open one procurement's bids, given only at or after its opening
    /// time. `now` is the caller's clock — the server's — which this cannot check.
    pub fn opening(
        &self,
        procurement_id: Uuid,
        opening_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Opener, SealingError> {
        if now < opening_at {
            return Err(SealingError::NotYetOpen { opening_at, now });
        }
        Ok(Opener {
            procurement_id,
            key_id: self.key_id.clone(),
            cipher: self.cipher(procurement_id),
        })
    }
}

/// Opens the bids of one procurement whose opening time has come.
pub struct Opener {
    procurement_id: Uuid,
    key_id: KeyId,
    /// Holds the derived key; wiped on drop (the `zeroize` feature of `chacha20poly1305`).
    cipher: XChaCha20Poly1305,
}

impl std::fmt::Debug for Opener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opener")
            .field("procurement_id", &self.procurement_id)
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl Opener {
    pub fn procurement_id(&self) -> Uuid {
        self.procurement_id
    }

    /// The plaintext of `sealed`, which must have been sealed for `bid_id` of this
    /// procurement under this deployment's key.
    pub fn unseal(&self, bid_id: Uuid, sealed: &SealedBox) -> Result<Vec<u8>, SealingError> {
        if sealed.key_id != self.key_id {
            return Err(SealingError::WrongKey {
                sealed_with: sealed.key_id.clone(),
                deployment: self.key_id.clone(),
            });
        }
        let nonce = STANDARD
            .decode(&sealed.nonce)
            .map_err(|_| SealingError::Malformed("its nonce is not base64".into()))?;
        let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|n: Vec<u8>| {
            SealingError::Malformed(format!(
                "its nonce has {} bytes, not {NONCE_BYTES}",
                n.len()
            ))
        })?;
        let ciphertext = STANDARD
            .decode(&sealed.ciphertext)
            .map_err(|_| SealingError::Malformed("its ciphertext is not base64".into()))?;
        let aad = associated_data(self.procurement_id, bid_id);
        self.cipher
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: &ciphertext,
                    aad: &aad,
                },
            )
            .map_err(|_| SealingError::Tampered)
    }

    /// Opens a bid sealed with [`Sealer::seal_bid`]: its content and the salt of its
    /// commitment, for [`RevealedBid::matches`].
    pub fn reveal(&self, bid_id: Uuid, sealed: &SealedBox) -> Result<RevealedBid, SealingError> {
        let plaintext = zeroize::Zeroizing::new(self.unseal(bid_id, sealed)?);
        RevealedBid::parse(&plaintext)
    }
}

/// The scheme, the procurement and the bid: what a box is bound to.
fn associated_data(procurement_id: Uuid, bid_id: Uuid) -> Vec<u8> {
    let mut aad = Vec::with_capacity(SEALING_SCHEME.len() + 32);
    aad.extend_from_slice(SEALING_SCHEME.as_bytes());
    aad.extend_from_slice(procurement_id.as_bytes());
    aad.extend_from_slice(bid_id.as_bytes());
    aad
}

#[cfg(test)]
impl Sealer {
    pub(crate) fn from_key_bytes(bytes: [u8; crate::key::KEY_BYTES]) -> Self {
        Self::with_master(MasterKey::from_bytes(bytes))
    }
}
