package se.vardkedjan.providercontracts.api;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vardkedjan.providercontracts.ImplementationPlanContent;
import se.vardkedjan.providercontracts.ImplementationPlanView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assignment's implementation plan as a provider's system reads it: the assignment's goals it works towards, the
 * draft being written and the established versions (oldest first; the last is the plan in force). The records inside
 * also describe the request bodies in the OpenAPI document.
 */
@Schema(name = "ImplementationPlan", description = "Uppdragets genomförandeplan")
record ProviderImplementationPlan(
        UUID assignmentId,
        @Schema(description = "uppdragets status, t.ex. ACCEPTED eller RUNNING") String assignmentStatus,
        @Schema(description = "skicka tillbaka med en ändring; 0 så länge ingen plan finns; en inaktuell version "
                + "ger 409") long version,
        @Schema(description = "uppdragets mål (ur vårdplanen) som planen arbetar mot") List<String> assignmentGoals,
        @Schema(description = "utkastet som skrivs, null när inget är öppet") PlanContent draft,
        @Schema(description = "de fastställda versionerna, äldst först; den sista gäller")
        List<Established> established) {

    static ProviderImplementationPlan of(ImplementationPlanView view) {
        return new ProviderImplementationPlan(view.assignmentId().value(), view.assignmentStatus().name(),
                view.version(), view.assignmentGoals(), PlanContent.of(view.draft()),
                view.established().stream().map(e -> new Established(e.number(), PlanContent.of(e.content()),
                        e.establishedAt(), e.establishedByName())).toList());
    }

    @Schema(name = "ImplementationPlanContent", description = "Planens innehåll utöver uppdragets mål")
    record PlanContent(List<Activity> activities,
                       @Schema(description = "samverkan med kommunen och andra") String workingWith,
                       @Schema(description = "klientens delaktighet: hur klienten har deltagit") String participation,
                       @Schema(description = "klientens egen syn") String clientView) {

        static PlanContent of(ImplementationPlanContent content) {
            return content == null ? null : new PlanContent(content.activities().stream().map(a -> new Activity(
                    a.description(), a.goal(), a.performer(), a.schedule())).toList(), content.workingWith(),
                    content.participation(), content.clientView());
        }
    }

    @Schema(name = "ImplementationPlanActivity", description = "En aktivitet: vad, aktivitetens mål, vem och när; "
            + "alla krävs")
    record Activity(
            @Schema(description = "vad som görs, högst 4000 tecken", maxLength = 4000) String description,
            @Schema(description = "aktivitetens mål, högst 4000 tecken", maxLength = 4000) String goal,
            @Schema(description = "vem som gör det, en rad, högst 200 tecken", maxLength = 200) String performer,
            @Schema(description = "när, en rad, högst 200 tecken", maxLength = 200) String schedule) {
    }

    @Schema(name = "EstablishedImplementationPlan", description = "En fastställd version; ändras aldrig")
    record Established(int number, PlanContent content, Instant establishedAt,
                       @Schema(description = "vem som fastställde den (namn, eller systemets användarnamn)")
                       String establishedBy) {
    }

    @Schema(name = "ImplementationPlanDraftRequest", description = "Utkastets hela innehåll med planens version")
    record Draft(
            @Schema(description = "versionen som planen lästes med (0 när ingen plan finns)",
                    requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") long version,
            @Schema(description = "högst 30 aktiviteter") List<Activity> activities,
            @Schema(description = "samverkan med kommunen och andra, högst 4000 tecken", maxLength = 4000)
            String workingWith,
            @Schema(description = "klientens delaktighet, högst 4000 tecken", maxLength = 4000) String participation,
            @Schema(description = "klientens egen syn, högst 4000 tecken", maxLength = 4000) String clientView) {
    }

    @Schema(name = "ImplementationPlanEstablishmentRequest", description = "Fastställ utkastet")
    record Establishment(
            @Schema(description = "versionen som planen lästes med", requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "0") long version) {
    }
}
