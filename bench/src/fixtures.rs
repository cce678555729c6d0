//! Registry data that passes every rule: social service organisations (社会服务机构, credit-code
//! kind digit '2') of Shenzhen's districts with valid and unique credit codes, names unique per
//! registration authority, and the events the domain decides for them, hash-chained the way the
//! store chains them so that `EventStore::import` accepts them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use civic_domain::values::resident_id_check_digit;
use civic_domain::{
    Aggregate, Application, ChangeRequest, Context, CreditCode, DomainEvent, Jurisdiction,
    LegalRepresentative, Money, Organisation, OrganisationCommand, OrganisationEvent,
    OrganisationKind, OrganisationStatus,
};
use civic_store::{ExpectedVersion, GENESIS_HASH, NewEvent, RecordedEvent, chain_hash};
use serde_json::{Value, json};
use uuid::Uuid;

/// Registration authorities the data is spread over (GB/T 2260 codes of Shenzhen's districts).
pub const DISTRICTS: [(&str, &str); 8] = [
    ("440303", "深圳市罗湖区"),
    ("440304", "深圳市福田区"),
    ("440305", "深圳市南山区"),
    ("440306", "深圳市宝安区"),
    ("440307", "深圳市龙岗区"),
    ("440308", "深圳市盐田区"),
    ("440309", "深圳市龙华区"),
    ("440310", "深圳市坪山区"),
];

/// The city the registrar of the benchmarks acts for; it covers every district above.
pub const CITY: &str = "440300";

const USCC_ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// The district of organisation number `n`: (division code, name).
pub fn district(n: u64) -> (&'static str, &'static str) {
    DISTRICTS[(n % DISTRICTS.len() as u64) as usize]
}

/// A valid civil-affairs credit code of a social service organisation, unique for every
/// `n < 31^6` (887,503,681).
pub fn credit_code(n: u64) -> CreditCode {
    let (division, _) = district(n);
    let mut body = *b"MJ000000";
    let mut rest = n;
    for slot in body[2..].iter_mut().rev() {
        *slot = USCC_ALPHABET[(rest % 31) as usize];
        rest /= 31;
    }
    assert_eq!(
        rest, 0,
        "organisation number {n} is too large for a credit code"
    );
    let body = std::str::from_utf8(&body).expect("ASCII");
    CreditCode::from_parts(
        OrganisationKind::SocialServiceOrg.credit_code_digit(),
        division,
        body,
    )
    .expect("a credit code built from valid parts")
}

fn representative(n: u64) -> LegalRepresentative {
    let first17 = format!("44030419800101{:03}", n % 1000);
    let id = format!(
        "{first17}{}",
        resident_id_check_digit(&first17).expect("17 digits")
    );
    LegalRepresentative::new("张三", id, format!("138{:08}", n % 100_000_000))
        .expect("a valid legal representative")
}

/// The application of organisation number `n`.
pub fn application(n: u64) -> Application {
    let (division, name) = district(n);
    Application {
        name: format!("{name}第{n}社会工作服务中心"),
        kind: OrganisationKind::SocialServiceOrg,
        credit_code: credit_code(n),
        domicile: format!("{name}民生路{}号", n % 997 + 1),
        purpose: "为辖区居民提供社会工作服务，促进社区和谐".into(),
        business_scope: "社区社会工作服务、养老服务、志愿者培训、政策咨询".into(),
        legal_representative: representative(n),
        registered_funds: Money::from_fen(3_000_000).expect("30,000 yuan"),
        public_fundraising: false,
        supervisory_unit: None,
        jurisdiction: Jurisdiction::parse(division).expect("a valid division code"),
    }
}

pub fn apply_command(id: Uuid, n: u64) -> OrganisationCommand {
    OrganisationCommand::Apply {
        organisation_id: id,
        application: application(n),
    }
}

/// A change registration (变更登记) moving organisation number `n` to a new domicile; `tag`
/// makes the address differ from every earlier one.
pub fn change_command(n: u64, tag: &str) -> OrganisationCommand {
    let (_, name) = district(n);
    OrganisationCommand::RegisterChange(ChangeRequest {
        domicile: Some(format!("{name}福中三路{tag}号")),
        ..ChangeRequest::default()
    })
}

pub fn stream_of(id: &Uuid) -> String {
    format!("{}-{id}", Organisation::CATEGORY)
}

/// Event metadata of the same shape the command handler writes.
pub fn metadata(command: &str, command_id: Uuid, jurisdiction: &str) -> Value {
    json!({
        "actorId": "bench",
        "actorRole": "registrar",
        "actorJurisdiction": CITY,
        "jurisdiction": jurisdiction,
        "command": command,
        "commandId": command_id.to_string(),
        "correlationId": Uuid::now_v7().to_string(),
        "causationId": command_id.to_string(),
        "reason": Value::Null,
    })
}

pub fn new_event(event: &OrganisationEvent, metadata: Value) -> NewEvent {
    NewEvent {
        id: Uuid::now_v7(),
        kind: event.kind().to_owned(),
        schema: event.schema(),
        data: event.to_data(),
        metadata,
    }
}

