//! The contract as folded from its events, what signing reads of the procurement, and the
//! sums and clocks read models ask of it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::events::ContractEvent;
use crate::calendar::china_date;
use crate::catalogue::CatalogueCode;
use crate::procurement::{
    AwardNotice, ChallengeDecision, Procurement, ProcurementMethod, ProcurementStatus,
};
use crate::values::{Jurisdiction, Money};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContractStatus {
    Active,
    Suspended,
    Terminated,
    Completed,
}

impl ContractStatus {
    pub const ALL: [Self; 4] = [
        Self::Active,
        Self::Suspended,
        Self::Terminated,
        Self::Completed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Suspended => "SUSPENDED",
            Self::Terminated => "TERMINATED",
            Self::Completed => "COMPLETED",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Active => "履行中",
            Self::Suspended => "已中止",
            Self::Terminated => "已解除",
            Self::Completed => "已履行完毕",
        }
    }

    /// OCDS `contract.status`: a suspended contract is still in force; a completed one has
    /// ended as a terminated one has (the codelist has no "complete").
    pub fn ocds(self) -> &'static str {
        match self {
            Self::Active | Self::Suspended => "active",
            Self::Terminated | Self::Completed => "terminated",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl std::fmt::Display for ContractStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.as_str(), self.label_zh())
    }
}

/// OCDS milestone types (DOMAIN-PROCUREMENT.md, OCDS mapping).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MilestoneKind {
    Delivery,
    Payment,
    Assessment,
}

impl MilestoneKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Delivery => "DELIVERY",
            Self::Payment => "PAYMENT",
            Self::Assessment => "ASSESSMENT",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Delivery => "交付验收",
            Self::Payment => "付款",
            Self::Assessment => "绩效评价",
        }
    }

    /// OCDS `milestone.type`.
    pub fn ocds(self) -> &'static str {
        match self {
            Self::Delivery => "delivery",
            Self::Payment => "payment",
            Self::Assessment => "assessment",
        }
    }
}

/// The procurement's terms a contract copies at signing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContractTerms {
    pub jurisdiction: Jurisdiction,
    pub purchaser: String,
    pub purchaser_unit: Uuid,
    pub title: String,
    /// The guidance catalogue's item and the procurement method; a contract signed from a
    /// contest's grant has neither (its project was chosen by the contest, not procured).
    pub item: Option<CatalogueCode>,
    pub item_name_zh: String,
    pub method: Option<ProcurementMethod>,
    pub budget: Money,
    /// The procurement's service period, as it was tendered.
    pub service_start: NaiveDate,
    pub service_end: NaiveDate,
    pub stable_and_funded: bool,
}

/// What signing reads of the procurement, as it stands ([`AwardedProcurement::of`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardedProcurement {
    pub procurement_id: Uuid,
    pub status: ProcurementStatus,
    pub award: Option<AwardNotice>,
    /// Challenges to the award in force not yet answered.
    pub unanswered_challenges: usize,
    /// Challenges to the award in force that were upheld.
    pub upheld_challenges: usize,
    pub terms: ContractTerms,
}

impl AwardedProcurement {
    /// `None` before the procurement is drafted.
    pub fn of(procurement: &Procurement) -> Option<Self> {
        let (id, status, t) = (
            procurement.id?,
            procurement.status?,
            procurement.terms.as_ref()?,
        );
        // A challenge filed before the notice in force was against an earlier award, which
        // an upheld re-evaluation already set aside.
        let against_award = |filed_at: DateTime<Utc>| {
            procurement
                .award
                .as_ref()
                .is_none_or(|a| filed_at >= a.noticed_at)
        };
        let challenges = procurement
            .challenges
            .iter()
            .filter(|c| against_award(c.filed_at));
        let (mut unanswered, mut upheld) = (0, 0);
        for c in challenges {
            match &c.answer {
                None => unanswered += 1,
                Some(a) if a.decision != ChallengeDecision::Dismissed => upheld += 1,
                Some(_) => {}
            }
        }
        Some(Self {
            procurement_id: id,
            status,
            award: procurement.award.clone(),
            unanswered_challenges: unanswered,
            upheld_challenges: upheld,
            terms: ContractTerms {
                jurisdiction: t.jurisdiction.clone(),
                purchaser: t.purchaser.clone(),
                purchaser_unit: t.purchaser_unit,
                title: t.title.clone(),
                item: Some(t.item.clone()),
                item_name_zh: procurement.item_name_zh.clone().unwrap_or_default(),
                method: Some(t.method),
                budget: t.budget,
                service_start: t.service_start,
                service_end: t.service_end,
                stable_and_funded: t.stable_and_funded,
            },
        })
    }
}

