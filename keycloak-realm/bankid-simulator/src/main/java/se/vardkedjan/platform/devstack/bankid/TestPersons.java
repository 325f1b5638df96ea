package se.vardkedjan.platform.devstack.bankid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The built-in test persons offered on the tester page. The numbers are made up: valid dates and Luhn check digits,
 * one of them a samordningsnummer. They are not Skatteverket's published test numbers (which could not be fetched
 * here); replace them with those if the numbers must be guaranteed never to belong to a real person. The demo realm
 * links its caseworker {@code handlaggare} to Anna Lindqvist's number, for the staff login with BankID.
 */
final class TestPersons {

    private static final List<TestPerson> ALL = List.of(
            new TestPerson("199001012385", "Anna", "Andersson", LocalDate.of(2021, 3, 14)),
            new TestPerson("198506154577", "Erik", "Johansson", LocalDate.of(2019, 11, 2)),
            new TestPerson("199203722468", "Fatima", "Hassan", LocalDate.of(2023, 6, 20)),
            new TestPerson("195811239135", "Lars-Göran", "Nilsson", LocalDate.of(2017, 1, 9)),
            new TestPerson("200109093229", "Sara", "Lindqvist", LocalDate.of(2024, 2, 28)),
            new TestPerson("197402288711", "Mikael", "Öberg", LocalDate.of(2020, 8, 31)),
            new TestPerson("198203142388", "Anna", "Lindqvist", LocalDate.of(2022, 9, 5)));

    /** The issue date given to persons typed in by a tester. */
    static final LocalDate DEFAULT_ISSUE_DATE = LocalDate.of(2022, 1, 10);

    private TestPersons() {
    }

    static List<TestPerson> all() {
        return ALL;
    }

    static Optional<TestPerson> withPersonalNumber(String personalNumber) {
        return ALL.stream().filter(person -> person.personalNumber().equals(personalNumber)).findFirst();
    }
}
