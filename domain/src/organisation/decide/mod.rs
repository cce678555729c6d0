//! `decide`: the state check every command shares (REG-STATE), then one focused module per
//! area of the registry.

mod annual_reports;
mod credit;
mod hub;
mod performance;
mod rating;
mod registration;

use super::commands::OrganisationCommand;
use super::events::OrganisationEvent;
use super::state::{Organisation, OrganisationStatus};
use crate::error::{DomainError, rules};
use crate::organisation::RegistryContext as Context;
use crate::values::check_no_control_chars;

type Decided = Result<Vec<OrganisationEvent>, DomainError>;

impl Organisation {
    pub(super) fn decide_command(&self, command: &OrganisationCommand, ctx: &Context) -> Decided {
        use OrganisationCommand as C;
        for (field, label, value, shape) in command.texts() {
            check_no_control_chars(field, label, value, shape)?;
        }
        self.require_status(command)?;
        match command {
            C::Apply {
                organisation_id,
                application,
            } => Self::decide_apply(*organisation_id, application, ctx),
            C::ApplyForPreparation {
                organisation_id,
                application,
                members,
            } => Self::decide_apply_for_preparation(*organisation_id, application, *members, ctx),
            C::ApprovePreparation => self.decide_approve_preparation(ctx),
            C::RefusePreparation { reason } => Self::decide_refuse_preparation(reason, ctx),
            C::ApplyForEstablishment { members } => {
                self.decide_apply_for_establishment(*members, ctx)
            }
            C::LapsePreparation => self.decide_lapse_preparation(ctx),
            C::Approve => self.decide_approve(ctx),
            C::Refuse { reason } => Self::decide_refuse(reason, ctx),
            C::RegisterChange(req) => self.decide_change(req, ctx),
            C::Deregister { reason } => self.decide_deregister(reason.as_deref(), ctx),
            C::Revoke { reason } => Self::decide_revoke(reason, ctx),
            C::OrderSuspension { reason } => Self::decide_order_suspension(reason, ctx),
            C::LiftSuspension { reason } => Self::decide_lift_suspension(reason, ctx),
            C::ResolveDissolution { reason } => Self::decide_resolve_dissolution(reason, ctx),
            C::SubmitAnnualReport { year } => self.decide_submit_report(*year, ctx),
            C::ConcludeAnnualReport { year, conclusion } => {
                self.decide_conclude_report(*year, *conclusion, ctx)
            }
            C::MarkAnnualReportNotFiled { year } => self.decide_mark_not_filed(*year, ctx),
            C::ListAsAbnormal {
                trigger,
                reason,
                rectification_required,
            } => self.decide_list_as_abnormal(*trigger, reason, *rectification_required, ctx),
            C::VerifyRectification => self.decide_verify_rectification(ctx),
            C::RemoveFromAbnormal { basis, reason } => {
                self.decide_remove_from_abnormal(*basis, reason.as_deref(), ctx)
            }
            C::EscalateToSerious => self.decide_escalate(ctx),
            C::ListAsSerious { trigger, reason } => {
                Self::decide_list_as_serious(*trigger, reason, ctx)
            }
            C::RemoveFromSerious { reason } => self.decide_remove_from_serious(reason, ctx),
            C::RateOrganisation { grade, score } => self.decide_rate(*grade, *score, ctx),
            C::ExpireRating => self.decide_expire_rating(ctx),
            C::DesignateHub { field, from } => self.decide_designate_hub(field, *from, ctx),
            C::EndHubDesignation { reason } => self.decide_end_hub(reason, ctx),
            C::AdmitHubMember { member_id } => self.decide_admit_member(*member_id, ctx),
            C::ReleaseHubMember { member_id } => self.decide_release_member(*member_id, ctx),
            C::RecordPerformanceGrade(grade) => self.decide_record_grade(grade),
        }
    }

    fn require_status(&self, command: &OrganisationCommand) -> Result<(), DomainError> {
        let allowed = command.allowed_statuses();
        let ok = match (allowed, self.status) {
            (None, None) => true,
            (Some(list), Some(status)) => list.contains(&status),
            _ => false,
        };
        if ok {
            return Ok(());
        }
        let current = match self.status {
            Some(s) => format!("organisation is {s} ({})", s.label_zh()),
            None => "organisation has not applied for registration (未申请)".to_owned(),
        };
        let needed = match allowed {
            Some(list) => format!("needs it to be {}", one_of(list)),
            None => "needs an organisation that has not applied yet".to_owned(),
        };
        let current_zh = match self.status {
            Some(s) => format!("该社会组织的登记状态为“{}”", s.label_zh()),
            None => "该社会组织尚未申请登记".to_owned(),
        };
        let needed_zh = match allowed {
            Some(list) => format!(
                "须为{}",
                crate::error::one_of_zh(&list.iter().map(|s| s.label_zh()).collect::<Vec<_>>())
            ),
            None => "须针对尚未申请登记的社会组织".to_owned(),
        };
        Err(DomainError::violation(
            rules::REG_STATE,
            format!("{current}; {} {needed}", command.describe()),
        )
        .zh(format!(
            "{current_zh}；{}{needed_zh}",
            command.describe_zh()
        )))
    }
}

/// "A", "A or B", "A, B or C".
fn one_of(statuses: &[OrganisationStatus]) -> String {
    let names: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}
