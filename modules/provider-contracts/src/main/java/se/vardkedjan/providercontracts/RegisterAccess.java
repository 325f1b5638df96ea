package se.vardkedjan.providercontracts;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

/**
 * Who may change the provider register and the intervention catalogue: the administrator alone. Staff who may read
 * them (caseworkers, unit managers) pass method security and are refused here, through {@link Refusals}, so that the
 * refusal is recorded as a security event; the register holds no personal data about clients, so nothing is written
 * to the access log (ADR 0023).
 */
@Component
class RegisterAccess {

    private final CurrentActor currentActor;
    private final Refusals refusals;

    RegisterAccess(CurrentActor currentActor, Refusals refusals) {
        this.currentActor = currentActor;
        this.refusals = refusals;
    }

    /** The administrator who changes the register; anyone else is refused and the refusal recorded. */
    Actor administrator(String what, Target target) {
        var actor = currentActor.find().orElseThrow(refusals::nobodySignedIn);
        if (!actor.hasRole(Roles.ADMINISTRATOR)) {
            throw refusals.refuse(AccessKind.CHANGE, what, target, Reason.ROLE);
        }
        return actor;
    }

    /** The signed-in user, for a read that method security has let through. */
    Actor reader() {
        return currentActor.find().orElseThrow(refusals::nobodySignedIn);
    }

    /** Refuses a read, recorded. */
    RuntimeException refuseRead(String what, Target target) {
        return refusals.refuse(AccessKind.READ, what, target, Reason.ROLE);
    }
}
