package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.LegalBasis;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * One intervention within a decision: granted, partly granted or refused, with its scope, dates, legal basis and
 * reasons; later closed with a reason and an outcome. Help given as a service without decision is recorded here too,
 * so it is counted, but it carries no legal basis, no reasons and nothing to appeal.
 */
public final class DecidedIntervention {


    private final InterventionId id;
    private final InterventionType type;
    private final DecisionOutcome outcome;
    private final String scope;
    private final LocalDate startsOn;
    private final LocalDate plannedEnd;
    private final LegalBasis legalReference;
    private final String reasons;
    private LocalDate closedOn;
    private ClosureReason closureReason;
    private String closureOutcome;
    private String closedBy;

    private DecidedIntervention(InterventionId id, InterventionType type, DecisionOutcome outcome, String scope,
                                LocalDate startsOn, LocalDate plannedEnd, LegalBasis legalReference,
                                String reasons, LocalDate closedOn, ClosureReason closureReason,
                                String closureOutcome, String closedBy) {
        this.id = id;
        this.type = type;
        this.outcome = outcome;
        this.scope = scope;
        this.startsOn = startsOn;
        this.plannedEnd = plannedEnd;
        this.legalReference = legalReference;
        this.reasons = reasons;
        this.closedOn = closedOn;
        this.closureReason = closureReason;
        this.closureOutcome = closureOutcome;
        this.closedBy = closedBy;
    }

    /**
     * A decided intervention, checked: reasons when not fully granted, a legal basis valid on the decision date (and
     * none for a service without decision), a start date for granted help, a planned end after the start.
     */
    public static DecidedIntervention decide(InterventionType type, DecisionOutcome outcome, String scope,
                                             LocalDate startsOn, LocalDate plannedEnd, LegalBasis legalReference,
                                             String reasons, LocalDate decidedOn) {
        if (type == null) {
            throw RuleViolation.forField("casehandling.decision.type", "casehandling.decision.error.type-required");
        }
        if (outcome == null) {
            throw RuleViolation.forField("casehandling.decision.outcome",
                    "casehandling.decision.error.outcome-required");
        }
        var checkedScope = FREE_TEXT.required("casehandling.decision.scope", scope, FreeText.MEDIUM);
        var checkedReasons = FREE_TEXT.optional("casehandling.decision.reasons", reasons, FreeText.MEDIUM);
        if (Delegation.needsDecision(type)) {
            if (legalReference == null) {
                throw RuleViolation.forField("casehandling.decision.legal-basis",
                        "casehandling.decision.error.legal-basis-required");
            }
            if (decidedOn != null && !legalReference.validOn(decidedOn)) {
                throw RuleViolation.forField("casehandling.decision.legal-basis",
                        "casehandling.decision.error.legal-basis-not-valid", legalReference.code());
            }
            if (outcome != DecisionOutcome.GRANTED && checkedReasons == null) {
                throw RuleViolation.forField("casehandling.decision.reasons",
                        "casehandling.decision.error.reasons-required");
            }
        } else {
            if (legalReference != null) {
                throw RuleViolation.forField("casehandling.decision.legal-basis",
                        "casehandling.decision.error.service-has-no-legal-basis");
            }
            if (outcome != DecisionOutcome.GRANTED) {
                throw RuleViolation.forField("casehandling.decision.outcome",
                        "casehandling.decision.error.service-is-given");
            }
        }
        DateRange.check("casehandling.decision.starts-on", startsOn);
        DateRange.check("casehandling.decision.planned-end", plannedEnd);
        if (outcome.grantsHelp() && startsOn == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.decision.starts-on");
        }
        if (plannedEnd != null && (startsOn == null || !plannedEnd.isAfter(startsOn))) {
            throw RuleViolation.forField("casehandling.decision.planned-end", "casehandling.error.dates-in-wrong-order",
                    "casehandling.decision.starts-on", "casehandling.decision.planned-end");
        }
        return new DecidedIntervention(InterventionId.random(), type, outcome, checkedScope,
                outcome.grantsHelp() ? startsOn : null, outcome.grantsHelp() ? plannedEnd : null, legalReference,
                checkedReasons, null, null, null, null);
    }

    public static DecidedIntervention restore(InterventionId id, InterventionType type, DecisionOutcome outcome,
                                              String scope, LocalDate startsOn, LocalDate plannedEnd,
                                              LegalBasis legalReference, String reasons, LocalDate closedOn,
                                              ClosureReason closureReason, String closureOutcome, String closedBy) {
        return new DecidedIntervention(id, type, outcome, scope, startsOn, plannedEnd, legalReference, reasons,
                closedOn, closureReason, closureOutcome, closedBy);
    }

    /** Ends granted help with a reason and an outcome, on a date between its start and today. */
    void close(ClosureReason reason, String outcomeText, LocalDate on, String by, LocalDate today) {
        if (!outcome.grantsHelp()) {
            throw new RuleViolation("casehandling.decision.error.refused-cannot-close");
        }
        if (closedOn != null) {
            throw new RuleViolation("casehandling.decision.error.already-closed");
        }
        if (reason == null) {
            throw RuleViolation.forField("casehandling.decision.closure-reason",
                    "casehandling.decision.error.closure-reason-required");
        }
        if (on == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.closure.closed-on");
        }
        DateRange.check("casehandling.closure.closed-on", on);
        if (on.isBefore(startsOn)) {
            throw RuleViolation.forField("casehandling.closure.closed-on", "casehandling.error.dates-in-wrong-order",
                    "casehandling.decision.starts-on", "casehandling.closure.closed-on");
        }
        if (on.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.closure.closed-on");
        }
        this.closureOutcome = FREE_TEXT.required("casehandling.closure.outcome", outcomeText, FreeText.MEDIUM);
        this.closureReason = reason;
        this.closedOn = on;
        this.closedBy = Objects.requireNonNull(by, "closed by");
    }

    public boolean serviceWithoutDecision() {
        return !Delegation.needsDecision(type);
    }

    public InterventionId id() {
        return id;
    }

    public InterventionType type() {
        return type;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public String scope() {
        return scope;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public LegalBasis legalReference() {
        return legalReference;
    }

    public String reasons() {
        return reasons;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    public String closureOutcome() {
        return closureOutcome;
    }

    public String closedBy() {
        return closedBy;
    }
}
