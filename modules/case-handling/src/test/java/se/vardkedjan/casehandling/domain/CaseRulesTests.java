package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ReportingAuthority;
import se.vardkedjan.casehandling.events.CaseOpened;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

class CaseRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final UnitCode NORTH = new UnitCode("nord-beroende");

    private static Intake application(LocalDate received) {
        return new Intake(IntakeKind.APPLICATION, received, "Ansöker om stöd.", null, null, null, false, null);
    }

    private static String ruleOf(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e.messageKey();
        }
        throw new AssertionError("No rule refused it");
    }

    @Test
    void nothingChosenWhereAChoiceIsNeededIsRefusedWithAClearMessage() {
        assertThat(ruleOf(() -> new Intake(null, TODAY, "Ansöker om stöd.", null, null, null, false, null)))
                .isEqualTo("casehandling.error.intake-kind-required");
        assertThat(ruleOf(() -> new PreliminaryAssessment(null, "Behov finns.", "anna", TODAY)))
                .isEqualTo("casehandling.error.assessment-outcome-required");
        assertThat(ruleOf(() -> new Closure(TODAY, null, "Flyttade.", "anna")))
                .isEqualTo("casehandling.error.closure-reason-required");
    }

    @Test
    void aDateNoRecordCanHoldIsRefusedWithTheFieldNamed() {
        assertThat(ruleOf(() -> application(LocalDate.of(1, 1, 1))))
                .isEqualTo("casehandling.error.date-out-of-range");
        var c = Case.register(PersonId.random(), NORTH, application(TODAY.minusDays(5)), "anna", TODAY);
        assertThat(ruleOf(() -> c.assess(new PreliminaryAssessment(PreliminaryOutcome.OPEN_INVESTIGATION,
                "Behov finns.", "anna", TODAY), LocalDate.of(9_999_999, 12, 31), TODAY)))
                .isEqualTo("casehandling.error.date-out-of-range");
        assertThat(c.status()).isEqualTo(CaseStatus.INTAKE);
    }

    @Test
    void registeringAMatterRecordsCaseOpenedWithIdsOnly() {
        var registered = Case.register(PersonId.random(), NORTH, application(TODAY), "anna", TODAY);
        assertThat(registered.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(registered.events()).singleElement().isInstanceOf(CaseOpened.class);
        assertThat(registered.responsible()).isEqualTo("anna");
    }

    @Test
    void aCaseIsAssignedOnlyToSomebodyOfTheUnitsStaff() {
        var c = Case.register(PersonId.random(), NORTH, application(TODAY), "anna", TODAY);
        var staff = Set.of("anna", "bo");
        assertThat(ruleOf(() -> c.assignTo(null, staff, null))).isEqualTo("casehandling.error.staff-required");
        assertThat(ruleOf(() -> c.assignTo("  ", staff, null))).isEqualTo("casehandling.error.staff-required");
        assertThat(ruleOf(() -> c.assignTo("cecilia", staff, null))).isEqualTo("casehandling.error.staff-not-in-unit");
        c.assignTo(" bo ", staff, null);
        assertThat(c.responsible()).isEqualTo("bo");
    }

    @Test
    void onAProtectedCaseOnlyNamedStaffBecomeResponsibleAndAssigningNamesNobody() {
        var c = Case.register(PersonId.random(), NORTH, application(TODAY), "anna", TODAY);
        var staff = Set.of("anna", "bo", "cecilia");
        assertThat(ruleOf(() -> c.assignTo("bo", staff, Set.of("cecilia"))))
                .isEqualTo("casehandling.error.assignee-not-named");
        c.assignTo("cecilia", staff, Set.of("cecilia"));
        assertThat(c.responsible()).isEqualTo("cecilia");
    }

    @Test
    void aMatterCannotBeReceivedInTheFuture() {
        assertThat(ruleOf(() -> Case.register(PersonId.random(), NORTH, application(TODAY.plusDays(1)), "anna",
                TODAY))).isEqualTo("casehandling.error.date-in-future");
    }

    @Test
    void aReportNeedsItsReporterAndOnlyAnAuthorityMakesAnLvmReport() {
        assertThat(ruleOf(() -> new Intake(IntakeKind.REPORT, TODAY, "Oro", null, null, null, false, null)))
                .isEqualTo("casehandling.error.reporter-required");
        assertThat(ruleOf(() -> new Intake(IntakeKind.REPORT, TODAY, "Oro", "Granne", null,
                ReportingAuthority.RELATIVE_OR_OTHER_PERSON, true, null)))
                .isEqualTo("casehandling.error.lvm-report-needs-authority");
        assertThat(ruleOf(() -> new Intake(IntakeKind.APPLICATION, TODAY, "Ansökan", null, null, null, true, null)))
                .isEqualTo("casehandling.error.lvm-report-only-for-reports");
        assertThat(new Intake(IntakeKind.REPORT, TODAY, "Oro", null, "Polisen", ReportingAuthority.POLICE, true, null)
                .lvmReport()).isTrue();
    }

    @Test
    void anAssessmentCannotPrecedeTheIntakeAndAnInvestigationNeedsALaterDeadline() {
        var c = Case.register(PersonId.random(), NORTH, application(TODAY.minusDays(5)), "anna", TODAY);
        assertThat(ruleOf(() -> c.assess(new PreliminaryAssessment(PreliminaryOutcome.OPEN_INVESTIGATION, "Skäl",
                "anna", TODAY.minusDays(6)), TODAY.plusMonths(4), TODAY)))
                .isEqualTo("casehandling.error.dates-in-wrong-order");
        assertThat(ruleOf(() -> c.assess(new PreliminaryAssessment(PreliminaryOutcome.OPEN_INVESTIGATION, "Skäl",
                "anna", TODAY), null, TODAY))).isEqualTo("casehandling.error.date-required");
        c.assess(new PreliminaryAssessment(PreliminaryOutcome.OPEN_INVESTIGATION, "Skäl", "anna", TODAY),
                TODAY.plusMonths(4), TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATION);
    }

    @Test
    void theInvestigationIsWrittenOnlyWhileTheCaseIsUnderInvestigation() {
        var c = Case.register(PersonId.random(), NORTH, application(TODAY.minusDays(5)), "anna", TODAY);
        assertThat(ruleOf(c::checkUnderInvestigation)).isEqualTo("casehandling.error.case-in-wrong-status");
        c.assess(new PreliminaryAssessment(PreliminaryOutcome.OPEN_INVESTIGATION, "Behov finns.", "anna", TODAY),
                TODAY.plusMonths(4), TODAY);
        c.checkUnderInvestigation();
        c.markDecided();
        assertThat(ruleOf(c::checkUnderInvestigation)).isEqualTo("casehandling.error.case-in-wrong-status");
    }

    @Test
    void aDecisionIsMadeUnderInvestigationOrAfterAnEarlierDecisionButNeitherAtIntakeNorWhenClosed() {
        var c = Case.register(PersonId.random(), NORTH, application(TODAY.minusDays(5)), "anna", TODAY);
        assertThat(ruleOf(c::checkDecisionMayBeMade)).isEqualTo("casehandling.error.case-in-wrong-status");
        c.assess(new PreliminaryAssessment(PreliminaryOutcome.OPEN_INVESTIGATION, "Behov finns.", "anna", TODAY),
                TODAY.plusMonths(4), TODAY);
        c.checkDecisionMayBeMade();
        c.markDecided();
        c.checkDecisionMayBeMade();
        c.close(new Closure(TODAY, ClosureReason.GOALS_REACHED, "Målen nådda.", "anna"), TODAY);
        assertThat(ruleOf(c::checkDecisionMayBeMade)).isEqualTo("casehandling.error.case-in-wrong-status");
    }

    @Test
    void notOpeningAnInvestigationClosesTheCaseWithTheReasons() {
        var c = Case.register(PersonId.random(), NORTH, application(TODAY), "anna", TODAY);
        c.assess(new PreliminaryAssessment(PreliminaryOutcome.NO_INVESTIGATION, "Avböjer", "anna", TODAY), null, TODAY);
        assertThat(c.status()).isEqualTo(CaseStatus.NOT_OPENED);
        assertThat(c.closure().outcome()).isEqualTo("Avböjer");
        assertThat(ruleOf(() -> c.close(new Closure(TODAY, ClosureReason.OTHER, "X", "anna"), TODAY)))
                .isEqualTo("casehandling.error.case-not-open");
    }

    @Test
    void aProtectedCaseIsSeenOnlyByNamedStaffOfTheUnitRecognisedByTheirKeycloakSubject() {
        var anna = new Actor("s1", "anna", "Anna", Set.of(Roles.CASEWORKER), Set.of(NORTH), Set.of());
        var bo = new Actor("s2", "bo", "Bo", Set.of(Roles.CASEWORKER), Set.of(NORTH), Set.of());
        var renamedToAnna = new Actor("s9", "anna", "Anna", Set.of(Roles.CASEWORKER), Set.of(NORTH), Set.of());
        var manager = new Actor("s3", "ec", "Ec", Set.of(Roles.UNIT_MANAGER), Set.of(NORTH), Set.of());
        assertThat(CaseVisibility.allows(anna, NORTH, true, Set.of("s1"))).isTrue();
        assertThat(CaseVisibility.allows(bo, NORTH, true, Set.of("s1"))).isFalse();
        assertThat(CaseVisibility.allows(renamedToAnna, NORTH, true, Set.of("s1"))).isFalse();
        assertThat(CaseVisibility.allows(manager, NORTH, true, Set.of("s1"))).as("not named").isFalse();
        assertThat(CaseVisibility.allows(bo, NORTH, false, Set.of())).isTrue();
        assertThat(CaseVisibility.managesUnit(manager, NORTH)).isTrue();
        assertThat(CaseVisibility.managesUnit(bo, NORTH)).isFalse();
    }

    @Test
    void staffOfOtherUnitsAndOtherRolesNeverSeeTheCase() {
        var south = new Actor("s4", "sam", "Sam", Set.of(Roles.CASEWORKER), Set.of(new UnitCode("syd")), Set.of());
        var analyst = new Actor("s5", "an", "An", Set.of(Roles.ANALYST), Set.of(NORTH), Set.of());
        var provider = new Actor("s6", "ut", "Ut", Set.of(Roles.PROVIDER_STAFF), Set.of(NORTH), Set.of());
        assertThat(CaseVisibility.allows(south, NORTH, false, Set.of())).isFalse();
        assertThat(CaseVisibility.allows(analyst, NORTH, false, Set.of())).isFalse();
        assertThat(CaseVisibility.allows(provider, NORTH, false, Set.of())).isFalse();
    }

    @Test
    void freeTextRefusesMarkupOversizeAndControlCharacters() {
        assertThat(ruleOf(() -> FREE_TEXT.required("f", "<script>alert(1)</script>", 100)))
                .isEqualTo("casehandling.error.text-markup");
        assertThat(ruleOf(() -> FREE_TEXT.required("f", "x".repeat(101), 100)))
                .isEqualTo("casehandling.error.text-too-long");
        assertThat(ruleOf(() -> FREE_TEXT.required("f", "a\u0000b", 100)))
                .isEqualTo("casehandling.error.text-control-characters");
        assertThat(ruleOf(() -> FREE_TEXT.required("f", "  ", 100))).isEqualTo("casehandling.error.text-required");
        assertThat(FREE_TEXT.required("f", " AUDIT < 8 och DUDIT > 2 ", 100)).isEqualTo("AUDIT < 8 och DUDIT > 2");
    }

    @Test
    void aProtectedPersonsAddressIsNeverVisible() {
        var person = Person.register(PersonalIdentity.parse("198507099805", TODAY), "Eva", "Ek",
                new ContactDetails("070-1234567", null, "Gatan 1", "123 45", "Ort"),
                se.vardkedjan.casehandling.ProtectionLevel.PROTECTED_REGISTRATION);
        assertThat(person.visibleContact().streetAddress()).isNull();
        assertThat(person.visibleContact().postalCode()).isNull();
        assertThat(person.visibleContact().phone()).isEqualTo("070-1234567");
    }
}
