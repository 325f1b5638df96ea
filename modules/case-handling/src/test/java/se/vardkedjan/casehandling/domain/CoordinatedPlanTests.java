package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanStatus;
import se.vardkedjan.casehandling.NewParticipant;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.casehandling.events.ConsentWithdrawn;
import se.vardkedjan.casehandling.events.CoordinatedPlanCreated;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoordinatedPlanTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private static CoordinatedPlan plan() {
        return CoordinatedPlan.create(new CaseId(UUID.randomUUID()), TODAY.minusDays(2), ConsentForm.WRITTEN,
                "handlaggare", TODAY, NOW, TODAY);
    }

    private static void refusedWith(String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aMeetingIsRecordedOnADayThatHasBeenAndNotBeforeTheConsent() {
        var plan = plan();
        refusedWith("casehandling.error.date-in-future", () -> plan.recordMeeting(TODAY.plusDays(1), "hl", null, NOW,
                TODAY));
        refusedWith("casehandling.error.dates-in-wrong-order", () -> plan.recordMeeting(TODAY.minusDays(3), "hl",
                null, NOW, TODAY));
        refusedWith("casehandling.error.date-out-of-range", () -> plan.recordMeeting(LocalDate.of(1, 1, 1), "hl",
                null, NOW, TODAY));
        plan.recordMeeting(TODAY.minusDays(2), "hl", "Första mötet.", NOW, TODAY);
        assertThat(plan.history()).hasSize(2);
    }

    @Test
    void aPlanCannotBeCreatedWithoutTheClientsConsent() {
        refusedWith("casehandling.sip.error.consent-required", () -> CoordinatedPlan.create(
                new CaseId(UUID.randomUUID()), null, ConsentForm.ORAL, "hl", TODAY, NOW, TODAY));
        refusedWith("casehandling.sip.error.consent-required", () -> CoordinatedPlan.create(
                new CaseId(UUID.randomUUID()), TODAY, null, "hl", TODAY, NOW, TODAY));
    }

    @Test
    void consentCannotBeDatedInTheFutureNorTheSipBeforeTheConsent() {
        refusedWith("casehandling.error.date-in-future", () -> CoordinatedPlan.create(new CaseId(UUID.randomUUID()),
                TODAY.plusDays(1), ConsentForm.ORAL, "hl", TODAY.plusDays(2), NOW, TODAY));
        refusedWith("casehandling.error.dates-in-wrong-order", () -> CoordinatedPlan.create(
                new CaseId(UUID.randomUUID()), TODAY, ConsentForm.ORAL, "hl", TODAY.minusDays(1), NOW, TODAY));
    }

    @Test
    void creatingRecordsWhoRecordedTheConsentAndRaisesAnEventWithIdsOnly() {
        var plan = plan();
        assertThat(plan.status()).isEqualTo(CoordinatedPlanStatus.DRAFT);
        assertThat(plan.consent().recordedBy()).isEqualTo("handlaggare");
        assertThat(plan.events()).containsExactly(new CoordinatedPlanCreated(plan.caseId(), plan.id()));
        assertThat(plan.history()).extracting(h -> h.kind()).containsExactly(CoordinatedPlan.CREATED);
    }

    @Test
    void aRegionParticipantWithAnAccountMayReadThePlan() {
        var plan = plan();
        var anna = plan.add(NewParticipant.region("Anna Läkare", "Region Exempel", "Beroendemottagningen", "läkare",
                "region.lakare"));
        plan.add(NewParticipant.region("Bo Sköterska", "Region Exempel", null, "sjuksköterska", null));
        assertThat(plan.readGrants()).containsExactly(java.util.Map.entry(anna, "region.lakare"));
    }

    @Test
    void withdrawingConsentEndsRegionAccessAndClosesThePlanForChanges() {
        var plan = plan();
        plan.add(NewParticipant.region("Anna Läkare", "Region Exempel", null, "läkare", "region.lakare"));

        plan.withdrawConsent(TODAY, "handlaggare", NOW, TODAY);

        assertThat(plan.status()).isEqualTo(CoordinatedPlanStatus.CONSENT_WITHDRAWN);
        assertThat(plan.readGrants()).isEmpty();
        assertThat(plan.consent().withdrawnOn()).isEqualTo(TODAY);
        assertThat(plan.participants()).hasSize(1);
        assertThat(plan.events()).contains(new ConsentWithdrawn(plan.caseId(), plan.id(), TODAY));
        refusedWith("casehandling.sip.error.consent-withdrawn", () -> plan.writeGoals("Nya mål"));
        refusedWith("casehandling.sip.error.consent-already-withdrawn",
                () -> plan.withdrawConsent(TODAY, "handlaggare", NOW, TODAY));
    }

    @Test
    void removingARegionParticipantEndsTheirAccess() {
        var plan = plan();
        var anna = plan.add(NewParticipant.region("Anna Läkare", "Region Exempel", null, "läkare", "region.lakare"));
        plan.remove(anna, TODAY);
        assertThat(plan.readGrants()).isEmpty();
        assertThat(plan.participants()).singleElement().satisfies(p -> assertThat(p.removedOn()).isEqualTo(TODAY));
    }

    @Test
    void theFollowUpDateMustComeAfterTheSipDate() {
        var plan = plan();
        refusedWith("casehandling.sip.error.follow-up-not-after-plan-date", () -> plan.scheduleFollowUp(TODAY));
        refusedWith("casehandling.sip.error.follow-up-not-after-plan-date",
                () -> plan.scheduleFollowUp(TODAY.minusDays(1)));
        plan.scheduleFollowUp(TODAY.plusMonths(3));
        assertThat(plan.followUpOn()).isEqualTo(TODAY.plusMonths(3));
    }

    @Test
    void aRelativeTakesPartOnlyWhenTheClientDoesNotObject() {
        var plan = plan();
        refusedWith("casehandling.sip.error.client-objects-to-relative",
                () -> plan.add(NewParticipant.relative("Eva Ek", "syster", false)));
        plan.add(NewParticipant.relative("Eva Ek", "syster", true));
        assertThat(plan.participants()).singleElement()
                .satisfies(p -> assertThat(p.clientDoesNotObject()).isTrue());
    }

    @Test
    void theCoordinatorIsAMunicipalOrRegionParticipantNotARelative() {
        var plan = plan();
        var relative = plan.add(NewParticipant.relative("Eva Ek", "syster", true));
        refusedWith("casehandling.sip.error.coordinator-must-be-participant", () -> plan.appointCoordinator(relative));
        var caseworker = plan.add(NewParticipant.municipal("handlaggare", null, "socialsekreterare"));
        plan.appointCoordinator(caseworker);
        assertThat(plan.coordinator()).isEqualTo(caseworker);
    }

    @Test
    void onlyTheMunicipalityOrTheRegionCarriesTheOverallResponsibility() {
        var plan = plan();
        refusedWith("casehandling.sip.error.responsibility-municipality-or-region",
                () -> plan.assignOverallResponsibility(Principal.OTHER));
        plan.assignOverallResponsibility(Principal.REGION);
        assertThat(plan.overallResponsibility()).isEqualTo(Principal.REGION);
    }

    @Test
    void activatingNeedsResponsibilityCoordinatorMeasuresGoalsAndFollowUp() {
        var plan = plan();
        refusedWith("casehandling.sip.error.not-ready", () -> plan.activate(TODAY, "hl", NOW));
        plan.assignOverallResponsibility(Principal.MUNICIPALITY);
        plan.appointCoordinator(plan.add(NewParticipant.municipal("handlaggare", null, "socialsekreterare")));
        plan.addMeasure(Principal.REGION, "Abstinensbehandling", "Läkarbesök varannan vecka");
        plan.writeGoals("Att vara nykter till sommaren.");
        plan.scheduleFollowUp(TODAY.plusMonths(2));

        plan.activate(TODAY, "hl", NOW);

        assertThat(plan.status()).isEqualTo(CoordinatedPlanStatus.ACTIVE);
        assertThat(plan.history()).extracting(h -> h.kind())
                .containsExactly(CoordinatedPlan.CREATED, CoordinatedPlan.ACTIVATED);
    }

    @Test
    void scriptInAMeasureIsRefused() {
        refusedWith("casehandling.error.text-markup",
                () -> plan().addMeasure(Principal.MUNICIPALITY, "<script>alert(1)</script>", "x"));
    }
}
