//! Registration: single stage (Part B §2.2), the social group's two stages (§2.1), change,
//! suspension, dissolution and the end of an organisation.

use uuid::Uuid;

use super::Decided;
use crate::calendar::{add_days, add_months};
use crate::error::{DomainError, rules};
use crate::organisation::RegistryContext as Context;
use crate::organisation::commands::{Application, ChangeRequest};
use crate::organisation::events::{FieldChange, OrganisationEvent};
use crate::organisation::rules::{
    Label, REASON_MAX, check_code_holder, check_credit_code, check_funds, check_members,
    check_name, check_name_holder, check_reason, check_supervisory_unit, check_text,
};
use crate::organisation::state::{Members, Organisation, OrganisationStatus};
use crate::values::{Jurisdiction, OrganisationKind};

/// An application's fields as checked and cleaned, ready to record.
struct Checked {
    name: String,
    domicile: String,
    purpose: String,
    business_scope: String,
    supervisory_unit: Option<String>,
}

fn check_organisation_id(organisation_id: Uuid) -> Result<(), DomainError> {
    if organisation_id.is_nil() {
        return Err(DomainError::validation(
            "organisationId",
            "organisation id must not be the nil UUID",
        )
        .zh("社会组织编号不能为全零 UUID"));
    }
    Ok(())
}

/// What single-stage and preparation applications share: REG-NAME, REG-USCC, REG-MIN-FUNDS.
fn check_application(
    organisation_id: Uuid,
    app: &Application,
    ctx: &Context,
) -> Result<Checked, DomainError> {
    let name = check_name(&app.name, &app.jurisdiction)?;
    let domicile = check_text("domicile", ("domicile (住所)", "住所"), &app.domicile)?;
    let purpose = check_text("purpose", ("purpose (宗旨)", "宗旨"), &app.purpose)?;
    let business_scope = check_text(
        "businessScope",
        ("business scope (业务范围)", "业务范围"),
        &app.business_scope,
    )?;
    let supervisory_unit = check_supervisory_unit(app.supervisory_unit.as_deref())?;
    check_credit_code(&app.credit_code, app.kind, &app.jurisdiction)?;
    let this = Some(organisation_id);
    check_code_holder(&app.credit_code, this, &ctx.facts)?;
    check_name_holder(&name, this, &ctx.facts)?;
    check_funds(
        app.registered_funds,
        app.kind,
        &app.jurisdiction,
        app.public_fundraising,
        &ctx.policy,
    )?;
    Ok(Checked {
        name,
        domicile,
        purpose,
        business_scope,
        supervisory_unit,
    })
}

impl Organisation {
    pub(super) fn decide_apply(organisation_id: Uuid, app: &Application, ctx: &Context) -> Decided {
        check_organisation_id(organisation_id)?;
        if app.kind == OrganisationKind::SocialGroup {
            return Err(DomainError::violation(
                rules::REG_TWO_STAGE,
                "social groups apply for preparation first (筹备, ApplyForPreparation), then for establishment; single-stage registration is for social service organisations and foundations",
            )
            .zh("社会团体须先申请筹备，再申请成立登记；直接申请登记只适用于社会服务机构和基金会"));
        }
        let c = check_application(organisation_id, app, ctx)?;
        Ok(vec![OrganisationEvent::RegistrationApplied {
            organisation_id,
            name: c.name,
            kind: app.kind,
            credit_code: app.credit_code.clone(),
            domicile: c.domicile,
            purpose: c.purpose,
            business_scope: c.business_scope,
            legal_representative: app.legal_representative.clone(),
            registered_funds: app.registered_funds,
            public_fundraising: app.public_fundraising,
            supervisory_unit: c.supervisory_unit,
            jurisdiction: app.jurisdiction.clone(),
            applied_at: ctx.now,
            decision_due: add_days(ctx.today(), ctx.policy.decision_due_days),
        }])
    }

