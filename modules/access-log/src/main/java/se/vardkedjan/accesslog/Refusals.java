package se.vardkedjan.accesslog;

import org.springframework.stereotype.Component;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.SecurityEvent.Attempt;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.SecurityEvents;

/**
 * The one way out of a module's door: a facade refuses through here, which records the refusal as a security event
 * (in a transaction of its own, so it survives the rollback the refusal causes) and returns the {@link AccessDenied}
 * for the facade to throw. No other class constructs an {@code AccessDenied} (ArchitectureTests), so no refusal goes
 * unrecorded (ADR 0017, ADR 0021).
 */
@Component
public class Refusals {

    private final CurrentActor currentActor;
    private final SecurityEvents securityEvents;

    Refusals(CurrentActor currentActor, SecurityEvents securityEvents) {
        this.currentActor = currentActor;
        this.securityEvents = securityEvents;
    }

    /**
     * Refuses the signed-in user: records the refusal and returns the exception to throw.
     *
     * @param what   what was to be read or changed, as in the access log ({@code CASE}, {@code PERSON}, …)
     * @param target the record aimed at, by pseudonymous id (with its unit when known), or null
     */
    public AccessDenied refuse(AccessKind kind, String what, Target target, Reason reason) {
        return refuse(currentActor.find().orElse(null), attempt(kind), what, target, reason,
                what + " refused (" + reason + ")" + (target == null ? "" : " for " + target.kind() + " "
                        + target.id()));
    }

    /**
     * Refuses a record that does not exist, or that the user may not know exists: a probe by id. Recorded with reason
     * {@link Reason#UNKNOWN_TARGET}.
     */
    public AccessDenied unknown(AccessKind kind, String what, String targetKind, Object id) {
        return refuse(kind, what, Target.of(targetKind, id), Reason.UNKNOWN_TARGET);
    }

    /**
     * Refuses the given actor an attempt of any kind (a call a role may not make, a read, a change): records it and
     * returns the exception to throw, with a message for the application log (no personal data).
     *
     * @param actor the user refused; null when nobody is signed in (then there is nobody to name, and nothing is
     *              recorded)
     */
    public AccessDenied refuse(Actor actor, Attempt attempt, String what, Target target, Reason reason,
                               String message) {
        if (actor != null) {
            securityEvents.record(new SecurityEvent(actor, attempt, what, target, reason));
        }
        return new AccessDenied(message);
    }

    /**
     * Refuses a call with nobody signed in. Not recorded: there is nobody to name, and method security refuses an
     * anonymous caller before any facade method runs.
     */
    public AccessDenied nobodySignedIn() {
        return new AccessDenied("Nobody is signed in");
    }

    /** The attempt a refused read or change was. */
    public static Attempt attempt(AccessKind kind) {
        return kind == AccessKind.CHANGE ? Attempt.CHANGE : Attempt.READ;
    }
}
