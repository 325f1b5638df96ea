package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A self-assessment waiting in the portal in the demo (ADR 0029, slice 2): Erik Johansson's caseworker has sent him a
 * DUDIT to fill in, so the walk-through shows "Du har en självskattning att fylla i" on his start page and the
 * questions one at a time at {@code portal/skattningar}. Deterministic (a fixed id), and added once: a second
 * generation into the same database leaves it as it is.
 */
final class DemoSelfAssessment {

    private static final UUID QUESTIONNAIRE = UUID.fromString("00000000-0000-4000-8000-0000000e0001");

    private DemoSelfAssessment() {
    }

    /** Sends the DUDIT to the newest case of the client when he is registered; returns whether it was added. */
    static boolean add(JdbcTemplate jdbc, Instant now) {
        return jdbc.update("""
                INSERT INTO followup.questionnaires (id, case_id, instrument_code, instrument_version, sent_by,
                    sent_at, status)
                SELECT ?, c.id, 'DUDIT', 1, 'handlaggare', ?, 'SENT'
                FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                WHERE p.identity_number = ?
                ORDER BY c.status = 'CLOSED', c.received_on DESC
                LIMIT 1
                ON CONFLICT (id) DO NOTHING""", QUESTIONNAIRE, Timestamp.from(now.minus(Duration.ofDays(1))),
                DemoTrustedReader.CLIENT) == 1;
    }
}
