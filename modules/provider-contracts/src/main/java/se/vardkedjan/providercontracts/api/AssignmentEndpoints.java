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
import se.vardkedjan.providercontracts.AssignmentView;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ProviderAssignmentGroup;
import se.vardkedjan.providercontracts.ProviderAssignmentPage;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Locale;
import java.util.Map;

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
@ApiAnswers.Refusals
class AssignmentEndpoints {

    static final String PATH = "/api/v1/assignments";

    private static final String ACCEPTED_START = "providercontracts.assignment.accepted-start";
    private static final String STARTED_ON = "providercontracts.assignment.started-on";
    /** The JSON names of the facade's fields, so that an error names the field the caller sent. */
    private static final Map<String, String> FIELDS = Map.of(
            ACCEPTED_START, "startsOn",
            "providercontracts.assignment.decline-reason", "reason",
            STARTED_ON, "startedOn");

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
    @ApiAnswers.OneAssignment
    public ProviderAssignment get(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id) {
        return ProviderAssignment.of(assignments.forProvider(ApiInput.assignmentId(id)));
    }

    @PostMapping(path = PATH + "/{id}/receipt", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Bekräfta att uppdraget är mottaget",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ApiInput.Receipt.class))))
    @ApiResponse(responseCode = "200", description = "Uppdraget, mottaget")
    @ApiAnswers.VersionedChange
    public ProviderAssignment receive(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
                                      @RequestBody(required = false) String body) {
        return step(id, body, (assignment, version, input) -> assignments.receive(assignment, version), "version");
    }

    @PostMapping(path = PATH + "/{id}/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Acceptera uppdraget med startdatum (inte före beslutet)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ApiInput.Acceptance.class))))
    @ApiResponse(responseCode = "200", description = "Uppdraget, accepterat")
    @ApiAnswers.VersionedChange
    public ProviderAssignment accept(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
                                     @RequestBody(required = false) String body) {
        return step(id, body, (assignment, version, input) -> assignments.accept(assignment, version,
                input.date("startsOn", ACCEPTED_START)), "version", "startsOn");
    }

    @PostMapping(path = PATH + "/{id}/declination", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Tacka nej till uppdraget med skäl; handläggaren ser det direkt",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ApiInput.Declination.class))))
    @ApiResponse(responseCode = "200", description = "Uppdraget, nekat")
    @ApiAnswers.VersionedChange
    public ProviderAssignment decline(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
                                      @RequestBody(required = false) String body) {
        return step(id, body, (assignment, version, input) -> assignments.decline(assignment, version,
                input.text("reason")), "version", "reason");
    }

    @PostMapping(path = PATH + "/{id}/start", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Rapportera att det accepterade uppdraget har startat (inte efter i dag)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ApiInput.Start.class))))
    @ApiResponse(responseCode = "200", description = "Uppdraget, pågående")
    @ApiAnswers.VersionedChange
    public ProviderAssignment start(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
                                    @RequestBody(required = false) String body) {
        return step(id, body, (assignment, version, input) -> assignments.start(assignment, version,
                input.date("startedOn", STARTED_ON)), "version", "startedOn");
    }

    /** A step of the flow: the body read with only its fields, the version and the step's own field. */
    @FunctionalInterface
    private interface Step {
        AssignmentView take(AssignmentId id, long version, ApiInput input);
    }

    /**
     * Takes a step: the id and the body read (nothing called if either is bad), then the facade; a rule it refuses
     * names the JSON field the caller sent.
     */
    private static ProviderAssignment step(String id, String body, Step step, String... fields) {
        var assignmentId = ApiInput.assignmentId(id);
        var input = ApiInput.read(body, fields);
        var version = input.version();
        return ApiInput.renamed(FIELDS, () -> ProviderAssignment.of(step.take(assignmentId, version, input)));
    }

    private static ProviderAssignmentGroup group(String value) {
        try {
            return ProviderAssignmentGroup.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw RuleViolation.forField("group", "providercontracts.api.error.group");
        }
    }
}
