package se.vardkedjan.platform.devstack.bankid;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.jcajce.JcaCertificateID;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The bank that issued the test persons' BankIDs: when a user approves an order it produces the
 * {@code completionData} – user, device, a signature in the shape of BankID's signature profile (XML-DSig with
 * {@code bankIdSignedData}) and an OCSP response for the user's certificate, both signed by the test CA's keys.
 *
 * <p>The signature is plausible, not verifiable: {@code SignatureValue} is an ECDSA signature over the
 * {@code SignedInfo} text without XML canonicalisation. The OCSP response is a real, parseable response ("good"),
 * whose nonce is SHA-1 of the base64 signature followed by 12 random bytes, as BankID describes it.
 */
final class TestBank {

    private static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final String BANKID_TYPES = "http://www.bankid.com/signature/v1.0.0/types";

    private final TestCertificateAuthority authority;
    private final KeyPair userKeys = TestCertificateAuthority.newKeyPair();
    private final SecureRandom random = new SecureRandom();

    TestBank(TestCertificateAuthority authority) {
        this.authority = authority;
    }

    CompletionData complete(Order order, TestPerson person, Instant now) {
        OrderRequest request = order.request();
        X509Certificate userCertificate = authority.issueUserCertificate(person, userKeys.getPublic());
        String signature = base64(signatureXml(order, person, userCertificate).getBytes(StandardCharsets.UTF_8));
        return new CompletionData(
                new CompletionData.User(person.personalNumber(), person.name(), person.givenName(), person.surname()),
                new CompletionData.Device(request.endUserIp(), uniqueHardwareIdentifier(person)),
                person.bankIdIssueDate().toString(),
                request.requirement().mrtd() ? new CompletionData.StepUp(true) : null,
                signature,
                ocspResponse(userCertificate, signature, now),
                request.returnRisk() ? "low" : null);
    }

    /** A stable identifier of the person's (simulated) phone, in the shape BankID uses: base64 of 20 bytes. */
    static String uniqueHardwareIdentifier(TestPerson person) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(("vardkedjan-bankid-simulator-device:" + person.personalNumber())
                            .getBytes(StandardCharsets.US_ASCII));
            return base64(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private String signatureXml(Order order, TestPerson person, X509Certificate userCertificate) {
        OrderRequest request = order.request();
        StringBuilder signedData = new StringBuilder()
                .append("<bankIdSignedData xmlns=\"").append(BANKID_TYPES).append("\" Id=\"bidSignedData\">");
        request.userVisibleData().ifPresent(data -> signedData
                .append("<usrVisibleData charset=\"UTF-8\" visible=\"wysiwys\">").append(data).append("</usrVisibleData>"));
        request.userNonVisibleData().ifPresent(data -> signedData
                .append("<usrNonVisibleData>").append(data).append("</usrNonVisibleData>"));
        signedData
                .append("<srvInfo><name>").append(base64(order.client().subject().getBytes(StandardCharsets.UTF_8)))
                .append("</name><nonce>").append(base64(randomBytes(20))).append("</nonce></srvInfo>")
                .append("<clientInfo><funcId>").append(order.type() == OrderType.AUTH ? "Identification" : "Signing")
                .append("</funcId><version>").append(base64("BankID simulator 1.0".getBytes(StandardCharsets.UTF_8)))
                .append("</version><env><ai><type>").append(base64("SIMULATOR".getBytes(StandardCharsets.UTF_8)))
                .append("</type><uhi>").append(uniqueHardwareIdentifier(person)).append("</uhi>")
                .append("<uauth>").append(request.requirement().pinCode() ? "pw" : "bio").append("</uauth>")
                .append("</ai></env></clientInfo></bankIdSignedData>");
        String keyInfo = "<KeyInfo xmlns=\"" + XMLDSIG + "\" Id=\"bidKeyInfo\"><X509Data>"
                + "<X509Certificate>" + base64(encoded(userCertificate)) + "</X509Certificate>"
                + "<X509Certificate>" + base64(encoded(authority.certificate())) + "</X509Certificate>"
                + "</X509Data></KeyInfo>";
        String signedInfo = "<SignedInfo xmlns=\"" + XMLDSIG + "\">"
                + "<CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>"
                + "<SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256\"/>"
                + reference("#bidSignedData", " Type=\"" + BANKID_TYPES + "\"", signedData.toString())
                + reference("#bidKeyInfo", "", keyInfo)
                + "</SignedInfo>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                + "<Signature xmlns=\"" + XMLDSIG + "\">" + signedInfo
                + "<SignatureValue>" + base64(sign(signedInfo)) + "</SignatureValue>"
                + keyInfo + "<Object>" + signedData + "</Object></Signature>";
    }

    private static String reference(String uri, String type, String content) {
        return "<Reference" + type + " URI=\"" + uri + "\"><Transforms>"
                + "<Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/></Transforms>"
                + "<DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>"
                + "<DigestValue>" + base64(sha256(content)) + "</DigestValue></Reference>";
    }

    private String ocspResponse(X509Certificate userCertificate, String signature, Instant now) {
        try {
            byte[] nonce = new byte[32];
            System.arraycopy(MessageDigest.getInstance("SHA-1").digest(signature.getBytes(StandardCharsets.UTF_8)),
                    0, nonce, 0, 20);
            System.arraycopy(randomBytes(12), 0, nonce, 20, 12);
            var digests = new JcaDigestCalculatorProviderBuilder().build();
            var caCertificate = authority.certificate();
            var builder = new JcaBasicOCSPRespBuilder(caCertificate.getPublicKey(), digests.get(CertificateID.HASH_SHA1));
            builder.addResponse(new JcaCertificateID(digests.get(CertificateID.HASH_SHA1), caCertificate,
                    userCertificate.getSerialNumber()), CertificateStatus.GOOD);
            builder.setResponseExtensions(new Extensions(
                    new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce))));
            var response = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(authority.privateKey()),
                    new X509CertificateHolder[] {new JcaX509CertificateHolder(caCertificate)}, Date.from(now));
            OCSPResp ocsp = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, response);
            return base64(ocsp.getEncoded());
        } catch (GeneralSecurityException | OperatorCreationException | OCSPException | IOException e) {
            throw new IllegalStateException("Cannot build the OCSP response", e);
        }
    }

    private byte[] sign(String text) {
        try {
            var signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(userKeys.getPrivate());
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode a certificate", e);
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
