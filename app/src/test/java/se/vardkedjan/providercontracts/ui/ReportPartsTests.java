package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentReports;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.DeviationInput;
import se.vardkedjan.providercontracts.DeviationKind;
import se.vardkedjan.providercontracts.GoalOutcome;
import se.vardkedjan.sharedkernel.Roles;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's report parts and the case staff's read-only parts, browserless against the real facades and
 * PostgreSQL (ADR 0026): the provider reports care days, a deviation and the completion report through the parts; a
 * day in the future gets a Swedish message on its field and changes nothing; the caseworker sees the reports and the
 * cost in kronor.
 */
class ReportPartsTests extends ProviderUiTestSupport {

    @Autowired
    AttendancePart attendance;
    @Autowired
    DeviationPart deviations;
    @Autowired
    CompletionPart completion;
    @Autowired
    CostPart cost;
    @Autowired
    AssignmentReports reports;
    @Autowired
    AssignmentSection section;

    private BadInputFixture.User staff;

    @Test
    void theProviderReportsThroughThePartsAndTheCaseworkerSeesTheReportsAndTheCost() {
        var id = runningAssignment(today.minusDays(10));
        f.signIn(context, staff);
        var view = assignments.forProvider(id);
        assertThat(attendance.shownTo(AssignmentPart.Audience.PROVIDER, view)).isTrue();
        UI.getCurrent().add(attendance.create(view, AssignmentPart.Audience.PROVIDER));

        reportDays(id, today.minusDays(2), today);
        assertThat(_get(Paragraph.class, spec -> spec.withId("attendance-summary-" + id.value())).getText())
                .isEqualTo("Rapporterade dagar som räknas: 3");

        UI.getCurrent().removeAll();
        UI.getCurrent().add(deviations.create(view, AssignmentPart.Audience.PROVIDER));
        @SuppressWarnings("unchecked")
        ComboBox<DeviationKind> kind = _get(ComboBox.class, spec -> spec.withId("deviation-kind-" + id.value()));
        _setValue(kind, DeviationKind.SERIOUS_INCIDENT);
        _setValue(_get(TextArea.class, spec -> spec.withId("deviation-description-" + id.value())),
                "Hot mot personal.");
        _click(_get(Button.class, spec -> spec.withId("deviation-report-" + id.value())));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Hot mot personal.");

        UI.getCurrent().removeAll();
        UI.getCurrent().add(completion.create(view, AssignmentPart.Audience.PROVIDER));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<GoalOutcome> goal = _get(RadioButtonGroup.class,
                spec -> spec.withId("completion-goal-" + id.value() + "-0"));
        _setValue(goal, GoalOutcome.REACHED);
        _setValue(_get(TextArea.class, spec -> spec.withId("completion-summary-" + id.value())), "Genomfört.");
        _setValue(_get(TextArea.class, spec -> spec.withId("completion-clients-view-" + id.value())), "Nöjd.");
        _click(_get(Button.class, spec -> spec.withId("completion-submit-" + id.value())));
        assertThat(_find(VerticalLayout.class,
                spec -> spec.withId("completion-report-" + id.value()))).hasSize(1);

        f.signIn(context, f.caseworker);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(attendance.create(view, AssignmentPart.Audience.CASE_STAFF));
        UI.getCurrent().add(cost.create(view, AssignmentPart.Audience.CASE_STAFF));
        UI.getCurrent().add(completion.create(view, AssignmentPart.Audience.CASE_STAFF));
        assertThat(_get(Paragraph.class, spec -> spec.withId("attendance-summary-" + id.value())).getText())
                .isEqualTo("Rapporterade dagar som räknas: 3");
        assertThat(_find(Button.class)).as("the case staff's parts are read-only").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("assignment-cost-total-" + id.value())).getText())
                .isEqualTo("Kostnad hittills: 7\u00a0500,00\u00a0kr");

        // The case staff read who reported by name, not by the provider staff member's username.
        UI.getCurrent().add(deviations.create(view, AssignmentPart.Audience.CASE_STAFF));
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively()))
                .anyMatch(text -> text.contains("dagar (rapporterat av Ulla Utförare)"))
                .anyMatch(text -> text.contains("(rapporterat av Ulla Utförare)") && text.contains("Hot mot personal."))
                .noneMatch(text -> text.contains(staff.username()));
    }

    @Test
    void theProvidersCostOnTheSamePageFollowsTheDaysItReportsAndCorrects() {
        var id = runningAssignment(today.minusDays(10));
        f.signIn(context, staff);
        var view = assignments.forProvider(id);
        UI.getCurrent().add(attendance.create(view, AssignmentPart.Audience.PROVIDER));
        UI.getCurrent().add(cost.create(view, AssignmentPart.Audience.PROVIDER));
        assertThat(_get(Paragraph.class, spec -> spec.withId("assignment-cost-total-" + id.value())).getText())
                .isEqualTo("Kostnad hittills: 0,00\u00a0kr");
        var panel = _get(VerticalLayout.class, spec -> spec.withId("provider-assignment-cost-" + id.value()));
        assertThat(_find(panel, UnorderedList.class)).as("no empty month list").isEmpty();

        reportDays(id, today.minusDays(2), today);

        assertThat(_get(Paragraph.class, spec -> spec.withId("assignment-cost-total-" + id.value())).getText())
                .isEqualTo("Kostnad hittills: 7\u00a0500,00\u00a0kr");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<LocalDate> days = _get(MultiSelectComboBox.class,
                spec -> spec.withId("attendance-correct-days-" + id.value()));
        _setValue(days, Set.of(today));
        _setValue(_get(TextArea.class, spec -> spec.withId("attendance-correct-reason-" + id.value())),
                "Klienten var inte på plats.");
        _click(_get(Button.class, spec -> spec.withId("attendance-correct-" + id.value())));

        assertThat(_get(Paragraph.class, spec -> spec.withId("assignment-cost-total-" + id.value())).getText())
                .isEqualTo("Kostnad hittills: 5\u00a0000,00\u00a0kr");

        // A part taken off the page stops listening (the tab does not keep it alive), and listens again when put back.
        UI.getCurrent().remove(panel);
        assertThat(ComponentUtil.hasEventListener(UI.getCurrent(), AttendanceChanged.class)).isFalse();
        UI.getCurrent().add(panel);
        assertThat(ComponentUtil.hasEventListener(UI.getCurrent(), AttendanceChanged.class)).isTrue();
    }

    @Test
    void theCaseworkerAcknowledgesASeriousIncidentOnTheTabWhichTheProviderAndAnotherUnitCannot() {
        var id = runningAssignment(today.minusDays(10));
        f.signIn(context, staff);
        reports.reportDeviation(id, new DeviationInput(DeviationKind.SERIOUS_INCIDENT, today, "Hot mot personal.",
                "Polis kontaktad."));
        var incident = jdbc.sql("SELECT id FROM providercontracts.deviations WHERE assignment_id = ?")
                .param(id.value()).query(UUID.class).single();
        var view = assignments.forProvider(id);
        var acknowledgeButton = "deviation-acknowledge-" + incident;

        // The provider's staff read that it waits for the caseworker, and have nothing to press.
        UI.getCurrent().add(deviations.create(view, AssignmentPart.Audience.PROVIDER));
        assertThat(_find(Button.class, spec -> spec.withId(acknowledgeButton))).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Väntar på att handläggaren kvitterar händelsen.");

        // Another unit's caseworker is refused the part, with no button either.
        var otherUnit = new BadInputFixture.User("kvitt-hl-annan", "Olle Annan", List.of(Roles.CASEWORKER),
                List.of(BadInputFixture.SPARE_UNIT), List.of());
        f.signIn(context, otherUnit);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(deviations.create(view, AssignmentPart.Audience.CASE_STAFF));
        assertThat(_find(Button.class, spec -> spec.withId(acknowledgeButton))).isEmpty();

        // The case's caseworker sees the button; pressed in their session by another unit's caseworker (signed in
        // meanwhile), it is refused in Swedish and nothing is recorded.
        f.signIn(context, f.caseworker);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(deviations.create(view, AssignmentPart.Audience.CASE_STAFF));
        var button = _get(Button.class, spec -> spec.withId(acknowledgeButton));
        f.signIn(context, otherUnit);
        _click(button);
        assertThat(acknowledgements(incident)).isZero();
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("problem-message")))
                .isNotEmpty();

        f.signIn(context, f.caseworker);
        assertThat(reports.workItems()).anyMatch(item -> item.assignmentId().equals(id));
        _click(button);

        assertThat(acknowledgements(incident)).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("deviation-acknowledged-" + incident)).getText())
                .startsWith("Kvitterad ").endsWith(" av Hanna Handläggare");
        assertThat(_find(Button.class, spec -> spec.withId(acknowledgeButton))).isEmpty();
        assertThat(reports.workItems()).noneMatch(item -> item.assignmentId().equals(id));
        assertThat(section.timeline(f.agreedPlanCase)).extracting(e -> e.titleKey())
                .contains("providercontracts.reports.timeline.SERIOUS_INCIDENT_ACKNOWLEDGED");

        // The provider's staff then read who acknowledged it and when.
        f.signIn(context, staff);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(deviations.create(view, AssignmentPart.Audience.PROVIDER));
        assertThat(_get(Paragraph.class, spec -> spec.withId("deviation-acknowledged-" + incident)).getText())
                .endsWith(" av Hanna Handläggare");
    }

    private long acknowledgements(UUID deviation) {
        return jdbc.sql("SELECT count(*) FROM providercontracts.deviation_acknowledgements WHERE deviation_id = ?")
                .param(deviation).query(Long.class).single();
    }

    @Test
    void aDayInTheFutureGetsAClearMessageOnItsFieldAndChangesNothing() {
        var id = runningAssignment(today.minusDays(10));
        f.signIn(context, staff);
        UI.getCurrent().add(attendance.create(assignments.forProvider(id), AssignmentPart.Audience.PROVIDER));

        reportDays(id, today, today.plusDays(2));

        assertThat(_get(DatePicker.class, spec -> spec.withId("attendance-last-day-" + id.value())).getErrorMessage()).isEqualTo("Datumet kan inte vara i framtiden.");
        assertThat(jdbc.sql("SELECT count(*) FROM providercontracts.attendance_days WHERE assignment_id = ?")
                .param(id.value()).query(Long.class).single()).isZero();
    }

    /** Fills in the attendance part's first and last day and reports them. */
    private void reportDays(AssignmentId id, LocalDate first, LocalDate last) {
        _setValue(_get(DatePicker.class, spec -> spec.withId("attendance-first-day-" + id.value())), first);
        _setValue(_get(DatePicker.class, spec -> spec.withId("attendance-last-day-" + id.value())), last);
        _click(_get(Button.class, spec -> spec.withId("attendance-report-" + id.value())));
    }

    /**
     * A running assignment of the fixture's case with a care-day contract of 2 500 kr and one goal, made by SQL
     * (ADR 0024), addressed to a new provider whose staff sign in as {@link #staff}; on the case's unit, as every
     * draft records it (the case staff's work items are chosen by it).
     */
    private AssignmentId runningAssignment(LocalDate startedOn) {
        var provider = UUID.randomUUID();
        var code = "rapport-" + provider.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO providercontracts.methods (code, name_sv, name_en, changed_by)
                VALUES ('CBT', 'Kognitiv beteendeterapi', 'Cognitive behavioural therapy', 'ui')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                        INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by)
                        VALUES (?, ?, 'Rapportgården', ?, 'PRIVATE', 'ui')""")
                .params(provider, code, organisationNumber(provider.getLeastSignificantBits())).update();
        var contract = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from,
                            price_unit, price_ore, changed_by)
                        VALUES (?, ?, ?, 'FRAMEWORK_AGREEMENT', ?, 'CARE_DAY', 250000, 'ui')""")
                .params(contract, provider, "RAPPORT-" + code, Date.valueOf(today.minusYears(1))).update();
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO providercontracts.assignments (id, case_id, decision_id, intervention_id,
                            intervention_type, granted_from, status, decided_on, method_code, provider_id, contract_id,
                            starts_on, sent_at, accepted_start, started_on, changed_by, case_unit)
                        VALUES (?, ?, ?, ?, 'OUTPATIENT', ?, 'RUNNING', ?, 'CBT', ?, ?, ?, now(), ?, ?, 'ui', ?)""")
                .params(id, f.agreedPlanCase.value(), f.decidedDecision.value(), UUID.randomUUID(),
                        Date.valueOf(startedOn), Date.valueOf(startedOn), provider, contract, Date.valueOf(startedOn),
                        Date.valueOf(startedOn), Date.valueOf(startedOn), BadInputFixture.UNIT)
                .update();
        jdbc.sql("""
                        INSERT INTO providercontracts.assignment_goals (assignment_id, position, text)
                        VALUES (?, 0, 'Minskat drickande')""")
                .param(id).update();
        staff = new BadInputFixture.User("rapport-utf-" + code.substring(8), "Ulla Utförare",
                List.of(Roles.PROVIDER_STAFF), List.of(), List.of(code));
        return new AssignmentId(id);
    }

    /** A valid organisation number (its last digit the Luhn check digit of the nine before it). */
    private static String organisationNumber(long seed) {
        var digits = String.format("558%06d", Math.abs(seed % 1_000_000L));
        var sum = 0;
        for (var i = 0; i < digits.length(); i++) {
            var n = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += n / 10 + n % 10;
        }
        return digits + (10 - sum % 10) % 10;
    }
}
