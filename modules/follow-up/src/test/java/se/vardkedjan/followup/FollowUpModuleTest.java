package se.vardkedjan.followup;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
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
 * A module test of follow-up against the real PostgreSQL ({@link ApplicationModuleTest}), with the modules it uses
 * bootstrapped beside it, on case handling's module-test set-up (its test jar: the database, the test application
 * with its clock and signed-in actors, the fixtures), so that measurements are taken on real cases. The test
 * organisation is in place before each test; nobody is signed in after it. The structure itself is verified by the
 * app's ModularityTests (as provider contracts' module tests explain).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ExtendWith(FollowUpModuleTest.Organisation.class)
public @interface FollowUpModuleTest {

    /** Puts the test organisation in place before each test and signs out after it. */
    final class Organisation implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            TestFixtures.ensureOrganisation(SpringExtension.getApplicationContext(context).getBean(JdbcClient.class));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestActors.signOut();
        }
    }
}
