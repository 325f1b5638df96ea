package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.regex.Pattern;

/**
 * Rules for the text an administrator types into the provider register: a length limit per field, one line, no
 * control characters and no markup (names and addresses end up in assignments, which are printed and sent). Each
 * violation names its field (the field's label key), so the form marks it.
 */
public final class RegisterText {

    /** Names, streets, references: the columns are varchar(200) or shorter. */
    public static final int SHORT = 200;

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private RegisterText() {
    }

    /** A required single line: stripped, not blank, at most {@code maxLength} characters, no markup. */
    public static String required(String field, String value, int maxLength) {
        var checked = optional(field, value, maxLength);
        if (checked == null) {
            throw RuleViolation.forField(field, "providercontracts.error.text-required", field);
        }
        return checked;
    }

    /** An optional single line: {@code null} when blank, else the checked, stripped text. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > maxLength) {
            throw RuleViolation.forField(field, "providercontracts.error.text-too-long", field, maxLength,
                    text.length());
        }
        if (text.contains("\n") || text.contains("\r")) {
            throw RuleViolation.forField(field, "providercontracts.error.text-single-line", field);
        }
        if (MARKUP.matcher(text).find()) {
            throw RuleViolation.forField(field, "providercontracts.error.text-markup", field);
        }
        if (CONTROL.matcher(text).find()) {
            throw RuleViolation.forField(field, "providercontracts.error.text-control-characters", field);
        }
        return text;
    }
}
