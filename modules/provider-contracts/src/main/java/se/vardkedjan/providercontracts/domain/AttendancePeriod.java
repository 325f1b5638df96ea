package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.ReportedDay;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A period the provider reports on an assignment and the days in it (ADR 0026): the assignment is running, or ended
 * for its last days; the period is at most {@link #MAX_DAYS} days, not before the start, not after the end, not in the
 * future; each day lies in the period and is reported once; an hour-priced contract's day has more than 0 and at most
 * 24 hours (in hundredths), any other contract's day is a care day without hours; no day was reported before. Each
 * refusal is a text key naming its field.
 */
public record AttendancePeriod(LocalDate firstDay, LocalDate lastDay, List<ReportedDay> days) {

    /** The longest period one report covers: about a quarter. */
    public static final int MAX_DAYS = 93;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    public static final String FIRST_DAY = "providercontracts.reports.attendance.first-day";
    public static final String LAST_DAY = "providercontracts.reports.attendance.last-day";
    public static final String DAYS = "providercontracts.reports.attendance.days";

    /** What the assignment allows: where it stands, when it started and ended, and how its contract prices. */
    public record Frame(AssignmentStatus status, LocalDate startedOn, LocalDate endedOn, boolean hourPriced) {
    }

    /**
     * Checks a report against the assignment and the days reported before.
     *
     * @param already the assignment's days already reported (corrected or not: a day is reported once)
     */
    public static AttendancePeriod check(Frame frame, LocalDate firstDay, LocalDate lastDay, List<ReportedDay> days,
                                         LocalDate today, Collection<LocalDate> already) {
        if (frame.status() != AssignmentStatus.RUNNING && frame.status() != AssignmentStatus.ENDED
                || frame.startedOn() == null) {
            throw new RuleViolation("providercontracts.reports.error.not-running");
        }
        if (firstDay == null) {
            throw RuleViolation.forField(FIRST_DAY, "providercontracts.error.text-required", FIRST_DAY);
        }
        if (lastDay == null) {
            throw RuleViolation.forField(LAST_DAY, "providercontracts.error.text-required", LAST_DAY);
        }
        AssignmentDates.check(FIRST_DAY, firstDay);
        AssignmentDates.check(LAST_DAY, lastDay);
        if (lastDay.isBefore(firstDay)) {
            throw RuleViolation.forField(LAST_DAY, "providercontracts.reports.error.period-order");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
            throw RuleViolation.forField(LAST_DAY, "providercontracts.reports.error.period-too-long", MAX_DAYS);
        }
        if (firstDay.isBefore(frame.startedOn())) {
            throw RuleViolation.forField(FIRST_DAY, "providercontracts.reports.error.before-start",
                    frame.startedOn().toString());
        }
        if (lastDay.isAfter(today)) {
            throw RuleViolation.forField(LAST_DAY, "providercontracts.reports.error.in-the-future");
        }
        if (frame.endedOn() != null && lastDay.isAfter(frame.endedOn())) {
            throw RuleViolation.forField(LAST_DAY, "providercontracts.reports.error.after-end",
                    frame.endedOn().toString());
        }
        if (days == null || days.isEmpty()) {
            throw RuleViolation.forField(DAYS, "providercontracts.reports.error.no-days");
        }
        var seen = new TreeSet<LocalDate>();
        var checked = new ArrayList<ReportedDay>();
        for (var day : days) {
            if (day == null || day.day() == null || day.day().isBefore(firstDay) || day.day().isAfter(lastDay)) {
                throw RuleViolation.forField(DAYS, "providercontracts.reports.error.day-outside-period");
            }
            if (!seen.add(day.day())) {
                throw RuleViolation.forField(DAYS, "providercontracts.reports.error.day-twice", day.day().toString());
            }
            checked.add(new ReportedDay(day.day(), hours(frame.hourPriced(), day)));
        }
        var overlapping = seen.stream().filter(already::contains).map(LocalDate::toString).toList();
        if (!overlapping.isEmpty()) {
            throw overlap(overlapping);
        }
        return new AttendancePeriod(firstDay, lastDay, List.copyOf(checked));
    }

    /** The refusal of days reported before, naming them (the first ten). */
    public static RuleViolation overlap(List<String> days) {
        var named = days.stream().limit(10).collect(Collectors.joining(", "));
        return RuleViolation.forField(DAYS, "providercontracts.reports.error.overlap", named, days.size());
    }

    /** A day's hours: required, more than 0 and at most 24 in hundredths for an hour-priced contract; else none. */
    public static BigDecimal hours(boolean hourPriced, ReportedDay day) {
        if (!hourPriced) {
            if (day.hours() != null) {
                throw RuleViolation.forField(DAYS, "providercontracts.reports.error.hours-not-priced");
            }
            return null;
        }
        var hours = day.hours();
        if (hours == null) {
            throw RuleViolation.forField(DAYS, "providercontracts.reports.error.hours-required",
                    day.day().toString());
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw RuleViolation.forField(DAYS, "providercontracts.reports.error.hours-range", day.day().toString());
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.forField(DAYS, "providercontracts.reports.error.hours-precision",
                    day.day().toString());
        }
        return hours.setScale(2);
    }

    /** The number of days in the period. */
    public long length() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }
}
