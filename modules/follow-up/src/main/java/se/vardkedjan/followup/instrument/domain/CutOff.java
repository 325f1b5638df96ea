package se.vardkedjan.followup.instrument.domain;

import se.vardkedjan.casehandling.Sex;

import java.time.LocalDate;
import java.time.Period;

/**
 * A cut-off of the total for the persons it applies to: a sex (or anyone, {@code sex} null) and an age range on the
 * measurement date (either end open when null, both included). A total is over the cut-off ("flagged") when it is
 * at least {@code value} ({@link Comparison#AT_LEAST}), at most it ({@link Comparison#AT_MOST}) or below it
 * ({@link Comparison#BELOW}).
 */
public record CutOff(Sex sex, Integer fromAge, Integer toAge, Comparison comparison, int value, Texts text) {

    /** How a total is compared with the cut-off's value. */
    public enum Comparison {
        AT_LEAST,
        AT_MOST,
        BELOW
    }

    public boolean appliesTo(Sex personSex, LocalDate birthDate, LocalDate on) {
        if (sex != null && sex != personSex) {
            return false;
        }
        if (fromAge == null && toAge == null) {
            return true;
        }
        if (birthDate == null) {
            return false;
        }
        int age = Period.between(birthDate, on).getYears();
        return (fromAge == null || age >= fromAge) && (toAge == null || age <= toAge);
    }

    public boolean flags(int total) {
        return switch (comparison) {
            case AT_LEAST -> total >= value;
            case AT_MOST -> total <= value;
            case BELOW -> total < value;
        };
    }
}
