package se.vardkedjan.followup;

import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.AssignmentReportsView;
import se.vardkedjan.providercontracts.AssignmentId;

import java.time.Instant;

/**
 * The provider's latest report on the case's assignments, as the caseworker sees it when recording a follow-up: the
 * completion report, a deviation, or an attendance report, whichever came last. Exactly one of the three is set.
 */
public record ProviderReport(AssignmentId assignmentId, InterventionType interventionType, String providerName,
                             Kind kind, String reportId, Instant reportedAt,
                             AssignmentReportsView.Completion completion, AssignmentReportsView.Deviation deviation,
                             AssignmentReportsView.Attendance attendance) {

    /** The kind of report. */
    public enum Kind {
        COMPLETION, DEVIATION, ATTENDANCE;

        /** The text key of this value's name. ADR 0019: a whole literal per value. */
        public String textKey() {
            return switch (this) {
                case COMPLETION -> "followup.record.report.kind.COMPLETION";
                case DEVIATION -> "followup.record.report.kind.DEVIATION";
                case ATTENDANCE -> "followup.record.report.kind.ATTENDANCE";
            };
        }
    }

    public RecordedFollowUp.ReportRef ref() {
        return new RecordedFollowUp.ReportRef(assignmentId, kind, reportId);
    }
}
