//! Stored events as the ledger reads them back (replay, import, projections): each input line is
//! `KIND SCHEMA JSON`, decoded with `OrganisationEvent::from_stored`. Decoding never panics, a
//! decoded event encodes back to itself, and folding the decoded events into an organisation,
//! reading its clocks and deciding the time-driven commands they make due (what the scheduler
//! does) never panics either, whatever dates or amounts the payloads hold.
#![no_main]

use chrono::{TimeZone, Utc};
use civic_domain::{Aggregate, Context, DomainEvent, Organisation, OrganisationEvent, Policy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut organisation = Organisation::default();
    for line in text.lines().take(64) {
        let mut parts = line.splitn(3, ' ');
        let (Some(kind), Some(schema), Some(data)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let (Ok(schema), Ok(data)) = (schema.parse::<u16>(), serde_json::from_str(data)) else {
            continue;
        };
        let Ok(event) = OrganisationEvent::from_stored(kind, schema, &data) else {
            continue;
        };
        let again = OrganisationEvent::from_stored(event.kind(), event.schema(), &event.to_data());
        assert_eq!(
            again.as_ref(),
            Ok(&event),
            "{kind} {schema} {data} does not encode back to itself"
        );
        organisation = organisation.evolve(&event);
    }
    let policy = Policy::default();
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 2, 0, 0).unwrap();
    let ctx = Context::at(now);
    let today = ctx.today();
    let _ = organisation.open_cases(today, &policy);
    let _ = organisation.next_due(&policy);
    for command in organisation
        .due_commands(today, &policy)
        .into_iter()
        .take(64)
    {
        if let Ok(events) = organisation.decide(&command, &ctx) {
            for event in &events {
                organisation = organisation.evolve(event);
            }
        }
    }
});
