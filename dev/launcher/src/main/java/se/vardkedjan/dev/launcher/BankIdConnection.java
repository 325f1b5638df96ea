package se.vardkedjan.dev.launcher;

import se.vardkedjan.platform.devstack.bankid.BankIdSimulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How Keycloak's BankID authenticator reaches a BankID service: the four runtime SPI options of the
 * {@code vardkedjan-bankid} authenticator, passed to Keycloak as environment variables. From the local simulator by
 * default; from {@code VARDKEDJAN_BANKID_*} variables for BankID's real test (or production) service.
 */
record BankIdConnection(String serviceUrl, Path keyStore, String keyStorePassword, Path trustAnchor) {

    private static final String PREFIX = "KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__";

    BankIdConnection {
        requireFile(keyStore, "the relying party's key store (PKCS#12)");
        requireFile(trustAnchor, "the trust anchor (PEM) of the BankID service's TLS certificate");
        if (serviceUrl == null || !serviceUrl.startsWith("https://")) {
            throw new IllegalStateException("The BankID service URL must be an https URL, got " + serviceUrl);
        }
    }

    static BankIdConnection to(BankIdSimulator simulator) {
        return new BankIdConnection(simulator.rpBaseUrl(), simulator.rpClientKeyStore(),
                simulator.rpClientKeyStorePassword(), simulator.caCertificate());
    }

    /** The real service, when {@code VARDKEDJAN_BANKID_SERVICE_URL} is set; empty otherwise. */
    static Optional<BankIdConnection> fromEnvironment(Map<String, String> env) {
        if (!env.containsKey("VARDKEDJAN_BANKID_SERVICE_URL")) {
            return Optional.empty();
        }
        return Optional.of(new BankIdConnection(env.get("VARDKEDJAN_BANKID_SERVICE_URL"),
                Path.of(env.getOrDefault("VARDKEDJAN_BANKID_KEY_STORE", "")),
                env.getOrDefault("VARDKEDJAN_BANKID_KEY_STORE_PASSWORD", ""),
                Path.of(env.getOrDefault("VARDKEDJAN_BANKID_TRUST_ANCHOR", ""))));
    }

    Map<String, String> keycloakOptions() {
        var options = new LinkedHashMap<String, String>();
        options.put(PREFIX + "SERVICE_URL", serviceUrl);
        options.put(PREFIX + "KEY_STORE", keyStore.toAbsolutePath().toString());
        options.put(PREFIX + "KEY_STORE_PASSWORD", keyStorePassword);
        options.put(PREFIX + "TRUST_ANCHOR", trustAnchor.toAbsolutePath().toString());
        return options;
    }

    private static void requireFile(Path file, String what) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalStateException("BankID needs " + what + ": no file at " + file);
        }
    }
}
