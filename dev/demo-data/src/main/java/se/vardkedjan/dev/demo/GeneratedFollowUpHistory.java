package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Follow-up's history for generated data (issue 13, slice 2), by set-based SQL on what case handling and provider
 * contracts hold, so that it also runs on a national data folder generated before follow-up existed:
 * <ul>
 *   <li>the scheduled follow-ups of every agreed (or superseded) plan's goals and of every started granted
 *   intervention (three months after its start), as ADR 0030's listeners would have scheduled them: those of a case
 *   or intervention that ended before the date are cancelled on that day; of those past due, about 60 % were done on
 *   time, 20 % late, and the rest are overdue;</li>
 *   <li>measurements (ADR 0029): an ASI baseline per investigation, an AUDIT or DUDIT baseline per started granted
 *   intervention and a follow-up 90–180 days later (when that day has come), and a goal attainment per goal
 *   followed up. The follow-up's change differs plausibly by intervention type, provider (of the intervention's
 *   latest assignment) and district, so the outcome views have something to compare.</li>
 * </ul>
 * Everything is decided by hashing the ids (no random numbers): a second run adds nothing (follow-ups by their unique
 * source, measurements by their unique {@code source_key}; and when any generated measurement exists — its own keys, not the demo's single baselines — none is made).
 */
public final class GeneratedFollowUpHistory {

    /** What a run wrote. */
    public record Result(int followUps, int followUpsDone, int measurements) {
    }

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Timestamp now;

    public GeneratedFollowUpHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock);
        this.now = Timestamp.from(clock.instant());
    }

    public Result generate() {
        var todayDate = Date.valueOf(today);
        var followUps = followUps(todayDate);
        // Follow-ups a generator scheduled before (DemoFollowUps: open cases, all due) get the same history.
        var done = jdbc.update("""
                UPDATE followup.scheduled_follow_ups
                SET status = 'DONE',
                    done_on = CASE WHEN abs(hashtext(CAST(id AS text))) % 10 < 6
                                   THEN due_on - abs(hashtext(CAST(id AS text))) % 7
                                   ELSE LEAST(CAST(? AS date), due_on + 1 + abs(hashtext(CAST(id AS text))) % 45) END
                WHERE status = 'DUE' AND due_on < ? AND abs(hashtext(CAST(id AS text))) % 10 < 8""",
                todayDate, todayDate);
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM followup.measurements WHERE source_key LIKE 'demo:asi:%' "
                        + "OR source_key LIKE 'demo:baseline:%')", Boolean.class))) {
            return new Result(followUps, done, 0);
        }
        var measurements = asiBaselines() + substanceScales(todayDate) + goalAttainment();
        return new Result(followUps, done, measurements);
    }

    private int followUps(Date todayDate) {
        var goals = jdbc.update("""
                INSERT INTO followup.scheduled_follow_ups (id, case_id, unit_code, source_kind, source_id, care_plan_id,
                    due_on, status, cancel_reason, cancelled_on, cancelled_at, done_on, scheduled_at)
                SELECT g.id, c.id, c.unit_code, 'GOAL', g.id, p.id, g.follow_up_on, s.status,
                       CASE WHEN s.status = 'CANCELLED' THEN 'CASE_CLOSED' END,
                       CASE WHEN s.status = 'CANCELLED' THEN c.closed_on END,
                       CASE WHEN s.status = 'CANCELLED' THEN CAST(c.closed_on AS timestamptz) END,
                       CASE WHEN s.status = 'DONE' THEN s.done_on END, ?
                FROM casehandling.care_plan_goals g
                JOIN casehandling.care_plans p ON p.id = g.care_plan_id AND p.status IN ('AGREED', 'SUPERSEDED')
                JOIN casehandling.cases c ON c.id = p.case_id
                CROSS JOIN LATERAL (SELECT abs(hashtext(CAST(g.id AS text))) % 10 AS h) x
                CROSS JOIN LATERAL (SELECT
                    CASE WHEN c.closed_on IS NOT NULL AND c.closed_on < g.follow_up_on THEN 'CANCELLED'
                         WHEN g.follow_up_on < ? AND x.h < 8 THEN 'DONE' ELSE 'DUE' END AS status,
                    CASE WHEN x.h < 6 THEN g.follow_up_on - x.h
                         ELSE LEAST(CAST(? AS date), g.follow_up_on + 1 + x.h * 5) END AS done_on) s
                ON CONFLICT DO NOTHING""", now, todayDate, todayDate);
        var interventions = jdbc.update("""
                INSERT INTO followup.scheduled_follow_ups (id, case_id, unit_code, source_kind, source_id,
                    intervention_type, due_on, status, cancel_reason, cancelled_on, cancelled_at, done_on,
                    scheduled_at)
                SELECT i.id, c.id, c.unit_code, 'INTERVENTION', i.id, i.intervention_type, s.due_on, s.status,
                       CASE WHEN s.status = 'CANCELLED' THEN 'INTERVENTION_CLOSED' END,
                       CASE WHEN s.status = 'CANCELLED' THEN i.closed_on END,
                       CASE WHEN s.status = 'CANCELLED' THEN CAST(i.closed_on AS timestamptz) END,
                       CASE WHEN s.status = 'DONE' THEN
                           CASE WHEN x.h < 6 THEN s.due_on - x.h ELSE LEAST(CAST(? AS date), s.due_on + 1 + x.h * 5) END
                       END, ?
                FROM casehandling.decided_interventions i
                JOIN casehandling.decisions d ON d.id = i.decision_id AND d.status = 'DECIDED'
                JOIN casehandling.cases c ON c.id = d.case_id
                CROSS JOIN LATERAL (SELECT abs(hashtext(CAST(i.id AS text))) % 10 AS h,
                                           CAST(i.starts_on + interval '3 months' AS date) AS due_on) x
                CROSS JOIN LATERAL (SELECT x.due_on,
                    CASE WHEN i.closed_on IS NOT NULL AND i.closed_on < x.due_on THEN 'CANCELLED'
                         WHEN x.due_on < ? AND x.h < 8 THEN 'DONE' ELSE 'DUE' END AS status) s
                WHERE i.outcome IN ('GRANTED', 'PARTLY_GRANTED') AND i.starts_on IS NOT NULL
                ON CONFLICT DO NOTHING""", todayDate, now, todayDate);
        return goals + interventions;
    }

    /** The ASI interview at every investigation, the baseline of the case (0–63: seven areas' severity 0–9). */
    private int asiBaselines() {
        return jdbc.update("""
                INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                    measured_on, source, recorded_by, recorded_at, total, source_key)
                SELECT CAST(md5('demo:asi:' || v.id) AS uuid), v.case_id, 'ASI', 1, 'BASELINE',
                       coalesce(v.started_on, c.received_on), 'STAFF', 'demo', ?,
                       12 + abs(hashtext(CAST(v.id AS text))) % 40, 'demo:asi:' || v.id
                FROM casehandling.investigations v
                JOIN casehandling.cases c ON c.id = v.case_id
                ON CONFLICT DO NOTHING""", now);
    }

    /**
     * AUDIT (alcohol) or DUDIT (drugs) at the start of every started granted intervention, and again 90–180 days
     * later when that day has come. The change (points fewer at the follow-up) depends on the intervention's type
     * (residential care most), its provider (-2…+2 by the provider's id), the district (-1…+1) and noise (-2…+2).
     */
    private int substanceScales(Date todayDate) {
        return jdbc.update("""
                WITH base AS (
                    SELECT i.id, c.id AS case_id, p.sex, i.starts_on,
                           CAST(extract(year FROM age(i.starts_on, p.birth_date)) AS int) AS age,
                           CASE WHEN abs(hashtext(CAST(i.id AS text))) % 2 = 0 THEN 'AUDIT' ELSE 'DUDIT' END AS code,
                           abs(hashtext(CAST(i.id AS text) || 'b')) AS h,
                           CASE i.intervention_type WHEN 'RESIDENTIAL' THEN 7 WHEN 'OUTPATIENT' THEN 5
                                WHEN 'SUPPORTED_HOUSING' THEN 4 ELSE 2 END
                             + coalesce(abs(hashtext(CAST(a.provider_id AS text))) % 5 - 2, 0)
                             + abs(hashtext(u.district_code)) % 3 - 1 AS effect
                    FROM casehandling.decided_interventions i
                    JOIN casehandling.decisions d ON d.id = i.decision_id AND d.status = 'DECIDED'
                    JOIN casehandling.cases c ON c.id = d.case_id
                    JOIN casehandling.persons p ON p.id = c.person_id
                    JOIN organisation.units u ON u.code = c.unit_code
                    LEFT JOIN (SELECT DISTINCT ON (intervention_id) intervention_id, provider_id
                               FROM providercontracts.assignments
                               ORDER BY intervention_id, sent_at DESC NULLS LAST, id) a ON a.intervention_id = i.id
                    WHERE i.outcome IN ('GRANTED', 'PARTLY_GRANTED') AND i.starts_on IS NOT NULL AND i.starts_on <= ?
                ), occasions AS (
                    SELECT b.*, 'BASELINE' AS occasion, b.starts_on AS measured_on,
                           CASE b.code WHEN 'AUDIT' THEN 8 + b.h % 25 ELSE 6 + b.h % 30 END AS total
                    FROM base b
                    UNION ALL
                    SELECT b.*, 'FOLLOW_UP', b.starts_on + 90 + b.h % 91,
                           GREATEST(0, CASE b.code WHEN 'AUDIT' THEN 8 + b.h % 25 ELSE 6 + b.h % 30 END
                                       - b.effect - (b.h / 7) % 5 + 2)
                    FROM base b WHERE b.starts_on + 90 + b.h % 91 <= ?
                ), scored AS (
                    SELECT o.*, CASE WHEN o.code = 'AUDIT' AND o.age >= 65 THEN 7
                                     WHEN o.code = 'AUDIT' AND o.sex = 'MALE' THEN 8
                                     WHEN o.code = 'AUDIT' AND o.sex = 'FEMALE' THEN 6
                                     WHEN o.code = 'DUDIT' AND o.sex = 'MALE' THEN 6
                                     WHEN o.code = 'DUDIT' AND o.sex = 'FEMALE' THEN 2 END AS cut_off
                    FROM occasions o
                )
                INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                    measured_on, source, recorded_by, recorded_at, total, band, over_cut_off, cut_off, source_key)
                SELECT CAST(md5('demo:' || s.occasion || ':' || s.id) AS uuid), s.case_id, s.code, 1, s.occasion,
                       s.measured_on, CASE WHEN s.h % 3 = 0 THEN 'CLIENT_SELF' ELSE 'STAFF' END, 'demo', ?, s.total,
                       CASE WHEN s.code = 'AUDIT' THEN CASE WHEN s.total <= 7 THEN 'LOW' WHEN s.total <= 15 THEN 'RISKY'
                                                            WHEN s.total <= 20 THEN 'HARMFUL' ELSE 'DEPENDENCE' END
                            ELSE CASE WHEN s.total <= 24 THEN 'BELOW_HEAVY' ELSE 'HEAVY_DEPENDENCE' END END,
                       CASE WHEN s.cut_off IS NOT NULL THEN s.total >= s.cut_off END, s.cut_off,
                       'demo:' || lower(s.occasion) || ':' || s.id
                FROM scored s
                ON CONFLICT DO NOTHING""", todayDate, todayDate, now);
    }

    /** A goal attainment (0 not reached, 1 partly, 2 reached) on the day every goal was followed up. */
    private int goalAttainment() {
        return jdbc.update("""
                INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                    measured_on, source, recorded_by, recorded_at, total, band, follow_up_id, goal_id, source_key)
                SELECT CAST(md5('demo:goal:' || f.id) AS uuid), f.case_id, 'GOAL', 1, 'FOLLOW_UP', f.done_on, 'STAFF',
                       'demo', ?, t.total,
                       CASE t.total WHEN 0 THEN 'NOT_REACHED' WHEN 1 THEN 'PARTLY' ELSE 'REACHED' END,
                       NULL, f.source_id, 'demo:goal:' || f.id
                FROM followup.scheduled_follow_ups f
                JOIN organisation.units u ON u.code = f.unit_code
                CROSS JOIN LATERAL (SELECT CASE
                    WHEN abs(hashtext(CAST(f.id AS text) || 'g')) % 100 < 25 + 10 * (abs(hashtext(u.district_code)) % 3)
                        THEN 2
                    WHEN abs(hashtext(CAST(f.id AS text) || 'g')) % 100 < 70 THEN 1 ELSE 0 END AS total) t
                WHERE f.source_kind = 'GOAL' AND f.status = 'DONE'
                ON CONFLICT DO NOTHING""", now);
    }
}
