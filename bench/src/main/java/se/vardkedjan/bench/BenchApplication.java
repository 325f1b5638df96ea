package se.vardkedjan.bench;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.CurrentClient;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Case handling's, provider contracts' and follow-up's facades in a Spring context with the organisation they use (ADR 0020), as
 * the app wires them (method security on, the Swedish clock; the shared kernel's components, such as the jobs' run-once
 * lock the escalation and summary jobs take (ADR 0033); the access log, which the facades write through, and the
 * UI kit too, whose view clock the page sections need), without a web server: what the benchmark measures is the
 * server time of the facades, SQL and access log included.
 */
@SpringBootApplication(scanBasePackages = {"se.vardkedjan.accesslog", "se.vardkedjan.organisation", "se.vardkedjan.casehandling",
        "se.vardkedjan.providercontracts", "se.vardkedjan.followup", "se.vardkedjan.uikit", "se.vardkedjan.sharedkernel"})
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

    /** The portal client the portal benchmark signed in ({@link BenchActor#signInClient}); none for staff. */
    @Bean
    CurrentClient currentClient() {
        return BenchActor::currentClient;
    }
}
