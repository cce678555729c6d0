//! What staff (and the scheduler, for time-driven commands) ask of an organisation.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use super::credit::{AbnormalTrigger, RemovalBasis, SeriousTrigger};
use super::state::{Members, OrganisationStatus, ReportConclusion};
use crate::values::{
    CreditCode, Jurisdiction, LegalRepresentative, Money, OrganisationKind, TextShape,
};

/// Serialised only to tell a retry of a command from another command under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Application {
    pub name: String,
    pub kind: OrganisationKind,
    pub credit_code: CreditCode,
    pub domicile: String,
    pub purpose: String,
    pub business_scope: String,
    pub legal_representative: LegalRepresentative,
    pub registered_funds: Money,
    /// Public fundraising (公募): decides a foundation's minimum original fund.
    pub public_fundraising: bool,
    pub supervisory_unit: Option<String>,
    pub jurisdiction: Jurisdiction,
}

/// Fields to change; `None` leaves a field as it is. `supervisory_unit: Some(None)` removes the
/// supervisory unit (e.g. on moving to direct registration, 直接登记). The credit code is not
/// here because change registration keeps it (REG-CHANGE).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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
/// already holds the credit code, which live organisation of the same jurisdiction already
/// holds the (normalised, see [`super::normalise_name`]) name, and, for `AdmitHubMember`,
/// whether the prospective member is live (`None`: not looked up).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegistryFacts {
    pub credit_code_holder: Option<Uuid>,
    pub live_name_holder: Option<Uuid>,
    pub member_is_live: Option<bool>,
}

/// Commands marked *time-driven* are issued by the scheduler from
/// [`super::Organisation::due_commands`]; `decide` accepts each only once its moment has come,
/// and only once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum OrganisationCommand {
    /// Single-stage registration: social service organisations and foundations.
    Apply {
        organisation_id: Uuid,
        application: Application,
    },
    /// Registers an application (APPLIED) or a social group's establishment (ESTAB_APPLIED).
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
    /// First stage for social groups (筹备).
    ApplyForPreparation {
        organisation_id: Uuid,
        application: Application,
        members: Members,
    },
    ApprovePreparation,
    RefusePreparation {
        reason: String,
    },
    /// Second stage for social groups (成立登记), within the preparation period.
    ApplyForEstablishment {
        members: Members,
    },
    /// Time-driven: the preparation period ended without an establishment application.
    LapsePreparation,
    OrderSuspension {
        reason: String,
    },
    LiftSuspension {
        reason: String,
    },
    ResolveDissolution {
        reason: String,
    },
    SubmitAnnualReport {
        year: i32,
    },
    ConcludeAnnualReport {
        year: i32,
        conclusion: ReportConclusion,
    },
    /// Time-driven: the report for `year` was not filed by its due date.
    MarkAnnualReportNotFiled {
        year: i32,
    },
    ListAsAbnormal {
        trigger: AbnormalTrigger,
        reason: String,
        rectification_required: bool,
    },
    /// Staff verified the rectification; the removal is then due within the policy's working
    /// days.
    VerifyRectification,
    /// `PeriodElapsed` is time-driven and may leave `reason` out; `Rectified` needs one.
    RemoveFromAbnormal {
        basis: RemovalBasis,
        reason: Option<String>,
    },
    /// Time-driven: two years on the abnormal list.
    EscalateToSerious,
    ListAsSerious {
        trigger: SeriousTrigger,
        reason: String,
    },
    RemoveFromSerious {
        reason: String,
    },
    RateOrganisation {
        grade: u8,
        score: u32,
    },
    /// Time-driven: the grade's validity ended.
    ExpireRating,
    DesignateHub {
        field: String,
        from: NaiveDate,
    },
    EndHubDesignation {
        reason: String,
    },
    AdmitHubMember {
        member_id: Uuid,
    },
    ReleaseHubMember {
        member_id: Uuid,
    },
    /// PERF-FEEDS: issued by the ledger after a performance evaluation of one of the
    /// organisation's contracts concluded (and by `recordPerformanceGrade` to retry it).
    RecordPerformanceGrade(super::state::PerformanceGrade),
}

use OrganisationStatus as S;

const REGISTERED: &[S] = &[S::Active, S::Suspended, S::Liquidating];
const EVER_REGISTERED: &[S] = &[
    S::Active,
    S::Suspended,
    S::Liquidating,
    S::Deregistered,
    S::Revoked,
];

