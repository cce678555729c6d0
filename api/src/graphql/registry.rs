//! The registry's work after registration and for social groups' two stages (issue: the whole
//! registry): preparation and establishment, suspension and dissolution, annual reports, credit
//! lists, ratings and hubs. All for registrars of the organisation's jurisdiction.

use async_graphql::{Context, Enum, InputObject, Object, Result};
use civic_domain::OrganisationCommand as C;
use civic_domain::organisation::{
    AbnormalTrigger as Abnormal, Members, RemovalBasis, SeriousTrigger as Serious,
};
use uuid::Uuid;

use super::command::{CommandInput, run};
use super::errors::Gql;
use super::mutation::ApplicationInput;
use super::payload::{self, Payload};
use super::scalars::{Date, DateTimeScalar};
use super::types::ReportConclusion;
use super::viewer;
use crate::ledger::TickMode;

#[derive(Default)]
pub struct RegistryMutation;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::organisation::AbnormalTrigger")]
pub enum AbnormalTrigger {
    /// 未按规定报送年度工作报告
    AnnualReportLate,
    /// 未按规定设立党组织
    NoPartyOrganisation,
    /// 未按要求完成整改
    RectificationNotDone,
    /// 公开募捐资格丧失或六个月以上未开展募捐
    FundraisingQualificationLost,
    /// 警告或者不满五万元罚款
    WarningOrSmallFine,
    /// 通过登记的住所无法取得联系
    Unreachable,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "civic_domain::organisation::SeriousTrigger")]
pub enum SeriousTrigger {
    /// Two years on the abnormal list (set by the ledger itself).
    AbnormalTwoYears,
    /// 弄虚作假办理变更登记被撤销
    FalsifiedChangeRevoked,
    /// 被责令停止活动
    OrderedToSuspend,
    /// 五万元以上罚款
    LargeFine,
    /// 三年内两次以上警告或不满五万元罚款
    RepeatedWarnings,
    /// 失信被执行人
    DishonestJudgmentDebtor,
    /// 被吊销登记证书或撤销成立登记
    CertificateRevoked,
}

/// The two-stage application of a social group: first preparation (筹备). Its registered funds
/// are the activity funds (活动资金), at least the policy's minimum (REG-MIN-FUNDS).
#[derive(InputObject)]
pub struct ApplyForPreparationInput {
    #[graphql(flatten)]
    pub application: ApplicationInput,
    /// Individual members (REG-MIN-MEMBERS).
    pub individual_members: u32,
    /// Unit members (REG-MIN-MEMBERS).
    pub unit_members: u32,
    pub command_id: Option<Uuid>,
    /// A new application has no version yet: when given it must be null.
    pub expected_version: Option<u64>,
}

