package se.vardkedjan.casehandling.domain;

import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;
import se.vardkedjan.casehandling.IdentityKind;
import se.vardkedjan.casehandling.RuleViolation;
import se.vardkedjan.casehandling.Sex;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the register identifies a person: a personnummer or samordningsnummer (validated by the maintained
 * {@code dev.personnummer} library: date, century and Luhn check digit), or a reserve number the municipality issues
 * to someone without one. Stored as twelve characters ({@code YYYYMMDDNNNN}, or {@code R} + date + three digits).
 */
public record PersonalIdentity(IdentityKind kind, String number, LocalDate birthDate, Sex sex) {

    private static final Pattern RESERVE = Pattern.compile("R(\\d{8})(\\d{3})");

    public PersonalIdentity {
        Objects.requireNonNull(kind, "identity kind");
        Objects.requireNonNull(number, "identity number");
        Objects.requireNonNull(birthDate, "birth date");
        Objects.requireNonNull(sex, "sex");
    }

    /**
     * Parses a personnummer or samordningsnummer in any of the usual forms (10 or 12 digits, with or without a hyphen
     * or plus sign).
     *
     * @throws RuleViolation {@code casehandling.error.identity-number-invalid} when the number is not valid
     */
    public static PersonalIdentity parse(String input) {
        var trimmed = input == null ? "" : input.strip();
        if (trimmed.isEmpty() || trimmed.length() > 13) {
            throw new RuleViolation("casehandling.error.identity-number-invalid", trimmed);
        }
        var reserve = RESERVE.matcher(trimmed.toUpperCase());
        if (reserve.matches()) {
            throw new RuleViolation("casehandling.error.identity-number-reserve-not-typed", trimmed);
        }
        try {
            var parsed = Personnummer.parse(trimmed);
            var day = Integer.parseInt(parsed.getDay());
            var coordination = day > 60;
            var birthDate = LocalDate.of(Integer.parseInt(parsed.getFullYear()), Integer.parseInt(parsed.getMonth()),
                    coordination ? day - 60 : day);
            var twelve = parsed.format(true);
            return new PersonalIdentity(coordination ? IdentityKind.COORDINATION_NUMBER : IdentityKind.PERSONAL_NUMBER,
                    twelve, birthDate, parsed.isFemale() ? Sex.FEMALE : Sex.MALE);
        } catch (PersonnummerException | RuntimeException e) {
            throw new RuleViolation("casehandling.error.identity-number-invalid", trimmed);
        }
    }

    /** A reserve number for a person without a Swedish number: birth date and the municipality's sequence. */
    public static PersonalIdentity reserve(LocalDate birthDate, int sequence, Sex sex) {
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("A reserve sequence is 1-999: " + sequence);
        }
        var number = "R" + birthDate.toString().replace("-", "") + String.format("%03d", sequence);
        return new PersonalIdentity(IdentityKind.RESERVE_NUMBER, number, birthDate, sex);
    }

    /** Restores an identity read from the register (no re-validation of the check digit). */
    public static PersonalIdentity restore(IdentityKind kind, String number, LocalDate birthDate, Sex sex) {
        return new PersonalIdentity(kind, number, birthDate, sex);
    }

    /** For the screen: {@code YYYYMMDD-NNNN}, or the reserve number as it is. */
    public String formatted() {
        return kind == IdentityKind.RESERVE_NUMBER ? number : number.substring(0, 8) + "-" + number.substring(8);
    }

    /**
     * For lists that must not show the whole number: the birth date part and stars, {@code YYYYMMDD-****} (a reserve
     * number {@code RYYYYMMDD***}).
     */
    public String masked() {
        return kind == IdentityKind.RESERVE_NUMBER ? number.substring(0, 9) + "***" : number.substring(0, 8) + "-****";
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    @Override
    public String toString() {
        // Never print the number itself into logs or exception messages.
        return "PersonalIdentity[" + kind + "]";
    }
}
