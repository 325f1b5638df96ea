package se.vardkedjan.accesslog.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.accesslog.SecurityEventLine;
import se.vardkedjan.accesslog.SecurityEventQuery;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The append-only security events in table {@code accesslog.security_events}. */
@Repository
public class SecurityEventRows {

    /** Refusals of one user within ten minutes (this one included) from which each is flagged. */
    public static final int MANY_REFUSALS_THRESHOLD = 5;

    private final JdbcClient jdbc;

    public SecurityEventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant occurredAt, SecurityEvent event) {
        var actor = event.actor();
        var target = event.target();
        jdbc.sql("""
                        INSERT INTO accesslog.security_events (occurred_at, actor_subject, actor_username,
                            actor_units, attempt, operation, target_kind, target_id, target_unit, reason)
                        VALUES (?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(occurredAt), actor.subject(), actor.username(),
                        actor.units().stream().map(UnitCode::value).sorted().toArray(String[]::new),
                        event.attempt().name(), event.operation(), target == null ? null : target.kind(),
                        target == null ? null : target.id(),
                        target == null || target.unit() == null ? null : target.unit().value(), event.reason().name())
                .update();
    }

    /**
     * A page of events, newest first, that concern the given units: aimed at a record of one of them, or by a user
     * who belonged to one of them at the time.
     */
    public List<SecurityEventLine> search(SecurityEventQuery query, Set<UnitCode> units, int offset, int limit) {
        var sql = new StringBuilder("""
                SELECT e.*,
                       (SELECT count(*) FROM accesslog.security_events o
                        WHERE o.actor_subject = e.actor_subject
                          AND o.occurred_at BETWEEN e.occurred_at - interval '10 minutes' AND e.occurred_at)
                           AS refusals_nearby
                FROM accesslog.security_events e""");
        var params = new ArrayList<Object>();
        where(sql, params, query, units);
        sql.append(" ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(SecurityEventRows::map).list();
    }

    public int count(SecurityEventQuery query, Set<UnitCode> units) {
        var sql = new StringBuilder("SELECT count(*) FROM accesslog.security_events e");
        var params = new ArrayList<Object>();
        where(sql, params, query, units);
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    private static void where(StringBuilder sql, List<Object> params, SecurityEventQuery query, Set<UnitCode> units) {
        var codes = units.stream().map(UnitCode::value).toArray(String[]::new);
        sql.append(" WHERE (e.target_unit = ANY(?) OR e.actor_units && ?::varchar[])");
        params.add(codes);
        params.add(codes);
        if (query.username() != null) {
            sql.append(" AND e.actor_username = ?");
            params.add(query.username());
        }
        if (query.from() != null) {
            sql.append(" AND e.occurred_at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND e.occurred_at <= ?");
            params.add(Timestamp.from(query.to()));
        }
    }

    private static SecurityEventLine map(ResultSet rs, int row) throws SQLException {
        var targetUnit = rs.getString("target_unit");
        return new SecurityEventLine(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_username"), null, SecurityEvent.Attempt.valueOf(rs.getString("attempt")),
                rs.getString("operation"), rs.getString("target_kind"), rs.getString("target_id"),
                targetUnit == null ? null : new UnitCode(targetUnit), null,
                SecurityEvent.Reason.valueOf(rs.getString("reason")),
                rs.getInt("refusals_nearby") >= MANY_REFUSALS_THRESHOLD);
    }
}
