package se.vardkedjan.followup.group;

import se.vardkedjan.followup.GroupFollowUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.followup.FollowUpModuleTest;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.vardkedjan.followup.group.GroupTableFigures.column;
import static se.vardkedjan.followup.group.GroupTableFigures.cells;
import static se.vardkedjan.followup.group.GroupTableFigures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group follow-up's figures against the real PostgreSQL, on {@link GroupFixture}'s small data set: every expected
 * figure is worked out by hand in the comments (ADR 0031); the summaries are built from the reporting views first.
 */
@FollowUpModuleTest
class GroupFollowUpModuleTests {

    private final GroupFollowUp group;
    private final SummaryRefresh refresh;
    private final JdbcClient jdbc;
    private GroupFixture data;

    GroupFollowUpModuleTests(GroupFollowUp group, SummaryRefresh refresh, JdbcClient jdbc) {
        this.group = group;
        this.refresh = refresh;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void dataSet() {
        data = new GroupFixture(jdbc).create();
        refresh.refresh();
    }

    @Test
    void volumeCountsClientsOpenInThePeriodNewCasesAndInterventionsByDecisionOrAsService() {
        TestActors.signIn(data.analyst());

        // clients open some day in the period: district 1 12, district 2 7 (2 without decision), district 3 7
        // (received in December, closed in April); 26 persons in all
        assertThat(column(group.table(Measure.CLIENTS, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "12", data.d2, "7", data.d3, "7", GroupTable.TOTAL, "26"));
        // new cases: district 3's were received before the period
        assertThat(column(group.table(Measure.NEW_CASES, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "12", data.d2, "7", GroupTable.TOTAL, "19"));
        // interventions: district 3's are services without decision; 0 is shown
        var byDecision = group.table(Measure.INTERVENTIONS, Dimension.DISTRICT, Dimension.BY_DECISION,
                data.filter());
        assertThat(byDecision.columns()).containsExactly("false", "true", GroupTable.TOTAL);
        assertThat(cells(byDecision)).isEqualTo(map(
                data.d1, List.of("0", "12", "12"),
                data.d2, List.of("0", "5", "5"),
                data.d3, List.of("7", "0", "7"),
                GroupTable.TOTAL, List.of("7", "17", "24")));
    }

    @Test
    void clientsByMonthCountEachClientOncePerMonthAndOnceInTheRowTotal() {
        TestActors.signIn(data.analyst());

        // by district the clients are counted over the whole period; split by month, a row's total is the same
        // persons (each once, however many months their case was open) and each month counts those open in it
        var byMonth = group.table(Measure.CLIENTS, Dimension.DISTRICT, Dimension.MONTH, data.filter());
        var totals = new LinkedHashMap<String, String>();
        cells(byMonth).forEach((row, values) -> totals.put(row, values.getLast()));
        assertThat(totals).isEqualTo(map(data.d1, "12", data.d2, "7", data.d3, "7", GroupTable.TOTAL, "26"));
        // district 3's cases were received in December and closed in April: open in every month of the period
        // up to April, so its seven clients are in January's column
        assertThat(byMonth.columns().getFirst()).isEqualTo(data.filter().from().toString().substring(0, 7));
        assertThat(cells(byMonth).get(data.d3).getFirst()).isEqualTo("7");
    }

    @Test
    void aCellOfFewerThanFivePersonsIsHiddenAndSoAreTheCellsItCouldBeWorkedOutFrom() {
        TestActors.signIn(data.analyst());

        // new cases by sex: district 1 6 + 6 = 12, district 2 5 + 2 = 7; women 11, men 8, 19.
        // District 2's 2 men are hidden; its 5 women too (7 - 5 = 2); then district 1's women (11 - 6 = 5) and men
        // (8 - 6 = 2) go as well. The totals stay.
        var table = group.table(Measure.NEW_CASES, Dimension.DISTRICT, Dimension.SEX, data.filter());

        assertThat(table.columns()).containsExactly("FEMALE", "MALE", GroupTable.TOTAL);
        assertThat(cells(table)).isEqualTo(map(
                data.d1, List.of("–", "–", "12"),
                data.d2, List.of("–", "–", "7"),
                GroupTable.TOTAL, List.of("11", "8", "19")));
        assertThat(table.rows().get(1).cells().get(1).value()).isNull();
    }

    @Test
    void moneyIsTheReportedCostAndCareDaysByDistrictAndMonth() {
        TestActors.signIn(data.analyst());

        // district 1: 12 × (10 + 5) care days × 1 000 kr = 180 000 kr; district 2: 5 × 11 days of a 30 000 kr month
        // of 31 days = 5 × 1 064 516 öre = 53 225,80 kr → 53 226 kr; in all 23 322 580 öre → 233 226 kr
        assertThat(column(group.table(Measure.COST, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "180000", data.d2, "53226", GroupTable.TOTAL, "233226"));
        assertThat(column(group.table(Measure.CARE_DAYS, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "180", data.d2, "55", GroupTable.TOTAL, "235"));
        // March 12 × 10 000 kr, April 12 × 5 000 kr, May district 2
        assertThat(column(group.table(Measure.COST, Dimension.MONTH, Dimension.NONE, data.filter())))
                .isEqualTo(map("2026-03", "120000", "2026-04", "60000", "2026-05", "53226",
                        GroupTable.TOTAL, "233226"));
    }

    @Test
    void theBudgetComparedFollowsTheDistrictFilterNotTheWholeMunicipalitysBudget() {
        TestActors.signIn(data.analyst());
        for (var budget : List.of(List.of(data.d1, 360_000L), List.of(data.d2, 100_000L))) {
            jdbc.sql("""
                            INSERT INTO followup.budgets (year, district_code, intervention_type, amount_kr, changed_by,
                                changed_at) VALUES (2026, ?, '', ?, 'test', now())""")
                    .params(budget.get(0), budget.get(1)).update();
        }

        // district 1 alone: its 180 000 kr against its own 360 000 kr, in the row and in the total
        assertThat(cells(group.budget(2026, "", Set.of(data.d1)))).isEqualTo(map(
                data.d1, List.of("360000", "180000", "50.0"), GroupTable.TOTAL, List.of("360000", "180000", "50.0")));
        // districts 1 and 2: 233 226 kr against 360 000 + 100 000 kr = 50.7 %
        assertThat(cells(group.budget(2026, "", Set.of(data.d1, data.d2))).get(GroupTable.TOTAL))
                .isEqualTo(List.of("460000", "233226", "50.7"));
        // district 3 has no budget: the chosen districts' total has none to compare with (not the municipality's)
        assertThat(cells(group.budget(2026, "", Set.of(data.d1, data.d3))).get(GroupTable.TOTAL))
                .isEqualTo(List.of("", "180000", ""));
        assertThatThrownBy(() -> group.budget(2026, "", Set.of("'; DROP TABLE x")))
                .isInstanceOf(se.vardkedjan.sharedkernel.RuleViolation.class);
    }

    @Test
    void timeLimitsAreMediansAndSharesWithinTheTarget() {
        TestActors.signIn(data.analyst());

        // application to decision: 12 × 30, 5 × 60, 7 × 61 days; the median of 24 is (30 + 60) / 2 = 45
        assertThat(column(group.table(Measure.DAYS_TO_DECISION, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "30.0", data.d2, "60.0", data.d3, "61.0", GroupTable.TOTAL, "45.0"));
        // decision to start: 12 × 10, 5 × 20, 7 × 10: median 10
        assertThat(column(group.table(Measure.DAYS_TO_START, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "10.0", data.d2, "20.0", data.d3, "10.0", GroupTable.TOTAL, "10.0"));
        // assignment to answer: 12 × 3, 5 × 10: median 3; within 5 days 12 of 17 = 70.6 %
        assertThat(column(group.table(Measure.DAYS_TO_ANSWER, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "3.0", data.d2, "10.0", GroupTable.TOTAL, "3.0"));
        assertThat(column(group.table(Measure.ANSWER_WITHIN_TARGET, Dimension.DISTRICT, Dimension.NONE,
                data.filter()))).isEqualTo(map(data.d1, "100.0", data.d2, "0.0", GroupTable.TOTAL, "70.6"));
        // the decision target set to 45 days: district 1's 12 of 24 within, 50 %
        jdbc.sql("UPDATE followup.group_settings SET decision_target_days = 45").update();
        try {
            assertThat(column(group.table(Measure.DECISION_WITHIN_TARGET, Dimension.DISTRICT, Dimension.NONE,
                    data.filter()))).isEqualTo(map(data.d1, "100.0", data.d2, "0.0", data.d3, "0.0",
                    GroupTable.TOTAL, "50.0"));
        } finally {
            jdbc.sql("UPDATE followup.group_settings SET decision_target_days = 120").update();
        }
    }

    @Test
    void documentationQualityIsEachFlagsShareOfTheCasesWithAGrantedIntervention() {
        TestActors.signIn(data.analyst());

        // unit 1: 12 cases with needs, participation, a plan with goals and an assignment; unit 2: 5 cases with an
        // assignment only; unit 3: 7 cases with needs only. In all 24: needs 19/24 = 79.2, plan 12/24, participation
        // 12/24, assignment 17/24 = 70.8, no implementation plan; no follow-up is overdue (none is scheduled), so
        // every case has its follow-ups done (GroupOutcomesModuleTests has overdue ones).
        var table = group.documentation(Dimension.UNIT, data.filter());

        assertThat(table.columns()).containsExactly(GroupFollowUp.CASES, "documented_needs", "plan_with_goals",
                "client_participation", "assignment_sent", "implementation_plan", "follow_up_done");
        assertThat(cells(table)).isEqualTo(map(
                data.u1, List.of("12", "100.0", "100.0", "100.0", "100.0", "0.0", "100.0"),
                data.u2, List.of("5", "0.0", "0.0", "0.0", "100.0", "0.0", "100.0"),
                data.u3, List.of("7", "100.0", "0.0", "0.0", "0.0", "0.0", "100.0"),
                GroupTable.TOTAL, List.of("24", "79.2", "50.0", "50.0", "70.8", "0.0", "100.0")));
    }

    @Test
    void aUnitManagerSeesTheirOwnUnitsOnlyAndTheirCaseworkers() {
        TestActors.signIn(data.unitManagerOfUnit1());

        assertThat(column(group.table(Measure.CLIENTS, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "12", GroupTable.TOTAL, "12"));
        assertThat(cells(group.documentation(Dimension.CASEWORKER, data.filter())).keySet())
                .containsExactly(data.caseworker1, GroupTable.TOTAL);
    }

    @Test
    void anAnalystGetsNoFiguresPerCaseworkerAndNoCasesAndTheRefusalsAreRecorded() {
        var analyst = TestActors.signIn(data.analyst());

        assertThatThrownBy(() -> group.documentation(Dimension.CASEWORKER, data.filter()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> group.casesLacking(new UnitCode(data.u1), "implementation_plan", data.filter()))
                .isInstanceOf(AccessDenied.class);

        assertThat(refusals(analyst.username())).isEqualTo(2);
        // and the analyst's tables hold codes of districts, never a case's or a person's id
        var table = group.table(Measure.CLIENTS, Dimension.DISTRICT, Dimension.SEX, data.filter());
        assertThat(table.rows()).extracting(GroupTable.Row::key)
                .containsExactly(data.d1, data.d2, data.d3, GroupTable.TOTAL);
    }

    @Test
    void aUnitManagerDrillsDownToTheirUnitsCasesLackingAFlagEachReadLoggedAndAnotherUnitIsRefused() {
        var manager = TestActors.signIn(data.unitManagerOfUnit1());

        var lacking = group.casesLacking(new UnitCode(data.u1), "implementation_plan", data.filter());

        assertThat(lacking).extracting(c -> c.caseId().value())
                .containsExactlyInAnyOrderElementsOf(data.district1Cases);
        // listed so the manager can tell the cases apart: the client's name, the day received, oldest first
        assertThat(lacking).allSatisfy(c -> {
            assertThat(c.clientName()).isNotBlank();
            assertThat(c.receivedOn()).isNotNull();
        });
        assertThat(lacking).extracting(GroupFollowUp.LackingCase::receivedOn).isSorted();
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND what = ?")
                .params(manager.username(), GroupFollowUp.DRILL_DOWN).query(Long.class).single()).isEqualTo(12);
        // every case of the unit has documented needs: none lacks them
        assertThat(group.casesLacking(new UnitCode(data.u1), "documented_needs", data.filter())).isEmpty();

        assertThatThrownBy(() -> group.casesLacking(new UnitCode(data.u3), "client_participation", data.filter()))
                .isInstanceOf(AccessDenied.class);
        assertThat(refusals(manager.username())).isEqualTo(1);
    }

    @Test
    void theFilterNarrowsBySexAndAgeGroupAndRefusesABackwardPeriod() {
        TestActors.signIn(data.analyst());

        // men only: district 1's 6, district 2's 2 (hidden, and so the total 8 - 6 is the only other line: district
        // 1's 6 goes too), district 3's 7: a column with a total, one hidden → the next smallest (6) as well
        var men = group.table(Measure.CLIENTS, Dimension.DISTRICT, Dimension.NONE,
                data.filter().withSexes(Set.of(Sex.MALE)));
        assertThat(column(men)).isEqualTo(map(data.d1, "–", data.d2, "–", data.d3, "7", GroupTable.TOTAL, "15"));
        // 30–49: district 1's 6 women
        assertThat(column(group.table(Measure.CLIENTS, Dimension.DISTRICT, Dimension.NONE,
                data.filter().withAgeGroups(Set.of(AgeGroup.AGE_30_49)))))
                .isEqualTo(map(data.d1, "6", GroupTable.TOTAL, "6"));

        assertThatThrownBy(() -> new GroupFilter(GroupFixture.TO, GroupFixture.FROM, null, null, null, null, null,
                null, null)).isInstanceOf(se.vardkedjan.sharedkernel.RuleViolation.class);
        assertThatThrownBy(() -> data.filter().withDistricts(Set.of("'; DROP TABLE x; --")))
                .isInstanceOf(se.vardkedjan.sharedkernel.RuleViolation.class);
    }

    private long refusals(String username) {
        return jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_username = ?")
                .param(username).query(Long.class).single();
    }
}
