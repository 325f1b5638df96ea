package se.vardkedjan.bankid.keycloak.rp;

/**
 * What a complete order says about the user (RP API v6 {@code completionData}). The personal number comes as BankID
 * sends it (12 digits); checking it is the caller's business. Left out of {@link #toString()}: it is personal data.
 */
public record CompletionData(User user, Device device, String bankIdIssueDate, String signature, String ocspResponse,
                             String risk) {

    public record User(String personalNumber, String name, String givenName, String surname) {
        @Override
        public String toString() {
            return "User[personalNumber=(hidden)]";
        }
    }

    public record Device(String ipAddress, String uhi) {
    }

    @Override
    public String toString() {
        return "CompletionData[bankIdIssueDate=" + bankIdIssueDate + "]";
    }
}
