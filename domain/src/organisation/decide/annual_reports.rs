//! Annual reports (年度工作报告, REG-ANNUAL-REPORT; Part B §2.4).

use chrono::{Datelike, NaiveDate};

use super::Decided;
use crate::calendar::china_date;
use crate::error::{DomainError, rules};
use crate::organisation::RegistryContext as Context;
use crate::organisation::credit::{AbnormalTrigger, CreditStanding};
use crate::organisation::events::OrganisationEvent;
use crate::organisation::state::{Organisation, ReportConclusion};

fn violation(message: String, zh: String) -> DomainError {
    DomainError::violation(rules::REG_ANNUAL_REPORT, message).zh(zh)
}

impl Organisation {
    /// A report exists for every year from the registration year on.
    fn check_report_year(&self, year: i32) -> Result<NaiveDate, DomainError> {
        let Some(registered_on) = self.registered_on() else {
            return Err(violation(
                "the organisation has no recorded registration date, so no report year can be placed".to_owned(),
                "该社会组织没有登记成立日期，无法确定年度工作报告的年度".to_owned(),
            ));
        };
        if year < registered_on.year() {
            return Err(violation(
                format!(
                    "the organisation was registered on {registered_on}; there is no annual report for {year}"
                ),
                format!("该社会组织于{registered_on}登记成立，没有{year}年度工作报告"),
            ));
        }
        Ok(registered_on)
    }

    pub(super) fn decide_submit_report(&self, year: i32, ctx: &Context) -> Decided {
        self.check_report_year(year)?;
        let today = ctx.today();
        if year >= today.year() {
            return Err(violation(
                format!(
                    "the annual report for {year} covers the whole year; it can be submitted from 1 January {}",
                    year.saturating_add(1)
                ),
                format!(
                    "{year}年度工作报告涵盖全年，自{}-01-01起方可报送",
                    year.saturating_add(1)
                ),
            ));
        }
        if let Some(at) = self.annual_report(year).and_then(|r| r.submitted_at) {
            return Err(violation(
                format!(
                    "the annual report for {year} was already submitted on {at}; there is one report per year"
                ),
                format!(
                    "{year}年度工作报告已于{}报送，每年只报送一份",
                    china_date(at)
                ),
            ));
        }
        // A year already marked not filed still takes its late report: filing it is how the
        // organisation rectifies the abnormal listing the missed deadline caused.
        Ok(vec![OrganisationEvent::AnnualReportSubmitted {
            year,
            submitted_at: ctx.now,
        }])
    }

    pub(super) fn decide_conclude_report(
        &self,
        year: i32,
        conclusion: ReportConclusion,
        ctx: &Context,
    ) -> Decided {
        let report = self
            .annual_report(year)
            .filter(|r| r.submitted_at.is_some())
            .ok_or_else(|| {
                violation(format!(
                    "no annual report for {year} has been submitted, so there is nothing to conclude"
                ), format!("{year}年度工作报告尚未报送，无法作出结论"))
            })?;
        if let Some(done) = report.conclusion {
            return Err(violation(
                format!(
                    "the annual report for {year} was already concluded: {}",
                    done.label_zh()
                ),
                format!("{year}年度工作报告已有结论：{}", done.label_zh()),
            ));
        }
        Ok(vec![OrganisationEvent::AnnualReportConcluded {
            year,
            conclusion,
            concluded_at: ctx.now,
        }])
    }

    pub(super) fn decide_mark_not_filed(&self, year: i32, ctx: &Context) -> Decided {
        self.check_report_year(year)?;
        let due = ctx.policy.annual_report_due(year);
        if ctx.today() <= due {
            return Err(violation(
                format!("the annual report for {year} is due by {due}; it is not late yet"),
                format!("{year}年度工作报告的报送期限为{due}，尚未逾期"),
            ));
        }
        if let Some(report) = self.annual_report(year) {
            if let Some(at) = report.submitted_at {
                return Err(violation(
                    format!("the annual report for {year} was submitted on {at}"),
                    format!("{year}年度工作报告已于{}报送", china_date(at)),
                ));
            }
            if let Some(nf) = &report.not_filed {
                return Err(violation(
                    format!(
                        "the annual report for {year} was already marked not filed on {}",
                        nf.marked_at
                    ),
                    format!(
                        "已于{}记录{year}年度工作报告未报送",
                        china_date(nf.marked_at)
                    ),
                ));
            }
        }
        let mut events = vec![OrganisationEvent::AnnualReportNotFiled {
            year,
            due,
            marked_at: ctx.now,
        }];
        // An organisation on the serious list cannot also be on the abnormal one; the missed
        // report is still recorded, so the year stops being due.
        if !matches!(self.credit, CreditStanding::Serious(_)) {
            events.push(self.abnormal_listed(
                AbnormalTrigger::AnnualReportLate,
                format!(
                    "annual report for {year} not filed by {due} (未按规定报送{year}年度工作报告)"
                ),
                true,
                ctx,
            ));
        }
        Ok(events)
    }
}
