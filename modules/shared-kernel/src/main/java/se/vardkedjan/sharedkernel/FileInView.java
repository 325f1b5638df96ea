package se.vardkedjan.sharedkernel;

import java.util.Optional;

/**
 * Whose file the signed-in portal user has chosen to read: their own, or that of a client who gave them reading access
 * (the client's choices, ADR 0028). The portal keeps the choice in the user's session (never in a URL) and sets it when
 * the user picks "Min egen" or the client's name; case handling's door to the own file reads it on every call and
 * checks it against the client's choices then, so a revoked access ends on the next request. Outside a portal session
 * (a scheduled job, a test without one) nothing is chosen: the own file.
 */
public interface FileInView {

    /** The person whose file the user chose to read instead of their own; empty for their own file. */
    Optional<PersonId> otherOwner();

    /** Reads the user's own file from now on. */
    void readOwn();

    /** Reads the file of the person who trusts the user from now on (the door checks that they do, on every call). */
    void readFileOf(PersonId owner);
}
