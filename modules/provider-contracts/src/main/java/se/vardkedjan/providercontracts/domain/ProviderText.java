package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.regex.Pattern;

/**
 * Rules for the texts typed into provider contracts — the register's names and addresses, an assignment's content —
 * which are printed and sent to providers: a length limit per field, no markup and no control characters; a line
 * ({@link #requiredLine}, {@link #optionalLine}) is also one line. Each violation names its field (the field's label
 * key), so the form marks it.
 */
public final class ProviderText {

    /** Single-line fields: names, streets, references, the expected length, contact persons (varchar(200)). */
    public static final int SHORT = 200;
    /** Multi-line fields: what to report, how the municipality follows up, a reason. */
    public static final int MEDIUM = 4_000;

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    /** Control characters other than line breaks and tabs (those are refused in a line by its own rule). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private ProviderText() {
    }

    /** A required text of one or more lines: stripped, not blank, at most {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        return present(field, optional(field, value, maxLength));
    }

    /** An optional text of one or more lines: {@code null} when blank, else the checked, stripped text. */
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

    /** A required single line: as {@link #required}, and without line breaks or tabs. */
    public static String requiredLine(String field, String value, int maxLength) {
        return present(field, optionalLine(field, value, maxLength));
    }

    /** An optional single line: {@code null} when blank, else the checked line. */
    public static String optionalLine(String field, String value, int maxLength) {
        var text = optional(field, value, maxLength);
        if (text != null && (text.contains("\n") || text.contains("\r"))) {
            throw RuleViolation.forField(field, "providercontracts.error.text-single-line", field);
        }
        if (text != null && text.contains("\t")) {
            throw RuleViolation.forField(field, "providercontracts.error.text-control-characters", field);
        }
        return text;
    }

    private static String present(String field, String checked) {
        if (checked == null) {
            throw RuleViolation.forField(field, "providercontracts.error.text-required", field);
        }
        return checked;
    }
}
