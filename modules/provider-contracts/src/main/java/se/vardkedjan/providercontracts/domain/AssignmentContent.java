package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the caseworker writes in an assignment, as the documentation regulations ask of it (the legal reference is the
 * organisation's data, see ADR 0024): the planned start and expected length, what the provider must report and when,
 * how and when the municipality follows up, the contact persons, and the personal data shared. A draft may lack
 * parts; {@link #checkComplete} says what sending needs.
 */
public record AssignmentContent(LocalDate startsOn, String expectedLength, String reporting, String followUp,
                                String contactPersons, SharedPersonalData sharing) {

    public static final AssignmentContent EMPTY = new AssignmentContent(null, null, null, null, null,
            SharedPersonalData.IDENTITY_ONLY);

    public AssignmentContent {
        startsOn = AssignmentDates.check("providercontracts.assignment.starts-on", startsOn);
        expectedLength = ProviderText.optional("providercontracts.assignment.expected-length", expectedLength,
                ProviderText.SHORT);
        reporting = ProviderText.optional("providercontracts.assignment.reporting", reporting,
                ProviderText.MEDIUM);
        followUp = ProviderText.optional("providercontracts.assignment.follow-up", followUp, ProviderText.MEDIUM);
        contactPersons = ProviderText.optional("providercontracts.assignment.contact-persons", contactPersons,
                ProviderText.MEDIUM);
        sharing = Objects.requireNonNullElse(sharing, SharedPersonalData.IDENTITY_ONLY);
    }

    /** Checks that nothing the regulations ask for is missing. */
    void checkComplete() {
        if (startsOn == null) {
            throw RuleViolation.forField("providercontracts.assignment.starts-on",
                    "providercontracts.error.text-required", "providercontracts.assignment.starts-on");
        }
        ProviderText.required("providercontracts.assignment.expected-length", expectedLength, ProviderText.SHORT);
        ProviderText.required("providercontracts.assignment.reporting", reporting, ProviderText.MEDIUM);
        ProviderText.required("providercontracts.assignment.follow-up", followUp, ProviderText.MEDIUM);
        ProviderText.required("providercontracts.assignment.contact-persons", contactPersons, ProviderText.MEDIUM);
    }
}
