//! Criterion micro-benchmarks of the hot paths of every command and every replay: credit-code
//! validation, event encode/decode, canonical JSON and hash chaining, `decide` and `evolve`.
//!
//! `cargo bench -p civic-bench --bench hot_paths` (add `-- --quick` for a short run).

use std::hint::black_box;

use chrono::Utc;
use civic_bench::fixtures::{self, Chains, OrgSim, micros};
use civic_domain::{
    Aggregate, Context, CreditCode, DomainEvent, Organisation, OrganisationCommand,
    OrganisationEvent,
};
use civic_store::{GENESIS_HASH, RecordedEvent, canonical_json, chain_hash};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use uuid::Uuid;

/// An organisation applied for, approved and changed once, with its recorded events.
struct Sample {
    active: Organisation,
    events: Vec<OrganisationEvent>,
    recorded: Vec<RecordedEvent>,
}

fn sample() -> Sample {
    let now = micros(Utc::now());
    let mut org = OrgSim::new(4242);
    let mut chains = Chains::default();
    let mut events = Vec::new();
    let mut recorded = Vec::new();
    for _ in 0..3 {
        let before = org.state.clone();
        let command = org.next_command();
        let (_, new) = org.run(&command, now);
        events.extend(
            before
                .decide(&command, &Context::at(now))
                .expect("the sample's commands are valid"),
        );
        recorded.extend(new.into_iter().map(|e| chains.record(&org.stream, e, now)));
    }
    // The state before the change registration: ACTIVE.
    let active = events[..2]
        .iter()
        .fold(Organisation::default(), |s, e| s.evolve(e));
    Sample {
        active,
        events,
        recorded,
    }
}

fn credit_codes(c: &mut Criterion) {
    let codes: Vec<String> = (0..64)
        .map(|n| fixtures::credit_code(n * 7919).as_str().to_owned())
        .collect();
    let mut i = 0;
    c.bench_function("credit_code/parse_valid", |b| {
        b.iter(|| {
            i = (i + 1) % codes.len();
            CreditCode::parse(black_box(&codes[i]))
        })
    });
}

fn encode_decode(c: &mut Criterion) {
    let s = sample();
    let mut group = c.benchmark_group("event");
    for event in [&s.events[0], &s.events[2]] {
        let kind = event.kind();
        let data = event.to_data();
        group.bench_function(format!("to_data/{kind}"), |b| {
            b.iter(|| black_box(event).to_data())
        });
        group.bench_function(format!("from_stored/{kind}"), |b| {
            b.iter(|| OrganisationEvent::from_stored(kind, event.schema(), black_box(&data)))
        });
        group.bench_function(format!("round_trip/{kind}"), |b| {
            b.iter(|| {
                let data = black_box(event).to_data();
                OrganisationEvent::from_stored(kind, event.schema(), &data)
            })
        });
    }
    group.finish();
}

fn hashing(c: &mut Criterion) {
    let s = sample();
    let mut group = c.benchmark_group("store");
    for e in [&s.recorded[0], &s.recorded[2]] {
        group.bench_function(format!("canonical_json/{}", e.kind), |b| {
            b.iter(|| canonical_json(black_box(&e.data)))
        });
        group.bench_function(format!("chain_hash/{}", e.kind), |b| {
            b.iter(|| chain_hash(black_box(&GENESIS_HASH), black_box(e)))
        });
    }
    group.finish();
}

fn decide_evolve(c: &mut Criterion) {
    let s = sample();
    let ctx = Context::at(micros(Utc::now()));
    let id = Uuid::now_v7();
    let apply = fixtures::apply_command(id, 4243);
    let change = fixtures::change_command(4242, "benchmark");
    let mut group = c.benchmark_group("organisation");
    group.bench_function("decide/Apply", |b| {
        let fresh = Organisation::default();
        b.iter(|| black_box(&fresh).decide(black_box(&apply), &ctx))
    });
    group.bench_function("decide/RegisterChange", |b| {
        b.iter(|| black_box(&s.active).decide(black_box(&change), &ctx))
    });
    group.bench_function("decide/Approve_refused_when_active", |b| {
        b.iter(|| black_box(&s.active).decide(&OrganisationCommand::Approve, &ctx))
    });
    group.bench_function("evolve/ChangeRegistered", |b| {
        b.iter_batched(
            || s.active.clone(),
            |state| state.evolve(black_box(&s.events[2])),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("evolve/fold_3_events", |b| {
        b.iter(|| {
            black_box(&s.events)
                .iter()
                .fold(Organisation::default(), |st, e| st.evolve(e))
        })
    });
    group.finish();
}

criterion_group!(
    hot_paths,
    credit_codes,
    encode_decode,
    hashing,
    decide_evolve
);
criterion_main!(hot_paths);
