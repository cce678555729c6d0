//! Contracts on the command path: signing reads the procurement it is signed from, as it
//! stands (its award, the challenges to it and the terms the contract copies); every other
//! command is decided on the contract's own record.

use chrono::{DateTime, Utc};
use civic_domain::contract::{AwardedProcurement, GrantedProject};
use civic_domain::{Contest, Contract, ContractCommand, ContractFacts, Procurement};
use uuid::Uuid;

use super::execute::Handled;
use super::{Ledger, LedgerError};

impl Handled for Contract {
    const NOUN: &'static str = "contract";
    const NOUN_ZH: &'static str = "合同";

    /// A contract's jurisdiction is its procurement's, copied at signing; a Sign learns it
    /// from the facts ([`Handled::facts_jurisdiction`]).
    fn jurisdiction(&self, _command: &ContractCommand) -> Option<String> {
        self.jurisdiction().map(|j| j.as_str().to_owned())
    }

    fn facts_jurisdiction(facts: &ContractFacts) -> Option<String> {
        let terms = match (&facts.procurement, &facts.grant) {
            (Some(p), _) => &p.terms,
            (None, Some(g)) => &g.terms,
            (None, None) => return None,
        };
        Some(terms.jurisdiction.as_str().to_owned())
    }

    /// A signing, a payment and a supplement are each given a fresh id on each try.
    fn digest_form(command: &ContractCommand) -> ContractCommand {
        let mut command = command.clone();
        match &mut command {
            ContractCommand::Sign {
                contract_id: id, ..
            }
            | ContractCommand::SignFromGrant {
                contract_id: id, ..
            }
            | ContractCommand::RecordPayment { payment_id: id, .. }
            | ContractCommand::Supplement {
                supplement_id: id, ..
            } => *id = Uuid::nil(),
            _ => {}
        }
        command
    }

    async fn facts(
        ledger: &Ledger,
        _state: &Contract,
        command: &ContractCommand,
        _now: DateTime<Utc>,
    ) -> Result<ContractFacts, LedgerError> {
        match command {
            ContractCommand::Sign { procurement_id, .. } => {
                let procurement = ledger
                    .load::<Procurement>(procurement_id)
                    .await?
                    .and_then(|p| AwardedProcurement::of(&p.state));
                Ok(ContractFacts {
                    procurement,
                    grant: None,
                })
            }
            ContractCommand::SignFromGrant {
                contest_id,
                submission_id,
                service_start,
                service_end,
                ..
            } => {
                let grant = ledger.load::<Contest>(contest_id).await?.and_then(|c| {
                    GrantedProject::of(&c.state, *submission_id, (*service_start, *service_end))
                });
                Ok(ContractFacts {
                    procurement: None,
                    grant,
                })
            }
            _ => Ok(ContractFacts::default()),
        }
    }
}
