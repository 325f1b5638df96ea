package se.vardkedjan.sharedkernel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who the signed-in client of the citizen portal is: the personal number (or samordningsnummer) BankID vouched for, as
 * twelve digits. It is not part of {@link Actor}, which logs and access-log rows name: the number is used to find the
 * client's own file and nowhere else, and {@link #toString} never prints it (ADR 0028).
 */
public final class ClientIdentity {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private final String personalNumber;

    public ClientIdentity(String personalNumber) {
        Objects.requireNonNull(personalNumber, "personal number");
        if (!TWELVE_DIGITS.matcher(personalNumber).matches()) {
            throw new IllegalArgumentException("A client's personal number has twelve digits");
        }
        this.personalNumber = personalNumber;
    }

    /** The twelve digits, for finding the client's own file only; never for logs or messages. */
    public String personalNumber() {
        return personalNumber;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientIdentity that && personalNumber.equals(that.personalNumber);
    }

    @Override
    public int hashCode() {
        return personalNumber.hashCode();
    }

    @Override
    public String toString() {
        return "ClientIdentity[personal number hidden]";
    }
}
