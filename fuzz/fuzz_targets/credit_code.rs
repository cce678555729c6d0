//! `CreditCode::parse` on any text: it never panics, and what it accepts is a civil-affairs code
//! whose parts and check characters agree with the constructors that build one.
#![no_main]

use civic_domain::CreditCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let from_string: Result<CreditCode, _> = serde_json::from_value(text.into());
    let Ok(code) = CreditCode::parse(text) else {
        assert!(
            from_string.is_err(),
            "serde accepted {text:?}, which parse refuses"
        );
        assert!(
            !(is_civil_affairs_shape(text) && CreditCode::check_characters_valid(text)),
            "{text:?} is a civil-affairs code with valid check characters, but parse refuses it"
        );
        return;
    };
    assert_eq!(
        code.as_str(),
        text,
        "parse must keep the code exactly as typed"
    );
    assert_eq!(
        from_string.ok().as_ref(),
        Some(&code),
        "serde and parse disagree on {text:?}"
    );
    assert!(CreditCode::check_characters_valid(text));
    let (body, checks) = text.split_at(16);
    let rebuilt = CreditCode::from_parts(code.kind_digit(), code.division(), &body[8..])
        .unwrap_or_else(|e| panic!("{text:?} parses but its parts do not rebuild it: {e}"));
    assert_eq!(
        rebuilt, code,
        "check characters {checks} recomputed differently"
    );
    assert_eq!(serde_json::to_value(&code).ok(), Some(text.into()));
});

/// `5`, a category digit and a 6-digit division: what parse checks besides the alphabet and the
/// check characters.
fn is_civil_affairs_shape(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 18
        && b[0] == b'5'
        && matches!(b[1], b'1' | b'2' | b'3' | b'9')
        && b[2..8].iter().all(u8::is_ascii_digit)
}
