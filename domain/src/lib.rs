//! The pure domain of civic-ledger: aggregates, commands, events, value types and rules.
//! Nothing here does IO, reads the clock or draws random numbers; what `decide` needs from the
//! outside world arrives in a [`Context`].

pub mod bid;
pub mod calendar;
pub mod catalogue;
pub mod committee;
pub mod contest;
pub mod contract;
pub mod error;
pub mod expert_pool;
pub mod menu;
pub mod organisation;
pub mod performance;
pub mod policy;
pub mod procurement;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod values;

mod aggregate;

pub use aggregate::{Aggregate, Claim, Context, DecodeError, DomainCommand, DomainEvent};
pub use bid::{Bid, BidCommand, BidEvent, BidFacts, BidStatus, BidTerms, SealedBox};
pub use calendar::{Calendar, china_date};
pub use catalogue::{
    Catalogue, CatalogueCategory, CatalogueCode, CatalogueCommand, CatalogueEvent, CatalogueItem,
    ItemSpec,
};
pub use committee::{
    Committee, CommitteeCommand, CommitteeContext, CommitteeEvent, CommitteeFacts, CommitteeStatus,
};
pub use contest::{
    Contest, ContestCommand, ContestEvent, ContestFacts, ContestStatus, MatchingPolicy,
};
pub use contract::{
    Contract, ContractCommand, ContractEvent, ContractFacts, ContractStatus, MilestoneKind,
    MilestoneSpec,
};
pub use error::DomainError;
pub use expert_pool::{ExpertPool, ExpertPoolCommand, ExpertPoolEvent};
pub use menu::{
    Menu, MenuCommand, MenuEvent, MenuItemType, MenuOrder, MenuOrderCommand, MenuOrderEvent,
    MenuOrderFacts, MenuOrderStatus,
};
pub use organisation::{
    Application, CaseKind, ChangeRequest, FieldChange, Members, OpenCase, Organisation,
    OrganisationCommand, OrganisationEvent, OrganisationStatus, RegistryFacts,
};
pub use performance::{
    EvaluatorKind, Grade, PerformanceCommand, PerformanceEvaluation, PerformanceEvent,
    PerformanceFacts,
};
pub use policy::Policy;
pub use procurement::{
    Procurement, ProcurementCommand, ProcurementEvent, ProcurementFacts, ProcurementMethod,
    ProcurementStatus, ProcurementTerms,
};
pub use values::{CreditCode, Jurisdiction, LegalRepresentative, Level, Money, OrganisationKind};
