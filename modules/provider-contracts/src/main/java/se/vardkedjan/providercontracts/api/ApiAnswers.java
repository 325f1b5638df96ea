package se.vardkedjan.providercontracts.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers the provider API's operations share, written once for the OpenAPI document (springdoc reads
 * {@code @ApiResponse} through these meta-annotations): every operation's 400, 401 and 403 on the endpoint class; the
 * 404 of a call on one assignment; the 404 and 409 of a change that names the version it read.
 */
final class ApiAnswers {

    private ApiAnswers() {
    }

    /** 400, 401 and 403: on every endpoint class. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "Ogiltig begäran: errors anger fält, textnyckel och meddelande",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Ingen giltig åtkomsttoken",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Token tillhör inte ett utförarsystem med en utförarorganisation",
            content = @Content(mediaType = "application/problem+json"))
    @interface Refusals {
    }

    /** 404: a call on one assignment (unknown, or not addressed to the organisation: the same answer). */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "404", description = "Okänt, eller inte ställt till organisationen (samma svar)",
            content = @Content(mediaType = "application/problem+json"))
    @interface OneAssignment {
    }

    /** 404 and 409: a change on one assignment that sends the version it read. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "404", description = "Okänt, eller inte ställt till organisationen (samma svar)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Ändrat sedan versionen lästes; inget ändrades",
            content = @Content(mediaType = "application/problem+json"))
    @interface VersionedChange {
    }
}
