//! What one GraphQL operation may cost, checked on the parsed document before async-graphql
//! validates it, on HTTP and WebSocket alike (both go through the schema's extensions).
//!
//! async-graphql's own depth and complexity visitors, and its recursion check, expand every
//! fragment spread where it is used: `{ ...L0 }` with ten spreads of `L1` in `L0`, ten of `L2`
//! in `L1` and so on to `L10` is a 900-byte query they walk 10¹⁰ times, before any limit of
//! theirs can answer. Here each fragment is measured once and its measure reused wherever it is
//! spread, so the check is linear in the size of the document whatever it expands to.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextPrepareRequest, NextRequest,
    NextSubscribe,
};
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{Name, Pos, Positioned, Request, Response, ServerResult};
use futures::StreamExt;
use futures::stream::BoxStream;

use super::{Lang, errors};

/// Fields, fragment spreads and inline fragments the engine walks for one document, each
/// fragment counted where it is defined and again wherever it is spread. Twice the complexity
/// limit, which counts each selected field of the operation once, so that every operation
/// that limit admits gets here through however many fragments it is written with; and few
/// enough that validating and executing them takes milliseconds.
pub const MAX_SELECTIONS: usize = 2 * super::MAX_COMPLEXITY;

/// Fields of our own schema nested in one another (as async-graphql counts depth). Our types
/// nest at most 6 deep (`organisations{edges{node{hub{members{joinedOn}}}}}`), so this only
/// refuses queries no client needs.
pub const MAX_DEPTH: usize = 12;

/// Lists of the introspection schema (`types`, `fields`, `args`, …) nested in one another.
/// Introspection is not limited by `MAX_DEPTH`: the standard introspection query
/// (graphql-js `getIntrospectionQuery`, which GraphiQL, Apollo, graphql-codegen and
/// schemathesis send) is 15 fields deep because of its nine `ofType` levels, which cost
/// nothing (each is one object or null). What multiplies an introspection answer is lists in
/// lists: the standard query nests three (`__schema.types.fields.args`);
/// `types{fields{type{ofType{fields{…}}}}}` nesting more would multiply the answer by the
/// number of fields of every type at each level.
pub const MAX_INTROSPECTION_LISTS: usize = 3;

/// Selection sets and fragment spreads nested in one another. It bounds the recursion of this
/// check (a chain of 50,000 fragments each spreading the next would otherwise overflow the
/// stack); async-graphql refuses more than 32 levels anyway.
pub const MAX_NESTING: usize = 64;

/// How long one query or mutation may run once validated. Reads answer in milliseconds and a
/// write in a few; ten seconds is far beyond any legitimate request, and short enough that a
/// runaway one cannot hold a core or delay a shutdown for long. Subscriptions are not bounded:
/// they live as long as their socket.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The limits, as a schema extension; it also gives the engine's own errors (syntax, unknown
/// fields, limits) their `VALIDATION` code, on every transport.
pub struct Limits {
    pub timeout: Duration,
}

impl ExtensionFactory for Limits {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(LimitsExtension {
            timeout: self.timeout,
            lang: OnceLock::new(),
        })
    }
}

/// Made for each request (and each subscription), so it may remember the request's language.
struct LimitsExtension {
    timeout: Duration,
    /// The request's language, read in `prepare_request`: the `request` hook, which sees the
    /// engine's own errors (syntax, unknown fields), has no access to the request's data.
    lang: OnceLock<Lang>,
}

impl LimitsExtension {
    fn lang(&self) -> Lang {
        self.lang.get().copied().unwrap_or_default()
    }
}

