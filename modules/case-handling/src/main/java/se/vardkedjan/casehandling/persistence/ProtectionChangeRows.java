package se.vardkedjan.casehandling.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.ProtectionProposalId;
import se.vardkedjan.casehandling.domain.ProtectionProposal;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes of persons' protection: proposals waiting for a second person ({@code casehandling.protection_proposals},
 * decided once) and the append-only history of every act ({@code protection_history}).
 */
@Repository
public class ProtectionChangeRows {

    private final JdbcClient jdbc;

    public ProtectionChangeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an act to the person's protection history. */
    public void record(PersonId person, ProtectionProposalId proposal, String action, ProtectionLevel from,
                       ProtectionLevel to, String reason, Actor by, Instant at) {
        jdbc.sql("""
                        INSERT INTO casehandling.protection_history (person_id, proposal_id, action, from_level,
                            to_level, reason, by_subject, by_username, occurred_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(person.value(), proposal == null ? null : proposal.value(), action,
                        from == null ? null : from.name(), to.name(), reason, by.subject(), by.username(),
                        Timestamp.from(at))
                .update();
    }

    /** Stores a new proposal; refuses a second one for a person who already has one pending. */
    public void insert(ProtectionProposal proposal) {
        try {
            jdbc.sql("""
                            INSERT INTO casehandling.protection_proposals (id, person_id, from_level, to_level, reason,
                                proposed_by_subject, proposed_by_username, proposed_at, status)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
                    .params(proposal.id().value(), proposal.personId().value(), proposal.from().name(),
                            proposal.to().name(), proposal.reason(), proposal.proposedBySubject(),
                            proposal.proposedByUsername(), Timestamp.from(proposal.proposedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("casehandling.protected.error.proposal-pending");
        }
    }

    /** Saves the decision of a pending proposal; refuses when someone else decided it first. */
    public void decide(ProtectionProposal proposal) {
        var rows = jdbc.sql("""
                        UPDATE casehandling.protection_proposals SET status = ?, decided_by_subject = ?,
                            decided_by_username = ?, decided_at = ?, decision_reason = ?
                        WHERE id = ? AND status = 'PENDING'""")
                .params(proposal.status().name(), proposal.decidedBySubject(), proposal.decidedByUsername(),
                        Timestamp.from(proposal.decidedAt()), proposal.decisionReason(), proposal.id().value())
                .update();
        if (rows != 1) {
            throw new RuleViolation("casehandling.protected.error.already-decided");
        }
    }

    public Optional<ProtectionProposal> find(ProtectionProposalId id) {
        return jdbc.sql("SELECT * FROM casehandling.protection_proposals WHERE id = ?").param(id.value())
                .query(ProtectionChangeRows::map).optional();
    }

    public Optional<ProtectionProposal> pendingFor(PersonId person) {
        return jdbc.sql("SELECT * FROM casehandling.protection_proposals WHERE person_id = ? AND status = 'PENDING'")
                .param(person.value()).query(ProtectionChangeRows::map).optional();
    }

    /**
     * Pending proposals, oldest first: for every person, or (with units) only for persons with a case in those units.
     */
    public List<ProtectionProposal> pending(Collection<UnitCode> units, int limit) {
        if (units == null) {
            return jdbc.sql("""
                            SELECT * FROM casehandling.protection_proposals WHERE status = 'PENDING'
                            ORDER BY proposed_at, id LIMIT ?""")
                    .param(limit).query(ProtectionChangeRows::map).list();
        }
        return jdbc.sql("""
                        SELECT * FROM casehandling.protection_proposals pp WHERE pp.status = 'PENDING'
                          AND EXISTS (SELECT 1 FROM casehandling.cases c
                                      WHERE c.person_id = pp.person_id AND c.unit_code = ANY(?))
                        ORDER BY pp.proposed_at, pp.id LIMIT ?""")
                .params(units.stream().map(UnitCode::value).toArray(String[]::new), limit)
                .query(ProtectionChangeRows::map).list();
    }

    /** The history's acts on a person, oldest first, as {@code action from to by}: for tests and review. */
    public List<String> history(PersonId person) {
        return jdbc.sql("""
                        SELECT action || ' ' || coalesce(from_level, '-') || ' ' || to_level || ' ' || by_username
                        FROM casehandling.protection_history WHERE person_id = ? ORDER BY id""")
                .param(person.value()).query(String.class).list();
    }

    private static ProtectionProposal map(ResultSet rs, int row) throws SQLException {
        var decidedAt = rs.getTimestamp("decided_at");
        return ProtectionProposal.restore(new ProtectionProposalId(rs.getObject("id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                ProtectionLevel.valueOf(rs.getString("from_level")), ProtectionLevel.valueOf(rs.getString("to_level")),
                rs.getString("reason"), rs.getString("proposed_by_subject"), rs.getString("proposed_by_username"),
                rs.getTimestamp("proposed_at").toInstant(),
                ProtectionProposal.Status.valueOf(rs.getString("status")), rs.getString("decided_by_subject"),
                rs.getString("decided_by_username"), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_reason"));
    }
}
