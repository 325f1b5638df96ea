package se.vardkedjan.followup.group;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.followup.FollowUpModuleTest;
import se.vardkedjan.followup.GroupFollowUp;
import se.vardkedjan.followup.group.persistence.GroupRows;
import se.vardkedjan.sharedkernel.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The narrow hot tables (followup-0750: case_cells and cost_cells, codes as dictionary ids; ADR 0031's slice-4
 * amendment) against the wide summaries they are built from: after a refresh every measure they serve gives the same
 * figures from either, for every dimension and with each kind of filter, and so does the budget's cost; and a code
 * the dictionary lacks matches nothing rather than failing.
 */
@FollowUpModuleTest
class GroupCellsModuleTests {

    /** The measures read from the narrow tables: those on cases and on costs (not the cost per client improved). */
    private static final List<Measure> NARROW = List.of(Measure.CLIENTS, Measure.NEW_CASES,
            Measure.DAYS_TO_DECISION, Measure.DECISION_WITHIN_TARGET, Measure.DAYS_TO_START,
            Measure.START_WITHIN_TARGET, Measure.INSTRUMENT_AT_INVESTIGATION, Measure.INSTRUMENT_AT_FOLLOW_UP,
            Measure.INFORMED_OF_SIP, Measure.INFORMED_OF_FILE, Measure.SIP_MADE, Measure.CHILDREN_CONSIDERED,
            Measure.RELATIVES_CONSIDERED, Measure.COST, Measure.CARE_DAYS);

    private final GroupRows rows;
    private final GroupFollowUp group;
    private final SummaryRefresh refresh;
    private final JdbcClient jdbc;
    private GroupFixture data;

