package se.vardkedjan.providercontracts.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImplementationPlanTests {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private static PlanActivity activity(String what) {
        return new PlanActivity(what, "Klienten ska klara det själv", "Kontaktpersonen", "Varje tisdag");
    }

    private static PlanContent complete() {
        return new PlanContent(List.of(activity("Samtal om återfall")), "Möte med handläggaren varje månad",
                "Klienten skrev planen tillsammans med oss", "Jag vill komma tillbaka till jobbet");
    }

    private static ImplementationPlan accepted() {
        return ImplementationPlan.start(UUID.randomUUID(), AssignmentId.random(), AssignmentStatus.ACCEPTED);
    }

    private static String messageKey(Runnable call) {
        try {
            call.run();
        } catch (RuleViolation violation) {
            return violation.messageKey();
        }
        throw new AssertionError("no rule violation");
    }

    @Test
    void aDraftIsEstablishedAsTheFirstVersionWithWhoAndWhen() {
        var plan = accepted();
        plan.writeDraft(complete(), AssignmentStatus.ACCEPTED);

        var established = plan.establish(AssignmentStatus.ACCEPTED, "ulla", "Ulla Utförare", NOW);

        assertThat(established.number()).isEqualTo(1);
        assertThat(established.byName()).isEqualTo("Ulla Utförare");
        assertThat(established.at()).isEqualTo(NOW);
        assertThat(plan.draft()).as("the draft became the version").isNull();
        assertThat(plan.established()).containsExactly(established);
    }

    @Test
    void anEstablishedVersionIsNeverChangedARevisionIsTheNextVersion() {
        var plan = accepted();
        plan.writeDraft(complete(), AssignmentStatus.ACCEPTED);
        var first = plan.establish(AssignmentStatus.ACCEPTED, "ulla", "Ulla Utförare", NOW);

        assertThat(plan.startingPoint()).as("a revision starts from the plan in force").isEqualTo(first.content());
        var revised = new PlanContent(List.of(activity("Samtal om återfall"), activity("Arbetsträning")),
                first.content().workingWith(), first.content().participation(), "Nu vill jag också träna");
        plan.writeDraft(revised, AssignmentStatus.RUNNING);

        assertThat(plan.established()).singleElement().isEqualTo(first);
        assertThat(plan.established().getFirst().content().activities()).hasSize(1);
        var second = plan.establish(AssignmentStatus.RUNNING, "ulla", "Ulla Utförare", NOW.plusSeconds(60));
        assertThat(second.number()).isEqualTo(2);
        assertThat(plan.established()).containsExactly(first, second);
        assertThatThrownBy(() -> plan.established().add(first)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nothingIsEstablishedWithoutADraftOrWithAnIncompleteOne() {
        var plan = accepted();
        assertThat(messageKey(() -> plan.establish(AssignmentStatus.ACCEPTED, "ulla", "Ulla", NOW)))
                .isEqualTo("providercontracts.plan.error.no-draft");

        plan.writeDraft(new PlanContent(List.of(), "Samverkan", "Delaktighet", null), AssignmentStatus.ACCEPTED);
        assertThat(messageKey(() -> plan.establish(AssignmentStatus.ACCEPTED, "ulla", "Ulla", NOW)))
                .isEqualTo("providercontracts.plan.error.activity-required");

        plan.writeDraft(new PlanContent(List.of(activity("Samtal")), "Samverkan", null, null),
                AssignmentStatus.ACCEPTED);
        assertThatThrownBy(() -> plan.establish(AssignmentStatus.ACCEPTED, "ulla", "Ulla", NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field())
                        .hasValue("providercontracts.plan.participation"));
        assertThat(plan.established()).isEmpty();
    }

    @Test
    void thePlanIsWrittenOnlyWhileTheAssignmentIsAcceptedOrRunning() {
        for (var status : List.of(AssignmentStatus.SENT, AssignmentStatus.RECEIVED, AssignmentStatus.DECLINED,
                AssignmentStatus.ENDED)) {
            assertThat(messageKey(() -> ImplementationPlan.start(UUID.randomUUID(), AssignmentId.random(), status)))
                    .isEqualTo("providercontracts.plan.error.not-accepted");
        }
        var plan = accepted();
        plan.writeDraft(complete(), AssignmentStatus.ACCEPTED);
        assertThat(messageKey(() -> plan.establish(AssignmentStatus.ENDED, "ulla", "Ulla", NOW)))
                .isEqualTo("providercontracts.plan.error.not-accepted");
        assertThat(messageKey(() -> plan.writeDraft(complete(), AssignmentStatus.ENDED)))
                .isEqualTo("providercontracts.plan.error.not-accepted");
    }

    @Test
    void theTextsFollowTheRulesOfProviderTexts() {
        assertThat(messageKey(() -> new PlanContent(List.of(), "x".repeat(ProviderText.MEDIUM + 1), null, null)))
                .isEqualTo("providercontracts.error.text-too-long");
        assertThat(messageKey(() -> new PlanContent(List.of(), null, "<script>alert(1)</script>", null)))
                .isEqualTo("providercontracts.error.text-markup");
        assertThat(messageKey(() -> new PlanActivity("Samtal", "Mål", "Kontakt\nperson", "Tisdag")))
                .isEqualTo("providercontracts.error.text-single-line");
        assertThat(messageKey(() -> new PlanActivity("Samtal", " ", "Kontaktperson", "Tisdag")))
                .isEqualTo("providercontracts.error.text-required");
        assertThat(messageKey(() -> new PlanActivity("Samtal", "Mål", "Kontaktperson", "x".repeat(201))))
                .isEqualTo("providercontracts.error.text-too-long");
        var many = java.util.stream.IntStream.rangeClosed(1, PlanContent.MAX_ACTIVITIES + 1)
                .mapToObj(i -> activity("Aktivitet " + i)).toList();
        assertThat(messageKey(() -> new PlanContent(many, null, null, null)))
                .isEqualTo("providercontracts.plan.error.too-many-activities");
        assertThat(new PlanContent(List.of(), "  Samverkan  ", " ", null).workingWith()).isEqualTo("Samverkan");
    }
}
