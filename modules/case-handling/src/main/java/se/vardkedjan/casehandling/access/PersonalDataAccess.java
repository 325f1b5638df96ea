package se.vardkedjan.casehandling.access;

import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.AccessKind;
import se.vardkedjan.casehandling.Purpose;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.persistence.AccessLogRows;
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
import se.vardkedjan.sharedkernel.SecurityEvents;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The one door to personal data in case handling: every facade asks it before it reads or changes a case or a person,
 * and it writes the access-log row in the caller's transaction (so a rolled-back change leaves no row, and a row
 * exists for everything that happened). Facades must call it inside their {@code @Transactional} method.
 *
 * <p>It is also the only way out: a facade refuses through {@link #refuse} or {@link #unknown}, which record the
 * refusal as a security event (in a transaction of its own, so it survives the rollback the refusal causes) and return
 * the {@link AccessDenied} to throw. No other class of case handling constructs an {@code AccessDenied}
 * (ArchitectureTests).
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
    private final AccessLogRows log;
    private final Organisation organisation;
    private final DecidingRole decidingRole;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    public PersonalDataAccess(CurrentActor currentActor, CaseRows cases, AccessLogRows log, Organisation organisation,
                              DecidingRole decidingRole, SecurityEvents securityEvents, Clock clock) {
        this.currentActor = currentActor;
        this.cases = cases;
        this.log = log;
        this.organisation = organisation;
        this.decidingRole = decidingRole;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** The signed-in caseworker or unit manager; refuses anybody else (recorded). */
    public Actor caseStaff() {
        var actor = actor();
        if (!actor.hasRole(Roles.CASEWORKER) && !actor.hasRole(Roles.UNIT_MANAGER)) {
            throw refused(actor, SecurityEvent.Attempt.CALL, "CASE_STAFF", null, Reason.ROLE,
                    "Only caseworkers and unit managers handle cases");
        }
        return actor;
    }

    /**
     * The signed-in user, whoever it is; refuses when nobody is signed in (not recorded: there is nobody to name, and
     * method security refuses an anonymous caller before any facade method runs).
     */
    public Actor actor() {
        return currentActor.find().orElseThrow(() -> new AccessDenied("Nobody is signed in"));
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
        var refusal = CaseVisibility.refusal(actor, facts.unit(), facts.protectedIdentity(), facts.namedSubjects());
        if (refusal.isPresent()) {
            throw refused(actor, attempt(kind), what, Target.of("CASE", caseId.value()).in(facts.unit()),
                    refusal.get(), "Case " + caseId + " is outside the need to know of " + actor.subject());
        }
        write(actor, facts.personId(), caseId, facts.unit(), kind, what, purpose, false, facts.protectedIdentity());
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
            throw refused(actor, attempt(kind), what, Target.of("CASE", caseId.value()).in(facts.unit()),
                    Reason.ROLE, "Case " + caseId + " is outside the staffing decisions of " + actor.subject());
        }
        if (!facts.protectedIdentity()) {
            throw new RuleViolation("casehandling.protected.error.case-not-protected");
        }
        write(actor, facts.personId(), caseId, facts.unit(), kind, what, Purpose.SUPERVISION, false, true);
        return new CaseAccess(actor, caseId, facts.personId(), facts.unit(), true);
    }

    /**
     * Checks that the signed-in caseworker or unit manager may see the person: some case of theirs, open or closed, is
     * within the user's need to know ({@link CaseVisibility}); and logs the access. A person without such a case is
     * refused, protected or not: the register's details are bound to case work.
     *
     * @throws AccessDenied when the user may see none of the person's cases (recorded as a security event)
     */
    public Actor openPerson(PersonId person, AccessKind kind, String what, Purpose purpose) {
        var actor = caseStaff();
        var theirs = cases.casesOf(person);
        var visible = theirs.stream().filter(c ->
                CaseVisibility.allows(actor, c.unit(), c.protectedIdentity(), c.namedSubjects())).toList();
        if (visible.isEmpty()) {
            var reason = theirs.stream().map(c -> CaseVisibility.refusal(actor, c.unit(), c.protectedIdentity(),
                    c.namedSubjects())).flatMap(java.util.Optional::stream).filter(r -> r != Reason.OUTSIDE_UNITS)
                    .findFirst().orElse(Reason.OUTSIDE_UNITS);
            throw refused(actor, attempt(kind), what, Target.of("PERSON", person.value()), reason,
                    "Person " + person + " has no case within the need to know of " + actor.subject());
        }
        var outside = theirs.stream().filter(AccessFacts::open).noneMatch(c -> actor.belongsTo(c.unit()));
        write(actor, person, null, null, kind, what, purpose, outside, theirs.getFirst().protectedIdentity());
        return actor;
    }

    /**
     * Logs the registration of an intake, which is a change of the case whether or not the registering user may see
     * it afterwards (for a protected person they may not until the deciding role names them).
     */
    public void logIntake(Actor actor, CaseId caseId, PersonId person, UnitCode unit, boolean protectedIdentity) {
        write(actor, person, caseId, unit, AccessKind.CHANGE, "INTAKE", Purpose.CASE_WORK, false, protectedIdentity);
    }

    /**
     * Refuses the signed-in user: records the refusal as a security event and returns the exception to throw. The
     * record survives the rollback that the exception causes.
     *
     * @param what   what was to be read or changed, as in the access log ({@code CASE}, {@code PERSON}, …)
     * @param target the record aimed at, by pseudonymous id (with its unit when known), or null
     */
    public AccessDenied refuse(AccessKind kind, String what, Target target, Reason reason) {
        var actor = currentActor.find().orElse(null);
        return refused(actor, attempt(kind), what, target, reason, what + " refused (" + reason + ")"
                + (target == null ? "" : " for " + target.kind() + " " + target.id()));
    }

    /**
     * Refuses a record that does not exist, or that the user may not know exists: a probe by id. Recorded with reason
     * {@link Reason#UNKNOWN_TARGET}.
     */
    public AccessDenied unknown(AccessKind kind, String what, String targetKind, Object id) {
        return refuse(kind, what, Target.of(targetKind, id), Reason.UNKNOWN_TARGET);
    }

    private AccessDenied refused(Actor actor, SecurityEvent.Attempt attempt, String what, Target target,
                                 Reason reason, String message) {
        if (actor != null) {
            securityEvents.record(new SecurityEvent(actor, attempt, what, target, reason));
        }
        return new AccessDenied(message);
    }

    private static SecurityEvent.Attempt attempt(AccessKind kind) {
        return kind == AccessKind.CHANGE ? SecurityEvent.Attempt.CHANGE : SecurityEvent.Attempt.READ;
    }

    /**
     * Logs a read or change of a person outside a particular case (a search hit, registering a person). Flags it when
     * the person has no open case in the user's units.
     */
    public void logPerson(Actor actor, PersonId person, AccessKind kind, String what, Purpose purpose,
                          boolean protectedIdentity) {
        var outside = cases.openCasesOf(person).stream().noneMatch(c -> actor.belongsTo(c.unit()));
        write(actor, person, null, null, kind, what, purpose, outside, protectedIdentity);
    }

    /** Logs many reads at once (a page of a list), each already checked by the query that found it. */
    public void logCaseReads(Actor actor, List<CaseReference> read, String what, Purpose purpose) {
        if (read.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var name = nameOf(actor);
        var rows = new ArrayList<AccessLogRows.NewRow>(read.size());
        for (var ref : read) {
            rows.add(new AccessLogRows.NewRow(now, actor.subject(), actor.username(), name,
                    actor.units(), ref.personId(), ref.caseId(), ref.unit(), AccessKind.READ, what, purpose,
                    false, ref.protectedIdentity()));
        }
        log.insert(rows);
    }

    /** Logs reads of many persons at once (search hits), each with its own hints. */
    public void logPersonReads(Actor actor, List<PersonReference> read, String what, Purpose purpose) {
        if (read.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var name = nameOf(actor);
        log.insert(read.stream().map(ref -> new AccessLogRows.NewRow(now, actor.subject(), actor.username(),
                name, actor.units(), ref.personId(), null, null, AccessKind.READ, what, purpose,
                ref.outsideUnits(), ref.protectedIdentity())).toList());
    }

    /** A person read outside a particular case, with what the hints need. */
    public record PersonReference(PersonId personId, boolean outsideUnits, boolean protectedIdentity) {
    }

    /** A case that a list query found (and so already checked). */
    public record CaseReference(CaseId caseId, PersonId personId, UnitCode unit, boolean protectedIdentity) {
    }

    private void write(Actor actor, PersonId person, CaseId caseId, UnitCode unit, AccessKind kind, String what,
                       Purpose purpose, boolean outside, boolean protectedIdentity) {
        log.insert(List.of(new AccessLogRows.NewRow(clock.instant(), actor.subject(), actor.username(),
                nameOf(actor), actor.units(), person, caseId, unit, kind, what, purpose, outside,
                protectedIdentity)));
    }

    /**
     * The name an access-log row records: the organisation register's name of the account, or the username when the
     * register has none; never the login token's name, which the account's holder might have chosen.
     */
    private String nameOf(Actor actor) {
        return organisation.staffNames(List.of(actor.username())).of(actor.username());
    }
}
