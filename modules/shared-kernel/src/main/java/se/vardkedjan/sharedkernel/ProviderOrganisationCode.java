package se.vardkedjan.sharedkernel;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable code of a provider organisation (utförare), e.g. {@code solgarden-hvb}. */
public record ProviderOrganisationCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ProviderOrganisationCode {
        Objects.requireNonNull(value, "provider organisation code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A provider organisation code is 1-64 lower-case letters, digits or hyphens: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
