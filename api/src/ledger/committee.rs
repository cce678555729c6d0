//! Evaluation committees on the command path.

use civic_domain::Procurement;
use civic_domain::procurement::EvaluationReport;

use super::{Ledger, LedgerError};

impl Ledger {
    /// The report of the committee that evaluated `procurement`, once it concluded.
    pub(super) async fn evaluation_report(
        &self,
        procurement: &Procurement,
    ) -> Result<Option<EvaluationReport>, LedgerError> {
        Err(LedgerError::Internal(format!(
            "evaluating {:?}: committees are not wired to the store yet",
            procurement.id
        )))
    }
}