/// What signing from a grant reads of the contest ([`GrantedProject::of`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantedProject {
    pub contest_id: Uuid,
    pub submission_id: Uuid,
    /// The organisation granted: the contract's supplier (承接主体).
    pub organisation_id: Uuid,
    /// The grant: the contract's amount.
    pub amount: Money,
    /// The contest's jurisdiction and bureau, the project's title; no catalogue item and no
    /// method.
    pub terms: ContractTerms,
}

impl GrantedProject {
    /// The grant of `submission_id` in `contest`, if one was awarded; the service period is
    /// the contract's own, given at signing.
    pub fn of(
        contest: &crate::contest::Contest,
        submission_id: Uuid,
        (service_start, service_end): (NaiveDate, NaiveDate),
    ) -> Option<Self> {
        let (id, call) = (contest.id?, contest.terms.as_ref()?);
        let grant = contest.grant(submission_id)?;
        let project = &contest.submission(submission_id)?.project;
        Some(Self {
            contest_id: id,
            submission_id,
            organisation_id: grant.organisation_id,
            amount: grant.amount,
            terms: ContractTerms {
                jurisdiction: call.jurisdiction.clone(),
                purchaser: call.bureau.clone(),
                purchaser_unit: call.bureau_unit,
                title: project.title.clone(),
                item: None,
                item_name_zh: String::new(),
                method: None,
                budget: grant.amount,
                service_start,
                service_end,
                stable_and_funded: false,
            },
        })
    }
}

/// The contest's grant a contract was signed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantSource {
    pub contest_id: Uuid,
    pub submission_id: Uuid,
}

/// What a contract's `decide` reads of other streams: on Sign, the procurement it is signed
/// from (`None`: no such procurement); on SignFromGrant, the grant (`None`: no such grant).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContractFacts {
    pub procurement: Option<AwardedProcurement>,
    pub grant: Option<GrantedProject>,
}

/// A milestone as recorded: its id resolved, its amount zero unless it is a payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneTerms {
    pub id: String,
    pub kind: MilestoneKind,
    pub title: String,
    pub due: NaiveDate,
    pub amount: Money,
    pub follows: Option<String>,
}

/// One 履约验收 of a delivery milestone, public with its result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Acceptance {
    /// Stream version of the MilestoneAccepted event that recorded it.
    pub version: u64,
    /// As corrected, if it was.
    pub passed: bool,
    pub recipients_participating: u32,
    pub recipients_note: String,
    pub report: String,
    pub payment_due: Option<NaiveDate>,
    pub accepted_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Milestone {
    #[serde(flatten)]
    pub terms: MilestoneTerms,
    /// The supplement that added it; `None` for the contract's own.
    pub supplement: Option<Uuid>,
    /// Every acceptance, oldest first; the last one is in force.
    pub acceptances: Vec<Acceptance>,
}

impl Milestone {
    pub fn id(&self) -> &str {
        &self.terms.id
    }

    pub fn acceptance(&self) -> Option<&Acceptance> {
        self.acceptances.last()
    }

