package se.vardkedjan.uikit;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's date picker and form problems, browserless: Swedish names with Monday first (English for an English
 * user); required markers, errors at the field and a summary whose links focus the field; a rule that names a field
 * marks it; warnings apart from errors; a concurrent change stays a notification.
 */
@SpringBootTest
class DateFieldAndFormProblemsTests {

    @Autowired
    ApplicationContext context;

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
    void theKitsDatePickerIsSwedishWithMondayFirst() {
        var picker = new DateField("Inkom datum");

        var i18n = picker.getI18n();
        assertThat(i18n.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(i18n.getMonthNames()).startsWith("januari", "februari", "mars").contains("maj", "oktober")
                .hasSize(12);
        assertThat(i18n.getWeekdays()).containsExactly("söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag",
                "lördag");
        assertThat(i18n.getWeekdaysShort()).contains("mån", "lör");
        assertThat(i18n.getDateFormats()).first().isEqualTo("yyyy-MM-dd");
        assertThat(i18n.getToday()).isEqualTo("Idag");
        assertThat(i18n.getCancel()).isEqualTo("Avbryt");
    }

    @Test
    void anEnglishUserGetsTheEnglishTexts() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var i18n = new DateField("Received on").getI18n();

        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getCancel()).isEqualTo("Cancel");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void aRequiredFieldLeftEmptyIsMarkedListedAndItsLinkFocusesIt() {
        var problems = new FormProblems(view, "test-form");
        var name = problems.required("casehandling.person.given-name", new TextField("Förnamn"));
        var received = problems.required("casehandling.intake.received-on", new DateField("Inkom datum"));
        view.add(problems.summary(), name, received);
        var calls = new AtomicInteger();

        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        assertThat(problems.attempt(() -> {
            calls.incrementAndGet();
        })).isFalse();

        assertThat(calls).as("the facade is not asked").hasValue(0);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Fyll i Förnamn.");
        assertThat(received.isInvalid()).isTrue();
        var summary = _get(Div.class, spec -> spec.withId("test-form-problems"));
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(problems.shown()).containsExactly("Fyll i Förnamn.", "Fyll i Inkom datum.");
        assertThat(_get(summary, com.vaadin.flow.component.html.H3.class, spec -> { }).getText())
                .isEqualTo("Det finns 2 saker att rätta innan du kan spara");
        _get(Button.class, spec -> spec.withText("Fyll i Förnamn.")).click();
    }

    @Test
    void aRuleThatNamesAFieldMarksItAndAnArgumentThatIsAFieldsNameDoesToo() {
        var problems = new FormProblems(view, "test-form");
        var identity = problems.field("casehandling.staff.register.identity", new TextField("Personnummer"));
        var received = problems.field("casehandling.intake.received-on", new DateField("Inkom datum"));
        view.add(problems.summary(), identity, received);

        problems.attempt(() -> {
            throw RuleViolation.forField("casehandling.staff.register.identity",
                    "casehandling.error.identity-number-invalid", "123");
        });
        assertThat(identity.isInvalid()).isTrue();
        assertThat(identity.getErrorMessage()).contains("123");
        assertThat(received.isInvalid()).isFalse();

        received.setValue(LocalDate.now());
        problems.attempt(() -> {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.intake.received-on");
        });
        assertThat(identity.isInvalid()).as("the earlier mark is cleared").isFalse();
        assertThat(received.isInvalid()).isTrue();
        assertThat(problems.shown()).singleElement().asString().contains("Inkom datum");
    }

    @Test
    void aWarningIsShownApartInANeutralStyleAndAConcurrentChangeStaysANotification() {
        var problems = new FormProblems(view, "test-form");
        var name = problems.field("casehandling.person.given-name", new TextField("Förnamn"));
        view.add(problems.summary(), problems.warningList(), name);

        problems.warn(java.util.List.of(new FormProblems.Warning("casehandling.person.given-name", "Kolla namnet")));
        var warnings = _get(Div.class, spec -> spec.withId("test-form-warnings"));
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(warnings.getStyle().get("border-left")).doesNotContain("error");
        assertThat(name.isInvalid()).as("a warning is not an error").isFalse();

        problems.attempt(() -> {
            throw new ConcurrentChange("case", "other");
        });
        assertThat(_find(Span.class, spec -> spec.withId("problem-message"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("test-form-problems"))).as("no summary").isEmpty();
    }
}
