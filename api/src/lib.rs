//! civic-ledger: the server and command-line tool of an event-sourced ledger for civil-affairs
//! registries, government purchase of services, and their audit.

pub mod auth;
mod console;
mod graphiql;
pub mod graphql;
pub mod ledger;
pub mod ocds;
pub mod policy;
pub mod readiness;
pub mod server;
pub mod transfer;
pub mod users;
mod websocket;
