package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.sharedkernel.RuleViolation;

/**
 * A contract that covers a method on a date, with how many of its places are taken (accepted and running
 * assignments): what the caseworker chooses among.
 *
 * @param places the contract's places, or null when it has no limit
 */
public record ContractOffer(ContractId contract, ProviderId provider, String providerName, String reference,
                            ContractForm form, Integer places, int taken) {

    /** The same offer with the places held by assignments counted. */
    public ContractOffer withTaken(int held) {
        return new ContractOffer(contract, provider, providerName, reference, form, places, held);
    }

    /** Whether a place is free (always, for a contract without a limit). */
    public boolean hasRoom() {
        return places == null || taken < places;
    }

    /**
     * Checks that the contract may be chosen: the client's own choice must be a LOV contract (and is then not limited
     * by the places); any other choice needs a free place.
     */
    public void checkChoosable(boolean clientsChoice) {
        if (clientsChoice && form != ContractForm.LOV) {
            throw RuleViolation.forField("providercontracts.assignment.provider",
                    "providercontracts.assignment.error.clients-choice-not-lov");
        }
        if (!clientsChoice && !hasRoom()) {
            throw RuleViolation.forField("providercontracts.assignment.provider",
                    "providercontracts.assignment.error.contract-full");
        }
    }
}
