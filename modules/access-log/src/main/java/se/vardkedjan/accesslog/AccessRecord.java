package se.vardkedjan.accesslog;

import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Objects;

/**
 * One access-log row to write: who (the actor, named as the organisation register names them when written), which
 * person, through which case and its unit when the access went through one, read or change, what (a code some module's
 * {@link AccessLogParts} declares) and why, and the facts behind two hints: the person had no open case in the actor's
 * units, the person has a protected identity.
 */
public record AccessRecord(Actor actor, PersonId personId, CaseId caseId, UnitCode caseUnit, AccessKind kind,
                           String what, Purpose purpose, boolean outsideUnits, boolean protectedIdentity) {

    public AccessRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** An access through a case (its unit is the case's). */
    public static AccessRecord ofCase(Actor actor, PersonId personId, CaseId caseId, UnitCode caseUnit,
                                      AccessKind kind, String what, Purpose purpose, boolean protectedIdentity) {
        return new AccessRecord(actor, personId, caseId, caseUnit, kind, what, purpose, false, protectedIdentity);
    }

    /** An access to a person outside a particular case (a search hit, the register's details). */
    public static AccessRecord ofPerson(Actor actor, PersonId personId, AccessKind kind, String what, Purpose purpose,
                                        boolean outsideUnits, boolean protectedIdentity) {
        return new AccessRecord(actor, personId, null, null, kind, what, purpose, outsideUnits, protectedIdentity);
    }
}
