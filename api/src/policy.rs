//! The dated, versioned policy table (statutory numbers as data) and the working-day calendar,
//! loaded from files so that a jurisdiction can change them without a release.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use civic_domain::calendar::Calendar;
use civic_domain::policy::Policy;
use serde::Deserialize;

/// The table shipped with the ledger: the national defaults.
const DEFAULT_TABLE: &str = include_str!("../../policy/default.json");
/// The calendar shipped with the ledger.
const DEFAULT_CALENDAR: &str = include_str!("../../calendar/cn-holidays.txt");

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("cannot read {file}: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Version {
    effective_from: NaiveDate,
    /// "*" or the leading digits of GB/T 2260 codes it covers.
    jurisdiction: String,
    #[serde(default)]
    source: String,
    /// Fields of [`Policy`] this version sets (camelCase), others inherited.
    set: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize)]
struct TableFile {
    versions: Vec<Version>,
}

/// Every policy version in force at some time somewhere.
#[derive(Debug)]
pub struct PolicyTable {
    versions: Vec<Version>,
    /// Policies already resolved, by the versions folded into them (indexes into `versions`,
    /// in the order applied). Every command resolves its jurisdiction's policy and the
    /// registry's projector resolves it again, and a fold goes through JSON once per version:
    /// unkept, that was about 37 % of the embedded writer's CPU at W1@64 once the policy held
    /// the performance indicator tree. The table never changes after loading, so an entry
    /// never goes stale.
    resolved: Mutex<HashMap<Vec<usize>, Arc<Policy>>>,
}

/// At most this many distinct folds are kept: each is one combination of versions that some
/// jurisdiction and day selected, so a real table has a handful; beyond it, policies are
/// folded on every call rather than letting memory grow.
const MAX_RESOLVED: usize = 1024;

impl PolicyTable {
    /// The shipped table, extended by `<data_dir>/policy.json` when it exists.
    pub fn load(data_dir: &Path) -> Result<Self, PolicyError> {
        let mut table = Self::parse(DEFAULT_TABLE, "policy/default.json")?;
        let local = data_dir.join("policy.json");
        if local.exists() {
            let text = std::fs::read_to_string(&local).map_err(|source| PolicyError::Io {
                file: local.display().to_string(),
                source,
            })?;
            let extra = Self::parse(&text, &local.display().to_string())?;
            table.versions.extend(extra.versions);
        }
        Ok(table)
    }

    pub fn parse(text: &str, file: &str) -> Result<Self, PolicyError> {
        let invalid = |message: String| PolicyError::Invalid {
            file: file.to_owned(),
            message,
        };
        let parsed: TableFile = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
        for v in &parsed.versions {
            let j = &v.jurisdiction;
            if j != "*" && (j.is_empty() || j.len() > 6 || !j.bytes().all(|b| b.is_ascii_digit())) {
                return Err(invalid(format!(
                    "jurisdiction {j:?} is neither \"*\" nor leading digits of a division code"
                )));
            }
            // Each version must make sense on its own, so a typo fails at start-up.
            apply(Policy::default(), &v.set).map_err(|e| {
                invalid(format!(
                    "version from {} ({}): {e}",
                    v.effective_from, v.source
                ))
            })?;
        }
        Ok(PolicyTable {
            versions: parsed.versions,
            resolved: Mutex::new(HashMap::new()),
        })
    }

    /// The policy in force for a jurisdiction on a date.
    pub fn resolve(&self, jurisdiction: &str, on: NaiveDate) -> Arc<Policy> {
        let mut applicable: Vec<usize> = self
            .versions
            .iter()
            .enumerate()
            .filter(|(_, v)| v.effective_from <= on)
            .filter(|(_, v)| v.jurisdiction == "*" || jurisdiction.starts_with(&v.jurisdiction))
            .map(|(i, _)| i)
            .collect();
        let specificity = |v: &Version| {
            if v.jurisdiction == "*" {
                0
            } else {
                v.jurisdiction.len()
            }
        };
        applicable.sort_by_key(|&i| {
            let v = &self.versions[i];
            (specificity(v), v.effective_from, i)
        });
        if let Some(policy) = self.kept().get(&applicable) {
            return policy.clone();
        }
        let policy = Arc::new(
            applicable
                .iter()
                .map(|&i| &self.versions[i])
                .fold(Policy::default(), |p, v| {
                    apply(p.clone(), &v.set).unwrap_or(p)
                }),
        );
        let mut kept = self.kept();
        if kept.len() < MAX_RESOLVED {
            kept.insert(applicable, policy.clone());
        }
        policy
    }

