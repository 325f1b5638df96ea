package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.InvestigationStatus;

import java.util.Optional;

/**
 * Where a case really stands, derived from its facts: the stored {@link CaseStatus} (which moves only at the
 * assessment, the first decision and the closure), the investigation's status and the latest decision's status. The
 * case page's head, its timeline and the start page's work items read the stage, so a case whose investigation is
 * complete no longer says "Utredning pågår", and a decided case is never overdue for its investigation.
 */
public enum CaseStage {
    /** Aktualiserad: the preliminary assessment is pending. */
    REGISTERED,
    /** The assessment decided not to open an investigation. */
    NOT_OPENED,
    /** Utredning pågår: the investigation is opened and not completed. */
    INVESTIGATING,
    /** Utredningen är klar, a decision is to be made (or proposed). */
    INVESTIGATION_COMPLETE,
    /** A proposal above the caseworker's delegation waits for the unit manager. */
    PROPOSAL_AWAITING_APPROVAL,
    /** The unit manager sent the latest proposal back; a new proposal or decision follows. */
    PROPOSAL_RETURNED,
    /** Beslutad: the decision is in force and its interventions run. */
    DECIDED,
    /** Avslutat. */
    CLOSED;

    /**
     * The stage of a case from its facts.
     *
     * @param status         the stored status
     * @param investigation  the investigation's status, null when there is none
     * @param latestDecision the status of the case's latest decision or proposal, null when there is none
     */
    public static CaseStage of(CaseStatus status, InvestigationStatus investigation, DecisionStatus latestDecision) {
        return switch (status) {
            case INTAKE -> REGISTERED;
            case NOT_OPENED -> NOT_OPENED;
            case CLOSED -> CLOSED;
            case INVESTIGATION, DECIDED -> {
                if (latestDecision == DecisionStatus.PROPOSED) {
                    yield PROPOSAL_AWAITING_APPROVAL;
                }
                if (latestDecision == DecisionStatus.RETURNED) {
                    yield PROPOSAL_RETURNED;
                }
                if (status == CaseStatus.DECIDED) {
                    yield DECIDED;
                }
                yield investigation == InvestigationStatus.COMPLETED ? INVESTIGATION_COMPLETE : INVESTIGATING;
            }
        };
    }

    /** Whether the case is still being handled (not closed, not left without an investigation). */
    public boolean isOpen() {
        return this != NOT_OPENED && this != CLOSED;
    }

    /** Whether the investigation's deadline still applies: only while the investigation is being written. */
    public boolean investigationDeadlineApplies() {
        return this == INVESTIGATING;
    }

    /**
     * The one rule of lateness ("Försenad"), read by the case list ({@link CaseListItem#investigationOverdue}), the
     * case page's head and its investigation tab ({@link CaseSummary#applicableInvestigationDeadline}): the
     * investigation's deadline applies at this stage and has passed on the day. A decided case, a complete
     * investigation and a proposal are never late for it (issue 15).
     */
    public boolean investigationOverdue(java.time.LocalDate deadline, java.time.LocalDate today) {
        return investigationDeadlineApplies() && deadline != null && deadline.isBefore(today);
    }

    /**
     * The next step of the case for the user, and the case page's tab where it is done ({@code ""} is the overview).
     * A proposal waiting for approval is the unit manager's step; the caseworker has none meanwhile.
     */
    public Optional<NextStep> nextStep(boolean unitManager) {
        return switch (this) {
            case REGISTERED -> Optional.of(new NextStep("casehandling.casepage.next.assess", ""));
            case INVESTIGATING -> Optional.of(new NextStep("casehandling.casepage.next.investigate", "utredning"));
            case INVESTIGATION_COMPLETE -> Optional.of(new NextStep("casehandling.casepage.next.decide", "beslut"));
            case PROPOSAL_AWAITING_APPROVAL -> unitManager
                    ? Optional.of(new NextStep("casehandling.casepage.next.approve", "beslut"))
                    : Optional.empty();
            case PROPOSAL_RETURNED -> Optional.of(new NextStep("casehandling.casepage.next.revise", "beslut"));
            case DECIDED -> Optional.of(new NextStep("casehandling.casepage.next.plan", "plan"));
            case NOT_OPENED, CLOSED -> Optional.empty();
        };
    }

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case REGISTERED -> "casehandling.casepage.stage.REGISTERED";
            case NOT_OPENED -> "casehandling.casepage.stage.NOT_OPENED";
            case INVESTIGATING -> "casehandling.casepage.stage.INVESTIGATING";
            case INVESTIGATION_COMPLETE -> "casehandling.casepage.stage.INVESTIGATION_COMPLETE";
            case PROPOSAL_AWAITING_APPROVAL -> "casehandling.casepage.stage.PROPOSAL_AWAITING_APPROVAL";
            case PROPOSAL_RETURNED -> "casehandling.casepage.stage.PROPOSAL_RETURNED";
            case DECIDED -> "casehandling.casepage.stage.DECIDED";
            case CLOSED -> "casehandling.casepage.stage.CLOSED";
        };
    }

    /**
     * A step to take on the case.
     *
     * @param textKey the text key of the action, e.g. "Slutför utredningen"
     * @param path    the case page's tab where it is done ({@code arenden/<id>/<path>}); {@code ""} is the overview
     */
    public record NextStep(String textKey, String path) {
    }
}
