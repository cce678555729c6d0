//! Sealed bids on the command path.

use civic_domain::Procurement;
use civic_domain::procurement::RevealedBid;

use super::{Ledger, LedgerError};

impl Ledger {
    /// Every live bid of `procurement`, unsealed and with its bidder's registry standing read
    /// again: what the opening decides on.
    pub(super) async fn reveal_bids(
        &self,
        procurement: &Procurement,
    ) -> Result<Vec<RevealedBid>, LedgerError> {
        Err(LedgerError::Internal(format!(
            "opening {:?}: bids are not wired to the store yet",
            procurement.id
        )))
    }
}
