package se.vardkedjan.bench;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.dev.demo.GeneratedFollowUpHistory;
import se.vardkedjan.followup.GroupFollowUp;
import se.vardkedjan.followup.group.AgeGroup;
import se.vardkedjan.followup.group.Dimension;
import se.vardkedjan.followup.group.GroupFilter;
import se.vardkedjan.followup.group.GroupTable;
import se.vardkedjan.followup.group.Measure;
import se.vardkedjan.followup.group.Sex;
import se.vardkedjan.followup.group.persistence.GroupRows;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Group follow-up at national scale (issue 13, ADR 0031): the rebuild of the summaries
 * ({@code followup.refresh_group_summaries}) and each group view through the facade {@link GroupFollowUp} (access
 * check and SQL on the summaries, suppression, commit), as an analyst (every unit; and with a filter) and as a unit
 * manager (own unit), each side by side with the best hand-written SQL for the same figures straight on the owning
 * modules' tables and reporting views (alternating which runs first), whose answers must be the same figures.
 *
 * <pre>bench/run-follow-up.sh [--samples N] [--data DIR]</pre>
 *
 * The warm-up is one round: the hand-written SQL reads the base tables and takes seconds.
 */
public final class FollowUpBenchmark {

    /** The measured unit manager's unit (the case-handling benchmark's unit, one of the largest). */
    static final String UNIT = "nord-beroende";

