package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

/**
 * The administrator's deadlines for an unanswered assignment: {@code reminderDays} after it was sent the provider is
 * reminded; {@code escalationDays} after that reminder the caseworker and the unit manager are told. Whole calendar
 * days, 1 to 90 each.
 */
public record EscalationDeadlines(int reminderDays, int escalationDays) {

    public static final int MAX_DAYS = 90;

    public EscalationDeadlines {
        if (reminderDays < 1 || reminderDays > MAX_DAYS) {
            throw RuleViolation.forField("providercontracts.escalation.reminder-days",
                    "providercontracts.escalation.error.days-out-of-range", 1, MAX_DAYS);
        }
        if (escalationDays < 1 || escalationDays > MAX_DAYS) {
            throw RuleViolation.forField("providercontracts.escalation.escalation-days",
                    "providercontracts.escalation.error.days-out-of-range", 1, MAX_DAYS);
        }
    }
}
