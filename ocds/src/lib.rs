//! OCDS 1.1 (Open Contracting Data Standard) of a purchase of services: the releases of one
//! procurement's history, release packages, and records with their compiled and versioned
//! releases (rule OCDS; mapping in docs/ocds.md and DOMAIN.md B 4.2). Pure: the caller reads
//! the streams and hands them over as a [`Purchase`].
//!
//! One release per event a member of the public would notice (the notice, each amendment, the
//! opening, the committee's recommendation, the award notice, a cancellation or failure, …),
//! with an id derived from the event's stream and version, so two exports give the same ids.
//! Each release is a full snapshot of what was public at that instant: merging them gives the
//! same record whatever releases a reader missed.

mod mapping;
pub mod merge;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use civic_domain::{BidEvent, ContractEvent, ProcurementEvent};
use serde_json::{Value, json};
use uuid::Uuid;

pub use mapping::{CREDIT_CODE_SCHEME, releases};
pub use merge::{MergeRules, compile, merge_patch, patched_schema, versioned};

/// The OCDS version the packages declare.
pub const OCDS_VERSION: &str = "1.1";

/// Used when a deployment sets none: not registered with the Open Contracting Partnership, so
/// a deployment that publishes registers its own (docs/ocds.md).
pub const DEFAULT_OCID_PREFIX: &str = "ocds-civicl";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OcdsError {
    #[error("the OCDS schema files cannot be read: {0}")]
    Schema(String),
    #[error("the releases cannot be merged: {0}")]
    Merge(String),
}

/// One stored event with where it sits: its stream and version name the release it becomes.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded<E> {
    pub stream: String,
    pub version: u64,
    pub event: E,
}

/// What the export says of an organisation: its credit code and its names, each from the
/// instant it was recorded (a release names a party as it was named then).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisationRecord {
    pub credit_code: Option<String>,
    /// Oldest first.
    pub names: Vec<(DateTime<Utc>, String)>,
}

impl OrganisationRecord {
    pub(crate) fn name_at(&self, at: DateTime<Utc>) -> Option<&str> {
        self.names
            .iter()
            .rev()
            .find(|(from, _)| *from <= at)
            .or_else(|| self.names.first())
            .map(|(_, n)| n.as_str())
    }
}

/// One purchase's history: the procurement's events, its bids' events (each bid's stream in
/// version order), the events of the contract signed from it (empty when none), and the
/// organisations its bids name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Purchase {
    pub procurement_id: Uuid,
    pub procurement: Vec<Recorded<ProcurementEvent>>,
    pub bids: Vec<Vec<Recorded<BidEvent>>>,
    pub contract: Vec<Recorded<ContractEvent>>,
    pub organisations: BTreeMap<Uuid, OrganisationRecord>,
}

/// Who publishes, and under which prefix and address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    pub ocid_prefix: String,
    pub publisher_name: String,
    /// Where the packages are served, without a trailing slash, e.g. `https://ledger.example`.
    pub base_uri: String,
}

impl Publication {
    pub fn ocid(&self, procurement_id: Uuid) -> String {
        format!("{}-{procurement_id}", self.ocid_prefix)
    }

    /// The stable address of one purchase's release package (`kind` "releases") or record
    /// package ("records").
    pub fn uri(&self, kind: &str, ocid: &str) -> String {
        format!("{}/ocds/{kind}/{ocid}.json", self.base_uri)
    }

    fn package(&self, uri: String, published: Option<&Value>) -> serde_json::Map<String, Value> {
        let mut p = serde_json::Map::new();
        p.insert("uri".into(), json!(uri));
        p.insert("version".into(), json!(OCDS_VERSION));
        p.insert(
            "extensions".into(),
            json!(merge::EXTENSIONS.map(|(_, url, _)| url)),
        );
        p.insert("publisher".into(), json!({"name": self.publisher_name}));
        // The latest release's date, not the export's: the same history gives the same package.
        p.insert(
            "publishedDate".into(),
            published
                .cloned()
                .unwrap_or_else(|| json!("1970-01-01T08:00:00.000000+08:00")),
        );
        p
    }
}

fn latest_date<'a>(releases: impl Iterator<Item = &'a Value>) -> Option<&'a Value> {
    releases
        .filter_map(|r| r.get("date"))
        .max_by(|a, b| a.as_str().cmp(&b.as_str()))
}

/// A release package of `releases` (of one purchase or many).
pub fn release_package(publication: &Publication, uri: String, releases: Vec<Value>) -> Value {
    let mut p = publication.package(uri, latest_date(releases.iter()));
    p.insert("releases".into(), Value::Array(releases));
    Value::Object(p)
}

/// One purchase's record: its releases, and the compiled and versioned releases merged from
/// them. `None` for a purchase with no release yet (a draft is not published).
pub fn record(releases: Vec<Value>) -> Result<Option<Value>, OcdsError> {
    let Some(ocid) = releases.first().and_then(|r| r.get("ocid")).cloned() else {
        return Ok(None);
    };
    let rules = MergeRules::standard()?;
    let compiled = compile(&releases, rules)?;
    let versioned = versioned(&releases, rules)?;
    Ok(Some(json!({
        "ocid": ocid,
        "releases": releases,
        "compiledRelease": compiled,
        "versionedRelease": versioned,
    })))
}

/// A record package of `records`.
pub fn record_package(publication: &Publication, uri: String, records: Vec<Value>) -> Value {
    let dates: Vec<Value> = records
        .iter()
        .filter_map(|r| {
            r.get("compiledRelease")
                .and_then(|c| c.get("date"))
                .cloned()
        })
        .collect();
    let mut p = publication.package(uri, latest_date(dates.iter()));
    p.insert("records".into(), Value::Array(records));
    Value::Object(p)
}
