//! The expert pool (评审专家库) on the command path: one stream per jurisdiction, named by its
//! code (`expertpool-440300`), like the catalogue.

use chrono::{DateTime, Utc};
use civic_domain::{ExpertPool, ExpertPoolCommand, Jurisdiction};
use uuid::Uuid;

use super::execute::Handled;
use super::{Ledger, LedgerError, Said};

impl Handled for ExpertPool {
    const NOUN: &'static str = "expert pool";
    const NOUN_ZH: &'static str = "评审专家库";

    fn jurisdiction(&self, command: &ExpertPoolCommand) -> Option<String> {
        match command {
            ExpertPoolCommand::AddExpert { jurisdiction, .. } => {
                Some(jurisdiction.as_str().to_owned())
            }
            _ => self.jurisdiction.as_ref().map(|j| j.as_str().to_owned()),
        }
    }

    /// An added expert carries a fresh id on each try.
    fn digest_form(command: &ExpertPoolCommand) -> ExpertPoolCommand {
        let mut command = command.clone();
        if let ExpertPoolCommand::AddExpert { expert, .. } = &mut command {
            expert.expert_id = Uuid::nil();
        }
        command
    }

    fn missing(jurisdiction: &str) -> LedgerError {
        LedgerError::NotFound(Said::new(
            format!("{jurisdiction} has no expert pool (评审专家库) yet; add its first expert"),
            format!("{jurisdiction} 尚未建立评审专家库，请先添加第一位专家"),
        ))
    }

    /// The pool's rules read only its own stream.
    async fn facts(
        _ledger: &Ledger,
        _state: &ExpertPool,
        _command: &ExpertPoolCommand,
        _now: DateTime<Utc>,
    ) -> Result<(), LedgerError> {
        Ok(())
    }
}

impl Ledger {
    /// The nearest expert pool of a procurement of `jurisdiction` that has been opened.
    pub async fn expert_pool_for(
        &self,
        jurisdiction: &Jurisdiction,
    ) -> Result<Option<ExpertPool>, LedgerError> {
        for j in jurisdiction.nearest_first() {
            if let Some(pool) = self.load::<ExpertPool>(&j).await? {
                return Ok(Some(pool.state));
            }
        }
        Ok(None)
    }
}
