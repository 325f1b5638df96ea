package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.EndReason;

import se.vardkedjan.providercontracts.AssignmentStatus;

import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An assignment (uppdrag) from the municipality to a provider, made from one granted intervention. The caseworker
 * writes it as a draft (method, provider and content), sends it, and the provider receives it, accepts it with a start
 * date or declines it with a reason; an accepted assignment starts running and ends (completed, broken off or
 * replaced). A draft may be withdrawn. Every change is recorded in the history with who and when; a change the state
 * does not allow is a {@link RuleViolation}.
 */
public final class Assignment {

    private final AssignmentId id;
    private final CaseId caseId;
    private final DecisionId decisionId;
    private final InterventionId interventionId;
    private final InterventionType interventionType;
    private final LocalDate grantedFrom;
    private final long version;
    private AssignmentStatus status;
    private LocalDate decidedOn;
    private ProviderChoice choice;
    private AssignmentContent content;
    private List<AssignmentGoal> goals;
    private Instant sentAt;
    private LocalDate acceptedStart;
    private String declineReason;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private EndReason endReason;
    private final List<HistoryEntry> newHistory = new ArrayList<>();

    private Assignment(AssignmentId id, CaseId caseId, DecisionId decisionId, InterventionId interventionId,
                       InterventionType interventionType, LocalDate grantedFrom, long version,
                       AssignmentStatus status) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "case");
        this.decisionId = Objects.requireNonNull(decisionId, "decision");
        this.interventionId = Objects.requireNonNull(interventionId, "intervention");
        this.interventionType = Objects.requireNonNull(interventionType, "intervention type");
        this.grantedFrom = grantedFrom;
        this.version = version;
        this.status = Objects.requireNonNull(status, "status");
        this.content = AssignmentContent.EMPTY;
        this.goals = List.of();
    }

    /** A new draft for a granted intervention. */
    public static Assignment draft(AssignmentId id, CaseId caseId, DecisionId decisionId,
                                   InterventionId interventionId, InterventionType type, LocalDate grantedFrom,
                                   String by, Instant at) {
        var assignment = new Assignment(id, caseId, decisionId, interventionId, type, grantedFrom, 0,
                AssignmentStatus.DRAFT);
        assignment.record(at, by, "DRAFTED", null);
        return assignment;
    }

    /** An assignment as stored. */
    public static Assignment restore(AssignmentId id, CaseId caseId, DecisionId decisionId,
                                     InterventionId interventionId, InterventionType type, LocalDate grantedFrom,
                                     long version, AssignmentStatus status, LocalDate decidedOn,
                                     ProviderChoice choice, AssignmentContent content, List<AssignmentGoal> goals,
                                     Instant sentAt, LocalDate acceptedStart, String declineReason,
                                     LocalDate startedOn, LocalDate endedOn, EndReason endReason) {
        var assignment = new Assignment(id, caseId, decisionId, interventionId, type, grantedFrom, version, status);
        assignment.decidedOn = decidedOn;
        assignment.choice = choice;
        assignment.content = content == null ? AssignmentContent.EMPTY : content;
        assignment.goals = List.copyOf(goals);
        assignment.sentAt = sentAt;
        assignment.acceptedStart = acceptedStart;
        assignment.declineReason = declineReason;
        assignment.startedOn = startedOn;
        assignment.endedOn = endedOn;
        assignment.endReason = endReason;
        return assignment;
    }

    // ---- The caseworker's side

    /**
     * Writes the draft: the method and provider chosen (already checked against the contract's cover and room by the
     * caller), the content, and the date of the decision it rests on. The start may not come before the decision.
     */
    public void writeDraft(LocalDate decidedOn, ProviderChoice choice, AssignmentContent content, String by,
                           Instant at) {
        requireStatus("providercontracts.assignment.error.not-a-draft", AssignmentStatus.DRAFT);
        Objects.requireNonNull(content, "content");
        checkStartAfterDecision(content.startsOn(), decidedOn, "providercontracts.assignment.starts-on");
        this.decidedOn = decidedOn;
        this.choice = choice;
        this.content = content;
        record(at, by, "DRAFT_WRITTEN", null);
    }

    /**
     * Sends the draft to the provider with the care plan's goals copied as they are now. Needs a provider, the
     * complete content and a start not before the decision; the personal data shared is checked against the person's
     * protection.
     */
    public void send(List<AssignmentGoal> planGoals, boolean protectedIdentity, String by, Instant at) {
        requireStatus("providercontracts.assignment.error.not-a-draft", AssignmentStatus.DRAFT);
        if (choice == null) {
            throw RuleViolation.forField("providercontracts.assignment.provider",
                    "providercontracts.assignment.error.provider-required");
        }
        content.checkComplete();
        checkStartAfterDecision(content.startsOn(), decidedOn, "providercontracts.assignment.starts-on");
        content.sharing().checkAllowedFor(protectedIdentity);
        this.goals = List.copyOf(planGoals);
        this.sentAt = at;
        this.status = AssignmentStatus.SENT;
        record(at, by, "SENT", null);
    }

    /** Withdraws a draft that is not to be sent (another assignment will carry the intervention, or none). */
    public void withdraw(String by, Instant at) {
        requireStatus("providercontracts.assignment.error.not-a-draft", AssignmentStatus.DRAFT);
        this.status = AssignmentStatus.WITHDRAWN;
        record(at, by, "WITHDRAWN", null);
    }

    /**
     * Ends an accepted or running assignment: completed, broken off, or replaced by another. The end may not come
     * before the start (unless replaced) nor before the last attendance day counted ({@code lastCountedDay}, null when
     * none): the days reported stay within the assignment.
     */
    public void end(EndReason reason, LocalDate on, LocalDate lastCountedDay, String by, Instant at) {
        requireStatus("providercontracts.assignment.error.not-running", AssignmentStatus.ACCEPTED,
                AssignmentStatus.RUNNING);
        Objects.requireNonNull(reason, "reason");
        if (on == null) {
            throw RuleViolation.forField("providercontracts.assignment.ended-on",
                    "providercontracts.error.text-required", "providercontracts.assignment.ended-on");
        }
        AssignmentDates.check("providercontracts.assignment.ended-on", on);
        var from = startedOn != null ? startedOn : acceptedStart;
        if (from != null && on.isBefore(from) && reason != EndReason.REPLACED) {
            throw RuleViolation.forField("providercontracts.assignment.ended-on",
                    "providercontracts.assignment.error.end-before-start", from);
        }
        if (lastCountedDay != null && on.isBefore(lastCountedDay)) {
            throw RuleViolation.forField("providercontracts.assignment.ended-on",
                    "providercontracts.assignment.error.end-before-reported-days", lastCountedDay);
        }
        this.status = AssignmentStatus.ENDED;
        this.endReason = reason;
        this.endedOn = on;
        record(at, by, "ENDED", reason.name());
    }

    // ---- The provider's side

    /** The provider confirms that it has received the assignment. */
    public void receive(String by, Instant at) {
        requireStatus("providercontracts.assignment.error.not-sent", AssignmentStatus.SENT);
        this.status = AssignmentStatus.RECEIVED;
        record(at, by, "RECEIVED", null);
    }

    /** The provider accepts the assignment with the date it starts; not before the decision. */
    public void accept(LocalDate startsOn, String by, Instant at) {
        requireStatus("providercontracts.assignment.error.not-sent", AssignmentStatus.SENT,
                AssignmentStatus.RECEIVED);
        if (startsOn == null) {
            throw RuleViolation.forField("providercontracts.assignment.accepted-start",
                    "providercontracts.error.text-required", "providercontracts.assignment.accepted-start");
        }
        AssignmentDates.check("providercontracts.assignment.accepted-start", startsOn);
        checkStartAfterDecision(startsOn, decidedOn, "providercontracts.assignment.accepted-start");
        this.status = AssignmentStatus.ACCEPTED;
        this.acceptedStart = startsOn;
        record(at, by, "ACCEPTED", startsOn.toString());
    }

    /** The provider declines the assignment, saying why; the caseworker then chooses another provider. */
    public void decline(String reason, String by, Instant at) {
        requireStatus("providercontracts.assignment.error.not-sent", AssignmentStatus.SENT,
                AssignmentStatus.RECEIVED);
        var checked = ProviderText.required("providercontracts.assignment.decline-reason", reason,
                ProviderText.MEDIUM);
        this.status = AssignmentStatus.DECLINED;
        this.declineReason = checked;
        record(at, by, "DECLINED", null);
    }

    /**
     * The provider reports that the accepted assignment has started: not before the decision, and not after today (the
     * day of {@code at} in Sweden), since a start is reported once it has happened.
     */
    public void start(LocalDate on, String by, Instant at) {
        requireStatus("providercontracts.assignment.error.not-accepted", AssignmentStatus.ACCEPTED);
        if (on == null) {
            throw RuleViolation.forField("providercontracts.assignment.started-on",
                    "providercontracts.error.text-required", "providercontracts.assignment.started-on");
        }
        AssignmentDates.check("providercontracts.assignment.started-on", on);
        checkStartAfterDecision(on, decidedOn, "providercontracts.assignment.started-on");
        if (on.isAfter(LocalDate.ofInstant(at, EscalationStep.ZONE))) {
            throw RuleViolation.forField("providercontracts.assignment.started-on",
                    "providercontracts.assignment.error.start-in-the-future");
        }
        this.status = AssignmentStatus.RUNNING;
        this.startedOn = on;
        record(at, by, "STARTED", on.toString());
    }

    // ---- Rules

    private static void checkStartAfterDecision(LocalDate start, LocalDate decidedOn, String field) {
        if (start != null && decidedOn != null && start.isBefore(decidedOn)) {
            throw RuleViolation.forField(field, "providercontracts.assignment.error.start-before-decision",
                    decidedOn);
        }
    }

    private void requireStatus(String messageKey, AssignmentStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new RuleViolation(messageKey);
        }
    }

    private void record(Instant at, String by, String event, String detail) {
        newHistory.add(new HistoryEntry(at, by, event, detail));
    }

    // ---- What it holds

    public AssignmentId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public DecisionId decisionId() {
        return decisionId;
    }

    public InterventionId interventionId() {
        return interventionId;
    }

    public InterventionType interventionType() {
        return interventionType;
    }

    public LocalDate grantedFrom() {
        return grantedFrom;
    }

    public long version() {
        return version;
    }

    public AssignmentStatus status() {
        return status;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public ProviderChoice choice() {
        return choice;
    }

    public AssignmentContent content() {
        return content;
    }

    public List<AssignmentGoal> goals() {
        return goals;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public LocalDate acceptedStart() {
        return acceptedStart;
    }

    public String declineReason() {
        return declineReason;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public EndReason endReason() {
        return endReason;
    }

    /** The changes made since it was restored or drafted, to append to the stored history. */
    public List<HistoryEntry> newHistory() {
        return List.copyOf(newHistory);
    }
}
