package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.ProviderAssignmentFixture;

import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Min insats och utförare", browserless against the real facades and PostgreSQL (ADR 0028, slice 2): a client whose
 * outpatient care was sent to a provider under LOV reads the provider, its contact, the planned start in plain words,
 * and the providers they can choose between; a client with a case but no assignment is told so.
 */
class PortalInsatsPagesTests extends PortalUiTestSupport {

    private BadInputFixture f;
    private ProviderAssignmentFixture providers;

    @Override
    void beforeVaadin() {
        f = BadInputFixture.of(context);
        providers = new ProviderAssignmentFixture(context, f.today);
    }

    @Test
    void aClientReadsWhereTheyGetHelpFromWhomWhenItStartsAndWhichLovProvidersTheyCanChoose() {
        var name = "Insatsutföraren " + UUID.randomUUID().toString().substring(0, 6);
        var provider = providers.provider("insats-" + UUID.randomUUID().toString().substring(0, 8), name, 10);
        jdbc.sql("UPDATE providercontracts.providers SET contact_phone = '010-555 12 34' WHERE id = ?")
                .param(provider.id().value()).update();
        f.signIn(context, f.caseworker);
        var assignment = providers.sentTo(provider, BadInputFixture.UNIT, f.today.minusDays(1));
        jdbc.sql("UPDATE providercontracts.contracts SET form = 'LOV' WHERE id = ?").param(provider.contract().value())
                .update();
        var number = jdbc.sql("""
                        SELECT p.identity_number FROM providercontracts.assignments a
                        JOIN casehandling.cases c ON c.id = a.case_id JOIN casehandling.persons p ON p.id = c.person_id
                        WHERE a.id = ?""").param(assignment.value()).query(String.class).single();
        SecurityContextHolder.clearContext();
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Ulf Uppdrag", number);

        UI.getCurrent().navigate("portal/insats");

        assertThat(_get(H1.class, spec -> spec.withId("portal-insats-heading")).getText())
                .isEqualTo("Min insats och utförare");
        var page = _get(PortalInsatsView.class).getElement().getTextRecursively();
        assertThat(page).contains("Du får hjälp av " + name + ".", "Kontakt: 010-555 12 34",
                "Din handläggare har bett utföraren om hjälpen. Vi väntar på svar. Planerad start: "
                        + f.today.plusDays(7), "Du kan välja utförare")
                .doesNotContain(assignment.value().toString());
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withClasses("vk-portal-insats-lov")).getElement().getTextRecursively()).contains(name);
    }

    @Test
    void aClientWithACaseButNoAssignmentIsToldSoInTheirLanguage() {
        f.signIn(context, f.caseworker);
        var caseId = providers.decidedCase(BadInputFixture.UNIT, f.today.minusDays(1));
        var number = jdbc.sql("""
                        SELECT p.identity_number FROM casehandling.cases c
                        JOIN casehandling.persons p ON p.id = c.person_id WHERE c.id = ?""")
                .param(caseId.value()).query(String.class).single();
        SecurityContextHolder.clearContext();
        KaribuVaadin.logInClient(context, "subject-" + UUID.randomUUID(), "Ulf Uppdrag", number);

        UI.getCurrent().navigate("portal/insats");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-insats-none")).getText())
                .startsWith("Du har inte fått någon utförare ännu.");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("portal/insats");
        assertThat(_get(H1.class, spec -> spec.withId("portal-insats-heading")).getText())
                .isEqualTo("My help and provider");
    }
}
