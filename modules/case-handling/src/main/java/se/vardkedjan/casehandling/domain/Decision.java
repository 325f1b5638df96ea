package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.events.DecisionMade;
import se.vardkedjan.casehandling.events.DecisionProposed;
import se.vardkedjan.casehandling.events.InterventionClosed;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * A decision (beslut) in a case: one or more interventions granted or refused, by whom under which delegation, on
 * which date, and how the client was informed. A caseworker decides directly within the delegation rules; above them
 * the decision is a proposal until a unit manager of the case's unit approves it (or returns it with a comment).
 */
public final class Decision {


    private final DecisionId id;
    private final CaseId caseId;
    private DecisionStatus status;
    private final LocalDate proposedOn;
    private final String proposedBy;
    private LocalDate decidedOn;
    private String decidedBy;
    private final String delegationLevel;
    private CommunicationChannel informedBy;
    private LocalDate informedOn;
    private String returnComment;
    private String returnedBy;
    private final List<DecidedIntervention> items;
    private final long version;
    private final List<Object> events = new ArrayList<>();

    private Decision(DecisionId id, CaseId caseId, DecisionStatus status, LocalDate proposedOn, String proposedBy,
                     LocalDate decidedOn, String decidedBy, String delegationLevel, CommunicationChannel informedBy,
                     LocalDate informedOn, String returnComment, String returnedBy, List<DecidedIntervention> items,
                     long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "case");
        this.status = Objects.requireNonNull(status, "status");
        this.proposedOn = proposedOn;
        this.proposedBy = proposedBy;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.delegationLevel = delegationLevel;
        this.informedBy = informedBy;
        this.informedOn = informedOn;
        this.returnComment = returnComment;
        this.returnedBy = returnedBy;
        this.items = List.copyOf(items);
        this.version = version;
    }

    /**
     * Makes a decision: decided at once when the delegation allows the decider every item, otherwise a proposal for
     * the unit manager (then the client is informed once it is approved).
     *
     * @param investigationStartedOn the decision date cannot precede the investigation
     */
    public static Decision make(CaseId caseId, List<DecidedIntervention> items, LocalDate decidedOn,
                                CommunicationChannel informedBy, LocalDate informedOn, Actor decider,
                                Delegation delegation, LocalDate investigationStartedOn, LocalDate today) {
        if (items.isEmpty()) {
            throw new RuleViolation("casehandling.decision.error.no-items");
        }
        checkDecisionDate(decidedOn, investigationStartedOn, today);
        var level = delegation.requiredLevel(items.stream().map(DecidedIntervention::type).toList());
        var within = items.stream().allMatch(item -> delegation.allows(decider.roles(), item.type()));
        if (!within) {
            var proposal = new Decision(DecisionId.random(), caseId, DecisionStatus.PROPOSED, decidedOn,
                    decider.username(), null, null, level, null, null, null, null, items, 0);
            proposal.events.add(new DecisionProposed(caseId, proposal.id, decidedOn));
            return proposal;
        }
        var decision = new Decision(DecisionId.random(), caseId, DecisionStatus.PROPOSED, decidedOn,
                decider.username(), null, null, level, null, null, null, null, items, 0);
        decision.enterIntoForce(decidedOn, decider.username(), informedBy, informedOn, today);
        return decision;
    }

    public static Decision restore(DecisionId id, CaseId caseId, DecisionStatus status, LocalDate proposedOn,
                                   String proposedBy, LocalDate decidedOn, String decidedBy, String delegationLevel,
                                   CommunicationChannel informedBy, LocalDate informedOn, String returnComment,
                                   String returnedBy, List<DecidedIntervention> items, long version) {
        return new Decision(id, caseId, status, proposedOn, proposedBy, decidedOn, decidedBy, delegationLevel,
                informedBy, informedOn, returnComment, returnedBy, items, version);
    }

    /**
     * A unit manager approves a proposal: the decision is made today, by the manager, under the manager's delegation.
     * The caller has checked that the manager belongs to the case's unit.
     */
    public void approve(Actor manager, Delegation delegation, CommunicationChannel informedBy, LocalDate informedOn,
                        LocalDate today) {
        requireStatus(DecisionStatus.PROPOSED);
        if (!manager.hasRole(Roles.UNIT_MANAGER)
                || !items.stream().allMatch(item -> delegation.allows(manager.roles(), item.type()))) {
            throw new RuleViolation("casehandling.decision.error.outside-delegation");
        }
        enterIntoForce(today, manager.username(), informedBy, informedOn, today);
    }

    /** A unit manager sends a proposal back to the caseworker with a comment; nothing is decided. */
    public void returnToCaseworker(Actor manager, String comment) {
        requireStatus(DecisionStatus.PROPOSED);
        if (!manager.hasRole(Roles.UNIT_MANAGER)) {
            throw new RuleViolation("casehandling.decision.error.outside-delegation");
        }
        this.returnComment = FREE_TEXT.required("casehandling.decision.return-comment", comment, FreeText.MEDIUM);
        this.returnedBy = manager.username();
        this.status = DecisionStatus.RETURNED;
    }

    /** Ends a granted intervention of this decision with a reason and an outcome. */
    public void closeIntervention(InterventionId interventionId, ClosureReason reason, String outcome,
                                  LocalDate closedOn, String closedBy, LocalDate today) {
        requireStatus(DecisionStatus.DECIDED);
        var item = items.stream().filter(i -> i.id().equals(interventionId)).findFirst()
                .orElseThrow(() -> new RuleViolation("casehandling.decision.error.no-such-intervention"));
        item.close(reason, outcome, closedOn, closedBy, today);
        events.add(new InterventionClosed(caseId, id, item.id(), item.type(), closedOn, reason));
    }

    /** Whether anything was refused or partly granted, so the decision must carry appeal information. */
    public boolean appealable() {
        return items.stream().anyMatch(i -> !i.serviceWithoutDecision() && i.outcome() != DecisionOutcome.GRANTED);
    }

    private void enterIntoForce(LocalDate on, String by, CommunicationChannel channel, LocalDate informed,
                                LocalDate today) {
        var onlyServices = items.stream().allMatch(DecidedIntervention::serviceWithoutDecision);
        if (!onlyServices) {
            if (channel == null) {
                throw RuleViolation.forField("casehandling.decision.informed-by",
                        "casehandling.decision.error.informed-required");
            }
            if (informed == null) {
                throw new RuleViolation("casehandling.error.date-required", "casehandling.decision.informed-on");
            }
        }
        if (informed != null) {
            DateRange.check("casehandling.decision.informed-on", informed);
            if (informed.isBefore(on)) {
                throw RuleViolation.forField("casehandling.decision.informed-on",
                        "casehandling.error.dates-in-wrong-order", "casehandling.decision.decided-on",
                        "casehandling.decision.informed-on");
            }
            if (informed.isAfter(today)) {
                throw new RuleViolation("casehandling.error.date-in-future", "casehandling.decision.informed-on");
            }
        }
        this.status = DecisionStatus.DECIDED;
        this.decidedOn = on;
        this.decidedBy = by;
        this.informedBy = channel;
        this.informedOn = informed;
        events.add(new DecisionMade(caseId, id, on));
        for (var item : items) {
            if (item.outcome().grantsHelp()) {
                events.add(new InterventionGranted(caseId, id, item.id(), item.type(), item.startsOn()));
            }
        }
    }

    private static void checkDecisionDate(LocalDate decidedOn, LocalDate investigationStartedOn, LocalDate today) {
        if (decidedOn == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.decision.decided-on");
        }
        DateRange.check("casehandling.decision.decided-on", decidedOn);
        if (investigationStartedOn != null && decidedOn.isBefore(investigationStartedOn)) {
            throw RuleViolation.forField("casehandling.decision.decided-on",
                    "casehandling.error.dates-in-wrong-order", "casehandling.investigation.started-on",
                    "casehandling.decision.decided-on");
        }
        if (decidedOn.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.decision.decided-on");
        }
    }

    private void requireStatus(DecisionStatus expected) {
        if (status != expected) {
            throw new RuleViolation("casehandling.decision.error.wrong-status", status.name());
        }
    }

    public List<Object> events() {
        return List.copyOf(events);
    }

    public DecisionId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public DecisionStatus status() {
        return status;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String delegationLevel() {
        return delegationLevel;
    }

    public CommunicationChannel informedBy() {
        return informedBy;
    }

    public LocalDate informedOn() {
        return informedOn;
    }

    public String returnComment() {
        return returnComment;
    }

    public String returnedBy() {
        return returnedBy;
    }

    public List<DecidedIntervention> items() {
        return items;
    }

    public long version() {
        return version;
    }
}
