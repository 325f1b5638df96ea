package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.regex.Pattern;

/**
 * Rules for the texts of an assignment, which is sent to a provider and kept in the case file: a length limit per
 * field, no markup and no control characters. Errors name the field (its label key), so the form marks it.
 */
public final class AssignmentText {

    /** Single-line fields: the expected length, contact persons. */
    public static final int SHORT = 200;
    /** Multi-line fields: what to report, how the municipality follows up, a reason. */
    public static final int MEDIUM = 4_000;

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private AssignmentText() {
    }

    /** A required text: stripped, not blank, at most {@code maxLength} characters, no markup. */
    public static String required(String field, String value, int maxLength) {
        var checked = optional(field, value, maxLength);
        if (checked == null) {
            throw RuleViolation.forField(field, "providercontracts.error.text-required", field);
        }
        return checked;
    }

    /** An optional text: null when blank, else the checked, stripped text. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > maxLength) {
            throw RuleViolation.forField(field, "providercontracts.error.text-too-long", field, maxLength,
                    text.length());
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
