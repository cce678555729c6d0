//! What a run reports: one JSON object per line on stdout, which `scripts/bench` aggregates.

use std::collections::BTreeMap;
use std::time::Duration;

use hdrhistogram::Histogram;
use serde::Serialize;
use serde_json::Value;

/// The result of one run of one workload.
#[derive(Debug, Clone, Serialize)]
pub struct Run {
    pub workload: String,
    /// What was run (clients, sizes, …); runs with equal parameters are aggregated together.
    pub params: BTreeMap<String, Value>,
    /// The unit of `metrics.throughput`.
    pub unit: String,
    /// Numbers measured by this run: `throughput`, `p50_us`, `p99_us`, `p999_us`, counts, ….
    pub metrics: BTreeMap<String, f64>,
}

impl Run {
    /// The same workload run on PostgreSQL: its name with `-pg`.
    pub fn renamed_for_postgres(mut self) -> Self {
        self.workload.push_str("-pg");
        self
    }

    pub fn new(workload: &str, unit: &str) -> Self {
        Run {
            workload: workload.to_owned(),
            params: BTreeMap::new(),
            unit: unit.to_owned(),
            metrics: BTreeMap::new(),
        }
    }

    pub fn param(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.params.insert(name.to_owned(), value.into());
        self
    }

    pub fn metric(mut self, name: &str, value: f64) -> Self {
        self.metrics.insert(name.to_owned(), value);
        self
    }

    pub fn latencies(mut self, latencies: &Latencies) -> Self {
        latencies.add_to(&mut self.metrics);
        self
    }

    /// Prints the run as one line of JSON on stdout.
    pub fn print(&self) {
        println!(
            "{}",
            serde_json::to_string(self).expect("a run serialises to JSON")
        );
    }
}

/// A latency histogram in nanoseconds (three significant digits, up to an hour).
#[derive(Clone)]
pub struct Latencies(Histogram<u64>);

impl Default for Latencies {
    fn default() -> Self {
        Self::new()
    }
}

impl Latencies {
    pub fn new() -> Self {
        Latencies(
            Histogram::new_with_bounds(1, 3_600_000_000_000, 3).expect("valid histogram bounds"),
        )
    }

    pub fn record(&mut self, d: Duration) {
        let nanos = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX).max(1);
        self.0.saturating_record(nanos);
    }

    pub fn merge(&mut self, other: &Latencies) {
        self.0
            .add(&other.0)
            .expect("histograms with the same bounds merge");
    }

    pub fn count(&self) -> u64 {
        self.0.len()
    }

    fn micros_at(&self, quantile: f64) -> f64 {
        self.0.value_at_quantile(quantile) as f64 / 1000.0
    }

    /// Adds `p50_us`, `p99_us`, `p999_us`, `mean_us` and `max_us`.
    pub fn add_to(&self, metrics: &mut BTreeMap<String, f64>) {
        if self.0.is_empty() {
            return;
        }
        metrics.insert("p50_us".into(), self.micros_at(0.5));
        metrics.insert("p99_us".into(), self.micros_at(0.99));
        metrics.insert("p999_us".into(), self.micros_at(0.999));
        metrics.insert("mean_us".into(), self.0.mean() / 1000.0);
        metrics.insert("max_us".into(), self.0.max() as f64 / 1000.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_come_from_the_recorded_values() {
        let mut a = Latencies::new();
        let mut b = Latencies::new();
        for i in 1..=500u64 {
            a.record(Duration::from_micros(i));
            b.record(Duration::from_micros(500 + i));
        }
        a.merge(&b);
        let mut m = BTreeMap::new();
        a.add_to(&mut m);
        assert_eq!(a.count(), 1000);
        assert!((m["p50_us"] - 500.0).abs() <= 1.0, "{m:?}");
        assert!((m["max_us"] - 1000.0).abs() <= 1.0, "{m:?}");
    }

    #[test]
    fn a_run_is_one_line_of_json() {
        let run = Run::new("W1", "cmd/s")
            .param("clients", 8)
            .metric("throughput", 1.5);
        let line = serde_json::to_string(&run).unwrap();
        assert!(!line.contains('\n'));
        let back: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(back["params"]["clients"], 8);
        assert_eq!(back["metrics"]["throughput"], 1.5);
    }
}
