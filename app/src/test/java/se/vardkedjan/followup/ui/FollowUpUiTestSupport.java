package se.vardkedjan.followup.ui;

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

import java.time.LocalDate;
import java.util.Locale;

/**
 * What follow-up's browserless UI tests share: the app's context with the real facades and PostgreSQL, the
 * bad-input fixture's unit and users, a mock Vaadin UI in Swedish with the app's routes, and a way to make a decided
 * case of the fixture's unit through the facades.
 */
@SpringBootTest
abstract class FollowUpUiTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    BadInputFixture f;
    LocalDate today;
    ProviderAssignmentFixture cases;

    @BeforeEach
    void startVaadin() {
        f = BadInputFixture.of(context);
        today = f.today;
        cases = new ProviderAssignmentFixture(context, today);
        KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
