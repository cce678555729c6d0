//! What happened to an organisation, as stored: (kind, schema, JSON payload) triples.
//!
//! Stored events are never rewritten. A payload change bumps the kind's schema in
//! [`OrganisationEvent::KINDS`] and adds an upcaster in `from_stored` for every older schema.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::credit::{AbnormalTrigger, RemovalBasis, SeriousTrigger};
use super::state::{Members, ReportConclusion};
use crate::aggregate::{DecodeError, DomainEvent};
use crate::calendar::{add_days, china_date};
use crate::values::{CreditCode, Jurisdiction, LegalRepresentative, Money, OrganisationKind};

/// One changed field with its value before and after (REG-CHANGE).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "field", rename_all = "camelCase")]
pub enum FieldChange {
    Name {
        old: String,
        new: String,
    },
    Domicile {
        old: String,
        new: String,
    },
    Purpose {
        old: String,
        new: String,
    },
    BusinessScope {
        old: String,
        new: String,
    },
    LegalRepresentative {
        old: LegalRepresentative,
        new: LegalRepresentative,
    },
    RegisteredFunds {
        old: Money,
        new: Money,
    },
    SupervisoryUnit {
        old: Option<String>,
        new: Option<String>,
    },
}

impl FieldChange {
    /// The field name as it appears on the wire ("businessScope", …).
    pub fn field(&self) -> &'static str {
        match self {
            Self::Name { .. } => "name",
            Self::Domicile { .. } => "domicile",
            Self::Purpose { .. } => "purpose",
            Self::BusinessScope { .. } => "businessScope",
            Self::LegalRepresentative { .. } => "legalRepresentative",
            Self::RegisteredFunds { .. } => "registeredFunds",
            Self::SupervisoryUnit { .. } => "supervisoryUnit",
        }
    }
}

/// Payloads hold only strings, integers, booleans, nulls, arrays and objects (no floats),
/// because the store hashes them as canonical JSON. Deadlines (`decisionDue`, `establishmentDue`,
/// `escalatesOn`, …) are computed from the policy when their clock starts and recorded here, so
/// that a later policy never moves a deadline already running.
#[allow(
    clippy::large_enum_variant,
    reason = "events are few and short-lived; flat fields keep construction and matching in projections simple"
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum OrganisationEvent {
    /// Schema 2 added `publicFundraising` and `decisionDue`.
    RegistrationApplied {
        organisation_id: Uuid,
        name: String,
        kind: OrganisationKind,
        credit_code: CreditCode,
        domicile: String,
        purpose: String,
        business_scope: String,
        legal_representative: LegalRepresentative,
        registered_funds: Money,
        public_fundraising: bool,
        supervisory_unit: Option<String>,
        jurisdiction: Jurisdiction,
        applied_at: DateTime<Utc>,
        decision_due: NaiveDate,
    },
    OrganisationRegistered {
        registered_at: DateTime<Utc>,
    },
    RegistrationRefused {
        reason: String,
        refused_at: DateTime<Utc>,
    },
    ChangeRegistered {
        changes: Vec<FieldChange>,
        changed_at: DateTime<Utc>,
    },
    OrganisationDeregistered {
        reason: Option<String>,
        deregistered_at: DateTime<Utc>,
    },
    RegistrationRevoked {
        reason: String,
        revoked_at: DateTime<Utc>,
    },
    PreparationApplied {
        organisation_id: Uuid,
        name: String,
        kind: OrganisationKind,
        credit_code: CreditCode,
        domicile: String,
        purpose: String,
        business_scope: String,
        legal_representative: LegalRepresentative,
        registered_funds: Money,
        public_fundraising: bool,
        supervisory_unit: Option<String>,
        jurisdiction: Jurisdiction,
        members: Members,
        applied_at: DateTime<Utc>,
        decision_due: NaiveDate,
    },
    PreparationApproved {
        approved_at: DateTime<Utc>,
        establishment_due: NaiveDate,
    },
    PreparationRefused {
        reason: String,
        refused_at: DateTime<Utc>,
    },
    EstablishmentApplied {
        applied_at: DateTime<Utc>,
        members: Members,
        decision_due: NaiveDate,
    },
    PreparationLapsed {
        lapsed_at: DateTime<Utc>,
    },
    SuspensionOrdered {
        reason: String,
        ordered_at: DateTime<Utc>,
    },
    SuspensionLifted {
        reason: String,
        lifted_at: DateTime<Utc>,
    },
    DissolutionResolved {
        reason: String,
        resolved_at: DateTime<Utc>,
    },
    AnnualReportSubmitted {
        year: i32,
        submitted_at: DateTime<Utc>,
    },
    AnnualReportConcluded {
        year: i32,
        conclusion: ReportConclusion,
        concluded_at: DateTime<Utc>,
    },
    AnnualReportNotFiled {
        year: i32,
        due: NaiveDate,
        marked_at: DateTime<Utc>,
    },
    AbnormalListed {
        trigger: AbnormalTrigger,
        reason: String,
        rectification_required: bool,
        listed_at: DateTime<Utc>,
        escalates_on: NaiveDate,
        auto_removable_on: Option<NaiveDate>,
    },
    RectificationVerified {
        verified_at: DateTime<Utc>,
        removal_due: NaiveDate,
    },
    AbnormalRemoved {
        basis: RemovalBasis,
        reason: String,
        removed_at: DateTime<Utc>,
    },
    SeriousListed {
        trigger: SeriousTrigger,
        reason: String,
        listed_at: DateTime<Utc>,
        removable_from: NaiveDate,
    },
    SeriousRemoved {
        reason: String,
        removed_at: DateTime<Utc>,
    },
    RatingAwarded {
        grade: u8,
        score: u32,
        awarded_at: DateTime<Utc>,
        valid_from: NaiveDate,
        valid_until: NaiveDate,
    },
    RatingExpired {
        expired_at: DateTime<Utc>,
    },
    HubDesignated {
        field: String,
        from: NaiveDate,
        designated_at: DateTime<Utc>,
    },
    HubDesignationEnded {
        reason: String,
        ended_at: DateTime<Utc>,
    },
    HubMemberJoined {
        member_id: Uuid,
        joined_on: NaiveDate,
    },
    HubMemberLeft {
        member_id: Uuid,
        left_on: NaiveDate,
    },
    /// PERF-FEEDS: a concluded performance evaluation of one of its contracts.
    PerformanceGradeRecorded {
        evaluation_id: Uuid,
        contract_id: Uuid,
        procurement_id: Uuid,
        evaluator: crate::performance::EvaluatorKind,
        grade: crate::performance::Grade,
        score: crate::procurement::Points,
        concluded_at: DateTime<Utc>,
    },
}

