package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

/**
 * The client's personal data the provider gets with the assignment, beyond the name and personal number it needs to
 * know whom it serves: only what the provider needs and the client consented to share, and never a protected
 * person's address (domain handbook §6).
 *
 * @param clientConsented whether the client consented to sharing more than the identity (recorded by the caseworker)
 * @param address         the address is shared
 * @param phone           the phone number is shared
 */
public record SharedPersonalData(boolean clientConsented, boolean address, boolean phone) {

    public static final SharedPersonalData IDENTITY_ONLY = new SharedPersonalData(false, false, false);

    public SharedPersonalData {
        if ((address || phone) && !clientConsented) {
            throw RuleViolation.forField("providercontracts.assignment.consent",
                    "providercontracts.assignment.error.sharing-without-consent");
        }
    }

    /** Checks the sharing against the person's protection: a protected person's address never leaves. */
    public void checkAllowedFor(boolean protectedIdentity) {
        if (protectedIdentity && address) {
            throw RuleViolation.forField("providercontracts.assignment.share-address",
                    "providercontracts.assignment.error.protected-address");
        }
    }
}
