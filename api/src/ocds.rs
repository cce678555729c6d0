//! OCDS export (rule OCDS, docs/ocds.md): reads a purchase's streams from the event store and
//! hands them to `civic-ocds`, for the `civic-ledger ocds` command, the stable URLs
//! `/ocds/releases/{ocid}.json` and `/ocds/records/{ocid}.json`, and the GraphQL queries.
//! Everything exported is public: the published notice and what followed it, bids only once
//! opened, organisations by name and credit code.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use civic_domain::{
    Aggregate, BidEvent, Contract, ContractEvent, DomainEvent, Organisation, OrganisationEvent,
    Procurement, ProcurementEvent,
};
use civic_ocds::{OrganisationRecord, Publication, Purchase, Recorded};
use civic_store::{Direction, EventStore, RecordedEvent, StreamFrom};
use serde_json::Value;
use uuid::Uuid;

use crate::ledger::{Ledger, LedgerError};

/// A purchase whose streams hold more events than this is refused rather than exported
/// partly: no real procurement comes near it (a notice, a few amendments, the opening, …).
pub const MAX_STREAM_EVENTS: usize = 10_000;
/// Purchases in one package written by `civic-ledger ocds`.
pub const MAX_PURCHASES: usize = 1_000;
const PAGE: usize = 500;

pub const DEFAULT_PUBLISHER: &str = "civic-ledger";
pub const DEFAULT_BASE_URL: &str = "http://localhost:8080";

static PUBLICATION: OnceLock<Publication> = OnceLock::new();

/// Sets the deployment's prefix and publisher once, at start-up (`serve`, `ocds`).
pub fn configure(publication: Publication) {
    let _ = PUBLICATION.set(publication);
}

/// The configured publication, or the documented defaults.
pub fn publication() -> &'static Publication {
    PUBLICATION.get_or_init(|| Publication {
        ocid_prefix: civic_ocds::DEFAULT_OCID_PREFIX.to_owned(),
        publisher_name: DEFAULT_PUBLISHER.to_owned(),
        base_uri: DEFAULT_BASE_URL.to_owned(),
    })
}

/// Checks a prefix as OCDS writes them: `ocds-` and a registered code of lowercase letters and
/// digits (6 for an OCP-issued prefix; other lengths are allowed for tests and local use).
pub fn parse_ocid_prefix(s: &str) -> Result<String, String> {
    let ok = s.strip_prefix("ocds-").is_some_and(|code| {
        !code.is_empty()
            && code.len() <= 32
            && code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    });
    if ok {
        Ok(s.to_owned())
    } else {
        Err(format!(
            "'{s}' is not an ocid prefix: it is 'ocds-' followed by the lowercase letters and digits the Open Contracting Partnership registered for you, e.g. ocds-a1b2c3"
        ))
    }
}

async fn read_stream(
    store: &dyn EventStore,
    stream: &str,
) -> Result<Vec<RecordedEvent>, LedgerError> {
    let mut out: Vec<RecordedEvent> = Vec::new();
    loop {
        let from = out
            .last()
            .map_or(StreamFrom::Start, |e| StreamFrom::Version(e.version + 1));
        let page = store
            .read_stream(stream, from, Direction::Forwards, PAGE)
            .await?;
        let n = page.len();
        out.extend(page);
        if out.len() > MAX_STREAM_EVENTS {
            return Err(LedgerError::Validation(crate::ledger::Said::new(
                format!(
                    "{stream} has more than {MAX_STREAM_EVENTS} events; it is too long to export as OCDS"
                ),
                format!("{stream} 的事件超过{MAX_STREAM_EVENTS}个，过长，无法导出为 OCDS"),
            )));
        }
        if n < PAGE {
            return Ok(out);
        }
    }
}

fn decode<E: DomainEvent>(events: Vec<RecordedEvent>) -> Result<Vec<Recorded<E>>, LedgerError> {
    events
        .into_iter()
        .map(|e| {
            let event = E::from_stored(&e.kind, e.schema, &e.data).map_err(|err| {
                LedgerError::Internal(format!("{} v{}: {err}", e.stream, e.version))
            })?;
            Ok(Recorded {
                stream: e.stream,
                version: e.version,
                event,
            })
        })
        .collect()
}

/// An organisation's credit code and its names over time, from its stream.
async fn organisation(store: &dyn EventStore, id: Uuid) -> Result<OrganisationRecord, LedgerError> {
    let events = read_stream(store, &crate::ledger::organisation_stream(&id)).await?;
    let mut state = Organisation::default();
    let mut record = OrganisationRecord::default();
    for e in events {
        let event = OrganisationEvent::from_stored(&e.kind, e.schema, &e.data)
            .map_err(|err| LedgerError::Internal(format!("{} v{}: {err}", e.stream, e.version)))?;
        state = state.evolve(&event);
        if !state.name.is_empty() && record.names.last().map(|(_, n)| n) != Some(&state.name) {
            record.names.push((e.recorded_at, state.name.clone()));
        }
        if let Some(code) = &state.credit_code {
            record.credit_code = Some(code.as_str().to_owned());
        }
    }
    Ok(record)
}

/// The contract signed from a procurement (one at most, CON-SIGN), from the read model.
pub async fn contract_of(
    ledger: &Ledger,
    procurement_id: Uuid,
) -> Result<Option<Uuid>, LedgerError> {
    Ok(
        civic_projections::contracts::of_procurement(ledger.read_models(), procurement_id)
            .await?
            .map(|row| row.id),
    )
}

