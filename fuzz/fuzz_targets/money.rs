//! `Money::parse` on any text: it never panics, it agrees with an independent reading of
//! "digits, optionally a point and one or two decimals", and what it accepts prints back to the
//! same amount.
#![no_main]

use civic_domain::Money;
use libfuzzer_sys::fuzz_target;

/// The amount in fen by the documented syntax, computed in u128 so that it cannot overflow
/// for the inputs that matter (anything longer is too large either way).
fn reference(text: &str) -> Option<Option<i64>> {
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f) || f.len() > 2) {
        return None;
    }
    // Leading zeros are allowed and worth nothing: only the significant digits can overflow.
    let significant = int.trim_start_matches('0');
    if significant.len() > 30 {
        return Some(None);
    }
    let yuan: u128 = if significant.is_empty() {
        0
    } else {
        significant.parse().ok()?
    };
    let fen = match frac {
        None => 0,
        Some(f) if f.len() == 1 => f.parse::<u128>().ok()? * 10,
        Some(f) => f.parse::<u128>().ok()?,
    };
    Some(i64::try_from(yuan * 100 + fen).ok())
}

fuzz_target!(|text: &str| {
    let parsed = Money::parse(text);
    match reference(text) {
        None => assert!(
            parsed.is_err(),
            "{text:?} is not an amount but parsed as {parsed:?}"
        ),
        Some(None) => assert!(
            parsed.is_err(),
            "{text:?} is too large but parsed as {parsed:?}"
        ),
        Some(Some(fen)) => {
            let money =
                parsed.unwrap_or_else(|e| panic!("{text:?} is {fen} fen but was refused: {e}"));
            assert_eq!(money.fen(), fen, "{text:?}");
            let printed = money.to_string();
            assert_eq!(
                Money::parse(&printed).ok(),
                Some(money),
                "{text:?} prints as {printed:?}"
            );
            assert_eq!(Money::from_fen(fen).ok(), Some(money));
        }
    }
});
