package se.vardkedjan.accesslog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.util.Optional;

/**
 * The step every module's need-to-know door ends with. The module's own rule (case handling's {@code CaseVisibility},
 * a provider's organisation, a client's own file) answers allowed (empty) or refused with a reason; this either writes
 * the access-log row in the caller's transaction, or records the refusal (in a transaction of its own) and throws.
 * A door is then a few lines in the module's facade layer:
 *
 * <pre>{@code
 * var facts = assignments.accessFacts(id).orElseThrow(() -> refusals.unknown(READ, "ASSIGNMENT", "ASSIGNMENT", id));
 * door.pass(facts.organisation().equals(actor.organisation()) ? Optional.empty() : Optional.of(Reason.OUTSIDE_UNITS),
 *         Target.of("ASSIGNMENT", id), AccessRecord.ofCase(actor, facts.personId(), ..., "ASSIGNMENT", CASE_WORK, ...));
 * }</pre>
 */
@Component
public class AccessDoor {

    private final AccessLog log;
    private final Refusals refusals;

    AccessDoor(AccessLog log, Refusals refusals) {
        this.log = log;
        this.refusals = refusals;
    }

    /**
     * Lets the access through, writing its row, or refuses it.
     *
     * @param refusal what the module's rule answered: empty when the actor may, else why not
     * @param target  the record aimed at, by pseudonymous id (with its unit when known), for the security event
     * @param access  the row to write when allowed (its actor, kind and what also name the refused attempt)
     * @throws AccessDenied when refused (no access-log row then, since nothing was read; a security event instead)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pass(Optional<Reason> refusal, Target target, AccessRecord access) {
        if (refusal.isPresent()) {
            throw refusals.refuse(access.actor(), Refusals.attempt(access.kind()), access.what(), target,
                    refusal.get(), access.what() + " refused (" + refusal.get() + ")"
                            + (target == null ? "" : " for " + target.kind() + " " + target.id()) + " to "
                            + access.actor().subject());
        }
        log.record(access);
    }
}
