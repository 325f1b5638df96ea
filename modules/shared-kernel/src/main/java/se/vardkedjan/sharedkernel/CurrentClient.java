package se.vardkedjan.sharedkernel;

import java.util.Optional;

/**
 * The client signed in to the citizen portal, as BankID identified them: present only for a portal login with BankID's
 * level of assurance that carries a personal number (the same login that gives the {@link Roles#CLIENT} role); empty for
 * staff, provider staff, a provider's system, and a portal login without the number. The platform provides it from
 * the login; case handling's door to the client's own file asks it (ADR 0028).
 */
public interface CurrentClient {

    /** The signed-in client's identity, or empty when the signed-in user is no client identified by BankID. */
    Optional<ClientIdentity> find();
}
