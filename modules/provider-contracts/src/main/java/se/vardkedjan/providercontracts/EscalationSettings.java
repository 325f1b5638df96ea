package se.vardkedjan.providercontracts;

/**
 * The administrator's escalation deadlines: days from sending until the provider is reminded, then days until the
 * caseworker and the unit manager are told.
 */
public record EscalationSettings(int reminderDays, int escalationDays, long version) {
}
