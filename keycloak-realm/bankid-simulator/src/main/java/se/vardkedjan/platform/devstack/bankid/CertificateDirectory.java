package se.vardkedjan.platform.devstack.bankid;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's certificates in {@code <dataDirectory>/certs/}, created on the first start and reused afterwards
 * (created again when a file is missing or a certificate is about to expire):
 * <ul>
 *   <li>{@code ca.pem} – the test CA certificate: the trust anchor for the server and the RP client certificate;</li>
 *   <li>{@code ca.p12} – the CA's key, to issue the users' certificates;</li>
 *   <li>{@code server.p12} – the TLS server key and certificate (localhost, 127.0.0.1, ::1);</li>
 *   <li>{@code rp-client.p12} – the relying party's TLS client key and certificate.</li>
 * </ul>
 * Every PKCS#12 file has the password {@value #PASSWORD}, like BankID's public test certificate.
 */
final class CertificateDirectory {

    static final String PASSWORD = "qwerty123";
    static final String RP_CLIENT_NAME = "Vårdkedjan BankID simulator RP client — test only";

    private static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final String CA_ALIAS = "ca";
    private static final String SERVER_ALIAS = "server";
    private static final String RP_CLIENT_ALIAS = "rp-client";

    private final Path caCertificate;
    private final Path rpClientKeyStore;
    private final TestCertificateAuthority authority;
    private final KeyStore serverKeyStore;

    private CertificateDirectory(Path directory, TestCertificateAuthority authority, KeyStore serverKeyStore) {
        this.caCertificate = directory.resolve("ca.pem");
        this.rpClientKeyStore = directory.resolve("rp-client.p12");
        this.authority = authority;
        this.serverKeyStore = serverKeyStore;
    }

    /** Loads the certificates from {@code <dataDirectory>/certs/}, creating them when needed. */
    static CertificateDirectory prepare(Path dataDirectory) {
        Path directory = dataDirectory.resolve("certs");
        try {
            Files.createDirectories(directory);
            return loadIfUsable(directory).orElseGet(() -> create(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the certificates in " + directory, e);
        }
    }

    private static Optional<CertificateDirectory> loadIfUsable(Path directory) {
        List<Path> files = List.of(directory.resolve("ca.pem"), directory.resolve("ca.p12"),
                directory.resolve("server.p12"), directory.resolve("rp-client.p12"));
        if (!files.stream().allMatch(Files::isRegularFile)) {
            return Optional.empty();
        }
        try {
            KeyStore ca = readKeyStore(directory.resolve("ca.p12"));
            KeyStore server = readKeyStore(directory.resolve("server.p12"));
            KeyStore client = readKeyStore(directory.resolve("rp-client.p12"));
            var caCertificate = (X509Certificate) ca.getCertificate(CA_ALIAS);
            var serverCertificate = (X509Certificate) server.getCertificate(SERVER_ALIAS);
            var clientCertificate = (X509Certificate) client.getCertificate(RP_CLIENT_ALIAS);
            var caPem = readPem(directory.resolve("ca.pem"));
            boolean usable = caCertificate != null && serverCertificate != null && clientCertificate != null
                    && caPem.equals(caCertificate)
                    && signedBy(serverCertificate, caCertificate) && signedBy(clientCertificate, caCertificate)
                    && List.of(caCertificate, serverCertificate, clientCertificate).stream()
                            .allMatch(CertificateDirectory::validLongEnough);
            if (!usable) {
                return Optional.empty();
            }
            var caKey = (PrivateKey) ca.getKey(CA_ALIAS, PASSWORD.toCharArray());
            return Optional.of(new CertificateDirectory(directory,
                    new TestCertificateAuthority(caKey, caCertificate), server));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            System.getLogger(CertificateDirectory.class.getName()).log(System.Logger.Level.WARNING,
                    "The certificates in " + directory + " cannot be used (" + e + "); creating new ones");
            return Optional.empty();
        }
    }

    private static CertificateDirectory create(Path directory) {
        var authority = TestCertificateAuthority.create();
        var server = authority.issueServerCertificate();
        var client = authority.issueRpClientCertificate(RP_CLIENT_NAME);
        try {
            writeKeyStore(directory.resolve("ca.p12"), CA_ALIAS, authority.privateKey(), authority.certificate());
            KeyStore serverKeyStore = writeKeyStore(directory.resolve("server.p12"), SERVER_ALIAS,
                    server.privateKey(), server.certificate(), server.caCertificate());
            writeKeyStore(directory.resolve("rp-client.p12"), RP_CLIENT_ALIAS,
                    client.privateKey(), client.certificate(), client.caCertificate());
            Files.writeString(directory.resolve("ca.pem"), pem(authority.certificate()), StandardCharsets.US_ASCII);
            System.getLogger(CertificateDirectory.class.getName()).log(System.Logger.Level.INFO,
                    "Created test certificates in " + directory);
            return new CertificateDirectory(directory, authority, serverKeyStore);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the certificates to " + directory, e);
        }
    }

    /**
     * TLS for the RP API: the server certificate, and only client certificates signed by the test CA are trusted.
     */
    SSLContext serverSslContext() {
        try {
            var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(serverKeyStore, PASSWORD.toCharArray());
            var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trustStore(authority.certificate()));
            var context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up TLS for the RP API", e);
        }
    }

    static KeyStore trustStore(X509Certificate anchor) throws GeneralSecurityException, IOException {
        var trustStore = KeyStore.getInstance("PKCS12");
        trustStore.load(null, null);
        trustStore.setCertificateEntry("ca", anchor);
        return trustStore;
    }

    Path caCertificate() {
        return caCertificate;
    }

    Path rpClientKeyStore() {
        return rpClientKeyStore;
    }

    TestCertificateAuthority authority() {
        return authority;
    }

    static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode a certificate", e);
        }
    }

    static X509Certificate readPem(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    static KeyStore readKeyStore(Path file) throws IOException, GeneralSecurityException {
        var keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        return keyStore;
    }

    private static KeyStore writeKeyStore(Path file, String alias, PrivateKey key, X509Certificate... chain)
            throws IOException, GeneralSecurityException {
        var keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry(alias, key, PASSWORD.toCharArray(), chain.clone());
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore.store(out, PASSWORD.toCharArray());
        }
        return keyStore;
    }

    private static boolean signedBy(Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean validLongEnough(X509Certificate certificate) {
        try {
            certificate.checkValidity(Date.from(Instant.now().plus(RENEW_BEFORE)));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
