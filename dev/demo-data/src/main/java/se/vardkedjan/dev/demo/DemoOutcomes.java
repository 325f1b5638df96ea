package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo municipality's outcomes for group follow-up's Utfall tab (issue 13, slice 2): for cases with a granted
 * intervention an AUDIT, DUDIT or ASI baseline at the investigation and, when the day has come, a follow-up about
 * three to five months after the decision; and the latest goal attainment of the agreed plans' goals. The change
 * differs plausibly by intervention type (residential and outpatient care most), by provider and by district, with
 * some noise per client; every figure comes from an md5 of the ids, so a seed's municipality gets the same outcomes
 * every run. Written in SQL straight into follow-up's measurements, as the measurements facade would have left them.
 */
final class DemoOutcomes {

    private DemoOutcomes() {
    }

    /** A whole number 0..n-1 from a text, the same every run. */
    private static String hash(String text, int n) {
        return "(CAST(CAST('x' || substr(md5(" + text + "), 1, 7) AS bit(28)) AS int) % " + n + ")";
    }

    static void generate(JdbcTemplate jdbc, Clock clock) {
        var today = Date.valueOf(LocalDate.now(clock));
        String improvement = """
                (CASE b.intervention_type WHEN 'RESIDENTIAL' THEN 7 WHEN 'OUTPATIENT' THEN 5
                     WHEN 'SUPPORTED_HOUSING' THEN 4 WHEN 'OCCUPATION' THEN 3 WHEN 'CONTACT_PERSON' THEN 2 ELSE 1 END
                 + %s - 2 + %s - 2 + %s - 4)""".formatted(hash("coalesce(CAST(b.provider_id AS text), 'none')", 5),
                hash("b.district_code", 5), hash("CAST(b.case_id AS text) || v.code || 'n'", 9));
        String base = """
                WITH b AS (
                    SELECT DISTINCT ON (c.id) c.id AS case_id, c.received_on, u.district_code, d.decided_on,
                           di.intervention_type, a.provider_id
                    FROM casehandling.cases c
                    JOIN organisation.units u ON u.code = c.unit_code
                    JOIN casehandling.decisions d ON d.case_id = c.id AND d.status = 'DECIDED'
                    JOIN casehandling.decided_interventions di ON di.decision_id = d.id
                         AND di.outcome IN ('GRANTED', 'PARTLY_GRANTED')
                    LEFT JOIN LATERAL (SELECT x.provider_id FROM providercontracts.assignments x
                                       WHERE x.intervention_id = di.id ORDER BY x.sent_at DESC LIMIT 1) a ON true
                    ORDER BY c.id, d.decided_on, di.id)
                """;
        // which instruments a case has: AUDIT 7 in 10, DUDIT 4 in 10, ASI 6 in 10
        String instruments = """
                CROSS JOIN (VALUES ('AUDIT', 40, 10, 15, 7), ('DUDIT', 44, 8, 20, 4), ('ASI', 63, 15, 20, 6))
                    AS v(code, top, lowest, spread, per_ten)
                WHERE %s < v.per_ten""".formatted(hash("CAST(b.case_id AS text) || v.code", 10));
        String baseline = "LEAST(v.top, v.lowest + " + hash("CAST(b.case_id AS text) || v.code || 'b'", 20)
                + " % v.spread)";
        jdbc.update(base + """
                INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                    measured_on, source, recorded_by, recorded_at, total)
                SELECT CAST(md5(CAST(b.case_id AS text) || v.code || 'baseline') AS uuid), b.case_id, v.code, 1,
                       'BASELINE', LEAST(b.received_on + 14, b.decided_on), 'STAFF', 'demo',
                       CAST(LEAST(b.received_on + 14, b.decided_on) AS timestamp) + interval '10 hours', %s
                FROM b %s AND LEAST(b.received_on + 14, b.decided_on) <= ?
                ON CONFLICT DO NOTHING""".formatted(baseline, instruments), today);
        String followUpOn = "b.decided_on + 90 + " + hash("CAST(b.case_id AS text) || v.code || 'd'", 60);
        jdbc.update(base + """
                INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                    measured_on, source, recorded_by, recorded_at, total)
                SELECT CAST(md5(CAST(b.case_id AS text) || v.code || 'follow-up') AS uuid), b.case_id, v.code, 1,
                       'FOLLOW_UP', %s, 'STAFF', 'demo', CAST(%s AS timestamp) + interval '10 hours',
                       GREATEST(0, LEAST(v.top, %s - %s))
                FROM b %s AND %s <= ? AND LEAST(b.received_on + 14, b.decided_on) <= ?
                ON CONFLICT DO NOTHING""".formatted(followUpOn, followUpOn, baseline, improvement, instruments,
                followUpOn), today, today);
        // goal attainment: the latest rating of each agreed plan's goal, three months after the plan, better with
        // the same effects (reached from 7, partly from 4)
        String goalImprovement = improvement.replace("CAST(b.case_id AS text) || v.code || 'n'",
                "CAST(g.id AS text)");
        jdbc.update(base + """
                INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                    measured_on, source, recorded_by, recorded_at, total, goal_id)
                SELECT CAST(md5(CAST(g.id AS text) || 'goal') AS uuid), b.case_id, 'GOAL', 1, 'FOLLOW_UP',
                       p.plan_date + 90, 'STAFF', 'demo', CAST(p.plan_date + 90 AS timestamp) + interval '10 hours',
                       CASE WHEN %s >= 7 THEN 2 WHEN %s >= 4 THEN 1 ELSE 0 END, g.id
                FROM b
                JOIN casehandling.care_plans p ON p.case_id = b.case_id AND p.status = 'AGREED'
                JOIN casehandling.care_plan_goals g ON g.care_plan_id = p.id
                WHERE p.plan_date + 90 <= ?
                ON CONFLICT DO NOTHING""".formatted(goalImprovement, goalImprovement), today);
    }
}