/// The decision period schema-1 `RegistrationApplied` events were written under: the national
/// 60 days, the only rule before policies existed. Fixed here rather than read from today's
/// policy, so that upcasting an old event always gives the same deadline.
const V1_DECISION_DUE_DAYS: u32 = 60;

impl OrganisationEvent {
    /// Every kind with the payload schema this code writes for it.
    pub const KINDS: [(&'static str, u16); 29] = [
        ("RegistrationApplied", 2),
        ("OrganisationRegistered", 1),
        ("RegistrationRefused", 1),
        ("ChangeRegistered", 1),
        ("OrganisationDeregistered", 1),
        ("RegistrationRevoked", 1),
        ("PreparationApplied", 1),
        ("PreparationApproved", 1),
        ("PreparationRefused", 1),
        ("EstablishmentApplied", 1),
        ("PreparationLapsed", 1),
        ("SuspensionOrdered", 1),
        ("SuspensionLifted", 1),
        ("DissolutionResolved", 1),
        ("AnnualReportSubmitted", 1),
        ("AnnualReportConcluded", 1),
        ("AnnualReportNotFiled", 1),
        ("AbnormalListed", 1),
        ("RectificationVerified", 1),
        ("AbnormalRemoved", 1),
        ("SeriousListed", 1),
        ("SeriousRemoved", 1),
        ("RatingAwarded", 1),
        ("RatingExpired", 1),
        ("HubDesignated", 1),
        ("HubDesignationEnded", 1),
        ("HubMemberJoined", 1),
        ("HubMemberLeft", 1),
        ("PerformanceGradeRecorded", 1),
    ];

    fn current_schema(kind: &str) -> Option<u16> {
        Self::KINDS
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, s)| *s)
    }
}

