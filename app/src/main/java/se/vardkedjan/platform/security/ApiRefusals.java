package se.vardkedjan.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import se.vardkedjan.platform.api.ApiProblems;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.SecurityEvents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * How the API's door refuses (ADR 0025), as problem+json without a word of why:
 * <ul>
 *   <li>401 for a call without a valid access token (none, expired, another issuer, a bad signature). Not recorded
 *       as a security event: nobody can be named from a token the app does not trust, and recording whatever such a
 *       token claims would let anyone write names into the review and fill its append-only table. The application
 *       log keeps a line without the token.</li>
 *   <li>403 for a valid token that is not one provider's system (a person's token from the staff or portal login, a
 *       provider system with no or several provider organisations): recorded as a security event naming the caller,
 *       attempt {@code CALL}, reason {@code ROLE}, operation the method and path with anything but plain words in the
 *       path replaced by {@code *} (so an id or a personal number typed into a path is never stored).</li>
 * </ul>
 */
@Component
class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRefusals.class);
    /**
     * A plain word of a path: letters and hyphens, or a version ({@code v1}). Digits are left out on purpose: an id
     * (a UUID such as {@code abcdef12-…} starts with a letter as often as not) or a personal number has them.
     */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,39}|v[0-9]{1,3}");
    private static final int MAX_OPERATION = 200;

    private final ApiProblems problems;
    private final SecurityEvents securityEvents;

    ApiRefusals(ApiProblems problems, SecurityEvents securityEvents) {
        this.problems = problems;
        this.securityEvents = securityEvents;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        var invalidToken = refused instanceof InvalidBearerTokenException
                || refused instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException;
        LOG.info("Refused an API call without a valid access token: {} ({})", operation(request),
                invalidToken ? "invalid token" : "no token");
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (SecurityContextCurrentActor.isSignedIn(authentication)) {
            securityEvents.record(new SecurityEvent(SecurityContextCurrentActor.toActor(authentication),
                    SecurityEvent.Attempt.CALL, operation(request), null, SecurityEvent.Reason.ROLE));
        }
        problems.write(request, response, HttpStatus.FORBIDDEN);
    }

    /** {@code GET:/api/v1/assignments/*}: the method and the path's plain words, anything else (an id) as {@code *}. */
    static String operation(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var segments = new ArrayList<String>();
        for (var segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(WORD.matcher(segment).matches() ? segment : "*");
            }
        }
        var method = WORD.matcher(request.getMethod().toLowerCase(java.util.Locale.ROOT)).matches()
                ? request.getMethod() : "OTHER";
        var operation = method + ":/" + String.join("/", segments);
        return operation.length() <= MAX_OPERATION ? operation : operation.substring(0, MAX_OPERATION);
    }
}