#[derive(InputObject)]
pub struct ApplyForEstablishmentInput {
    pub organisation_id: Uuid,
    /// Members after the founding congress (REG-MIN-MEMBERS).
    pub individual_members: u32,
    pub unit_members: u32,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// A command on one organisation that needs only its id.
#[derive(InputObject)]
pub struct OrganisationCommandInput {
    pub organisation_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// A command on one organisation with the reason it records (REG-REFUSAL-REASON).
#[derive(InputObject)]
pub struct ReasonedCommandInput {
    pub organisation_id: Uuid,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct SubmitAnnualReportInput {
    pub organisation_id: Uuid,
    pub year: i32,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct ConcludeAnnualReportInput {
    pub organisation_id: Uuid,
    pub year: i32,
    pub conclusion: ReportConclusion,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct ListAsAbnormalInput {
    pub organisation_id: Uuid,
    pub trigger: AbnormalTrigger,
    pub reason: String,
    /// Whether removal needs a verified rectification; without one the listing ends by itself
    /// after the policy's period (6 months).
    pub rectification_required: bool,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct ListAsSeriousInput {
    pub organisation_id: Uuid,
    pub trigger: SeriousTrigger,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct RateOrganisationInput {
    pub organisation_id: Uuid,
    /// 1–5 (1A–5A).
    pub grade: i32,
    /// On the 1000-point scale.
    pub score: u32,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct DesignateHubInput {
    pub organisation_id: Uuid,
    /// The field it serves and steers, e.g. 社会工作.
    pub field: String,
    pub from: Date,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct HubMemberInput {
    /// The hub.
    pub organisation_id: Uuid,
    pub member_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// A time-driven transition the scheduler fired (or, in a preview, would fire).
#[derive(async_graphql::SimpleObject)]
pub struct FiredTransition {
    pub organisation_id: Uuid,
    /// e.g. LapsePreparation, MarkAnnualReportNotFiled, EscalateToSerious, ExpireRating.
    pub command: String,
    /// The organisation's version after it.
    pub version: u64,
    /// The day it fell due (China date). A transition fired late is dated by this day: a
    /// listing escalated years late is listed from the day it escalated.
    pub due_on: Date,
}

/// A procurement clock the scheduler fired (or, in a preview, would fire).
#[derive(async_graphql::SimpleObject)]
pub struct FiredProcurementClock {
    pub procurement_id: Uuid,
    /// CloseBidding or OpenBids.
    pub command: String,
    /// The procurement's version after it.
    pub version: u64,
    /// When it fell due: the bid deadline, or the opening instant.
    pub due_at: DateTimeScalar,
}

/// A procurement clock that came due and could not be fired; the next tick tries again.
#[derive(async_graphql::SimpleObject)]
pub struct FailedProcurementClock {
    pub procurement_id: Uuid,
    pub command: String,
    /// The error's extensions.code (e.g. INTERNAL when the bids could not be revealed).
    pub code: String,
    pub message: String,
}

#[derive(async_graphql::SimpleObject)]
pub struct TickPayload {
    pub fired: Vec<FiredTransition>,
    /// Procurements whose bidding closed or whose bids were opened.
    pub procurements: Vec<FiredProcurementClock>,
    pub failures: Vec<FailedProcurementClock>,
    /// True when nothing was written: the transitions are what would fire.
    pub preview: bool,
}

#[Object]
impl RegistryMutation {
    /// Fires every time-driven transition due by `at` (default: now), as the server's scheduler
    /// does every minute: the registry's, and the procurements' clocks (bidding closed past the
    /// deadline, bids opened at the opening; an opening that cannot be done is listed in
    /// `failures` and tried again next time). For administrators; each transition fires once however often it runs,
    /// and is dated by the day it fell due, however late it fires.
    ///
    /// A clock in the future is never a write: `at` after the present instant is refused
    /// (VALIDATION) unless `preview` is true. With `preview: true` the ledger says what would
    /// fire by `at` (at most 10 years ahead) and writes nothing.
    async fn tick(
        &self,
        ctx: &Context<'_>,
        at: Option<DateTimeScalar>,
        #[graphql(default = false)] preview: bool,
    ) -> Result<TickPayload> {
        let claims = viewer(ctx)
            .0
            .as_ref()
            .ok_or_else(|| super::errors::unauthenticated("firing due transitions"))?;
        if claims.role != crate::auth::Role::Admin {
            return Err(super::errors::forbidden(crate::ledger::Said::new(
                "firing due transitions is for administrators",
                "执行到期事项仅限系统管理员",
            )));
        }
        let now = chrono::Utc::now();
        let at = at.map_or(now, |a| a.0);
        let mode = if preview {
            TickMode::Preview
        } else {
            TickMode::Fire
        };
        let fired = super::ledger(ctx).tick(at, now, mode).await.gql()?;
        let clocks = super::ledger(ctx)
            .tick_procurements(at, now, mode)
            .await
            .gql()?;
        Ok(TickPayload {
            procurements: clocks
                .fired
                .into_iter()
                .map(|f| FiredProcurementClock {
                    procurement_id: f.procurement,
                    command: f.command.to_owned(),
                    version: f.version,
                    due_at: DateTimeScalar(f.due_at),
                })
                .collect(),
            failures: clocks
                .failed
                .into_iter()
                .map(|f| {
                    let e = async_graphql::ErrorExtensions::extend(&f.error);
                    let code = e
                        .extensions
                        .as_ref()
                        .and_then(|x| x.get("code"))
                        .and_then(|c| match c {
                            async_graphql::Value::String(s) => Some(s.clone()),
                            _ => None,
                        })
                        .unwrap_or_default();
                    FailedProcurementClock {
                        procurement_id: f.procurement,
                        command: f.command.to_owned(),
                        code,
                        message: e.message,
                    }
                })
                .collect(),
            fired: fired
                .into_iter()
                .map(|f| FiredTransition {
                    organisation_id: f.organisation,
                    command: f.command.to_owned(),
                    version: f.version,
                    due_on: Date(f.due_on),
                })
                .collect(),
            preview,
        })
    }

    /// A social group applies for preparation (筹备), the first of its two stages.
    async fn apply_for_preparation(
        &self,
        ctx: &Context<'_>,
        input: ApplyForPreparationInput,
    ) -> Result<Payload<payload::ApplyForPreparation>> {
        if input.expected_version.is_some() {
            return Err(super::errors::no_version_yet(
                "a new application",
                "登记申请",
            ));
        }
        let application = input
            .application
            .into_application(civic_domain::OrganisationKind::SocialGroup, false)?;
        let id = Uuid::now_v7();
        let command = C::ApplyForPreparation {
            organisation_id: id,
            application,
            members: Members {
                individual: input.individual_members,
                unit: input.unit_members,
            },
        };
        let new = CommandInput {
            command_id: input.command_id,
            expected_version: None,
        };
        run(ctx, id, command, new).await
    }

    /// Approves a social group's preparation; establishment is then due within the period.
    async fn approve_preparation(
        &self,
        ctx: &Context<'_>,
        input: OrganisationCommandInput,
    ) -> Result<Payload<payload::ApprovePreparation>> {
        run(
            ctx,
            input.organisation_id,
            C::ApprovePreparation,
            input.command,
        )
        .await
    }

    async fn refuse_preparation(
        &self,
        ctx: &Context<'_>,
        input: ReasonedCommandInput,
    ) -> Result<Payload<payload::RefusePreparation>> {
        let command = C::RefusePreparation {
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// A social group in preparation applies for establishment (成立登记); decided with
    /// `approveRegistration` / `refuseRegistration`.
    async fn apply_for_establishment(
        &self,
        ctx: &Context<'_>,
        input: ApplyForEstablishmentInput,
    ) -> Result<Payload<payload::ApplyForEstablishment>> {
        let command = C::ApplyForEstablishment {
            members: Members {
                individual: input.individual_members,
                unit: input.unit_members,
            },
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Orders an organisation to stop its activities (限期停止活动).
    async fn order_suspension(
        &self,
        ctx: &Context<'_>,
        input: ReasonedCommandInput,
    ) -> Result<Payload<payload::OrderSuspension>> {
        let command = C::OrderSuspension {
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    async fn lift_suspension(
        &self,
        ctx: &Context<'_>,
        input: ReasonedCommandInput,
    ) -> Result<Payload<payload::LiftSuspension>> {
        let command = C::LiftSuspension {
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Records a resolution to dissolve: the organisation goes into liquidation.
    async fn resolve_dissolution(
        &self,
        ctx: &Context<'_>,
        input: ReasonedCommandInput,
    ) -> Result<Payload<payload::ResolveDissolution>> {
        let command = C::ResolveDissolution {
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Records the annual work report of a past year (one per year).
    async fn submit_annual_report(
        &self,
        ctx: &Context<'_>,
        input: SubmitAnnualReportInput,
    ) -> Result<Payload<payload::SubmitAnnualReport>> {
        run(
            ctx,
            input.organisation_id,
            C::SubmitAnnualReport { year: input.year },
            input.command,
        )
        .await
    }

    async fn conclude_annual_report(
        &self,
        ctx: &Context<'_>,
        input: ConcludeAnnualReportInput,
    ) -> Result<Payload<payload::ConcludeAnnualReport>> {
        let command = C::ConcludeAnnualReport {
            year: input.year,
            conclusion: input.conclusion.into(),
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Enters the abnormal-activity list (活动异常名录); a new trigger restarts its clock.
    async fn list_as_abnormal(
        &self,
        ctx: &Context<'_>,
        input: ListAsAbnormalInput,
    ) -> Result<Payload<payload::ListAsAbnormal>> {
        let command = C::ListAsAbnormal {
            trigger: Abnormal::from(input.trigger),
            reason: input.reason,
            rectification_required: input.rectification_required,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Records that staff verified the rectification; the removal is then due within the
    /// policy's working days.
    async fn verify_rectification(
        &self,
        ctx: &Context<'_>,
        input: OrganisationCommandInput,
    ) -> Result<Payload<payload::VerifyRectification>> {
        run(
            ctx,
            input.organisation_id,
            C::VerifyRectification,
            input.command,
        )
        .await
    }

    /// Removes an abnormal listing after rectification, on application.
    async fn remove_from_abnormal(
        &self,
        ctx: &Context<'_>,
        input: ReasonedCommandInput,
    ) -> Result<Payload<payload::RemoveFromAbnormal>> {
        let command = C::RemoveFromAbnormal {
            basis: RemovalBasis::Rectified,
            reason: Some(input.reason),
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Enters the serious-violation list (严重违法失信名单).
    async fn list_as_serious(
        &self,
        ctx: &Context<'_>,
        input: ListAsSeriousInput,
    ) -> Result<Payload<payload::ListAsSerious>> {
        let command = C::ListAsSerious {
            trigger: Serious::from(input.trigger),
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Removes a serious listing, no earlier than its period allows.
    async fn remove_from_serious(
        &self,
        ctx: &Context<'_>,
        input: ReasonedCommandInput,
    ) -> Result<Payload<payload::RemoveFromSerious>> {
        let command = C::RemoveFromSerious {
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Records the rating committee's grade (1A–5A), valid for the policy's years.
    async fn rate_organisation(
        &self,
        ctx: &Context<'_>,
        input: RateOrganisationInput,
    ) -> Result<Payload<payload::RateOrganisation>> {
        let grade = u8::try_from(input.grade).unwrap_or(u8::MAX);
        let command = C::RateOrganisation {
            grade,
            score: input.score,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Designates a hub-type (枢纽型) organisation from a date.
    async fn designate_hub(
        &self,
        ctx: &Context<'_>,
        input: DesignateHubInput,
    ) -> Result<Payload<payload::DesignateHub>> {
        let command = C::DesignateHub {
            field: input.field,
            from: input.from.0,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    async fn end_hub_designation(
        &self,
        ctx: &Context<'_>,
        input: ReasonedCommandInput,
    ) -> Result<Payload<payload::EndHubDesignation>> {
        let command = C::EndHubDesignation {
            reason: input.reason,
        };
        run(ctx, input.organisation_id, command, input.command).await
    }

    /// Admits a member organisation to a hub.
    async fn admit_hub_member(
        &self,
        ctx: &Context<'_>,
        input: HubMemberInput,
    ) -> Result<Payload<payload::AdmitHubMember>> {
        run(
            ctx,
            input.organisation_id,
            C::AdmitHubMember {
                member_id: input.member_id,
            },
            input.command,
        )
        .await
    }

    async fn release_hub_member(
        &self,
        ctx: &Context<'_>,
        input: HubMemberInput,
    ) -> Result<Payload<payload::ReleaseHubMember>> {
        run(
            ctx,
            input.organisation_id,
            C::ReleaseHubMember {
                member_id: input.member_id,
            },
            input.command,
        )
        .await
    }
}
