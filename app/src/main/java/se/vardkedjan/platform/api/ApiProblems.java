package se.vardkedjan.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.vardkedjan.platform.i18n.ModuleTexts;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The REST API's answers when something is refused or fails, as problem+json (RFC 9457) with Swedish titles and
 * details from the platform's bundle (ADR 0025):
 * <ul>
 *   <li>400 for a rule a facade refused ({@link RuleViolation}), with {@code errors}: the field when the rule names
 *       one, the text key and its Swedish message; and for input Spring cannot read (malformed JSON, an id that is no
 *       id);</li>
 *   <li>401 and 403 (written by the API's security, {@link #write}) without any detail of why;</li>
 *   <li>404 for what does not exist and for what the caller may not see ({@link AccessDenied} from a facade's door,
 *       which has recorded it), in the same words, so that a provider cannot tell another's ids from unknown ones;</li>
 *   <li>409 for a stale version ({@link ConcurrentChange});</li>
 *   <li>500 for anything else, logged here with its stack trace and answered without it.</li>
 * </ul>
 * Applies to the app's own controllers (the API's); the paths under {@code /api} that no controller answers are
 * answered by {@link UnknownApiPaths}.
 */
@RestControllerAdvice(basePackages = "se.vardkedjan")
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final ModuleTexts texts;
    private final JsonMapper json;

    ApiProblems(ModuleTexts texts, JsonMapper json) {
        this.texts = texts;
        this.json = json;
    }

    /** A problem of the status in Swedish: its title and the general detail, nothing of the case at hand. */
    public ProblemDetail problem(HttpStatusCode status) {
        var problem = ProblemDetail.forStatus(status);
        var keys = switch (HttpStatus.resolve(status.value())) {
            case BAD_REQUEST -> List.of("platform.api.problem.bad-request.title",
                    "platform.api.problem.bad-request.detail");
            case UNAUTHORIZED -> List.of("platform.api.problem.unauthorized.title",
                    "platform.api.problem.unauthorized.detail");
            case FORBIDDEN -> List.of("platform.api.problem.forbidden.title", "platform.api.problem.forbidden.detail");
            case NOT_FOUND -> List.of("platform.api.problem.not-found.title", "platform.api.problem.not-found.detail");
            case CONFLICT -> List.of("platform.api.problem.conflict.title", "platform.api.problem.conflict.detail");
            case METHOD_NOT_ALLOWED -> List.of("platform.api.problem.method-not-allowed.title",
                    "platform.api.problem.method-not-allowed.detail");
            case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> List.of("platform.api.problem.not-acceptable.title",
                    "platform.api.problem.not-acceptable.detail");
            case null, default -> status.is4xxClientError()
                    ? List.of("platform.api.problem.bad-request.title", "platform.api.problem.bad-request.detail")
                    : List.of("platform.api.problem.server-error.title", "platform.api.problem.server-error.detail");
        };
        problem.setTitle(swedish(keys.get(0)));
        problem.setDetail(swedish(keys.get(1)));
        return problem;
    }

    /**
     * Writes the problem of the status as the whole response, for refusals made before any controller runs (the API's
     * security filter chain).
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException {
        var problem = problem(status);
        var body = new LinkedHashMap<String, Object>();
        if (problem.getType() != null) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        // as Spring MVC writes a problem: the path the caller asked for
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
        response.getWriter().flush();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolation rule) {
        var problem = problem(HttpStatus.BAD_REQUEST);
        var message = message(rule);
        problem.setDetail(message);
        var error = new LinkedHashMap<String, Object>();
        rule.field().ifPresent(field -> error.put("field", field));
        error.put("key", rule.messageKey());
        error.put("message", message);
        problem.setProperty("errors", List.of(error));
        return answer(problem);
    }

    /** Unknown, or not the caller's: one answer for both. The facade's door has recorded the refusal. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> refusedByTheDoor(AccessDenied refused) {
        return answer(problem(HttpStatus.NOT_FOUND));
    }

    /** The answer for a path under {@code /api} that no endpoint answers: the same as for a refused record. */
    ResponseEntity<ProblemDetail> notFound() {
        return answer(problem(HttpStatus.NOT_FOUND));
    }

    /** A facade method the caller's role does not allow: method security refused it and recorded the refusal. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> refusedByRole(AccessDeniedException refused) {
        return answer(problem(HttpStatus.FORBIDDEN));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> changedBySomeoneElse(ConcurrentChange change) {
        return answer(problem(HttpStatus.CONFLICT));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> failed(Exception failure) {
        LOG.error("An API call failed", failure);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    /**
     * Spring's own refusals (unreadable JSON, a malformed id, a missing parameter, a method the path does not take):
     * their status with our words, never Spring's detail, which may echo the input or name classes.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
                                                             HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        var answer = new HttpHeaders();
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase(HttpHeaders.ALLOW)) {
                answer.put(name, values);
            }
        });
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(answer).body(problem(status));
    }

    private ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The rule's Swedish message, with the arguments that are text keys (a field's label) translated too. */
    private String message(RuleViolation rule) {
        var arguments = Arrays.stream(rule.arguments())
                .map(argument -> argument instanceof String text && !text.isBlank()
                        && text.chars().noneMatch(Character::isWhitespace)
                        ? texts.find(text, ModuleTexts.SWEDISH).map(found -> (Object) swedish(text)).orElse(text)
                        : argument)
                .toArray();
        return texts.getTranslation(rule.messageKey(), ModuleTexts.SWEDISH, arguments);
    }

    private String swedish(String key) {
        return texts.getTranslation(key, ModuleTexts.SWEDISH);
    }
}
