//! What every organisation mutation answers: the organisation after the command, in a
//! [`Payload`] named after the mutation.

use civic_domain::{Organisation, OrganisationCommand};

use super::Viewer;
use super::command::{self, Commanded, Mutation};
use super::types::OrganisationView;
use crate::auth::Claims;
use crate::ledger::{LedgerError, Outcome};

/// The payload of organisation mutation `M`.
pub type Payload<M> = command::Payload<Organisation, M>;

/// The organisation after the command, its stream version, and the global position of
/// the last event written.
#[derive(async_graphql::SimpleObject)]
#[graphql(name = "OrganisationCommandOutcome")]
pub struct OrganisationOutcome {
    pub organisation: OrganisationView,
    pub version: u64,
    pub position: u64,
}

/// Registry commands are for registrars of the organisation's jurisdiction (for an
/// application: of the jurisdiction applied to).
impl Commanded for Organisation {
    type View = OrganisationOutcome;

    fn issuer(
        viewer: &Viewer,
        _id: &str,
        command: &OrganisationCommand,
    ) -> async_graphql::Result<Claims> {
        // An application names the jurisdiction it is filed in; other commands act on a
        // record that holds its own, checked once it is loaded.
        match command.application() {
            Some(a) => viewer.require_registrar(a.jurisdiction.as_str()).cloned(),
            None => viewer
                .0
                .clone()
                .ok_or_else(|| super::errors::unauthenticated("registering organisations")),
        }
    }

    fn authorise(
        viewer: &Viewer,
        state: &Organisation,
        command: &OrganisationCommand,
    ) -> Result<(), LedgerError> {
        let j = state
            .jurisdiction
            .as_ref()
            .or_else(|| command.application().map(|a| &a.jurisdiction))
            .map(|j| j.as_str())
            .unwrap_or_default();
        viewer
            .require_registrar(j)
            .map(|_| ())
            .map_err(|e| LedgerError::Forbidden(super::errors::said_of(e)))
    }

    fn view(
        o: Outcome<Organisation>,
        _id: &str,
        _: &OrganisationCommand,
        viewer: &Viewer,
    ) -> Self::View {
        OrganisationOutcome {
            organisation: OrganisationView::new(o.state, o.version, o.position, viewer),
            version: o.version,
            position: o.position,
        }
    }
}

// The mutations, as types: each names its payload in the SDL.
pub enum ApplyForRegistration {}
impl Mutation for ApplyForRegistration {
    const PAYLOAD: &'static str = "ApplyForRegistrationPayload";
}
pub enum ApproveRegistration {}
impl Mutation for ApproveRegistration {
    const PAYLOAD: &'static str = "ApproveRegistrationPayload";
}
pub enum RefuseRegistration {}
impl Mutation for RefuseRegistration {
    const PAYLOAD: &'static str = "RefuseRegistrationPayload";
}
pub enum RegisterChange {}
impl Mutation for RegisterChange {
    const PAYLOAD: &'static str = "RegisterChangePayload";
}
pub enum DeregisterOrganisation {}
impl Mutation for DeregisterOrganisation {
    const PAYLOAD: &'static str = "DeregisterOrganisationPayload";
}
pub enum RevokeRegistration {}
impl Mutation for RevokeRegistration {
    const PAYLOAD: &'static str = "RevokeRegistrationPayload";
}
pub enum ApplyForPreparation {}
impl Mutation for ApplyForPreparation {
    const PAYLOAD: &'static str = "ApplyForPreparationPayload";
}
pub enum ApprovePreparation {}
impl Mutation for ApprovePreparation {
    const PAYLOAD: &'static str = "ApprovePreparationPayload";
}
pub enum RefusePreparation {}
impl Mutation for RefusePreparation {
    const PAYLOAD: &'static str = "RefusePreparationPayload";
}
pub enum ApplyForEstablishment {}
impl Mutation for ApplyForEstablishment {
    const PAYLOAD: &'static str = "ApplyForEstablishmentPayload";
}
pub enum OrderSuspension {}
impl Mutation for OrderSuspension {
    const PAYLOAD: &'static str = "OrderSuspensionPayload";
}
pub enum LiftSuspension {}
impl Mutation for LiftSuspension {
    const PAYLOAD: &'static str = "LiftSuspensionPayload";
}
pub enum ResolveDissolution {}
impl Mutation for ResolveDissolution {
    const PAYLOAD: &'static str = "ResolveDissolutionPayload";
}
pub enum SubmitAnnualReport {}
impl Mutation for SubmitAnnualReport {
    const PAYLOAD: &'static str = "SubmitAnnualReportPayload";
}
pub enum ConcludeAnnualReport {}
impl Mutation for ConcludeAnnualReport {
    const PAYLOAD: &'static str = "ConcludeAnnualReportPayload";
}
pub enum ListAsAbnormal {}
impl Mutation for ListAsAbnormal {
    const PAYLOAD: &'static str = "ListAsAbnormalPayload";
}
pub enum VerifyRectification {}
impl Mutation for VerifyRectification {
    const PAYLOAD: &'static str = "VerifyRectificationPayload";
}
pub enum RemoveFromAbnormal {}
impl Mutation for RemoveFromAbnormal {
    const PAYLOAD: &'static str = "RemoveFromAbnormalPayload";
}
pub enum ListAsSerious {}
impl Mutation for ListAsSerious {
    const PAYLOAD: &'static str = "ListAsSeriousPayload";
}
pub enum RemoveFromSerious {}
impl Mutation for RemoveFromSerious {
    const PAYLOAD: &'static str = "RemoveFromSeriousPayload";
}
pub enum RateOrganisation {}
impl Mutation for RateOrganisation {
    const PAYLOAD: &'static str = "RateOrganisationPayload";
}
pub enum DesignateHub {}
impl Mutation for DesignateHub {
    const PAYLOAD: &'static str = "DesignateHubPayload";
}
pub enum EndHubDesignation {}
impl Mutation for EndHubDesignation {
    const PAYLOAD: &'static str = "EndHubDesignationPayload";
}
pub enum AdmitHubMember {}
impl Mutation for AdmitHubMember {
    const PAYLOAD: &'static str = "AdmitHubMemberPayload";
}
pub enum ReleaseHubMember {}
impl Mutation for ReleaseHubMember {
    const PAYLOAD: &'static str = "ReleaseHubMemberPayload";
}
