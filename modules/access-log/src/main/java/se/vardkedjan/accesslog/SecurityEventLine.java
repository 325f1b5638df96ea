package se.vardkedjan.accesslog;

import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Instant;

/**
 * A recorded security event (a refused attempt) as a unit manager reviews it. It holds no personal data about
 * clients: the target is a pseudonymous id.
 *
 * @param actorName      the user's name in the organisation register, or null when it holds none
 * @param operation      the code of what was attempted (a facade's {@code what}, a route's path or a method)
 * @param targetKind     the kind of record aimed at ({@code CASE}, {@code PERSON}, …), or null
 * @param targetUnitName the name of the target's unit (its code when the register has none), or null
 * @param manyRefusals   the user was refused many times (five or more) within ten minutes up to this event
 */
public record SecurityEventLine(long id, Instant occurredAt, String actorUsername, String actorName,
                                SecurityEvent.Attempt attempt, String operation, String targetKind, String targetId,
                                UnitCode targetUnit, String targetUnitName, SecurityEvent.Reason reason,
                                boolean manyRefusals) {

    /** The same event with the names the review shows (the organisation register's, read by the caller). */
    public SecurityEventLine named(String name, String unitName) {
        return new SecurityEventLine(id, occurredAt, actorUsername, name, attempt, operation, targetKind, targetId,
                targetUnit, unitName, reason, manyRefusals);
    }
}
