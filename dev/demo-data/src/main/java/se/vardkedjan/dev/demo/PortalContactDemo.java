package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What the portal's contact pages need in the demo (ADR 0028, slice 2): the first portal client (Anna Andersson) has a
 * message thread with her caseworker, the caseworker's answer not yet read by her; and the intake unit has one
 * application for help that came through the portal, from a client whose earlier cases there are closed, waiting for a
 * caseworker. Deterministic, and written once: a
 * second generation into the same database finds them and adds nothing.
 */
final class PortalContactDemo {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** The first of the BankID simulator's portal clients ({@link DemoMunicipality#PORTAL_CLIENTS}). */
    private static final String THREAD_CLIENT = "199001012385";
    /** The municipality's intake unit in the demo (the default of {@code vardkedjan.portal.intake-unit}). */
    private static final String INTAKE_UNIT = "nord-beroende";

    private final JdbcTemplate jdbc;
    private final DemoIds ids;
    private final LocalDate today;
    private final Instant now;

    PortalContactDemo(JdbcTemplate jdbc, DemoIds ids, LocalDate today, Instant now) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.today = today;
        this.now = now;
    }

    void write() {
        messageThread();
        application();
    }

    private void messageThread() {
        var cases = jdbc.queryForList("""
                SELECT c.id FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                WHERE p.identity_number = ? ORDER BY c.received_on DESC LIMIT 1""", UUID.class, THREAD_CLIENT);
        if (cases.isEmpty() || exists("SELECT count(*) FROM casehandling.case_messages WHERE case_id = ?",
                cases.getFirst())) {
            return;
        }
        var caseId = cases.getFirst();
        var asked = at(today.minusDays(3), 19, 12);
        var answered = at(today.minusDays(2), 9, 40);
        message(caseId, true, "portal-demo-anna-andersson", null, null,
                "Hej! Jag kan inte komma på mötet på torsdag, min dotter är sjuk. Kan vi ses nästa vecka i stället?",
                asked);
        message(caseId, false, "demo-handlaggare", "handlaggare", "Anna Lindqvist",
                "Hej Anna! Inga problem. Vi ses tisdag nästa vecka klockan 10 på Storgatan 5. Hör av dig om den tiden "
                        + "inte passar.", answered);
        jdbc.update("INSERT INTO casehandling.case_message_reads (case_id, side, read_until) VALUES (?, 'STAFF', ?) "
                + "ON CONFLICT DO NOTHING", caseId, Timestamp.from(answered));
        jdbc.update("INSERT INTO casehandling.case_message_reads (case_id, side, read_until) VALUES (?, 'CLIENT', ?) "
                + "ON CONFLICT DO NOTHING", caseId, Timestamp.from(asked));
    }

    /**
     * A client the unit knew before (their cases are closed) applies again through the portal: a new intake at the
     * intake unit without a responsible caseworker, as an application from the portal makes it.
     */
    private void application() {
        if (exists("""
                SELECT count(*) FROM casehandling.portal_applications a JOIN casehandling.cases c ON c.id = a.case_id
                WHERE c.unit_code = ?""", INTAKE_UNIT)) {
            return;
        }
        var persons = jdbc.queryForList("""
                SELECT p.id FROM casehandling.persons p
                WHERE p.protection = 'NONE' AND p.identity_kind = 'PERSONAL_NUMBER'
                  AND EXISTS (SELECT 1 FROM casehandling.cases c WHERE c.person_id = p.id AND c.unit_code = ?
                              AND c.status = 'CLOSED')
                  AND NOT EXISTS (SELECT 1 FROM casehandling.cases c WHERE c.person_id = p.id
                                  AND c.status <> 'CLOSED')
                ORDER BY p.identity_number LIMIT 1""", UUID.class, INTAKE_UNIT);
        if (persons.isEmpty()) {
            return;
        }
        var person = persons.getFirst();
        var caseId = ids.next();
        var received = today.minusDays(1);
        var submitted = at(received, 21, 5);
        var text = "Jag har börjat dricka mycket igen sedan jag blev av med jobbet och vill ha hjälp att sluta. Jag "
                + "vill helst träffa någon på dagtid.";
        jdbc.update("""
                INSERT INTO casehandling.cases (id, person_id, unit_code, registered_by, responsible, status,
                    intake_kind, received_on, description, lvm_report, registered_at, changed_at)
                VALUES (?, ?, ?, 'portal-demo-client', NULL, 'INTAKE', 'APPLICATION', ?, ?, false, ?, ?)""",
                caseId, person, INTAKE_UNIT, received, text + "\n\n— Ansökan via e-tjänsten. Den sökande kan nås på "
                        + "telefon 070-555 12 34.", Timestamp.from(submitted), Timestamp.from(submitted));
        jdbc.update("""
                INSERT INTO casehandling.portal_applications (id, case_id, person_id, text, phone, email, urgent,
                    submitted_by_subject, submitted_at)
                VALUES (?, ?, ?, ?, '070-555 12 34', NULL, false, 'portal-demo-client', ?)""",
                ids.next(), caseId, person, text, Timestamp.from(submitted));
    }

    private void message(UUID caseId, boolean fromClient, String subject, String username, String name, String text,
                         Instant at) {
        jdbc.update("""
                INSERT INTO casehandling.case_messages (id, case_id, from_client, author_subject, author_username,
                    author_name, text, written_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ids.next(), caseId, fromClient, subject, username, name, text,
                Timestamp.from(at));
    }

    private boolean exists(String sql, Object parameter) {
        var found = jdbc.queryForObject(sql, Integer.class, parameter);
        return found != null && found > 0;
    }

    /** The instant of a Swedish wall-clock time, never after now (the demo's clock). */
    private Instant at(LocalDate day, int hour, int minute) {
        var instant = day.atTime(hour, minute).atZone(STOCKHOLM).toInstant();
        return instant.isAfter(now) ? now : instant;
    }
}
