package se.vardkedjan;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.modulith.Modulithic;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Boots case handling alone for its module tests ({@code @ApplicationModuleTest}), against a real PostgreSQL (see
 * {@link se.vardkedjan.platform.devstack.ModuleTestDatabase}), with method security on as in the app.
 */
@SpringBootApplication
@Modulithic(sharedModules = { "sharedkernel", "accesslog", "uikit" })
@EnableMethodSecurity(jsr250Enabled = true)
public class CaseHandlingTestApplication {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }

    @Bean
    TestActors currentActor() {
        return new TestActors();
    }

    @Bean
    TestClients currentClient() {
        return new TestClients();
    }

    @Bean
    TestFileInView fileInView() {
        return new TestFileInView();
    }
}
