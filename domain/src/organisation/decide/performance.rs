//! PERF-FEEDS: a concluded performance evaluation's grade on the supplier's record.

use super::Decided;
use crate::error::{DomainError, rules};
use crate::organisation::events::OrganisationEvent;
use crate::organisation::state::{MAX_PERFORMANCE_GRADES, Organisation, PerformanceGrade};

impl Organisation {
    /// Once per evaluation: a grade already on record is refused (the ledger answers a retry
    /// with the record as it stands before asking), and so is one older than every one of the
    /// [`MAX_PERFORMANCE_GRADES`] kept, which it could never displace.
    pub(super) fn decide_record_grade(&self, grade: &PerformanceGrade) -> Decided {
        let on_record = self
            .performance_grades
            .iter()
            .any(|g| g.evaluation_id == grade.evaluation_id);
        let too_old = self.performance_grades.len() >= MAX_PERFORMANCE_GRADES
            && self
                .performance_grades
                .last()
                .is_some_and(|oldest| grade.concluded_at < oldest.concluded_at);
        if on_record {
            return Err(DomainError::violation(
                rules::PERF_FEEDS,
                format!(
                    "the grade of performance evaluation {} is already on the organisation's record",
                    grade.evaluation_id
                ),
            )
            .zh(format!(
                "绩效评价 {} 的结果已记入该社会组织的档案",
                grade.evaluation_id
            )));
        }
        if too_old {
            return Err(DomainError::violation(
                rules::PERF_FEEDS,
                format!(
                    "the record keeps the latest {MAX_PERFORMANCE_GRADES} grades, all concluded after evaluation {}",
                    grade.evaluation_id
                ),
            )
            .zh(format!(
                "档案只保留最近{MAX_PERFORMANCE_GRADES}次绩效评价结果，均晚于绩效评价 {} 作出",
                grade.evaluation_id
            )));
        }
        Ok(vec![OrganisationEvent::PerformanceGradeRecorded {
            evaluation_id: grade.evaluation_id,
            contract_id: grade.contract_id,
            procurement_id: grade.procurement_id,
            evaluator: grade.evaluator,
            grade: grade.grade,
            score: grade.score,
            concluded_at: grade.concluded_at,
        }])
    }

    /// Keeps `grade` in conclusion order, latest first, and drops the oldest past the bound.
    pub(crate) fn keep_grade(&mut self, grade: PerformanceGrade) {
        if self
            .performance_grades
            .iter()
            .any(|g| g.evaluation_id == grade.evaluation_id)
        {
            return;
        }
        let at = self
            .performance_grades
            .iter()
            .position(|g| g.concluded_at < grade.concluded_at)
            .unwrap_or(self.performance_grades.len());
        self.performance_grades.insert(at, grade);
        self.performance_grades.truncate(MAX_PERFORMANCE_GRADES);
    }
}
