package se.vardkedjan;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves the boundary check has teeth: with the test fixture that reaches from provider contracts into case handling's
 * internals included, verification fails and names the offending types. Without it (ModularityTests), it passes.
 */
class ModuleBoundaryTests {

    @Test
    void aModuleReachingIntoAnotherModulesInternalsFailsVerification() {
        ImportOption mainCodeAndTheFixture = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                || location.contains("ReachesIntoCaseHandlingInternals") || location.contains("CaseListViewProbe");
        var modules = ApplicationModules.of(VardkedjanApplication.class, mainCodeAndTheFixture);

        var violations = modules.detectViolations();

        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessages())
                .anySatisfy(message -> assertThat(message)
                        .contains("ReachesIntoCaseHandlingInternals")
                        .contains("CaseListViewProbe"));
        assertThatThrownBy(modules::verify).isInstanceOf(org.springframework.modulith.core.Violations.class);
    }
}
