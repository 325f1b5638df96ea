package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.ProtectionProposalId;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * Changing a person's protection. Raising it from none takes effect at once (the safe direction: the address is
 * hidden and the cases are restricted to named staff). Lifting it, or changing between protected levels, is a
 * proposal with a reason that takes effect only when a second person approves it; they may reject it instead. Nobody
 * decides their own proposal, whatever account name they use: the proposer is recognised by the Keycloak subject
 * and by the username. A proposal is decided once.
 */
public final class ProtectionProposal {

    public enum Status { PENDING, APPROVED, REJECTED }

    private final ProtectionProposalId id;
    private final PersonId personId;
    private final ProtectionLevel from;
    private final ProtectionLevel to;
    private final String reason;
    private final String proposedBySubject;
    private final String proposedByUsername;
    private final Instant proposedAt;
    private Status status;
    private String decidedBySubject;
    private String decidedByUsername;
    private Instant decidedAt;
    private String decisionReason;

    private ProtectionProposal(ProtectionProposalId id, PersonId personId, ProtectionLevel from, ProtectionLevel to,
                               String reason, String proposedBySubject, String proposedByUsername, Instant proposedAt,
                               Status status, String decidedBySubject, String decidedByUsername, Instant decidedAt,
                               String decisionReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.personId = Objects.requireNonNull(personId, "person");
        this.from = Objects.requireNonNull(from, "from level");
        this.to = Objects.requireNonNull(to, "to level");
        this.reason = reason;
        this.proposedBySubject = Objects.requireNonNull(proposedBySubject, "proposer");
        this.proposedByUsername = Objects.requireNonNull(proposedByUsername, "proposer");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposed at");
        this.status = Objects.requireNonNull(status, "status");
        this.decidedBySubject = decidedBySubject;
        this.decidedByUsername = decidedByUsername;
        this.decidedAt = decidedAt;
        this.decisionReason = decisionReason;
    }

    /**
     * Checks that setting {@code to} on a person at {@code current} is a raise, which takes effect at once.
     *
     * @throws RuleViolation when the person is already protected (a change then needs a proposal) or nothing changes
     */
    public static void checkRaise(ProtectionLevel current, ProtectionLevel to) {
        if (to == null || !to.isProtected()) {
            throw new RuleViolation("casehandling.protected.error.level-required");
        }
        if (current.isProtected()) {
            throw new RuleViolation("casehandling.protected.error.raise-only-from-none");
        }
    }

    /**
     * Proposes lifting the person's protection or changing its level.
     *
     * @throws RuleViolation when the person is not protected (raising needs no proposal), the level does not change,
     *                       or the reason is missing
     */
    public static ProtectionProposal propose(PersonId personId, ProtectionLevel current, ProtectionLevel to,
                                             String reason, Actor by, Instant at) {
        if (!current.isProtected()) {
            throw new RuleViolation("casehandling.protected.error.nothing-to-lift");
        }
        if (to == null || to == current) {
            throw new RuleViolation("casehandling.protected.error.level-unchanged");
        }
        var checked = FREE_TEXT.required("casehandling.protected.reason", reason, FreeText.SHORT * 2);
        return new ProtectionProposal(ProtectionProposalId.random(), personId, current, to, checked, by.subject(),
                by.username(), at, Status.PENDING, null, null, null, null);
    }

    public static ProtectionProposal restore(ProtectionProposalId id, PersonId personId, ProtectionLevel from,
                                             ProtectionLevel to, String reason, String proposedBySubject,
                                             String proposedByUsername, Instant proposedAt, Status status,
                                             String decidedBySubject, String decidedByUsername, Instant decidedAt,
                                             String decisionReason) {
        return new ProtectionProposal(id, personId, from, to, reason, proposedBySubject, proposedByUsername,
                proposedAt, status, decidedBySubject, decidedByUsername, decidedAt, decisionReason);
    }

    /**
     * Approves the proposal: the level to set on the person.
     *
     * @param current the person's level now; it must still be the one the proposal was made from
     * @throws RuleViolation when the approver made the proposal
     * @throws RuleViolation when it is already decided or the person's protection changed since
     */
    public ProtectionLevel approve(Actor by, ProtectionLevel current, Instant at) {
        requireDecidableBy(by);
        if (current != from) {
            throw new RuleViolation("casehandling.protected.error.changed-since-proposal");
        }
        decided(Status.APPROVED, by, null, at);
        return to;
    }

    /**
     * Rejects the proposal; the person's protection stays.
     *
     * @throws RuleViolation when the rejecter made the proposal
     * @throws RuleViolation when it is already decided
     */
    public void reject(Actor by, String reason, Instant at) {
        requireDecidableBy(by);
        decided(Status.REJECTED, by, FREE_TEXT.optional("casehandling.protected.reason", reason, FreeText.SHORT * 2),
                at);
    }

    /** Whether the actor made the proposal (by subject or by username). */
    public boolean proposedBy(Actor actor) {
        return proposedBySubject.equals(actor.subject()) || proposedByUsername.equals(actor.username());
    }

    private void requireDecidableBy(Actor by) {
        if (status != Status.PENDING) {
            throw new RuleViolation("casehandling.protected.error.already-decided");
        }
        if (proposedBy(by)) {
            // The facade refuses this first, as a refusal it records; the rule holds here too.
            throw new RuleViolation("casehandling.protected.error.own-proposal");
        }
    }

    private void decided(Status outcome, Actor by, String reason, Instant at) {
        this.status = outcome;
        this.decidedBySubject = by.subject();
        this.decidedByUsername = by.username();
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public ProtectionProposalId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public ProtectionLevel from() {
        return from;
    }

    public ProtectionLevel to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public String proposedBySubject() {
        return proposedBySubject;
    }

    public String proposedByUsername() {
        return proposedByUsername;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Status status() {
        return status;
    }

    public String decidedBySubject() {
        return decidedBySubject;
    }

    public String decidedByUsername() {
        return decidedByUsername;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
