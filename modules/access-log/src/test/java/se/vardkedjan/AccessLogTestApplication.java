package se.vardkedjan;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CurrentActor;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Boots the access log alone for its module tests ({@code @ApplicationModuleTest}), against a real PostgreSQL (see
 * {@link se.vardkedjan.platform.devstack.ModuleTestDatabase}), with a signed-in user the tests set.
 */
@SpringBootApplication
@Modulithic(sharedModules = "sharedkernel")
public class AccessLogTestApplication {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }

    @Bean
    SignedIn currentActor() {
        return new SignedIn();
    }

    /** The signed-in user of a module test: whoever the test signs in, on its thread. */
    public static final class SignedIn implements CurrentActor {

        private final ThreadLocal<Actor> actor = new ThreadLocal<>();

        public Actor signIn(Actor signedIn) {
            actor.set(signedIn);
            return signedIn;
        }

        public void signOut() {
            actor.remove();
        }

        @Override
        public Optional<Actor> find() {
            return Optional.ofNullable(actor.get());
        }
    }
}
