package se.vardkedjan.followup.group.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.followup.group.AgeGroup;
import se.vardkedjan.followup.group.Dimension;
import se.vardkedjan.followup.group.GroupFilter;
import se.vardkedjan.followup.group.Measure;
import se.vardkedjan.followup.group.Sex;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Group follow-up's queries on its summaries (ADR 0031): every figure is aggregated in PostgreSQL (GROUP BY with
 * grouping sets for the totals, distinct persons counted there); Java gets one row per cell. The summaries are built
 * from the other modules' reporting views by {@code followup.refresh_group_summaries}, which is all of this module's
 * SQL that names another module's schema. The measures on cases and costs read the narrow copies of those two
 * summaries ({@code followup.case_cells}, {@code followup.cost_cells}: codes as small ids of {@code
 * followup.cell_codes}, the person as an int), built last by the same refresh, so that a year of them stays in the
 * cache (ADR 0031, "Amendment: slice 4"): filters become ids in SQL, and the ids of the few aggregated rows become
 * codes again.
 */
@Repository
public class GroupRows {

    /** One cell's figures: its row and column keys (null on a total), the persons behind it and the figure. */
    public record Figure(String row, String column, boolean rowTotal, boolean columnTotal, long persons,
                         BigDecimal value) {
    }

    /** One row of the documentation-quality table: the persons and cases, and each flag's share in per cent. */
    public record QualityFigure(String row, boolean total, long persons, long cases, List<BigDecimal> shares) {
    }

    /** The settings: the minimum of persons, and the time-limit targets in days. */
    public record Settings(int minimumPersons, int decisionTargetDays, int startTargetDays, int answerTargetDays) {
    }

    /** The documentation flags, as the summary's columns, in the views' order. */
    public static final List<String> FLAGS = List.of("documented_needs", "plan_with_goals", "client_participation",
            "assignment_sent", "implementation_plan", "follow_up_done");

    private final JdbcClient jdbc;

    GroupRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Settings settings() {
        return jdbc.sql("""
                        SELECT min_persons, decision_target_days, start_target_days, answer_target_days
                        FROM followup.group_settings WHERE id = 1""")
                .query((rs, n) -> new Settings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    /** Builds the summaries again (in the caller's transaction) and stamps the time. */
    public void refresh(Instant at) {
        jdbc.sql("SELECT followup.refresh_group_summaries(?)").param(Timestamp.from(at)).query().singleRow();
    }

    /** Keeps (or replaces) an instrument version's direction and reliable-change threshold for the refresh. */
    public void keepOutcomeRule(String code, int version, boolean higherIsBetter, Integer reliableChange) {
        jdbc.sql("""
                        INSERT INTO followup.outcome_rules (code, version, higher_is_better, reliable_change)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (code, version) DO UPDATE
                        SET higher_is_better = EXCLUDED.higher_is_better, reliable_change = EXCLUDED.reliable_change""")
                .params(code, version, higherIsBetter, reliableChange).update();
    }

    /** Whether any loaded version of an instrument has a reliable-change threshold the refresh judges by. */
    public boolean hasReliableChangeThreshold(String code) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM followup.outcome_rules
                                       WHERE code = ? AND reliable_change IS NOT NULL)""")
                .param(code).query(Boolean.class).single();
    }

    public Optional<Instant> lastRefresh() {
        return jdbc.sql("SELECT refreshed_at FROM followup.summary_refresh WHERE id = 1")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
    }

    /**
     * The cells of a measure by a row and a column dimension, with the totals of every row and column and the grand
     * total.
     *
     * @param units the units the reader may see, or null for all
     */
    public List<Figure> figures(Measure measure, Dimension rows, Dimension columns, GroupFilter filter,
                                Collection<String> units, Settings settings) {
        return figures(measure, rows, columns, filter, units, settings, true);
    }

    /**
     * The same figures, from the narrow tables where the measure has one ({@code fromCells}) or from the wide
     * summaries only, as before them: the check that the two agree after a refresh.
     */
    public List<Figure> figures(Measure measure, Dimension rows, Dimension columns, GroupFilter filter,
                                Collection<String> units, Settings settings, boolean fromCells) {
        var source = Source.of(measure);
        // the cost per client improved joins the outcomes by case, which the narrow cost table does not carry
        boolean narrow = fromCells && source.cells != null && measure != Measure.COST_PER_IMPROVED;
        String table = narrow ? source.cells : source.table;
        // the cost and care days of whole months, by no month: from the row per person and year (followup-0760)
        boolean personYears = narrow && source == Source.COSTS && !byMonth(rows) && !byMonth(columns);
        var months = personYears ? PeriodMonths.of(filter.from(), filter.to()) : null;
        var params = new ArrayList<Object>();
        String from;
        String date;
        var where = new StringBuilder("true");
        switch (measure) {
            case CLIENTS -> {
                if (!byMonth(rows) && !byMonth(columns)) {
                    // no month shown: a client is counted once over the cases open some day in the period, which
                    // is the same set as the month join's, without multiplying every case by the months
                    from = table + " s";
                    where.append(" AND s.received_on <= ? AND coalesce(s.closed_on, DATE 'infinity') >= ?");
                    params.add(Date.valueOf(filter.to()));
                    params.add(Date.valueOf(filter.from()));
                    date = "s.received_on";
                    break;
                }
                from = table + """
                         s
                        JOIN generate_series(CAST(date_trunc('month', CAST(? AS date)) AS date), CAST(? AS date),
                            interval '1 month') AS g(month)
                          ON s.received_on <= LEAST(CAST(g.month + interval '1 month' - interval '1 day' AS date),
                                                     CAST(? AS date))
                         AND coalesce(s.closed_on, DATE 'infinity') >= GREATEST(CAST(g.month AS date), CAST(? AS date))""";
                params.add(Date.valueOf(filter.from()));
                params.add(Date.valueOf(filter.to()));
                params.add(Date.valueOf(filter.to()));
                params.add(Date.valueOf(filter.from()));
                date = "g.month";
            }
            case COST_PER_IMPROVED -> {
                from = """
                        followup.cost_summary s
                        JOIN (SELECT o.case_id, bool_or(o.improved) AS improved FROM followup.outcome_summary o
                              GROUP BY o.case_id) o ON o.case_id = s.case_id""";
                date = "s.month";
                // the period's whole months: from the first of its first month
                where.append(" AND s.month BETWEEN ? AND ?");
                params.add(Date.valueOf(filter.from().withDayOfMonth(1)));
                params.add(Date.valueOf(filter.to()));
            }
            case COST, CARE_DAYS -> {
                date = "s.month";
                if (personYears) {
                    from = "followup.cost_person_years s";
                    where.append(" AND ").append(months.meets());
                    break;
                }
                from = table + " s";
                where.append(" AND s.month BETWEEN ? AND ?");
                params.add(Date.valueOf(filter.from().withDayOfMonth(1)));
                params.add(Date.valueOf(filter.to()));
            }
            default -> {
                from = table + " s";
                date = switch (measure) {
                    case NEW_CASES -> "s.received_on";
                    case INTERVENTIONS -> "s.decided_on";
                    case DAYS_TO_DECISION, DECISION_WITHIN_TARGET, INSTRUMENT_AT_INVESTIGATION,
                         INSTRUMENT_AT_FOLLOW_UP, INFORMED_OF_SIP, INFORMED_OF_FILE, SIP_MADE, CHILDREN_CONSIDERED,
                         RELATIVES_CONSIDERED -> "s.first_decided_on";
                    case DAYS_TO_START, START_WITHIN_TARGET -> "s.first_intervention_on";
                    case FOLLOW_UPS_ON_TIME -> "s.due_on";
                    case GOALS_REACHED, GOALS_PARTLY_REACHED -> "s.measured_on";
                    case AUDIT_CHANGE, AUDIT_IMPROVED, AUDIT_RELIABLY_IMPROVED, DUDIT_CHANGE, DUDIT_IMPROVED,
                         DUDIT_RELIABLY_IMPROVED, ASI_CHANGE, ASI_IMPROVED, ASI_RELIABLY_IMPROVED -> "s.follow_up_on";
                    default -> "s.sent_on";
                };
                where.append(" AND ").append(date).append(" BETWEEN ? AND ?");
                params.add(Date.valueOf(filter.from()));
                params.add(Date.valueOf(filter.to()));
            }
        }
        String value = switch (measure) {
            case CLIENTS, NEW_CASES, INTERVENTIONS -> "0";
            case COST -> personYears ? months.sum("cost") : "s.cost_ore";
            case CARE_DAYS -> personYears ? months.sum("days") : "s.days";
            case DAYS_TO_DECISION -> "s.days_to_decision";
            case DAYS_TO_START -> "s.days_to_start";
            case DAYS_TO_ANSWER -> "s.days_to_answer";
            case DECISION_WITHIN_TARGET -> within("s.days_to_decision", settings.decisionTargetDays());
            case START_WITHIN_TARGET -> within("s.days_to_start", settings.startTargetDays());
            case ANSWER_WITHIN_TARGET -> within("s.days_to_answer", settings.answerTargetDays());
            case COST_PER_IMPROVED -> "s.cost_ore";
            case INSTRUMENT_AT_INVESTIGATION -> "CASE WHEN s.instrument_at_investigation THEN 1 ELSE 0 END";
            case INSTRUMENT_AT_FOLLOW_UP -> "CASE WHEN s.instrument_at_follow_up THEN 1 ELSE 0 END";
            case INFORMED_OF_SIP -> "CASE WHEN s.informed_of_sip THEN 1 ELSE 0 END";
            case INFORMED_OF_FILE -> "CASE WHEN s.informed_of_file THEN 1 ELSE 0 END";
            case SIP_MADE -> "CASE WHEN s.sip_made THEN 1 ELSE 0 END";
            case CHILDREN_CONSIDERED -> "CASE WHEN s.children_considered THEN 1 ELSE 0 END";
            case RELATIVES_CONSIDERED -> "CASE WHEN s.relatives_considered THEN 1 ELSE 0 END";
            case FOLLOW_UPS_ON_TIME -> "CASE WHEN s.on_time THEN 1 ELSE 0 END";
            case GOALS_REACHED -> "CASE WHEN s.attainment = 2 THEN 1 ELSE 0 END";
            case GOALS_PARTLY_REACHED -> "CASE WHEN s.attainment = 1 THEN 1 ELSE 0 END";
            case AUDIT_CHANGE, DUDIT_CHANGE, ASI_CHANGE -> "s.change";
            case AUDIT_IMPROVED, DUDIT_IMPROVED, ASI_IMPROVED -> "CASE WHEN s.improved THEN 1 ELSE 0 END";
            case AUDIT_RELIABLY_IMPROVED, DUDIT_RELIABLY_IMPROVED, ASI_RELIABLY_IMPROVED ->
                    "CASE WHEN s.reliably_improved THEN 1 ELSE 0 END";
        };
        switch (measure) {
            case INTERVENTIONS -> where.append(" AND s.outcome <> 'REFUSED'");
            case DAYS_TO_DECISION, DECISION_WITHIN_TARGET -> where.append(" AND s.days_to_decision IS NOT NULL");
            case DAYS_TO_START, START_WITHIN_TARGET -> where.append(" AND s.days_to_start IS NOT NULL");
            case DAYS_TO_ANSWER -> where.append(" AND s.days_to_answer IS NOT NULL");
            // among the cases with a granted intervention (the others have no SIP figure)
            case SIP_MADE -> where.append(" AND s.sip_made IS NOT NULL");
            default -> {
                if (measure.instrument() != null) {
                    where.append(" AND s.instrument_code = ?");
                    params.add(measure.instrument());
                }
            }
        }
        restrict(where, params, source, narrow, filter, units);
        String aggregate = switch (measure) {
            case CLIENTS -> "count(DISTINCT f.person_id)";
            case NEW_CASES -> "count(DISTINCT f.case_id)";
            case INTERVENTIONS -> "count(DISTINCT f.item)";
            case COST -> "round(sum(f.v) / 100.0)";
            case CARE_DAYS -> "sum(f.v)";
            case DAYS_TO_DECISION, DAYS_TO_START, DAYS_TO_ANSWER ->
                    "round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY f.v) AS numeric), 1)";
            case DECISION_WITHIN_TARGET, START_WITHIN_TARGET, ANSWER_WITHIN_TARGET, FOLLOW_UPS_ON_TIME, GOALS_REACHED,
                 GOALS_PARTLY_REACHED, AUDIT_IMPROVED, AUDIT_RELIABLY_IMPROVED, DUDIT_IMPROVED,
                 DUDIT_RELIABLY_IMPROVED, ASI_IMPROVED, ASI_RELIABLY_IMPROVED, INSTRUMENT_AT_INVESTIGATION,
                 INSTRUMENT_AT_FOLLOW_UP, INFORMED_OF_SIP, INFORMED_OF_FILE, SIP_MADE, CHILDREN_CONSIDERED,
                 RELATIVES_CONSIDERED -> "round(100.0 * avg(f.v), 1)";
            case AUDIT_CHANGE, DUDIT_CHANGE, ASI_CHANGE -> "round(avg(f.v), 1)";
            // the persons behind it are the clients improved: the cost divided by them
            case COST_PER_IMPROVED -> "round(sum(f.v) / 100.0 / nullif(count(DISTINCT f.p), 0))";
        };
        String sql = narrow ? narrowFigures(rows, columns, source, date, aggregate, value, from, where)
                : wideFigures(measure, rows, columns, source, date, aggregate, value, from, where);
        analyticMemory();
        return jdbc.sql(sql).params(params).query((rs, n) -> new Figure(rs.getString("r"), rs.getString("c"),
                rs.getInt("gr") == 1, rs.getInt("gc") == 1, rs.getLong("persons"),
                rs.getBigDecimal("value"))).list();
    }

    private static String wideFigures(Measure measure, Dimension rows, Dimension columns, Source source, String date,
                                      String aggregate, String value, String from, CharSequence where) {
        // the persons a figure rests on: for the cost per client improved, the clients improved
        String persons = measure == Measure.COST_PER_IMPROVED ? "CASE WHEN o.improved THEN s.person_id END"
                : "s.person_id";
        String sets = columns == Dimension.NONE ? "((r, c), (c))" : "((r, c), (r), (c), ())";
        var rowsOfCells = """
                SELECT %s AS r, %s AS c, s.person_id, %s AS p, s.case_id, %s AS item, %s AS v
                FROM %s WHERE %s""".formatted(key(rows, source, date), key(columns, source, date), persons,
                source.item, value, from, where);
        return """
                SELECT f.r, f.c, GROUPING(f.r) AS gr, GROUPING(f.c) AS gc,
                       count(DISTINCT f.p) AS persons, %s AS value
                FROM (%s) f
                GROUP BY GROUPING SETS %s""".formatted(aggregate, rowsOfCells, sets);
    }

    /**
     * The same figures on a narrow table: grouped by the dictionary ids (no column split: by the row alone, so the
     * sort is by one small key, and no total of no rows, as the wide query's constant column gives none), and only
     * the aggregated rows joined to the dictionary for their codes.
     */
    private static String narrowFigures(Dimension rows, Dimension columns, Source source, String date,
                                        String aggregate, String value, String from, CharSequence where) {
        var row = NarrowKey.of(rows, source, date);
        boolean split = columns != Dimension.NONE;
        var column = split ? NarrowKey.of(columns, source, date) : null;
        var rowsOfCells = """
                SELECT %s AS r, %s AS c, s.person_no AS person_id, s.person_no AS p, %s AS case_id, %s AS item,
                       %s AS v
                FROM %s WHERE %s""".formatted(row.expression(), split ? column.expression() : "NULL",
                source.narrowCase, source.narrowItem, value, from, where);
        String grouped = split ? """
                SELECT f.r, f.c, GROUPING(f.r) AS gr, GROUPING(f.c) AS gc, count(DISTINCT f.p) AS persons,
                       %s AS value
                FROM (%s) f
                GROUP BY GROUPING SETS ((f.r, f.c), (f.r), (f.c), ())""".formatted(aggregate, rowsOfCells)
                : """
                SELECT f.r, NULL AS c, GROUPING(f.r) AS gr, 0 AS gc, count(DISTINCT f.p) AS persons, %s AS value
                FROM (%s) f
                GROUP BY GROUPING SETS ((f.r), ())
                HAVING count(*) > 0""".formatted(aggregate, rowsOfCells);
        return """
                SELECT %s AS r, %s AS c, t.gr, t.gc, t.persons, t.value
                FROM (%s) t%s%s""".formatted(row.code("t.r", "t.gr", "kr"),
                split ? column.code("t.c", "t.gc", "kc") : "'ALL'", grouped, row.join("t.r", "kr"),
                split ? column.join("t.c", "kc") : "");
    }

    /**
     * The documentation flags of the cases with a granted intervention that were open some day in the period, by
     * unit or caseworker, with the total.
     */
    public List<QualityFigure> quality(Dimension rows, GroupFilter filter, Collection<String> units) {
        return quality(rows, filter, units, true);
    }

    /** The same, from the narrow case table ({@code fromCells}) or from the wide case summary: the check. */
    public List<QualityFigure> quality(Dimension rows, GroupFilter filter, Collection<String> units,
                                       boolean fromCells) {
        var params = new ArrayList<Object>();
        var where = new StringBuilder("""
                s.documented_needs IS NOT NULL AND s.first_decided_on <= ?
                AND coalesce(s.closed_on, DATE 'infinity') >= ?""");
        params.add(Date.valueOf(filter.to()));
        params.add(Date.valueOf(filter.from()));
        restrict(where, params, Source.CASES, fromCells, filter, units);
        var shares = new StringBuilder();
        for (var flag : FLAGS) {
            shares.append(", round(100.0 * avg(CASE WHEN f.").append(flag).append(" THEN 1 ELSE 0 END), 1) AS ")
                    .append(flag);
        }
        var row = fromCells ? NarrowKey.of(rows, Source.CASES, "s.received_on")
                : new NarrowKey(key(rows, Source.CASES, "s.received_on"), null);
        var sql = """
                SELECT %s AS r, t.*
                FROM (SELECT f.r AS key, GROUPING(f.r) AS gr, count(DISTINCT f.person) AS persons,
                             count(*) AS cases%s
                      FROM (SELECT %s AS r, %s AS person, s.* FROM %s s WHERE %s) f
                      GROUP BY GROUPING SETS ((f.r), ())) t%s""".formatted(row.code("t.key", "t.gr", "kr"), shares,
                row.expression(), fromCells ? "s.person_no" : "s.person_id",
                fromCells ? "followup.case_cells" : "followup.case_summary", where, row.join("t.key", "kr"));
        analyticMemory();
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            var values = new ArrayList<BigDecimal>();
            for (var flag : FLAGS) {
                values.add(rs.getBigDecimal(flag));
            }
            return new QualityFigure(rs.getString("r"), rs.getInt("gr") == 1, rs.getLong("persons"),
                    rs.getLong("cases"), values);
        }).list();
    }

    /** A case lacking a documentation flag: its id, the day it was received and its responsible caseworker. */
    public record LackingRow(UUID caseId, LocalDate receivedOn, String responsible) {
    }

    /** The most cases the drill-down lists at once (the oldest first); a longer list asks for a shorter period. */
    public static final int DRILL_DOWN_LIMIT = 200;

    /** The cases of a unit, among those {@link #quality} counts, that lack the flag (oldest first, at most 200). */
    public List<LackingRow> casesLacking(String unit, String flag, GroupFilter filter) {
        if (!FLAGS.contains(flag)) {
            throw new IllegalArgumentException("Unknown flag " + flag);
        }
        var params = new ArrayList<Object>();
        var where = new StringBuilder("""
                s.documented_needs IS NOT NULL AND s.first_decided_on <= ?
                AND coalesce(s.closed_on, DATE 'infinity') >= ? AND NOT s.%s""".formatted(flag));
        params.add(Date.valueOf(filter.to()));
        params.add(Date.valueOf(filter.from()));
        restrict(where, params, Source.CASES, false, filter, List.of(unit));
        return jdbc.sql("SELECT s.case_id, s.received_on, s.responsible FROM followup.case_summary s WHERE " + where
                        + " ORDER BY s.received_on, s.case_id LIMIT " + DRILL_DOWN_LIMIT)
                .params(params).query((rs, n) -> new LackingRow(rs.getObject("case_id", UUID.class),
                        rs.getDate("received_on").toLocalDate(), rs.getString("responsible"))).list();
    }

    /** The cost in kronor and the persons behind it per district ('' none) for a year, and the budget set. */
    public record BudgetFigure(String district, boolean total, long persons, BigDecimal cost, Long budget) {
    }

    /**
     * The year's cost per district and in total against the budgets. With districts chosen (the view's district
     * filter) only their cost counts, and the total is compared with the sum of their budgets (none unless each of
     * them has one), not with the municipality's.
     */
    public List<BudgetFigure> budgetAgainstCost(int year, String interventionType, Collection<String> units,
                                                Collection<String> districts) {
        return budgetAgainstCost(year, interventionType, units, districts, true);
    }

    /** The same, from the narrow cost table ({@code fromCells}) or from the wide cost summary: the check. */
    public List<BudgetFigure> budgetAgainstCost(int year, String interventionType, Collection<String> units,
                                                Collection<String> districts, boolean fromCells) {
        var params = new ArrayList<Object>();
        // the narrow side from the row per person and year (followup-0760): the year's rows, all twelve months
        var where = new StringBuilder(fromCells ? "s.year = ?" : "s.month BETWEEN ? AND ?");
        if (fromCells) {
            params.add(year);
        } else {
            params.add(Date.valueOf(LocalDate.of(year, 1, 1)));
            params.add(Date.valueOf(LocalDate.of(year, 12, 1)));
        }
        if (!interventionType.isEmpty()) {
            code(where, params, fromCells, "intervention_type", new String[] {interventionType});
        }
        if (units != null) {
            code(where, params, fromCells, "unit", units.toArray(String[]::new));
        }
        any(where, params, fromCells, "district", districts);
        // per district id on the narrow table, its code joined on the aggregated rows
        var costs = fromCells ? """
                SELECT CASE WHEN c.total THEN NULL ELSE d.code END AS district_code, c.total, c.persons, c.cost
                FROM (SELECT s.district, GROUPING(s.district) = 1 AS total, count(DISTINCT s.person_no) AS persons,
                             round(sum(%s) / 100.0) AS cost
                      FROM followup.cost_person_years s WHERE %s
                      GROUP BY GROUPING SETS ((s.district), ())) c
                LEFT JOIN followup.cell_codes d ON d.dimension = 'district' AND d.id = c.district""".formatted(
                PeriodMonths.WHOLE_YEAR, where)
                : """
                SELECT s.district_code, GROUPING(s.district_code) = 1 AS total,
                       count(DISTINCT s.person_id) AS persons, round(sum(s.cost_ore) / 100.0) AS cost
                FROM followup.cost_summary s WHERE %s
                GROUP BY GROUPING SETS ((s.district_code), ())""".formatted(where);
        var sql = """
                SELECT k.district_code, k.total, k.persons, k.cost, b.amount_kr
                FROM (%s) k
                LEFT JOIN followup.budgets b ON b.year = ? AND b.intervention_type = ?
                     AND b.district_code = CASE WHEN k.total THEN '' ELSE k.district_code END
                ORDER BY k.total, k.district_code""".formatted(costs);
        params.add(year);
        params.add(interventionType);
        analyticMemory();
        var figures = jdbc.sql(sql).params(params).query((rs, n) -> new BudgetFigure(rs.getString(1),
                rs.getBoolean(2), rs.getLong(3), rs.getBigDecimal(4), (Long) rs.getObject(5, Long.class))).list();
        if (districts.isEmpty()) {
            return figures;
        }
        var budgets = jdbc.sql("""
                        SELECT amount_kr FROM followup.budgets
                        WHERE year = ? AND intervention_type = ? AND district_code = ANY(?)""")
                .params(year, interventionType, districts.toArray(String[]::new)).query(Long.class).list();
        Long chosen = budgets.size() == districts.size() ? budgets.stream().mapToLong(Long::longValue).sum() : null;
        return figures.stream().map(f -> f.total() ? new BudgetFigure(f.district(), true, f.persons(), f.cost(),
                chosen) : f).toList();
    }

    /** Sets (or replaces) a budget. */
    public void setBudget(int year, String district, String interventionType, long amountKr, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO followup.budgets (year, district_code, intervention_type, amount_kr, changed_by,
                            changed_at) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (year, district_code, intervention_type) DO UPDATE
                        SET amount_kr = EXCLUDED.amount_kr, changed_by = EXCLUDED.changed_by,
                            changed_at = EXCLUDED.changed_at""")
                .params(year, district, interventionType, amountKr, by, Timestamp.from(at)).update();
    }

    /**
     * The group views aggregate up to a few million summary rows in one query: with the server's default work_mem
     * (4 MB) their sorts and hashes spill to disk. This transaction's queries get more (ADR 0031's performance
     * amendment; a production server may set it for the app role instead).
     */
    private void analyticMemory() {
        jdbc.sql("SELECT set_config('work_mem', '64MB', true)").query().singleRow();
    }

    private static boolean byMonth(Dimension dimension) {
        return dimension == Dimension.MONTH || dimension == Dimension.QUARTER;
    }

    private static String within(String days, int target) {
        return "CASE WHEN " + days + " <= " + target + " THEN 1 ELSE 0 END";
    }

    private static void restrict(StringBuilder where, List<Object> params, Source source, boolean narrow,
                                 GroupFilter filter, Collection<String> units) {
        if (units != null) {
            // an empty set of units: no rows (not every row)
            code(where, params, narrow, "unit", units.toArray(String[]::new));
        }
        any(where, params, narrow, "district", filter.districts());
        any(where, params, narrow, "unit", filter.units());
        any(where, params, narrow, "sex", filter.sexes().stream().map(Sex::name).toList());
        any(where, params, narrow, "age_group", filter.ageGroups().stream().map(AgeGroup::code).toList());
        boolean byIntervention = !filter.interventionTypes().isEmpty() || !filter.methods().isEmpty()
                || !filter.providers().isEmpty();
        if (!byIntervention) {
            return;
        }
        if (source.caseBased) {
            // through the case's interventions, in the wide intervention summary (the narrow case table keeps the
            // case's id for it)
            var inner = new StringBuilder("true");
            any(inner, params, "i.intervention_type", filter.interventionTypes());
            any(inner, params, "i.method_code", filter.methods());
            if (!filter.providers().isEmpty()) {
                inner.append(" AND i.provider_id = ANY(?)");
                params.add(filter.providers().toArray(UUID[]::new));
            }
            where.append(" AND EXISTS (SELECT 1 FROM followup.intervention_summary i WHERE i.case_id = s.case_id AND ")
                    .append(inner).append(")");
            return;
        }
        any(where, params, narrow, "intervention_type", filter.interventionTypes());
        any(where, params, narrow, "method", filter.methods());
        if (!filter.providers().isEmpty()) {
            if (narrow) {
                code(where, params, true, "provider",
                        filter.providers().stream().map(UUID::toString).toArray(String[]::new));
            } else {
                where.append(" AND s.provider_id = ANY(?)");
                params.add(filter.providers().toArray(UUID[]::new));
            }
        }
    }

    /** The wide summaries' column of a dictionary's dimension. */
    private static String wideColumn(String dimension) {
        return switch (dimension) {
            case "district" -> "s.district_code";
            case "unit" -> "s.unit_code";
            case "sex" -> "s.sex";
            case "age_group" -> "s.age_group";
            case "intervention_type" -> "s.intervention_type";
            case "method" -> "s.method_code";
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    private static void any(StringBuilder where, List<Object> params, boolean narrow, String dimension,
                            Collection<String> values) {
        if (!values.isEmpty()) {
            code(where, params, narrow, dimension, values.toArray(String[]::new));
        }
    }

    /**
     * A condition that the row's code is one of the given: on a narrow table its id is one of theirs in the
     * dictionary (a code the dictionary lacks matches no row).
     */
    private static void code(StringBuilder where, List<Object> params, boolean narrow, String dimension,
                             String[] codes) {
        if (narrow) {
            where.append(" AND s.").append(dimension).append("""
                     = ANY(ARRAY(SELECT k.id FROM followup.cell_codes k WHERE k.dimension = '""")
                    .append(dimension).append("' AND k.code = ANY(?)))");
        } else {
            where.append(" AND ").append(wideColumn(dimension)).append(" = ANY(?)");
        }
        params.add(codes);
    }

    private static void any(StringBuilder where, List<Object> params, String column, Collection<String> values) {
        if (!values.isEmpty()) {
            where.append(" AND ").append(column).append(" = ANY(?)");
            params.add(values.toArray(String[]::new));
        }
    }

    private static String key(Dimension dimension, Source source, String date) {
        String expression = switch (dimension) {
            case NONE -> "'ALL'";
            case DISTRICT -> "s.district_code";
            case UNIT -> "s.unit_code";
            case SEX -> "s.sex";
            case AGE_GROUP -> "s.age_group";
            case MONTH -> "to_char(" + date + ", 'YYYY-MM')";
            case QUARTER -> "to_char(" + date + ", 'YYYY-\"Q\"Q')";
            case CASEWORKER -> source.caseBased ? "s.responsible" : null;
            case INTERVENTION_TYPE -> source.caseBased ? null : "s.intervention_type";
            case METHOD -> source.caseBased ? null : "s.method_code";
            case PROVIDER -> source.caseBased ? null : "CAST(s.provider_id AS text)";
            case BY_DECISION -> source == Source.INTERVENTIONS ? "CAST(s.by_decision AS text)" : null;
        };
        if (expression == null) {
            throw new IllegalArgumentException(dimension + " is not a dimension of " + source);
        }
        return "coalesce(" + expression + ", '')";
    }

    /**
     * A dimension on a narrow table: the expression grouped by (a dictionary id, or the month's text), and for a
     * dictionary's dimension the code joined back on the aggregated rows ('' for none, null on the total).
     */
    private record NarrowKey(String expression, String dictionary) {

        static NarrowKey of(Dimension dimension, Source source, String date) {
            String dictionary = switch (dimension) {
                case DISTRICT -> "district";
                case UNIT -> "unit";
                case SEX -> "sex";
                case AGE_GROUP -> "age_group";
                case CASEWORKER -> source.caseBased ? "responsible" : null;
                case INTERVENTION_TYPE -> source.caseBased ? null : "intervention_type";
                case METHOD -> source.caseBased ? null : "method";
                case PROVIDER -> source.caseBased ? null : "provider";
                default -> null;
            };
            return dictionary != null ? new NarrowKey("s." + dictionary, dictionary)
                    : new NarrowKey(key(dimension, source, date), null);
        }

        String code(String key, String grouping, String alias) {
            return dictionary == null ? key
                    : "CASE WHEN " + grouping + " = 1 THEN NULL ELSE coalesce(" + alias + ".code, '') END";
        }

        String join(String key, String alias) {
            return dictionary == null ? "" : "\nLEFT JOIN followup.cell_codes " + alias + " ON " + alias
                    + ".dimension = '" + dictionary + "' AND " + alias + ".id = " + key;
        }
    }

    /**
     * The whole months of a period on {@code followup.cost_person_years}: per year (from the first day's to the last
     * day's), the bits of its months in the period (bit 0 January), which a row's {@code months} must meet, and the
     * columns of those months summed. Only numbers computed here go into the SQL.
     */
    record PeriodMonths(Map<Integer, Integer> masks) {

        /** A row's cost over all twelve months of its year. */
        static final String WHOLE_YEAR = months("cost", 0xfff);

        /** The months from the period's first day's month up to its last day's, as the cost rows count them. */
        static PeriodMonths of(LocalDate from, LocalDate to) {
            var masks = new TreeMap<Integer, Integer>();
            for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
                masks.merge(month.getYear(), 1 << (month.getMonthValue() - 1), (a, b) -> a | b);
            }
            return new PeriodMonths(masks);
        }

        /** The condition that a row has a cost in a month of the period (false for an empty period). */
        String meets() {
            if (masks.isEmpty()) {
                return "false";
            }
            return masks.entrySet().stream().map(e -> "s.year = " + e.getKey() + " AND s.months & " + e.getValue()
                    + " <> 0").collect(Collectors.joining(" OR ", "(", ")"));
        }

        /** The row's sum of the column's ({@code cost} or {@code days}) months in the period. */
        String sum(String column) {
            if (masks.size() == 1) {
                return months(column, masks.values().iterator().next());
            }
            return masks.entrySet().stream().map(e -> " WHEN " + e.getKey() + " THEN " + months(column, e.getValue()))
                    .collect(Collectors.joining("", "CASE s.year", " ELSE 0 END"));
        }

        private static String months(String column, int mask) {
            return IntStream.rangeClosed(1, 12).filter(m -> (mask & 1 << (m - 1)) != 0)
                    .mapToObj(m -> "s." + column + "_" + m).collect(Collectors.joining(" + ", "(", ")"));
        }
    }

    /** The summary a measure is read from, and what one counted item is. */
    private enum Source {
        CASES("followup.case_summary", "s.case_id", true, "followup.case_cells", "s.case_id", "s.case_id"),
        INTERVENTIONS("followup.intervention_summary", "s.intervention_id", false, null, null, null),
        ASSIGNMENTS("followup.assignment_summary", "s.assignment_id", false, null, null, null),
        /** Per assignment and month; the narrow table has no ids (no measure on it counts cases or assignments). */
        COSTS("followup.cost_summary", "s.assignment_id", false, "followup.cost_cells", "NULL", "NULL"),
        /** Scheduled follow-ups due (or done) — per case, so a type, method or provider filter keeps the case. */
        FOLLOW_UPS("followup.follow_up_summary", "s.scheduled_id", true, null, null, null),
        /** Goals with their latest attainment, attributed to an intervention. */
        GOALS("followup.goal_summary", "s.goal_id", false, null, null, null),
        /** Changes from baseline to follow-up per case and instrument, attributed to an intervention. */
        OUTCOMES("followup.outcome_summary", "s.case_id", false, null, null, null);

        private final String table;
        private final String item;
        /** Whether a row is a case's (its type, method or provider filter through the case's interventions). */
        private final boolean caseBased;
        /** The narrow table with the same rows, or null; and its case and item expressions. */
        private final String cells;
        private final String narrowCase;
        private final String narrowItem;

        Source(String table, String item, boolean caseBased, String cells, String narrowCase, String narrowItem) {
            this.table = table;
            this.item = item;
            this.caseBased = caseBased;
            this.cells = cells;
            this.narrowCase = narrowCase;
            this.narrowItem = narrowItem;
        }

        static Source of(Measure measure) {
            return switch (measure) {
                case CLIENTS, NEW_CASES, DAYS_TO_DECISION, DECISION_WITHIN_TARGET, DAYS_TO_START,
                     START_WITHIN_TARGET, INSTRUMENT_AT_INVESTIGATION, INSTRUMENT_AT_FOLLOW_UP, INFORMED_OF_SIP,
                     INFORMED_OF_FILE, SIP_MADE, CHILDREN_CONSIDERED, RELATIVES_CONSIDERED -> CASES;
                case INTERVENTIONS -> INTERVENTIONS;
                case COST, CARE_DAYS, COST_PER_IMPROVED -> COSTS;
                case DAYS_TO_ANSWER, ANSWER_WITHIN_TARGET -> ASSIGNMENTS;
                case FOLLOW_UPS_ON_TIME -> FOLLOW_UPS;
                case GOALS_REACHED, GOALS_PARTLY_REACHED -> GOALS;
                case AUDIT_CHANGE, AUDIT_IMPROVED, AUDIT_RELIABLY_IMPROVED, DUDIT_CHANGE, DUDIT_IMPROVED,
                     DUDIT_RELIABLY_IMPROVED, ASI_CHANGE, ASI_IMPROVED, ASI_RELIABLY_IMPROVED -> OUTCOMES;
            };
        }
    }

    /** Whether a dimension can split a measure's figures. */
    public static boolean splits(Measure measure, Dimension dimension) {
        var source = Source.of(measure);
        return switch (dimension) {
            case CASEWORKER -> source.caseBased;
            case INTERVENTION_TYPE, METHOD, PROVIDER -> !source.caseBased;
            case BY_DECISION -> source == Source.INTERVENTIONS;
            default -> true;
        };
    }

    /** The sets the filters offer: every district, unit, provider and method in the summaries. */
    public record Choice(String code, String name) {
    }

    public List<Choice> providers() {
        return jdbc.sql("""
                        SELECT DISTINCT CAST(provider_id AS text), provider_name FROM followup.intervention_summary
                        WHERE provider_id IS NOT NULL ORDER BY 2""")
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2))).list();
    }

    public List<Choice> methods(boolean swedish) {
        return jdbc.sql("""
                        SELECT DISTINCT method_code, %s FROM followup.intervention_summary
                        WHERE method_code IS NOT NULL ORDER BY 2""".formatted(swedish ? "method_name_sv" : "method_name_en"))
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2))).list();
    }

}