impl crate::aggregate::DomainCommand for OrganisationCommand {
    fn name(&self) -> &'static str {
        OrganisationCommand::name(self)
    }

    fn opens_stream(&self) -> bool {
        self.application().is_some()
    }

    fn reason(&self) -> Option<&str> {
        use OrganisationCommand as C;
        match self {
            C::Refuse { reason }
            | C::Revoke { reason }
            | C::RefusePreparation { reason }
            | C::OrderSuspension { reason }
            | C::LiftSuspension { reason }
            | C::ResolveDissolution { reason }
            | C::ListAsAbnormal { reason, .. }
            | C::ListAsSerious { reason, .. }
            | C::RemoveFromSerious { reason }
            | C::EndHubDesignation { reason } => Some(reason),
            C::Deregister { reason } | C::RemoveFromAbnormal { reason, .. } => reason.as_deref(),
            _ => None,
        }
    }
}

impl OrganisationCommand {
    /// The application that opens a new organisation stream, if this command is one.
    pub fn application(&self) -> Option<&Application> {
        match self {
            Self::Apply { application, .. } | Self::ApplyForPreparation { application, .. } => {
                Some(application)
            }
            _ => None,
        }
    }

    /// A stable name for logs and metrics.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Apply { .. } => "Apply",
            Self::Approve => "Approve",
            Self::Refuse { .. } => "Refuse",
            Self::RegisterChange(_) => "RegisterChange",
            Self::Deregister { .. } => "Deregister",
            Self::Revoke { .. } => "Revoke",
            Self::ApplyForPreparation { .. } => "ApplyForPreparation",
            Self::ApprovePreparation => "ApprovePreparation",
            Self::RefusePreparation { .. } => "RefusePreparation",
            Self::ApplyForEstablishment { .. } => "ApplyForEstablishment",
            Self::LapsePreparation => "LapsePreparation",
            Self::OrderSuspension { .. } => "OrderSuspension",
            Self::LiftSuspension { .. } => "LiftSuspension",
            Self::ResolveDissolution { .. } => "ResolveDissolution",
            Self::SubmitAnnualReport { .. } => "SubmitAnnualReport",
            Self::ConcludeAnnualReport { .. } => "ConcludeAnnualReport",
            Self::MarkAnnualReportNotFiled { .. } => "MarkAnnualReportNotFiled",
            Self::ListAsAbnormal { .. } => "ListAsAbnormal",
            Self::VerifyRectification => "VerifyRectification",
            Self::RemoveFromAbnormal { .. } => "RemoveFromAbnormal",
            Self::EscalateToSerious => "EscalateToSerious",
            Self::ListAsSerious { .. } => "ListAsSerious",
            Self::RemoveFromSerious { .. } => "RemoveFromSerious",
            Self::RateOrganisation { .. } => "RateOrganisation",
            Self::ExpireRating => "ExpireRating",
            Self::DesignateHub { .. } => "DesignateHub",
            Self::EndHubDesignation { .. } => "EndHubDesignation",
            Self::AdmitHubMember { .. } => "AdmitHubMember",
            Self::ReleaseHubMember { .. } => "ReleaseHubMember",
            Self::RecordPerformanceGrade(_) => "RecordPerformanceGrade",
        }
    }

    /// Whether the scheduler, not a person, issues this command.
    pub fn is_time_driven(&self) -> bool {
        matches!(
            self,
            Self::LapsePreparation
                | Self::MarkAnnualReportNotFiled { .. }
                | Self::EscalateToSerious
                | Self::RemoveFromAbnormal {
                    basis: RemovalBasis::PeriodElapsed,
                    ..
                }
                | Self::ExpireRating
        )
    }

    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Self::Apply { .. } => "applying for registration",
            Self::Approve => "approving the registration",
            Self::Refuse { .. } => "refusing the registration",
            Self::RegisterChange(_) => "registering a change",
            Self::Deregister { .. } => "deregistering",
            Self::Revoke { .. } => "revoking the registration",
            Self::ApplyForPreparation { .. } => "applying for preparation (筹备)",
            Self::ApprovePreparation => "approving the preparation",
            Self::RefusePreparation { .. } => "refusing the preparation",
            Self::ApplyForEstablishment { .. } => "applying for establishment (成立登记)",
            Self::LapsePreparation => "lapsing the preparation",
            Self::OrderSuspension { .. } => "ordering a suspension (限期停止活动)",
            Self::LiftSuspension { .. } => "lifting the suspension",
            Self::ResolveDissolution { .. } => "recording a dissolution",
            Self::SubmitAnnualReport { .. } => "submitting an annual report",
            Self::ConcludeAnnualReport { .. } => "concluding an annual report",
            Self::MarkAnnualReportNotFiled { .. } => "marking an annual report not filed",
            Self::ListAsAbnormal { .. } => "listing as abnormal",
            Self::VerifyRectification => "verifying a rectification",
            Self::RemoveFromAbnormal { .. } => "removing from the abnormal-activity list",
            Self::EscalateToSerious => "moving to the serious-violation list",
            Self::ListAsSerious { .. } => "listing as a serious violator",
            Self::RemoveFromSerious { .. } => "removing from the serious-violation list",
            Self::RateOrganisation { .. } => "rating the organisation",
            Self::ExpireRating => "expiring the rating",
            Self::DesignateHub { .. } => "designating a hub (枢纽型组织)",
            Self::EndHubDesignation { .. } => "ending the hub designation",
            Self::AdmitHubMember { .. } => "admitting a hub member",
            Self::ReleaseHubMember { .. } => "releasing a hub member",
            Self::RecordPerformanceGrade(_) => "recording a performance grade (绩效评价结果)",
        }
    }

    /// [`Self::describe`] in the registrar's Chinese.
    pub(crate) fn describe_zh(&self) -> &'static str {
        match self {
            Self::Apply { .. } => "申请登记",
            Self::Approve => "准予登记",
            Self::Refuse { .. } => "不予登记",
            Self::RegisterChange(_) => "办理变更登记",
            Self::Deregister { .. } => "办理注销登记",
            Self::Revoke { .. } => "撤销登记",
            Self::ApplyForPreparation { .. } => "申请筹备",
            Self::ApprovePreparation => "批准筹备",
            Self::RefusePreparation { .. } => "不予批准筹备",
            Self::ApplyForEstablishment { .. } => "申请成立登记",
            Self::LapsePreparation => "宣告筹备失效",
            Self::OrderSuspension { .. } => "责令限期停止活动",
            Self::LiftSuspension { .. } => "解除停止活动",
            Self::ResolveDissolution { .. } => "登记解散",
            Self::SubmitAnnualReport { .. } => "报送年度工作报告",
            Self::ConcludeAnnualReport { .. } => "作出年度检查结论",
            Self::MarkAnnualReportNotFiled { .. } => "记录未报送年度工作报告",
            Self::ListAsAbnormal { .. } => "列入活动异常名录",
            Self::VerifyRectification => "核实整改情况",
            Self::RemoveFromAbnormal { .. } => "移出活动异常名录",
            Self::EscalateToSerious => "转入严重违法失信名单",
            Self::ListAsSerious { .. } => "列入严重违法失信名单",
            Self::RemoveFromSerious { .. } => "移出严重违法失信名单",
            Self::RateOrganisation { .. } => "评估定级",
            Self::ExpireRating => "评估等级到期",
            Self::DesignateHub { .. } => "认定枢纽型组织",
            Self::EndHubDesignation { .. } => "终止枢纽型组织认定",
            Self::AdmitHubMember { .. } => "吸收枢纽成员",
            Self::ReleaseHubMember { .. } => "解除枢纽成员",
            Self::RecordPerformanceGrade(_) => "记录绩效评价结果",
        }
    }

    /// Every free-text input of the command, with its wire field name, its label for messages
    /// and its shape: the one list that the control-character check reads, so that a new
    /// command or field cannot slip past it.
    pub fn texts(&self) -> Vec<(&'static str, &'static str, &str, TextShape)> {
        use TextShape::{Line, Paragraph};
        type Text<'a> = (&'static str, &'static str, &'a str, TextShape);
        fn reason(r: &str) -> Text<'_> {
            ("reason", "the reason (理由)", r, Paragraph)
        }
        fn application(a: &Application) -> Vec<Text<'_>> {
            let mut texts = vec![
                ("name", "organisation name (名称)", a.name.as_str(), Line),
                ("domicile", "domicile (住所)", a.domicile.as_str(), Line),
                ("purpose", "purpose (宗旨)", a.purpose.as_str(), Paragraph),
                (
                    "businessScope",
                    "business scope (业务范围)",
                    a.business_scope.as_str(),
                    Paragraph,
                ),
                (
                    "legalRepresentative.name",
                    "legal representative (法定代表人) name",
                    a.legal_representative.name(),
                    Line,
                ),
            ];
            texts.extend(a.supervisory_unit.as_deref().map(|u| {
                (
                    "supervisoryUnit",
                    "supervisory unit (业务主管单位)",
                    u,
                    Line,
                )
            }));
            texts
        }
        match self {
            Self::Apply { application: a, .. }
            | Self::ApplyForPreparation { application: a, .. } => application(a),
            Self::RegisterChange(c) => {
                let mut texts = Vec::new();
                let fields = [
                    ("name", "organisation name (名称)", &c.name, Line),
                    ("domicile", "domicile (住所)", &c.domicile, Line),
                    ("purpose", "purpose (宗旨)", &c.purpose, Paragraph),
                    (
                        "businessScope",
                        "business scope (业务范围)",
                        &c.business_scope,
                        Paragraph,
                    ),
                    (
                        "supervisoryUnit",
                        "supervisory unit (业务主管单位)",
                        c.supervisory_unit.as_ref().unwrap_or(&None),
                        Line,
                    ),
                ];
                for (field, label, value, shape) in fields {
                    texts.extend(value.as_deref().map(|v| (field, label, v, shape)));
                }
                texts.extend(c.legal_representative.as_ref().map(|r| {
                    (
                        "legalRepresentative.name",
                        "legal representative (法定代表人) name",
                        r.name(),
                        Line,
                    )
                }));
                texts
            }
            Self::Refuse { reason: r }
            | Self::Revoke { reason: r }
            | Self::RefusePreparation { reason: r }
            | Self::OrderSuspension { reason: r }
            | Self::LiftSuspension { reason: r }
            | Self::ResolveDissolution { reason: r }
            | Self::ListAsAbnormal { reason: r, .. }
            | Self::ListAsSerious { reason: r, .. }
            | Self::RemoveFromSerious { reason: r }
            | Self::EndHubDesignation { reason: r } => vec![reason(r)],
            Self::Deregister { reason: r } | Self::RemoveFromAbnormal { reason: r, .. } => {
                r.as_deref().map(reason).into_iter().collect()
            }
            Self::DesignateHub { field, .. } => {
                vec![(
                    "field",
                    "the field the hub serves (领域)",
                    field.as_str(),
                    Line,
                )]
            }
            Self::Approve
            | Self::ApprovePreparation
            | Self::ApplyForEstablishment { .. }
            | Self::LapsePreparation
            | Self::SubmitAnnualReport { .. }
            | Self::ConcludeAnnualReport { .. }
            | Self::MarkAnnualReportNotFiled { .. }
            | Self::VerifyRectification
            | Self::EscalateToSerious
            | Self::RateOrganisation { .. }
            | Self::ExpireRating
            | Self::AdmitHubMember { .. }
            | Self::ReleaseHubMember { .. }
            | Self::RecordPerformanceGrade(_) => Vec::new(),
        }
    }

    /// The statuses in which the command is accepted (REG-STATE); `None` means only before any
    /// application.
    pub fn allowed_statuses(&self) -> Option<&'static [OrganisationStatus]> {
        Some(match self {
            Self::Apply { .. } | Self::ApplyForPreparation { .. } => return None,
            Self::Approve | Self::Refuse { .. } => &[S::Applied, S::EstabApplied],
            Self::ApprovePreparation | Self::RefusePreparation { .. } => &[S::PrepApplied],
            Self::ApplyForEstablishment { .. } | Self::LapsePreparation => &[S::Preparing],
            Self::RegisterChange(_)
            | Self::OrderSuspension { .. }
            | Self::RateOrganisation { .. }
            | Self::DesignateHub { .. }
            | Self::AdmitHubMember { .. } => &[S::Active],
            Self::Deregister { .. } => &[S::Active, S::Liquidating],
            Self::Revoke { .. }
            | Self::ResolveDissolution { .. }
            | Self::SubmitAnnualReport { .. }
            | Self::MarkAnnualReportNotFiled { .. } => &[S::Active, S::Suspended],
            Self::LiftSuspension { .. } => &[S::Suspended],
            Self::ConcludeAnnualReport { .. }
            | Self::ListAsAbnormal { .. }
            | Self::VerifyRectification
            | Self::RemoveFromAbnormal { .. }
            | Self::EscalateToSerious
            | Self::ListAsSerious { .. }
            | Self::RemoveFromSerious { .. } => REGISTERED,
            // Clean-ups that stay possible after the organisation ended.
            // A grade follows the organisation's record even after it ended.
            Self::ExpireRating
            | Self::EndHubDesignation { .. }
            | Self::ReleaseHubMember { .. }
            | Self::RecordPerformanceGrade(_) => EVER_REGISTERED,
        })
    }
}
