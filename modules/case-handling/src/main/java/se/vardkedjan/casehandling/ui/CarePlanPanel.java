package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.vardkedjan.casehandling.ActivityInput;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.readmodel.CarePlanDetails;
import se.vardkedjan.casehandling.readmodel.PlanFromTheClient;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;
import se.vardkedjan.uikit.ViewClock;

import java.util.List;

/**
 * The care plan of one case: the current revision (a draft to work on, or the plan in force), the client's view, and
 * earlier revisions on demand. Keeps only ids and the version it read; every change goes through {@link CarePlans}
 * and re-reads the plan.
 */
class CarePlanPanel extends VerticalLayout {

    /** The draft's goal text, for the response form's link when agreeing needs a goal (null when none shown). */
    private TextArea goalText;

    private final transient CarePlans carePlans;
    private final transient ViewClock clock;
    private final CaseId caseId;

    CarePlanPanel(CarePlans carePlans, ViewClock clock, CaseId caseId) {
        this.carePlans = carePlans;
        this.clock = clock;
        this.caseId = caseId;
        setId("care-plan");
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("casehandling.plan.heading")));
        Problems.attempt(this, () -> carePlans.plans(caseId)).ifPresent(plans -> {
            if (plans.isEmpty()) {
                showStart();
            } else {
                showPlan(plans.getFirst());
                showHistory(plans.subList(1, plans.size()));
            }
        });
    }

    private void showStart() {
        var none = new Paragraph(getTranslation("casehandling.plan.none"));
        none.setId("plan-none");
        var problems = new FormProblems(this, "plan-start");
        var planDate = problems.required("casehandling.plan.plan-date",
                datePicker("casehandling.plan.plan-date", "plan-date"));
        planDate.setValue(clock.today());
        var create = new Button(getTranslation("casehandling.plan.create"), click -> {
            if (problems.attempt(() -> carePlans.draft(caseId, planDate.getValue())).isPresent()) {
                refresh();
            }
        });
        create.setId("plan-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(none, problems.summary(), new FieldRow(planDate, create));
    }

    private void showPlan(CarePlanDetails plan) {
        var draft = plan.status() == CarePlanStatus.DRAFT;
        var status = new Paragraph(getTranslation(plan.status().textKey()));
        status.setId("plan-status");
        status.getStyle().set("font-weight", "bold");
        add(status, new Paragraph(getTranslation("casehandling.plan.summary", plan.revision(), plan.planDate(),
                plan.createdByName())));

        add(new H3(getTranslation("casehandling.plan.goals")));
        add(goals(plan, draft));
        goalText = null;
        if (draft) {
            add(goalForm(plan));
        }
        add(new H3(getTranslation("casehandling.plan.activities")));
        add(activities(plan, draft));
        if (draft) {
            add(activityForm(plan));
        }
        add(new H3(getTranslation("casehandling.plan.response")));
        if (plan.response() != null) {
            var response = new Paragraph(response(plan.response()));
            response.setId("plan-response");
            add(response);
        }
        var voice = fromTheClient(plan);
        if (draft && voice.map(PlanFromTheClient::agreedToThisVersion).orElse(false)) {
            // The client agreed to the plan as it reads now on Mina sidor: put in force with that, not asked again.
            add(portalAgreementForm(plan));
        } else if (draft) {
            add(responseForm(plan));
        } else if (plan.status() == CarePlanStatus.AGREED) {
            add(reviseForm(plan));
        }
    }

    /**
     * What the client added in the portal (ADR 0028): their agreement, marked when the plan has changed since, and
     * their comments on goals with the goal's text as they read it. Nothing is shown when they added nothing.
     */
    private java.util.Optional<PlanFromTheClient> fromTheClient(CarePlanDetails plan) {
        var found = Problems.attempt(this, () -> carePlans.fromTheClient(plan.id()));
        found.ifPresent(voice -> {
            if (voice.agreements().isEmpty() && voice.comments().isEmpty()) {
                return;
            }
            var box = new Div();
            box.setId("plan-from-client");
            box.add(new H3(getTranslation("casehandling.plan.from-client")));
            voice.latestAgreement().ifPresent(agreement -> {
                var said = new Paragraph(getTranslation(agreement.toThisVersion()
                        ? "casehandling.plan.from-client.agreed" : "casehandling.plan.from-client.agreed-earlier",
                        SwedishTime.dateTime(agreement.agreedAt())));
                said.setId("plan-client-agreement");
                box.add(said);
            });
            if (!voice.comments().isEmpty()) {
                var comments = new UnorderedList();
                comments.setId("plan-client-comments");
                voice.comments().forEach(comment -> comments.add(new ListItem(getTranslation(
                        "casehandling.plan.from-client.comment", SwedishTime.dateTime(comment.writtenAt()),
                        comment.goalText(), comment.text()))));
                box.add(comments);
            }
            add(box);
        });
        return found;
    }

    /**
     * The draft the client agreed to on Mina sidor as it reads now: the caseworker puts it in force with that agreement
     * (channel Mina sidor, on the day the client agreed) instead of recording it again by meeting, phone or writing.
     */
    private Div portalAgreementForm(CarePlanDetails plan) {
        var problems = new FormProblems(this, "plan-portal-agreement-form");
        var agree = new Button(getTranslation("casehandling.plan.response.agree-portal"), click -> change(problems,
                () -> carePlans.recordPortalAgreement(plan.id(), plan.version())));
        agree.setId("plan-agree-portal");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var explained = new Paragraph(getTranslation("casehandling.plan.response.portal-explained"));
        explained.setId("plan-portal-agreement");
        return new Div(problems.summary(), explained, agree);
    }

    private Div goals(CarePlanDetails plan, boolean draft) {
        var box = new Div();
        if (plan.goals().isEmpty()) {
            box.add(new Paragraph(getTranslation("casehandling.plan.goals.none")));
            return box;
        }
        var list = new UnorderedList();
        list.setId("plan-goals");
        for (var index = 0; index < plan.goals().size(); index++) {
            var goal = plan.goals().get(index);
            var item = new ListItem();
            item.add(new Paragraph(goal.text()), new Paragraph(getTranslation("casehandling.plan.goal.describe",
                    goal.measuredBy(), goal.followUpOn())));
            if (draft) {
                var remove = new Button(getTranslation("casehandling.plan.goal.remove"),
                        click -> change(() -> carePlans.removeGoal(plan.id(), plan.version(), goal.id())));
                remove.setId("plan-goal-remove-" + index);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                item.add(remove);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Div goalForm(CarePlanDetails plan) {
        var problems = new FormProblems(this, "plan-goal");
        var text = problems.required("casehandling.plan.goal.text",
                textArea("casehandling.plan.goal.text", "plan-goal-text"));
        goalText = text;
        var measuredBy = problems.required("casehandling.plan.goal.measured-by",
                textArea("casehandling.plan.goal.measured-by", "plan-goal-measured-by"));
        var followUp = problems.required("casehandling.plan.goal.follow-up-on",
                datePicker("casehandling.plan.goal.follow-up-on", "plan-goal-follow-up"));
        var add = new Button(getTranslation("casehandling.plan.goal.add"), click -> change(problems, () ->
                carePlans.setGoal(plan.id(), plan.version(),
                        new GoalInput(text.getValue(), measuredBy.getValue(), followUp.getValue()))));
        add.setId("plan-goal-add");
        return new Div(problems.summary(), text, measuredBy, new FieldRow(followUp, add));
    }

    private Div activities(CarePlanDetails plan, boolean draft) {
        var box = new Div();
        if (plan.activities().isEmpty()) {
            box.add(new Paragraph(getTranslation("casehandling.plan.activities.none")));
            return box;
        }
        var list = new UnorderedList();
        list.setId("plan-activities");
        for (var index = 0; index < plan.activities().size(); index++) {
            var activity = plan.activities().get(index);
            var item = new ListItem(getTranslation("casehandling.plan.activity.describe",
                    getTranslation(activity.who().textKey()), activity.what(),
                    activity.timing()));
            if (draft) {
                var remove = new Button(getTranslation("casehandling.plan.activity.remove"),
                        click -> change(() -> carePlans.removeActivity(plan.id(), plan.version(), activity.id())));
                remove.setId("plan-activity-remove-" + index);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                item.add(remove);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Div activityForm(CarePlanDetails plan) {
        var problems = new FormProblems(this, "plan-activity");
        var what = problems.required("casehandling.plan.activity.what",
                new TextField(getTranslation("casehandling.plan.activity.what")));
        what.setId("plan-activity-what");
        var who = problems.required("casehandling.plan.activity.who", new Select<ActivityPerformer>());
        who.setLabel(getTranslation("casehandling.plan.activity.who"));
        who.setId("plan-activity-who");
        who.setItems(ActivityPerformer.values());
        who.setItemLabelGenerator(p -> getTranslation(p.textKey()));
        var timing = problems.required("casehandling.plan.activity.timing",
                new TextField(getTranslation("casehandling.plan.activity.timing")));
        timing.setId("plan-activity-timing");
        var add = new Button(getTranslation("casehandling.plan.activity.add"), click -> change(problems, () ->
                carePlans.planActivity(plan.id(), plan.version(),
                        new ActivityInput(what.getValue(), who.getValue(), timing.getValue()))));
        add.setId("plan-activity-add");
        return new Div(problems.summary(), new FieldRow(what, who, timing, add));
    }

    private Div responseForm(CarePlanDetails plan) {
        var problems = new FormProblems(this, "plan-response-form");
        var on = problems.required("casehandling.plan.response.on",
                datePicker("casehandling.plan.response.on", "plan-response-on"));
        on.setValue(clock.today());
        var channel = problems.required("casehandling.plan.response.channel", channelSelect());
        var words = problems.field("casehandling.plan.response.clients-words",
                textArea("casehandling.plan.response.clients-words", "plan-response-words"));
        if (goalText != null) {
            // Agreeing needs a goal: the refusal links to the goal form's text.
            problems.field("casehandling.plan.goal.text", goalText);
        }
        var agree = new Button(getTranslation("casehandling.plan.response.agree"), click -> change(problems, () ->
                carePlans.recordAgreement(plan.id(), plan.version(), on.getValue(), channel.getValue())));
        agree.setId("plan-agree");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var disagree = new Button(getTranslation("casehandling.plan.response.disagree"), click -> change(problems,
                () ->
                carePlans.recordDisagreement(plan.id(), plan.version(), on.getValue(), channel.getValue(),
                        words.getValue())));
        disagree.setId("plan-disagree");
        return new Div(problems.summary(), new FieldRow(on, channel), words, new FieldRow(agree, disagree));
    }

    private Div reviseForm(CarePlanDetails plan) {
        var problems = new FormProblems(this, "plan-revise");
        var date = problems.required("casehandling.plan.revise.date",
                datePicker("casehandling.plan.revise.date", "plan-revise-date"));
        // The domain names the new plan's date.
        problems.field("casehandling.plan.plan-date", date);
        date.setValue(clock.today());
        var revise = new Button(getTranslation("casehandling.plan.revise"), click -> change(problems, () ->
                carePlans.revise(plan.id(), plan.version(), date.getValue())));
        revise.setId("plan-revise");
        return new Div(problems.summary(), new FieldRow(date, revise));
    }

    private void showHistory(List<CarePlanDetails> earlier) {
        if (earlier.isEmpty()) {
            return;
        }
        var content = new Div();
        for (var plan : earlier) {
            content.add(new Paragraph(getTranslation("casehandling.plan.summary", plan.revision(), plan.planDate(),
                    plan.createdByName()) + " · " + getTranslation(plan.status().textKey())));
            var goals = new UnorderedList();
            plan.goals().forEach(goal -> goals.add(new ListItem(goal.text() + " – " + getTranslation(
                    "casehandling.plan.goal.describe", goal.measuredBy(), goal.followUpOn()))));
            content.add(goals);
            if (plan.response() != null) {
                content.add(new Paragraph(response(plan.response())));
            }
        }
        var history = new Details(getTranslation("casehandling.plan.history"), content);
        history.setId("plan-history");
        add(history);
    }

    private String response(CarePlanDetails.ClientResponse response) {
        var channel = getTranslation(response.channel().textKey());
        return response.agrees()
                ? getTranslation("casehandling.plan.response.agreed", response.on(), channel, response.recordedByName())
                : getTranslation("casehandling.plan.response.disagreed", response.on(), channel,
                response.clientsWords());
    }

    private Select<AgreementChannel> channelSelect() {
        var channel = new Select<AgreementChannel>();
        channel.setLabel(getTranslation("casehandling.plan.response.channel"));
        channel.setId("plan-response-channel");
        // The client's own agreement on Mina sidor is theirs to give, never chosen here.
        channel.setItems(AgreementChannel.outsideThePortal());
        channel.setItemLabelGenerator(c -> getTranslation(c.textKey()));
        return channel;
    }

    private void change(Runnable call) {
        if (Problems.attempt(this, call)) {
            refresh();
        }
    }

    /** Saves after the form's obvious checks; a refusal stays in the form, at its field, with what was typed. */
    private void change(FormProblems problems, Runnable call) {
        if (problems.attempt(call)) {
            refresh();
        }
    }

    private TextArea textArea(String labelKey, String id) {
        var area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        return area;
    }

    private DatePicker datePicker(String labelKey, String id) {
        var picker = new DateField(getTranslation(labelKey));
        picker.setId(id);
        return picker;
    }
}
