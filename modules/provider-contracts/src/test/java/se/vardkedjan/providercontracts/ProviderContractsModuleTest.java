package se.vardkedjan.providercontracts;

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
 * A module test of provider contracts against the real PostgreSQL ({@link ApplicationModuleTest}), with the modules
 * it uses bootstrapped beside it (case handling, the organisation, the access log), on case handling's module-test
 * set-up (its test jar: the database, the test application with its clock and signed-in actors, the fixtures), so
 * that assignments are made from real decisions. The test organisation is in place before each test; nobody is
 * signed in after it.
 *
 * <p>It does not verify the module structure itself ({@code verifyAutomatically = false}): under {@code mvn verify}
 * case handling's test classes come from its packaged test jar, which ArchUnit's "no tests" import option does not
 * recognise, so their test database set-up would count as a module of the product. The app's ModularityTests verify
 * the structure over the product's classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ExtendWith(ProviderContractsModuleTest.Organisation.class)
public @interface ProviderContractsModuleTest {

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
