package se.vardkedjan.providercontracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the provider has reported on an assignment: attendance reports with their days (as corrected), corrections,
 * deviations and the completion report. Plain records, for the views and the REST API alike.
 *
 * @param hourPriced whether the contract is priced per hour (days carry hours) rather than per care day or month
 */
public record AssignmentReportsView(AssignmentId assignmentId, AssignmentStatus status, boolean hourPriced,
                                    LocalDate startedOn, LocalDate endedOn, List<String> goals,
                                    List<Attendance> attendance, List<Correction> corrections,
                                    List<Deviation> deviations, Completion completion) {

    /** A report of a period, with its days; a day's {@code hours} as reported, its correction apart. */
    public record Attendance(long id, LocalDate firstDay, LocalDate lastDay, List<Day> days, Instant reportedAt,
                             String reportedBy) {
    }

    /** A reported day; {@code cancelled} and {@code correctedHours} when a correction says so. */
    public record Day(LocalDate day, BigDecimal hours, boolean cancelled, BigDecimal correctedHours) {
    }

    /** A correction: the days it cancels or gives new hours, and why. */
    public record Correction(long id, List<ReportedDay> days, String reason, Instant correctedAt, String correctedBy) {
    }

    /**
     * A deviation; a serious incident's acknowledgement by the case staff, when and by whom (their name), or both
     * null while it waits for one (and always for the other kinds).
     */
    public record Deviation(String id, DeviationKind kind, LocalDate occurredOn, String description,
                            String actionTaken, Instant reportedAt, String reportedBy, Instant acknowledgedAt,
                            String acknowledgedBy) {

        /** A serious incident no caseworker or unit manager has acknowledged yet. */
        public boolean awaitsAcknowledgement() {
            return kind == DeviationKind.SERIOUS_INCIDENT && acknowledgedAt == null;
        }
    }

    public record Completion(List<Goal> goals, String summary, String clientsView, Instant submittedAt,
                             String submittedBy) {
    }

    public record Goal(int position, String text, GoalOutcome outcome, String comment) {
    }

    /** The number of care days (or days with hours) that count after corrections. */
    public long countedDays() {
        return attendance.stream().flatMap(a -> a.days().stream()).filter(d -> !d.cancelled()).count();
    }
}
