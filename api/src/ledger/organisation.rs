//! The registry's aggregate on the command path: the facts its rules read from other streams
//! (who holds a credit code or a live name, whether a hub's new member is live).

use chrono::{DateTime, Utc};
use civic_domain::organisation::live_name_key;
use civic_domain::{DomainCommand, Organisation, OrganisationCommand, RegistryFacts};
use civic_projections::organisations::{OrganisationRow, organisation_id};
use uuid::Uuid;

use super::execute::{Handled, Outcome};
use super::{Ledger, LedgerError};

impl Handled for Organisation {
    const NOUN: &'static str = "organisation";
    const NOUN_ZH: &'static str = "社会组织";

    fn jurisdiction(&self, command: &OrganisationCommand) -> Option<String> {
        match command.application() {
            Some(application) => Some(application.jurisdiction.as_str().to_owned()),
            None => self.jurisdiction.as_ref().map(|j| j.as_str().to_owned()),
        }
    }

    /// An application's organisation id is drawn for it by the API.
    fn fresh_stream(command: &OrganisationCommand) -> bool {
        command.opens_stream()
    }

    /// An application carries a fresh organisation id on each try.
    fn digest_form(command: &OrganisationCommand) -> OrganisationCommand {
        let mut command = command.clone();
        if let OrganisationCommand::Apply {
            organisation_id, ..
        }
        | OrganisationCommand::ApplyForPreparation {
            organisation_id, ..
        } = &mut command
        {
            *organisation_id = Uuid::nil();
        }
        command
    }

    async fn facts(
        ledger: &Ledger,
        state: &Organisation,
        command: &OrganisationCommand,
        _now: DateTime<Utc>,
    ) -> Result<RegistryFacts, LedgerError> {
        if let OrganisationCommand::AdmitHubMember { member_id } = command {
            let member = ledger.load::<Organisation>(member_id).await?;
            return Ok(RegistryFacts {
                member_is_live: Some(member.is_some_and(|m| m.state.is_live())),
                ..RegistryFacts::default()
            });
        }
        let (code, name, jurisdiction) = match command {
            OrganisationCommand::Apply { application, .. }
            | OrganisationCommand::ApplyForPreparation { application, .. } => (
                Some(application.credit_code.as_str().to_owned()),
                Some(application.name.clone()),
                Some(application.jurisdiction.as_str().to_owned()),
            ),
            OrganisationCommand::Approve => (
                state.credit_code.as_ref().map(|c| c.as_str().to_owned()),
                Some(state.name.clone()),
                state.jurisdiction.as_ref().map(|j| j.as_str().to_owned()),
            ),
            OrganisationCommand::RegisterChange(change) => (
                None,
                change.name.clone(),
                state.jurisdiction.as_ref().map(|j| j.as_str().to_owned()),
            ),
            _ => (None, None, None),
        };
        // The claims an approval would take (civic_domain's `Organisation::claims`), and who
        // holds them now.
        let mut asked = Vec::with_capacity(2);
        if let Some(code) = code.clone() {
            asked.push(("credit-code".to_owned(), code));
        }
        if let (Some(j), Some(n)) = (&jurisdiction, &name) {
            asked.push(("live-name".to_owned(), live_name_key(j, n)));
        }
        let holders = ledger.read.claim_holders(asked.clone()).await?;
        let holder = |namespace: &str| {
            asked
                .iter()
                .zip(&holders)
                .find(|((ns, _), _)| ns == namespace)
                .and_then(|(_, h)| h.as_deref())
                .and_then(organisation_id)
        };
        Ok(RegistryFacts {
            credit_code_holder: holder("credit-code"),
            live_name_holder: holder("live-name"),
            member_is_live: None,
        })
    }
}

impl Ledger {
    /// The organisation as its stream says now.
    pub async fn load_organisation(&self, id: &Uuid) -> Result<Option<Outcome>, LedgerError> {
        self.load::<Organisation>(id).await
    }

    /// The organisation as it stood at an instant (AUDIT-ASOF); `None` if it did not exist yet.
    pub async fn organisation_as_of(
        &self,
        id: &Uuid,
        at: DateTime<Utc>,
    ) -> Result<Option<Outcome>, LedgerError> {
        self.as_of::<Organisation>(id, at).await
    }

    pub async fn organisation_row(&self, id: Uuid) -> Result<Option<OrganisationRow>, LedgerError> {
        Ok(self.read.organisation(id).await?)
    }
}
