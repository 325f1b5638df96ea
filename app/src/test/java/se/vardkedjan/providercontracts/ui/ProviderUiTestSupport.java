package se.vardkedjan.providercontracts.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.ProviderAssignmentFixture;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.sharedkernel.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What provider contracts' browserless UI tests share (ADR 0027): the app's context with the real facades and
 * PostgreSQL, the bad-input fixture's unit and users, a mock Vaadin UI in Swedish with the app's routes for each test
 * (no one signed in), and the fixture that makes decided cases, providers and their assignments through the facades.
 */
@SpringBootTest
abstract class ProviderUiTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Assignments assignments;

    BadInputFixture f;
    LocalDate today;
    ProviderAssignmentFixture providers;

    @BeforeEach
    void startVaadin() {
        f = BadInputFixture.of(context);
        today = f.today;
        providers = new ProviderAssignmentFixture(context, today);
        KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** A new provider of the name (its code {@code ui-…}) with a CBT contract of the given places. */
    ProviderAssignmentFixture.Provider provider(String name, int places) {
        return providers.provider("ui-" + UUID.randomUUID().toString().substring(0, 8), name, places);
    }

    /** Signs in Ulla Utförare, of the provider's staff. */
    void signInAsProvider(ProviderAssignmentFixture.Provider provider) {
        f.signIn(context, new BadInputFixture.User("ui-utf-" + provider.code(), "Ulla Utförare",
                List.of(Roles.PROVIDER_STAFF), List.of(), List.of(provider.code())));
    }
}
