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
import org.springframework.web.bind.annotation.RestController;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentReports;
import se.vardkedjan.providercontracts.AssignmentReportsView;
import se.vardkedjan.providercontracts.AttendanceCorrectionInput;
import se.vardkedjan.providercontracts.AttendanceInput;
import se.vardkedjan.providercontracts.CompletionInput;
import se.vardkedjan.providercontracts.DeviationInput;
import se.vardkedjan.providercontracts.DeviationKind;
import se.vardkedjan.providercontracts.GoalOutcome;
import se.vardkedjan.providercontracts.ReportedDay;
import se.vardkedjan.providercontracts.domain.AttendanceCorrection;
import se.vardkedjan.providercontracts.domain.AttendancePeriod;
import se.vardkedjan.providercontracts.domain.CompletionReport;
import se.vardkedjan.providercontracts.domain.DeviationReport;
import se.vardkedjan.providercontracts.domain.ProviderText;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.List;
import java.util.Map;

/**
 * What the provider reports on an assignment (ADR 0026), for providers' own systems: read all of it, report attendance
 * or care days for a period, correct reported days, report a deviation, submit the completion report. Through
 * {@link AssignmentReports}, which checks the role and that the assignment is addressed to the caller's organisation,
 * and logs every call in the system's name; another provider's assignment is 404, recorded.
 *
 * <p>Everything reported is kept as reported (append-only tables), so these calls carry no version: a report adds,
 * never overwrites. The facade locks the assignment while it checks and stores, so two reports of the same day cannot
 * both be taken: the second is refused as already reported (400 on {@code days}), and a second completion report is
 * refused too.
 */
@RestController
@Tag(name = "Rapporter", description = "Utförarens närvaro, rättelser, avvikelser och slutrapport för ett uppdrag")
@ApiAnswers.Refusals
class ReportEndpoints {

    static final String PATH = AssignmentEndpoints.PATH + "/{id}";

