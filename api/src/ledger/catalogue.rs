//! The guidance catalogue on the command path: one stream per jurisdiction, named by its code
//! (`catalogue-440304`), so that a jurisdiction has one catalogue whichever server loads it.

use chrono::{DateTime, Utc};
use civic_domain::{Catalogue, CatalogueCommand};

use super::execute::Handled;
use super::{Ledger, LedgerError, Said};

impl Handled for Catalogue {
    const NOUN: &'static str = "catalogue";
    const NOUN_ZH: &'static str = "指导性目录";

    fn jurisdiction(&self, command: &CatalogueCommand) -> Option<String> {
        match command {
            CatalogueCommand::Load { jurisdiction, .. } => Some(jurisdiction.as_str().to_owned()),
            _ => self.jurisdiction.as_ref().map(|j| j.as_str().to_owned()),
        }
    }

    /// The stream is named by the jurisdiction, not by an id a clerk was given.
    fn missing(jurisdiction: &str) -> LedgerError {
        LedgerError::NotFound(Said::new(
            format!(
                "no guidance catalogue (指导性目录) has been loaded for {jurisdiction} yet; load one first"
            ),
            format!("{jurisdiction} 尚未导入指导性目录，请先导入"),
        ))
    }

    /// The catalogue's rules read only its own stream.
    async fn facts(
        _ledger: &Ledger,
        _state: &Catalogue,
        _command: &CatalogueCommand,
        _now: DateTime<Utc>,
    ) -> Result<(), LedgerError> {
        Ok(())
    }
}
