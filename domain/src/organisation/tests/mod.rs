//! Fixtures shared by the organisation's given/when/then cases (the harness is
//! `crate::testing`); every refusal asserts its rule id.

use chrono::{NaiveDate, TimeZone};

use super::*;
use crate::aggregate::{Aggregate, DecodeError, DomainEvent};
use crate::calendar::{Calendar, add_days, add_months, add_years, china_date};
pub(super) use crate::organisation::RegistryContext as Context;
use crate::policy::Policy;
use crate::testing::{self, Given, When};
use crate::values::{CreditCode, Jurisdiction, LegalRepresentative, Money, OrganisationKind};
use chrono::{DateTime, Utc};
use uuid::Uuid;

mod annual_reports;
mod clocks;
mod credit;
mod harness;
mod hub;
mod lifecycle;
mod rating;
mod registration;
mod two_stage;
mod wire;

pub(super) const ID: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001);
pub(super) const OTHER: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0002);
pub(super) const CODE: &str = "52440300MJL000016J";
pub(super) const NAME: &str = "深圳市阳光社区服务中心";

pub(super) fn t(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, day, 9, 30, 0).unwrap()
}

pub(super) fn now() -> DateTime<Utc> {
    t(28)
}

pub(super) fn ctx() -> Context {
    Context::at(now())
}

pub(super) fn facts(credit_code_holder: Option<Uuid>, live_name_holder: Option<Uuid>) -> Context {
    ctx().with_facts(RegistryFacts {
        credit_code_holder,
        live_name_holder,
        member_is_live: None,
    })
}

pub(super) fn rep() -> LegalRepresentative {
    LegalRepresentative::new("张三", "11010519491231002X", "13800138000").unwrap()
}

pub(super) fn rep2() -> LegalRepresentative {
    LegalRepresentative::new("李四", "440301199001011234", "0755-12345678").unwrap()
}

pub(super) fn money(s: &str) -> Money {
    Money::parse(s).unwrap()
}

pub(super) fn code(s: &str) -> CreditCode {
    CreditCode::parse(s).unwrap()
}

pub(super) fn jur(s: &str) -> Jurisdiction {
    Jurisdiction::parse(s).unwrap()
}

pub(super) fn application() -> Application {
    Application {
        name: NAME.into(),
        kind: OrganisationKind::SocialServiceOrg,
        credit_code: code(CODE),
        domicile: "深圳市福田区福中三路1号".into(),
        purpose: "服务社区居民".into(),
        business_scope: "社区养老、助残服务".into(),
        legal_representative: rep(),
        registered_funds: money("30000"),
        public_fundraising: false,
        supervisory_unit: Some("深圳市民政局".into()),
        jurisdiction: jur("440300"),
    }
}

pub(super) fn apply_with(f: impl FnOnce(&mut Application)) -> OrganisationCommand {
    let mut application = application();
    f(&mut application);
    OrganisationCommand::Apply {
        organisation_id: ID,
        application,
    }
}

pub(super) fn apply() -> OrganisationCommand {
    apply_with(|_| {})
}

pub(super) fn applied() -> OrganisationEvent {
    applied_at(t(1))
}

pub(super) fn applied_at(at: DateTime<Utc>) -> OrganisationEvent {
    let a = application();
    OrganisationEvent::RegistrationApplied {
        organisation_id: ID,
        name: a.name,
        kind: a.kind,
        credit_code: a.credit_code,
        domicile: a.domicile,
        purpose: a.purpose,
        business_scope: a.business_scope,
        legal_representative: a.legal_representative,
        registered_funds: a.registered_funds,
        public_fundraising: a.public_fundraising,
        supervisory_unit: a.supervisory_unit,
        jurisdiction: a.jurisdiction,
        applied_at: at,
        decision_due: add_days(china_date(at), 60),
    }
}

pub(super) fn registered() -> OrganisationEvent {
    OrganisationEvent::OrganisationRegistered {
        registered_at: t(2),
    }
}

pub(super) fn refused() -> OrganisationEvent {
    OrganisationEvent::RegistrationRefused {
        reason: "申请材料不齐全".into(),
        refused_at: t(2),
    }
}

