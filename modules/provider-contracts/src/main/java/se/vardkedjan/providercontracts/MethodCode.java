package se.vardkedjan.providercontracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A method in the intervention catalogue (e.g. {@code RELAPSE_PREVENTION}, {@code CBT}, {@code IPS}): the refinement of
 * one of case handling's intervention types that an assignment names. The catalogue is data an administrator keeps.
 */
public record MethodCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public MethodCode {
        Objects.requireNonNull(value, "method code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A method code is 2-40 capital letters, digits or underscores: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
