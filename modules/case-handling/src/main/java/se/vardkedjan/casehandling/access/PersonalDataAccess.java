package se.vardkedjan.casehandling.access;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessDoor;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessLog;
import se.vardkedjan.accesslog.AccessRecord;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.persistence.CaseRows.AccessFacts;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.List;

/**
 * The one door to personal data in case handling: every facade asks it before it reads or changes a case or a person.
 * It applies case handling's rule ({@link CaseVisibility}) and passes the answer to the access-log module's
 * {@link AccessDoor}, which writes the access-log row in the caller's transaction (so a rolled-back change leaves no
 * row, and a row exists for everything that happened) or records the refusal (ADR 0021). Facades must call it inside
 * their {@code @Transactional} method; the access log refuses to be written outside one.
 *
 * <p>It is also the only way out: a facade refuses through {@link #refuse} or {@link #unknown}, which hand over to the
 * access-log module's {@link Refusals}: the refusal is recorded as a security event (in a transaction of its own, so
 * it survives the rollback the refusal causes) and the {@link AccessDenied} to throw is returned. Only
 * {@code Refusals} constructs an {@code AccessDenied} (ArchitectureTests).
 */
@Component
public class PersonalDataAccess {

    /** What a facade may do with a case it opened through {@link #openCase}. */
    public record CaseAccess(Actor actor, CaseId caseId, PersonId personId, UnitCode unit, boolean protectedIdentity) {

        /** The case as the target of a refusal (a later check, such as only a unit manager may). */
        public Target target() {
            return Target.of("CASE", caseId.value()).in(unit);
        }
    }

    private final CurrentActor currentActor;
    private final CaseRows cases;
    private final AccessLog log;
    private final AccessDoor door;
    private final Refusals refusals;
    private final DecidingRole decidingRole;

    public PersonalDataAccess(CurrentActor currentActor, CaseRows cases, AccessLog log, AccessDoor door,
                              Refusals refusals, DecidingRole decidingRole) {
        this.currentActor = currentActor;
        this.cases = cases;
        this.log = log;
        this.door = door;
        this.refusals = refusals;
        this.decidingRole = decidingRole;
    }

    /** The signed-in caseworker or unit manager; refuses anybody else (recorded). */
    public Actor caseStaff() {
        var actor = actor();
        if (!actor.hasRole(Roles.CASEWORKER) && !actor.hasRole(Roles.UNIT_MANAGER)) {
            throw refusals.refuse(actor, SecurityEvent.Attempt.CALL, "CASE_STAFF", null, Reason.ROLE,
                    "Only caseworkers and unit managers handle cases");
        }
        return actor;
    }

    /**
     * The signed-in user, whoever it is; refuses when nobody is signed in (not recorded: there is nobody to name, and
     * method security refuses an anonymous caller before any facade method runs).
     */
    public Actor actor() {
        return currentActor.find().orElseThrow(refusals::nobodySignedIn);
    }

    /**
     * Checks that the signed-in user may see the case, and logs the access.
     *
     * @param what what is read or changed, e.g. {@code CASE}, {@code JOURNAL_ENTRY}, {@code DECISION}
     * @throws AccessDenied when the case is unknown or outside the user's need to know (no access-log row then, since
     *                      nothing was read; a security event records the refusal)
     */
    public CaseAccess openCase(CaseId caseId, AccessKind kind, String what, Purpose purpose) {
        var actor = caseStaff();
        var facts = cases.accessFacts(caseId).orElseThrow(() -> unknown(kind, what, "CASE", caseId.value()));
        door.pass(CaseVisibility.refusal(actor, facts.unit(), facts.protectedIdentity(), facts.namedSubjects()),
                Target.of("CASE", caseId.value()).in(facts.unit()), AccessRecord.ofCase(actor, facts.personId(), caseId,
                        facts.unit(), kind, what, purpose, facts.protectedIdentity()));
        return new CaseAccess(actor, caseId, facts.personId(), facts.unit(), facts.protectedIdentity());
    }

    /**
     * For the deciding role's work on a protected case (naming staff, the work list): checks that the case is protected
     * and that the signed-in user holds the deciding role in its unit, and logs the access with purpose
     * {@link Purpose#SUPERVISION}. The decider need not be named on the case; what they get is no more than the work
     * list shows (never the person's data).
     *
     * @throws AccessDenied  when the case is unknown or the user does not decide for its unit
     * @throws RuleViolation when the person's identity is not protected (there is nobody to name)
     */
    public CaseAccess openForStaffing(CaseId caseId, AccessKind kind, String what) {
        var actor = actor();
        var facts = cases.accessFacts(caseId).orElseThrow(() -> unknown(kind, what, "CASE", caseId.value()));
        if (!decidingRole.decidesFor(actor, facts.unit())) {
            throw refusals.refuse(actor, Refusals.attempt(kind), what,
                    Target.of("CASE", caseId.value()).in(facts.unit()), Reason.ROLE,
                    "Case " + caseId + " is outside the staffing decisions of " + actor.subject());
        }
        if (!facts.protectedIdentity()) {
            throw new RuleViolation("casehandling.protected.error.case-not-protected");
        }
        log.record(AccessRecord.ofCase(actor, facts.personId(), caseId, facts.unit(), kind, what, Purpose.SUPERVISION,
                true));
        return new CaseAccess(actor, caseId, facts.personId(), facts.unit(), true);
    }

