package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.casehandling.OwnChoices;
import se.vardkedjan.casehandling.OwnFile;
import se.vardkedjan.casehandling.readmodel.TrustingClient;
import se.vardkedjan.sharedkernel.FileInView;
import se.vardkedjan.casehandling.readmodel.CaseStage;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus;
import se.vardkedjan.organisation.UnitContact;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.List;

/**
 * The client's start page in the citizen portal: what is happening in their case now, in plain words — where it
 * stands, the next step and its date where known, who their caseworker is and which unit handles it. A client without
 * a case is told where to apply; a login without a personal number is told what other channel exists (ADR 0028). Only
 * clients: staff accounts cannot open the portal as a client.
 */
@Route("portal")
@Menu(order = 10, title = "citizenportal.menu.start", icon = "vaadin:home")
@RolesAllowed(Roles.CLIENT)
class PortalStartView extends VerticalLayout implements HasDynamicTitle {

    PortalStartView(CurrentActor currentActor, OwnFile ownFile, OwnChoices ownChoices, FileInView fileInView,
                    se.vardkedjan.followup.OwnQuestionnaires ownQuestionnaires) {
        PortalPage.style(this);
        var actor = currentActor.require();
        var heading = new H1(getTranslation("citizenportal.start.welcome", actor.displayName()));
        heading.setId("portal-welcome");
        add(heading);
        var reading = Problems.attempt(this, ownChoices::reading);
        if (reading.isEmpty()) {
            return;
        }
        var trusting = reading.get().identified() ? Problems.attempt(this, ownChoices::trustingClients)
                .orElse(List.of()) : List.<TrustingClient>of();
        if (!trusting.isEmpty()) {
            add(WhoseFile.chooser(this, ownChoices, trusting, fileInView.otherOwner(), reading.get()));
        }
        if (reading.get().byTrustedReader() && !reading.get().blocked()
                && !reading.get().mayOpen(FileSection.CASE)) {
            return;
        }
        Problems.attempt(this, ownFile::status).ifPresent(status -> {
            switch (status.standing()) {
                case NOT_IDENTIFIED -> add(PortalPage.notIdentified(this));
                case NO_CASE -> add(PortalPage.noCase(this));
                case HAS_CASE -> {
                    if (!reading.get().byTrustedReader()) {
                        selfAssessments(ownQuestionnaires);
                    }
                    showCase(status);
                }
                case BLOCKED -> add(WhoseFile.blocked(this, reading.get().byTrustedReader()));
            }
        });
    }

    /** "Du har en självskattning att fylla i", with a link, when questionnaires wait for the client (ADR 0029). */
    private void selfAssessments(se.vardkedjan.followup.OwnQuestionnaires ownQuestionnaires) {
        Problems.attempt(this, ownQuestionnaires::waiting).filter(waiting -> waiting > 0).ifPresent(waiting -> {
            var notice = new Div();
            notice.setId("portal-self-assessment-notice");
            notice.addClassName("vk-portal-notice");
            notice.add(new H2(waiting == 1 ? getTranslation("citizenportal.start.self-assessment")
                    : getTranslation("citizenportal.start.self-assessments", waiting)));
            var link = new RouterLink(getTranslation("citizenportal.start.self-assessment-link"),
                    PortalSelfAssessmentsView.class);
            link.setId("portal-start-self-assessment-link");
            notice.add(new Paragraph(link));
            add(notice);
        });
    }

    private void showCase(OwnCaseStatus status) {
        var now = new Div();
        now.setId("portal-case-now");
        now.add(new H2(getTranslation("citizenportal.start.now")));
        var stage = new Paragraph(getTranslation(PortalTexts.stage(status.stage())));
        stage.setId("portal-case-stage");
        now.add(stage);
        now.add(new Paragraph(getTranslation("citizenportal.start.received", SwedishTime.date(status.receivedOn()))));
        add(now);

        var next = new Div();
        next.setId("portal-next-step");
        next.add(new H2(getTranslation("citizenportal.start.next")));
        next.add(new Paragraph(nextStep(status)));
        if (status.hasPlan()) {
            var plan = new RouterLink(getTranslation("citizenportal.start.see-plan"), PortalPlanView.class);
            plan.setId("portal-start-plan-link");
            next.add(new Paragraph(plan));
        }
        add(next);

        var who = new Div();
        who.setId("portal-contact");
        who.add(new H2(getTranslation("citizenportal.start.contact")));
        who.add(new Paragraph(status.caseworkerName() == null
                ? getTranslation("citizenportal.start.no-caseworker", status.unitName())
                : getTranslation("citizenportal.start.caseworker", status.caseworkerName(), status.unitName())));
        who.add(reachTheUnit(status.unitContact()));
        add(who);
    }

    /**
     * How to reach the unit, as the organisation register has it: the phone (a link a phone can call) with its hours,
     * the functional mailbox and the visiting address; without any, the switchboard and the reception.
     */
    private com.vaadin.flow.component.Component reachTheUnit(UnitContact contact) {
        if (contact == null || contact.isEmpty()) {
            return new Paragraph(getTranslation("citizenportal.start.reach-unit"));
        }
        var list = new com.vaadin.flow.component.html.UnorderedList();
        list.setId("portal-unit-contact");
        if (contact.phone() != null) {
            var call = new com.vaadin.flow.component.html.Anchor("tel:" + contact.phone().replaceAll("[^+0-9]", ""),
                    contact.phone());
            var item = new com.vaadin.flow.component.html.ListItem(
                    new com.vaadin.flow.component.html.Span(getTranslation("citizenportal.start.unit-phone") + " "),
                    call);
            if (contact.phoneHours() != null) {
                item.add(new com.vaadin.flow.component.html.Span(" (" + contact.phoneHours() + ")"));
            }
            list.add(item);
        }
        if (contact.email() != null) {
            list.add(new com.vaadin.flow.component.html.ListItem(
                    new com.vaadin.flow.component.html.Span(getTranslation("citizenportal.start.unit-email") + " "),
                    new com.vaadin.flow.component.html.Anchor("mailto:" + contact.email(), contact.email())));
        }
        if (contact.visitingAddress() != null) {
            list.add(new com.vaadin.flow.component.html.ListItem(getTranslation("citizenportal.start.unit-address")
                    + " " + contact.visitingAddress()));
        }
        var reach = new Div(new Paragraph(getTranslation("citizenportal.start.reach-unit-contact")), list,
                new Paragraph(getTranslation("citizenportal.start.no-sensitive-email")));
        return reach;
    }

    /** The next step in plain words, with its date where one is known. */
    private String nextStep(OwnCaseStatus status) {
        if (status.stage() == CaseStage.INVESTIGATING && status.investigationDeadline() != null) {
            return getTranslation("citizenportal.start.next.investigation",
                    SwedishTime.date(status.investigationDeadline()));
        }
        if (status.nextFollowUp() != null) {
            return getTranslation("citizenportal.start.next.follow-up", SwedishTime.date(status.nextFollowUp()));
        }
        return switch (status.stage()) {
            case REGISTERED -> getTranslation("citizenportal.start.next.assessment");
            case INVESTIGATING, INVESTIGATION_COMPLETE, PROPOSAL_AWAITING_APPROVAL, PROPOSAL_RETURNED ->
                    getTranslation("citizenportal.start.next.decision");
            case DECIDED -> getTranslation(status.hasPlan() ? "citizenportal.start.next.plan-agreed"
                    : "citizenportal.start.next.plan");
            case NOT_OPENED, CLOSED -> getTranslation("citizenportal.start.next.none");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.start.title");
    }
}
