package se.vardkedjan.sharedkernel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Rules for text people type: a length limit per field, no control characters, and no markup. The UI renders text as
 * text, so markup could do no harm there, but the case file is an official record that is exported, printed and sent
 * (and the organisation's names and legal references end up in decision documents), so a {@code <script>} tag is
 * refused with a clear message rather than stored.
 *
 * <p>One set of rules for every module that takes such text; each module words the refusals in its own bundle, so it
 * makes its instance with its {@link Messages}: whole text keys, as every key is (ADR 0019).
 */
public final class FreeText {

    /** Short single-line fields: names, titles, subjects. */
    public static final int SHORT = 200;
    /** Ordinary multi-line fields: reasons, goals, descriptions. */
    public static final int MEDIUM = 4_000;
    /** Long texts: a journal entry, an assessment. */
    public static final int LONG = 20_000;

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    /**
     * A module's text keys for the refusals; each message gets the field's label key as its first argument, and
     * {@code tooLong} the limit and the text's length after it.
     */
    public record Messages(String required, String tooLong, String markup, String controlCharacters,
                           String singleLine) {

        public Messages {
            Objects.requireNonNull(required, "required");
            Objects.requireNonNull(tooLong, "tooLong");
            Objects.requireNonNull(markup, "markup");
            Objects.requireNonNull(controlCharacters, "controlCharacters");
            Objects.requireNonNull(singleLine, "singleLine");
        }
    }

    private final Messages messages;

    public FreeText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * A required text: stripped, not blank, at most {@code maxLength} characters, no markup.
     *
     * @param field the text key of the field's label, named in the error
     */
    public String required(String field, String value, int maxLength) {
        var checked = optional(field, value, maxLength);
        if (checked == null) {
            throw refusal(messages.required(), field);
        }
        return checked;
    }

    /** An optional text: {@code null} when blank, else the checked, stripped text. */
    public String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > maxLength) {
            throw refusal(messages.tooLong(), field, maxLength, text.length());
        }
        if (MARKUP.matcher(text).find()) {
            throw refusal(messages.markup(), field);
        }
        if (CONTROL.matcher(text).find()) {
            throw refusal(messages.controlCharacters(), field);
        }
        return text;
    }

    /**
     * A search or filter term: {@code null} when blank, else stripped; at most {@code maxLength} characters and no
     * control characters (PostgreSQL cannot even compare a NUL). Markup is allowed: a term is compared, never stored,
     * and finds nothing.
     */
    public String searchTerm(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > maxLength) {
            throw refusal(messages.tooLong(), field, maxLength, text.length());
        }
        if (CONTROL.matcher(text).find()) {
            throw refusal(messages.controlCharacters(), field);
        }
        return text;
    }

    /** A single-line text: like {@link #required} but line breaks are refused too. */
    public String requiredLine(String field, String value, int maxLength) {
        var text = required(field, value, maxLength);
        if (text.contains("\n") || text.contains("\r")) {
            throw refusal(messages.singleLine(), field);
        }
        return text;
    }

    /**
     * The refusal with the message and its arguments. (A plain {@code new RuleViolation(key, field)} here, in the
     * kernel's package, would pick the protected constructor that takes the field first.)
     */
    private static RuleViolation refusal(String messageKey, Object... arguments) {
        return new RuleViolation(messageKey, arguments);
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
}
