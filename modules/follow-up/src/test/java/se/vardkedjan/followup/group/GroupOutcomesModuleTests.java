package se.vardkedjan.followup.group;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.followup.FollowUpModuleTest;
import se.vardkedjan.followup.GroupFollowUp;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static se.vardkedjan.followup.group.GroupTableFigures.column;
import static se.vardkedjan.followup.group.GroupTableFigures.cells;
import static se.vardkedjan.followup.group.GroupTableFigures.shown;
import static se.vardkedjan.followup.group.GroupTableFigures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outcomes, goal attainment, the cost per client improved and follow-ups on time (issue 13, slice 2; ADR 0031's
 * amendment) on {@link GroupFixture}'s data set with these measurements and scheduled follow-ups added, every figure
 * worked out by hand:
 * <ul>
 * <li>AUDIT: district 1's 12 cases a baseline of 20 (2026-03-01); the 6 women a follow-up of 5 (04-01) and, latest,
 *     10 (06-01): change −10; the 6 men 22 (06-01): +2, and a withdrawn 0 (06-15) that does not count. District 2's
 *     2 men (no intervention) 12 → 8 (03-05, 05-05): −4. District 3's 7 men 15 → 15 (01-10, 03-10): 0.</li>
 * <li>DUDIT: district 2's 5 women 30 → 24 (04-20, 06-20): −6.</li>
 * <li>Goal attainment, one goal per case: district 1's women partly (04-01), then reached (06-10); its men not
 *     reached (06-10); district 3's men partly (03-20).</li>
 * <li>Scheduled follow-ups due 2026-06-10 for district 1: the women's done that day, 3 men's done 06-20 (late), 3
 *     men's still due (overdue); district 3's due 03-05, done 03-01.</li>
 * </ul>
 */
@FollowUpModuleTest
class GroupOutcomesModuleTests {

    private final GroupFollowUp group;
    private final SummaryRefresh refresh;
    private final JdbcClient jdbc;
    private GroupFixture data;
    private final List<UUID> overdueCases = new java.util.ArrayList<>();

