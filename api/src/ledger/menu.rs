//! The menu and its orders on the command path. A menu's stream is named by its jurisdiction
//! (`menu-440303`), as the guidance catalogue's is; an order's by its id. Collecting needs
//! reads the jurisdiction's menu as it stands (MENU-ITEM, and the version the order records);
//! implementing through a procurement reads that procurement; acceptance reads the contract
//! signed from it (MENU-FLOW).

use chrono::{DateTime, Utc};
use civic_domain::menu::{OrderedContract, OrderedProcurement};
use civic_domain::{Menu, MenuCommand, MenuOrder, MenuOrderCommand, MenuOrderFacts, Procurement};
use uuid::Uuid;

use super::execute::Handled;
use super::{Ledger, LedgerError, Said};

impl Handled for Menu {
    const NOUN: &'static str = "menu";
    const NOUN_ZH: &'static str = "服务菜单";

    fn jurisdiction(&self, command: &MenuCommand) -> Option<String> {
        match command {
            MenuCommand::Load { jurisdiction, .. } => Some(jurisdiction.as_str().to_owned()),
            _ => self.jurisdiction().map(|j| j.as_str().to_owned()),
        }
    }

    fn missing(jurisdiction: &str) -> LedgerError {
        LedgerError::NotFound(Said::new(
            format!("no menu (服务菜单) has been loaded for {jurisdiction} yet; load one first"),
            format!("{jurisdiction} 尚未导入服务菜单，请先导入"),
        ))
    }

    /// The menu's rules read only its own stream.
    async fn facts(
        _ledger: &Ledger,
        _state: &Menu,
        _command: &MenuCommand,
        _now: DateTime<Utc>,
    ) -> Result<(), LedgerError> {
        Ok(())
    }
}

impl Handled for MenuOrder {
    const NOUN: &'static str = "menu order";
    const NOUN_ZH: &'static str = "点单";

    fn jurisdiction(&self, command: &MenuOrderCommand) -> Option<String> {
        match command {
            MenuOrderCommand::CollectNeeds { jurisdiction, .. } => {
                Some(jurisdiction.as_str().to_owned())
            }
            _ => self.jurisdiction.as_ref().map(|j| j.as_str().to_owned()),
        }
    }

    /// An order is given a fresh id on each try.
    fn digest_form(command: &MenuOrderCommand) -> MenuOrderCommand {
        let mut command = command.clone();
        if let MenuOrderCommand::CollectNeeds { order_id, .. } = &mut command {
            *order_id = Uuid::nil();
        }
        command
    }

    async fn facts(
        ledger: &Ledger,
        state: &MenuOrder,
        command: &MenuOrderCommand,
        _now: DateTime<Utc>,
    ) -> Result<MenuOrderFacts, LedgerError> {
        use civic_domain::menu::Implementation;
        let mut facts = MenuOrderFacts::default();
        match command {
            MenuOrderCommand::CollectNeeds { jurisdiction, .. } => {
                facts.menu = ledger
                    .load::<Menu>(jurisdiction)
                    .await?
                    .map(|m| (m.version, m.state));
            }
            MenuOrderCommand::Implement {
                by: Implementation::Procurement { procurement_id },
                ..
            } => {
                facts.procurement =
                    ledger
                        .load::<Procurement>(procurement_id)
                        .await?
                        .and_then(|p| {
                            let terms = p.state.terms?;
                            Some(OrderedProcurement {
                                id: *procurement_id,
                                jurisdiction: terms.jurisdiction,
                                purchaser_unit: terms.purchaser_unit,
                                budget: terms.budget,
                                status: p.state.status?,
                            })
                        });
            }
            MenuOrderCommand::Accept { .. } => {
                if let Some(procurement_id) = state.procurement_id() {
                    let row = civic_projections::contracts::of_procurement(
                        ledger.read_models(),
                        procurement_id,
                    )
                    .await?;
                    facts.contract = row.and_then(|r| {
                        Some(OrderedContract {
                            id: r.id,
                            procurement_id: r.procurement_id,
                            status: r.state.status?,
                        })
                    });
                }
            }
            MenuOrderCommand::ReviewByCouncil { .. }
            | MenuOrderCommand::Decide { .. }
            | MenuOrderCommand::Implement { .. } => {}
        }
        Ok(facts)
    }
}
