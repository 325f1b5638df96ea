package se.vardkedjan.providercontracts.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.sharedkernel.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationNumberTests {

    @Test
    void aNumberWithItsCheckDigitIsAcceptedWithOrWithoutTheHyphen() {
        assertThat(OrganisationNumber.parse("212000-0142").value()).isEqualTo("2120000142");
        assertThat(OrganisationNumber.parse(" 2120000142 ").formatted()).isEqualTo("212000-0142");
        assertThat(OrganisationNumber.parse("556016-0680").formatted()).isEqualTo("556016-0680");
    }

    @Test
    void aWrongCheckDigitIsRefusedOnTheField() {
        assertThatThrownBy(() -> OrganisationNumber.parse("212000-0143")).isInstanceOfSatisfying(RuleViolation.class,
                violation -> {
                    assertThat(violation.messageKey())
                            .isEqualTo("providercontracts.error.organisation-number-check-digit");
                    assertThat(violation.field()).contains(OrganisationNumber.FIELD);
                });
    }

    @Test
    void everySingleWrongDigitIsCaught() {
        var valid = "5560160680";
        for (var position = 0; position < 10; position++) {
            for (var digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                var wrong = valid.substring(0, position) + digit + valid.substring(position + 1);
                if (wrong.charAt(2) < '2') {
                    continue;
                }
                assertThatThrownBy(() -> new OrganisationNumber(wrong)).as(wrong).isInstanceOf(RuleViolation.class);
            }
        }
    }

    @Test
    void aNumberOfTheWrongShapeIsRefused() {
        for (var typed : new String[] {"21200-00142", "212000+0142", "2120000", "abcdefghij", "212000-01420"}) {
            assertThatThrownBy(() -> OrganisationNumber.parse(typed)).as(typed)
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
                            .isEqualTo("providercontracts.error.organisation-number-format"));
        }
    }

    @Test
    void aPersonalNumberIsRefusedEvenWithAValidCheckDigit() {
        // 811218-9876 has a valid Luhn digit but is a personal number (month 12): a sole trader's number
        assertThat(OrganisationNumber.checkDigit("811218987")).isEqualTo(6);
        assertThatThrownBy(() -> OrganisationNumber.parse("811218-9876")).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey())
                        .isEqualTo("providercontracts.error.organisation-number-not-legal-person"));
    }

    @Test
    void anEmptyNumberIsRequired() {
        assertThatThrownBy(() -> OrganisationNumber.parse("  ")).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("providercontracts.error.text-required"));
    }
}
