package se.vardkedjan.casehandling.demo;

import dev.personnummer.Personnummer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo generator against a real, fresh PostgreSQL database with the module's schema. */
@ApplicationModuleTest
class DemoMunicipalityTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoMunicipalityTests(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Test
    void aSmallMunicipalityHasValidNumbersCasesInEveryStageAndTheDemoAccountsUnits() {
        var before = jdbc.queryForObject("SELECT count(*) FROM casehandling.persons", Long.class);
        var result = transactions.execute(status -> new DemoMunicipality(jdbc, CLOCK, 7).generate(DemoScale.tiny(400)));

        assertThat(result.persons()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casehandling.persons", Long.class)).isEqualTo(before + 400);
        var numbers = jdbc.queryForList("SELECT identity_number FROM casehandling.persons WHERE identity_kind <> "
                + "'RESERVE_NUMBER' AND registered_at >= now() - interval '1 minute'", String.class);
        assertThat(numbers).allSatisfy(number -> assertThat(Personnummer.valid(number)).as(number).isTrue());
        var statuses = jdbc.queryForList("SELECT DISTINCT status FROM casehandling.cases", String.class);
        assertThat(statuses).contains("INTAKE", "NOT_OPENED", "INVESTIGATION", "DECIDED", "CLOSED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casehandling.cases WHERE responsible = 'handlaggare'",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casehandling.persons WHERE protection <> 'NONE'",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casehandling.persons WHERE identity_kind = "
                + "'COORDINATION_NUMBER'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casehandling.access_log l JOIN casehandling.cases c "
                + "ON c.person_id = l.person_id WHERE c.registered_by LIKE 'hl.%'", Long.class)).isZero();
    }
}
