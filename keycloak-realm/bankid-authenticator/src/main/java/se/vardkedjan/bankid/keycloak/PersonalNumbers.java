package se.vardkedjan.bankid.keycloak;

import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;

import java.util.Optional;

/**
 * Swedish personal identity numbers as BankID sends them: twelve digits, no separator. Checked with the maintained
 * {@code personnummer} library (date, Luhn check digit; samordningsnummer, day + 60, are accepted).
 */
final class PersonalNumbers {

    private PersonalNumbers() {
    }

    /** The number in our canonical form (12 digits, e.g. {@code 199001011239}), or empty when it is not valid. */
    static Optional<String> canonical(String fromBankId) {
        if (fromBankId == null || fromBankId.length() != 12 || !fromBankId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            var parsed = Personnummer.parse(fromBankId);
            var canonical = parsed.format(true);
            return canonical.equals(fromBankId) ? Optional.of(canonical) : Optional.empty();
        } catch (PersonnummerException invalid) {
            return Optional.empty();
        }
    }
}
