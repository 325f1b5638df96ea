package se.vardkedjan.dev.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestConstructor;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.CaseHandlingTestApplication;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's outcomes ({@link DemoOutcomes}) on the run command's municipality, in a transaction that is rolled back:
 * every district has AUDIT changes of at least five women and five men (the Utfall tab shows them unsuppressed by
 * sex), residential care improves more than a contact person, goals are rated, and the same seed gives the same
 * figures.
 */
@SpringBootTest(classes = CaseHandlingTestApplication.class)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DemoOutcomesTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoOutcomesTests(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Test
    void everyDistrictHasAuditChangesOfFiveWomenAndFiveMenThatDifferByInterventionType() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // the instrument catalogue is not started here: its checksums, as it keeps them at start
            jdbc.update("""
                    INSERT INTO followup.instrument_checksums (code, version, sha256, source, first_loaded_at)
                    SELECT c, 1, repeat('0', 64), 'test', now() FROM unnest(ARRAY['AUDIT', 'DUDIT', 'ASI', 'GOAL']) c
                    ON CONFLICT DO NOTHING""");
            new DemoMunicipality(jdbc, CLOCK, 4711).generate(DemoScale.municipality());
            DemoGroupFollowUp.generate(jdbc, CLOCK, 4711);
            DemoOutcomes.generate(jdbc, CLOCK);

            var districts = jdbc.queryForObject("""
                    SELECT count(*) FROM (
                        SELECT c.district_code FROM followup.measurements f
                        JOIN casehandling.reporting_cases c ON c.case_id = f.case_id
                        WHERE f.instrument_code = 'AUDIT' AND f.occasion = 'FOLLOW_UP' AND f.recorded_by = 'demo'
                        GROUP BY c.district_code
                        HAVING count(DISTINCT c.person_id) FILTER (WHERE c.sex = 'FEMALE') >= 5
                           AND count(DISTINCT c.person_id) FILTER (WHERE c.sex = 'MALE') >= 5) d""", Long.class);
            assertThat(districts).isGreaterThanOrEqualTo(3);
            var change = """
                    SELECT avg(f.total - b.total) FROM followup.measurements f
                    JOIN followup.measurements b ON b.case_id = f.case_id AND b.instrument_code = f.instrument_code
                         AND b.occasion = 'BASELINE'
                    WHERE f.occasion = 'FOLLOW_UP' AND f.instrument_code = 'AUDIT' AND EXISTS (
                        SELECT 1 FROM casehandling.reporting_interventions i
                        WHERE i.case_id = f.case_id AND i.intervention_type = ?)""";
            var residential = jdbc.queryForObject(change, Double.class, "RESIDENTIAL");
            var outpatient = jdbc.queryForObject(change, Double.class, "OUTPATIENT");
            assertThat(residential).isNotNull().isLessThan(0);
            assertThat(outpatient).isNotNull().isGreaterThan(residential);
            var before = jdbc.queryForObject("SELECT count(*) FROM followup.measurements", Long.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM followup.measurements WHERE instrument_code = 'GOAL'",
                    Long.class)).isGreaterThan(50);
            // the same seed and day give the same rows: a second run adds none
            DemoOutcomes.generate(jdbc, CLOCK);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM followup.measurements", Long.class))
                    .isEqualTo(before);
        });
    }
}
