//! The read-model runtime every aggregate shares (RUNTIME.md): projectors are pure functions
//! from an event and the states of its stream before and after it to [`Changes`]; tables are
//! declared once ([`TableDef`]); one writer per backend applies the changes; each projector has
//! its own checkpoint and version, so bumping one rebuilds that one alone.
//!
//! An append made by this process's command handler hands its changes over already worked out
//! ([`Handoff`]): the writer decodes, folds and encodes nothing. Events that arrive otherwise (an
//! import, a bare store append) and rebuilds are decoded from the log and folded here.

pub mod change;
mod handoff;
pub mod postgres;
pub mod query;
pub mod sqlite;
pub mod table;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use civic_domain::{Aggregate, DomainEvent};
use civic_store::{ProjectionFailure, RecordedEvent, stream_category};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use change::{Change, Changes, Guard, Recorded, SearchIndex, Value};
pub use handoff::{Handoff, Offered, Prepared};
pub use table::TableDef;

/// A projector's identity: its tables are its own, and a change of its `version` (a new table,
/// a new column, a new meaning) rebuilds exactly those tables from the log.
#[derive(Debug)]
pub struct ProjectorInfo {
    pub name: &'static str,
    pub version: i64,
    pub tables: &'static [&'static TableDef],
    /// Search indexes each backend keeps its own way for this projector.
    pub search: &'static [SearchIndex],
}

/// One event of a stream with what a projector may read of it.
pub struct Applied<'a, A: Aggregate> {
    /// `{category}-{id}`, and the id part alone.
    pub stream: &'a str,
    pub id: &'a str,
    pub version: u64,
    /// The event's place in its append: [`Value::PositionOf`] and [`Value::RecordedAtOf`] of
    /// this index stand for its position and instant.
    pub index: usize,
    /// When it happened: the instant it was recorded, or, worked out before the append, the
    /// handler's clock when it appended.
    pub at: DateTime<Utc>,
    pub metadata: &'a serde_json::Value,
    pub event: &'a A::Event,
    pub before: &'a A,
    pub after: &'a A,
    /// Part of a rebuild, which reads the log stream by stream: what depends only on where a
    /// stream ends up (its state, its claims, its row) is written once, by
    /// [`Projector::rebuilt`], not event by event.
    pub rebuilding: bool,
}

/// A stream as a rebuild leaves it: its last event's version, position and instant.
pub struct Rebuilt<'a, A: Aggregate> {
    pub stream: &'a str,
    pub id: &'a str,
    pub version: u64,
    pub position: u64,
    pub at: DateTime<Utc>,
    pub state: &'a A,
}

/// Turns events of one aggregate into changes of its tables.
pub trait Projector<A: Aggregate>: Send + Sync + 'static {
    fn info(&self) -> &'static ProjectorInfo;
    fn project(&self, e: &Applied<'_, A>, out: &mut Changes) -> Result<(), ProjectionFailure>;
    /// In a rebuild, after the last event of a stream.
    fn rebuilt(&self, _s: &Rebuilt<'_, A>, _out: &mut Changes) -> Result<(), ProjectionFailure> {
        Ok(())
    }
}

/// A projector whose rows show where a stream stands (a list's row of its state): written from
/// the state each append leaves, and by a rebuild once per stream, where it ends. Registered
/// as [`Latest`].
pub trait LatestRows<A: Aggregate>: Send + Sync + 'static {
    fn info(&self) -> &'static ProjectorInfo;
    /// The rows of a stream at `version`, in `state`.
    fn rows(&self, version: u64, state: &A, out: &mut Changes);
}

/// The [`Projector`] of a [`LatestRows`].
pub struct Latest<P>(pub P);

impl<A: Aggregate, P: LatestRows<A>> Projector<A> for Latest<P> {
    fn info(&self) -> &'static ProjectorInfo {
        self.0.info()
    }

    fn project(&self, e: &Applied<'_, A>, out: &mut Changes) -> Result<(), ProjectionFailure> {
        if !e.rebuilding {
            self.0.rows(e.version, e.after, out);
        }
        Ok(())
    }

    fn rebuilt(&self, s: &Rebuilt<'_, A>, out: &mut Changes) -> Result<(), ProjectionFailure> {
        self.0.rows(s.version, s.state, out);
        Ok(())
    }
}

