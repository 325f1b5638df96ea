package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.OwnFile;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.casehandling.readmodel.OwnDecision;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.io.ByteArrayInputStream;
import java.util.UUID;

/**
 * "Mina beslut": the decisions made in the client's case, newest first, each with what was applied for and what was
 * granted or refused, the law it rests on, the reasons, who decided, how the client was told and how to appeal — and
 * the decision document to download, the very PDF staff send (ADR 0028). A link to one decision
 * ({@code portal/beslut/<id>}) shows only that one; an id that is not the client's own shows that there is no such
 * decision (the refusal is recorded by the facade). The download goes through {@link OwnFile#decisionDocument} on
 * every request, so the file is the client's own or nothing. Keeps only ids.
 */
@Route("portal/beslut")
@Menu(order = 30, title = "citizenportal.menu.decisions", icon = "vaadin:gavel")
@RolesAllowed(Roles.CLIENT)
class PortalDecisionsView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private final transient OwnFile ownFile;

    PortalDecisionsView(OwnFile ownFile) {
        this.ownFile = ownFile;
        PortalPage.style(this);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String decision) {
        removeAll();
        var heading = new H1(getTranslation("citizenportal.decisions.heading"));
        heading.setId("portal-decisions-heading");
        add(heading);
        if (decision == null) {
            showAll();
        } else {
            showOne(decision);
        }
    }

    private void showAll() {
        Problems.attempt(this, ownFile::decisions).ifPresent(found -> {
            if (!found.isEmpty()) {
                add(new Paragraph(getTranslation("citizenportal.decisions.intro")));
                found.forEach(decision -> add(decision(decision)));
                return;
            }
            Problems.attempt(this, ownFile::status).ifPresent(status -> {
                if (status.standing() == Standing.NOT_IDENTIFIED) {
                    add(PortalPage.notIdentified(this));
                } else if (status.standing() == Standing.NO_CASE) {
                    add(PortalPage.noCase(this));
                } else {
                    var none = new Paragraph(getTranslation("citizenportal.decisions.none"));
                    none.setId("portal-decisions-none");
                    add(none);
                }
            });
        });
    }

    private void showOne(String parameter) {
        try {
            add(decision(ownFile.decision(new DecisionId(UUID.fromString(parameter)))));
        } catch (AccessDenied | IllegalArgumentException notTheClients) {
            // Unknown, not made yet or another person's: the same words for each, so a probe learns nothing.
            var none = new Paragraph(getTranslation("citizenportal.decisions.not-found"));
            none.setId("portal-decision-not-found");
            add(none);
        }
    }

    private Div decision(OwnDecision decision) {
        var card = new Div();
        card.setId("portal-decision-" + decision.id());
        card.addClassName("vk-portal-decision");
        card.add(new H2(getTranslation("citizenportal.decisions.decision", SwedishTime.date(decision.decidedOn()))));
        for (var item : decision.items()) {
            card.add(new H3(getTranslation("citizenportal.decisions.item", getTranslation(item.type().textKey()),
                    getTranslation(outcome(item.outcome())))));
            card.add(new Paragraph(getTranslation("citizenportal.decisions.scope", item.scope())));
            if (item.startsOn() != null) {
                card.add(new Paragraph(item.plannedEnd() == null
                        ? getTranslation("citizenportal.decisions.from", SwedishTime.date(item.startsOn()))
                        : getTranslation("citizenportal.decisions.from-to", SwedishTime.date(item.startsOn()),
                                SwedishTime.date(item.plannedEnd()))));
            }
            card.add(new Paragraph(item.legalBasis() == null ? getTranslation("citizenportal.decisions.service")
                    : getTranslation("citizenportal.decisions.law", item.legalBasis().citation(),
                            item.legalBasis().title())));
            if (item.reasons() != null) {
                card.add(new Paragraph(getTranslation("citizenportal.decisions.reasons", item.reasons())));
            }
        }
        card.add(new Paragraph(decision.decidedInRoleKey() == null
                ? getTranslation("citizenportal.decisions.decided-by", decision.decidedByName())
                : getTranslation("citizenportal.decisions.decided-by-in-role", decision.decidedByName(),
                        getTranslation(decision.decidedInRoleKey()))));
        if (decision.informedBy() != null && decision.informedOn() != null) {
            card.add(new Paragraph(getTranslation("citizenportal.decisions.informed",
                    SwedishTime.date(decision.informedOn()), getTranslation(decision.informedBy().textKey()))));
        }
        if (decision.appealable()) {
            var appeal = new Div();
            appeal.addClassName("vk-portal-appeal");
            appeal.add(new H3(getTranslation("casehandling.decision.appeal.heading")));
            // The same words the decision document has.
            appeal.add(new Paragraph(getTranslation("casehandling.decision.appeal.text")));
            card.add(appeal);
        }
        var id = decision.id();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var pdf = ownFile.decisionDocument(id);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "beslut-" + decision.decidedOn() + ".pdf",
                    "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, getTranslation("citizenportal.decisions.download",
                SwedishTime.date(decision.decidedOn())));
        download.setId("portal-decision-download-" + id);
        download.addClassName("vk-portal-decision-download");
        card.add(new Paragraph(download));
        return card;
    }

    /** What was decided, said to the client. ADR 0019: a whole literal key per value. */
    private static String outcome(DecisionOutcome outcome) {
        return switch (outcome) {
            case GRANTED -> "citizenportal.decisions.outcome.GRANTED";
            case PARTLY_GRANTED -> "citizenportal.decisions.outcome.PARTLY_GRANTED";
            case REFUSED -> "citizenportal.decisions.outcome.REFUSED";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.decisions.title");
    }
}
