package se.vardkedjan.platform.devstack.bankid;

import dev.personnummer.Personnummer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person who holds a (simulated) BankID: one of the built-in test persons, or someone a tester typed in.
 *
 * <p>The personal number must be 12 digits but its check digit is not checked here, on purpose: tests use a wrong
 * one to prove that the relying party refuses it. {@link #hasValidPersonalNumber()} tells whether it is valid.
 */
record TestPerson(String personalNumber, String givenName, String surname, LocalDate bankIdIssueDate) {

    TestPerson {
        Objects.requireNonNull(personalNumber, "personalNumber");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(bankIdIssueDate, "bankIdIssueDate");
        if (!isTwelveDigits(personalNumber)) {
            throw new IllegalArgumentException("A personal number has 12 digits (YYYYMMDDNNNC): " + personalNumber);
        }
        if (givenName.isBlank() || surname.isBlank()) {
            throw new IllegalArgumentException("A test person needs a given name and a surname");
        }
        givenName = givenName.strip();
        surname = surname.strip();
    }

    /** The full name, as BankID gives it in {@code completionData.user.name}. */
    String name() {
        return givenName + " " + surname;
    }

    /** Whether the number is a valid personnummer or samordningsnummer (date and Luhn check digit). */
    boolean hasValidPersonalNumber() {
        return Personnummer.valid(personalNumber);
    }

    /** Whether the number is a samordningsnummer (coordination number: 60 added to the day of birth). */
    boolean hasCoordinationNumber() {
        return Integer.parseInt(personalNumber.substring(6, 8)) > 60;
    }

    static boolean isTwelveDigits(String value) {
        return value != null && value.length() == 12 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
