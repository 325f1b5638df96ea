package se.vardkedjan.casehandling;

/**
 * A search hit. For a person with a protected identity the name is withheld ({@code name} is null) unless the user is
 * named on one of the person's cases; the address is never part of a summary.
 */
public record PersonSummary(PersonId personId, String identityNumber, IdentityKind identityKind, String name,
                            ProtectionLevel protection, int openCasesInMyUnits, int openCasesElsewhere) {
}
