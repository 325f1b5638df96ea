package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.Person;
import se.vardkedjan.casehandling.domain.PersonalIdentity;
import se.vardkedjan.casehandling.domain.ProtectionProposal;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.persistence.ProtectionChangeRows;
import se.vardkedjan.casehandling.readmodel.ProtectionStatus;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person's protected identity (skyddade personuppgifter), as the population register states it, changed by an
 * administrator (for anyone) or a unit manager (for persons with a case in their units). Raising protection from none
 * takes effect at once. Lifting it, or changing between protected levels, is a proposal with a reason that takes
 * effect only when a second administrator or unit manager approves it; they may reject it instead. Proposal, approval
 * and rejection are each written to the access log ({@link Purpose#ADMINISTRATION}) and kept in an append-only
 * history. Nothing here shows a name or an address: the number and the level are enough to act on.
 */
@Service
@RolesAllowed({Roles.ADMINISTRATOR, Roles.UNIT_MANAGER})
public class ProtectedIdentities {

    private static final String PROTECTION = "PERSON_PROTECTION";
    private static final String PROPOSAL = "PROTECTION_PROPOSAL";
    private static final int PENDING_LIMIT = 200;

    private final PersonRows persons;
    private final CaseRows cases;
    private final Organisation organisation;
    private final ProtectionChangeRows changes;
    private final PersonalDataAccess access;
    private final Clock clock;

    public ProtectedIdentities(PersonRows persons, CaseRows cases, Organisation organisation, ProtectionChangeRows changes,
                               PersonalDataAccess access, Clock clock) {
        this.persons = persons;
        this.cases = cases;
        this.organisation = organisation;
        this.changes = changes;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The protection of the person with this whole identity number, and the proposal waiting for a decision. Logged as
     * a read of the person.
     *
     * @throws RuleViolation when the number is not a whole valid number or nobody has it
     * @throws AccessDenied  when a unit manager asks about a person without a case in their units
     */
    @Transactional
    public ProtectionStatus find(String identityNumber) {
        var actor = access.actor();
        var term = PersonalIdentity.searchTerm(identityNumber, LocalDate.now(clock))
                .filter(PersonalIdentity.SearchTerm::complete)
                .orElseThrow(() -> new RuleViolation("casehandling.protected.error.whole-number"));
        var person = persons.findByIdentityNumber(term.prefix())
                .orElseThrow(() -> new RuleViolation("casehandling.protected.error.person-not-found"));
        requireInScope(actor, person, PROTECTION);
        access.logPerson(actor, person.id(), AccessKind.READ, PROTECTION, Purpose.ADMINISTRATION,
                person.protection().isProtected());
        return new ProtectionStatus(person.id(), person.version(), person.identity().formatted(),
                person.protection(), changes.pendingFor(person.id()).map(p -> proposal(p, person, actor))
                .orElse(null));
    }

    /**
     * Raises a person's protection from none to a protected level, at once. Their cases are then seen only by the
     * staff the deciding role names (see {@link ProtectedCases}).
     *
     * @param version the person's version as the caller read it
     */
    @Transactional
    public void raise(PersonId id, long version, ProtectionLevel level) {
        var actor = access.actor();
        var person = load(actor, id, version);
        var from = person.protection();
        ProtectionProposal.checkRaise(from, level);
        person.protect(level);
        persons.update(person);
        changes.record(id, null, "RAISED", from, level, null, actor, clock.instant());
        access.logPerson(actor, id, AccessKind.CHANGE, PROTECTION, Purpose.ADMINISTRATION, true);
    }

    /**
     * Proposes lifting a person's protection or changing its level, with a reason; nothing changes until a second
     * person approves.
     */
    @Transactional
    public ProtectionProposalId propose(PersonId id, long version, ProtectionLevel level, String reason) {
        var actor = access.actor();
        var person = load(actor, id, version);
        if (changes.pendingFor(id).isPresent()) {
            throw new RuleViolation("casehandling.protected.error.proposal-pending");
        }
        var proposal = ProtectionProposal.propose(id, person.protection(), level, reason, actor, clock.instant());
        changes.insert(proposal);
        changes.record(id, proposal.id(), "PROPOSED", proposal.from(), proposal.to(), proposal.reason(), actor,
                clock.instant());
        access.logPerson(actor, id, AccessKind.CHANGE, PROPOSAL, Purpose.ADMINISTRATION, true);
        return proposal.id();
    }

    /**
     * Approves another person's proposal: the person's protection changes now.
     *
     * @throws AccessDenied  when the signed-in user made the proposal, or may not act for the person
     * @throws RuleViolation when it is already decided, or the person's protection changed since it was made
     */
    @Transactional
    public void approve(ProtectionProposalId id) {
        var actor = access.actor();
        var proposal = pending(id);
        var person = persons.find(proposal.personId()).orElseThrow();
        requireInScope(actor, person, PROTECTION);
        requireSecondPerson(actor, proposal);
        var level = proposal.approve(actor, person.protection(), clock.instant());
        person.protect(level);
        persons.update(person);
        changes.decide(proposal);
        changes.record(person.id(), id, "APPROVED", proposal.from(), proposal.to(), null, actor, clock.instant());
        access.logPerson(actor, person.id(), AccessKind.CHANGE, PROTECTION, Purpose.ADMINISTRATION, true);
    }

    /**
     * Rejects another person's proposal; the protection stays as it is. The reason is optional.
     *
     * @throws AccessDenied when the signed-in user made the proposal, or may not act for the person
     */
    @Transactional
    public void reject(ProtectionProposalId id, String reason) {
        var actor = access.actor();
        var proposal = pending(id);
        var person = persons.find(proposal.personId()).orElseThrow();
        requireInScope(actor, person, PROPOSAL);
        requireSecondPerson(actor, proposal);
        proposal.reject(actor, reason, clock.instant());
        changes.decide(proposal);
        changes.record(person.id(), id, "REJECTED", proposal.from(), proposal.to(), proposal.decisionReason(), actor,
                clock.instant());
        access.logPerson(actor, person.id(), AccessKind.CHANGE, PROPOSAL, Purpose.ADMINISTRATION, true);
    }

    /**
     * The proposals waiting for a decision that the signed-in user may see (an administrator every one, a unit manager
     * those about persons with a case in their units), oldest first; their own are marked, since someone else decides
     * them. Each listed person is logged as read.
     */
    @Transactional
    public List<ProtectionStatus.Proposal> pending() {
        var actor = access.actor();
        var found = changes.pending(actor.hasRole(Roles.ADMINISTRATOR) ? null : actor.units(), PENDING_LIMIT);
        var shown = found.stream().map(p -> proposal(p, persons.find(p.personId()).orElseThrow(), actor)).toList();
        access.logPersonReads(actor, found.stream().map(p -> new PersonalDataAccess.PersonReference(p.personId(),
                false, true)).toList(), PROPOSAL, Purpose.ADMINISTRATION);
        return shown;
    }

    private ProtectionProposal pending(ProtectionProposalId id) {
        return changes.find(Objects.requireNonNull(id, "proposal"))
                .orElseThrow(() -> new RuleViolation("casehandling.protected.error.already-decided"));
    }

    private Person load(Actor actor, PersonId id, long version) {
        var person = persons.find(id)
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, PROTECTION, "PERSON", id.value()));
        requireInScope(actor, person, PROTECTION);
        if (person.version() != version) {
            throw new ConcurrentChange("person", id);
        }
        return person;
    }

    /** An administrator acts for anyone; a unit manager for persons with a case (open or closed) in their units. */
    private void requireInScope(Actor actor, Person person, String what) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (actor.hasRole(Roles.UNIT_MANAGER)
                && cases.casesOf(person.id()).stream().anyMatch(c -> actor.belongsTo(c.unit()))) {
            return;
        }
        throw access.refuse(AccessKind.CHANGE, what, Target.of("PERSON", person.id().value()),
                actor.hasRole(Roles.UNIT_MANAGER) ? Reason.OUTSIDE_UNITS : Reason.ROLE);
    }

    /** The proposer never decides their own proposal (by subject or username): a refusal, recorded. */
    private void requireSecondPerson(Actor actor, ProtectionProposal proposal) {
        if (proposal.proposedBy(actor)) {
            throw access.refuse(AccessKind.CHANGE, PROPOSAL, Target.of("PERSON", proposal.personId().value()),
                    Reason.SECOND_PERSON);
        }
    }

    private ProtectionStatus.Proposal proposal(ProtectionProposal proposal, Person person, Actor actor) {
        return new ProtectionStatus.Proposal(proposal.id(), person.id(), person.identity().formatted(),
                proposal.from(), proposal.to(), proposal.reason(),
                organisation.staffNames(List.of(proposal.proposedByUsername())).of(proposal.proposedByUsername()),
                proposal.proposedAt(), proposal.proposedBy(actor));
    }
}
