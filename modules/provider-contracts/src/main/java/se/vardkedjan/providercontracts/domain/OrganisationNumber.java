package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.regex.Pattern;

/**
 * A Swedish organisation number (organisationsnummer) of a legal person: ten digits, written with or without the
 * hyphen ({@code 212000-0142} or {@code 2120000142}), the last a Luhn check digit over the first nine, and the third
 * digit at least 2 (the "month" of a legal person's number is 20 or more). A sole trader's number is their personal
 * number; the register holds no personal data, so it is refused (ADR 0023).
 *
 * @param value the ten digits, without the hyphen
 */
public record OrganisationNumber(String value) {

    /** The field an organisation number is typed into: a violation marks it. */
    public static final String FIELD = "providercontracts.provider.organisation-number";

    private static final Pattern WRITTEN = Pattern.compile("(\\d{6})-?(\\d{4})");

    public OrganisationNumber {
        if (value == null || !value.matches("\\d{10}")) {
            throw RuleViolation.forField(FIELD, "providercontracts.error.organisation-number-format");
        }
        if (value.charAt(2) < '2') {
            throw RuleViolation.forField(FIELD, "providercontracts.error.organisation-number-not-legal-person");
        }
        if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw RuleViolation.forField(FIELD, "providercontracts.error.organisation-number-check-digit");
        }
    }

    /** The number as typed: ten digits, with or without the hyphen after the sixth, surrounding blanks ignored. */
    public static OrganisationNumber parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw RuleViolation.forField(FIELD, "providercontracts.error.text-required", FIELD);
        }
        var matcher = WRITTEN.matcher(typed.strip());
        if (!matcher.matches()) {
            throw RuleViolation.forField(FIELD, "providercontracts.error.organisation-number-format");
        }
        return new OrganisationNumber(matcher.group(1) + matcher.group(2));
    }

    /** The Luhn check digit over the nine digits: weights 2, 1, 2, … from the left, digits of products summed. */
    static int checkDigit(String nineDigits) {
        var sum = 0;
        for (var i = 0; i < nineDigits.length(); i++) {
            var product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** As it is written: {@code NNNNNN-NNNN}. */
    public String formatted() {
        return value.substring(0, 6) + "-" + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