    pub(super) fn decide_apply_for_preparation(
        organisation_id: Uuid,
        app: &Application,
        members: Members,
        ctx: &Context,
    ) -> Decided {
        check_organisation_id(organisation_id)?;
        if app.kind != OrganisationKind::SocialGroup {
            return Err(DomainError::violation(
                rules::REG_TWO_STAGE,
                format!(
                    "only social groups go through preparation (筹备); a {} ({}) applies for registration directly (Apply)",
                    app.kind.as_str(),
                    app.kind.label_zh()
                ),
            )
            .zh(format!(
                "只有社会团体需要筹备；{}直接申请登记",
                app.kind.label_zh()
            )));
        }
        let c = check_application(organisation_id, app, ctx)?;
        check_members(members, &ctx.policy)?;
        Ok(vec![OrganisationEvent::PreparationApplied {
            organisation_id,
            name: c.name,
            kind: app.kind,
            credit_code: app.credit_code.clone(),
            domicile: c.domicile,
            purpose: c.purpose,
            business_scope: c.business_scope,
            legal_representative: app.legal_representative.clone(),
            registered_funds: app.registered_funds,
            public_fundraising: app.public_fundraising,
            supervisory_unit: c.supervisory_unit,
            jurisdiction: app.jurisdiction.clone(),
            members,
            applied_at: ctx.now,
            decision_due: add_days(ctx.today(), ctx.policy.decision_due_days),
        }])
    }

    /// Another organisation may have taken the code or the name since the application.
    fn recheck_holders(&self, ctx: &Context) -> Result<(), DomainError> {
        if let Some(code) = &self.credit_code {
            check_code_holder(code, self.id, &ctx.facts)?;
        }
        check_name_holder(&self.name, self.id, &ctx.facts)
    }

    pub(super) fn decide_approve_preparation(&self, ctx: &Context) -> Decided {
        self.recheck_holders(ctx)?;
        Ok(vec![OrganisationEvent::PreparationApproved {
            approved_at: ctx.now,
            establishment_due: add_months(ctx.today(), ctx.policy.preparation_valid_months),
        }])
    }

    pub(super) fn decide_refuse_preparation(reason: &str, ctx: &Context) -> Decided {
        let reason = check_reason(reason, ("refusing a preparation", "不予批准筹备"))?;
        Ok(vec![OrganisationEvent::PreparationRefused {
            reason,
            refused_at: ctx.now,
        }])
    }

    pub(super) fn decide_apply_for_establishment(
        &self,
        members: Members,
        ctx: &Context,
    ) -> Decided {
        if let Some(due) = self.establishment_due
            && ctx.today() > due
        {
            return Err(DomainError::violation(
                rules::REG_TWO_STAGE,
                format!(
                    "the preparation period (筹备期) ended on {due}; establishment can no longer be applied for and the preparation lapses"
                ),
            )
            .zh(format!(
                "筹备期已于{due}届满，不能再申请成立登记，筹备失效"
            )));
        }
        check_members(members, &ctx.policy)?;
        Ok(vec![OrganisationEvent::EstablishmentApplied {
            applied_at: ctx.now,
            members,
            decision_due: add_days(ctx.today(), ctx.policy.establishment_decision_due_days),
        }])
    }

    pub(super) fn decide_lapse_preparation(&self, ctx: &Context) -> Decided {
        match self.establishment_due {
            Some(due) if ctx.today() > due => Ok(vec![OrganisationEvent::PreparationLapsed {
                lapsed_at: ctx.now,
            }]),
            Some(due) => Err(DomainError::violation(
                rules::REG_TWO_STAGE,
                format!(
                    "the preparation period (筹备期) runs until {due}; it lapses only after that day"
                ),
            )
            .zh(format!("筹备期至{due}止，过了当日才失效"))),
            None => Err(DomainError::violation(
                rules::REG_TWO_STAGE,
                "the preparation has no recorded deadline, so it cannot lapse",
            )
            .zh("该筹备没有记录截止日期，不能宣告失效")),
        }
    }

    pub(super) fn decide_approve(&self, ctx: &Context) -> Decided {
        self.recheck_holders(ctx)?;
        Ok(vec![OrganisationEvent::OrganisationRegistered {
            registered_at: ctx.now,
        }])
    }

    pub(super) fn decide_refuse(reason: &str, ctx: &Context) -> Decided {
        let reason = check_reason(reason, ("refusing a registration", "不予登记"))?;
        Ok(vec![OrganisationEvent::RegistrationRefused {
            reason,
            refused_at: ctx.now,
        }])
    }

