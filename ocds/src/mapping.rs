//! From a procurement's events to OCDS releases (the mapping table is docs/ocds.md).

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, SecondsFormat, Utc};
use civic_domain::contract::{Contract, ContractStatus, MilestoneKind};
use civic_domain::procurement::{Exclusion, ProcurementMethod};
use civic_domain::{
    Aggregate, BidEvent, ContractEvent, Money, Procurement, ProcurementEvent, ProcurementStatus,
};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::{Publication, Purchase, Recorded};

/// The org-id.guide list code of the Unified Social Credit Identifier (统一社会信用代码):
/// `CN-USCI` in the org-id register (lists/cn/cn-usci.json, confirmed, not deprecated); the
/// register has no `CN-USCC`.
pub const CREDIT_CODE_SCHEME: &str = "CN-USCI";

/// The single, virtual lot of an undivided tender (lots extension guidance).
const LOT: &str = "1";

const CHINA: FixedOffset = match FixedOffset::east_opt(8 * 3600) {
    Some(o) => o,
    None => panic!("UTC+8 is a valid offset"),
};

/// Fixed width in China Standard Time, so that OCDS's sort by `date` (as strings) is the
/// order of the instants.
fn date(at: DateTime<Utc>) -> String {
    at.with_timezone(&CHINA)
        .to_rfc3339_opts(SecondsFormat::Micros, false)
}

fn day_start(d: NaiveDate) -> String {
    date_of(d, NaiveTime::MIN)
}

fn day_end(d: NaiveDate) -> String {
    date_of(
        d,
        NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN),
    )
}

fn date_of(d: NaiveDate, t: NaiveTime) -> String {
    match d.and_time(t).and_local_timezone(CHINA).single() {
        Some(at) => at.to_rfc3339_opts(SecondsFormat::Secs, false),
        None => d.to_string(),
    }
}

/// Yuan as a JSON number: fen / 100 exactly (two decimals at most), an integer when whole.
pub(crate) fn value(m: Money) -> Value {
    let fen = m.fen();
    let amount = if fen % 100 == 0 {
        json!(fen / 100)
    } else {
        json!(fen as f64 / 100.0)
    };
    json!({"amount": amount, "currency": "CNY"})
}

fn method(m: ProcurementMethod) -> &'static str {
    match m {
        ProcurementMethod::OpenTender => "open",
        ProcurementMethod::InvitedTender => "selective",
        ProcurementMethod::Negotiation
        | ProcurementMethod::Consultation
        | ProcurementMethod::Quotation => "limited",
        ProcurementMethod::SingleSource => "direct",
    }
}

/// The instant an event happened, as the domain recorded it.
fn instant(e: &ProcurementEvent) -> DateTime<Utc> {
    use ProcurementEvent as E;
    match e {
        E::ProcurementDrafted { drafted_at: at, .. }
        | E::ProcurementPublished { published_at: at }
        | E::ProcurementAmended { amended_at: at, .. }
        | E::BiddingClosed { closed_at: at }
        | E::BidsOpened { opened_at: at, .. }
        | E::ProcurementFailed { failed_at: at, .. }
        | E::EvaluationRecorded {
            recorded_at: at, ..
        }
        | E::AwardDeclined {
            declined_at: at, ..
        }
        | E::BidDisqualified {
            disqualified_at: at,
            ..
        }
        | E::AwardNoticed { noticed_at: at, .. }
        | E::ChallengeFiled { filed_at: at, .. }
        | E::ChallengeAnswered {
            answered_at: at, ..
        }
        | E::ComplaintRecorded {
            recorded_at: at, ..
        }
        | E::ProcurementCancelled {
            cancelled_at: at, ..
        } => *at,
    }
}

fn contract_instant(e: &ContractEvent) -> DateTime<Utc> {
    use ContractEvent as E;
    match e {
        E::ContractSigned { signed_at: at, .. }
        | E::ContractSignedFromGrant { signed_at: at, .. }
        | E::MilestoneAccepted {
            accepted_at: at, ..
        }
        | E::PaymentRecorded { paid_at: at, .. }
        | E::ContractSupplemented {
            supplemented_at: at,
            ..
        }
        | E::ContractSuspended {
            suspended_at: at, ..
        }
        | E::ContractResumed { resumed_at: at, .. }
        | E::ContractTerminated {
            terminated_at: at, ..
        }
        | E::ContractCompleted { completed_at: at }
        | E::PaymentCorrected {
            corrected_at: at, ..
        }
        | E::AcceptanceCorrected {
            corrected_at: at, ..
        } => *at,
    }
}

/// One award as published: a committee's recommendation (`pending`), made `active` by the
/// award notice, `cancelled` when declined, disqualified or overturned by a challenge.
#[derive(Debug, Clone)]
struct Award {
    id: String,
    bid_id: Uuid,
    organisation_id: Uuid,
    price: Money,
    status: &'static str,
    date: DateTime<Utc>,
}

struct Amendment {
    id: String,
    date: DateTime<Utc>,
    rationale: String,
    substantive: bool,
    amends: String,
    release: String,
}

/// What the releases so far have published, beyond the procurement's own state.
struct Mapper<'a> {
    purchase: &'a Purchase,
    ocid: String,
    state: Procurement,
    awards: Vec<Award>,
    amendments: Vec<Amendment>,
    last_release: Option<String>,
    /// When each bid was last submitted or replaced.
    bid_dates: BTreeMap<Uuid, DateTime<Utc>>,
    contract: Contract,
    /// Supplements with the releases they amend and are published in.
    supplements: Vec<(Uuid, String, String)>,
}

