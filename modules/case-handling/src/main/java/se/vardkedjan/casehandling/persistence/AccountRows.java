package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The account register in {@code casehandling.accounts}: who has signed in, by username, bound to the Keycloak subject
 * of their first sign-in, with the roles and units of their latest sign-in.
 */
@Repository
public class AccountRows {

    /** What a sign-in did to the register. */
    public enum SignIn {
        /** The username's first sign-in: it is now bound to this subject. */
        FIRST,
        /** The username signed in again with the subject it is bound to. */
        AGAIN,
        /** The username is bound to another subject: nothing was recorded. */
        OTHER_SUBJECT
    }

    private final JdbcClient jdbc;

    public AccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a sign-in; the username is bound to the subject of its first sign-in and never rebound. */
    public SignIn record(Actor actor, Instant at) {
        var roles = actor.roles().stream().sorted().toArray(String[]::new);
        var units = actor.units().stream().map(UnitCode::value).sorted().toArray(String[]::new);
        var time = Timestamp.from(at);
        var inserted = jdbc.sql("""
                        INSERT INTO casehandling.accounts (username, subject, roles, units, first_signed_in_at,
                            last_signed_in_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING""")
                .params(actor.username(), actor.subject(), roles, units, time, time).update();
        if (inserted == 1) {
            return SignIn.FIRST;
        }
        var updated = jdbc.sql("""
                        UPDATE casehandling.accounts SET roles = ?, units = ?,
                            last_signed_in_at = greatest(last_signed_in_at, ?)
                        WHERE username = ? AND subject = ?""")
                .params(roles, units, time, actor.username(), actor.subject()).update();
        return updated == 1 ? SignIn.AGAIN : SignIn.OTHER_SUBJECT;
    }

    /** The subject a username is bound to; empty when it has never signed in. */
    public Optional<String> subjectOf(String username) {
        return jdbc.sql("SELECT subject FROM casehandling.accounts WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    /**
     * The names of the accounts whose latest sign-in carried the role and one of the units, as the organisation
     * register names them (their username when it has no name for them), without the given subject; sorted.
     */
    public List<String> namesWithRoleIn(String role, Set<UnitCode> units, String exceptSubject) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT coalesce(s.display_name, a.username) AS name FROM casehandling.accounts a
                        LEFT JOIN organisation.staff_members s ON s.username = a.username
                        WHERE ? = ANY(a.roles) AND a.units && ? AND a.subject <> ?
                          AND coalesce(s.active, true)
                        ORDER BY 1 LIMIT 10""")
                .params(role, units.stream().map(UnitCode::value).toArray(String[]::new), exceptSubject)
                .query(String.class).list();
    }
}