pub(super) fn changed(changes: Vec<FieldChange>) -> OrganisationEvent {
    OrganisationEvent::ChangeRegistered {
        changes,
        changed_at: t(3),
    }
}

pub(super) fn deregistered() -> OrganisationEvent {
    OrganisationEvent::OrganisationDeregistered {
        reason: Some("清算完毕".into()),
        deregistered_at: t(4),
    }
}

pub(super) fn revoked() -> OrganisationEvent {
    OrganisationEvent::RegistrationRevoked {
        reason: "连续两年未参加年检".into(),
        revoked_at: t(4),
    }
}

pub(super) fn change(f: impl FnOnce(&mut ChangeRequest)) -> OrganisationCommand {
    let mut req = ChangeRequest::default();
    f(&mut req);
    OrganisationCommand::RegisterChange(req)
}

/// The harness for this aggregate, so cases read `given(active()).with(ctx()).when(…)`; every
/// registry refusal a case expects must read in Chinese too.
pub(super) fn given(history: impl IntoIterator<Item = OrganisationEvent>) -> Given<Organisation> {
    testing::given(history).translated()
}

pub(super) fn active() -> Vec<OrganisationEvent> {
    vec![applied(), registered()]
}

// --- dates ------------------------------------------------------------------------------------

/// 09:30 UTC, 17:30 in China: the same calendar day in both.
pub(super) fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 9, 30, 0).unwrap()
}

pub(super) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub(super) fn ctx_on(y: i32, m: u32, d: u32) -> Context {
    Context::at(at(y, m, d))
}

/// The context of the first instant (00:00 China time) of a China-local day.
pub(super) fn ctx_day(day: NaiveDate) -> Context {
    let midnight_china = day.and_hms_opt(0, 0, 0).unwrap().and_utc() - chrono::TimeDelta::hours(8);
    Context::at(midnight_china)
}

// --- social group (two stages) ----------------------------------------------------------------

pub(super) const SG_NAME: &str = "深圳市社区志愿者协会";

pub(super) fn sg_code() -> CreditCode {
    CreditCode::from_parts('1', "440300", "MJL00002").unwrap()
}

pub(super) fn members(individual: u32, unit: u32) -> Members {
    Members { individual, unit }
}

pub(super) fn sg_application() -> Application {
    Application {
        name: SG_NAME.into(),
        kind: OrganisationKind::SocialGroup,
        credit_code: sg_code(),
        domicile: "深圳市福田区福中三路2号".into(),
        purpose: "组织志愿服务".into(),
        business_scope: "志愿者培训、社区活动".into(),
        legal_representative: rep(),
        registered_funds: money("30000"),
        public_fundraising: false,
        supervisory_unit: None,
        jurisdiction: jur("440300"),
    }
}

pub(super) fn prep_apply_with(
    members: Members,
    f: impl FnOnce(&mut Application),
) -> OrganisationCommand {
    let mut application = sg_application();
    f(&mut application);
    OrganisationCommand::ApplyForPreparation {
        organisation_id: ID,
        application,
        members,
    }
}

pub(super) fn prep_apply() -> OrganisationCommand {
    prep_apply_with(members(60, 0), |_| {})
}

pub(super) fn prep_applied(at: DateTime<Utc>) -> OrganisationEvent {
    let a = sg_application();
    OrganisationEvent::PreparationApplied {
        organisation_id: ID,
        name: a.name,
        kind: a.kind,
        credit_code: a.credit_code,
        domicile: a.domicile,
        purpose: a.purpose,
        business_scope: a.business_scope,
        legal_representative: a.legal_representative,
        registered_funds: a.registered_funds,
        public_fundraising: a.public_fundraising,
        supervisory_unit: a.supervisory_unit,
        jurisdiction: a.jurisdiction,
        members: members(60, 0),
        applied_at: at,
        decision_due: add_days(china_date(at), 60),
    }
}

pub(super) fn prep_approved(at: DateTime<Utc>) -> OrganisationEvent {
    OrganisationEvent::PreparationApproved {
        approved_at: at,
        establishment_due: add_months(china_date(at), 6),
    }
}

