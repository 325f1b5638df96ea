package se.vardkedjan.sharedkernel;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable code of a municipal unit (enhet), e.g. {@code nord-beroende}; carried by staff accounts in Keycloak. */
public record UnitCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public UnitCode {
        Objects.requireNonNull(value, "unit code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A unit code is 1-64 lower-case letters, digits or hyphens: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
