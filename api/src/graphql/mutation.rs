use async_graphql::{Context, InputObject, Object, Result};
use civic_domain::{
    Application, ChangeRequest, CreditCode as Code, DomainError, Jurisdiction, LegalRepresentative,
    Money as Amount, OrganisationCommand,
};
use uuid::Uuid;

use super::command::{CommandInput, run};
use super::errors::{Gql, validation};
use super::payload::{self, Payload};
use super::scalars::{CreditCode, Money};
use super::types::OrganisationKind;
use crate::ledger::LedgerError;

#[derive(Default)]
pub struct RegistrationMutation;

#[derive(InputObject)]
pub struct LegalRepresentativeInput {
    pub name: String,
    /// 18-character resident identity card number.
    pub id_number: String,
    /// Mobile (11 digits) or landline (e.g. 0755-12345678).
    pub phone: String,
}

impl LegalRepresentativeInput {
    pub(super) fn parse(self) -> Result<LegalRepresentative, DomainError> {
        LegalRepresentative::new(self.name, self.id_number, self.phone)
    }
}

/// What every application states; the domain's value types check it.
#[derive(InputObject)]
pub struct ApplicationInput {
    pub name: String,
    pub credit_code: CreditCode,
    pub domicile: String,
    pub purpose: String,
    pub business_scope: String,
    pub legal_representative: LegalRepresentativeInput,
    pub registered_funds: Money,
    /// 业务主管单位; omit for direct registration.
    pub supervisory_unit: Option<String>,
    /// GB/T 2260 code of the registration authority (100000 = national).
    pub jurisdiction: String,
}

impl ApplicationInput {
    pub(super) fn into_application(
        self,
        kind: civic_domain::OrganisationKind,
        public_fundraising: bool,
    ) -> Result<Application> {
        Ok(Application {
            name: self.name,
            kind,
            credit_code: Code::parse(&self.credit_code.0).gql()?,
            domicile: self.domicile,
            purpose: self.purpose,
            business_scope: self.business_scope,
            legal_representative: self.legal_representative.parse().gql()?,
            registered_funds: money("registeredFunds", self.registered_funds).gql()?,
            public_fundraising,
            supervisory_unit: self.supervisory_unit,
            jurisdiction: Jurisdiction::parse(&self.jurisdiction).gql()?,
        })
    }
}

#[derive(InputObject)]
pub struct ApplyForRegistrationInput {
    #[graphql(flatten)]
    pub application: ApplicationInput,
    pub kind: OrganisationKind,
    /// Public fundraising (公募): decides a foundation's minimum original fund (REG-MIN-FUNDS).
    #[graphql(default = false)]
    pub public_fundraising: bool,
    /// Makes a retry safe: the same id returns the first outcome and writes nothing.
    pub command_id: Option<Uuid>,
    /// A new application has no version yet: when given it must be null.
    pub expected_version: Option<u64>,
}

#[derive(InputObject)]
pub struct ApproveRegistrationInput {
    pub organisation_id: Uuid,
    pub command_id: Option<Uuid>,
    /// The version you read; the command fails with CONFLICT if someone changed it since.
    pub expected_version: Option<u64>,
}

#[derive(InputObject)]
pub struct RefuseRegistrationInput {
    pub organisation_id: Uuid,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// Give only the fields that change.
#[derive(InputObject)]
pub struct RegisterChangeInput {
    pub organisation_id: Uuid,
    pub name: Option<String>,
    pub domicile: Option<String>,
    pub purpose: Option<String>,
    pub business_scope: Option<String>,
    pub legal_representative: Option<LegalRepresentativeInput>,
    pub registered_funds: Option<Money>,
    pub supervisory_unit: Option<String>,
    /// Removes the supervisory unit (moving to direct registration).
    #[graphql(default = false)]
    pub remove_supervisory_unit: bool,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct DeregisterOrganisationInput {
    pub organisation_id: Uuid,
    pub reason: Option<String>,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct RevokeRegistrationInput {
    pub organisation_id: Uuid,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

pub(super) fn money(field: &'static str, m: Money) -> Result<Amount, LedgerError> {
    Amount::parse(&m.0).map_err(|e| LedgerError::Domain(e.in_field(field)))
}

#[Object]
impl RegistrationMutation {
    /// Records an application for registration (登记申请) of a social group, social service
    /// organisation or foundation.
    async fn apply_for_registration(
        &self,
        ctx: &Context<'_>,
        input: ApplyForRegistrationInput,
    ) -> Result<Payload<payload::ApplyForRegistration>> {
        if input.expected_version.is_some() {
            return Err(super::errors::no_version_yet(
                "a new application",
                "登记申请",
            ));
        }
        let application = input
            .application
            .into_application(input.kind.into(), input.public_fundraising)?;
        let id = Uuid::now_v7();
        let command = OrganisationCommand::Apply {
            organisation_id: id,
            application,
        };
        let new = CommandInput {
            command_id: input.command_id,
            expected_version: None,
        };
        run(ctx, id, command, new).await
    }

    /// Approves a pending application: the organisation is registered (准予登记).
    async fn approve_registration(
        &self,
        ctx: &Context<'_>,
        input: ApproveRegistrationInput,
    ) -> Result<Payload<payload::ApproveRegistration>> {
        run(
            ctx,
            input.organisation_id,
            OrganisationCommand::Approve,
            CommandInput {
                command_id: input.command_id,
                expected_version: input.expected_version,
            },
        )
        .await
    }

    /// Refuses a pending application, with the reason the applicant is told.
    async fn refuse_registration(
        &self,
        ctx: &Context<'_>,
        input: RefuseRegistrationInput,
    ) -> Result<Payload<payload::RefuseRegistration>> {
        let command = OrganisationCommand::Refuse {
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Registers a change (变更登记); the credit code stays, old and new values are recorded.
    async fn register_change(
        &self,
        ctx: &Context<'_>,
        input: RegisterChangeInput,
    ) -> Result<Payload<payload::RegisterChange>> {
        if input.remove_supervisory_unit && input.supervisory_unit.is_some() {
            return Err(validation(crate::ledger::Said::new(
                "give either a new supervisoryUnit or removeSupervisoryUnit, not both",
                "新的业务主管单位（supervisoryUnit）与取消业务主管单位（removeSupervisoryUnit）只能填写其一",
            )));
        }
        let change = ChangeRequest {
            name: input.name,
            domicile: input.domicile,
            purpose: input.purpose,
            business_scope: input.business_scope,
            legal_representative: input
                .legal_representative
                .map(LegalRepresentativeInput::parse)
                .transpose()
                .gql()?,
            registered_funds: input
                .registered_funds
                .map(|m| money("registeredFunds", m))
                .transpose()
                .gql()?,
            supervisory_unit: if input.remove_supervisory_unit {
                Some(None)
            } else {
                input.supervisory_unit.map(Some)
            },
        };
        let command = OrganisationCommand::RegisterChange(change);
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Deregisters an organisation (注销登记).
    async fn deregister_organisation(
        &self,
        ctx: &Context<'_>,
        input: DeregisterOrganisationInput,
    ) -> Result<Payload<payload::DeregisterOrganisation>> {
        let command = OrganisationCommand::Deregister {
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Revokes a registration (撤销登记), with its reason.
    async fn revoke_registration(
        &self,
        ctx: &Context<'_>,
        input: RevokeRegistrationInput,
    ) -> Result<Payload<payload::RevokeRegistration>> {
        let command = OrganisationCommand::Revoke {
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }
}
