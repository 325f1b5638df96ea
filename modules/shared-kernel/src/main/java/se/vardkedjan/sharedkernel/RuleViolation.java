package se.vardkedjan.sharedkernel;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Input or a request that a rule refuses: an invalid personal number, dates in the wrong order, a decision outside the
 * caller's delegation. Any module throws it. Carries a text key (in the throwing module's bundles) and its arguments,
 * so the UI shows a clear Swedish message; nothing has been stored when it is thrown from a facade (the transaction
 * rolls back). An argument that is itself a text key (such as a field's label) is translated before it is put into the
 * message.
 *
 * <p>A rule that concerns one field of a form names it ({@link #forField}): the form marks that field and lists the
 * message in its summary (ADR 0019). The name is the field's label key by convention (e.g.
 * {@code casehandling.intake.received-on}), so that a rule whose argument is the label key marks the field too.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    protected RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments))
                + (field == null ? "" : " (field " + field + ")"));
        this.messageKey = Objects.requireNonNull(messageKey, "message key");
        this.arguments = arguments.clone();
        this.field = field;
    }

    /** A rule that concerns one field of the form, named by the field's name (its label key by convention). */
    public static RuleViolation forField(String field, String messageKey, Object... arguments) {
        return new RuleViolation(Objects.requireNonNull(field, "field"), messageKey, arguments);
    }

    /** The field the rule concerns, when it concerns one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The text key, e.g. {@code casehandling.error.personal-number-invalid}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