    pub fn is_accepted(&self) -> bool {
        self.acceptance().is_some_and(|a| a.passed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Payment {
    pub payment_id: Uuid,
    /// Stream version of the PaymentRecorded event.
    pub version: u64,
    pub milestone_id: String,
    /// As corrected, if it was.
    pub amount: Money,
    pub reference: String,
    pub late: bool,
    pub paid_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SupplementRecord {
    pub supplement_id: Uuid,
    pub amount: Money,
    pub description: String,
    pub supplemented_at: DateTime<Utc>,
}

/// What a correction changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "what", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Corrected {
    #[serde(rename_all = "camelCase")]
    Payment {
        payment_id: Uuid,
        old_amount: Money,
        new_amount: Money,
    },
    #[serde(rename_all = "camelCase")]
    Acceptance {
        milestone_id: String,
        old_passed: bool,
        new_passed: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Correction {
    /// Stream version of this correction's own event.
    pub version: u64,
    /// Stream version of the event it corrects.
    pub corrects_version: u64,
    pub corrected: Corrected,
    pub reason: String,
    pub corrected_at: DateTime<Utc>,
}

/// A suspension, resumption or termination, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusChange {
    pub status: ContractStatus,
    pub reason: Option<String>,
    pub at: DateTime<Utc>,
}

/// A payment milestone whose payment clock ran out with money unpaid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OverdueMilestone {
    pub milestone_id: String,
    pub title: String,
    /// The last day payment was on time.
    pub due: NaiveDate,
    pub unpaid: Money,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Overdue {
    pub milestones: Vec<OverdueMilestone>,
    pub unpaid: Money,
    /// Payments made after their clock ran out.
    pub late_payments: Vec<Uuid>,
}

/// One stream per contract (`contract-{uuid}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contract {
    pub id: Option<Uuid>,
    /// `None` until signed.
    pub status: Option<ContractStatus>,
    pub procurement_id: Option<Uuid>,
    /// Signed from a contest's grant instead of a procurement's award.
    #[serde(default)]
    pub grant: Option<GrantSource>,
    pub award_bid_id: Option<Uuid>,
    pub award_noticed_at: Option<DateTime<Utc>>,
    pub supplier: Option<Uuid>,
    pub terms: Option<ContractTerms>,
    /// The original amount, as signed.
    pub amount: Money,
    pub service_start: Option<NaiveDate>,
    pub service_end: Option<NaiveDate>,
    pub milestones: Vec<Milestone>,
    pub payments: Vec<Payment>,
    pub supplements: Vec<SupplementRecord>,
    pub corrections: Vec<Correction>,
    pub status_changes: Vec<StatusChange>,
    pub signed_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    /// Events folded: the stream version the next event gets (versions count from 0).
    pub events: u64,
}

impl Contract {
    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.id() == id)
    }

    pub fn payment(&self, payment_id: Uuid) -> Option<&Payment> {
        self.payments.iter().find(|p| p.payment_id == payment_id)
    }

    pub fn jurisdiction(&self) -> Option<&Jurisdiction> {
        self.terms.as_ref().map(|t| &t.jurisdiction)
    }

    pub fn purchaser_unit(&self) -> Option<Uuid> {
        self.terms.as_ref().map(|t| t.purchaser_unit)
    }

    /// Supplements together.
    pub fn supplemented(&self) -> Money {
        sum(self.supplements.iter().map(|s| s.amount))
    }

    /// CON-SUPPLEMENT's limit: the most supplements may add together under a policy allowing
    /// `max_percent` of the original amount (政府采购法 第49条), to the fen below.
    pub fn supplement_limit(&self, max_percent: u32) -> Money {
        let limit = i128::from(self.amount.fen()) * i128::from(max_percent) / 100;
        Money::from_fen(i64::try_from(limit).unwrap_or(i64::MAX)).unwrap_or_default()
    }

    /// CON-SUPPLEMENT's headroom: how much more supplements may add, never below zero. `decide`
    /// refuses exactly above it, and the contract screen shows it in ¥, so the clerk sees the
    /// limit before typing a supplement.
    pub fn supplement_headroom(&self, max_percent: u32) -> Money {
        let left = (i128::from(self.supplement_limit(max_percent).fen())
            - i128::from(self.supplemented().fen()))
        .max(0);
        Money::from_fen(i64::try_from(left).unwrap_or(i64::MAX)).unwrap_or_default()
    }

    /// The amount with its supplements: what may be paid in all.
    pub fn total(&self) -> Money {
        self.amount
            .checked_add(self.supplemented())
            .unwrap_or(self.amount)
    }

    pub fn paid(&self) -> Money {
        sum(self.payments.iter().map(|p| p.amount))
    }

    pub fn paid_on(&self, milestone_id: &str) -> Money {
        sum(self
            .payments
            .iter()
            .filter(|p| p.milestone_id == milestone_id)
            .map(|p| p.amount))
    }

    pub fn remaining(&self) -> Money {
        self.total().checked_sub(self.paid()).unwrap_or_default()
    }

    /// The delivery milestone a payment milestone follows, when it is accepted (passed).
    pub fn unlocking_acceptance(&self, payment: &Milestone) -> Option<&Acceptance> {
        let delivery = self.milestone(payment.terms.follows.as_deref()?)?;
        delivery.acceptance().filter(|a| a.passed)
    }

    /// Payment amounts unlocked by passed acceptances.
    pub fn accepted(&self) -> Money {
        sum(self
            .payment_milestones()
            .filter(|m| self.unlocking_acceptance(m).is_some())
            .map(|m| m.terms.amount))
    }

    pub fn payment_milestones(&self) -> impl Iterator<Item = &Milestone> {
        self.milestones
            .iter()
            .filter(|m| m.terms.kind == MilestoneKind::Payment)
    }

    /// Whether every delivery milestone is accepted (passed): the contract may be completed.
    pub fn all_delivered(&self) -> bool {
        self.milestones
            .iter()
            .filter(|m| m.terms.kind == MilestoneKind::Delivery)
            .all(Milestone::is_accepted)
    }

    /// OCDS milestone status: a delivery is met or not met by its acceptance in force; a
    /// payment is met once paid in full; anything else is still scheduled.
    pub fn milestone_ocds_status(&self, m: &Milestone) -> &'static str {
        match m.terms.kind {
            MilestoneKind::Delivery => match m.acceptance() {
                Some(a) if a.passed => "met",
                Some(_) => "notMet",
                None => "scheduled",
            },
            MilestoneKind::Payment if self.paid_on(m.id()) >= m.terms.amount => "met",
            _ => "scheduled",
        }
    }

