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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.vardkedjan.providercontracts.ImplementationPlanContent;
import se.vardkedjan.providercontracts.ImplementationPlans;
import se.vardkedjan.providercontracts.domain.PlanActivity;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.List;
import java.util.Map;

/**
 * The implementation plan (genomförandeplan, ADR 0027) for providers' own systems: read it, write its draft, establish
 * the draft as the plan's next version. Through {@link ImplementationPlans}, which checks the role and that the
 * assignment is addressed to the caller's organisation, and logs every call in the system's name
 * ({@code IMPLEMENTATION_PLAN}); another provider's assignment is 404, recorded. The plan's {@code version} (0 while
 * there is none) goes back with a change: a stale one is 409 and nothing changes.
 */
@RestController
@Tag(name = "Genomförandeplan", description = "Utförarens genomförandeplan för ett uppdrag: läsa, skriva utkast, "
        + "fastställa")
@ApiAnswers.Refusals
class ImplementationPlanEndpoints {

    static final String PATH = AssignmentEndpoints.PATH + "/{id}/implementation-plan";

    private static final String DESCRIPTION = "providercontracts.plan.activity.description";
    private static final String GOAL = "providercontracts.plan.activity.goal";
    private static final String PERFORMER = "providercontracts.plan.activity.performer";
    private static final String SCHEDULE = "providercontracts.plan.activity.schedule";
    /** The JSON names of the plan's fields (their label keys), so that an error names the field the caller sent. */
    private static final Map<String, String> FIELDS = Map.of(
            "providercontracts.plan.activities", "activities",
            "providercontracts.plan.working-with", "workingWith",
            "providercontracts.plan.participation", "participation",
            "providercontracts.plan.client-view", "clientView");
    /** An activity's fields, named {@code activities[i].description} once the refused activity is found. */
    private static final Map<String, String> ACTIVITY_FIELDS = Map.of(DESCRIPTION, "description", GOAL, "goal",
            PERFORMER, "performer", SCHEDULE, "schedule");

    private final ImplementationPlans plans;

    ImplementationPlanEndpoints(ImplementationPlans plans) {
        this.plans = plans;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Uppdragets genomförandeplan: de fastställda versionerna och utkastet",
            description = "version är 0 så länge ingen plan finns.")
    @ApiResponse(responseCode = "200", description = "Planen")
    @ApiAnswers.OneAssignment
    public ProviderImplementationPlan get(
            @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id) {
        return ProviderImplementationPlan.of(plans.forProvider(ApiInput.assignmentId(id)));
    }

    @PutMapping(path = PATH + "/draft", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Skriv planens utkast (hela innehållet) när uppdraget är accepterat eller pågår",
            description = "Öppnar ett utkast från den senast fastställda versionen om inget är öppet. Ett utkast får "
                    + "vara ofullständigt; det som skickas ersätter utkastets innehåll.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ProviderImplementationPlan.Draft.class))))
    @ApiResponse(responseCode = "200", description = "Planen med utkastet")
    @ApiAnswers.VersionedChange
    public ProviderImplementationPlan saveDraft(
            @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
            @RequestBody(required = false) String body) {
        var assignmentId = ApiInput.assignmentId(id);
        var input = ApiInput.read(body, "version", "activities", "workingWith", "participation", "clientView");
        var version = input.version();
        var activities = input.objects("activities", "description", "goal", "performer", "schedule").stream()
                .map(a -> new ImplementationPlanContent.Activity(a.text("description"), a.text("goal"),
                        a.text("performer"), a.text("schedule"))).toList();
        var content = new ImplementationPlanContent(activities, input.text("workingWith"),
                input.text("participation"), input.text("clientView"));
        try {
            return ApiInput.renamed(FIELDS, () -> ProviderImplementationPlan.of(plans.saveDraft(assignmentId,
                    version, content)));
        } catch (RuleViolation refused) {
            throw located(refused, activities);
        }
    }

    @PostMapping(path = PATH + "/establishment", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Fastställ utkastet som planens nästa version; den ändras aldrig efter det",
            description = "Kräver minst en aktivitet, samverkan och klientens delaktighet.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(
                            implementation = ProviderImplementationPlan.Establishment.class))))
    @ApiResponse(responseCode = "200", description = "Planen med den nya fastställda versionen")
    @ApiAnswers.VersionedChange
    public ProviderImplementationPlan establish(
            @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
            @RequestBody(required = false) String body) {
        var assignmentId = ApiInput.assignmentId(id);
        var version = ApiInput.read(body, "version").version();
        return ApiInput.renamed(FIELDS, () -> ProviderImplementationPlan.of(plans.establish(assignmentId, version)));
    }

    /**
     * A refusal of an activity's field names the activity ({@code activities[2].goal}): the facade has refused the
     * content, and the first activity the same rule refuses is the one.
     */
    private static RuleViolation located(RuleViolation refused, List<ImplementationPlanContent.Activity> activities) {
        if (refused.field().filter(ACTIVITY_FIELDS::containsKey).isEmpty()) {
            return refused;
        }
        for (var i = 0; i < activities.size(); i++) {
            var activity = activities.get(i);
            try {
                new PlanActivity(activity.description(), activity.goal(), activity.performer(), activity.schedule());
            } catch (RuleViolation ofThisOne) {
                return ApiInput.renamed(ofThisOne, ACTIVITY_FIELDS, "activities[" + i + "].");
            }
        }
        return ApiInput.renamed(refused, ACTIVITY_FIELDS, "activities[].");
    }
}
