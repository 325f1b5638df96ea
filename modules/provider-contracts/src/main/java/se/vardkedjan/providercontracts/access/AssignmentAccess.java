package se.vardkedjan.providercontracts.access;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.CaseDoor.OpenedCase;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.persistence.AssignmentRows;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The door to assignments (ADR 0024). Case staff reach an assignment through its case, by case handling's own rule
 * ({@link CaseDoor}: no copy of it here). Provider staff reach only assignments addressed to their organisation (the
 * {@code provider_organisations} claim), from sending on: this module's rule, passed to case handling's
 * {@link CaseDoor#admit}, which writes the row or records the refusal and gives the admission that alone reaches the
 * client's identity. An assignment the user may not reach is refused as
 * unknown, so a probe by id learns nothing. Call it inside the facade's transaction.
 */
@Component
public class AssignmentAccess {

    /** What a facade may do with an assignment a provider opened. */
    public record ProviderAccess(Actor actor, AssignmentId id, CaseId caseId, boolean protectedIdentity,
                                 CaseDoor.Admission admission) {
    }

    private final CaseDoor cases;
    private final AssignmentRows assignments;
    private final Refusals refusals;
    private final CurrentActor currentActor;

    AssignmentAccess(CaseDoor cases, AssignmentRows assignments, Refusals refusals,
                     CurrentActor currentActor) {
        this.cases = cases;
        this.assignments = assignments;
        this.refusals = refusals;
        this.currentActor = currentActor;
    }

    /**
     * Lets the signed-in client into their own case for their assignments (ADR 0028, slice 2), through case handling's
     * door to the own file: the row is written with the client as actor and purpose {@code OWN_FILE} before the
     * admission is made. Takes no id. Empty when the client has no case (nothing written).
     *
     * @throws AccessDenied when the signed-in user is not a client (recorded)
     */
    public Optional<CaseDoor.Admission> openOwn(AccessKind kind, String what) {
        return cases.admitOwn(FileSection.ASSIGNMENT, kind, what);
    }

    /** Opens the case for case staff (case handling's rule), or refuses (recorded). */
    public OpenedCase openCase(CaseId caseId, AccessKind kind, String what) {
        return cases.open(caseId, kind, what, Purpose.CASE_WORK);
    }

    /** Opens an assignment's case for case staff; an unknown assignment is refused as unknown (recorded). */
    public OpenedCase openForCaseStaff(AssignmentId id, AccessKind kind, String what) {
        var facts = assignments.accessFacts(id).orElseThrow(() -> unknown(kind, what, id));
        return cases.open(facts.caseId(), kind, what, Purpose.CASE_WORK);
    }

    /**
     * Opens an assignment for provider staff, or a provider's system calling the REST API: only one sent to their own
     * organisation (the same {@code provider_organisations} claim; a system has exactly one). Writes the access-log
     * row in the caller's name (the client's file is read or changed through it) or records the refusal.
     *
     * @throws AccessDenied when the user is neither provider staff nor a provider's system, or the assignment is unknown, not sent, or addressed to
     *                      another organisation (all refused as unknown but the role)
     */
    public ProviderAccess openForProvider(AssignmentId id, AccessKind kind, String what) {
        var actor = currentActor.find().orElseThrow(refusals::nobodySignedIn);
        if (!actor.hasRole(Roles.PROVIDER_STAFF) && !actor.hasRole(Roles.PROVIDER_SYSTEM)) {
            throw refusals.refuse(actor, Refusals.attempt(kind), what, Target.of("ASSIGNMENT", id.value()),
                    Reason.ROLE, "Only provider staff and providers' systems answer assignments");
        }
        var facts = assignments.accessFacts(id).orElseThrow(() -> unknown(kind, what, id));
        var admission = cases.admit(facts.caseId(), signedIn -> facts.status().reachesProvider()
                        && facts.providerCode() != null
                        && signedIn.providerOrganisations().contains(new ProviderOrganisationCode(facts.providerCode())),
                Target.of("ASSIGNMENT", id.value()), kind, what, Purpose.CASE_WORK);
        return new ProviderAccess(actor, id, facts.caseId(), admission.protectedIdentity(), admission);
    }

    /**
     * Opens an assignment's case for a provider's staff member who acts on the client's case through it from another
     * module (sending the client a questionnaire, ADR 0030 amendment): only provider staff (not a system), only of the
     * organisation the assignment is addressed to, only while the assignment is accepted or running, and only for the
     * case the assignment is of. Writes the access-log row in the staff member's name, or records the refusal; all but
     * the role refused as an unknown assignment, so a probe learns nothing.
     *
     * @throws AccessDenied when the user is not provider staff, the assignment is unknown, another organisation's,
     *                      not accepted or running (sent, declined, ended, withdrawn), or of another case
     */
    public ProviderAccess openActiveForProviderStaff(AssignmentId id, CaseId caseId, AccessKind kind, String what) {
        var actor = currentActor.find().orElseThrow(refusals::nobodySignedIn);
        if (id == null) {
            throw refusals.unknown(kind, what, "ASSIGNMENT", null);
        }
        if (!actor.hasRole(Roles.PROVIDER_STAFF)) {
            throw refusals.refuse(actor, Refusals.attempt(kind), what, Target.of("ASSIGNMENT", id.value()),
                    Reason.ROLE, "Only provider staff act on a client's case through an assignment");
        }
        var facts = assignments.accessFacts(id).orElseThrow(() -> unknown(kind, what, id));
        if (!facts.caseId().equals(caseId)) {
            throw unknown(kind, what, id);
        }
        var admission = cases.admit(facts.caseId(), signedIn -> signedIn.hasRole(Roles.PROVIDER_STAFF)
                        && (facts.status() == AssignmentStatus.ACCEPTED || facts.status() == AssignmentStatus.RUNNING)
                        && facts.providerCode() != null
                        && signedIn.providerOrganisations().contains(new ProviderOrganisationCode(facts.providerCode())),
                Target.of("ASSIGNMENT", id.value()), kind, what, Purpose.CASE_WORK);
        return new ProviderAccess(actor, id, facts.caseId(), admission.protectedIdentity(), admission);
    }

    /** The signed-in provider staff member or provider's system, or a refusal for the role (recorded). */
    public Actor providerActor(AccessKind kind, String what) {
        var actor = actor();
        if (!actor.hasRole(Roles.PROVIDER_STAFF) && !actor.hasRole(Roles.PROVIDER_SYSTEM)) {
            throw refusals.refuse(actor, Refusals.attempt(kind), what, null, Reason.ROLE,
                    "Only provider staff and providers' systems list assignments");
        }
        return actor;
    }

    /**
     * Logs, in the provider's name, the reads of the cases whose assignments a list shows: only assignments addressed
     * to the provider's organisation, which the list's query chose by this module's rule.
     */
    public void logProviderReads(Actor actor, Collection<CaseId> listed, String what) {
        var read = listed.stream().distinct().map(cases::facts).flatMap(Optional::stream).toList();
        logCaseReads(actor, read, what);
    }

    /** The cases among the candidates the actor may see under case handling's rule. */
    public List<CaseDoor.CaseFacts> visibleCases(Actor actor, Collection<CaseId> candidates) {
        return cases.visibleTo(actor, candidates);
    }

    /** Logs the reads of the cases a list shows (found through {@link #visibleCases}). */
    public void logCaseReads(Actor actor, List<CaseDoor.CaseFacts> read, String what) {
        if (!read.isEmpty()) {
            cases.logReads(actor, read, what, Purpose.CASE_WORK);
        }
    }

    /** The facts of the cases (for logging the rows of a list the provider's own rule found). */
    public List<CaseDoor.CaseFacts> factsOf(Collection<CaseId> caseIds) {
        return caseIds.stream().distinct().map(cases::facts).flatMap(Optional::stream).toList();
    }

    /** The client of an assignment's case opened through {@link #openForProvider} (its admission; the row is written). */
    public CaseDoor.Client clientOf(ProviderAccess opened) {
        return cases.clientOf(opened.admission());
    }

    /**
     * Refuses an address whose assignment id is no id at all (a probe), as an unknown assignment: recorded without
     * what was typed, which might be anything, a personal number too ({@code SecurityEvent.Target} takes no such id).
     */
    public AccessDenied refuseMalformed(String what) {
        return refusals.unknown(AccessKind.READ, what, "ASSIGNMENT", null);
    }

    /** The signed-in user, or a refusal when nobody is. */
    public Actor actor() {
        return currentActor.find().orElseThrow(refusals::nobodySignedIn);
    }

    /** Refuses the signed-in user for their role (recorded). */
    public AccessDenied refuseRole(AccessKind kind, String what) {
        return refusals.refuse(kind, what, null, Reason.ROLE);
    }

    private AccessDenied unknown(AccessKind kind, String what, AssignmentId id) {
        return refusals.unknown(kind, what, "ASSIGNMENT", id.value());
    }
}
