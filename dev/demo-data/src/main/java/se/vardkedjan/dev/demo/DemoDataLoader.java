package se.vardkedjan.dev.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Fills an empty database with the demo municipality when the product runs with demo data
 * ({@code vardkedjan.demo-data.enabled=true}, which the run command sets; see {@link DemoDataConfiguration}). A
 * database that already holds persons is left alone, so a restart keeps what the user did; the demo providers'
 * assignments ({@link DemoProviders}) are added once, when there is no assignment at all.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final long SEED = 20_251_123L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDataLoader(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var persons = jdbc.queryForObject("SELECT count(*) FROM casehandling.persons", Long.class);
        if (persons != null && persons > 0) {
            log.info("Demo data: the register already holds {} persons; nothing generated", persons);
        } else {
            transactions.executeWithoutResult(status ->
                    new DemoMunicipality(jdbc, clock, SEED).generate(DemoScale.municipality()));
        }
        // The demo providers' assignments, once: ProviderSeed has registered the demo provider file's providers by now
        // (on the context's refresh, before any runner), also in a database made before provider contracts had any.
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT to_regclass('providercontracts.assignments') IS NOT NULL", Boolean.class))
                && Boolean.FALSE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM providercontracts.assignments)", Boolean.class))) {
            transactions.executeWithoutResult(status ->
                    new DemoProviders(jdbc, clock, SEED).generate(ProviderScale.demo()));
            transactions.executeWithoutResult(status -> DemoGroupFollowUp.generate(jdbc, clock, SEED));
            transactions.executeWithoutResult(status -> DemoOutcomes.generate(jdbc, clock));
            transactions.executeWithoutResult(status -> DemoOpenComparisons.generate(jdbc, clock));
        }
        // Group follow-up's summaries, once, from the data just generated (ADR 0031); then its hourly schedule.
        jdbc.execute("SELECT followup.refresh_group_summaries(now()) FROM followup.summary_refresh "
                + "WHERE refreshed_at IS NULL");
    }
}
