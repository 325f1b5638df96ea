package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo municipality's facts for Öppna jämförelser's further indicators (issue 13, slice 3): for the cases with a
 * decision, the caseworker's record of telling the client of the right to a SIP and of the right to read their file
 * (a share that differs by district, from about a third to three quarters), dated between the intake and the first
 * decision; and, where the citizen portal's table exists, "Jag har läst detta" on the same two information pages for
 * about one client in six. The investigations' children and relatives and the SIPs come with the case histories; the
 * explicit answers on children and relatives (issue 13, slice 4) are here: a completed investigation has them for a
 * share that differs by district (about 55–90 in a hundred; the rest were completed before the question was asked, and
 * keep them empty), as the children and relatives named say — "has children" where a child is named, else "no
 * children"; "named" where a relative is, else "none" or, for about one in three, "does not want them involved".
 * Every choice comes from an md5 of the ids, so a seed's municipality gets the same facts every run; written in SQL
 * straight into the owners' tables, as their facades would have left them.
 */
final class DemoOpenComparisons {

    private DemoOpenComparisons() {
    }

    /** A whole number 0..n-1 from a text, the same every run. */
    private static String hash(String text, int n) {
        return "(CAST(CAST('x' || substr(md5(" + text + "), 1, 7) AS bit(28)) AS int) % " + n + ")";
    }

    static void generate(JdbcTemplate jdbc, Clock clock) {
        var today = Date.valueOf(LocalDate.now(clock));
        String decided = """
                WITH b AS (
                    SELECT c.id AS case_id, c.person_id, c.received_on, c.responsible, u.district_code,
                           min(d.decided_on) AS decided_on
                    FROM casehandling.cases c
                    JOIN organisation.units u ON u.code = c.unit_code
                    JOIN casehandling.decisions d ON d.case_id = c.id AND d.status = 'DECIDED'
                    GROUP BY c.id, c.person_id, c.received_on, c.responsible, u.district_code)
                """;
        String told = "LEAST(b.received_on + 7 + " + hash("CAST(b.case_id AS text) || 'told'", 21) + ", b.decided_on)";
        // the district's habit: 30..59 in a hundred told of the SIP, 45..74 of the file, plus the client's own chance
        String sip = hash("CAST(b.case_id AS text) || 'sip'", 100) + " < 30 + " + hash("b.district_code || 'sip'", 30);
        String file = hash("CAST(b.case_id AS text) || 'file'", 100) + " < 45 + "
                + hash("b.district_code || 'file'", 30);
        jdbc.update(decided + """
                INSERT INTO casehandling.client_informed (case_id, right_to_sip_on, right_to_read_file_on,
                    recorded_by, recorded_at, version)
                SELECT b.case_id, CASE WHEN %s THEN %s END, CASE WHEN %s THEN %s END,
                       coalesce(b.responsible, 'demo'), CAST(%s AS timestamp) + interval '14 hours', 1
                FROM b
                WHERE (%s OR %s) AND %s <= ?
                ON CONFLICT DO NOTHING""".formatted(sip, told, file, told, told, sip, file, told), today);
        // the district's habit: 55..89 in a hundred of the completed investigations have the answers
        String answered = hash("CAST(v.id AS text) || 'answered'", 100) + " < 55 + "
                + hash("u.district_code || 'answered'", 35);
        jdbc.update("""
                UPDATE casehandling.investigations v
                SET children_answer = CASE WHEN EXISTS (SELECT 1 FROM casehandling.investigation_children ch
                                                        WHERE ch.investigation_id = v.id)
                                           THEN 'HAS_CHILDREN' ELSE 'NO_CHILDREN' END,
                    relatives_answer = CASE WHEN EXISTS (SELECT 1 FROM casehandling.investigation_relatives r
                                                         WHERE r.investigation_id = v.id) THEN 'NAMED'
                                            WHEN %s = 0 THEN 'DECLINED' ELSE 'NONE' END
                FROM casehandling.cases c
                JOIN organisation.units u ON u.code = c.unit_code
                WHERE c.id = v.case_id AND v.status = 'COMPLETED' AND v.children_answer IS NULL
                  AND v.relatives_answer IS NULL AND %s""".formatted(hash("CAST(v.id AS text) || 'declined'", 3),
                answered));
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT to_regclass('citizenportal.information_reads') IS NOT NULL", Boolean.class))) {
            String read = "b.decided_on + " + hash("CAST(b.person_id AS text) || 'read'", 30);
            jdbc.update(decided + """
                    INSERT INTO citizenportal.information_reads (id, information_key, information_version,
                        person_id, read_at)
                    SELECT DISTINCT ON (b.person_id, i.information_key)
                           CAST(md5(CAST(b.person_id AS text) || i.information_key || 'read') AS uuid),
                           i.information_key, 1, b.person_id, CAST(%s AS timestamp) + interval '19 hours'
                    FROM b CROSS JOIN (VALUES ('RIGHT_TO_SIP'), ('RIGHT_TO_READ_FILE')) AS i(information_key)
                    WHERE %s < 16 AND %s <= ?
                    ORDER BY b.person_id, i.information_key, b.decided_on
                    ON CONFLICT DO NOTHING""".formatted(read, hash("CAST(b.person_id AS text) || 'portal'", 100),
                    read), today);
        }
    }
}
