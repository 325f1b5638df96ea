package se.vardkedjan.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.organisation.persistence.UnitRows;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Loads the organisation file named by {@code vardkedjan.organisation.seed-file} on start-up (once the context, and
 * so Liquibase, is ready; the module does not depend on Spring Boot, so this listens for the refresh rather than being
 * an {@code ApplicationRunner}) when no unit is registered yet (a fresh database), so the run command starts with the demo municipality. An empty property turns it
 * off; a missing file is logged and skipped (module tests have no demo file on their classpath).
 */
@Component
class OrganisationSeed implements ApplicationListener<ContextRefreshedEvent> {

    static final String DEFAULT_FILE = "classpath:organisation/demo-organisation.csv";

    private static final Logger log = LoggerFactory.getLogger(OrganisationSeed.class);

    private final UnitRows units;
    private final TransactionTemplate transaction;
    private final ResourceLoader resources;
    private final String file;

    OrganisationSeed(UnitRows units, PlatformTransactionManager transactions, ResourceLoader resources,
                     @Value("${vardkedjan.organisation.seed-file:" + DEFAULT_FILE + "}") String file) {
        this.units = units;
        this.transaction = new TransactionTemplate(transactions);
        this.resources = resources;
        this.file = file;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (file == null || file.isBlank()) {
            return;
        }
        var resource = resources.getResource(file);
        if (!resource.exists()) {
            log.info("No organisation seed file at {}; the organisation register starts empty", file);
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (!units.isEmpty()) {
                return;
            }
            try (var in = resource.getInputStream()) {
                var loaded = Organisation.load(units, in);
                log.info("Loaded the organisation from {}: {} districts, {} units, {} staff members", file,
                        loaded.districts(), loaded.units(), loaded.staffMembers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
