package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.sharedkernel.PersonId;

/**
 * A client who trusts the signed-in adult with reading access to parts of their file now (ADR 0028, slice 2), by given
 * name, for the portal's choice of whose file to read. The id never leaves the server (no URL carries it).
 */
public record TrustingClient(PersonId person, String givenName) {
}