/// Every release of a purchase, oldest first. A purchase never published has none.
pub fn releases(purchase: &Purchase, publication: &Publication) -> Vec<Value> {
    let mut m = Mapper {
        purchase,
        ocid: publication.ocid(purchase.procurement_id),
        state: Procurement::default(),
        awards: Vec::new(),
        amendments: Vec::new(),
        last_release: None,
        bid_dates: bid_dates(&purchase.bids),
        contract: Contract::default(),
        supplements: Vec::new(),
    };
    // One timeline: the contract's events interleave with the procurement's (a challenge can
    // be answered after signing); of one instant, the procurement's come first.
    let mut timeline: Vec<(DateTime<Utc>, Step<'_>)> = purchase
        .procurement
        .iter()
        .map(|r| (instant(&r.event), Step::Procurement(r)))
        .chain(
            purchase
                .contract
                .iter()
                .map(|r| (contract_instant(&r.event), Step::Contract(r))),
        )
        .collect();
    timeline.sort_by_key(|(at, _)| *at);
    let mut out = Vec::new();
    for (_, step) in timeline {
        let release = match step {
            Step::Procurement(r) => m.step(r),
            Step::Contract(r) => m.contract_step(r),
        };
        if let Some(release) = release {
            out.push(release);
        }
    }
    out
}

enum Step<'a> {
    Procurement(&'a Recorded<ProcurementEvent>),
    Contract(&'a Recorded<ContractEvent>),
}

fn bid_dates(bids: &[Vec<Recorded<BidEvent>>]) -> BTreeMap<Uuid, DateTime<Utc>> {
    let mut dates = BTreeMap::new();
    for stream in bids {
        let mut id = None;
        for r in stream {
            match &r.event {
                BidEvent::BidSubmitted {
                    bid_id,
                    submitted_at,
                    ..
                } => {
                    id = Some(*bid_id);
                    dates.insert(*bid_id, *submitted_at);
                }
                BidEvent::BidReplaced { replaced_at, .. } => {
                    if let Some(id) = id {
                        dates.insert(id, *replaced_at);
                    }
                }
                BidEvent::BidWithdrawn { .. } => {}
            }
        }
    }
    dates
}

impl Mapper<'_> {
    fn step(&mut self, r: &Recorded<ProcurementEvent>) -> Option<Value> {
        use ProcurementEvent as E;
        let before = self.state.status;
        self.state = std::mem::take(&mut self.state).evolve(&r.event);
        // A draft is the purchaser's own until published: nothing of it is public.
        self.state.published_at?;
        let at = instant(&r.event);
        let id = format!("{}-{}", r.stream, r.version);
        let (created, updated) = self.follow_awards(r.version, at);
        let mut tags: Vec<&str> = Vec::new();
        match &r.event {
            E::ProcurementPublished { .. } => tags.push("tender"),
            E::ProcurementAmended {
                reason,
                substantive,
                amended_at,
                ..
            } => {
                self.amendments.push(Amendment {
                    id: format!("amendment-{}", r.version),
                    date: *amended_at,
                    rationale: reason.clone(),
                    substantive: *substantive,
                    amends: self.last_release.clone().unwrap_or_default(),
                    release: id.clone(),
                });
                tags.push("tenderAmendment");
            }
            E::ProcurementCancelled { .. } => tags.push("tenderCancellation"),
            E::BidsOpened { .. } | E::ProcurementFailed { .. } => tags.push("tenderUpdate"),
            _ => {}
        }
        if created {
            tags.push("award");
        }
        if updated {
            tags.push("awardUpdate");
        }
        if tags.is_empty() && before.map(ProcurementStatus::ocds) != self.status().map(|s| s.ocds())
        {
            tags.push("tenderUpdate");
        }
        if tags.is_empty() {
            // Closing of bidding, a challenge filed or dismissed, a complaint: no OCDS field
            // changes (docs/ocds.md says what is not published).
            return None;
        }
        let release = self.snapshot(&id, at, &tags);
        self.last_release = Some(id);
        Some(release)
    }

    fn contract_step(&mut self, r: &Recorded<ContractEvent>) -> Option<Value> {
        use ContractEvent as E;
        self.contract = std::mem::take(&mut self.contract).evolve(&r.event);
        let id = format!("{}-{}", r.stream, r.version);
        let tag = match &r.event {
            // A grant's contract has no procurement and is in no procurement's record; the arm
            // keeps the mapping total.
            E::ContractSigned { .. } | E::ContractSignedFromGrant { .. } => "contract",
            E::MilestoneAccepted { .. } | E::PaymentRecorded { .. } => "implementation",
            E::PaymentCorrected { .. } | E::AcceptanceCorrected { .. } => "implementationUpdate",
            E::ContractSupplemented { supplement_id, .. } => {
                self.supplements.push((
                    *supplement_id,
                    self.last_release.clone().unwrap_or_default(),
                    id.clone(),
                ));
                "contractAmendment"
            }
            E::ContractTerminated { .. } | E::ContractCompleted { .. } => "contractTermination",
            // Still in force: OCDS has no suspended status.
            E::ContractSuspended { .. } | E::ContractResumed { .. } => return None,
        };
        let release = self.snapshot(&id, contract_instant(&r.event), &[tag]);
        self.last_release = Some(id);
        Some(release)
    }

    /// The contract as published: its terms, milestones with their acceptance and payment
    /// status, payments as transactions, supplements as amendments.
    fn contract_json(&self, at: DateTime<Utc>, buyer: &Value) -> Option<Value> {
        let c = &self.contract;
        let id = c.id?;
        let supplier = c.supplier?;
        let award = self
            .awards
            .iter()
            .rev()
            .find(|a| Some(a.bid_id) == c.award_bid_id)
            .map_or_else(|| "award-unknown".to_owned(), |a| a.id.clone());
        let milestones: Vec<Value> = c
            .milestones
            .iter()
            .map(|m| {
                let mut milestone = json!({
                    "id": m.id(),
                    "title": m.terms.title,
                    "type": m.terms.kind.ocds(),
                    "dueDate": day_end(m.terms.due),
                    "status": "scheduled",
                });
                match m.terms.kind {
                    MilestoneKind::Delivery => {
                        if let Some(a) = m.acceptance() {
                            milestone["status"] = json!(if a.passed { "met" } else { "notMet" });
                            milestone["dateModified"] = json!(date(a.accepted_at));
                            if a.passed {
                                milestone["dateMet"] = json!(date(a.accepted_at));
                            }
                            milestone["description"] = json!(format!(
                                "履约验收{}（服务对象{}人参与）：{}",
                                if a.passed { "合格" } else { "不合格" },
                                a.recipients_participating,
                                a.report
                            ));
                        }
                    }
                    MilestoneKind::Payment => {
                        milestone["value"] = value(m.terms.amount);
                        let paid: Vec<_> = c
                            .payments
                            .iter()
                            .filter(|p| p.milestone_id == m.id())
                            .collect();
                        let total: i64 = paid.iter().map(|p| p.amount.fen()).sum();
                        if total >= m.terms.amount.fen() && total > 0 {
                            milestone["status"] = json!("met");
                            if let Some(last) = paid.iter().map(|p| p.paid_at).max() {
                                milestone["dateMet"] = json!(date(last));
                            }
                        } else if total > 0 {
                            milestone["status"] = json!("partiallyMet");
                        }
                    }
                    MilestoneKind::Assessment => {}
                }
                milestone
            })
            .collect();
        let status = c.status.map_or("pending", ContractStatus::ocds);
        let mut contract = json!({
            "id": id.to_string(),
            "awardID": award,
            "title": c.terms.as_ref().map(|t| t.title.clone()).unwrap_or_default(),
            "status": status,
            "value": value(c.total()),
            "relatedBids": c.award_bid_id.map(|b| vec![b.to_string()]).unwrap_or_default(),
        });
        if let Some(signed) = c.signed_at {
            contract["dateSigned"] = json!(date(signed));
        }
        if let (Some(start), Some(end)) = (c.service_start, c.service_end) {
            contract["period"] = json!({"startDate": day_start(start), "endDate": day_end(end)});
        }
        if !milestones.is_empty() {
            contract["milestones"] = Value::Array(milestones);
        }
        if !c.payments.is_empty() {
            let payee = self.reference(supplier, at);
            let payer = json!({"id": buyer["id"], "name": buyer["name"]});
            contract["implementation"] = json!({
                "transactions": c.payments.iter().map(|p| json!({
                    "id": p.payment_id.to_string(),
                    "date": date(p.paid_at),
                    "value": value(p.amount),
                    "payer": payer,
                    "payee": payee,
                })).collect::<Vec<_>>(),
            });
        }
        if !c.supplements.is_empty() {
            contract["amendments"] = c
                .supplements
                .iter()
                .map(|s| {
                    let (amends, release) = self
                        .supplements
                        .iter()
                        .find(|(id, _, _)| *id == s.supplement_id)
                        .map(|(_, a, r)| (a.clone(), r.clone()))
                        .unwrap_or_default();
                    let yuan = value(s.amount)["amount"].to_string();
                    json!({
                        "id": s.supplement_id.to_string(),
                        "date": date(s.supplemented_at),
                        "rationale": s.description,
                        "description": format!("补充合同：增加{yuan}元"),
                        "amendsReleaseID": amends,
                        "releaseID": release,
                    })
                })
                .collect();
        }
        Some(contract)
    }

    fn status(&self) -> Option<ProcurementStatus> {
        self.state.status
    }

    /// Brings the published awards in line with the procurement: the candidate of an
    /// evaluated procurement is a pending award, the noticed one active, any other cancelled.
    /// Returns whether an award was created and whether one changed.
    fn follow_awards(&mut self, version: u64, at: DateTime<Utc>) -> (bool, bool) {
        use ProcurementStatus as S;
        let live = match self.state.status {
            Some(S::Evaluated) => self
                .state
                .candidate()
                .map(|c| (c.bid_id, c.organisation_id, c.price, "pending")),
            Some(S::Awarded) => self
                .state
                .award
                .as_ref()
                .map(|a| (a.bid_id, a.organisation_id, a.price, "active")),
            _ => None,
        };
        let (mut created, mut updated) = (false, false);
        let mut has_live = false;
        for a in self
            .awards
            .iter_mut()
            .filter(|a| matches!(a.status, "pending" | "active"))
        {
            match live {
                Some((bid, _, price, status)) if bid == a.bid_id => {
                    has_live = true;
                    if a.status != status {
                        a.status = status;
                        a.price = price;
                        a.date = at;
                        updated = true;
                    }
                }
                _ => {
                    a.status = if self.state.status == Some(S::Failed) {
                        "unsuccessful"
                    } else {
                        "cancelled"
                    };
                    updated = true;
                }
            }
        }
        if let (Some((bid_id, organisation_id, price, status)), false) = (live, has_live) {
            self.awards.push(Award {
                id: format!("award-{version}"),
                bid_id,
                organisation_id,
                price,
                status,
                date: at,
            });
            created = true;
        }
        (created, updated)
    }

    fn party_id(&self, organisation_id: Uuid) -> String {
        match self
            .purchase
            .organisations
            .get(&organisation_id)
            .and_then(|o| o.credit_code.as_deref())
        {
            Some(code) => format!("{CREDIT_CODE_SCHEME}-{code}"),
            None => format!("organisation-{organisation_id}"),
        }
    }

    fn party_name(&self, organisation_id: Uuid, at: DateTime<Utc>) -> String {
        self.purchase
            .organisations
            .get(&organisation_id)
            .and_then(|o| o.name_at(at))
            .map_or_else(|| organisation_id.to_string(), str::to_owned)
    }

    fn reference(&self, organisation_id: Uuid, at: DateTime<Utc>) -> Value {
        json!({"id": self.party_id(organisation_id), "name": self.party_name(organisation_id, at)})
    }

    fn snapshot(&self, id: &str, at: DateTime<Utc>, tags: &[&str]) -> Value {
        let state = &self.state;
        let mut release = Map::new();
        release.insert("ocid".into(), json!(self.ocid));
        release.insert("id".into(), json!(id));
        release.insert("date".into(), json!(date(at)));
        release.insert("tag".into(), json!(tags));
        release.insert("initiationType".into(), json!("tender"));
        release.insert("language".into(), json!("zh"));
        let Some(terms) = state.terms.as_ref() else {
            return Value::Object(release);
        };
        let buyer = json!({
            "id": format!("purchaser-{}", terms.purchaser_unit),
            "name": terms.purchaser,
        });
        // Bidders become public at the opening (BID-SEALED): before it, nothing of a bid is.
        let mut parties: Vec<(Uuid, Vec<&str>)> = Vec::new();
        for b in &state.opened {
            if !parties.iter().any(|(o, _)| *o == b.organisation_id) {
                parties.push((b.organisation_id, vec!["tenderer"]));
            }
        }
        for a in self.awards.iter().filter(|a| a.status == "active") {
            if let Some((_, roles)) = parties.iter_mut().find(|(o, _)| *o == a.organisation_id) {
                roles.push("supplier");
            } else {
                parties.push((a.organisation_id, vec!["supplier"]));
            }
        }
        let paying = !self.contract.payments.is_empty();
        if let (true, Some(supplier)) = (paying, self.contract.supplier)
            && let Some((_, roles)) = parties.iter_mut().find(|(o, _)| *o == supplier)
        {
            roles.push("payee");
        }
        let buyer_roles = if paying {
            json!(["buyer", "procuringEntity", "payer"])
        } else {
            json!(["buyer", "procuringEntity"])
        };
        let mut party_list = vec![json!({
            "id": buyer["id"],
            "name": terms.purchaser,
            "roles": buyer_roles,
        })];
        for (o, roles) in &parties {
            let mut party = json!({
                "id": self.party_id(*o),
                "name": self.party_name(*o, at),
                "roles": roles,
            });
            if let Some(code) = self
                .purchase
                .organisations
                .get(o)
                .and_then(|r| r.credit_code.as_deref())
            {
                party["identifier"] = json!({
                    "scheme": CREDIT_CODE_SCHEME,
                    "id": code,
                    "legalName": self.party_name(*o, at),
                });
            }
            party_list.push(party);
        }
        release.insert("parties".into(), Value::Array(party_list));
        release.insert("buyer".into(), buyer.clone());

        let status = state.status.map_or("planned", ProcurementStatus::ocds);
        let mut tender = json!({
            "id": self.purchase.procurement_id.to_string(),
            "title": terms.title,
            "description": terms.description,
            "status": status,
            "procuringEntity": buyer,
            "items": [{
                "id": "1",
                "description": state.item_name_zh.clone().unwrap_or_default(),
                "classification": {
                    "scheme": format!("x_guidanceCatalogue_{}", terms.jurisdiction.as_str()),
                    "id": terms.item.as_str(),
                    "description": state.item_name_zh.clone().unwrap_or_default(),
                },
                "relatedLot": LOT,
            }],
            "value": value(terms.budget),
            "procurementMethod": method(terms.method),
            "procurementMethodDetails": terms.method.label_zh(),
            "mainProcurementCategory": "services",
            "awardCriteria": "ratedCriteria",
            "awardCriteriaDetails": format!(
                "综合评分法：价格分{}分，{}",
                terms.scoring.price_weight_percent,
                terms
                    .scoring
                    .criteria
                    .iter()
                    .map(|c| format!("{}{}分", c.name, c.max_points))
                    .collect::<Vec<_>>()
                    .join("，")
            ),
            "submissionMethod": ["electronicSubmission"],
            "tenderPeriod": {
                "startDate": state.published_at.map(date),
                "endDate": date(terms.bid_deadline),
            },
            "awardPeriod": {"startDate": date(terms.opening_at)},
            "contractPeriod": {
                "startDate": day_start(terms.service_start),
                "endDate": day_end(terms.service_end),
            },
            "lots": [{
                "id": LOT,
                "title": terms.title,
                "status": status,
                "value": value(terms.budget),
            }],
        });
        if let Some(ended) = &state.ended {
            let details = match &ended.rule {
                Some(rule) => format!("{}（{rule}）", ended.reason),
                None => ended.reason.clone(),
            };
            if let Some(final_status) = match state.status {
                Some(ProcurementStatus::Failed) => Some("unsuccessful"),
                Some(ProcurementStatus::Cancelled) => Some("cancelled"),
                _ => None,
            } {
                tender["finalStatus"] = json!(final_status);
                tender["finalStatusDetails"] = json!(details);
                tender["finalStatusDate"] = json!(date(ended.at));
            }
        }
        if !self.amendments.is_empty() {
            tender["amendments"] = self
                .amendments
                .iter()
                .map(|a| {
                    json!({
                        "id": a.id,
                        "date": date(a.date),
                        "rationale": a.rationale,
                        "description": if a.substantive { "实质性更正（影响投标文件编制）" } else { "非实质性更正" },
                        "amendsReleaseID": a.amends,
                        "releaseID": a.release,
                    })
                })
                .collect();
        }
        if !state.opened.is_empty() {
            tender["numberOfTenderers"] = json!(state.opened.len());
            tender["tenderers"] = state
                .opened
                .iter()
                .map(|b| self.reference(b.organisation_id, at))
                .collect();
            let details: Vec<Value> = state
                .opened
                .iter()
                .map(|b| {
                    let disqualified = !b.is_valid()
                        || state
                            .excluded
                            .iter()
                            .any(|e| e.bid_id == b.bid_id && e.why == Exclusion::Disqualified);
                    let mut bid = json!({
                        "id": b.bid_id.to_string(),
                        "status": if disqualified { "disqualified" } else { "valid" },
                        "tenderers": [self.reference(b.organisation_id, at)],
                        "relatedLots": [LOT],
                    });
                    if let Some(d) = self.bid_dates.get(&b.bid_id) {
                        bid["date"] = json!(date(*d));
                    }
                    if let Some(price) = b.price() {
                        bid["value"] = value(price);
                    }
                    bid
                })
                .collect();
            release.insert("bids".into(), json!({"details": details}));
        }
        release.insert("tender".into(), tender);
        if !self.awards.is_empty() {
            let awards: Vec<Value> = self
                .awards
                .iter()
                .map(|a| {
                    json!({
                        "id": a.id,
                        "title": if a.status == "pending" { "评审委员会推荐的中标候选人" } else { "中标（成交）结果" },
                        "status": a.status,
                        "date": date(a.date),
                        "value": value(a.price),
                        "suppliers": [self.reference(a.organisation_id, at)],
                        "relatedBids": [a.bid_id.to_string()],
                        "relatedLots": [LOT],
                    })
                })
                .collect();
            release.insert("awards".into(), Value::Array(awards));
        }
        if let Some(contract) = self.contract_json(at, &buyer) {
            release.insert("contracts".into(), json!([contract]));
        }
        Value::Object(release)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use civic_domain::catalogue::CatalogueCode;
    use civic_domain::procurement::{
        BidContent, Commitment, Criterion, EvaluationReport, OpenedBid, Points, ProcurementTerms,
        RankedBid, RegistryStanding, Requirements, ScoringScheme,
    };
    use civic_domain::{Jurisdiction, Money};

    use super::*;
    use crate::{OrganisationRecord, record};

    const PROCUREMENT: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0100);

    fn org(n: u128) -> Uuid {
        Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_1000 + n)
    }

    fn bid(n: u128) -> Uuid {
        Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_2000 + n)
    }

    fn at(d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, d, h, 0, 0).unwrap()
    }

    fn terms() -> ProcurementTerms {
        ProcurementTerms {
            jurisdiction: Jurisdiction::parse("440300").unwrap(),
            purchaser: "深圳市民政局".into(),
            purchaser_unit: Uuid::from_u128(0xa1),
            title: "居家养老上门服务项目".into(),
            description: "为高龄独居老人提供上门服务。".into(),
            item: CatalogueCode::parse("A0101").unwrap(),
            method: ProcurementMethod::Consultation,
            budget: Money::from_fen(50_000_012).unwrap(),
            bid_security: Money::from_yuan(10_000),
            service_start: NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
            service_end: NaiveDate::from_ymd_opt(2027, 4, 30).unwrap(),
            stable_and_funded: false,
            requirements: Requirements::default(),
            scoring: ScoringScheme {
                price_weight_percent: 30,
                criteria: vec![Criterion {
                    key: "tech".into(),
                    name: "技术方案".into(),
                    max_points: 70,
                }],
            },
            bid_deadline: at(23, 1),
            opening_at: at(23, 2),
            reprocures: None,
        }
    }

    fn opened(n: u128, price_fen: i64) -> OpenedBid {
        OpenedBid {
            bid_id: bid(n),
            organisation_id: org(n),
            commitment: Commitment("ab".repeat(32)),
            content: Some(BidContent {
                price: Money::from_fen(price_fen).unwrap(),
                technical_proposal: "方案".into(),
                documents: vec![],
            }),
            salt: Some("00".repeat(16)),
            standing: RegistryStanding {
                organisation_id: org(n),
                name: format!("社工服务中心{n}"),
                kind: None,
                status: None,
                credit_list: None,
                rating: None,
                registered_on: None,
                registry_version: 0,
                registry_position: 0,
                latest_grade: None,
            },
            defects: vec![],
        }
    }

    fn ranked(rank: u32, n: u128, price_fen: i64) -> RankedBid {
        RankedBid {
            rank,
            bid_id: bid(n),
            organisation_id: org(n),
            price: Money::from_fen(price_fen).unwrap(),
            price_score: Points::default(),
            criteria_score: Points::default(),
            total: Points::default(),
        }
    }

    fn history(events: Vec<ProcurementEvent>) -> Purchase {
        let mut organisations = BTreeMap::new();
        for n in 1..=3 {
            organisations.insert(
                org(n),
                OrganisationRecord {
                    credit_code: Some(format!("5144030000000000{n}X")),
                    names: vec![(at(1, 0), format!("社工服务中心{n}"))],
                },
            );
        }
        Purchase {
            procurement_id: PROCUREMENT,
            procurement: events
                .into_iter()
                .enumerate()
                .map(|(v, event)| Recorded {
                    stream: format!("procurement-{PROCUREMENT}"),
                    version: v as u64,
                    event,
                })
                .collect(),
            bids: vec![],
            contract: vec![],
            organisations,
        }
    }

    fn publication() -> Publication {
        Publication {
            ocid_prefix: "ocds-abc123".into(),
            publisher_name: "深圳市民政局".into(),
            base_uri: "https://ledger.example".into(),
        }
    }

    fn to_award() -> Vec<ProcurementEvent> {
        use ProcurementEvent as E;
        vec![
            E::ProcurementDrafted {
                procurement_id: PROCUREMENT,
                terms: Box::new(terms()),
                item_name_zh: "居家养老上门服务".into(),
                drafted_at: at(1, 1),
            },
            E::ProcurementPublished {
                published_at: at(2, 1),
            },
            E::BiddingClosed {
                closed_at: at(23, 1),
            },
            E::BidsOpened {
                bids: vec![opened(1, 40_000_000), opened(2, 45_000_050)],
                valid_bids: 2,
                opened_at: at(23, 2),
            },
            E::EvaluationRecorded {
                report: EvaluationReport {
                    committee_id: Uuid::from_u128(0xc0),
                    ranking: vec![ranked(1, 1, 40_000_000), ranked(2, 2, 45_000_050)],
                    sheets_digest: "00".repeat(32),
                },
                recorded_at: at(24, 1),
            },
            E::AwardDeclined {
                bid_id: bid(1),
                reason: "放弃中标".into(),
                declined_at: at(25, 1),
            },
            E::AwardNoticed {
                bid_id: bid(2),
                organisation_id: org(2),
                price: Money::from_fen(45_000_050).unwrap(),
                challenge_deadline: NaiveDate::from_ymd_opt(2026, 4, 3).unwrap(),
                noticed_at: at(26, 1),
            },
        ]
    }

    fn tags(releases: &[Value]) -> Vec<Value> {
        releases.iter().map(|r| r["tag"].clone()).collect()
    }

    #[test]
    fn a_draft_is_not_published_and_the_notice_is_the_tender_release() {
        let mut events = to_award();
        events.truncate(1);
        assert!(releases(&history(events), &publication()).is_empty());

        let mut events = to_award();
        events.truncate(2);
        let r = releases(&history(events), &publication());
        assert_eq!(r.len(), 1);
        let t = &r[0];
        assert_eq!(t["ocid"], json!(format!("ocds-abc123-{PROCUREMENT}")));
        assert_eq!(t["id"], json!(format!("procurement-{PROCUREMENT}-1")));
        assert_eq!(t["date"], json!("2026-03-02T09:00:00.000000+08:00"));
        assert_eq!(t["tag"], json!(["tender"]));
        assert_eq!(t["tender"]["status"], json!("active"));
        assert_eq!(t["tender"]["procurementMethod"], json!("limited"));
        assert_eq!(t["tender"]["procurementMethodDetails"], json!("竞争性磋商"));
        assert_eq!(
            t["tender"]["value"],
            json!({"amount": 500000.12, "currency": "CNY"})
        );
        assert_eq!(t["tender"]["lots"][0]["id"], json!("1"));
        assert_eq!(t["tender"]["items"][0]["relatedLot"], json!("1"));
        assert!(t.get("bids").is_none(), "no bid before the opening");
        assert_eq!(t["parties"].as_array().map(Vec::len), Some(1));
        assert_eq!(
            t["parties"][0]["roles"],
            json!(["buyer", "procuringEntity"])
        );
    }

    #[test]
    fn methods_map_to_the_ocds_codelist() {
        assert_eq!(method(ProcurementMethod::OpenTender), "open");
        assert_eq!(method(ProcurementMethod::InvitedTender), "selective");
        assert_eq!(method(ProcurementMethod::Negotiation), "limited");
        assert_eq!(method(ProcurementMethod::Quotation), "limited");
        assert_eq!(method(ProcurementMethod::SingleSource), "direct");
    }

    #[test]
    fn money_is_yuan_with_two_decimals_at_most() {
        assert_eq!(
            value(Money::from_fen(1).unwrap())["amount"].to_string(),
            "0.01"
        );
        assert_eq!(
            value(Money::from_fen(123_456_789).unwrap())["amount"].to_string(),
            "1234567.89"
        );
        assert_eq!(
            value(Money::from_fen(4_500_000).unwrap())["amount"].to_string(),
            "45000"
        );
        assert_eq!(
            value(Money::from_fen(10).unwrap())["amount"].to_string(),
            "0.1"
        );
    }

    #[test]
    fn the_opening_publishes_the_bids_and_the_award_follows_the_rank() {
        let r = releases(&history(to_award()), &publication());
        assert_eq!(
            tags(&r),
            vec![
                json!(["tender"]),
                json!(["tenderUpdate"]),
                json!(["award"]),
                json!(["award", "awardUpdate"]),
                json!(["awardUpdate"]),
            ],
            "closing of bidding changes nothing public"
        );
        let opening = &r[1];
        let details = &opening["bids"]["details"];
        assert_eq!(details[0]["status"], json!("valid"));
        assert_eq!(
            details[1]["value"],
            json!({"amount": 450000.5, "currency": "CNY"})
        );
        assert_eq!(
            details[0]["tenderers"][0]["id"],
            json!("CN-USCI-51440300000000001X")
        );
        assert_eq!(opening["tender"]["numberOfTenderers"], json!(2));
        assert_eq!(
            opening["parties"][1]["identifier"],
            json!({"scheme": "CN-USCI", "id": "51440300000000001X", "legalName": "社工服务中心1"})
        );

        let recommended = &r[2]["awards"];
        assert_eq!(recommended[0]["status"], json!("pending"));
        assert_eq!(recommended[0]["relatedBids"], json!([bid(1).to_string()]));

        let declined = &r[3]["awards"];
        assert_eq!(declined[0]["status"], json!("cancelled"));
        assert_eq!(declined[1]["status"], json!("pending"));
        assert_eq!(declined[1]["relatedBids"], json!([bid(2).to_string()]));

        let noticed = &r[4];
        assert_eq!(noticed["awards"][1]["status"], json!("active"));
        assert_eq!(noticed["tender"]["status"], json!("complete"));
        let supplier = noticed["parties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == json!("CN-USCI-51440300000000002X"))
            .unwrap();
        assert_eq!(supplier["roles"], json!(["tenderer", "supplier"]));
    }

    #[test]
    fn a_failed_tender_is_unsuccessful_and_a_cancelled_one_cancelled() {
        use ProcurementEvent as E;
        let mut events = to_award();
        events.truncate(4);
        events.push(E::ProcurementFailed {
            rule: "BID-MIN-BIDDERS".into(),
            reason: "有效投标不足3家".into(),
            failed_at: at(23, 3),
        });
        let r = releases(&history(events), &publication());
        let last = r.last().unwrap();
        assert_eq!(last["tag"], json!(["tenderUpdate"]));
        assert_eq!(last["tender"]["status"], json!("unsuccessful"));
        assert_eq!(last["tender"]["finalStatus"], json!("unsuccessful"));
        assert_eq!(last["tender"]["lots"][0]["status"], json!("unsuccessful"));

        let mut events = to_award();
        events.truncate(5);
        events.push(E::ProcurementCancelled {
            reason: "预算调整".into(),
            cancelled_at: at(24, 5),
        });
        let r = releases(&history(events), &publication());
        let last = r.last().unwrap();
        assert_eq!(last["tag"], json!(["tenderCancellation", "awardUpdate"]));
        assert_eq!(last["tender"]["status"], json!("cancelled"));
        assert_eq!(last["awards"][0]["status"], json!("cancelled"));
    }

    #[test]
    fn release_ids_depend_on_the_history_only() {
        let a = releases(&history(to_award()), &publication());
        let b = releases(&history(to_award()), &publication());
        assert_eq!(a, b);
        let ids: Vec<&Value> = a.iter().map(|r| &r["id"]).collect();
        let mut unique = ids.clone();
        unique.dedup();
        assert_eq!(ids.len(), unique.len());
    }

    #[test]
    fn the_record_compiles_the_latest_state() {
        let r = releases(&history(to_award()), &publication());
        let record = record(r).unwrap().unwrap();
        let compiled = &record["compiledRelease"];
        assert_eq!(compiled["tag"], json!(["compiled"]));
        assert_eq!(compiled["tender"]["status"], json!("complete"));
        assert_eq!(compiled["awards"].as_array().map(Vec::len), Some(2));
        assert_eq!(compiled["awards"][1]["status"], json!("active"));
        let history = &record["versionedRelease"]["awards"][0]["status"];
        assert_eq!(
            history
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["value"].clone())
                .collect::<Vec<_>>(),
            vec![json!("pending"), json!("cancelled")]
        );
    }

    fn challenged(decision: civic_domain::procurement::ChallengeDecision) -> Vec<ProcurementEvent> {
        use ProcurementEvent as E;
        let mut events = to_award();
        events.push(E::ChallengeFiled {
            challenge_id: Uuid::from_u128(0xcc),
            organisation_id: org(1),
            grounds: "评分不一致".into(),
            reply_due: NaiveDate::from_ymd_opt(2026, 4, 8).unwrap(),
            filed_at: at(27, 1),
        });
        events.push(E::ChallengeAnswered {
            challenge_id: Uuid::from_u128(0xcc),
            decision,
            reply: "经复核".into(),
            late: false,
            answered_at: at(28, 1),
        });
        if decision == civic_domain::procurement::ChallengeDecision::UpheldReprocurement {
            events.push(E::ProcurementFailed {
                rule: "AWARD-RANK".into(),
                reason: "质疑成立，重新采购".into(),
                failed_at: at(28, 1),
            });
        }
        events
    }

    #[test]
    fn a_challenge_changes_the_release_only_when_it_is_upheld() {
        use civic_domain::procurement::ChallengeDecision as D;
        let dismissed = releases(&history(challenged(D::Dismissed)), &publication());
        assert_eq!(dismissed.len(), 5, "filing and dismissing publish nothing");

        let again = releases(&history(challenged(D::UpheldReevaluation)), &publication());
        let last = again.last().unwrap();
        assert_eq!(last["tag"], json!(["awardUpdate"]));
        assert_eq!(last["awards"][1]["status"], json!("cancelled"));
        assert_eq!(last["tender"]["status"], json!("active"));
        assert!(
            !last.to_string().contains("评分不一致"),
            "a challenge's grounds are not published"
        );

        // The answer itself changes nothing public; the failure recorded with it does.
        let failed = releases(&history(challenged(D::UpheldReprocurement)), &publication());
        assert_eq!(
            tags(&failed)[5..].to_vec(),
            vec![json!(["tenderUpdate", "awardUpdate"])]
        );
        let last = failed.last().unwrap();
        assert_eq!(last["tender"]["status"], json!("unsuccessful"));
        assert_eq!(last["awards"][1]["status"], json!("unsuccessful"));
    }

    #[test]
    fn an_amendment_names_the_release_it_amends() {
        use civic_domain::procurement::Amendment;
        let mut events = to_award();
        events.truncate(2);
        events.push(ProcurementEvent::ProcurementAmended {
            amendment: Box::new(Amendment {
                description: Some("增加助浴服务".into()),
                bid_deadline: Some(at(25, 1)),
                ..Amendment::default()
            }),
            substantive: true,
            reason: "需求调整".into(),
            amended_at: at(5, 1),
        });
        let r = releases(&history(events), &publication());
        assert_eq!(
            tags(&r),
            vec![json!(["tender"]), json!(["tenderAmendment"])]
        );
        let tender = &r[1]["tender"];
        assert_eq!(tender["description"], json!("增加助浴服务"));
        assert_eq!(
            tender["tenderPeriod"]["endDate"],
            json!("2026-03-25T09:00:00.000000+08:00")
        );
        let amendment = &tender["amendments"][0];
        assert_eq!(amendment["rationale"], json!("需求调整"));
        assert_eq!(amendment["amendsReleaseID"], r[0]["id"]);
        assert_eq!(amendment["releaseID"], r[1]["id"]);
    }

    fn contract_history() -> Vec<ContractEvent> {
        use ContractEvent as E;
        use civic_domain::contract::{ContractTerms, MilestoneTerms};
        let t = terms();
        let milestone = |id: &str, kind, amount: i64, follows: Option<&str>| MilestoneTerms {
            id: id.into(),
            kind,
            title: format!("{id}号节点"),
            due: NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
            amount: Money::from_fen(amount).unwrap(),
            follows: follows.map(str::to_owned),
        };
        vec![
            E::ContractSigned {
                contract_id: Uuid::from_u128(0xc1),
                procurement_id: PROCUREMENT,
                award_bid_id: bid(2),
                award_noticed_at: at(26, 1),
                supplier: org(2),
                amount: Money::from_fen(45_000_050).unwrap(),
                service_start: t.service_start,
                service_end: t.service_end,
                terms: Box::new(ContractTerms {
                    jurisdiction: t.jurisdiction.clone(),
                    purchaser: t.purchaser.clone(),
                    purchaser_unit: t.purchaser_unit,
                    title: t.title.clone(),
                    item: Some(t.item.clone()),
                    item_name_zh: "居家养老上门服务".into(),
                    method: Some(t.method),
                    budget: t.budget,
                    service_start: t.service_start,
                    service_end: t.service_end,
                    stable_and_funded: false,
                }),
                milestones: vec![
                    milestone("d1", MilestoneKind::Delivery, 0, None),
                    milestone("p1", MilestoneKind::Payment, 45_000_050, Some("d1")),
                ],
                signed_at: at(28, 1),
            },
            E::MilestoneAccepted {
                milestone_id: "d1".into(),
                passed: true,
                recipients_participating: 12,
                recipients_note: "老人代表".into(),
                report: "服务达标".into(),
                payment_due: NaiveDate::from_ymd_opt(2026, 11, 30),
                accepted_at: at(29, 1),
            },
            E::PaymentRecorded {
                payment_id: Uuid::from_u128(0xd1),
                milestone_id: "p1".into(),
                amount: Money::from_fen(45_000_050).unwrap(),
                reference: "转账001".into(),
                late: false,
                paid_at: at(30, 1),
            },
            E::ContractSupplemented {
                supplement_id: Uuid::from_u128(0xe1),
                amount: Money::from_fen(1_000_000).unwrap(),
                description: "增加服务人次".into(),
                milestones: vec![milestone(
                    "p2",
                    MilestoneKind::Payment,
                    1_000_000,
                    Some("d1"),
                )],
                supplemented_at: at(30, 2),
            },
            E::ContractSuspended {
                reason: "疫情".into(),
                suspended_at: at(30, 3),
            },
            E::ContractResumed {
                reason: "恢复".into(),
                resumed_at: at(30, 4),
            },
            E::ContractTerminated {
                reason: "机构注销".into(),
                terminated_at: at(31, 1),
            },
        ]
    }

    fn with_contract() -> Purchase {
        let mut purchase = history(to_award());
        purchase.contract = contract_history()
            .into_iter()
            .enumerate()
            .map(|(v, event)| Recorded {
                stream: "contract-000000000000000000000000000000c1".into(),
                version: v as u64,
                event,
            })
            .collect();
        purchase
    }

    #[test]
    fn the_contract_is_published_with_its_milestones_payments_and_supplements() {
        let r = releases(&with_contract(), &publication());
        assert_eq!(
            tags(&r)[5..].to_vec(),
            vec![
                json!(["contract"]),
                json!(["implementation"]),
                json!(["implementation"]),
                json!(["contractAmendment"]),
                json!(["contractTermination"]),
            ],
            "suspension and resumption change no OCDS field"
        );
        let signed = &r[5]["contracts"][0];
        assert_eq!(
            signed["awardID"], r[4]["awards"][1]["id"],
            "the noticed award"
        );
        assert_eq!(signed["status"], json!("active"));
        assert_eq!(signed["milestones"][0]["status"], json!("scheduled"));
        assert_eq!(signed["milestones"][1]["type"], json!("payment"));
        let accepted = &r[6]["contracts"][0]["milestones"][0];
        assert_eq!(accepted["status"], json!("met"));
        let paid = &r[7]["contracts"][0];
        assert_eq!(paid["milestones"][1]["status"], json!("met"));
        assert_eq!(
            paid["implementation"]["transactions"][0]["value"],
            json!({"amount": 450000.5, "currency": "CNY"})
        );
        assert_eq!(
            paid["implementation"]["transactions"][0]["payer"]["id"],
            r[7]["buyer"]["id"]
        );
        let supplemented = &r[8]["contracts"][0];
        assert_eq!(
            supplemented["value"],
            json!({"amount": 460000.5, "currency": "CNY"})
        );
        assert_eq!(supplemented["amendments"][0]["releaseID"], r[8]["id"]);
        assert_eq!(supplemented["amendments"][0]["amendsReleaseID"], r[7]["id"]);
        assert_eq!(r[9]["contracts"][0]["status"], json!("terminated"));
        let record = record(r).unwrap().unwrap();
        assert_eq!(
            record["compiledRelease"]["contracts"][0]["status"],
            json!("terminated")
        );
    }

    /// Written for scripts/validate-ocds, which checks them against the schemas and ocdsmerge.
    #[test]
    fn samples_are_written_for_the_validator() {
        use crate::{record_package, release_package};
        let p = publication();
        let ocid = p.ocid(PROCUREMENT);
        let mut cancelled = to_award();
        cancelled.truncate(5);
        cancelled.push(ProcurementEvent::ProcurementCancelled {
            reason: "预算调整".into(),
            cancelled_at: at(24, 5),
        });
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../target/ocds-samples/civic-ocds");
        std::fs::create_dir_all(&dir).unwrap();
        for (name, purchase) in [
            ("awarded", history(to_award())),
            ("cancelled", history(cancelled)),
            ("contracted", with_contract()),
            (
                "reevaluated",
                history(challenged(
                    civic_domain::procurement::ChallengeDecision::UpheldReevaluation,
                )),
            ),
        ] {
            let r = releases(&purchase, &p);
            let releases_package = release_package(&p, p.uri("releases", &ocid), r.clone());
            let records = record_package(
                &p,
                p.uri("records", &ocid),
                vec![record(r).unwrap().unwrap()],
            );
            std::fs::write(
                dir.join(format!("{name}-releases.json")),
                releases_package.to_string(),
            )
            .unwrap();
            std::fs::write(
                dir.join(format!("{name}-records.json")),
                records.to_string(),
            )
            .unwrap();
        }
    }
}
