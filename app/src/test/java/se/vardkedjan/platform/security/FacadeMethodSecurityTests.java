package se.vardkedjan.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AopUtils;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.providercontracts.AssignmentCosts;
import se.vardkedjan.providercontracts.AssignmentId;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which methods JSR-250 method security guards: every facade method under a {@code @RolesAllowed} (on the method or
 * its class), and no Vaadin router layout, whose annotations Vaadin's navigation access control enforces instead.
 */
class FacadeMethodSecurityTests {

    private final Pointcut pointcut = FacadeMethodSecurity.facadePointcut();

    @Test
    void aFacadeMethodWithItsRolesIsGuarded() throws NoSuchMethodException {
        var method = AssignmentCosts.class.getMethod("ofOwnAssignment", AssignmentId.class);

        assertThat(AopUtils.canApply(pointcut, AssignmentCosts.class)).isTrue();
        assertThat(pointcut.getMethodMatcher().matches(method, AssignmentCosts.class)).isTrue();
    }

    @Test
    void aFacadeWhoseMethodsCarryTheirRolesIsGuarded() {
        assertThat(AopUtils.canApply(pointcut, CaseHandling.class)).isTrue();
    }

    @Test
    void aShellIsNeverProxiedForItsAnnotationsSoVaadinKeepsItAcrossNavigations() throws ClassNotFoundException {
        for (var name : List.of("se.vardkedjan.platform.ui.StaffLayout",
                "se.vardkedjan.platform.ui.ProviderLayout", "se.vardkedjan.platform.ui.PortalLayout")) {
            assertThat(AopUtils.canApply(pointcut, Class.forName(name))).as(name).isFalse();
        }
    }
}
