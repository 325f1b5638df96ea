package se.vardkedjan.organisation.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.regex.Pattern;

/**
 * Rules for text an administrator types into the organisation: a length limit per field, no control characters, and
 * no markup (names and legal references end up in decision documents, which are printed and sent). The same rules as
 * case handling's free text, with the organisation's own messages.
 */
public final class FreeText {

    /** Short single-line fields: names, titles, subjects. */
    public static final int SHORT = 200;

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private FreeText() {
    }

    /**
     * A required text: stripped, not blank, at most {@code maxLength} characters, no markup.
     *
     * @param field the text key of the field's label, named in the error
     */
    public static String required(String field, String value, int maxLength) {
        var checked = optional(field, value, maxLength);
        if (checked == null) {
            throw new RuleViolation("organisation.error.text-required", field);
        }
        return checked;
    }

    /** An optional text: {@code null} when blank, else the checked, stripped text. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > maxLength) {
            throw new RuleViolation("organisation.error.text-too-long", field, maxLength, text.length());
        }
        if (MARKUP.matcher(text).find()) {
            throw new RuleViolation("organisation.error.text-markup", field);
        }
        if (CONTROL.matcher(text).find()) {
            throw new RuleViolation("organisation.error.text-control-characters", field);
        }
        return text;
    }

    /**
     * What a message may repeat of what someone typed ("”1985-02-30” är inte ett giltigt personnummer"): the text
     * itself when it is short and holds neither control characters nor markup, otherwise an ellipsis, so that a
     * refusal never echoes a script, an escape sequence or a page of text back at the user.
     */
    public static String shownBack(String typed) {
        if (typed == null) {
            return "";
        }
        var text = typed.strip();
        return text.length() > 40 || MARKUP.matcher(text).find() || CONTROL.matcher(text).find() || text.contains("<")
                ? "…" : text;
    }

    /** A single-line text: like {@link #required} but line breaks are refused too. */
    public static String requiredLine(String field, String value, int maxLength) {
        var text = required(field, value, maxLength);
        if (text.contains("\n") || text.contains("\r")) {
            throw new RuleViolation("organisation.error.text-single-line", field);
        }
        return text;
    }
}
