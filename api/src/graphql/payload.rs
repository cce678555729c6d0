//! What every organisation mutation answers: one generic payload, named per mutation in the
//! SDL because clients select on the payload type names (`... on ApproveRegistrationPayload`).

use std::marker::PhantomData;

use super::Viewer;
use super::types::OrganisationView;
use crate::ledger::Outcome;

/// The organisation after the command, its stream version, and the global position of
/// the last event written.
#[derive(async_graphql::SimpleObject)]
#[graphql(
    concrete(name = "ApplyForRegistrationPayload", params(ApplyForRegistration)),
    concrete(name = "ApproveRegistrationPayload", params(ApproveRegistration)),
    concrete(name = "RefuseRegistrationPayload", params(RefuseRegistration)),
    concrete(name = "RegisterChangePayload", params(RegisterChange)),
    concrete(name = "DeregisterOrganisationPayload", params(DeregisterOrganisation)),
    concrete(name = "RevokeRegistrationPayload", params(RevokeRegistration)),
    concrete(name = "ApplyForPreparationPayload", params(ApplyForPreparation)),
    concrete(name = "ApprovePreparationPayload", params(ApprovePreparation)),
    concrete(name = "RefusePreparationPayload", params(RefusePreparation)),
    concrete(name = "ApplyForEstablishmentPayload", params(ApplyForEstablishment)),
    concrete(name = "OrderSuspensionPayload", params(OrderSuspension)),
    concrete(name = "LiftSuspensionPayload", params(LiftSuspension)),
    concrete(name = "ResolveDissolutionPayload", params(ResolveDissolution)),
    concrete(name = "SubmitAnnualReportPayload", params(SubmitAnnualReport)),
    concrete(name = "ConcludeAnnualReportPayload", params(ConcludeAnnualReport)),
    concrete(name = "ListAsAbnormalPayload", params(ListAsAbnormal)),
    concrete(name = "VerifyRectificationPayload", params(VerifyRectification)),
    concrete(name = "RemoveFromAbnormalPayload", params(RemoveFromAbnormal)),
    concrete(name = "ListAsSeriousPayload", params(ListAsSerious)),
    concrete(name = "RemoveFromSeriousPayload", params(RemoveFromSerious)),
    concrete(name = "RateOrganisationPayload", params(RateOrganisation)),
    concrete(name = "DesignateHubPayload", params(DesignateHub)),
    concrete(name = "EndHubDesignationPayload", params(EndHubDesignation)),
    concrete(name = "AdmitHubMemberPayload", params(AdmitHubMember)),
    concrete(name = "ReleaseHubMemberPayload", params(ReleaseHubMember))
)]
pub struct Payload<M> {
    pub organisation: OrganisationView,
    pub version: u64,
    pub position: u64,
    /// Which mutation answered: only the SDL name depends on it.
    #[graphql(skip)]
    mutation: PhantomData<M>,
}

impl<M> Payload<M> {
    pub(super) fn new(o: Outcome, viewer: &Viewer) -> Self {
        Payload {
            organisation: OrganisationView::new(o.state, o.version, o.position, viewer),
            version: o.version,
            position: o.position,
            mutation: PhantomData,
        }
    }
}

// The mutations, as types: a payload's SDL name is chosen by one of them.
pub enum ApplyForRegistration {}
pub enum ApproveRegistration {}
pub enum RefuseRegistration {}
pub enum RegisterChange {}
pub enum DeregisterOrganisation {}
pub enum RevokeRegistration {}
pub enum ApplyForPreparation {}
pub enum ApprovePreparation {}
pub enum RefusePreparation {}
pub enum ApplyForEstablishment {}
pub enum OrderSuspension {}
pub enum LiftSuspension {}
pub enum ResolveDissolution {}
pub enum SubmitAnnualReport {}
pub enum ConcludeAnnualReport {}
pub enum ListAsAbnormal {}
pub enum VerifyRectification {}
pub enum RemoveFromAbnormal {}
pub enum ListAsSerious {}
pub enum RemoveFromSerious {}
pub enum RateOrganisation {}
pub enum DesignateHub {}
pub enum EndHubDesignation {}
pub enum AdmitHubMember {}
pub enum ReleaseHubMember {}
