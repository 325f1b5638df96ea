package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.ImplementationPlanContent;
import se.vardkedjan.providercontracts.ImplementationPlanView;
import se.vardkedjan.providercontracts.ImplementationPlans;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.LabelledValue;
import se.vardkedjan.uikit.Problems;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An assignment's implementation plan on a page: the established plan (read-only, with who established it and when),
 * and for the provider while the assignment is accepted or running the draft's form — activities added and removed one
 * at a time (each saved to the draft at once, so a refused one marks its own fields), the cooperation and the client's
 * participation, save and establish. A revision starts from the plan in force.
 */
class ImplementationPlanPanel extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ImplementationPlans plans;
    private final AssignmentId assignmentId;
    private final AssignmentPart.Audience audience;
    /** The ids of the elements: plain on the provider's page (one assignment), with the id on the Uppdrag tab. */
    private final String suffix;
    private ImplementationPlanView plan;

    ImplementationPlanPanel(ImplementationPlans plans, AssignmentId assignmentId, AssignmentPart.Audience audience) {
        this.plans = plans;
        this.assignmentId = assignmentId;
        this.audience = audience;
        this.suffix = audience == AssignmentPart.Audience.PROVIDER ? "" : "-" + assignmentId;
        setPadding(false);
        setId("plan" + suffix);
        reload();
    }

    private void reload() {
        removeAll();
        add(new H2(getTranslation("providercontracts.plan.heading")));
        var found = Problems.attempt(this, () -> audience == AssignmentPart.Audience.PROVIDER
                ? plans.forProvider(assignmentId) : plans.forCaseStaff(assignmentId));
        if (found.isEmpty()) {
            return;
        }
        plan = found.get();
        render();
    }

    private void render() {
        var inForce = plan.established().isEmpty() ? null : plan.established().getLast();
        if (inForce == null) {
            var none = new Paragraph(getTranslation("providercontracts.plan.none-established"));
            none.setId("plan-none" + suffix);
            add(none);
        } else {
            var info = new Paragraph(getTranslation("providercontracts.plan.established-info", inForce.number(),
                    DATE.format(LocalDate.ofInstant(inForce.establishedAt(), STOCKHOLM)),
                    inForce.establishedByName()));
            info.setId("plan-established-info" + suffix);
            add(info, content(inForce.content(), "plan-established" + suffix));
        }
        if (audience == AssignmentPart.Audience.PROVIDER && (plan.assignmentStatus() == AssignmentStatus.ACCEPTED
                || plan.assignmentStatus() == AssignmentStatus.RUNNING)) {
            add(new Editor(plan.draft() != null ? plan.draft()
                    : inForce != null ? inForce.content() : new ImplementationPlanContent(List.of(), null, null,
                    null)));
        }
    }

    private Div content(ImplementationPlanContent content, String id) {
        var box = new Div();
        box.setId(id);
        box.add(new H3(getTranslation("providercontracts.plan.goals")));
        box.add(goals());
        box.add(new H3(getTranslation("providercontracts.plan.activities")));
        var list = new UnorderedList();
        for (var activity : content.activities()) {
            list.add(new ListItem(activityText(activity)));
        }
        box.add(list);
        box.add(new LabelledValue(getTranslation("providercontracts.plan.working-with"), dash(content.workingWith())));
        box.add(new LabelledValue(getTranslation("providercontracts.plan.participation"),
                dash(content.participation())));
        box.add(new LabelledValue(getTranslation("providercontracts.plan.client-view"), dash(content.clientView())));
        return box;
    }

    private UnorderedList goals() {
        var goals = new UnorderedList();
        plan.assignmentGoals().forEach(goal -> goals.add(new ListItem(goal)));
        if (plan.assignmentGoals().isEmpty()) {
            goals.add(new ListItem(getTranslation("providercontracts.assignment.no-goals")));
        }
        return goals;
    }

    private String activityText(ImplementationPlanContent.Activity activity) {
        return getTranslation("providercontracts.plan.activity-line", activity.description(), activity.goal(),
                activity.performer(), activity.schedule());
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    /** The provider's form for the draft. */
    private final class Editor extends VerticalLayout {

        private final FormProblems problems = new FormProblems(ImplementationPlanPanel.this, "plan-form");
        private final List<ImplementationPlanContent.Activity> activities;
        private final TextArea description;
        private final TextArea goal;
        private final TextField performer;
        private final TextField schedule;
        private final TextArea workingWith;
        private final TextArea participation;
        private final TextArea clientView;

        Editor(ImplementationPlanContent start) {
            setPadding(false);
            setId("plan-editor");
            activities = new ArrayList<>(start.activities());
            add(new H3(getTranslation(plan.draft() != null ? "providercontracts.plan.draft-heading"
                    : plan.established().isEmpty() ? "providercontracts.plan.write-heading"
                    : "providercontracts.plan.revise-heading")));
            add(problems.summary());
            if (plan.established().isEmpty()) {
                add(new Paragraph(getTranslation("providercontracts.plan.goals")), goals());
            }
            var list = new UnorderedList();
            list.setId("plan-activities");
            for (var i = 0; i < activities.size(); i++) {
                var index = i;
                var remove = new Button(getTranslation("providercontracts.plan.remove-activity"), click -> {
                    var without = new ArrayList<>(activities);
                    without.remove(index);
                    save(without);
                });
                remove.setId("plan-remove-activity-" + i);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label",
                        getTranslation("providercontracts.plan.remove-activity-label", i + 1));
                var item = new ListItem(new Paragraph(activityText(activities.get(i))), remove);
                item.setId("plan-activity-" + i);
                list.add(item);
            }
            add(new H3(getTranslation("providercontracts.plan.activities")), list);
            description = area("providercontracts.plan.activity.description", "plan-activity-description", null);
            goal = area("providercontracts.plan.activity.goal", "plan-activity-goal", null);
            performer = problems.field("providercontracts.plan.activity.performer",
                    new TextField(getTranslation("providercontracts.plan.activity.performer")));
            performer.setId("plan-activity-performer");
            schedule = problems.field("providercontracts.plan.activity.schedule",
                    new TextField(getTranslation("providercontracts.plan.activity.schedule")));
            schedule.setId("plan-activity-schedule");
            var addActivity = new Button(getTranslation("providercontracts.plan.add-activity"), click -> {
                var with = new ArrayList<>(activities);
                with.add(new ImplementationPlanContent.Activity(description.getValue(), goal.getValue(),
                        performer.getValue(), schedule.getValue()));
                save(with);
            });
            addActivity.setId("plan-add-activity");
            add(new H3(getTranslation("providercontracts.plan.new-activity")), description, goal,
                    new FieldRow(performer, schedule), addActivity);
            workingWith = area("providercontracts.plan.working-with", "plan-working-with", start.workingWith());
            participation = area("providercontracts.plan.participation", "plan-participation",
                    start.participation());
            clientView = area("providercontracts.plan.client-view", "plan-client-view", start.clientView());
            add(workingWith, participation, clientView);
            var saveDraft = new Button(getTranslation("providercontracts.plan.save"), click -> save(activities));
            saveDraft.setId("plan-save");
            var establish = new Button(getTranslation("providercontracts.plan.establish"), click -> {
                var saved = problems.attempt(() -> plans.saveDraft(assignmentId, plan.version(),
                        content(activities)));
                if (saved.isPresent()) {
                    // The draft is saved; if establishing is refused, the form keeps it as typed, marked.
                    plan = saved.get();
                    if (problems.attempt(() -> plans.establish(assignmentId, plan.version())).isPresent()) {
                        reload();
                    }
                }
            });
            establish.setId("plan-establish");
            establish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new FieldRow(saveDraft, establish));
        }

        private TextArea area(String key, String id, String value) {
            var area = problems.field(key, new TextArea(getTranslation(key)));
            area.setId(id);
            area.setWidthFull();
            area.setValue(Objects.requireNonNullElse(value, ""));
            return area;
        }

        private ImplementationPlanContent content(List<ImplementationPlanContent.Activity> list) {
            return new ImplementationPlanContent(list, workingWith.getValue(), participation.getValue(),
                    clientView.getValue());
        }

        /** Saves the draft with the given activities and the texts as typed; a refusal keeps everything typed. */
        private void save(List<ImplementationPlanContent.Activity> list) {
            if (problems.attempt(() -> plans.saveDraft(assignmentId, plan.version(), content(list))).isPresent()) {
                reload();
            }
        }
    }
}
