//! Hub-type organisations (枢纽型组织, HUB; Part B §3.1). The events live on the hub's stream;
//! a member's own stream is untouched, so admitting a member needs no second aggregate.

use chrono::NaiveDate;
use uuid::Uuid;

use super::Decided;
use crate::error::{DomainError, rules};
use crate::organisation::RegistryContext as Context;
use crate::organisation::events::OrganisationEvent;
use crate::organisation::rules::check_reason;
use crate::organisation::state::Organisation;

const FIELD_MAX: usize = 100;

fn violation(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::HUB, message).zh(zh)
}

impl Organisation {
    fn require_hub(&self) -> Result<(), DomainError> {
        if self.hub.is_none() {
            return Err(violation(
                "the organisation is not designated a hub (枢纽型组织)".to_owned(),
                "该社会组织未被认定为枢纽型组织".to_owned(),
            ));
        }
        Ok(())
    }

    pub(super) fn decide_designate_hub(
        &self,
        field: &str,
        from: NaiveDate,
        ctx: &Context,
    ) -> Decided {
        if let Some(hub) = &self.hub {
            return Err(violation(
                format!(
                    "the organisation is already a hub for {} since {}; end that designation first",
                    hub.field, hub.from
                ),
                format!(
                    "该社会组织自{}起已被认定为{}领域的枢纽型组织，请先终止该认定",
                    hub.from, hub.field
                ),
            ));
        }
        let field = field.trim();
        if field.is_empty() {
            return Err(DomainError::validation_rule(
                "field",
                rules::HUB,
                "the field the hub serves (领域) is empty",
            )
            .zh("枢纽型组织服务的领域未填写"));
        }
        let len = field.chars().count();
        if len > FIELD_MAX {
            return Err(DomainError::validation_rule(
                "field",
                rules::HUB,
                format!("the field has {len} characters; at most {FIELD_MAX} are allowed"),
            )
            .zh(format!("领域为{len}个字符，最多{FIELD_MAX}个字符")));
        }
        if let Some(registered_on) = self.registered_on()
            && from < registered_on
        {
            return Err(violation(
                format!(
                    "a designation from {from} would start before the organisation was registered on {registered_on}"
                ),
                format!("认定自{from}起，早于该社会组织的登记成立日期{registered_on}"),
            ));
        }
        Ok(vec![OrganisationEvent::HubDesignated {
            field: field.to_owned(),
            from,
            designated_at: ctx.now,
        }])
    }

    /// Members are released one by one before the designation ends, so that every membership
    /// has an explicit end in the stream.
    pub(super) fn decide_end_hub(&self, reason: &str, ctx: &Context) -> Decided {
        self.require_hub()?;
        let reason = check_reason(
            reason,
            ("ending a hub designation", "终止枢纽型社会组织认定"),
        )?;
        let today = ctx.today();
        let mut events: Vec<OrganisationEvent> = self
            .hub_members
            .iter()
            .map(|m| OrganisationEvent::HubMemberLeft {
                member_id: m.member_id,
                left_on: today,
            })
            .collect();
        events.push(OrganisationEvent::HubDesignationEnded {
            reason,
            ended_at: ctx.now,
        });
        Ok(events)
    }

    pub(super) fn decide_admit_member(&self, member_id: Uuid, ctx: &Context) -> Decided {
        if member_id.is_nil() {
            return Err(
                DomainError::validation("memberId", "member id must not be the nil UUID")
                    .zh("成员编号不能为全零 UUID"),
            );
        }
        self.require_hub()?;
        if Some(member_id) == self.id {
            return Err(violation(
                "a hub cannot be a member of itself".to_owned(),
                "枢纽型组织不能成为自己的成员".to_owned(),
            ));
        }
        if self.is_hub_member(member_id) {
            return Err(violation(
                format!("organisation {member_id} is already a member of this hub"),
                format!("社会组织 {member_id} 已是该枢纽型组织的成员"),
            ));
        }
        if ctx.facts.member_is_live == Some(false) {
            return Err(violation(
                format!(
                    "organisation {member_id} is not live (refused, lapsed, deregistered or revoked) and cannot join a hub"
                ),
                format!(
                    "社会组织 {member_id} 已不存续（不予登记、筹备失效、已注销或已撤销），不能加入枢纽型组织"
                ),
            ));
        }
        Ok(vec![OrganisationEvent::HubMemberJoined {
            member_id,
            joined_on: ctx.today(),
        }])
    }

    pub(super) fn decide_release_member(&self, member_id: Uuid, ctx: &Context) -> Decided {
        if !self.is_hub_member(member_id) {
            return Err(violation(
                format!("organisation {member_id} is not a member of this hub"),
                format!("社会组织 {member_id} 不是该枢纽型组织的成员"),
            ));
        }
        Ok(vec![OrganisationEvent::HubMemberLeft {
            member_id,
            left_on: ctx.today(),
        }])
    }
}
