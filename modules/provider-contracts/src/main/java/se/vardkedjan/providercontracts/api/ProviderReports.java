package se.vardkedjan.providercontracts.api;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vardkedjan.providercontracts.AssignmentReportsView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the provider has reported on an assignment, as its system reads it (ADR 0026): the attendance reports with
 * their days as corrected, the corrections, the deviations and the completion report; every one kept as reported. The
 * records inside also describe the request bodies in the OpenAPI document.
 */
@Schema(name = "Reports", description = "Det utföraren har rapporterat på ett uppdrag")
record ProviderReports(
        UUID assignmentId,
        @Schema(description = "uppdragets status, t.ex. RUNNING") String status,
        @Schema(description = "avtalet har timpris: en dag anges med timmar; annars vårddygn utan timmar")
        boolean hourPriced,
        LocalDate startedOn,
        LocalDate endedOn,
        @Schema(description = "uppdragets mål i ordning; slutrapporten anger utfallet för varje") List<String> goals,
        List<Attendance> attendance,
        List<Correction> corrections,
        List<Deviation> deviations,
        @Schema(description = "slutrapporten, null tills den har lämnats") Completion completion,
        @Schema(description = "antal dagar som räknas efter rättelser") long countedDays) {

    static ProviderReports of(AssignmentReportsView view) {
        return new ProviderReports(view.assignmentId().value(), view.status().name(), view.hourPriced(),
                view.startedOn(), view.endedOn(), view.goals(),
                view.attendance().stream().map(a -> new Attendance(a.id(), a.firstDay(), a.lastDay(),
                        a.days().stream().map(d -> new Attendance.Day(d.day(), d.hours(), d.cancelled(),
                                d.correctedHours())).toList(), a.reportedAt(), a.reportedBy())).toList(),
                view.corrections().stream().map(c -> new Correction(c.id(), c.days().stream().map(d ->
                        new ReportedDay(d.day(), d.hours())).toList(), c.reason(), c.correctedAt(),
                        c.correctedBy())).toList(),
                view.deviations().stream().map(d -> new Deviation(d.id(), d.kind().name(), d.occurredOn(),
                        d.description(), d.actionTaken(), d.reportedAt(), d.reportedBy())).toList(),
                view.completion() == null ? null : new Completion(view.completion().goals().stream().map(g ->
                        new Completion.Goal(g.position(), g.text(), g.outcome().name(), g.comment())).toList(),
                        view.completion().summary(), view.completion().clientsView(),
                        view.completion().submittedAt(), view.completion().submittedBy()),
                view.countedDays());
    }

    @Schema(name = "AttendanceReport", description = "En rapport för en period med dess dagar")
    record Attendance(long id, LocalDate firstDay, LocalDate lastDay, List<Day> days, Instant reportedAt,
                      @Schema(description = "vem som rapporterade (namn, eller systemets användarnamn)")
                      String reportedBy) {

        @Schema(name = "AttendanceDay", description = "En rapporterad dag som rapporterad, med rättelsen bredvid")
        record Day(LocalDate day, @Schema(description = "timmarna som rapporterades (timpris), annars null")
                   BigDecimal hours, @Schema(description = "dagen är struken av en rättelse") boolean cancelled,
                   @Schema(description = "timmarna enligt en rättelse, annars null") BigDecimal correctedHours) {
        }
    }

    @Schema(name = "ReportedDay", description = "En dag: ett vårddygn (hours saknas) eller timmarna den dagen "
            + "(timpris)")
    record ReportedDay(
            @Schema(description = "dagen", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate day,
            @Schema(description = "timmar, mer än 0 och högst 24 med högst två decimaler; bara vid timpris",
                    example = "1.5") BigDecimal hours) {
    }

    @Schema(name = "AttendanceCorrection", description = "En rättelse: dagarna den stryker eller ger nya timmar, och "
            + "varför")
    record Correction(long id, List<ReportedDay> days, String reason, Instant correctedAt, String correctedBy) {
    }

    @Schema(name = "Deviation", description = "En avvikelse")
    record Deviation(String id,
                     @Schema(allowableValues = {"ABSENCE", "DISCHARGE", "RELAPSE", "SERIOUS_INCIDENT"}) String kind,
                     LocalDate occurredOn, String description, String actionTaken, Instant reportedAt,
                     String reportedBy) {
    }

    @Schema(name = "CompletionReport", description = "Slutrapporten; ändras aldrig")
    record Completion(List<Goal> goals, String summary, String clientsView, Instant submittedAt, String submittedBy) {

        @Schema(name = "CompletionGoal")
        record Goal(int position, String text,
                    @Schema(allowableValues = {"REACHED", "PARTLY", "NOT_REACHED"}) String outcome,
                    String comment) {
        }
    }

    // ---- The request bodies, for the OpenAPI document

    @Schema(name = "AttendanceRequest", description = "Närvaro eller vårddygn för en period av ett pågående (eller "
            + "avslutat) uppdrag: högst 93 dagar, inte före starten, inte efter slutet, inte i framtiden; varje dag en "
            + "gång och aldrig rapporterad förut")
    record AttendanceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String firstDay,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String lastDay,
            @Schema(description = "dagarna i perioden som klienten deltog eller vistades, minst en",
                    requiredMode = Schema.RequiredMode.REQUIRED) List<ReportedDay> days) {
    }

    @Schema(name = "AttendanceCorrectionRequest", description = "Rättelse av rapporterade dagar: varje dag stryks "
            + "(hours saknas) eller får rätt timmar (timpris), en gång; rapporten själv ändras aldrig")
    record CorrectionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ReportedDay> days,
            @Schema(description = "vad som blev fel, högst 4000 tecken", requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 4000) String reason) {
    }

    @Schema(name = "DeviationRequest", description = "En avvikelse på ett accepterat, pågående eller avslutat uppdrag")
    record DeviationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"ABSENCE", "DISCHARGE", "RELAPSE", "SERIOUS_INCIDENT"}) String kind,
            @Schema(description = "dagen, inte i framtiden och inte före den accepterade starten",
                    requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String occurredOn,
            @Schema(description = "vad som hände, högst 4000 tecken", requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 4000) String description,
            @Schema(description = "vad som gjordes, högst 4000 tecken", maxLength = 4000) String actionTaken) {
    }

    @Schema(name = "CompletionRequest", description = "Slutrapporten för ett pågående eller avslutat uppdrag, en gång")
    record CompletionRequest(
            @Schema(description = "utfallet för vart och ett av uppdragets mål, inget annat",
                    requiredMode = Schema.RequiredMode.REQUIRED) List<GoalResult> goals,
            @Schema(description = "högst 4000 tecken", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000)
            String summary,
            @Schema(description = "klientens synpunkter, högst 4000 tecken",
                    requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String clientsView) {

        @Schema(name = "CompletionGoalRequest")
        record GoalResult(
                @Schema(description = "målets plats i uppdragets mål, från 0",
                        requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") int position,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                        allowableValues = {"REACHED", "PARTLY", "NOT_REACHED"}) String outcome,
                @Schema(description = "högst 4000 tecken", maxLength = 4000) String comment) {
        }
    }
}
