//! The statutory numbers the registry rules use, as data.
//!
//! Provinces and cities may set their own numbers, and national ones change by regulation, so
//! none of them is a constant in the rules: the handler loads the dated, per-jurisdiction
//! [`Policy`] in force and passes it in [`crate::Context`]. `Default` is the national baseline of
//! DOMAIN.md Part B §2–3. Deadlines are computed from the policy once, when their clock starts,
//! and recorded in the event, so a later policy never rewrites history.

use std::sync::{Arc, LazyLock};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::DomainError;
use crate::organisation::Members;
use crate::values::{Jurisdiction, Money, OrganisationKind};

/// Every field has the national default, so a policy file lists only what a jurisdiction
/// changes (`#[serde(default)]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Policy {
    /// REG-DECISION-DUE: days from a complete file to the decision on registration or
    /// preparation (社会团体登记管理条例 §12; 民办非企业单位登记管理暂行条例 §11).
    pub decision_due_days: u32,
    /// REG-DECISION-DUE: days to decide a social group's establishment application.
    pub establishment_decision_due_days: u32,
    /// REG-TWO-STAGE: months after preparation approval within which establishment is applied for.
    pub preparation_valid_months: u32,
    /// REG-MIN-MEMBERS: individual members of a group with individual members only.
    pub min_individual_members: u32,
    /// REG-MIN-MEMBERS: unit members of a group with unit members only.
    pub min_unit_members: u32,
    /// REG-MIN-MEMBERS: total members of a mixed group.
    pub min_mixed_members: u32,
    /// REG-MIN-FUNDS: activity funds of a national social group.
    pub min_funds_social_group_national: Money,
    /// REG-MIN-FUNDS: activity funds of a local or cross-region social group.
    pub min_funds_social_group_local: Money,
    /// REG-MIN-FUNDS: original fund of a national public-fundraising foundation.
    pub min_funds_foundation_national_public: Money,
    /// REG-MIN-FUNDS: original fund of a local public-fundraising foundation.
    pub min_funds_foundation_local_public: Money,
    /// REG-MIN-FUNDS: original fund of a non-public foundation.
    pub min_funds_foundation_non_public: Money,
    /// REG-ANNUAL-REPORT: month (1–12) of the following year by which the report is due.
    pub annual_report_due_month: u32,
    /// REG-ANNUAL-REPORT: day of that month (clamped to the month's last day).
    pub annual_report_due_day: u32,
    /// CREDIT-ABNORMAL: years on the abnormal list after which the organisation moves to the
    /// serious list.
    pub abnormal_to_serious_years: u32,
    /// CREDIT-ABNORMAL: months after which a listing that needs no rectification is removed.
    pub abnormal_auto_removal_months: u32,
    /// CREDIT-SERIOUS: years on the serious list before removal may be applied for.
    pub serious_min_years: u32,
    /// RATE-GRADE: years a grade stays valid.
    pub rating_valid_years: u32,
    /// RATE-GRADE: full years since registration before a first rating.
    pub rating_min_years_registered: u32,
    /// CREDIT-ABNORMAL: working days after a verified rectification within which the listing
    /// is removed.
    pub rectified_removal_working_days: u32,

    // Purchase of services (DOMAIN.md A.2, B §3.3–3.4; DOMAIN-PROCUREMENT.md). Several sources
    // are secondary reproductions of the texts: hold them here so a jurisdiction corrects them.
    /// PROC-PERIOD: days from publication to the bid deadline of an open or invited tender
    /// (政府采购法 第35条).
    pub tender_min_days: u32,
    /// PROC-PERIOD: days from the documents' issue to the first response deadline of a
    /// competitive consultation (财库〔2014〕214号 第10条).
    pub consultation_min_days: u32,
    /// PROC-PERIOD: working days for competitive negotiation (财政部令第74号 第29条).
    pub negotiation_min_working_days: u32,
    /// PROC-PERIOD: working days for a request for quotations (财政部令第74号).
    pub quotation_min_working_days: u32,
    /// PROC-PERIOD: working days a single-source procurement is announced before it proceeds
    /// (政府采购法实施条例 第38条: 5 working days).
    pub single_source_min_working_days: u32,
    /// BID-SECURITY: the most bid security may be, in per mille of the budget
    /// (政府采购法实施条例 第33条: 2 %).
    pub bid_security_max_permille: u32,
    /// BID-MIN-BIDDERS: valid bids below which a tender fails (废标) (政府采购法 第36条).
    pub min_valid_bids: u32,
    /// BID-MIN-BIDDERS: a competitive consultation may continue with this many (214号).
    pub consultation_min_valid_bids: u32,
    /// EVAL-COMMITTEE: members of a tender's committee (财政部令第87号 第47条).
    pub committee_min_members: u32,
    /// EVAL-COMMITTEE: members for a tender with a budget at or above `committeeLargeBudget`.
    pub committee_min_members_large: u32,
    /// EVAL-COMMITTEE: the budget (fen) from which the larger committee is needed.
    pub committee_large_budget: Money,
    /// EVAL-COMMITTEE: members of a negotiation, consultation or quotation group (214号 第14条).
    pub committee_min_members_negotiated: u32,
    /// EVAL-COMMITTEE: experts are at least this many thirds of the members.
    pub committee_min_expert_thirds: u32,
    /// EVAL-COMMITTEE: members of a contest's jury (评审团), an odd number. No source sets it:
    /// civic-ledger's default, as large as a tender's committee; a jurisdiction sets its own.
    pub contest_jury_min_members: u32,
    /// EVAL-COMMITTEE: experts are at least this many thirds of a contest's jury (default as
    /// for a committee, not from a source).
    pub contest_jury_min_expert_thirds: u32,
    /// EVAL-PRICE-WEIGHT: the least price weight for services, percent (87号令 第55条).
    pub services_min_price_weight_percent: u32,
    /// EVAL-PRICE-WEIGHT: the most price weight of a consultation for services (214号 第24条).
    pub consultation_max_price_weight_percent: u32,
    /// AWARD-RANK: working days after the award notice within which a bidder may challenge
    /// (质疑) (政府采购法 第52条).
    pub challenge_window_working_days: u32,
    /// AWARD-RANK: working days the purchaser has to answer a challenge (政府采购法 第53条).
    pub challenge_reply_working_days: u32,
    /// Working days after the reply period within which a complaint (投诉) may follow
    /// (政府采购法 第55条).
    pub complaint_window_working_days: u32,
    /// PROC-TERM: months a service contract may run (财政部令第102号 第24条).
    pub contract_term_max_months: u32,
    /// PROC-TERM: months for stable, continuing, funded services.
    pub contract_term_max_months_stable: u32,
    /// CON-SIGN: days from the award notice within which the contract is signed
    /// (政府采购法 第46条).
    pub contract_sign_within_days: u32,
    /// BID-ELIGIBLE: full years a bidder has been registered, unless the procurement asks more.
    pub bidder_min_years_registered: u32,

    // Performance evaluation (DOMAIN.md A.3, B §3.5).
    /// PERF-SCORE: the indicator tree evaluations score, with weights in whole points adding up
    /// to 100 (财预〔2020〕10号; default weights secondary).
    pub performance_indicators: Vec<crate::performance::Indicator>,
    /// PERF-SCORE: the lowest totals of 优, 良 and 中 (财预〔2020〕10号).
    pub performance_grade_thresholds: crate::performance::GradeThresholds,
    /// CON-PAYMENT: days after a passed acceptance within which the purchaser pays
    /// (保障中小企业款项支付条例 (2025) 第9条; whether it binds payments to social
    /// organisations is unverified).
    pub payment_due_days: u32,
    /// CON-SUPPLEMENT: supplements together add at most this percent of the original amount
    /// (政府采购法 第49条).
    pub supplement_max_percent: u32,

    // Menu ordering (民生微实事, DOMAIN.md B §3.7): local caps, none nationally.
    /// MENU-CAP: the most one works item (工程类) of a community's order may cost; `None`
    /// where the jurisdiction sets no cap (Luohu: ¥1M).
    pub menu_item_cap_works: Option<Money>,
    /// MENU-CAP: the most one services item (服务类) may cost (Luohu: ¥500k).
    pub menu_item_cap_services: Option<Money>,
    /// MENU-CAP: the most one goods item (货物类) may cost (Luohu: ¥500k).
    pub menu_item_cap_goods: Option<Money>,
    // Public-welfare project contests (issue 15; DOMAIN.md B §3.7, Shenzhen; *local*).
    /// BID-ELIGIBLE for a contest: full years an organisation has been registered (2025 city
    /// contest: ≥ 1 year).
    pub contest_min_years_registered: u32,
    /// BID-ELIGIBLE for a contest: years without a serious violation (严重违法失信) before the
    /// submission (2025 city contest: 3 years).
    pub contest_serious_free_years: u32,
    /// CONTEST-REVIEW: the panel's share of a finalist's score, percent; the public jury has
    /// the rest (finals: 70 % panel + 30 % public jury).
    pub contest_panel_weight_percent: u32,
    /// CONTEST-MATCHING: the incentive fund's weights, theme bonus and prize bands, taken into
    /// a call that chooses them when it opens.
    pub contest_incentive_tiers: crate::contest::IncentiveTiers,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            decision_due_days: 60,
            establishment_decision_due_days: 30,
            preparation_valid_months: 6,
            min_individual_members: 50,
            min_unit_members: 30,
            min_mixed_members: 50,
            min_funds_social_group_national: Money::from_yuan(100_000),
            min_funds_social_group_local: Money::from_yuan(30_000),
            min_funds_foundation_national_public: Money::from_yuan(8_000_000),
            min_funds_foundation_local_public: Money::from_yuan(4_000_000),
            min_funds_foundation_non_public: Money::from_yuan(2_000_000),
            annual_report_due_month: 5,
            annual_report_due_day: 31,
            abnormal_to_serious_years: 2,
            abnormal_auto_removal_months: 6,
            serious_min_years: 2,
            rating_valid_years: 5,
            rating_min_years_registered: 2,
            rectified_removal_working_days: 5,
            tender_min_days: 20,
            consultation_min_days: 10,
            negotiation_min_working_days: 3,
            quotation_min_working_days: 3,
            single_source_min_working_days: 5,
            bid_security_max_permille: 20,
            min_valid_bids: 3,
            consultation_min_valid_bids: 2,
            committee_min_members: 5,
            committee_min_members_large: 7,
            committee_large_budget: Money::from_yuan(10_000_000),
            committee_min_members_negotiated: 3,
            committee_min_expert_thirds: 2,
            contest_jury_min_members: 5,
            contest_jury_min_expert_thirds: 2,
            services_min_price_weight_percent: 10,
            consultation_max_price_weight_percent: 30,
            challenge_window_working_days: 7,
            challenge_reply_working_days: 7,
            complaint_window_working_days: 15,
            contract_term_max_months: 12,
            contract_term_max_months_stable: 36,
            contract_sign_within_days: 30,
            bidder_min_years_registered: 1,
            performance_indicators: crate::performance::default_indicators(),
            performance_grade_thresholds: crate::performance::GradeThresholds::default(),
            payment_due_days: 30,
            supplement_max_percent: 10,
            menu_item_cap_works: None,
            menu_item_cap_services: None,
            menu_item_cap_goods: None,
            contest_min_years_registered: 1,
            contest_serious_free_years: 3,
            contest_panel_weight_percent: 70,
            contest_incentive_tiers: crate::contest::IncentiveTiers::default(),
        }
    }
}

