package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.LegalBasis;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseReference;
import se.vardkedjan.casehandling.domain.DecidedIntervention;
import se.vardkedjan.casehandling.domain.Decision;
import se.vardkedjan.casehandling.readmodel.ProposalToApprove;
import se.vardkedjan.organisation.LegalReference;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Decisions in {@code casehandling.decisions} with their decided interventions, saved under the decision's version. */
@Repository
public class DecisionRows {

    /** A proposal waiting for approval, with what the access log needs about its case. */
    public record Waiting(ProposalToApprove proposal, CaseReference reference) {
    }

    private final JdbcClient jdbc;

    public DecisionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Decision> find(DecisionId id) {
        return jdbc.sql("SELECT * FROM casehandling.decisions WHERE id = ?").param(id.value()).query(this::map)
                .optional();
    }

    /** The decision an intervention belongs to. */
    public Optional<DecisionId> decisionOf(InterventionId intervention) {
        return jdbc.sql("SELECT decision_id FROM casehandling.decided_interventions WHERE id = ?")
                .param(intervention.value()).query(UUID.class).optional().map(DecisionId::new);
    }

    public List<Decision> ofCase(CaseId caseId) {
        return jdbc.sql("SELECT * FROM casehandling.decisions WHERE case_id = ? ORDER BY created_at, id")
                .param(caseId.value()).query(this::map).list();
    }

