package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vardkedjan.casehandling.IdentityKind;
import se.vardkedjan.casehandling.RuleViolation;
import se.vardkedjan.casehandling.Sex;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalIdentityTests {

    @ParameterizedTest
    @ValueSource(strings = {"198507099805", "19850709-9805", "850709-9805", "8507099805", " 19850709-9805 "})
    void aPersonnummerInAnyUsualFormIsStoredAsTwelveDigits(String typed) {
        var identity = PersonalIdentity.parse(typed);
        assertThat(identity.number()).isEqualTo("198507099805");
        assertThat(identity.kind()).isEqualTo(IdentityKind.PERSONAL_NUMBER);
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1985, 7, 9));
        assertThat(identity.sex()).isEqualTo(Sex.FEMALE);
        assertThat(identity.formatted()).isEqualTo("19850709-9805");
    }

    @Test
    void aMaskedNumberShowsTheBirthDatePartAndHidesTheRest() {
        assertThat(PersonalIdentity.parse("19850709-9805").masked()).isEqualTo("19850709-****");
        assertThat(PersonalIdentity.parse("701063-2391").masked()).isEqualTo("19701063-****");
        assertThat(PersonalIdentity.reserve(LocalDate.of(1990, 2, 3), 7, Sex.UNKNOWN).masked())
                .isEqualTo("R19900203***");
    }

    @Test
    void aSamordningsnummerHasTheDayPlusSixtyAndTheRealBirthDate() {
        var identity = PersonalIdentity.parse("701063-2391");
        assertThat(identity.kind()).isEqualTo(IdentityKind.COORDINATION_NUMBER);
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
        assertThat(identity.sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"198507099806", "19851309-9805", "abc", "1985070998050", "", "19850709"})
    void aWrongCheckDigitDateOrFormIsRefusedWithAClearKey(String typed) {
        assertThatThrownBy(() -> PersonalIdentity.parse(typed))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.identity-number-invalid"));
    }

    @Test
    void aReserveNumberCarriesTheBirthDateAndASequence() {
        var identity = PersonalIdentity.reserve(LocalDate.of(1990, 2, 3), 7, Sex.UNKNOWN);
        assertThat(identity.number()).isEqualTo("R19900203007");
        assertThat(identity.kind()).isEqualTo(IdentityKind.RESERVE_NUMBER);
    }

    @Test
    void theNumberNeverAppearsInToString() {
        assertThat(PersonalIdentity.parse("198507099805").toString()).doesNotContain("9805");
    }
}
