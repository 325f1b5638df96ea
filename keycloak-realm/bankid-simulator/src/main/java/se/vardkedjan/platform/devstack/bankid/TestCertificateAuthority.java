package se.vardkedjan.platform.devstack.bankid;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The simulator's own certificate authority, for tests only. It signs the TLS server certificate, the relying
 * party's client certificate and the (simulated) users' BankID certificates. All keys are EC P-256.
 */
final class TestCertificateAuthority {

    static final String CA_NAME = "Vårdkedjan BankID simulator test CA — not for production";
    private static final String ORGANISATION = "Vårdkedjan (test only)";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(825);

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    TestCertificateAuthority(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /** A new CA with a fresh key and a self-signed certificate. */
    static TestCertificateAuthority create() {
        KeyPair keys = newKeyPair();
        X500Name name = name(CA_NAME);
        try {
            var builder = new JcaX509v3CertificateBuilder(name, serialNumber(), notBefore(), notAfter(CA_VALIDITY),
                    name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
            return new TestCertificateAuthority(keys.getPrivate(), sign(builder, keys.getPrivate()));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot create the test CA", e);
        }
    }

    /** A TLS server certificate for {@code localhost}, 127.0.0.1 and ::1. */
    IssuedCertificate issueServerCertificate() {
        var altNames = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1")
        });
        return issue(name("localhost"), KeyPurposeId.id_kp_serverAuth, altNames);
    }

    /** A TLS client certificate for a relying party, like the one a bank issues for BankID's RP API. */
    IssuedCertificate issueRpClientCertificate(String commonName) {
        return issue(name(commonName), KeyPurposeId.id_kp_clientAuth, null);
    }

    /** A user's BankID certificate: subject with name, given name, surname and personal number. */
    X509Certificate issueUserCertificate(TestPerson person, PublicKey userKey) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "SE")
                .addRDN(BCStyle.O, "Testbank (BankID simulator)")
                .addRDN(BCStyle.SURNAME, person.surname())
                .addRDN(BCStyle.GIVENNAME, person.givenName())
                .addRDN(BCStyle.SERIALNUMBER, person.personalNumber())
                .addRDN(BCStyle.CN, person.name())
                .build();
        try {
            var builder = leafBuilder(subject, userKey)
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return sign(builder, privateKey);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue a user certificate", e);
        }
    }

    private IssuedCertificate issue(X500Name subject, KeyPurposeId purpose, GeneralNames altNames) {
        KeyPair keys = newKeyPair();
        try {
            var builder = leafBuilder(subject, keys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            if (altNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, altNames);
            }
            return new IssuedCertificate(keys.getPrivate(), sign(builder, privateKey), certificate);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue a certificate for " + subject, e);
        }
    }

    private X509v3CertificateBuilder leafBuilder(X500Name subject, PublicKey publicKey)
            throws GeneralSecurityException, CertIOException {
        var extensions = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(certificate, serialNumber(), notBefore(), notAfter(LEAF_VALIDITY),
                subject, publicKey)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(certificate));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey)
            throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(signingKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    static KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every JDK", e);
        }
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "SE")
                .addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static BigInteger serialNumber() {
        return new BigInteger(64, new SecureRandom()).add(BigInteger.ONE);
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofHours(1)));
    }

    private static Date notAfter(Duration validity) {
        return Date.from(Instant.now().plus(validity));
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** A key with its certificate and the CA certificate that signed it. */
    record IssuedCertificate(PrivateKey privateKey, X509Certificate certificate, X509Certificate caCertificate) {
    }
}