    /**
     * Checks that the signed-in caseworker or unit manager may see the person: some case of theirs, open or closed, is
     * within the user's need to know ({@link CaseVisibility}); and logs the access. A person without such a case is
     * refused, protected or not: the register's details are bound to case work.
     *
     * @throws AccessDenied when the user may see none of the person's cases (recorded as a security event)
     */
    public void openPerson(PersonId person, AccessKind kind, String what, Purpose purpose) {
        var actor = caseStaff();
        var theirs = cases.casesOf(person);
        var visible = theirs.stream().filter(c ->
                CaseVisibility.allows(actor, c.unit(), c.protectedIdentity(), c.namedSubjects())).toList();
        if (visible.isEmpty()) {
            var reason = theirs.stream().map(c -> CaseVisibility.refusal(actor, c.unit(), c.protectedIdentity(),
                    c.namedSubjects())).flatMap(java.util.Optional::stream).filter(r -> r != Reason.OUTSIDE_UNITS)
                    .findFirst().orElse(Reason.OUTSIDE_UNITS);
            throw refusals.refuse(actor, Refusals.attempt(kind), what, Target.of("PERSON", person.value()), reason,
                    "Person " + person + " has no case within the need to know of " + actor.subject());
        }
        var outside = theirs.stream().filter(AccessFacts::open).noneMatch(c -> actor.belongsTo(c.unit()));
        log.record(AccessRecord.ofPerson(actor, person, kind, what, purpose, outside,
                theirs.getFirst().protectedIdentity()));
    }

    /**
     * Logs the registration of an intake, which is a change of the case whether or not the registering user may see
     * it afterwards (for a protected person they may not until the deciding role names them).
     */
    public void logIntake(Actor actor, CaseId caseId, PersonId person, UnitCode unit, boolean protectedIdentity) {
        log.record(AccessRecord.ofCase(actor, person, caseId, unit, AccessKind.CHANGE, "INTAKE", Purpose.CASE_WORK,
                protectedIdentity));
    }

    /**
     * Refuses the signed-in user: records the refusal as a security event and returns the exception to throw. The
     * record survives the rollback that the exception causes ({@link Refusals#refuse}).
     *
     * @param what   what was to be read or changed, as in the access log ({@code CASE}, {@code PERSON}, …)
     * @param target the record aimed at, by pseudonymous id (with its unit when known), or null
     */
    public AccessDenied refuse(AccessKind kind, String what, Target target, Reason reason) {
        return refusals.refuse(kind, what, target, reason);
    }

    /**
     * Refuses a record that does not exist, or that the user may not know exists: a probe by id. Recorded with reason
     * {@link Reason#UNKNOWN_TARGET}.
     */
    public AccessDenied unknown(AccessKind kind, String what, String targetKind, Object id) {
        return refusals.unknown(kind, what, targetKind, id);
    }

    /**
     * Logs a read or change of a person outside a particular case (a search hit, registering a person). Flags it when
     * the person has no open case in the user's units.
     */
    public void logPerson(Actor actor, PersonId person, AccessKind kind, String what, Purpose purpose,
                          boolean protectedIdentity) {
        var outside = cases.openCasesOf(person).stream().noneMatch(c -> actor.belongsTo(c.unit()));
        log.record(AccessRecord.ofPerson(actor, person, kind, what, purpose, outside, protectedIdentity));
    }

    /** Logs many reads at once (a page of a list), each already checked by the query that found it. */
    public void logCaseReads(Actor actor, List<CaseReference> read, String what, Purpose purpose) {
        log.recordAll(read.stream().map(ref -> AccessRecord.ofCase(actor, ref.personId(), ref.caseId(), ref.unit(),
                AccessKind.READ, what, purpose, ref.protectedIdentity())).toList());
    }

    /** Logs reads of many persons at once (search hits), each with its own hints. */
    public void logPersonReads(Actor actor, List<PersonReference> read, String what, Purpose purpose) {
        log.recordAll(read.stream().map(ref -> AccessRecord.ofPerson(actor, ref.personId(), AccessKind.READ, what,
                purpose, ref.outsideUnits(), ref.protectedIdentity())).toList());
    }

    /** A person read outside a particular case, with what the hints need. */
    public record PersonReference(PersonId personId, boolean outsideUnits, boolean protectedIdentity) {
    }

    /** A case that a list query found (and so already checked). */
    public record CaseReference(CaseId caseId, PersonId personId, UnitCode unit, boolean protectedIdentity) {
    }
}
