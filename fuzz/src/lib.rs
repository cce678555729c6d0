//! What several fuzz targets share: a token key that is the same in every run, so that the seed
//! corpus can hold tokens it signed.

use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::{DateTime, TimeZone, Utc};
use civic_ledger::auth::TokenKey;

/// The key of the seed tokens (fuzz/seeds/token_verify); not a key of any deployment.
pub const SEED_KEY_HEX: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/// The instant tokens are checked at: after the seed tokens were issued, before they expire.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap()
}

/// The seed key, loaded the way the server loads its key: from `token.key` in a data directory.
pub fn key() -> &'static TokenKey {
    static KEY: OnceLock<TokenKey> = OnceLock::new();
    KEY.get_or_init(|| {
        let dir: PathBuf =
            std::env::temp_dir().join(format!("civic-fuzz-key-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        std::fs::write(dir.join("token.key"), SEED_KEY_HEX).expect("the key file");
        let key = TokenKey::load_or_create(&dir).expect("the seed key loads");
        let _ = std::fs::remove_dir_all(&dir);
        key
    })
}
