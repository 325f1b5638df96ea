package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.OwnChoices;
import se.vardkedjan.casehandling.OwnFile;
import se.vardkedjan.casehandling.readmodel.CarePlanDetails;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.casehandling.readmodel.OwnPlan;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

/**
 * "Min plan": the client's care plan in their own words — the goals in order with how progress shows and when it is
 * followed up, who does what and when — where the client comments on a goal and says that they agree with the plan
 * (ADR 0028). Both are kept in the case file and shown to the caseworker on the case page. Keeps only ids and the
 * version read; every change goes through {@link OwnFile} and re-reads the plan.
 */
@Route("portal/min-plan")
@Menu(order = 20, title = "citizenportal.menu.plan", icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.CLIENT)
class PortalPlanView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnFile ownFile;
    private final transient OwnChoices ownChoices;
    /** Whether the one signed in may change the plan (the client, not an adult the client lets read it). */
    private boolean mayChange;

    PortalPlanView(OwnFile ownFile, OwnChoices ownChoices) {
        this.ownFile = ownFile;
        this.ownChoices = ownChoices;
        PortalPage.style(this);
        refresh();
    }

    private void refresh() {
        removeAll();
        var heading = new H1(getTranslation("citizenportal.plan.heading"));
        heading.setId("portal-plan-heading");
        add(heading);
        mayChange = Problems.attempt(this, ownChoices::reading).map(reading -> reading.mayChange()).orElse(false);
        Problems.attempt(this, ownFile::plan).ifPresent(found -> found.ifPresentOrElse(this::showPlan, () ->
                Problems.attempt(this, ownFile::status).ifPresent(status -> {
                    if (status.standing() == Standing.NOT_IDENTIFIED) {
                        add(PortalPage.notIdentified(this));
                    } else if (status.standing() == Standing.NO_CASE) {
                        add(PortalPage.noCase(this));
                    } else {
                        var none = new Paragraph(getTranslation("citizenportal.plan.none"));
                        none.setId("portal-plan-none");
                        add(none);
                    }
                })));
    }

    private void showPlan(OwnPlan plan) {
        var status = new Paragraph(plan.status() == CarePlanStatus.AGREED && plan.agreedOn() != null
                ? getTranslation("citizenportal.plan.status.AGREED-since", SwedishTime.date(plan.agreedOn()))
                : getTranslation(PortalTexts.planStatus(plan.status())));
        status.setId("portal-plan-status");
        add(status);
        add(new Paragraph(getTranslation("citizenportal.plan.written", SwedishTime.date(plan.planDate()))));

        add(new H2(getTranslation("citizenportal.plan.goals")));
        var goals = new OrderedList();
        goals.setId("portal-plan-goals");
        plan.goals().forEach(goal -> goals.add(goal(plan, goal)));
        add(goals);

        add(new H2(getTranslation("citizenportal.plan.activities")));
        if (plan.activities().isEmpty()) {
            add(new Paragraph(getTranslation("citizenportal.plan.activities.none")));
        } else {
            var activities = new UnorderedList();
            activities.setId("portal-plan-activities");
            plan.activities().forEach(activity -> activities.add(new ListItem(getTranslation(
                    "citizenportal.plan.activity", getTranslation(PortalTexts.performer(activity.who())),
                    activity.what(), activity.timing()))));
            add(activities);
        }

        add(new H2(getTranslation("citizenportal.plan.follow-up")));
        add(new Paragraph(plan.nextFollowUp() == null ? getTranslation("citizenportal.plan.follow-up.none")
                : getTranslation("citizenportal.plan.follow-up.on", SwedishTime.date(plan.nextFollowUp()))));

        add(agreement(plan));
    }

    private ListItem goal(OwnPlan plan, CarePlanDetails.Goal goal) {
        var item = new ListItem();
        item.addClassName("vk-portal-goal");
        item.add(new H3(goal.text()));
        item.add(new Paragraph(getTranslation("citizenportal.plan.goal.measured", goal.measuredBy())));
        item.add(new Paragraph(getTranslation("citizenportal.plan.goal.follow-up", SwedishTime.date(goal.followUpOn()))));
        var comments = plan.fromTheClient().on(goal.id());
        if (!comments.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("vk-portal-comments");
            comments.forEach(comment -> list.add(new ListItem(getTranslation("citizenportal.plan.goal.your-comment",
                    SwedishTime.dateTime(comment.writtenAt()), comment.text()))));
            item.add(list);
        }
        if (plan.status() != CarePlanStatus.SUPERSEDED && mayChange) {
            var problems = new FormProblems(this, "portal-comment-" + goal.id());
            var text = problems.required("casehandling.own.comment", new TextArea(
                    getTranslation("citizenportal.plan.goal.comment", goal.text())));
            text.setWidthFull();
            text.setMaxLength(4000);
            text.addClassName("vk-portal-comment");
            var send = new Button(getTranslation("citizenportal.plan.goal.send"), click -> {
                if (problems.attempt(() -> ownFile.commentOnGoal(goal.id(), text.getValue()))) {
                    refresh();
                }
            });
            send.addClassName("vk-portal-comment-send");
            item.add(problems.summary(), text, send);
        }
        return item;
    }

    private Div agreement(OwnPlan plan) {
        var box = new Div();
        box.setId("portal-plan-agreement");
        box.add(new H2(getTranslation("citizenportal.plan.agree.heading")));
        var voice = plan.fromTheClient();
        if (voice.agreedToThisVersion()) {
            var agreed = new Paragraph(getTranslation("citizenportal.plan.agree.done",
                    SwedishTime.dateTime(voice.agreements().stream().filter(a -> a.toThisVersion()).findFirst()
                            .orElseThrow().agreedAt())));
            agreed.setId("portal-plan-agreed");
            box.add(agreed);
            return box;
        }
        voice.latestAgreement().ifPresent(earlier -> {
            var changed = new Paragraph(getTranslation("citizenportal.plan.agree.earlier",
                    SwedishTime.dateTime(earlier.agreedAt())));
            changed.setId("portal-plan-agreed-earlier");
            box.add(changed);
        });
        if (plan.status() == CarePlanStatus.SUPERSEDED || !mayChange) {
            return box;
        }
        box.add(new Paragraph(getTranslation("citizenportal.plan.agree.text")));
        var agree = new Button(getTranslation("citizenportal.plan.agree"), click -> {
            if (Problems.save(this, () -> ownFile.agreeToPlan(plan.id(), plan.version()), this::refresh)) {
                refresh();
            }
        });
        agree.setId("portal-plan-agree");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(agree);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.plan.title");
    }
}