    private FollowUpBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Sampler.runOnNationalData(args, "follow-up",
                (context, samples, warmUp) -> measure(context, samples, Math.min(1, warmUp)).text());
    }

    /**
     * Follow-up's history when there is none yet ({@link GeneratedFollowUpHistory}: scheduled follow-ups, measurements), and the
     * summaries' first build when they were never built (timed and printed); a later run changes nothing.
     */
    static void prepare(ConfigurableApplicationContext context) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var transactions = context.getBean(TransactionTemplate.class);
        var clock = context.getBean(Clock.class);
        if (Boolean.FALSE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM followup.measurements WHERE source_key LIKE 'demo:asi:%' "
                        + "OR source_key LIKE 'demo:baseline:%')", Boolean.class))) {
            var load = Sampler.loadAverage();
            var started = System.nanoTime();
            var made = transactions.execute(status -> new GeneratedFollowUpHistory(jdbc, clock).generate());
            System.out.printf("Generated follow-up's history in %d s (load average %s before, %s after): %s%n",
                    (System.nanoTime() - started) / 1_000_000_000, load, Sampler.loadAverage(), made);
        }
        if (jdbc.queryForObject("SELECT refreshed_at FROM followup.summary_refresh WHERE id = 1",
                java.sql.Timestamp.class) == null) {
            var load = Sampler.loadAverage();
            var started = System.nanoTime();
            transactions.executeWithoutResult(status -> context.getBean(GroupRows.class).refresh(clock.instant()));
            System.out.printf("Built group follow-up's summaries in %d s (load average %s before, %s after)%n",
                    (System.nanoTime() - started) / 1_000_000_000, load, Sampler.loadAverage());
        }
    }

    /** Who asks, and with which filter: the facade's call and the hand-written SQL's conditions are built from it. */
    record Scope(String name, Actor actor, GroupFilter filter, String unit) {

        /** The hand-written SQL's conditions on cases c, persons p and units u, with their parameters. */
        String where(List<Object> params) {
            var where = new StringBuilder();
            if (unit != null) {
                where.append(" AND c.unit_code = ?");
                params.add(unit);
            }
            if (!filter.districts().isEmpty()) {
                where.append(" AND u.district_code = ANY(?)");
                params.add(filter.districts().toArray(String[]::new));
            }
            if (!filter.sexes().isEmpty()) {
                where.append(" AND p.sex = ANY(?)");
                params.add(filter.sexes().stream().map(Sex::name).toArray(String[]::new));
            }
            if (!filter.ageGroups().isEmpty()) {
                where.append(" AND ").append(AGE_GROUP).append(" = ANY(?)");
                params.add(filter.ageGroups().stream().map(AgeGroup::code).toArray(String[]::new));
            }
            return where.toString();
        }
    }

    /** The age group on the day the case was received, as case handling's reporting view gives it. */
    private static final String AGE_GROUP = """
            (CASE WHEN age(c.received_on, p.birth_date) < interval '21 years' THEN '18-20'
                  WHEN age(c.received_on, p.birth_date) < interval '30 years' THEN '21-29'
                  WHEN age(c.received_on, p.birth_date) < interval '50 years' THEN '30-49'
                  WHEN age(c.received_on, p.birth_date) < interval '65 years' THEN '50-64' ELSE '65+' END)""";

    /** A hand-written answer: per row key (TOTAL for the total) the figures in the table's column order. */
    record HandRow(String key, List<BigDecimal> figures) {
    }

    /**
     * A measured view: its name, the facade's call as the view makes it (the tab's default: rows by district, or by
     * unit for documentation, no column split; Utfall's AUDIT change by intervention type, the link from intervention
     * to change that issue 13 asks for), and the hand-written SQL for the same figures.
     */
    record View(String name, java.util.function.Function<Scope, GroupTable> facade,
                java.util.function.BiFunction<Scope, JdbcTemplate, List<HandRow>> hand) {
    }

    /** The views measured, in the page's tab order. */
    static List<View> views(ConfigurableApplicationContext context) {
        var group = context.getBean(GroupFollowUp.class);
        return List.of(
                new View("Volym: clients by district (Measure.CLIENTS)",
                        s -> group.table(Measure.CLIENTS, Dimension.DISTRICT, Dimension.NONE, s.filter()),
                        FollowUpBenchmark::handClients),
                new View("Pengar: cost by district (Measure.COST)",
                        s -> group.table(Measure.COST, Dimension.DISTRICT, Dimension.NONE, s.filter()),
                        FollowUpBenchmark::handCost),
                new View("Tidsgränser: median days to decision by district (Measure.DAYS_TO_DECISION)",
                        s -> group.table(Measure.DAYS_TO_DECISION, Dimension.DISTRICT, Dimension.NONE, s.filter()),
                        FollowUpBenchmark::handDaysToDecision),
                new View("Dokumentationskvalitet: flags by unit (GroupFollowUp.documentation)",
                        s -> group.documentation(Dimension.UNIT, s.filter()),
                        FollowUpBenchmark::handDocumentation),
                new View("Utfall: goals reached by district (Measure.GOALS_REACHED)",
                        s -> group.table(Measure.GOALS_REACHED, Dimension.DISTRICT, Dimension.NONE, s.filter()),
                        FollowUpBenchmark::handGoalsReached),
                new View("Utfall: AUDIT change from baseline by intervention type (Measure.AUDIT_CHANGE)",
                        s -> group.table(Measure.AUDIT_CHANGE, Dimension.INTERVENTION_TYPE, Dimension.NONE,
                                s.filter()),
                        FollowUpBenchmark::handAuditChange),
                new View("Öppna jämförelser: instrument at investigation by district "
                        + "(Measure.INSTRUMENT_AT_INVESTIGATION)",
                        s -> group.table(Measure.INSTRUMENT_AT_INVESTIGATION, Dimension.DISTRICT, Dimension.NONE,
                                s.filter()),
                        FollowUpBenchmark::handInstrumentAtInvestigation));
    }

    /**
     * The share (%) of the goals whose latest goal attainment (not withdrawn) is "reached" (2), of the goals whose
     * latest one was measured in the period, per district and in all. A goal belongs to one case, so the case's
     * conditions narrow the measurements before the latest per goal is found (for a unit, by the index on the
     * measurements' case); the period applies to the latest one only. An index on the measurements by goal
     * (goal_id, measured_on DESC, recorded_at DESC, id DESC) WHERE instrument_code = 'GOAL' would spare the sort of
     * every goal attainment; the product has none (its summaries are built without one).
     */
    static List<HandRow> handGoalsReached(Scope s, JdbcTemplate jdbc) {
        var params = new ArrayList<Object>();
        var where = s.where(params);
        params.add(Date.valueOf(s.filter().from()));
        params.add(Date.valueOf(s.filter().to()));
        var sql = """
                SELECT CASE WHEN GROUPING(g.district_code) = 1 THEN 'TOTAL' ELSE g.district_code END,
                       round(100.0 * avg(CASE WHEN g.total = 2 THEN 1 ELSE 0 END), 1)
                FROM (SELECT DISTINCT ON (m.goal_id) m.measured_on, m.total, u.district_code
                      FROM followup.measurements m
                      JOIN casehandling.cases c ON c.id = m.case_id
                      JOIN casehandling.persons p ON p.id = c.person_id
                      JOIN organisation.units u ON u.code = c.unit_code
                      WHERE m.instrument_code = 'GOAL' AND m.goal_id IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM followup.measurement_withdrawals w
                                        WHERE w.measurement_id = m.id)%s
                      ORDER BY m.goal_id, m.measured_on DESC, m.recorded_at DESC, m.id DESC) g
                WHERE g.measured_on BETWEEN ? AND ?
                GROUP BY GROUPING SETS ((g.district_code), ())""".formatted(where);
        return jdbc.query(sql, (rs, n) -> new HandRow(rs.getString(1), List.of(rs.getBigDecimal(2))),
                params.toArray());
    }

    /**
     * The mean change of the AUDIT total from the baseline to the latest follow-up, of the cases whose latest
     * follow-up was measured in the period, per intervention type ('' for none) and in all — the outcome rules redone
     * on the base tables: per case the first AUDIT baseline not withdrawn, with a rule for its version
     * (followup.outcome_rules); the latest follow-up not withdrawn of the same version on or after it; the change
     * attributed to the case's first intervention not refused, decided (by a decision in force) on or before that
     * follow-up. A baseline after the period's end cannot have its follow-up in the period, so it is left out at once.
     */
    static List<HandRow> handAuditChange(Scope s, JdbcTemplate jdbc) {
        var params = new ArrayList<Object>();
        var where = s.where(params);
        params.add(Date.valueOf(s.filter().to()));
        params.add(Date.valueOf(s.filter().from()));
        params.add(Date.valueOf(s.filter().to()));
        var sql = """
                WITH baseline AS (
                    SELECT DISTINCT ON (m.case_id) m.case_id, m.instrument_version, m.measured_on, m.total
                    FROM followup.measurements m
                    JOIN casehandling.cases c ON c.id = m.case_id
                    JOIN casehandling.persons p ON p.id = c.person_id
                    JOIN organisation.units u ON u.code = c.unit_code
                    WHERE m.instrument_code = 'AUDIT' AND m.occasion = 'BASELINE'
                      AND NOT EXISTS (SELECT 1 FROM followup.measurement_withdrawals w
                                      WHERE w.measurement_id = m.id)%s
                    ORDER BY m.case_id, m.measured_on, m.recorded_at, m.id
                ), outcome AS (
                    SELECT b.case_id, f.measured_on AS follow_up_on, f.total - b.total AS change
                    FROM baseline b
                    JOIN followup.outcome_rules r ON r.code = 'AUDIT' AND r.version = b.instrument_version
                    JOIN LATERAL (
                        SELECT m.measured_on, m.total FROM followup.measurements m
                        WHERE m.case_id = b.case_id AND m.instrument_code = 'AUDIT'
                          AND m.instrument_version = b.instrument_version AND m.occasion = 'FOLLOW_UP'
                          AND m.measured_on >= b.measured_on
                          AND NOT EXISTS (SELECT 1 FROM followup.measurement_withdrawals w
                                          WHERE w.measurement_id = m.id)
                        ORDER BY m.measured_on DESC, m.recorded_at DESC, m.id DESC LIMIT 1) f ON true
                    WHERE b.measured_on <= ?
                ), typed AS (
                    SELECT o.change, coalesce((
                        SELECT i.intervention_type FROM casehandling.decisions d
                        JOIN casehandling.decided_interventions i ON i.decision_id = d.id
                        WHERE d.case_id = o.case_id AND d.status = 'DECIDED' AND i.outcome <> 'REFUSED'
                          AND d.decided_on <= o.follow_up_on
                        ORDER BY d.decided_on, i.id LIMIT 1), '') AS intervention_type
                    FROM outcome o
                    WHERE o.follow_up_on BETWEEN ? AND ?
                )
                SELECT CASE WHEN GROUPING(intervention_type) = 1 THEN 'TOTAL' ELSE intervention_type END,
                       round(avg(change), 1)
                FROM typed GROUP BY GROUPING SETS ((intervention_type), ())""".formatted(where);
        return jdbc.query(sql, (rs, n) -> new HandRow(rs.getString(1), List.of(rs.getBigDecimal(2))),
                params.toArray());
    }

    /**
     * The share (%) of the cases first decided in the period with an ASI, AUDIT or DUDIT baseline not withdrawn,
     * per district and in all.
     */
    static List<HandRow> handInstrumentAtInvestigation(Scope s, JdbcTemplate jdbc) {
        var params = new ArrayList<Object>();
        params.add(Date.valueOf(s.filter().from()));
        params.add(Date.valueOf(s.filter().to()));
        var sql = """
                SELECT CASE WHEN GROUPING(u.district_code) = 1 THEN 'TOTAL' ELSE u.district_code END,
                       round(100.0 * avg(CASE WHEN EXISTS (
                           SELECT 1 FROM followup.measurements m
                           WHERE m.case_id = c.id AND m.occasion = 'BASELINE'
                             AND m.instrument_code IN ('ASI', 'AUDIT', 'DUDIT')
                             AND NOT EXISTS (SELECT 1 FROM followup.measurement_withdrawals w
                                             WHERE w.measurement_id = m.id)) THEN 1 ELSE 0 END), 1)
                FROM (SELECT case_id, min(decided_on) AS first_decided_on FROM casehandling.decisions
                      WHERE status = 'DECIDED' GROUP BY case_id) f
                JOIN casehandling.cases c ON c.id = f.case_id
                JOIN casehandling.persons p ON p.id = c.person_id
                JOIN organisation.units u ON u.code = c.unit_code
                WHERE f.first_decided_on BETWEEN ? AND ?%s
                GROUP BY GROUPING SETS ((u.district_code), ())""".formatted(s.where(params));
        return jdbc.query(sql, (rs, n) -> new HandRow(rs.getString(1), List.of(rs.getBigDecimal(2))),
                params.toArray());
    }

    /** Distinct persons with a case open some day in the period, per district and in all. */
    static List<HandRow> handClients(Scope s, JdbcTemplate jdbc) {
        var params = new ArrayList<Object>();
        params.add(Date.valueOf(s.filter().to()));
        params.add(Date.valueOf(s.filter().from()));
        var sql = """
                SELECT CASE WHEN GROUPING(u.district_code) = 1 THEN 'TOTAL' ELSE u.district_code END,
                       count(DISTINCT c.person_id)
                FROM casehandling.cases c
                JOIN casehandling.persons p ON p.id = c.person_id
                JOIN organisation.units u ON u.code = c.unit_code
                WHERE c.received_on <= ? AND coalesce(c.closed_on, DATE 'infinity') >= ?%s
                GROUP BY GROUPING SETS ((u.district_code), ())""".formatted(s.where(params));
        return jdbc.query(sql, (rs, n) -> new HandRow(rs.getString(1), List.of(rs.getBigDecimal(2))),
                params.toArray());
    }

    /**
     * The cost in kronor of the months of the period (whole months), per district and in all, priced from the
     * reported days by the contracts' rule (as Pricing and the reporting view do), straight on the tables.
     */
    static List<HandRow> handCost(Scope s, JdbcTemplate jdbc) {
        var params = new ArrayList<Object>();
        var from = s.filter().from().withDayOfMonth(1);
        var until = s.filter().to().withDayOfMonth(1).plusMonths(1);
        params.add(Date.valueOf(from));
        params.add(Date.valueOf(until));
        var where = s.where(params);
        var sql = """
                WITH counted AS (
                    SELECT a.id, c.person_id, u.district_code, k.price_unit, k.price_ore,
                           CAST(date_trunc('month', d.day) AS date) AS month,
                           count(*) FILTER (WHERE x.day IS NULL OR x.hours IS NOT NULL) AS days,
                           coalesce(sum(CASE WHEN x.day IS NULL THEN d.hours ELSE x.hours END), 0) AS hours
                    FROM providercontracts.attendance_days d
                    JOIN providercontracts.assignments a ON a.id = d.assignment_id AND a.sent_at IS NOT NULL
                    JOIN providercontracts.contracts k ON k.id = a.contract_id
                    JOIN casehandling.cases c ON c.id = a.case_id
                    JOIN casehandling.persons p ON p.id = c.person_id
                    JOIN organisation.units u ON u.code = c.unit_code
                    LEFT JOIN providercontracts.attendance_corrected_days x
                        ON x.assignment_id = d.assignment_id AND x.day = d.day
                    WHERE d.day >= ? AND d.day < ?%s
                    GROUP BY a.id, c.person_id, u.district_code, k.price_unit, k.price_ore,
                             CAST(date_trunc('month', d.day) AS date)
                ), priced AS (
                    SELECT k.person_id, k.district_code, CAST(CASE k.price_unit
                        WHEN 'CARE_DAY' THEN k.price_ore * k.days
                        WHEN 'HOUR' THEN round(k.price_ore * k.hours)
                        WHEN 'MONTH' THEN round(k.price_ore * least(k.days,
                            extract(day FROM k.month + interval '1 month' - interval '1 day'))
                            / extract(day FROM k.month + interval '1 month' - interval '1 day'))
                        WHEN 'FIXED' THEN CASE WHEN k.days > 0 AND k.month = (
                            SELECT CAST(date_trunc('month', min(f.day)) AS date)
                            FROM providercontracts.attendance_days f
                            LEFT JOIN providercontracts.attendance_corrected_days y
                                ON y.assignment_id = f.assignment_id AND y.day = f.day
                            WHERE f.assignment_id = k.id AND (y.day IS NULL OR y.hours IS NOT NULL))
                            THEN k.price_ore ELSE 0 END END AS bigint) AS cost_ore
                    FROM counted k
                )
                SELECT CASE WHEN GROUPING(district_code) = 1 THEN 'TOTAL' ELSE district_code END,
                       round(sum(cost_ore) / 100.0)
                FROM priced GROUP BY GROUPING SETS ((district_code), ())""".formatted(where);
        return jdbc.query(sql, (rs, n) -> new HandRow(rs.getString(1), List.of(rs.getBigDecimal(2))),
                params.toArray());
    }

    /** The median days from receipt to the first decision, of the cases first decided in the period. */
    static List<HandRow> handDaysToDecision(Scope s, JdbcTemplate jdbc) {
        var params = new ArrayList<Object>();
        params.add(Date.valueOf(s.filter().from()));
        params.add(Date.valueOf(s.filter().to()));
        var sql = """
                SELECT CASE WHEN GROUPING(u.district_code) = 1 THEN 'TOTAL' ELSE u.district_code END,
                       round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY f.first_decided_on - c.received_on)
                                  AS numeric), 1)
                FROM (SELECT case_id, min(decided_on) AS first_decided_on FROM casehandling.decisions
                      WHERE status = 'DECIDED' GROUP BY case_id) f
                JOIN casehandling.cases c ON c.id = f.case_id
                JOIN casehandling.persons p ON p.id = c.person_id
                JOIN organisation.units u ON u.code = c.unit_code
                WHERE f.first_decided_on BETWEEN ? AND ?%s
                GROUP BY GROUPING SETS ((u.district_code), ())""".formatted(s.where(params));
        return jdbc.query(sql, (rs, n) -> new HandRow(rs.getString(1), List.of(rs.getBigDecimal(2))),
                params.toArray());
    }

    /**
     * The documentation flags (shares in per cent) and the cases, of the cases with a granted intervention first
     * decided by the period's end and open some day in it, per unit and in all.
     */
    static List<HandRow> handDocumentation(Scope s, JdbcTemplate jdbc) {
        var params = new ArrayList<Object>();
        params.add(Date.valueOf(s.filter().from()));
        var where = s.where(params);
        params.add(Date.valueOf(s.filter().to()));
        var flags = new StringBuilder();
        for (var flag : GroupFollowUp.FLAGS) {
            flags.append(", round(100.0 * avg(CASE WHEN ").append(flag).append(" THEN 1 ELSE 0 END), 1)");
        }
        var sql = """
                WITH k AS (
                    SELECT c.id, c.unit_code
                    FROM casehandling.cases c
                    JOIN casehandling.persons p ON p.id = c.person_id
                    JOIN organisation.units u ON u.code = c.unit_code
                    WHERE coalesce(c.closed_on, DATE 'infinity') >= ?%s
                      AND (SELECT min(d.decided_on) FROM casehandling.decisions d
                           WHERE d.case_id = c.id AND d.status = 'DECIDED') <= ?
                ), flagged AS (
                    SELECT k.unit_code, r.documented_needs, r.plan_with_goals, r.client_participation,
                           EXISTS (SELECT 1 FROM providercontracts.assignments a
                                   WHERE a.case_id = k.id AND a.sent_at IS NOT NULL) AS assignment_sent,
                           EXISTS (SELECT 1 FROM providercontracts.assignments a
                                   JOIN providercontracts.implementation_plans ip ON ip.assignment_id = a.id
                                   JOIN providercontracts.implementation_plan_versions v ON v.plan_id = ip.id
                                   WHERE a.case_id = k.id AND a.sent_at IS NOT NULL) AS implementation_plan,
                           NOT EXISTS (SELECT 1 FROM followup.scheduled_follow_ups f
                                       WHERE f.case_id = k.id AND f.status = 'DUE'
                                         AND f.due_on < CURRENT_DATE) AS follow_up_done
                    FROM k JOIN casehandling.reporting_documentation r ON r.case_id = k.id
                )
                SELECT CASE WHEN GROUPING(unit_code) = 1 THEN 'TOTAL' ELSE unit_code END, count(*)%s
                FROM flagged GROUP BY GROUPING SETS ((unit_code), ())""".formatted(where, flags);
        return jdbc.query(sql, (rs, n) -> {
            var figures = new ArrayList<BigDecimal>();
            for (var i = 2; i <= 2 + GroupFollowUp.FLAGS.size(); i++) {
                figures.add(rs.getBigDecimal(i));
            }
            return new HandRow(rs.getString(1), figures);
        }, params.toArray());
    }

    /**
     * The facade's table and the hand-written SQL give the same figures: the same rows, and every cell the facade
     * shows (not suppressed) equal to the hand-written one. A difference stops the run.
     */
    static void sameFigures(String what, GroupTable table, List<HandRow> hand) {
        var byKey = new LinkedHashMap<String, HandRow>();
        hand.forEach(row -> byKey.put(row.key(), row));
        var tableKeys = table.rows().stream().map(GroupTable.Row::key).toList();
        var handKeys = byKey.keySet().stream().toList();
        if (!Set.copyOf(tableKeys).equals(Set.copyOf(handKeys))) {
            throw new IllegalStateException(what + ": the facade's rows " + tableKeys + " are not the hand-written "
                    + "SQL's " + handKeys);
        }
        for (var row : table.rows()) {
            var expected = byKey.get(row.key()).figures();
            for (var i = 0; i < expected.size(); i++) {
                var cell = row.cells().get(i);
                if (cell.suppressed()) {
                    continue;
                }
                var want = expected.get(i) == null ? BigDecimal.ZERO : expected.get(i);
                if (cell.value() == null || cell.value().compareTo(want) != 0) {
                    throw new IllegalStateException(what + ": row " + row.key() + ", column "
                            + table.columns().get(i) + ": the facade gives " + cell.value()
                            + ", the hand-written SQL " + want);
                }
            }
        }
    }

    /** What a run measured: the Markdown report, and per view and scope the facade's and the hand SQL's timings. */
    record Report(String text, List<Timings> facade, List<Timings> hand, long refreshMillis,
                  Map<String, Long> checkedCells) {
    }

    /**
     * The scopes: an analyst with every unit and no filter; the same analyst with three districts, one sex and one
     * age group; the unit manager of {@value #UNIT}. The period is the page's default: the last twelve months.
     */
    static List<Scope> scopes(JdbcTemplate jdbc, LocalDate today) {
        var period = GroupFilter.period(today.minusYears(1).plusDays(1), today);
        var districts = jdbc.queryForList("""
                SELECT u.district_code FROM casehandling.cases c JOIN organisation.units u ON u.code = c.unit_code
                GROUP BY u.district_code ORDER BY count(*) DESC, u.district_code LIMIT 3""", String.class);
        var analyst = new Actor(UUID.randomUUID().toString(), "bench.analytiker", "Bänk Analytiker",
                Set.of(Roles.ANALYST), Set.of(), Set.of());
        var manager = new Actor(UUID.randomUUID().toString(), "bench.enhetschef", "Bänk Enhetschef",
                Set.of(Roles.UNIT_MANAGER), Set.of(new UnitCode(UNIT)), Set.of());
        return List.of(
                new Scope("analyst, all units", analyst, period, null),
                new Scope("analyst, " + districts.size() + " districts, women, 30-49", analyst,
                        period.withDistricts(Set.copyOf(districts)).withSexes(Set.of(Sex.FEMALE))
                                .withAgeGroups(Set.of(AgeGroup.AGE_30_49)), null),
                new Scope("unit manager, own unit " + UNIT, manager, period, UNIT));
    }

    /**
     * Times every view in every scope through the facade and by the hand-written SQL ({@code warmUp} rounds first,
     * then {@code samples}; the order alternates per round), checks their figures once outside the timing, and then
     * times one rebuild of the summaries.
     */
    static Report measure(ConfigurableApplicationContext context, int samples, int warmUp) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var transactions = context.getBean(TransactionTemplate.class);
        var clock = context.getBean(Clock.class);
        var loadBefore = Sampler.loadAverage();
        var scopes = scopes(jdbc, LocalDate.now(clock));
        var views = views(context);
        var facade = new ArrayList<Timings>();
        var hand = new ArrayList<Timings>();
        var checked = new LinkedHashMap<String, Long>();
        for (var view : views) {
            for (var scope : scopes) {
                facade.add(new Timings(view.name() + ", " + scope.name() + ": facade", samples));
                hand.add(new Timings("&nbsp;&nbsp;the same figures by hand-written SQL", samples));
                // The same figures, outside the timing.
                BenchActor.signIn(scope.actor());
                var table = view.facade().apply(scope);
                var handRows = transactions.execute(status -> view.hand().apply(scope, jdbc));
                sameFigures(view.name() + ", " + scope.name(), table, handRows);
                checked.put(view.name() + ", " + scope.name(), table.rows().stream()
                        .mapToLong(r -> r.cells().stream().filter(c -> !c.suppressed() && c.value() != null)
                                .count()).sum());
                if (table.rows().size() < 2) {
                    throw new IllegalStateException(view.name() + ", " + scope.name() + ": no figures");
                }
            }
        }
        Sampler.rounds(samples, warmUp, (i, measured) -> {
            var index = 0;
            for (var view : views) {
                for (var scope : scopes) {
                    BenchActor.signIn(scope.actor());
                    var f = facade.get(index);
                    var h = hand.get(index);
                    Supplier<Object> facadeCall = () -> view.facade().apply(scope).rows();
                    Supplier<Object> handCall = () -> transactions.execute(status -> view.hand().apply(scope, jdbc));
                    if (i % 2 == 0) {
                        Sampler.time(measured, f, facadeCall);
                        Sampler.time(measured, h, handCall);
                    } else {
                        Sampler.time(measured, h, handCall);
                        Sampler.time(measured, f, facadeCall);
                    }
                    index++;
                }
            }
        });
        // The views' rows are printed before the rebuild, which takes minutes at national scale.
        System.out.println("Views measured (load average " + Sampler.loadAverage() + "):");
        for (var i = 0; i < facade.size(); i++) {
            System.out.println(facade.get(i).row(1000));
            System.out.println(hand.get(i).row());
        }
        // One rebuild of every summary, as the hourly job makes it (delete and insert in one transaction).
        var refreshLoad = Sampler.loadAverage();
        var started = System.nanoTime();
        transactions.executeWithoutResult(status -> context.getBean(GroupRows.class).refresh(clock.instant()));
        var refreshMillis = (System.nanoTime() - started) / 1_000_000;
        var loadAfter = Sampler.loadAverage();
        var counts = jdbc.queryForMap("""
                SELECT (SELECT count(*) FROM casehandling.cases) AS cases,
                       (SELECT count(*) FROM followup.measurements) AS measurements,
                       (SELECT count(*) FROM followup.scheduled_follow_ups) AS follow_ups,
                       (SELECT count(*) FROM followup.case_summary) AS case_rows,
                       (SELECT count(*) FROM followup.intervention_summary) AS intervention_rows,
                       (SELECT count(*) FROM followup.assignment_summary) AS assignment_rows,
                       (SELECT count(*) FROM followup.cost_summary) AS cost_rows,
                       pg_size_pretty(pg_database_size(current_database())) AS size""");
        var lines = Sampler.reportHead("Follow-up benchmark", "Data: " + counts.get("cases") + " cases, "
                + counts.get("measurements") + " measurements, " + counts.get("follow_ups")
                + " scheduled follow-ups; summaries: " + counts.get("case_rows") + " case rows, "
                + counts.get("intervention_rows") + " intervention rows, " + counts.get("assignment_rows")
                + " assignment rows, " + counts.get("cost_rows") + " cost rows; database " + counts.get("size")
                + ". Period " + scopes.getFirst().filter().from() + "–" + scopes.getFirst().filter().to()
                + ". Rebuilding every summary (followup.refresh_group_summaries, one transaction) took "
                + String.format(Locale.ROOT, "%.1f s", refreshMillis / 1000.0) + " (load average " + refreshLoad
                + " before it).", samples + " samples per row after a warm-up of " + warmUp
                + ", facade and hand-written SQL alternating which runs first", loadBefore, loadAfter);
        for (var i = 0; i < facade.size(); i++) {
            lines.add(facade.get(i).row(1000));
            lines.add(hand.get(i).row());
        }
        lines.add("");
        lines.add("| view, scope | facade p50 | hand SQL p50 | ratio p50 | facade p95 | hand SQL p95 | ratio p95 "
                + "| ≤ 1.5× | cells compared |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        var keys = new ArrayList<>(checked.keySet());
        for (var i = 0; i < facade.size(); i++) {
            var f = facade.get(i);
            var h = hand.get(i);
            var ratio50 = f.percentileMillis(50) / h.percentileMillis(50);
            var ratio95 = f.percentileMillis(95) / h.percentileMillis(95);
            lines.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f | %s | %d |",
                    keys.get(i), f.percentileMillis(50), h.percentileMillis(50), ratio50, f.percentileMillis(95),
                    h.percentileMillis(95), ratio95, ratio95 <= 1.5 ? "met" : "NOT met", checked.get(keys.get(i))));
        }
        return new Report(String.join("\n", lines) + "\n", facade, hand, refreshMillis, checked);
    }
}