/// An aggregate the runtime can fold from the log: its state is stored as JSON.
pub trait Stored: Aggregate + Serialize + DeserializeOwned {}
impl<A: Aggregate + Serialize + DeserializeOwned> Stored for A {}

/// The projectors of one aggregate, behind a type the registry can hold for every aggregate.
pub struct Projectors<A: Stored> {
    list: Vec<Arc<dyn Projector<A>>>,
}

impl<A: Stored> Projectors<A> {
    pub fn new(list: Vec<Arc<dyn Projector<A>>>) -> Self {
        Projectors { list }
    }

    /// The changes of `events`, just decided, on a stream whose state was `before`: worked out
    /// by the command handler before it appends, with placeholders for positions and instants.
    pub fn prepare(
        &self,
        stream: &str,
        first_version: u64,
        before: &A,
        events: &[A::Event],
        metadata: &serde_json::Value,
        at: DateTime<Utc>,
    ) -> Result<Changes, ProjectionFailure> {
        let id = stream_id(stream);
        let mut out = Changes::default();
        let mut state = before.clone();
        for (index, event) in events.iter().enumerate() {
            let after = state.clone().evolve(event);
            let applied = Applied {
                stream,
                id,
                version: first_version + index as u64,
                index,
                at,
                metadata,
                event,
                before: &state,
                after: &after,
                rebuilding: false,
            };
            for p in &self.list {
                p.project(&applied, &mut out)?;
            }
            state = after;
        }
        Ok(out)
    }
}

/// The id part of a stream name.
pub fn stream_id(stream: &str) -> &str {
    stream.split_once('-').map_or("", |(_, id)| id)
}

fn failure(message: String) -> ProjectionFailure {
    ProjectionFailure {
        rule: None,
        message,
    }
}

/// Folds one stream from the log, event by event, with the projectors chosen.
pub(crate) trait StreamFold: Send {
    /// Projects the next event of the stream; `index` is its place among the events whose
    /// positions and instants the changes' placeholders refer to.
    fn push(
        &mut self,
        event: &RecordedEvent,
        index: usize,
        chosen: &dyn Fn(&str) -> bool,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure>;
    /// Ends a rebuild's fold of the stream.
    fn finish(
        &mut self,
        chosen: &dyn Fn(&str) -> bool,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure>;
}

/// An aggregate as the registry holds it.
pub(crate) trait Kind: Send + Sync {
    fn category(&self) -> &'static str;
    fn projectors(&self) -> Vec<&'static ProjectorInfo>;
    /// A fold of a stream whose state is `before` (stored JSON and its version), or new; a
    /// rebuild's fold starts new.
    fn fold(
        &self,
        before: Option<(u64, &str)>,
        rebuilding: bool,
    ) -> Result<Box<dyn StreamFold + '_>, ProjectionFailure>;
}

struct Folding<'a, A: Stored> {
    projectors: &'a Projectors<A>,
    state: A,
    next_version: u64,
    rebuilding: bool,
    /// The last event pushed: stream, position, instant.
    last: Option<(String, u64, DateTime<Utc>)>,
}

impl<A: Stored> StreamFold for Folding<'_, A> {
    fn push(
        &mut self,
        e: &RecordedEvent,
        index: usize,
        chosen: &dyn Fn(&str) -> bool,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        if e.version != self.next_version {
            return Err(failure(format!(
                "{} version {}: the read models hold the stream at version {} (damaged?)",
                e.stream,
                e.version,
                self.next_version as i64 - 1
            )));
        }
        let event = A::Event::from_stored(&e.kind, e.schema, &e.data)
            .map_err(|err| failure(format!("cannot read {} v{}: {err}", e.stream, e.version)))?;
        let after = self.state.clone().evolve(&event);
        let applied = Applied {
            stream: &e.stream,
            id: stream_id(&e.stream),
            version: e.version,
            index,
            at: e.recorded_at,
            metadata: &e.metadata,
            event: &event,
            before: &self.state,
            after: &after,
            rebuilding: self.rebuilding,
        };
        for p in self
            .projectors
            .list
            .iter()
            .filter(|p| chosen(p.info().name))
        {
            p.project(&applied, out)?;
        }
        self.state = after;
        self.next_version += 1;
        self.last = Some((e.stream.clone(), e.position, e.recorded_at));
        Ok(())
    }

