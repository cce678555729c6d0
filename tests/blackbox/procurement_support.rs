//! What the procurement tests share: tokens acting for an organisation, the bid-sealing key a
//! PostgreSQL ledger needs, valid resident id numbers for the expert pool, and the ledger moved
//! back in time with its key.

use chrono::Duration;
use serde_json::{Value, json};

use crate::backdate::backdated;
use crate::support::*;

/// The jurisdiction the procurement tests buy in: Futian, Shenzhen.
pub const FUTIAN: &str = "440304";

/// A token acting for `organisation` (a purchasing unit, an ngo, or an evaluator's expert id);
/// purchasers act in Futian.
pub fn token_for(place: &Place, role: &str, organisation: &str) -> String {
    let mut scope = vec!["--organisation", organisation];
    if role == "purchaser" {
        scope.extend(["--jurisdiction", FUTIAN]);
    }
    issue_token(
        place.path(),
        role,
        &format!("{role}-of-{organisation}"),
        &scope,
    )
}

/// Servers sharing PostgreSQL never make up a bid-sealing key: an administrator creates it.
pub fn init_bid_key(place: &Place) {
    if place.db.is_some() {
        let out = cli(&[
            "bid-key",
            "init",
            "--data-dir",
            place.path().to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `place`'s ledger moved `days` back (its server stopped), with the key its bids were sealed
/// under, so that they can be opened.
pub async fn later_by(place: &Place, days: i64) -> Place {
    let later = backdated(place, Duration::days(days)).await;
    std::fs::copy(
        place.path().join("bid-sealing.key"),
        later.path().join("bid-sealing.key"),
    )
    .unwrap();
    later
}

/// `place`'s server without its own scheduler, so that what falls due is fired by the test's
/// `tick` or command alone (the scheduler ticks as the server starts).
pub fn start_without_scheduler(place: &Place) -> Server {
    let mut args = place.args();
    args.extend(["--tick-every".to_owned(), "0s".to_owned()]);
    Server::start_with(&args)
}

/// A valid resident id number of Futian, born 1975, for expert `n`.
pub fn resident_id(n: u32) -> String {
    let first17 = format!("4403041975{:07}", 100 + n);
    let sum: u32 = first17
        .bytes()
        .zip([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
        .map(|(c, w)| u32::from(c - b'0') * w)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize] as char;
    format!("{first17}{check}")
}

/// A member's sheet: every bid, `plan` points (hundredths) less 2 points per place in `bids`.
pub fn sheet(committee: &str, member: &str, bids: &[Value], plan: u32) -> Value {
    let scores: Vec<Value> = bids
        .iter()
        .enumerate()
        .map(|(i, b)| {
            json!({ "bidId": b, "criteria": [
                { "key": "plan", "pointsHundredths": plan - 200 * i as u32 },
                { "key": "team", "pointsHundredths": 2_500 } ] })
        })
        .collect();
    json!({ "i": { "committeeId": committee, "memberId": member, "scores": scores } })
}