/// The national defaults, built once: a policy is a tree of allocations (the performance
/// indicators) that a copy per command or per lookup would build again.
static NATIONAL: LazyLock<Arc<Policy>> = LazyLock::new(|| Arc::new(Policy::default()));

impl Policy {
    /// [`Policy::default`], shared.
    pub fn national() -> Arc<Policy> {
        NATIONAL.clone()
    }

    /// Refuses a policy whose numbers cannot mean anything, for the loader to call; the rules
    /// themselves never fail on a bad policy (dates clamp, see [`Policy::annual_report_due`]).
    pub fn validate(&self) -> Result<(), DomainError> {
        let err = |field: &'static str, message: &str| {
            Err(DomainError::validation(field, message.to_owned()))
        };
        if !(1..=12).contains(&self.annual_report_due_month) {
            return err("annualReportDueMonth", "must be a month, 1 to 12");
        }
        if !(1..=31).contains(&self.annual_report_due_day) {
            return err("annualReportDueDay", "must be a day of the month, 1 to 31");
        }
        let periods = [
            ("decisionDueDays", self.decision_due_days),
            (
                "establishmentDecisionDueDays",
                self.establishment_decision_due_days,
            ),
            ("preparationValidMonths", self.preparation_valid_months),
            ("abnormalToSeriousYears", self.abnormal_to_serious_years),
            (
                "abnormalAutoRemovalMonths",
                self.abnormal_auto_removal_months,
            ),
            ("seriousMinYears", self.serious_min_years),
            ("ratingValidYears", self.rating_valid_years),
            ("tenderMinDays", self.tender_min_days),
            ("consultationMinDays", self.consultation_min_days),
            (
                "negotiationMinWorkingDays",
                self.negotiation_min_working_days,
            ),
            ("quotationMinWorkingDays", self.quotation_min_working_days),
            ("minValidBids", self.min_valid_bids),
            ("consultationMinValidBids", self.consultation_min_valid_bids),
            (
                "challengeWindowWorkingDays",
                self.challenge_window_working_days,
            ),
            (
                "challengeReplyWorkingDays",
                self.challenge_reply_working_days,
            ),
            ("contractTermMaxMonths", self.contract_term_max_months),
            ("contractSignWithinDays", self.contract_sign_within_days),
            ("paymentDueDays", self.payment_due_days),
        ];
        for (field, value) in periods {
            if value == 0 {
                return err(field, "a statutory period of zero would end as it starts");
            }
        }
        for (field, members) in [
            ("committeeMinMembers", self.committee_min_members),
            ("committeeMinMembersLarge", self.committee_min_members_large),
            (
                "committeeMinMembersNegotiated",
                self.committee_min_members_negotiated,
            ),
            ("contestJuryMinMembers", self.contest_jury_min_members),
        ] {
            if members == 0 || members % 2 == 0 {
                return err(
                    field,
                    "a committee has an odd number of members, at least 1",
                );
            }
        }
        for (field, thirds) in [
            ("committeeMinExpertThirds", self.committee_min_expert_thirds),
            (
                "contestJuryMinExpertThirds",
                self.contest_jury_min_expert_thirds,
            ),
        ] {
            if thirds > 3 {
                return err(field, "experts are at most 3 thirds of a committee");
            }
        }
        if self.bid_security_max_permille > 1000 {
            return err(
                "bidSecurityMaxPermille",
                "bid security cannot exceed the budget",
            );
        }
        crate::performance::validate_tree(&self.performance_indicators, "performanceIndicators")?;
        self.performance_grade_thresholds
            .validate("performanceGradeThresholds")?;
        if self.services_min_price_weight_percent > self.consultation_max_price_weight_percent
            || self.consultation_max_price_weight_percent > 100
        {
            return err(
                "consultationMaxPriceWeightPercent",
                "the price weight range of a consultation must lie within 0–100 %, above the services minimum",
            );
        }
        for (field, cap) in [
            ("menuItemCapWorks", self.menu_item_cap_works),
            ("menuItemCapServices", self.menu_item_cap_services),
            ("menuItemCapGoods", self.menu_item_cap_goods),
        ] {
            if cap == Some(Money::ZERO) {
                return err(
                    field,
                    "a cap of zero would refuse every order; leave it out for no cap",
                );
            }
        }
        if self.contest_panel_weight_percent > 100 {
            return err(
                "contestPanelWeightPercent",
                "the panel's share of a contest score is 0–100 %",
            );
        }
        crate::contest::MatchingPolicy::IncentiveTiers(self.contest_incentive_tiers.clone())
            .validate()
            .map_err(|e| e.in_field("contestIncentiveTiers"))?;
        if self.supplement_max_percent > 100 {
            return err(
                "supplementMaxPercent",
                "supplements cannot add more than the original amount",
            );
        }
        Ok(())
    }

    /// The last day on which the report for `year` is on time: the due month and day of the
    /// following year, the day clamped to the month's end and the month to 1–12.
    pub fn annual_report_due(&self, year: i32) -> NaiveDate {
        let month = self.annual_report_due_month.clamp(1, 12);
        let day = self.annual_report_due_day.clamp(1, 31);
        let Some(following) = year.checked_add(1) else {
            return NaiveDate::MAX;
        };
        // Past the month's end (31 June, 30 February) means the month's last day.
        (1..=day)
            .rev()
            .find_map(|d| NaiveDate::from_ymd_opt(following, month, d))
            .unwrap_or(NaiveDate::MAX)
    }

    /// The REG-MIN-FUNDS minimum for an organisation, or `None` where the law sets none
    /// (social service organisations: only local rules do, and they are not modelled).
    pub fn min_funds(
        &self,
        kind: OrganisationKind,
        jurisdiction: &Jurisdiction,
        public_fundraising: bool,
    ) -> Option<Money> {
        match kind {
            OrganisationKind::SocialGroup if jurisdiction.is_national() => {
                Some(self.min_funds_social_group_national)
            }
            OrganisationKind::SocialGroup => Some(self.min_funds_social_group_local),
            OrganisationKind::Foundation if !public_fundraising => {
                Some(self.min_funds_foundation_non_public)
            }
            OrganisationKind::Foundation if jurisdiction.is_national() => {
                Some(self.min_funds_foundation_national_public)
            }
            OrganisationKind::Foundation => Some(self.min_funds_foundation_local_public),
            OrganisationKind::SocialServiceOrg => None,
        }
    }

    /// REG-MIN-MEMBERS (社会团体登记管理条例 §10): enough individual members, or enough unit
    /// members, or — for a group with both — enough members in total. Read as alternatives, so
    /// a group with 30 unit members stays valid when individuals join it.
    pub fn meets_min_members(&self, members: Members) -> bool {
        let mixed = members.individual > 0 && members.unit > 0;
        members.individual >= self.min_individual_members
            || members.unit >= self.min_unit_members
            || (mixed && members.total() >= u64::from(self.min_mixed_members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn defaults_are_the_national_numbers_and_serialise_camel_case_in_fen() {
        let p = Policy::default();
        p.validate().unwrap();
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["decisionDueDays"], 60);
        assert_eq!(json["establishmentDecisionDueDays"], 30);
        assert_eq!(json["preparationValidMonths"], 6);
        assert_eq!(json["minIndividualMembers"], 50);
        assert_eq!(json["minUnitMembers"], 30);
        assert_eq!(json["minMixedMembers"], 50);
        assert_eq!(json["minFundsSocialGroupNational"], 10_000_000);
        assert_eq!(json["minFundsSocialGroupLocal"], 3_000_000);
        assert_eq!(json["minFundsFoundationNationalPublic"], 800_000_000);
        assert_eq!(json["minFundsFoundationLocalPublic"], 400_000_000);
        assert_eq!(json["minFundsFoundationNonPublic"], 200_000_000);
        assert_eq!(json["annualReportDueMonth"], 5);
        assert_eq!(json["annualReportDueDay"], 31);
        assert_eq!(json["abnormalToSeriousYears"], 2);
        assert_eq!(json["abnormalAutoRemovalMonths"], 6);
        assert_eq!(json["seriousMinYears"], 2);
        assert_eq!(json["ratingValidYears"], 5);
        assert_eq!(json["ratingMinYearsRegistered"], 2);
        assert_eq!(json["rectifiedRemovalWorkingDays"], 5);
        assert_eq!(json["tenderMinDays"], 20);
        assert_eq!(json["bidSecurityMaxPermille"], 20);
        assert_eq!(json["minValidBids"], 3);
        assert_eq!(json["consultationMinValidBids"], 2);
        assert_eq!(json["challengeWindowWorkingDays"], 7);
        assert_eq!(json["challengeReplyWorkingDays"], 7);
        assert_eq!(json["complaintWindowWorkingDays"], 15);
        assert_eq!(json["contractTermMaxMonths"], 12);
        assert_eq!(json["contractTermMaxMonthsStable"], 36);
        assert_eq!(json["performanceGradeThresholds"]["excellent"], 90);
        assert_eq!(json["performanceIndicators"].as_array().unwrap().len(), 4);
        assert_eq!(json["paymentDueDays"], 30);
        assert_eq!(json["supplementMaxPercent"], 10);
        assert_eq!(json["menuItemCapServices"], serde_json::Value::Null);
        assert_eq!(json["contestMinYearsRegistered"], 1);
        assert_eq!(json["contestSeriousFreeYears"], 3);
        assert_eq!(json["contestPanelWeightPercent"], 70);
        assert_eq!(
            json["contestIncentiveTiers"]["tiers"][0]["amount"],
            10_000_000
        );
        assert_eq!(json["contestJuryMinMembers"], 5);
        assert_eq!(json["contestJuryMinExpertThirds"], 2);
        // The registry's 19 numbers, procurement's 22, the contract's 2, performance
        // evaluation's 2, menu ordering's 3, the contest's 4 and a contest jury's 2.
        assert_eq!(json.as_object().unwrap().len(), 54);
        let back: Policy = serde_json::from_value(json).unwrap();
        assert_eq!(back, p);
    }

    #[test]
    fn a_policy_file_lists_only_what_it_changes() {
        let p: Policy =
            serde_json::from_str(r#"{"decisionDueDays": 45, "minFundsSocialGroupLocal": 5000000}"#)
                .unwrap();
        assert_eq!(p.decision_due_days, 45);
        assert_eq!(p.min_funds_social_group_local, Money::from_yuan(50_000));
        assert_eq!(p.preparation_valid_months, 6);
        assert!(serde_json::from_str::<Policy>(r#"{"minFundsSocialGroupLocal": -1}"#).is_err());
    }

    #[test]
    fn validate_refuses_meaningless_numbers() {
        let bad = [
            Policy {
                annual_report_due_month: 13,
                ..Policy::default()
            },
            Policy {
                annual_report_due_day: 0,
                ..Policy::default()
            },
            Policy {
                serious_min_years: 0,
                ..Policy::default()
            },
            Policy {
                menu_item_cap_goods: Some(Money::ZERO),
                ..Policy::default()
            },
        ];
        for p in bad {
            assert_eq!(p.validate().unwrap_err().code(), "VALIDATION");
        }
    }

    #[test]
    fn annual_report_due_date_clamps() {
        let p = Policy::default();
        assert_eq!(p.annual_report_due(2025), date(2026, 5, 31));
        let june = Policy {
            annual_report_due_month: 6,
            ..Policy::default()
        };
        assert_eq!(june.annual_report_due(2025), date(2026, 6, 30));
        let feb = Policy {
            annual_report_due_month: 2,
            annual_report_due_day: 30,
            ..Policy::default()
        };
        assert_eq!(feb.annual_report_due(2027), date(2028, 2, 29));
        assert_eq!(feb.annual_report_due(2025), date(2026, 2, 28));
        let nonsense = Policy {
            annual_report_due_month: 99,
            annual_report_due_day: 99,
            ..Policy::default()
        };
        assert_eq!(nonsense.annual_report_due(2025), date(2026, 12, 31));
        assert_eq!(p.annual_report_due(i32::MAX), NaiveDate::MAX);
    }

    #[test]
    fn minimum_funds_by_kind_level_and_fundraising() {
        let p = Policy::default();
        let national = Jurisdiction::national();
        let local = Jurisdiction::parse("440300").unwrap();
        let y = Money::from_yuan;
        let cases = [
            (
                OrganisationKind::SocialGroup,
                &national,
                false,
                Some(y(100_000)),
            ),
            (OrganisationKind::SocialGroup, &local, true, Some(y(30_000))),
            (
                OrganisationKind::Foundation,
                &national,
                true,
                Some(y(8_000_000)),
            ),
            (
                OrganisationKind::Foundation,
                &local,
                true,
                Some(y(4_000_000)),
            ),
            (
                OrganisationKind::Foundation,
                &national,
                false,
                Some(y(2_000_000)),
            ),
            (
                OrganisationKind::Foundation,
                &local,
                false,
                Some(y(2_000_000)),
            ),
            (OrganisationKind::SocialServiceOrg, &national, true, None),
        ];
        for (kind, jurisdiction, public, expected) in cases {
            assert_eq!(p.min_funds(kind, jurisdiction, public), expected, "{kind}");
        }
    }
}
