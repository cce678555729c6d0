//! Read models of civic-ledger. Each is projected from the event log: inline, in the append's
//! own transaction in the store's own database (a query after a mutation sees it, on any
//! server), and by catch-up when the log is ahead of it (a new read model, or a rebuild).
//! Both backends keep the same tables with the same meaning; the application queries them
//! through [`ReadModels`].

pub mod bids;
pub mod catalogue;
pub mod claims;
mod commands;
pub mod committees;
pub mod contests;
pub mod contracts;
mod error;
pub mod menu;
pub mod organisations;
pub mod performance;
pub mod postgres;
pub mod procurements;
mod read_models;
pub mod runtime;
pub mod sqlite;
pub mod states;
pub mod statistics;
#[cfg(test)]
mod testing;

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use civic_domain::PerformanceEvaluation;
use civic_domain::policy::Policy;
use civic_domain::{
    Bid, Catalogue, Committee, Contest, Contract, ExpertPool, Menu, MenuOrder, Organisation,
    Procurement,
};

pub use commands::CommandOutcome;
pub use error::ReadModelError;
pub use read_models::ReadModels;
pub use states::StoredState;

use runtime::{Handoff, Latest, Projector, Projectors, Registry, Stored};

/// The projectors of every aggregate of the ledger, and the hand-off through which the command
/// handler gives the inline projection the changes it prepared.
pub struct ReadModelSet {
    registry: Registry,
    by_type: HashMap<TypeId, Arc<dyn Any + Send + Sync>>,
    handoff: Handoff,
}

impl ReadModelSet {
    /// Every read model of the ledger, with the policy table their due dates follow.
    pub fn new(policy: PolicyLookup) -> Self {
        let organisations: Vec<Arc<dyn Projector<Organisation>>> = vec![
            Arc::new(states::States::<Organisation>::default()),
            Arc::new(claims::Claims::<Organisation>::default()),
            Arc::new(organisations::Organisations::new(policy)),
            Arc::new(commands::Outcomes::<Organisation>::default()),
        ];
        // A catalogue holds no unique key of its own (codes are unique within its stream).
        let catalogues: Vec<Arc<dyn Projector<Catalogue>>> = vec![
            Arc::new(states::States::<Catalogue>::default()),
            Arc::new(catalogue::CatalogueItems),
            Arc::new(commands::Outcomes::<Catalogue>::default()),
        ];
        let procurements: Vec<Arc<dyn Projector<Procurement>>> = vec![
            Arc::new(states::States::<Procurement>::default()),
            Arc::new(Latest(procurements::Procurements)),
            Arc::new(Latest(statistics::PurchaseFigures)),
            Arc::new(commands::Outcomes::<Procurement>::default()),
        ];
        // One live bid per organisation and procurement (BID-SEALED) is a claim.
        let bids: Vec<Arc<dyn Projector<Bid>>> = vec![
            Arc::new(states::States::<Bid>::default()),
            Arc::new(claims::Claims::<Bid>::default()),
            Arc::new(bids::Bids),
            Arc::new(commands::Outcomes::<Bid>::default()),
        ];
        let committees: Vec<Arc<dyn Projector<Committee>>> = vec![
            Arc::new(states::States::<Committee>::default()),
            Arc::new(claims::Claims::<Committee>::default()),
            Arc::new(Latest(committees::Committees)),
            Arc::new(commands::Outcomes::<Committee>::default()),
        ];
        // The pool is read whole from its state (a committee draws from all of it).
        let expert_pools: Vec<Arc<dyn Projector<ExpertPool>>> = vec![
            Arc::new(states::States::<ExpertPool>::default()),
            Arc::new(commands::Outcomes::<ExpertPool>::default()),
        ];
        // One contract per procurement (CON-SIGN) is a claim.
        let contracts: Vec<Arc<dyn Projector<Contract>>> = vec![
            Arc::new(states::States::<Contract>::default()),
            Arc::new(claims::Claims::<Contract>::default()),
            Arc::new(Latest(contracts::Contracts)),
            Arc::new(commands::Outcomes::<Contract>::default()),
        ];
        // One evaluation per evaluator of a contract (PERF-EVALUATOR) is a claim.
        let performance_evaluations: Vec<Arc<dyn Projector<PerformanceEvaluation>>> = vec![
            Arc::new(states::States::<PerformanceEvaluation>::default()),
            Arc::new(claims::Claims::<PerformanceEvaluation>::default()),
            Arc::new(Latest(performance::PerformanceEvaluations)),
            Arc::new(commands::Outcomes::<PerformanceEvaluation>::default()),
        ];
        // A menu is read whole from its state (one per jurisdiction, a few hundred entries).
        let menus: Vec<Arc<dyn Projector<Menu>>> = vec![
            Arc::new(states::States::<Menu>::default()),
            Arc::new(commands::Outcomes::<Menu>::default()),
        ];
        // One order per procurement (MENU-FLOW) is a claim.
        let menu_orders: Vec<Arc<dyn Projector<MenuOrder>>> = vec![
            Arc::new(states::States::<MenuOrder>::default()),
            Arc::new(claims::Claims::<MenuOrder>::default()),
            Arc::new(Latest(menu::MenuOrders)),
            Arc::new(commands::Outcomes::<MenuOrder>::default()),
        ];
        // A contest's submissions live in its stream: no key spans two contests.
        let contests: Vec<Arc<dyn Projector<Contest>>> = vec![
            Arc::new(states::States::<Contest>::default()),
            Arc::new(Latest(contests::Contests)),
            Arc::new(commands::Outcomes::<Contest>::default()),
        ];
        ReadModelSet {
            registry: Registry::new(),
            by_type: HashMap::new(),
            handoff: Handoff::default(),
        }
        .with(Projectors::new(organisations))
        .with(Projectors::new(catalogues))
        .with(Projectors::new(procurements))
        .with(Projectors::new(bids))
        .with(Projectors::new(committees))
        .with(Projectors::new(expert_pools))
        .with(Projectors::new(contracts))
        .with(Projectors::new(performance_evaluations))
        .with(Projectors::new(menus))
        .with(Projectors::new(menu_orders))
        .with(Projectors::new(contests))
    }

    fn with<A: Stored>(mut self, projectors: Projectors<A>) -> Self {
        let projectors = Arc::new(projectors);
        self.registry = std::mem::take(&mut self.registry).with(projectors.clone());
        self.by_type.insert(TypeId::of::<A>(), projectors);
        self
    }

    /// The projectors of aggregate `A`, for the command handler to prepare changes with.
    pub fn projectors<A: Stored>(&self) -> Option<Arc<Projectors<A>>> {
        self.by_type
            .get(&TypeId::of::<A>())
            .cloned()
            .and_then(|p| p.downcast::<Projectors<A>>().ok())
    }

    pub fn handoff(&self) -> &Handoff {
        &self.handoff
    }

    pub fn registry(&self) -> &Registry {
        &self.registry
    }
}

/// The policy in force for a jurisdiction on a date (the deployment's policy table).
pub type PolicyLookup = Arc<dyn Fn(&str, NaiveDate) -> Arc<Policy> + Send + Sync>;

fn national_defaults() -> PolicyLookup {
    Arc::new(|_: &str, _| Policy::national())
}
