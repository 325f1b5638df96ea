package se.vardkedjan.providercontracts;

import java.util.List;

/**
 * A correction of days already reported (ADR 0026): each day is cancelled ({@code hours} null: it was not given) or
 * gets its right hours; the reason says what was wrong. Each day is corrected at most once.
 */
public record AttendanceCorrectionInput(List<ReportedDay> days, String reason) {
}
