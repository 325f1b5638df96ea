package se.vardkedjan.organisation;

import java.time.LocalDate;

/**
 * An entry in the maintained table of legal references (lagrum), e.g. code {@code SOL-11-1}, law "SoL (2025:400)",
 * chapter 11, section 1. An administrator adds entries and retires them (sets {@code validTo}) when the law changes;
 * a decision may cite only an entry valid on its date.
 */
public record LegalReference(String code, String law, String chapter, String section, String title,
                             LocalDate validFrom, LocalDate validTo) {

    /** As written in a decision, e.g. "11 kap. 1 § SoL (2025:400)". */
    public String citation() {
        return (chapter == null || chapter.isBlank() ? "" : chapter + " kap. ") + section + " § " + law;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
