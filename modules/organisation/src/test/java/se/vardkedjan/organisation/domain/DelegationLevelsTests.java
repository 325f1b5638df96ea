package se.vardkedjan.organisation.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

class DelegationLevelsTests {

    @Test
    void aDelegationChangeNamesATypeAndAKnownLevelThatDiffersFromTheCurrentOne() {
        DelegationLevels.checkChange("OUTPATIENT", Roles.CASEWORKER, Roles.UNIT_MANAGER);
        DelegationLevels.checkChange("RESIDENTIAL", Roles.UNIT_MANAGER, Roles.CASEWORKER);
        assertThat(refusal(() -> DelegationLevels.checkChange(null, null, Roles.CASEWORKER)))
                .isEqualTo("organisation.delegation-rules.error.type-required");
        assertThat(refusal(() -> DelegationLevels.checkChange("OUTPATIENT", Roles.CASEWORKER, " ")))
                .isEqualTo("organisation.delegation-rules.error.level-required");
        assertThat(refusal(() -> DelegationLevels.checkChange("OUTPATIENT", Roles.CASEWORKER, Roles.ADMINISTRATOR)))
                .isEqualTo("organisation.delegation-rules.error.level-unknown");
        assertThat(refusal(() -> DelegationLevels.checkChange("OUTPATIENT", Roles.CASEWORKER, Roles.CASEWORKER)))
                .isEqualTo("organisation.delegation-rules.error.unchanged");
    }

    @Test
    void everyTypeWithARuleHasItsOwnTextAndAnotherTypeIsShownByItsCode() {
        assertThat(DelegationLevels.typeTextKey("RESIDENTIAL")).isEqualTo("organisation.delegation-rules.type.RESIDENTIAL");
        assertThat(DelegationLevels.typeTextKey("NEW_KIND")).isEqualTo("NEW_KIND");
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (RuleViolation refused) {
            return refused.messageKey();
        }
        throw new AssertionError("not refused");
    }
}
