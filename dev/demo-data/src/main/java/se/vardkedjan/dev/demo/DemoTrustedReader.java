package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The portal's choices in the demo (ADR 0028, slice 2): one BankID test person has given another reading access to
 * their plan and journal, so the walk-through shows a trusted adult choosing whose file to read and the client seeing
 * the adult's reads in "Vem har läst min journal". Deterministic (fixed persons and id), and added once: a second
 * generation into the same database, or a client who made other choices since, leaves it as it is.
 */
final class DemoTrustedReader {

    /** Erik Johansson, the client who trusts. */
    static final String CLIENT = "198506154577";
    /** Anna Andersson, the adult he trusts: she logs in with her own BankID and may read his plan and journal. */
    static final String TRUSTED = "199001012385";

    private static final UUID CHOICE = UUID.fromString("00000000-0000-4000-8000-0000000d0001");

    private DemoTrustedReader() {
    }

    /** Adds the trust when the client is registered and has made no choice yet; returns whether it was added. */
    static boolean add(JdbcTemplate jdbc, Instant now) {
        return jdbc.update("""
                INSERT INTO casehandling.client_choices (id, person_id, choice, trusted_number, sections,
                    made_by_subject, made_at)
                SELECT ?, p.id, 'TRUST', ?, ARRAY['JOURNAL', 'PLAN']::varchar[], 'demo-data', ?
                FROM casehandling.persons p
                WHERE p.identity_number = ?
                  AND NOT EXISTS (SELECT 1 FROM casehandling.client_choices c WHERE c.person_id = p.id)
                ON CONFLICT (id) DO NOTHING""", CHOICE, TRUSTED, Timestamp.from(now), CLIENT) == 1;
    }
}
