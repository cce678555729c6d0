//! What a projector asks of its tables: rows to upsert or delete by key, counters to move, and
//! names to index for search. A projector computes these without a database (from the events and
//! the states before and after them); one writer per backend applies them.

use civic_store::ProjectionFailure;

use super::table::TableDef;

/// A column value. Positions and instants of events not yet recorded are placeholders that the
/// writer fills in from the events as the store recorded them: a command's changes are worked out
/// before its append (outside any lock), when neither is known yet.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    Null,
    Int(i64),
    Text(String),
    Bool(bool),
    /// The position of the `n`th event (0-based) of the append the changes belong to.
    PositionOf(usize),
    /// The instant, in microseconds since the epoch, the `n`th event was recorded at.
    RecordedAtOf(usize),
}

impl Value {
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    pub fn opt_text(s: Option<impl Into<String>>) -> Value {
        s.map_or(Value::Null, |s| Value::Text(s.into()))
    }

    pub fn uint(n: u64) -> Value {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// Whether the value stands for what the store records (a position, an instant).
    pub(crate) fn is_placeholder(&self) -> bool {
        matches!(self, Value::PositionOf(_) | Value::RecordedAtOf(_))
    }

    /// The value with its placeholders replaced by what the store recorded.
    pub(crate) fn resolved(&self, recorded: &Recorded) -> Result<Value, ProjectionFailure> {
        let missing = |n: usize| ProjectionFailure {
            rule: None,
            message: format!("read model update refers to event {n} of an append that has fewer"),
        };
        Ok(match self {
            Value::PositionOf(n) => {
                Value::uint(*recorded.positions.get(*n).ok_or_else(|| missing(*n))?)
            }
            Value::RecordedAtOf(n) => {
                Value::Int(*recorded.recorded_at.get(*n).ok_or_else(|| missing(*n))?)
            }
            other => other.clone(),
        })
    }
}

/// Where the events of one append landed: what placeholders stand for.
#[derive(Debug, Clone, Default)]
pub struct Recorded {
    pub positions: Vec<u64>,
    pub recorded_at: Vec<i64>,
}

impl Recorded {
    pub fn of(events: &[civic_store::RecordedEvent]) -> Self {
        Recorded {
            positions: events.iter().map(|e| e.position).collect(),
            recorded_at: events
                .iter()
                .map(|e| e.recorded_at.timestamp_micros())
                .collect(),
        }
    }
}

/// When a key is already taken by a row that differs in `column`, the change is refused with
/// `failure` (a uniqueness with its rule id) instead of overwriting it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guard {
    pub column: &'static str,
    pub failure: ProjectionFailure,
}

/// A physical index that each backend keeps its own way (a hook, not a second copy of the
/// projector): SQLite has a table of name bigrams, PostgreSQL an array column with a GIN index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchIndex {
    OrganisationName,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Insert the row, or overwrite the row with its key. `before`, when the projector knows
    /// the row as it stood, lets a writer touch only the columns that changed (SQLite rewrites
    /// every index on a column an UPDATE names, whatever the value).
    Upsert {
        table: &'static TableDef,
        row: Vec<Value>,
        before: Option<Vec<Value>>,
        guard: Option<Guard>,
    },
    /// Delete the row with this key (the key columns' values, in order), if any; with `only_if`,
    /// only when that column holds that value.
    Delete {
        table: &'static TableDef,
        key: Vec<Value>,
        only_if: Option<(&'static str, Value)>,
    },
    /// Add `delta` to an integer column of the row with this key, creating the row (every other
    /// column the key) with `delta` if it is missing.
    Add {
        table: &'static TableDef,
        key: Vec<Value>,
        column: &'static str,
        delta: i64,
    },
    /// The text `id`'s row is searched by changed from `old` to `new`.
    Search {
        index: SearchIndex,
        id: String,
        old: Option<String>,
        new: Option<String>,
    },
}

/// The changes of one append (or of one event, in a rebuild), in the order they apply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes(pub Vec<Change>);

impl Changes {
    pub fn push(&mut self, change: Change) {
        self.0.push(change);
    }

    pub fn extend(&mut self, other: Changes) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn upsert(&mut self, table: &'static TableDef, row: Vec<Value>) {
        self.push(Change::Upsert {
            table,
            row,
            before: None,
            guard: None,
        });
    }
}
