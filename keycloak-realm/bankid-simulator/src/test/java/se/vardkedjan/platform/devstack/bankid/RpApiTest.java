package se.vardkedjan.platform.devstack.bankid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLContext;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RpApiTest extends SimulatorTest {

    @Test
    void theBaseUrlIsTheV6PathOnLocalhost() {
        assertThat(simulator.rpBaseUrl()).matches("https://localhost:\\d+/rp/v6\\.0/");
        assertThat(simulator.testerUrl()).matches("http://localhost:\\d+/");
    }

    @Test
    void malformedJsonIsInvalidParameters() {
        var answer = rp.post("auth", "{\"endUserIp\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.text("errorCode")).isEqualTo("invalidParameters");
        assertThat(answer.text("details")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"endUserIp\":\"\"}",
        "{\"endUserIp\":\"999.1.1.1\"}",
        "{\"endUserIp\":\"localhost\"}",
        "{\"endUserIp\":192}",
        "[]",
        "{\"endUserIp\":\"192.0.2.10\",\"requirement\":{\"personalNumber\":\"199001012384\"}}",
        "{\"endUserIp\":\"192.0.2.10\",\"requirement\":{\"pinCode\":\"yes\"}}",
        "{\"endUserIp\":\"192.0.2.10\",\"userVisibleData\":\"not base64!\"}",
        "{\"endUserIp\":\"192.0.2.10\",\"userVisibleDataFormat\":\"html\"}"
    })
    void anAuthWithMissingOrInvalidParametersIsInvalidParameters(String body) {
        var answer = rp.post("auth", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("errorCode")).isEqualTo("invalidParameters");
    }

    @Test
    void aSignWithoutVisibleTextIsInvalidParameters() {
        var answer = rp.post("sign", "{\"endUserIp\":\"192.0.2.10\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("errorCode")).isEqualTo("invalidParameters");
    }

    @Test
    void anIpv6EndUserIpIsAccepted() {
        assertThat(rp.post("auth", "{\"endUserIp\":\"::1\"}").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"collect", "cancel"})
    void anUnknownOrMissingOrderRefIsInvalidParameters(String endpoint) {
        for (String body : new String[] {
            "{\"orderRef\":\"" + UUID.randomUUID() + "\"}", "{\"orderRef\":\"not-a-uuid\"}", "{}"}) {
            var answer = rp.post(endpoint, body);

            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.text("errorCode")).as(body).isEqualTo("invalidParameters");
        }
    }

    @Test
    void anUnknownPathIsNotFound() {
        var answer = rp.post("phone/auth", "{\"endUserIp\":\"192.0.2.10\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text("errorCode")).isEqualTo("notFound");
    }

    @Test
    void anotherMethodThanPostIsNotAllowed() {
        var answer = rp.send(HttpRequest.newBuilder(URI.create(rp.baseUrl() + "auth")).GET().build());

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.text("errorCode")).isEqualTo("methodNotAllowed");
    }

    @Test
    void aContentTypeWithACharsetIsAnUnsupportedMediaType() {
        var answer = rp.send(HttpRequest.newBuilder(URI.create(rp.baseUrl() + "auth"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"endUserIp\":\"192.0.2.10\"}"))
                .build());

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.text("errorCode")).isEqualTo("unsupportedMediaType");
    }

    @Test
    void aRequestWithoutAClientCertificateIsRefused() {
        var anonymous = new RpTestClient(RpTestClient.withoutClientCertificate(simulator.caCertificate()),
                simulator.rpBaseUrl());

        assertThatThrownBy(() -> anonymous.post("auth", "{\"endUserIp\":\"192.0.2.10\"}"))
                .isInstanceOf(UncheckedIOException.class).satisfies(RpApiTest::refusedInTheTlsHandshake);
        theServerAnswersItsOwnRelyingParty();
    }

    @Test
    void aClientCertificateFromAnotherCaIsRefused() throws Exception {
        var otherCa = TestCertificateAuthority.create();
        var stranger = new RpTestClient(context(otherCa.issueRpClientCertificate("Okänd förlitande part")),
                simulator.rpBaseUrl());

        assertThatThrownBy(() -> stranger.post("auth", "{\"endUserIp\":\"192.0.2.10\"}"))
                .isInstanceOf(UncheckedIOException.class).satisfies(RpApiTest::refusedInTheTlsHandshake);
        theServerAnswersItsOwnRelyingParty();
    }

    /**
     * A refusal of the client's certificate happens once the connection is made: a refused connection (a server that
     * is down) is no proof of mutual TLS. Under TLS 1.3 the server checks the client's certificate after the client
     * has finished its side of the handshake, so the client sees either the server's alert (an SSLException) or the
     * connection closed before any HTTP answer; which of the two is timing. The caller then shows that the same
     * server answers a trusted client at the same moment.
     */
    static void refusedInTheTlsHandshake(Throwable thrown) {
        var causes = new java.util.ArrayList<Throwable>();
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            causes.add(cause);
        }
        assertThat(causes).as("the causes of %s", thrown)
                .noneMatch(java.net.ConnectException.class::isInstance)
                .anyMatch(cause -> cause instanceof javax.net.ssl.SSLException
                        || String.valueOf(cause.getMessage()).contains("received no bytes")
                        || cause instanceof java.net.SocketException);
    }

    /** The same server, at the same moment, answers the relying party whose certificate it trusts. */
    private void theServerAnswersItsOwnRelyingParty() {
        assertThat(rp.post("auth", "{\"endUserIp\":\"192.0.2.10\"}").status()).isEqualTo(200);
    }

    @Test
    void anOrderCanOnlyBeCollectedAndCancelledByTheRelyingPartyThatStartedIt() throws Exception {
        String orderRef = rp.auth().get("orderRef").asString();
        var ca = CertificateDirectory.readKeyStore(dataDirectory.resolve("certs/ca.p12"));
        var authority = new TestCertificateAuthority(
                (PrivateKey) ca.getKey("ca", CertificateDirectory.PASSWORD.toCharArray()),
                (X509Certificate) ca.getCertificate("ca"));
        var otherRp = new RpTestClient(context(authority.issueRpClientCertificate("En annan förlitande part")),
                simulator.rpBaseUrl());

        assertThat(otherRp.collect(orderRef).text("errorCode")).isEqualTo("invalidParameters");
        assertThat(otherRp.cancel(orderRef).text("errorCode")).isEqualTo("invalidParameters");
        assertThat(rp.collect(orderRef).text("status")).isEqualTo("pending");
    }

    @Test
    void anInjectedMaintenanceAnswersTheNextRequestWith503() {
        assertThat(tester.post("api/faults", "{\"errorCode\":\"maintenance\",\"count\":1}").status()).isEqualTo(204);

        var refused = rp.post("auth", "{\"endUserIp\":\"192.0.2.10\"}");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.text("errorCode")).isEqualTo("maintenance");
        assertThat(rp.post("auth", "{\"endUserIp\":\"192.0.2.10\"}").status()).isEqualTo(200);
    }

    @Test
    void injectedInternalErrorsAndTimeoutsAnswerAsManyRequestsAsAsked() {
        String orderRef = rp.auth().get("orderRef").asString();
        tester.post("api/faults", "{\"errorCode\":\"internalError\",\"count\":2}");

        assertThat(rp.collect(orderRef).status()).isEqualTo(500);
        assertThat(rp.collect(orderRef).text("errorCode")).isEqualTo("internalError");
        assertThat(rp.collect(orderRef).text("status")).isEqualTo("pending");

        tester.post("api/faults", "{\"errorCode\":\"requestTimeout\"}");
        var timedOut = rp.collect(orderRef);
        assertThat(timedOut.status()).isEqualTo(408);
        assertThat(timedOut.text("errorCode")).isEqualTo("requestTimeout");
    }

    private SSLContext context(TestCertificateAuthority.IssuedCertificate issued) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("rp", issued.privateKey(), "pw".toCharArray(),
                new X509Certificate[] {issued.certificate(), issued.caCertificate()});
        return RpTestClient.sslContext(keys, "pw", simulator.caCertificate());
    }
}
