package se.vardkedjan.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.instrument.InstrumentCatalogue;
import se.vardkedjan.followup.questionnaire.persistence.QuestionnaireRows;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.ProviderCaseDoor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.util.List;

/**
 * The provider's side of the questionnaires (ADR 0030, slice 3 amendment): a provider's staff member sends the client
 * of an accepted or running assignment a questionnaire to answer in the portal — AUDIT, DUDIT, goal attainment for one
 * of the goals copied into the assignment, ORS/SRS while enabled — from the assignment page, and sees which ones they
 * sent and whether the client has answered. The answers and scores are the case staff's: the client's answer becomes
 * a measurement on the case's Uppföljning tab as with the caseworker's questionnaires, and the provider sees none of
 * it. The staff may withdraw one they sent through the assignment while it is unanswered. Whether the staff member may act is provider contracts' rule ({@link ProviderCaseDoor}, asked by ids: their
 * organisation, the assignment accepted or running, of that case), which writes the access-log row or records the
 * refusal. The caseworker reads who sent it: "skickad av" the provider.
 */
@Service
@RolesAllowed(Roles.PROVIDER_STAFF)
public class ProviderQuestionnaires {

    /** A questionnaire the provider sent through the assignment, as its staff see it: no answers, no score. */
    public record Sent(QuestionnaireId id, LocalText name, String goalTitle, Instant sentAt,
                       QuestionnaireStatus status) {
    }

    private final ProviderCaseDoor door;
    private final QuestionnaireSending sending;
    private final QuestionnaireRows rows;
    private final InstrumentCatalogue catalogue;

    private final se.vardkedjan.accesslog.Refusals refusals;
    private final java.time.Clock clock;

    ProviderQuestionnaires(ProviderCaseDoor door, QuestionnaireSending sending, QuestionnaireRows rows,
                           InstrumentCatalogue catalogue, se.vardkedjan.accesslog.Refusals refusals,
                           java.time.Clock clock) {
        this.refusals = refusals;
        this.clock = clock;
        this.door = door;
        this.sending = sending;
        this.rows = rows;
        this.catalogue = catalogue;
    }

    /** What the provider's staff can send the client now: the instruments, and the assignment's goals. */
    @Transactional
    public Questionnaires.Choices choices(AssignmentId assignment, CaseId caseId) {
        var admitted = door.openActive(assignment, caseId, AccessKind.READ, Questionnaires.WHAT_QUESTIONNAIRES);
        return new Questionnaires.Choices(sending.sendable(), goals(admitted));
    }

    /**
     * Sends the client of the assignment's case a questionnaire of the instrument's current version (goal attainment:
     * about one of the assignment's goals), recorded as sent by the staff member for the provider.
     *
     * @throws RuleViolation as {@link Questionnaires#send}
     * @throws se.vardkedjan.sharedkernel.AccessDenied when provider contracts refuses the staff member the assignment
     *                                                 or the case (recorded)
     */
    @Transactional
    public QuestionnaireId send(AssignmentId assignment, CaseId caseId, String instrumentCode, GoalId goal) {
        var admitted = door.openActive(assignment, caseId, AccessKind.CHANGE, Questionnaires.WHAT_QUESTIONNAIRE);
        return sending.insert(admitted.caseId(), instrumentCode, goal, goals(admitted),
                admitted.actor().subject(),
                new QuestionnaireSending.ViaAssignment(admitted.assignmentId().value(), admitted.providerName()));
    }

    /** The questionnaires sent through the assignment, newest first: where each stands, nothing of the answers. */
    @Transactional
    public List<Sent> sent(AssignmentId assignment, CaseId caseId) {
        var admitted = door.openActive(assignment, caseId, AccessKind.READ, Questionnaires.WHAT_QUESTIONNAIRES);
        return rows.sentVia(admitted.caseId(), admitted.assignmentId().value()).stream().map(row -> {
            var definition = catalogue.find(row.instrument()).orElseThrow();
            return new Sent(row.id(), new LocalText(definition.name().sv(), definition.name().en()), row.goalTitle(),
                    row.sentAt(), row.status());
        }).toList();
    }

    /**
     * Withdraws a questionnaire sent through the assignment that the client has not sent back yet: it leaves the
     * client's list, kept with who withdrew it and when (as the case staff's withdrawal). Through the same door as
     * sending (the staff member's organisation, the assignment accepted or running, of that case), logged as a change.
     *
     * @throws RuleViolation {@code followup.questionnaire.error.unknown} when none is named,
     *                       {@code followup.questionnaire.error.not-open} when it is answered or withdrawn
     * @throws se.vardkedjan.sharedkernel.AccessDenied when provider contracts refuses the assignment or the case, and
     *                                                 when the questionnaire was not sent through this assignment or
     *                                                 there is none by that id (recorded as an unknown target, alike)
     */
    @Transactional
    public void withdraw(AssignmentId assignment, CaseId caseId, QuestionnaireId questionnaire) {
        var admitted = door.openActive(assignment, caseId, AccessKind.CHANGE, Questionnaires.WHAT_QUESTIONNAIRE);
        if (questionnaire == null) {
            throw new RuleViolation("followup.questionnaire.error.unknown");
        }
        var row = rows.lock(questionnaire).orElse(null);
        if (row == null || !row.caseId().equals(admitted.caseId())
                || !admitted.assignmentId().value().equals(row.sentViaAssignment())) {
            // Not one this assignment sent (the case staff's own, another assignment's, or none): unknown, recorded.
            throw refusals.unknown(AccessKind.CHANGE, Questionnaires.WHAT_QUESTIONNAIRE, "QUESTIONNAIRE",
                    questionnaire.value());
        }
        if (!rows.withdraw(questionnaire, admitted.actor().subject(), clock.instant())) {
            throw new RuleViolation("followup.questionnaire.error.not-open");
        }
    }

    private static List<Questionnaires.GoalChoice> goals(ProviderCaseDoor.Admitted admitted) {
        return admitted.goals().stream().map(g -> new Questionnaires.GoalChoice(g.id(), g.text())).toList();
    }
}
