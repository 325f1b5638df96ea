package se.vardkedjan.providercontracts.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.ReportedDay;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttendancePeriodTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate STARTED = LocalDate.of(2026, 11, 1);
    private static final AttendancePeriod.Frame CARE_DAYS = new AttendancePeriod.Frame(AssignmentStatus.RUNNING,
            STARTED, null, false);
    private static final AttendancePeriod.Frame HOURS = new AttendancePeriod.Frame(AssignmentStatus.RUNNING,
            STARTED, null, true);

    private static List<ReportedDay> careDays(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).map(ReportedDay::careDay).toList();
    }

    private static void refused(Runnable check, String key) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }

    @Test
    void aPeriodOfCareDaysOfARunningAssignmentIsAccepted() {
        var period = AttendancePeriod.check(CARE_DAYS, STARTED, STARTED.plusDays(29),
                careDays(STARTED, STARTED.plusDays(29)), TODAY, Set.of());
        assertThat(period.days()).hasSize(30);
        assertThat(period.days()).allMatch(day -> day.hours() == null);
    }

    @Test
    void chosenDaysOfThePeriodAreAccepted() {
        var period = AttendancePeriod.check(CARE_DAYS, STARTED, STARTED.plusDays(6),
                List.of(ReportedDay.careDay(STARTED), ReportedDay.careDay(STARTED.plusDays(3))), TODAY, Set.of());
        assertThat(period.days()).extracting(ReportedDay::day).containsExactly(STARTED, STARTED.plusDays(3));
    }

    @Test
    void aDayAlreadyReportedIsRefusedAndNamed() {
        assertThatThrownBy(() -> AttendancePeriod.check(CARE_DAYS, STARTED, STARTED.plusDays(9),
                careDays(STARTED, STARTED.plusDays(9)), TODAY, Set.of(STARTED.plusDays(4), STARTED.plusDays(5))))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("providercontracts.reports.error.overlap");
                    assertThat(violation.arguments()).containsExactly("2026-11-05, 2026-11-06", 2);
                });
    }

    @Test
    void aDayInTheFutureIsRefused() {
        refused(() -> AttendancePeriod.check(CARE_DAYS, TODAY, TODAY.plusDays(1), careDays(TODAY, TODAY.plusDays(1)),
                TODAY, Set.of()), "providercontracts.reports.error.in-the-future");
    }

    @Test
    void todayItselfMayBeReported() {
        assertThat(AttendancePeriod.check(CARE_DAYS, TODAY, TODAY, careDays(TODAY, TODAY), TODAY, Set.of()).days())
                .hasSize(1);
    }

    @Test
    void aDayBeforeTheStartIsRefused() {
        refused(() -> AttendancePeriod.check(CARE_DAYS, STARTED.minusDays(1), STARTED,
                careDays(STARTED.minusDays(1), STARTED), TODAY, Set.of()),
                "providercontracts.reports.error.before-start");
    }

    @Test
    void anEndedAssignmentTakesItsLastDaysButNothingAfterTheEnd() {
        var ended = new AttendancePeriod.Frame(AssignmentStatus.ENDED, STARTED, STARTED.plusDays(10), false);
        assertThat(AttendancePeriod.check(ended, STARTED.plusDays(8), STARTED.plusDays(10),
                careDays(STARTED.plusDays(8), STARTED.plusDays(10)), TODAY, Set.of()).days()).hasSize(3);
        refused(() -> AttendancePeriod.check(ended, STARTED.plusDays(8), STARTED.plusDays(11),
                careDays(STARTED.plusDays(8), STARTED.plusDays(11)), TODAY, Set.of()),
                "providercontracts.reports.error.after-end");
    }

    @Test
    void anAssignmentThatHasNotStartedTakesNoReport() {
        var accepted = new AttendancePeriod.Frame(AssignmentStatus.ACCEPTED, null, null, false);
        refused(() -> AttendancePeriod.check(accepted, STARTED, STARTED, careDays(STARTED, STARTED), TODAY, Set.of()),
                "providercontracts.reports.error.not-running");
    }

    @Test
    void aPeriodLongerThanNinetyThreeDaysIsRefused() {
        var frame = new AttendancePeriod.Frame(AssignmentStatus.RUNNING, LocalDate.of(2026, 1, 1), null, false);
        var first = LocalDate.of(2026, 6, 1);
        assertThat(AttendancePeriod.check(frame, first, first.plusDays(92), careDays(first, first.plusDays(92)),
                TODAY, Set.of()).length()).isEqualTo(93);
        refused(() -> AttendancePeriod.check(frame, first, first.plusDays(93), careDays(first, first.plusDays(93)),
                TODAY, Set.of()), "providercontracts.reports.error.period-too-long");
    }

    @Test
    void aDayOutsideThePeriodOrTwiceIsRefused() {
        refused(() -> AttendancePeriod.check(CARE_DAYS, STARTED, STARTED.plusDays(2),
                List.of(ReportedDay.careDay(STARTED.plusDays(3))), TODAY, Set.of()),
                "providercontracts.reports.error.day-outside-period");
        refused(() -> AttendancePeriod.check(CARE_DAYS, STARTED, STARTED.plusDays(2),
                List.of(ReportedDay.careDay(STARTED), ReportedDay.careDay(STARTED)), TODAY, Set.of()),
                "providercontracts.reports.error.day-twice");
        refused(() -> AttendancePeriod.check(CARE_DAYS, STARTED, STARTED.plusDays(2), List.of(), TODAY, Set.of()),
                "providercontracts.reports.error.no-days");
    }

    @Test
    void hoursAreAboveZeroAtMostTwentyFourInHundredthsAndOnlyForAnHourPricedContract() {
        var day = STARTED.plusDays(1);
        assertThat(AttendancePeriod.check(HOURS, day, day, List.of(new ReportedDay(day, new BigDecimal("1.5"))),
                TODAY, Set.of()).days().getFirst().hours()).isEqualByComparingTo("1.50");
        assertThat(AttendancePeriod.check(HOURS, day, day, List.of(new ReportedDay(day, new BigDecimal("24"))),
                TODAY, Set.of()).days()).hasSize(1);
        refused(() -> AttendancePeriod.check(HOURS, day, day, List.of(new ReportedDay(day, new BigDecimal("-2"))),
                TODAY, Set.of()), "providercontracts.reports.error.hours-range");
        refused(() -> AttendancePeriod.check(HOURS, day, day, List.of(new ReportedDay(day, BigDecimal.ZERO)),
                TODAY, Set.of()), "providercontracts.reports.error.hours-range");
        refused(() -> AttendancePeriod.check(HOURS, day, day, List.of(new ReportedDay(day, new BigDecimal("24.01"))),
                TODAY, Set.of()), "providercontracts.reports.error.hours-range");
        refused(() -> AttendancePeriod.check(HOURS, day, day, List.of(new ReportedDay(day, new BigDecimal("1.005"))),
                TODAY, Set.of()), "providercontracts.reports.error.hours-precision");
        refused(() -> AttendancePeriod.check(HOURS, day, day, List.of(ReportedDay.careDay(day)), TODAY, Set.of()),
                "providercontracts.reports.error.hours-required");
        refused(() -> AttendancePeriod.check(CARE_DAYS, day, day, List.of(new ReportedDay(day, BigDecimal.ONE)),
                TODAY, Set.of()), "providercontracts.reports.error.hours-not-priced");
    }

    @Test
    void aCorrectionCancelsOrCorrectsReportedDaysOnceWithAReason() {
        var day = STARTED.plusDays(1);
        var correction = AttendanceCorrection.check(true, List.of(ReportedDay.careDay(day),
                new ReportedDay(day.plusDays(1), new BigDecimal("2"))), "Fel dag.", Set.of(day, day.plusDays(1)),
                Set.of());
        assertThat(correction.days()).hasSize(2);
        refused(() -> AttendanceCorrection.check(false, List.of(ReportedDay.careDay(day.plusDays(5))), "Fel.",
                Set.of(day), Set.of()), "providercontracts.reports.error.not-reported");
        refused(() -> AttendanceCorrection.check(false, List.of(ReportedDay.careDay(day)), "Fel.", Set.of(day),
                Set.of(day)), "providercontracts.reports.error.already-corrected");
        refused(() -> AttendanceCorrection.check(false, List.of(ReportedDay.careDay(day)), " ", Set.of(day),
                Set.of()), "providercontracts.error.text-required");
    }
}
