package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem.Kind;
import se.vardkedjan.casehandling.readmodel.CaseworkerWorkload;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The start page's case work (ADR 0022): whose items, which ones, who is named, and what is logged. */
@CaseHandlingModuleTest
class WorkdayModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Journal journal;
    private final Workday workday;
    private final CaseRows cases;
    private final JdbcClient jdbc;
    private final CarePlans carePlans;

    WorkdayModuleTests(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                       Journal journal, Workday workday, CaseRows cases, JdbcClient jdbc, CarePlans carePlans) {
        this.carePlans = carePlans;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.journal = journal;
        this.workday = workday;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Test
    void aCaseworkerSeesTheirOwnWorkWithTheClientsNameAndEachShownCaseIsLoggedOnce() {
        TestActors.signIn(TestFixtures.caseworker(PlanFixtures.newUnit(jdbc)));
        var unit = TestActors.signIn(TestFixtures.caseworker(PlanFixtures.newUnit(jdbc))).units().iterator().next();
        var late = investigating("Sen", "Sensson", unit, TODAY.minusDays(3));
        var toDecide = investigating("Klar", "Klarsson", unit, TODAY.plusMonths(2));
        var draft = investigations.saveDraft(toDecide, 0, DecisionFixtures.draftContent(TODAY.minusDays(2)));
        investigations.saveAndComplete(toDecide, draft.version(),
                DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY));
        journal.draft(late, new JournalText(TODAY, "Samtal", "Vi talades vid."));
        var calm = investigating("Lugn", "Lugnsson", unit, TODAY.plusMonths(3));

        var items = workday.workItems();

        assertThat(items).extracting(CaseWorkItem::kind, CaseWorkItem::caseId, CaseWorkItem::personName)
                .containsExactlyInAnyOrder(
                        tuple(Kind.INVESTIGATION_DEADLINE, late, "Sen Sensson"),
                        tuple(Kind.UNSIGNED_DRAFT, late, "Sen Sensson"),
                        tuple(Kind.DECISION_TO_WRITE, toDecide, "Klar Klarsson"));
        assertThat(items).noneMatch(item -> item.caseId().equals(calm));
        assertThat(startPageRows(late)).isEqualTo(1);
        assertThat(startPageRows(toDecide)).isEqualTo(1);
        assertThat(startPageRows(calm)).isZero();
    }

    @Test
    void aDecidedCaseIsNeverLateForItsInvestigationDeadlineNorIsACompleteInvestigation() {
        var unit = PlanFixtures.newUnit(jdbc);
        TestActors.signIn(TestFixtures.caseworker(unit));
        var decided = investigating("Beslutad", "Bengtsson", unit, TODAY.minusDays(5));
        var found = cases.find(decided).orElseThrow();
        found.markDecided();
        cases.update(found);

        assertThat(workday.workItems()).noneMatch(item -> item.caseId().equals(decided)
                && item.kind() == Kind.INVESTIGATION_DEADLINE);
        assertThat(caseHandling.list(CaseListQuery.mine(), 0, 50)).filteredOn(item -> item.caseId().equals(decided))
                .singleElement().satisfies(item -> assertThat(item.investigationOverdue(TODAY)).isFalse());
    }

    @Test
    void anotherUnitsCaseworkerAndAnotherCaseworkerOfMyUnitSeeNoneOfMyItems() {
        var unit = PlanFixtures.newUnit(jdbc);
        TestActors.signIn(TestFixtures.caseworker(unit));
        var mine = investigating("Min", "Minsson", unit, TODAY.minusDays(1));
        assertThat(workday.workItems()).extracting(CaseWorkItem::caseId).contains(mine);

        TestActors.signIn(TestFixtures.caseworker(TestFixtures.SOUTH));
        assertThat(workday.workItems()).noneMatch(item -> item.caseId().equals(mine));
        TestActors.signIn(TestFixtures.caseworker(unit));
        assertThat(workday.workItems()).noneMatch(item -> item.caseId().equals(mine));
        assertThat(startPageRows(mine)).isEqualTo(1);
    }

    @Test
    void aUnitManagerSeesUnassignedCasesAndAProtectedPersonUnnamedAndUnloggedWhenNotNamedOnTheCase() {
        var unit = PlanFixtures.newUnit(jdbc);
        TestActors.signIn(TestFixtures.caseworker(unit));
        var open = caseWithoutResponsible(register.register(TestFixtures.person(TestFixtures.personalNumber(), "Utan",
                "Ansvarsson")), unit);
        var hidden = caseWithoutResponsible(register.register(new RegisterPerson(TestFixtures.personalNumber(), null,
                null, "Dold", "Doldsson", null, null, "Hemlig 1", "111 11", "Ort",
                ProtectionLevel.PROTECTED_REGISTRATION)), unit);

        TestActors.signIn(TestFixtures.unitManager(unit));
        var items = workday.workItems();

        assertThat(items).filteredOn(item -> item.kind() == Kind.UNASSIGNED_CASE)
                .extracting(CaseWorkItem::caseId, CaseWorkItem::personName, CaseWorkItem::protectedIdentity)
                .containsExactlyInAnyOrder(tuple(open, "Utan Ansvarsson", false), tuple(hidden, null, true));
        assertThat(items.toString()).doesNotContain("Dold", "Doldsson");
        assertThat(startPageRows(open)).isEqualTo(1);
        assertThat(startPageRows(hidden)).isZero();
    }

    @Test
    void theWorkloadCountsEachCaseworkersOpenAndOverdueWorkAndIsRefusedAndRecordedForACaseworker() {
        var unit = PlanFixtures.newUnit(jdbc);
        var caseworker = TestActors.signIn(TestFixtures.caseworker(unit));
        investigating("Ett", "Ettsson", unit, TODAY.minusDays(2));
        investigating("Två", "Tvåsson", unit, TODAY.plusMonths(2));

        assertThatThrownBy(() -> workday.workload()).isInstanceOf(AccessDenied.class);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ? "
                + "AND operation = 'WORKLOAD'").param(caseworker.subject()).query(Integer.class).single())
                .isEqualTo(1);

        TestActors.signIn(TestFixtures.unitManager(unit));
        assertThat(workday.workload()).extracting(CaseworkerWorkload::username, CaseworkerWorkload::openCases,
                        CaseworkerWorkload::overdueInvestigations)
                .containsExactly(tuple(caseworker.username(), 2, 1));
    }

    @Test
    void theCaseListsSavedFiltersFindTheSameCasesAsTheWorkload() {
        var unit = PlanFixtures.newUnit(jdbc);
        var caseworker = TestActors.signIn(TestFixtures.caseworker(unit));
        var late = investigating("Sen", "Filtersson", unit, TODAY.minusDays(2));
        investigating("Tidig", "Filtersson", unit, TODAY.plusMonths(2));

        TestActors.signIn(TestFixtures.unitManager(unit));
        var overdue = new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, null, null, false,
                caseworker.username(), CaseListQuery.Filter.OVERDUE);
        assertThat(caseHandling.list(overdue, 0, 50)).extracting(item -> item.caseId()).containsExactly(late);
        assertThat(caseHandling.count(overdue)).isEqualTo(1);
        assertThat(caseHandling.count(new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, null, null,
                false, caseworker.username(), null))).isEqualTo(2);
        for (var sort : CaseListQuery.Sort.values()) {
            assertThat(caseHandling.list(new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, null, sort,
                    true, caseworker.username(), null), 0, 50)).as("sorted by " + sort).hasSize(2);
        }
    }

    private CaseId investigating(String given, String family, se.vardkedjan.sharedkernel.UnitCode unit,
                                 LocalDate deadline) {
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), given, family));
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, unit, IntakeKind.APPLICATION,
                TODAY.minusDays(40), "Ansöker om stöd.", null, null, null, false, null, false)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                TODAY.minusDays(30), deadline);
        return caseId;
    }

    private CaseId caseWithoutResponsible(se.vardkedjan.sharedkernel.PersonId person,
                                          se.vardkedjan.sharedkernel.UnitCode unit) {
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, unit)).caseId();
        jdbc.sql("UPDATE casehandling.cases SET responsible = NULL WHERE id = ?").param(caseId.value()).update();
        return caseId;
    }

    private int startPageRows(CaseId caseId) {
        return jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND what = 'START_PAGE'")
                .param(caseId.value()).query(Integer.class).single();
    }
}
