package se.vardkedjan.platform.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A path under {@code /api} that no endpoint answers gets the API's 404 (problem+json, the same as for a record the
 * caller may not see), not the UI's not-found page. Any more specific mapping wins over this one.
 */
@Hidden
@RestController
class UnknownApiPaths {

    private final ApiProblems problems;

    UnknownApiPaths(ApiProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown() {
        return problems.notFound();
    }
}
