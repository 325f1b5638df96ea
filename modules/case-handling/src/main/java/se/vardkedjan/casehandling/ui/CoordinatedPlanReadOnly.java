package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import se.vardkedjan.casehandling.ParticipantKind;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanDetails;
import se.vardkedjan.uikit.SwedishTime;

/**
 * A SIP as text: status, consent, participants, needs and measures per principal, responsibility, coordinator, goals,
 * follow-up and history. Shown to staff and, read-only, to region participants. Never shows an address.
 */
final class CoordinatedPlanReadOnly extends Div {

    CoordinatedPlanReadOnly(CoordinatedPlanDetails plan) {
        setId("sip-details");
        var consent = plan.consent();
        add(paragraph("sip-status", getTranslation("casehandling.sip.status-line",
                getTranslation(plan.status().textKey()), plan.planDate())));
        add(paragraph("sip-consent", getTranslation("casehandling.sip.consent-line", consent.givenOn(),
                getTranslation(consent.form().textKey()),
                plan.staffName(consent.recordedBy()))));
        if (consent.withdrawnByClient()) {
            add(paragraph("sip-consent-withdrawn", getTranslation("casehandling.sip.consent-withdrawn-by-client-line",
                    SwedishTime.dateTime(consent.withdrawnAt()))));
            if (consent.seenAt() != null) {
                add(paragraph("sip-consent-withdrawal-seen", getTranslation("casehandling.sip.consent-withdrawal-seen",
                        plan.staffName(consent.seenBy()), SwedishTime.dateTime(consent.seenAt()))));
            }
        } else if (consent.withdrawnOn() != null) {
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
                    getTranslation(m.principal().textKey()), m.need(), m.measure())));
        }
        add(measures);
        add(new H3(getTranslation("casehandling.sip.overview")));
        add(paragraph("sip-responsibility", getTranslation("casehandling.sip.overall-responsibility") + ": "
                + (plan.overallResponsibility() == null ? "–"
                : getTranslation(plan.overallResponsibility().textKey()))));
        add(paragraph("sip-goals", getTranslation("casehandling.sip.goals") + ": "
                + (plan.goals() == null ? "–" : plan.goals())));
        add(paragraph("sip-follow-up", getTranslation("casehandling.sip.follow-up-on") + ": "
                + (plan.followUpOn() == null ? "–" : plan.followUpOn())));
        add(new H3(getTranslation("casehandling.sip.history")));
        var history = new UnorderedList();
        history.setId("sip-history");
        for (var h : plan.history()) {
            if (h.recordedBy() == null) {
                history.add(new ListItem(getTranslation("casehandling.sip.history-line.by-client", h.occurredOn(),
                        getTranslation(historyKey(h.kind())))));
                continue;
            }
            history.add(new ListItem(getTranslation("casehandling.sip.history-line", h.occurredOn(),
                    getTranslation(historyKey(h.kind())), plan.staffName(h.recordedBy()),
                    h.note() == null ? "" : h.note())));
        }
        add(history);
    }

    private String describe(CoordinatedPlanDetails plan, CoordinatedPlanDetails.Participant p) {
        var kind = getTranslation(p.kind().textKey());
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

    /** The text key of a history entry's kind; ADR 0019: a whole literal per kind the plan records. */
    static String historyKey(String kind) {
        return switch (kind) {
            case "CREATED" -> "casehandling.sip.history.CREATED";
            case "ACTIVATED" -> "casehandling.sip.history.ACTIVATED";
            case "MEETING" -> "casehandling.sip.history.MEETING";
            case "FOLLOWED_UP" -> "casehandling.sip.history.FOLLOWED_UP";
            case "CONSENT_WITHDRAWN" -> "casehandling.sip.history.CONSENT_WITHDRAWN";
            case "CONSENT_WITHDRAWN_BY_CLIENT" -> "casehandling.sip.history.CONSENT_WITHDRAWN_BY_CLIENT";
            case "CLOSED" -> "casehandling.sip.history.CLOSED";
            default -> throw new IllegalArgumentException("Unknown kind of SIP history entry: " + kind);
        };
    }
}
