package se.vardkedjan.keycloak;

import se.vardkedjan.platform.devstack.KeycloakServer;
import se.vardkedjan.platform.devstack.PostgresServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A Keycloak with the realm file and our providers on a PostgreSQL database, from what failsafe passes in. */
final class KeycloakTestStack {

    private KeycloakTestStack() {
    }

    /**
     * Creates Keycloak's database on {@code postgres} if it is missing and returns the settings of a Keycloak on it,
     * on free ports, with the realm file's {@code VARDKEDJAN_APP_URL} set to {@code appUrl}.
     */
    static KeycloakServer.Settings keycloakSettings(PostgresServer postgres, String appUrl, String logFileName,
                                                    Map<String, String> serverOptions) throws IOException {
        postgres.ensureDatabase("keycloak", "keycloak", "keycloak");
        return new KeycloakServer.Settings(
                Path.of(property("vardkedjan.keycloak.distribution")),
                Path.of(property("vardkedjan.keycloak.install-root")),
                Path.of(property("vardkedjan.keycloak.realm-file")),
                postgres.jdbcUrl("keycloak"), "keycloak", "keycloak",
                freePort(), freePort(),
                Map.of("VARDKEDJAN_APP_URL", appUrl),
                Path.of(property("vardkedjan.keycloak.log-directory"), logFileName),
                List.of(Path.of(property("vardkedjan.keycloak.providers"))),
                serverOptions);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String property(String name) {
        var value = System.getProperty(name);
        assertThat(value).as("system property %s (set by failsafe)", name).isNotBlank();
        return value;
    }
}
