package se.vardkedjan.providercontracts;

/**
 * An assignment as its provider sees it: the assignment as sent, its state and history, the method's name, and the
 * client it serves (ADR 0027).
 */
public record ProviderAssignment(AssignmentView assignment, String methodNameSv, String methodNameEn, Client client) {

    /**
     * Whom the provider serves. The name and the identity number, and the phone and address only when the client
     * consented to share them; a protected person's address never, and a protected person's identity only once the
     * provider has accepted the assignment ({@code withheld} before).
     *
     * @param protectedIdentity the person's identity is protected (skyddad identitet): handle with care
     * @param withheld          the identity is not shown yet (a protected person, assignment not accepted)
     */
    public record Client(String name, String identityNumber, String phone, String streetAddress, String postalCode,
                         String city, boolean protectedIdentity, boolean withheld) {
    }
}
