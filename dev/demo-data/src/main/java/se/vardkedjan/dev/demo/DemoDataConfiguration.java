package se.vardkedjan.dev.demo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The demo data loader, where this jar is on the class path (the run command's loader path, the benchmarks; never the
 * product's jar, ADR 0018) and {@code vardkedjan.demo-data.enabled=true}. An auto-configuration, listed in
 * {@code META-INF/spring/...AutoConfiguration.imports}, so that the app's component scan does not depend on it.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "vardkedjan.demo-data.enabled", havingValue = "true")
public class DemoDataConfiguration {

    @Bean
    DemoDataLoader demoDataLoader(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        return new DemoDataLoader(jdbc, transactions, clock);
    }
}
