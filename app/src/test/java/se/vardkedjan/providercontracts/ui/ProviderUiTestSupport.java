package se.vardkedjan.providercontracts.ui;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.BrowserlessAppTest;
import se.vardkedjan.ProviderAssignmentFixture;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.sharedkernel.Roles;

import java.util.List;
import java.util.UUID;

/**
 * What provider contracts' browserless UI tests share (ADR 0027): the app's browserless set-up
 * ({@link BrowserlessAppTest}: the real facades and PostgreSQL, the bad-input fixture's unit and users, a mock Vaadin
 * UI in Swedish, no one signed in), and the fixture that makes decided cases, providers and their assignments through
 * the facades.
 */
abstract class ProviderUiTestSupport extends BrowserlessAppTest {

    @Autowired
    Assignments assignments;

    ProviderAssignmentFixture providers;

    @BeforeEach
    void providerFixture() {
        providers = new ProviderAssignmentFixture(context, today);
    }

    /** A new provider of the name (its code {@code ui-…}) with a CBT contract of the given places. */
    ProviderAssignmentFixture.Provider provider(String name, int places) {
        return providers.provider("ui-" + UUID.randomUUID().toString().substring(0, 8), name, places);
    }

    /** Signs in Ulla Utförare, of the provider's staff. */
    void signInAsProvider(ProviderAssignmentFixture.Provider provider) {
        f.signIn(context, new BadInputFixture.User("ui-utf-" + provider.code(), "Ulla Utförare",
                List.of(Roles.PROVIDER_STAFF), List.of(), List.of(provider.code())));
    }
}
