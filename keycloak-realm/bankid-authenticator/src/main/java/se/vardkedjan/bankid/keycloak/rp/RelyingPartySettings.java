package se.vardkedjan.bankid.keycloak.rp;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where BankID is and how we prove who we are.
 *
 * @param serviceUrl       the RP API base, ending in {@code /rp/v6.0/} (BankID's test service:
 *                         {@code https://appapi2.test.bankid.com/rp/v6.0/}, production:
 *                         {@code https://appapi2.bankid.com/rp/v6.0/})
 * @param keyStore         our client certificate and key (PKCS#12)
 * @param keyStorePassword the password of the key store (and of the key in it)
 * @param trustAnchor      the CA certificate(s) that issued BankID's server certificate (PEM)
 */
public record RelyingPartySettings(URI serviceUrl, Path keyStore, char[] keyStorePassword, Path trustAnchor,
                                   Duration connectTimeout, Duration requestTimeout) {

    public RelyingPartySettings {
        Objects.requireNonNull(serviceUrl, "serviceUrl");
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(trustAnchor, "trustAnchor");
        if (!"https".equalsIgnoreCase(serviceUrl.getScheme())) {
            throw new IllegalArgumentException("The BankID service URL must be https: " + serviceUrl);
        }
        if (!serviceUrl.getPath().endsWith("/")) {
            serviceUrl = URI.create(serviceUrl + "/");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(15) : requestTimeout;
    }

    public RelyingPartySettings(URI serviceUrl, Path keyStore, char[] keyStorePassword, Path trustAnchor) {
        this(serviceUrl, keyStore, keyStorePassword, trustAnchor, null, null);
    }

    @Override
    public String toString() {
        return "RelyingPartySettings[serviceUrl=" + serviceUrl + ", keyStore=" + keyStore + ", trustAnchor=" + trustAnchor + "]";
    }
}
