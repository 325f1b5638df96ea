package se.vardkedjan.platform.devstack.bankid;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * The relying party behind a request, known by its TLS client certificate. Orders are bound to the client that
 * started them: another client cannot collect or cancel them.
 *
 * @param fingerprint SHA-256 of the client certificate, in hex
 * @param subject the certificate's subject, shown in the signature's {@code srvInfo}
 */
record RpClient(String fingerprint, String subject) {

    static RpClient of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new RpClient(HexFormat.of().formatHex(digest), certificate.getSubjectX500Principal().getName());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint the client certificate", e);
        }
    }
}
