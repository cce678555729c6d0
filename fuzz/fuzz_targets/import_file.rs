//! `transfer::check`, the pass `civic-ledger import` makes over a whole export before writing
//! anything: it never panics on any file, and it counts only events it accepted.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|file: &[u8]| {
    if let Ok(events) = civic_ledger::transfer::check(file, |_| {}) {
        let lines = file
            .split(|b| *b == b'\n')
            .filter(|l| !l.trim_ascii().is_empty())
            .count();
        assert!(
            events as usize <= lines,
            "{events} events counted in {lines} lines"
        );
    }
});
