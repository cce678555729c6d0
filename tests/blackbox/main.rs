//! Black-box tests: the real `civic-ledger` binary on a random port, spoken to over HTTP and
//! WebSocket the way a client would, and its CLI run as an operator would.

#[macro_use]
mod support;

mod audit;
mod backdate;
mod bids;
mod board;
mod catalogue;
mod commands;
mod committee;
mod console;
mod contest;
mod contract;
mod details;
mod hostile;
mod jury;
mod language;
mod lifecycle;
mod limits;
mod menu;
mod ocds;
mod operations;
mod performance;
mod postgres;
mod procurement;
mod procurement_path;
mod procurement_support;
mod purchase_audit;
mod registry;
mod registry_rules;
mod ticks;
