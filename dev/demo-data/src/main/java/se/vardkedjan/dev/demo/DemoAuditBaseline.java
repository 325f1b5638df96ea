package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An AUDIT baseline for the portal's demo client Erik Johansson (the BankID simulator's person with a case handled by
 * {@code handlaggare}), so that a follow-up recorded on his case's Uppföljning tab (or the AUDIT he answers in the
 * portal) shows a change from it (ADR 0029, ADR 0030's amendment). Written as follow-up's {@code Measurements} would
 * have: the answers with each item's score, and the product's scores for a man of his age — 3+2+2+2+1+0+1+0 = 11,
 * item 9 = 2, item 10 = 4: 17 points, "Skadligt bruk", over the cut-off of 8 for men. Taken 60 days before today.
 * Once only (its source key), whatever how often the generator runs.
 */
final class DemoAuditBaseline {

    static final String CLIENT = "198506154577";
    private static final String SOURCE_KEY = "demo:audit-baseline:" + CLIENT;
    private static final Map<String, Integer> ANSWERS = answers();

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Instant now;

    DemoAuditBaseline(JdbcTemplate jdbc, LocalDate today, Instant now) {
        this.jdbc = jdbc;
        this.today = today;
        this.now = now;
    }

    private static Map<String, Integer> answers() {
        var answers = new LinkedHashMap<String, Integer>();
        int[] scores = {3, 2, 2, 2, 1, 0, 1, 0, 2, 4};
        for (int i = 0; i < scores.length; i++) {
            answers.put("Q" + (i + 1), scores[i]);
        }
        return answers;
    }

    void write() {
        var caseIds = jdbc.queryForList("""
                SELECT c.id FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                WHERE p.identity_number = ? ORDER BY c.received_on, c.id LIMIT 1""", UUID.class, CLIENT);
        if (caseIds.isEmpty()) {
            return;
        }
        var id = UUID.nameUUIDFromBytes(SOURCE_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var total = ANSWERS.values().stream().mapToInt(Integer::intValue).sum();
        var inserted = jdbc.update("""
                INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                    measured_on, source, recorded_by, recorded_at, total, band, over_cut_off, cut_off, source_key)
                VALUES (?, ?, 'AUDIT', 1, 'BASELINE', ?, 'STAFF', 'handlaggare', ?, ?, 'HARMFUL', true, 8, ?)
                ON CONFLICT (source_key) DO NOTHING""", id, caseIds.getFirst(), Date.valueOf(today.minusDays(60)),
                Timestamp.from(now), total, SOURCE_KEY);
        if (inserted == 1) {
            ANSWERS.forEach((item, score) -> jdbc.update("""
                    INSERT INTO followup.measurement_answers (measurement_id, item_code, answer, score)
                    VALUES (?, ?, ?, ?)""", id, item, "A" + score, score));
        }
    }
}