    /**
     * Writes a new decision with its interventions. The row is written as a proposal and gets its status after its
     * interventions: the database refuses to add an intervention to a decision once it is decided (ADR 0014).
     */
    public void insert(Decision d) {
        jdbc.sql("""
                        INSERT INTO casehandling.decisions (id, case_id, status, proposed_on, proposed_by, decided_on,
                            decided_by, delegation_level, informed_by, informed_on, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(d.id().value(), d.caseId().value(), DecisionStatus.PROPOSED.name(), d.proposedOn(),
                        d.proposedBy(), d.decidedOn(), d.decidedBy(), d.delegationLevel(),
                        d.informedBy() == null ? null : d.informedBy().name(), d.informedOn())
                .update();
        var position = 0;
        for (var item : d.items()) {
            jdbc.sql("""
                            INSERT INTO casehandling.decided_interventions (id, decision_id, position,
                                intervention_type, outcome, scope, starts_on, planned_end, legal_reference_code,
                                reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(item.id().value(), d.id().value(), position++, item.type().name(),
                            item.outcome().name(), item.scope(), item.startsOn(), item.plannedEnd(),
                            item.legalReference() == null ? null : item.legalReference().code(), item.reasons())
                    .update();
        }
        if (d.status() != DecisionStatus.PROPOSED) {
            jdbc.sql("UPDATE casehandling.decisions SET status = ? WHERE id = ?")
                    .params(d.status().name(), d.id().value()).update();
        }
    }

    /** Saves status, approval, return and closures; refuses when someone else saved the decision meanwhile. */
    public void update(Decision d) {
        var rows = jdbc.sql("""
                        UPDATE casehandling.decisions SET status = ?, decided_on = ?, decided_by = ?, informed_by = ?,
                            informed_on = ?, return_comment = ?, returned_by = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(d.status().name(), d.decidedOn(), d.decidedBy(),
                        d.informedBy() == null ? null : d.informedBy().name(), d.informedOn(), d.returnComment(),
                        d.returnedBy(), d.id().value(), d.version())
                .update();
        if (rows != 1) {
            throw new ConcurrentChange("decision", d.id());
        }
        for (var item : d.items()) {
            jdbc.sql("UPDATE casehandling.decided_interventions SET closed_on = ?, closure_reason = ?, "
                            + "closure_outcome = ?, closed_by = ? WHERE id = ?")
                    .params(item.closedOn(), item.closureReason() == null ? null : item.closureReason().name(),
                            item.closureOutcome(), item.closedBy(), item.id().value())
                    .update();
        }
    }

    /**
     * Proposals in the given units that the user may see (protected cases only where the user, by the Keycloak
     * subject, is named).
     */
    public List<Waiting> awaitingApproval(Set<UnitCode> units, String subject) {
        return jdbc.sql("""
                        SELECT d.id, d.case_id, d.version, d.proposed_on, d.proposed_by,
                               coalesce(s.display_name, d.proposed_by) AS proposed_by_name, c.person_id, c.unit_code,
                               p.protection,
                               array(SELECT i.intervention_type FROM casehandling.decided_interventions i
                                     WHERE i.decision_id = d.id ORDER BY i.position) AS types
                        FROM casehandling.decisions d
                        JOIN casehandling.cases c ON c.id = d.case_id
                        JOIN casehandling.persons p ON p.id = c.person_id
                        LEFT JOIN organisation.staff_members s ON s.username = d.proposed_by
                        WHERE d.status = 'PROPOSED' AND c.unit_code = ANY(?)
                          AND""" + CaseRows.SEEN_BY_SUBJECT + """

                        ORDER BY d.proposed_on, d.id LIMIT 200""")
                .params(units.stream().map(UnitCode::value).toArray(String[]::new), subject)
                .query((rs, row) -> {
                    var caseId = new CaseId(rs.getObject("case_id", UUID.class));
                    var types = Arrays.stream((String[]) rs.getArray("types").getArray())
                            .map(InterventionType::valueOf).toList();
                    return new Waiting(new ProposalToApprove(new DecisionId(rs.getObject("id", UUID.class)), caseId,
                            rs.getLong("version"), rs.getObject("proposed_on", LocalDate.class),
                            rs.getString("proposed_by"), rs.getString("proposed_by_name"), types),
                            new CaseReference(caseId, new PersonId(rs.getObject("person_id", UUID.class)),
                                    new UnitCode(rs.getString("unit_code")),
                                    CaseRows.protectedIdentity(rs)));
                }).list();
    }

    private Decision map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var items = jdbc.sql("""
                        SELECT i.*, r.code, r.law, r.chapter, r.section, r.title, r.valid_from, r.valid_to
                        FROM casehandling.decided_interventions i
                        LEFT JOIN organisation.legal_references r ON r.code = i.legal_reference_code
                        WHERE i.decision_id = ? ORDER BY i.position""")
                .param(id)
                .query((r, n) -> {
                    var reason = r.getString("closure_reason");
                    return DecidedIntervention.restore(new InterventionId(r.getObject("id", UUID.class)),
                            InterventionType.valueOf(r.getString("intervention_type")),
                            DecisionOutcome.valueOf(r.getString("outcome")), r.getString("scope"),
                            r.getObject("starts_on", LocalDate.class), r.getObject("planned_end", LocalDate.class),
                            r.getString("code") == null ? null : legalBasis(r), r.getString("reasons"),
                            r.getObject("closed_on", LocalDate.class),
                            reason == null ? null : ClosureReason.valueOf(reason), r.getString("closure_outcome"),
                            r.getString("closed_by"));
                }).list();
        var informedBy = rs.getString("informed_by");
        return Decision.restore(new DecisionId(id), new CaseId(rs.getObject("case_id", UUID.class)),
                DecisionStatus.valueOf(rs.getString("status")), rs.getObject("proposed_on", LocalDate.class),
                rs.getString("proposed_by"), rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                rs.getString("delegation_level"),
                informedBy == null ? null : CommunicationChannel.valueOf(informedBy),
                rs.getObject("informed_on", LocalDate.class), rs.getString("return_comment"),
                rs.getString("returned_by"), items, rs.getLong("version"));
    }

    /**
     * The legal basis an intervention cites, from the organisation's table of legal references (ADR 0020: read here
     * with the decision, as the organisation keeps it; an entry is never removed, only retired).
     */
    private static LegalBasis legalBasis(ResultSet r) throws SQLException {
        return LegalBasis.of(new LegalReference(r.getString("code"), r.getString("law"), r.getString("chapter"),
                r.getString("section"), r.getString("title"), r.getObject("valid_from", LocalDate.class),
                r.getObject("valid_to", LocalDate.class)));
    }
}
