package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.ReportedDay;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A correction of reported days (ADR 0026): each day was reported and is not corrected yet; it is cancelled (no
 * hours) or, for an hour-priced contract, gets its right hours; a reason is required. The report itself is never
 * changed.
 */
public record AttendanceCorrection(List<ReportedDay> days, String reason) {

    public static final String DAYS = "providercontracts.reports.correction.days";
    public static final String REASON = "providercontracts.reports.correction.reason";

    public static AttendanceCorrection check(boolean hourPriced, List<ReportedDay> days, String reason,
                                             Collection<java.time.LocalDate> reported,
                                             Collection<java.time.LocalDate> corrected) {
        var text = ProviderText.required(REASON, reason, ProviderText.MEDIUM);
        if (days == null || days.isEmpty()) {
            throw RuleViolation.forField(DAYS, "providercontracts.reports.error.no-days");
        }
        var seen = new TreeSet<java.time.LocalDate>();
        var checked = new ArrayList<ReportedDay>();
        for (var day : days) {
            if (day == null || day.day() == null || !reported.contains(day.day())) {
                throw RuleViolation.forField(DAYS, "providercontracts.reports.error.not-reported",
                        day == null || day.day() == null ? "–" : day.day().toString());
            }
            if (!seen.add(day.day())) {
                throw RuleViolation.forField(DAYS, "providercontracts.reports.error.day-twice", day.day().toString());
            }
            if (corrected.contains(day.day())) {
                throw RuleViolation.forField(DAYS, "providercontracts.reports.error.already-corrected",
                        day.day().toString());
            }
            if (day.hours() != null && !hourPriced) {
                throw RuleViolation.forField(DAYS, "providercontracts.reports.error.hours-not-priced");
            }
            checked.add(day.hours() == null ? day : new ReportedDay(day.day(), AttendancePeriod.hours(true, day)));
        }
        return new AttendanceCorrection(List.copyOf(checked), text);
    }
}
