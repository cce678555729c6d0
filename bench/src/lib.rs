//! Benchmarks of civic-ledger (`scripts/bench` runs them and writes `BENCHMARKS.md`).
//!
//! The workloads live in this library and are run by the `civic-bench-workloads` binary, which
//! prints one JSON object per run; `benches/hot_paths.rs` holds the criterion micro-benchmarks.
//! Nothing here asserts a time: the numbers are reported, never checked in a test.

pub mod big_ledger;
pub mod fixtures;
pub mod http;
pub mod ledger_api;
pub mod plain;
pub mod plain_pg;
pub mod report;
pub mod w1;
