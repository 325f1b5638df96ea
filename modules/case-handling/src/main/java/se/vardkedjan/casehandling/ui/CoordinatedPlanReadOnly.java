package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import se.vardkedjan.casehandling.CoordinatedPlanDetails;
import se.vardkedjan.casehandling.ParticipantKind;

/**
 * A SIP as text: status, consent, participants, needs and measures per principal, responsibility, coordinator, goals,
 * follow-up and history. Shown to staff and, read-only, to region participants. Never shows an address.
 */
final class CoordinatedPlanReadOnly extends Div {

    CoordinatedPlanReadOnly(CoordinatedPlanDetails plan) {
        setId("sip-details");
        var consent = plan.consent();
        add(paragraph("sip-status", getTranslation("casehandling.sip.status-line",
                getTranslation("casehandling.sip.status." + plan.status()), plan.planDate())));
        add(paragraph("sip-consent", getTranslation("casehandling.sip.consent-line", consent.givenOn(),
                getTranslation("casehandling.sip.consent-form." + consent.form()),
                plan.staffName(consent.recordedBy()))));
        if (consent.withdrawnOn() != null) {
            add(paragraph("sip-consent-withdrawn", getTranslation("casehandling.sip.consent-withdrawn-line",
                    consent.withdrawnOn(), plan.staffName(consent.withdrawalRecordedBy()))));
        }
        add(new H3(getTranslation("casehandling.sip.participants")));
        var participants = new UnorderedList();
        participants.setId("sip-participants");
        for (var p : plan.currentParticipants()) {
            var item = new ListItem(p.id().equals(plan.coordinator())
                    ? getTranslation("casehandling.sip.participant.as-coordinator", describe(plan, p),
                            getTranslation("casehandling.sip.coordinator"))
                    : describe(plan, p));
            participants.add(item);
        }
        add(participants);
        add(new H3(getTranslation("casehandling.sip.measures")));
        var measures = new UnorderedList();
        measures.setId("sip-measures");
        for (var m : plan.measures()) {
            measures.add(new ListItem(getTranslation("casehandling.sip.measure-line",
                    getTranslation("casehandling.sip.principal." + m.principal()), m.need(), m.measure())));
        }
        add(measures);
        add(new H3(getTranslation("casehandling.sip.overview")));
        add(paragraph("sip-responsibility", getTranslation("casehandling.sip.overall-responsibility") + ": "
                + (plan.overallResponsibility() == null ? "–"
                : getTranslation("casehandling.sip.principal." + plan.overallResponsibility()))));
        add(paragraph("sip-goals", getTranslation("casehandling.sip.goals") + ": "
                + (plan.goals() == null ? "–" : plan.goals())));
        add(paragraph("sip-follow-up", getTranslation("casehandling.sip.follow-up-on") + ": "
                + (plan.followUpOn() == null ? "–" : plan.followUpOn())));
        add(new H3(getTranslation("casehandling.sip.history")));
        var history = new UnorderedList();
        history.setId("sip-history");
        for (var h : plan.history()) {
            history.add(new ListItem(getTranslation("casehandling.sip.history-line", h.occurredOn(),
                    getTranslation("casehandling.sip.history." + h.kind()), plan.staffName(h.recordedBy()),
                    h.note() == null ? "" : h.note())));
        }
        add(history);
    }

    private String describe(CoordinatedPlanDetails plan, CoordinatedPlanDetails.Participant p) {
        var kind = getTranslation("casehandling.sip.participant.kind." + p.kind());
        var name = plan.participantName(p);
        if (p.kind() == ParticipantKind.REGION) {
            return getTranslation("casehandling.sip.participant.region-line", name, p.organisation(),
                    p.organisationalUnit() == null ? "" : p.organisationalUnit(), p.role());
        }
        return kind + ": " + name + ", " + p.role();
    }

    private static Paragraph paragraph(String id, String text) {
        var paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
