package se.vardkedjan;

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

import java.time.LocalDate;
import java.util.Locale;

/**
 * What browserless UI tests of the app share: the app's context with the real facades and PostgreSQL, the bad-input
 * fixture's unit and users, and for each test a mock Vaadin UI in Swedish with the app's routes and the security of
 * the context (no one signed in), torn down after it.
 */
@SpringBootTest
public abstract class BrowserlessAppTest {

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected JdbcClient jdbc;

    protected BadInputFixture f;
    protected LocalDate today;

    @BeforeEach
    void startVaadin() {
        f = BadInputFixture.of(context);
        today = f.today;
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