    fn finish(
        &mut self,
        chosen: &dyn Fn(&str) -> bool,
        out: &mut Changes,
    ) -> Result<(), ProjectionFailure> {
        let Some((stream, position, at)) = self.last.take() else {
            return Ok(());
        };
        let rebuilt = Rebuilt {
            stream: &stream,
            id: stream_id(&stream),
            version: self.next_version - 1,
            position,
            at,
            state: &self.state,
        };
        for p in self
            .projectors
            .list
            .iter()
            .filter(|p| chosen(p.info().name))
        {
            p.rebuilt(&rebuilt, out)?;
        }
        Ok(())
    }
}

impl<A: Stored> Kind for Projectors<A> {
    fn category(&self) -> &'static str {
        A::CATEGORY
    }

    fn projectors(&self) -> Vec<&'static ProjectorInfo> {
        self.list.iter().map(|p| p.info()).collect()
    }

    fn fold(
        &self,
        before: Option<(u64, &str)>,
        rebuilding: bool,
    ) -> Result<Box<dyn StreamFold + '_>, ProjectionFailure> {
        let (state, next_version) = match before {
            None => (A::default(), 0),
            Some((version, json)) => (
                serde_json::from_str(json).map_err(|e| {
                    failure(format!(
                        "{} state in the read models is damaged: {e}",
                        A::CATEGORY
                    ))
                })?,
                version + 1,
            ),
        };
        Ok(Box::new(Folding {
            projectors: self,
            state,
            next_version,
            rebuilding,
            last: None,
        }))
    }
}

/// Every aggregate's projectors, and the projectors that span aggregates.
pub struct Registry {
    kinds: Vec<Box<dyn Kind>>,
}

impl Registry {
    pub fn new() -> Self {
        Registry { kinds: Vec::new() }
    }

    /// Registers an aggregate with its projectors (a projector serving several aggregates, such
    /// as the state store, is listed with each).
    pub fn with<A: Stored>(mut self, projectors: Arc<Projectors<A>>) -> Self {
        self.kinds.push(Box::new(ArcKind(projectors)));
        self
    }

    pub(crate) fn kind_of(&self, stream: &str) -> Option<&dyn Kind> {
        let category = stream_category(stream);
        self.kinds
            .iter()
            .find(|k| k.category() == category)
            .map(|k| k.as_ref())
    }

    pub(crate) fn kinds(&self) -> impl Iterator<Item = &dyn Kind> {
        self.kinds.iter().map(|k| k.as_ref())
    }

    /// Every projector once, in registration order.
    pub fn projectors(&self) -> Vec<&'static ProjectorInfo> {
        let mut all: Vec<&'static ProjectorInfo> = Vec::new();
        for k in &self.kinds {
            for p in k.projectors() {
                if !all.iter().any(|q| q.name == p.name) {
                    all.push(p);
                }
            }
        }
        all
    }

    /// Every table of every projector, once.
    pub fn tables(&self) -> Vec<&'static TableDef> {
        let mut all: Vec<&'static TableDef> = Vec::new();
        for p in self.projectors() {
            for t in p.tables {
                if !all.iter().any(|u| u.name == t.name) {
                    all.push(t);
                }
            }
        }
        all
    }
}

impl Default for Registry {
    fn default() -> Self {
        Registry::new()
    }
}

/// A registered aggregate shared with the command handler, which prepares changes with it.
struct ArcKind<A: Stored>(Arc<Projectors<A>>);

impl<A: Stored> Kind for ArcKind<A> {
    fn category(&self) -> &'static str {
        self.0.category()
    }
    fn projectors(&self) -> Vec<&'static ProjectorInfo> {
        self.0.projectors()
    }
    fn fold(
        &self,
        before: Option<(u64, &str)>,
        rebuilding: bool,
    ) -> Result<Box<dyn StreamFold + '_>, ProjectionFailure> {
        self.0.fold(before, rebuilding)
    }
}

