package se.vardkedjan.casehandling.domain;

import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;
import se.vardkedjan.casehandling.IdentityKind;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

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
     * A complete number as people type it: twelve digits, or ten (the century left out), with or without a hyphen, a
     * plus sign (the person is 100 or older) or a space between the date and the last four digits.
     */
    private static final Pattern COMPLETE = Pattern.compile("(\\d{6}|\\d{8}) *([-+])? *(\\d{4})");
    /** A birth date to search by: six digits (optionally with the separator that settles the century) or eight. */
    private static final Pattern DATE = Pattern.compile("(\\d{6}) *([-+])?|(\\d{8}) *[-+]?");
    /** What a typed search term looks like when it is meant as a number rather than a name. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[\\d +-]*\\d[\\d +-]*");

    /**
     * Parses a personnummer or samordningsnummer in any of the usual forms: 10 or 12 digits, with or without a hyphen,
     * a plus sign or a space before the last four digits. A ten-digit number gets its century from {@code today} (the
     * Swedish date): the latest date not after today, or a hundred years earlier after a plus sign.
     *
     * @throws RuleViolation {@code casehandling.error.identity-number-invalid} when the number is not valid or gives
     *                       a birth date after today
     */
    public static PersonalIdentity parse(String input, LocalDate today) {
        var trimmed = input == null ? "" : input.strip();
        if (trimmed.isEmpty() || trimmed.length() > 15) {
            throw invalid(trimmed);
        }
        var reserve = RESERVE.matcher(trimmed.toUpperCase());
        if (reserve.matches()) {
            throw new RuleViolation("casehandling.error.identity-number-reserve-not-typed", trimmed);
        }
        var complete = COMPLETE.matcher(trimmed);
        if (!complete.matches()) {
            throw invalid(trimmed);
        }
        PersonalIdentity identity;
        try {
            var date = withCentury(complete.group(1), "+".equals(complete.group(2)), today);
            var parsed = Personnummer.parse(date + complete.group(3));
            var day = Integer.parseInt(parsed.getDay());
            var coordination = day > 60;
            var birthDate = LocalDate.of(Integer.parseInt(parsed.getFullYear()), Integer.parseInt(parsed.getMonth()),
                    coordination ? day - 60 : day);
            var twelve = parsed.format(true);
            identity = new PersonalIdentity(coordination ? IdentityKind.COORDINATION_NUMBER
                    : IdentityKind.PERSONAL_NUMBER, twelve, birthDate, parsed.isFemale() ? Sex.FEMALE : Sex.MALE);
        } catch (PersonnummerException | RuntimeException e) {
            throw invalid(trimmed);
        }
        // Nobody is born tomorrow: a number with a date after today is mistyped.
        if (identity.birthDate().isAfter(today)) {
            throw invalid(trimmed);
        }
        return identity;
    }

    /** The refusal of a number that is not valid, repeating what was typed only when it is safe to show. */
    private static RuleViolation invalid(String typed) {
        return new RuleViolation("casehandling.error.identity-number-invalid", FreeText.shownBack(typed));
    }

    /**
     * What a search term asks for when it is a number: a whole number (exactly that person) or a birth date (everyone
     * born that day), as the stored twelve-character numbers start. Empty when the term is not a number (a name).
     * Whole numbers are read exactly as {@link #parse} reads them (the same century rule, the plus sign, an inner
     * space), so that a registered person is always found by what registered them.
     *
     * @throws RuleViolation {@code casehandling.error.search-number-form} for digits that are neither a whole number
     *                       nor a birth date, {@code casehandling.error.identity-number-invalid} for an invalid number
     *                       or date
     */
    public static java.util.Optional<SearchTerm> searchTerm(String input, LocalDate today) {
        var trimmed = input == null ? "" : input.strip();
        var reserve = RESERVE.matcher(trimmed.toUpperCase());
        if (reserve.matches()) {
            return java.util.Optional.of(new SearchTerm(trimmed.toUpperCase(), true));
        }
        if (!NUMBER_LIKE.matcher(trimmed).matches()) {
            return java.util.Optional.empty();
        }
        if (COMPLETE.matcher(trimmed).matches()) {
            return java.util.Optional.of(new SearchTerm(parse(trimmed, today).number(), true));
        }
        var date = DATE.matcher(trimmed);
        if (!date.matches()) {
            throw new RuleViolation("casehandling.error.search-number-form");
        }
        var full = date.group(3) != null ? date.group(3)
                : withCentury(date.group(1), "+".equals(date.group(2)), today);
        requireDate(full, trimmed);
        return java.util.Optional.of(new SearchTerm(full, false));
    }

    /**
     * A number search: {@code prefix} is how the stored numbers of the wanted persons start; {@code complete} when it
     * is a whole number (one person at most).
     */
    public record SearchTerm(String prefix, boolean complete) {

        @Override
        public String toString() {
            // Never print the number itself into logs or exception messages.
            return "SearchTerm[complete=" + complete + "]";
        }
    }

    /**
     * The eight-digit date of a six-digit one (YYMMDD): the latest such date that is not after today, or a hundred
     * years earlier when the person is marked as 100 or older (the plus sign). A samordningsnummer's day (plus 60) is
     * kept; the date is compared as the real birth date.
     */
    static String withCentury(String digits, boolean hundredOrOlder, LocalDate today) {
        if (digits.length() == 8) {
            return digits;
        }
        var yy = Integer.parseInt(digits.substring(0, 2));
        var month = Integer.parseInt(digits.substring(2, 4));
        var day = Integer.parseInt(digits.substring(4, 6));
        var year = today.getYear() - Math.floorMod(today.getYear(), 100) + yy;
        var realDay = day > 60 ? day - 60 : day;
        if (month >= 1 && month <= 12 && realDay >= 1) {
            var comparable = LocalDate.of(year, month, Math.min(realDay, java.time.YearMonth.of(year, month)
                    .lengthOfMonth()));
            if (comparable.isAfter(today)) {
                year -= 100;
            }
        }
        if (hundredOrOlder) {
            year -= 100;
        }
        return String.format("%04d", year) + digits.substring(2);
    }

    private static void requireDate(String yyyymmdd, String typed) {
        try {
            var day = Integer.parseInt(yyyymmdd.substring(6, 8));
            LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    day > 60 ? day - 60 : day);
        } catch (java.time.DateTimeException e) {
            throw invalid(typed);
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
