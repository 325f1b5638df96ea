package se.vardkedjan.bankid.keycloak.rp;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

/** The TLS context for BankID: our client certificate from a PKCS#12 file, and only the configured CA as trust anchor. */
final class MutualTls {

    private MutualTls() {
    }

    static SSLContext sslContext(RelyingPartySettings settings) {
        try {
            var clientKeys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(settings.keyStore())) {
                clientKeys.load(in, settings.keyStorePassword());
            }
            var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(clientKeys, settings.keyStorePassword());

            var trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            try (InputStream in = Files.newInputStream(settings.trustAnchor())) {
                var certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
                if (certificates.isEmpty()) {
                    throw new IllegalArgumentException("No certificate in the trust anchor file " + settings.trustAnchor());
                }
                var index = 0;
                for (var certificate : certificates) {
                    trusted.setCertificateEntry("bankid-ca-" + index++, certificate);
                }
            }
            var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);

            var context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up mutual TLS for BankID from " + settings, e);
        }
    }
}
