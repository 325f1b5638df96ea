package se.vardkedjan.casehandling;

import se.vardkedjan.organisation.LegalReference;

import java.time.LocalDate;

/**
 * The legal basis a decided intervention cites: an entry of the organisation's table of legal references (lagrum) as
 * the decision needs it — its code, how it is written in a decision ("11 kap. 1 § SoL (2025:400)"), its title, and
 * the days it may be cited. Case handling's own value: the facade maps the organisation's entry to it.
 */
public record LegalBasis(String code, String citation, String title, LocalDate validFrom, LocalDate validTo) {

    /** The organisation's entry as a decision cites it. */
    public static LegalBasis of(LegalReference reference) {
        return new LegalBasis(reference.code(), reference.citation(), reference.title(), reference.validFrom(),
                reference.validTo());
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
