package se.vardkedjan.platform.devstack.bankid;

import dev.personnummer.Personnummer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestPersonsTest {

    @Test
    void everyTestPersonHasAValidNumber() {
        assertThat(TestPersons.all()).hasSizeBetween(5, 7)
                .allSatisfy(person -> assertThat(Personnummer.valid(person.personalNumber()))
                        .as(person.personalNumber()).isTrue());
    }

    @Test
    void oneTestPersonHasASamordningsnummer() {
        assertThat(TestPersons.all()).filteredOn(TestPerson::hasCoordinationNumber).hasSize(1);
    }

    @Test
    void testPersonsHaveDistinctNumbers() {
        assertThat(TestPersons.all()).extracting(TestPerson::personalNumber).doesNotHaveDuplicates();
    }

    @Test
    void aTypedPersonMayHaveAWrongCheckDigitButNotAWrongLength() {
        var person = new TestPerson("199001012384", "Test", "Testsson", LocalDate.of(2020, 1, 1));

        assertThat(person.hasValidPersonalNumber()).isFalse();
        assertThatThrownBy(() -> new TestPerson("9001012385", "Test", "Testsson", LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
