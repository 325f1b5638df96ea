package se.vardkedjan.uikit;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's {@link Problems}, browserless: a refusal from any module's facade in the user's words, and the
 * version-conflict reload.
 */
@SpringBootTest
class ProblemsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ViewClock viewClock;
    @Autowired
    Clock clock;

    private final Div view = new Div();

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aRulesArgumentsThatAreKeysOfAnyModuleAreTranslatedAndWhatTheUserTypedIsNot() {
        assertThat(Problems.message(view, new RuleViolation("casehandling.error.date-required",
                "platform.role.caseworker"))).isEqualTo("Ange handläggare.");
        assertThat(Problems.message(view, new RuleViolation("casehandling.error.date-required",
                "casehandling.decision.starts-on"))).doesNotContain("casehandling.", "!");
        assertThat(Problems.message(view, new RuleViolation("casehandling.error.date-required", "www.exempel.se")))
                .isEqualTo("Ange www.exempel.se.");
    }

    @Test
    void aConcurrentChangeOrMissingAccessIsSaidInTheKitsOwnWords() {
        assertThat(Problems.message(view, new ConcurrentChange("case", "other")))
                .startsWith("Någon annan har ändrat uppgifterna");
        assertThat(Problems.message(view, new AccessDenied("refused"))).startsWith("Du har inte behörighet");
    }

    @Test
    void aSaveRefusedForAConcurrentChangeShowsItAndReadsTheViewAgainAnotherRefusalKeepsTheForm() {
        var reloads = new AtomicInteger();
        assertThat(Problems.save(view, () -> {
            throw new ConcurrentChange("case", "other");
        }, reloads::incrementAndGet)).isFalse();
        assertThat(reloads).hasValue(1);
        assertThat(_get(Span.class, spec -> spec.withId("problem-message")).getText())
                .startsWith("Någon annan har ändrat uppgifterna");

        assertThat(Problems.save(view, () -> {
            throw new RuleViolation("casehandling.error.date-required", "platform.role.caseworker");
        }, reloads::incrementAndGet)).isFalse();
        assertThat(reloads).as("no reload: the form keeps what the user typed").hasValue(1);

        assertThat(Problems.save(view, () -> { }, reloads::incrementAndGet)).isTrue();
        assertThat(reloads).hasValue(1);
    }

    @Test
    void theViewsTodayIsTheFacadesClocksDate() {
        assertThat(viewClock.today()).isEqualTo(LocalDate.now(clock));
    }
}
