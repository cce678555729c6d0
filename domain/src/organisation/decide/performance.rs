//! PERF-FEEDS: a concluded performance evaluation's grade on the supplier's record.

use crate::organisation::events::OrganisationEvent;
use crate::organisation::state::{MAX_PERFORMANCE_GRADES, Organisation, PerformanceGrade};

impl Organisation {
    /// Once per evaluation: a grade already on record (or older than every one of the
    /// [`MAX_PERFORMANCE_GRADES`] kept, which it could never displace) records nothing, so the
    /// ledger may repeat the command after a failure.
    pub(super) fn decide_record_grade(&self, grade: &PerformanceGrade) -> Vec<OrganisationEvent> {
        let on_record = self
            .performance_grades
            .iter()
            .any(|g| g.evaluation_id == grade.evaluation_id);
        let too_old = self.performance_grades.len() >= MAX_PERFORMANCE_GRADES
            && self
                .performance_grades
                .last()
                .is_some_and(|oldest| grade.concluded_at < oldest.concluded_at);
        if on_record || too_old {
            return Vec::new();
        }
        vec![OrganisationEvent::PerformanceGradeRecorded {
            evaluation_id: grade.evaluation_id,
            contract_id: grade.contract_id,
            procurement_id: grade.procurement_id,
            evaluator: grade.evaluator,
            grade: grade.grade,
            score: grade.score,
            concluded_at: grade.concluded_at,
        }]
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