#[async_trait::async_trait]
impl Extension for LimitsExtension {
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        mut request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        // A request's own data (HTTP), else its session's (a WebSocket's upgrade header).
        let lang = request
            .data
            .get(&std::any::TypeId::of::<Lang>())
            .and_then(|d| d.downcast_ref::<Lang>())
            .or_else(|| ctx.data_opt::<Lang>())
            .copied()
            .unwrap_or_default();
        let _ = self.lang.set(lang);
        let refused = |mut e: async_graphql::ServerError| {
            errors::ensure_code(&mut e);
            errors::localize(&mut e, lang);
            e
        };
        // Parsed once here; async-graphql reuses the document instead of parsing it again.
        match Parsed::get(&request.query) {
            Some(doc) => request.set_parsed_query(doc),
            None => {
                let doc = async_graphql::parser::parse_query(&request.query)
                    .map_err(|e| refused(errors::syntax_error(e)))?;
                check(&doc).map_err(refused)?;
                Parsed::keep(&request.query, &doc);
                request.set_parsed_query(doc);
            }
        }
        next.run(ctx, request).await
    }

    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut response = next.run(ctx).await;
        let lang = self.lang();
        for error in &mut response.errors {
            errors::ensure_code(error);
            errors::localize(error, lang);
        }
        response
    }

    fn subscribe<'s>(
        &self,
        ctx: &ExtensionContext<'_>,
        stream: BoxStream<'s, Response>,
        next: NextSubscribe<'_>,
    ) -> BoxStream<'s, Response> {
        // Subscription events do not pass through `execute`.
        let lang = ctx.data_opt::<Lang>().copied().unwrap_or_default();
        next.run(ctx, stream)
            .map(move |mut response| {
                for error in &mut response.errors {
                    errors::ensure_code(error);
                    errors::localize(error, lang);
                }
                response
            })
            .boxed()
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        // The error language is chosen here, not in `request`: only from `execute` on does the
        // context hold the request's data (its Lang); a WebSocket's is in its session data.
        match tokio::time::timeout(self.timeout, next.run(ctx, operation_name)).await {
            Ok(mut response) => {
                let lang = ctx.data_opt::<Lang>().copied().unwrap_or_default();
                for error in &mut response.errors {
                    errors::localize(error, lang);
                }
                response
            }
            Err(_) => {
                let mut error = errors::error_zh(
                    "TIMEOUT",
                    format!(
                        "the ledger stopped this request after {} s (请求超时): ask for less at a time, or try again later",
                        self.timeout.as_secs()
                    ),
                    format!(
                        "请求超时：已运行{}秒，系统已终止本次请求；请减少一次查询的内容，或稍后再试",
                        self.timeout.as_secs()
                    ),
                )
                .into_server_error(Pos::default());
                errors::localize(
                    &mut error,
                    ctx.data_opt::<Lang>().copied().unwrap_or_default(),
                );
                Response::from_errors(vec![error])
            }
        }
    }
}

/// Documents parsed and admitted by [`check`] before, by their text. Clients send the same few
/// documents with different variables, and parsing one (async-graphql's PEG parser) was a fifth
/// of a read request's work; the copy of a kept one costs a small part of that. Neither a
/// parse nor the check depends on the schema, so one table serves every schema of the process.
struct Parsed;

/// Documents kept: far more than the clients' distinct queries; a flood of distinct ones
/// replaces entries instead of growing the table.
const PARSED_DOCUMENTS: usize = 512;

/// Longer documents are parsed every time (they are not what clients send by the thousand).
const PARSED_MAX_LEN: usize = 16 * 1024;

type ParsedTable = Mutex<HashMap<String, Arc<ExecutableDocument>>>;

