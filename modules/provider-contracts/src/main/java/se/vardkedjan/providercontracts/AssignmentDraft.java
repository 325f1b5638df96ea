package se.vardkedjan.providercontracts;

import java.time.LocalDate;

/**
 * What the caseworker writes in a draft assignment: the method and the provider's contract (with the provider, so an
 * unknown provider is named as such), whether the client chose it under LOV, the planned start and expected length,
 * what the provider reports and when, how and when the municipality follows up, contact persons, and the personal
 * data shared beyond the identity (with the client's consent). Any part may be empty in a draft; sending needs all.
 */
public record AssignmentDraft(MethodCode method, ProviderId provider, ContractId contract, boolean clientsChoice,
                              LocalDate startsOn, String expectedLength, String reporting, String followUp,
                              String contactPersons, boolean clientConsented, boolean shareAddress,
                              boolean sharePhone) {
}
