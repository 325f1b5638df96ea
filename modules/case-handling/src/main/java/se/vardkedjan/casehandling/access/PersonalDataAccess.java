package se.vardkedjan.casehandling.access;

import org.springframework.stereotype.Component;
import se.vardkedjan.casehandling.AccessDenied;
import se.vardkedjan.casehandling.AccessKind;
import se.vardkedjan.casehandling.CaseId;
import se.vardkedjan.casehandling.PersonId;
import se.vardkedjan.casehandling.Purpose;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.persistence.AccessLogRows;
import se.vardkedjan.casehandling.persistence.Cases;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The one door to personal data in case handling: every facade asks it before it reads or changes a case or a person,
 * and it writes the access-log row in the caller's transaction (so a rolled-back change leaves no row, and a row
 * exists for everything that happened). Facades must call it inside their {@code @Transactional} method.
 */
@Component
public class PersonalDataAccess {

    /** What a facade may do with a case it opened through {@link #openCase}. */
    public record CaseAccess(Actor actor, CaseId caseId, PersonId personId, UnitCode unit, boolean protectedIdentity) {
    }

    private final CurrentActor currentActor;
    private final Cases cases;
    private final AccessLogRows log;
    private final Clock clock;

    public PersonalDataAccess(CurrentActor currentActor, Cases cases, AccessLogRows log, Clock clock) {
        this.currentActor = currentActor;
        this.cases = cases;
        this.log = log;
        this.clock = clock;
    }

    /** The signed-in caseworker or unit manager; refuses anybody else. */
    public Actor caseStaff() {
        var actor = currentActor.find().orElseThrow(() -> new AccessDenied("Nobody is signed in"));
        if (!actor.hasRole(Roles.CASEWORKER) && !actor.hasRole(Roles.UNIT_MANAGER)) {
            throw new AccessDenied("Only caseworkers and unit managers handle cases");
        }
        return actor;
    }

    /** The signed-in user, whoever it is; refuses when nobody is signed in. */
    public Actor actor() {
        return currentActor.find().orElseThrow(() -> new AccessDenied("Nobody is signed in"));
    }

    /**
     * Checks that the signed-in user may see the case, and logs the access.
     *
     * @param what what is read or changed, e.g. {@code CASE}, {@code JOURNAL_ENTRY}, {@code DECISION}
     * @throws AccessDenied when the case is unknown or outside the user's need to know (nothing is logged then,
     *                      since nothing was read)
     */
    public CaseAccess openCase(CaseId caseId, AccessKind kind, String what, Purpose purpose) {
        var actor = caseStaff();
        var facts = cases.accessFacts(caseId).orElseThrow(() -> new AccessDenied("No case " + caseId));
        if (!CaseVisibility.allows(actor, facts.unit(), facts.protectedIdentity(), facts.namedStaff())) {
            throw new AccessDenied("Case " + caseId + " is outside the need to know of " + actor.subject());
        }
        write(actor, facts.personId(), caseId, facts.unit(), kind, what, purpose, false, facts.protectedIdentity());
        return new CaseAccess(actor, caseId, facts.personId(), facts.unit(), facts.protectedIdentity());
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
        var now = clock.instant();
        var rows = new ArrayList<AccessLogRows.NewRow>(read.size());
        for (var ref : read) {
            rows.add(new AccessLogRows.NewRow(now, actor.subject(), actor.username(), actor.displayName(),
                    actor.units(), ref.personId(), ref.caseId(), ref.unit(), AccessKind.READ, what, purpose,
                    false, ref.protectedIdentity()));
        }
        log.insert(rows);
    }

    /** Logs reads of many persons at once (search hits), each with its own hints. */
    public void logPersonReads(Actor actor, List<PersonReference> read, String what, Purpose purpose) {
        var now = clock.instant();
        log.insert(read.stream().map(ref -> new AccessLogRows.NewRow(now, actor.subject(), actor.username(),
                actor.displayName(), actor.units(), ref.personId(), null, null, AccessKind.READ, what, purpose,
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
                actor.displayName(), actor.units(), person, caseId, unit, kind, what, purpose, outside,
                protectedIdentity)));
    }
}
