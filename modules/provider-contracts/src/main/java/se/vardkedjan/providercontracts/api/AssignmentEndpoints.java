package se.vardkedjan.providercontracts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ProviderAssignmentGroup;
import se.vardkedjan.providercontracts.ProviderAssignmentPage;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The assignment flow for providers' own systems (ADR 0025, docs/api.md): list the organisation's assignments, read
 * one, confirm receipt, accept with a start date, decline with a reason, report the start. Every call goes through
 * {@link Assignments}, which checks the role and that the assignment is addressed to the caller's organisation, and
 * logs it in the system's name; another provider's assignment is refused as unknown (404, recorded).
 *
 * <p>Optimistic locking: a change carries the {@code version} it was read at in its body; a stale one is 409 and
 * nothing changes. Input is read here field by field ({@link ApiInput}), so that every bad value (a malformed id, a
 * missing or invalid date, an unknown field, JSON that is no object) is a 400 with a Swedish {@code errors} entry
 * naming the field, before the facade is called.
 */
@RestController
@Tag(name = "Uppdrag", description = "Kommunens uppdrag till utföraren: lista, läsa och besvara")
@ApiResponse(responseCode = "400", description = "Ogiltig begäran: errors anger fält, textnyckel och meddelande",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "401", description = "Ingen giltig åtkomsttoken",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "Token tillhör inte ett utförarsystem med en utförarorganisation",
        content = @Content(mediaType = "application/problem+json"))
class AssignmentEndpoints {

    static final String PATH = "/api/v1/assignments";

    /** The JSON names of the facade's fields, so that an error names the field the caller sent. */
    private static final Map<String, String> FIELDS = Map.of(
            "providercontracts.assignment.accepted-start", "startsOn",
            "providercontracts.assignment.decline-reason", "reason",
            "providercontracts.assignment.started-on", "startedOn");

    private final Assignments assignments;

    AssignmentEndpoints(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Organisationens uppdrag i en grupp, en sida i taget",
            description = "Äldst skickade först, sedan efter id: sidorna är stabila. Namnger ingen klient.")
    @ApiResponse(responseCode = "200", description = "En sida uppdrag")
    public AssignmentList list(
            @Parameter(description = "new (skickade, ej besvarade), accepted, running eller ended",
                    schema = @Schema(allowableValues = {"new", "accepted", "running", "ended"}))
            @RequestParam(name = "group", required = false, defaultValue = "new") String group,
            @Parameter(description = "sidnummer från 0") @RequestParam(name = "page", required = false,
                    defaultValue = "0") String page,
            @Parameter(description = "sidans storlek, 1–" + Assignments.MAX_PAGE_SIZE)
            @RequestParam(name = "size", required = false, defaultValue = "20") String size) {
        var listed = assignments.addressedToProvider(group(group),
                ProviderAssignmentPage.Order.OLDEST_SENT_FIRST, ApiInput.whole("page", page),
                ApiInput.whole("size", size));
        return AssignmentList.of(listed);
    }

    @GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Ett uppdrag: samma innehåll som utförarens sida visar, ingen annan del av akten")
    @ApiResponse(responseCode = "200", description = "Uppdraget")
    @ApiResponse(responseCode = "404", description = "Okänt, eller inte ställt till organisationen (samma svar)",
            content = @Content(mediaType = "application/problem+json"))
    public ProviderAssignment get(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id) {
        var assignmentId = id(id);
        return ProviderAssignment.of(assignments.forProvider(assignmentId));
    }

    @PostMapping(path = PATH + "/{id}/receipt", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Bekräfta att uppdraget är mottaget",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ApiInput.Receipt.class))))
    @ApiResponse(responseCode = "200", description = "Uppdraget, mottaget")
    @ApiResponse(responseCode = "404", description = "Okänt, eller inte ställt till organisationen",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Ändrat sedan versionen lästes; inget ändrades",
            content = @Content(mediaType = "application/problem+json"))
    public ProviderAssignment receive(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
                                      @RequestBody(required = false) String body) {
        var assignmentId = id(id);
        var input = ApiInput.read(body, "version");
        var version = input.version();
        return answer(() -> assignments.receive(assignmentId, version));
    }

    @PostMapping(path = PATH + "/{id}/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Acceptera uppdraget med startdatum (inte före beslutet)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ApiInput.Acceptance.class))))
    @ApiResponse(responseCode = "200", description = "Uppdraget, accepterat")
    @ApiResponse(responseCode = "404", description = "Okänt, eller inte ställt till organisationen",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Ändrat sedan versionen lästes; inget ändrades",
            content = @Content(mediaType = "application/problem+json"))
    public ProviderAssignment accept(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
                                     @RequestBody(required = false) String body) {
        var assignmentId = id(id);
        var input = ApiInput.read(body, "version", "startsOn");
        var version = input.version();
        var startsOn = input.date("startsOn", "providercontracts.assignment.accepted-start");
        return answer(() -> assignments.accept(assignmentId, version, startsOn));
    }

    @PostMapping(path = PATH + "/{id}/declination", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Tacka nej till uppdraget med skäl; handläggaren ser det direkt",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ApiInput.Declination.class))))
    @ApiResponse(responseCode = "200", description = "Uppdraget, nekat")
    @ApiResponse(responseCode = "404", description = "Okänt, eller inte ställt till organisationen",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Ändrat sedan versionen lästes; inget ändrades",
            content = @Content(mediaType = "application/problem+json"))
    public ProviderAssignment decline(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
                                      @RequestBody(required = false) String body) {
        var assignmentId = id(id);
        var input = ApiInput.read(body, "version", "reason");
        var version = input.version();
        var reason = input.text("reason");
        return answer(() -> assignments.decline(assignmentId, version, reason));
    }

    @PostMapping(path = PATH + "/{id}/start", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Rapportera att det accepterade uppdraget har startat",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ApiInput.Start.class))))
    @ApiResponse(responseCode = "200", description = "Uppdraget, pågående")
    @ApiResponse(responseCode = "404", description = "Okänt, eller inte ställt till organisationen",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Ändrat sedan versionen lästes; inget ändrades",
            content = @Content(mediaType = "application/problem+json"))
    public ProviderAssignment start(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
                                    @RequestBody(required = false) String body) {
        var assignmentId = id(id);
        var input = ApiInput.read(body, "version", "startedOn");
        var version = input.version();
        var startedOn = input.date("startedOn", "providercontracts.assignment.started-on");
        return answer(() -> assignments.start(assignmentId, version, startedOn));
    }

    /** The facade's answer; a rule it refuses names the JSON field the caller sent rather than the form's field. */
    private static ProviderAssignment answer(Supplier<se.vardkedjan.providercontracts.AssignmentView> call) {
        try {
            return ProviderAssignment.of(call.get());
        } catch (RuleViolation refused) {
            var field = refused.field().map(name -> FIELDS.getOrDefault(name, name));
            throw field.isPresent() ? RuleViolation.forField(field.get(), refused.messageKey(), refused.arguments())
                    : refused;
        }
    }

    private static AssignmentId id(String value) {
        try {
            var uuid = UUID.fromString(value);
            if (!uuid.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException("not in the canonical form");
            }
            return new AssignmentId(uuid);
        } catch (IllegalArgumentException malformed) {
            throw RuleViolation.forField("id", "providercontracts.api.error.id");
        }
    }

    private static ProviderAssignmentGroup group(String value) {
        try {
            return ProviderAssignmentGroup.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw RuleViolation.forField("group", "providercontracts.api.error.group");
        }
    }
}
