package se.vardkedjan.followup.access;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.util.Optional;
import java.util.UUID;

/**
 * Follow-up's door for the client's side of the questionnaires (ADR 0029, slice 2): the signed-in client reaches their
 * own questionnaires only, through case handling's door to the own file ({@link CaseDoor#admitOwnCases},
 * {@link CaseDoor#admitOwnRecord}) for the part {@link FileSection#SELF_ASSESSMENTS} — which a client never shares, so a
 * trusted adult is refused there, and a client who blocked the portal is refused as for every part. A questionnaire
 * that is not the client's (another client's, or none by that id) is refused as an unknown target and recorded. Call it
 * inside the facade's transaction.
 */
@Component
public class QuestionnaireAccess {

    /** The target kind a refusal names. */
    public static final String TARGET = "QUESTIONNAIRE";

    private final CaseDoor cases;
    private final Refusals refusals;

    QuestionnaireAccess(CaseDoor cases, Refusals refusals) {
        this.cases = cases;
        this.refusals = refusals;
    }

    /**
     * Lets the client into every case of their own (a row written for each), for the list of their questionnaires
     * across all their cases; empty when they have no person or case.
     */
    public java.util.List<CaseDoor.Admission> openOwnCases(AccessKind kind, String what) {
        return cases.admitOwnCases(FileSection.SELF_ASSESSMENTS, kind, what);
    }

    /**
     * Lets the client into the case of a questionnaire they aimed at by id when it is a case of their own, or refuses
     * as an unknown target (recorded, nothing written).
     *
     * @param caseOfQuestionnaire the questionnaire's case, empty when there is no questionnaire by that id
     */
    public CaseDoor.Admission openOwnQuestionnaire(Optional<CaseId> caseOfQuestionnaire, UUID questionnaire,
                                                   AccessKind kind, String what) {
        return cases.admitOwnRecord(FileSection.SELF_ASSESSMENTS, caseOfQuestionnaire, kind, what,
                Target.of(TARGET, questionnaire));
    }

    /** The sex and birth date of the admitted client, for the score. */
    public CaseDoor.SexAndBirth sexAndBirth(CaseDoor.Admission admission) {
        return cases.sexAndBirth(admission);
    }

    /** Refuses an address or id that names no questionnaire at all (a probe), recorded without what was typed. */
    public AccessDenied refuseUnknown(AccessKind kind, String what) {
        return refusals.unknown(kind, what, TARGET, null);
    }
}
