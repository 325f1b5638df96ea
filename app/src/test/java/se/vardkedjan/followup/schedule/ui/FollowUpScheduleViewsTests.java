package se.vardkedjan.followup.schedule.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.ProviderAssignmentFixture;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled follow-ups' views, browserless against the real facades and PostgreSQL (ADR 0030): the case page's
 * Uppföljning tab with its badge and timeline, the caseworker's start-page items, and "Uppföljningar att göra" for
 * the caseworker (overdue first, said in words) and for the unit manager (per caseworker, and the drill-down).
 */
@SpringBootTest
class FollowUpScheduleViewsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowUpSection section;
    @Autowired
    FollowUpWorkItems workItems;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;

    BadInputFixture f;
    LocalDate today;

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

    /**
     * A decided case of the fixture's unit the caseworker is responsible for, with a goal overdue by three days and
     * one due in five (and the intervention's follow-up three months on).
     */
    private CaseId caseWithFollowUps() {
        f.signIn(context, f.caseworker);
        var caseId = new ProviderAssignmentFixture(context, today).decidedCase(BadInputFixture.UNIT, today);
        jdbc.sql("UPDATE casehandling.cases SET responsible = ? WHERE id = ?")
                .params(f.caseworker.username(), caseId.value()).update();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(
                new CarePlanGoalsAgreed(caseId, CarePlanId.random(), 1, null, today.minusDays(30), List.of(
                        new CarePlanGoalsAgreed.AgreedGoal(GoalId.random(), today.minusDays(3), null),
                        new CarePlanGoalsAgreed.AgreedGoal(GoalId.random(), today.plusDays(5), null)))));
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (jdbc.sql("SELECT count(*) FROM followup.scheduled_follow_ups WHERE case_id = ?")
                .param(caseId.value()).query(Long.class).single() < 3) {
            assertThat(System.nanoTime()).as("the follow-ups scheduled within 20 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return caseId;
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getChildren().map(cell -> cell.getElement().getTextRecursively()).toList();
    }

    @Test
    void openingTheTabIsOneReadRowOfTheCaseThoughEachPartReadsThroughItsFacade() {
        var caseId = caseWithFollowUps();
        var before = jdbc.sql("SELECT coalesce(max(id), 0) FROM accesslog.access_log").query(Long.class).single();

        UI.getCurrent().add(section.create(caseId));

        assertThat(_find(NativeTable.class, spec -> spec.withId("follow-up-schedule-table"))).hasSize(1);
        assertThat(jdbc.sql("""
                        SELECT access_kind || ' ' || what || ' ' || purpose FROM accesslog.access_log
                        WHERE id > ? AND case_id = ? AND actor_username = ?""")
                .params(before, caseId.value(), f.caseworker.username()).query(String.class).list())
                .containsExactly("READ FOLLOW_UP_TAB CASE_WORK");
    }

    @Test
    void theTabShowsTheScheduleWithTheOverdueOneSaidInWordsABadgeAndTimelineEntries() {
        var caseId = caseWithFollowUps();

        UI.getCurrent().add(section.create(caseId));

        var table = _get(NativeTable.class, spec -> spec.withId("follow-up-schedule-table"));
        var rows = table.getBody().getRows().stream().map(FollowUpScheduleViewsTests::cells).toList();
        assertThat(rows).containsExactly(
                List.of("Mål i planen", today.minusDays(3).toString(), "Försenad"),
                List.of("Mål i planen", today.plusDays(5).toString(), "Ska göras"),
                List.of("Öppenvård", today.plusMonths(3).toString(), "Ska göras"));
        assertThat(section.badgeKey(caseHandling.summary(caseId), false)).contains("followup.schedule.badge.overdue");
        assertThat(section.timeline(caseId)).extracting(e -> e.titleKey(), e -> e.due())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("followup.schedule.timeline.overdue", true),
                        org.assertj.core.groups.Tuple.tuple("followup.schedule.timeline.due", true),
                        org.assertj.core.groups.Tuple.tuple("followup.schedule.timeline.due", true));
        assertThat(section.order()).isBetween(501, 599);
        assertThat(section.path()).isEqualTo("uppfoljning");
    }

    @Test
    void theCaseworkersStartPageListsTheDueAndOverdueFollowUpsLinkedToTheTab() {
        var caseId = caseWithFollowUps();
        f.signIn(context, f.caseworker);

        var items = workItems.workItems().stream().filter(i -> i.path().contains(caseId.value().toString()))
                .toList();

        assertThat(items).extracting(i -> i.kindKey(), i -> i.due(), i -> i.path()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("followup.schedule.work.kind.overdue", today.minusDays(3),
                        "arenden/" + caseId.value() + "/uppfoljning"),
                org.assertj.core.groups.Tuple.tuple("followup.schedule.work.kind.due", today.plusDays(5),
                        "arenden/" + caseId.value() + "/uppfoljning"));
        assertThat(items.getFirst().clientName()).isEqualTo("Ulf Uppdrag");

        f.signIn(context, f.colleague);
        assertThat(workItems.workItems()).as("another caseworker's cases are not on the colleague's start page")
                .noneMatch(i -> i.path().contains(caseId.value().toString()));
    }

    @Test
    void theCaseworkersPageListsTheOverdueFirstAndTheManagerOpensACaseworkersList() {
        var caseId = caseWithFollowUps();
        f.signIn(context, f.caseworker);
        UI.getCurrent().navigate("uppfoljningar");

        var mine = _get(NativeTable.class, spec -> spec.withId("follow-ups-mine-table"));
        var rows = mine.getBody().getRows().stream().filter(r -> r.getId().isPresent()).toList();
        var ours = rows.stream().filter(r -> _find(r, Anchor.class).getFirst().getHref()
                .equals("arenden/" + caseId.value() + "/uppfoljning")).map(FollowUpScheduleViewsTests::cells).toList();
        assertThat(ours).extracting(c -> c.subList(0, 4)).containsExactly(
                List.of("Ulf Uppdrag", "Mål i planen", today.minusDays(3).toString(), "Försenad"),
                List.of("Ulf Uppdrag", "Mål i planen", today.plusDays(5).toString(), "Ska göras"));
        assertThat(cells(rows.getFirst()).get(3)).as("the overdue come first").isEqualTo("Försenad");
        assertThat(_find(com.vaadin.flow.component.html.Section.class,
                spec -> spec.withId("follow-ups-per-caseworker"))).as("no counts for a caseworker").isEmpty();

        MockVaadin.tearDown();
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
        f.signIn(context, f.manager);
        UI.getCurrent().navigate("uppfoljningar");
        var counts = _get(NativeTable.class, spec -> spec.withId("follow-ups-per-caseworker-table"));
        var hanna = counts.getBody().getRows().stream().map(FollowUpScheduleViewsTests::cells)
                .filter(c -> c.getFirst().equals(f.caseworker.name())).findFirst().orElseThrow();
        assertThat(Integer.parseInt(hanna.get(1))).isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(hanna.get(2))).isGreaterThanOrEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("follow-ups-open-" + f.caseworker.username())));
        var list = _get(NativeTable.class, spec -> spec.withId("follow-ups-caseworker-table"));
        assertThat(_find(list, Anchor.class)).extracting(Anchor::getHref)
                .contains("arenden/" + caseId.value() + "/uppfoljning");
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND case_id = ? "
                        + "AND what = 'FOLLOW_UPS_DUE' AND purpose = 'SUPERVISION'")
                .params(f.manager.username(), caseId.value()).query(Long.class).single()).isEqualTo(1);
    }
}