    fn kept(&self) -> std::sync::MutexGuard<'_, HashMap<Vec<usize>, Arc<Policy>>> {
        // A poisoned lock only means another thread panicked while inserting: the map is
        // still a valid cache.
        self.resolved
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

fn apply(
    policy: Policy,
    set: &serde_json::Map<String, serde_json::Value>,
) -> Result<Policy, serde_json::Error> {
    let mut value = serde_json::to_value(&policy)?;
    if let Some(fields) = value.as_object_mut() {
        for (k, v) in set {
            if !fields.contains_key(k) {
                return Err(serde::de::Error::custom(format!(
                    "unknown policy field {k:?}"
                )));
            }
            fields.insert(k.clone(), v.clone());
        }
    }
    serde_json::from_value(value)
}

/// The working-day calendar: `calendar/cn-holidays.txt`, or `<data_dir>/holidays.txt` instead
/// when it exists. See that file for the format.
pub fn load_calendar(data_dir: &Path) -> Result<Calendar, PolicyError> {
    let local = data_dir.join("holidays.txt");
    if local.exists() {
        let text = std::fs::read_to_string(&local).map_err(|source| PolicyError::Io {
            file: local.display().to_string(),
            source,
        })?;
        parse_calendar(&text, &local.display().to_string())
    } else {
        parse_calendar(DEFAULT_CALENDAR, "calendar/cn-holidays.txt")
    }
}

pub fn parse_calendar(text: &str, file: &str) -> Result<Calendar, PolicyError> {
    let mut holidays = BTreeSet::new();
    let mut extra_workdays = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let invalid = |message: &str| PolicyError::Invalid {
            file: file.to_owned(),
            message: format!("line {}: {message}: {line:?}", n + 1),
        };
        let mut words = line.split_whitespace();
        let date = words
            .next()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .ok_or_else(|| invalid("expected a date YYYY-MM-DD"))?;
        match words.next() {
            Some("holiday") => holidays.insert(date),
            Some("workday") => extra_workdays.insert(date),
            _ => return Err(invalid("expected `holiday` or `workday` after the date")),
        };
    }
    Ok(Calendar {
        holidays,
        extra_workdays,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_shipped_table_gives_the_national_defaults() {
        let table = PolicyTable::load(Path::new("/nonexistent")).unwrap();
        assert_eq!(
            *table.resolve("440304", date("2026-11-23")),
            Policy::default()
        );
    }

    #[test]
    fn the_shipped_table_caps_luohus_menu_items_and_nowhere_else() {
        use civic_domain::Money;
        let table = PolicyTable::load(Path::new("/nonexistent")).unwrap();
        let luohu = table.resolve("440303", date("2026-11-23"));
        assert_eq!(
            (
                luohu.menu_item_cap_works,
                luohu.menu_item_cap_services,
                luohu.menu_item_cap_goods
            ),
            (
                Some(Money::from_yuan(1_000_000)),
                Some(Money::from_yuan(500_000)),
                Some(Money::from_yuan(500_000))
            )
        );
        // The rest of Luohu's policy is the national one.
        assert_eq!(
            Policy {
                menu_item_cap_works: None,
                menu_item_cap_services: None,
                menu_item_cap_goods: None,
                ..(*luohu).clone()
            },
            *table.resolve("440304", date("2026-11-23"))
        );
        assert_eq!(
            table
                .resolve("440304", date("2026-11-23"))
                .menu_item_cap_services,
            None
        );
    }

    #[test]
    fn later_and_more_specific_versions_override_field_by_field() {
        let table = PolicyTable::parse(
            r#"{"versions": [
                {"effectiveFrom": "2000-01-01", "jurisdiction": "*", "set": {"decisionDueDays": 60}},
                {"effectiveFrom": "2024-01-01", "jurisdiction": "42", "set": {"decisionDueDays": 45, "preparationValidMonths": 9}},
                {"effectiveFrom": "2026-01-01", "jurisdiction": "*", "set": {"decisionDueDays": 50}},
                {"effectiveFrom": "2025-01-01", "jurisdiction": "420100", "set": {"preparationValidMonths": 3}}
            ]}"#,
            "test",
        )
        .unwrap();
        assert_eq!(
            table
                .resolve("440304", date("2025-06-01"))
                .decision_due_days,
            60
        );
        assert_eq!(
            table
                .resolve("440304", date("2026-06-01"))
                .decision_due_days,
            50
        );
        let wuhan = table.resolve("420102", date("2026-06-01"));
        assert_eq!(
            (wuhan.decision_due_days, wuhan.preparation_valid_months),
            (45, 9)
        );
        let wuhan_city = table.resolve("420100", date("2026-06-01"));
        assert_eq!(wuhan_city.preparation_valid_months, 3);
        assert_eq!(
            table
                .resolve("420100", date("2023-06-01"))
                .preparation_valid_months,
            6
        );
        // Asked again, in another order, each place and day still gets its own versions
        // (resolutions are kept by the versions they fold, not by the first caller).
        assert_eq!(table.resolve("420102", date("2026-06-01")), wuhan);
        assert_eq!(table.resolve("420100", date("2026-06-01")), wuhan_city);
        assert_eq!(
            table
                .resolve("420102", date("2023-06-01"))
                .preparation_valid_months,
            6
        );
        assert_eq!(
            table
                .resolve("440304", date("2025-06-01"))
                .decision_due_days,
            60
        );
    }

    #[test]
    fn typos_fail_at_start_up() {
        let unknown = r#"{"versions": [{"effectiveFrom": "2000-01-01", "jurisdiction": "*", "set": {"decisionDays": 1}}]}"#;
        assert!(PolicyTable::parse(unknown, "t").is_err());
        let bad_type = r#"{"versions": [{"effectiveFrom": "2000-01-01", "jurisdiction": "*", "set": {"decisionDueDays": "x"}}]}"#;
        assert!(PolicyTable::parse(bad_type, "t").is_err());
        let bad_code =
            r#"{"versions": [{"effectiveFrom": "2000-01-01", "jurisdiction": "44x", "set": {}}]}"#;
        assert!(PolicyTable::parse(bad_code, "t").is_err());
    }

    #[test]
    fn the_calendar_file_is_read() {
        let cal = load_calendar(Path::new("/nonexistent")).unwrap();
        assert!(cal.holidays.contains(&date("2025-10-01")));
        assert!(cal.extra_workdays.contains(&date("2025-10-11")));
        assert!(parse_calendar("2025-13-01 holiday", "t").is_err());
        assert!(parse_calendar("2025-01-01 vacation", "t").is_err());
    }
}
