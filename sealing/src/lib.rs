//! Sealed bids (BID-SEALED): a bid's content is encrypted before it reaches the store, under a
//! key kept outside the event log, and can be decrypted only through an [`Opener`], which is
//! handed out at or after the procurement's opening time. The threat model — who can read what,
//! and when — is `docs/sealed-bids.md`.
//!
//! - **Cipher**: XChaCha20-Poly1305 of the RustCrypto `chacha20poly1305` crate (audited by NCC
//!   Group in 2020, maintained with the other RustCrypto AEADs, pure Rust, constant-time, and
//!   built on the same `chacha20` that `rand` already brings into the workspace). Its 24-byte
//!   nonces are drawn at random for every box: at that size random nonces never collide in
//!   practice, so no nonce counter has to be kept, persisted or coordinated between servers,
//!   which a 12-byte nonce (ChaCha20-Poly1305, AES-GCM) would need.
//! - **Binding**: the associated data names the procurement and the bid, so a sealed box copied
//!   onto another bid, or into another procurement, fails to open.
//! - **Keys**: one deployment master key, 32 random bytes in `<data-dir>/bid-sealing.key`
//!   (mode 0600, see [`Sealer::open_or_create`]); each procurement's key is derived from it
//!   with HKDF-SHA256 and the procurement id, so no per-procurement key is ever stored. Each
//!   box records the master key's [`KeyId`], so that a box sealed under a key the deployment no
//!   longer has is reported as such rather than as tampering.
//! - **Plaintext**: [`bid_plaintext`] and [`RevealedBid`] define what a bid seals — its
//!   canonical content and the salt of its commitment — so that the opening can check the
//!   revealed content against the commitment published at submission; padded, so that a
//!   box's length does not show the price's number of digits.
//!
//! Key material is wiped from memory on drop (`zeroize`).

mod bid;
mod key;
mod seal;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use civic_domain::procurement::SALT_BYTES;

pub use bid::{ENVELOPE_VERSION, PADDING_BLOCK, RevealedBid, bid_plaintext};
pub use key::{KEY_FILE, KeyId};
pub use seal::{Opener, SEALING_SCHEME, SealedBox, Sealer};

/// Why a key could not be loaded or a bid could not be sealed or opened.
#[derive(Debug, thiserror::Error)]
pub enum SealingError {
    #[error("cannot read or create the bid-sealing key {path}: {source}")]
    KeyFileIo {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the bid-sealing key {path} can be read by other users (mode {mode:04o}); it opens every sealed bid, so it must be 0600 (chmod 600 {path})"
    )]
    KeyFileExposed { path: PathBuf, mode: u32 },
    #[error(
        "the bid-sealing key {path} is damaged ({found}); it must hold 64 hex characters: restore it from its backup"
    )]
    KeyFileDamaged { path: PathBuf, found: String },
    #[error(
        "the bids cannot be opened before the opening time {} (China time); it is now {}",
        china_time(.opening_at),
        china_time(.now)
    )]
    NotYetOpen {
        opening_at: DateTime<Utc>,
        now: DateTime<Utc>,
    },
    #[error(
        "the bid was sealed with key {sealed_with}, but this deployment's key is {deployment}: restore the key file the bids were sealed with"
    )]
    WrongKey {
        sealed_with: KeyId,
        deployment: KeyId,
    },
    #[error("the sealed bid is malformed: {0}")]
    Malformed(String),
    #[error(
        "the sealed bid does not open: it was altered, or it was sealed for another bid or procurement"
    )]
    Tampered,
    #[error("the opened bid is not a sealed bid envelope: {0}")]
    BadEnvelope(String),
    #[error("the system's random number generator failed: {0}")]
    Random(String),
}

/// China Standard Time (UTC+8 throughout since 1991, no daylight saving), the time clerks read.
const CHINA_STANDARD_TIME: FixedOffset = match FixedOffset::east_opt(8 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+8 is a valid offset"),
};

fn china_time(at: &DateTime<Utc>) -> String {
    at.with_timezone(&CHINA_STANDARD_TIME)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}
