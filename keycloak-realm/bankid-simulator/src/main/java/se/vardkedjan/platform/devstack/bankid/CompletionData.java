package se.vardkedjan.platform.devstack.bankid;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code completionData} of a completed order, serialised in this field order. {@code stepUp} and {@code risk} are
 * {@code null} (left out) unless the order asked for them ({@code requirement.mrtd}, {@code returnRisk}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CompletionData(
        User user,
        Device device,
        String bankIdIssueDate,
        StepUp stepUp,
        String signature,
        String ocspResponse,
        String risk) {

    record User(String personalNumber, String name, String givenName, String surname) {
    }

    /** The user's device: its IP address as the BankID service sees it, and a unique hardware identifier. */
    record Device(String ipAddress, String uhi) {
    }

    /** Extra verifications made in the transaction: {@code mrtd} is true when a passport/ID card check passed. */
    record StepUp(boolean mrtd) {
    }
}
