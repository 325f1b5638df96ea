package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vardkedjan.casehandling.IdentityKind;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalIdentityTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @ParameterizedTest
    @ValueSource(strings = {"198507099805", "19850709-9805", "850709-9805", "8507099805", " 19850709-9805 ",
            "850709 9805", "19850709 9805", "850709 - 9805"})
    void aPersonnummerInAnyUsualFormIsStoredAsTwelveDigits(String typed) {
        var identity = PersonalIdentity.parse(typed, TODAY);
        assertThat(identity.number()).isEqualTo("198507099805");
        assertThat(identity.kind()).isEqualTo(IdentityKind.PERSONAL_NUMBER);
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1985, 7, 9));
        assertThat(identity.sex()).isEqualTo(Sex.FEMALE);
        assertThat(identity.formatted()).isEqualTo("19850709-9805");
    }

    @Test
    void aMaskedNumberShowsTheBirthDatePartAndHidesTheRest() {
        assertThat(PersonalIdentity.parse("19850709-9805", TODAY).masked()).isEqualTo("19850709-****");
        assertThat(PersonalIdentity.parse("701063-2391", TODAY).masked()).isEqualTo("19701063-****");
        assertThat(PersonalIdentity.reserve(LocalDate.of(1990, 2, 3), 7, Sex.UNKNOWN).masked())
                .isEqualTo("R19900203***");
    }

    @Test
    void aSamordningsnummerHasTheDayPlusSixtyAndTheRealBirthDate() {
        var identity = PersonalIdentity.parse("701063-2391", TODAY);
        assertThat(identity.kind()).isEqualTo(IdentityKind.COORDINATION_NUMBER);
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
        assertThat(identity.sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"198507099806", "19851309-9805", "abc", "1985070998050", "", "19850709"})
    void aWrongCheckDigitDateOrFormIsRefusedWithAClearKey(String typed) {
        assertThatThrownBy(() -> PersonalIdentity.parse(typed, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.identity-number-invalid"));
    }

    @Test
    void aPlusSignMeansAHundredYearsOrOlder() {
        assertThat(PersonalIdentity.parse("200517+" + lastFour("200517"), TODAY).birthDate())
                .isEqualTo(LocalDate.of(1920, 5, 17));
        assertThat(PersonalIdentity.parse("200517-" + lastFour("200517"), TODAY).birthDate())
                .as("without the plus, the latest such date not after today").isEqualTo(LocalDate.of(2020, 5, 17));
        assertThat(PersonalIdentity.parse("261231-" + lastFour("261231"), TODAY).birthDate())
                .as("a date after today is a hundred years earlier").isEqualTo(LocalDate.of(1926, 12, 31));
        assertThat(PersonalIdentity.parse("261231+" + lastFour("261231"), TODAY).birthDate())
                .isEqualTo(LocalDate.of(1826, 12, 31));
    }

    @Test
    void theCenturyFollowsTheGivenDateNotTheMachinesClock() {
        var number = "261209-" + lastFour("261209");
        assertThat(PersonalIdentity.parse(number, LocalDate.of(2026, 12, 9)).birthDate().getYear()).isEqualTo(2026);
        assertThat(PersonalIdentity.parse(number, LocalDate.of(2026, 12, 8)).birthDate().getYear()).isEqualTo(1926);
    }

    @Test
    void aSearchTermIsAWholeNumberOrABirthDateReadByTheSameRulesAsRegistration() {
        var ten = "200517" + lastFour("200517");
        var stored = PersonalIdentity.parse(ten.substring(0, 6) + "+" + ten.substring(6), TODAY).number();
        assertThat(stored).startsWith("1920");
        for (var typed : new String[]{ten.substring(0, 6) + "+" + ten.substring(6), "19" + ten,
                "19" + ten.substring(0, 6) + "-" + ten.substring(6), "19" + ten.substring(0, 6) + " " + ten.substring(6),
                ten.substring(0, 6) + " + " + ten.substring(6)}) {
            assertThat(PersonalIdentity.searchTerm(typed, TODAY)).as(typed)
                    .contains(new PersonalIdentity.SearchTerm(stored, true));
        }
        assertThat(PersonalIdentity.searchTerm("200517+", TODAY))
                .contains(new PersonalIdentity.SearchTerm("19200517", false));
        assertThat(PersonalIdentity.searchTerm("200517", TODAY))
                .contains(new PersonalIdentity.SearchTerm("20200517", false));
        assertThat(PersonalIdentity.searchTerm("19200517", TODAY))
                .contains(new PersonalIdentity.SearchTerm("19200517", false));
        assertThat(PersonalIdentity.searchTerm("700163", TODAY)).as("a samordningsnummer's day")
                .contains(new PersonalIdentity.SearchTerm("19700163", false));
        assertThat(PersonalIdentity.searchTerm("r19900203007", TODAY))
                .contains(new PersonalIdentity.SearchTerm("R19900203007", true));
        assertThat(PersonalIdentity.searchTerm("Eva Ek", TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123", "2005171", "85070998"})
    void digitsThatAreNeitherAWholeNumberNorABirthDateGetAClearMessage(String typed) {
        assertThatThrownBy(() -> PersonalIdentity.searchTerm(typed, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isIn("casehandling.error.search-number-form", "casehandling.error.identity-number-invalid"));
    }

    @Test
    void anImpossibleDateIsNoBirthDate() {
        assertThatThrownBy(() -> PersonalIdentity.searchTerm("851332", TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.identity-number-invalid"));
    }

    /** The serial and check digit of a valid number for the date (YYMMDD): serial 123. */
    private static String lastFour(String yymmdd) {
        var first = yymmdd + "123";
        var sum = 0;
        for (var i = 0; i < first.length(); i++) {
            var digit = (first.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return "123" + (10 - sum % 10) % 10;
    }

    @Test
    void aReserveNumberCarriesTheBirthDateAndASequence() {
        var identity = PersonalIdentity.reserve(LocalDate.of(1990, 2, 3), 7, Sex.UNKNOWN);
        assertThat(identity.number()).isEqualTo("R19900203007");
        assertThat(identity.kind()).isEqualTo(IdentityKind.RESERVE_NUMBER);
    }

    @Test
    void aNumberWhoseBirthDateIsAfterTodayIsRefused() {
        var tomorrow = "20261211" + lastFour("261211");
        assertThatThrownBy(() -> PersonalIdentity.parse(tomorrow, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.identity-number-invalid"));
        assertThat(PersonalIdentity.parse("20261210" + lastFour("261210"), TODAY).birthDate()).isEqualTo(TODAY);
    }

    @Test
    void aRefusalRepeatsWhatWasTypedOnlyWhenItIsSafeToShow() {
        assertThat(refusalArgument("19850230-1234")).isEqualTo("19850230-1234");
        assertThat(refusalArgument("<b>1985</b>")).isEqualTo("…");
        assertThat(refusalArgument("1985\u00000412")).isEqualTo("…");
        assertThat(refusalArgument("1".repeat(14) + "x")).isEqualTo("1".repeat(14) + "x");
    }

    private static Object refusalArgument(String typed) {
        try {
            PersonalIdentity.parse(typed, TODAY);
        } catch (RuleViolation e) {
            return e.arguments()[0];
        }
        throw new AssertionError("Not refused: " + typed);
    }

    @Test
    void theNumberNeverAppearsInToString() {
        assertThat(PersonalIdentity.parse("198507099805", TODAY).toString()).doesNotContain("9805");
    }
}
