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
 * The demo's facts for Öppna jämförelser ({@link DemoOpenComparisons}) on the run command's municipality, in a
 * transaction that is rolled back: in every district some but not all decided cases have the client told of the right
 * to a SIP and of the right to read their file, the districts differ, the SIPs and the relatives from the case
 * histories give neither 0 % nor 100 %, nor do the children's and relatives' needs considered with the answers, and the
 * same seed gives the same rows.
 */
@SpringBootTest(classes = CaseHandlingTestApplication.class)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DemoOpenComparisonsTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoOpenComparisonsTests(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Test
    void everyDistrictHasSomeButNotAllClientsToldAndTheDistrictsDiffer() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            new DemoMunicipality(jdbc, CLOCK, 4711).generate(DemoScale.municipality());
            DemoOpenComparisons.generate(jdbc, CLOCK);

            var shares = jdbc.queryForList("""
                    SELECT 100.0 * avg(CASE WHEN i.right_to_sip_on IS NOT NULL THEN 1 ELSE 0 END) AS sip,
                           100.0 * avg(CASE WHEN i.right_to_read_file_on IS NOT NULL THEN 1 ELSE 0 END) AS file
                    FROM casehandling.reporting_cases c
                    LEFT JOIN casehandling.reporting_client_informed i ON i.case_id = c.case_id
                    WHERE c.first_decided_on IS NOT NULL
                    GROUP BY c.district_code HAVING count(*) >= 20""");
            assertThat(shares).hasSizeGreaterThanOrEqualTo(3).allSatisfy(district -> {
                assertThat(((Number) district.get("sip")).doubleValue()).isBetween(15.0, 85.0);
                assertThat(((Number) district.get("file")).doubleValue()).isBetween(25.0, 95.0);
            });
            assertThat(shares.stream().map(d -> Math.round(((Number) d.get("sip")).doubleValue())).distinct())
                    .hasSizeGreaterThan(1);
            // the case histories' SIPs and relatives: some, not all, of the cases decided with a granted intervention
            var sips = jdbc.queryForObject("""
                    SELECT 100.0 * avg(CASE WHEN EXISTS (SELECT 1 FROM casehandling.reporting_coordinated_plans p
                                                         WHERE p.case_id = d.case_id AND p.status <> 'DRAFT')
                                            THEN 1 ELSE 0 END)
                    FROM casehandling.reporting_documentation d""", Double.class);
            assertThat(sips).isBetween(1.0, 60.0);
            var relatives = jdbc.queryForObject("""
                    SELECT 100.0 * avg(CASE WHEN v.relatives > 0 OR v.relative_source THEN 1 ELSE 0 END)
                    FROM casehandling.reporting_investigations v WHERE v.status = 'COMPLETED'""", Double.class);
            assertThat(relatives).isBetween(20.0, 95.0);
            // the children's and relatives' answers (slice 4): considered as follow-up's refresh counts them, neither
            // 0 % nor 100 % in any district, and the districts differ
            var considered = jdbc.queryForList("""
                    SELECT c.district_code,
                           100.0 * avg(CASE WHEN v.children_answer = 'NO_CHILDREN'
                                              OR (v.children_answer = 'HAS_CHILDREN' AND v.children > 0
                                                  AND v.children_assessed = v.children) THEN 1 ELSE 0 END) AS children,
                           100.0 * avg(CASE WHEN v.relatives > 0 OR v.relative_source
                                              OR v.relatives_answer IN ('NONE', 'DECLINED') THEN 1 ELSE 0 END)
                               AS relatives
                    FROM casehandling.reporting_cases c
                    LEFT JOIN casehandling.reporting_investigations v
                        ON v.case_id = c.case_id AND v.status = 'COMPLETED'
                    WHERE c.first_decided_on IS NOT NULL
                    GROUP BY c.district_code HAVING count(*) >= 20""");
            assertThat(considered).hasSizeGreaterThanOrEqualTo(3).allSatisfy(district -> {
                assertThat(((Number) district.get("children")).doubleValue()).isBetween(40.0, 95.0);
                assertThat(((Number) district.get("relatives")).doubleValue()).isBetween(40.0, 98.0);
            });
            assertThat(considered.stream().map(d -> Math.round(((Number) d.get("children")).doubleValue()))
                    .distinct()).hasSizeGreaterThan(1);
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM casehandling.reporting_investigations v
                    WHERE v.status = 'COMPLETED' AND (v.children_answer = 'NO_CHILDREN') = (v.children > 0)""",
                    Long.class)).as("the answers agree with the children named").isZero();

            var before = jdbc.queryForObject("SELECT count(*) FROM casehandling.client_informed", Long.class);
            DemoOpenComparisons.generate(jdbc, CLOCK);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM casehandling.client_informed", Long.class))
                    .isEqualTo(before);
        });
    }
}
