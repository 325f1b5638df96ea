package se.vardkedjan.bankid.keycloak;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"198112289874", "197010632391" /* samordningsnummer: day 03 + 60 */})
    void acceptsTwelveDigitNumbersWithAValidCheckDigit(String number) {
        assertThat(PersonalNumbers.canonical(number)).contains(number);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"198112289875" /* check digit */, "19811228-9874", "8112289874", "811228-9874",
            "198113289874" /* month 13 */, "abcdefghijkl", "1981122898745"})
    void refusesAnythingElse(String number) {
        assertThat(PersonalNumbers.canonical(number)).isEmpty();
    }
}
