//! The OCDS merge (compiled and versioned releases), as the standard defines it and
//! `ocdsmerge` implements it, with the merge rules read from the release schema the export
//! uses (the core schema with its extensions patched in).
//!
//! Releases are sorted by `date` (stably: releases of one instant keep their order), `tag`,
//! `id`, `date` and every other `omitWhenMerged` field are dropped, objects merge field by
//! field, arrays of objects merge by `id`, and `wholeListMerge` arrays (and arrays of
//! non-objects) are replaced whole. A `null` removes a field.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::{Map, Value, json};

use crate::OcdsError;

/// The core release schema and the extension schemas, as committed under `ocds/`.
const RELEASE_SCHEMA: &str = include_str!("../schema/1.1.5/release-schema.json");
pub(crate) const EXTENSIONS: [(&str, &str, &str); 2] = [
    (
        "bids",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/d62ff4b0ba393d823ca8113a9039b12edf7acb8f/extension.json",
        include_str!("../extensions/bids/release-schema.json"),
    ),
    (
        "lots",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/8d3b52eb26ce0f1a015c91b665c120b17ef619a0/extension.json",
        include_str!("../extensions/lots/release-schema.json"),
    ),
];

/// JSON merge patch (RFC 7386), the way OCDS applies an extension to the release schema.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Value::Object(t) = target {
        for (k, v) in patch {
            if v.is_null() {
                t.remove(k);
            } else {
                merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
    }
}

/// The release schema with every extension patched in.
pub fn patched_schema() -> Result<Value, OcdsError> {
    let mut schema: Value = serde_json::from_str(RELEASE_SCHEMA)
        .map_err(|e| OcdsError::Schema(format!("release schema: {e}")))?;
    for (name, _, text) in EXTENSIONS {
        let patch: Value = serde_json::from_str(text)
            .map_err(|e| OcdsError::Schema(format!("extension {name}: {e}")))?;
        merge_patch(&mut schema, &patch);
    }
    Ok(schema)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Omit,
    WholeList,
}

/// Field paths (names only, array levels not counted) with their merge rule.
#[derive(Debug, Clone, Default)]
pub struct MergeRules(HashMap<Vec<String>, Rule>);

impl MergeRules {
    /// The rules of the patched release schema, computed once.
    pub fn standard() -> Result<&'static MergeRules, OcdsError> {
        static RULES: OnceLock<Result<MergeRules, OcdsError>> = OnceLock::new();
        RULES
            .get_or_init(|| patched_schema().and_then(|s| MergeRules::from_schema(&s)))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads the rules as `ocdsmerge.get_merge_rules` does: `omitWhenMerged` first, then
    /// `wholeListMerge`, then nested objects, then arrays of objects with an `id` (arrays of
    /// anything else are replaced whole).
    pub fn from_schema(schema: &Value) -> Result<MergeRules, OcdsError> {
        let mut rules = HashMap::new();
        let properties = schema
            .get("properties")
            .ok_or_else(|| OcdsError::Schema("the release schema has no properties".into()))?;
        collect(schema, properties, &mut Vec::new(), &mut rules, 0)?;
        Ok(MergeRules(rules))
    }

    fn get(&self, path: &[String]) -> Option<Rule> {
        self.0.get(path).copied()
    }
}

/// References are followed as `jsonref` does by default: the target replaces the object.
fn deref<'a>(schema: &'a Value, mut node: &'a Value) -> Result<&'a Value, OcdsError> {
    for _ in 0..32 {
        let Some(r) = node.get("$ref").and_then(Value::as_str) else {
            return Ok(node);
        };
        let name = r
            .strip_prefix("#/definitions/")
            .ok_or_else(|| OcdsError::Schema(format!("unsupported reference {r}")))?;
        node = schema
            .get("definitions")
            .and_then(|d| d.get(name))
            .ok_or_else(|| OcdsError::Schema(format!("no definition {name}")))?;
    }
    Err(OcdsError::Schema("reference loop".into()))
}

