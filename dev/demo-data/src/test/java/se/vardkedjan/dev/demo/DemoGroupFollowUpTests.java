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
 * Group follow-up's demo population ({@link DemoGroupFollowUp}) on the run command's municipality, in a transaction
 * that is rolled back: every district gets reported costs resting on enough women and enough men that the money view
 * shows them unsuppressed (five persons or more), read through provider contracts' and case handling's reporting
 * views as follow-up's summaries read them; and it stays within the run command's time.
 */
@SpringBootTest(classes = CaseHandlingTestApplication.class)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DemoGroupFollowUpTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoGroupFollowUpTests(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Test
    void everyDistrictGetsCostsOfAtLeastFiveWomenAndFiveMenWithinTheRunCommandsTime() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            new DemoMunicipality(jdbc, CLOCK, 4711).generate(DemoScale.municipality());
            var started = System.nanoTime();
            var result = DemoGroupFollowUp.generate(jdbc, CLOCK, 4711);
            var seconds = (System.nanoTime() - started) / 1e9;

            assertThat(result.assignments()).isGreaterThan(100);
            assertThat(seconds).as("seconds the group follow-up demo adds to the run command").isLessThan(20);
            // districts where both sexes' costs rest on five persons or more, among this transaction's assignments
            var districts = jdbc.queryForObject("""
                    SELECT count(*) FROM (
                        SELECT c.district_code FROM providercontracts.reporting_assignment_months m
                        JOIN providercontracts.assignments a ON a.id = m.assignment_id
                        JOIN casehandling.reporting_cases c ON c.case_id = m.case_id
                        WHERE a.xmin::text = pg_current_xact_id()::xid::text AND m.cost_ore > 0
                        GROUP BY c.district_code
                        HAVING count(DISTINCT c.person_id) FILTER (WHERE c.sex = 'FEMALE') >= 5
                           AND count(DISTINCT c.person_id) FILTER (WHERE c.sex = 'MALE') >= 5) d""", Long.class);
            assertThat(districts).isGreaterThanOrEqualTo(3);
        });
    }
}
