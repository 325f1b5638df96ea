package se.vardkedjan.platform.devstack.bankid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateDirectoryTest {

    @TempDir
    Path dataDirectory;

    @Test
    void createsTheCertificatesOnTheFirstStartAndReusesThemAfterwards() throws Exception {
        var first = CertificateDirectory.prepare(dataDirectory);
        String ca = Files.readString(first.caCertificate());
        byte[] client = Files.readAllBytes(first.rpClientKeyStore());

        var second = CertificateDirectory.prepare(dataDirectory);

        assertThat(Files.readString(second.caCertificate())).isEqualTo(ca);
        assertThat(Files.readAllBytes(second.rpClientKeyStore())).isEqualTo(client);
        assertThat(dataDirectory.resolve("certs")).isDirectoryContaining("glob:**/ca.pem")
                .isDirectoryContaining("glob:**/rp-client.p12").isDirectoryContaining("glob:**/server.p12");
    }

    @Test
    void theCaIsClearlyForTestsOnlyAndSignedTheClientCertificate() throws Exception {
        var certificates = CertificateDirectory.prepare(dataDirectory);
        X509Certificate ca = CertificateDirectory.readPem(certificates.caCertificate());
        var client = (X509Certificate) CertificateDirectory.readKeyStore(certificates.rpClientKeyStore())
                .getCertificate("rp-client");

        assertThat(ca.getSubjectX500Principal().getName()).contains("not for production");
        client.verify(ca.getPublicKey());
        assertThat(client.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
    }

    @Test
    void createsNewCertificatesWhenOneIsMissing() throws Exception {
        var first = CertificateDirectory.prepare(dataDirectory);
        String ca = Files.readString(first.caCertificate());
        Files.delete(dataDirectory.resolve("certs/server.p12"));

        var second = CertificateDirectory.prepare(dataDirectory);

        assertThat(Files.readString(second.caCertificate())).isNotEqualTo(ca);
    }
}
