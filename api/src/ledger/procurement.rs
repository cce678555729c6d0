//! Procurements on the command path: the facts a procurement's rules read from other streams
//! (the catalogue item it buys, the failed procurement it procures again, the bids revealed at
//! the opening, the committee's report).

use chrono::{DateTime, Utc};
use civic_domain::catalogue::CatalogueItem;
use civic_domain::{
    Catalogue, CatalogueCode, Jurisdiction, Procurement, ProcurementCommand, ProcurementFacts,
};
use uuid::Uuid;

use super::execute::Handled;
use super::{Ledger, LedgerError};

impl Handled for Procurement {
    const NOUN: &'static str = "procurement";
    const NOUN_ZH: &'static str = "采购项目";

    fn jurisdiction(&self, command: &ProcurementCommand) -> Option<String> {
        match command {
            ProcurementCommand::Draft { terms, .. } => Some(terms.jurisdiction.as_str().to_owned()),
            _ => self
                .terms
                .as_ref()
                .map(|t| t.jurisdiction.as_str().to_owned()),
        }
    }

    /// A draft carries a fresh procurement id on each try, and a challenge a fresh challenge id.
    fn digest_form(command: &ProcurementCommand) -> ProcurementCommand {
        let mut command = command.clone();
        match &mut command {
            ProcurementCommand::Draft { procurement_id, .. } => *procurement_id = Uuid::nil(),
            ProcurementCommand::Challenge { challenge_id, .. } => *challenge_id = Uuid::nil(),
            _ => {}
        }
        command
    }

    async fn facts(
        ledger: &Ledger,
        state: &Procurement,
        command: &ProcurementCommand,
        now: DateTime<Utc>,
    ) -> Result<ProcurementFacts, LedgerError> {
        let mut facts = ProcurementFacts::default();
        match command {
            ProcurementCommand::Draft { terms, .. } => {
                facts.catalogue_item = ledger
                    .catalogue_item(&terms.jurisdiction, &terms.item)
                    .await?;
                if let Some(failed) = terms.reprocures {
                    facts.reprocured = ledger
                        .load::<Procurement>(&failed)
                        .await?
                        .and_then(|o| o.state.status.map(|s| (failed, s)));
                }
            }
            ProcurementCommand::Publish => {
                if let Some(terms) = &state.terms {
                    facts.catalogue_item = ledger
                        .catalogue_item(&terms.jurisdiction, &terms.item)
                        .await?;
                }
            }
            // BID-SEALED holds on the command path too: no bid is decrypted before the opening
            // instant, nor for a procurement that cannot be opened; `decide` then refuses,
            // under its own rule, what would have been decided on no bids.
            ProcurementCommand::Open if may_open(state, now) => {
                facts.revealed = ledger.reveal_bids(state).await?;
            }
            ProcurementCommand::RecordEvaluation => {
                facts.report = ledger.evaluation_report(state).await?;
            }
            _ => {}
        }
        Ok(facts)
    }
}

/// Whether the bids of `state` may be revealed at `now`: its opening instant has come and its
/// bidding is open or closed (not yet opened, nor ended).
fn may_open(state: &Procurement, now: chrono::DateTime<chrono::Utc>) -> bool {
    use civic_domain::ProcurementStatus as S;
    matches!(state.status, Some(S::Published | S::BiddingClosed))
        && state.opening_at().is_some_and(|o| o <= now)
}

impl Ledger {
    /// The item `code` as the nearest catalogue that has it holds it now (`None`: none has).
    pub(super) async fn catalogue_item(
        &self,
        jurisdiction: &Jurisdiction,
        code: &CatalogueCode,
    ) -> Result<Option<CatalogueItem>, LedgerError> {
        for j in jurisdiction.nearest_first() {
            if let Some(catalogue) = self.load::<Catalogue>(&j).await?
                && let Some(item) = catalogue.state.item(code)
            {
                return Ok(Some(item.clone()));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retried_challenge_is_the_same_command_and_another_grounds_is_not() {
        let organisation_id = Uuid::now_v7();
        let challenge = |grounds: &str| ProcurementCommand::Challenge {
            challenge_id: Uuid::now_v7(),
            organisation_id,
            grounds: grounds.to_owned(),
        };
        assert_eq!(
            Procurement::digest_form(&challenge("评分标准适用不一致")),
            Procurement::digest_form(&challenge("评分标准适用不一致"))
        );
        assert_ne!(
            Procurement::digest_form(&challenge("评分标准适用不一致")),
            Procurement::digest_form(&challenge("另一事项"))
        );
    }
}
