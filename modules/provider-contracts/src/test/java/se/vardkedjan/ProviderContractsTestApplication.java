package se.vardkedjan;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import se.vardkedjan.accesslog.ActorNames;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Boots provider contracts alone for its module tests ({@code @ApplicationModuleTest}), against a real PostgreSQL
 * (see {@link ModuleTestDatabase}), with method security on as in the app and the access log's refusals beside it.
 */
@SpringBootApplication
@Modulithic(sharedModules = { "sharedkernel", "accesslog", "uikit" })
@EnableMethodSecurity(jsr250Enabled = true)
public class ProviderContractsTestApplication {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }

    @Bean
    TestActors currentActor() {
        return new TestActors();
    }

    /** The access log's names of staff come from the organisation in the app; here the username stands for itself. */
    @Bean
    ActorNames actorNames() {
        return username -> username;
    }
}