impl Parsed {
    fn table() -> &'static ParsedTable {
        static TABLE: OnceLock<ParsedTable> = OnceLock::new();
        TABLE.get_or_init(|| Mutex::new(HashMap::new()))
    }

    fn get(query: &str) -> Option<ExecutableDocument> {
        if query.len() > PARSED_MAX_LEN {
            return None;
        }
        // A poisoned table only means another request panicked while holding it; its entries
        // are whole documents either way.
        let kept = Self::table()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(query)
            .cloned()?;
        Some(ExecutableDocument::clone(&kept))
    }

    fn keep(query: &str, doc: &ExecutableDocument) {
        if query.len() > PARSED_MAX_LEN {
            return;
        }
        let doc = Arc::new(doc.clone());
        let mut table = Self::table().lock().unwrap_or_else(|e| e.into_inner());
        if table.len() >= PARSED_DOCUMENTS
            && let Some(old) = table.keys().next().cloned()
        {
            table.remove(&old);
        }
        table.insert(query.to_owned(), doc);
    }
}

/// What walking a selection set costs once its fragments are expanded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Cost {
    /// Fields, spreads and inline fragments walked (saturating).
    selections: usize,
    /// Fields of our own schema nested.
    depth: usize,
    /// Introspection lists nested.
    lists: usize,
}

impl Cost {
    fn add(&mut self, other: Cost) {
        self.selections = self.selections.saturating_add(other.selections);
        self.depth = self.depth.max(other.depth);
        self.lists = self.lists.max(other.lists);
    }
}

/// Introspection fields whose value is a list of objects.
const INTROSPECTION_LISTS: &[&str] = &[
    "types",
    "directives",
    "fields",
    "args",
    "inputFields",
    "interfaces",
    "possibleTypes",
    "enumValues",
];

/// Refuses a document whose operations and fragments exceed the limits, or whose fragments
/// spread themselves.
pub fn check(doc: &ExecutableDocument) -> ServerResult<()> {
    let mut walk = Walk {
        doc,
        measured: HashMap::new(),
        open: HashSet::new(),
    };
    let mut total = Cost::default();
    for (name, fragment) in &doc.fragments {
        total.add(walk.fragment(name, fragment.pos, 0)?);
    }
    for (_, operation) in doc.operations.iter() {
        total.add(walk.selection_set(&operation.node.selection_set, false, 0)?);
    }
    let refuse = |message: String, zh: String| {
        Err(errors::validation_zh(message, zh).into_server_error(Pos::default()))
    };
    if total.selections > MAX_SELECTIONS {
        return refuse(
            format!(
                "this query selects {} fields once its fragments are expanded (片段展开后的字段数), more than the {MAX_SELECTIONS} allowed: select fewer fields, or spread fragments fewer times",
                fmt_count(total.selections)
            ),
            format!(
                "此查询展开片段后选择了{}个字段，超过上限{MAX_SELECTIONS}个：请减少字段，或减少片段的引用次数",
                fmt_count(total.selections)
            ),
        );
    }
    if total.depth > MAX_DEPTH {
        return refuse(
            format!(
                "this query nests fields {} levels deep (查询嵌套层数), more than the {MAX_DEPTH} allowed",
                total.depth
            ),
            format!("此查询的字段嵌套{}层，超过上限{MAX_DEPTH}层", total.depth),
        );
    }
    if total.lists > MAX_INTROSPECTION_LISTS {
        return refuse(
            format!(
                "this introspection query nests {} lists (内省查询的列表嵌套), more than the {MAX_INTROSPECTION_LISTS} of the standard introspection query",
                total.lists
            ),
            format!(
                "此内省查询嵌套了{}层列表，超过标准内省查询的{MAX_INTROSPECTION_LISTS}层",
                total.lists
            ),
        );
    }
    Ok(())
}

fn fmt_count(n: usize) -> String {
    if n == usize::MAX {
        format!("more than {n}")
    } else {
        n.to_string()
    }
}

struct Walk<'a> {
    doc: &'a ExecutableDocument,
    /// Fragments measured so far: each is walked once.
    measured: HashMap<&'a Name, Cost>,
    /// Fragments being measured (a spread of one of these is a cycle).
    open: HashSet<&'a Name>,
}