    pub(super) fn decide_revoke(reason: &str, ctx: &Context) -> Decided {
        let reason = check_reason(reason, ("revoking a registration (撤销登记)", "撤销登记"))?;
        Ok(vec![OrganisationEvent::RegistrationRevoked {
            reason,
            revoked_at: ctx.now,
        }])
    }

    pub(super) fn decide_order_suspension(reason: &str, ctx: &Context) -> Decided {
        let reason = check_reason(
            reason,
            ("ordering a suspension (限期停止活动)", "责令限期停止活动"),
        )?;
        Ok(vec![OrganisationEvent::SuspensionOrdered {
            reason,
            ordered_at: ctx.now,
        }])
    }

    pub(super) fn decide_lift_suspension(reason: &str, ctx: &Context) -> Decided {
        let reason = check_reason(reason, ("lifting a suspension", "解除停止活动"))?;
        Ok(vec![OrganisationEvent::SuspensionLifted {
            reason,
            lifted_at: ctx.now,
        }])
    }

    pub(super) fn decide_resolve_dissolution(reason: &str, ctx: &Context) -> Decided {
        let reason = check_reason(reason, ("recording a dissolution (解散)", "登记解散"))?;
        Ok(vec![OrganisationEvent::DissolutionResolved {
            reason,
            resolved_at: ctx.now,
        }])
    }

    pub(super) fn decide_change(&self, req: &ChangeRequest, ctx: &Context) -> Decided {
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
        let texts: [(&Option<String>, &'static str, Label, &String, MakeChange); 3] = [
            (
                &req.domicile,
                "domicile",
                ("domicile (住所)", "住所"),
                &self.domicile,
                |old, new| FieldChange::Domicile { old, new },
            ),
            (
                &req.purpose,
                "purpose",
                ("purpose (宗旨)", "宗旨"),
                &self.purpose,
                |old, new| FieldChange::Purpose { old, new },
            ),
            (
                &req.business_scope,
                "businessScope",
                ("business scope (业务范围)", "业务范围"),
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
                    )
                    .zh("该社会组织没有登记法定代表人，无法变更"));
                }
            }
        }
        if let Some(new) = req.registered_funds
            && new != self.registered_funds
        {
            if let (Some(kind), Some(jurisdiction)) = (self.kind, &self.jurisdiction) {
                check_funds(
                    new,
                    kind,
                    jurisdiction,
                    self.public_fundraising,
                    &ctx.policy,
                )?;
            }
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
            )
            .zh("没有需要变更的内容：填写的各项与已登记事项相同"));
        }
        Ok(vec![OrganisationEvent::ChangeRegistered {
            changes,
            changed_at: ctx.now,
        }])
    }

    pub(super) fn decide_deregister(&self, reason: Option<&str>, ctx: &Context) -> Decided {
        // A social group ends through its members' dissolution and a liquidation (Part B §2.1);
        // the single-stage kinds are deregistered from ACTIVE (§2.2).
        if self.kind == Some(OrganisationKind::SocialGroup)
            && self.status != Some(OrganisationStatus::Liquidating)
        {
            let status = self.status.map_or("not registered", |s| s.as_str());
            return Err(DomainError::violation(
                rules::REG_STATE,
                format!(
                    "organisation is {status}; a social group (社会团体) is deregistered only after its dissolution is recorded (解散, ResolveDissolution) and it has gone through liquidation (清算, LIQUIDATING)"
                ),
            )
            .zh(format!(
                "该社会组织的登记状态为“{}”；社会团体须先登记解散并完成清算，方可办理注销登记",
                self.status.map_or("未登记", |s| s.label_zh())
            )));
        }
        let reason = match reason.map(str::trim).filter(|r| !r.is_empty()) {
            None => None,
            Some(r) if r.chars().count() > REASON_MAX => {
                return Err(DomainError::validation(
                    "reason",
                    format!(
                        "the reason has {} characters; at most {REASON_MAX} are allowed",
                        r.chars().count()
                    ),
                )
                .zh(format!(
                    "理由为{}个字符，最多{REASON_MAX}个字符",
                    r.chars().count()
                )));
            }
            Some(r) => Some(r.to_owned()),
        };
        Ok(vec![OrganisationEvent::OrganisationDeregistered {
            reason,
            deregistered_at: ctx.now,
        }])
    }
}