    GroupOutcomesModuleTests(GroupFollowUp group, SummaryRefresh refresh, JdbcClient jdbc) {
        this.group = group;
        this.refresh = refresh;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void dataSet() {
        data = new GroupFixture(jdbc).create();
        overdueCases.clear();
        for (int i = 0; i < data.district1Cases.size(); i++) {
            var caseId = data.district1Cases.get(i);
            boolean woman = i % 2 == 0;
            measurement(caseId, "AUDIT", "BASELINE", "2026-03-01", 20, null);
            if (woman) {
                measurement(caseId, "AUDIT", "FOLLOW_UP", "2026-04-01", 5, null);
                measurement(caseId, "AUDIT", "FOLLOW_UP", "2026-06-01", 10, null);
                var goal = UUID.randomUUID();
                measurement(caseId, "GOAL", "FOLLOW_UP", "2026-04-01", 1, goal);
                measurement(caseId, "GOAL", "FOLLOW_UP", "2026-06-10", 2, goal);
                scheduled(caseId, "2026-06-10", "2026-06-10");
            } else {
                measurement(caseId, "AUDIT", "FOLLOW_UP", "2026-06-01", 22, null);
                var withdrawn = measurement(caseId, "AUDIT", "FOLLOW_UP", "2026-06-15", 0, null);
                jdbc.sql("INSERT INTO followup.measurement_withdrawals (measurement_id, reason, withdrawn_by, "
                        + "withdrawn_at) VALUES (?, 'Fel klient', 'test', now())").param(withdrawn).update();
                measurement(caseId, "GOAL", "FOLLOW_UP", "2026-06-10", 0, UUID.randomUUID());
                boolean late = overdueCases.size() >= 3;
                if (late) {
                    scheduled(caseId, "2026-06-10", "2026-06-20");
                } else {
                    scheduled(caseId, "2026-06-10", null);
                    overdueCases.add(caseId);
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            measurement(data.district2Cases.get(i), "DUDIT", "BASELINE", "2026-04-20", 30, null);
            measurement(data.district2Cases.get(i), "DUDIT", "FOLLOW_UP", "2026-06-20", 24, null);
        }
        for (int i = 5; i < 7; i++) {
            measurement(data.district2Cases.get(i), "AUDIT", "BASELINE", "2026-03-05", 12, null);
            measurement(data.district2Cases.get(i), "AUDIT", "FOLLOW_UP", "2026-05-05", 8, null);
        }
        for (var caseId : data.district3Cases) {
            measurement(caseId, "AUDIT", "BASELINE", "2026-01-10", 15, null);
            measurement(caseId, "AUDIT", "FOLLOW_UP", "2026-03-10", 15, null);
            measurement(caseId, "GOAL", "FOLLOW_UP", "2026-03-20", 1, UUID.randomUUID());
            scheduled(caseId, "2026-03-05", "2026-03-01");
        }
        refresh.refresh();
    }

    @Test
    void theMeanChangeFromBaselineToTheLatestFollowUpWithSmallCellsAndWhatTheyCouldBeWorkedOutFromHidden() {
        TestActors.signIn(data.analyst());

        // district 1: (6 × −10 + 6 × 2) / 12 = −4.0; district 2: 2 persons (hidden), and so district 3 (7, the
        // fewest of the rest) too; in all (−48 − 8 + 0) / 21 = −2.67 → −2.7
        assertThat(column(group.table(Measure.AUDIT_CHANGE, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "-4.0", data.d2, "–", data.d3, "–", GroupTable.TOTAL, "-2.7"));
        // improved (a lower AUDIT): district 1's 6 women of 12; in all 6 + 2 of 21 = 38.1 %
        assertThat(column(group.table(Measure.AUDIT_IMPROVED, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "50.0", data.d2, "–", data.d3, "–", GroupTable.TOTAL, "38.1"));
        // DUDIT: district 2's 5 women −6, all improved
        assertThat(column(group.table(Measure.DUDIT_CHANGE, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d2, "-6.0", GroupTable.TOTAL, "-6.0"));
        assertThat(column(group.table(Measure.DUDIT_IMPROVED, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d2, "100.0", GroupTable.TOTAL, "100.0"));
        // no ASI measured: no rows, and the total's mean over no one is no figure (not 0)
        var asi = group.table(Measure.ASI_CHANGE, Dimension.DISTRICT, Dimension.NONE, data.filter());
        assertThat(asi.rows()).singleElement().satisfies(row -> assertThat(row.cells().getFirst().value()).isNull());
    }

    @Test
    void theChangeIsLinkedToTheInterventionTypeMethodAndProviderDecidedBeforeTheFollowUp() {
        TestActors.signIn(data.analyst());

        // outpatient care (district 1) −4.0; a service without decision (district 3) 0.0; district 2's men have no
        // intervention ('', 2 persons: hidden, and so is the service's 7); in all −2.7
        assertThat(column(group.table(Measure.AUDIT_CHANGE, Dimension.INTERVENTION_TYPE, Dimension.NONE,
                data.filter()))).isEqualTo(map("", "–", "OUTPATIENT", "-4.0", "SERVICE_WITHOUT_DECISION", "–",
                GroupTable.TOTAL, "-2.7"));
        // by provider: district 1's cases went to provider 1 by assignment; by sex: women −10, men +2
        var bySex = group.table(Measure.AUDIT_CHANGE, Dimension.METHOD, Dimension.SEX,
                data.filter().withDistricts(java.util.Set.of(data.d1)));
        assertThat(cells(bySex)).isEqualTo(map(
                "GROUP_TEST_MI", List.of("-10.0", "2.0", "-4.0"),
                GroupTable.TOTAL, List.of("-10.0", "2.0", "-4.0")));
        // a filter on the type keeps the outcomes attributed to it
        assertThat(column(group.table(Measure.AUDIT_CHANGE, Dimension.DISTRICT, Dimension.NONE,
                data.filter().withInterventionTypes(java.util.Set.of("OUTPATIENT")))))
                .isEqualTo(map(data.d1, "-4.0", GroupTable.TOTAL, "-4.0"));
    }

    @Test
    void aReliableImprovementNeedsTheDefinitionsThresholdAndWithoutOneTheShareIsNotAvailableNotZero() {
        TestActors.signIn(data.analyst());

        // AUDIT's, DUDIT's and the ASI summary's definitions give no reliable-change threshold: no share, not 0 %
        for (var measure : List.of(Measure.AUDIT_RELIABLY_IMPROVED, Measure.DUDIT_RELIABLY_IMPROVED,
                Measure.ASI_RELIABLY_IMPROVED)) {
            var table = group.table(measure, Dimension.DISTRICT, Dimension.NONE, data.filter());
            assertThat(table.rows()).isNotEmpty();
            assertThat(table.rows()).allSatisfy(row -> assertThat(row.cells())
                    .allSatisfy(cell -> assertThat(cell).isEqualTo(GroupTable.Cell.NOT_AVAILABLE)));
        }
        // the share improved, which needs no threshold, is still a figure
        assertThat(column(group.table(Measure.AUDIT_IMPROVED, Dimension.DISTRICT, Dimension.NONE,
                data.filter())).get(GroupTable.TOTAL)).isNotEqualTo("n/a").isNotEqualTo("–");
        // with a threshold of 8 (as a definition might give it): district 1's women (−10) reach it, district 2's
        // men (−4) do not: 6 of 12 = 50 %, 6 of 21 = 28.6 %; 10 is the threshold exactly: still reliable
        var threshold = jdbc.sql("SELECT reliable_change FROM followup.outcome_rules WHERE code = 'AUDIT' "
                + "AND version = 1").query(Integer.class).optional();
        jdbc.sql("UPDATE followup.outcome_rules SET reliable_change = 8 WHERE code = 'AUDIT'").update();
        try {
            refresh.refresh();
            assertThat(column(group.table(Measure.AUDIT_RELIABLY_IMPROVED, Dimension.DISTRICT, Dimension.NONE,
                    data.filter()))).isEqualTo(map(data.d1, "50.0", data.d2, "–", data.d3, "–",
                    GroupTable.TOTAL, "28.6"));
            jdbc.sql("UPDATE followup.outcome_rules SET reliable_change = 10 WHERE code = 'AUDIT'").update();
            refresh.refresh();
            assertThat(column(group.table(Measure.AUDIT_RELIABLY_IMPROVED, Dimension.DISTRICT, Dimension.NONE,
                    data.filter())).get(data.d1)).isEqualTo("50.0");
        } finally {
            jdbc.sql("UPDATE followup.outcome_rules SET reliable_change = ? WHERE code = 'AUDIT'")
                    .param(threshold.orElse(null)).update();
        }
    }

    @Test
    void goalsReachedAndPartlyReachedByTheirLatestAttainment() {
        TestActors.signIn(data.analyst());

        // district 1: the 6 women's latest is reached, the men's not; district 3: partly. Reached 6 of 19 = 31.6 %,
        // partly 7 of 19 = 36.8 % (the women's earlier "partly" does not count)
        assertThat(column(group.table(Measure.GOALS_REACHED, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "50.0", data.d3, "0.0", GroupTable.TOTAL, "31.6"));
        assertThat(column(group.table(Measure.GOALS_PARTLY_REACHED, Dimension.DISTRICT, Dimension.NONE,
                data.filter()))).isEqualTo(map(data.d1, "0.0", data.d3, "100.0", GroupTable.TOTAL, "36.8"));
    }

    @Test
    void theCostPerClientImprovedIsTheCasesCostDividedByTheClientsImprovedHiddenByTheirCount() {
        TestActors.signIn(data.analyst());

        // district 1: 180 000 kr / 6 women improved = 30 000; district 2: 53 225,80 kr / 5 women (DUDIT) = 10 645;
        // in all 233 225,80 / 11 = 21 202 kr
        assertThat(column(group.table(Measure.COST_PER_IMPROVED, Dimension.DISTRICT, Dimension.NONE,
                data.filter()))).isEqualTo(map(data.d1, "30000", data.d2, "10645", GroupTable.TOTAL, "21202"));
        // by sex in district 1: the women's own cost, 6 × 15 000 kr, over the 6 of them = 15 000; the men's cost
        // has no one improved behind it (0 persons: no figure, shown empty, not hidden)
        var bySex = group.table(Measure.COST_PER_IMPROVED, Dimension.DISTRICT, Dimension.SEX,
                data.filter().withDistricts(java.util.Set.of(data.d1)));
        assertThat(bySex.rows().getFirst().cells().get(0).value()).isEqualByComparingTo("15000");
        assertThat(bySex.rows().getFirst().cells().get(1).suppressed()).isFalse();
        assertThat(bySex.rows().getFirst().cells().get(1).value()).isNull();
    }

    @Test
    void followUpsDoneOnTimeAgainstDoneLateAndOverdue() {
        TestActors.signIn(data.analyst());

        // district 1: 6 on time, 3 late, 3 overdue = 50 %; district 3: 7 of 7; in all 13 of 19 = 68.4 %
        assertThat(column(group.table(Measure.FOLLOW_UPS_ON_TIME, Dimension.DISTRICT, Dimension.NONE,
                data.filter()))).isEqualTo(map(data.d1, "50.0", data.d3, "100.0", GroupTable.TOTAL, "68.4"));
        // the documentation flag: unit 1's 3 cases with an overdue follow-up lack it: 9 of 12; 21 of 24 = 87.5 %
        var documentation = group.documentation(Dimension.UNIT, data.filter());
        int flag = documentation.columns().indexOf("follow_up_done");
        var shares = new LinkedHashMap<String, String>();
        documentation.rows().forEach(row -> shares.put(row.key(), shown(row.cells().get(flag))));
        assertThat(shares).isEqualTo(map(data.u1, "75.0", data.u2, "100.0", data.u3, "100.0",
                GroupTable.TOTAL, "87.5"));
    }

    @Test
    void theUnitManagersDrillDownListsTheCasesWithAnOverdueFollowUpEachReadLogged() {
        var manager = TestActors.signIn(data.unitManagerOfUnit1());

        var lacking = group.casesLacking(new UnitCode(data.u1), "follow_up_done", data.filter());

        assertThat(lacking).extracting(c -> c.caseId().value()).containsExactlyInAnyOrderElementsOf(overdueCases);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND what = ?")
                .params(manager.username(), GroupFollowUp.DRILL_DOWN).query(Long.class).single()).isEqualTo(3);
        // and their outcomes are their own units' only
        assertThat(column(group.table(Measure.AUDIT_CHANGE, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "-4.0", GroupTable.TOTAL, "-4.0"));
    }

    @Test
    void anAnalystGetsNoOutcomesPerCaseworkerAndNoCasesMissingAFollowUp() {
        var analyst = TestActors.signIn(data.analyst());

        assertThatThrownBy(() -> group.table(Measure.AUDIT_CHANGE, Dimension.CASEWORKER, Dimension.NONE,
                data.filter())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> group.table(Measure.FOLLOW_UPS_ON_TIME, Dimension.CASEWORKER, Dimension.NONE,
                data.filter())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> group.casesLacking(new UnitCode(data.u1), "follow_up_done", data.filter()))
                .isInstanceOf(AccessDenied.class);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_username = ?")
                .param(analyst.username()).query(Long.class).single()).isEqualTo(2);
        // the outcome tables' rows are districts, never a case or a person
        assertThat(group.table(Measure.AUDIT_IMPROVED, Dimension.DISTRICT, Dimension.SEX, data.filter()).rows())
                .extracting(GroupTable.Row::key).containsExactly(data.d1, data.d2, data.d3, GroupTable.TOTAL);
    }

    @Test
    void openComparisonsShareOfCasesWithAStandardisedInstrumentAtTheInvestigationAndAtFollowUpByQuarter() {
        TestActors.signIn(data.analyst());

        // the 24 cases with a first decision in the period all have a baseline (district 1 AUDIT, district 2's women
        // DUDIT, district 3 AUDIT) and a follow-up
        assertThat(column(group.table(Measure.INSTRUMENT_AT_INVESTIGATION, Dimension.DISTRICT, Dimension.NONE,
                data.filter()))).isEqualTo(map(data.d1, "100.0", data.d2, "100.0", data.d3, "100.0",
                GroupTable.TOTAL, "100.0"));
        // district 3's follow-ups withdrawn: over time, quarter 1 (district 1 decided 03-04, district 3 01-31) 12 of
        // 19 = 63.2 %, quarter 2 (district 2, 05-01) 5 of 5; in all 17 of 24 = 70.8 %
        jdbc.sql("""
                        INSERT INTO followup.measurement_withdrawals (measurement_id, reason, withdrawn_by, withdrawn_at)
                        SELECT id, 'Fel', 'test', now() FROM followup.measurements
                        WHERE case_id = ANY(?) AND occasion = 'FOLLOW_UP'""")
                .param(data.district3Cases.toArray(UUID[]::new)).update();
        refresh.refresh();
        assertThat(column(group.table(Measure.INSTRUMENT_AT_FOLLOW_UP, Dimension.QUARTER, Dimension.NONE,
                data.filter()))).isEqualTo(map("2026-Q1", "63.2", "2026-Q2", "100.0", GroupTable.TOTAL, "70.8"));
        // districts side by side
        assertThat(column(group.table(Measure.INSTRUMENT_AT_FOLLOW_UP, Dimension.DISTRICT, Dimension.NONE,
                data.filter()))).isEqualTo(map(data.d1, "100.0", data.d2, "100.0", data.d3, "0.0",
                GroupTable.TOTAL, "70.8"));
    }

    private UUID measurement(UUID caseId, String instrument, String occasion, String on, int total, UUID goal) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                            measured_on, source, recorded_by, recorded_at, total, goal_id)
                        VALUES (?, ?, ?, 1, ?, ?, 'STAFF', 'test', ?, ?, ?)""")
                .params(id, caseId, instrument, occasion, Date.valueOf(LocalDate.parse(on)),
                        Timestamp.from(Instant.parse(on + "T10:00:00Z")), total, goal).update();
        return id;
    }

    private void scheduled(UUID caseId, String due, String done) {
        jdbc.sql("""
                        INSERT INTO followup.scheduled_follow_ups (id, case_id, unit_code, source_kind, source_id,
                            intervention_type, due_on, status, done_on, scheduled_at)
                        VALUES (?, ?, null, 'INTERVENTION', ?, 'OUTPATIENT', ?, ?, ?, now())""")
                .params(UUID.randomUUID(), caseId, UUID.randomUUID(), Date.valueOf(LocalDate.parse(due)),
                        done == null ? "DUE" : "DONE", done == null ? null : Date.valueOf(LocalDate.parse(done)))
                .update();
    }
}