    private static final String DAY = "providercontracts.api.field.day";
    private static final String HOURS = "hours";
    /** The JSON names of the reports' fields (their label keys), so that an error names the field the caller sent. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry(AttendancePeriod.FIRST_DAY, "firstDay"),
            Map.entry(AttendancePeriod.LAST_DAY, "lastDay"),
            Map.entry(AttendancePeriod.DAYS, "days"),
            Map.entry(AttendanceCorrection.DAYS, "days"),
            Map.entry(AttendanceCorrection.REASON, "reason"),
            Map.entry(DeviationReport.KIND, "kind"),
            Map.entry(DeviationReport.OCCURRED_ON, "occurredOn"),
            Map.entry(DeviationReport.DESCRIPTION, "description"),
            Map.entry(DeviationReport.ACTION, "actionTaken"),
            Map.entry(CompletionReport.GOALS, "goals"),
            Map.entry(CompletionReport.SUMMARY, "summary"),
            Map.entry(CompletionReport.CLIENTS_VIEW, "clientsView"));

    private final AssignmentReports reports;

    ReportEndpoints(AssignmentReports reports) {
        this.reports = reports;
    }

    @GetMapping(path = PATH + "/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Allt utföraren har rapporterat på uppdraget: närvaro med rättelser, avvikelser, slutrapport")
    @ApiResponse(responseCode = "200", description = "Rapporterna")
    @ApiAnswers.OneAssignment
    public ProviderReports get(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id) {
        return ProviderReports.of(reports.forProvider(ApiInput.assignmentId(id)));
    }

    @PostMapping(path = PATH + "/attendance", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Rapportera närvaro eller vårddygn för en period (timmar per dag vid timpris)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ProviderReports.AttendanceRequest.class))))
    @ApiResponse(responseCode = "200", description = "Rapporterna med den nya")
    @ApiAnswers.OneAssignment
    public ProviderReports reportAttendance(
            @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
            @RequestBody(required = false) String body) {
        return report(id, body, (assignment, input) -> reports.reportAttendance(assignment, new AttendanceInput(
                input.date("firstDay", AttendancePeriod.FIRST_DAY), input.date("lastDay", AttendancePeriod.LAST_DAY),
                days(input))), "firstDay", "lastDay", "days");
    }

    @PostMapping(path = PATH + "/attendance-corrections", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Rätta rapporterade dagar: stryk dem eller ange rätt timmar, med skäl",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ProviderReports.CorrectionRequest.class))))
    @ApiResponse(responseCode = "200", description = "Rapporterna med rättelsen")
    @ApiAnswers.OneAssignment
    public ProviderReports correctAttendance(
            @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
            @RequestBody(required = false) String body) {
        return report(id, body, (assignment, input) -> reports.correctAttendance(assignment,
                new AttendanceCorrectionInput(days(input), input.text("reason"))), "days", "reason");
    }

    @PostMapping(path = PATH + "/deviations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Rapportera en avvikelse: frånvaro, utskrivning, återfall eller allvarlig händelse",
            description = "En utskrivning eller allvarlig händelse blir en uppgift för handläggaren.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ProviderReports.DeviationRequest.class))))
    @ApiResponse(responseCode = "200", description = "Rapporterna med avvikelsen")
    @ApiAnswers.OneAssignment
    public ProviderReports reportDeviation(
            @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
            @RequestBody(required = false) String body) {
        return report(id, body, (assignment, input) -> reports.reportDeviation(assignment, new DeviationInput(
                input.choice("kind", DeviationKind.class), input.date("occurredOn", DeviationReport.OCCURRED_ON),
                input.text("description"), input.text("actionTaken"))),
                "kind", "occurredOn", "description", "actionTaken");
    }

    @PostMapping(path = PATH + "/completion", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Lämna slutrapporten: utfallet för varje mål, sammanfattning och klientens synpunkter",
            description = "En gång per uppdrag; den ändras aldrig.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ProviderReports.CompletionRequest.class))))
    @ApiResponse(responseCode = "200", description = "Rapporterna med slutrapporten")
    @ApiAnswers.OneAssignment
    public ProviderReports submitCompletion(
            @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
            @RequestBody(required = false) String body) {
        var assignmentId = ApiInput.assignmentId(id);
        var input = ApiInput.read(body, "goals", "summary", "clientsView");
        var goals = input.objects("goals", "position", "outcome", "comment").stream()
                .map(goal -> new CompletionInput.GoalResult(goal.position("position"),
                        goal.choice("outcome", GoalOutcome.class), goal.text("comment"))).toList();
        var completion = new CompletionInput(goals, input.text("summary"), input.text("clientsView"));
        try {
            return ApiInput.renamed(FIELDS, () -> ProviderReports.of(reports.submitCompletion(assignmentId,
                    completion)));
        } catch (RuleViolation refused) {
            throw located(refused, goals);
        }
    }

    /** A report: the id and the body read with only its fields (nothing called if either is bad), then the facade. */
    private static ProviderReports report(String id, String body, Report report, String... fields) {
        var assignmentId = ApiInput.assignmentId(id);
        var input = ApiInput.read(body, fields);
        return ApiInput.renamed(FIELDS, () -> ProviderReports.of(report.make(assignmentId, input)));
    }

    @FunctionalInterface
    private interface Report {
        AssignmentReportsView make(AssignmentId id, ApiInput input);
    }

    /** The days of a report or a correction: each a date and, for an hour-priced contract, its hours. */
    private static List<ReportedDay> days(ApiInput input) {
        return input.objects("days", "day", HOURS).stream()
                .map(day -> new ReportedDay(day.date("day", DAY), day.decimal(HOURS))).toList();
    }

    /**
     * A refusal of a goal's comment names the goal ({@code goals[1].comment}): the facade has refused it, and the
     * first comment the same rule refuses is the one.
     */
    private static RuleViolation located(RuleViolation refused, List<CompletionInput.GoalResult> goals) {
        if (refused.field().filter(CompletionReport.COMMENT::equals).isEmpty()) {
            return refused;
        }
        for (var i = 0; i < goals.size(); i++) {
            try {
                ProviderText.optional(CompletionReport.COMMENT, goals.get(i).comment(), ProviderText.MEDIUM);
            } catch (RuleViolation ofThisOne) {
                return ApiInput.renamed(ofThisOne, Map.of(CompletionReport.COMMENT, "comment"), "goals[" + i + "].");
            }
        }
        return ApiInput.renamed(refused, Map.of(CompletionReport.COMMENT, "comment"), "goals[].");
    }
}
