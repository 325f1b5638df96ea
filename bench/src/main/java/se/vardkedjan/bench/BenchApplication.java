package se.vardkedjan.bench;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.CurrentClient;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Case handling's and provider contracts' facades in a Spring context with the organisation they use (ADR 0020), as
 * the app wires them (method security on, the Swedish clock; the access log, which the facades write through, and the
 * UI kit too, whose view clock the page sections need), without a web server: what the benchmark measures is the
 * server time of the facades, SQL and access log included.
 */
@SpringBootApplication(scanBasePackages = {"se.vardkedjan.accesslog", "se.vardkedjan.organisation", "se.vardkedjan.casehandling",
        "se.vardkedjan.providercontracts", "se.vardkedjan.uikit"})
@EnableMethodSecurity(jsr250Enabled = true)
class BenchApplication {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }

    @Bean
    CurrentActor currentActor() {
        return new BenchActor();
    }

    /** The benchmarks sign in staff only: nobody is a portal client (ADR 0028). */
    @Bean
    CurrentClient currentClient() {
        return Optional::empty;
    }
}
