package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.IdentityKind;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.sharedkernel.PersonId;

/**
 * A search hit the user may be shown. A person with a protected identity is a hit only for a user who may see one of
 * the person's cases (named on it); for everybody else the search says only that a protected person matched (see
 * {@link PersonSearch}). The address is never part of a summary.
 */
public record PersonSummary(PersonId personId, String identityNumber, IdentityKind identityKind, String name,
                            ProtectionLevel protection, int openCasesInMyUnits, int openCasesElsewhere) {
}