    /// CON-PAYMENT clocks on `today` (China date): the payment milestones whose clock ran out
    /// (the day after acceptance day + `paymentDueDays`, as recorded with the acceptance)
    /// with money unpaid, and the payments made late.
    pub fn overdue(&self, today: NaiveDate) -> Overdue {
        let milestones: Vec<OverdueMilestone> = self
            .payment_milestones()
            .filter_map(|m| {
                let due = self.unlocking_acceptance(m)?.payment_due?;
                let unpaid = m.terms.amount.checked_sub(self.paid_on(m.id()))?;
                (today > due && unpaid.fen() > 0).then(|| OverdueMilestone {
                    milestone_id: m.id().to_owned(),
                    title: m.terms.title.clone(),
                    due,
                    unpaid,
                })
            })
            .collect();
        Overdue {
            unpaid: sum(milestones.iter().map(|m| m.unpaid)),
            milestones,
            late_payments: self
                .payments
                .iter()
                .filter(|p| p.late)
                .map(|p| p.payment_id)
                .collect(),
        }
    }

    /// The China-local date of signing, for the year statistics group by.
    pub fn signed_on(&self) -> Option<NaiveDate> {
        self.signed_at.map(china_date)
    }

    pub(super) fn evolve_with(mut self, event: &ContractEvent) -> Self {
        use ContractEvent as E;
        use ContractStatus as S;
        let version = self.events;
        self.events += 1;
        match event {
            E::ContractSigned {
                contract_id,
                procurement_id,
                award_bid_id,
                award_noticed_at,
                supplier,
                amount,
                service_start,
                service_end,
                terms,
                milestones,
                signed_at,
            } => {
                self.id = Some(*contract_id);
                self.status = Some(S::Active);
                self.procurement_id = Some(*procurement_id);
                self.award_bid_id = Some(*award_bid_id);
                self.award_noticed_at = Some(*award_noticed_at);
                self.supplier = Some(*supplier);
                self.terms = Some((**terms).clone());
                self.amount = *amount;
                self.service_start = Some(*service_start);
                self.service_end = Some(*service_end);
                self.add_milestones(milestones, None);
                self.signed_at = Some(*signed_at);
            }
            E::ContractSignedFromGrant {
                contract_id,
                contest_id,
                submission_id,
                supplier,
                amount,
                service_start,
                service_end,
                terms,
                milestones,
                signed_at,
            } => {
                self.id = Some(*contract_id);
                self.status = Some(S::Active);
                self.grant = Some(GrantSource {
                    contest_id: *contest_id,
                    submission_id: *submission_id,
                });
                self.supplier = Some(*supplier);
                self.terms = Some((**terms).clone());
                self.amount = *amount;
                self.service_start = Some(*service_start);
                self.service_end = Some(*service_end);
                self.add_milestones(milestones, None);
                self.signed_at = Some(*signed_at);
            }
            E::MilestoneAccepted {
                milestone_id,
                passed,
                recipients_participating,
                recipients_note,
                report,
                payment_due,
                accepted_at,
            } => {
                if let Some(m) = self.milestone_mut(milestone_id) {
                    m.acceptances.push(Acceptance {
                        version,
                        passed: *passed,
                        recipients_participating: *recipients_participating,
                        recipients_note: recipients_note.clone(),
                        report: report.clone(),
                        payment_due: *payment_due,
                        accepted_at: *accepted_at,
                    });
                }
            }
            E::PaymentRecorded {
                payment_id,
                milestone_id,
                amount,
                reference,
                late,
                paid_at,
            } => self.payments.push(Payment {
                payment_id: *payment_id,
                version,
                milestone_id: milestone_id.clone(),
                amount: *amount,
                reference: reference.clone(),
                late: *late,
                paid_at: *paid_at,
            }),
            E::ContractSupplemented {
                supplement_id,
                amount,
                description,
                milestones,
                supplemented_at,
            } => {
                self.supplements.push(SupplementRecord {
                    supplement_id: *supplement_id,
                    amount: *amount,
                    description: description.clone(),
                    supplemented_at: *supplemented_at,
                });
                self.add_milestones(milestones, Some(*supplement_id));
            }
            E::ContractSuspended {
                reason,
                suspended_at,
            } => self.change(S::Suspended, Some(reason), *suspended_at),
            E::ContractResumed { reason, resumed_at } => {
                self.change(S::Active, Some(reason), *resumed_at);
            }
            E::ContractTerminated {
                reason,
                terminated_at,
            } => {
                self.change(S::Terminated, Some(reason), *terminated_at);
                self.ended_at = Some(*terminated_at);
            }
            E::ContractCompleted { completed_at } => {
                self.change(S::Completed, None, *completed_at);
                self.ended_at = Some(*completed_at);
            }
            E::PaymentCorrected {
                payment_id,
                corrects_version,
                old_amount,
                new_amount,
                reason,
                corrected_at,
            } => {
                if let Some(p) = self
                    .payments
                    .iter_mut()
                    .find(|p| p.payment_id == *payment_id)
                {
                    p.amount = *new_amount;
                }
                self.corrections.push(Correction {
                    version,
                    corrects_version: *corrects_version,
                    corrected: Corrected::Payment {
                        payment_id: *payment_id,
                        old_amount: *old_amount,
                        new_amount: *new_amount,
                    },
                    reason: reason.clone(),
                    corrected_at: *corrected_at,
                });
            }
            E::AcceptanceCorrected {
                milestone_id,
                corrects_version,
                old_passed,
                new_passed,
                payment_due,
                reason,
                corrected_at,
            } => {
                if let Some(a) = self
                    .milestone_mut(milestone_id)
                    .and_then(|m| m.acceptances.last_mut())
                {
                    a.passed = *new_passed;
                    a.payment_due = *payment_due;
                }
                self.corrections.push(Correction {
                    version,
                    corrects_version: *corrects_version,
                    corrected: Corrected::Acceptance {
                        milestone_id: milestone_id.clone(),
                        old_passed: *old_passed,
                        new_passed: *new_passed,
                    },
                    reason: reason.clone(),
                    corrected_at: *corrected_at,
                });
            }
        }
        self
    }

    fn milestone_mut(&mut self, id: &str) -> Option<&mut Milestone> {
        self.milestones.iter_mut().find(|m| m.id() == id)
    }

    fn add_milestones(&mut self, milestones: &[MilestoneTerms], supplement: Option<Uuid>) {
        self.milestones
            .extend(milestones.iter().map(|terms| Milestone {
                terms: terms.clone(),
                supplement,
                acceptances: Vec::new(),
            }));
    }

    fn change(&mut self, status: ContractStatus, reason: Option<&String>, at: DateTime<Utc>) {
        self.status = Some(status);
        self.status_changes.push(StatusChange {
            status,
            reason: reason.cloned(),
            at,
        });
    }
}

/// Sums amounts that each fit a contract; saturates rather than wraps (no contract nears
/// i64 fen).
pub(super) fn sum(amounts: impl Iterator<Item = Money>) -> Money {
    amounts.fold(Money::default(), |acc, m| acc.checked_add(m).unwrap_or(acc))
}