impl<'a> Walk<'a> {
    fn fragment(&mut self, name: &'a Name, pos: Pos, nesting: usize) -> ServerResult<Cost> {
        if let Some(cost) = self.measured.get(name) {
            return Ok(*cost);
        }
        let Some(fragment) = self.doc.fragments.get(name) else {
            // An unknown fragment is reported by validation; it expands to nothing.
            return Ok(Cost::default());
        };
        if !self.open.insert(name) {
            return Err(errors::validation_zh(
                format!(
                    "fragment {name} spreads itself (片段循环引用), directly or through other fragments: a fragment cannot contain itself"
                ),
                format!("片段 {name} 直接或间接引用了自身（片段循环引用）；片段不能包含自身"),
            )
            .into_server_error(pos));
        }
        let introspection = fragment.node.type_condition.node.on.node.starts_with("__");
        let cost = self.selection_set(&fragment.node.selection_set, introspection, nesting)?;
        self.open.remove(name);
        self.measured.insert(name, cost);
        Ok(cost)
    }

    fn selection_set(
        &mut self,
        set: &'a Positioned<SelectionSet>,
        introspection: bool,
        nesting: usize,
    ) -> ServerResult<Cost> {
        if nesting > MAX_NESTING {
            return Err(errors::validation_zh(
                format!(
                    "this query nests selections and fragments more than {MAX_NESTING} levels deep (嵌套过深)"
                ),
                format!("此查询的选择集和片段嵌套超过{MAX_NESTING}层（嵌套过深）"),
            )
            .into_server_error(set.pos));
        }
        let nesting = nesting + 1;
        let mut cost = Cost::default();
        for selection in &set.node.items {
            let mut one = match &selection.node {
                Selection::Field(field) => {
                    let name = field.node.name.node.as_str();
                    let inside = introspection || name == "__schema" || name == "__type";
                    let mut c = self.selection_set(&field.node.selection_set, inside, nesting)?;
                    if !inside && name != "__typename" {
                        c.depth += 1;
                    }
                    if inside && INTROSPECTION_LISTS.contains(&name) {
                        c.lists += 1;
                    }
                    c
                }
                Selection::FragmentSpread(spread) => {
                    self.fragment(&spread.node.fragment_name.node, spread.pos, nesting)?
                }
                Selection::InlineFragment(inline) => {
                    let inside = introspection
                        || inline
                            .node
                            .type_condition
                            .as_ref()
                            .is_some_and(|t| t.node.on.node.starts_with("__"));
                    self.selection_set(&inline.node.selection_set, inside, nesting)?
                }
            };
            one.selections = one.selections.saturating_add(1);
            cost.add(one);
        }
        Ok(cost)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::parser::parse_query;

    fn cost(query: &str) -> ServerResult<()> {
        check(&parse_query(query).unwrap())
    }

    fn message(query: &str) -> String {
        cost(query).unwrap_err().message
    }

    /// `{ ...L0 }` where each of `L0`…`L{levels-1}` spreads the next `width` times.
    fn fan_out(levels: usize, width: usize) -> String {
        let mut q = String::from("{ ...L0 }");
        for level in 0..levels {
            q.push_str(&format!(" fragment L{level} on Query {{"));
            for _ in 0..width {
                q.push_str(&format!(" ...L{}", level + 1));
            }
            q.push_str(" }");
        }
        q.push_str(&format!(" fragment L{levels} on Query {{ __typename }}"));
        q
    }

    #[test]
    fn a_fragment_fan_out_is_counted_without_being_expanded() {
        let started = std::time::Instant::now();
        // 10^10 selections, and 10^50 (past u64): counting saturates instead of overflowing.
        // (Levels stay under MAX_NESTING, which would answer first.)
        for levels in [10, 50] {
            let m = message(&fan_out(levels, 10));
            assert!(m.contains("once its fragments are expanded"), "{m}");
        }
        assert!(started.elapsed() < Duration::from_secs(1));
        // A small fan-out is a legitimate query.
        assert!(cost(&fan_out(2, 10)).is_ok());
    }

    #[test]
    fn fragment_cycles_are_refused() {
        let m = message("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        assert!(m.contains("spreads itself"), "{m}");
        let m = message("{ ...A } fragment A on Query { ... on Query { ...A } }");
        assert!(m.contains("spreads itself"), "{m}");
    }

    #[test]
    fn a_long_fragment_chain_is_refused_without_overflowing_the_stack() {
        let mut q = String::from("{ ...F0 }");
        for i in 0..50_000 {
            q.push_str(&format!(" fragment F{i} on Query {{ ...F{} }}", i + 1));
        }
        q.push_str(" fragment F50000 on Query { __typename }");
        assert!(cost(&q).is_err());
    }

    #[test]
    fn depth_counts_our_fields_and_lists_count_introspection() {
        let deep = format!("{{ {} id {} }}", "a { ".repeat(12), "} ".repeat(12));
        assert!(message(&deep).contains("13 levels deep"));
        // Nine `ofType` levels under `__schema.types.fields.type` are fine …
        let of_type = format!(
            "{{ __schema {{ types {{ fields {{ type {{ {} name {} }} }} }} }} }}",
            "ofType { ".repeat(9),
            "} ".repeat(9)
        );
        assert!(cost(&of_type).is_ok());
        // … lists in lists in lists in lists are not, even through a fragment.
        let m = message(
            "{ __schema { types { ...T } } } fragment T on __Type { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } }",
        );
        assert!(m.contains("nests 4 lists"), "{m}");
    }

    #[tokio::test]
    async fn a_request_running_too_long_gets_a_timeout_error() {
        struct Query;
        #[async_graphql::Object]
        impl Query {
            async fn slow(&self) -> bool {
                tokio::time::sleep(Duration::from_secs(5)).await;
                true
            }
        }
        let schema = async_graphql::Schema::build(
            Query,
            async_graphql::EmptyMutation,
            async_graphql::EmptySubscription,
        )
        .extension(Limits {
            timeout: Duration::from_millis(50),
        })
        .finish();
        let started = std::time::Instant::now();
        let response = schema.execute("{ slow }").await;
        assert!(started.elapsed() < Duration::from_secs(1));
        let error = &response.errors[0];
        assert!(error.message.contains("请求超时"), "{}", error.message);
        let code = error
            .extensions
            .as_ref()
            .and_then(|e| e.get("code"))
            .cloned();
        assert_eq!(code, Some(async_graphql::Value::from("TIMEOUT")));
    }

    #[tokio::test]
    async fn a_kept_document_answers_as_parsed_and_a_refused_one_stays_refused() {
        struct Query;
        #[async_graphql::Object]
        impl Query {
            async fn n(&self, x: i32) -> i32 {
                x + 1
            }
        }
        let schema = async_graphql::Schema::build(
            Query,
            async_graphql::EmptyMutation,
            async_graphql::EmptySubscription,
        )
        .extension(Limits {
            timeout: Duration::from_secs(5),
        })
        .finish();
        let query = "query KeptDocumentTest($x: Int!) { n(x: $x) }";
        for x in [1, 41] {
            let request = Request::new(query).variables(async_graphql::Variables::from_json(
                serde_json::json!({ "x": x }),
            ));
            let response = schema.execute(request).await;
            assert!(response.errors.is_empty(), "{:?}", response.errors);
            assert_eq!(
                response.data.into_json().unwrap(),
                serde_json::json!({ "n": x + 1 })
            );
        }
        assert!(Parsed::get(query).is_some());
        let deep = format!("{{ {}n(x: 1){} }}", "a { ".repeat(13), " }".repeat(13));
        for _ in 0..2 {
            let response = schema.execute(deep.as_str()).await;
            assert!(!response.errors.is_empty());
        }
        assert!(Parsed::get(&deep).is_none());
    }
}
