package se.vardkedjan.followup.schedule.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.ProviderAssignmentFixture;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.followup.FollowUpDecision;
import se.vardkedjan.followup.Measurements;
import se.vardkedjan.followup.Occasion;
import se.vardkedjan.followup.instrument.domain.AnswerOption;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a follow-up on the case page's Uppföljning tab (ADR 0030, amendment), browserless against the real
 * facades and PostgreSQL: the scheduled goal follow-up, goal attainment with the client's rating, an AUDIT answered at
 * the follow-up; after saving, the schedule says done, the recorded follow-ups list it with its decision, and the
 * AUDIT's table shows the change from the baseline. A missing reason is refused at its field and nothing typed is
 * lost; choosing to end says where the intervention is ended and links there.
 */
@SpringBootTest
class FollowUpRecordViewsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowUpSection section;
    @Autowired
    CarePlans plans;
    @Autowired
    Measurements measurements;

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

    /** A decided case with an agreed plan of one goal due in five days, and an AUDIT baseline of 16 points. */
    private CaseId caseWithGoal() {
        f.signIn(context, f.caseworker);
        var caseId = new ProviderAssignmentFixture(context, today).decidedCase(BadInputFixture.UNIT,
                today.minusDays(30));
        var plan = plans.draft(caseId, today.minusDays(30));
        plans.setGoal(plan, plans.plan(plan).version(), new GoalInput("Dricka mindre", "AUDIT", today.plusDays(5)));
        plans.recordAgreement(plan, plans.plan(plan).version(), today.minusDays(30), AgreementChannel.MEETING);
        measurements.record(caseId, new InstrumentRef("AUDIT", 1), Occasion.BASELINE, audit(4, 4, 4, 4, 0, 0, 0, 0,
                0, 0), today.minusDays(30));
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (jdbc.sql("SELECT count(*) FROM followup.scheduled_follow_ups WHERE case_id = ? AND source_kind = "
                + "'GOAL'").param(caseId.value()).query(Long.class).single() < 1) {
            assertThat(System.nanoTime()).as("the goal's follow-up scheduled within 20 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return caseId;
    }

    private static java.util.Map<String, String> audit(int... scores) {
        var answers = new HashMap<String, String>();
        for (int i = 0; i < scores.length; i++) {
            answers.put("Q" + (i + 1), "A" + scores[i]);
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radios(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    private static <T> void choose(RadioButtonGroup<T> group, java.util.function.Predicate<T> which) {
        _setValue(group, group.getListDataView().getItems().filter(which).findFirst().orElseThrow());
    }

    @Test
    void theCaseworkerRecordsTheGoalsFollowUpWithAnAuditAndSeesItDoneWithTheChangeFromTheBaseline() {
        var caseId = caseWithGoal();
        UI.getCurrent().add(section.create(caseId));

        RadioButtonGroup<String> scheduled = radios("follow-up-record-scheduled");
        assertThat(scheduled.getListDataView().getItems().map(scheduled.getItemLabelGenerator()))
                .contains("Mål i planen, planerad " + today.plusDays(5), "Extra uppföljning (inte planerad)");
        choose(scheduled, id -> scheduled.getItemLabelGenerator().apply(id).startsWith("Mål i planen"));
        RadioButtonGroup<AnswerOption> attainment = radios("follow-up-record-goal-1-ATTAINMENT");
        choose(attainment, o -> o.code().equals("PARTLY"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("follow-up-record-goal-1-CLIENT_RATING")), 7);
        _setValue(_get(Checkbox.class, spec -> spec.withId("follow-up-record-use-audit")), true);
        for (int q = 1; q <= 10; q++) {
            RadioButtonGroup<AnswerOption> item = radios("follow-up-record-audit-Q" + q);
            var score = q <= 2 ? 1 : 0;
            choose(item, o -> o.score() == score);
        }
        choose(radios("follow-up-record-decision"), d -> d == FollowUpDecision.CONTINUE);
        _setValue(_get(TextArea.class, spec -> spec.withId("follow-up-record-reason")), "Dricker mindre, fortsätt.");
        _click(_get(Button.class, spec -> spec.withId("follow-up-record-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("follow-up-tab-status")).getText())
                .isEqualTo("Uppföljningen är sparad.");
        assertThat(_get(NativeTable.class, spec -> spec.withId("follow-up-schedule-table")).getElement()
                .getTextRecursively()).contains("Gjord " + today);
        var recorded = _get(NativeTable.class, spec -> spec.withId("follow-up-records-table")).getBody().getRows();
        assertThat(recorded).singleElement().satisfies(row -> assertThat(row.getElement().getTextRecursively())
                .contains("Planerad, i tid").contains("Fortsätta insatsen").contains("Dricker mindre, fortsätt."));
        // Hand-computed: baseline 4+4+4+4 = 16, now 1+1 = 2: 14 points lower, better for AUDIT.
        var audit = _get(NativeTable.class, spec -> spec.withId("measurements-audit-table")).getBody().getRows();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).getElement().getTextRecursively()).contains("Uppföljning").contains("2")
                .contains("−14");
        assertThat(_find(NativeTable.class, spec -> spec.withId("measurements-goal-1-table"))).hasSize(1);
        assertThat(section.timeline(caseId)).extracting(e -> e.titleKey())
                .contains("followup.record.timeline.CONTINUE");
    }

    @Test
    void aMissingReasonIsRefusedAtItsFieldNothingTypedIsLostAndEndingSaysWhereTheInterventionIsEnded() {
        var caseId = caseWithGoal();
        UI.getCurrent().add(section.create(caseId));
        RadioButtonGroup<AnswerOption> attainment = radios("follow-up-record-goal-1-ATTAINMENT");
        choose(attainment, o -> o.code().equals("REACHED"));
        RadioButtonGroup<FollowUpDecision> decision = radios("follow-up-record-decision");
        choose(decision, d -> d == FollowUpDecision.END);

        assertThat(_get(Div.class, spec -> spec.withId("follow-up-record-end")).isVisible()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("follow-up-record-end")).getElement().getTextRecursively())
                .contains("avslutar du insatsen i ärendets beslutsdel");
        _click(_get(Button.class, spec -> spec.withId("follow-up-record-save")));

        assertThat(_get(TextArea.class, spec -> spec.withId("follow-up-record-reason")).isInvalid()).isTrue();
        assertThat(attainment.getValue().code()).isEqualTo("REACHED");
        assertThat(decision.getValue()).isEqualTo(FollowUpDecision.END);
        assertThat(jdbc.sql("SELECT count(*) FROM followup.follow_ups WHERE case_id = ?").param(caseId.value())
                .query(Long.class).single()).isZero();
    }
}
