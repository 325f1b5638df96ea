package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanStatus;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.NewParticipant;
import se.vardkedjan.casehandling.ParticipantKind;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanDetails;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.ViewClock;

import java.util.List;

/**
 * The SIP tab on the case page: record the client's consent and create the SIP, add participants from the
 * municipality, the region and (without the client's objection) relatives, needs and measures per principal, the
 * overall responsibility, the coordinator, goals and follow-up date; activate it, record meetings, withdraw consent,
 * and read its history. Everything goes through {@link CoordinatedPlans}, which checks access and logs it.
 */
@Component
class CoordinatedPlanSection implements CasePageSection {

    private final CoordinatedPlans plans;
    private final ViewClock clock;

    CoordinatedPlanSection(CoordinatedPlans plans, ViewClock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "casehandling.sip.tab";
    }

    @Override
    public String path() {
        return "sip";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public com.vaadin.flow.component.Component create(CaseId caseId) {
        return new Content(plans, clock, caseId);
    }

    @Override
    public List<TimelineEntry> timeline(CaseId caseId) {
        return plans.timeline(caseId);
    }

    /** The tab's content for one case; keeps only ids and rebuilds itself after each change. */
    static final class Content extends Div {

        private final CoordinatedPlans plans;
        private final transient ViewClock clock;
        private final CaseId caseId;

        Content(CoordinatedPlans plans, ViewClock clock, CaseId caseId) {
            this.plans = plans;
            this.clock = clock;
            this.caseId = caseId;
            setId("sip-section");
            refresh();
        }

        private void refresh() {
            removeAll();
            add(new H2(getTranslation("casehandling.sip.tab")));
            var found = Problems.attempt(this, () -> plans.ofCase(caseId));
            if (found.isEmpty()) {
                return;
            }
            var all = found.get();
            if (all.stream().noneMatch(p -> p.status().isOpen())) {
                add(createForm());
            }
            if (!all.isEmpty()) {
                Problems.attempt(this, () -> plans.plan(all.getFirst().id())).ifPresent(this::show);
            }
            if (all.size() > 1) {
                add(new H3(getTranslation("casehandling.sip.earlier")));
                all.stream().skip(1).forEach(p -> add(new Paragraph(getTranslation("casehandling.sip.earlier-line",
                        p.planDate(), getTranslation(p.status().textKey())))));
            }
        }

        private com.vaadin.flow.component.Component createForm() {
            var form = new Div();
            form.setId("sip-create-form");
            form.add(new H3(getTranslation("casehandling.sip.create-heading")));
            form.add(new Paragraph(getTranslation("casehandling.sip.consent-explained")));
            var problems = new FormProblems(this, "sip-create");
            var given = problems.required("casehandling.sip.consent-given-on",
                    new DateField(getTranslation("casehandling.sip.consent-given-on"), clock.today()));
            given.setId("sip-consent-given-on");
            var how = problems.required("casehandling.sip.consent-form", new Select<ConsentForm>());
            how.setLabel(getTranslation("casehandling.sip.consent-form"));
            how.setItems(ConsentForm.values());
            how.setItemLabelGenerator(f -> getTranslation(f.textKey()));
            how.setId("sip-consent-form");
            var planDate = problems.required("casehandling.sip.plan-date",
                    new DateField(getTranslation("casehandling.sip.plan-date"), clock.today()));
            planDate.setId("sip-plan-date");
            var create = new Button(getTranslation("casehandling.sip.action.create"), click -> {
                if (problems.attempt(() -> plans.create(caseId, given.getValue(), how.getValue(),
                        planDate.getValue())).isPresent()) {
                    refresh();
                }
            });
            create.setId("sip-create");
            form.add(problems.summary(), new FieldRow(given, how, planDate), create);
            return form;
        }

        private void show(CoordinatedPlanDetails plan) {
            add(new CoordinatedPlanReadOnly(plan));
            if (plan.status().isOpen()) {
                add(participantForm(plan), measureForm(plan), overviewForm(plan), statusForm(plan));
            }
        }

        private com.vaadin.flow.component.Component participantForm(CoordinatedPlanDetails plan) {
            var form = new Div();
            form.setId("sip-participant-form");
            form.add(new H3(getTranslation("casehandling.sip.add-participant")));
            var problems = new FormProblems(this, "sip-participant");
            var kind = problems.required("casehandling.sip.participant.kind", new Select<ParticipantKind>());
            kind.setLabel(getTranslation("casehandling.sip.participant.kind"));
            kind.setItems(ParticipantKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.textKey()));
            kind.setValue(ParticipantKind.MUNICIPALITY);
            kind.setId("sip-participant-kind");
            var name = problems.field("casehandling.sip.participant.name",
                    field("sip-participant-name", "casehandling.sip.participant.name"));
            var staff = problems.field("casehandling.sip.participant.staff-username",
                    field("sip-participant-staff", "casehandling.sip.participant.staff-username"));
            var organisation = problems.field("casehandling.sip.participant.organisation",
                    field("sip-participant-organisation", "casehandling.sip.participant.organisation"));
            var unit = problems.field("casehandling.sip.participant.organisational-unit",
                    field("sip-participant-unit", "casehandling.sip.participant.organisational-unit"));
            // One field for a role or, for a relative, the relation: the domain names it by either.
            var role = problems.required("casehandling.sip.participant.role-or-relation",
                    field("sip-participant-role", "casehandling.sip.participant.role-or-relation"));
            problems.field("casehandling.sip.participant.role", role);
            problems.field("casehandling.sip.participant.relation", role);
            var account = problems.field("casehandling.sip.participant.account",
                    field("sip-participant-account", "casehandling.sip.participant.account"));
            // Wide enough for their whole labels.
            for (var wide : List.of(staff, role, account)) {
                wide.setWidth("20em");
            }
            var noObjection = new Checkbox(getTranslation("casehandling.sip.participant.client-does-not-object"));
            noObjection.setId("sip-participant-no-objection");
            // Only the fields the chosen kind uses are shown, so that nothing typed is silently left out.
            kind.addValueChangeListener(event -> showFieldsOf(event.getValue(), staff, organisation, unit, account,
                    noObjection));
            showFieldsOf(kind.getValue(), staff, organisation, unit, account, noObjection);
            var add = new Button(getTranslation("casehandling.sip.action.add-participant"), click -> {
                var candidate = switch (kind.getValue() == null ? ParticipantKind.MUNICIPALITY : kind.getValue()) {
                    case MUNICIPALITY -> NewParticipant.municipal(staff.getValue(), name.getValue(), role.getValue());
                    case REGION -> NewParticipant.region(name.getValue(), organisation.getValue(), unit.getValue(),
                            role.getValue(), account.getValue());
                    case RELATIVE -> NewParticipant.relative(name.getValue(), role.getValue(),
                            noObjection.getValue());
                };
                change(problems, () -> plans.addParticipant(plan.id(), plan.version(), candidate));
            });
            add.setId("sip-add-participant");
            var removal = new FormProblems(this, "sip-remove-participant");
            var current = removal.field("casehandling.sip.participant.choose", participantSelect(plan,
                    "sip-remove-participant-choice", "casehandling.sip.participant.choose"));
            var remove = new Button(getTranslation("casehandling.sip.action.remove-participant"), click ->
                    change(removal, () -> plans.removeParticipant(plan.id(), plan.version(),
                            current.getValue() == null ? null : current.getValue().id())));
            remove.setId("sip-remove-participant");
            form.add(problems.summary(), new FieldRow(kind, name, staff, organisation, unit, role, account),
                    noObjection, add, removal.summary(), new FieldRow(current), remove);
            return form;
        }

        /**
         * Shows the fields a kind of participant uses: someone from the municipality by account (or name), someone
         * from the region by name, organisation and unit (and an account to read the plan), a relative by name with the
         * client's "no objection".
         */
        private static void showFieldsOf(ParticipantKind kind, TextField staff, TextField organisation, TextField unit,
                                         TextField account, Checkbox noObjection) {
            var chosen = kind == null ? ParticipantKind.MUNICIPALITY : kind;
            staff.setVisible(chosen == ParticipantKind.MUNICIPALITY);
            organisation.setVisible(chosen == ParticipantKind.REGION);
            unit.setVisible(chosen == ParticipantKind.REGION);
            account.setVisible(chosen == ParticipantKind.REGION);
            noObjection.setVisible(chosen == ParticipantKind.RELATIVE);
        }

        private com.vaadin.flow.component.Component measureForm(CoordinatedPlanDetails plan) {
            var form = new Div();
            form.setId("sip-measure-form");
            form.add(new H3(getTranslation("casehandling.sip.add-measure")));
            var problems = new FormProblems(this, "sip-measure");
            var principal = problems.required("casehandling.sip.principal",
                    principalSelect("sip-measure-principal", Principal.values()));
            var need = problems.required("casehandling.sip.measure.need",
                    new TextArea(getTranslation("casehandling.sip.measure.need")));
            need.setId("sip-measure-need");
            var measure = problems.required("casehandling.sip.measure.measure",
                    new TextArea(getTranslation("casehandling.sip.measure.measure")));
            measure.setId("sip-measure-measure");
            var add = new Button(getTranslation("casehandling.sip.action.add-measure"), click ->
                    change(problems, () -> plans.addMeasure(plan.id(), plan.version(), principal.getValue(),
                            need.getValue(), measure.getValue())));
            add.setId("sip-add-measure");
            form.add(problems.summary(), new FieldRow(principal, need, measure), add);
            return form;
        }

        private com.vaadin.flow.component.Component overviewForm(CoordinatedPlanDetails plan) {
            var form = new Div();
            form.setId("sip-overview-form");
            form.add(new H3(getTranslation("casehandling.sip.responsibility-and-goals")));
            // Four actions share the form: each asks the domain only (a required check of one field would block the
            // others), and a refusal is shown at the field it names.
            var problems = new FormProblems(this, "sip-overview");
            var responsibility = principalSelect("sip-responsibility-choice", Principal.MUNICIPALITY,
                    Principal.REGION);
            responsibility.setLabel(getTranslation("casehandling.sip.overall-responsibility"));
            responsibility.setValue(plan.overallResponsibility());
            problems.field("casehandling.sip.overall-responsibility", responsibility);
            var assign = new Button(getTranslation("casehandling.sip.action.assign-responsibility"), click ->
                    changeByRules(problems, () -> plans.assignOverallResponsibility(plan.id(), plan.version(),
                            responsibility.getValue())));
            assign.setId("sip-assign-responsibility");
            var coordinator = problems.field("casehandling.sip.coordinator",
                    participantSelect(plan, "sip-coordinator-choice", "casehandling.sip.coordinator"));
            var appoint = new Button(getTranslation("casehandling.sip.action.appoint-coordinator"), click ->
                    changeByRules(problems, () -> plans.appointCoordinator(plan.id(), plan.version(),
                            coordinator.getValue() == null ? null : coordinator.getValue().id())));
            appoint.setId("sip-appoint-coordinator");
            var goals = problems.field("casehandling.sip.goals",
                    new TextArea(getTranslation("casehandling.sip.goals")));
            goals.setId("sip-goals-text");
            goals.setValue(plan.goals() == null ? "" : plan.goals());
            var write = new Button(getTranslation("casehandling.sip.action.write-goals"), click ->
                    changeByRules(problems, () -> plans.writeGoals(plan.id(), plan.version(), goals.getValue())));
            write.setId("sip-write-goals");
            var followUp = problems.field("casehandling.sip.follow-up-on",
                    new DateField(getTranslation("casehandling.sip.follow-up-on"), plan.followUpOn()));
            followUp.setId("sip-follow-up-date");
            var schedule = new Button(getTranslation("casehandling.sip.action.schedule-follow-up"), click ->
                    changeByRules(problems, () -> plans.scheduleFollowUp(plan.id(), plan.version(),
                            followUp.getValue())));
            schedule.setId("sip-schedule-follow-up");
            form.add(problems.summary(), new FieldRow(responsibility), assign, new FieldRow(coordinator), appoint, goals,
                    write, new FieldRow(followUp), schedule);
            return form;
        }

        private com.vaadin.flow.component.Component statusForm(CoordinatedPlanDetails plan) {
            var form = new Div();
            form.setId("sip-status-form");
            form.add(new H3(getTranslation("casehandling.sip.status-and-meetings")));
            var problems = new FormProblems(this, "sip-status");
            var activate = new Button(getTranslation("casehandling.sip.action.activate"), click ->
                    changeByRules(problems, () -> plans.activate(plan.id(), plan.version())));
            activate.setId("sip-activate");
            activate.setEnabled(plan.status() == CoordinatedPlanStatus.DRAFT);
            var meetingOn = problems.field("casehandling.sip.history.date",
                    new DateField(getTranslation("casehandling.sip.history.date"), clock.today()));
            meetingOn.setId("sip-meeting-date");
            var note = problems.field("casehandling.sip.history.note",
                    new TextField(getTranslation("casehandling.sip.history.note")));
            note.setId("sip-meeting-note");
            var meeting = new Button(getTranslation("casehandling.sip.action.record-meeting"), click ->
                    changeByRules(problems, () -> plans.recordMeeting(plan.id(), plan.version(), meetingOn.getValue(),
                            note.getValue())));
            meeting.setId("sip-record-meeting");
            var withdrawnOn = problems.field("casehandling.sip.consent-withdrawn-on",
                    new DateField(getTranslation("casehandling.sip.consent-withdrawn-on"), clock.today()));
            withdrawnOn.setId("sip-consent-withdrawn-on");
            var withdraw = new Button(getTranslation("casehandling.sip.action.withdraw-consent"), click ->
                    changeByRules(problems, () -> plans.withdrawConsent(plan.id(), plan.version(),
                            withdrawnOn.getValue())));
            withdraw.setId("sip-withdraw-consent");
            form.add(problems.summary(), activate, new FieldRow(meetingOn, note), meeting, new FieldRow(withdrawnOn),
                    withdraw);
            return form;
        }

        /** Saves after the form's obvious checks; a refusal stays in the form, with what was typed. */
        private void change(FormProblems problems, Runnable call) {
            if (problems.attempt(call)) {
                refresh();
            }
        }

        /** Saves by the domain's rules only (a form of several actions); a refusal stays in the form. */
        private void changeByRules(FormProblems problems, Runnable call) {
            if (problems.attemptRules(() -> {
                call.run();
                return Boolean.TRUE;
            }).isPresent()) {
                refresh();
            }
        }

        private TextField field(String id, String labelKey) {
            var field = new TextField(getTranslation(labelKey));
            field.setId(id);
            return field;
        }

        private Select<Principal> principalSelect(String id, Principal... choices) {
            var select = new Select<Principal>();
            select.setLabel(getTranslation("casehandling.sip.principal"));
            select.setItems(choices);
            select.setItemLabelGenerator(p -> getTranslation(p.textKey()));
            select.setId(id);
            return select;
        }

        private Select<CoordinatedPlanDetails.Participant> participantSelect(CoordinatedPlanDetails plan, String id,
                                                                             String labelKey) {
            var select = new Select<CoordinatedPlanDetails.Participant>();
            select.setLabel(getTranslation(labelKey));
            select.setItems(plan.currentParticipants());
            select.setItemLabelGenerator(p -> getTranslation("casehandling.sip.participant.choice",
                    plan.participantName(p), getTranslation(p.kind().textKey())));
            select.setId(id);
            return select;
        }
    }
}