fn types(node: &Value) -> Vec<&str> {
    match node.get("type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn collect(
    schema: &Value,
    properties: &Value,
    path: &mut Vec<String>,
    rules: &mut HashMap<Vec<String>, Rule>,
    depth: usize,
) -> Result<(), OcdsError> {
    // The schema is finite but recursive (an organization's details, a related process): the
    // data the export writes is far shallower than this.
    if depth > 12 {
        return Ok(());
    }
    let Some(properties) = properties.as_object() else {
        return Ok(());
    };
    for (key, value) in properties {
        let value = deref(schema, value)?;
        path.push(key.clone());
        let t = types(value);
        if value.get("omitWhenMerged").and_then(Value::as_bool) == Some(true)
            || value.get("mergeStrategy").and_then(Value::as_str) == Some("ocdsOmit")
        {
            rules.insert(path.clone(), Rule::Omit);
        } else if t.contains(&"array")
            && (value.get("wholeListMerge").and_then(Value::as_bool) == Some(true)
                || value.get("mergeStrategy").and_then(Value::as_str) == Some("ocdsVersion"))
        {
            rules.insert(path.clone(), Rule::WholeList);
        } else if t.contains(&"object") && value.get("properties").is_some() {
            collect(schema, &value["properties"], path, rules, depth + 1)?;
        } else if t.contains(&"array") && value.get("items").is_some() {
            let items = deref(schema, &value["items"])?;
            let item_types = types(items);
            if item_types.iter().any(|t| *t != "object") {
                rules.insert(path.clone(), Rule::WholeList);
            } else if item_types.contains(&"object") && items.get("properties").is_some() {
                if items["properties"].get("id").is_none() {
                    rules.insert(path.clone(), Rule::WholeList);
                } else {
                    collect(schema, &items["properties"], path, rules, depth + 1)?;
                }
            }
        }
        path.pop();
    }
    Ok(())
}

/// One step of a flattened path: a field of an object, or the object of an array with a
/// given `id` (`original` is the `id` as it was, to write back).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Step {
    Field(String),
    Item {
        key: String,
        original: Option<Value>,
    },
}

type Path = Vec<Step>;

/// Key order kept: an object first seen in an earlier release stays before later ones.
#[derive(Default)]
struct Flat {
    order: Vec<(Path, Value)>,
    index: HashMap<Path, usize>,
}

impl Flat {
    fn insert(&mut self, path: Path, value: Value) {
        match self.index.get(&path) {
            Some(&i) => self.order[i].1 = value,
            None => {
                self.index.insert(path.clone(), self.order.len());
                self.order.push((path, value));
            }
        }
    }

    fn get(&self, path: &Path) -> Option<&Value> {
        self.index.get(path).map(|&i| &self.order[i].1)
    }

    fn remove(&mut self, path: &Path) -> Option<Value> {
        let i = self.index.remove(path)?;
        let (_, v) = self.order.remove(i);
        for (p, _) in &self.order[i..] {
            if let Some(j) = self.index.get_mut(p) {
                *j -= 1;
            }
        }
        Some(v)
    }
}

fn id_key(item: &Map<String, Value>, anonymous: &mut u64) -> (String, Option<Value>) {
    match item.get("id") {
        Some(Value::String(s)) => (s.clone(), Some(Value::String(s.clone()))),
        Some(v) => (v.to_string(), Some(v.clone())),
        None => {
            // ocdsmerge gives each object without an id a fresh key: it is never merged.
            *anonymous += 1;
            (format!("\u{0}anonymous-{anonymous}"), None)
        }
    }
}

fn flatten_object(
    obj: &Map<String, Value>,
    rules: &MergeRules,
    path: &mut Path,
    rule_path: &mut Vec<String>,
    out: &mut Flat,
    anonymous: &mut u64,
) {
    for (key, value) in obj {
        rule_path.push(key.clone());
        path.push(Step::Field(key.clone()));
        flatten_value(value, rules, path, rule_path, out, anonymous);
        path.pop();
        rule_path.pop();
    }
}