/// One organisation's life as the domain decides it, outside any store.
#[derive(Debug, Clone)]
pub struct OrgSim {
    pub n: u64,
    pub id: Uuid,
    pub stream: String,
    pub state: Organisation,
    /// The version of the stream's last event.
    pub version: Option<u64>,
}

impl OrgSim {
    pub fn new(n: u64) -> Self {
        let id = Uuid::now_v7();
        OrgSim {
            n,
            id,
            stream: stream_of(&id),
            state: Organisation::default(),
            version: None,
        }
    }

    pub fn jurisdiction(&self) -> &'static str {
        district(self.n).0
    }

    /// The next command of an ordinary life: apply, approve, then change registrations.
    pub fn next_command(&self) -> OrganisationCommand {
        match self.state.status {
            None => apply_command(self.id, self.n),
            Some(OrganisationStatus::Applied) => OrganisationCommand::Approve,
            Some(_) => change_command(self.n, &(self.state.changes_count + 1).to_string()),
        }
    }

    /// Decides `command` at `now`, evolves the state, and returns the events to append with the
    /// expectation the command handler would state.
    pub fn run(
        &mut self,
        command: &OrganisationCommand,
        now: DateTime<Utc>,
    ) -> (ExpectedVersion, Vec<NewEvent>) {
        let decided = self
            .state
            .decide(command, &Context::at(now))
            .unwrap_or_else(|e| panic!("{} refused for the benchmark data: {e}", command.name()));
        let expected = self
            .version
            .map_or(ExpectedVersion::NoStream, ExpectedVersion::Exact);
        let command_id = Uuid::now_v7();
        let jurisdiction = self.jurisdiction();
        let events = decided
            .iter()
            .map(|e| new_event(e, metadata(command.name(), command_id, jurisdiction)))
            .collect();
        for e in &decided {
            self.state = std::mem::take(&mut self.state).evolve(e);
            self.version = Some(self.version.map_or(0, |v| v + 1));
        }
        (expected, events)
    }
}

/// Every stream's next version and last hash: records events exactly as the store would.
#[derive(Debug, Clone, Default)]
pub struct Chains {
    heads: HashMap<String, (u64, [u8; 32])>,
}

impl Chains {
    pub fn record(&mut self, stream: &str, event: NewEvent, at: DateTime<Utc>) -> RecordedEvent {
        let (version, prev) = self.heads.get(stream).copied().unwrap_or((0, GENESIS_HASH));
        let mut recorded = RecordedEvent {
            position: 0,
            stream: stream.to_owned(),
            version,
            id: event.id,
            kind: event.kind,
            schema: event.schema,
            data: event.data,
            metadata: event.metadata,
            recorded_at: at,
            hash: [0; 32],
        };
        recorded.hash = chain_hash(&prev, &recorded).expect("event payloads hold no floats");
        self.heads
            .insert(stream.to_owned(), (version + 1, recorded.hash));
        recorded
    }
}

/// An instant with whole microseconds, as the store keeps them.
pub fn micros(at: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(at.timestamp_micros()).expect("in range")
}

/// Registered (ACTIVE) organisations for the change commands of W1, and their events.
pub struct Pool {
    pub orgs: Vec<OrgSim>,
    pub events: Vec<RecordedEvent>,
    pub chains: Chains,
}

impl Pool {
    /// `size` organisations, each applied for and approved, numbered from 0.
    pub fn generate(size: usize) -> Pool {
        let at = micros(Utc::now() - chrono::Duration::hours(1));
        let mut chains = Chains::default();
        let mut events = Vec::with_capacity(2 * size);
        let mut orgs = Vec::with_capacity(size);
        for n in 0..size as u64 {
            let mut org = OrgSim::new(n);
            for _ in 0..2 {
                let command = org.next_command();
                let (_, new) = org.run(&command, at);
                for e in new {
                    events.push(chains.record(&org.stream, e, at));
                }
            }
            orgs.push(org);
        }
        Pool {
            orgs,
            events,
            chains,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_codes_are_valid_and_distinct() {
        let codes: std::collections::HashSet<String> = (0..2000)
            .chain([31u64.pow(6) - 1])
            .map(|n| credit_code(n).as_str().to_owned())
            .collect();
        assert_eq!(codes.len(), 2001);
        for c in &codes {
            assert!(CreditCode::parse(c).is_ok(), "{c}");
        }
    }

    #[test]
    fn an_organisation_lives_through_apply_approve_and_changes() {
        let mut org = OrgSim::new(42);
        let now = micros(Utc::now());
        for _ in 0..5 {
            let command = org.next_command();
            let (_, events) = org.run(&command, now);
            assert_eq!(events.len(), 1);
        }
        assert_eq!(org.state.status, Some(OrganisationStatus::Active));
        assert_eq!(org.state.changes_count, 3);
        assert_eq!(org.version, Some(4));
    }

    #[test]
    fn recorded_chains_verify() {
        let pool = Pool::generate(3);
        let mut verifier = civic_store::ChainVerifier::default();
        for (i, e) in pool.events.iter().enumerate() {
            let mut e = e.clone();
            e.position = i as u64 + 1;
            verifier.check(&e).unwrap();
        }
    }
}
