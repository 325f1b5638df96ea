package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.DeviationInput;
import se.vardkedjan.providercontracts.DeviationKind;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;

/**
 * A deviation (avvikelse) as the rules allow it (ADR 0026): on an accepted, running or ended assignment; its kind;
 * a day not in the future and not before the assignment was accepted to start; what happened (required) and what was
 * done (optional), each at most {@link ProviderText#MEDIUM} characters.
 */
public record DeviationReport(DeviationKind kind, LocalDate occurredOn, String description, String actionTaken) {

    public static final String KIND = "providercontracts.reports.deviation.kind";
    public static final String OCCURRED_ON = "providercontracts.reports.deviation.occurred-on";
    public static final String DESCRIPTION = "providercontracts.reports.deviation.description";
    public static final String ACTION = "providercontracts.reports.deviation.action";

    public static DeviationReport check(AssignmentStatus status, LocalDate acceptedStart, DeviationInput input,
                                        LocalDate today) {
        if (status != AssignmentStatus.ACCEPTED && status != AssignmentStatus.RUNNING
                && status != AssignmentStatus.ENDED) {
            throw new RuleViolation("providercontracts.reports.error.not-accepted");
        }
        if (input.kind() == null) {
            throw RuleViolation.forField(KIND, "providercontracts.error.text-required", KIND);
        }
        if (input.occurredOn() == null) {
            throw RuleViolation.forField(OCCURRED_ON, "providercontracts.error.text-required", OCCURRED_ON);
        }
        AssignmentDates.check(OCCURRED_ON, input.occurredOn());
        if (input.occurredOn().isAfter(today)) {
            throw RuleViolation.forField(OCCURRED_ON, "providercontracts.reports.error.in-the-future");
        }
        if (acceptedStart != null && input.occurredOn().isBefore(acceptedStart)) {
            throw RuleViolation.forField(OCCURRED_ON, "providercontracts.reports.error.deviation-before-start",
                    acceptedStart.toString());
        }
        return new DeviationReport(input.kind(), input.occurredOn(),
                ProviderText.required(DESCRIPTION, input.description(), ProviderText.MEDIUM),
                ProviderText.optional(ACTION, input.actionTaken(), ProviderText.MEDIUM));
    }

    /**
     * Refuses acknowledging a deviation that is no serious incident (only those wait for the case staff until
     * acknowledged), or one acknowledged already: it stays acknowledged by whom it was, once.
     */
    public static void checkAcknowledgeable(DeviationKind kind, boolean acknowledged) {
        if (kind != DeviationKind.SERIOUS_INCIDENT) {
            throw new RuleViolation("providercontracts.reports.error.not-a-serious-incident");
        }
        if (acknowledged) {
            throw new RuleViolation("providercontracts.reports.error.already-acknowledged");
        }
    }
}
