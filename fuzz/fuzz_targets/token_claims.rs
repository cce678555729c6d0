//! Issuing and checking tokens (`civic-ledger token issue`): `new_claims` never panics on any
//! role, subject, scope or time to live, and every token it allows verifies to the same claims
//! until it expires and is refused once it has.
#![no_main]

use arbitrary::Arbitrary;
use civic_ledger::auth::{Role, TokenError, new_claims};
use civic_ledger_fuzz::{key, now};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    role: u8,
    subject: &'a str,
    jurisdiction: Option<&'a str>,
    organisation: Option<u128>,
    ttl_seconds: u64,
    ttl_nanos: u32,
}

const ROLES: [Role; 6] = [
    Role::Registrar,
    Role::Purchaser,
    Role::Ngo,
    Role::Evaluator,
    Role::Auditor,
    Role::Admin,
];

fuzz_target!(|input: Input| {
    let role = ROLES[usize::from(input.role) % ROLES.len()];
    let ttl = std::time::Duration::new(input.ttl_seconds, input.ttl_nanos % 1_000_000_000);
    let Ok(claims) = new_claims(
        role,
        input.subject,
        input.jurisdiction.map(str::to_owned),
        input.organisation.map(uuid::Uuid::from_u128),
        ttl,
        now(),
    ) else {
        return;
    };
    let token = key().issue(&claims);
    if claims.exp > now().timestamp() {
        assert_eq!(key().verify(&token, now()), Ok(claims.clone()), "{input:?}");
    }
    if let Some(after) = chrono::DateTime::from_timestamp(claims.exp, 0) {
        assert!(
            matches!(key().verify(&token, after), Err(TokenError::Expired(_))),
            "{input:?}"
        );
    }
});