/// One purchase's history (with the contract `contract`, when one was signed from it), or
/// `None` when there is no such procurement.
pub async fn purchase(
    store: &dyn EventStore,
    procurement_id: Uuid,
    contract: Option<Uuid>,
) -> Result<Option<Purchase>, LedgerError> {
    let stream = format!("{}-{procurement_id}", Procurement::CATEGORY);
    let procurement: Vec<Recorded<ProcurementEvent>> = decode(read_stream(store, &stream).await?)?;
    if procurement.is_empty() {
        return Ok(None);
    }
    // Bids and bidders are read only once opened: before the opening nothing of them is public.
    let mut bid_ids = Vec::new();
    let mut organisation_ids = Vec::new();
    for r in &procurement {
        match &r.event {
            ProcurementEvent::BidsOpened { bids, .. } => {
                for b in bids {
                    if !bid_ids.contains(&b.bid_id) {
                        bid_ids.push(b.bid_id);
                    }
                    if !organisation_ids.contains(&b.organisation_id) {
                        organisation_ids.push(b.organisation_id);
                    }
                }
            }
            ProcurementEvent::AwardNoticed {
                organisation_id, ..
            } if !organisation_ids.contains(organisation_id) => {
                organisation_ids.push(*organisation_id);
            }
            _ => {}
        }
    }
    let mut bids = Vec::with_capacity(bid_ids.len());
    for id in bid_ids {
        let stream = format!("{}-{id}", civic_domain::Bid::CATEGORY);
        bids.push(decode::<BidEvent>(read_stream(store, &stream).await?)?);
    }
    let contract = match contract {
        Some(id) => {
            let stream = format!("{}-{id}", Contract::CATEGORY);
            decode::<ContractEvent>(read_stream(store, &stream).await?)?
        }
        None => Vec::new(),
    };
    let mut organisations = BTreeMap::new();
    for id in organisation_ids {
        organisations.insert(id, organisation(store, id).await?);
    }
    Ok(Some(Purchase {
        procurement_id,
        procurement,
        bids,
        contract,
        organisations,
    }))
}

/// A purchase's releases; empty for one never published (or not there).
pub async fn releases(
    store: &dyn EventStore,
    procurement_id: Uuid,
    contract: Option<Uuid>,
) -> Result<Vec<Value>, LedgerError> {
    Ok(match purchase(store, procurement_id, contract).await? {
        Some(p) => civic_ocds::releases(&p, publication()),
        None => Vec::new(),
    })
}

/// The release package of one purchase, `None` if it has no release.
pub async fn release_package(
    ledger: &Ledger,
    procurement_id: Uuid,
) -> Result<Option<Value>, LedgerError> {
    let contract = contract_of(ledger, procurement_id).await?;
    let releases = releases(ledger.store().as_ref(), procurement_id, contract).await?;
    if releases.is_empty() {
        return Ok(None);
    }
    let p = publication();
    let uri = p.uri("releases", &p.ocid(procurement_id));
    Ok(Some(civic_ocds::release_package(p, uri, releases)))
}

/// The record package of one purchase, `None` if it has no release.
pub async fn record_package(
    ledger: &Ledger,
    procurement_id: Uuid,
) -> Result<Option<Value>, LedgerError> {
    let contract = contract_of(ledger, procurement_id).await?;
    let releases = releases(ledger.store().as_ref(), procurement_id, contract).await?;
    let Some(record) =
        civic_ocds::record(releases).map_err(|e| LedgerError::Internal(e.to_string()))?
    else {
        return Ok(None);
    };
    let p = publication();
    let uri = p.uri("records", &p.ocid(procurement_id));
    Ok(Some(civic_ocds::record_package(p, uri, vec![record])))
}

/// The procurement id in `{ocid}.json` under this deployment's prefix.
pub fn procurement_of_file(file: &str) -> Option<Uuid> {
    let ocid = file.strip_suffix(".json")?;
    let id = ocid
        .strip_prefix(&publication().ocid_prefix)?
        .strip_prefix('-')?;
    Uuid::parse_str(id).ok()
}

/// Every procurement in the store, oldest first, with the contract signed from it (a scan of
/// the log: the command line reads the events only, without the read models).
pub async fn procurement_ids(
    store: &dyn EventStore,
) -> Result<Vec<(Uuid, Option<Uuid>)>, LedgerError> {
    let prefix = format!("{}-", Procurement::CATEGORY);
    let contract_prefix = format!("{}-", Contract::CATEGORY);
    let mut ids: Vec<(Uuid, Option<Uuid>)> = Vec::new();
    let mut contracts: BTreeMap<Uuid, Uuid> = BTreeMap::new();
    let mut from = 1;
    loop {
        let page = store.read_all(from, PAGE).await?;
        let Some(last) = page.last() else {
            break;
        };
        from = last.position + 1;
        for e in &page {
            if e.version == 0
                && let Some(id) = e.stream.strip_prefix(&prefix)
                && let Ok(id) = Uuid::parse_str(id)
            {
                ids.push((id, None));
            }
            if e.version == 0
                && e.stream.starts_with(&contract_prefix)
                && let Ok(ContractEvent::ContractSigned {
                    contract_id,
                    procurement_id,
                    ..
                }) = ContractEvent::from_stored(&e.kind, e.schema, &e.data)
            {
                contracts.insert(procurement_id, contract_id);
            }
        }
        if page.len() < PAGE {
            break;
        }
    }
    for (procurement, contract) in &mut ids {
        *contract = contracts.get(procurement).copied();
    }
    Ok(ids)
}
