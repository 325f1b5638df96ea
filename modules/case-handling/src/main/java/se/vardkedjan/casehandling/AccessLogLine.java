package se.vardkedjan.casehandling;

/**
 * An access-log row with its person identified for the unit manager reviewing it. {@code personName} is null when the
 * person has a protected identity outside the manager's need to know; there is never an address.
 */
public record AccessLogLine(AccessLogEntry entry, String identityNumber, String personName,
                            ProtectionLevel protection) {

    /** How a row's person is shown. */
    record Person(String identityNumber, String name, ProtectionLevel protection) {
    }
}
