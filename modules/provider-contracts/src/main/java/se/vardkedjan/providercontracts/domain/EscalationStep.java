package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.AssignmentStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The steps of escalation of an assignment the provider has not answered, in order: none yet, a reminder to the
 * provider, then the caseworker and the unit manager told. Each step is recorded once (stored as its {@link #level}).
 */
public enum EscalationStep {
    NONE(0), PROVIDER_REMINDED(1), CASE_STAFF_TOLD(2);

    /** Dates are Swedish calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final int level;

    EscalationStep(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static EscalationStep ofLevel(int level) {
        for (var step : values()) {
            if (step.level == level) {
                return step;
            }
        }
        throw new IllegalArgumentException("No escalation step " + level);
    }

    /** The step after this one, or this one when it is the last. */
    public EscalationStep next() {
        return this == CASE_STAFF_TOLD ? this : ofLevel(level + 1);
    }

    /**
     * The furthest step that is due for an assignment on the clock's date: none unless it still awaits the provider's
     * answer; the reminder once {@code reminderDays} have passed since it was sent, and the caseworker and unit
     * manager once {@code escalationDays} more have passed.
     */
    public static EscalationStep due(AssignmentStatus status, Instant sentAt, EscalationDeadlines deadlines,
                                     Clock clock) {
        if (!status.awaitsAnswer() || sentAt == null) {
            return NONE;
        }
        var sentOn = LocalDate.ofInstant(sentAt, ZONE);
        var today = LocalDate.ofInstant(clock.instant(), ZONE);
        var remindOn = sentOn.plusDays(deadlines.reminderDays());
        if (today.isBefore(remindOn)) {
            return NONE;
        }
        return today.isBefore(remindOn.plusDays(deadlines.escalationDays())) ? PROVIDER_REMINDED : CASE_STAFF_TOLD;
    }

    /** The date a step falls due for an assignment sent at the given time. */
    public static LocalDate dueOn(EscalationStep step, Instant sentAt, EscalationDeadlines deadlines) {
        var sentOn = LocalDate.ofInstant(sentAt, ZONE);
        return switch (step) {
            case NONE -> sentOn;
            case PROVIDER_REMINDED -> sentOn.plusDays(deadlines.reminderDays());
            case CASE_STAFF_TOLD -> sentOn.plusDays(deadlines.reminderDays() + deadlines.escalationDays());
        };
    }
}
