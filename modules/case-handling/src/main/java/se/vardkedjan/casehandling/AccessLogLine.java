package se.vardkedjan.casehandling;

/**
 * An access-log row with its person identified for the unit manager reviewing it. {@code personName} is null when the
 * person has a protected identity outside the manager's need to know; there is never an address. {@code caseUnitName} is
 * the name of the case's unit (null for a row without a case).
 */
public record AccessLogLine(AccessLogEntry entry, String identityNumber, String personName,
                            ProtectionLevel protection, String caseUnitName) {

    /** How a row's person is shown. */
    record Person(String identityNumber, String name, ProtectionLevel protection) {
    }
}
