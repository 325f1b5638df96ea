package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The client's applications for help from the portal (ADR 0028), in {@code casehandling.portal_applications},
 * append-only (casehandling-1365): rows are only ever inserted here.
 */
@Repository
public class ApplicationRows {

    /** An application as stored, with its case's unit and whether a caseworker has taken it. */
    public record ApplicationRow(Instant submittedAt, String text, boolean urgent, UnitCode unit, boolean taken) {
    }

    private final JdbcClient jdbc;

    public ApplicationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CaseId caseId, PersonId person, String text, String phone, String email, boolean urgent,
                       String subject, Instant at) {
        jdbc.sql("""
                        INSERT INTO casehandling.portal_applications (id, case_id, person_id, text, phone, email, urgent,
                            submitted_by_subject, submitted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId.value(), person.value(), text, phone, email, urgent, subject,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** The person's applications from the portal, newest first. */
    public List<ApplicationRow> ofPerson(PersonId person) {
        return jdbc.sql("""
                        SELECT a.submitted_at, a.text, a.urgent, c.unit_code,
                               (c.responsible IS NOT NULL OR c.status <> 'INTAKE') AS taken
                        FROM casehandling.portal_applications a JOIN casehandling.cases c ON c.id = a.case_id
                        WHERE a.person_id = ? ORDER BY a.submitted_at DESC, a.id""")
                .param(person.value())
                .query((rs, row) -> new ApplicationRow(rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getString("text"), rs.getBoolean("urgent"), new UnitCode(rs.getString("unit_code")),
                        rs.getBoolean("taken")))
                .list();
    }
}