/// The projectors whose tables must be rebuilt: those without a checkpoint of their version at
/// the log's head (`stored`: name, version, position of each checkpoint).
pub(crate) fn outdated(
    registry: &Registry,
    stored: &[(String, i64, i64)],
    head: u64,
) -> Vec<&'static ProjectorInfo> {
    registry
        .projectors()
        .into_iter()
        .filter(|p| {
            !stored
                .iter()
                .any(|(n, v, pos)| n == p.name && *v == p.version && *pos == head as i64)
        })
        .collect()
}

/// Events a rebuild reads at a time. Few in the tests, so that their rebuilds cross pages (a
/// stream split between two, several pages in flight at once).
#[cfg(not(test))]
pub(crate) const REBUILD_PAGE: usize = 4096;
#[cfg(test)]
pub(crate) const REBUILD_PAGE: usize = 50;

/// A rebuild of one aggregate's chosen projectors, fed the log page by page in stream order.
pub(crate) struct RebuildFold<'k> {
    kind: &'k dyn Kind,
    chosen: Vec<&'static str>,
    current: Option<(String, Box<dyn StreamFold + 'k>)>,
}

impl<'k> RebuildFold<'k> {
    /// `None` when none of the aggregate's projectors is chosen.
    pub fn new(kind: &'k dyn Kind, chosen: &[&str]) -> Option<Self> {
        let chosen: Vec<&'static str> = kind
            .projectors()
            .iter()
            .map(|p| p.name)
            .filter(|n| chosen.contains(n))
            .collect();
        (!chosen.is_empty()).then_some(RebuildFold {
            kind,
            chosen,
            current: None,
        })
    }

    pub fn category(&self) -> &'static str {
        self.kind.category()
    }

    /// The changes of one page, with where its events are (what their placeholders refer to).
    pub fn page(
        &mut self,
        page: &[RecordedEvent],
    ) -> Result<(Changes, Recorded), ProjectionFailure> {
        let chosen = self.chosen.clone();
        let wanted = |n: &str| chosen.contains(&n);
        let mut changes = Changes::default();
        for (i, e) in page.iter().enumerate() {
            if self.current.as_ref().is_none_or(|(s, _)| *s != e.stream) {
                if let Some((_, mut f)) = self.current.take() {
                    f.finish(&wanted, &mut changes)?;
                }
                self.current = Some((e.stream.clone(), self.kind.fold(None, true)?));
            }
            if let Some((_, f)) = self.current.as_mut() {
                f.push(e, i, &wanted, &mut changes)?;
            }
        }
        Ok((changes, Recorded::of(page)))
    }

    /// The changes that end the last stream.
    pub fn finish(mut self) -> Result<Changes, ProjectionFailure> {
        let chosen = self.chosen.clone();
        let mut changes = Changes::default();
        if let Some((_, mut f)) = self.current.take() {
            f.finish(&|n: &str| chosen.contains(&n), &mut changes)?;
        }
        Ok(changes)
    }
}

/// The next append among events handed to an inline projection.
pub(crate) enum Next<'e> {
    /// Its changes, prepared by the command handler; it has `n` events.
    Prepared(Prepared, usize),
    /// A run of events of one stream of a registered aggregate, to fold from the stored state.
    Fold(&'e dyn Kind, &'e [RecordedEvent]),
    /// Events of a stream no aggregate registers: nothing to project.
    Skip(usize),
}

impl Registry {
    pub(crate) fn next<'e>(&'e self, handoff: &Handoff, events: &'e [RecordedEvent]) -> Next<'e> {
        if let Some((prepared, n)) = handoff.matching(events) {
            return Next::Prepared(prepared, n);
        }
        let stream = events.first().map_or("", |e| e.stream.as_str());
        let n = events.iter().take_while(|e| e.stream == stream).count();
        match self.kind_of(stream) {
            Some(kind) => Next::Fold(kind, &events[..n]),
            None => Next::Skip(n),
        }
    }
}

/// The changes of `run`, one stream's events, folded from its stored state `before`.
pub(crate) fn fold_run(
    kind: &dyn Kind,
    before: Option<(u64, &str)>,
    run: &[RecordedEvent],
) -> Result<Changes, ProjectionFailure> {
    let mut fold = kind.fold(before, false)?;
    let mut changes = Changes::default();
    for (k, e) in run.iter().enumerate() {
        fold.push(e, k, &|_| true, &mut changes)?;
    }
    Ok(changes)
}
