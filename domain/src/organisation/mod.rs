//! The Organisation aggregate: the single-stage registration lifecycle (DOMAIN.md Part B §2.2)
//! shared by all three kinds, plus revocation.
//!
//! ```text
//!   —  --Apply-->  APPLIED  --Approve-->  ACTIVE  --Deregister-->  DEREGISTERED
//!                     |                    |  ^
//!                     +--Refuse--> REFUSED |  +-- RegisterChange
//!                                          +--Revoke--> REVOKED
//! ```

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::aggregate::{Aggregate, Context, DecodeError, DomainEvent};
use crate::error::{DomainError, rules};
use crate::values::{CreditCode, Jurisdiction, LegalRepresentative, Money, OrganisationKind};

const NAME_MAX: usize = 100;
const TEXT_MAX: usize = 500;
const SUPERVISORY_UNIT_MAX: usize = 100;
const REASON_MAX: usize = 2000;
/// Words reserved for national organisations (社会团体登记管理条例 §10).
const NATIONAL_WORDS: [&str; 3] = ["中国", "全国", "中华"];

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OrganisationStatus {
    Applied,
    Active,
    Refused,
    Deregistered,
    Revoked,
}

impl OrganisationStatus {
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Applied => "申请中",
            Self::Active => "正常",
            Self::Refused => "不予登记",
            Self::Deregistered => "已注销",
            Self::Revoked => "已撤销",
        }
    }

    /// The wire name, as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Applied => "APPLIED",
            Self::Active => "ACTIVE",
            Self::Refused => "REFUSED",
            Self::Deregistered => "DEREGISTERED",
            Self::Revoked => "REVOKED",
        }
    }

    /// Live organisations hold their name and credit code; ended ones release the name.
    pub fn is_live(self) -> bool {
        matches!(self, Self::Applied | Self::Active)
    }
}

impl std::fmt::Display for OrganisationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The organisation as its events have made it. `Default` is the organisation before any
/// application: `id` and `status` are `None` and the other fields are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organisation {
    pub id: Option<Uuid>,
    pub status: Option<OrganisationStatus>,
    pub name: String,
    pub kind: Option<OrganisationKind>,
    pub credit_code: Option<CreditCode>,
    pub domicile: String,
    pub purpose: String,
    pub business_scope: String,
    pub legal_representative: Option<LegalRepresentative>,
    pub registered_funds: Money,
    pub supervisory_unit: Option<String>,
    pub jurisdiction: Option<Jurisdiction>,
    pub applied_at: Option<DateTime<Utc>>,
    pub registered_at: Option<DateTime<Utc>>,
    pub refused_at: Option<DateTime<Utc>>,
    pub refusal_reason: Option<String>,
    pub last_changed_at: Option<DateTime<Utc>>,
    /// Set on deregistration or revocation.
    pub ended_at: Option<DateTime<Utc>>,
    pub end_reason: Option<String>,
    /// Number of change registrations (ChangeRegistered events).
    pub changes_count: u32,
}

impl Organisation {
    pub fn is_live(&self) -> bool {
        self.status.is_some_and(OrganisationStatus::is_live)
    }
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub name: String,
    pub kind: OrganisationKind,
    pub credit_code: CreditCode,
    pub domicile: String,
    pub purpose: String,
    pub business_scope: String,
    pub legal_representative: LegalRepresentative,
    pub registered_funds: Money,
    pub supervisory_unit: Option<String>,
    pub jurisdiction: Jurisdiction,
}

/// Fields to change; `None` leaves a field as it is. `supervisory_unit: Some(None)` removes the
/// supervisory unit (e.g. on moving to direct registration, 直接登记). The credit code is not
/// here because change registration keeps it (REG-CHANGE).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeRequest {
    pub name: Option<String>,
    pub domicile: Option<String>,
    pub purpose: Option<String>,
    pub business_scope: Option<String>,
    pub legal_representative: Option<LegalRepresentative>,
    pub registered_funds: Option<Money>,
    pub supervisory_unit: Option<Option<String>>,
}

/// Lookups the handler made in the registry before deciding: which other organisation, if any,
/// already holds the credit code, and which live organisation of the same jurisdiction already
/// holds the (normalised, see [`normalise_name`]) name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegistryFacts {
    pub credit_code_holder: Option<Uuid>,
    pub live_name_holder: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrganisationCommand {
    Apply {
        organisation_id: Uuid,
        application: Application,
    },
    Approve,
    Refuse {
        reason: String,
    },
    RegisterChange(ChangeRequest),
    Deregister {
        reason: Option<String>,
    },
    Revoke {
        reason: String,
    },
}

