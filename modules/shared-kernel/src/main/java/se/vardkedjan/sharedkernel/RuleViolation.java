package se.vardkedjan.sharedkernel;

import java.util.Arrays;
import java.util.Objects;

/**
 * Input or a request that a rule refuses: an invalid personal number, dates in the wrong order, a decision outside the
 * caller's delegation. Any module throws it. Carries a text key (in the throwing module's bundles) and its arguments,
 * so the UI shows a clear Swedish message; nothing has been stored when it is thrown from a facade (the transaction
 * rolls back). An argument that is itself a text key (such as a field's label) is translated before it is put into the
 * message.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = Objects.requireNonNull(messageKey, "message key");
        this.arguments = arguments.clone();
    }

    /** The text key, e.g. {@code casehandling.error.personal-number-invalid}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