impl DomainEvent for OrganisationEvent {
    fn kind(&self) -> &'static str {
        match self {
            Self::RegistrationApplied { .. } => "RegistrationApplied",
            Self::OrganisationRegistered { .. } => "OrganisationRegistered",
            Self::RegistrationRefused { .. } => "RegistrationRefused",
            Self::ChangeRegistered { .. } => "ChangeRegistered",
            Self::OrganisationDeregistered { .. } => "OrganisationDeregistered",
            Self::RegistrationRevoked { .. } => "RegistrationRevoked",
            Self::PreparationApplied { .. } => "PreparationApplied",
            Self::PreparationApproved { .. } => "PreparationApproved",
            Self::PreparationRefused { .. } => "PreparationRefused",
            Self::EstablishmentApplied { .. } => "EstablishmentApplied",
            Self::PreparationLapsed { .. } => "PreparationLapsed",
            Self::SuspensionOrdered { .. } => "SuspensionOrdered",
            Self::SuspensionLifted { .. } => "SuspensionLifted",
            Self::DissolutionResolved { .. } => "DissolutionResolved",
            Self::AnnualReportSubmitted { .. } => "AnnualReportSubmitted",
            Self::AnnualReportConcluded { .. } => "AnnualReportConcluded",
            Self::AnnualReportNotFiled { .. } => "AnnualReportNotFiled",
            Self::AbnormalListed { .. } => "AbnormalListed",
            Self::RectificationVerified { .. } => "RectificationVerified",
            Self::AbnormalRemoved { .. } => "AbnormalRemoved",
            Self::SeriousListed { .. } => "SeriousListed",
            Self::SeriousRemoved { .. } => "SeriousRemoved",
            Self::RatingAwarded { .. } => "RatingAwarded",
            Self::RatingExpired { .. } => "RatingExpired",
            Self::HubDesignated { .. } => "HubDesignated",
            Self::HubDesignationEnded { .. } => "HubDesignationEnded",
            Self::HubMemberJoined { .. } => "HubMemberJoined",
            Self::HubMemberLeft { .. } => "HubMemberLeft",
            Self::PerformanceGradeRecorded { .. } => "PerformanceGradeRecorded",
        }
    }

    fn schema(&self) -> u16 {
        Self::current_schema(self.kind()).unwrap_or(1)
    }

    fn to_data(&self) -> serde_json::Value {
        // Serialising these types cannot fail (string keys only, infallible Serialize impls),
        // and every variant has fields, so "data" is always present; Null is unreachable.
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(mut tagged)) => {
                tagged.remove("data").unwrap_or(serde_json::Value::Null)
            }
            _ => serde_json::Value::Null,
        }
    }

    fn from_stored(kind: &str, schema: u16, data: &serde_json::Value) -> Result<Self, DecodeError> {
        let current =
            Self::current_schema(kind).ok_or_else(|| DecodeError::UnknownKind(kind.to_owned()))?;
        let data = match (kind, schema) {
            (_, s) if s == current => data.clone(),
            ("RegistrationApplied", 1) => upcast_registration_applied_v1(data)?,
            _ => {
                return Err(DecodeError::UnsupportedSchema {
                    kind: kind.to_owned(),
                    schema,
                });
            }
        };
        let tagged = serde_json::json!({ "kind": kind, "data": data });
        serde_json::from_value(tagged).map_err(|e| DecodeError::Malformed {
            kind: kind.to_owned(),
            message: e.to_string(),
        })
    }
}

/// Schema 1 → 2: organisations of schema 1 did not declare public fundraising, which only
/// foundations' minimum funds depend on, so `false`; the decision was due 60 days after the
/// China-local application date.
fn upcast_registration_applied_v1(
    data: &serde_json::Value,
) -> Result<serde_json::Value, DecodeError> {
    let malformed = |message: String| DecodeError::Malformed {
        kind: "RegistrationApplied".to_owned(),
        message,
    };
    let serde_json::Value::Object(map) = data else {
        return Err(malformed("schema-1 payload is not an object".to_owned()));
    };
    let applied_at = map
        .get("appliedAt")
        .ok_or_else(|| malformed("schema-1 payload has no appliedAt".to_owned()))?;
    let applied_at: DateTime<Utc> = serde_json::from_value(applied_at.clone())
        .map_err(|e| malformed(format!("schema-1 appliedAt: {e}")))?;
    let decision_due = add_days(china_date(applied_at), V1_DECISION_DUE_DAYS);
    let mut map = map.clone();
    map.insert(
        "publicFundraising".to_owned(),
        serde_json::Value::Bool(false),
    );
    map.insert(
        "decisionDue".to_owned(),
        serde_json::Value::String(decision_due.to_string()),
    );
    Ok(serde_json::Value::Object(map))
}