    GroupCellsModuleTests(GroupRows rows, GroupFollowUp group, SummaryRefresh refresh, JdbcClient jdbc) {
        this.rows = rows;
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
    void theNarrowTablesGiveTheWideSummariesFiguresForEveryMeasureDimensionAndFilter() {
        var settings = rows.settings();
        var filters = filters();
        var compared = 0;
        for (var measure : NARROW) {
            var dimensions = Arrays.stream(Dimension.values())
                    .filter(d -> d != Dimension.NONE && GroupRows.splits(measure, d)).toList();
            for (var rowDimension : dimensions) {
                for (var entry : filters.entrySet()) {
                    var columnChoices = new ArrayList<Dimension>();
                    columnChoices.add(Dimension.NONE);
                    // every pair on the whole data; with a filter the one-column table and a split by month
                    columnChoices.addAll(entry.getKey().equals("period") ? dimensions
                            : List.of(Dimension.MONTH, Dimension.SEX));
                    for (var columnDimension : columnChoices) {
                        if (columnDimension == rowDimension) {
                            continue;
                        }
                        // the unit scopes on the one-column table
                        for (var units : columnDimension == Dimension.NONE ? unitScopes() : allUnits()) {
                            var narrow = rows.figures(measure, rowDimension, columnDimension, entry.getValue(),
                                    units, settings);
                            var wide = rows.figures(measure, rowDimension, columnDimension, entry.getValue(),
                                    units, settings, false);
                            assertThat(narrow).as("%s by %s and %s, %s, units %s", measure, rowDimension,
                                    columnDimension, entry.getKey(), units).containsExactlyInAnyOrderElementsOf(wide);
                            compared++;
                        }
                    }
                }
            }
        }
        // the fixture's own figures are among them, not only empty tables
        assertThat(rows.figures(Measure.COST, Dimension.DISTRICT, Dimension.NONE, data.filter(), null, settings))
                .anySatisfy(f -> assertThat(f.row()).isEqualTo(data.d1));
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void theCostPerPersonAndYearGivesTheCostSummarysFiguresOverPartMonthsAndTheNewYear() {
        data.withCareOverTheNewYear();
        refresh.refresh();
        var settings = rows.settings();
        // over the new year, two whole years, part of two months, a day of one, and a month with no cost
        var periods = List.of(GroupFilter.period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 10)),
                GroupFilter.period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
                GroupFilter.period(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 3)),
                GroupFilter.period(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 5)),
                GroupFilter.period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                GroupFilter.period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 6, 30))
                        .withDistricts(Set.of(data.d1, data.d3)).withSexes(Set.of(Sex.FEMALE)));
        var compared = 0;
        for (var measure : List.of(Measure.COST, Measure.CARE_DAYS)) {
            for (var rowDimension : List.of(Dimension.DISTRICT, Dimension.SEX, Dimension.PROVIDER,
                    Dimension.INTERVENTION_TYPE)) {
                for (var columnDimension : List.of(Dimension.NONE, Dimension.AGE_GROUP, Dimension.UNIT)) {
                    for (var period : periods) {
                        for (var units : unitScopes()) {
                            assertThat(rows.figures(measure, rowDimension, columnDimension, period, units, settings))
                                    .as("%s by %s and %s, %s, units %s", measure, rowDimension, columnDimension,
                                            period, units)
                                    .containsExactlyInAnyOrderElementsOf(rows.figures(measure, rowDimension,
                                            columnDimension, period, units, settings, false));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        // by hand: district 3's two clients, 12 days in December and 9 in January each
        var newYear = GroupFilter.period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 10));
        assertDistrictFigure(Measure.CARE_DAYS, newYear, data.d3, 2, "42");
        assertDistrictFigure(Measure.COST, GroupFilter.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                data.d3, 2, "18000");
        // and the budget's year: December's cost in 2025, January's in 2026
        assertThat(rows.budgetAgainstCost(2025, "", null, List.of(data.d3))).anySatisfy(f -> {
            assertThat(f.district()).isEqualTo(data.d3);
            assertThat(f.cost()).isEqualByComparingTo("24000");
        });
        for (var year : List.of(2025, 2026)) {
            assertThat(rows.budgetAgainstCost(year, "", null, List.of(data.d1, data.d3)))
                    .containsExactlyElementsOf(rows.budgetAgainstCost(year, "", null, List.of(data.d1, data.d3),
                            false));
        }
    }

    @Test
    void theDocumentationFlagsFromTheNarrowCaseTableAreTheWideSummarysForEveryRowAndFilter() {
        for (var rowDimension : List.of(Dimension.UNIT, Dimension.CASEWORKER, Dimension.DISTRICT)) {
            for (var entry : filters().entrySet()) {
                for (var units : unitScopes()) {
                    assertThat(rows.quality(rowDimension, entry.getValue(), units))
                            .as("%s, %s, units %s", rowDimension, entry.getKey(), units)
                            .containsExactlyInAnyOrderElementsOf(
                                    rows.quality(rowDimension, entry.getValue(), units, false));
                }
            }
        }
        // district 1's twelve cases, documented
        assertThat(rows.quality(Dimension.UNIT, data.filter(), null)).anySatisfy(f -> {
            assertThat(f.row()).isEqualTo(data.u1);
            assertThat(f.cases()).isEqualTo(12);
        });
    }

    @Test
    void theBudgetsCostFromTheNarrowCostTableIsTheWideSummarys() {
        var type = jdbc.sql("SELECT min(intervention_type) FROM followup.cost_summary WHERE district_code = ?")
                .param(data.d1).query(String.class).single();
        for (var interventionType : List.of("", type, "NO_SUCH_TYPE")) {
            for (var units : unitScopes()) {
                for (var districts : List.of(List.<String>of(), List.of(data.d1, data.d2),
                        List.of("no-such-district"))) {
                    assertThat(rows.budgetAgainstCost(2026, interventionType, units, districts))
                            .as("%s, units %s, districts %s", interventionType, units, districts)
                            .containsExactlyElementsOf(
                                    rows.budgetAgainstCost(2026, interventionType, units, districts, false));
                }
            }
        }
        assertThat(rows.budgetAgainstCost(2026, "", null, List.of(data.d1))).anySatisfy(f -> {
            assertThat(f.district()).isEqualTo(data.d1);
            assertThat(f.cost()).isEqualByComparingTo("180000");
        });
    }

    @Test
    void aFilterOnACodeTheDictionaryLacksGivesNoRowsNotAnError() {
        var settings = rows.settings();
        var period = GroupFilter.period(GroupFixture.FROM, GroupFixture.TO);
        var unknown = List.of(period.withDistricts(Set.of("no-such-district")),
                period.withUnits(Set.of("no-such-unit")),
                period.withInterventionTypes(Set.of("NO_SUCH_TYPE")),
                period.withMethods(Set.of("NO_SUCH_METHOD")),
                period.withProviders(Set.of(UUID.randomUUID())));
        for (var filter : unknown) {
            for (var measure : List.of(Measure.COST, Measure.CLIENTS, Measure.DAYS_TO_DECISION)) {
                var figures = rows.figures(measure, Dimension.DISTRICT, Dimension.NONE, filter, null, settings);
                assertThat(figures).as("%s, %s", measure, filter).isEmpty();
                assertThat(rows.figures(measure, Dimension.DISTRICT, Dimension.NONE, filter, null, settings, false))
                        .isEmpty();
                // split by sex: only the grand total the grouping sets always give, resting on no one, as before
                var split = rows.figures(measure, Dimension.DISTRICT, Dimension.SEX, filter, null, settings);
                assertThat(split).as("%s by sex, %s", measure, filter).singleElement().satisfies(f -> {
                    assertThat(f.rowTotal() && f.columnTotal()).isTrue();
                    assertThat(f.persons()).isZero();
                });
                assertThat(split).containsExactlyInAnyOrderElementsOf(
                        rows.figures(measure, Dimension.DISTRICT, Dimension.SEX, filter, null, settings, false));
            }
            assertThat(rows.quality(Dimension.UNIT, filter, null)).allSatisfy(f -> assertThat(f.total()).isTrue());
        }
        // a unit manager whose unit the dictionary does not know: an empty table through the facade
        TestActors.signIn(TestActors.staff("ec-none-" + data.tag, Set.of(Roles.UNIT_MANAGER), data.tag + "-nowhere"));
        var table = group.table(Measure.COST, Dimension.DISTRICT, Dimension.NONE, period);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.key()).isEqualTo(GroupTable.TOTAL));
    }

    /** The district's row of the measure by district over the period, filtered to the district: persons and value. */
    private void assertDistrictFigure(Measure measure, GroupFilter period, String district, long persons,
                                      String value) {
        var filter = period.withDistricts(Set.of(district));
        assertThat(rows.figures(measure, Dimension.DISTRICT, Dimension.NONE, filter, null, rows.settings()))
                .as("%s of %s, %s", measure, district, period).anySatisfy(f -> {
                    assertThat(f.row()).isEqualTo(district);
                    assertThat(f.persons()).isEqualTo(persons);
                    assertThat(f.value()).isEqualByComparingTo(value);
                });
    }

    /** The whole data, the fixture's districts, a sex and age group, and the fixture's interventions. */
    private Map<String, GroupFilter> filters() {
        var period = GroupFilter.period(GroupFixture.FROM, GroupFixture.TO);
        var types = jdbc.sql("""
                        SELECT DISTINCT intervention_type FROM followup.cost_summary WHERE district_code = ?""")
                .param(data.d1).query(String.class).set();
        var methods = jdbc.sql("""
                        SELECT DISTINCT method_code FROM followup.cost_summary
                        WHERE district_code = ANY(?) AND method_code IS NOT NULL""")
                .param(new String[] {data.d1, data.d2}).query(String.class).set();
        var providers = jdbc.sql("""
                        SELECT DISTINCT provider_id FROM followup.cost_summary
                        WHERE district_code = ? AND provider_id IS NOT NULL""")
                .param(data.d2).query(UUID.class).set();
        assertThat(types).isNotEmpty();
        assertThat(providers).isNotEmpty();
        var filters = new LinkedHashMap<String, GroupFilter>();
        filters.put("period", period);
        filters.put("districts", data.filter());
        filters.put("women 30-49", period.withSexes(Set.of(Sex.FEMALE)).withAgeGroups(Set.of(AgeGroup.AGE_30_49)));
        filters.put("units", period.withUnits(Set.of(data.u1, data.u3)));
        filters.put("type", data.filter().withInterventionTypes(types));
        filters.put("methods", period.withMethods(methods));
        filters.put("provider", period.withProviders(providers));
        return filters;
    }

    private static List<List<String>> allUnits() {
        var scopes = new ArrayList<List<String>>();
        scopes.add(null);
        return scopes;
    }

    /** All units (an analyst), two of the fixture's (a unit manager), none. */
    private List<List<String>> unitScopes() {
        var scopes = new ArrayList<List<String>>();
        scopes.add(null);
        scopes.add(List.of(data.u1, data.u2));
        scopes.add(List.of());
        return scopes;
    }
}