fn flatten_value(
    value: &Value,
    rules: &MergeRules,
    path: &mut Path,
    rule_path: &mut Vec<String>,
    out: &mut Flat,
    anonymous: &mut u64,
) {
    let rule = rules.get(rule_path);
    if rule == Some(Rule::Omit) {
        return;
    }
    match value {
        Value::Array(items)
            if rule != Some(Rule::WholeList) && items.iter().all(Value::is_object) =>
        {
            for item in items {
                let Value::Object(item) = item else { continue };
                if item.is_empty() {
                    continue;
                }
                let (key, original) = id_key(item, anonymous);
                path.push(Step::Item { key, original });
                flatten_object(item, rules, path, rule_path, out, anonymous);
                path.pop();
            }
        }
        Value::Object(obj) if rule != Some(Rule::WholeList) => {
            flatten_object(obj, rules, path, rule_path, out, anonymous);
        }
        v => out.insert(path.clone(), v.clone()),
    }
}

fn flatten(release: &Map<String, Value>, rules: &MergeRules, anonymous: &mut u64) -> Flat {
    let mut out = Flat::default();
    flatten_object(
        release,
        rules,
        &mut Vec::new(),
        &mut Vec::new(),
        &mut out,
        anonymous,
    );
    out
}

fn unflatten(flat: &Flat) -> Result<Value, OcdsError> {
    let mut root = Value::Object(Map::new());
    // (array path, id key) → position in that array.
    let mut items: HashMap<(Path, String), usize> = HashMap::new();
    for (path, value) in &flat.order {
        let mut node = &mut root;
        for (n, step) in path.iter().enumerate() {
            let last = n + 1 == path.len();
            match step {
                Step::Item { key, original } => {
                    let Value::Array(array) = node else {
                        return Err(OcdsError::Merge(format!(
                            "an earlier release had an object where a later one has an array, at {}",
                            describe(&path[..n])
                        )));
                    };
                    let slot = (path[..n].to_vec(), key.clone());
                    let i = match items.get(&slot) {
                        Some(&i) => i,
                        None => {
                            let mut item = Map::new();
                            if let Some(id) = original {
                                item.insert("id".into(), id.clone());
                            }
                            array.push(Value::Object(item));
                            items.insert(slot, array.len() - 1);
                            array.len() - 1
                        }
                    };
                    node = &mut array[i];
                }
                Step::Field(name) => {
                    let Value::Object(obj) = node else {
                        return Err(OcdsError::Merge(format!(
                            "an earlier release had a value where a later one has an object, at {}",
                            describe(&path[..n])
                        )));
                    };
                    if !obj.contains_key(name) {
                        if last {
                            if !value.is_null() {
                                obj.insert(name.clone(), value.clone());
                            }
                            break;
                        }
                        let child = if matches!(path.get(n + 1), Some(Step::Item { .. })) {
                            Value::Array(Vec::new())
                        } else {
                            Value::Object(Map::new())
                        };
                        obj.insert(name.clone(), child);
                    }
                    node = obj.get_mut(name).ok_or_else(|| {
                        OcdsError::Merge(format!("lost field {}", describe(&path[..=n])))
                    })?;
                }
            }
        }
    }
    Ok(root)
}

fn describe(path: &[Step]) -> String {
    let parts: Vec<&str> = path
        .iter()
        .map(|s| match s {
            Step::Field(f) => f.as_str(),
            Step::Item { key, .. } => key.as_str(),
        })
        .collect();
    format!("/{}", parts.join("/"))
}

fn field(name: &str) -> Path {
    vec![Step::Field(name.to_owned())]
}

fn sorted(releases: &[Value]) -> Result<Vec<&Map<String, Value>>, OcdsError> {
    let mut out = Vec::with_capacity(releases.len());
    for r in releases {
        let obj = r
            .as_object()
            .ok_or_else(|| OcdsError::Merge("a release is not an object".into()))?;
        if !obj.get("date").is_some_and(Value::is_string) {
            return Err(OcdsError::Merge("a release has no date".into()));
        }
        out.push(obj);
    }
    // Stable: releases of one instant keep the order they were given in.
    out.sort_by(|a, b| {
        let da = a.get("date").and_then(Value::as_str).unwrap_or_default();
        let db = b.get("date").and_then(Value::as_str).unwrap_or_default();
        da.cmp(db)
    });
    Ok(out)
}

