package se.vardkedjan.bankid.keycloak;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import se.vardkedjan.bankid.keycloak.rp.BankIdException;
import se.vardkedjan.bankid.keycloak.rp.BankIdRelyingParty;
import se.vardkedjan.bankid.keycloak.rp.RelyingPartySettings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The server-wide BankID configuration (SPI options of the authenticator factory) and the one relying-party client
 * built from it. The client is built on first use, so Keycloak starts even when BankID is not configured yet; until it
 * is, the login page says that BankID is unavailable.
 */
final class BankIdService implements AutoCloseable {

    private static final Logger log = Logger.getLogger(BankIdService.class);

    static final String SERVICE_URL = "serviceUrl";
    static final String KEY_STORE = "keyStore";
    static final String KEY_STORE_PASSWORD = "keyStorePassword";
    static final String TRUST_ANCHOR = "trustAnchor";
    static final String USER_VISIBLE_TEXT = "userVisibleText";
    static final String COLLECT_INTERVAL = "collectIntervalMillis";

    private final String serviceUrl;
    private final String keyStore;
    private final String keyStorePassword;
    private final String trustAnchor;
    private final String userVisibleText;
    private final Duration collectInterval;
    private BankIdRelyingParty relyingParty;

    BankIdService(String serviceUrl, String keyStore, String keyStorePassword, String trustAnchor,
                  String userVisibleText, Duration collectInterval) {
        this.serviceUrl = blankToNull(serviceUrl);
        this.keyStore = blankToNull(keyStore);
        this.keyStorePassword = keyStorePassword;
        this.trustAnchor = blankToNull(trustAnchor);
        this.userVisibleText = blankToNull(userVisibleText);
        this.collectInterval = collectInterval;
    }

    static BankIdService from(Config.Scope config) {
        var interval = config.getLong(COLLECT_INTERVAL, 2000L);
        var service = new BankIdService(config.get(SERVICE_URL), config.get(KEY_STORE), config.get(KEY_STORE_PASSWORD),
                config.get(TRUST_ANCHOR), config.get(USER_VISIBLE_TEXT), Duration.ofMillis(Math.max(1000L, interval)));
        if (service.serviceUrl == null) {
            log.warn("BankID is not configured: set the SPI option spi-authenticator--vardkedjan-bankid--service-url "
                    + "(KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__SERVICE_URL) and its key store and trust anchor");
        } else {
            log.infof("BankID relying party: %s (key store %s, trust anchor %s)", service.serviceUrl, service.keyStore,
                    service.trustAnchor);
        }
        return service;
    }

    /** The client, built on first use. */
    synchronized BankIdRelyingParty relyingParty() {
        if (relyingParty == null) {
            if (serviceUrl == null || keyStore == null || keyStorePassword == null || trustAnchor == null) {
                throw new BankIdException(BankIdException.ErrorCode.COMMUNICATION_FAILURE, 0,
                        "BankID is not configured (service URL, key store, key store password and trust anchor are all needed)");
            }
            try {
                relyingParty = BankIdRelyingParty.create(new RelyingPartySettings(URI.create(serviceUrl),
                        Path.of(keyStore), keyStorePassword.toCharArray(), Path.of(trustAnchor)));
            } catch (RuntimeException e) {
                throw new BankIdException(BankIdException.ErrorCode.COMMUNICATION_FAILURE, 0,
                        "The BankID client could not be set up: " + e.getMessage(), e);
            }
        }
        return relyingParty;
    }

    /** Text shown in the BankID app for a login, or {@code null}. */
    String userVisibleText() {
        return userVisibleText;
    }

    /** How often at most the server calls {@code collect} for one order. */
    Duration collectInterval() {
        return collectInterval;
    }

    @Override
    public synchronized void close() {
        if (relyingParty != null) {
            relyingParty.close();
            relyingParty = null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
