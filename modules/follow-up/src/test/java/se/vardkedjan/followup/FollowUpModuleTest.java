package se.vardkedjan.followup;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.TestFixtures;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A module test of follow-up against the real PostgreSQL, with the modules it uses bootstrapped beside it, on case
 * handling's module-test set-up (its test jar), so that follow-ups are scheduled from real plans and decisions. The
 * application's clock is a {@link TestClock} the test moves; it is set back to the real time after each test, the
 * test organisation is in place before each test, and nobody is signed in after it. The module structure is verified
 * by the app's ModularityTests (see ProviderContractsModuleTest for why not here).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@Import(FollowUpModuleTest.Clocks.class)
@ExtendWith(FollowUpModuleTest.Organisation.class)
public @interface FollowUpModuleTest {

    /** The controllable clock, used by every module in the test context instead of the system's. */
    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** Puts the test organisation in place before each test; signs out and resets the clock after it. */
    final class Organisation implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            TestFixtures.ensureOrganisation(SpringExtension.getApplicationContext(context).getBean(JdbcClient.class));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestActors.signOut();
            SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
        }
    }
}
