package se.vardkedjan.casehandling;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import se.vardkedjan.TestActors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A module test of case handling against the real PostgreSQL ({@link ApplicationModuleTest}), with the organisation
 * module it uses (ADR 0020) bootstrapped beside it: the test organisation
 * (units {@link TestFixtures#NORTH} and {@link TestFixtures#SOUTH}) is in place before each test, and nobody is
 * signed in after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ExtendWith(CaseHandlingModuleTest.Organisation.class)
public @interface CaseHandlingModuleTest {

    /** Puts the test organisation in place before each test and signs out after it. */
    final class Organisation implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            TestFixtures.ensureOrganisation(SpringExtension.getApplicationContext(context).getBean(JdbcClient.class));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestActors.signOut();
            se.vardkedjan.TestFileInView.reset();
        }
    }
}