fn text(release: &Map<String, Value>, key: &str) -> Value {
    release.get(key).cloned().unwrap_or(Value::Null)
}

/// The compiled release: the latest value of every field, `tag: ["compiled"]`, and the id
/// `{ocid}-{date of the latest release}` that ocdsmerge gives it.
pub fn compile(releases: &[Value], rules: &MergeRules) -> Result<Value, OcdsError> {
    let mut data = Flat::default();
    data.insert(field("tag"), json!(["compiled"]));
    let mut anonymous = 0;
    for release in sorted(releases)? {
        let ocid = text(release, "ocid");
        let date = text(release, "date");
        let id = format!(
            "{}-{}",
            ocid.as_str().unwrap_or_default(),
            date.as_str().unwrap_or_default()
        );
        let mut release = release.clone();
        release.remove("tag");
        let flat = flatten(&release, rules, &mut anonymous);
        data.insert(field("id"), Value::String(id));
        data.insert(field("date"), date);
        data.insert(field("ocid"), ocid);
        for (path, value) in flat.order {
            data.insert(path, value);
        }
    }
    unflatten(&data)
}

/// The versioned release: every field's history as `{releaseID, releaseDate, releaseTag,
/// value}`, a new entry only when the value changed; `ocid` and the ids of objects in arrays
/// stay plain.
pub fn versioned(releases: &[Value], rules: &MergeRules) -> Result<Value, OcdsError> {
    let mut data = Flat::default();
    let ocid_path = field("ocid");
    let mut anonymous = 0;
    for release in sorted(releases)? {
        let ocid = text(release, "ocid");
        let release_id = text(release, "id");
        let date = text(release, "date");
        let tag = text(release, "tag");
        let mut release = release.clone();
        release.remove("tag");
        let mut flat = flatten(&release, rules, &mut anonymous);
        flat.remove(&ocid_path);
        data.insert(ocid_path.clone(), ocid);
        for (path, value) in flat.order {
            if let Some(Value::Array(history)) = data.get(&path)
                && history.last().and_then(|v| v.get("value")) == Some(&value)
            {
                continue;
            }
            let entry = json!({
                "releaseID": release_id,
                "releaseDate": date,
                "releaseTag": tag,
                "value": value,
            });
            let mut history = match data.get(&path) {
                Some(Value::Array(h)) => h.clone(),
                _ => Vec::new(),
            };
            history.push(entry);
            data.insert(path, Value::Array(history));
        }
    }
    unflatten(&data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> &'static MergeRules {
        MergeRules::standard().expect("the committed schemas load")
    }

    fn release(id: &str, date: &str, body: Value) -> Value {
        let mut r = json!({"ocid": "ocds-x-1", "id": id, "date": date, "tag": ["tender"], "initiationType": "tender"});
        merge_patch(&mut r, &body);
        r
    }

    #[test]
    fn the_schema_rules_are_read_from_the_patched_schema() {
        let r = rules();
        assert_eq!(r.get(&["tag".to_owned()]), Some(Rule::Omit));
        assert_eq!(r.get(&["id".to_owned()]), Some(Rule::Omit));
        assert_eq!(
            r.get(&["parties".to_owned(), "roles".to_owned()]),
            Some(Rule::WholeList),
            "arrays of strings are replaced whole"
        );
        assert_eq!(
            r.get(&["parties".to_owned(), "additionalIdentifiers".to_owned()]),
            Some(Rule::WholeList)
        );
        // From the bids extension: identifiers of a bid are wholeListMerge.
        assert_eq!(
            r.get(&[
                "bids".to_owned(),
                "details".to_owned(),
                "identifiers".to_owned()
            ]),
            Some(Rule::WholeList)
        );
        assert_eq!(r.get(&["awards".to_owned()]), None, "merged by id");
    }

    #[test]
    fn later_values_win_objects_merge_by_field_and_arrays_by_id() {
        let releases = vec![
            release(
                "r2",
                "2026-01-02T00:00:00Z",
                json!({"tender": {"status": "complete"}, "awards": [{"id": "a", "status": "active"}], "tag": ["awardUpdate"]}),
            ),
            release(
                "r1",
                "2026-01-01T00:00:00Z",
                json!({"tender": {"id": "t", "title": "养老", "status": "active"},
                       "awards": [{"id": "a", "status": "pending", "value": {"amount": 10, "currency": "CNY"}}],
                       "parties": [{"id": "p", "roles": ["tenderer", "supplier"]}]}),
            ),
            release(
                "r3",
                "2026-01-03T00:00:00Z",
                json!({"parties": [{"id": "p", "roles": ["supplier"]}], "awards": [{"id": "b", "status": "pending"}]}),
            ),
        ];
        let compiled = compile(&releases, rules()).expect("merges");
        assert_eq!(
            compiled,
            json!({
                "tag": ["compiled"],
                "id": "ocds-x-1-2026-01-03T00:00:00Z",
                "date": "2026-01-03T00:00:00Z",
                "ocid": "ocds-x-1",
                "initiationType": "tender",
                "tender": {"id": "t", "title": "养老", "status": "complete"},
                "awards": [
                    {"id": "a", "status": "active", "value": {"amount": 10, "currency": "CNY"}},
                    {"id": "b", "status": "pending"}
                ],
                "parties": [{"id": "p", "roles": ["supplier"]}]
            })
        );
    }

    #[test]
    fn null_removes_a_field_and_whole_lists_are_replaced() {
        let mut later = release(
            "r2",
            "2026-01-02T00:00:00Z",
            json!({"tender": {"submissionMethod": ["written"]}}),
        );
        // Set after building: the builder's merge patch would drop the null itself.
        later["tender"]["description"] = Value::Null;
        let releases = vec![
            release(
                "r1",
                "2026-01-01T00:00:00Z",
                json!({"tender": {"id": "t", "description": "x", "submissionMethod": ["electronicSubmission", "written"]}}),
            ),
            later,
        ];
        let compiled = compile(&releases, rules()).expect("merges");
        assert_eq!(
            compiled["tender"],
            json!({"id": "t", "submissionMethod": ["written"]})
        );
    }

    #[test]
    fn the_versioned_release_keeps_each_change_once() {
        let releases = vec![
            release(
                "r1",
                "2026-01-01T00:00:00Z",
                json!({"tender": {"id": "t", "status": "active"}}),
            ),
            release(
                "r2",
                "2026-01-02T00:00:00Z",
                json!({"tender": {"id": "t", "status": "active", "title": "新"}, "tag": ["tenderUpdate"]}),
            ),
            release(
                "r3",
                "2026-01-03T00:00:00Z",
                json!({"tender": {"status": "complete"}, "tag": ["award"]}),
            ),
        ];
        let v = versioned(&releases, rules()).expect("merges");
        assert_eq!(v["ocid"], json!("ocds-x-1"));
        assert_eq!(
            v["tender"]["status"],
            json!([
                {"releaseID": "r1", "releaseDate": "2026-01-01T00:00:00Z", "releaseTag": ["tender"], "value": "active"},
                {"releaseID": "r3", "releaseDate": "2026-01-03T00:00:00Z", "releaseTag": ["award"], "value": "complete"}
            ])
        );
        assert_eq!(
            v["tender"]["title"],
            json!([{"releaseID": "r2", "releaseDate": "2026-01-02T00:00:00Z", "releaseTag": ["tenderUpdate"], "value": "新"}])
        );
        assert_eq!(
            v["initiationType"].as_array().map(Vec::len),
            Some(1),
            "unchanged values are not repeated"
        );
    }

    #[test]
    fn a_value_that_turns_into_an_object_is_refused() {
        let releases = vec![
            release("r1", "2026-01-01T00:00:00Z", json!({"tender": "x"})),
            release("r2", "2026-01-02T00:00:00Z", json!({"tender": {"id": "t"}})),
        ];
        assert!(matches!(
            compile(&releases, rules()),
            Err(OcdsError::Merge(_))
        ));
    }
}
