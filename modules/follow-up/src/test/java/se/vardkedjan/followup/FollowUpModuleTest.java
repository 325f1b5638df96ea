package se.vardkedjan.followup;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import se.vardkedjan.TestActors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A module test of follow-up against the real PostgreSQL ({@link ApplicationModuleTest}), with the modules it uses
 * bootstrapped beside it (all of them, transitively: the organisation names the access log's actors), on case handling's module-test set-up (its test jar: the database, the test application with
 * its clock and signed-in actors). Nobody is signed in after a test. As in provider contracts' module tests, the
 * module structure is verified by the app's ModularityTests, not here ({@code verifyAutomatically = false}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ExtendWith(FollowUpModuleTest.SignOut.class)
public @interface FollowUpModuleTest {

    /** Signs out after each test. */
    final class SignOut implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            TestActors.signOut();
        }
    }
}