impl OrganisationCommand {
    /// A stable name for logs and metrics.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Apply { .. } => "Apply",
            Self::Approve => "Approve",
            Self::Refuse { .. } => "Refuse",
            Self::RegisterChange(_) => "RegisterChange",
            Self::Deregister { .. } => "Deregister",
            Self::Revoke { .. } => "Revoke",
        }
    }

    fn describe(&self) -> &'static str {
        match self {
            Self::Apply { .. } => "applying for registration",
            Self::Approve => "approving the registration",
            Self::Refuse { .. } => "refusing the registration",
            Self::RegisterChange(_) => "registering a change",
            Self::Deregister { .. } => "deregistering",
            Self::Revoke { .. } => "revoking the registration",
        }
    }

    /// `None` means the command is only valid before any application.
    fn required_status(&self) -> Option<OrganisationStatus> {
        match self {
            Self::Apply { .. } => None,
            Self::Approve | Self::Refuse { .. } => Some(OrganisationStatus::Applied),
            Self::RegisterChange(_) | Self::Deregister { .. } | Self::Revoke { .. } => {
                Some(OrganisationStatus::Active)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

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
/// because the store hashes them as canonical JSON.
#[allow(
    clippy::large_enum_variant,
    reason = "events are few and short-lived; flat fields keep construction and matching in projections simple"
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all_fields = "camelCase")]
pub enum OrganisationEvent {
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
        supervisory_unit: Option<String>,
        jurisdiction: Jurisdiction,
        applied_at: DateTime<Utc>,
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
}

impl OrganisationEvent {
    /// Every kind with the payload schema this code writes for it.
    pub const KINDS: [(&'static str, u16); 6] = [
        ("RegistrationApplied", 1),
        ("OrganisationRegistered", 1),
        ("RegistrationRefused", 1),
        ("ChangeRegistered", 1),
        ("OrganisationDeregistered", 1),
        ("RegistrationRevoked", 1),
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
            // Upcasters go here, one arm per (kind, old schema), each returning the payload
            // rewritten to the current schema, e.g.
            // ("RegistrationApplied", 1) => upcast_registration_applied_v1(data)?,
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

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

/// The form of a name under which uniqueness is judged and which is recorded. The handler
/// should look up `live_name_holder` with this same form.
pub fn normalise_name(name: &str) -> String {
    name.trim().to_owned()
}

fn check_name(name: &str, jurisdiction: &Jurisdiction) -> Result<String, DomainError> {
    let name = normalise_name(name);
    if name.is_empty() {
        return Err(DomainError::validation_rule(
            "name",
            rules::REG_NAME,
            "organisation name (名称) is empty",
        ));
    }
    let len = name.chars().count();
    if len > NAME_MAX {
        return Err(DomainError::validation_rule(
            "name",
            rules::REG_NAME,
            format!(
                "organisation name (名称) has {len} characters; at most {NAME_MAX} are allowed"
            ),
        ));
    }
    if !jurisdiction.is_national()
        && let Some(word) = NATIONAL_WORDS.iter().find(|w| name.contains(*w))
    {
        return Err(DomainError::violation(
            rules::REG_NAME,
            format!(
                "name \"{name}\" contains \"{word}\"; only organisations registered at the national level (100000) may use 中国, 全国 or 中华, and this one is registered under {jurisdiction}"
            ),
        ));
    }
    Ok(name)
}

fn check_name_holder(
    name: &str,
    this: Option<Uuid>,
    facts: &RegistryFacts,
) -> Result<(), DomainError> {
    match facts.live_name_holder {
        Some(holder) if Some(holder) != this => Err(DomainError::violation(
            rules::REG_NAME,
            format!(
                "name \"{name}\" is already used by live organisation {holder} of the same registration authority (登记管理机关)"
            ),
        )),
        _ => Ok(()),
    }
}

fn check_code_holder(
    code: &CreditCode,
    this: Option<Uuid>,
    facts: &RegistryFacts,
) -> Result<(), DomainError> {
    match facts.credit_code_holder {
        Some(holder) if Some(holder) != this => Err(DomainError::violation(
            rules::REG_USCC,
            format!("credit code {code} is already held by organisation {holder}"),
        )),
        _ => Ok(()),
    }
}

fn check_text(field: &'static str, label: &str, value: &str) -> Result<String, DomainError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(DomainError::validation(field, format!("{label} is empty")));
    }
    let len = value.chars().count();
    if len > TEXT_MAX {
        return Err(DomainError::validation(
            field,
            format!("{label} has {len} characters; at most {TEXT_MAX} are allowed"),
        ));
    }
    Ok(value.to_owned())
}

fn check_supervisory_unit(unit: Option<&str>) -> Result<Option<String>, DomainError> {
    let Some(unit) = unit else {
        return Ok(None);
    };
    let unit = unit.trim();
    if unit.is_empty() {
        return Err(DomainError::validation(
            "supervisoryUnit",
            "supervisory unit (业务主管单位) is empty; leave it out if there is none",
        ));
    }
    let len = unit.chars().count();
    if len > SUPERVISORY_UNIT_MAX {
        return Err(DomainError::validation(
            "supervisoryUnit",
            format!(
                "supervisory unit (业务主管单位) has {len} characters; at most {SUPERVISORY_UNIT_MAX} are allowed"
            ),
        ));
    }
    Ok(Some(unit.to_owned()))
}

fn check_reason(reason: &str, what: &str) -> Result<String, DomainError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(DomainError::validation_rule(
            "reason",
            rules::REG_REFUSAL_REASON,
            format!("{what} needs a reason (理由), and none was given"),
        ));
    }
    let len = reason.chars().count();
    if len > REASON_MAX {
        return Err(DomainError::validation_rule(
            "reason",
            rules::REG_REFUSAL_REASON,
            format!("the reason has {len} characters; at most {REASON_MAX} are allowed"),
        ));
    }
    Ok(reason.to_owned())
}

fn check_credit_code(
    code: &CreditCode,
    kind: OrganisationKind,
    jurisdiction: &Jurisdiction,
) -> Result<(), DomainError> {
    let digit = code.kind_digit();
    if digit != kind.credit_code_digit() {
        return Err(DomainError::violation(
            rules::REG_USCC,
            format!(
                "credit code {code}: position 2 is '{digit}', but a {} ({}) must have '{}'",
                kind.as_str(),
                kind.label_zh(),
                kind.credit_code_digit()
            ),
        ));
    }
    if code.division() != jurisdiction.as_str() {
        return Err(DomainError::violation(
            rules::REG_USCC,
            format!(
                "credit code {code}: positions 3–8 are {}, but the registration authority is {jurisdiction}",
                code.division()
            ),
        ));
    }
    Ok(())
}

impl Organisation {
    fn require_status(&self, command: &OrganisationCommand) -> Result<(), DomainError> {
        let wanted = command.required_status();
        if self.status == wanted {
            return Ok(());
        }
        let current = match self.status {
            Some(s) => format!("organisation is {s} ({})", s.label_zh()),
            None => "organisation has not applied for registration (未申请)".to_owned(),
        };
        let needed = match wanted {
            Some(s) => format!("needs it to be {s}"),
            None => "needs an organisation that has not applied yet".to_owned(),
        };
        Err(DomainError::violation(
            rules::REG_STATE,
            format!("{current}; {} {needed}", command.describe()),
        ))
    }

    fn decide_apply(
        organisation_id: Uuid,
        app: &Application,
        ctx: &Context,
    ) -> Result<Vec<OrganisationEvent>, DomainError> {
        if organisation_id.is_nil() {
            return Err(DomainError::validation(
                "organisationId",
                "organisation id must not be the nil UUID",
            ));
        }
        let name = check_name(&app.name, &app.jurisdiction)?;
        let domicile = check_text("domicile", "domicile (住所)", &app.domicile)?;
        let purpose = check_text("purpose", "purpose (宗旨)", &app.purpose)?;
        let business_scope = check_text(
            "businessScope",
            "business scope (业务范围)",
            &app.business_scope,
        )?;
        let supervisory_unit = check_supervisory_unit(app.supervisory_unit.as_deref())?;
        check_credit_code(&app.credit_code, app.kind, &app.jurisdiction)?;
        let this = Some(organisation_id);
        check_code_holder(&app.credit_code, this, &ctx.facts)?;
        check_name_holder(&name, this, &ctx.facts)?;
        Ok(vec![OrganisationEvent::RegistrationApplied {
            organisation_id,
            name,
            kind: app.kind,
            credit_code: app.credit_code.clone(),
            domicile,
            purpose,
            business_scope,
            legal_representative: app.legal_representative.clone(),
            registered_funds: app.registered_funds,
            supervisory_unit,
            jurisdiction: app.jurisdiction.clone(),
            applied_at: ctx.now,
        }])
    }

    fn decide_change(
        &self,
        req: &ChangeRequest,
        ctx: &Context,
    ) -> Result<Vec<OrganisationEvent>, DomainError> {
        let mut changes = Vec::new();
        if let Some(name) = &req.name {
            // An APPLIED or ACTIVE organisation always has a jurisdiction; national is the
            // permissive fallback so that a corrupt state cannot invent a refusal.
            let jurisdiction = self
                .jurisdiction
                .clone()
                .unwrap_or_else(Jurisdiction::national);
            let new = check_name(name, &jurisdiction)?;
            if new != self.name {
                check_name_holder(&new, self.id, &ctx.facts)?;
                changes.push(FieldChange::Name {
                    old: self.name.clone(),
                    new,
                });
            }
        }
        type MakeChange = fn(String, String) -> FieldChange;
        let texts: [(&Option<String>, &'static str, &str, &String, MakeChange); 3] = [
            (
                &req.domicile,
                "domicile",
                "domicile (住所)",
                &self.domicile,
                |old, new| FieldChange::Domicile { old, new },
            ),
            (
                &req.purpose,
                "purpose",
                "purpose (宗旨)",
                &self.purpose,
                |old, new| FieldChange::Purpose { old, new },
            ),
            (
                &req.business_scope,
                "businessScope",
                "business scope (业务范围)",
                &self.business_scope,
                |old, new| FieldChange::BusinessScope { old, new },
            ),
        ];
        for (requested, field, label, current, make) in texts {
            let Some(requested) = requested else { continue };
            let new = check_text(field, label, requested)?;
            if &new != current {
                changes.push(make(current.clone(), new));
            }
        }
        if let Some(new) = &req.legal_representative
            && self.legal_representative.as_ref() != Some(new)
        {
            match &self.legal_representative {
                Some(old) => changes.push(FieldChange::LegalRepresentative {
                    old: old.clone(),
                    new: new.clone(),
                }),
                // Unreachable for an ACTIVE organisation; refusing beats inventing an old value.
                None => {
                    return Err(DomainError::violation(
                        rules::REG_CHANGE,
                        "the organisation has no recorded legal representative to change",
                    ));
                }
            }
        }
        if let Some(new) = req.registered_funds
            && new != self.registered_funds
        {
            changes.push(FieldChange::RegisteredFunds {
                old: self.registered_funds,
                new,
            });
        }
        if let Some(requested) = &req.supervisory_unit {
            let new = check_supervisory_unit(requested.as_deref())?;
            if new != self.supervisory_unit {
                changes.push(FieldChange::SupervisoryUnit {
                    old: self.supervisory_unit.clone(),
                    new,
                });
            }
        }
        if changes.is_empty() {
            return Err(DomainError::violation(
                rules::REG_CHANGE,
                "nothing to change: every field given is the same as the registered value (登记事项)",
            ));
        }
        Ok(vec![OrganisationEvent::ChangeRegistered {
            changes,
            changed_at: ctx.now,
        }])
    }

    fn decide_deregister(
        reason: Option<&str>,
        ctx: &Context,
    ) -> Result<Vec<OrganisationEvent>, DomainError> {
        let reason = match reason.map(str::trim).filter(|r| !r.is_empty()) {
            None => None,
            Some(r) if r.chars().count() > REASON_MAX => {
                return Err(DomainError::validation(
                    "reason",
                    format!(
                        "the reason has {} characters; at most {REASON_MAX} are allowed",
                        r.chars().count()
                    ),
                ));
            }
            Some(r) => Some(r.to_owned()),
        };
        Ok(vec![OrganisationEvent::OrganisationDeregistered {
            reason,
            deregistered_at: ctx.now,
        }])
    }

    fn apply_change(&mut self, change: &FieldChange) {
        match change {
            FieldChange::Name { new, .. } => self.name = new.clone(),
            FieldChange::Domicile { new, .. } => self.domicile = new.clone(),
            FieldChange::Purpose { new, .. } => self.purpose = new.clone(),
            FieldChange::BusinessScope { new, .. } => self.business_scope = new.clone(),
            FieldChange::LegalRepresentative { new, .. } => {
                self.legal_representative = Some(new.clone());
            }
            FieldChange::RegisteredFunds { new, .. } => self.registered_funds = *new,
            FieldChange::SupervisoryUnit { new, .. } => self.supervisory_unit = new.clone(),
        }
    }
}

impl Aggregate for Organisation {
    type Command = OrganisationCommand;
    type Event = OrganisationEvent;
    const CATEGORY: &'static str = "organisation";

    fn decide(
        &self,
        command: &OrganisationCommand,
        ctx: &Context,
    ) -> Result<Vec<OrganisationEvent>, DomainError> {
        self.require_status(command)?;
        match command {
            OrganisationCommand::Apply {
                organisation_id,
                application,
            } => Self::decide_apply(*organisation_id, application, ctx),
            OrganisationCommand::Approve => {
                // Re-checked because another organisation may have taken the code or the name
                // between application and approval.
                if let Some(code) = &self.credit_code {
                    check_code_holder(code, self.id, &ctx.facts)?;
                }
                check_name_holder(&self.name, self.id, &ctx.facts)?;
                Ok(vec![OrganisationEvent::OrganisationRegistered {
                    registered_at: ctx.now,
                }])
            }
            OrganisationCommand::Refuse { reason } => {
                let reason = check_reason(reason, "refusing a registration")?;
                Ok(vec![OrganisationEvent::RegistrationRefused {
                    reason,
                    refused_at: ctx.now,
                }])
            }
            OrganisationCommand::RegisterChange(req) => self.decide_change(req, ctx),
            OrganisationCommand::Deregister { reason } => {
                Self::decide_deregister(reason.as_deref(), ctx)
            }
            OrganisationCommand::Revoke { reason } => {
                let reason = check_reason(reason, "revoking a registration (撤销登记)")?;
                Ok(vec![OrganisationEvent::RegistrationRevoked {
                    reason,
                    revoked_at: ctx.now,
                }])
            }
        }
    }

    fn evolve(mut self, event: &OrganisationEvent) -> Self {
        match event {
            OrganisationEvent::RegistrationApplied {
                organisation_id,
                name,
                kind,
                credit_code,
                domicile,
                purpose,
                business_scope,
                legal_representative,
                registered_funds,
                supervisory_unit,
                jurisdiction,
                applied_at,
            } => {
                self.id = Some(*organisation_id);
                self.status = Some(OrganisationStatus::Applied);
                self.name = name.clone();
                self.kind = Some(*kind);
                self.credit_code = Some(credit_code.clone());
                self.domicile = domicile.clone();
                self.purpose = purpose.clone();
                self.business_scope = business_scope.clone();
                self.legal_representative = Some(legal_representative.clone());
                self.registered_funds = *registered_funds;
                self.supervisory_unit = supervisory_unit.clone();
                self.jurisdiction = Some(jurisdiction.clone());
                self.applied_at = Some(*applied_at);
            }
            OrganisationEvent::OrganisationRegistered { registered_at } => {
                self.status = Some(OrganisationStatus::Active);
                self.registered_at = Some(*registered_at);
            }
            OrganisationEvent::RegistrationRefused { reason, refused_at } => {
                self.status = Some(OrganisationStatus::Refused);
                self.refusal_reason = Some(reason.clone());
                self.refused_at = Some(*refused_at);
            }
            OrganisationEvent::ChangeRegistered {
                changes,
                changed_at,
            } => {
                for change in changes {
                    self.apply_change(change);
                }
                self.changes_count = self.changes_count.saturating_add(1);
                self.last_changed_at = Some(*changed_at);
            }
            OrganisationEvent::OrganisationDeregistered {
                reason,
                deregistered_at,
            } => {
                self.status = Some(OrganisationStatus::Deregistered);
                self.ended_at = Some(*deregistered_at);
                self.end_reason = reason.clone();
            }
            OrganisationEvent::RegistrationRevoked { reason, revoked_at } => {
                self.status = Some(OrganisationStatus::Revoked);
                self.ended_at = Some(*revoked_at);
                self.end_reason = Some(reason.clone());
            }
        }
        self
    }
}

#[cfg(test)]
mod tests;
