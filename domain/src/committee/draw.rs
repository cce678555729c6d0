//! The expert draw and the last tie-break of the ranking: pure functions of a recorded seed, so
//! that an auditor can redo both by hand.
//!
//! The seed is lowercase hex, generated outside the domain (the handler draws it from the
//! operating system's random source) and recorded in `CommitteeConstituted`. An item's key is
//!
//! ```text
//! key(item) = SHA-256 over the UTF-8 bytes of  seed ‖ id   (id in hyphenated lowercase form)
//! ```
//!
//! e.g. `printf '%s%s' "$seed" "0192f1e4-…" | sha256sum`. The pool is put in ascending order of
//! its experts' keys (ties, which SHA-256 makes practically impossible, by id) and the
//! committee takes the first eligible experts in that order; a recused member's replacement is
//! the next eligible one. The order depends only on the seed and the set of experts, never on
//! the order the pool was listed in. Bids fully tied in the ranking are ordered the same way by
//! their bid ids' keys.

use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::{DomainError, rules};

/// Names the method above, recorded with each draw so that a later one can coexist with it.
pub const DRAW_SCHEME: &str = "sha256(seed || id)/ascending/v1";

/// Hex digits of a seed: at least 128 bits, at most 512.
pub const SEED_HEX_MIN: usize = 32;
pub const SEED_HEX_MAX: usize = 128;

/// Experts one pool may hold; the whole pool is recorded in draw order.
pub const MAX_POOL: usize = 10_000;

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// The draw key of `id` under `seed` (see the module documentation).
pub fn draw_key(seed: &str, id: Uuid) -> String {
    let mut input = String::with_capacity(seed.len() + 36);
    input.push_str(seed);
    input.push_str(&id.hyphenated().to_string());
    sha256_hex(input.as_bytes())
}

/// `ids` in draw order under `seed`.
pub fn draw_order(seed: &str, ids: impl IntoIterator<Item = Uuid>) -> Vec<Uuid> {
    let mut keyed: Vec<(String, Uuid)> =
        ids.into_iter().map(|id| (draw_key(seed, id), id)).collect();
    keyed.sort();
    keyed.into_iter().map(|(_, id)| id).collect()
}

/// A seed as recorded: lowercase hex of 32 to 128 digits.
pub fn check_seed(seed: &str) -> Result<(), DomainError> {
    let hex = seed
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !hex || !(SEED_HEX_MIN..=SEED_HEX_MAX).contains(&seed.len()) {
        return Err(DomainError::validation_rule(
            "seed",
            rules::EVAL_COMMITTEE,
            format!(
                "the draw's seed must be {SEED_HEX_MIN} to {SEED_HEX_MAX} lowercase hex digits, generated at random"
            ),
        )
        .zh(format!(
            "抽取专家的随机种子应为随机生成的{SEED_HEX_MIN}至{SEED_HEX_MAX}位小写十六进制数字"
        )));
    }
    Ok(())
}
