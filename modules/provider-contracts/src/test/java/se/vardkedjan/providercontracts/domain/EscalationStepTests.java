package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.AssignmentStatus;

import org.junit.jupiter.api.Test;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationStepTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** Sent on Monday 2 November 2026 at 23:30 Swedish time (22:30 UTC): the Swedish day counts. */
    private static final Instant SENT = ZonedDateTime.of(2026, 11, 2, 23, 30, 0, 0, STOCKHOLM).toInstant();
    private static final EscalationDeadlines DEADLINES = new EscalationDeadlines(3, 2);

    private static Clock on(int day, int hour) {
        return Clock.fixed(ZonedDateTime.of(2026, 11, day, hour, 0, 0, 0, STOCKHOLM).toInstant(), STOCKHOLM);
    }

    @Test
    void nothingIsDueBeforeTheReminderDeadline() {
        assertThat(EscalationStep.due(AssignmentStatus.SENT, SENT, DEADLINES, on(2, 23))).isEqualTo(EscalationStep.NONE);
        assertThat(EscalationStep.due(AssignmentStatus.SENT, SENT, DEADLINES, on(4, 23))).isEqualTo(EscalationStep.NONE);
    }

    @Test
    void theProviderIsRemindedOnTheReminderDayAndTheCaseStaffToldAfterTheEscalationDays() {
        assertThat(EscalationStep.due(AssignmentStatus.SENT, SENT, DEADLINES, on(5, 0)))
                .isEqualTo(EscalationStep.PROVIDER_REMINDED);
        assertThat(EscalationStep.due(AssignmentStatus.RECEIVED, SENT, DEADLINES, on(6, 12)))
                .isEqualTo(EscalationStep.PROVIDER_REMINDED);
        assertThat(EscalationStep.due(AssignmentStatus.SENT, SENT, DEADLINES, on(7, 0)))
                .isEqualTo(EscalationStep.CASE_STAFF_TOLD);
        assertThat(EscalationStep.due(AssignmentStatus.SENT, SENT, DEADLINES, on(30, 0)))
                .isEqualTo(EscalationStep.CASE_STAFF_TOLD);
    }

    @Test
    void anAnsweredOrUnsentAssignmentNeverEscalates() {
        for (var status : new AssignmentStatus[] {AssignmentStatus.DRAFT, AssignmentStatus.ACCEPTED,
                AssignmentStatus.DECLINED, AssignmentStatus.RUNNING, AssignmentStatus.ENDED,
                AssignmentStatus.WITHDRAWN}) {
            assertThat(EscalationStep.due(status, SENT, DEADLINES, on(30, 0))).as(status.name())
                    .isEqualTo(EscalationStep.NONE);
        }
    }

    @Test
    void theDueDatesFollowTheDeadlines() {
        assertThat(EscalationStep.dueOn(EscalationStep.PROVIDER_REMINDED, SENT, DEADLINES))
                .isEqualTo("2026-11-05");
        assertThat(EscalationStep.dueOn(EscalationStep.CASE_STAFF_TOLD, SENT, DEADLINES)).isEqualTo("2026-11-07");
    }

    @Test
    void deadlinesOutsideOneToNinetyDaysAreRefused() {
        assertThatThrownBy(() -> new EscalationDeadlines(0, 2)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).contains("providercontracts.escalation.reminder-days"));
        assertThatThrownBy(() -> new EscalationDeadlines(3, 91)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).contains("providercontracts.escalation.escalation-days"));
    }
}
