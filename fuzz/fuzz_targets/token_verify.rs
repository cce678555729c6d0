//! `TokenKey::verify` on any text: it never panics, and the only tokens it accepts are exactly
//! the ones the key issued (no second spelling of a signed token verifies: no padding, case or
//! trailing-bit variants of its base64, no re-encoded header or payload).
#![no_main]

use civic_ledger_fuzz::{key, now};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(claims) = key().verify(text, now()) {
        assert_eq!(
            key().issue(&claims),
            text,
            "a token the key did not issue verified as {claims:?}"
        );
        assert!(claims.exp > now().timestamp());
    }
});
