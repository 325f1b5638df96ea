package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The scheduled follow-ups of the generated case histories (ADR 0030), as follow-up's listeners would have scheduled
 * them had the histories been made through the facades (the generator writes the tables directly, so no event
 * fires): each goal of an agreed plan of an open case on its date, each granted intervention three months after its
 * start (cancelled on the day it ended, if it did), each SIP on its follow-up date. Then the demo caseworker
 * {@code handlaggare} is given one overdue follow-up and three within the next two weeks on their own open cases, by
 * moving goals' dates (the plan's and the follow-up's alike; only goals of plans dated before the earliest new date, so
 * a goal still comes after its plan), relative to the clock's today, so the start page and
 * "Uppföljningar att göra" show them after every start. Deterministic: the goals are chosen by id.
 */
final class DemoFollowUps {

    /** How far from today the demo caseworker's chosen goals are due: one overdue, three within two weeks. */
    private static final List<Integer> DEMO_CASEWORKER_DAYS = List.of(-3, 2, 6, 11);

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Instant now;

    DemoFollowUps(JdbcTemplate jdbc, LocalDate today, Instant now) {
        this.jdbc = jdbc;
        this.today = today;
        this.now = now;
    }

    void write() {
        var at = Timestamp.from(now);
        jdbc.update("""
                INSERT INTO followup.scheduled_follow_ups (id, case_id, unit_code, source_kind, source_id, care_plan_id,
                    due_on, status, scheduled_at)
                SELECT g.id, c.id, c.unit_code, 'GOAL', g.id, p.id, g.follow_up_on, 'DUE', ?
                FROM casehandling.care_plan_goals g
                JOIN casehandling.care_plans p ON p.id = g.care_plan_id AND p.status = 'AGREED'
                JOIN casehandling.cases c ON c.id = p.case_id AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')
                ON CONFLICT DO NOTHING""", at);
        jdbc.update("""
                INSERT INTO followup.scheduled_follow_ups (id, case_id, unit_code, source_kind, source_id,
                    intervention_type, due_on, status, cancel_reason, cancelled_on, cancelled_at, scheduled_at)
                SELECT i.id, c.id, c.unit_code, 'INTERVENTION', i.id, i.intervention_type,
                    CAST(i.starts_on + interval '3 months' AS date),
                    CASE WHEN i.closed_on IS NULL THEN 'DUE' ELSE 'CANCELLED' END,
                    CASE WHEN i.closed_on IS NULL THEN NULL ELSE 'INTERVENTION_CLOSED' END,
                    i.closed_on, CASE WHEN i.closed_on IS NULL THEN NULL ELSE CAST(? AS timestamptz) END, ?
                FROM casehandling.decided_interventions i
                JOIN casehandling.decisions d ON d.id = i.decision_id AND d.status = 'DECIDED'
                JOIN casehandling.cases c ON c.id = d.case_id AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')
                WHERE i.outcome IN ('GRANTED', 'PARTLY_GRANTED') AND i.starts_on IS NOT NULL
                ON CONFLICT DO NOTHING""", at, at);
        jdbc.update("""
                INSERT INTO followup.scheduled_follow_ups (id, case_id, unit_code, source_kind, source_id, due_on,
                    status, scheduled_at)
                SELECT s.id, c.id, c.unit_code, 'SIP', s.id, s.follow_up_on, 'DUE', ?
                FROM casehandling.coordinated_plans s
                JOIN casehandling.cases c ON c.id = s.case_id AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')
                WHERE s.follow_up_on IS NOT NULL AND s.status IN ('DRAFT', 'ACTIVE')
                ON CONFLICT DO NOTHING""", at);
        demoCaseworker();
    }

    /** One overdue and three soon due follow-ups on {@code handlaggare}'s own open cases of persons not protected. */
    private void demoCaseworker() {
        var goals = jdbc.queryForList("""
                SELECT f.source_id FROM followup.scheduled_follow_ups f
                JOIN casehandling.cases c ON c.id = f.case_id
                JOIN casehandling.persons p ON p.id = c.person_id
                JOIN casehandling.care_plans plan ON plan.id = f.care_plan_id
                WHERE c.responsible = 'handlaggare' AND p.protection = 'NONE' AND f.source_kind = 'GOAL'
                  AND f.status = 'DUE' AND plan.plan_date < ?
                ORDER BY f.source_id LIMIT ?""", UUID.class,
                Date.valueOf(today.plusDays(DEMO_CASEWORKER_DAYS.getFirst())), DEMO_CASEWORKER_DAYS.size());
        for (var i = 0; i < goals.size(); i++) {
            var due = Date.valueOf(today.plusDays(DEMO_CASEWORKER_DAYS.get(i)));
            jdbc.update("UPDATE casehandling.care_plan_goals SET follow_up_on = ? WHERE id = ?", due, goals.get(i));
            jdbc.update("UPDATE followup.scheduled_follow_ups SET due_on = ? WHERE source_kind = 'GOAL' "
                    + "AND source_id = ?", due, goals.get(i));
        }
    }
}
