package se.vardkedjan.casehandling.access;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.casehandling.persistence.AccountRows;
import se.vardkedjan.casehandling.persistence.CoordinatedPlanRows;
import se.vardkedjan.casehandling.persistence.NamedStaffRows;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.SecurityEvents;
import se.vardkedjan.sharedkernel.SignedIn;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The account register: every sign-in of staff and region participants, as the platform announces it
 * ({@link SignedIn}). The first sign-in of a username binds it to its Keycloak subject (trust on first use), and the
 * grants made to that username before (named staff on protected cases, SIP read grants) are bound to the subject. A
 * later sign-in of the same username with another subject (an account renamed to someone else's username) is not
 * recorded, binds nothing, and so gets nothing from the grants (access checks compare subjects); it is recorded as a
 * security event.
 */
@Component
public class AccountRegister {

    private final AccountRows accounts;
    private final NamedStaffRows namedStaff;
    private final CoordinatedPlanRows plans;
    private final DecidingRole decidingRole;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    public AccountRegister(AccountRows accounts, NamedStaffRows namedStaff, CoordinatedPlanRows plans,
                           DecidingRole decidingRole, SecurityEvents securityEvents, Clock clock) {
        this.accounts = accounts;
        this.namedStaff = namedStaff;
        this.plans = plans;
        this.decidingRole = decidingRole;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /**
     * Records a sign-in, synchronously in the login request (a plain listener: nothing goes to the event publication
     * table). Clients are not recorded; they reach nothing through these grants.
     */
    @EventListener
    @Transactional
    public void on(SignedIn signedIn) {
        var actor = signedIn.actor();
        if (!actor.isStaff() && !actor.hasRole(Roles.REGION_PARTICIPANT)) {
            return;
        }
        switch (accounts.record(actor, clock.instant())) {
            case FIRST, AGAIN -> {
                namedStaff.bind(actor.username(), actor.subject());
                plans.bind(actor.username(), actor.subject());
            }
            case OTHER_SUBJECT -> usernameBoundToAnotherSubject(actor);
        }
    }

    /**
     * The names of whom to ask about a protected person: the holders of the deciding role in the units (as their
     * latest sign-in showed them), by the organisation register's names, without the asker; empty when nobody is known.
     */
    public List<String> whomToAsk(Set<UnitCode> units, Actor asker) {
        return accounts.namesWithRoleIn(decidingRole.role(), units, asker.subject());
    }

    /**
     * A sign-in under a username that is bound to another Keycloak subject: it gets no grants (nothing is bound), and
     * the attempt is recorded as a security event, which the unit managers of the account's units see in the review.
     */
    private void usernameBoundToAnotherSubject(Actor actor) {
        securityEvents.record(new SecurityEvent(actor, SecurityEvent.Attempt.SIGN_IN, "SIGN_IN", null,
                SecurityEvent.Reason.ACCOUNT_MISMATCH));
    }
}
