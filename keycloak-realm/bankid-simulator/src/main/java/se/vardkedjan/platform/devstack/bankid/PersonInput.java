package se.vardkedjan.platform.devstack.bankid;

import java.util.Optional;

/**
 * Turns what a tester gave (a personal number, perhaps names) into a {@link TestPerson}: a built-in test person by
 * number, with the given names if any, or a new person who then needs both names.
 */
final class PersonInput {

    private PersonInput() {
    }

    /** Empty when no personal number was given. */
    static Optional<TestPerson> resolve(String personalNumber, String givenName, String surname) {
        String number = normalised(personalNumber);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        if (!TestPerson.isTwelveDigits(number)) {
            throw TesterActionRefused.invalid("personalNumber must have 12 digits (YYYYMMDDNNNC): " + personalNumber,
                    "Personnumret ska ha 12 siffror (ÅÅÅÅMMDDNNNK).");
        }
        var known = TestPersons.withPersonalNumber(number);
        String given = blankToNull(givenName);
        String family = blankToNull(surname);
        if (known.isPresent() && given == null && family == null) {
            return known;
        }
        if (given == null || family == null) {
            throw TesterActionRefused.invalid("givenName and surname are required for " + number,
                    "Ange både förnamn och efternamn för personnummer " + number + ".");
        }
        return Optional.of(new TestPerson(number, given, family,
                known.map(TestPerson::bankIdIssueDate).orElse(TestPersons.DEFAULT_ISSUE_DATE)));
    }

    /** Like {@link #resolve} but a person is required. */
    static TestPerson require(String personalNumber, String givenName, String surname) {
        return resolve(personalNumber, givenName, surname).orElseThrow(() -> TesterActionRefused.invalid(
                "personalNumber is required", "Välj en testperson eller ange ett personnummer."));
    }

    /** Digits only: a tester may write 19900101-2385. */
    private static String normalised(String personalNumber) {
        return personalNumber == null ? "" : personalNumber.strip().replace("-", "").replace("+", "").replace(" ", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
