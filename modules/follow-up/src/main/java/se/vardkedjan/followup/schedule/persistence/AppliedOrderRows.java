package se.vardkedjan.followup.schedule.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The newest of case handling's events that scheduling has applied, per subject, in
 * {@code followup.applied_event_order} (followup-0792, ADR 0033): a publication handed over late (resubmitted minutes
 * after a node died) may reach the listener after a newer event about the same thing, and must not undo it. Call it in
 * the listener's transaction, after taking the case's lock ({@link ScheduleRows#lockCase}): the order recorded and the
 * schedule changed commit together, or neither does. Rows are never removed (followup-0793).
 */
@Repository
public class AppliedOrderRows {

    /** What an order is kept for, and by which id. */
    public enum Subject {
        /** A case's care plan, by the case's id: the agreed revision's number. */
        CARE_PLAN_REVISION,
        /** A SIP, by its id: the SIP's version after the change that set its follow-up date. */
        SIP_VERSION,
        /** An intervention, by its id, once it was closed: closing is final. */
        INTERVENTION_CLOSED,
        /** A case, by its id, once it was closed: closing is final. */
        CASE_CLOSED
    }

    private final JdbcClient jdbc;

    public AppliedOrderRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records {@code order} as applied for the subject when it is newer than what was applied before (or nothing was);
     * true then, and the caller applies the event. False when the same or a newer order was applied already: the
     * event is a late or second delivery, and changes nothing.
     */
    public boolean advance(Subject subject, UUID id, long order, Instant now) {
        return jdbc.sql("""
                        INSERT INTO followup.applied_event_order (subject_kind, subject_id, applied_order, applied_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (subject_kind, subject_id) DO UPDATE
                            SET applied_order = EXCLUDED.applied_order, applied_at = EXCLUDED.applied_at
                            WHERE followup.applied_event_order.applied_order < EXCLUDED.applied_order""")
                .params(subject.name(), id, order, Timestamp.from(now)).update() == 1;
    }

    /** Whether any order was applied for the subject (for a closing: whether it was closed). */
    public boolean applied(Subject subject, UUID id) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM followup.applied_event_order
                                       WHERE subject_kind = ? AND subject_id = ?)""")
                .params(subject.name(), id).query(Boolean.class).single();
    }
}
