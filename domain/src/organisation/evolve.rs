//! `evolve`: folds one event into the state. Total and infallible: every event the store
//! holds was accepted by `decide`, so evolve records it as it is.

use chrono::{DateTime, Utc};

use super::credit::{
    AbnormalListing, CreditList, CreditStanding, Listing, ListingEnd, ListingTrigger, RemovalBasis,
    SeriousListing, SeriousTrigger,
};
use super::events::{FieldChange, OrganisationEvent};
use super::state::{
    AnnualReport, Dissolution, HubDesignation, HubMember, NotFiled, Organisation,
    OrganisationStatus, PastHubDesignation, Rating, Suspension,
};
use crate::calendar::china_date;

impl Organisation {
    pub(super) fn evolve_with(mut self, event: &OrganisationEvent) -> Self {
        use OrganisationEvent as E;
        use OrganisationStatus as S;
        match event {
            E::RegistrationApplied {
                organisation_id,
                name,
                kind,
                credit_code,
                domicile,
                purpose,
                business_scope,
                legal_representative,
                registered_funds,
                public_fundraising,
                supervisory_unit,
                jurisdiction,
                applied_at,
                decision_due,
            } => {
                self.id = Some(*organisation_id);
                self.status = Some(S::Applied);
                self.name = name.clone();
                self.kind = Some(*kind);
                self.credit_code = Some(credit_code.clone());
                self.domicile = domicile.clone();
                self.purpose = purpose.clone();
                self.business_scope = business_scope.clone();
                self.legal_representative = Some(legal_representative.clone());
                self.registered_funds = *registered_funds;
                self.public_fundraising = *public_fundraising;
                self.supervisory_unit = supervisory_unit.clone();
                self.jurisdiction = Some(jurisdiction.clone());
                self.applied_at = Some(*applied_at);
                self.decision_due = Some(*decision_due);
            }
            E::PreparationApplied {
                organisation_id,
                name,
                kind,
                credit_code,
                domicile,
                purpose,
                business_scope,
                legal_representative,
                registered_funds,
                public_fundraising,
                supervisory_unit,
                jurisdiction,
                members,
                applied_at,
                decision_due,
            } => {
                self.id = Some(*organisation_id);
                self.status = Some(S::PrepApplied);
                self.name = name.clone();
                self.kind = Some(*kind);
                self.credit_code = Some(credit_code.clone());
                self.domicile = domicile.clone();
                self.purpose = purpose.clone();
                self.business_scope = business_scope.clone();
                self.legal_representative = Some(legal_representative.clone());
                self.registered_funds = *registered_funds;
                self.public_fundraising = *public_fundraising;
                self.supervisory_unit = supervisory_unit.clone();
                self.jurisdiction = Some(jurisdiction.clone());
                self.members = Some(*members);
                self.applied_at = Some(*applied_at);
                self.decision_due = Some(*decision_due);
            }
            E::PreparationApproved {
                approved_at,
                establishment_due,
            } => {
                self.status = Some(S::Preparing);
                self.preparation_approved_at = Some(*approved_at);
                self.establishment_due = Some(*establishment_due);
            }
            E::PreparationRefused { reason, refused_at }
            | E::RegistrationRefused { reason, refused_at } => {
                self.status = Some(S::Refused);
                self.refusal_reason = Some(reason.clone());
                self.refused_at = Some(*refused_at);
            }
            E::EstablishmentApplied {
                applied_at,
                members,
                decision_due,
            } => {
                self.status = Some(S::EstabApplied);
                self.establishment_applied_at = Some(*applied_at);
                self.members = Some(*members);
                self.decision_due = Some(*decision_due);
            }
            E::PreparationLapsed { lapsed_at } => {
                self.status = Some(S::Lapsed);
                self.lapsed_at = Some(*lapsed_at);
            }
            E::OrganisationRegistered { registered_at } => {
                self.status = Some(S::Active);
                self.registered_at = Some(*registered_at);
            }
            E::ChangeRegistered {
                changes,
                changed_at,
            } => {
                for change in changes {
                    self.apply_change(change);
                }
                self.changes_count = self.changes_count.saturating_add(1);
                self.last_changed_at = Some(*changed_at);
            }
            E::OrganisationDeregistered {
                reason,
                deregistered_at,
            } => {
                self.status = Some(S::Deregistered);
                self.ended_at = Some(*deregistered_at);
                self.end_reason = reason.clone();
            }
            E::RegistrationRevoked { reason, revoked_at } => {
                self.status = Some(S::Revoked);
                self.ended_at = Some(*revoked_at);
                self.end_reason = Some(reason.clone());
            }
            E::SuspensionOrdered { reason, ordered_at } => {
                self.status = Some(S::Suspended);
                self.suspensions.push(Suspension {
                    reason: reason.clone(),
                    ordered_at: *ordered_at,
                    lifted_at: None,
                    lift_reason: None,
                });
            }
            E::SuspensionLifted { reason, lifted_at } => {
                self.status = Some(S::Active);
                if let Some(s) = self.suspensions.last_mut() {
                    s.lifted_at = Some(*lifted_at);
                    s.lift_reason = Some(reason.clone());
                }
            }
            E::DissolutionResolved {
                reason,
                resolved_at,
            } => {
                self.status = Some(S::Liquidating);
                self.dissolution = Some(Dissolution {
                    reason: reason.clone(),
                    resolved_at: *resolved_at,
                });
            }
            E::AnnualReportSubmitted { year, submitted_at } => {
                self.report_mut(*year).submitted_at = Some(*submitted_at);
            }
            E::AnnualReportConcluded {
                year,
                conclusion,
                concluded_at,
            } => {
                let report = self.report_mut(*year);
                report.conclusion = Some(*conclusion);
                report.concluded_at = Some(*concluded_at);
            }
            E::AnnualReportNotFiled {
                year,
                due,
                marked_at,
            } => {
                self.report_mut(*year).not_filed = Some(NotFiled {
                    due: *due,
                    marked_at: *marked_at,
                });
            }
            E::AbnormalListed {
                trigger,
                reason,
                rectification_required,
                listed_at,
                escalates_on,
                auto_removable_on,
            } => {
                self.close_listing(*listed_at, ListingEnd::Restarted, None);
                self.listings.push(Listing {
                    list: CreditList::Abnormal,
                    trigger: ListingTrigger::Abnormal(*trigger),
                    reason: reason.clone(),
                    listed_at: *listed_at,
                    ended_at: None,
                    ended_by: None,
                    end_reason: None,
                });
                self.credit = CreditStanding::Abnormal(AbnormalListing {
                    trigger: *trigger,
                    reason: reason.clone(),
                    rectification_required: *rectification_required,
                    listed_at: *listed_at,
                    listed_on: china_date(*listed_at),
                    escalates_on: *escalates_on,
                    auto_removable_on: *auto_removable_on,
                    rectification_verified_at: None,
                    removal_due: None,
                });
            }
            E::RectificationVerified {
                verified_at,
                removal_due,
            } => {
                if let CreditStanding::Abnormal(l) = &mut self.credit {
                    l.rectification_verified_at = Some(*verified_at);
                    l.removal_due = Some(*removal_due);
                }
            }
            E::AbnormalRemoved {
                basis,
                reason,
                removed_at,
            } => {
                let end = match basis {
                    RemovalBasis::Rectified => ListingEnd::Rectified,
                    RemovalBasis::PeriodElapsed => ListingEnd::PeriodElapsed,
                };
                self.close_listing(*removed_at, end, Some(reason.clone()));
                self.credit = CreditStanding::Normal;
            }
            E::SeriousListed {
                trigger,
                reason,
                listed_at,
                removable_from,
            } => {
                let end = match (&self.credit, trigger) {
                    (CreditStanding::Serious(_), _) => ListingEnd::Restarted,
                    (_, SeriousTrigger::AbnormalTwoYears) | (CreditStanding::Abnormal(_), _) => {
                        ListingEnd::MovedToSerious
                    }
                    (CreditStanding::Normal, _) => ListingEnd::Restarted,
                };
                self.close_listing(*listed_at, end, None);
                self.listings.push(Listing {
                    list: CreditList::Serious,
                    trigger: ListingTrigger::Serious(*trigger),
                    reason: reason.clone(),
                    listed_at: *listed_at,
                    ended_at: None,
                    ended_by: None,
                    end_reason: None,
                });
                self.credit = CreditStanding::Serious(SeriousListing {
                    trigger: *trigger,
                    reason: reason.clone(),
                    listed_at: *listed_at,
                    listed_on: china_date(*listed_at),
                    removable_from: *removable_from,
                });
            }
            E::SeriousRemoved { reason, removed_at } => {
                self.close_listing(*removed_at, ListingEnd::Removed, Some(reason.clone()));
                self.credit = CreditStanding::Normal;
            }
            E::RatingAwarded {
                grade,
                score,
                awarded_at,
                valid_from,
                valid_until,
            } => {
                self.end_rating(*awarded_at);
                self.rating = Some(Rating {
                    grade: *grade,
                    score: *score,
                    awarded_at: *awarded_at,
                    valid_from: *valid_from,
                    valid_until: *valid_until,
                    ended_at: None,
                });
            }
            E::RatingExpired { expired_at } => self.end_rating(*expired_at),
            E::HubDesignated {
                field,
                from,
                designated_at,
            } => {
                self.hub = Some(HubDesignation {
                    field: field.clone(),
                    from: *from,
                    designated_at: *designated_at,
                });
            }
            E::HubDesignationEnded { reason, ended_at } => {
                if let Some(hub) = self.hub.take() {
                    self.hub_history.push(PastHubDesignation {
                        field: hub.field,
                        from: hub.from,
                        ended_on: china_date(*ended_at),
                        reason: reason.clone(),
                    });
                }
                self.hub_members.clear();
            }
            E::HubMemberJoined {
                member_id,
                joined_on,
            } => self.hub_members.push(HubMember {
                member_id: *member_id,
                joined_on: *joined_on,
            }),
            E::HubMemberLeft { member_id, .. } => {
                self.hub_members.retain(|m| m.member_id != *member_id);
            }
            E::PerformanceGradeRecorded {
                evaluation_id,
                contract_id,
                procurement_id,
                evaluator,
                grade,
                score,
                concluded_at,
            } => self.keep_grade(crate::organisation::PerformanceGrade {
                evaluation_id: *evaluation_id,
                contract_id: *contract_id,
                procurement_id: *procurement_id,
                evaluator: *evaluator,
                grade: *grade,
                score: *score,
                concluded_at: *concluded_at,
            }),
        }
        self
    }

    fn report_mut(&mut self, year: i32) -> &mut AnnualReport {
        let at = match self.annual_reports.binary_search_by_key(&year, |r| r.year) {
            Ok(at) => at,
            Err(at) => {
                self.annual_reports.insert(at, AnnualReport::new(year));
                at
            }
        };
        &mut self.annual_reports[at]
    }

    /// Ends the open listing in the history, if there is one.
    fn close_listing(&mut self, at: DateTime<Utc>, end: ListingEnd, reason: Option<String>) {
        if let Some(open) = self.listings.last_mut().filter(|l| l.ended_at.is_none()) {
            open.ended_at = Some(at);
            open.ended_by = Some(end);
            open.end_reason = reason;
        }
    }

    fn end_rating(&mut self, at: DateTime<Utc>) {
        if let Some(mut previous) = self.rating.take() {
            previous.ended_at = Some(at);
            self.rating_history.push(previous);
        }
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