pub(super) fn estab_applied(at: DateTime<Utc>) -> OrganisationEvent {
    OrganisationEvent::EstablishmentApplied {
        applied_at: at,
        members: members(80, 5),
        decision_due: add_days(china_date(at), 30),
    }
}

pub(super) fn registered_at(at: DateTime<Utc>) -> OrganisationEvent {
    OrganisationEvent::OrganisationRegistered { registered_at: at }
}

/// Preparation approved on 2 March 2025: establishment is due by 2 September 2025.
pub(super) fn preparing() -> Vec<OrganisationEvent> {
    vec![prep_applied(t(1)), prep_approved(t(2))]
}

// --- registered organisations -----------------------------------------------------------------

pub(super) fn suspended_at(at: DateTime<Utc>) -> OrganisationEvent {
    OrganisationEvent::SuspensionOrdered {
        reason: "违反章程开展活动".into(),
        ordered_at: at,
    }
}

pub(super) fn dissolution_at(at: DateTime<Utc>) -> OrganisationEvent {
    OrganisationEvent::DissolutionResolved {
        reason: "会员大会决议解散".into(),
        resolved_at: at,
    }
}

/// `active()` followed by `more`.
pub(super) fn active_then(
    more: impl IntoIterator<Item = OrganisationEvent>,
) -> Vec<OrganisationEvent> {
    let mut events = active();
    events.extend(more);
    events
}

/// An abnormal listing as `decide` records it under the default policy.
pub(super) fn abnormal_at(
    at: DateTime<Utc>,
    trigger: AbnormalTrigger,
    rectification_required: bool,
) -> OrganisationEvent {
    let on = china_date(at);
    OrganisationEvent::AbnormalListed {
        trigger,
        reason: "经查实".into(),
        rectification_required,
        listed_at: at,
        escalates_on: add_years(on, 2),
        auto_removable_on: (!rectification_required).then(|| add_months(on, 6)),
    }
}

pub(super) fn serious_at(at: DateTime<Utc>, trigger: SeriousTrigger) -> OrganisationEvent {
    OrganisationEvent::SeriousListed {
        trigger,
        reason: "经查实".into(),
        listed_at: at,
        removable_from: add_years(china_date(at), 2),
    }
}

pub(super) fn rated_at(at: DateTime<Utc>, grade: u8) -> OrganisationEvent {
    let on = china_date(at);
    OrganisationEvent::RatingAwarded {
        grade,
        score: 800,
        awarded_at: at,
        valid_from: on,
        valid_until: add_years(on, 5),
    }
}

pub(super) fn designated() -> OrganisationEvent {
    OrganisationEvent::HubDesignated {
        field: "社区服务".into(),
        from: date(2025, 3, 10),
        designated_at: t(10),
    }
}

pub(super) const MEMBER: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0003);

pub(super) fn joined(member_id: Uuid) -> OrganisationEvent {
    OrganisationEvent::HubMemberJoined {
        member_id,
        joined_on: date(2025, 3, 11),
    }
}

/// The events that reach each status, with `None` for "never applied".
pub(super) fn history(status: Option<OrganisationStatus>) -> Vec<OrganisationEvent> {
    use OrganisationStatus as S;
    let Some(status) = status else {
        return vec![];
    };
    match status {
        S::Applied => vec![applied()],
        S::PrepApplied => vec![prep_applied(t(1))],
        S::Preparing => preparing(),
        S::EstabApplied => vec![prep_applied(t(1)), prep_approved(t(2)), estab_applied(t(3))],
        S::Active => active(),
        S::Suspended => active_then([suspended_at(t(3))]),
        S::Liquidating => active_then([dissolution_at(t(3))]),
        S::Refused => vec![applied(), refused()],
        S::Lapsed => vec![
            prep_applied(t(1)),
            prep_approved(t(2)),
            OrganisationEvent::PreparationLapsed {
                lapsed_at: at(2025, 9, 3),
            },
        ],
        S::Deregistered => vec![applied(), registered(), deregistered()],
        S::Revoked => vec![applied(), registered(), revoked()],
    }
}

pub(super) fn all_states() -> Vec<Option<OrganisationStatus>> {
    std::iter::once(None)
        .chain(OrganisationStatus::ALL.map(Some))
        .collect()
}
