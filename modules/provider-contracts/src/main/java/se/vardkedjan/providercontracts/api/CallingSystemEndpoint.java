package se.vardkedjan.providercontracts.api;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent;

import java.util.List;

/**
 * {@code GET /api/v1/me}: which provider organisation the calling system acts for and the scopes of its token, so
 * that an integrator can check the credentials before anything else (ADR 0025). No personal data, so nothing for the
 * access log. The API's security lets only a provider's system with exactly one provider organisation this far; the
 * endpoint refuses anything else too, through the access log's door, should that ever change.
 */
@RestController
class CallingSystemEndpoint {

    static final String PATH = "/api/v1/me";

    /** The Spring Security authority prefix of an OAuth2 scope. */
    private static final String SCOPE_PREFIX = "SCOPE_";

    private final CurrentActor currentActor;
    private final Refusals refusals;

    CallingSystemEndpoint(CurrentActor currentActor, Refusals refusals) {
        this.currentActor = currentActor;
        this.refusals = refusals;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    public CallingSystem me() {
        var actor = currentActor.find().orElseThrow(refusals::nobodySignedIn);
        if (actor.providerOrganisations().size() != 1) {
            throw refusals.refuse(actor, SecurityEvent.Attempt.CALL, "GET:/api/v1/me", null,
                    SecurityEvent.Reason.ROLE, "A provider system without exactly one provider organisation");
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var scopes = authentication == null ? List.<String>of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(SCOPE_PREFIX))
                .map(authority -> authority.substring(SCOPE_PREFIX.length()))
                .sorted()
                .toList();
        return new CallingSystem(actor.providerOrganisations().iterator().next().value(), scopes);
    }

    /**
     * The calling system as the API knows it.
     *
     * @param providerOrganisation the code of the provider organisation its client is bound to, e.g.
     *                             {@code solgarden-hvb}
     * @param scopes               the OAuth2 scopes of its access token
     */
    record CallingSystem(String providerOrganisation, List<String> scopes) {
    }
}
